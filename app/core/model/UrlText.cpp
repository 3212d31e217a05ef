#include "model/UrlText.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Gatescope {

QString urlSpaceProblem(QStringView url)
{
    const QString text = url.trimmed().toString();
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (!text.at(i).isSpace())
            continue;
        QString fixed = text;
        fixed.replace(u' ', u"%20"_s);
        //: %1 = 1-based character position in the URL, %2 = the URL with %20 for each space
        return QCoreApplication::translate("Gatescope::RequestSpec",
                                           "The URL contains a space at character %1; write it as %20: %2")
            .arg(i + 1)
            .arg(fixed);
    }
    return {};
}

} // namespace Gatescope
