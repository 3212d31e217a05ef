#include "diagnosis/RuleTree.h"

#include "diagnosis/DiagnosisLogging.h"
#include "diagnosis/Evidence.h"
#include "diagnosis/Fingerprints.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QStandardPaths>

#include <optional>
#include <vector>

using namespace Qt::StringLiterals;

namespace Gatescope {

namespace {

QString translateRules(const QString &text)
{
    if (text.isEmpty())
        return text;
    return QCoreApplication::translate(RuleTree::TranslationContext, text.toUtf8().constData());
}

// A compiled condition: a small expression tree over fact ids, stored in a flat vector.
struct Condition
{
    enum class Op { True, Fact, Not, And, Or };
    struct Term
    {
        Op op = Op::True;
        int fact = -1;
        int left = -1;
        int right = -1;
    };
    std::vector<Term> terms;
    int root = -1; // -1 = always true

    bool evaluate(int term, const FactSet &facts) const
    {
        const Term &t = terms[size_t(term)];
        switch (t.op) {
        case Op::True:
            return true;
        case Op::Fact:
            return facts.contains(t.fact);
        case Op::Not:
            return !evaluate(t.left, facts);
        case Op::And:
            return evaluate(t.left, facts) && evaluate(t.right, facts);
        case Op::Or:
            return evaluate(t.left, facts) || evaluate(t.right, facts);
        }
        return false;
    }

    void collect(int term, const FactSet &facts, bool negated, QList<int> *out) const
    {
        const Term &t = terms[size_t(term)];
        switch (t.op) {
        case Op::True:
            return;
        case Op::Fact:
            if (!negated && facts.contains(t.fact) && !out->contains(t.fact))
                out->append(t.fact);
            return;
        case Op::Not:
            collect(t.left, facts, !negated, out);
            return;
        case Op::And:
        case Op::Or:
            collect(t.left, facts, negated, out);
            collect(t.right, facts, negated, out);
            return;
        }
    }
};

// Parses "a & (b | !c)"; facts are [A-Za-z0-9._-]+, "true" always holds.
class ConditionParser
{
public:
    explicit ConditionParser(const QString &text)
        : m_text(text)
    { }

    std::optional<Condition> parse(QString *error)
    {
        skipSpace();
        if (m_pos >= m_text.size())
            return Condition {};
        const int root = parseOr();
        skipSpace();
        if (root >= 0 && m_pos < m_text.size())
            fail(u"unexpected '%1'"_s.arg(m_text.at(m_pos)));
        if (!m_error.isEmpty()) {
            *error = m_error;
            return std::nullopt;
        }
        m_condition.root = root;
        return m_condition;
    }

private:
    void skipSpace()
    {
        while (m_pos < m_text.size() && m_text.at(m_pos).isSpace())
            ++m_pos;
    }
    void fail(const QString &message)
    {
        if (m_error.isEmpty())
            m_error = u"%1 at position %2 of '%3'"_s.arg(message).arg(m_pos + 1).arg(m_text);
    }
    int push(Condition::Op op, int fact = -1, int left = -1, int right = -1)
    {
        m_condition.terms.push_back({ op, fact, left, right });
        return int(m_condition.terms.size() - 1);
    }
    int parseOr()
    {
        int left = parseAnd();
        skipSpace();
        while (left >= 0 && m_pos < m_text.size() && m_text.at(m_pos) == u'|') {
            ++m_pos;
            const int right = parseAnd();
            if (right < 0)
                return -1;
            left = push(Condition::Op::Or, -1, left, right);
            skipSpace();
        }
        return left;
    }
    int parseAnd()
    {
        int left = parseUnary();
        skipSpace();
        while (left >= 0 && m_pos < m_text.size() && m_text.at(m_pos) == u'&') {
            ++m_pos;
            const int right = parseUnary();
            if (right < 0)
                return -1;
            left = push(Condition::Op::And, -1, left, right);
            skipSpace();
        }
        return left;
    }
    int parseUnary()
    {
        skipSpace();
        if (m_pos >= m_text.size()) {
            fail(u"expected a fact"_s);
            return -1;
        }
        const QChar c = m_text.at(m_pos);
        if (c == u'!') {
            ++m_pos;
            const int inner = parseUnary();
            return inner < 0 ? -1 : push(Condition::Op::Not, -1, inner);
        }
        if (c == u'(') {
            ++m_pos;
            const int inner = parseOr();
            skipSpace();
            if (inner < 0)
                return -1;
            if (m_pos >= m_text.size() || m_text.at(m_pos) != u')') {
                fail(u"expected ')'"_s);
                return -1;
            }
            ++m_pos;
            return inner;
        }
        const qsizetype start = m_pos;
        while (m_pos < m_text.size()) {
            const QChar ch = m_text.at(m_pos);
            if (!(ch.isLetterOrNumber() || ch == u'.' || ch == u'-' || ch == u'_'))
                break;
            ++m_pos;
        }
        if (m_pos == start) {
            fail(u"expected a fact"_s);
            return -1;
        }
        const QString name = m_text.mid(start, m_pos - start);
        if (name == u"true")
            return push(Condition::Op::True);
        const int id = Facts::id(name);
        if (id < 0) {
            m_pos = start;
            fail(u"unknown fact '%1'"_s.arg(name));
            return -1;
        }
        return push(Condition::Op::Fact, id);
    }

    QString m_text;
    qsizetype m_pos = 0;
    QString m_error;
    Condition m_condition;
};

const QStringList &causeVocabulary()
{
    static const QStringList causes { u"origin.exception"_s,
                                      u"origin.dependency-failure"_s,
                                      u"origin.error"_s,
                                      u"origin.unexpected-content"_s,
                                      u"upstream.refused"_s,
                                      u"upstream.timeout"_s,
                                      u"upstream.closed-early"_s,
                                      u"upstream.reset"_s,
                                      u"upstream.invalid-response"_s,
                                      u"upstream.tls-failure"_s,
                                      u"upstream.dns-failure"_s,
                                      u"upstream.error"_s,
                                      u"capacity.no-healthy-upstream"_s,
                                      u"capacity.rate-limited"_s,
                                      u"capacity.overloaded"_s,
                                      u"maintenance"_s,
                                      u"transport.refused"_s,
                                      u"transport.timeout"_s,
                                      u"transport.closed-early"_s,
                                      u"transport.reset"_s,
                                      u"transport.invalid-response"_s,
                                      u"transport.tls-failure"_s,
                                      u"transport.dns-failure"_s,
                                      u"transport.cancelled"_s,
                                      u"transport.h2-stream-reset"_s,
                                      u"transport.h2-goaway"_s,
                                      u"transport.h2-flow-stall"_s,
                                      u"transport.h2-header-refused"_s,
                                      u"unknown"_s,
                                      u"none"_s };
    return causes;
}

} // namespace

QString RuleNode::displayTitle() const
{
    return translateRules(title);
}

QString RuleNode::displaySummary() const
{
    return translateRules(summary);
}

QString RuleNode::displayExplanation() const
{
    return translateRules(explanation);
}

QString RuleLoadIssue::toString() const
{
    if (node.isEmpty())
        return u"%1: %2"_s.arg(file, message);
    return u"%1: node '%2': %3"_s.arg(file, node, message);
}

struct RuleTree::Data
{
    QList<RuleNode> nodes;
    QHash<QString, qsizetype> index;
    std::vector<Condition> conditions; // parallel to nodes
    QString rootId;
    ChecklistCatalog checklists;
    QStringList packs;

    qsizetype indexOf(const QString &id) const { return index.value(id, -1); }
};

RuleTree::RuleTree()
    : d(std::make_shared<Data>())
{ }

bool RuleTree::isEmpty() const
{
    return d->rootId.isEmpty();
}

const RuleNode *RuleTree::root() const
{
    return node(d->rootId);
}

const RuleNode *RuleTree::node(QStringView id) const
{
    const qsizetype i = d->indexOf(id.toString());
    return i < 0 ? nullptr : &d->nodes.at(i);
}

QList<const RuleNode *> RuleTree::children(const RuleNode &parent) const
{
    QList<const RuleNode *> result;
    for (const QString &id : parent.children) {
        if (const RuleNode *child = node(id))
            result.append(child);
    }
    return result;
}

QList<const RuleNode *> RuleTree::nodes() const
{
    QList<const RuleNode *> result;
    const RuleNode *start = root();
    if (!start)
        return result;
    QList<const RuleNode *> stack { start };
    while (!stack.isEmpty()) {
        const RuleNode *current = stack.takeLast();
        result.append(current);
        const QList<const RuleNode *> kids = children(*current);
        for (auto it = kids.crbegin(); it != kids.crend(); ++it)
            stack.append(*it);
    }
    return result;
}

QList<const RuleNode *> RuleTree::leaves() const
{
    QList<const RuleNode *> result;
    for (const RuleNode *n : nodes()) {
        if (n->isLeaf())
            result.append(n);
    }
    return result;
}

const ChecklistCatalog &RuleTree::checklists() const
{
    return d->checklists;
}

QStringList RuleTree::loadedPacks() const
{
    return d->packs;
}

bool RuleTree::conditionHolds(const RuleNode &node, const FactSet &facts, QList<int> *deciding) const
{
    const qsizetype i = &node - d->nodes.constData();
    if (i < 0 || i >= d->nodes.size())
        return false;
    const Condition &condition = d->conditions[size_t(i)];
    if (condition.root < 0)
        return true;
    if (!condition.evaluate(condition.root, facts))
        return false;
    if (deciding)
        condition.collect(condition.root, facts, false, deciding);
    return true;
}

Result<RuleTree> RuleTree::applyPack(const QByteArray &json, const QString &fileName) const
{
    RuleLoadIssue issue;
    issue.file = fileName;
    auto fail = [&issue](const QString &node, const QString &message) -> Result<RuleTree> {
        issue.node = node;
        issue.message = message;
        return Error { issue.toString() };
    };

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail({}, u"offset %1: %2"_s.arg(parseError.offset).arg(parseError.errorString()));
    const QJsonObject rootObject = document.object();
    if (rootObject.value(u"schema"_s).toString() != QLatin1StringView(PackSchema))
        return fail({}, u"expected \"schema\": \"%1\""_s.arg(QLatin1StringView(PackSchema)));

    auto data = std::make_shared<Data>(*d);

    if (rootObject.contains(u"checklists"_s)) {
        const QJsonDocument checklistsDocument(rootObject.value(u"checklists"_s).toArray());
        Result<QList<Checklist>> parsed
            = ChecklistCatalog::parse(checklistsDocument.toJson(QJsonDocument::Compact), fileName);
        if (!parsed)
            return Error { parsed.error() };
        for (const Checklist &checklist : parsed.value())
            data->checklists.insert(checklist, fileName);
    }

    const QJsonArray nodeArray = rootObject.value(u"nodes"_s).toArray();
    QStringList touched;
    for (qsizetype n = 0; n < nodeArray.size(); ++n) {
        const QJsonObject object = nodeArray.at(n).toObject();
        const QString id = object.value(u"id"_s).toString();
        if (id.isEmpty())
            return fail(u"#%1"_s.arg(n + 1), u"missing \"id\""_s);
        if (touched.contains(id))
            return fail(id, u"defined twice in this file"_s);
        touched.append(id);
        qsizetype index = data->indexOf(id);
        const bool isNew = index < 0;
        if (isNew) {
            RuleNode fresh;
            fresh.id = id;
            index = data->nodes.size();
            data->nodes.append(fresh);
            data->conditions.emplace_back();
            data->index.insert(id, index);
        }
        RuleNode &node = data->nodes[index];
        node.origin = fileName;
        auto stringField = [&object](const char16_t *key, QString &target) {
            const QString name = QString::fromUtf16(key);
            if (object.contains(name))
                target = object.value(name).toString();
        };
        stringField(u"title", node.title);
        stringField(u"when", node.when);
        stringField(u"cause", node.cause);
        stringField(u"summary", node.summary);
        stringField(u"explanation", node.explanation);
        stringField(u"checklist", node.checklist);
        stringField(u"product", node.product);
        stringField(u"layer", node.layer);
        stringField(u"retry", node.retry);
        stringField(u"timeoutPhase", node.timeoutPhase);
        if (object.contains(u"typicalStatus"_s))
            node.typicalStatus = object.value(u"typicalStatus"_s).toInt();
        if (object.contains(u"predictedStatus"_s))
            node.predictedStatus = object.value(u"predictedStatus"_s).toInt();
        if (object.contains(u"maxConfidence"_s))
            node.maxConfidence = object.value(u"maxConfidence"_s).toDouble(-1);
        if (object.contains(u"kind"_s)) {
            const QString kind = object.value(u"kind"_s).toString();
            if (kind != u"inner" && kind != u"leaf")
                return fail(id, u"\"kind\" must be \"inner\" or \"leaf\", not '%1'"_s.arg(kind));
            node.kind = kind == u"leaf" ? RuleNode::Kind::Leaf : RuleNode::Kind::Inner;
        } else if (isNew) {
            node.kind = object.contains(u"cause"_s) ? RuleNode::Kind::Leaf : RuleNode::Kind::Inner;
        }

        // Placement: the root has no parent; every other new node needs one.
        const QString parentId = object.value(u"parent"_s).toString(isNew ? QString() : node.parent);
        if (parentId.isEmpty()) {
            if (!isNew && !node.parent.isEmpty())
                return fail(id, u"a node cannot be turned into the root"_s);
            if (isNew && !data->rootId.isEmpty())
                return fail(id, u"missing \"parent\" (the tree already has the root '%1')"_s.arg(data->rootId));
            data->rootId = id;
            continue;
        }
        const qsizetype parentIndex = data->indexOf(parentId);
        if (parentIndex < 0)
            return fail(id, u"unknown parent '%1'"_s.arg(parentId));
        if (parentId == id)
            return fail(id, u"a node cannot be its own parent"_s);
        const QString before = object.value(u"before"_s).toString();
        if (parentId != node.parent || !before.isEmpty() || isNew) {
            if (!node.parent.isEmpty()) {
                const qsizetype oldParent = data->indexOf(node.parent);
                if (oldParent >= 0)
                    data->nodes[oldParent].children.removeAll(id);
            }
            RuleNode &parent = data->nodes[parentIndex];
            parent.children.removeAll(id);
            qsizetype position = parent.children.size();
            if (!before.isEmpty()) {
                position = parent.children.indexOf(before);
                if (position < 0)
                    return fail(id, u"\"before\" names '%1', which is not a child of '%2'"_s.arg(before, parentId));
            } else if (isNew && !touched.contains(parentId)) {
                // Added to an existing branch: go before its "otherwise" child (empty condition).
                for (qsizetype c = 0; c < parent.children.size(); ++c) {
                    const qsizetype sibling = data->indexOf(parent.children.at(c));
                    if (sibling >= 0 && data->nodes.at(sibling).when.trimmed().isEmpty()) {
                        position = c;
                        break;
                    }
                }
            }
            parent.children.insert(position, id);
            data->nodes[index].parent = parentId;
        }
    }

    // Validate the whole tree as it now stands.
    if (data->rootId.isEmpty())
        return fail({}, u"the tree has no root node"_s);
    const QStringList &causes = causeVocabulary();
    QStringList products = FingerprintCatalog::contractProductIds();
    products.append(u"detected"_s);
    for (qsizetype i = 0; i < data->nodes.size(); ++i) {
        const RuleNode &node = data->nodes.at(i);
        QString error;
        ConditionParser parser(node.when);
        std::optional<Condition> condition = parser.parse(&error);
        if (!condition)
            return fail(node.id, u"\"when\": %1"_s.arg(error));
        data->conditions[size_t(i)] = std::move(*condition);
        if (node.title.isEmpty())
            return fail(node.id, u"missing \"title\""_s);
        if (node.isLeaf()) {
            if (!node.children.isEmpty())
                return fail(node.id, u"a leaf cannot have children (%1)"_s.arg(node.children.join(u", "_s)));
            if (!causes.contains(node.cause))
                return fail(node.id, u"cause '%1' is not in the contract's vocabulary"_s.arg(node.cause));
            if (node.summary.isEmpty())
                return fail(node.id, u"a leaf needs a \"summary\""_s);
            if (node.explanation.isEmpty())
                return fail(node.id, u"a leaf needs an \"explanation\""_s);
            if (node.checklist.isEmpty() || !data->checklists.contains(node.checklist))
                return fail(node.id, u"checklist '%1' does not exist"_s.arg(node.checklist));
            if (node.layer != u"origin" && node.layer != u"gateway" && node.layer != u"client"
                && node.layer != u"detected")
                return fail(node.id, u"layer must be origin, gateway, client or detected, not '%1'"_s.arg(node.layer));
            if (!products.contains(node.product))
                return fail(node.id,
                            u"product '%1' is neither a contract product id nor \"detected\""_s.arg(node.product));
            if (!node.retry.isEmpty() && node.retry != u"fix-first" && node.retry != u"do-not-retry")
                return fail(node.id,
                            u"retry must be \"fix-first\" or \"do-not-retry\" when given, not '%1'"_s.arg(node.retry));
            if (node.maxConfidence < 0 || node.maxConfidence > 1)
                return fail(node.id, u"maxConfidence must be a number from 0 to 1 when given"_s);
            if (!node.timeoutPhase.isEmpty() && node.timeoutPhase != u"connect" && node.timeoutPhase != u"read")
                return fail(
                    node.id,
                    u"timeoutPhase must be \"connect\" or \"read\" when given, not '%1'"_s.arg(node.timeoutPhase));
        } else {
            if (node.children.isEmpty())
                return fail(node.id, u"an inner node needs at least one child"_s);
        }
        // A sibling after one that always holds can never be reached.
        for (qsizetype c = 0; c + 1 < node.children.size(); ++c) {
            const qsizetype child = data->indexOf(node.children.at(c));
            if (child >= 0 && data->nodes.at(child).when.trimmed().isEmpty())
                return fail(
                    node.children.at(c + 1),
                    u"can never be reached: its earlier sibling '%1' has no condition"_s.arg(node.children.at(c)));
        }
    }
    // Every node hangs off the root.
    QSet<QString> reached;
    QStringList stack { data->rootId };
    while (!stack.isEmpty()) {
        const QString id = stack.takeLast();
        if (reached.contains(id))
            return fail(id, u"is reached twice (a cycle in the tree)"_s);
        reached.insert(id);
        stack.append(data->nodes.at(data->indexOf(id)).children);
    }
    for (const RuleNode &node : std::as_const(data->nodes)) {
        if (!reached.contains(node.id))
            return fail(node.id, u"is not connected to the root"_s);
    }
    data->packs.append(fileName);
    RuleTree tree;
    tree.d = std::move(data);
    return tree;
}

const RuleTree &RuleTree::builtIn()
{
    static const RuleTree tree = [] {
        RuleTree result;
        auto data = std::make_shared<Data>();
        const QDir checklistDir(u":/checklists"_s);
        for (const QString &name : checklistDir.entryList({ u"*.json"_s }, QDir::Files, QDir::Name)) {
            QFile file(checklistDir.filePath(name));
            if (!file.open(QIODevice::ReadOnly))
                continue;
            Result<QList<Checklist>> parsed = ChecklistCatalog::parse(file.readAll(), file.fileName());
            if (!parsed) {
                qCCritical(lcDiagnosis) << "built-in checklists are broken:" << parsed.error();
                continue;
            }
            for (const Checklist &checklist : parsed.value())
                data->checklists.insert(checklist, file.fileName());
        }
        result.d = data;
        const QDir rulesDir(u":/rules"_s);
        for (const QString &name : rulesDir.entryList({ u"*.json"_s }, QDir::Files, QDir::Name)) {
            QFile file(rulesDir.filePath(name));
            if (!file.open(QIODevice::ReadOnly))
                continue;
            Result<RuleTree> applied = result.applyPack(file.readAll(), file.fileName());
            if (!applied) {
                qCCritical(lcDiagnosis) << "built-in rules are broken:" << applied.error();
                continue;
            }
            result = std::move(applied).value();
        }
        return result;
    }();
    return tree;
}

RuleTree RuleTree::withUserPacks(const QStringList &packPaths, QList<RuleLoadIssue> *issues)
{
    // A caller that collects the issues reports them itself (the CLI prints one line each, the GUI
    // lists them); only without one are they logged, so that no problem is reported twice.
    auto report = [issues](RuleLoadIssue issue) {
        if (issues)
            issues->append(std::move(issue));
        else
            qCWarning(lcDiagnosis).noquote() << "rule pack skipped:" << issue.toString();
    };
    RuleTree tree = builtIn();
    for (const QString &path : packPaths) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            report({ path, {}, file.errorString() });
            continue;
        }
        if (file.size() > 16 * 1024 * 1024) {
            report({ path, {}, tr("rule pack larger than 16 MiB") });
            continue;
        }
        Result<RuleTree> applied = tree.applyPack(file.readAll(), path);
        if (!applied) {
            // The message already names file and node; keep them apart for the GUI too.
            RuleLoadIssue issue { path, {}, applied.error() };
            const QString prefix = path + u": node '"_s;
            if (applied.error().startsWith(prefix)) {
                const qsizetype end = applied.error().indexOf(u"': "_s, prefix.size());
                if (end > 0) {
                    issue.node = applied.error().mid(prefix.size(), end - prefix.size());
                    issue.message = applied.error().mid(end + 3);
                }
            } else if (applied.error().startsWith(path + u": "_s)) {
                issue.message = applied.error().mid(path.size() + 2);
            }
            report(std::move(issue));
            continue;
        }
        tree = std::move(applied).value();
    }
    return tree;
}

QString RuleTree::userPackDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/rules"_s;
}

QStringList RuleTree::discoverUserPacks()
{
    QStringList paths;
    const QDir dir(userPackDirectory());
    for (const QString &name : dir.entryList({ u"*.json"_s }, QDir::Files | QDir::Readable, QDir::Name))
        paths.append(dir.filePath(name));
    return paths;
}

} // namespace Gatescope
