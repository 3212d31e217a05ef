#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QSplitter;
class QTextBrowser;

namespace Gatescope {
struct LabRunResult;
struct LabScenario;
} // namespace Gatescope

namespace Gatescope::Gui {

class LabScenarioView;
class LabSession;

// The 5xx Lab's welcome page, shown on first start and from Help → 5xx Lab: a few friendly lines
// on what the lab is (broken servers of every kind, on this machine's loopback only), a button
// that starts it, then every scenario with its story, its expected diagnosis and a Run button, a
// check mark when the live diagnosis matched, and "Run all"; beside the list, the whole story of
// the selected scenario. Once the lab runs, the introduction and the heading fold away to leave the
// room to the list and the waterfall. The page only shows and asks; the LabSession runs, and the window shows each run
// in its waterfall and diagnosis pane.
class LabPage : public QWidget
{
    Q_OBJECT
public:
    explicit LabPage(LabSession *session, QWidget *parent = nullptr); // session not owned

    LabSession *session() const { return m_session; }
    QPushButton *startButton() const { return m_start; }
    QPushButton *runAllButton() const { return m_runAll; }
    LabScenarioView *scenarioView() const { return m_view; }
    QLabel *statusLabel() const { return m_status; }
    QLabel *introLabel() const { return m_intro; } // the welcome text before the lab is started
    QTextBrowser *detailView() const { return m_detail; }
    // "Welcome to the 5xx Lab", then "5xx Lab — running on 127.0.0.1 only" (folded away from the
    // page once the lab runs; the window shows it as the tab's tooltip).
    QString heading() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void setupWidgets();
    void setupConnections();
    void retranslate();
    void updateState();
    void onScenarioFinished(const Gatescope::LabRunResult &result);
    void showDetail();

    LabSession *m_session; // not owned
    QLabel *m_heading = nullptr;
    QLabel *m_intro = nullptr;
    QPushButton *m_start = nullptr;
    QPushButton *m_runAll = nullptr;
    QLabel *m_status = nullptr;
    LabScenarioView *m_view = nullptr;
    QTextBrowser *m_detail = nullptr;
    QSplitter *m_splitter = nullptr;
    QString m_lastMessage;
};

} // namespace Gatescope::Gui
