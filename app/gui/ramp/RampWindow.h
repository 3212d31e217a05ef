#pragma once

#include "diagnosis/Diagnoser.h"
#include "model/RequestSpec.h"
#include "series/RampRunner.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace Gatescope::Gui {

class RampChart;

// "Ramp…": the capacity probe for the request of the builder. Its bounds are chosen here — from,
// to, step, hold and the request budget — and the target host with the total budget and the
// longest time are stated before Start; Start asks for confirmation naming them again (and the
// gentle caps it goes above, if any) and sends nothing without it. The chart fills in step by step
// (RampChart) and the knee is marked when it is found; the text below says it in words with its
// rule. Cancel ends the ramp within a second, as does closing the window.
class RampWindow : public QDialog
{
    Q_OBJECT
public:
    RampWindow(const RequestSpec &request, const Diagnoser &diagnoser, QWidget *parent = nullptr);
    ~RampWindow() override;

    RampRunner *runner() const { return m_runner; }
    RampChart *chart() const { return m_chart; }
    QPlainTextEdit *summary() const { return m_summary; } // the steps as a table and the knee in words
    RampOptions chosenOptions() const;
    QString confirmationText() const; // what Start asks

public Q_SLOTS:
    void start(); // asks first; starts only on Yes
    void stop();
    void exportLoadScript(); // "Export as…": the chosen ramp as a Locust or k6 script

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    QString targetHost() const;
    void updateBudget();
    void updateSummary();
    void setEditable(bool editable);
    void retranslate();

    RequestSpec m_request;
    RampRunner *m_runner = nullptr;
    QLabel *m_target = nullptr;
    QLabel *m_fromLabel = nullptr;
    QSpinBox *m_from = nullptr;
    QLabel *m_toLabel = nullptr;
    QSpinBox *m_to = nullptr;
    QLabel *m_stepLabel = nullptr;
    QSpinBox *m_step = nullptr;
    QLabel *m_holdLabel = nullptr;
    QSpinBox *m_hold = nullptr;
    QLabel *m_maxRequestsLabel = nullptr;
    QSpinBox *m_maxRequests = nullptr;
    QCheckBox *m_openLoop = nullptr; // levels are arrival rates; latency from each intended start
    QLabel *m_budget = nullptr;
    QPushButton *m_start = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_export = nullptr;
    RampChart *m_chart = nullptr;
    QPlainTextEdit *m_summary = nullptr;
};

} // namespace Gatescope::Gui
