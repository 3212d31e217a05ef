#include "capture/CaptureImporter.h"

#include "capture/CurlImporter.h"
#include "capture/FetchCallImporter.h"
#include "capture/HarImporter.h"
#include "capture/HttpFileImporter.h"
#include "capture/HttpieImporter.h"
#include "capture/InvokeWebRequestImporter.h"
#include "capture/LooseText.h"
#include "capture/RawHttpImporter.h"
#include "capture/SourcePosition.h"
#include "capture/WgetCommand.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <algorithm>
#include <optional>

namespace Gatescope::CaptureImporter {

namespace {

using namespace Qt::StringLiterals;

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Gatescope::CaptureImporter)
};

// Text kinds other than HAR are read whole; past this size they are surely not a paste.
constexpr qint64 MaxTextInputBytes = 512LL * 1024 * 1024;
constexpr qsizetype SniffBytes = 64 * 1024;
// Text up to this size may be a paste with more than one answer in it, and is searched for them.
constexpr qsizetype PastedTextBytes = 1024 * 1024;

using Kind = Capture::Kind;

QByteArrayView withoutBom(QByteArrayView text)
{
    return text.startsWith("\xEF\xBB\xBF") ? text.sliced(3) : text;
}

// Offset of the first byte that no text file holds (NUL, most C0 controls), or -1.
qsizetype firstBinaryByte(QByteArrayView text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const auto c = static_cast<unsigned char>(text.at(i));
        if (c == 0 || (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != 0x1b && c != '\v'))
            return i;
    }
    return -1;
}

// Where binary bytes are not expected: everywhere, except in the body of a raw response (a gzip
// body as `curl -i` prints it without --compressed comes as it was on the wire).
QByteArrayView textPart(QByteArrayView text, bool rawResponse)
{
    if (!rawResponse)
        return text;
    const qsizetype crlf = text.indexOf("\r\n\r\n");
    const qsizetype lf = text.indexOf("\n\n");
    qsizetype end = crlf < 0 ? lf : (lf < 0 ? crlf : std::min(crlf, lf));
    return end < 0 ? text : text.first(end);
}

// The kind of input `head` starts, or nullopt when it is none of them.
std::optional<Kind> detect(QByteArrayView head)
{
    head = withoutBom(head);
    qsizetype start = 0;
    while (start < head.size() && QByteArrayView(" \t\r\n").contains(head.at(start)))
        ++start;
    const QByteArrayView text = head.sliced(start);
    if (text.startsWith('{'))
        return Kind::Har;
    if (RawHttpImporter::looksLikeCurlVerbose(text) || RawHttpImporter::looksLikeResponse(text)
        || RawHttpImporter::looksLikeCurlTrace(text) || RawHttpImporter::looksLikeWgetOutput(text)
        || RawHttpImporter::looksLikeCurlFailure(text))
        return Kind::RawResponse;
    if (CurlImporter::looksLikeCurl(text))
        return Kind::Curl;
    // A curl command after comment lines or Markdown headings ("## Request" reads like an .http
    // file's comment), or after a blank prompt line.
    const bool curlOnALaterLine = text.contains("\ncurl ") || text.contains("\n$ curl ") || text.contains("| curl ")
        || text.contains("\ncurl.exe ");
    if (HttpFileImporter::looksLikeHttpFile(text) && !curlOnALaterLine)
        return Kind::HttpFile;
    if (RawHttpImporter::looksLikeRequest(text))
        return Kind::RawRequest;
    if (curlOnALaterLine)
        return Kind::Curl;
    // A curl command behind a prompt of any style on a later line ("[user@host ~]$ curl -v …",
    // "ᐅ curl …"), below a line of prose.
    static const QRegularExpression promptedCurl(u"(?:^|\\n)[^\\n]{0,80}?[$#%>❯λ»ᐅ] +curl(?:\\.exe)? +[-'\"\\w]"_s);
    if (promptedCurl.match(QString::fromUtf8(text)).hasMatch())
        return Kind::Curl;
    return std::nullopt;
}

// An error page pasted without its status line and headers (what `curl URL` prints, or a page
// copied from the browser): when its title or first heading names a 5xx status ("502 Bad
// Gateway", "Error 503 Backend is unhealthy", "504 Gateway Time-out"), it is read as a response
// with that status, so the page's own signatures can still tell which hop wrote it.
std::optional<Capture> pageWithoutStatusLine(QByteArrayView text, const QString &name)
{
    static const QRegularExpression heading(
        u"<(?:title|h1|h2)[^>]*>\\s*(?:(?:HTTP\\s+)?Error\\s+)?(5\\d\\d)\\b[\\s:.-]*([A-Za-z][A-Za-z -]{0,60})?"_s,
        QRegularExpression::CaseInsensitiveOption);
    const QByteArrayView head = text.first(std::min<qsizetype>(text.size(), 8192));
    if (!head.contains('<'))
        return std::nullopt;
    const QRegularExpressionMatch match = heading.match(QString::fromLatin1(head));
    if (!match.hasMatch())
        return std::nullopt;
    const QByteArray status = match.captured(1).toLatin1();
    const QByteArray reason = match.captured(2).trimmed().toLatin1();
    QByteArray response = "HTTP/1.1 " + status + (reason.isEmpty() ? QByteArray() : " " + reason) + "\r\n\r\n";
    // A client's stack around the page (google-cloud's "BadGateway: 502 <!DOCTYPE html>…" at the end
    // of Python's frames, Octokit's "HttpError: <html>…</html>" above Node's "    at …" frames) is not
    // the server's body: the page is its document alone.
    static const QRegularExpression documentStart(u"<!doctype|<html"_s, QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression clientStack(
        u"Traceback \\(most recent call last\\)|^\\s*File \".+\", line \\d+|^\\s+at .+(?:node_modules|node:internal)|"
        u"^\\s+at [\\w.$]+\\([\\w$]+\\.java:\\d+\\)"_s,
        QRegularExpression::MultilineOption);
    const qsizetype document = QString::fromLatin1(head).indexOf(documentStart);
    // Only a paste's worth is searched for the document's end and the stack around it.
    const QByteArrayView pasted = text.first(std::min<qsizetype>(text.size(), PastedTextBytes));
    qsizetype documentEnd = document >= 0 ? pasted.toByteArray().toLower().indexOf("</html>", document) : -1;
    documentEnd = documentEnd < 0 ? text.size() : documentEnd + 7;
    const QString around
        = QString::fromUtf8(text.first(std::max<qsizetype>(document, 0))) + u'\n'
        + QString::fromUtf8(
              text.sliced(documentEnd).first(std::min<qsizetype>(text.size() - documentEnd, PastedTextBytes)));
    if (document >= 0 && clientStack.match(around).hasMatch())
        response += text.sliced(document, documentEnd - document);
    else
        response += text.trimmed();
    Result<Capture> capture = RawHttpImporter::importResponse(response, name);
    if (!capture)
        return std::nullopt;
    capture->warnings.prepend(
        Tr::tr("%1: there is no status line and no header, only a page; its title names %2, which is read as the "
               "status (paste the output of curl -i to keep the headers, which often name the hop)")
            .arg(name, QString::fromLatin1(status)));
    return std::move(capture).value();
}

// Why a text that is no capture is not one: a command of another tool, or no kind at all.
Error notACapture(QByteArrayView text, const QString &name)
{
    if (text.contains("Invoke-WebRequest") || text.contains("Invoke-RestMethod") || text.contains("WebRequestSession"))
        return Error {
            Tr::tr("%1: %2: Invoke-WebRequest is named here, but not as a command at the start of a line; put the "
                   "call on a line of its own, or copy the request with \"Copy as cURL\" instead")
                .arg(name, SourcePosition::at(text, std::max<qsizetype>(0, text.indexOf("Invoke-"))).describe()),
            Error::Code::Unsupported
        };
    QByteArrayView command = text.trimmed();
    if (command.startsWith("$ ") || command.startsWith("% "))
        command = command.sliced(2).trimmed();
    for (QByteArrayView httpie :
         { QByteArrayView("http "), QByteArrayView("https "), QByteArrayView("xh "), QByteArrayView("xhs ") }) {
        if (command.startsWith(httpie))
            return Error { Tr::tr("%1: line 1: this is an HTTPie command (%2), not a curl command; run it with "
                                  "--offline to print the "
                                  "request it would send, or with --print=HBhb to print the request and the response, "
                                  "and read that output instead")
                               .arg(name, QString::fromLatin1(httpie.trimmed())),
                           Error::Code::Unsupported };
    }
    if (command.startsWith("wget "))
        return Error { Tr::tr("%1: line 1: this is a wget command, not its output; run it with -S (--server-response) "
                              "and read what it prints "
                              "instead")
                           .arg(name),
                       Error::Code::Unsupported };
    return Error {
        Tr::tr("%1: not a capture Gatescope can read: expected a HAR file, a curl command, a raw HTTP request or "
               "response, or an .http file (%2 begins with \"%3\")")
            .arg(name, SourcePosition::at(text, 0).describe(),
                 QString::fromUtf8(text.first(std::min<qsizetype>(text.size(), 40))).simplified()),
        Error::Code::Unsupported
    };
}

// True when the loose reading found no status, failure or response, only a body of unknown status.
bool onlyUnknownStatusBody(const Capture &capture)
{
    return capture.exchanges.size() == 1 && capture.exchanges.first().response
        && capture.exchanges.first().response->status == 0;
}

// Another tool's request (PowerShell, fetch): what it would send, not what came back.
bool isOtherToolsRequest(QByteArrayView text)
{
    const QByteArrayView trimmed = text.trimmed();
    return text.contains("Invoke-WebRequest") || text.contains("Invoke-RestMethod")
        || text.contains("WebRequestSession") || trimmed.startsWith("fetch(") || trimmed.startsWith("await fetch(");
}

// Whether a three-digit number from 500 to 599 stands on its own somewhere below the first line:
// the cheap test before a healthy raw answer is read again for a failing one further down.
bool namesA5xxBelowTheFirstLine(QByteArrayView text)
{
    const qsizetype firstLineEnd = text.indexOf('\n');
    if (firstLineEnd < 0)
        return false;
    const auto isDigit = [](char c) { return c >= '0' && c <= '9'; };
    for (qsizetype at = firstLineEnd + 1; at + 3 <= text.size(); ++at) {
        if (text[at] != '5' || !isDigit(text[at + 1]) || !isDigit(text[at + 2]))
            continue;
        const bool startsAlone = !isDigit(text[at - 1]);
        const bool endsAlone = at + 3 == text.size() || !isDigit(text[at + 3]);
        if (startsAlone && endsAlone)
            return true;
    }
    return false;
}

// The last reading of a text no reader took: the exchange it describes (LooseText), else `read`.
Result<Capture> orLooseText(Result<Capture> read, QByteArrayView text, const QString &name)
{
    if (read || read.errorCode() == Error::Code::Cancelled)
        return read;
    if (std::optional<Capture> page = pageWithoutStatusLine(text, name))
        return std::move(*page);
    if (std::optional<Capture> loose = LooseText::read(text, name)) {
        // A request of another tool with nothing it printed stays the error that says how to copy it.
        if (!(onlyUnknownStatusBody(*loose) && isOtherToolsRequest(text)))
            return std::move(*loose);
    }
    return read;
}

// A URL line above an error page or a tool's report ("URL https://…\n\nStatus 502 Proxy Error …",
// a browser's address above the page text) reads as one request of an .http file: when the rest
// of the text states an error answer, that answer is the capture and the URL only its request.
// So do several bare URLs between Markdown headings ("#### 部署地址" reads like an .http file's
// "###" separator) in an issue template that quotes the error: GET requests without a body, whose
// "headers" are the template's lines ("504: GATEWAY_TIMEOUT").
Result<Capture> orStatedAnswer(Result<Capture> read, QByteArrayView text, const QString &name)
{
    if (!read || !read->exchanges.isEmpty() || read->requests.isEmpty())
        return read;
    if (read->requests.size() > 1
        && !std::all_of(read->requests.cbegin(), read->requests.cend(), [](const RequestSpec &request) {
               return request.body.isEmpty() && (request.method.isEmpty() || request.method == "GET");
           }))
        return read;
    std::optional<Capture> loose = LooseText::read(text, name);
    if (!loose || loose->exchanges.isEmpty() || onlyUnknownStatusBody(*loose))
        return read;
    const Exchange &answer = loose->exchanges.last();
    // Or a client's report that the request got no answer below it (Postman's console: "GET
    // http://…" then "Error: connect ECONNREFUSED 127.0.0.1:8083"), for requests without a body
    // (a body's words are the request's, not a report).
    const bool failedWithoutAnswer = !answer.response && answer.transport.outcome != Outcome::Ok
        && std::all_of(read->requests.cbegin(), read->requests.cend(),
                       [](const RequestSpec &request) { return request.body.isEmpty(); });
    if (!failedWithoutAnswer && (!answer.response || answer.response->status < 400))
        return read;
    for (Exchange &exchange : loose->exchanges) {
        if (!exchange.request.url.isValid() || exchange.request.url.isEmpty())
            exchange.request = read->requests.first();
    }
    return std::move(*loose);
}

// A curl command with what it printed below it: the output is the answer, the command only the
// request side. Nothing is sent; without output the command stays a request (for replay).
Result<Capture> importCurlTranscript(QByteArrayView text, const QString &name)
{
    if (!LooseText::withoutCommandLines(text).trimmed().isEmpty()) {
        // Only output that says what came back (a status, a failure, a response) overrides the
        // command; other lines (a here-document, a comment) leave it a request.
        std::optional<Capture> loose = LooseText::read(text, name);
        if (loose && !onlyUnknownStatusBody(*loose))
            return std::move(*loose);
    }
    return orLooseText(CurlImporter::importText(text, name), text, name);
}

Result<Capture> importDetectedKind(std::optional<Kind> kind, QByteArrayView text, const QString &name,
                                   const ProgressFunction &progress, const std::atomic_bool *cancel,
                                   const EntriesFunction &entries)
{
    // A call that describes a request (fetch(), Invoke-WebRequest) alone is that request; with what
    // came back pasted below it (a console's "GET … 502"), the answer is the capture and the call
    // only its request. A PowerShell call may stand below "# " comment lines, which read like an
    // .http file's.
    auto callOrItsAnswer = [&](Result<Capture> call) -> Result<Capture> {
        std::optional<Capture> loose = LooseText::read(text, name);
        if (!loose || loose->exchanges.isEmpty() || onlyUnknownStatusBody(*loose) || !call)
            return call;
        for (Exchange &exchange : loose->exchanges) {
            if (!exchange.request.url.isValid() || exchange.request.url.isEmpty())
                exchange.request = call->requests.first();
        }
        return std::move(*loose);
    };
    if (!kind || kind == Kind::HttpFile) {
        if (std::optional<Result<Capture>> call = InvokeWebRequestImporter::importText(text, name))
            return callOrItsAnswer(std::move(*call));
        if (std::optional<Result<Capture>> httpie = HttpieImporter::importText(text, name))
            return std::move(*httpie);
    }
    if (!kind) {
        if (std::optional<Result<Capture>> fetch = FetchCallImporter::importText(text, name))
            return callOrItsAnswer(std::move(*fetch));
        Result<Capture> loose = orLooseText(notACapture(text, name), text, name);
        // A wget command with nothing it printed: the request it sends (for a replay), nothing sent.
        if (!loose) {
            if (std::optional<RequestSpec> wget
                = WgetCommand::requestIn(text.first(std::min<qsizetype>(text.size(), PastedTextBytes)), name)) {
                Capture capture;
                capture.kind = Capture::kindName(Kind::RawRequest);
                capture.name = name;
                capture.requests.append(*wget);
                return capture;
            }
        }
        return loose;
    }
    switch (*kind) {
    case Kind::Har: {
        HarImporter importer;
        importer.setProgressFunction(progress);
        importer.setCancelFlag(cancel);
        importer.setEntriesFunction(entries);
        // A JSON error body ({"message": "Endpoint request timed out"}) is no HAR: read as a body.
        // A broken HAR (it has "log") stays an error that names the place.
        Result<Capture> har = importer.importData(text, name);
        if (text.first(std::min<qsizetype>(text.size(), 4096)).contains("\"log\""))
            return har;
        return orLooseText(std::move(har), text, name);
    }
    case Kind::Curl:
        return importCurlTranscript(text, name);
    case Kind::RawRequest:
        return orStatedAnswer(orLooseText(RawHttpImporter::importRequest(text, name), text, name), text, name);
    case Kind::RawResponse: {
        Result<Capture> raw = RawHttpImporter::importResponse(text, name);
        // A paste with a healthy answer first and a failing one below it (a direct `curl -v`
        // answering 200, then the 502 through the load balancer) is about the failure.
        const auto failed = [](const Capture &capture) {
            return std::any_of(capture.exchanges.cbegin(), capture.exchanges.cend(), [](const Exchange &exchange) {
                return exchange.response && exchange.response->status >= 500;
            });
        };
        if (raw && !raw->exchanges.isEmpty() && !failed(raw.value()) && text.size() <= PastedTextBytes
            && namesA5xxBelowTheFirstLine(text)) {
            std::optional<Capture> loose = LooseText::read(text, name);
            if (loose && failed(*loose)) {
                loose->warnings.prepend(Tr::tr("%1: the text holds more than one answer; the failing one is read "
                                               "(a healthy answer above it was skipped)")
                                            .arg(name));
                return std::move(*loose);
            }
        }
        return orLooseText(std::move(raw), text, name);
    }
    // A page is neither a capture kind nor an .http file (whose requests start with a method).
    case Kind::HttpFile:
        return orStatedAnswer(orLooseText(HttpFileImporter::importText(text, name), text, name), text, name);
    }
    return orLooseText(notACapture(text, name), text, name);
}

// Elided output ("[ ... ]", "<snip>", "[truncated]") is said in a warning: the verdict rests on
// a hand-trimmed paste.
Result<Capture> withTrimWarning(Result<Capture> capture, QByteArrayView text, const QString &name)
{
    if (capture && capture->kind != Capture::kindName(Kind::Har) && LooseText::looksHandTrimmed(text)) {
        for (Exchange &exchange : capture->exchanges)
            exchange.handTrimmed = true;
        capture->warnings.append(Tr::tr("%1: part of the output was cut out by hand (\"[ ... ]\", \"...\", "
                                        "\"<snip>\" or \"[truncated]\"); what is missing cannot be diagnosed "
                                        "and the verdict is less certain")
                                     .arg(name));
    }
    return capture;
}

Result<Capture> importDetected(std::optional<Kind> kind, QByteArrayView text, const QString &name,
                               const ProgressFunction &progress = {}, const std::atomic_bool *cancel = nullptr,
                               const EntriesFunction &entries = {})
{
    return withTrimWarning(importDetectedKind(kind, text, name, progress, cancel, entries), text, name);
}

// Text saved as UTF-16 (Windows PowerShell's Out-File and "Unicode" in Notepad write it with a
// byte-order mark) re-encoded as UTF-8; nullopt when the bytes carry no UTF-16 mark.
std::optional<QByteArray> fromUtf16(QByteArrayView bytes)
{
    const bool little = bytes.startsWith("\xFF\xFE");
    const bool big = bytes.startsWith("\xFE\xFF");
    if (!little && !big)
        return std::nullopt;
    const QByteArrayView units = bytes.sliced(2, (bytes.size() - 2) & ~qsizetype(1));
    QString text(units.size() / 2, Qt::Uninitialized);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const auto a = static_cast<unsigned char>(units.at(2 * i));
        const auto b = static_cast<unsigned char>(units.at(2 * i + 1));
        text[i] = QChar(little ? char16_t(a | (b << 8)) : char16_t((a << 8) | b));
    }
    return text.toUtf8();
}

bool wasCancelled(const std::atomic_bool *cancel)
{
    return cancel && cancel->load(std::memory_order_relaxed);
}

Error cancelledError(const QString &name)
{
    return Error { Tr::tr("%1: import cancelled").arg(name), Error::Code::Cancelled };
}

// The text kinds (curl, raw HTTP, .http) are small and read in one step: progress is reported
// at the start and the end, and the cancel flag is honoured before and after that step.
Result<Capture> importSmallKind(std::optional<Kind> kind, QByteArrayView text, const QString &name,
                                const ProgressFunction &progress, const std::atomic_bool *cancel, qint64 total)
{
    if (wasCancelled(cancel))
        return cancelledError(name);
    if (progress)
        progress(0, total);
    Result<Capture> capture = importDetected(kind, text, name);
    if (wasCancelled(cancel))
        return cancelledError(name);
    if (progress)
        progress(total, total);
    return capture;
}

} // namespace

Result<Capture> importText(const QByteArray &bytes, const QString &name, const ProgressFunction &progress,
                           const std::atomic_bool *cancel, const EntriesFunction &entries)
{
    if (const std::optional<QByteArray> utf8 = fromUtf16(bytes))
        return importText(*utf8, name, progress, cancel, entries);
    const QByteArrayView text = withoutBom(bytes);
    if (text.trimmed().isEmpty())
        return Error { Tr::tr("%1: the input is empty").arg(name), Error::Code::Empty };
    const std::optional<Kind> kind = detect(text.first(std::min<qsizetype>(text.size(), SniffBytes)));
    if (kind != Kind::Har) {
        const qsizetype binary = firstBinaryByte(textPart(text, kind == Kind::RawResponse));
        if (binary >= 0)
            return Error { Tr::tr("%1: %2: binary data (byte 0x%3) where text was expected; this is not a capture")
                               .arg(name, SourcePosition::at(text, binary).describe())
                               .arg(static_cast<unsigned char>(text.at(binary)), 2, 16, QLatin1Char('0')),
                           Error::Code::Binary };
    }
    if (kind == Kind::Har)
        return importDetected(kind, text, name, progress, cancel, entries);
    Result<Capture> capture = importSmallKind(kind, text, name, progress, cancel, text.size());
    if (capture) {
        // A fallback that read a rewritten text (a status line put above a page, a transcript
        // cleaned of terminal noise) can place an anomaly past the input: its place is then unknown.
        for (Exchange &exchange : capture->exchanges) {
            for (WireAnomaly &anomaly : exchange.anomalies) {
                if (anomaly.offset > text.size())
                    anomaly.offset = -1;
            }
        }
    }
    return capture;
}

Result<Capture> importFile(const QString &path, const ProgressFunction &progress, const std::atomic_bool *cancel,
                           const EntriesFunction &entries)
{
    QFile file(path);
    const QString name = QFileInfo(path).fileName();
    if (!file.open(QIODevice::ReadOnly))
        return Error { Tr::tr("%1: cannot open: %2").arg(path, file.errorString()), Error::Code::Io };
    if (QFileInfo(path).isDir())
        return Error { Tr::tr("%1: is a folder, not a capture file").arg(path), Error::Code::Io };
    const QByteArray head = file.read(SniffBytes);
    if (head.isEmpty() && file.size() == 0)
        return Error { Tr::tr("%1: the file is empty").arg(path), Error::Code::Empty };
    if (fromUtf16(head.first(std::min<qsizetype>(head.size(), 2)))) {
        if (file.size() > MaxTextInputBytes)
            return Error { Tr::tr("%1: %2 MB of UTF-16 text is too large (at most %3 MB); save it as UTF-8")
                               .arg(path)
                               .arg(file.size() / (1024 * 1024))
                               .arg(MaxTextInputBytes / (1024 * 1024)),
                           Error::Code::TooLarge };
        const QByteArray all = head + file.readAll();
        return importText(*fromUtf16(all), name, progress, cancel, entries);
    }
    std::optional<Kind> kind = detect(head);
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (!kind && (suffix == u"http" || suffix == u"rest"))
        kind = Kind::HttpFile;
    if (kind == Kind::Har) {
        file.close();
        HarImporter importer;
        importer.setProgressFunction(progress);
        importer.setCancelFlag(cancel);
        importer.setEntriesFunction(entries);
        Result<Capture> har = importer.importFile(path);
        if (!har && har.errorCode() != Error::Code::Cancelled && file.size() <= SniffBytes
            && !head.contains("\"log\"")) {
            // A small JSON error body saved to a file: read as a body.
            QFile again(path);
            if (again.open(QIODevice::ReadOnly))
                return importDetected(kind, withoutBom(again.readAll()), name);
        }
        return har;
    }
    const qsizetype binary = firstBinaryByte(textPart(withoutBom(head), kind == Kind::RawResponse));
    if (binary >= 0)
        return Error { Tr::tr("%1: %2: binary data (byte 0x%3) where text was expected; this is not a capture")
                           .arg(path, SourcePosition::at(withoutBom(head), binary).describe())
                           .arg(static_cast<unsigned char>(withoutBom(head).at(binary)), 2, 16, QLatin1Char('0')),
                       Error::Code::Binary };
    if (!kind && file.size() <= SniffBytes)
        return importDetected(kind, withoutBom(head), path);
    if (file.size() > MaxTextInputBytes)
        return Error { Tr::tr("%1: %2 MB is too large for a curl command, raw HTTP text or .http file (at most %3 MB); "
                              "only HAR files may be this large")
                           .arg(path)
                           .arg(file.size() / (1024 * 1024))
                           .arg(MaxTextInputBytes / (1024 * 1024)),
                       Error::Code::TooLarge };
    const QByteArray all = head + file.readAll();
    if (file.error() != QFileDevice::NoError)
        return Error { Tr::tr("%1: cannot read: %2").arg(path, file.errorString()), Error::Code::Io };
    const qsizetype laterBinary = firstBinaryByte(all);
    if (laterBinary >= 0 && kind != Kind::RawResponse)
        return Error { Tr::tr("%1: %2: binary data (byte 0x%3) where text was expected")
                           .arg(path, SourcePosition::at(all, laterBinary).describe())
                           .arg(static_cast<unsigned char>(all.at(laterBinary)), 2, 16, QLatin1Char('0')),
                       Error::Code::Binary };
    if (kind == Kind::HttpFile && !InvokeWebRequestImporter::containsCall(all)) {
        // A JetBrains environment file beside the .http file gives its {{variables}}.
        if (wasCancelled(cancel))
            return cancelledError(name);
        if (progress)
            progress(0, file.size());
        Result<Capture> capture
            = HttpFileImporter::importText(withoutBom(all), name, HttpFileImporter::environmentBeside(path));
        if (progress)
            progress(file.size(), file.size());
        // As for pasted text: a URL line above an error page is the page's request, not an .http file.
        return withTrimWarning(
            orStatedAnswer(orLooseText(std::move(capture), withoutBom(all), name), withoutBom(all), name),
            withoutBom(all), name);
    }
    return importSmallKind(kind, withoutBom(all), name, progress, cancel, file.size());
}

} // namespace Gatescope::CaptureImporter
