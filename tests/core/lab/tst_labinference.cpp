// The 5xx Lab proves inference, not its own labels: the lab gateway says who it is but never why
// it failed, so every verdict on a lab scenario must come from what a real product of that kind
// would show — status, page wording, timing and how the connection ended. Each scenario runs
// once, live on loopback; the rows then look at the same exchanges from different angles.
#include "diagnosis/Diagnoser.h"
#include "diagnosis/Evidence.h"
#include "diagnosis/Fingerprints.h"
#include "diagnosis/RuleTree.h"
#include "lab/Lab.h"
#include "lab/LabGateway.h"
#include "lab/LabScenarioRunner.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Gatescope;
using namespace Qt::StringLiterals;

namespace {

const QString LabProduct = u"gatescope-lab"_s;

// The facts a string that only the lab emits may establish: who answered, nothing about why.
bool isProducerFact(const QString &fact)
{
    return fact == u"product.gatescope-lab" || fact == u"generated.gatescope-lab" || fact == u"page.gatescope-lab"
        || fact == u"gateway.seen" || fact == u"gateway.generated";
}

bool isWireSource(const QString &source)
{
    return source.startsWith(u"header:") || source == u"body" || source == u"reason";
}

// The built-in fingerprints with the lab's own product left out, as a catalog loaded from files.
Result<FingerprintCatalog> catalogWithoutLab(const QTemporaryDir &dir)
{
    QStringList paths;
    const QDir resources(u":/fingerprints"_s);
    for (const QString &name : resources.entryList({ u"*.json"_s }, QDir::Files, QDir::Name)) {
        QFile in(resources.filePath(name));
        if (!in.open(QIODevice::ReadOnly))
            return Error { in.errorString() };
        QJsonObject document = QJsonDocument::fromJson(in.readAll()).object();
        QJsonArray kept;
        for (const QJsonValue &product : document.value(u"products"_s).toArray()) {
            if (product.toObject().value(u"product"_s).toString() != LabProduct)
                kept.append(product);
        }
        document.insert(u"products"_s, kept);
        const QString path = dir.filePath(name);
        QFile out(path);
        if (!out.open(QIODevice::WriteOnly) || out.write(QJsonDocument(document).toJson()) < 0)
            return Error { out.errorString() };
        paths.append(path);
    }
    return FingerprintCatalog::loadFiles(paths);
}

} // namespace

class LabInferenceTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void shouldGiveTheExpectedVerdict_data() { scenarioRows(); }
    void shouldGiveTheExpectedVerdict();
    void shouldKeepTheFailureClassOffTheWire_data() { scenarioRows(); }
    void shouldKeepTheFailureClassOffTheWire();
    void shouldUseLabOnlyStringsOnlyToNameTheProducer_data() { scenarioRows(); }
    void shouldUseLabOnlyStringsOnlyToNameTheProducer();
    void shouldDecideTheCauseWithoutTheLabFingerprint_data() { scenarioRows(); }
    void shouldDecideTheCauseWithoutTheLabFingerprint();
    void shouldDeclareOnlySignaturesThatIdentifyTheLab();

private:
    void scenarioRows();
    const Exchange &shown(const QString &id) const;

    std::unique_ptr<Lab> m_lab;
    QHash<QString, LabRunResult> m_results;
    QTemporaryDir m_dir;
    std::optional<Diagnoser> m_withoutLab;
};

void LabInferenceTest::initTestCase()
{
    QVERIFY(m_dir.isValid());
    Result<FingerprintCatalog> catalog = catalogWithoutLab(m_dir);
    QVERIFY2(catalog, qPrintable(catalog ? QString() : catalog.error()));
    QVERIFY2(!catalog.value().product(LabProduct), "the lab's product is left out");
    m_withoutLab.emplace(RuleTree::builtIn(), catalog.value());

    // Given the lab on loopback, when every scenario runs once …
    m_lab = std::make_unique<Lab>();
    QVERIFY2(m_lab->start(), qPrintable(m_lab->errorString()));
    for (const LabScenario &scenario : m_lab->scenarios()) {
        const LabRunResult result = LabScenarioRunner::runBlocking(scenario);
        QVERIFY2(result.shownIndex >= 0, qPrintable(u"scenario %1 produced no exchange"_s.arg(scenario.id)));
        m_results.insert(scenario.id, result);
    }
}

void LabInferenceTest::scenarioRows()
{
    QTest::addColumn<QString>("id");
    for (const LabScenario &scenario : m_lab->scenarios())
        QTest::newRow(qPrintable(scenario.id)) << scenario.id;
}

const Exchange &LabInferenceTest::shown(const QString &id) const
{
    const LabRunResult &result = m_results[id];
    return result.exchanges.at(result.shownIndex);
}

void LabInferenceTest::shouldGiveTheExpectedVerdict()
{
    QFETCH(QString, id);
    const LabScenario *scenario = m_lab->scenario(id);
    const Diagnosis &got = m_results.value(id).diagnosis;
    QCOMPARE(got.status, scenario->expectedStatus);
    QCOMPARE(got.cause, scenario->expectedCause);
    QCOMPARE(got.producer.product, scenario->expectedProduct);
    QCOMPARE(got.predicted, scenario->expectedPredicted);
    QVERIFY(m_results.value(id).matched);
}

void LabInferenceTest::shouldKeepTheFailureClassOffTheWire()
{
    QFETCH(QString, id);
    for (const Exchange &exchange : m_results.value(id).exchanges) {
        if (!exchange.response)
            continue;
        for (const HeaderField &field : exchange.response->headers) {
            QVERIFY2(!field.name.contains("gatescope") && !field.name.contains("Gatescope"),
                     qPrintable(u"no lab-only header on the wire, got %1"_s.arg(QString::fromLatin1(field.name))));
        }
        // The lab's internal failure ids ("upstream-dns-failure", "no-healthy-upstream", …).
        for (int f = int(LabGateway::Failure::UpstreamRefused); f <= int(LabGateway::Failure::Maintenance); ++f) {
            const QString failure = LabGateway::failureId(LabGateway::Failure(f));
            if (!failure.contains(u'-') || failure == u"rate-limited")
                continue; // plain words that real pages use too ("maintenance", "overloaded")
            QVERIFY2(!exchange.response->body.contains(failure.toLatin1()),
                     qPrintable(u"the body names the lab's failure class '%1'"_s.arg(failure)));
        }
    }
}

void LabInferenceTest::shouldUseLabOnlyStringsOnlyToNameTheProducer()
{
    QFETCH(QString, id);
    // When the evidence of the shown exchange is taken with the built-in catalog …
    const EvidenceSet evidence = Diagnoser().extractor().analyse(shown(id));
    // … then every fact that a lab-only string (one naming gatescope) established is about who answered.
    for (const auto &[factId, index] : evidence.links) {
        const EvidenceItem &item = evidence.items.at(index);
        if (!isWireSource(item.source) || !item.value.contains(u"gatescope", Qt::CaseInsensitive))
            continue;
        const QString fact = Facts::name(factId);
        QVERIFY2(isProducerFact(fact),
                 qPrintable(u"'%1' (%2) established %3, which is not producer identification"_s.arg(
                     item.value, item.source, fact)));
    }
    // … and no evidence item at all comes from a lab-only string except the producer's.
    for (const EvidenceItem &item : evidence.items) {
        if (isWireSource(item.source) && item.value.contains(u"gatescope", Qt::CaseInsensitive))
            QCOMPARE(item.fact, u"product.gatescope-lab"_s);
    }
}

void LabInferenceTest::shouldDecideTheCauseWithoutTheLabFingerprint()
{
    QFETCH(QString, id);
    const LabScenario *scenario = m_lab->scenario(id);
    // Given the rules with the lab's fingerprint removed,
    // when the same exchange is diagnosed …
    const Diagnosis got = m_withoutLab->diagnose(shown(id));
    // … then status and cause are still the expected ones: generic evidence decided them.
    QVERIFY2(
        got.status == scenario->expectedStatus && got.cause == scenario->expectedCause,
        qPrintable(u"without the lab fingerprint expected %1 %2, got %3 %4 (leaf %5)"_s.arg(scenario->expectedStatus)
                       .arg(scenario->expectedCause)
                       .arg(got.status)
                       .arg(got.cause, got.leaf)));
    QVERIFY(got.producer.product != LabProduct);
}

void LabInferenceTest::shouldDeclareOnlySignaturesThatIdentifyTheLab()
{
    const GatewayFingerprint *lab = FingerprintCatalog::builtIn().product(LabProduct);
    QVERIFY(lab);
    for (const Signature &signature : lab->signatures) {
        QVERIFY2(signature.facts.isEmpty(),
                 qPrintable(u"%1 names the failure (%2): the lab's signatures may only identify it"_s.arg(
                     signature.id, signature.facts.join(u", "))));
        QVERIFY2(signature.pattern.contains("gatescope-lab"),
                 qPrintable(u"%1 matches on something other than the lab's name"_s.arg(signature.id)));
    }
    // Its timers are not declared: a declared default timeout is matched against every capture, and
    // a real nginx 504 after 2 s must not be said to match the lab's read timeout.
    QVERIFY(lab->timeouts.isEmpty());
}

QTEST_GUILESS_MAIN(LabInferenceTest)
#include "tst_labinference.moc"
