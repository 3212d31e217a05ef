#include "cli/ProbeCommand.h"

#include "cli/CommandLine.h"
#include "cli/InterruptibleSend.h"
#include "cli/TerminalOutput.h"
#include "model/ExchangeJson.h"
#include "model/UrlText.h"
#include "probe/ProbeEngine.h"
#include "probe/ProxyResolver.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Gatescope::Cli {

namespace {

struct ProbeText
{
    Q_DECLARE_TR_FUNCTIONS(Gatescope::Cli::ProbeCommand)
};

constexpr int BarColumns = 40;

// A usage problem: one line on stderr, exit code 2.
int usageError(const QString &message)
{
    return usageFailure(u"probe"_s, message);
}

std::optional<int> seconds(const QString &text)
{
    bool ok = false;
    const double value = text.toDouble(&ok);
    if (!ok || value < 0 || value > 86400 * 7)
        return std::nullopt;
    return std::max(1, int(value * 1000.0 + 0.5));
}

// ---------------------------------------------------------------------------------------------
// Text output

QString milliseconds(double ms)
{
    return ProbeText::tr("%1 ms").arg(QLocale().toString(ms, 'f', ms < 10 ? 2 : 1));
}

// A waterfall row: spaces up to the phase's start, then a bar in eighths of a column.
QString bar(double startMs, double durationMs, double totalMs)
{
    static const QString eighths[] = { u""_s, u"▏"_s, u"▎"_s, u"▍"_s, u"▌"_s, u"▋"_s, u"▊"_s, u"▉"_s };
    if (totalMs <= 0)
        return QString(BarColumns, u' ');
    const int offset = std::clamp(int(startMs / totalMs * BarColumns), 0, BarColumns - 1);
    int length = int(durationMs / totalMs * BarColumns * 8 + 0.5);
    length = std::clamp(length, 1, (BarColumns - offset) * 8);
    QString text = QString(offset, u' ') + QString(length / 8, u'█') + eighths[length % 8];
    return text.leftJustified(BarColumns, u' ');
}

QString outcomeInWords(const Exchange &exchange)
{
    const Transport &t = exchange.transport;
    const QString phase = phaseId(t.phase);
    switch (t.outcome) {
    case Outcome::Ok:
        return ProbeText::tr("ok: a complete HTTP response");
    case Outcome::Refused:
        return ProbeText::tr("refused: nothing accepted the connection — %1").arg(t.detail);
    case Outcome::Timeout:
        return ProbeText::tr("timeout in the %1 phase — %2").arg(phase, t.detail);
    case Outcome::ClosedEarly:
        return ProbeText::tr("closed early: the peer closed the connection before a complete response — %1")
            .arg(t.detail);
    case Outcome::Reset:
        return ProbeText::tr("reset: the connection was reset (in the %1 phase) — %2").arg(phase, t.detail);
    case Outcome::InvalidResponse:
        return ProbeText::tr("invalid response: the bytes received are not a usable HTTP response — %1").arg(t.detail);
    case Outcome::TlsFailure:
        return ProbeText::tr("TLS failure — %1").arg(t.detail);
    case Outcome::DnsFailure:
        return ProbeText::tr("DNS failure — %1").arg(t.detail);
    case Outcome::Cancelled:
        return ProbeText::tr("cancelled by you after %1 s — %2")
            .arg(QLocale().toString(std::max(0.0, exchange.timings.total) / 1000.0, 'f', 1), t.detail);
    }
    return t.detail;
}

QString describeExchange(const Exchange &exchange)
{
    QString out;
    const RequestSpec &request = exchange.request;
    if (exchange.redirectHop > 0)
        out += ProbeText::tr("Redirect %1: ").arg(exchange.redirectHop);
    out += QString::fromLatin1(request.method) + u' ' + request.url.toString(QUrl::FullyEncoded) + u'\n';
    if (!exchange.proxy.isEmpty())
        out += u"  "_s + ProbeText::tr("via proxy %1").arg(exchange.proxy) + u'\n';
    if (!exchange.attempts.isEmpty()) {
        QStringList attempts;
        for (const ConnectAttempt &attempt : exchange.attempts) {
            const QString where = (attempt.address.contains(u':') ? u'[' + attempt.address + u']' : attempt.address)
                + u':' + QString::number(attempt.port);
            attempts.append(attempt.succeeded ? ProbeText::tr("%1 connected").arg(where)
                                              : ProbeText::tr("%1 failed (%2)").arg(where, attempt.error));
        }
        out += u"  "_s + attempts.join(u"; "_s) + u'\n';
    }
    if (exchange.tls.used) {
        QString tls = exchange.tls.protocol.isEmpty()
            ? ProbeText::tr("TLS with SNI %1").arg(exchange.tls.sniHost)
            : ProbeText::tr("%1 %2, SNI %3").arg(exchange.tls.protocol, exchange.tls.cipher, exchange.tls.sniHost);
        if (exchange.tls.verificationSkipped)
            tls += u", "_s + ProbeText::tr("certificate verification skipped (-k)");
        if (!exchange.tls.verificationErrors.isEmpty())
            tls += u"; "_s + exchange.tls.verificationErrors.join(u"; "_s);
        out += u"  "_s + tls + u'\n';
    }

    // The waterfall: one row per phase that happened, bars on a common scale.
    const Timings &t = exchange.timings;
    const struct
    {
        Phase phase;
        double value;
    } rows[] = {
        { Phase::Dns, t.dns },   { Phase::Connect, t.connect }, { Phase::Tls, t.tls },
        { Phase::Send, t.send }, { Phase::Wait, t.wait },       { Phase::Download, t.download },
    };
    double start = 0;
    for (const auto &row : rows) {
        if (row.value < 0)
            continue;
        QString line = u"  "_s + phaseId(row.phase).leftJustified(9) + u' ' + bar(start, row.value, t.total) + u' '
            + milliseconds(row.value).rightJustified(11);
        if (exchange.transport.outcome != Outcome::Ok && exchange.transport.phase == row.phase)
            line += u"  ✗ "_s + outcomeId(exchange.transport.outcome);
        out += line + u'\n';
        start += row.value;
    }
    out += u"  "_s + ProbeText::tr("total").leftJustified(9) + u' ' + QString(BarColumns, u' ') + u' '
        + milliseconds(std::max(0.0, t.total)).rightJustified(11) + u'\n';

    if (exchange.response) {
        const ResponseData &r = *exchange.response;
        for (const InterimResponse &interim : r.interim)
            out += u"  "_s
                + ProbeText::tr("%1 %2 (interim)").arg(interim.status).arg(QString::fromLatin1(interim.reason)) + u'\n';
        QString status = u"  "_s + QString::fromLatin1(r.httpVersion) + u' ' + QString::number(r.status) + u' '
            + QString::fromLatin1(r.reason);
        QStringList facts;
        facts.append(ProbeText::tr("%n body byte(s)", nullptr, int(std::min<qint64>(r.bodySize, INT_MAX))));
        if (!r.contentType().isEmpty())
            facts.append(QString::fromLatin1(r.contentType()));
        if (!r.contentEncoding.isEmpty())
            facts.append(
                ProbeText::tr("%1, %n byte(s) on the wire", nullptr, int(std::min<qint64>(r.bodyWireSize, INT_MAX)))
                    .arg(r.contentEncoding));
        if (r.bodyTruncated)
            facts.append(ProbeText::tr("capture truncated"));
        out += status + u"  ("_s + facts.join(u", "_s) + u")\n"_s;
        const QByteArray location = headerValue(r.headers, "location");
        if (!location.isEmpty())
            out += u"  Location: "_s + QString::fromUtf8(location) + u'\n';
    }
    out += u"  → "_s + outcomeInWords(exchange) + u'\n';
    if (exchange.protocol == u"h2") {
        int received = 0;
        int sent = 0;
        QStringList telling;
        for (const Http2Frame &frame : exchange.frames) {
            (frame.received ? received : sent) += 1;
            if (frame.received && (frame.type == u"RST_STREAM" || frame.type == u"GOAWAY")) {
                QString line = ProbeText::tr("%1 at %2 on stream %3: %4")
                                   .arg(frame.type, milliseconds(frame.atMs))
                                   .arg(frame.streamId)
                                   .arg(frame.errorCode);
                if (frame.lastStreamId >= 0)
                    line += u", "_s + ProbeText::tr("last stream %1").arg(frame.lastStreamId);
                if (!frame.detail.isEmpty())
                    line += u" ('"_s + frame.detail + u"')"_s;
                telling.append(line);
            }
        }
        out += u"  "_s + ProbeText::tr("HTTP/2: %1 frame(s) received, %2 sent").arg(received).arg(sent)
            + (exchange.framesDropped > 0 ? u" "_s + ProbeText::tr("(%1 more not kept)").arg(exchange.framesDropped)
                                          : QString())
            + u'\n';
        for (const QString &line : std::as_const(telling))
            out += u"  ⇐ "_s + line + u'\n';
    }
    for (const WireAnomaly &anomaly : exchange.anomalies)
        out += u"  ! "_s + ProbeText::tr("%1 at byte %2: %3").arg(anomaly.kind).arg(anomaly.offset).arg(anomaly.detail)
            + u'\n';
    if (!exchange.comment.isEmpty())
        out += u"  "_s + exchange.comment + u'\n';
    return out;
}

} // namespace

Result<std::optional<ProbeOptions::HttpVersion>> httpVersionOption(const OptionValues &given)
{
    std::optional<ProbeOptions::HttpVersion> chosen;
    QStringList named;
    for (const auto version : { ProbeOptions::HttpVersion::Http11, ProbeOptions::HttpVersion::Http2,
                                ProbeOptions::HttpVersion::Http2PriorKnowledge }) {
        if (given.isSet(httpVersionId(version))) {
            chosen = version;
            named.append(u"--"_s + httpVersionId(version));
        }
    }
    if (named.size() > 1)
        return Error { ProbeText::tr("%1 cannot be used together: choose one").arg(named.join(u", "_s)) };
    return chosen;
}

int runProbeCommand(const Invocation &invocation)
{
    // The options by long name, as the table in CommandSpec.cpp declares them.
    const OptionValues &given = invocation.options;
    const QString method = u"request"_s;
    const QString header = u"header"_s;
    const QString data = u"data"_s;
    const QString resolve = u"resolve"_s;
    const QString connectTo = u"connect-to"_s;
    const QString proxy = u"proxy"_s;
    const QString insecure = u"insecure"_s;
    const QString connectTimeout = u"connect-timeout"_s;
    const QString maxTime = u"max-time"_s;
    const QString firstByte = u"first-byte-timeout"_s;
    const QString location = u"location"_s;
    const QString maxRedirs = u"max-redirs"_s;
    const QStringList positional = invocation.arguments;

    RequestSpec request;
    // A space in the URL is named, as the window names it, instead of being sent as %20 silently.
    if (const QString spaces = urlSpaceProblem(positional.constFirst()); !spaces.isEmpty())
        return usageError(spaces);
    QString urlText = positional.constFirst().trimmed();
    if (!urlText.contains(u"://"))
        urlText.prepend(u"http://"_s);
    request.url = QUrl(urlText, QUrl::TolerantMode);
    const QString scheme = request.url.scheme().toLower();
    if (!request.url.isValid() || request.url.host().isEmpty() || (scheme != u"http" && scheme != u"https"))
        return usageError(ProbeText::tr("'%1' is not a usable http:// or https:// URL").arg(positional.constFirst()));

    const QStringList headers = given.values(header);
    for (const QString &line : headers) {
        const qsizetype colon = line.indexOf(u':');
        const QByteArray name = line.left(colon).trimmed().toLatin1();
        static const QByteArray tokenChars
            = "!#$%&'*+-.^_`|~0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
        const bool validName = colon > 0
            && std::all_of(name.cbegin(), name.cend(), [](char c) { return tokenChars.contains(c); })
            && !name.isEmpty();
        if (!validName)
            return usageError(ProbeText::tr("header '%1' is not 'Name: value'").arg(line));
        if (line.contains(u'\n') || line.contains(u'\r'))
            return usageError(ProbeText::tr("header '%1' contains a line break").arg(line));
        request.headers.append(HeaderField { name, line.mid(colon + 1).trimmed().toUtf8() });
    }

    if (given.isSet(data)) {
        QByteArrayList parts;
        const QStringList values = given.values(data);
        for (const QString &value : values) {
            if (value.startsWith(u'@')) {
                QFile file(value.mid(1));
                if (!file.open(QIODevice::ReadOnly)) {
                    writeErr(
                        u"gatescope probe: "_s
                        + ProbeText::tr("%1: cannot read the request body: %2").arg(value.mid(1), file.errorString())
                        + u'\n');
                    return 1;
                }
                parts.append(file.readAll());
            } else {
                parts.append(value.toUtf8());
            }
        }
        request.body = parts.join('&');
        request.method = "POST";
        if (!hasHeader(request.headers, "content-type"))
            request.headers.append(HeaderField { "Content-Type", "application/x-www-form-urlencoded" });
    }
    if (given.isSet(method)) {
        request.method = given.value(method).toLatin1();
        if (request.method.isEmpty() || request.method.contains(' '))
            return usageError(ProbeText::tr("'%1' is not a request method").arg(given.value(method)));
    }

    ProbeOptions &options = request.options;
    const QStringList resolves = given.values(resolve);
    for (const QString &value : resolves) {
        const Result<AddressOverride> entry = AddressOverride::parse(AddressOverride::Kind::Resolve, value);
        if (!entry)
            return usageError(entry.error());
        options.addressOverrides.append(entry.value());
    }
    const QStringList connectTos = given.values(connectTo);
    for (const QString &value : connectTos) {
        const Result<AddressOverride> entry = AddressOverride::parse(AddressOverride::Kind::ConnectTo, value);
        if (!entry)
            return usageError(entry.error());
        options.addressOverrides.append(entry.value());
    }
    if (given.isSet(proxy)) {
        options.proxy = given.value(proxy).trimmed();
        if (options.proxy.compare(u"none", Qt::CaseInsensitive) != 0) {
            const Result<ProxyChoice> parsed = ProxyResolver::parseProxyUrl(options.proxy, u"-x"_s);
            if (!parsed)
                return usageError(parsed.error());
        }
    } else {
        // A broken proxy variable in the environment is a usage problem too, named here.
        const Result<ProxyChoice> fromEnvironment = ProxyResolver().proxyFor(request.url, options);
        if (!fromEnvironment)
            return usageError(fromEnvironment.error());
    }
    options.verifyTls = !given.isSet(insecure);
    const Result<std::optional<ProbeOptions::HttpVersion>> version = httpVersionOption(given);
    if (!version)
        return usageError(version.error());
    options.httpVersion = version.value().value_or(ProbeOptions::HttpVersion::Http11);
    auto timeoutOption = [&](const QString &option, int *target) {
        if (!given.isSet(option))
            return true;
        const std::optional<int> ms = seconds(given.value(option));
        if (!ms)
            return false;
        *target = *ms;
        return true;
    };
    if (!timeoutOption(connectTimeout, &options.connectTimeoutMs))
        return usageError(
            ProbeText::tr("--connect-timeout needs a number of seconds, not '%1'").arg(given.value(connectTimeout)));
    if (given.isSet(connectTimeout))
        options.tlsTimeoutMs = options.connectTimeoutMs;
    if (!timeoutOption(maxTime, &options.totalTimeoutMs))
        return usageError(ProbeText::tr("--max-time needs a number of seconds, not '%1'").arg(given.value(maxTime)));
    if (!timeoutOption(firstByte, &options.firstByteTimeoutMs))
        return usageError(
            ProbeText::tr("--first-byte-timeout needs a number of seconds, not '%1'").arg(given.value(firstByte)));
    options.followRedirects = given.isSet(location);
    if (given.isSet(maxRedirs)) {
        bool ok = false;
        options.maxRedirects = given.value(maxRedirs).toInt(&ok);
        if (!ok || options.maxRedirects < 0)
            return usageError(ProbeText::tr("--max-redirs needs a whole number, not '%1'").arg(given.value(maxRedirs)));
    }

    const QList<Exchange> exchanges = sendInterruptibly(request);
    const int exitCode = wasInterrupted() ? InterruptedExitCode : 0;

    if (invocation.probeFormat == ReportFormat::Json) {
        QJsonArray items;
        for (const Exchange &exchange : exchanges)
            items.append(ExchangeJson::toJson(exchange));
        const QJsonObject document {
            { u"schema"_s, u"gatescope.diagnosis/1"_s },
            { u"tool"_s,
              QJsonObject { { u"name"_s, u"gatescope"_s }, { u"version"_s, QStringLiteral(GATESCOPE_VERSION) } } },
            { u"input"_s,
              QJsonObject { { u"kind"_s, u"url"_s }, { u"name"_s, request.url.toString(QUrl::FullyEncoded) } } },
            { u"exchanges"_s, items },
        };
        writeOut(QJsonDocument(document).toJson(QJsonDocument::Indented));
        return exitCode;
    }
    QString text;
    for (const Exchange &exchange : exchanges) {
        if (!text.isEmpty())
            text += u'\n';
        text += describeExchange(exchange);
    }
    writeOut(text);
    return exitCode;
}

} // namespace Gatescope::Cli
