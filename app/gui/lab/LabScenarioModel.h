#pragma once

#include "lab/Lab.h"
#include "lab/LabScenarioRunner.h"

#include <QAbstractTableModel>
#include <QList>

namespace Gatescope::Gui {

// The 5xx Lab's scenarios as a table: what each one breaks (title, story, textbook case), the
// diagnosis Gatescope is expected to give, and the state of its last run — not run, queued,
// running, matched (the live verdict is the expected one) or differed (with what differed).
// Views read it through the roles; the LabScenarioDelegate paints the state, the cards and the
// Run button from them. Rows are the scenarios in the lab's order and never move.
class LabScenarioModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { StateColumn, ScenarioColumn, ExpectedColumn, RunColumn, ColumnCount };

    enum class RunState { NotRun, Queued, Running, Matched, Differed };
    Q_ENUM(RunState)

    enum Role {
        ScenarioIdRole = Qt::UserRole + 1, // QString "504-too-many-concurrent"
        TitleRole, // QString
        StoryRole, // QString: what is broken
        TextbookCaseRole, // QString: which textbook case it is
        UrlRole, // QUrl the scenario's request goes to
        BurstRole, // int: requests sent at once
        ExpectedStatusRole, // int
        ExpectedCauseRole, // QString cause id
        ExpectedProductRole, // QString product id ("" = any)
        ExpectedDiagnosisRole, // QString: the expectation in one line
        RunStateRole, // int (RunState)
        MatchedRole, // bool: the last run matched the expectation
        VerdictRole, // QString: the last live verdict in one line ("" before a run)
        VerdictSummaryRole, // QString: the last verdict's one-sentence summary
        DifferenceRole, // QString: what differed from the expectation ("" when matched)
        ExchangeCountRole, // int: exchanges of the last run
    };
    Q_ENUM(Role)

    explicit LabScenarioModel(QObject *parent = nullptr);

    // QAbstractTableModel
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;

    void setScenarios(const QList<LabScenario> &scenarios); // resets every run state
    const LabScenario &scenarioAt(int row) const; // row must be in [0, rowCount())
    int rowForId(QStringView scenarioId) const; // -1 when unknown

    void setRunState(const QString &scenarioId, RunState state); // Queued / Running / NotRun
    void setResult(const LabRunResult &result); // Matched or Differed
    RunState runState(int row) const;
    int matchedCount() const;

    // "504 · upstream.timeout · by gatescope-lab" — the same words for expectation and verdict.
    static QString diagnosisLine(int status, const QString &cause, const QString &product, bool predicted);
    // What a verdict got wrong against the scenario ("status 502 instead of 504; …"), "" if nothing.
    static QString difference(const LabScenario &scenario, const Diagnosis &diagnosis);

private:
    struct Row
    {
        LabScenario scenario;
        RunState state = RunState::NotRun;
        QString verdict;
        QString summary;
        QString difference;
        int exchangeCount = 0;
    };

    QString stateText(const Row &row) const;
    QString expectedText(const LabScenario &scenario) const;
    void emitRowChanged(int row);

    QList<Row> m_rows;
};

} // namespace Gatescope::Gui
