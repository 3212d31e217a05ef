#include "model/RequestSpec.h"

#include <QCoreApplication>
#include <QHostAddress>

using namespace Qt::StringLiterals;

namespace Gatescope {

namespace {

struct OverrideText
{
    Q_DECLARE_TR_FUNCTIONS(Gatescope::AddressOverride)
};

// The argument as the user wrote it, for error messages: --resolve "a.test:99999:10.0.0.1".
QString quoted(AddressOverride::Kind kind, QStringView text)
{
    return AddressOverride::curlOptionName(kind) + u" \""_s + text.toString() + u'"';
}

// A host that is an IPv6 address stands in brackets wherever a ':' separates fields.
QString bracketed(const QString &host)
{
    return host.contains(u':') ? u'[' + host + u']' : host;
}

QString withoutBrackets(QStringView host)
{
    if (host.size() >= 2 && host.front() == u'[' && host.back() == u']')
        host = host.mid(1, host.size() - 2);
    return host.toString();
}

// Cuts "a:b:c" into its ':'-separated fields; a field starting with '[' runs to its ']'.
// Returns nullopt for a '[' without ']' or a ']' followed by something other than ':' or the end.
std::optional<QStringList> splitFields(QStringView text, qsizetype maxFields)
{
    QStringList fields;
    qsizetype pos = 0;
    while (fields.size() < maxFields - 1) {
        qsizetype end;
        if (pos < text.size() && text.at(pos) == u'[') {
            end = text.indexOf(u']', pos);
            if (end < 0)
                return std::nullopt;
            ++end;
            if (end < text.size() && text.at(end) != u':')
                return std::nullopt;
        } else {
            end = text.indexOf(u':', pos);
        }
        if (end < 0 || end >= text.size()) {
            fields.append(text.mid(pos).toString());
            return fields;
        }
        fields.append(text.mid(pos, end - pos).toString());
        pos = end + 1;
    }
    fields.append(text.mid(pos).toString()); // the last field keeps any further ':'
    return fields;
}

// A port: digits only, 1–65535; empty allowed where it means "any" / "the same".
std::optional<int> parsePort(const QString &text, bool emptyAllowed)
{
    if (text.isEmpty())
        return emptyAllowed ? std::optional<int>(0) : std::nullopt;
    if (text.size() > 5)
        return std::nullopt;
    int value = 0;
    for (QChar ch : text) {
        if (ch < u'0' || ch > u'9')
            return std::nullopt;
        value = value * 10 + (ch.unicode() - u'0');
    }
    if (value < 1 || value > 65535)
        return std::nullopt;
    return value;
}

Result<AddressOverride> parseResolve(QStringView text)
{
    const AddressOverride::Kind kind = AddressOverride::Kind::Resolve;
    QStringView rest = text;
    if (rest.startsWith(u'+'))
        rest = rest.mid(1);
    if (rest.startsWith(u'-'))
        return Error {
            OverrideText::tr("%1: removing an entry (-HOST:PORT) is not supported").arg(quoted(kind, text))
        };
    const std::optional<QStringList> fields = splitFields(rest, 3);
    if (!fields)
        return Error {
            OverrideText::tr("%1: an address in brackets needs its \"]\" followed by \":\"").arg(quoted(kind, text))
        };
    if (fields->size() < 3)
        //: %1 = the option and its argument; HOST, PORT and ADDRESS stay as they are (curl's syntax)
        return Error { OverrideText::tr("%1: the address is missing; the form is HOST:PORT:ADDRESS[,ADDRESS…]")
                           .arg(quoted(kind, text)) };
    AddressOverride entry;
    entry.kind = kind;
    entry.host = withoutBrackets(fields->at(0));
    if (entry.host.isEmpty())
        return Error { OverrideText::tr("%1: the host is empty").arg(quoted(kind, text)) };
    const std::optional<int> port = parsePort(fields->at(1), false);
    if (!port)
        //: %1 = the option and its argument, %2 = the port as written
        return Error { OverrideText::tr("%1: the port \"%2\" is not a number from 1 to 65535")
                           .arg(quoted(kind, text), fields->at(1)) };
    entry.port = *port;
    QStringList addresses;
    const QStringList parts = fields->at(2).split(u',');
    for (qsizetype i = 0; i < parts.size(); ++i) {
        const QString address = withoutBrackets(QStringView(parts.at(i)).trimmed());
        if (QHostAddress(address).isNull())
            //: %1 = the option and its argument, %2 = which address (1, 2, …), %3 = the address as written
            return Error { OverrideText::tr("%1: address %2, \"%3\", is not an IP address")
                               .arg(quoted(kind, text))
                               .arg(i + 1)
                               .arg(parts.at(i)) };
        addresses.append(address);
    }
    entry.targetHost = addresses.join(u',');
    return entry;
}

Result<AddressOverride> parseConnectTo(QStringView text)
{
    const AddressOverride::Kind kind = AddressOverride::Kind::ConnectTo;
    const std::optional<QStringList> fields = splitFields(text, 4);
    if (!fields)
        return Error {
            OverrideText::tr("%1: an address in brackets needs its \"]\" followed by \":\"").arg(quoted(kind, text))
        };
    if (fields->size() < 4)
        //: %1 = the option and its argument; HOST1, PORT1, HOST2 and PORT2 stay as they are (curl's syntax)
        return Error { OverrideText::tr(
                           "%1: a part is missing; the form is HOST1:PORT1:HOST2:PORT2 (parts may be empty)")
                           .arg(quoted(kind, text)) };
    AddressOverride entry;
    entry.kind = kind;
    entry.host = withoutBrackets(fields->at(0));
    entry.targetHost = withoutBrackets(fields->at(2));
    const std::optional<int> port = parsePort(fields->at(1), true);
    if (!port)
        return Error { OverrideText::tr("%1: the port \"%2\" is not empty or a number from 1 to 65535")
                           .arg(quoted(kind, text), fields->at(1)) };
    const std::optional<int> targetPort = parsePort(fields->at(3), true);
    if (!targetPort)
        return Error { OverrideText::tr("%1: the target port \"%2\" is not empty or a number from 1 to 65535")
                           .arg(quoted(kind, text), fields->at(3)) };
    entry.port = *port;
    entry.targetPort = *targetPort;
    return entry;
}

} // namespace

Result<AddressOverride> AddressOverride::parse(Kind kind, QStringView text)
{
    text = text.trimmed();
    return kind == Kind::Resolve ? parseResolve(text) : parseConnectTo(text);
}

QString AddressOverride::curlOptionName(Kind kind)
{
    return kind == Kind::Resolve ? u"--resolve"_s : u"--connect-to"_s;
}

QStringList AddressOverride::addresses() const
{
    QStringList result;
    if (kind != Kind::Resolve)
        return result;
    const QStringList parts = targetHost.split(u',', Qt::SkipEmptyParts);
    for (const QString &part : parts)
        result.append(withoutBrackets(QStringView(part).trimmed()));
    return result;
}

QString AddressOverride::toCurlArgument() const
{
    const auto portText = [](int value) { return value > 0 ? QString::number(value) : QString(); };
    if (kind == Kind::Resolve) {
        QStringList targets;
        for (const QString &address : addresses())
            targets.append(bracketed(address));
        return bracketed(host) + u':' + QString::number(port) + u':' + targets.join(u',');
    }
    return bracketed(host) + u':' + portText(port) + u':' + bracketed(targetHost) + u':' + portText(targetPort);
}

QString httpVersionId(ProbeOptions::HttpVersion version)
{
    switch (version) {
    case ProbeOptions::HttpVersion::Http11:
        return QStringLiteral("http1.1");
    case ProbeOptions::HttpVersion::Http2:
        return QStringLiteral("http2");
    case ProbeOptions::HttpVersion::Http2PriorKnowledge:
        return QStringLiteral("http2-prior-knowledge");
    }
    return {};
}

std::optional<ProbeOptions::HttpVersion> httpVersionFromId(QStringView id)
{
    for (auto version : { ProbeOptions::HttpVersion::Http11, ProbeOptions::HttpVersion::Http2,
                          ProbeOptions::HttpVersion::Http2PriorKnowledge }) {
        if (id == httpVersionId(version))
            return version;
    }
    return std::nullopt;
}

} // namespace Gatescope
