// Chrome's HTTP/2 error names in a HAR (`_error`) become the HTTP/2 causes a probe over h2 would
// give, not a generic invalid response: each row names the Chromium source of what the name means
// (net/base/net_error_list.h, net/spdy/spdy_stream.cc). ERR_HTTP2_PROTOCOL_ERROR before any answer
// is a refused header block when the request's headers give a reason (the usual cause), a stream
// reset otherwise; names that mean the server broke the protocol stay an invalid response.
#include "capture/HarExporter.h"
#include "capture/HarImporter.h"
#include "diagnosis/Diagnoser.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Gatescope;
using namespace Qt::StringLiterals;

namespace {

// One Chrome-style HAR entry over h2: lowercase request headers, and either no response
// (status 0) or a 200 whose body was cut, with `_error` on the response.
QByteArray chromeEntry(const QString &error, qsizetype cookieBytes, bool responseBegan)
{
    QJsonArray headers { QJsonObject { { u"name"_s, u"accept"_s }, { u"value"_s, u"application/json"_s } },
                         QJsonObject { { u"name"_s, u"user-agent"_s },
                                       { u"value"_s, u"Mozilla/5.0 (X11; Linux x86_64) Chrome/131.0.0.0"_s } } };
    if (cookieBytes > 0)
        headers.append(
            QJsonObject { { u"name"_s, u"cookie"_s }, { u"value"_s, QString(u"s="_s + QString(cookieBytes, u'c')) } });
    const QJsonObject request { { u"method"_s, u"GET"_s },
                                { u"url"_s, u"https://shop.example.test/api/cart"_s },
                                { u"httpVersion"_s, u"http/2.0"_s },
                                { u"headers"_s, headers },
                                { u"queryString"_s, QJsonArray() },
                                { u"cookies"_s, QJsonArray() },
                                { u"headersSize"_s, -1 },
                                { u"bodySize"_s, 0 } };
    QJsonObject response { { u"status"_s, responseBegan ? 200 : 0 },
                           { u"statusText"_s, QString() },
                           { u"httpVersion"_s, responseBegan ? u"http/2.0"_s : QString() },
                           { u"headers"_s, QJsonArray() },
                           { u"cookies"_s, QJsonArray() },
                           { u"content"_s, QJsonObject { { u"size"_s, 0 }, { u"mimeType"_s, QString() } } },
                           { u"redirectURL"_s, QString() },
                           { u"headersSize"_s, -1 },
                           { u"bodySize"_s, -1 },
                           { u"_error"_s, error } };
    if (responseBegan)
        response.insert(u"headers"_s,
                        QJsonArray { QJsonObject { { u"name"_s, u"content-length"_s }, { u"value"_s, u"5000"_s } } });
    const QJsonObject entry { { u"startedDateTime"_s, u"2026-12-06T10:00:00.000Z"_s },
                              { u"time"_s, 40 },
                              { u"request"_s, request },
                              { u"response"_s, response },
                              { u"cache"_s, QJsonObject() },
                              { u"timings"_s,
                                QJsonObject { { u"send"_s, 1 }, { u"wait"_s, 38 }, { u"receive"_s, 1 } } } };
    const QJsonObject log { { u"version"_s, u"1.2"_s },
                            { u"creator"_s,
                              QJsonObject { { u"name"_s, u"WebInspector"_s }, { u"version"_s, u"537.36"_s } } },
                            { u"entries"_s, QJsonArray { entry } } };
    return QJsonDocument(QJsonObject { { u"log"_s, log } }).toJson(QJsonDocument::Compact);
}

} // namespace

class TestChromeHttp2Errors : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void becomeHttp2Causes_data()
    {
        QTest::addColumn<QString>("error");
        QTest::addColumn<qsizetype>("cookieBytes");
        QTest::addColumn<bool>("responseBegan");
        QTest::addColumn<QString>("outcome");
        QTest::addColumn<QString>("failure");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("cause");

        // net_error_list.h -337 "There is an HTTP/2 protocol error."; spdy_stream.cc reports a
        // RST_STREAM with a code other than NO_ERROR, REFUSED_STREAM or HTTP_1_1_REQUIRED as it.
        QTest::newRow("ERR_HTTP2_PROTOCOL_ERROR, ordinary headers: the server reset the stream")
            << u"net::ERR_HTTP2_PROTOCOL_ERROR"_s << qsizetype(0) << false << u"reset"_s << u"stream-reset"_s
            << u"PROTOCOL_ERROR"_s << u"transport.h2-stream-reset"_s;
        QTest::newRow("ERR_HTTP2_PROTOCOL_ERROR with a 20,000-byte cookie: the header block was refused")
            << u"net::ERR_HTTP2_PROTOCOL_ERROR"_s << qsizetype(20000) << false << u"reset"_s << u"header-refused"_s
            << u"PROTOCOL_ERROR"_s << u"transport.h2-header-refused"_s;
        QTest::newRow("ERR_HTTP2_PROTOCOL_ERROR after the response began: a reset during the body")
            << u"net::ERR_HTTP2_PROTOCOL_ERROR"_s << qsizetype(20000) << true << u"reset"_s << u"stream-reset"_s
            << u"PROTOCOL_ERROR"_s << u"transport.h2-stream-reset"_s;
        // Chrome before 60 named HTTP/2 errors ERR_SPDY_* (the same codes in net_error_list.h).
        QTest::newRow("ERR_SPDY_PROTOCOL_ERROR (older Chrome)")
            << u"net::ERR_SPDY_PROTOCOL_ERROR"_s << qsizetype(0) << false << u"reset"_s << u"stream-reset"_s
            << u"PROTOCOL_ERROR"_s << u"transport.h2-stream-reset"_s;
        // -351 "HTTP/2 server refused the request without processing, and sent either a GOAWAY
        // frame with error code NO_ERROR and Last-Stream-ID lower than the stream id ... or a
        // RST_STREAM frame with error code REFUSED_STREAM."
        QTest::newRow("ERR_HTTP2_SERVER_REFUSED_STREAM: RST_STREAM REFUSED_STREAM")
            << u"net::ERR_HTTP2_SERVER_REFUSED_STREAM"_s << qsizetype(0) << false << u"reset"_s << u"stream-reset"_s
            << u"REFUSED_STREAM"_s << u"transport.h2-stream-reset"_s;
        // -365 "HTTP_1_1_REQUIRED error code received on HTTP/2 session."
        QTest::newRow("ERR_HTTP_1_1_REQUIRED: RST_STREAM HTTP_1_1_REQUIRED")
            << u"net::ERR_HTTP_1_1_REQUIRED"_s << qsizetype(0) << false << u"reset"_s << u"stream-reset"_s
            << u"HTTP_1_1_REQUIRED"_s << u"transport.h2-stream-reset"_s;
        // -372 "Received HTTP/2 RST_STREAM frame with NO_ERROR error code."
        QTest::newRow("ERR_HTTP2_RST_STREAM_NO_ERROR_RECEIVED: RST_STREAM NO_ERROR")
            << u"net::ERR_HTTP2_RST_STREAM_NO_ERROR_RECEIVED"_s << qsizetype(0) << false << u"reset"_s
            << u"stream-reset"_s << u"NO_ERROR"_s << u"transport.h2-stream-reset"_s;
        // -361 "The peer violated HTTP/2 flow control.": the server sent more than the window
        // allowed (Chrome ends the connection), not a request body waiting on a shut window.
        QTest::newRow("ERR_HTTP2_FLOW_CONTROL_ERROR: the server broke flow control, an invalid response")
            << u"net::ERR_HTTP2_FLOW_CONTROL_ERROR"_s << qsizetype(0) << false << u"invalid-response"_s << QString()
            << QString() << u"transport.invalid-response"_s;
        // -363 "Decoding or encoding of compressed HTTP/2 headers failed." (the response's HPACK).
        QTest::newRow("ERR_HTTP2_COMPRESSION_ERROR: the response's header block did not decode")
            << u"net::ERR_HTTP2_COMPRESSION_ERROR"_s << qsizetype(0) << false << u"invalid-response"_s << QString()
            << QString() << u"transport.invalid-response"_s;
    }

    void becomeHttp2Causes()
    {
        QFETCH(QString, error);
        QFETCH(qsizetype, cookieBytes);
        QFETCH(bool, responseBegan);
        QFETCH(QString, outcome);
        QFETCH(QString, failure);
        QFETCH(QString, code);
        QFETCH(QString, cause);

        const Result<Capture> capture
            = HarImporter().importData(chromeEntry(error, cookieBytes, responseBegan), u"chrome.har"_s);
        QVERIFY2(capture, qPrintable(capture ? QString() : capture.error()));
        QCOMPARE(capture->exchanges.size(), 1);
        const Exchange &exchange = capture->exchanges.first();
        const QString what
            = u"%1 %2 '%3' %4: %5"_s.arg(outcomeId(exchange.transport.outcome), phaseId(exchange.transport.phase),
                                         exchange.http2.failure, exchange.http2.errorCode, exchange.transport.detail);
        QVERIFY2(outcomeId(exchange.transport.outcome) == outcome, qPrintable(what));
        QCOMPARE(exchange.http2.failure, failure);
        QCOMPARE(exchange.http2.errorCode, code);
        QCOMPARE(exchange.transport.phase, responseBegan ? Phase::Download : Phase::Wait);
        if (failure == u"header-refused")
            QVERIFY2(exchange.transport.detail.contains(u"cookie"_s), qPrintable(what));
        QCOMPARE(Diagnoser().diagnose(exchange).cause, cause);
    }

    // An exchange the probe ended over h2, written to a HAR and read back: _error holds the name
    // Chrome gives the same ending, so the failure and its code survive the round trip.
    void probeEndingsSurviveAHar_data()
    {
        QTest::addColumn<QString>("failure");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("error");

        QTest::newRow("RST_STREAM REFUSED_STREAM")
            << u"stream-reset"_s << u"REFUSED_STREAM"_s << u"net::ERR_HTTP2_SERVER_REFUSED_STREAM"_s;
        QTest::newRow("RST_STREAM HTTP_1_1_REQUIRED")
            << u"stream-reset"_s << u"HTTP_1_1_REQUIRED"_s << u"net::ERR_HTTP_1_1_REQUIRED"_s;
        QTest::newRow("RST_STREAM NO_ERROR before the response")
            << u"stream-reset"_s << u"NO_ERROR"_s << u"net::ERR_HTTP2_RST_STREAM_NO_ERROR_RECEIVED"_s;
        QTest::newRow("RST_STREAM PROTOCOL_ERROR")
            << u"stream-reset"_s << u"PROTOCOL_ERROR"_s << u"net::ERR_HTTP2_PROTOCOL_ERROR"_s;
    }

    void probeEndingsSurviveAHar()
    {
        QFETCH(QString, failure);
        QFETCH(QString, code);
        QFETCH(QString, error);
        Exchange exchange;
        exchange.request.url = QUrl(u"https://shop.example.test/api/cart"_s);
        exchange.protocol = u"h2"_s;
        exchange.transport.outcome = Outcome::Reset;
        exchange.transport.phase = Phase::Wait;
        exchange.transport.detail = u"the server reset the stream with %1 before answering"_s.arg(code);
        exchange.http2 = Http2Ending { failure, code };
        const QJsonObject entry = HarExporter::entryForExchange(exchange);
        QCOMPARE(entry.value(u"response"_s).toObject().value(u"_error"_s).toString(), error);
        QStringList warnings;
        const Exchange back = HarImporter::exchangeFromEntry(entry, 0, &warnings);
        QCOMPARE(back.transport.outcome, Outcome::Reset);
        QCOMPARE(back.http2, exchange.http2);
        QCOMPARE(Diagnoser().diagnose(back).cause, u"transport.h2-stream-reset"_s);
    }
};

QTEST_GUILESS_MAIN(TestChromeHttp2Errors)
#include "tst_chromehttp2errors.moc"
