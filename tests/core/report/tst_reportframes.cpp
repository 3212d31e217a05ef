// Reports of an exchange that went over HTTP/2: the JSON carries the protocol, the frames and the
// h2 failure beside the transport (docs/diagnosis-contract.md, "Added (issue 20)"); Markdown,
// HTML and text list the frames that tell. GOAWAY debug data is the server's free text: redacted
// like any text, and the raw frame bytes (HPACK-compressed, unsearchable) are left out of a
// redacted report. The exchanges are real probes of the lab's h2 origin on loopback.
#include "diagnosis/Diagnoser.h"
#include "lab/Http2FaultServer.h"
#include "probe/ProbeEngine.h"
#include "redaction/Redactor.h"
#include "report/ReportWriter.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <algorithm>

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
        m_exchange = probe(u"/rst?code=7"_s);
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
        QTest::newRow("text") << ReportFormat::Text;
    }

    void humanFormats()
    {
        QFETCH(ReportFormat, format);
        const QString text = QString::fromUtf8(write(format));
        QVERIFY(text.contains(u"HTTP/2 frames"_s));
        QVERIFY(text.contains(u"RST_STREAM"_s));
        QVERIFY(text.contains(u"REFUSED_STREAM"_s));
    }

    void goAwayDebugDataIsRedacted_data()
    {
        QTest::addColumn<ReportFormat>("format");
        QTest::addColumn<QString>("debug"); // what the server writes as GOAWAY debug data
        QTest::addColumn<QString>("secret"); // the part no report may show
        QTest::addColumn<QString>("kept"); // the part it still shows
        QTest::addColumn<QString>("kind"); // what the redaction count names (RedactionKind)

        // A JWT (RFC 7519 §3.1's example header and claims) and a named token, as a gateway could
        // echo a request's credentials into its debug data.
        const QString jwt
            = u"eyJ0eXAiOiJKV1QiLA0KICJhbGciOiJIUzI1NiJ9.eyJpc3MiOiJqb2UiLA0KICJleHAiOjEzMDA4MTkzODAsDQogImh0dHA6Ly9leGFtcGxlLmNvbS9pc19yb290Ijp0cnVlfQ.dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wjgkRdm9aHak"_s;
        const QString named = u"access_token=lab-7f3a9c2e1d"_s;
        for (const auto &[name, format] :
             { std::pair { "JSON", ReportFormat::Json }, std::pair { "Markdown", ReportFormat::Markdown },
               std::pair { "HTML", ReportFormat::Html }, std::pair { "text", ReportFormat::Text } }) {
            QTest::newRow(qPrintable(u"%1: a JWT in the debug data"_s.arg(QLatin1StringView(name))))
                << format << u"draining; caller "_s + jwt << jwt << u"draining; caller"_s
                << QString::fromUtf16(RedactionKind::Jwt);
            QTest::newRow(qPrintable(u"%1: a named token in the debug data"_s.arg(QLatin1StringView(name))))
                << format << u"reload "_s + named << u"lab-7f3a9c2e1d"_s << u"access_token="_s
                << QString::fromUtf16(RedactionKind::NamedValue);
        }
    }

    void goAwayDebugDataIsRedacted()
    {
        QFETCH(ReportFormat, format);
        QFETCH(QString, debug);
        QFETCH(QString, secret);
        QFETCH(QString, kept);
        QFETCH(QString, kind);

        // In base64url, so that the URL in the report does not show the secret itself.
        const Exchange exchange = probe(u"/goaway?debug="_s
                                        + QString::fromLatin1(debug.toUtf8().toBase64(
                                            QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals)));
        QCOMPARE(exchange.http2.failure, u"goaway"_s);
        // Unredacted, the secret is there: in the frame, the transport detail and the raw frames.
        const auto goAway = std::find_if(exchange.frames.cbegin(), exchange.frames.cend(),
                                         [](const Http2Frame &frame) { return frame.type == u"GOAWAY"; });
        QVERIFY(goAway != exchange.frames.cend());
        QCOMPARE(goAway->detail, debug);
        QVERIFY(exchange.rawResponse.contains(secret.toUtf8()));

        const QByteArray written = write(exchange, format);
        QVERIFY(!written.isEmpty());
        const QString text = QString::fromUtf8(written);
        QVERIFY2(!text.contains(secret), qPrintable(text));
        QVERIFY2(text.contains(kept), qPrintable(text));
        if (format != ReportFormat::Json) {
            QVERIFY(text.contains(RedactionSummary::kindName(kind)));
            QVERIFY(text.contains(RedactionSummary::kindName(QString::fromUtf16(RedactionKind::Http2Frames))));
            return;
        }
        const QJsonObject report = QJsonDocument::fromJson(written).object();
        const QJsonObject json = report.value(u"exchanges"_s).toArray().first().toObject();
        for (const QJsonValue &frame : json.value(u"frames"_s).toArray()) {
            if (frame.toObject().value(u"type"_s) == u"GOAWAY"_s)
                QVERIFY(frame.toObject().value(u"detail"_s).toString().contains(kept));
        }
        // The raw frames are left out whole, and the redaction count says so.
        QVERIFY(!QByteArray::fromBase64(json.value(u"raw"_s).toString().toLatin1()).contains(secret.toUtf8()));
        QVERIFY(written.contains("\"http2-frames\""));
        QVERIFY(written.contains(QByteArray('"' + kind.toLatin1() + '"')));
    }

private:
    Exchange probe(const QString &pathAndQuery) const
    {
        RequestSpec request;
        request.url = m_h2.url(pathAndQuery);
        request.options.useEnvironmentProxy = false;
        request.options.httpVersion = ProbeOptions::HttpVersion::Http2PriorKnowledge;
        return ProbeEngine::run(request).value(0);
    }

    QByteArray write(ReportFormat format) const { return write(m_exchange, format); }

    static QByteArray write(const Exchange &exchange, ReportFormat format)
    {
        ReportDocument document;
        document.inputKind = u"url"_s;
        document.inputName = exchange.request.url.toString();
        document.entries.append({ exchange, Diagnoser().diagnose(exchange) });
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
