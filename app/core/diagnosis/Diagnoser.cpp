#include "diagnosis/Diagnoser.h"

#include "diagnosis/InParallel.h"

#include <QHash>
#include <QLocale>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace Gatescope {

namespace {

// The highest confidence a verdict on a paste with elided parts can have (below "confidently", 0.8).
constexpr double HandTrimmedConfidence = 0.7;
// The highest confidence of a verdict whose cause names no mechanism (upstream.error, origin.error,
// unknown): who answered may be certain, but such a cause is where the bytes ran out, not a
// finding — the real cause is one of the specific ones, so the verdict is never "confident".
constexpr double VagueCauseConfidence = 0.7;

struct LeafText
{
    QString summary;
    QString explanation;
    Checklist checklist;
};

double rounded(double value)
{
    return std::round(std::clamp(value, 0.0, 1.0) * 100.0) / 100.0;
}

} // namespace

struct Diagnoser::Private
{
    RuleTree tree;
    QHash<const RuleNode *, QList<const RuleNode *>> children;
    QHash<const RuleNode *, LeafText> leaves;
    QHash<QString, QString> productNames;
    QStringList fixFirst;
    QStringList neverReachedOrigin;
    int idempotentFact = -1;

    explicit Private(const RuleTree &t)
        : tree(t)
    { }
};

Diagnoser::Diagnoser()
    : Diagnoser(RuleTree::builtIn())
{ }

Diagnoser::Diagnoser(const RuleTree &tree, const FingerprintCatalog &catalog)
    : m_extractor(catalog)
{
    auto p = std::make_shared<Private>(tree);
    for (const RuleNode *node : tree.nodes()) {
        if (node->isLeaf())
            p->leaves.insert(
                node,
                { node->displaySummary(), node->displayExplanation(), tree.checklists().translated(node->checklist) });
        else
            p->children.insert(node, tree.children(*node));
    }
    for (const QString &id : FingerprintCatalog::contractProductIds())
        p->productNames.insert(id, catalog.displayName(id));
    p->productNames.insert(u"origin"_s, tr("the origin application"));
    p->productNames.insert(u"unknown"_s, tr("an unidentified gateway"));
    p->productNames.insert(u"none"_s, tr("no server (client side)"));
    p->idempotentFact = Facts::id(u"request.idempotent");
    p->fixFirst = { u"origin.exception"_s,      u"origin.unexpected-content"_s, u"upstream.invalid-response"_s,
                    u"upstream.tls-failure"_s,  u"upstream.dns-failure"_s,      u"transport.tls-failure"_s,
                    u"transport.dns-failure"_s, u"transport.invalid-response"_s };
    p->neverReachedOrigin = { u"upstream.refused"_s,      u"upstream.dns-failure"_s,
                              u"upstream.tls-failure"_s,  u"capacity.no-healthy-upstream"_s,
                              u"capacity.rate-limited"_s, u"capacity.overloaded"_s,
                              u"maintenance"_s,           u"transport.refused"_s,
                              u"transport.dns-failure"_s, u"transport.tls-failure"_s };
    d = std::move(p);
}

Diagnoser::~Diagnoser() = default;
Diagnoser::Diagnoser(const Diagnoser &other) = default;
Diagnoser &Diagnoser::operator=(const Diagnoser &other) = default;

const RuleTree &Diagnoser::ruleTree() const
{
    return d->tree;
}

const EvidenceExtractor &Diagnoser::extractor() const
{
    return m_extractor;
}

void Diagnoser::setTimeoutCorrections(const TimeoutCorrections &corrections)
{
    m_extractor.setTimeoutCorrections(corrections);
}

const TimeoutCorrections &Diagnoser::timeoutCorrections() const
{
    return m_extractor.timeoutCorrections();
}

bool Diagnoser::isIdempotent(QByteArrayView method)
{
    return isIdempotentMethod(method);
}

Diagnosis Diagnoser::diagnose(const Exchange &exchange) const
{
    return diagnose(exchange, m_extractor.analyse(exchange));
}

QList<Diagnosis> Diagnoser::diagnoseAll(const QList<Exchange> &exchanges) const
{
    QList<Diagnosis> diagnoses(exchanges.size());
    Diagnosis *results = diagnoses.data(); // detached once here, written slot by slot by the threads
    forEachIndexInParallel(exchanges.size(), [&](qsizetype i) { results[i] = diagnose(exchanges.at(i)); });
    return diagnoses;
}

Diagnosis Diagnoser::diagnose(const Exchange &exchange, const EvidenceSet &evidence) const
{
    const Private &p = *d;
    Diagnosis result;
    result.evidence = evidence.items;
    result.status = evidence.status;

    const RuleNode *node = p.tree.root();
    QList<int> deciding;
    while (node && !node->isLeaf()) {
        const RuleNode *next = nullptr;
        for (const RuleNode *child : p.children.value(node)) {
            deciding.clear();
            if (!p.tree.conditionHolds(*child, evidence.facts, &deciding))
                continue;
            PathStep step;
            step.node = child->id;
            for (int fact : std::as_const(deciding)) {
                const QStringList lines = evidence.describe(fact);
                if (lines.isEmpty())
                    step.decidedBy.append(Facts::name(fact));
                for (const QString &line : lines) {
                    if (!step.decidedBy.contains(line))
                        step.decidedBy.append(line);
                }
            }
            if (step.decidedBy.isEmpty())
                step.decidedBy.append(child->when.trimmed().isEmpty() ? tr("no more specific evidence")
                                                                      : tr("holds: %1").arg(child->when.simplified()));
            result.path.append(step);
            next = child;
            break;
        }
        if (!next)
            break;
        node = next;
    }

    const bool hasResponse = exchange.response.has_value();
    if (!node || !node->isLeaf()) {
        // The rules could not decide; the path shows how far they got.
        result.cause = u"unknown"_s;
        result.leaf = node ? node->id : QString();
        result.producer
            = { hasResponse ? u"gateway"_s : u"client"_s,
                hasResponse ? (evidence.gatewayProduct.isEmpty() ? u"unknown"_s : evidence.gatewayProduct) : u"none"_s,
                0.2 };
        result.summary = tr("The rules could not decide the cause of this response.");
        result.retry = { isIdempotentMethod(exchange.request.method) ? u"retry-with-backoff"_s : u"do-not-retry"_s,
                         std::nullopt };
        return result;
    }

    const LeafText text = p.leaves.value(node);
    result.leaf = node->id;
    result.cause = node->cause;
    result.explanation = text.explanation;
    result.checklist = text.checklist;
    // No response: the status a gateway in front would answer — except for a request the user
    // cancelled, which says nothing about what a gateway would do.
    result.predicted = !hasResponse && result.cause != u"transport.cancelled"_s;
    if (!hasResponse)
        result.status = node->predictedStatus;

    // Producer.
    Producer producer;
    producer.layer = node->layer;
    if (producer.layer == u"detected")
        producer.layer = evidence.gatewayGenerated ? u"gateway"_s : u"origin"_s;
    if (producer.layer == u"client") {
        producer.product = node->product == u"detected" ? u"none"_s : node->product;
        producer.confidence = exchange.source == Exchange::Source::Replayed ? 0.95 : 0.85;
    } else if (producer.layer == u"origin") {
        producer.product = node->product == u"detected" ? u"origin"_s : node->product;
        producer.confidence = std::max(0.4, evidence.originConfidence);
    } else if (node->product == u"detected") {
        producer.product = evidence.gatewayProduct.isEmpty() ? u"unknown"_s : evidence.gatewayProduct;
        producer.confidence = evidence.gatewayProduct.isEmpty() ? 0.3 : evidence.gatewayConfidence;
    } else {
        producer.product = node->product;
        producer.confidence
            = evidence.gatewayProduct == node->product ? std::max(0.9, evidence.gatewayConfidence) : 0.7;
    }
    if (node->maxConfidence > 0)
        producer.confidence = std::min(producer.confidence, node->maxConfidence);
    if (!evidence.doubtedProduct.isEmpty() && producer.product == evidence.doubtedProduct)
        producer.confidence = std::min(producer.confidence, evidence.doubtedProductCeiling);
    producer.confidence = std::min(producer.confidence, evidence.ceiling);
    // A body pasted without any status (status 0: the reader found none): whatever the body
    // suggests, the verdict cannot be sure of the status the user saw.
    if (exchange.response && exchange.response->status == 0)
        producer.confidence = std::min(producer.confidence, 0.5);
    // Output cut by hand may have lost the very line that decides: never "sure" on it.
    if (exchange.handTrimmed)
        producer.confidence = std::min(producer.confidence, HandTrimmedConfidence);
    if (node->cause == u"upstream.error" || node->cause == u"origin.error" || node->cause == u"unknown")
        producer.confidence = std::min(producer.confidence, VagueCauseConfidence);
    producer.confidence = rounded(producer.confidence);
    result.producer = producer;

    // The identified gateway's own log lines and settings first; the items about other products
    // follow (they are all that helps while the product is unknown).
    if (producer.layer == u"gateway" && producer.product != u"unknown" && producer.product != u"none") {
        const QString name = p.productNames.value(producer.product, producer.product);
        QStringList names { name };
        const QString firstWord = name.section(u' ', 0, 0);
        if (firstWord.size() >= 4 && firstWord != name)
            names.append(firstWord);
        auto mentions = [&names](const QString &item) {
            return std::any_of(names.cbegin(), names.cend(),
                               [&item](const QString &n) { return item.contains(n, Qt::CaseInsensitive); });
        };
        std::stable_partition(result.checklist.items.begin(), result.checklist.items.end(), mentions);
    }

    // Retry advice from the cause, the method and Retry-After.
    const bool idempotent = evidence.facts.contains(p.idempotentFact);
    if (result.cause == u"none") {
        result.retry = { u"do-not-retry"_s, std::nullopt };
    } else if (evidence.retryAfterSeconds
               && (evidence.status == 503 || evidence.status == 429 || evidence.status == 301
                   || evidence.status >= 500)) {
        result.retry = { u"retry-after"_s, evidence.retryAfterSeconds };
    } else if (node->retry == u"fix-first" || p.fixFirst.contains(result.cause)) {
        result.retry = { u"fix-first"_s, std::nullopt };
    } else if (node->retry == u"do-not-retry") {
        result.retry = { u"do-not-retry"_s, std::nullopt };
    } else if (idempotent || p.neverReachedOrigin.contains(result.cause)) {
        result.retry = { u"retry-with-backoff"_s, std::nullopt };
    } else {
        result.retry = { u"do-not-retry"_s, std::nullopt };
    }

    // Summary: fill the leaf's placeholders.
    QString summary = text.summary;
    if (summary.contains(u'{')) {
        const QString gateway = evidence.gatewayProduct.isEmpty()
            ? tr("a gateway")
            : p.productNames.value(evidence.gatewayProduct, evidence.gatewayProduct);
        const QString waitText = evidence.waitMs >= 0
            ? tr("%1 s").arg(QLocale().toString(evidence.waitMs / 1000.0, 'f', 1))
            : tr("an unmeasured time");
        summary.replace(u"{product}"_s, p.productNames.value(producer.product, producer.product));
        summary.replace(u"{gateway}"_s, gateway);
        summary.replace(u"{status}"_s, QString::number(result.status));
        summary.replace(u"{predicted}"_s, QString::number(node->predictedStatus));
        summary.replace(u"{wait}"_s, waitText);
        summary.replace(u"{elapsed}"_s,
                        exchange.timings.total >= 0
                            ? tr("%1 s").arg(QLocale().toString(exchange.timings.total / 1000.0, 'f', 1))
                            : tr("an unmeasured time"));
        summary.replace(u"{protocol}"_s,
                        evidence.protocolName.isEmpty() ? tr("another protocol") : evidence.protocolName);
        // The leaf knows which timeout fired (connect or read); without that, the evidence's choice.
        const QString timeout
            = node->timeoutPhase.isEmpty() ? evidence.timeoutMatch : evidence.timeoutMatchFor(node->timeoutPhase);
        summary.replace(u"{timeout}"_s, timeout.isEmpty() ? tr("its configured timeout") : timeout);
        summary.replace(u"{retryAfter}"_s,
                        evidence.retryAfterSeconds ? QString::number(*evidence.retryAfterSeconds) : tr("?"));
    }
    result.summary = summary;
    return result;
}

} // namespace Gatescope
