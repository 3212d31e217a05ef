#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QLoggingCategory>
#include <QTranslator>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcTranslations, "gatescope.translations", QtInfoMsg)

namespace Gatescope {

void installTranslators(const QString &localeName)
{
    QCoreApplication *app = QCoreApplication::instance();
    Q_ASSERT(app); // installTranslator() needs the application object
    const QLocale locale = localeName.isEmpty() ? QLocale::system() : QLocale(localeName);
    QLocale::setDefault(locale);
    auto *translator = new QTranslator(app);
    if (translator->load(locale, u"gatescope"_s, u"_"_s, u":/i18n"_s))
        QCoreApplication::installTranslator(translator);
    else
        qCDebug(lcTranslations) << "no Gatescope translation for" << locale.name();
    auto *qtTranslator = new QTranslator(app);
    if (qtTranslator->load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslator);
}

} // namespace Gatescope
