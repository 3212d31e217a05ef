#include "gui/lab/LabScenarioModel.h"

#include "diagnosis/CauseTitles.h"

using namespace Qt::StringLiterals;

namespace Gatescope::Gui {

LabScenarioModel::LabScenarioModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

int LabScenarioModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int LabScenarioModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString LabScenarioModel::diagnosisLine(int status, const QString &cause, const QString &product, bool predicted)
{
    // The cause by its title; the id is in the JSON and the tooltip.
    QString line = u"%1 · %2"_s.arg(status).arg(CauseTitles::cause(cause));
    if (!product.isEmpty() && product != u"none")
        //: Lab: who produced the answer, e.g. "504 · upstream.timeout · by gatescope-lab"
        line += tr(" · by %1").arg(product);
    if (predicted)
        //: Lab: the status is what a gateway in front would have answered, not a status received
        line += tr(" · predicted");
    return line;
}

QString LabScenarioModel::difference(const LabScenario &scenario, const Diagnosis &diagnosis)
{
    QStringList parts;
    if (diagnosis.status != scenario.expectedStatus)
        //: Lab: %1 = status diagnosed, %2 = status expected
        parts << tr("status %1 instead of %2").arg(diagnosis.status).arg(scenario.expectedStatus);
    if (diagnosis.cause != scenario.expectedCause)
        parts << tr("cause %1 instead of %2")
                     .arg(diagnosis.cause.isEmpty() ? tr("(none)") : CauseTitles::cause(diagnosis.cause),
                          CauseTitles::cause(scenario.expectedCause));
    if (!scenario.expectedProduct.isEmpty() && diagnosis.producer.product != scenario.expectedProduct)
        parts << tr("produced by %1 instead of %2")
                     .arg(diagnosis.producer.product.isEmpty() ? tr("(unknown)") : diagnosis.producer.product,
                          scenario.expectedProduct);
    if (diagnosis.predicted != scenario.expectedPredicted)
        parts << (scenario.expectedPredicted ? tr("a received status where a predicted one was expected")
                                             : tr("a predicted status where a received one was expected"));
    return parts.join(u"; "_s);
}

QString LabScenarioModel::expectedText(const LabScenario &scenario) const
{
    return diagnosisLine(scenario.expectedStatus, scenario.expectedCause, scenario.expectedProduct,
                         scenario.expectedPredicted);
}

QString LabScenarioModel::stateText(const Row &row) const
{
    switch (row.state) {
    case RunState::NotRun:
        return tr("Not run");
    case RunState::Queued:
        return tr("Queued");
    case RunState::Running:
        return tr("Running…");
    case RunState::Matched:
        return tr("Matches");
    case RunState::Differed:
        return tr("Differs");
    }
    return {};
}

QVariant LabScenarioModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const LabScenario &scenario = row.scenario;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case StateColumn:
            return stateText(row);
        case ScenarioColumn:
            return scenario.title;
        case ExpectedColumn:
            return expectedText(scenario);
        case RunColumn:
            //: Lab: the button that sends one scenario's request(s)
            return tr("Run");
        }
        return {};
    case Qt::ToolTipRole:
        switch (index.column()) {
        case StateColumn:
            if (row.state == RunState::Differed)
                return tr("Diagnosed %1 — %2").arg(row.verdict, row.difference);
            if (row.state == RunState::Matched)
                return tr("Diagnosed %1, as expected. %2").arg(row.verdict, row.summary);
            return stateText(row);
        case ScenarioColumn:
            return u"%1\n%2\n%3"_s.arg(scenario.title, scenario.request.url.toDisplayString(), scenario.story);
        case ExpectedColumn:
            return u"%1\n%2"_s.arg(expectedText(scenario), scenario.textbookCase);
        case RunColumn:
            return scenario.burst > 1 ? tr("Send %n requests at once", nullptr, scenario.burst)
                                      : tr("Send the request");
        }
        return {};
    case Qt::AccessibleTextRole:
        switch (index.column()) {
        case StateColumn:
            return row.state == RunState::Differed ? tr("Differs: %1").arg(row.difference) : stateText(row);
        case ScenarioColumn:
            return u"%1. %2"_s.arg(scenario.title, scenario.story);
        case ExpectedColumn:
            return tr("Expected diagnosis %1. %2").arg(expectedText(scenario), scenario.textbookCase);
        case RunColumn:
            return tr("Run %1").arg(scenario.title);
        }
        return {};
    case ScenarioIdRole:
        return scenario.id;
    case TitleRole:
        return scenario.title;
    case StoryRole:
        return scenario.story;
    case TextbookCaseRole:
        return scenario.textbookCase;
    case UrlRole:
        return scenario.request.url;
    case BurstRole:
        return scenario.burst;
    case ExpectedStatusRole:
        return scenario.expectedStatus;
    case ExpectedCauseRole:
        return scenario.expectedCause;
    case ExpectedProductRole:
        return scenario.expectedProduct;
    case ExpectedDiagnosisRole:
        return expectedText(scenario);
    case RunStateRole:
        return int(row.state);
    case MatchedRole:
        return row.state == RunState::Matched;
    case VerdictRole:
        return row.verdict;
    case VerdictSummaryRole:
        return row.summary;
    case DifferenceRole:
        return row.difference;
    case ExchangeCountRole:
        return row.exchangeCount;
    default:
        return {};
    }
}

QVariant LabScenarioModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && section == StateColumn
        && (role == Qt::ToolTipRole || role == Qt::AccessibleTextRole))
        //: Lab table header (a narrow column of check marks): did the live diagnosis match the expected one
        return tr("State: a check mark when the live diagnosis matches the expected one");
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case StateColumn:
        return QString();
    case ScenarioColumn:
        return tr("Scenario");
    case ExpectedColumn:
        return tr("Expected diagnosis");
    case RunColumn:
        return QString();
    }
    return {};
}

Qt::ItemFlags LabScenarioModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

QHash<int, QByteArray> LabScenarioModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(ScenarioIdRole, "scenarioId");
    names.insert(TitleRole, "title");
    names.insert(StoryRole, "story");
    names.insert(TextbookCaseRole, "textbookCase");
    names.insert(UrlRole, "url");
    names.insert(BurstRole, "burst");
    names.insert(ExpectedStatusRole, "expectedStatus");
    names.insert(ExpectedCauseRole, "expectedCause");
    names.insert(ExpectedProductRole, "expectedProduct");
    names.insert(ExpectedDiagnosisRole, "expectedDiagnosis");
    names.insert(RunStateRole, "runState");
    names.insert(MatchedRole, "matched");
    names.insert(VerdictRole, "verdict");
    names.insert(VerdictSummaryRole, "verdictSummary");
    names.insert(DifferenceRole, "difference");
    names.insert(ExchangeCountRole, "exchangeCount");
    return names;
}

void LabScenarioModel::setScenarios(const QList<LabScenario> &scenarios)
{
    beginResetModel();
    m_rows.clear();
    m_rows.reserve(scenarios.size());
    for (const LabScenario &scenario : scenarios)
        m_rows.append(Row { scenario, RunState::NotRun, {}, {}, {}, 0 });
    endResetModel();
}

const LabScenario &LabScenarioModel::scenarioAt(int row) const
{
    return m_rows.at(row).scenario;
}

int LabScenarioModel::rowForId(QStringView scenarioId) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).scenario.id == scenarioId)
            return int(i);
    }
    return -1;
}

void LabScenarioModel::setRunState(const QString &scenarioId, RunState state)
{
    const int row = rowForId(scenarioId);
    if (row < 0 || m_rows.at(row).state == state)
        return;
    m_rows[row].state = state;
    emitRowChanged(row);
}

void LabScenarioModel::setResult(const LabRunResult &result)
{
    const int row = rowForId(result.scenarioId);
    if (row < 0)
        return;
    Row &entry = m_rows[row];
    entry.exchangeCount = int(result.exchanges.size());
    if (result.shownIndex < 0) {
        entry.state = RunState::Differed;
        entry.verdict = tr("no exchange");
        entry.summary.clear();
        entry.difference = tr("the scenario produced no exchange to diagnose");
    } else {
        const Diagnosis &diagnosis = result.diagnosis;
        entry.state = result.matched ? RunState::Matched : RunState::Differed;
        entry.verdict
            = diagnosisLine(diagnosis.status, diagnosis.cause, diagnosis.producer.product, diagnosis.predicted);
        entry.summary = diagnosis.summary;
        entry.difference = result.matched ? QString() : difference(entry.scenario, diagnosis);
        if (!result.matched && entry.difference.isEmpty())
            entry.difference = tr("the verdict differs from the expected one");
    }
    emitRowChanged(row);
}

LabScenarioModel::RunState LabScenarioModel::runState(int row) const
{
    return m_rows.at(row).state;
}

int LabScenarioModel::matchedCount() const
{
    return int(
        std::count_if(m_rows.cbegin(), m_rows.cend(), [](const Row &row) { return row.state == RunState::Matched; }));
}

void LabScenarioModel::emitRowChanged(int row)
{
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

} // namespace Gatescope::Gui
