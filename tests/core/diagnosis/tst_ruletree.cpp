// The rule tree as data: the built-in tree validates, every node is reachable and every leaf has a
// checklist; user rule packs add and override nodes; a broken pack is reported with its file and
// node and the built-in rules stay; the texts are extractable for translation.
#include "diagnosis/Diagnoser.h"
#include "diagnosis/Evidence.h"
#include "diagnosis/Fingerprints.h"
#include "diagnosis/RuleTree.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Gatescope;
using namespace Qt::StringLiterals;

namespace {

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(bytes);
    return path;
}

Exchange exchange502(const QByteArray &body, const QByteArray &contentType = "text/html")
{
    Exchange exchange;
    exchange.request.method = "GET";
    exchange.request.url = QUrl(u"https://api.example.test/"_s);
    ResponseData response;
    response.status = 502;
    response.reason = "Bad Gateway";
    response.headers = { { "Content-Type", contentType } };
    response.body = body;
    response.bodySize = body.size();
    exchange.response = response;
    return exchange;
}

// The source texts of the rules, checklists and product names, as the translation catalogue must carry them.
QStringList expectedCatalogue()
{
    QStringList lines;
    auto escape = [](QString text) -> QString {
        text.replace(u"\\"_s, u"\\\\"_s).replace(u"\""_s, u"\\\""_s).replace(u"\n"_s, u"\\n"_s);
        return u"\""_s + text + u"\""_s;
    };
    const RuleTree &tree = RuleTree::builtIn();
    for (const RuleNode *node : tree.nodes()) {
        for (const QString &text : { node->title, node->summary, node->explanation }) {
            const QString line = u"    QT_TRANSLATE_NOOP(\"Gatescope::Rules\", "_s + escape(text) + u"),"_s;
            if (!text.isEmpty() && !lines.contains(line))
                lines << line;
        }
    }
    for (const Checklist &checklist : tree.checklists().all()) {
        QStringList texts { checklist.title };
        texts << checklist.items;
        for (const QString &text : std::as_const(texts)) {
            const QString line = u"    QT_TRANSLATE_NOOP(\"Gatescope::Checklists\", "_s + escape(text) + u"),"_s;
            if (!lines.contains(line))
                lines << line;
        }
    }
    // The products' names as the window and the reports show them (GatewayFingerprint::translatedName).
    for (const GatewayFingerprint &fingerprint : FingerprintCatalog::builtIn().products()) {
        const QString line
            = u"    QT_TRANSLATE_NOOP(\"%1\", "_s.arg(QLatin1StringView(GatewayFingerprint::TranslationContext))
            + escape(fingerprint.displayName) + u"),"_s;
        if (!lines.contains(line))
            lines << line;
    }
    return lines;
}

} // namespace

class TestRuleTree : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void builtInTreeLoadsAndIsBrowsableWithoutARequest();
    void noNodeIsUnreachable();
    void everyLeafHasAnExistingChecklist();
    void everyLeafUsesTheContractVocabulary();
    void everyTextbookCaseHasItsOwnLeaf_data();
    void everyTextbookCaseHasItsOwnLeaf();
    void everyTextbookRemedyIsInItsLeafsChecklist_data();
    void everyTextbookRemedyIsInItsLeafsChecklist();
    void userPackOverridesANodeAndAddsOne();
    void brokenPackIsReportedWithFileAndNodeAndBuiltInsStay_data();
    void brokenPackIsReportedWithFileAndNodeAndBuiltInsStay();
    void userPacksAreFoundInTheDataDirectory();
    void translationCatalogueIsInSyncWithTheData();

private:
    QTemporaryDir m_dir;
};

void TestRuleTree::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void TestRuleTree::builtInTreeLoadsAndIsBrowsableWithoutARequest()
{
    const RuleTree &tree = RuleTree::builtIn();
    QVERIFY2(!tree.isEmpty(), "built-in rules failed to load (see the log)");
    QCOMPARE(tree.root()->id, u"root"_s);
    QVERIFY(tree.nodes().size() > 60);
    for (const RuleNode *node : tree.nodes()) {
        QVERIFY2(!node->displayTitle().isEmpty(), qPrintable(node->id));
        for (const RuleNode *child : tree.children(*node))
            QCOMPARE(child->parent, node->id);
    }
}

void TestRuleTree::noNodeIsUnreachable()
{
    // Every node hangs off the root, and no sibling follows one that always holds.
    const RuleTree &tree = RuleTree::builtIn();
    QSet<QString> seen;
    for (const RuleNode *node : tree.nodes())
        seen.insert(node->id);
    for (const RuleNode *node : tree.nodes()) {
        const QList<const RuleNode *> kids = tree.children(*node);
        for (qsizetype i = 0; i + 1 < kids.size(); ++i)
            QVERIFY2(!kids.at(i)->when.trimmed().isEmpty(),
                     qPrintable(u"%1 hides %2"_s.arg(kids.at(i)->id, kids.at(i + 1)->id)));
        if (!node->isLeaf())
            QVERIFY2(!kids.isEmpty(), qPrintable(node->id));
    }
    QCOMPARE(seen.size(), tree.nodes().size());
}

void TestRuleTree::everyLeafHasAnExistingChecklist()
{
    const RuleTree &tree = RuleTree::builtIn();
    QSet<QString> used;
    for (const RuleNode *leaf : tree.leaves()) {
        QVERIFY2(!leaf->checklist.isEmpty(), qPrintable(leaf->id));
        const Checklist *checklist = tree.checklists().find(leaf->checklist);
        QVERIFY2(checklist, qPrintable(leaf->id + u" → "_s + leaf->checklist));
        QVERIFY2(checklist->items.size() >= 1, qPrintable(leaf->checklist));
        used.insert(leaf->checklist);
    }
    for (const QString &id : tree.checklists().ids())
        QVERIFY2(used.contains(id), qPrintable(u"checklist no leaf uses: "_s + id));
}

void TestRuleTree::everyLeafUsesTheContractVocabulary()
{
    const QStringList products = FingerprintCatalog::contractProductIds() << u"detected"_s;
    for (const RuleNode *leaf : RuleTree::builtIn().leaves()) {
        QVERIFY2(!leaf->cause.isEmpty(), qPrintable(leaf->id));
        QVERIFY2(products.contains(leaf->product), qPrintable(leaf->id));
        QVERIFY2(!leaf->summary.isEmpty() && !leaf->explanation.isEmpty(), qPrintable(leaf->id));
    }
}

void TestRuleTree::everyTextbookCaseHasItsOwnLeaf_data()
{
    QTest::addColumn<QString>("leaf");
    QTest::addColumn<QString>("cause");
    QTest::addColumn<QString>("checklistMentions");
    QTest::newRow("500 unhandled exception") << u"500.exception"_s << u"origin.exception"_s << u"stack trace"_s;
    QTest::newRow("500 invalid response from a database")
        << u"500.dependency"_s << u"origin.dependency-failure"_s << u"max_connections"_s;
    QTest::newRow("502 unexpected response form")
        << u"502.unexpected-form"_s << u"origin.unexpected-content"_s << u"Malformed Lambda proxy response"_s;
    QTest::newRow("502 firewall answering in the origin's place")
        << u"502.middlebox"_s << u"upstream.invalid-response"_s << u"WAF"_s;
    QTest::newRow("502 network or routing failure") << u"502.refused"_s << u"upstream.refused"_s << u"traceroute"_s;
    QTest::newRow("502 DNS failure") << u"502.dns"_s << u"upstream.dns-failure"_s << u"could not be resolved"_s;
    QTest::newRow("502 origin sent an invalid body")
        << u"502.invalid"_s << u"upstream.invalid-response"_s << u"proxy_buffer_size"_s;
    QTest::newRow("503 at capacity") << u"503.overloaded"_s << u"capacity.overloaded"_s << u"Scale out"_s;
    QTest::newRow("503 crashed, cannot accept connections")
        << u"503.no-healthy"_s << u"capacity.no-healthy-upstream"_s << u"health"_s;
    QTest::newRow("503 maintenance") << u"503.maintenance"_s << u"maintenance"_s << u"Retry-After"_s;
    QTest::newRow("504 too many concurrent requests")
        << u"504.slow-origin"_s << u"upstream.timeout"_s << u"proxy_read_timeout"_s;
    QTest::newRow("504 origin hit an error and sent nothing")
        << u"504.origin-silent"_s << u"upstream.timeout"_s << u"thread dump"_s;
    QTest::newRow("504 network failure between gateway and origin")
        << u"504.network"_s << u"upstream.timeout"_s << u"security groups"_s;
}

void TestRuleTree::everyTextbookCaseHasItsOwnLeaf()
{
    QFETCH(QString, leaf);
    QFETCH(QString, cause);
    QFETCH(QString, checklistMentions);
    const RuleTree &tree = RuleTree::builtIn();
    const RuleNode *node = tree.node(leaf);
    QVERIFY2(node && node->isLeaf(), qPrintable(leaf));
    QCOMPARE(node->cause, cause);
    const Checklist *checklist = tree.checklists().find(node->checklist);
    QVERIFY(checklist);
    QVERIFY2(checklist->items.join(u' ').contains(checklistMentions, Qt::CaseInsensitive),
             qPrintable(checklist->id + u" should mention "_s + checklistMentions));
}

void TestRuleTree::everyTextbookRemedyIsInItsLeafsChecklist_data()
{
    // The textbook's "How to resolve" lines (the article "Server Error – 500 vs 502 vs 503 vs 504",
    // https://golangbyexample.com/server-error-5xx/), each asserted in the
    // checklist of every leaf of its status that it applies to, by the words our checklist uses.
    QTest::addColumn<QString>("leaf");
    QTest::addColumn<QStringList>("mentions"); // all of them, case-insensitive
    // 500: "Look at the stack trace of the failing 500 call".
    QTest::newRow("500.exception: read the stack trace") << u"500.exception"_s << QStringList { u"stack trace"_s };
    QTest::newRow("500.dependency: read the stack trace of the failing dependency call")
        << u"500.dependency"_s << QStringList { u"stack trace of the failing dependency call"_s, u"Caused by:"_s };
    // 502: "Go through the logs to find the bad response" and "Reload the page".
    QTest::newRow("502.middlebox: the device's log") << u"502.middlebox"_s << QStringList { u"WAF/firewall log"_s };
    QTest::newRow("502.middlebox: reload / retry once")
        << u"502.middlebox"_s << QStringList { u"Reload / retry"_s, u"rate"_s };
    QTest::newRow("502.dns: the gateway's log line") << u"502.dns"_s << QStringList { u"could not be resolved"_s };
    QTest::newRow("502.dns: reload the gateway, then retry")
        << u"502.dns"_s << QStringList { u"nginx -s reload"_s, u"then retry"_s };
    QTest::newRow("502.invalid: the gateway's log") << u"502.invalid"_s << QStringList { u"Gateway logs"_s };
    QTest::newRow("502.invalid: reload / retry once")
        << u"502.invalid"_s << QStringList { u"Reload / retry"_s, u"proxy_next_upstream"_s };
    QTest::newRow("502.refused: retry is safe") << u"502.refused"_s << QStringList { u"Retrying is safe"_s };
    // 503: "Scale your servers" and "Check if your servers haven't crashed".
    QTest::newRow("503.overloaded: scale") << u"503.overloaded"_s << QStringList { u"Scale out"_s };
    QTest::newRow("503.no-healthy: check for crashes") << u"503.no-healthy"_s << QStringList { u"crashed"_s };
    // 504: "Increase the timeout", "Scale your servers", "Check for errors that send no response".
    QTest::newRow("504.slow-origin: raise the timeout")
        << u"504.slow-origin"_s << QStringList { u"raise the timeout"_s, u"proxy_read_timeout"_s };
    QTest::newRow("504.slow-origin: scale") << u"504.slow-origin"_s << QStringList { u"Scale the origin"_s };
    QTest::newRow("504.origin-silent: raise the timeout")
        << u"504.origin-silent"_s << QStringList { u"Raise the timeout"_s, u"first_byte_timeout"_s };
    QTest::newRow("504.origin-silent: scale")
        << u"504.origin-silent"_s << QStringList { u"Scale the origin"_s, u"pm.max_children"_s };
    QTest::newRow("504.origin-silent: errors that send no response")
        << u"504.origin-silent"_s << QStringList { u"no log line"_s };
    QTest::newRow("504.network: raise the timeout")
        << u"504.network"_s << QStringList { u"Raise the timeout"_s, u"proxy_connect_timeout"_s };
}

void TestRuleTree::everyTextbookRemedyIsInItsLeafsChecklist()
{
    QFETCH(QString, leaf);
    QFETCH(QStringList, mentions);
    const RuleTree &tree = RuleTree::builtIn();
    const RuleNode *node = tree.node(leaf);
    QVERIFY2(node && node->isLeaf(), qPrintable(leaf));
    const Checklist *checklist = tree.checklists().find(node->checklist);
    QVERIFY2(checklist, qPrintable(node->checklist));
    const QString text = checklist->items.join(u' ');
    for (const QString &mention : std::as_const(mentions))
        QVERIFY2(text.contains(mention, Qt::CaseInsensitive),
                 qPrintable(u"%1 (%2) should mention '%3'"_s.arg(leaf, checklist->id, mention)));
}

void TestRuleTree::userPackOverridesANodeAndAddsOne()
{
    // Given a pack that rewrites the generic 502 leaf's summary and adds a leaf for a home-made proxy
    const QByteArray pack = R"({
      "schema": "gatescope.rules/1",
      "checklists": [ { "id": "acme-proxy", "title": "ACME proxy", "items": ["Restart the ACME proxy."] } ],
      "nodes": [
        { "id": "502.unknown", "summary": "Our edge answered 502 without a signature." },
        { "id": "502.acme", "parent": "status.502", "kind": "leaf", "title": "The ACME proxy failed",
          "when": "body.kind.text & status.502", "cause": "upstream.error", "summary": "ACME proxy failure.",
          "explanation": "Our in-house proxy answers in plain text.", "checklist": "acme-proxy",
          "typicalStatus": 502, "product": "unknown", "layer": "gateway" }
      ] })";
    const QString path = writeFile(m_dir, u"acme.json"_s, pack);
    QList<RuleLoadIssue> issues;
    // When the tree is loaded with it
    const RuleTree tree = RuleTree::withUserPacks({ path }, &issues);
    // Then both changes are there, the built-ins around them unchanged
    QVERIFY2(issues.isEmpty(), qPrintable(issues.isEmpty() ? QString() : issues.first().toString()));
    QCOMPARE(tree.loadedPacks().last(), path);
    QCOMPARE(tree.node(u"502.unknown")->summary, u"Our edge answered 502 without a signature."_s);
    QCOMPARE(tree.node(u"502.unknown")->cause, u"upstream.error"_s);
    QCOMPARE(tree.node(u"502.acme")->origin, path);
    const QStringList siblings = tree.node(u"status.502")->children;
    QVERIFY2(siblings.indexOf(u"502.acme"_s) < siblings.indexOf(u"502.unknown"_s),
             "a new node goes before the 'otherwise' child");
    const Diagnosis d = Diagnoser(tree).diagnose(exchange502("upstream went away\n", "text/plain"));
    QCOMPARE(d.leaf, u"502.acme"_s);
    QCOMPARE(d.checklist.items, QStringList { u"Restart the ACME proxy."_s });
}

void TestRuleTree::brokenPackIsReportedWithFileAndNodeAndBuiltInsStay_data()
{
    QTest::addColumn<QByteArray>("pack");
    QTest::addColumn<QString>("node");
    QTest::addColumn<QString>("message");
    const QByteArray head = R"({"schema": "gatescope.rules/1", "nodes": [)";
    QTest::newRow("unknown fact in a condition")
        << head + R"({"id": "502.x", "parent": "status.502", "title": "x", "when": "staus.502",
        "cause": "upstream.error", "summary": "s", "explanation": "e", "checklist": "upstream-generic", "product": "detected", "layer": "gateway"}]})"
        << u"502.x"_s << u"unknown fact 'staus.502'"_s;
    QTest::newRow("cause outside the contract")
        << head + R"({"id": "502.y", "parent": "status.502", "title": "y", "when": "status.502",
        "cause": "upstream.gremlins", "summary": "s", "explanation": "e", "checklist": "upstream-generic", "product": "detected", "layer": "gateway"}]})"
        << u"502.y"_s << u"upstream.gremlins"_s;
    QTest::newRow("checklist that does not exist")
        << head + R"({"id": "502.z", "parent": "status.502", "title": "z", "when": "status.502",
        "cause": "upstream.error", "summary": "s", "explanation": "e", "checklist": "nope", "product": "detected", "layer": "gateway"}]})"
        << u"502.z"_s << u"checklist 'nope'"_s;
    QTest::newRow("unknown parent") << head
            + R"({"id": "orphan", "parent": "status.999", "title": "o", "cause": "unknown", "summary": "s",
        "explanation": "e", "checklist": "generic-503", "product": "detected", "layer": "gateway"}]})"
                                    << u"orphan"_s << u"unknown parent 'status.999'"_s;
    QTest::newRow("condition syntax error")
        << head + R"({"id": "502.w", "parent": "status.502", "title": "w", "when": "status.502 & (",
        "cause": "upstream.error", "summary": "s", "explanation": "e", "checklist": "upstream-generic", "product": "detected", "layer": "gateway"}]})"
        << u"502.w"_s << u"expected a fact"_s;
    QTest::newRow("an unconditional node hides its later siblings")
        << head + R"({"id": "502.all", "parent": "status.502", "before": "502.unexpected-form",
        "title": "all", "cause": "upstream.error", "summary": "s", "explanation": "e", "checklist": "upstream-generic", "product": "detected", "layer": "gateway"}]})"
        << u"502.unexpected-form"_s << u"can never be reached"_s;
    QTest::newRow("retry advice outside the vocabulary")
        << head + R"({"id": "alb.561", "retry": "never"}]})" << u"alb.561"_s << u"retry must be"_s;
    QTest::newRow("timeout phase outside the vocabulary")
        << head + R"({"id": "504.slow-origin", "timeoutPhase": "write"}]})" << u"504.slow-origin"_s
        << u"timeoutPhase must be"_s;
    QTest::newRow("not JSON at all") << QByteArray("{ \"schema\": ") << QString() << u"offset"_s;
}

void TestRuleTree::brokenPackIsReportedWithFileAndNodeAndBuiltInsStay()
{
    QFETCH(QByteArray, pack);
    QFETCH(QString, node);
    QFETCH(QString, message);
    const QString path = writeFile(
        m_dir,
        u"broken-%1.json"_s.arg(QString::fromLatin1(QTest::currentDataTag())).replace(u' ', u'-').replace(u'\'', u'-'),
        pack);
    QList<RuleLoadIssue> issues;
    const RuleTree tree = RuleTree::withUserPacks({ path }, &issues);
    QCOMPARE(issues.size(), 1);
    const RuleLoadIssue issue = issues.first();
    QCOMPARE(issue.file, path);
    QCOMPARE(issue.node, node);
    QVERIFY2(issue.message.contains(message), qPrintable(issue.toString()));
    QVERIFY2(issue.toString().contains(path), qPrintable(issue.toString()));
    // The built-in tree is intact.
    QCOMPARE(tree.nodes().size(), RuleTree::builtIn().nodes().size());
    QCOMPARE(tree.loadedPacks(), RuleTree::builtIn().loadedPacks());
}

void TestRuleTree::userPacksAreFoundInTheDataDirectory()
{
    const QString dir = RuleTree::userPackDirectory();
    QVERIFY2(dir.contains(u"qttest"_s, Qt::CaseInsensitive) || dir.contains(u".qttest"_s), qPrintable(dir));
    QVERIFY(QDir().mkpath(dir));
    QFile file(dir + u"/zz-test.json"_s);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"schema": "gatescope.rules/1", "nodes": []})");
    file.close();
    QVERIFY(RuleTree::discoverUserPacks().contains(file.fileName()));
    QVERIFY(file.remove());
}

void TestRuleTree::translationCatalogueIsInSyncWithTheData()
{
    // app/core/diagnosis/RuleTexts.cpp lists every rule and checklist text with QT_TRANSLATE_NOOP so
    // lupdate extracts them. Regenerate: GATESCOPE_UPDATE_RULE_TEXTS=1 ./tst_ruletree
    // translationCatalogueIsInSyncWithTheData
    const QString path = qEnvironmentVariable("GATESCOPE_SOURCE_DIR") + u"/app/core/diagnosis/RuleTexts.cpp"_s;
    const QStringList expected = expectedCatalogue();
    if (qEnvironmentVariableIsSet("GATESCOPE_UPDATE_RULE_TEXTS")) {
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
        out.write(
            "// Generated from resources/rules, resources/checklists and resources/fingerprints by tst_ruletree\n"
            "// (GATESCOPE_UPDATE_RULE_TEXTS=1); kept in sync by that test. Do not edit by hand.\n"
            "// It exists so that lupdate extracts the texts of the rule tree and the checklists and the\n"
            "// products' names, which are translated at display time with the contexts Gatescope::Rules,\n"
            "// Gatescope::Checklists and Gatescope::Fingerprints.\n"
            "#include <QtGlobal>\n\n// One text per line, as this test compares them: not for clang-format to wrap.\n"
            "// clang-format off\nnamespace Gatescope {\n\n[[maybe_unused]] static const char *const "
            "ruleTexts[] = {\n");
        out.write(expected.join(u'\n').toUtf8());
        out.write("\n};\n\n} // namespace Gatescope\n// clang-format on\n");
    }
    QFile file(path);
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
    QStringList actual;
    for (const QByteArray &line : file.readAll().split('\n')) {
        if (line.contains("QT_TRANSLATE_NOOP("))
            actual << QString::fromUtf8(line);
    }
    QStringList missing;
    for (const QString &line : expected)
        if (!actual.contains(line))
            missing << line;
    QVERIFY2(missing.isEmpty(),
             qPrintable(u"%1 texts missing from RuleTexts.cpp, first: %2"_s.arg(missing.size()).arg(missing.value(0))));
    QCOMPARE(actual.size(), expected.size());
}

QTEST_GUILESS_MAIN(TestRuleTree)
#include "tst_ruletree.moc"
