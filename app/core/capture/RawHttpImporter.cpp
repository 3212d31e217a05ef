#include "capture/RawHttpImporter.h"

#include "capture/CurlImporter.h"
#include "capture/SourcePosition.h"
#include "http/ContentDecoder.h"

#include <QUrl>

namespace Gatescope {

namespace {

using namespace Qt::StringLiterals;

struct Line
{
    qsizetype start = 0;
    qsizetype end = 0; // exclusive, without the line ending
    qsizetype next = 0; // start of the following line
};

Line lineAt(QByteArrayView text, qsizetype pos)
{
    Line line;
    line.start = pos;
    const qsizetype newline = text.indexOf('\n', pos);
    line.end = newline < 0 ? text.size() : newline;
    line.next = newline < 0 ? text.size() : newline + 1;
    if (line.end > line.start && text.at(line.end - 1) == '\r')
        --line.end;
    return line;
}

QByteArrayView lineText(QByteArrayView text, const Line &line)
{
    return text.sliced(line.start, line.end - line.start);
}

qsizetype skipBlankLines(QByteArrayView text, qsizetype pos)
{
    while (pos < text.size()) {
        const Line line = lineAt(text, pos);
        if (!lineText(text, line).trimmed().isEmpty())
            return pos;
        pos = line.next;
    }
    return pos;
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

bool isStatusLine(QByteArrayView line)
{
    if (!line.startsWith("HTTP/") || line.size() < 10 || !isDigit(line.at(5)))
        return false;
    qsizetype i = 6;
    if (i < line.size() && line.at(i) == '.') {
        ++i;
        if (i >= line.size() || !isDigit(line.at(i)))
            return false;
        ++i;
    }
    if (i >= line.size() || line.at(i) != ' ')
        return false;
    while (i < line.size() && line.at(i) == ' ')
        ++i;
    return i + 3 <= line.size() && isDigit(line.at(i)) && isDigit(line.at(i + 1)) && isDigit(line.at(i + 2))
        && (i + 3 == line.size() || line.at(i + 3) == ' ');
}

bool isStatusLineAt(QByteArrayView text, qsizetype pos)
{
    return pos < text.size() && isStatusLine(lineText(text, lineAt(text, pos)));
}

bool isTokenChar(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || isDigit(c)
        || QByteArrayView("!#$%&'*+-.^_`|~").contains(c);
}

// "GET /x HTTP/1.1", "GET http://h/x", "OPTIONS * HTTP/1.1"
bool isRequestLine(QByteArrayView line)
{
    const qsizetype space = line.indexOf(' ');
    if (space <= 0)
        return false;
    for (qsizetype i = 0; i < space; ++i) {
        if (!isTokenChar(line.at(i)))
            return false;
    }
    // Methods are upper-case in practice; this keeps prose such as "Hello world" out.
    for (qsizetype i = 0; i < space; ++i) {
        if (line.at(i) >= 'a' && line.at(i) <= 'z')
            return false;
    }
    const QByteArrayView rest = line.sliced(space + 1).trimmed();
    if (rest.isEmpty())
        return false;
    const qsizetype second = rest.indexOf(' ');
    const QByteArrayView target = second < 0 ? rest : rest.first(second);
    const QByteArrayView version = second < 0 ? QByteArrayView() : rest.sliced(second + 1).trimmed();
    if (!version.isEmpty() && !version.startsWith("HTTP/"))
        return false;
    return target.startsWith('/') || target == "*" || target.startsWith("http://") || target.startsWith("https://")
        || (!version.isEmpty() && target.contains(':'));
}

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
            head.headers.last().value += ' ' + content.trimmed().toByteArray();
        } else {
            // HTTP/2 pseudo-headers (":authority: x") start with a colon of their own.
            const qsizetype colon = content.indexOf(':', content.startsWith(':') ? 1 : 0);
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
                    { fieldName.trimmed().toByteArray(), content.sliced(colon + 1).trimmed().toByteArray() });
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

// zsh marks output that lacks a final newline with a "%" (shown inverted) before its next prompt,
// and a copy of the terminal keeps it: "…</html>%". It is dropped when the body is one byte longer
// than its Content-Length says, or, without a length, when it follows the end of JSON or markup.
QByteArrayView withoutZshMark(QByteArrayView body, qsizetype declared)
{
    QByteArrayView trimmed = body;
    while (!trimmed.isEmpty() && QByteArrayView(" \t\r\n").contains(trimmed.back()))
        trimmed.chop(1);
    if (!trimmed.endsWith('%') || trimmed.size() < 2)
        return body;
    const QByteArrayView before = trimmed.first(trimmed.size() - 1);
    if (declared >= 0 ? before.size() == declared : QByteArrayView("}]>").contains(before.back()))
        return before;
    return body;
}

struct ParsedResponses
{
    QList<Exchange> hops; // non-1xx responses in order; interim ones attached to the next
    QStringList notes;
};

Result<ParsedResponses> readResponses(QByteArrayView text, qsizetype pos, const QString &name, QByteArrayView method)
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
                         QString::fromUtf8(lineText(text, line).first(std::min<qsizetype>(line.end - line.start, 60))))
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
                                   .arg(data.status) };
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
        if (!more)
            body = withoutZshMark(body, declared);
        QList<WireAnomaly> anomalies = head.anomalies;
        const bool bodyless = method == "HEAD" || data.status == 204 || data.status == 304;
        if (!more && declared >= 0 && body.size() > declared) {
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
        exchange.comment = tunnelNote;
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
                                QString::fromUtf8(requestLine.first(std::min<qsizetype>(requestLine.size(), 60)))) };
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
                               .arg(name, placeOf(text, pos)) };
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
                           .arg(name, placeOf(text, pos), QString::fromUtf8(target), QString::fromUtf8(authority)) };

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

// Where a note of curl -v's ("* Connection #0 to host … left intact", "* Closing connection", a
// TLS close notify…) starts inside a body line it was printed right after, or -1.
qsizetype gluedCurlNote(QByteArrayView line)
{
    static constexpr QByteArrayView notes[] = { "* Connection #",
                                                "* Closing connection",
                                                "* shutting down connection",
                                                "* TLSv1",
                                                "* SSL",
                                                "* OpenSSL SSL_read",
                                                "* Excess found",
                                                "* transfer closed",
                                                "* Leftovers after chunking",
                                                "* Connection died",
                                                "* Recv failure",
                                                "* Failed writing",
                                                "* HTTP/2 stream" };
    // The earliest of them: several may be glued ("…}* TLSv1.3 (IN), …* Connection #0 …").
    qsizetype best = -1;
    for (QByteArrayView note : notes) {
        const qsizetype at = line.indexOf(note);
        if (at > 0 && (best < 0 || at < best))
            best = at;
    }
    return best;
}

// "12:34:56.789012 " that --trace-time puts before every line.
QByteArrayView withoutTraceTime(QByteArrayView line)
{
    if (line.size() > 16 && isDigit(line.at(0)) && isDigit(line.at(1)) && line.at(2) == ':' && line.at(5) == ':'
        && line.at(8) == '.') {
        const qsizetype space = line.indexOf(' ');
        if (space > 8)
            return line.sliced(space + 1);
    }
    return line;
}

// What curl -v's "* " notes tell about the connection: TLS was used ("* SSL connection using …",
// "* ALPN: …", "* TLSv1.3 (OUT), …"), or the port it connected to ("* Connected to h (ip) port 443").
QByteArray schemeFromCurlNotes(QByteArrayView text)
{
    bool connected = false;
    bool port443 = false;
    for (qsizetype pos = 0; pos < text.size();) {
        const Line line = lineAt(text, pos);
        pos = line.next;
        const QByteArrayView content = withoutTraceTime(lineText(text, line));
        // "* note" in curl -v output, "== Info: note" in a --trace dump.
        if (!content.startsWith("* ") && !content.startsWith("== Info: "))
            continue;
        const QByteArrayView note = content.sliced(content.startsWith("* ") ? 2 : 9).trimmed();
        if (note.startsWith("SSL connection using") || note.startsWith("ALPN") || note.startsWith("TLSv1")
            || note.startsWith("Server certificate:") || note.startsWith("SSL certificate verify")
            || note.startsWith("[HTTP/2] [1] OPENED stream for https://"))
            return "https";
        if (note.startsWith("Connected to ") && !connected) {
            connected = true;
            port443 = note.contains(" port 443");
        }
    }
    if (!connected)
        return {};
    return port443 ? "https" : "http";
}

// `curl -v` output back into a request text and a response text: the last request shown (or the
// first of a curl -L redirect chain) and the response(s) that followed it ("> " and "< " lines; "* " notes and "{ "/"}
// " data notes dropped). With `curl -v -i` or `-v -I` the terminal interleaves stderr and stdout, so every header line
// shows twice: "< Date: …" and then "Date: …". The plain copy of the line just read is dropped.
void splitCurlVerbose(QByteArrayView text, QByteArray *request, QByteArray *response)
{
    bool sawResponse = false;
    bool redirected = false; // the last response was a 3xx: with -L the next request follows it
    bool followingRedirect = false; // reading the request curl -L sent after a redirect
    bool tunnelling = false; // the request just sent was a CONNECT to a proxy
    QByteArrayView pendingEcho; // the last "< " line, until its plain copy or the body shows up
    bool echoPending = false;
    for (qsizetype pos = 0; pos < text.size();) {
        const Line line = lineAt(text, pos);
        const QByteArrayView content = lineText(text, line);
        pos = line.next;
        if (content.startsWith("> ") || content == ">") {
            if (sawResponse) {
                // After a redirect (curl -v -L) the responses are hops of one exchange, and the
                // first request is the one asked; after a proxy's answer to CONNECT, or for another
                // URL of the command, only the new request and what follows count. A CONNECT
                // on the way to a redirect's target keeps the chain going.
                if (!(tunnelling && followingRedirect))
                    followingRedirect = redirected && !request->startsWith("CONNECT ");
                if (!followingRedirect) {
                    // The proxy's "200 Connection established" stays before the real response, which
                    // then reads as coming through the tunnel.
                    if (!request->startsWith("CONNECT "))
                        response->clear();
                    request->clear();
                }
                sawResponse = false;
                tunnelling = content.startsWith("> CONNECT ");
            } else if (request->isEmpty() && !followingRedirect) {
                tunnelling = content.startsWith("> CONNECT ");
            }
            echoPending = false;
            if (!followingRedirect)
                request->append(content.size() > 2 ? content.sliced(2) : QByteArrayView()).append("\r\n");
        } else if (content.startsWith("< ") || content == "<") {
            if (content.startsWith("< HTTP/") && isStatusLine(content.sliced(2)))
                redirected = content.sliced(2).sliced(content.sliced(2).indexOf(' ')).trimmed().startsWith('3');
            sawResponse = true;
            pendingEcho = content.size() > 2 ? content.sliced(2) : QByteArrayView();
            echoPending = true;
            response->append(pendingEcho).append("\r\n");
        } else if (content.startsWith("* ") || content.startsWith("{ ") || content.startsWith("} ") || content == "*") {
            continue;
        } else if (sawResponse) {
            if (echoPending && content == pendingEcho) {
                echoPending = false;
                continue;
            }
            echoPending = false;
            // A body without a final newline runs into curl's next note on the terminal:
            // "{\"error\":\"upstream\"}* Connection #0 to host api.example left intact".
            const qsizetype note = gluedCurlNote(content);
            if (note >= 0)
                response->append(content.first(note));
            else if (line.next > line.end)
                response->append(content).append('\n');
            else
                response->append(content); // the body's last line, without a newline at the end of the text
        }
    }
}

// "$ curl -i https://…" (a shell prompt and the command, maybe continued over several lines with
// "\\") pasted above the response it printed.
struct CommandAbove
{
    qsizetype responseStart = 0; // the status line after the command, or where the text starts
    QByteArrayView command; // from "curl" to the end of its last line; empty without one
};

CommandAbove commandAbove(QByteArrayView text)
{
    CommandAbove found;
    const qsizetype pos = skipBlankLines(text, 0);
    found.responseStart = pos;
    Line line = lineAt(text, pos);
    const QByteArrayView content = lineText(text, line);
    const qsizetype curl = content.indexOf("curl ");
    if (curl < 0 || curl > 80)
        return found;
    // Only a prompt may stand before "curl": "$ ", "% ", "# ", "> ", "user@host:~$ ", "PS C:\> ",
    // starship's and pure's "❯ ", oh-my-zsh's "➜  ~ ".
    const QByteArrayView prompt = content.first(curl).trimmed();
    if (!prompt.isEmpty() && !prompt.endsWith('$') && !prompt.endsWith('%') && !prompt.endsWith('#')
        && !prompt.endsWith('>') && !prompt.endsWith("\xE2\x9D\xAF") && !prompt.startsWith("\xE2\x9E\x9C"))
        return found;
    qsizetype commandEnd = line.end;
    // Continuation lines: bash "\", cmd "^", PowerShell "`".
    while (line.next < text.size()) {
        const QByteArrayView current = lineText(text, line).trimmed();
        if (!current.endsWith('\\') && !current.endsWith('^') && !current.endsWith('`'))
            break;
        line = lineAt(text, line.next);
        commandEnd = line.end;
    }
    const qsizetype next = skipBlankLines(text, line.next);
    if (!isStatusLineAt(text, next))
        return found;
    found.responseStart = next;
    found.command = text.sliced(pos + curl, commandEnd - (pos + curl));
    return found;
}

// Reads the response(s) at `pos` of `text` as answers to `request` and adds them to the capture,
// one exchange per hop: a later hop asks for the Location the one before it named.
std::optional<Error> attachResponses(Capture *capture, const RequestSpec &request, QByteArrayView text, qsizetype pos,
                                     const QString &name)
{
    auto responses = readResponses(text, pos, name, request.method);
    if (!responses)
        return Error { responses.error() };
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

// ---- curl --trace and --trace-ascii ------------------------------------------------------------

bool isHexDigit(char c)
{
    return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

// "0000: …", "01a0: …": a line of dumped bytes; `offset` gets the number, the rest is returned.
std::optional<QByteArrayView> traceDataLine(QByteArrayView line, qsizetype *offset)
{
    const qsizetype colon = line.indexOf(": ");
    if (colon < 4 || colon > 8)
        return std::nullopt;
    for (qsizetype i = 0; i < colon; ++i) {
        if (!isHexDigit(line.at(i)))
            return std::nullopt;
    }
    bool ok = false;
    *offset = line.first(colon).toLongLong(&ok, 16);
    if (!ok)
        return std::nullopt;
    return line.sliced(colon + 2);
}

// --trace prints 16 bytes as "47 45 54 20 … " (48 characters, padded) and then their text.
bool isHexDump(QByteArrayView payload)
{
    return payload.size() >= 49 && isHexDigit(payload.at(0)) && isHexDigit(payload.at(1)) && payload.at(2) == ' ';
}

struct TraceBlock
{
    enum class Direction { Sent, Received, Other } direction = Direction::Other;
    bool header = false;
    qsizetype size = -1; // as "N bytes" announced it
    QList<std::pair<qsizetype, QByteArrayView>> lines; // offset, dumped text
};

// The bytes one block stood for. Hex dumps give them exactly. --trace-ascii prints a dot for every
// byte outside printable ASCII and ends a line at CR LF without printing it; the offsets of the
// lines tell where a CR LF was left out.
QByteArray traceBytes(const TraceBlock &block)
{
    QByteArray bytes;
    const bool hex = !block.lines.isEmpty() && isHexDump(block.lines.first().second);
    for (qsizetype i = 0; i < block.lines.size(); ++i) {
        const auto &[offset, payload] = block.lines.at(i);
        if (hex) {
            for (qsizetype at = 0; at + 1 < 48 && at + 1 < payload.size(); at += 3) {
                if (!isHexDigit(payload.at(at)) || !isHexDigit(payload.at(at + 1)))
                    break;
                bytes += char(payload.sliced(at, 2).toInt(nullptr, 16));
            }
            continue;
        }
        bytes += payload;
        const qsizetype next = i + 1 < block.lines.size() ? block.lines.at(i + 1).first : block.size;
        if (next - offset - payload.size() == 2)
            bytes += "\r\n";
    }
    return bytes;
}

struct TraceStreams
{
    QList<QByteArray> requests; // each "Send header" block starts one
    QByteArray received;
    bool asciiBody = false; // a received body dumped by --trace-ascii, not --trace
};

TraceStreams readCurlTrace(QByteArrayView text)
{
    TraceStreams streams;
    TraceBlock block;
    auto flush = [&] {
        const QByteArray bytes = traceBytes(block);
        if (block.direction == TraceBlock::Direction::Sent) {
            if (block.header || streams.requests.isEmpty())
                streams.requests.append(bytes);
            else
                streams.requests.last() += bytes;
        } else if (block.direction == TraceBlock::Direction::Received) {
            streams.received += bytes;
            if (!block.header && !block.lines.isEmpty() && !isHexDump(block.lines.first().second))
                streams.asciiBody = true;
        }
        block = {};
    };
    for (qsizetype pos = 0; pos < text.size();) {
        const Line line = lineAt(text, pos);
        pos = line.next;
        const QByteArrayView content = withoutTraceTime(lineText(text, line));
        const bool send = content.startsWith("=> Send ");
        if (send || content.startsWith("<= Recv ")) {
            flush();
            const QByteArrayView what = content.sliced(8);
            if (what.startsWith("header") || what.startsWith("data"))
                block.direction = send ? TraceBlock::Direction::Sent : TraceBlock::Direction::Received;
            block.header = what.startsWith("header");
            const qsizetype comma = what.indexOf(", ");
            const qsizetype bytesWord = what.indexOf(" bytes");
            if (comma > 0 && bytesWord > comma)
                block.size = what.sliced(comma + 2, bytesWord - comma - 2).toLongLong();
            continue;
        }
        qsizetype offset = 0;
        if (const std::optional<QByteArrayView> payload = traceDataLine(content, &offset)) {
            if (block.direction != TraceBlock::Direction::Other)
                block.lines.append({ offset, *payload });
            continue;
        }
        flush(); // "== Info: …" and anything else ends a block
    }
    flush();
    return streams;
}

// ---- wget -S ----------------------------------------------------------------------------------

// wget -S prints each response's head indented by two spaces after "HTTP request sent, awaiting
// response... "; without -S only the status follows on that line. "--<date>--  URL" lines name
// what is asked, a retry's as "--<date>--  (try: 2)  URL".
struct WgetResponse
{
    QByteArray url;
    QByteArray head; // status line and header lines, CRLF-separated, ending in a blank line
    qsizetype offset = 0;
};

QList<WgetResponse> readWgetOutput(QByteArrayView text)
{
    QList<WgetResponse> responses;
    QByteArray url;
    for (qsizetype pos = 0; pos < text.size();) {
        const Line line = lineAt(text, pos);
        pos = line.next;
        const QByteArrayView content = lineText(text, line);
        if (content.startsWith("--") && content.size() > 4 && isDigit(content.at(2))) {
            const qsizetype last = content.trimmed().lastIndexOf(' ');
            if (last > 0)
                url = content.trimmed().sliced(last + 1).toByteArray();
            continue;
        }
        const qsizetype awaiting = content.indexOf("request sent, awaiting response...");
        if (awaiting < 0)
            continue;
        WgetResponse response;
        response.url = url;
        response.offset = line.start;
        const QByteArrayView status = content.sliced(awaiting + 34).trimmed();
        if (!status.isEmpty() && isDigit(status.at(0))) {
            response.head = "HTTP/1.1 " + status.toByteArray() + "\r\n\r\n";
            responses.append(response);
            continue;
        }
        while (pos < text.size()) {
            const Line header = lineAt(text, pos);
            const QByteArrayView headerText = lineText(text, header);
            if (!headerText.startsWith("  ") || headerText.trimmed().isEmpty())
                break;
            response.head += headerText.trimmed().toByteArray() + "\r\n";
            pos = header.next;
        }
        if (!response.head.isEmpty()) {
            response.head += "\r\n";
            responses.append(response);
        }
    }
    return responses;
}

// curl's progress meter, shown when its output is not a terminal ("curl -i URL | tee" or "> file
// 2>&1"): its heading, the "Dload  Upload" line, and rows of numbers and times ("\r"-separated
// updates), wherever they fell between the lines of the response.
bool isProgressRow(QByteArrayView segment)
{
    const QList<QByteArray> fields = segment.toByteArray().simplified().split(' ');
    if (fields.size() != 12 || fields.first().isEmpty() || !isDigit(fields.first().front()))
        return false;
    return fields.at(8).contains(':') && fields.at(9).contains(':') && fields.at(10).contains(':');
}

bool isProgressMeterLine(QByteArrayView line)
{
    if (line.contains("% Total    % Received % Xferd") || line.trimmed().startsWith("Dload  Upload"))
        return true;
    bool any = false;
    for (QByteArrayView segment : QByteArray(line.toByteArray()).split('\r')) {
        if (segment.trimmed().isEmpty())
            continue;
        if (!isProgressRow(segment))
            return false;
        any = true;
    }
    return any;
}

QByteArray withoutProgressMeter(QByteArrayView text)
{
    QByteArray kept;
    kept.reserve(text.size());
    for (qsizetype pos = 0; pos < text.size();) {
        const qsizetype newline = text.indexOf('\n', pos);
        const qsizetype next = newline < 0 ? text.size() : newline + 1;
        const QByteArrayView line = text.sliced(pos, next - pos);
        if (!isProgressMeterLine(line.trimmed()))
            kept += line;
        pos = next;
    }
    return kept;
}

// "curl: (18) transfer closed with 93 bytes remaining to read" that curl printed after the response
// (at the start of the last line, or right after a body without a final newline).
struct TrailingCurlError
{
    qsizetype at = -1;
    int code = 0;
    QString message;
};

TrailingCurlError trailingCurlError(QByteArrayView text)
{
    TrailingCurlError found;
    QByteArrayView trimmed = text;
    while (!trimmed.isEmpty() && QByteArrayView(" \t\r\n").contains(trimmed.back()))
        trimmed.chop(1);
    const qsizetype lineStart = trimmed.lastIndexOf('\n') + 1;
    const qsizetype at = trimmed.indexOf("curl: (", lineStart);
    if (at < 0)
        return found;
    const qsizetype close = trimmed.indexOf(") ", at);
    bool ok = false;
    const int code = close > at + 7 ? trimmed.sliced(at + 7, close - at - 7).toInt(&ok) : 0;
    if (!ok)
        return found;
    found.at = at;
    found.code = code;
    found.message = QString::fromUtf8(trimmed.sliced(close + 2));
    return found;
}

// A message pasted with every line indented alike (a Markdown code block, a quoted e-mail, a log
// viewer): the text without that indent, or a null array when the lines share none. Only when
// the first line is a start line underneath ("    HTTP/1.1 502 Bad Gateway").
QByteArray withoutCommonIndent(QByteArrayView text)
{
    const qsizetype firstPos = skipBlankLines(text, 0);
    const QByteArrayView first = lineText(text, lineAt(text, firstPos));
    qsizetype indent = 0;
    while (indent < first.size() && (first.at(indent) == ' ' || first.at(indent) == '\t'))
        ++indent;
    if (indent == 0 || (!isStatusLine(first.sliced(indent)) && !isRequestLine(first.sliced(indent).trimmed())))
        return {};
    const QByteArrayView prefix = first.first(indent);
    for (qsizetype pos = firstPos; pos < text.size();) {
        const Line line = lineAt(text, pos);
        pos = line.next;
        const QByteArrayView content = lineText(text, line);
        if (!content.trimmed().isEmpty() && !content.startsWith(prefix))
            return {};
    }
    QByteArray flush;
    flush.reserve(text.size());
    for (qsizetype pos = firstPos; pos < text.size();) {
        const Line line = lineAt(text, pos);
        pos = line.next;
        const QByteArrayView whole = text.sliced(line.start, line.next - line.start);
        if (lineText(text, line).trimmed().isEmpty())
            flush += text.sliced(line.end, line.next - line.end); // a blank line: its line break only
        else
            flush += whole.sliced(prefix.size());
    }
    return flush;
}

// ---- curl failures ------------------------------------------------------------------------------

// How curl said it failed, in a "* note" of -v or its "curl: (52) Empty reply from server" line.
struct CurlFailure
{
    Outcome outcome = Outcome::ClosedEarly;
    Phase phase = Phase::None;
    QString detail;
};

std::optional<CurlFailure> curlFailureIn(QByteArrayView text)
{
    bool sentRequest = false;
    for (qsizetype pos = 0; pos < text.size();) {
        const Line line = lineAt(text, pos);
        pos = line.next;
        QByteArrayView content = lineText(text, line).trimmed();
        if (content.startsWith("> ")) {
            sentRequest = true;
            continue;
        }
        if (content.startsWith("* ")) {
            content = content.sliced(2).trimmed();
        } else if (content.startsWith("curl: (")) {
            const qsizetype close = content.indexOf(") ");
            if (close < 0)
                continue;
            content = content.sliced(close + 2);
        } else {
            continue;
        }
        auto failure = [&](Outcome outcome, Phase phase) {
            return CurlFailure { outcome, phase, QString::fromUtf8(content) };
        };
        auto has = [&](QByteArrayView phrase) { return content.contains(phrase); };
        if (has("Could not resolve host") || has("Could not resolve proxy"))
            return failure(Outcome::DnsFailure, Phase::Dns);
        if (has("Resolving timed out"))
            return failure(Outcome::Timeout, Phase::Dns);
        if (has("Operation timed out") || has("Connection timed out") || has("Timeout was reached")
            || has("Connection timeout"))
            return failure(Outcome::Timeout, sentRequest ? Phase::Wait : Phase::Connect);
        if (has("Connection refused") || has("Failed to connect") || has("Couldn't connect to server"))
            return failure(Outcome::Refused, Phase::Connect);
        if (has("Empty reply from server"))
            return failure(Outcome::ClosedEarly, Phase::Wait);
        if (has("Connection reset by peer") || has("Failure when receiving data from the peer") || has("Recv failure"))
            return failure(Outcome::Reset, Phase::Wait);
        if (has("SSL certificate problem") || has("SSL connect error") || has("SSL_connect") || has("TLS connect error")
            || has("no alternative certificate subject name") || has("SSL: certificate subject name")
            || has("schannel: "))
            return failure(Outcome::TlsFailure, Phase::Tls);
        if (has("Received HTTP/0.9 when not allowed") || has("Weird server reply")
            || has("Unsupported HTTP version in response"))
            return failure(Outcome::InvalidResponse, Phase::Wait);
    }
    return std::nullopt;
}

} // namespace

bool RawHttpImporter::looksLikeRequest(QByteArrayView text)
{
    if (const QByteArray flush = withoutCommonIndent(text.first(std::min<qsizetype>(text.size(), 64 * 1024)));
        !flush.isNull())
        return looksLikeRequest(flush);
    const qsizetype pos = skipBlankLines(text, 0);
    const QByteArrayView line = lineText(text, lineAt(text, pos)).trimmed();
    return isRequestLine(line) || (isPseudoHeaderLine(line) && text.contains(":authority:"));
}

bool RawHttpImporter::looksLikeResponse(QByteArrayView text)
{
    if (const QByteArray flush = withoutCommonIndent(text.first(std::min<qsizetype>(text.size(), 64 * 1024)));
        !flush.isNull())
        return looksLikeResponse(flush);
    if (text.contains("% Total    % Received % Xferd")) {
        const QByteArray withoutMeter = withoutProgressMeter(text.first(std::min<qsizetype>(text.size(), 64 * 1024)));
        const Line first = lineAt(withoutMeter, skipBlankLines(withoutMeter, 0));
        if (lineText(withoutMeter, first).startsWith("curl: (")) // its error, written before the response
            return isStatusLineAt(withoutMeter, skipBlankLines(withoutMeter, first.next));
        return isStatusLineAt(withoutMeter, commandAbove(withoutMeter).responseStart);
    }
    return isStatusLineAt(text, commandAbove(text).responseStart);
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
    if (head.contains("\n< HTTP/") || head.startsWith("< HTTP/") || looksLikeResponse(head))
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
    return curlFailureIn(head).has_value();
}

Result<Capture> RawHttpImporter::importCurlFailure(QByteArrayView text, const QString &name)
{
    const std::optional<CurlFailure> failure = curlFailureIn(text);
    if (!failure)
        return Error { tr("%1: %2: no response and no failure curl reports was found").arg(name, placeOf(text, 0)) };
    Capture capture;
    capture.kind = u"raw-response"_s;
    capture.name = name;
    // What was asked: the "> " lines of -v, else the command above the output.
    std::optional<RequestSpec> asked;
    QByteArray request;
    QByteArray response;
    splitCurlVerbose(text, &request, &response);
    if (!request.isEmpty() && looksLikeRequest(request)) {
        if (auto parsed = readRequest(request, 0, name, schemeFromCurlNotes(text), BodyShown::No))
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
    if (const QByteArray flush = withoutCommonIndent(text); !flush.isNull())
        return importRequest(flush, name);
    auto parsed = readRequest(text, 0, name);
    if (!parsed)
        return Error { parsed.error() };
    Capture capture;
    capture.kind = u"raw-request"_s;
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
    if (const QByteArray flush = withoutCommonIndent(text); !flush.isNull())
        return importResponse(flush, name);
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
        splitCurlVerbose(text, &request, &response);
        if (!request.isEmpty() && looksLikeRequest(request)) {
            // curl -v shows the request's head but not the body it sent ("} [7 bytes data]").
            auto parsed = readRequest(request, 0, name, schemeFromCurlNotes(text), BodyShown::No);
            if (!parsed)
                return Error { parsed.error() };
            Capture capture;
            capture.kind = u"raw-response"_s;
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
        return importResponse(response, name);
    }
    QByteArray withoutMeter;
    if (text.contains("% Total    % Received % Xferd")) {
        withoutMeter = withoutProgressMeter(text);
        text = withoutMeter;
    }
    TrailingCurlError curlError = trailingCurlError(text);
    if (curlError.at >= 0) {
        text = text.first(curlError.at);
    } else {
        // Written to a file with 2>&1, curl's unbuffered error comes before the response it ends.
        const qsizetype first = skipBlankLines(text, 0);
        const Line line = lineAt(text, first);
        if (lineText(text, line).startsWith("curl: (") && isStatusLineAt(text, skipBlankLines(text, line.next))) {
            curlError = trailingCurlError(text.first(line.end));
            text = text.sliced(line.next);
        }
    }
    const CommandAbove above = commandAbove(text);
    // The command the response came from tells what was asked: its URL, its method (a HEAD
    // answer from curl -I has a Content-Length and no body), its headers.
    std::optional<RequestSpec> asked;
    if (!above.command.isEmpty()) {
        const Result<Capture> command = CurlImporter::importText(above.command, name);
        if (command && !command->requests.isEmpty())
            asked = command->requests.first();
    }
    auto responses
        = readResponses(text, above.responseStart, name, asked ? QByteArrayView(asked->method) : QByteArrayView("GET"));
    if (!responses)
        return Error { responses.error() };
    Capture capture;
    capture.kind = u"raw-response"_s;
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
    const TraceStreams streams = readCurlTrace(text);
    const qsizetype marker = std::max<qsizetype>(0, text.indexOf("<= Recv header"));
    if (!isStatusLineAt(streams.received, skipBlankLines(streams.received, 0)))
        return Error { tr("%1: %2: a curl trace whose received headers do not start with a status line such as "
                          "\"HTTP/1.1 502 Bad Gateway\"")
                           .arg(name, placeOf(text, marker)) };
    Capture capture;
    capture.kind = u"raw-response"_s;
    capture.name = name;
    // The request that was answered: the first one sent that is not a proxy's CONNECT.
    std::optional<RequestSpec> request;
    for (const QByteArray &sent : streams.requests) {
        if (sent.startsWith("CONNECT "))
            continue;
        auto parsed = readRequest(sent, 0, name, schemeFromCurlNotes(text));
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
    const QList<WgetResponse> responses = readWgetOutput(text);
    if (responses.isEmpty())
        return Error { tr("%1: %2: wget output without a server response in it; run wget with -S (--server-response) "
                          "to show the response headers")
                           .arg(name, placeOf(text, std::max<qsizetype>(0, text.indexOf("awaiting response")))) };
    Capture capture;
    capture.kind = u"raw-response"_s;
    capture.name = name;
    int hop = 0;
    for (const WgetResponse &response : responses) {
        auto parsed = readResponses(response.head, 0, name, "GET");
        if (!parsed)
            return Error { tr("%1: %2: the server response wget printed cannot be read: %3")
                               .arg(name, placeOf(text, response.offset), parsed.error()) };
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
    if (!capture.exchanges.isEmpty() && capture.exchanges.first().request.url.isValid())
        capture.requests.append(capture.exchanges.first().request);
    return capture;
}

} // namespace Gatescope
