// HAR import keeps the protocol an entry was recorded over, so that a replay follows the capture:
// an entry over HTTP/2 (Chrome writes httpVersion "http/2.0", Firefox "HTTP/2", mitmproxy
// "HTTP/2.0") or over HTTP/3 (Chrome writes "h3"; WebPageTest's "_protocol" field, e.g. "HTTP/2")
// replays over h2 — there is no QUIC here — and an HTTP/1.1 entry stays HTTP/1.1. The recorded
// response keeps its own version for the views and reports.
#include "capture/HarImporter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Gatescope;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(Gatescope::ProbeOptions::HttpVersion)

namespace {

QString dataPath(const char *name)
{
    return QFINDTESTDATA(u"data/"_s + QString::fromLatin1(name));
}

// A minimal one-entry HAR 1.2 log with the given version fields.
QByteArray oneEntry(const QByteArray &requestVersion, const QByteArray &responseVersion, const QByteArray &protocol)
{
    const QJsonObject request { { u"method"_s, u"GET"_s },
                                { u"url"_s, u"https://h2.example/api"_s },
                                { u"httpVersion"_s, QString::fromLatin1(requestVersion) },
                                { u"headers"_s, QJsonArray() },
                                { u"queryString"_s, QJsonArray() },
                                { u"cookies"_s, QJsonArray() },
                                { u"headersSize"_s, -1 },
                                { u"bodySize"_s, 0 } };
    const QJsonObject response { { u"status"_s, 502 },
                                 { u"statusText"_s, u"Bad Gateway"_s },
                                 { u"httpVersion"_s, QString::fromLatin1(responseVersion) },
                                 { u"headers"_s, QJsonArray() },
                                 { u"cookies"_s, QJsonArray() },
                                 { u"content"_s, QJsonObject { { u"size"_s, 0 }, { u"mimeType"_s, u"text/plain"_s } } },
                                 { u"redirectURL"_s, QString() },
                                 { u"headersSize"_s, -1 },
                                 { u"bodySize"_s, 0 } };
    QJsonObject entry { { u"startedDateTime"_s, u"2026-12-06T10:00:00.000Z"_s },
                        { u"time"_s, 12 },
                        { u"request"_s, request },
                        { u"response"_s, response },
                        { u"cache"_s, QJsonObject() },
                        { u"timings"_s, QJsonObject { { u"send"_s, 1 }, { u"wait"_s, 10 }, { u"receive"_s, 1 } } } };
    if (!protocol.isEmpty())
        entry.insert(u"_protocol"_s, QString::fromLatin1(protocol));
    const QJsonObject log { { u"version"_s, u"1.2"_s },
                            { u"creator"_s, QJsonObject { { u"name"_s, u"test"_s }, { u"version"_s, u"1"_s } } },
                            { u"entries"_s, QJsonArray { entry } } };
    return QJsonDocument(QJsonObject { { u"log"_s, log } }).toJson(QJsonDocument::Compact);
}

} // namespace

class TestHarProtocol : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void recordedFiles_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("entry");
        QTest::addColumn<ProbeOptions::HttpVersion>("version");

        QTest::newRow("Chrome http/2.0") << dataPath("chrome-shop.har") << 0 << ProbeOptions::HttpVersion::Http2;
        QTest::newRow("Chrome HTTP/1.1") << dataPath("chrome-shop.har") << 1 << ProbeOptions::HttpVersion::Http11;
        QTest::newRow("Firefox HTTP/2") << dataPath("h3-firefox128-failed.har") << 0
                                        << ProbeOptions::HttpVersion::Http2;
        QTest::newRow("Firefox HTTP/2 request of a failed entry")
            << dataPath("h3-firefox128-failed.har") << 1 << ProbeOptions::HttpVersion::Http2;
        QTest::newRow("mitmproxy HTTP/2.0")
            << dataPath("h3-mitmproxy10-savehar.har") << 0 << ProbeOptions::HttpVersion::Http2;
        QTest::newRow("mitmproxy HTTP/1.1")
            << dataPath("h3-mitmproxy10-savehar.har") << 1 << ProbeOptions::HttpVersion::Http11;
    }

    void recordedFiles()
    {
        QFETCH(QString, file);
        QFETCH(int, entry);
        QFETCH(ProbeOptions::HttpVersion, version);
        QVERIFY(!file.isEmpty());
        const Result<Capture> capture = HarImporter().importFile(file);
        QVERIFY2(capture, qPrintable(capture ? QString() : capture.error()));
        QVERIFY(entry < capture->requests.size());
        QCOMPARE(capture->requests.at(entry).options.httpVersion, version);
    }

    void versionWords_data()
    {
        QTest::addColumn<QByteArray>("requestVersion");
        QTest::addColumn<QByteArray>("responseVersion");
        QTest::addColumn<QByteArray>("protocol");
        QTest::addColumn<ProbeOptions::HttpVersion>("version");
        QTest::addColumn<QByteArray>("kept"); // the recorded response's version

        QTest::newRow("Chrome h3: replayed over h2, recorded as HTTP/3")
            << QByteArray("h3") << QByteArray("h3") << QByteArray() << ProbeOptions::HttpVersion::Http2
            << QByteArray("HTTP/3");
        QTest::newRow("h2 in httpVersion") << QByteArray("h2") << QByteArray("h2") << QByteArray()
                                           << ProbeOptions::HttpVersion::Http2 << QByteArray("HTTP/2");
        QTest::newRow("WebPageTest _protocol HTTP/2 with empty versions")
            << QByteArray() << QByteArray() << QByteArray("HTTP/2") << ProbeOptions::HttpVersion::Http2
            << QByteArray("HTTP/1.1");
        QTest::newRow("HTTP/1.1 stays HTTP/1.1") << QByteArray("HTTP/1.1") << QByteArray("HTTP/1.1") << QByteArray()
                                                 << ProbeOptions::HttpVersion::Http11 << QByteArray("HTTP/1.1");
    }

    void versionWords()
    {
        QFETCH(QByteArray, requestVersion);
        QFETCH(QByteArray, responseVersion);
        QFETCH(QByteArray, protocol);
        QFETCH(ProbeOptions::HttpVersion, version);
        QFETCH(QByteArray, kept);
        const Result<Capture> capture
            = HarImporter().importData(oneEntry(requestVersion, responseVersion, protocol), u"versions.har"_s);
        QVERIFY2(capture, qPrintable(capture ? QString() : capture.error()));
        QCOMPARE(capture->requests.size(), 1);
        QCOMPARE(capture->requests.first().options.httpVersion, version);
        QCOMPARE(capture->exchanges.size(), 1);
        QVERIFY(capture->exchanges.first().response.has_value());
        QCOMPARE(capture->exchanges.first().response->httpVersion, kept);
        // What the replay speaks is an option of the request, not part of the recorded exchange.
        QVERIFY(capture->exchanges.first().protocol.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestHarProtocol)
#include "tst_har_protocol.moc"
