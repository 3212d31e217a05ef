#pragma once

#include "diagnosis/Diagnoser.h"
#include "model/RequestSpec.h"
#include "series/SeriesRunner.h"

#include <QDialog>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QPushButton;
class QSpinBox;

namespace Gatescope::Gui {

class DiagnosisPane;
class WatchChart;
class WorkspaceModel;

// "Watch…": the request of the builder sent again and again (SeriesRunner) with its bounds chosen
// here — interval, count, new or reused connections — and the host and the request budget stated
// before Start. The chart fills in as requests end; the summary below it (failure rate with its
// 95 % interval, failures by verdict, what they go with) follows each one; a click on a failed
// request shows its diagnosis in the pane beside the chart. Stop ends the series at once, as does
// closing the window.
class WatchWindow : public QDialog
{
    Q_OBJECT
public:
    WatchWindow(const RequestSpec &request, const Diagnoser &diagnoser, WorkspaceModel *workspace,
                QWidget *parent = nullptr); // workspace not owned (checklist ticks)
    ~WatchWindow() override;

    SeriesRunner *runner() const { return m_runner; }
    WatchChart *chart() const { return m_chart; }
    DiagnosisPane *diagnosisPane() const { return m_diagnosis; }
    QLabel *summaryLabel() const { return m_summary; }

public Q_SLOTS:
    void start();
    void stop();
    void showFailure(int index);
    void exportLoadScript(); // "Export as…": one user sending this request every interval for the watch's duration

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    SeriesOptions chosenOptions() const;
    void updateBudget();
    void updateSummary();
    void retranslate();

    RequestSpec m_request;
    Diagnoser m_diagnoser;
    SeriesRunner *m_runner = nullptr;
    QLabel *m_target = nullptr;
    QLabel *m_everyLabel = nullptr;
    QDoubleSpinBox *m_every = nullptr;
    QLabel *m_countLabel = nullptr;
    QSpinBox *m_count = nullptr;
    QComboBox *m_connections = nullptr;
    QLabel *m_budget = nullptr;
    QPushButton *m_start = nullptr;
    QPushButton *m_stop = nullptr;
    QPushButton *m_export = nullptr;
    WatchChart *m_chart = nullptr;
    QLabel *m_summary = nullptr;
    DiagnosisPane *m_diagnosis = nullptr;
};

} // namespace Gatescope::Gui
