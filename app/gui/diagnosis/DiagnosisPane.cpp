#include "gui/diagnosis/DiagnosisPane.h"

#include "diagnosis/Fingerprints.h"
#include "gui/diagnosis/ChecklistModel.h"
#include "gui/diagnosis/ChecklistView.h"
#include "gui/diagnosis/DecisionTreeModel.h"
#include "gui/diagnosis/DecisionTreeView.h"
#include "gui/diagnosis/HopRowView.h"
#include "gui/diagnosis/TimeoutTableDialog.h"
#include "gui/workspace/WorkspaceModel.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTextBrowser>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Gatescope::Gui {

DiagnosisPane::DiagnosisPane(WorkspaceModel *workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
{
    setupWidgets();
    retranslate();
}

void DiagnosisPane::setupWidgets()
{
    m_verdict = new QLabel(this);
    m_verdict->setWordWrap(true);
    m_verdict->setTextFormat(Qt::RichText);
    m_verdict->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_verdict->setFocusPolicy(Qt::StrongFocus);
    m_verdict->setMargin(4);

    m_model = new DecisionTreeModel(this);
    m_tree = new DecisionTreeView(this);
    m_tree->setDecisionTreeModel(m_model);

    auto *details = new QWidget(this);
    m_nodeTitle = new QLabel(details);
    m_nodeTitle->setWordWrap(true);
    QFont bold = m_nodeTitle->font();
    bold.setBold(true);
    m_nodeTitle->setFont(bold);
    m_explanation = new QTextBrowser(details);
    m_explanation->setOpenExternalLinks(false);
    m_checklistModel = new ChecklistModel(this);
    m_checklist = new ChecklistView(details);
    m_checklist->setModel(m_checklistModel);
    auto *detailLayout = new QVBoxLayout(details);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addWidget(m_nodeTitle);
    detailLayout->addWidget(m_explanation, 2);
    detailLayout->addWidget(m_checklist, 3);

    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->setObjectName(u"diagnosisSplitter"_s);
    m_splitter->addWidget(m_tree);
    m_splitter->addWidget(details);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_hops = new HopRowView(this);
    m_hops->hide();
    layout->addWidget(m_hops);
    m_audit = new QLabel(this);
    m_audit->setObjectName(u"timeoutAudit"_s);
    m_audit->setWordWrap(true);
    m_audit->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_audit->setMargin(4);
    m_editTimeouts = new QPushButton(this);
    m_editTimeouts->setObjectName(u"editTimeouts"_s);
    m_editTimeouts->hide();
    connect(m_editTimeouts, &QPushButton::clicked, this, &DiagnosisPane::openTimeoutTable);
    auto *auditRow = new QHBoxLayout;
    auditRow->setContentsMargins(0, 0, 4, 0);
    auditRow->addWidget(m_audit, 1);
    auditRow->addWidget(m_editTimeouts, 0, Qt::AlignTop);
    layout->addLayout(auditRow);
    layout->addWidget(m_verdict);
    layout->addWidget(m_splitter, 1);

    connect(m_tree, &DecisionTreeView::nodeSelected, this, &DiagnosisPane::showNode);
    if (m_workspace)
        connect(m_workspace, &WorkspaceModel::timeoutCorrectionsChanged, this, [this] {
            if (m_hopsOf)
                showHopsOf(m_hopsOf->first, m_hopsOf->second);
        });
    connect(m_checklistModel, &ChecklistModel::checkedItemsChanged, this,
            [this](const QString &id, const QSet<int> &checked) {
                if (m_workspace)
                    m_workspace->setCheckedItems(id, checked);
            });
}

void DiagnosisPane::retranslate()
{
    m_tree->setAccessibleName(tr("Decision tree of the 5xx rules"));
    m_explanation->setAccessibleName(tr("Explanation of the selected rule"));
    m_verdict->setAccessibleName(tr("Verdict"));
    m_editTimeouts->setText(tr("Timeouts…"));
    m_editTimeouts->setToolTip(tr("The hops' timeouts side by side; correct them to your configuration"));
    updateVerdict();
    showNode(m_selectedNode);
}

void DiagnosisPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void DiagnosisPane::setRuleTree(const RuleTree &tree)
{
    m_model->setRuleTree(tree);
    if (m_hasDiagnosis) {
        m_model->setPath(m_diagnosis.path);
        m_tree->showPath();
    }
}

void DiagnosisPane::showDiagnosis(const Diagnosis &diagnosis)
{
    m_diagnosis = diagnosis;
    m_hasDiagnosis = true;
    m_model->setResponseArrived(diagnosis.status > 0 && !diagnosis.predicted);
    m_model->setPath(diagnosis.path);
    updateVerdict();
    m_tree->showPath();
    const QString leaf
        = diagnosis.leaf.isEmpty() && !diagnosis.path.isEmpty() ? diagnosis.path.constLast().node : diagnosis.leaf;
    showNode(leaf);
}

void DiagnosisPane::clearDiagnosis()
{
    m_hasDiagnosis = false;
    m_diagnosis = {};
    m_model->clearPath();
    updateVerdict();
    m_tree->showOverview();
    showNode(QString());
    showHops({});
    m_hopsOf.reset();
}

void DiagnosisPane::showHopsOf(const Exchange &exchange, const Diagnosis &diagnosis)
{
    m_hopsOf = std::pair(exchange, diagnosis);
    const HopChain chain
        = TimeoutAudit::corrected(HopChain::build(exchange, diagnosis), exchange,
                                  m_workspace ? m_workspace->timeoutCorrections() : TimeoutCorrections {});
    showHops(chain, TimeoutAudit::audit(chain, exchange));
    m_editTimeouts->setVisible(!chain.hops.isEmpty());
}

std::optional<HopChain> DiagnosisPane::hopChain() const
{
    if (!m_hopsOf)
        return std::nullopt;
    return HopChain::build(m_hopsOf->first, m_hopsOf->second);
}

void DiagnosisPane::openTimeoutTable()
{
    if (!m_hopsOf)
        return;
    auto *dialog = new TimeoutTableDialog(m_workspace, m_hopsOf->first, m_hopsOf->second, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void DiagnosisPane::showHops(const HopChain &chain, const QList<TimeoutFinding> &audit)
{
    if (chain.hops.isEmpty())
        m_editTimeouts->hide();
    m_hops->setChain(chain);
    m_hops->setVisible(!chain.hops.isEmpty());
    QStringList lines;
    for (const TimeoutFinding &finding : audit)
        lines.append(u"⚠ "_s + finding.text);
    m_audit->setText(lines.join(u'\n'));
    m_audit->setToolTip(tr("Timeout audit: the hops' timeouts side by side, the defaults and the values you gave"));
    m_audit->setVisible(!lines.isEmpty());
}

QString DiagnosisPane::retryText() const
{
    const RetryAdvice &retry = m_diagnosis.retry;
    if (retry.advice == u"retry-with-backoff")
        return tr("Retry with backoff.");
    if (retry.advice == u"retry-after")
        return retry.afterSeconds ? tr("Retry after %Ln s.", nullptr, *retry.afterSeconds)
                                  : tr("Retry later, as the server asked.");
    if (retry.advice == u"do-not-retry")
        return tr("Do not retry as it is.");
    if (retry.advice == u"fix-first")
        return tr("Fix the cause first; retrying will not help.");
    return {};
}

void DiagnosisPane::updateVerdict()
{
    if (!m_hasDiagnosis) {
        m_verdict->setText(
            tr("<b>No request diagnosed yet.</b> Send a request or select an entry of a capture. "
               "Meanwhile, browse the rules below: select a verdict to read what it means and what to check."));
        return;
    }
    const Diagnosis &d = m_diagnosis;
    // The verdict in words: the leaf's translated title, never the cause id (that stays in JSON
    // and in the tooltip).
    const RuleNode *leaf = d.leaf.isEmpty() ? nullptr : m_model->ruleTree().node(d.leaf);
    const QString title = (leaf ? leaf->displayTitle() : tr("Cause not decided")).toHtmlEscaped();
    QString headline;
    if (d.cause == u"transport.cancelled") {
        // The user's own stop: no status, no prediction, no producer, no retry advice.
        m_verdict->setText(u"<b>"_s + title + u"</b><br>"_s + d.summary.toHtmlEscaped());
        m_verdict->setToolTip(d.cause);
        return;
    }
    if (d.cause == u"none")
        headline = tr("%1 — no server error").arg(d.status);
    else if (d.predicted)
        //: %1 = the status a gateway in front would answer, %2 = the verdict's title
        headline = tr("No HTTP response — a gateway in front would answer %1 (%2)").arg(d.status).arg(title);
    else if (d.status > 0)
        //: %1 = status, %2 = the verdict's title
        headline = tr("%1 — %2").arg(d.status).arg(title);
    else
        headline = title;
    m_verdict->setToolTip(tr("Cause id: %1").arg(d.cause));
    QString producer;
    if (d.producer.product == u"none") {
        //: No hop produced an HTTP answer (the client saw a transport failure); %1 = confidence in percent
        producer = tr("No server answered: the failure was seen by the client (%1% sure)")
                       .arg(QLocale().toString(qRound(d.producer.confidence * 100)));
    } else if (!d.producer.product.isEmpty()) {
        const QString name = FingerprintCatalog::builtIn().displayName(d.producer.product);
        QString layer = d.producer.layer;
        if (layer == u"gateway")
            //: Producer layer shown after the product name
            layer = tr("gateway");
        else if (layer == u"origin")
            //: Producer layer shown after the product name
            layer = tr("origin");
        else if (layer == u"client")
            //: Producer layer shown after the product name
            layer = tr("client");
        //: Who made the answer: product name, layer (origin/gateway/client), confidence in percent
        producer = tr("Made by %1 (%2, %3% sure)")
                       .arg(name.toHtmlEscaped(), layer.toHtmlEscaped(),
                            QLocale().toString(qRound(d.producer.confidence * 100)));
    }
    QString html = u"<b>"_s + headline + u"</b><br>"_s + d.summary.toHtmlEscaped();
    const QString retry = retryText();
    if (!producer.isEmpty() || !retry.isEmpty())
        html += u"<br><i>"_s + producer + (producer.isEmpty() || retry.isEmpty() ? QString() : u" · "_s)
            + retry.toHtmlEscaped() + u"</i>"_s;
    m_verdict->setText(html);
}

void DiagnosisPane::showNode(const QString &nodeId)
{
    m_selectedNode = nodeId;
    const RuleNode *node = nodeId.isEmpty() ? nullptr : m_model->ruleTree().node(nodeId);
    if (!node) {
        m_nodeTitle->setText(tr("Select a rule to read about it."));
        m_explanation->clear();
        m_checklistModel->setChecklist({}, {});
        return;
    }
    m_nodeTitle->setText(node->displayTitle());
    if (!node->isLeaf()) {
        QStringList answers;
        for (const RuleNode *child : m_model->ruleTree().children(*node))
            answers.append(u"<li>"_s + child->displayTitle().toHtmlEscaped() + u"</li>"_s);
        m_explanation->setHtml(
            tr("<p>This rule asks a question of the evidence. Its branches, tried in order:</p><ul>%1</ul>"
               "<p>Select a verdict (a leaf) to see its explanation and checklist.</p>")
                .arg(answers.join(QString())));
        m_checklistModel->setChecklist({}, {});
        return;
    }
    const bool reached = m_hasDiagnosis
        && (m_diagnosis.leaf == node->id
            || (!m_diagnosis.path.isEmpty() && m_diagnosis.path.constLast().node == node->id));
    QString html;
    if (reached && !m_diagnosis.summary.isEmpty())
        html += u"<p><b>"_s + m_diagnosis.summary.toHtmlEscaped() + u"</b></p>"_s;
    const QString explanation
        = reached && !m_diagnosis.explanation.isEmpty() ? m_diagnosis.explanation : node->displayExplanation();
    html += u"<p>"_s + explanation.toHtmlEscaped() + u"</p>"_s;
    if (!node->cause.isEmpty())
        html += u"<p><small>"_s + tr("Cause id: %1").arg(node->cause.toHtmlEscaped()) + u"</small></p>"_s;
    m_explanation->setHtml(html);

    Checklist checklist = m_model->ruleTree().checklists().translated(node->checklist);
    if (checklist.id.isEmpty() && reached)
        checklist = m_diagnosis.checklist;
    const QSet<int> checked = m_workspace ? m_workspace->checkedItems(checklist.id) : QSet<int>();
    m_checklistModel->setChecklist(checklist, checked);
}

} // namespace Gatescope::Gui
