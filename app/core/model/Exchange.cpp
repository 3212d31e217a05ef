#include "model/Exchange.h"

#include <iterator>

namespace Gatescope {

QByteArray headerValue(const HeaderList &headers, QByteArrayView name)
{
    for (const HeaderField &field : headers) {
        if (field.enabled && name.compare(field.name, Qt::CaseInsensitive) == 0)
            return field.value;
    }
    return {};
}

QList<QByteArray> headerValues(const HeaderList &headers, QByteArrayView name)
{
    QList<QByteArray> values;
    for (const HeaderField &field : headers) {
        if (field.enabled && name.compare(field.name, Qt::CaseInsensitive) == 0)
            values.append(field.value);
    }
    return values;
}

bool hasHeader(const HeaderList &headers, QByteArrayView name)
{
    for (const HeaderField &field : headers) {
        if (field.enabled && name.compare(field.name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

QByteArray withoutOptionalWhiteSpace(QByteArrayView value)
{
    const auto isOws = [](char c) { return c == ' ' || c == '\t'; };
    while (!value.isEmpty() && isOws(value.front()))
        value = value.sliced(1);
    while (!value.isEmpty() && isOws(value.back()))
        value.chop(1);
    return value.toByteArray();
}

QString phaseId(Phase phase)
{
    switch (phase) {
    case Phase::None:
        return {};
    case Phase::Blocked:
        return QStringLiteral("blocked");
    case Phase::Dns:
        return QStringLiteral("dns");
    case Phase::Connect:
        return QStringLiteral("connect");
    case Phase::Tls:
        return QStringLiteral("tls");
    case Phase::Send:
        return QStringLiteral("send");
    case Phase::Wait:
        return QStringLiteral("wait");
    case Phase::Download:
        return QStringLiteral("download");
    }
    return {};
}

Phase phaseFromId(QStringView id)
{
    for (Phase phase :
         { Phase::Blocked, Phase::Dns, Phase::Connect, Phase::Tls, Phase::Send, Phase::Wait, Phase::Download }) {
        if (id == phaseId(phase))
            return phase;
    }
    return Phase::None;
}

QString outcomeId(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Ok:
        return QStringLiteral("ok");
    case Outcome::Refused:
        return QStringLiteral("refused");
    case Outcome::Timeout:
        return QStringLiteral("timeout");
    case Outcome::ClosedEarly:
        return QStringLiteral("closed-early");
    case Outcome::Reset:
        return QStringLiteral("reset");
    case Outcome::InvalidResponse:
        return QStringLiteral("invalid-response");
    case Outcome::TlsFailure:
        return QStringLiteral("tls-failure");
    case Outcome::DnsFailure:
        return QStringLiteral("dns-failure");
    case Outcome::Cancelled:
        return QStringLiteral("cancelled");
    }
    return {};
}

QString http2ErrorName(quint32 code)
{
    // RFC 9113 §7.
    static constexpr const char *names[] = { "NO_ERROR",
                                             "PROTOCOL_ERROR",
                                             "INTERNAL_ERROR",
                                             "FLOW_CONTROL_ERROR",
                                             "SETTINGS_TIMEOUT",
                                             "STREAM_CLOSED",
                                             "FRAME_SIZE_ERROR",
                                             "REFUSED_STREAM",
                                             "CANCEL",
                                             "COMPRESSION_ERROR",
                                             "CONNECT_ERROR",
                                             "ENHANCE_YOUR_CALM",
                                             "INADEQUATE_SECURITY",
                                             "HTTP_1_1_REQUIRED" };
    if (code < std::size(names))
        return QString::fromLatin1(names[code]);
    return QStringLiteral("0x") + QString::number(code, 16);
}

std::optional<Outcome> outcomeFromId(QStringView id)
{
    for (Outcome outcome : { Outcome::Ok, Outcome::Refused, Outcome::Timeout, Outcome::ClosedEarly, Outcome::Reset,
                             Outcome::InvalidResponse, Outcome::TlsFailure, Outcome::DnsFailure, Outcome::Cancelled }) {
        if (id == outcomeId(outcome))
            return outcome;
    }
    return std::nullopt;
}

QByteArray ResponseData::contentType() const
{
    QByteArray value = headerValue(headers, "content-type");
    const qsizetype semicolon = value.indexOf(';');
    if (semicolon >= 0)
        value.truncate(semicolon);
    return value.trimmed().toLower();
}

bool isFailure(Outcome outcome, int status)
{
    if (outcome == Outcome::Cancelled)
        return false; // the user's own stop says nothing about the server
    if (outcome != Outcome::Ok || status <= 0)
        return true;
    return status >= 500 || status == 499 || status == 460 || status == 463 || status == 464;
}

bool isFailure(const Exchange &exchange)
{
    return isFailure(exchange.transport.outcome, exchange.response ? exchange.response->status : 0);
}

} // namespace Gatescope
