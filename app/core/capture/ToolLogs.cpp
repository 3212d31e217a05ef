#include "capture/ToolLogs.h"

#include "capture/TextLines.h"

#include <algorithm>

namespace Gatescope::ToolLogs {

using namespace TextLines;

namespace {

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

// A note of curl -v's whose "* " a paste turned into "> " (a Markdown quote, a forum's quoting):
// ">  Trying 127.0.0.1:8080...", "> Connected to localhost …", "> Closing connection 0".
bool isNoteAsSent(QByteArrayView content)
{
    static constexpr QByteArrayView notes[] = { ">  Trying ",       "> Trying ",
                                                ">  TCP_NODELAY",   "> TCP_NODELAY",
                                                "> Connected to ",  "> Closing connection",
                                                "> Connection #",   "> upload completely sent off",
                                                "> Mark bundle as", "> Expire in ",
                                                "> ALPN",           "> Uses proxy env" };
    return std::any_of(std::begin(notes), std::end(notes),
                       [&](QByteArrayView note) { return content.startsWith(note); });
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

} // namespace

QByteArray schemeFromCurlNotes(QByteArrayView text)
{
    bool connected = false;
    bool port443 = false;
    bool overTwoOrThree = false;
    for (qsizetype pos = 0; pos < text.size();) {
        const Line line = lineAt(text, pos);
        pos = line.next;
        const QByteArrayView content = withoutTraceTime(lineText(text, line));
        // curl speaks HTTP/2 in clear text only when told to (--http2-prior-knowledge): a request
        // line in HTTP/2 or HTTP/3 without the connection's notes went over TLS.
        if (content.startsWith("> ")
            && (content.trimmed().endsWith(" HTTP/2") || content.trimmed().endsWith(" HTTP/3")))
            overTwoOrThree = true;
        // "* note" in curl -v output, "== Info: note" in a --trace dump.
        if (!content.startsWith("* ") && !content.startsWith("== Info: "))
            continue;
        const QByteArrayView note = content.sliced(content.startsWith("* ") ? 2 : 9).trimmed();
        // curl -L: what follows is the next hop's connection, not the first request's.
        if (note.startsWith("Issue another request to this URL"))
            break;
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
        return overTwoOrThree ? QByteArray("https") : QByteArray();
    return port443 ? "https" : "http";
}

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
        if (isNoteAsSent(content))
            continue;
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

// The failure one line of curl's says, or nullopt.
static std::optional<CurlFailure> failureOnLine(QByteArrayView content, bool sentRequest)
{
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
    // ECONNABORTED: the connection ended under curl without a reset from the peer.
    if (has("Software caused connection abort"))
        return failure(Outcome::ClosedEarly, sentRequest ? Phase::Wait : Phase::Tls);
    if (has("Connection reset by peer") || has("Failure when receiving data from the peer") || has("Recv failure"))
        return failure(Outcome::Reset, Phase::Wait);
    if (has("SSL certificate problem") || has("SSL connect error") || has("SSL_connect") || has("TLS connect error")
        || has("no alternative certificate subject name") || has("SSL: certificate subject name") || has("schannel: ")
        || has("wrong version number") || has("unexpected eof while reading") || has("SSL routines"))
        return failure(Outcome::TlsFailure, Phase::Tls);
    // "HTTP/2 stream 1 was not closed cleanly: INTERNAL_ERROR (err 2)" (error 92), "… was reset": the
    // server ended the stream with RST_STREAM or the connection with GOAWAY, whatever code it gave.
    if (has("was not closed cleanly") || (has("HTTP/2 stream") && has("was reset")))
        return failure(Outcome::Reset, Phase::Wait);
    if (has("Received HTTP/0.9 when not allowed") || has("Weird server reply")
        || has("Unsupported HTTP version in response") || has("HTTP/2 stream") || has("PROTOCOL_ERROR"))
        return failure(Outcome::InvalidResponse, Phase::Wait);
    return std::nullopt;
}

// The failure that ended the transfer: curl's own "curl: (N)" line when there is one, else the
// last failure a note reports (an IPv6 attempt refused before IPv4 connected and got an empty
// reply is not the end of it).
std::optional<CurlFailure> curlFailureIn(QByteArrayView text)
{
    std::optional<CurlFailure> lastNote;
    std::optional<CurlFailure> exitLine;
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
        const bool isExitLine = lineText(text, line).trimmed().startsWith("curl: (");
        if (std::optional<CurlFailure> found = failureOnLine(content, sentRequest))
            (isExitLine ? exitLine : lastNote) = std::move(found);
    }
    return exitLine ? exitLine : lastNote;
}

} // namespace Gatescope::ToolLogs
