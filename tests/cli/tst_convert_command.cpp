#include "capture/CaptureImporter.h"
#include "capture/CurlImporter.h"
#include "capture/HarImporter.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Gatescope;
using namespace Qt::StringLiterals;

// `gatescope convert INPUT --to har|curl|http [-o FILE] [--no-redact]`, run as a user runs it.
class ConvertCommandTest : public QObject
{
    Q_OBJECT

    QString m_binary;
    QTemporaryDir m_dir;

    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };

    Run convert(const QStringList &arguments, const QByteArray &input = {})
    {
        QProcess process;
        process.start(m_binary, QStringList { u"convert"_s } + arguments);
        process.write(input);
        process.closeWriteChannel();
        process.waitForFinished(30000);
        return { process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError() };
    }

    QString writeFile(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        file.open(QIODevice::WriteOnly);
        file.write(bytes);
        return path;
    }

    static QByteArray readData(const char *name)
    {
        QFile file(QStringLiteral(GATESCOPE_CAPTURE_DATA_DIR "/") + QLatin1StringView(name));
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_binary = qEnvironmentVariable("GATESCOPE_BINARY");
        if (m_binary.isEmpty())
            QSKIP("GATESCOPE_BINARY is not set: run through ctest");
        QVERIFY(m_dir.isValid());
    }

    void convertsHarToCurlThatImportsBackToTheSameRequests()
    {
        const QString har = writeFile(u"shop.har"_s, readData("chrome-shop.har"));
        const Run run = convert({ har, u"--to"_s, u"curl"_s, u"--no-redact"_s });
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY2(run.err.contains("redaction is off"), run.err.constData());
        const auto curl = CurlImporter::importText(run.out, u"converted"_s);
        QVERIFY2(curl.ok(), qPrintable(curl.error()));
        const auto original = HarImporter().importData(readData("chrome-shop.har"), u"shop.har"_s);
        QCOMPARE(curl->requests.size(), original->requests.size());
        for (qsizetype i = 0; i < curl->requests.size(); ++i) {
            QCOMPARE(curl->requests.at(i).url, original->requests.at(i).url);
            QCOMPARE(curl->requests.at(i).body, original->requests.at(i).body);
        }
    }

    void writesCurlForTheShellAsked_data()
    {
        QTest::addColumn<QString>("shell");
        QTest::addColumn<QByteArray>("mark"); // what only that shell's output has
        QTest::newRow("bash: continuation with a backslash") << u"bash"_s << QByteArray(" \\\n");
        QTest::newRow("cmd: continuation with a caret, as Chrome's Copy as cURL (cmd)")
            << u"cmd"_s << QByteArray(" ^\n");
        QTest::newRow("powershell: Invoke-WebRequest, as Chrome's Copy as PowerShell")
            << u"powershell"_s << QByteArray("Invoke-WebRequest -UseBasicParsing -Uri ");
    }

    void writesCurlForTheShellAsked()
    {
        QFETCH(QString, shell);
        QFETCH(QByteArray, mark);
        const QString har = writeFile(u"shop.har"_s, readData("chrome-shop.har"));
        const Run run = convert({ har, u"--to"_s, u"curl"_s, u"--shell"_s, shell, u"--no-redact"_s });
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY2(run.out.contains(mark), run.out.left(600).constData());
        const auto original = HarImporter().importData(readData("chrome-shop.har"), u"shop.har"_s);
        QVERIFY(original.ok() && !original->requests.isEmpty());
        if (shell == u"powershell") {
            // One command for each request, each naming its address.
            QCOMPARE(run.out.count("Invoke-WebRequest "), original->requests.size());
            for (const RequestSpec &request : original->requests)
                QVERIFY(run.out.contains(request.url.toString(QUrl::FullyEncoded).toUtf8()));
            return;
        }
        // bash and cmd read back as the same requests.
        const auto curl = CurlImporter::importText(run.out, u"converted"_s);
        QVERIFY2(curl.ok(), qPrintable(curl.error()));
        QCOMPARE(curl->requests.size(), original->requests.size());
        for (qsizetype i = 0; i < curl->requests.size(); ++i) {
            QCOMPARE(curl->requests.at(i).url, original->requests.at(i).url);
            QCOMPARE(curl->requests.at(i).body, original->requests.at(i).body);
        }
    }

    void redactsCredentialsUnlessAskedNotTo()
    {
        const QString input = writeFile(u"secret.curl"_s, readData("chrome-bash.curl"));
        const Run redacted = convert({ input, u"--to"_s, u"http"_s });
        QVERIFY2(redacted.exitCode == 0, redacted.err.constData());
        QVERIFY2(!redacted.out.contains("eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjMifQ.c2lnbmF0dXJl"),
                 redacted.out.constData());
        QVERIFY2(!redacted.out.contains("abc123"), redacted.out.constData());
        QVERIFY2(redacted.err.contains("redacted"), redacted.err.constData());
        const Run kept = convert({ input, u"--to"_s, u"http"_s, u"--no-redact"_s });
        QVERIFY(kept.out.contains("eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjMifQ.c2lnbmF0dXJl"));
    }

    void writesTheOutputFileAtomicallyAndReadsStandardInput()
    {
        const QString output = m_dir.filePath(u"out.har"_s);
        const Run run = convert({ u"-"_s, u"--to"_s, u"har"_s, u"-o"_s, output },
                                "HTTP/1.1 502 Bad Gateway\r\nServer: nginx\r\n\r\nbad");
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY(run.out.isEmpty());
        const auto back = HarImporter().importFile(output);
        QVERIFY2(back.ok(), qPrintable(back.error()));
        QCOMPARE(back->exchanges.first().response->status, 502);
    }

    void countsEachSecretOnceAndSaysSoInTheOutput_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("expectedCounts"); // RedactionSummary::describe() of what the output holds

        // A HAR entry is both a request and an exchange: one Authorization header is one value.
        const QByteArray har
            = R"({"log":{"version":"1.2","creator":{"name":"t","version":"1"},"entries":[{"startedDateTime":"2024-05-01T12:00:00.000Z","time":1,)"
              R"("request":{"method":"GET","url":"https://api.example/v1","httpVersion":"HTTP/1.1","headers":[{"name":"Authorization","value":"Bearer har-tok-1"}],)"
              R"("cookies":[],"queryString":[],"headersSize":-1,"bodySize":0},)"
              R"("response":{"status":502,"statusText":"Bad Gateway","httpVersion":"HTTP/1.1","headers":[],"cookies":[],)"
              R"("content":{"size":0,"mimeType":"text/plain"},"redirectURL":"","headersSize":-1,"bodySize":0},)"
              R"("cache":{},"timings":{"send":0,"wait":1,"receive":0}}]}})"_ba;
        QTest::newRow("HAR to HAR") << u"har"_s << har << u"1 × authorization value"_s;
        QTest::newRow("HAR to curl") << u"curl"_s << har << u"1 × authorization value"_s;
        QTest::newRow("HAR to http") << u"http"_s << har << u"1 × authorization value"_s;
        // A raw response holds its headers twice (parsed and raw bytes): one Set-Cookie is one value.
        QTest::newRow("raw response to HAR")
            << u"har"_s << "HTTP/1.1 502 Bad Gateway\r\nSet-Cookie: sid=raw-ck-2; Path=/\r\n\r\nbad"_ba
            << u"1 × Set-Cookie value"_s;
    }

    void countsEachSecretOnceAndSaysSoInTheOutput()
    {
        QFETCH(QString, format);
        QFETCH(QByteArray, input);
        QFETCH(QString, expectedCounts);
        const Run run = convert({ u"-"_s, u"--to"_s, format }, input);
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY2(run.err.contains(QByteArray("redacted: " + expectedCounts.toUtf8() + " (")), run.err.constData());
        QVERIFY2(!run.out.contains("har-tok-1") && !run.out.contains("raw-ck-2"), run.out.constData());

        // The output itself says what was hidden and how to keep it…
        QByteArray note;
        if (format == u"har") {
            note = QJsonDocument::fromJson(run.out)[u"log"_s][u"comment"_s].toString().toUtf8();
            QVERIFY2(note.startsWith("converted from "), note.constData());
        } else {
            QVERIFY2(run.out.startsWith("# "), run.out.constData());
            note = run.out.left(run.out.indexOf('\n'));
        }
        QVERIFY2(note.contains(expectedCounts.toUtf8()), note.constData());
        QVERIFY2(note.contains("--no-redact"), note.constData());

        // …and the importers still read it back.
        const auto back = CaptureImporter::importText(run.out, u"converted"_s);
        QVERIFY2(back.ok(), qPrintable(back.error()));
        QCOMPARE(back->kind, format == u"http" ? u"http-file"_s : format);
        QVERIFY(!back->requests.isEmpty() || !back->exchanges.isEmpty());
        if (format != u"har") {
            QCOMPARE(back->requests.size(), 1);
            QCOMPARE(back->requests.first().url, QUrl(u"https://api.example/v1"_s));
            QCOMPARE(headerValue(back->requests.first().headers, "authorization"), "Bearer [redacted]"_ba);
        }
    }

    void noRedactSaysSoInTheOutput_data()
    {
        QTest::addColumn<QString>("format");
        QTest::newRow("har") << u"har"_s;
        QTest::newRow("curl") << u"curl"_s;
        QTest::newRow("http") << u"http"_s;
    }

    void noRedactSaysSoInTheOutput()
    {
        QFETCH(QString, format);
        const Run run = convert({ u"-"_s, u"--to"_s, format, u"--no-redact"_s },
                                "curl -H 'Authorization: Bearer kept-tok-1' https://api.example/\n");
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY(run.out.contains("kept-tok-1"));
        QVERIFY2(run.out.contains("OFF (--no-redact)"), run.out.constData());
    }

    void curlOutputLeavesContentLengthToCurl_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("format");
        const QByteArray raw = "POST /login HTTP/1.1\r\nHost: api.example\r\nContent-Type: "
                               "application/json\r\nContent-Length: 37\r\n\r\n"
                               "{\"user\":\"bob\",\"password\":\"pw-123456\"}"_ba;
        QTest::newRow("redacted body") << raw << u"curl"_s;
        QTest::newRow("body kept") << raw << u"curl --no-redact"_s;
    }

    void curlOutputLeavesContentLengthToCurl()
    {
        QFETCH(QByteArray, input);
        QFETCH(QString, format);
        const Run run = convert(QStringList { u"-"_s, u"--to"_s } + format.split(u' '), input);
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY2(!run.out.contains("Content-Length") && !run.out.contains("content-length"), run.out.constData());
        const auto back = CurlImporter::importText(run.out, u"converted"_s);
        QVERIFY2(back.ok(), qPrintable(back.error()));
        QCOMPARE(back->requests.first().body,
                 format.contains(u"--no-redact"_s) ? input.mid(input.indexOf("\r\n\r\n") + 4)
                                                   : "{\"user\":\"bob\",\"password\":\"[redacted]\"}"_ba);
    }

    void harOutputKeepsRequestSizesConsistentWithTheRedactedBody()
    {
        const QByteArray raw = "POST /login HTTP/1.1\r\nHost: api.example\r\nContent-Type: "
                               "application/json\r\nContent-Length: 37\r\n\r\n"
                               "{\"user\":\"bob\",\"password\":\"pw-123456\"}"_ba;
        const Run run = convert({ u"-"_s, u"--to"_s, u"har"_s }, raw);
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QJsonObject request
            = QJsonDocument::fromJson(run.out)[u"log"_s][u"entries"_s][0][u"request"_s].toObject();
        const QByteArray text = request[u"postData"_s][u"text"_s].toString().toUtf8();
        QCOMPARE(text, "{\"user\":\"bob\",\"password\":\"[redacted]\"}"_ba);
        QCOMPARE(request[u"bodySize"_s].toInteger(), text.size());
        bool sawLength = false;
        for (const QJsonValue &header : request[u"headers"_s].toArray()) {
            if (header[u"name"_s].toString().compare(u"content-length"_s, Qt::CaseInsensitive) == 0) {
                QCOMPARE(header[u"value"_s].toString().toLongLong(), text.size());
                sawLength = true;
            }
        }
        QVERIFY(sawLength);
    }

    void userPatternsAreRedactedToo_data()
    {
        QTest::addColumn<QString>("format");
        QTest::newRow("har") << u"har"_s;
        QTest::newRow("curl") << u"curl"_s;
        QTest::newRow("http") << u"http"_s;
    }

    void userPatternsAreRedactedToo()
    {
        QFETCH(QString, format);
        const Run run
            = convert({ u"-"_s, u"--to"_s, format, u"--redact-pattern"_s, u"employee=EMP-(?<value>\\d{6})"_s },
                      "curl -H 'X-Employee: EMP-424242' 'https://api.example/staff?who=EMP-424242'\n");
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY2(!run.out.contains("424242"), run.out.constData());
        QVERIFY2(run.out.contains("EMP-"), run.out.constData());
        QVERIFY2(run.err.contains("custom pattern “employee”"), run.err.constData());

        const Run bad = convert({ u"-"_s, u"--to"_s, format, u"--redact-pattern"_s, u"broken=(unclosed"_s },
                                "curl https://api.example/\n");
        QCOMPARE(bad.exitCode, 2);
        QVERIFY2(bad.err.contains("--redact-pattern"), bad.err.constData());
    }

    void redactHashUsesAFreshKeyEveryRun()
    {
        const QByteArray input
            = "curl -H 'Authorization: Bearer same-tok-1' -H 'X-Api-Key: same-tok-1' https://api.example/\n";
        static const QRegularExpression placeholder(u"\\[redacted:([0-9a-f]{6})\\]"_s);
        auto hashes = [&]() {
            const Run run = convert({ u"-"_s, u"--to"_s, u"curl"_s, u"--redact-hash"_s }, input);
            QStringList found;
            for (auto it = placeholder.globalMatch(QString::fromUtf8(run.out)); it.hasNext();)
                found.append(it.next().captured(1));
            return found;
        };
        const QStringList first = hashes();
        const QStringList second = hashes();
        QCOMPARE(first.size(), 2);
        QCOMPARE(second.size(), 2);
        // Equal values match within one output…
        QCOMPARE(first.at(0), first.at(1));
        // …but not across runs: a hash cannot confirm a guessed value.
        QVERIFY2(first.at(0) != second.at(0), qPrintable(first.join(u',') + u" / "_s + second.join(u',')));
        const Run help = convert({ u"--help"_s });
        const QString helpText = QString::fromUtf8(help.out).simplified(); // the help wraps its lines
        QVERIFY2(helpText.contains(u"random key"_s), help.out.constData());
        QVERIFY2(helpText.contains(u"--redact-pattern"_s), help.out.constData());
    }

    void exitsWithOneForBadInputAndTwoForBadUsage_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QByteArray>("message");
        QTest::newRow("no --to") << QStringList { u"-"_s } << QByteArray("curl http://h/") << 2 << QByteArray("--to");
        QTest::newRow("unknown format") << QStringList { u"-"_s, u"--to"_s, u"pdf"_s } << QByteArray("curl http://h/")
                                        << 2 << QByteArray("pdf");
        QTest::newRow("truncated HAR") << QStringList { u"-"_s, u"--to"_s, u"curl"_s }
                                       << QByteArray("{\"log\":{\"entries\":[{\"re") << 1 << QByteArray("line 1");
        QTest::newRow("--shell without --to curl")
            << QStringList { u"-"_s, u"--to"_s, u"http"_s, u"--shell"_s, u"cmd"_s } << QByteArray("curl http://h/") << 2
            << QByteArray("--shell");
        QTest::newRow("response alone to curl")
            << QStringList { u"-"_s, u"--to"_s, u"curl"_s } << QByteArray("HTTP/1.1 500 X\r\n\r\n") << 1
            << QByteArray("no request");
        QTest::newRow("--every and --ramp together")
            << QStringList { u"-"_s, u"--to"_s, u"locust"_s, u"--every"_s, u"1"_s, u"--ramp"_s, u"1:2:1:5"_s }
            << QByteArray("curl http://h/") << 2 << QByteArray("--every and --ramp: give one of them");
        QTest::newRow("--every faster than the watch's 0.1 s")
            << QStringList { u"-"_s, u"--to"_s, u"k6"_s, u"--every"_s, u"0.05"_s } << QByteArray("curl http://h/") << 2
            << QByteArray("--every: '0.05' is not a number of seconds from 0.1 to 3600");
        QTest::newRow("--count without --every")
            << QStringList { u"-"_s, u"--to"_s, u"locust"_s, u"--count"_s, u"5"_s } << QByteArray("curl http://h/") << 2
            << QByteArray("--count is for --every");
        QTest::newRow("--max-requests without a ramp")
            << QStringList { u"-"_s, u"--to"_s, u"locust"_s, u"--max-requests"_s, u"5"_s }
            << QByteArray("curl http://h/") << 2 << QByteArray("--max-requests is for --ramp or --every");
        QTest::newRow("--max-requests 0")
            << QStringList { u"-"_s, u"--to"_s, u"k6"_s, u"--ramp"_s, u"1:2:1:5"_s, u"--max-requests"_s, u"0"_s }
            << QByteArray("curl http://h/") << 2 << QByteArray("--max-requests: '0' is not a whole number from 1");
    }

    void exitsWithOneForBadInputAndTwoForBadUsage()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QByteArray, input);
        QFETCH(int, exitCode);
        QFETCH(QByteArray, message);
        const Run run = convert(arguments, input);
        QCOMPARE(run.exitCode, exitCode);
        QVERIFY2(run.err.contains(message), run.err.constData());
    }
};

QTEST_GUILESS_MAIN(ConvertCommandTest)
#include "tst_convert_command.moc"
