#include "model/NetworkErrorText.h"

#include <QHash>

using namespace Qt::Literals::StringLiterals;

namespace Gatescope::NetworkErrorText {

std::optional<Outcome> outcomeOfNodeError(QStringView name)
{
    static const QHash<QString, Outcome> outcomes {
        { u"ECONNREFUSED"_s, Outcome::Refused },    { u"EHOSTUNREACH"_s, Outcome::Refused },
        { u"ECONNRESET"_s, Outcome::Reset },        { u"ENOTFOUND"_s, Outcome::DnsFailure },
        { u"EAI_AGAIN"_s, Outcome::DnsFailure },    { u"ETIMEDOUT"_s, Outcome::Timeout },
        { u"ESOCKETTIMEDOUT"_s, Outcome::Timeout }, { u"socket hang up"_s, Outcome::ClosedEarly },
    };
    const auto found = outcomes.constFind(name.toString());
    if (found == outcomes.cend())
        return std::nullopt;
    return *found;
}

const QRegularExpression &proxyProcessPrefix()
{
    static const QRegularExpression prefix(u"^\\s*[\\w./@-]*proxy[\\w./@-]*(?: [\\w:-]+)?\\s*[:|]\\s"_s,
                                           QRegularExpression::CaseInsensitiveOption);
    return prefix;
}

} // namespace Gatescope::NetworkErrorText
