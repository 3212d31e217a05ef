// "Try over HTTP/1.1 / HTTP/2" (hops/ProtocolComparison): the same request sent over both
// protocols to the lab's h2 origin on loopback — which answers over HTTP/1.1 too, where its h2
// faults do not exist — and to the HTTP/1.1-only fault server, with the finding and the words
// of the conclusion each case gets: a fault over one protocol only is called out, a server that
// did not agree to HTTP/2 is said to be one.
#include "hops/ProtocolComparison.h"
#include "lab/FaultServer.h"
#include "lab/Http2FaultServer.h"
#include "probe/ProbeEngine.h"

#include <QTcpServer>
#include <QTest>

using namespace Gatescope;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(Gatescope::ProtocolComparison::Finding)

class TestProtocolComparison : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_h2.start(), qPrintable(m_h2.errorString()));
        QVERIFY2(m_h1.start(), qPrintable(m_h1.errorString()));
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        m_closedPort = closed.serverPort();
    }

    void findings_data()
    {
        QTest::addColumn<QString>("server"); // h2 (TLS), h2c (plain), h1 (TLS), closed
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("headerBytes"); // an extra request header this large
        QTest::addColumn<ProtocolComparison::Finding>("finding");
        QTest::addColumn<QString>("spoken"); // what the HTTP/2 attempt spoke
        QTest::addColumn<QString>("cause"); // of the failing side ("" when none fails)
        QTest::addColumn<QString>("words"); // in the conclusion

        using F = ProtocolComparison::Finding;
        QTest::newRow("RST_STREAM REFUSED_STREAM over TLS: only over HTTP/2")
            << u"h2"_s << u"/rst?code=7"_s << 0 << F::OnlyHttp2Fails << u"h2"_s << u"transport.h2-stream-reset"_s
            << u"concurrent streams"_s;
        QTest::newRow("a header list past MAX_HEADER_LIST_SIZE: only over HTTP/2")
            << u"h2"_s << u"/json"_s << 20000 << F::OnlyHttp2Fails << u"h2"_s << u"transport.h2-header-refused"_s
            << u"header list"_s;
        QTest::newRow("GOAWAY before the answer, h2c by Upgrade: only over HTTP/2")
            << u"h2c"_s << u"/goaway?code=0"_s << 0 << F::OnlyHttp2Fails << u"h2"_s << u"transport.h2-goaway"_s
            << u"GOAWAY"_s;
        QTest::newRow("a 502 over HTTP/1.1 only")
            << u"h2"_s << u"/502-over-http1"_s << 0 << F::OnlyHttp11Fails << u"h2"_s << u"upstream.error"_s
            << u"HTTP/2 clients such as browsers do not see it"_s;
        QTest::newRow("both answer alike") << u"h2"_s << u"/json"_s << 0 << F::BothAnswer << u"h2"_s << QString()
                                           << u"the protocol makes no difference"_s;
        QTest::newRow("no answer over either: both fail alike")
            << u"h2"_s << u"/hang"_s << 0 << F::BothFailAlike << u"h2"_s << u"transport.timeout"_s
            << u"the protocol is not the cause"_s;
        QTest::newRow("a TLS server without h2 chooses HTTP/1.1 by ALPN")
            << u"h1"_s << u"/json"_s << 0 << F::NoHttp2 << u"http/1.1"_s << QString() << u"(ALPN)"_s;
        QTest::newRow("a plain server that does not take the h2c Upgrade")
            << u"h2c"_s << u"/json?upgrade=no"_s << 0 << F::NoHttp2 << u"http/1.1"_s << QString()
            << u"did not take the h2c Upgrade"_s;
        QTest::newRow("a refused port: both fail alike")
            << u"closed"_s << u"/json"_s << 0 << F::BothFailAlike << QString() << u"transport.refused"_s
            << u"the protocol is not the cause"_s;
    }

    void findings()
    {
        QFETCH(QString, server);
        QFETCH(QString, path);
        QFETCH(int, headerBytes);
        QFETCH(ProtocolComparison::Finding, finding);
        QFETCH(QString, spoken);
        QFETCH(QString, cause);
        QFETCH(QString, words);

        RequestSpec request;
        request.url = server == u"h2" ? m_h2.tlsUrl(path)
            : server == u"h2c"        ? m_h2.url(path)
            : server == u"h1"         ? m_h1.tlsUrl(path)
                                      : QUrl(u"http://127.0.0.1:%1%2"_s.arg(m_closedPort).arg(path));
        request.options.verifyTls = false; // the lab's self-signed certificate
        request.options.useEnvironmentProxy = false;
        request.options.firstByteTimeoutMs = 800;
        request.options.totalTimeoutMs = 5000;
        if (headerBytes > 0)
            request.headers.append(HeaderField { "X-Large", QByteArray(headerBytes, 'h') });

        const QList<ComparedPath> paths = ProtocolComparison::run(
            request, [](const RequestSpec &r) { return ProbeEngine::run(r); }, Diagnoser());
        QCOMPARE(paths.size(), 2);
        const QString conclusion = ProtocolComparison::conclusion(paths);
        const QString what = u"HTTP/1.1: %1 %2 (%3); HTTP/2: %4 %5 (%6) — %7"_s.arg(
            paths[0].exchange.protocol, OriginComparison::resultWords(paths[0]), paths[0].diagnosis.cause,
            paths[1].exchange.protocol, OriginComparison::resultWords(paths[1]), paths[1].diagnosis.cause, conclusion);
        QCOMPARE(paths[0].target, u"HTTP/1.1"_s);
        QCOMPARE(paths[1].target, u"HTTP/2"_s);
        QCOMPARE(paths[0].request.options.httpVersion, ProbeOptions::HttpVersion::Http11);
        QCOMPARE(paths[1].request.options.httpVersion, ProbeOptions::HttpVersion::Http2);
        QVERIFY2(ProtocolComparison::finding(paths) == finding, qPrintable(what));
        QCOMPARE(paths[1].exchange.protocol, spoken);
        if (!cause.isEmpty()) {
            const bool only11 = finding == ProtocolComparison::Finding::OnlyHttp11Fails;
            QVERIFY2(paths[only11 ? 0 : 1].diagnosis.cause == cause, qPrintable(what));
        }
        QVERIFY2(conclusion.contains(words), qPrintable(what));
        // The rows that differ are those of the verdict: a one-protocol fault differs in outcome or status.
        if (finding == ProtocolComparison::Finding::OnlyHttp2Fails
            || finding == ProtocolComparison::Finding::OnlyHttp11Fails) {
            const QStringList differences = OriginComparison::differences(paths[0], paths[1]);
            QVERIFY2(differences.contains(u"cause"_s), qPrintable(differences.join(u", "_s)));
        }
    }

    void redirectsAreNotFollowed()
    {
        RequestSpec request;
        request.url = m_h2.tlsUrl(u"/json"_s);
        request.options.followRedirects = true;
        for (const ComparedPath &path : ProtocolComparison::paths(request))
            QVERIFY(!path.request.options.followRedirects);
    }

private:
    Http2FaultServer m_h2;
    FaultServer m_h1;
    quint16 m_closedPort = 0;
};

QTEST_GUILESS_MAIN(TestProtocolComparison)
#include "tst_protocolcomparison.moc"
