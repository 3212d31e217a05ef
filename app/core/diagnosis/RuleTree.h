#pragma once

#include "diagnosis/Checklists.h"
#include "model/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace Gatescope {

class FactSet;

// One node of the 5xx decision tree. Inner nodes ask a question of the evidence; their children
// are tried in order and the first whose `when` condition holds is taken (an empty condition
// always holds, so the last child is usually the "otherwise" branch). Leaves are verdicts.
// Texts are English source text; display*() translate them with the context "Gatescope::Rules".
struct RuleNode
{
    enum class Kind { Inner, Leaf };

    QString id; // "status.502", "502.upstream-refused", …
    QString parent; // empty for the root
    Kind kind = Kind::Inner;
    QString title; // inner: the question it asks; leaf: a short title of the verdict
    QString when; // condition over evidence facts: "status.502 & !gateway.generated"
    QStringList children; // ids, in the order they are tried

    // Leaves only.
    QString cause; // cause id of the contract
    QString summary; // one sentence; placeholders {product} {status} {wait} {predicted}
    QString explanation; // a paragraph: what happened and why the evidence says so
    QString checklist; // checklist id
    int typicalStatus = 0; // the status this case usually shows (for the tree view)
    QString product; // producer product id, or "detected" (from the fingerprints)
    QString layer; // "origin" | "gateway" | "client" | "detected" (gateway when one made it)
    int predictedStatus = 0; // transport leaves: what a gateway in front would have answered
    QString retry; // "fix-first" | "do-not-retry" overrides the advice from method and status; empty = derived
    QString timeoutPhase; // "connect" | "read": which default timeout {timeout} names; empty = from the evidence
    // The most the verdict may claim (0..1; 0 = no cap): a leaf whose evidence fits more than one
    // cause (nginx's own 503: a limit or, on ingress-nginx, a Service without endpoints; one page
    // for every upstream failure) says so with a confidence of at most this.
    double maxConfidence = 0;

    QString origin; // the file that defined (or last overrode) the node

    bool isLeaf() const { return kind == Kind::Leaf; }
    QString displayTitle() const;
    QString displaySummary() const;
    QString displayExplanation() const;
};

// A problem found while loading rules: which file, which node, what is wrong.
struct RuleLoadIssue
{
    QString file;
    QString node; // empty when the problem is not about one node
    QString message;
    QString toString() const; // "pack.json: node '502.custom': unknown fact 'staus.502' in 'when'"
};

// The 5xx decision tree as data. The built-in tree (resources/rules/*.json, compiled in) is always
// there; user rule packs (JSON files, see README of resources/rules) add nodes or override nodes
// and checklists by id. Each pack is validated on its own against the tree so far: a broken pack
// is reported with its file and node and skipped as a whole, and the built-in rules stay.
// Cheap to copy (shared, immutable); browsable without any request (the GUI's tree view).
class RuleTree
{
    Q_DECLARE_TR_FUNCTIONS(Gatescope::RuleTree)
public:
    static constexpr const char *TranslationContext = "Gatescope::Rules";
    static constexpr const char *PackSchema = "gatescope.rules/1";

    RuleTree(); // empty: no root
    static const RuleTree &builtIn(); // loaded once, from the resources
    // The built-in tree plus the given user packs, in order. Problems go to `issues`.
    static RuleTree withUserPacks(const QStringList &packPaths, QList<RuleLoadIssue> *issues);
    // Where the GUI and CLI look for user packs: <AppDataLocation>/rules/*.json.
    static QString userPackDirectory();
    static QStringList discoverUserPacks();

    bool isEmpty() const;
    const RuleNode *root() const;
    const RuleNode *node(QStringView id) const; // nullptr when unknown
    QList<const RuleNode *> children(const RuleNode &node) const;
    QList<const RuleNode *> nodes() const; // pre-order from the root
    QList<const RuleNode *> leaves() const; // pre-order
    const ChecklistCatalog &checklists() const;
    QStringList loadedPacks() const; // files that were applied, built-ins first

    // True when the node's condition holds for the facts; `deciding` receives the facts of the
    // condition that were present (what decided the step).
    bool conditionHolds(const RuleNode &node, const FactSet &facts, QList<int> *deciding = nullptr) const;

    // Loading primitives (used by builtIn()/withUserPacks(), exposed for tests).
    // Applies one pack (JSON bytes) on top of this tree; on error the tree is unchanged.
    Result<RuleTree> applyPack(const QByteArray &json, const QString &fileName) const;

private:
    struct Data;
    std::shared_ptr<const Data> d;
};

} // namespace Gatescope
