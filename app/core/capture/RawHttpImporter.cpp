#include "capture/RawHttpImporter.h"

#include "capture/CurlImporter.h"
#include "capture/SourcePosition.h"
#include "capture/TerminalTranscript.h"
#include "capture/TextLines.h"
#include "capture/ToolLogs.h"
#include "capture/WgetCommand.h"
#include "http/ContentDecoder.h"
#include "http/HttpResponseReader.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>
#include <QUrl>

namespace Gatescope {

namespace {

using namespace Qt::StringLiterals;
using namespace TextLines;

bool isPseudoHeaderLine(QByteArrayView line)
{
    return line.startsWith(":authority:") || line.startsWith(":method:") || line.startsWith(":path:")
        || line.startsWith(":scheme:");
}

struct Head
{
    QByteArray startLine;
    HeaderList headers;
    QList<WireAnomaly> anomalies;
    qsizetype start = 0;
    qsizetype bodyStart = 0; // first byte after the blank line (or the end of the text)
    bool terminated = false; // a blank line ended the header block
};

// A line of words rather than a field: two words before any colon (field names are tokens). An
// elision mark ("[ ... ]", "<snip>") is neither.
bool isProseLine(QByteArrayView content, qsizetype colon)
{
    static const QRegularExpression words(u"[A-Za-z]{2,}[,.]?\\s+[A-Za-z]{2,}"_s);
    const QByteArrayView before = colon < 0 ? content : content.first(colon);
    return words.match(QString::fromLatin1(before.first(std::min<qsizetype>(before.size(), 200)))).hasMatch();
}

// Whether a "Name: value" line comes before the next blank line or the end, from `pos`.
bool headerLineFollows(QByteArrayView text, qsizetype pos)
{
    static const QRegularExpression field(u"^[!#$%&'*+.^_`|~0-9A-Za-z-]+:"_s);
    for (int lines = 0; pos < text.size() && lines < 200; ++lines) {
        const Line line = lineAt(text, pos);
        const QByteArrayView content = lineText(text, line);
        if (content.isEmpty())
            return false;
        if (field.match(QString::fromLatin1(content.first(std::min<qsizetype>(content.size(), 80)))).hasMatch())
            return true;
        pos = line.next;
    }
    return false;
}

// Reads a start line and header lines from `pos`. Anomaly offsets count from `messageStart`.
Head readHead(QByteArrayView text, qsizetype pos, qsizetype messageStart, bool hasStartLine = true)
{
    Head head;
    head.start = pos;
    Line line = lineAt(text, pos);
    if (hasStartLine) {
        head.startLine = lineText(text, line).toByteArray();
        pos = line.next;
    }
    while (pos < text.size()) {
        line = lineAt(text, pos);
        const QByteArrayView content = lineText(text, line);
        if (content.isEmpty()) {
            head.terminated = true;
            pos = line.next;
            break;
        }
        if ((content.front() == ' ' || content.front() == '\t') && !head.headers.isEmpty()) {
            head.anomalies.append(
                { QString::fromUtf16(AnomalyKind::ObsoleteLineFolding), line.start - messageStart,
                  RawHttpImporter::tr("header value continued on the next line (obsolete line folding)") });
            QByteArray &value = head.headers.last().value;
            const QByteArray folded = withoutOptionalWhiteSpace(content);
            // The fold stands for one space between two parts of the value, never before it.
            value = value.isEmpty() ? folded : value + ' ' + folded;
        } else {
            // HTTP/2 pseudo-headers (":authority: x") start with a colon of their own.
            const qsizetype colon = content.indexOf(':', content.startsWith(':') ? 1 : 0);
            if (!head.headers.isEmpty() && isProseLine(content, colon) && !headerLineFollows(text, line.next)) {
                // A paste that lost the blank line before the body ("server: envoy" and then
                // "upstream connect error or disconnect/reset before headers. …"): a sentence is no
                // header, and no header line follows it, so the body starts here.
                head.anomalies.append(
                    { QString::fromUtf16(AnomalyKind::BadHeaderLine), line.start - messageStart,
                      RawHttpImporter::tr("no blank line between the header block and the body; "
                                          "the body was read from \"%1\" on")
                          .arg(QString::fromUtf8(content.first(std::min<qsizetype>(content.size(), 60)))) });
                head.bodyStart = line.start;
                return head;
            }
            if (colon <= 0) {
                head.anomalies.append(
                    { QString::fromUtf16(AnomalyKind::BadHeaderLine), line.start - messageStart,
                      RawHttpImporter::tr("header line without ':': \"%1\"")
                          .arg(QString::fromUtf8(content.first(std::min<qsizetype>(content.size(), 60)))) });
            } else {
                const QByteArrayView fieldName = content.first(colon);
                if (fieldName.back() == ' ' || fieldName.back() == '\t')
                    head.anomalies.append({ QString::fromUtf16(AnomalyKind::InvalidHeaderName),
                                            line.start - messageStart,
                                            RawHttpImporter::tr("white space between the field name and ':'") });
                head.headers.append(
                    { fieldName.trimmed().toByteArray(), withoutOptionalWhiteSpace(content.sliced(colon + 1)) });
            }
        }
        pos = line.next;
    }
    head.bodyStart = pos;
    return head;
}

// A de-chunked body when `body` is a complete chunked encoding, else nullopt.
std::optional<QByteArray> dechunk(QByteArrayView body)
{
    QByteArray out;
    qsizetype pos = 0;
    while (pos < body.size()) {
        const Line line = lineAt(body, pos);
        QByteArrayView sizeText = lineText(body, line);
        const qsizetype semicolon = sizeText.indexOf(';');
        if (semicolon >= 0)
            sizeText = sizeText.first(semicolon);
        bool ok = false;
        const qlonglong size = sizeText.trimmed().toLongLong(&ok, 16);
        if (!ok || size < 0 || line.next == line.end)
            return std::nullopt;
        pos = line.next;
        if (size == 0)
            return out; // trailers, if any, are not part of the body
        if (pos + size > body.size())
            return std::nullopt;
        out += body.sliced(pos, size);
        pos += size;
        const Line terminator = lineAt(body, pos);
        if (terminator.end != terminator.start)
            return std::nullopt;
        pos = terminator.next;
    }
    return std::nullopt;
}

qsizetype contentLength(const HeaderList &headers)
{
    const QList<QByteArray> values = headerValues(headers, "content-length");
    if (values.isEmpty())
        return -1;
    bool ok = false;
    const qlonglong value = values.first().trimmed().toLongLong(&ok);
    return ok && value >= 0 ? qsizetype(value) : -1;
}

QString placeOf(QByteArrayView text, qsizetype offset)
{
    return SourcePosition::at(text, offset).describe();
}

// `curl -i` without --compressed prints a gzip/deflate body as it came off the wire: decode it
// for viewing (bodyWireSize keeps the wire size). With --compressed curl has decoded it already
// and the header still says gzip: a body without the gzip magic bytes is left as it is.
void decodeForViewing(ResponseData *data, QList<WireAnomaly> *anomalies, qsizetype bodyOffset)
{
    if (data->contentEncoding.isEmpty() || data->body.isEmpty())
        return;
    const std::optional<ContentDecoder::Coding> coding
        = ContentDecoder::codingFromName(data->contentEncoding.toLatin1());
    if (!coding)
        return;
    const bool gzipMagic = data->body.startsWith("\x1f\x8b");
    if (*coding == ContentDecoder::Coding::Gzip && !gzipMagic)
        return;
    const Result<QByteArray> decoded = ContentDecoder::decodeAll(data->body, *coding);
    if (decoded) {
        data->body = decoded.value();
    } else if (gzipMagic) {
        anomalies->append({ QString::fromUtf16(AnomalyKind::ContentDecodingFailed), bodyOffset,
                            RawHttpImporter::tr("the %1 body could not be decoded: %2")
                                .arg(data->contentEncoding, decoded.error()) });
    }
}

// A JSON body printed at another length than Content-Length because the client pretty-printed
// (or compacted) it: the whole shown text is one JSON document, the first `declared` bytes are not.
bool isReformattedJson(QByteArrayView body, qsizetype declared, const HeaderList &headers)
{
    if (!headerValue(headers, "content-type").toLower().contains("json"))
        return false;
    const QByteArrayView shown = body.trimmed();
    if (!shown.startsWith('{') && !shown.startsWith('['))
        return false;
    QJsonParseError whole;
    QJsonDocument::fromJson(shown.toByteArray(), &whole);
    if (whole.error != QJsonParseError::NoError)
        return false;
    if (body.size() < declared)
        return true;
    QJsonParseError cut;
    QJsonDocument::fromJson(body.first(declared).toByteArray(), &cut);
    return cut.error != QJsonParseError::NoError;
}

// A response saved as it came off the wire (curl -D / --trace output, a proxy's "save response",
// nc output): the text starts with the status line, every line of the head ends in CRLF, and the
// body is as framed and coded on the wire. What curl -i prints is not: it de-chunks a chunked body
// and, with --compressed, decodes a gzip one under the same headers — and terminal pastes lose
// the CRs.
bool isWireExact(QByteArrayView text, qsizetype messageStart, const Head &head)
{
    if (!head.terminated || text.first(messageStart).trimmed().size() > 0)
        return false;
    const QByteArrayView headBytes = text.sliced(messageStart, head.bodyStart - messageStart);
    if (headBytes.count('\n') == 0 || headBytes.count('\n') != headBytes.count("\r\n"))
        return false;
    const QByteArrayView body = text.sliced(head.bodyStart);
    if (headerValue(head.headers, "transfer-encoding").toLower().contains("chunked")) {
        static const QRegularExpression chunkSizeLine(u"^[0-9A-Fa-f]+[ \\t]*(?:;[^\\r\\n]*)?\\r\\n"_s);
        if (!chunkSizeLine.match(QString::fromLatin1(body.first(std::min<qsizetype>(body.size(), 80)))).hasMatch())
            return false;
    } else if (const QByteArray coding = headerValue(head.headers, "content-encoding").trimmed().toLower();
               (coding == "gzip" || coding == "x-gzip") && !body.isEmpty() && !body.startsWith("\x1f\x8b")) {
        return false;
    }
    return true;
}

// The last (or only) message of a wire-exact text is read by the probe's own tolerant reader, so
// the same bytes get the same framing verdict whether they came from a socket or a file: a body
// shorter than its Content-Length, broken chunking, invalid header lines, bytes after the message.
Exchange exchangeFromWire(QByteArrayView message, QByteArrayView method)
{
    HttpResponseReader reader(method);
    reader.feed(message);
    reader.finish();
    Exchange exchange;
    exchange.source = Exchange::Source::Recorded;
    exchange.response = reader.response();
    exchange.anomalies = reader.anomalies();
    exchange.transport = reader.verdict();
    exchange.transport.bytesReceived = reader.bytesFed();
    exchange.rawResponse = reader.rawBytes();
    if (exchange.response->status == 0)
        exchange.response.reset();
    return exchange;
}

struct ParsedResponses
{
    QList<Exchange> hops; // non-1xx responses in order; interim ones attached to the next
    QStringList notes;
};

Result<ParsedResponses> readResponses(QByteArrayView text, qsizetype pos, const QString &name, QByteArrayView method,
                                      bool wireBytes = false)
{
    ParsedResponses parsed;
    QList<InterimResponse> pendingInterim;
    QString tunnelNote;
    while (true) {
        pos = skipBlankLines(text, pos);
        if (!isStatusLineAt(text, pos)) {
            const Line line = lineAt(text, pos);
            return Error {
                RawHttpImporter::tr("%1: %2: expected a status line such as \"HTTP/1.1 502 Bad Gateway\", found \"%3\"")
                    .arg(name, placeOf(text, pos),
                         QString::fromUtf8(lineText(text, line).first(std::min<qsizetype>(line.end - line.start, 60)))),
                Error::Code::Malformed
            };
        }
        const qsizetype messageStart = pos;
        Head head = readHead(text, pos, messageStart);
        QByteArrayView statusLine(head.startLine);
        const qsizetype firstSpace = statusLine.indexOf(' ');
        ResponseData data;
        data.httpVersion = statusLine.first(firstSpace).toByteArray();
        const QByteArrayView afterVersion = statusLine.sliced(firstSpace).trimmed();
        data.status = afterVersion.first(3).toInt();
        data.reason = afterVersion.sliced(3).trimmed().toByteArray();
        data.headers = head.headers;
        data.headerSize = head.bodyStart - messageStart;
        data.contentEncoding = QString::fromLatin1(headerValue(data.headers, "content-encoding")).trimmed().toLower();

        const QByteArrayView rest = text.sliced(head.bodyStart);
        if (data.status >= 100 && data.status < 200) {
            pendingInterim.append({ data.status, data.reason, data.headers });
            pos = head.bodyStart;
            if (pos >= text.size())
                return Error { RawHttpImporter::tr(
                                   "%1: %2: the text ends after an interim %3 response; the final response is missing")
                                   .arg(name, placeOf(text, messageStart))
                                   .arg(data.status),
                               Error::Code::Malformed };
            continue;
        }
        const qsizetype declared = contentLength(data.headers);
        const bool nextStartsNow = head.terminated && isStatusLineAt(text, skipBlankLines(text, head.bodyStart))
            && rest.trimmed().startsWith("HTTP/");
        if (nextStartsNow && data.status >= 200 && data.status < 300 && declared <= 0) {
            // A proxy's answer to CONNECT, then the real response through the tunnel.
            tunnelNote = RawHttpImporter::tr("through a proxy tunnel (\"%1\")").arg(QString::fromUtf8(head.startLine));
            pos = head.bodyStart;
            continue;
        }

        QByteArrayView body = rest;
        bool more = false;
        if (nextStartsNow && rest.trimmed().startsWith("HTTP/")
            && (declared <= 0 || !isStatusLineAt(text, head.bodyStart + declared))) {
            // curl -i -L prints the headers of each hop but not the bodies of the redirects.
            body = {};
            more = true;
        } else if (declared >= 0 && rest.size() > declared) {
            const qsizetype after = skipBlankLines(text, head.bodyStart + declared);
            if (isStatusLineAt(text, after)) {
                body = rest.first(declared);
                more = true;
            }
        }
        if (!more && wireBytes && isWireExact(text, messageStart, head)
            && TerminalTranscript::withoutZshMark(rest, declared).size() == rest.size()) {
            Exchange exchange = exchangeFromWire(text.sliced(messageStart), method);
            exchange.index = int(parsed.hops.size());
            exchange.redirectHop = int(parsed.hops.size());
            exchange.comment = tunnelNote;
            if (exchange.response)
                exchange.response->interim = pendingInterim + exchange.response->interim;
            for (const InterimResponse &interim : std::as_const(pendingInterim))
                exchange.anomalies.prepend({ QString::fromUtf16(AnomalyKind::InterimResponse), 0,
                                             RawHttpImporter::tr("interim %1 %2 response before the final one")
                                                 .arg(interim.status)
                                                 .arg(QString::fromUtf8(interim.reason)) });
            parsed.hops.append(std::move(exchange));
            return parsed;
        }
        if (!more)
            body = TerminalTranscript::withoutZshMark(body, declared);
        QList<WireAnomaly> anomalies = head.anomalies;
        QString reformatNote;
        const bool bodyless = method == "HEAD" || data.status == 204 || data.status == 304;
        if (!more && declared >= 0 && body.size() != declared && isReformattedJson(body, declared, data.headers)) {
            // HTTPie, Postman and browser consoles pretty-print a JSON body: the shown body is the
            // same document at another length, not a framing fault of the server.
            reformatNote = RawHttpImporter::tr("the JSON body was reformatted by the client that printed it "
                                               "(%1 bytes shown, Content-Length %2): read as shown")
                               .arg(body.trimmed().size())
                               .arg(declared);
            body = body.trimmed();
        } else if (!more && declared >= 0 && body.size() > declared) {
            const QByteArrayView extra = body.sliced(declared);
            if (!extra.trimmed().isEmpty() && !bodyless)
                anomalies.append({ QString::fromUtf16(AnomalyKind::BytesAfterMessage),
                                   head.bodyStart - messageStart + declared,
                                   RawHttpImporter::tr("%n byte(s) after the %1 bytes that Content-Length announced",
                                                       nullptr, int(extra.size()))
                                       .arg(declared) });
            if (!bodyless || extra.trimmed().isEmpty())
                body = body.first(declared);
        } else if (!more && declared > 0 && !body.isEmpty() && body.size() < declared) {
            anomalies.append({ QString::fromUtf16(AnomalyKind::BodyShorterThanContentLength),
                               head.bodyStart - messageStart + body.size(),
                               RawHttpImporter::tr("the body has %1 of the %2 bytes that Content-Length announced")
                                   .arg(body.size())
                                   .arg(declared) });
        }
        data.bodyWireSize = body.size();
        const bool chunked = headerValue(data.headers, "transfer-encoding").toLower().contains("chunked");
        if (chunked) {
            if (const auto decoded = dechunk(body))
                data.body = *decoded;
            else
                data.body = body.toByteArray(); // curl prints bodies already de-chunked
        } else {
            data.body = body.toByteArray();
        }
        decodeForViewing(&data, &anomalies, head.bodyStart - messageStart);
        data.bodySize = data.body.size();

        Exchange exchange;
        exchange.source = Exchange::Source::Recorded;
        exchange.index = int(parsed.hops.size());
        exchange.redirectHop = int(parsed.hops.size());
        data.interim = pendingInterim;
        for (const InterimResponse &interim : std::as_const(pendingInterim))
            anomalies.prepend({ QString::fromUtf16(AnomalyKind::InterimResponse), 0,
                                RawHttpImporter::tr("interim %1 %2 response before the final one")
                                    .arg(interim.status)
                                    .arg(QString::fromUtf8(interim.reason)) });
        pendingInterim.clear();
        const qsizetype messageEnd = head.bodyStart + body.size();
        exchange.rawResponse = text.sliced(messageStart, messageEnd - messageStart).toByteArray();
        exchange.transport.outcome = Outcome::Ok;
        exchange.transport.bytesReceived = messageEnd - messageStart;
        exchange.anomalies = anomalies;
        exchange.comment = QStringList { tunnelNote, reformatNote }.filter(QRegularExpression(u"."_s)).join(u"; "_s);
        tunnelNote.clear();
        exchange.response = std::move(data);
        parsed.hops.append(std::move(exchange));
        if (!more)
            return parsed;
        pos = messageEnd;
    }
}

struct ParsedRequest
{
    RequestSpec request;
    qsizetype end = 0;
    QStringList warnings;
};

// `knownScheme` is what the context tells (curl -v's TLS notes) when the request itself does not.
enum class BodyShown { Yes, No };

Result<ParsedRequest> readRequest(QByteArrayView text, qsizetype pos, const QString &name,
                                  QByteArrayView knownScheme = {}, BodyShown bodyShown = BodyShown::Yes)
{
    ParsedRequest parsed;
    pos = skipBlankLines(text, pos);
    const Line first = lineAt(text, pos);
    const QByteArrayView requestLine = lineText(text, first).trimmed();
    // Chrome's raw view of an HTTP/2 request has no request line: ":authority: …", ":method: …".
    const bool pseudoFirst = isPseudoHeaderLine(requestLine);
    if (!pseudoFirst && !isRequestLine(requestLine))
        return Error { RawHttpImporter::tr(
                           "%1: %2: expected a request line such as \"GET /path HTTP/1.1\", found \"%3\"")
                           .arg(name, placeOf(text, pos),
                                QString::fromUtf8(requestLine.first(std::min<qsizetype>(requestLine.size(), 60)))),
                       Error::Code::Malformed };
    const Head head = readHead(text, pos, pos, !pseudoFirst);
    for (const WireAnomaly &anomaly : head.anomalies)
        parsed.warnings.append(
            RawHttpImporter::tr("%1: %2: %3 (ignored)").arg(name, placeOf(text, pos + anomaly.offset), anomaly.detail));

    const QList<QByteArrayView> parts = [&] {
        QList<QByteArrayView> list;
        if (pseudoFirst)
            return QList<QByteArrayView> { QByteArrayView("GET"), QByteArrayView("/") };
        for (qsizetype i = 0; i < requestLine.size();) {
            const qsizetype space = requestLine.indexOf(' ', i);
            const qsizetype end = space < 0 ? requestLine.size() : space;
            if (end > i)
                list.append(requestLine.sliced(i, end - i));
            i = end + 1;
        }
        return list;
    }();
    RequestSpec &request = parsed.request;
    request.method = parts.at(0).toByteArray();
    const QByteArray target = parts.at(1).toByteArray();

    QByteArray authority;
    QByteArray scheme;
    QByteArray path = target;
    for (const HeaderField &field : head.headers) {
        const QByteArray lower = field.name.toLower();
        if (lower == ":authority")
            authority = field.value;
        else if (lower == ":scheme")
            scheme = field.value;
        else if (lower == ":path")
            path = field.value;
        else if (lower == ":method")
            request.method = field.value;
        else if (!field.name.startsWith(':'))
            request.headers.append(field);
    }
    if (authority.isEmpty())
        authority = headerValue(request.headers, "host");

    if (target.startsWith("http://") || target.startsWith("https://")) {
        request.url = QUrl::fromEncoded(target, QUrl::TolerantMode);
    } else {
        if (authority.isEmpty())
            return Error { RawHttpImporter::tr("%1: %2: the request has no Host header, so where it goes is unknown "
                                               "(give an absolute URL or a Host header)")
                               .arg(name, placeOf(text, pos)),
                           Error::Code::Malformed };
        if (scheme.isEmpty() && !knownScheme.isEmpty())
            scheme = knownScheme.toByteArray();
        if (scheme.isEmpty()) {
            scheme = authority.endsWith(":443") ? "https" : "http";
            if (!authority.endsWith(":443") && !authority.endsWith(":80"))
                parsed.warnings.append(
                    RawHttpImporter::tr("%1: the request does not say http or https; %2:// was assumed")
                        .arg(name, QString::fromLatin1(scheme)));
        }
        if (request.method == "CONNECT" && !path.startsWith('/'))
            path = "/";
        if (path == "*")
            path = "/";
        request.url = QUrl::fromEncoded(scheme + "://" + authority + path, QUrl::TolerantMode);
    }
    if (!request.url.isValid() || request.url.host().isEmpty())
        return Error { RawHttpImporter::tr("%1: %2: \"%3\" with Host \"%4\" is not a usable URL")
                           .arg(name, placeOf(text, pos), QString::fromUtf8(target), QString::fromUtf8(authority)),
                       Error::Code::Malformed };

    // Body: Content-Length bytes, else up to a response that follows, else the rest.
    const qsizetype bodyStart = head.bodyStart;
    const QByteArrayView rest = text.sliced(bodyStart);
    const qsizetype declared = contentLength(head.headers);
    qsizetype bodyEnd = text.size();
    if (declared >= 0 && declared <= rest.size()) {
        bodyEnd = bodyStart + declared;
    } else {
        for (qsizetype p = bodyStart; p < text.size();) {
            const Line line = lineAt(text, p);
            if (isStatusLine(lineText(text, line))) {
                bodyEnd = p;
                break;
            }
            p = line.next;
        }
        if (declared >= 0 && declared > rest.size()) {
            if (bodyShown == BodyShown::Yes)
                parsed.warnings.append(
                    RawHttpImporter::tr("%1: the body has %2 of the %3 bytes that Content-Length announces; "
                                        "the request is read without that Content-Length")
                        .arg(name)
                        .arg(rest.size())
                        .arg(declared));
            // Sent again with a length its body does not have, it would leave the server waiting.
            for (qsizetype i = request.headers.size() - 1; i >= 0; --i) {
                if (request.headers.at(i).name.compare("content-length", Qt::CaseInsensitive) == 0)
                    request.headers.removeAt(i);
            }
        }
    }
    QByteArrayView body = text.sliced(bodyStart, bodyEnd - bodyStart);
    if (declared < 0) {
        // Pasted text: the line break(s) before a following response or the end are not body.
        while (body.endsWith('\n')) {
            body.chop(1);
            if (body.endsWith('\r'))
                body.chop(1);
        }
    }
    if (body.trimmed().isEmpty())
        body = {};
    request.body = body.toByteArray();
    parsed.end = bodyEnd;
    return parsed;
}

// Reads the response(s) at `pos` of `text` as answers to `request` and adds them to the capture,
// one exchange per hop: a later hop asks for the Location the one before it named.
std::optional<Error> attachResponses(Capture *capture, const RequestSpec &request, QByteArrayView text, qsizetype pos,
                                     const QString &name)
{
    auto responses = readResponses(text, pos, name, request.method);
    if (!responses)
        return responses.failure();
    for (Exchange &exchange : responses->hops) {
        exchange.request = request;
        if (exchange.redirectHop > 0) {
            const Exchange &previous = capture->exchanges.last();
            const QByteArray location
                = previous.response ? headerValue(previous.response->headers, "location") : QByteArray();
            if (!location.isEmpty())
                exchange.request.url = previous.request.url.resolved(QUrl::fromEncoded(location, QUrl::TolerantMode));
        }
        exchange.remotePort = exchange.request.url.port(exchange.request.url.scheme() == u"https" ? 443 : 80);
        exchange.tls.used = exchange.request.url.scheme() == u"https";
        capture->exchanges.append(exchange);
    }
    return std::nullopt;
}

} // namespace

bool RawHttpImporter::looksLikeRequest(QByteArrayView text)
{
    if (const QByteArray flush
        = TerminalTranscript::withoutCommonIndent(text.first(std::min<qsizetype>(text.size(), 64 * 1024)));
        !flush.isNull())
        return looksLikeRequest(flush);
    const qsizetype pos = skipBlankLines(text, 0);
    const QByteArrayView line = lineText(text, lineAt(text, pos)).trimmed();
    return isRequestLine(line) || (isPseudoHeaderLine(line) && text.contains(":authority:"));
}

bool RawHttpImporter::looksLikeResponse(QByteArrayView text)
{
    if (const QByteArray flush
        = TerminalTranscript::withoutCommonIndent(text.first(std::min<qsizetype>(text.size(), 64 * 1024)));
        !flush.isNull())
        return looksLikeResponse(flush);
    if (TerminalTranscript::hasProgressMeter(text)) {
        const QByteArray withoutMeter
            = TerminalTranscript::withoutProgressMeter(text.first(std::min<qsizetype>(text.size(), 64 * 1024)));
        const Line first = lineAt(withoutMeter, skipBlankLines(withoutMeter, 0));
        if (lineText(withoutMeter, first).startsWith("curl: (")) // its error, written before the response
            return isStatusLineAt(withoutMeter, skipBlankLines(withoutMeter, first.next));
        return isStatusLineAt(withoutMeter, TerminalTranscript::commandAbove(withoutMeter).responseStart);
    }
    return isStatusLineAt(text, TerminalTranscript::commandAbove(text).responseStart);
}

bool RawHttpImporter::looksLikeCurlVerbose(QByteArrayView text)
{
    const QByteArrayView head = text.first(std::min<qsizetype>(text.size(), 64 * 1024));
    // Only the "< " part of it copied is read too.
    return (head.startsWith("< HTTP/") && isStatusLine(lineText(head, lineAt(head, 0)).sliced(2)))
        || ((head.startsWith("< HTTP/") || head.contains("\n< HTTP/"))
            && (head.startsWith("> ") || head.contains("\n> ") || head.contains("\n* ")));
}

bool RawHttpImporter::looksLikeCurlTrace(QByteArrayView text)
{
    const QByteArrayView head = text.first(std::min<qsizetype>(text.size(), 64 * 1024));
    return (head.contains("\n=> Send header, ") || head.startsWith("=> Send header, ")
            || head.contains(" => Send header, "))
        && (head.contains("\n<= Recv header, ") || head.contains(" <= Recv header, "));
}

bool RawHttpImporter::looksLikeWgetOutput(QByteArrayView text)
{
    const QByteArrayView head = text.first(std::min<qsizetype>(text.size(), 64 * 1024));
    return head.contains("request sent, awaiting response...")
        && (head.startsWith("--") || head.contains("\n--") || head.contains("wget"));
}

bool RawHttpImporter::looksLikeCurlFailure(QByteArrayView text)
{
    const QByteArrayView head = text.first(std::min<qsizetype>(text.size(), 64 * 1024));
    // A CONNECT tunnel's "< HTTP/1.1 200 Connection established" is the proxy's hop, not the answer:
    // a failure after it (TLS through the tunnel, the tunnelled request) is still the outcome.
    const qsizetype answers = head.count("\n< HTTP/") + (head.startsWith("< HTTP/") ? 1 : 0);
    const qsizetype tunnels
        = head.contains("> CONNECT ") ? QByteArray(head.toByteArray()).toLower().count("connection established") : 0;
    if (answers > tunnels || looksLikeResponse(head))
        return false;
    // curl's notes first ("Note: Unnecessary use of -X …" may come before them), or the command.
    qsizetype pos = skipBlankLines(head, 0);
    while (pos < head.size()) {
        const QByteArrayView line = lineText(head, lineAt(head, pos)).trimmed();
        if (!line.startsWith("Note: ") && !line.startsWith("Warning: "))
            break;
        pos = skipBlankLines(head, lineAt(head, pos).next);
    }
    const QByteArrayView first = lineText(head, lineAt(head, pos)).trimmed();
    if (!first.startsWith("* ") && !first.startsWith("curl: (") && !CurlImporter::looksLikeCurl(first))
        return false;
    return ToolLogs::curlFailureIn(head).has_value();
}

Result<Capture> RawHttpImporter::importCurlFailure(QByteArrayView text, const QString &name)
{
    const std::optional<ToolLogs::CurlFailure> failure = ToolLogs::curlFailureIn(text);
    if (!failure)
        return Error { tr("%1: %2: no response and no failure curl reports was found").arg(name, placeOf(text, 0)),
                       Error::Code::Malformed };
    Capture capture;
    capture.kind = Capture::kindName(Capture::Kind::RawResponse);
    capture.name = name;
    // What was asked: the "> " lines of -v, else the command above the output.
    std::optional<RequestSpec> asked;
    QByteArray request;
    QByteArray response;
    ToolLogs::splitCurlVerbose(text, &request, &response);
    if (!request.isEmpty() && looksLikeRequest(request)) {
        if (auto parsed = readRequest(request, 0, name, ToolLogs::schemeFromCurlNotes(text), BodyShown::No))
            asked = parsed->request;
    } else {
        const qsizetype start = skipBlankLines(text, 0);
        const QByteArrayView first = lineText(text, lineAt(text, start));
        if (CurlImporter::looksLikeCurl(first)) {
            const Result<Capture> command = CurlImporter::importText(first, name);
            if (command && !command->requests.isEmpty())
                asked = command->requests.first();
        }
    }
    Exchange exchange;
    exchange.source = Exchange::Source::Recorded;
    if (asked) {
        exchange.request = *asked;
        exchange.remotePort = asked->url.port(asked->url.scheme() == u"https" ? 443 : 80);
        exchange.tls.used = asked->url.scheme() == u"https";
        capture.requests.append(*asked);
    } else {
        exchange.request.method = {};
    }
    exchange.transport.outcome = failure->outcome;
    exchange.transport.phase = failure->phase;
    exchange.transport.detail = failure->detail;
    capture.exchanges.append(exchange);
    return capture;
}

Result<Capture> RawHttpImporter::importRequest(QByteArrayView text, const QString &name)
{
    if (const QByteArray flush = TerminalTranscript::withoutCommonIndent(text); !flush.isNull())
        return importRequest(flush, name);
    auto parsed = readRequest(text, 0, name);
    if (!parsed)
        return parsed.failure();
    Capture capture;
    capture.kind = Capture::kindName(Capture::Kind::RawRequest);
    capture.name = name;
    capture.warnings = parsed->warnings;
    capture.requests.append(parsed->request);
    const qsizetype next = skipBlankLines(text, parsed->end);
    if (next < text.size()) {
        if (!isStatusLineAt(text, next)) {
            capture.warnings.append(tr("%1: %2: text after the request was ignored").arg(name, placeOf(text, next)));
            return capture;
        }
        if (const std::optional<Error> error = attachResponses(&capture, parsed->request, text, next, name))
            return *error;
    }
    return capture;
}

Result<Capture> RawHttpImporter::importResponse(QByteArrayView text, const QString &name)
{
    return importResponseText(text, name, true);
}

Result<Capture> RawHttpImporter::importResponseText(QByteArrayView text, const QString &name, bool asSaved)
{
    if (const QByteArray flush = TerminalTranscript::withoutCommonIndent(text); !flush.isNull())
        return importResponseText(flush, name, false);
    const bool statusFirst = looksLikeResponse(text);
    if (!statusFirst && looksLikeCurlTrace(text))
        return importCurlTrace(text, name);
    if (!statusFirst && looksLikeWgetOutput(text))
        return importWgetOutput(text, name);
    if (!statusFirst && looksLikeCurlFailure(text))
        return importCurlFailure(text, name);
    if (looksLikeCurlVerbose(text)) {
        QByteArray request;
        QByteArray response;
        ToolLogs::splitCurlVerbose(text, &request, &response);
        if (!request.isEmpty() && looksLikeRequest(request)) {
            // curl -v shows the request's head but not the body it sent ("} [7 bytes data]").
            auto parsed = readRequest(request, 0, name, ToolLogs::schemeFromCurlNotes(text), BodyShown::No);
            if (!parsed)
                return parsed.failure();
            Capture capture;
            capture.kind = Capture::kindName(Capture::Kind::RawResponse);
            capture.name = name;
            capture.warnings = parsed->warnings;
            const RequestSpec &asked = parsed->request;
            // readRequest drops the Content-Length of the body it has not got.
            const qsizetype sent = contentLength(readHead(request, skipBlankLines(request, 0), 0).headers);
            if (sent > 0) {
                capture.warnings.append(
                    tr("%1: curl -v does not show the %2 bytes of body it sent; the request is read without a body")
                        .arg(name)
                        .arg(sent));
            }
            capture.requests.append(asked);
            if (response.trimmed().isEmpty())
                return capture;
            if (const std::optional<Error> error
                = attachResponses(&capture, asked, response, skipBlankLines(response, 0), name))
                return *error;
            return capture;
        }
        return importResponseText(response, name, false);
    }
    QByteArray withoutMeter;
    if (TerminalTranscript::hasProgressMeter(text)) {
        withoutMeter = TerminalTranscript::withoutProgressMeter(text);
        text = withoutMeter;
    }
    TerminalTranscript::CurlError curlError = TerminalTranscript::trailingCurlError(text);
    if (curlError.at >= 0) {
        text = text.first(curlError.at);
    } else {
        // Written to a file with 2>&1, curl's unbuffered error comes before the response it ends.
        const qsizetype first = skipBlankLines(text, 0);
        const Line line = lineAt(text, first);
        if (lineText(text, line).startsWith("curl: (") && isStatusLineAt(text, skipBlankLines(text, line.next))) {
            curlError = TerminalTranscript::trailingCurlError(text.first(line.end));
            text = text.sliced(line.next);
        }
    }
    const TerminalTranscript::CommandAbove above = TerminalTranscript::commandAbove(text);
    // The command the response came from tells what was asked: its URL, its method (a HEAD
    // answer from curl -I has a Content-Length and no body), its headers.
    std::optional<RequestSpec> asked;
    if (!above.command.isEmpty()) {
        const Result<Capture> command = CurlImporter::importText(above.command, name);
        if (command && !command->requests.isEmpty())
            asked = command->requests.first();
    }
    const bool wireBytes = asSaved && withoutMeter.isNull() && curlError.at < 0 && above.command.isEmpty();
    auto responses = readResponses(text, above.responseStart, name,
                                   asked ? QByteArrayView(asked->method) : QByteArrayView("GET"), wireBytes);
    if (!responses)
        return responses.failure();
    Capture capture;
    capture.kind = Capture::kindName(Capture::Kind::RawResponse);
    capture.name = name;
    if (asked)
        capture.requests.append(*asked);
    for (Exchange &exchange : responses->hops) {
        if (asked) {
            exchange.request = *asked;
            exchange.remotePort = asked->url.port(asked->url.scheme() == u"https" ? 443 : 80);
            exchange.tls.used = asked->url.scheme() == u"https";
        } else {
            exchange.request.method = {};
        }
        if (exchange.redirectHop > 0) {
            const Exchange &previous = capture.exchanges.last();
            const QByteArray location
                = previous.response ? headerValue(previous.response->headers, "location") : QByteArray();
            if (!location.isEmpty())
                exchange.request.url = previous.request.url.resolved(QUrl::fromEncoded(location, QUrl::TolerantMode));
        }
        capture.exchanges.append(exchange);
    }
    const auto onlyATunnel = [](const Exchange &exchange) {
        return exchange.response && exchange.response->status == 200
            && exchange.response->reason.toLower().startsWith("connection established");
    };
    if (curlError.at >= 0 && !capture.exchanges.isEmpty() && onlyATunnel(capture.exchanges.last())) {
        // Only the proxy's answer to CONNECT came back ("HTTP/1.1 200 Connection established", then
        // "curl: (35) … SSL_ERROR_SYSCALL"): the request through the tunnel got no answer at all.
        const QByteArray exitLine = "curl: (" + QByteArray::number(curlError.code) + ") " + curlError.message.toUtf8();
        if (const std::optional<ToolLogs::CurlFailure> failure = ToolLogs::curlFailureIn(exitLine)) {
            Exchange &exchange = capture.exchanges.last();
            exchange.response.reset();
            exchange.transport = { failure->outcome, failure->phase, failure->detail, 0 };
            capture.warnings.append(tr("%1: only the proxy's answer to CONNECT came back (200 Connection "
                                       "established); the request through the tunnel failed: %2")
                                        .arg(name, failure->detail));
            return capture;
        }
    }
    if (curlError.at >= 0 && !capture.exchanges.isEmpty()) {
        // The transfer broke off after the response began.
        Transport &transport = capture.exchanges.last().transport;
        switch (curlError.code) {
        case 18:
            transport = { Outcome::ClosedEarly, Phase::Download, curlError.message, transport.bytesReceived };
            break;
        case 28:
            transport = { Outcome::Timeout, Phase::Download, curlError.message, transport.bytesReceived };
            break;
        case 16:
        case 56:
        case 92:
            transport = { curlError.message.contains(u"reset"_s, Qt::CaseInsensitive) || curlError.code != 56
                              ? Outcome::Reset
                              : Outcome::ClosedEarly,
                          Phase::Download, curlError.message, transport.bytesReceived };
            break;
        default:
            capture.warnings.append(tr("%1: curl reported after the response: curl: (%2) %3")
                                        .arg(name)
                                        .arg(curlError.code)
                                        .arg(curlError.message));
        }
    }
    return capture;
}

Result<Capture> RawHttpImporter::importCurlTrace(QByteArrayView text, const QString &name)
{
    const ToolLogs::TraceStreams streams = ToolLogs::readCurlTrace(text);
    const qsizetype marker = std::max<qsizetype>(0, text.indexOf("<= Recv header"));
    if (!isStatusLineAt(streams.received, skipBlankLines(streams.received, 0)))
        return Error { tr("%1: %2: a curl trace whose received headers do not start with a status line such as "
                          "\"HTTP/1.1 502 Bad Gateway\"")
                           .arg(name, placeOf(text, marker)),
                       Error::Code::Malformed };
    Capture capture;
    capture.kind = Capture::kindName(Capture::Kind::RawResponse);
    capture.name = name;
    // The request that was answered: the first one sent that is not a proxy's CONNECT.
    std::optional<RequestSpec> request;
    for (const QByteArray &sent : streams.requests) {
        if (sent.startsWith("CONNECT "))
            continue;
        auto parsed = readRequest(sent, 0, name, ToolLogs::schemeFromCurlNotes(text));
        if (parsed) {
            request = parsed->request;
            capture.warnings += parsed->warnings;
        }
        break;
    }
    if (request)
        capture.requests.append(*request);
    if (streams.asciiBody)
        capture.warnings.append(
            tr("%1: --trace-ascii shows line breaks and other bytes outside printable ASCII in a body as '.'; "
               "the bodies are shown as traced (--trace keeps every byte)")
                .arg(name));
    RequestSpec answered = request.value_or(RequestSpec {});
    if (!request)
        answered.method = {};
    if (const std::optional<Error> error
        = attachResponses(&capture, answered, streams.received, skipBlankLines(streams.received, 0), name))
        return *error;
    for (Exchange &exchange : capture.exchanges) {
        if (!request)
            exchange.remotePort = 0;
    }
    return capture;
}

Result<Capture> RawHttpImporter::importWgetOutput(QByteArrayView text, const QString &name)
{
    const QList<ToolLogs::WgetResponse> responses = ToolLogs::readWgetOutput(text);
    if (responses.isEmpty())
        return Error { tr("%1: %2: wget output without a server response in it; run wget with -S (--server-response) "
                          "to show the response headers")
                           .arg(name, placeOf(text, std::max<qsizetype>(0, text.indexOf("awaiting response")))),
                       Error::Code::Malformed };
    Capture capture;
    capture.kind = Capture::kindName(Capture::Kind::RawResponse);
    capture.name = name;
    int hop = 0;
    for (const ToolLogs::WgetResponse &response : responses) {
        auto parsed = readResponses(response.head, 0, name, "GET");
        if (!parsed)
            return Error { tr("%1: %2: the server response wget printed cannot be read: %3")
                               .arg(name, placeOf(text, response.offset), parsed.error()),
                           Error::Code::Malformed };
        Exchange exchange = parsed->hops.last();
        exchange.index = int(capture.exchanges.size());
        exchange.redirectHop = hop;
        exchange.request.method = "GET";
        exchange.request.url = QUrl::fromEncoded(response.url, QUrl::TolerantMode);
        exchange.remotePort = exchange.request.url.port(exchange.request.url.scheme() == u"https" ? 443 : 80);
        exchange.tls.used = exchange.request.url.scheme() == u"https";
        const int status = exchange.response->status;
        hop = status >= 300 && status < 400 && hasHeader(exchange.response->headers, "location") ? hop + 1 : 0;
        capture.exchanges.append(exchange);
    }
    // The wget command above the output says what was asked: its method, body and headers (and its
    // address, when the output names none, as BusyBox's wget does).
    if (const std::optional<RequestSpec> asked = WgetCommand::requestIn(text, name);
        asked && !capture.exchanges.isEmpty()) {
        Exchange &first = capture.exchanges.first();
        const QUrl printed = first.request.url;
        first.request = *asked;
        if (printed.isValid() && !printed.host().isEmpty())
            first.request.url = printed;
        first.remotePort = first.request.url.port(first.request.url.scheme() == u"https" ? 443 : 80);
        first.tls.used = first.request.url.scheme() == u"https";
    }
    if (!capture.exchanges.isEmpty() && capture.exchanges.first().request.url.isValid())
        capture.requests.append(capture.exchanges.first().request);
    return capture;
}

} // namespace Gatescope
