// ReportWriter: the diagnosis document, Markdown and HTML put the verdict first, escape what was
// captured, quote the curl command for bash, and give one report with a summary for many exchanges.
#include "SecretsCorpus.h"
#include "diagnosis/Fingerprints.h"
#include "report/ReportWriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QStandardPaths>
#include <QTest>
#include <QTranslator>

using namespace Gatescope;
using namespace Qt::StringLiterals;

namespace {

// A translator for the products' names only: "«name»" for every text of the context
// GatewayFingerprint::TranslationContext, nothing for any other. What it changes went through
// QCoreApplication::translate with that context, as the German and Chinese names do once the
// translators fill them in.
class ProductNameTranslator : public QTranslator
{
public:
    QString translate(const char *context, const char *sourceText, const char *, int) const override
    {
        if (qstrcmp(context, GatewayFingerprint::TranslationContext) != 0)
            return {};
        return u"«"_s + QString::fromUtf8(sourceText) + u"»"_s;
    }
    bool isEmpty() const override { return false; }
};

} // namespace

class tst_ReportWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void json_isTheDiagnosisDocumentOfTheContract();
    void everyFormatShowsTheHopChainWithTheProducerAndWhereTheWaitWent();
    void theUsersCorrectedTimeoutsAreAuditedInEveryFormat();
    void productNamesAreShownInTheUsersLanguage_data();
    void productNamesAreShownInTheUsersLanguage();
    void markdown_putsTheVerdictFirstThenPathChecklistTimingsRequestAndBody();
    void markdown_bodyFenceIsLongerThanAnyBacktickRunInTheBody();
    void markdown_tableCellsSurvivePipesAndBackticks();
    void html_escapesEveryCapturedByte_data();
    void html_escapesEveryCapturedByte();
    void html_isSelfContainedWithAScriptForbiddingPolicy();
    void manyExchanges_giveOneReportWithASummaryTable();
    void everyFormat_saysWhatWasRedacted_data();
    void everyFormat_saysWhatWasRedacted();
    void curlCommand_givesBashTheSameArguments_data();
    void curlCommand_givesBashTheSameArguments();
};

static PreparedReport corpus(bool redact = true)
{
    RedactionOptions options;
    options.enabled = redact;
    return PreparedReport::prepare(TestCorpus::secretsCorpusDocument(), options);
}

static ReportDocument oneBody(const QByteArray &body)
{
    ReportDocument document = TestCorpus::secretsCorpusDocument();
    document.entries = document.entries.mid(0, 1);
    document.entries[0].exchange.response->body = body;
    document.entries[0].exchange.response->headers = { { "Content-Type", "text/html" } };
    return document;
}

void tst_ReportWriter::json_isTheDiagnosisDocumentOfTheContract()
{
    const PreparedReport report = corpus();
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(ReportWriter::json(report), &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    const QJsonObject root = document.object();
    QCOMPARE(root.value(u"schema"_s).toString(), u"gatescope.diagnosis/1"_s);
    QCOMPARE(root.value(u"tool"_s).toObject().value(u"name"_s).toString(), u"gatescope"_s);
    QCOMPARE(root.value(u"input"_s).toObject().value(u"kind"_s).toString(), u"har"_s);
    const QJsonArray exchanges = root.value(u"exchanges"_s).toArray();
    QCOMPARE(exchanges.size(), 3);
    const QJsonObject first = exchanges.at(0).toObject();
    QCOMPARE(first.value(u"response"_s).toObject().value(u"status"_s).toInt(), 502);
    const QJsonObject diagnosis = first.value(u"diagnosis"_s).toObject();
    QCOMPARE(diagnosis.value(u"cause"_s).toString(), u"upstream.refused"_s);
    QCOMPARE(diagnosis.value(u"producer"_s).toObject().value(u"product"_s).toString(), u"nginx"_s);
    QCOMPARE(diagnosis.value(u"path"_s).toArray().size(), 3);
    QCOMPARE(diagnosis.value(u"checklist"_s).toObject().value(u"items"_s).toArray().size(), 2);
    QVERIFY(diagnosis.value(u"retry"_s).toObject().value(u"afterSeconds"_s).isNull());
    QVERIFY(exchanges.at(1).toObject().value(u"response"_s).isNull());
    QCOMPARE(exchanges.at(1).toObject().value(u"transport"_s).toObject().value(u"outcome"_s).toString(), u"reset"_s);
    QCOMPARE(exchanges.at(2)
                 .toObject()
                 .value(u"diagnosis"_s)
                 .toObject()
                 .value(u"retry"_s)
                 .toObject()
                 .value(u"afterSeconds"_s)
                 .toInt(),
             120);
    const QJsonArray requestHeaders = first.value(u"request"_s).toObject().value(u"headers"_s).toArray();
    QCOMPARE(requestHeaders.at(1).toArray().at(1).toString(), u"Bearer [redacted]"_s);
    const QJsonObject redaction = root.value(u"redaction"_s).toObject();
    QVERIFY(redaction.value(u"enabled"_s).toBool());
    QCOMPARE(redaction.value(u"total"_s).toInt(), report.redaction.total());
    QVERIFY(redaction.value(u"counts"_s).toObject().value(u"cookie"_s).toInt() >= 2);
}

void tst_ReportWriter::markdown_putsTheVerdictFirstThenPathChecklistTimingsRequestAndBody()
{
    const QString md = ReportWriter::markdown(corpus());
    const QStringList inOrder { u"## Exchange 1"_s,
                                u"**Verdict**"_s,
                                u"upstream.refused"_s,
                                u"> nginx could not connect to its upstream"_s,
                                u"### Decision path"_s,
                                u"1. Who answered 502"_s, // the rule's title; its id stays in JSON
                                u"### Evidence"_s,
                                u"### Checklist: Upstream refused the connection"_s,
                                u"- [ ] Check that the upstream service"_s,
                                u"### Timings"_s,
                                u"| DNS | 400 µs |"_s,
                                u"### Request"_s,
                                u"```bash\ncurl "_s,
                                u"### Response headers"_s,
                                u"```http\nHTTP/1.1 502 Bad Gateway"_s,
                                u"### Response body"_s,
                                u"<title>502 Bad Gateway</title>"_s,
                                u"## Exchange 2"_s };
    qsizetype position = 0;
    for (const QString &part : inOrder) {
        const qsizetype found = md.indexOf(part, position);
        QVERIFY2(found >= 0, qPrintable(u"missing or out of order: "_s + part + u"\n---\n"_s + md));
        position = found + part.size();
    }
}

void tst_ReportWriter::markdown_bodyFenceIsLongerThanAnyBacktickRunInTheBody()
{
    const PreparedReport report = PreparedReport::prepare(oneBody("before\n`````\nstill inside\n"), {});
    const QString md = ReportWriter::markdown(report);
    QVERIFY2(md.contains(u"``````\nbefore\n`````\nstill inside\n``````\n"_s), qPrintable(md));
}

void tst_ReportWriter::markdown_tableCellsSurvivePipesAndBackticks()
{
    ReportDocument document = TestCorpus::secretsCorpusDocument();
    document.entries[0].diagnosis.evidence = { { u"body.line"_s, u"body"_s, u"a|b `c` d"_s } };
    const QString md = ReportWriter::markdown(PreparedReport::prepare(document, {}));
    QVERIFY2(md.contains(u"| ``a\\|b `c` d`` |"_s), qPrintable(md));
}

void tst_ReportWriter::html_escapesEveryCapturedByte_data()
{
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<QString>("forbidden");

    QTest::newRow("script element") << "<script>alert(1)</script>"_ba << u"<script>"_s;
    QTest::newRow("img onerror") << "<img src=x onerror=alert(1)>"_ba << u"<img src=x"_s;
    QTest::newRow("javascript link") << "<a href=\"javascript:alert(1)\">x</a>"_ba << u"<a href="_s;
    QTest::newRow("style break-out") << "</style><script>alert(1)</script>"_ba << u"</style><script>"_s;
    QTest::newRow("attribute quote") << "\" onmouseover=\"alert(1)"_ba << u"\" onmouseover"_s;
    QTest::newRow("svg onload") << "<svg onload=alert(1)>"_ba << u"<svg onload"_s;
    QTest::newRow("control bytes") << "a\x01\x02\x1b[31mb"_ba << u"\x01"_s;
}

void tst_ReportWriter::html_escapesEveryCapturedByte()
{
    QFETCH(QByteArray, payload);
    QFETCH(QString, forbidden);
    ReportDocument document = oneBody(payload);
    document.entries[0].exchange.request.url
        = QUrl(u"https://x.test/"_s + QString::fromLatin1(payload.toPercentEncoding()));
    document.entries[0].exchange.response->headers.append({ "X-Echo", payload });
    document.entries[0].diagnosis.summary = QString::fromLatin1(payload);
    document.inputName = QString::fromLatin1(payload);
    for (ReportWriter::HtmlFlavor flavor : { ReportWriter::HtmlFlavor::Browser, ReportWriter::HtmlFlavor::RichText }) {
        const QString html = ReportWriter::html(PreparedReport::prepare(document, {}), flavor);
        QVERIFY2(!html.contains(forbidden), qPrintable(html));
        QCOMPARE(html.count(u"<script"_s, Qt::CaseInsensitive), 0);
    }
}

void tst_ReportWriter::html_isSelfContainedWithAScriptForbiddingPolicy()
{
    const QString html = ReportWriter::html(corpus());
    QVERIFY(html.contains(
        u"<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">"_s));
    QVERIFY(html.contains(u"<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"waterfall\""_s));
    QVERIFY(html.contains(u"@media print"_s));
    static const QRegularExpression external(u"(src|href)\\s*=\\s*[\"']?(https?:|//|javascript:)"_s,
                                             QRegularExpression::CaseInsensitiveOption);
    QVERIFY2(!external.match(html).hasMatch(), qPrintable(external.match(html).captured(0)));
    QVERIFY(!html.contains(u"<link"_s));
    QVERIFY(!html.contains(u"<script"_s));
}

void tst_ReportWriter::manyExchanges_giveOneReportWithASummaryTable()
{
    const PreparedReport report = corpus();
    const QString md = ReportWriter::markdown(report);
    QVERIFY(md.contains(u"## Summary\n\n| # | Request | Status | Producer | Cause | Verdict |"_s));
    QCOMPARE(md.count(u"\n## Exchange "_s), 3);
    QVERIFY(md.indexOf(u"## Summary"_s) < md.indexOf(u"## Exchange 1"_s));
    QVERIFY2(
        md.contains(
            u"| 2 | `POST https://auth.example.test/oauth/token` | `no response (reset)` | No producer (client side) | Connection reset (`transport.reset`) |"_s),
        qPrintable(md.mid(md.indexOf(u"| 2 |"_s), 400)));
    const QString html = ReportWriter::html(report);
    QCOMPARE(html.count(u"<section class=\"exchange\""_s), 3);
    QCOMPARE(html.count(u"<svg "_s), 4); // one waterfall for the summary, one per exchange

    // A single exchange has no summary.
    ReportDocument single = TestCorpus::secretsCorpusDocument();
    single.entries = single.entries.mid(0, 1);
    QVERIFY(!ReportWriter::markdown(PreparedReport::prepare(single, {})).contains(u"## Summary"_s));
}

void tst_ReportWriter::everyFormat_saysWhatWasRedacted_data()
{
    QTest::addColumn<bool>("redact");
    QTest::addColumn<QString>("expected");
    QTest::newRow("redaction on") << true << u"Redaction was on:"_s;
    QTest::newRow("redaction off") << false << u"Redaction was turned OFF"_s;
}

void tst_ReportWriter::everyFormat_saysWhatWasRedacted()
{
    QFETCH(bool, redact);
    QFETCH(QString, expected);
    const PreparedReport report = corpus(redact);
    QVERIFY(ReportWriter::markdown(report).contains(expected));
    QVERIFY(ReportWriter::html(report).contains(expected));
    QVERIFY(ReportWriter::text(report).contains(expected));
    QVERIFY(QString::fromUtf8(ReportWriter::json(report)).contains(expected));
    if (redact)
        QVERIFY(ReportWriter::markdown(report).contains(u"cookie value"_s));
    else
        QVERIFY(ReportWriter::markdown(report).contains(u"hdrBearerTok9a8b7c6d"_s));
}

void tst_ReportWriter::curlCommand_givesBashTheSameArguments_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QByteArray>("headerValue");
    QTest::addColumn<QByteArray>("body");

    QTest::newRow("plain GET") << "GET"_ba
                               << "text/html"_ba << QByteArray();
    QTest::newRow("single quotes") << "POST"_ba
                                   << "it's 'quoted'"_ba
                                   << "{\"a\": \"it's\"}"_ba;
    QTest::newRow("dollar and bang") << "PUT"_ba
                                     << "$HOME !x `id` $(id)"_ba
                                     << "$PATH \\n \"q\""_ba;
    QTest::newRow("newlines and tabs") << "PATCH"_ba
                                       << "a\tb"_ba
                                       << "line1\nline2\n\ttab"_ba;
    QTest::newRow("control characters") << "POST"_ba
                                        << "v"_ba
                                        << "esc\x1b[0m bell\x07"_ba;
}

void tst_ReportWriter::curlCommand_givesBashTheSameArguments()
{
    QFETCH(QByteArray, method);
    QFETCH(QByteArray, headerValue);
    QFETCH(QByteArray, body);
    RequestSpec request;
    request.method = method;
    request.url = QUrl(u"https://api.test/a?b=c&d=e"_s);
    request.headers = { { "X-Test", headerValue } };
    request.body = body;
    const QString command = ReportWriter::curlCommand(request);

    // bash parses the command with a curl() function that prints each argument NUL-terminated:
    // the URL, the header and the body reach curl exactly as they were.
    QProcess bash;
    bash.start(u"/bin/bash"_s, { u"-c"_s, u"curl() { printf '%s\\0' \"$@\"; }\n"_s + command });
    QVERIFY(bash.waitForFinished(10000));
    QCOMPARE(bash.exitCode(), 0);
    QList<QByteArray> arguments = bash.readAllStandardOutput().split('\0');
    arguments.removeLast();
    QVERIFY2(arguments.contains("https://api.test/a?b=c&d=e"), qPrintable(command));
    QVERIFY2(arguments.contains("X-Test: " + headerValue), qPrintable(command));
    if (!body.isEmpty())
        QVERIFY2(arguments.contains(body), qPrintable(command));
    if (method != "GET" && method != "POST")
        QVERIFY2(arguments.contains(method), qPrintable(command));
}

void tst_ReportWriter::everyFormatShowsTheHopChainWithTheProducerAndWhereTheWaitWent()
{
    // Given Kong's 502 of Kong/kong#7059 (X-Kong-Proxy-Latency 1, X-Kong-Upstream-Latency 574), made by Kong
    Exchange exchange;
    exchange.request.url = QUrl(u"http://localhost:8000/"_s);
    ResponseData response;
    response.status = 502;
    response.headers = { { "Server", "openresty" },
                         { "X-Kong-Upstream-Latency", "574" },
                         { "X-Kong-Proxy-Latency", "1" },
                         { "Via", "kong/2.4.1" } };
    exchange.response = response;
    exchange.timings.wait = 600;
    Diagnosis diagnosis;
    diagnosis.status = 502;
    diagnosis.producer = { u"gateway"_s, u"kong"_s, 0.9 };
    diagnosis.cause = u"upstream.error"_s;
    ReportDocument document;
    document.inputKind = u"raw-response"_s;
    document.inputName = u"kong.txt"_s;
    document.entries = { { exchange, diagnosis, std::nullopt } };
    const PreparedReport report = PreparedReport::prepare(document, {});

    // Then the JSON carries hops (the producer marked) and the wait split with its sources
    const QJsonObject json = ReportWriter::jsonDocument(report);
    const QJsonObject first = json.value(u"exchanges").toArray().first().toObject();
    QCOMPARE(first.value(u"hops").toArray().size(), 1);
    QVERIFY(first.value(u"hops").toArray().first()[u"producer"].toBool());
    QCOMPARE(first.value(u"waitSplit")[u"segments"].toArray().size(), 3);
    QVERIFY(first.value(u"timeoutAudit").isArray());
    // and the human formats name the hop as the one that made the answer and where the wait went
    for (const QString &text : { ReportWriter::text(report), ReportWriter::markdown(report),
                                 ReportWriter::html(report, ReportWriter::HtmlFlavor::Browser),
                                 ReportWriter::html(report, ReportWriter::HtmlFlavor::RichText) }) {
        QVERIFY2(text.contains(u"Kong Gateway (made the answer)"_s) || text.contains(u"made the answer"_s),
                 qPrintable(text));
        QVERIFY2(text.contains(u"Where the wait went"_s), qPrintable(text));
        QVERIFY2(text.contains(u"X-Kong-Upstream-Latency: 574"_s), qPrintable(text));
        QVERIFY2(text.indexOf(u"Hops"_s) >= 0, qPrintable(text));
    }
    QVERIFY(ReportWriter::html(report).contains(u"class=\"hop producer\""_s));
}

void tst_ReportWriter::theUsersCorrectedTimeoutsAreAuditedInEveryFormat()
{
    // Given a 200 through nginx (upstream keepalive_timeout 60 s by default) and the origin's
    // keep-alive of 300 ms as the user gave it in the window for this site
    Exchange exchange;
    exchange.request.url = QUrl(u"http://127.0.0.1:18080/pooled"_s);
    ResponseData response;
    response.status = 200;
    response.headers = { { "Server", "nginx/1.22.1" } };
    exchange.response = response;
    exchange.timings.wait = 3;
    ReportDocument document;
    document.inputKind = u"raw-response"_s;
    document.inputName = u"pooled.txt"_s;
    document.entries = { { exchange, Diagnosis {}, std::nullopt } };
    const PreparedReport plain = PreparedReport::prepare(document, {});
    document.timeoutCorrections = { { u"127.0.0.1:18080"_s, u"origin"_s, u"keep-alive"_s, 0.3 } };
    const PreparedReport corrected = PreparedReport::prepare(document, {});

    // Then without the correction nothing is flagged; with it, every format shows the inversion
    const QJsonObject before = ReportWriter::jsonDocument(plain).value(u"exchanges").toArray().first().toObject();
    QCOMPARE(before.value(u"timeoutAudit").toArray().size(), 0);
    const QJsonObject after = ReportWriter::jsonDocument(corrected).value(u"exchanges").toArray().first().toObject();
    QCOMPARE(after.value(u"timeoutAudit").toArray().size(), 1);
    QCOMPARE(after.value(u"timeoutAudit").toArray().first()[u"kind"].toString(), u"keep-alive-inverted"_s);
    QCOMPARE(after.value(u"hops").toArray().last()[u"order"].toString(), u"user"_s);
    QVERIFY(after.value(u"hops").toArray().last()[u"timeouts"].toArray().first()[u"givenByUser"].toBool());
    for (const QString &text : { ReportWriter::text(corrected), ReportWriter::markdown(corrected),
                                 ReportWriter::html(corrected, ReportWriter::HtmlFlavor::Browser) }) {
        QVERIFY2(text.contains(u"300 ms (as you gave it)"_s), qPrintable(text));
        QVERIFY2(text.contains(u"intermittent 502"_s), qPrintable(text));
    }
}

void tst_ReportWriter::productNamesAreShownInTheUsersLanguage_data()
{
    QTest::addColumn<QString>("layer");
    QTest::addColumn<QString>("product");
    QTest::addColumn<QByteArray>("server"); // the Server field of the response; empty: no response
    QTest::addColumn<QString>("shown");
    // clang-format off
    QTest::newRow("the origin's own 500")         << u"origin"_s  << u"origin"_s  << QByteArray("gunicorn") << u"«Origin application»"_s;
    QTest::newRow("no response: the client side") << u"client"_s  << u"none"_s    << QByteArray()           << u"«No producer (client side)»"_s;
    QTest::newRow("a gateway's hop")               << u"gateway"_s << u"haproxy"_s << QByteArray("haproxy")  << u"«HAProxy»"_s;
    // clang-format on
}

void tst_ReportWriter::productNamesAreShownInTheUsersLanguage()
{
    QFETCH(QString, layer);
    QFETCH(QString, product);
    QFETCH(QByteArray, server);
    QFETCH(QString, shown);
    // Given a translator of the products' names installed, as --lang de installs the German one
    ProductNameTranslator translator;
    QVERIFY(QCoreApplication::installTranslator(&translator));
    const auto uninstall = qScopeGuard([&translator] { QCoreApplication::removeTranslator(&translator); });
    Exchange exchange;
    exchange.request.url = QUrl(u"https://shop.example.test/cart"_s);
    if (!server.isEmpty()) {
        ResponseData response;
        response.status = 500;
        response.headers = { { "Server", server } };
        exchange.response = response;
    } else {
        exchange.transport.outcome = Outcome::Refused;
    }
    Diagnosis diagnosis;
    diagnosis.status = 500;
    diagnosis.producer = { layer, product, 0.9 };
    ReportDocument document;
    document.inputKind = u"raw-response"_s;
    document.inputName = u"names.txt"_s;
    document.entries = { { exchange, diagnosis, std::nullopt } };
    const PreparedReport report = PreparedReport::prepare(document, {});
    // When the report is written, then every human format names the product in the user's language
    QCOMPARE(FingerprintCatalog::builtIn().displayName(product), shown);
    for (const QString &text : { ReportWriter::text(report), ReportWriter::markdown(report),
                                 ReportWriter::html(report, ReportWriter::HtmlFlavor::Browser) })
        QVERIFY2(text.contains(shown), qPrintable(text));
}

QTEST_GUILESS_MAIN(tst_ReportWriter)
#include "tst_reportwriter.moc"
