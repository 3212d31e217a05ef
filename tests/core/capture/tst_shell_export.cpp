// "Copy as cURL" in three shells (issue 15 §3): bash and Windows cmd curl commands that our own
// curl importer reads back into the same request, and a PowerShell Invoke-WebRequest command whose
// string literals hold exactly the request's text under PowerShell's quoting rules and which our
// own Invoke-WebRequest reader reads back into the request it can say (every row of this file).
#include "RequestRows.h"
#include "capture/CurlExporter.h"
#include "capture/CurlImporter.h"
#include "capture/InvokeWebRequestExporter.h"
#include "capture/InvokeWebRequestImporter.h"

#include <QFile>
#include <QRegularExpression>
#include <QTest>

#include <cmath>

using namespace Gatescope;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(CurlExporter::Shell)

namespace {

using TestRows::requestOf;

// PowerShell string literals as about_Quoting_Rules and about_Special_Characters describe them
// (learn.microsoft.com): '…' is verbatim, a quote inside doubled — the curly single quotes
// ‘ ’ ‚ ‛ count as quotes; "…" takes backtick escapes and $(…) subexpressions, of which the
// exporter writes only $([char]0xNN). Reads one literal at `at`; nullopt when it is not one.
std::optional<QByteArray> readLiteral(const QByteArray &text, qsizetype &at)
{
    static const QByteArrayList singleQuotes { "'", "\xE2\x80\x98", "\xE2\x80\x99", "\xE2\x80\x9A", "\xE2\x80\x9B" };
    static const QByteArrayList doubleQuotes { "\"", "\xE2\x80\x9C", "\xE2\x80\x9D", "\xE2\x80\x9E" };
    const auto quoteAt = [&text](qsizetype i, const QByteArrayList &quotes) -> QByteArray {
        for (const QByteArray &quote : quotes) {
            if (text.sliced(i).startsWith(quote))
                return quote;
        }
        return {};
    };
    QByteArray out;
    if (quoteAt(at, singleQuotes).size()) {
        at += quoteAt(at, singleQuotes).size();
        while (at < text.size()) {
            const QByteArray quote = quoteAt(at, singleQuotes);
            if (quote.isEmpty()) {
                out += text.at(at++);
                continue;
            }
            const QByteArray next = quoteAt(at + quote.size(), singleQuotes);
            if (next.isEmpty()) {
                at += quote.size();
                return out;
            }
            out += next; // a doubled quote stands for the second one
            at += quote.size() + next.size();
        }
        return std::nullopt;
    }
    if (quoteAt(at, doubleQuotes).isEmpty())
        return std::nullopt;
    at += quoteAt(at, doubleQuotes).size();
    static const QHash<char, char> escapes { { '0', '\0' }, { 'a', '\a' }, { 'b', '\b' }, { 'f', '\f' },
                                             { 'n', '\n' }, { 'r', '\r' }, { 't', '\t' }, { 'v', '\v' } };
    static const QRegularExpression character(u"^\\$\\(\\[char\\]0x([0-9a-fA-F]+)\\)"_s);
    while (at < text.size()) {
        const char c = text.at(at);
        if (c == '`' && at + 1 < text.size()) {
            const char e = text.at(at + 1);
            if (escapes.contains(e)) {
                out += escapes.value(e);
                at += 2;
            } else {
                at += 1; // the next character stands for itself (a quote, $, `, a curly quote)
                const QByteArray quote = quoteAt(at, doubleQuotes);
                out += quote.isEmpty() ? QByteArray(1, text.at(at)) : quote;
                at += quote.isEmpty() ? 1 : quote.size();
            }
            continue;
        }
        if (c == '$') {
            const QRegularExpressionMatch match = character.match(QString::fromUtf8(text.sliced(at, 20)));
            if (!match.hasMatch())
                return std::nullopt; // a variable would expand
            out += char(match.captured(1).toInt(nullptr, 16));
            at += match.capturedLength();
            continue;
        }
        if (const QByteArray quote = quoteAt(at, doubleQuotes); !quote.isEmpty()) {
            at += quote.size();
            return out;
        }
        out += c;
        ++at;
    }
    return std::nullopt;
}

// What an Invoke-WebRequest command asks for, read back from its parameters.
struct PowerShellCall
{
    QMap<QByteArray, QByteArray> parameters; // -Uri, -Method, -ContentType, -UserAgent, -Body…
    QList<QPair<QByteArray, QByteArray>> headers; // -Headers @{ 'name' = 'value' … }
    QByteArray body; // -Body, its bytes
};

std::optional<PowerShellCall> readInvokeWebRequest(const QByteArray &command)
{
    PowerShellCall call;
    // The command starts a line; "# …" lines above it are comments.
    qsizetype at = command.startsWith("Invoke-WebRequest ") ? 0 : command.indexOf("\nInvoke-WebRequest ") + 1;
    if (at <= 0 && !command.startsWith("Invoke-WebRequest "))
        return std::nullopt;
    at += 18;
    const auto skipBlanks = [&] {
        while (at < command.size()
               && (command.at(at) == ' ' || command.at(at) == '\n'
                   || (command.at(at) == '`' && at + 1 < command.size() && command.at(at + 1) == '\n')))
            ++at;
    };
    while (true) {
        skipBlanks();
        if (at >= command.size())
            return call;
        if (command.at(at) != '-')
            return std::nullopt;
        qsizetype end = at;
        while (end < command.size() && command.at(end) != ' ' && command.at(end) != '\n')
            ++end;
        const QByteArray name = command.sliced(at, end - at);
        at = end;
        if (name == "-UseBasicParsing" || name == "-SkipCertificateCheck" || name == "-NoProxy")
            continue;
        skipBlanks();
        if (name == "-Headers") {
            if (!command.sliced(at).startsWith("@{"))
                return std::nullopt;
            at += 2;
            while (true) {
                skipBlanks();
                if (at < command.size() && command.at(at) == '}') {
                    ++at;
                    break;
                }
                const auto key = readLiteral(command, at);
                if (!key || !command.sliced(at).startsWith(" = "))
                    return std::nullopt;
                at += 3;
                const auto value = readLiteral(command, at);
                if (!value)
                    return std::nullopt;
                call.headers.append({ *key, *value });
            }
            continue;
        }
        if (name == "-Body" && command.sliced(at).startsWith("([System.Text.Encoding]::UTF8.GetBytes(")) {
            at += 39;
            const auto text = readLiteral(command, at);
            if (!text || !command.sliced(at).startsWith("))"))
                return std::nullopt;
            at += 2;
            call.body = *text;
            continue;
        }
        if (name == "-Body" && command.sliced(at).startsWith("([byte[]](")) {
            at += 10;
            const qsizetype close = command.indexOf("))", at);
            for (const QByteArray &byte : command.sliced(at, close - at).split(','))
                call.body += char(byte.mid(2).toInt(nullptr, 16));
            at = close + 2;
            continue;
        }
        if (command.at(at) == '\'' || command.at(at) == '"') {
            const auto value = readLiteral(command, at);
            if (!value)
                return std::nullopt;
            call.parameters.insert(name, *value);
            if (name == "-Body")
                call.body = *value;
        } else { // a number: -MaximumRedirection 0, -TimeoutSec 2, -HttpVersion 2.0
            qsizetype valueEnd = at;
            while (valueEnd < command.size() && command.at(valueEnd) != ' ' && command.at(valueEnd) != '\n')
                ++valueEnd;
            call.parameters.insert(name, command.sliced(at, valueEnd - at));
            at = valueEnd;
        }
    }
}

// The requests every shell's copy must carry: quoting traps of each shell, non-ASCII, line
// breaks, a custom method with a switched-off field, and the options.
struct RequestRow
{
    const char *name;
    RequestSpec request;
};

QList<RequestRow> requestRows()
{
    return {

        { "quotes in a header and a JSON body",
          requestOf("POST", u"https://api.example.test/v1/orders"_s,
                    { { "Content-Type", "application/json" }, { "X-Quote", "it's \"quoted\" `back` \\ slash" } },
                    "{\"note\":\"it's \\\"fine\\\"\",\"path\":\"C:\\\\tmp\\\\\"}") },
        { "percent signs that look like cmd variables",
          requestOf("PUT", u"https://api.example.test/p%20a?q=%41%PATH%&r=100%25"_s,
                    { { "Cookie", "sid=s%3Aabc; theme=%USERNAME%" } }, "rate=100% of %HOME% and %%") },
        { "ampersands, pipes and redirections",
          requestOf("POST", u"https://api.example.test/search?a=1&b=2|3"_s,
                    { { "X-Shell", "a && b || c > d < e ^ f !g!" } }, "a=1&b=<x>|y^z!") },
        { "unicode in the URL, a header and the body",
          requestOf("POST", u"https://api.example.test/caf%C3%A9?name=%E5%8C%97%E4%BA%AC"_s,
                    { { "X-Name", "Zoë ‘curly’ “quotes” 北京 😀" } }, "{\"city\":\"北京\",\"smile\":\"😀\",\"ß\":1}") },
        { "newlines in the body",
          requestOf("POST", u"https://api.example.test/notes"_s, { { "Content-Type", "text/plain" } },
                    "line one\nline two\n\n\"quoted\" line & more\n") },
        { "a PROPFIND with an empty header and a removed one",
          [] {
              RequestSpec request = requestOf("PROPFIND", u"http://dav.example.test/files/"_s,
                                              { { "Depth", "1" }, { "X-Empty", "" } }, {});
              request.headers.prepend({ "Accept", "", false }); // curl's -H 'Accept:' (read first)
              return request;
          }() },
        { "options: -k, -L, --resolve, timeouts, no proxy",
          [] {
              RequestSpec request = requestOf("GET", u"https://h.example:8443/x"_s, {}, {});
              request.options.verifyTls = false;
              request.options.followRedirects = true;
              request.options.maxRedirects = 3;
              request.options.totalTimeoutMs = 1500;
              request.options.proxy = u"none"_s;
              request.options.useEnvironmentProxy = false;
              request.options.addressOverrides
                  = { { AddressOverride::Kind::Resolve, u"h.example"_s, 8443, u"127.0.0.1"_s, 0 } };
              return request;
          }() },
    };
}

// Requests that test PowerShell's own quoting and how -Body is written for them.
struct PowerShellRow
{
    const char *name;
    RequestSpec request;
    QByteArray bodyForm; // how -Body is written; "" = not checked
};

QList<PowerShellRow> powerShellRows()
{
    return {
        { "JSON POST with quotes and $ that must not expand",
          requestOf("POST", u"https://api.example.test/v1?a=1&b=2"_s,
                    { { "Content-Type", "application/json" },
                      { "User-Agent", "tool/1.0" },
                      { "X-Quote", "it's $HOME `date` \"q\"" } },
                    "{\"price\":\"$5\",\"note\":\"it's\"}"),
          "-Body '{" },
        { "curly quotes, PowerShell's quotes too",
          requestOf("PUT", u"https://api.example.test/q"_s, { { "X-Curly", "‘single’ “double” ‚low‛" } },
                    "‘a’ and “b”"),
          "-Body ([System.Text.Encoding]::UTF8.GetBytes(" },
        { "newlines and a tab: a double-quoted string",
          requestOf("POST", u"https://api.example.test/n"_s, { { "Content-Type", "text/plain" } },
                    "line 1\r\nline 2\n\tindented $x `y`\x01"),
          "-Body \"line 1`r`nline 2" },
        { "bytes that are not UTF-8",
          requestOf("POST", u"https://api.example.test/bin"_s, { { "Content-Type", "application/octet-stream" } },
                    QByteArray("\x00\xff\xfe ok", 6)),
          "-Body ([byte[]](0x00,0xff,0xfe,0x20,0x6f,0x6b))" },
        { "repeated fields joined, Cookie with ;",
          requestOf(
              "GET", u"https://api.example.test/c"_s,
              { { "Accept", "text/html" }, { "accept", "application/json" }, { "Cookie", "a=1" }, { "Cookie", "b=2" } },
              {}),
          {} },
    };
}

// A request with what Invoke-WebRequest has no parameter for (said in comments above the call).
RequestSpec requestBeyondPowerShell()
{
    RequestSpec request = requestOf("DELETE", u"https://h.example/x"_s, {}, {});
    request.headers.append({ "Accept", "", false });
    request.options.verifyTls = false;
    request.options.followRedirects = true;
    request.options.maxRedirects = 4;
    request.options.totalTimeoutMs = 1500;
    request.options.addressOverrides
        = { { AddressOverride::Kind::ConnectTo, u"h.example"_s, 443, u"10.0.0.2"_s, 8443 } };
    return request;
}

// What an Invoke-WebRequest call can say of `request`, as InvokeWebRequestExporter writes it:
// -UserAgent, then the -Headers hash table (a name once, repeated fields joined: Cookie with "; ",
// others with ", "), then -ContentType; a switched-off field, Content-Length and the URL's own Host
// are left out; the total time limit in whole seconds, rounded up; --resolve, --connect-to and HTTP/2
// with prior knowledge only in comments above the call.
RequestSpec carriedByPowerShell(const RequestSpec &request)
{
    RequestSpec carried = request;
    carried.headers.clear();
    HeaderList fields;
    std::optional<HeaderField> userAgent;
    std::optional<HeaderField> contentType;
    for (const HeaderField &field : request.headers) {
        const QByteArray name = field.name.toLower();
        if (!field.enabled || name == "content-length"
            || (name == "host" && QString::fromUtf8(field.value) == request.url.authority()))
            continue;
        if (name == "user-agent" || name == "content-type") {
            std::optional<HeaderField> &first = name == "user-agent" ? userAgent : contentType;
            if (!first)
                first = HeaderField { name == "user-agent" ? "User-Agent" : "Content-Type", field.value, true };
            continue;
        }
        const auto same = std::find_if(fields.begin(), fields.end(),
                                       [&name](const HeaderField &known) { return known.name.toLower() == name; });
        if (same == fields.end())
            fields.append({ field.name, field.value, true });
        else
            same->value += (name == "cookie" ? "; " : ", ") + field.value;
    }
    if (userAgent)
        carried.headers.append(*userAgent);
    carried.headers.append(fields);
    if (contentType)
        carried.headers.append(*contentType);
    ProbeOptions &options = carried.options;
    if (options.totalTimeoutMs > 0)
        options.totalTimeoutMs = int(std::ceil(options.totalTimeoutMs / 1000.0)) * 1000;
    options.addressOverrides.clear();
    if (options.httpVersion == ProbeOptions::HttpVersion::Http2PriorKnowledge)
        options.httpVersion = ProbeOptions::HttpVersion::Http11;
    return carried;
}

} // namespace

class ShellExportTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTripsThroughOurCurlImporter_data()
    {
        QTest::addColumn<CurlExporter::Shell>("shell");
        QTest::addColumn<RequestSpec>("request");
        for (const RequestRow &row : requestRows()) {
            QTest::addRow("bash: %s", row.name) << CurlExporter::Shell::Bash << row.request;
            QTest::addRow("cmd: %s", row.name) << CurlExporter::Shell::Cmd << row.request;
        }
    }

    void roundTripsThroughOurCurlImporter()
    {
        QFETCH(CurlExporter::Shell, shell);
        QFETCH(RequestSpec, request);
        QVERIFY(request.url.isValid());
        CurlExporter::Options options;
        options.shell = shell;
        const QByteArray command = CurlExporter::toCurl(request, options);
        QCOMPARE(CurlImporter::detectDialect(command),
                 shell == CurlExporter::Shell::Cmd ? CurlImporter::Dialect::WindowsCmd : CurlImporter::Dialect::Bash);
        if (shell == CurlExporter::Shell::Cmd) {
            QVERIFY2(command.startsWith("curl ^\""), command.constData());
            // No %NAME% survives for cmd to expand: every % before a name character is ^%^.
            QVERIFY2(!QRegularExpression(u"(?<!\\^)%[A-Za-z0-9_]"_s).match(QString::fromUtf8(command)).hasMatch(),
                     command.constData());
        }
        const Result<Capture> back = CurlImporter::importText(command, u"copy"_s);
        QVERIFY2(back.ok(), back.ok() ? "" : qPrintable(back.error()));
        QVERIFY2(back->warnings.isEmpty(), qPrintable(back->warnings.join(u'\n') + u'\n' + QString::fromUtf8(command)));
        QCOMPARE(back->requests.size(), 1);
        const RequestSpec &read = back->requests.constFirst();
        QCOMPARE(read.method, request.method);
        QCOMPARE(read.url, request.url);
        QCOMPARE(read.headers, request.headers);
        QCOMPARE(read.body, request.body);
        QCOMPARE(read.options, request.options);
    }

    void cmdLeavesOutCarriageReturnsAndSaysSo()
    {
        // A multipart body's CRLF: cmd.exe drops every CR of a command line (Chrome's copy loses
        // them silently); ours says so in a REM line, which our importer skips.
        const RequestSpec request = requestOf(
            "POST", u"https://api.example.test/upload"_s, { { "Content-Type", "multipart/form-data; boundary=b" } },
            "--b\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\n1\r\n--b--\r\n");
        CurlExporter::Options options;
        options.shell = CurlExporter::Shell::Cmd;
        const QByteArray command = CurlExporter::toCurl(request, options);
        QVERIFY2(command.startsWith("REM ") && command.contains("carriage return"), command.constData());
        QVERIFY(!command.contains('\r'));
        const Result<Capture> back = CurlImporter::importText(command, u"copy"_s);
        QVERIFY(back.ok());
        QVERIFY2(back->warnings.isEmpty(), qPrintable(back->warnings.join(u'\n')));
        QCOMPARE(back->requests.constFirst().body, QByteArray(request.body).replace("\r", ""));
    }

    void cmdQuotesEachValueAsChromeDoes_data()
    {
        // Lines of Chrome 124's "Copy as cURL (cmd)" (tests/core/capture/data/chrome-cmd.curl) and the
        // values they carry.
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<QByteArray>("chrome");
        QTest::newRow("quotes behind \\ and ^")
            << QByteArray("sec-ch-ua-platform: \"Linux\"") << QByteArray("^\"sec-ch-ua-platform: ^\\^\"Linux^\\^\"^\"");
        QTest::newRow("a percent before a digit")
            << QByteArray("sid=s%3Aabc123; theme=dark") << QByteArray("^\"sid=s^%^3Aabc123; theme=dark^\"");
        QTest::newRow("JSON with brackets and a percent before a space")
            << QByteArray("{\"items\":[{\"sku\":\"A-1\",\"qty\":2}],\"note\":\"it's 100% a gift\"}")
            << QByteArray("^\"^{^\\^\"items^\\^\":^[^{^\\^\"sku^\\^\":^\\^\"A-1^\\^\",^\\^\"qty^\\^\":2^}^],^\\^\"note^"
                          "\\^\":^\\^\"it's 100^% a gift^\\^\"^}^\"");
        QTest::newRow("safe characters stay as they are")
            << QByteArray("accept: application/json, text/plain, */*")
            << QByteArray("^\"accept: application/json, text/plain, */*^\"");
    }

    void cmdQuotesEachValueAsChromeDoes()
    {
        QFETCH(QByteArray, value);
        QFETCH(QByteArray, chrome);
        QCOMPARE(CurlExporter::quoteForCmd(value), chrome);
        QFile file(QFINDTESTDATA(u"data/chrome-cmd.curl"_s));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY2(file.readAll().contains(chrome), "the line is Chrome's own");
    }

    void powerShellCarriesEveryValueExactly_data()
    {
        QTest::addColumn<RequestSpec>("request");
        QTest::addColumn<QByteArray>("bodyForm"); // how -Body is written
        for (const PowerShellRow &row : powerShellRows())
            QTest::newRow(row.name) << row.request << row.bodyForm;
    }

    void powerShellCarriesEveryValueExactly()
    {
        QFETCH(RequestSpec, request);
        QFETCH(QByteArray, bodyForm);
        const QByteArray command = InvokeWebRequestExporter::toPowerShell(request);
        const std::optional<PowerShellCall> call = readInvokeWebRequest(command);
        QVERIFY2(call, command.constData());
        QCOMPARE(call->parameters.value("-Uri"), request.url.toString(QUrl::FullyEncoded).toUtf8());
        if (request.method == "GET")
            QVERIFY2(!call->parameters.contains("-Method"), "GET is Invoke-WebRequest's own");
        else
            QCOMPARE(call->parameters.value("-Method"), request.method);
        QCOMPARE(call->parameters.value("-ContentType"), headerValue(request.headers, "Content-Type"));
        QCOMPARE(call->parameters.value("-UserAgent"), headerValue(request.headers, "User-Agent"));
        QCOMPARE(call->parameters.value("-MaximumRedirection"), QByteArray("0")); // curl follows none
        QCOMPARE(call->body, request.body);
        if (!bodyForm.isEmpty())
            QVERIFY2(command.contains(bodyForm), command.constData());
        // Every other field, repeated ones joined as one (a hash table holds a name once)
        QMap<QByteArray, QByteArray> expected;
        for (const HeaderField &field : request.headers) {
            const QByteArray name = field.name.toLower();
            if (name == "content-type" || name == "user-agent")
                continue;
            expected[name] = expected.contains(name) ? expected[name] + (name == "cookie" ? "; " : ", ") + field.value
                                                     : field.value;
        }
        QMap<QByteArray, QByteArray> written;
        for (const auto &[name, value] : call->headers) {
            QVERIFY2(!written.contains(name.toLower()), "a hash table literal cannot hold a name twice");
            written.insert(name.toLower(), value);
        }
        QCOMPARE(written, expected);
        QVERIFY2(command.contains("-Headers @{") == !expected.isEmpty(), command.constData());
    }

    void powerShellReadsBackThroughOurInvokeWebRequestReader_data()
    {
        QTest::addColumn<RequestSpec>("request");
        for (const RequestRow &row : requestRows())
            QTest::addRow("%s", row.name) << row.request;
        for (const PowerShellRow &row : powerShellRows())
            QTest::addRow("%s", row.name) << row.request;
        QTest::newRow("options Invoke-WebRequest has no parameter for") << requestBeyondPowerShell();
    }

    void powerShellReadsBackThroughOurInvokeWebRequestReader()
    {
        // The round trip bash and cmd make through our curl reader, made by PowerShell's copy
        // through our Invoke-WebRequest reader: it reads the request the call says.
        QFETCH(RequestSpec, request);
        const QByteArray command = InvokeWebRequestExporter::toPowerShell(request);
        const std::optional<Result<Capture>> back = InvokeWebRequestImporter::importText(command, u"copy"_s);
        QVERIFY2(back, command.constData());
        QVERIFY2(back->ok(), back->ok() ? "" : qPrintable(back->error()));
        const Capture &capture = back->value();
        // Only the reader's note that it read a call; no variable left unexpanded, no part unread.
        QVERIFY2(capture.warnings.size() == 1,
                 qPrintable(capture.warnings.join(u'\n') + u'\n' + QString::fromUtf8(command)));
        QCOMPARE(capture.requests.size(), 1);
        const RequestSpec &read = capture.requests.constFirst();
        const RequestSpec expected = carriedByPowerShell(request);
        QCOMPARE(read.method, expected.method);
        QCOMPARE(read.url, expected.url);
        QCOMPARE(read.headers, expected.headers);
        QCOMPARE(read.body, expected.body);
        QCOMPARE(read.options, expected.options);
    }

    void powerShellNamesWhatItCannotSay()
    {
        const RequestSpec request = requestBeyondPowerShell();
        const QByteArray command = InvokeWebRequestExporter::toPowerShell(request);
        const std::optional<PowerShellCall> call = readInvokeWebRequest(command);
        QVERIFY2(call, command.constData());
        QCOMPARE(call->parameters.value("-Method"), QByteArray("DELETE"));
        QCOMPARE(call->parameters.value("-MaximumRedirection"), QByteArray("4"));
        QCOMPARE(call->parameters.value("-TimeoutSec"), QByteArray("2"));
        QVERIFY(command.contains("-SkipCertificateCheck"));
        QVERIFY2(command.contains("# --connect-to h.example:443:10.0.0.2:8443 has no Invoke-WebRequest parameter"),
                 command.constData());
        QVERIFY2(command.contains("# the header Accept is switched off"), command.constData());
        const QByteArray custom = InvokeWebRequestExporter::toPowerShell(requestOf("PROPFIND", u"http://h/"_s, {}, {}));
        QVERIFY2(custom.contains("-CustomMethod 'PROPFIND'"), custom.constData());
    }
};

QTEST_GUILESS_MAIN(ShellExportTest)
#include "tst_shell_export.moc"
