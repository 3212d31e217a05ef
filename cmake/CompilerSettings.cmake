# One interface target that carries the house's compiler settings to every Gatescope target:
# C++20, warnings, and the strict Qt defines that keep string and URL conversions explicit.
add_library(gatescope_settings INTERFACE)
add_library(Gatescope::Settings ALIAS gatescope_settings)

target_compile_features(gatescope_settings INTERFACE cxx_std_20)
target_compile_definitions(gatescope_settings INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_CONTEXTLESS_CONNECT
    QT_NO_FOREACH
    QT_USE_QSTRINGBUILDER
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    GATESCOPE_VERSION="${PROJECT_VERSION}")
target_compile_options(gatescope_settings INTERFACE
    -Wall -Wextra -Wpedantic -Wshadow=local -Wnon-virtual-dtor -Woverloaded-virtual)
if(GATESCOPE_WERROR)
    target_compile_options(gatescope_settings INTERFACE -Werror)
endif()
if(GATESCOPE_SANITIZE)
    target_compile_options(gatescope_settings INTERFACE
        -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    target_link_options(gatescope_settings INTERFACE -fsanitize=address,undefined)
endif()
