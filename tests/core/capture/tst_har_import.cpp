#include "capture/HarExporter.h"
#include "capture/HarImporter.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Gatescope;
using namespace Qt::StringLiterals;

// HAR 1.2 import as the browsers write it, and the HAR → Exchange → HAR round trip.
class HarImportTest : public QObject
{
    Q_OBJECT

private:
    // A HAR the way Chrome DevTools writes it: _-fields, h2 pseudo-headers, -1 timings, connect
    // including ssl, a base64 body, form params, two pages and a failed entry.
    static QByteArray readData(const char *name)
    {
        QFile file(QFINDTESTDATA(QString::fromLatin1("data/") + QLatin1StringView(name)));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("test data %s is missing", name);
        return file.readAll();
    }

    static QByteArray chromeHar() { return readData("chrome-shop.har"); }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void importsEveryEntryWithItsResponseAndPage()
    {
        // Given a Chrome HAR with two pages, when it is imported…
        const auto capture = HarImporter().importData(chromeHar(), u"shop.har"_s);
        QVERIFY2(capture.ok(), qPrintable(capture.error()));
        // …then every entry is a recorded exchange and a replayable request.
        QCOMPARE(capture->kind, u"har"_s);
        QCOMPARE(capture->exchanges.size(), 4);
        QCOMPARE(capture->requests.size(), 4);
        const Exchange &first = capture->exchanges.at(0);
        QCOMPARE(first.source, Exchange::Source::Recorded);
        QCOMPARE(first.pageRef, u"page_1"_s);
        QCOMPARE(capture->exchanges.at(2).pageRef, u"page_2"_s);
        QCOMPARE(first.request.url.toString(), u"https://shop.example/api/cart?id=7"_s);
        QVERIFY2(!hasHeader(first.request.headers, ":authority"), "HTTP/2 pseudo-headers are not header fields");
        QCOMPARE(headerValue(first.request.headers, "cookie"), QByteArray("sid=abc; theme=dark"));
        QVERIFY(first.response.has_value());
        QCOMPARE(first.response->status, 502);
        QCOMPARE(first.response->httpVersion, QByteArray("HTTP/2"));
        QCOMPARE(headerValue(first.response->headers, "cf-ray"), QByteArray("88a1b2c3d4e5f6a7-FRA"));
        QCOMPARE(first.response->body, QByteArray("<html>error code: 502</html>\r\n\r\n  "));
        QCOMPARE(first.response->bodyWireSize, 44);
        QCOMPARE(first.remoteAddress, u"2606:4700::6810:84e5"_s);
        QCOMPARE(first.remotePort, 443);
        QVERIFY(first.tls.used);
        QCOMPARE(first.startedAt, QDateTime(QDate(2024, 5, 1), QTime(10, 0, 0, 123), Qt::UTC));
        QCOMPARE(first.transport.outcome, Outcome::Ok);
    }

    void convertsTimingsSoThatConnectNoLongerIncludesTls()
    {
        const auto capture = HarImporter().importData(chromeHar(), u"shop.har"_s);
        QVERIFY2(capture.ok(), qPrintable(capture.error()));
        const Timings &t = capture->exchanges.at(0).timings;
        QCOMPARE(t.blocked, 2.5);
        QCOMPARE(t.dns, 10.0);
        QCOMPARE(t.tls, 30.5);
        QCOMPARE(t.connect, 15.0); // 45.5 - 30.5
        QCOMPARE(t.send, 0.25);
        QCOMPARE(t.wait, 70.0);
        QCOMPARE(t.download, 1.5);
        QCOMPARE(t.total, 160.25);
        const Timings &reused = capture->exchanges.at(1).timings;
        QCOMPARE(reused.dns, -1.0);
        QCOMPARE(reused.connect, -1.0);
        QCOMPARE(reused.tls, -1.0);
        QCOMPARE(reused.blocked, -1.0);
    }

    void decodesBase64BodiesAndRebuildsFormParameters()
    {
        const auto capture = HarImporter().importData(chromeHar(), u"shop.har"_s);
        QVERIFY2(capture.ok(), qPrintable(capture.error()));
        QCOMPARE(capture->exchanges.at(1).response->body, QByteArray("\x89PNG"));
        QCOMPARE(capture->exchanges.at(2).request.body, QByteArray("user=ann&pass=p%26ss%20word"));
        QCOMPARE(capture->exchanges.at(2).request.method, QByteArray("POST"));
        QCOMPARE(capture->exchanges.at(2).response->bodySize, 0);
    }

    void turnsBrowserErrorsIntoTransportOutcomes_data()
    {
        QTest::addColumn<QString>("error");
        QTest::addColumn<QString>("outcome");
        QTest::addColumn<QString>("phase");
        QTest::newRow("Chrome refused") << u"net::ERR_CONNECTION_REFUSED"_s << u"refused"_s << u"connect"_s;
        QTest::newRow("Chrome name not resolved") << u"net::ERR_NAME_NOT_RESOLVED"_s << u"dns-failure"_s << u"dns"_s;
        QTest::newRow("Chrome reset") << u"net::ERR_CONNECTION_RESET"_s << u"reset"_s << u"wait"_s;
        QTest::newRow("Chrome empty response") << u"net::ERR_EMPTY_RESPONSE"_s << u"closed-early"_s << u"wait"_s;
        QTest::newRow("Chrome connection closed") << u"net::ERR_CONNECTION_CLOSED"_s << u"closed-early"_s << u"wait"_s;
        QTest::newRow("Chrome timed out") << u"net::ERR_TIMED_OUT"_s << u"timeout"_s << u"wait"_s;
        QTest::newRow("Chrome connect timed out") << u"net::ERR_CONNECTION_TIMED_OUT"_s << u"timeout"_s << u"connect"_s;
        QTest::newRow("Chrome certificate") << u"net::ERR_CERT_AUTHORITY_INVALID"_s << u"tls-failure"_s << u"tls"_s;
        QTest::newRow("Chrome SSL protocol") << u"net::ERR_SSL_PROTOCOL_ERROR"_s << u"tls-failure"_s << u"tls"_s;
        QTest::newRow("Chrome invalid response")
            << u"net::ERR_INVALID_HTTP_RESPONSE"_s << u"invalid-response"_s << u"wait"_s;
        QTest::newRow("Chrome aborted by browser") << u"net::ERR_ABORTED"_s << u"closed-early"_s << QString();
        QTest::newRow("Firefox refused") << u"NS_ERROR_CONNECTION_REFUSED"_s << u"refused"_s << u"connect"_s;
        QTest::newRow("Firefox unknown host") << u"NS_ERROR_UNKNOWN_HOST"_s << u"dns-failure"_s << u"dns"_s;
        QTest::newRow("Firefox reset") << u"NS_ERROR_NET_RESET"_s << u"reset"_s << u"wait"_s;
        QTest::newRow("Firefox timeout") << u"NS_ERROR_NET_TIMEOUT"_s << u"timeout"_s << u"wait"_s;
        QTest::newRow("Firefox interrupted") << u"NS_ERROR_NET_INTERRUPT"_s << u"closed-early"_s << u"wait"_s;
        QTest::newRow("Firefox bad certificate") << u"SEC_ERROR_UNKNOWN_ISSUER"_s << u"tls-failure"_s << u"tls"_s;
        QTest::newRow("Safari cannot connect") << u"Could not connect to the server."_s << u"refused"_s << u"connect"_s;
        // Names that older or rarer Chrome builds write (net_error_list.h), Firefox's newer
        // names, and the texts Safari's content blockers and mitmproxy's savehar leave.
        QTest::newRow("Chrome old HTTP/2 name (a stream reset, tst_chromehttp2errors)")
            << u"net::ERR_SPDY_PROTOCOL_ERROR"_s << u"reset"_s << u"wait"_s;
        QTest::newRow("Chrome HTTP/2 stream error")
            << u"net::ERR_HTTP2_STREAM_ERROR"_s << u"invalid-response"_s << u"wait"_s;
        QTest::newRow("Chrome QUIC protocol")
            << u"net::ERR_QUIC_PROTOCOL_ERROR"_s << u"invalid-response"_s << u"wait"_s;
        QTest::newRow("Chrome QUIC handshake") << u"net::ERR_QUIC_HANDSHAKE_FAILED"_s << u"tls-failure"_s << u"tls"_s;
        QTest::newRow("Chrome connection aborted") << u"net::ERR_CONNECTION_ABORTED"_s << u"reset"_s << u"wait"_s;
        QTest::newRow("Chrome refused stream (RST_STREAM REFUSED_STREAM, tst_chromehttp2errors)")
            << u"net::ERR_HTTP2_SERVER_REFUSED_STREAM"_s << u"reset"_s << u"wait"_s;
        QTest::newRow("Chrome ad blocker") << u"net::ERR_BLOCKED_BY_CLIENT"_s << u"closed-early"_s << QString();
        QTest::newRow("Chrome redirect loop") << u"net::ERR_TOO_MANY_REDIRECTS"_s << u"closed-early"_s << QString();
        QTest::newRow("Firefox empty response") << u"NS_ERROR_NET_EMPTY_RESPONSE"_s << u"closed-early"_s << u"wait"_s;
        QTest::newRow("Safari content blocker")
            << u"Resource blocked by content blocker"_s << u"closed-early"_s << QString();
        QTest::newRow("mitmproxy server gone") << u"Server disconnected."_s << u"closed-early"_s << u"wait"_s;
        QTest::newRow("mitmproxy flow killed") << u"Connection killed."_s << u"closed-early"_s << QString();
        QTest::newRow("Chrome generic / CORS") << u"net::ERR_FAILED"_s << u"closed-early"_s << u"wait"_s;
    }

    // An entry without an answer that the browser stopped itself, or that was still pending when
    // the HAR was saved: after a while it is the client that stopped waiting (a timeout in the wait
    // phase); at once it is a request the page cancelled (no phase: the client ended it).
    void abandonedEntryIsAWaitTimeoutOnlyAfterAWhile_data()
    {
        QTest::addColumn<QString>("error");
        QTest::addColumn<double>("time");
        QTest::addColumn<QString>("outcome");
        QTest::addColumn<QString>("phase");
        QTest::newRow("Chrome: page aborted the fetch after 30 s")
            << u"net::ERR_ABORTED"_s << 30012.5 << u"timeout"_s << u"wait"_s;
        QTest::newRow("Firefox: navigation cancelled it after 12 s")
            << u"NS_BINDING_ABORTED"_s << 12000.0 << u"timeout"_s << u"wait"_s;
        QTest::newRow("still pending when the HAR was saved, 95 s")
            << QString() << 95000.0 << u"timeout"_s << u"wait"_s;
        QTest::newRow("Chrome: aborted at once (navigation)")
            << u"net::ERR_ABORTED"_s << 40.0 << u"closed-early"_s << QString();
        QTest::newRow("Chrome: ad blocker, no time")
            << u"net::ERR_BLOCKED_BY_CLIENT"_s << 0.0 << u"closed-early"_s << QString();
    }

    void abandonedEntryIsAWaitTimeoutOnlyAfterAWhile()
    {
        QFETCH(QString, error);
        QFETCH(double, time);
        QFETCH(QString, outcome);
        QFETCH(QString, phase);
        QJsonObject response { { u"status"_s, 0 }, { u"statusText"_s, QString() } };
        if (!error.isEmpty())
            response.insert(u"_error"_s, error);
        QJsonObject entry {
            { u"request"_s, QJsonObject { { u"method"_s, u"GET"_s }, { u"url"_s, u"https://api.example/x"_s } } },
            { u"response"_s, response },
            { u"time"_s, time },
            { u"timings"_s,
              QJsonObject {
                  { u"dns"_s, 0 }, { u"connect"_s, 0 }, { u"send"_s, 0 }, { u"wait"_s, -1 }, { u"receive"_s, -1 } } }
        };
        QStringList warnings;
        const Exchange exchange = HarImporter::exchangeFromEntry(entry, 0, &warnings);
        QVERIFY(!exchange.response.has_value());
        QCOMPARE(outcomeId(exchange.transport.outcome), outcome);
        QCOMPARE(phaseId(exchange.transport.phase), phase);
        if (outcome == u"timeout") {
            QVERIFY2(exchange.transport.detail.contains(QString::number(time / 1000.0, 'f', 1) + u" s"_s),
                     qPrintable(exchange.transport.detail));
            QVERIFY2(exchange.timings.wait > 0, "the time spent waiting is the wait phase");
        }
    }

    void turnsBrowserErrorsIntoTransportOutcomes()
    {
        QFETCH(QString, error);
        QFETCH(QString, outcome);
        QFETCH(QString, phase);
        // Given a failed entry as the browser writes it (status 0 + the error name)…
        QJsonObject response { { u"status"_s, 0 }, { u"statusText"_s, QString() }, { u"_error"_s, error } };
        QJsonObject entry {
            { u"request"_s, QJsonObject { { u"method"_s, u"GET"_s }, { u"url"_s, u"https://api.example/x"_s } } },
            { u"response"_s, response },
            { u"timings"_s, QJsonObject { { u"send"_s, -1 }, { u"wait"_s, -1 }, { u"receive"_s, -1 } } }
        };
        QStringList warnings;
        const Exchange exchange = HarImporter::exchangeFromEntry(entry, 0, &warnings);
        // …it becomes an exchange without a response, ended by that transport outcome.
        QVERIFY(!exchange.response.has_value());
        QCOMPARE(outcomeId(exchange.transport.outcome), outcome);
        QCOMPARE(phaseId(exchange.transport.phase), phase);
        QVERIFY2(exchange.transport.detail.contains(error), qPrintable(exchange.transport.detail));
        QCOMPARE(exchange.comment, error);
    }

    void bodyShorterThanItsContentLengthEndedEarly_data()
    {
        QTest::addColumn<QString>("method");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("encoding");
        QTest::addColumn<int>("size");
        QTest::addColumn<bool>("fromCache");
        QTest::addColumn<QString>("outcome");
        //                                                          method     status encoding    size fromCache outcome
        QTest::newRow("200 cut at 100 of 1000 bytes")
            << u"GET"_s << 200 << QString() << 100 << false << u"closed-early"_s;
        QTest::newRow("502 page cut short") << u"GET"_s << 502 << QString() << 40 << false << u"closed-early"_s;
        QTest::newRow("whole body") << u"GET"_s << 200 << QString() << 1000 << false << u"ok"_s;
        QTest::newRow("gzip: size is the decoded size") << u"GET"_s << 200 << u"gzip"_s << 100 << false << u"ok"_s;
        QTest::newRow("redirect recorded without its page") << u"GET"_s << 301 << QString() << 10 << false << u"ok"_s;
        QTest::newRow("304 with the cached length") << u"GET"_s << 304 << QString() << 10 << false << u"ok"_s;
        QTest::newRow("HEAD") << u"HEAD"_s << 200 << QString() << 10 << false << u"ok"_s;
        QTest::newRow("from the browser's cache") << u"GET"_s << 200 << QString() << 10 << true << u"ok"_s;
        QTest::newRow("size 0: not measured") << u"GET"_s << 200 << QString() << 0 << false << u"ok"_s;
    }

    void bodyShorterThanItsContentLengthEndedEarly()
    {
        QFETCH(QString, method);
        QFETCH(int, status);
        QFETCH(QString, encoding);
        QFETCH(int, size);
        QFETCH(bool, fromCache);
        QFETCH(QString, outcome);
        // Given an entry whose Content-Length announced 1000 bytes, with no browser error…
        QJsonArray headers { QJsonObject { { u"name"_s, u"Content-Length"_s }, { u"value"_s, u"1000"_s } } };
        if (!encoding.isEmpty())
            headers.append(QJsonObject { { u"name"_s, u"Content-Encoding"_s }, { u"value"_s, encoding } });
        QJsonObject response { { u"status"_s, status },
                               { u"statusText"_s, QString() },
                               { u"headers"_s, headers },
                               { u"content"_s,
                                 QJsonObject { { u"size"_s, size }, { u"mimeType"_s, u"text/plain"_s } } } };
        QJsonObject entry { { u"request"_s,
                              QJsonObject { { u"method"_s, method }, { u"url"_s, u"http://127.0.0.1:8080/x"_s } } },
                            { u"response"_s, response } };
        if (fromCache)
            entry.insert(u"_fromCache"_s, u"disk"_s);
        QStringList warnings;
        const Exchange exchange = HarImporter::exchangeFromEntry(entry, 0, &warnings);
        // …a shorter body means the connection ended early; the exceptions keep their ok.
        QVERIFY(exchange.response.has_value());
        QCOMPARE(outcomeId(exchange.transport.outcome), outcome);
        if (outcome == u"closed-early") {
            QCOMPARE(phaseId(exchange.transport.phase), u"download"_s);
            QVERIFY(exchange.response->bodyTruncated);
            QVERIFY2(exchange.transport.detail.contains(u"of the 1000 bytes"_s), qPrintable(exchange.transport.detail));
            QCOMPARE(warnings.size(), 1);
        }
    }

    void readsPlaywrightFailureTextOnStatusMinusOne()
    {
        const QByteArray har = readData("playwright-refused.har");
        const auto capture = HarImporter().importData(har, u"pw.har"_s);
        QVERIFY2(capture.ok(), qPrintable(capture.error()));
        QCOMPARE(capture->exchanges.first().transport.outcome, Outcome::Refused);
    }

    void toleratesByteOrderMarkMissingFieldsAndStringNumbers()
    {
        // Fiddler writes a BOM; hand-made HARs leave out what they do not know.
        const QByteArray har = "\xEF\xBB\xBF{\"log\":{\"entries\":[{\"request\":{\"url\":\"http://a.example/"
                               "\"},\"response\":{\"status\":\"504\"},\"time\":\"12.5\"}]}}";
        const auto capture = HarImporter().importData(har, u"fiddler.har"_s);
        QVERIFY2(capture.ok(), qPrintable(capture.error()));
        const Exchange &exchange = capture->exchanges.first();
        QCOMPARE(exchange.request.method, QByteArray("GET"));
        QCOMPARE(exchange.response->status, 504);
        QCOMPARE(exchange.timings.total, 12.5);
        QCOMPARE(exchange.timings.wait, -1.0);
    }

    void reportsMalformedJsonWithLineAndColumn_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("place");
        QTest::newRow("missing colon") << QByteArray("{\n  \"log\" {}\n}") << u"line 2, column 9"_s;
        QTest::newRow("bad entry value") << QByteArray("{\"log\":{\"entries\":[\n{\"request\": tru}\n]}}")
                                         << u"line 2"_s;
        QTest::newRow("unterminated string")
            << QByteArray("{\"log\":{\"entries\":[{\"request\":\"abc") << u"line 1, column 31"_s;
        QTest::newRow("not JSON at all") << QByteArray("hello") << u"line 1, column 1"_s;
        QTest::newRow("mismatched bracket") << QByteArray("{\"log\":{\"entries\":[{]}}") << u"line 1, column 21"_s;
        QTest::newRow("no entries") << QByteArray("{\"log\":{}}") << u"line 1, column 1"_s;
        QTest::newRow("text after the end") << QByteArray("{\"log\":{\"entries\":[]}}\n}") << u"line 2, column 1"_s;
    }

    void reportsMalformedJsonWithLineAndColumn()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, place);
        const auto capture = HarImporter().importData(text, u"broken.har"_s);
        QVERIFY(!capture.ok());
        QCOMPARE(capture.errorCode(), Error::Code::Malformed);
        QVERIFY2(capture.error().startsWith(u"broken.har: "), qPrintable(capture.error()));
        QVERIFY2(capture.error().contains(place), qPrintable(capture.error()));
    }

    void keepsFileOrderAndReportsTheFirstBrokenEntry()
    {
        // Entries are parsed in batches on several threads: exchanges, warnings and the first
        // error must still come in file order, across batch boundaries.
        auto entry = [](int i, bool broken) -> QByteArray {
            return QByteArray(i ? ",\n" : "") + "{\"request\":{\"method\":\"GET\",\"url\":\"http://a.example/"
                + QByteArray::number(i) + "\"},\"response\":{\"status\":" + (broken ? "tru" : "200")
                + (i % 3 ? "" : ",\"_charlesStatus\":\"FAILED\"") + ",\"content\":{\"size\":2000,\"text\":\""
                + QByteArray(2000, 'x') + "\"}}}";
        };
        QByteArray good = "{\"log\":{\"entries\":[\n";
        QByteArray broken = good;
        for (int i = 0; i < 2500; ++i) {
            good += entry(i, false);
            broken += entry(i, i == 1700 || i == 1750 || i == 2400);
        }
        good += "\n]}}";
        broken += "\n]}}";
        const auto capture = HarImporter().importData(good, u"ordered.har"_s);
        QVERIFY2(capture.ok(), qPrintable(capture.error()));
        QCOMPARE(capture->exchanges.size(), 2500);
        QCOMPARE(capture->warnings.size(), 834); // every third entry is marked FAILED by Charles
        for (int i = 0; i < 2500; ++i) {
            QCOMPARE(capture->exchanges.at(i).index, i);
            QCOMPARE(capture->exchanges.at(i).request.url.path(), u"/%1"_s.arg(i));
        }
        QVERIFY2(capture->warnings.at(1).startsWith(u"entry 3 "), qPrintable(capture->warnings.at(1)));

        const auto failed = HarImporter().importData(broken, u"broken.har"_s);
        QVERIFY(!failed.ok());
        QVERIFY2(failed.error().contains(u"line 1702,") && failed.error().contains(u"entry 1700:"),
                 qPrintable(failed.error()));
    }

    void neverCrashesOnTruncatedInput()
    {
        // Every prefix of a real HAR is either an error naming the place or (the whole) a capture.
        const QByteArray har = chromeHar().trimmed();
        for (qsizetype cut = 0; cut < har.size(); cut += 7) {
            const auto capture = HarImporter().importData(QByteArrayView(har).first(cut), u"cut.har"_s);
            QVERIFY2(!capture.ok(), qPrintable(u"a HAR cut at %1 bytes was accepted"_s.arg(cut)));
            QVERIFY2(capture.error().contains(u"line "), qPrintable(capture.error()));
        }
    }

    void neverCrashesOnRandomOrMutatedBytes()
    {
        QRandomGenerator random(20240501);
        const QByteArray har = chromeHar();
        for (int round = 0; round < 300; ++round) {
            QByteArray bytes = har;
            for (int flips = 0; flips < 1 + round % 8; ++flips)
                bytes[random.bounded(int(bytes.size()))] = char(random.bounded(256));
            const auto capture = HarImporter().importData(bytes, u"mutated.har"_s);
            if (!capture.ok())
                QVERIFY2(capture.error().contains(u"line "), qPrintable(capture.error()));
        }
        for (int round = 0; round < 100; ++round) {
            QByteArray noise(random.bounded(1, 2000), Qt::Uninitialized);
            for (char &c : noise)
                c = char(random.bounded(256));
            const auto capture = HarImporter().importData(noise, u"noise.har"_s);
            QVERIFY(!capture.ok());
            QVERIFY2(capture.error().contains(u"line "), qPrintable(capture.error()));
        }
        // Deep nesting is an error, not a stack overflow.
        const QByteArray deep = "{\"log\":{\"entries\":[" + QByteArray(200000, '[') + "]}}";
        QVERIFY(!HarImporter().importData(deep, u"deep.har"_s).ok());
    }

    void reportsProgressAndStopsWhenCancelled()
    {
        QByteArray har = "{\"log\":{\"entries\":[";
        for (int i = 0; i < 3000; ++i)
            har += QByteArray(i ? "," : "") + "{\"request\":{\"method\":\"GET\",\"url\":\"http://a.example/"
                + QByteArray::number(i) + "\"},\"response\":{\"status\":200,\"content\":{\"size\":100,\"text\":\""
                + QByteArray(100, 'x') + "\"}}}";
        har += "]}}";
        QList<qint64> reports;
        HarImporter importer;
        importer.setProgressFunction([&](qint64 done, qint64 total) {
            QCOMPARE(total, qint64(har.size()));
            reports.append(done);
        });
        const auto capture = importer.importData(har, u"big.har"_s);
        QVERIFY2(capture.ok(), qPrintable(capture.error()));
        QVERIFY2(reports.size() >= 3, "progress is reported while the file is scanned");
        QVERIFY(std::is_sorted(reports.begin(), reports.end()));
        QCOMPARE(reports.last(), qint64(har.size()));

        std::atomic_bool cancel = false;
        HarImporter cancelling;
        cancelling.setCancelFlag(&cancel);
        int calls = 0;
        cancelling.setProgressFunction([&](qint64, qint64) {
            if (++calls == 2)
                cancel = true;
        });
        const auto cancelled = cancelling.importData(har, u"big.har"_s);
        QVERIFY(!cancelled.ok());
        QCOMPARE(cancelled.errorCode(), Error::Code::Cancelled);
        QVERIFY2(cancelled.error().contains(u"big.har"), qPrintable(cancelled.error()));
    }

    void importsFromAFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"shop.har"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(chromeHar());
        file.close();
        const auto capture = HarImporter().importFile(path);
        QVERIFY2(capture.ok(), qPrintable(capture.error()));
        QCOMPARE(capture->name, u"shop.har"_s);
        QCOMPARE(capture->exchanges.size(), 4);
        const auto missing = HarImporter().importFile(dir.filePath(u"missing.har"_s));
        QVERIFY(!missing.ok());
        QCOMPARE(missing.errorCode(), Error::Code::Io);
        QVERIFY2(missing.error().contains(u"missing.har"), qPrintable(missing.error()));
    }

    void roundTripsHarThroughExchanges()
    {
        // HAR → Exchange → HAR → Exchange gives the same exchanges.
        const auto first = HarImporter().importData(chromeHar(), u"shop.har"_s);
        QVERIFY2(first.ok(), qPrintable(first.error()));
        const QByteArray exported = HarExporter::toHar(first.value());
        const auto second = HarImporter().importData(exported, u"exported.har"_s);
        QVERIFY2(second.ok(), qPrintable(second.error()));
        QCOMPARE(second->exchanges.size(), first->exchanges.size());
        for (qsizetype i = 0; i < first->exchanges.size(); ++i) {
            const Exchange &a = first->exchanges.at(i);
            const Exchange &b = second->exchanges.at(i);
            QCOMPARE(b.request, a.request);
            QCOMPARE(b.response.has_value(), a.response.has_value());
            if (a.response) {
                QCOMPARE(b.response->status, a.response->status);
                QCOMPARE(b.response->reason, a.response->reason);
                QCOMPARE(b.response->headers, a.response->headers);
                QCOMPARE(b.response->body, a.response->body);
                QCOMPARE(b.response->bodySize, a.response->bodySize);
                QCOMPARE(b.response->bodyWireSize, a.response->bodyWireSize);
            }
            QCOMPARE(b.transport.outcome, a.transport.outcome);
            QCOMPARE(b.transport.phase, a.transport.phase);
            QCOMPARE(b.timings, a.timings);
            QCOMPARE(b.startedAt, a.startedAt);
            QCOMPARE(b.pageRef, a.pageRef);
            QCOMPARE(b.remoteAddress, a.remoteAddress);
        }
    }

    void readsAddressesAndProtocolSpellings_data()
    {
        QTest::addColumn<QString>("address"); // serverIPAddress as written
        QTest::addColumn<QString>("version"); // response.httpVersion as written
        QTest::addColumn<QString>("wantAddress");
        QTest::addColumn<int>("wantPort");
        QTest::addColumn<QByteArray>("wantVersion");
        QTest::newRow("Chrome IPv6 in brackets, h3")
            << u"[2606:4700::6810:84e5]"_s << u"h3"_s << u"2606:4700::6810:84e5"_s << 443 << QByteArray("HTTP/3");
        QTest::newRow("Chrome before RFC 9114: http/2+quic/46")
            << u"142.250.74.36"_s << u"http/2+quic/46"_s << u"142.250.74.36"_s << 443 << QByteArray("HTTP/3");
        QTest::newRow("Chrome: unknown protocol (data:, cache)")
            << QString() << u"unknown"_s << QString() << 443 << QByteArray("HTTP/1.1");
        QTest::newRow("IPv4 address with its port")
            << u"203.0.113.5:8443"_s << u"HTTP/1.1"_s << u"203.0.113.5"_s << 8443 << QByteArray("HTTP/1.1");
        QTest::newRow("IPv6 address in brackets with its port")
            << u"[::1]:9443"_s << u"http/2.0"_s << u"::1"_s << 9443 << QByteArray("HTTP/2");
    }

    void readsAddressesAndProtocolSpellings()
    {
        QFETCH(QString, address);
        QFETCH(QString, version);
        QFETCH(QString, wantAddress);
        QFETCH(int, wantPort);
        QFETCH(QByteArray, wantVersion);
        const QJsonObject entry {
            { u"request"_s, QJsonObject { { u"method"_s, u"GET"_s }, { u"url"_s, u"https://api.example/x"_s } } },
            { u"response"_s, QJsonObject { { u"status"_s, 200 }, { u"httpVersion"_s, version } } },
            { u"serverIPAddress"_s, address }
        };
        QStringList warnings;
        const Exchange exchange = HarImporter::exchangeFromEntry(entry, 0, &warnings);
        QCOMPARE(exchange.remoteAddress, wantAddress);
        QCOMPARE(exchange.remotePort, wantPort);
        QVERIFY(exchange.response.has_value());
        QCOMPARE(exchange.response->httpVersion, wantVersion);
    }

    void roundTripKeepsOutcomePhaseAndDetail_data()
    {
        QTest::addColumn<int>("outcome");
        QTest::addColumn<int>("phase");
        QTest::addColumn<QString>("detail");
        // Outcomes whose nearest browser error name would read back otherwise.
        QTest::newRow("closed early, no phase") << int(Outcome::ClosedEarly) << int(Phase::None)
                                                << u"the capture holds no response and names no error (status 0)"_s;
        QTest::newRow("TLS failure in Firefox's words")
            << int(Outcome::TlsFailure) << int(Phase::Tls)
            << u"no response, and the browser marks the connection's security as broken"_s;
        QTest::newRow("timeout while sending")
            << int(Outcome::Timeout) << int(Phase::Send) << u"timed out after 30 s writing the body"_s;
    }

    void roundTripKeepsOutcomePhaseAndDetail()
    {
        QFETCH(int, outcome);
        QFETCH(int, phase);
        QFETCH(QString, detail);
        Exchange exchange;
        exchange.source = Exchange::Source::Recorded;
        exchange.request.url = QUrl(u"https://api.example/x"_s);
        exchange.transport.outcome = Outcome(outcome);
        exchange.transport.phase = Phase(phase);
        exchange.transport.detail = detail;
        exchange.startedAt = QDateTime(QDate(2024, 1, 2), QTime(3, 4, 5), Qt::UTC);
        Capture capture;
        capture.exchanges = { exchange };
        const auto back = HarImporter().importData(HarExporter::toHar(capture), u"exported.har"_s);
        QVERIFY2(back.ok(), qPrintable(back.error()));
        QCOMPARE(back->exchanges.size(), 1);
        const Transport &transport = back->exchanges.first().transport;
        QCOMPARE(outcomeId(transport.outcome), outcomeId(Outcome(outcome)));
        QCOMPARE(phaseId(transport.phase), phaseId(Phase(phase)));
        QCOMPARE(transport.detail, detail);
    }

    void exportsReplayedExchangesWithConnectIncludingTls()
    {
        Exchange replayed;
        replayed.source = Exchange::Source::Replayed;
        replayed.request.method = "PUT";
        replayed.request.url = QUrl(u"https://api.example/v1/items/1"_s);
        replayed.request.headers = { { "Content-Type", "application/json" }, { "X-Disabled", "no", false } };
        replayed.request.body = "{\"a\":1}";
        replayed.timings = { -1, 4, 10, 20, 0.5, 100, 2, 136.5 };
        replayed.transport.outcome = Outcome::Timeout;
        replayed.transport.phase = Phase::Wait;
        replayed.startedAt = QDateTime(QDate(2024, 1, 2), QTime(3, 4, 5, 6), Qt::UTC);
        Capture capture;
        capture.exchanges = { replayed };
        const QJsonObject entry = HarExporter::toHarObject(capture)[u"log"_s][u"entries"_s][0].toObject();
        const QJsonObject timings = entry[u"timings"_s].toObject();
        QCOMPARE(timings[u"connect"_s].toDouble(), 30.0);
        QCOMPARE(timings[u"ssl"_s].toDouble(), 20.0);
        QCOMPARE(timings[u"blocked"_s].toDouble(), -1.0);
        QCOMPARE(entry[u"time"_s].toDouble(), 136.5);
        QCOMPARE(entry[u"response"_s][u"status"_s].toInt(), 0);
        QCOMPARE(entry[u"response"_s][u"_error"_s].toString(), u"net::ERR_TIMED_OUT"_s);
        QCOMPARE(entry[u"request"_s][u"headers"_s].toArray().size(), 1);
        QCOMPARE(entry[u"request"_s][u"postData"_s][u"text"_s].toString(), u"{\"a\":1}"_s);
        QCOMPARE(entry[u"startedDateTime"_s].toString(), u"2024-01-02T03:04:05.006Z"_s);
    }

    void streamedHarIsTheSameDocument_data()
    {
        QTest::addColumn<QByteArray>("har");
        QTest::newRow("pages, failures, comment") << chromeHar();
        QTest::newRow("no entries") << QByteArray("{\"log\":{\"version\":\"1.2\",\"entries\":[]}}");
        QTest::newRow("requests only (Insomnia)")
            << QByteArray("{\"log\":{\"entries\":[{\"request\":{\"method\":\"POST\",\"url\":\"http://a.example/"
                          "x\",\"postData\":{\"text\":\"q\\\"\\n\"}},"
                          "\"response\":{\"status\":0}}]}}");
    }

    void streamedHarIsTheSameDocument()
    {
        // `convert --to har` writes entry by entry; the document must be the one toHarObject builds.
        QFETCH(QByteArray, har);
        const auto capture = HarImporter().importData(har, u"in \"quoted\".har"_s);
        QVERIFY2(capture.ok(), qPrintable(capture.error()));
        const QString note = u"Redacted: 2 × token\nline two"_s;
        QByteArray streamed;
        QBuffer buffer(&streamed);
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        QVERIFY(HarExporter::writeHar(&buffer, capture.value(), note));
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(streamed, &error);
        QVERIFY2(error.error == QJsonParseError::NoError,
                 qPrintable(error.errorString() + u" at "_s + QString::number(error.offset)));
        // Requests that were never sent are dated "now", which differs between two calls.
        auto undated = [](QJsonObject root) {
            QJsonObject log = root[u"log"_s].toObject();
            QJsonArray entries = log[u"entries"_s].toArray();
            for (QJsonValueRef entry : entries) {
                QJsonObject object = entry.toObject();
                object.remove(u"startedDateTime"_s);
                entry = object;
            }
            log[u"entries"_s] = entries;
            root[u"log"_s] = log;
            return root;
        };
        const bool unsent = capture->exchanges.isEmpty();
        const QJsonObject expected = HarExporter::toHarObject(capture.value(), note);
        QCOMPARE(unsent ? undated(document.object()) : document.object(), unsent ? undated(expected) : expected);
        QVERIFY(document.object()[u"log"_s][u"comment"_s].toString().endsWith(u"line two"_s));

        QBuffer readOnly(&streamed);
        QVERIFY(readOnly.open(QIODevice::ReadOnly));
        QVERIFY2(!HarExporter::writeHar(&readOnly, capture.value(), note), "a device that refuses writes is reported");
    }

    void entriesAreToldBatchByBatchAndMakeTheCapture()
    {
        // Given a HAR of 3,000 entries (several batches of the reader), one of them a request
        // never sent (it is no exchange)
        QByteArray har = "{\"log\":{\"entries\":[";
        for (int i = 0; i < 3000; ++i) {
            if (i > 0)
                har += ',';
            if (i == 7) {
                har += "{\"request\":{\"method\":\"GET\",\"url\":\"http://a.example/unsent\"},\"response\":{}}";
                continue;
            }
            har += "{\"startedDateTime\":\"2024-05-01T10:00:00.000Z\",\"request\":{\"method\":\"GET\",\"url\":"
                   "\"http://a.example/";
            har += QByteArray::number(i);
            har += "\"},\"response\":{\"status\":502},\"timings\":{\"wait\":1}}";
        }
        har += "]}}";
        // When it is imported with an entries function
        QList<QList<Exchange>> batches;
        HarImporter importer;
        importer.setEntriesFunction([&batches](const QList<Exchange> &exchanges) { batches.append(exchanges); });
        const Result<Capture> capture = importer.importData(har, u"batches.har"_s);
        QVERIFY2(capture.ok(), qPrintable(capture.error()));
        // Then it was told more than one batch, and the batches together are the capture's exchanges, in order
        QVERIFY2(batches.size() > 1, qPrintable(u"%1 batch(es)"_s.arg(batches.size())));
        QStringList told;
        for (const QList<Exchange> &batch : std::as_const(batches)) {
            for (const Exchange &exchange : batch)
                told.append(exchange.request.url.toString());
        }
        QStringList kept;
        for (const Exchange &exchange : capture->exchanges)
            kept.append(exchange.request.url.toString());
        QCOMPARE(kept.size(), 2999);
        QCOMPARE(told, kept);
    }
};

QTEST_GUILESS_MAIN(HarImportTest)
#include "tst_har_import.moc"
