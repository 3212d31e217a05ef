#include "capture/CaptureImporter.h"
#include "capture/HarExporter.h"
#include "capture/HarImporter.h"
#include "lab/FaultServer.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Gatescope;
using namespace Qt::StringLiterals;

// The real browser and the real schema: a HAR recorded by Chromium (playwright-core driving the
// Debian chromium against a loopback server) is imported, and every HAR we export is validated
// against the published HAR 1.2 JSON schema (ajv + har-schema). Both run node scripts from
// tests/tools, whose node_modules dev.sh installs with npm ci.
class BrowserHarTest : public QObject
{
    Q_OBJECT

    QString m_tools;
    QTemporaryDir m_dir;
    QString m_recordedHar;
    QJsonObject m_served;
    FaultServer m_faultServer;

    static QString sourceDir()
    {
        const QString fromEnvironment = qEnvironmentVariable("GATESCOPE_SOURCE_DIR");
        if (!fromEnvironment.isEmpty())
            return fromEnvironment;
        return QFileInfo(QStringLiteral(QT_TESTCASE_SOURCEDIR "/../../..")).canonicalFilePath();
    }

    bool toolsInstalled() const { return QFileInfo::exists(m_tools + u"/node_modules/playwright-core"_s); }

    static QByteArray readData(const QString &name)
    {
        QFile file(QFINDTESTDATA(u"data/"_s + name));
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    const Exchange *findByPath(const Capture &capture, const QString &path) const
    {
        for (const Exchange &exchange : capture.exchanges) {
            if (exchange.request.url.path() == path)
                return &exchange;
        }
        return nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_tools = sourceDir() + u"/tests/tools"_s;
        QVERIFY(m_dir.isValid());
        // A missing tool fails the test: a skip would let the whole check pass without running.
        QVERIFY2(toolsInstalled(),
                 "tests/tools/node_modules is missing (ajv, har-schema, playwright-core): run 'npm ci' in tests/tools, "
                 "as dev.sh does");
        if (QStandardPaths::findExecutable(u"node"_s).isEmpty())
            QFAIL("node is not installed (Debian package nodejs)");
        QVERIFY2(QFileInfo::exists(u"/usr/bin/chromium"_s), "/usr/bin/chromium is missing (Debian package chromium)");
        // Record once; the tests below read the file.
        m_recordedHar = m_dir.filePath(u"chromium.har"_s);
        // Chromium also opens the fault server's misbehaving endpoints; it runs in this process, so
        // the event loop must keep turning while the browser records.
        QVERIFY(m_faultServer.start(QHostAddress::LocalHost, false));
        QProcess node;
        node.setWorkingDirectory(m_tools);
        node.start(u"node"_s,
                   { m_tools + u"/record-har.mjs"_s, m_recordedHar, u"/usr/bin/chromium"_s,
                     m_faultServer.url(u"/"_s).toString() });
        QTRY_VERIFY2_WITH_TIMEOUT(node.state() == QProcess::NotRunning,
                                  "recording with chromium did not finish within 120 s", 120000);
        const QByteArray output = node.readAllStandardOutput();
        QVERIFY2(node.exitCode() == 0, qPrintable(QString::fromUtf8(node.readAllStandardError() + output)));
        m_served = QJsonDocument::fromJson(output.trimmed().split('\n').last()).object();
        QVERIFY2(m_served.contains(u"refusedPort"_s), output.constData());
    }

    void importsAHarRecordedByChromium()
    {
        // Given the HAR Chromium wrote while loading the lab page…
        const auto capture = CaptureImporter::importFile(m_recordedHar);
        QVERIFY2(capture.ok(), qPrintable(capture.error()));
        QCOMPARE(capture->kind, u"har"_s);
        QVERIFY2(capture->exchanges.size() >= 8, qPrintable(u"%1 entries"_s.arg(capture->exchanges.size())));

        // …the 502 and the 504 come through with headers, bodies and timings…
        const Exchange *badGateway = findByPath(capture.value(), u"/api/bad-gateway"_s);
        QVERIFY(badGateway && badGateway->response);
        QCOMPARE(badGateway->response->status, 502);
        QCOMPARE(headerValue(badGateway->response->headers, "server"), QByteArray("nginx/1.22.1"));
        QVERIFY2(badGateway->response->body.contains("<center>nginx/1.22.1</center>"),
                 badGateway->response->body.constData());
        QCOMPARE(badGateway->transport.outcome, Outcome::Ok);
        QVERIFY(badGateway->startedAt.isValid());
        QCOMPARE(badGateway->remoteAddress, u"127.0.0.1"_s);

        const Exchange *timeout = findByPath(capture.value(), u"/api/timeout"_s);
        QVERIFY(timeout && timeout->response);
        QCOMPARE(timeout->response->status, 504);
        QVERIFY2(timeout->timings.wait >= 100,
                 qPrintable(u"wait %1 ms; the server waited 150 ms"_s.arg(timeout->timings.wait)));
        QVERIFY(timeout->timings.total >= timeout->timings.wait);

        // …the refused connection is a transport outcome, not a response…
        const Exchange *refused = findByPath(capture.value(), u"/refused"_s);
        QVERIFY(refused);
        QVERIFY(!refused->response.has_value());
        QCOMPARE(refused->transport.outcome, Outcome::Refused);
        QCOMPARE(refused->request.url.port(), m_served.value(u"refusedPort"_s).toInt());

        // …and bodies: a POST's JSON both ways, a binary image, a gzip body decoded by the browser.
        const Exchange *echo = findByPath(capture.value(), u"/api/echo"_s);
        QVERIFY(echo && echo->response);
        QCOMPARE(echo->request.method, QByteArray("POST"));
        QCOMPARE(echo->request.body, QByteArray("{\"name\":\"gatescope\",\"n\":1}"));
        QCOMPARE(echo->response->body, echo->request.body);
        QCOMPARE(headerValue(echo->request.headers, "authorization"), QByteArray("Bearer lab-token"));
        const Exchange *pixel = findByPath(capture.value(), u"/pixel.png"_s);
        QVERIFY(pixel && pixel->response);
        QCOMPARE(pixel->response->body, QByteArray::fromBase64(m_served.value(u"pngBase64"_s).toString().toLatin1()));
        const Exchange *gzip = findByPath(capture.value(), u"/api/gzip"_s);
        QVERIFY(gzip && gzip->response);
        QCOMPARE(gzip->response->body, QByteArray("compressed hello ").repeated(20));
        QCOMPARE(gzip->response->contentEncoding, u"gzip"_s);
    }

    void importsTheFaultServersFailuresAsChromiumSawThem()
    {
        QCOMPARE(m_served.value(u"faultPaths"_s).toArray().size(), 5);
        const auto capture = CaptureImporter::importFile(m_recordedHar);
        QVERIFY2(capture.ok(), qPrintable(capture.error()));
        auto entry = [&](const QString &path) {
            for (const Exchange &exchange : capture->exchanges) {
                if (exchange.request.url.port() == m_faultServer.port() && exchange.request.url.path() == path)
                    return &exchange;
            }
            return static_cast<const Exchange *>(nullptr);
        };
        // A real answer: the 502 with its body, and a first byte 200 ms late.
        const Exchange *badGateway = entry(u"/status"_s);
        QVERIFY(badGateway && badGateway->response);
        QCOMPARE(badGateway->response->status, 502);
        QVERIFY2(badGateway->response->body.contains("502 from the fault server"),
                 badGateway->response->body.constData());
        const Exchange *slow = entry(u"/slow-first-byte"_s);
        QVERIFY(slow && slow->response);
        QVERIFY2(slow->timings.wait >= 150,
                 qPrintable(u"wait %1 ms; the server waited 200 ms"_s.arg(slow->timings.wait)));
        // Failures the browser reported: each becomes the transport outcome our probe would give.
        const Exchange *empty = entry(u"/close-before-any-byte"_s);
        QVERIFY2(empty, "Chromium's HAR has no entry for the empty reply");
        QVERIFY(!empty->response.has_value() || empty->response->status <= 0);
        QCOMPARE(empty->transport.outcome, Outcome::ClosedEarly);
        const Exchange *reset = entry(u"/reset"_s);
        QVERIFY2(reset, "Chromium's HAR has no entry for the reset");
        QVERIFY2(reset->transport.outcome == Outcome::Reset || reset->transport.outcome == Outcome::ClosedEarly,
                 qPrintable(reset->transport.detail));
        const Exchange *cut = entry(u"/close-mid-body"_s);
        QVERIFY2(cut, "Chromium's HAR has no entry for the cut body");
        // Chromium names it net::ERR_CONTENT_LENGTH_MISMATCH — or, now and then (a race in how
        // playwright collects the entry), writes a plain 200 with content.size -1 and no body: then
        // the HAR holds no trace of the cut, and all we may require is that no body is invented.
        QVERIFY(cut->response);
        if (cut->transport.outcome == Outcome::Ok)
            QVERIFY2(cut->response->body.isEmpty() && !cut->response->bodyTruncated,
                     qPrintable(u"a 200 with %1 body bytes and no error"_s.arg(cut->response->body.size())));
        else
            QVERIFY2(cut->transport.outcome == Outcome::ClosedEarly && cut->transport.phase == Phase::Download,
                     qPrintable(cut->transport.detail));
    }

    void everyExportedHarMatchesTheHar12Schema()
    {
        QStringList files;
        auto exportCapture = [&](const QString &name, const Capture &capture) {
            const QString path = m_dir.filePath(name + u".har"_s);
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(HarExporter::toHar(capture));
            files.append(path);
        };
        // Recorded by Chromium, re-exported.
        const auto recorded = CaptureImporter::importFile(m_recordedHar);
        QVERIFY2(recorded.ok(), qPrintable(recorded.error()));
        exportCapture(u"chromium-reexported"_s, recorded.value());
        // A DevTools HAR with pages, base64 bodies and a failed entry.
        const auto devtools = CaptureImporter::importText(readData(u"chrome-shop.har"_s), u"chrome-shop.har"_s);
        QVERIFY2(devtools.ok(), qPrintable(devtools.error()));
        exportCapture(u"devtools-reexported"_s, devtools.value());
        // curl lines: requests never sent.
        const auto curl = CaptureImporter::importText(readData(u"chrome-bash.curl"_s), u"chrome-bash.curl"_s);
        QVERIFY2(curl.ok(), qPrintable(curl.error()));
        exportCapture(u"curl-requests"_s, curl.value());
        // A raw response alone, and replayed / edited exchanges with every outcome.
        const auto raw
            = CaptureImporter::importText("HTTP/2 502 \r\nserver: envoy\r\n\r\nupstream connect error", u"raw"_s);
        QVERIFY2(raw.ok(), qPrintable(raw.error()));
        exportCapture(u"raw-response"_s, raw.value());
        Capture replays;
        for (Outcome outcome : { Outcome::Ok, Outcome::Refused, Outcome::Timeout, Outcome::ClosedEarly, Outcome::Reset,
                                 Outcome::InvalidResponse, Outcome::TlsFailure, Outcome::DnsFailure }) {
            Exchange exchange;
            exchange.source = Exchange::Source::Replayed;
            exchange.request.method = "PATCH";
            exchange.request.url = QUrl(u"https://[::1]:8443/edited?x=%C3%A9"_s);
            exchange.request.headers = { { "Cookie", "a=1; b=2" }, { "Content-Type", "application/octet-stream" } };
            exchange.request.body = QByteArray("\x00\x01\xff binary", 10);
            exchange.transport.outcome = outcome;
            exchange.remoteAddress = u"::1"_s;
            exchange.timings = { 0.5, 1, 2, 3, 0.1, 10, -1, -1 };
            exchange.startedAt = QDateTime::currentDateTimeUtc();
            if (outcome == Outcome::Ok) {
                ResponseData response;
                response.status = 503;
                response.reason = "Service Unavailable";
                response.headers = { { "Set-Cookie", "sid=x; Path=/" }, { "Retry-After", "10" } };
                response.body = "down";
                response.bodySize = 4;
                response.bodyWireSize = 4;
                exchange.response = response;
            }
            replays.exchanges.append(exchange);
        }
        exportCapture(u"replays"_s, replays);

        // Redacted exports, as `gatescope convert` writes them by default and with --redact-hash,
        // of captures with secrets in query strings, fragments, user info and paths: the
        // placeholders must keep every URL a valid URI.
        const QString binary = qEnvironmentVariable("GATESCOPE_BINARY");
        QVERIFY2(!binary.isEmpty(), "GATESCOPE_BINARY is not set: run through ctest");
        const QByteArray secretsCurl
            = "curl 'https://alice:url-pass-1@api.example/v1/reset/eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjMifQ.c2lnbmF0dXJl"
              "?access_token=qs-tok-2&page=2&note=Bearer%20qs-bearer-3333#id_token=frag-tok-4&state=s' "
              "-H 'Authorization: Bearer hdr-tok-5' -H 'Content-Type: application/json' -H 'Content-Length: 29' "
              "--data-raw '{\"password\":\"body-pass-6666\"}'\n"_ba;
        QFile curlInput(m_dir.filePath(u"secrets.curl"_s));
        QVERIFY(curlInput.open(QIODevice::WriteOnly));
        curlInput.write(secretsCurl);
        curlInput.close();
        const QString secretsHar = m_dir.filePath(u"secrets-in.har"_s);
        {
            Capture withSecrets;
            withSecrets.name = u"secrets"_s;
            const Capture parsed = CaptureImporter::importText(secretsCurl, u"secrets.curl"_s).value();
            Exchange exchange;
            exchange.request = parsed.requests.first();
            exchange.startedAt = QDateTime::currentDateTimeUtc();
            exchange.timings = { 0, 1, 2, 3, 0.1, 10, 1, 17 };
            ResponseData response;
            response.status = 302;
            response.reason = "Found";
            response.headers = { { "Location", "https://app.example/cb?code=c-7777&api_key=loc-key-8" },
                                 { "Set-Cookie", "sid=ck-9999; Path=/" } };
            exchange.response = response;
            withSecrets.exchanges = { exchange };
            QFile file(secretsHar);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(HarExporter::toHar(withSecrets));
        }
        const QList<QByteArray> secrets { "url-pass-1", "c2lnbmF0dXJl",   "qs-tok-2",  "qs-bearer-3333", "frag-tok-4",
                                          "hdr-tok-5",  "body-pass-6666", "loc-key-8", "ck-9999" };
        for (const QString &input : { curlInput.fileName(), secretsHar }) {
            for (const QStringList &flags : { QStringList(), QStringList { u"--redact-hash"_s } }) {
                const QString path = m_dir.filePath(
                    u"redacted-%1%2.har"_s.arg(QFileInfo(input).baseName(), flags.isEmpty() ? u""_s : u"-hash"_s));
                QProcess convert;
                convert.start(binary, QStringList { u"convert"_s, input, u"--to"_s, u"har"_s, u"-o"_s, path } + flags);
                QVERIFY2(convert.waitForFinished(30000), "gatescope convert did not finish");
                QVERIFY2(convert.exitCode() == 0, convert.readAllStandardError().constData());
                QFile file(path);
                QVERIFY(file.open(QIODevice::ReadOnly));
                const QByteArray har = file.readAll();
                for (const QByteArray &secret : secrets)
                    QVERIFY2(!har.contains(secret),
                             qPrintable(u"%1 survived in %2"_s.arg(QString::fromLatin1(secret), path)));
                QVERIFY2(har.contains(flags.isEmpty() ? "%5Bredacted%5D" : "%5Bredacted:"), har.constData());
                // The request's Content-Length and bodySize describe the redacted body.
                const QJsonObject request
                    = QJsonDocument::fromJson(har)[u"log"_s][u"entries"_s][0][u"request"_s].toObject();
                const qint64 bodySize = request[u"bodySize"_s].toInteger();
                QCOMPARE(bodySize, request[u"postData"_s][u"text"_s].toString().toUtf8().size());
                for (const QJsonValue &header : request[u"headers"_s].toArray()) {
                    if (header[u"name"_s].toString().compare(u"content-length"_s, Qt::CaseInsensitive) == 0)
                        QCOMPARE(header[u"value"_s].toString().toLongLong(), bodySize);
                }
                files.append(path);
            }
        }

        QProcess node;
        node.setWorkingDirectory(m_tools);
        node.start(u"node"_s, QStringList { m_tools + u"/validate-har.mjs"_s } + files);
        QVERIFY2(node.waitForFinished(60000), "the schema validation did not finish within 60 s");
        const QString output = QString::fromUtf8(node.readAllStandardOutput() + node.readAllStandardError());
        QVERIFY2(node.exitCode() == 0, qPrintable(output));
        QCOMPARE(output.count(u"valid: "_s), files.size());
    }

    // The validator is not a yes-man: one valid entry, and the same entry with one field broken.
    // har-schema writes its limits as "min", which ajv ignores unless validate-har.mjs turns them
    // into "minimum": the negative times and sizes are the rows that would otherwise pass.
    void theSchemaCheckRejectsWhatHar12Forbids_data()
    {
        QTest::addColumn<QString>("object"); // where in the entry: "", "timings", "request", "response", "content"
        QTest::addColumn<QString>("field");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("message");

        // clang-format off
        QTest::newRow("the valid entry")               << u""_s        << u"time"_s        << QJsonValue(17.5)    << true  << u""_s;
        QTest::newRow("timings that did not happen")   << u"timings"_s << u"dns"_s         << QJsonValue(-1)      << true  << u""_s;
        QTest::newRow("a size that is unknown")        << u"response"_s << u"bodySize"_s   << QJsonValue(-1)      << true  << u""_s;
        QTest::newRow("time is a string")              << u""_s        << u"time"_s        << QJsonValue(u"slow"_s) << false << u"/time must be number"_s;
        QTest::newRow("entry time -500")               << u""_s        << u"time"_s        << QJsonValue(-500)    << false << u"/time must be >= 0"_s;
        QTest::newRow("wait -300")                     << u"timings"_s << u"wait"_s        << QJsonValue(-300)    << false << u"/timings/wait must be >= -1"_s;
        QTest::newRow("dns -20")                       << u"timings"_s << u"dns"_s         << QJsonValue(-20)     << false << u"/timings/dns must be >= -1"_s;
        QTest::newRow("ssl -2")                        << u"timings"_s << u"ssl"_s         << QJsonValue(-2)      << false << u"/timings/ssl must be >= -1"_s;
        QTest::newRow("request headersSize -7")        << u"request"_s << u"headersSize"_s << QJsonValue(-7)      << false << u"/request/headersSize must be >= -1"_s;
        QTest::newRow("response bodySize -3")          << u"response"_s << u"bodySize"_s   << QJsonValue(-3)      << false << u"/response/bodySize must be >= -1"_s;
        QTest::newRow("content size -9")               << u"content"_s << u"size"_s        << QJsonValue(-9)      << false << u"/response/content/size must be >= -1"_s;
        // clang-format on
    }

    void theSchemaCheckRejectsWhatHar12Forbids()
    {
        QFETCH(QString, object);
        QFETCH(QString, field);
        QFETCH(QJsonValue, value);
        QFETCH(bool, valid);
        QFETCH(QString, message);

        // Given a HAR entry that is valid as written…
        QJsonObject content { { u"size"_s, 4 }, { u"mimeType"_s, u"text/plain"_s }, { u"text"_s, u"down"_s } };
        QJsonObject request { { u"method"_s, u"GET"_s },
                              { u"url"_s, u"http://api.example.test/"_s },
                              { u"httpVersion"_s, u"HTTP/1.1"_s },
                              { u"cookies"_s, QJsonArray() },
                              { u"headers"_s, QJsonArray() },
                              { u"queryString"_s, QJsonArray() },
                              { u"headersSize"_s, 40 },
                              { u"bodySize"_s, 0 } };
        QJsonObject response { { u"status"_s, 502 },
                               { u"statusText"_s, u"Bad Gateway"_s },
                               { u"httpVersion"_s, u"HTTP/1.1"_s },
                               { u"cookies"_s, QJsonArray() },
                               { u"headers"_s, QJsonArray() },
                               { u"redirectURL"_s, u""_s },
                               { u"headersSize"_s, 60 },
                               { u"bodySize"_s, 4 } };
        QJsonObject timings { { u"blocked"_s, 0.5 }, { u"dns"_s, 1 },   { u"connect"_s, 2 },  { u"ssl"_s, -1 },
                              { u"send"_s, 0.1 },    { u"wait"_s, 12 }, { u"receive"_s, 1.9 } };
        QJsonObject entry { { u"startedDateTime"_s, u"2024-05-01T12:00:00.000Z"_s },
                            { u"time"_s, 17.5 },
                            { u"cache"_s, QJsonObject() } };
        // …with one field changed…
        if (object.isEmpty())
            entry[field] = value;
        else if (object == u"timings")
            timings[field] = value;
        else if (object == u"request")
            request[field] = value;
        else if (object == u"response")
            response[field] = value;
        else
            content[field] = value;
        response[u"content"_s] = content;
        entry[u"request"_s] = request;
        entry[u"response"_s] = response;
        entry[u"timings"_s] = timings;
        const QJsonObject log { { u"version"_s, u"1.2"_s },
                                { u"creator"_s, QJsonObject { { u"name"_s, u"x"_s }, { u"version"_s, u"1"_s } } },
                                { u"entries"_s, QJsonArray { entry } } };
        const QString path = m_dir.filePath(u"schema-row-%1.har"_s.arg(QString::fromLatin1(QTest::currentDataTag())));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(QJsonObject { { u"log"_s, log } }).toJson());
        file.close();

        // …the schema check accepts it or names the broken field.
        QProcess node;
        node.setWorkingDirectory(m_tools);
        node.start(u"node"_s, { m_tools + u"/validate-har.mjs"_s, path });
        QVERIFY2(node.waitForFinished(60000), "the schema validation did not finish within 60 s");
        const QString output = QString::fromUtf8(node.readAllStandardOutput() + node.readAllStandardError());
        QVERIFY2(node.exitCode() == (valid ? 0 : 1),
                 qPrintable(u"expected the HAR to be %1, got exit %2: %3"_s.arg(valid ? u"valid"_s : u"rejected"_s)
                                .arg(node.exitCode())
                                .arg(output)));
        if (!valid)
            QVERIFY2(output.contains(message), qPrintable(u"expected \"%1\" in: %2"_s.arg(message, output)));
    }
};

QTEST_GUILESS_MAIN(BrowserHarTest)
#include "tst_browser_har.moc"
