// Reports of an exchange that went over HTTP/2: the JSON carries the protocol, the frames and the
// h2 failure beside the transport (docs/diagnosis-contract.md, "Added (issue 20)"); Markdown and
// HTML list the frames that tell. The exchange is a real probe of the lab's h2 origin on loopback.
#include "diagnosis/Diagnoser.h"
#include "lab/Http2FaultServer.h"
#include "probe/ProbeEngine.h"
#include "report/ReportWriter.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Gatescope;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(Gatescope::ReportFormat)

class TestReportFrames : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_h2.start());
        RequestSpec request;
        request.url = m_h2.url(u"/rst?code=7"_s);
        request.options.useEnvironmentProxy = false;
        request.options.httpVersion = ProbeOptions::HttpVersion::Http2PriorKnowledge;
        m_exchange = ProbeEngine::run(request).value(0);
        QCOMPARE(m_exchange.protocol, u"h2"_s);
    }

    void json()
    {
        const QJsonObject exchange = QJsonDocument::fromJson(write(ReportFormat::Json))
                                         .object()
                                         .value(u"exchanges"_s)
                                         .toArray()
                                         .first()
                                         .toObject();
        QCOMPARE(exchange.value(u"protocol"_s).toString(), u"h2"_s);
        const QJsonObject transport = exchange.value(u"transport"_s).toObject();
        QCOMPARE(transport.value(u"http2Failure"_s).toString(), u"stream-reset"_s);
        QCOMPARE(transport.value(u"http2ErrorCode"_s).toString(), u"REFUSED_STREAM"_s);
        const QJsonArray frames = exchange.value(u"frames"_s).toArray();
        QCOMPARE(frames.size(), m_exchange.frames.size());
        bool reset = false;
        for (const QJsonValue &frame : frames) {
            const QJsonObject f = frame.toObject();
            if (f.value(u"type"_s) == u"RST_STREAM"_s && f.value(u"direction"_s) == u"in"_s)
                reset = f.value(u"errorCode"_s) == u"REFUSED_STREAM"_s && f.value(u"streamId"_s).toInt() == 1;
        }
        QVERIFY(reset);
        QCOMPARE(exchange.value(u"diagnosis"_s).toObject().value(u"cause"_s).toString(),
                 u"transport.h2-stream-reset"_s);
    }

    void humanFormats_data()
    {
        QTest::addColumn<ReportFormat>("format");
        QTest::newRow("Markdown") << ReportFormat::Markdown;
        QTest::newRow("HTML") << ReportFormat::Html;
    }

    void humanFormats()
    {
        QFETCH(ReportFormat, format);
        const QString text = QString::fromUtf8(write(format));
        QVERIFY(text.contains(u"HTTP/2 frames"_s));
        QVERIFY(text.contains(u"RST_STREAM"_s));
        QVERIFY(text.contains(u"REFUSED_STREAM"_s));
    }

private:
    QByteArray write(ReportFormat format) const
    {
        ReportDocument document;
        document.inputKind = u"url"_s;
        document.inputName = m_exchange.request.url.toString();
        document.entries.append({ m_exchange, Diagnoser().diagnose(m_exchange) });
        const PreparedReport report = PreparedReport::prepare(std::move(document), RedactionOptions());
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        if (!ReportWriter::write(&buffer, report, format))
            return {};
        return buffer.data();
    }

    Http2FaultServer m_h2;
    Exchange m_exchange;
};

QTEST_GUILESS_MAIN(TestReportFrames)
#include "tst_reportframes.moc"
