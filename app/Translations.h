#pragma once

#include <QString>

namespace Gatescope {

// Installs the Gatescope and Qt translations for `localeName` (empty: the system's locale) and
// makes it the default QLocale. QtCore only: main() calls it for every application kind (the
// command line, the PDF renderer and the window), right after creating the application object.
// The .qm files are compiled into the gatescope executable (:/i18n), which is why this lives
// beside main.cpp and not in a library.
void installTranslators(const QString &localeName);

} // namespace Gatescope
