#include "RawHttpImporter.h"

#include "ContentDecoder.h"
#include "SourcePosition.h"

#include <QUrl>

namespace Gatescope {

namespace {

using namespace Qt::StringLiterals;

struct Line
{
    qsizetype start = 0;
    qsizetype end = 0;  // exclusive, without the line ending
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
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || isDigit(c) || QByteArrayView("!#$%&'*+-.^_`|~").contains(c);
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

struct Head
{
    QByteArray startLine;
    HeaderList headers;
    QList<WireAnomaly> anomalies;
    qsizetype start = 0;
    qsizetype bodyStart = 0;   // first byte after the blank line (or the end of the text)
    bool terminated = false;   // a blank line ended the header block
};

// Reads a start line and header lines from `pos`. Anomaly offsets count from `messageStart`.
Head readHead(QByteArrayView text, qsizetype pos, qsizetype messageStart)
{
    Head head;
    head.start = pos;
    Line line = lineAt(text, pos);
    head.startLine = lineText(text, line).toByteArray();
    pos = line.next;
    while (pos < text.size()) {
        line = lineAt(text, pos);
        const QByteArrayView content = lineText(text, line);
        if (content.isEmpty()) {
            head.terminated = true;
            pos = line.next;
            break;
        }
        if ((content.front() == ' ' || content.front() == '\t') && !head.headers.isEmpty()) {
            head.anomalies.append({QString::fromUtf16(AnomalyKind::ObsoleteLineFolding), line.start - messageStart,
                                   RawHttpImporter::tr("header value continued on the next line (obsolete line folding)")});
            head.headers.last().value += ' ' + content.trimmed().toByteArray();
        } else {
            // HTTP/2 pseudo-headers (":authority: x") start with a colon of their own.
            const qsizetype colon = content.indexOf(':', content.startsWith(':') ? 1 : 0);
            if (colon <= 0) {
                head.anomalies.append({QString::fromUtf16(AnomalyKind::BadHeaderLine), line.start - messageStart,
                                       RawHttpImporter::tr("header line without ':': \"%1\"").arg(QString::fromUtf8(content.first(std::min<qsizetype>(content.size(), 60))))});
            } else {
                const QByteArrayView fieldName = content.first(colon);
                if (fieldName.back() == ' ' || fieldName.back() == '\t')
                    head.anomalies.append({QString::fromUtf16(AnomalyKind::InvalidHeaderName), line.start - messageStart,
                                           RawHttpImporter::tr("white space between the field name and ':'")});
                head.headers.append({fieldName.trimmed().toByteArray(), content.sliced(colon + 1).trimmed().toByteArray()});
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
    const std::optional<ContentDecoder::Coding> coding = ContentDecoder::codingFromName(data->contentEncoding.toLatin1());
    if (!coding)
        return;
    const bool gzipMagic = data->body.startsWith("\x1f\x8b");
    if (*coding == ContentDecoder::Coding::Gzip && !gzipMagic)
        return;
    const Result<QByteArray> decoded = ContentDecoder::decodeAll(data->body, *coding);
    if (decoded) {
        data->body = decoded.value();
    } else if (gzipMagic) {
        anomalies->append({QString::fromUtf16(AnomalyKind::ContentDecodingFailed), bodyOffset,
                           RawHttpImporter::tr("the %1 body could not be decoded: %2").arg(data->contentEncoding, decoded.error())});
    }
}

struct ParsedResponses
{
    QList<Exchange> hops;   // non-1xx responses in order; interim ones attached to the next
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
            return Error{RawHttpImporter::tr("%1: %2: expected a status line such as \"HTTP/1.1 502 Bad Gateway\", found \"%3\"")
                             .arg(name, placeOf(text, pos), QString::fromUtf8(lineText(text, line).first(std::min<qsizetype>(line.end - line.start, 60))))};
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
            pendingInterim.append({data.status, data.reason, data.headers});
            pos = head.bodyStart;
            if (pos >= text.size())
                return Error{RawHttpImporter::tr("%1: %2: the text ends after an interim %3 response; the final response is missing")
                                 .arg(name, placeOf(text, messageStart)).arg(data.status)};
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
        if (nextStartsNow && rest.trimmed().startsWith("HTTP/") && (declared <= 0 || !isStatusLineAt(text, head.bodyStart + declared))) {
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
        QList<WireAnomaly> anomalies = head.anomalies;
        const bool bodyless = method == "HEAD" || data.status == 204 || data.status == 304;
        if (!more && declared >= 0 && body.size() > declared) {
            const QByteArrayView extra = body.sliced(declared);
            if (!extra.trimmed().isEmpty() && !bodyless)
                anomalies.append({QString::fromUtf16(AnomalyKind::BytesAfterMessage), head.bodyStart - messageStart + declared,
                                  RawHttpImporter::tr("%n byte(s) after the %1 bytes that Content-Length announced", nullptr, int(extra.size())).arg(declared)});
            if (!bodyless || extra.trimmed().isEmpty())
                body = body.first(declared);
        } else if (!more && declared > 0 && !body.isEmpty() && body.size() < declared) {
            anomalies.append({QString::fromUtf16(AnomalyKind::BodyShorterThanContentLength), head.bodyStart - messageStart + body.size(),
                              RawHttpImporter::tr("the body has %1 of the %2 bytes that Content-Length announced").arg(body.size()).arg(declared)});
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
            anomalies.prepend({QString::fromUtf16(AnomalyKind::InterimResponse), 0,
                               RawHttpImporter::tr("interim %1 %2 response before the final one").arg(interim.status).arg(QString::fromUtf8(interim.reason))});
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

Result<ParsedRequest> readRequest(QByteArrayView text, qsizetype pos, const QString &name)
{
    ParsedRequest parsed;
    pos = skipBlankLines(text, pos);
    const Line first = lineAt(text, pos);
    const QByteArrayView requestLine = lineText(text, first).trimmed();
    if (!isRequestLine(requestLine))
        return Error{RawHttpImporter::tr("%1: %2: expected a request line such as \"GET /path HTTP/1.1\", found \"%3\"")
                         .arg(name, placeOf(text, pos), QString::fromUtf8(requestLine.first(std::min<qsizetype>(requestLine.size(), 60))))};
    const Head head = readHead(text, pos, pos);
    for (const WireAnomaly &anomaly : head.anomalies)
        parsed.warnings.append(RawHttpImporter::tr("%1: %2: %3 (ignored)").arg(name, placeOf(text, pos + anomaly.offset), anomaly.detail));

    const QList<QByteArrayView> parts = [&] {
        QList<QByteArrayView> list;
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
            return Error{RawHttpImporter::tr("%1: %2: the request has no Host header, so where it goes is unknown (give an absolute URL or a Host header)")
                             .arg(name, placeOf(text, pos))};
        if (scheme.isEmpty()) {
            scheme = authority.endsWith(":443") ? "https" : "http";
            if (!authority.endsWith(":443") && !authority.endsWith(":80"))
                parsed.warnings.append(RawHttpImporter::tr("%1: the request does not say http or https; %2:// was assumed")
                                           .arg(name, QString::fromLatin1(scheme)));
        }
        if (request.method == "CONNECT" && !path.startsWith('/'))
            path = "/";
        if (path == "*")
            path = "/";
        request.url = QUrl::fromEncoded(scheme + "://" + authority + path, QUrl::TolerantMode);
    }
    if (!request.url.isValid() || request.url.host().isEmpty())
        return Error{RawHttpImporter::tr("%1: %2: \"%3\" with Host \"%4\" is not a usable URL")
                         .arg(name, placeOf(text, pos), QString::fromUtf8(target), QString::fromUtf8(authority))};

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
        if (declared >= 0 && declared > rest.size())
            parsed.warnings.append(RawHttpImporter::tr("%1: the body has %2 of the %3 bytes that Content-Length announces")
                                       .arg(name).arg(rest.size()).arg(declared));
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

// `curl -v` output back into a request text and a response text: the last request shown and the
// response(s) that followed it ("> " and "< " lines; "* " notes and "{ "/"} " data notes dropped).
// With `curl -v -i` or `-v -I` the terminal interleaves stderr and stdout, so every header line
// shows twice: "< Date: …" and then "Date: …". The plain copy of the line just read is dropped.
void splitCurlVerbose(QByteArrayView text, QByteArray *request, QByteArray *response)
{
    bool sawResponse = false;
    QByteArrayView pendingEcho;     // the last "< " line, until its plain copy or the body shows up
    bool echoPending = false;
    for (qsizetype pos = 0; pos < text.size();) {
        const Line line = lineAt(text, pos);
        const QByteArrayView content = lineText(text, line);
        pos = line.next;
        if (content.startsWith("> ") || content == ">") {
            if (sawResponse) {
                request->clear();
                response->clear();
                sawResponse = false;
            }
            echoPending = false;
            request->append(content.size() > 2 ? content.sliced(2) : QByteArrayView()).append("\r\n");
        } else if (content.startsWith("< ") || content == "<") {
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
            response->append(content).append('\n');
        }
    }
}

// "$ curl -i https://…" (a shell prompt and the command) pasted above the response it printed.
qsizetype skipCommandLine(QByteArrayView text, qsizetype pos)
{
    pos = skipBlankLines(text, pos);
    const Line line = lineAt(text, pos);
    QByteArrayView content = lineText(text, line).trimmed();
    const qsizetype curl = content.indexOf("curl ");
    if (curl < 0 || curl > 80)
        return pos;
    // Only a prompt may stand before "curl": "$ ", "% ", "# ", "> ", "user@host:~$ ", "PS C:\> ".
    const QByteArrayView prompt = content.first(curl).trimmed();
    if (!prompt.isEmpty() && !prompt.endsWith('$') && !prompt.endsWith('%') && !prompt.endsWith('#') && !prompt.endsWith('>'))
        return pos;
    const qsizetype next = skipBlankLines(text, line.next);
    return isStatusLineAt(text, next) ? next : pos;
}

} // namespace

bool RawHttpImporter::looksLikeRequest(QByteArrayView text)
{
    const qsizetype pos = skipBlankLines(text, 0);
    return isRequestLine(lineText(text, lineAt(text, pos)).trimmed());
}

bool RawHttpImporter::looksLikeResponse(QByteArrayView text)
{
    return isStatusLineAt(text, skipCommandLine(text, 0));
}

bool RawHttpImporter::looksLikeCurlVerbose(QByteArrayView text)
{
    const QByteArrayView head = text.first(std::min<qsizetype>(text.size(), 64 * 1024));
    return (head.startsWith("< HTTP/") || head.contains("\n< HTTP/")) && (head.startsWith("> ") || head.contains("\n> ") || head.contains("\n* "));
}

Result<Capture> RawHttpImporter::importRequest(QByteArrayView text, const QString &name)
{
    auto parsed = readRequest(text, 0, name);
    if (!parsed)
        return Error{parsed.error()};
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
        auto responses = readResponses(text, next, name, parsed->request.method);
        if (!responses)
            return Error{responses.error()};
        for (Exchange &exchange : responses->hops) {
            exchange.request = parsed->request;
            if (exchange.redirectHop > 0) {
                const Exchange &previous = capture.exchanges.last();
                const QByteArray location = previous.response ? headerValue(previous.response->headers, "location") : QByteArray();
                if (!location.isEmpty())
                    exchange.request.url = previous.request.url.resolved(QUrl::fromEncoded(location, QUrl::TolerantMode));
            }
            exchange.remotePort = exchange.request.url.port(exchange.request.url.scheme() == u"https" ? 443 : 80);
            exchange.tls.used = exchange.request.url.scheme() == u"https";
            capture.exchanges.append(exchange);
        }
    }
    return capture;
}

Result<Capture> RawHttpImporter::importResponse(QByteArrayView text, const QString &name)
{
    if (looksLikeCurlVerbose(text)) {
        QByteArray request;
        QByteArray response;
        splitCurlVerbose(text, &request, &response);
        if (!request.isEmpty() && looksLikeRequest(request)) {
            const QByteArray joined = request + "\r\n" + response;
            auto capture = importRequest(joined, name);
            if (capture)
                capture->kind = u"raw-response"_s;
            return capture;
        }
        return importResponse(response, name);
    }
    auto responses = readResponses(text, skipCommandLine(text, 0), name, "GET");
    if (!responses)
        return Error{responses.error()};
    Capture capture;
    capture.kind = u"raw-response"_s;
    capture.name = name;
    for (Exchange &exchange : responses->hops) {
        exchange.request.method = {};
        if (exchange.redirectHop > 0) {
            const Exchange &previous = capture.exchanges.last();
            const QByteArray location = previous.response ? headerValue(previous.response->headers, "location") : QByteArray();
            if (!location.isEmpty())
                exchange.request.url = previous.request.url.resolved(QUrl::fromEncoded(location, QUrl::TolerantMode));
        }
        capture.exchanges.append(exchange);
    }
    return capture;
}

} // namespace Gatescope
