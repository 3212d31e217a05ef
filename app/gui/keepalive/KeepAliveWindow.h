#pragma once

#include "hops/HopChain.h"
#include "model/RequestSpec.h"
#include "series/KeepAliveProbe.h"
#include "series/KeepAliveReport.h"

#include <QDialog>
#include <QTimer>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;

namespace Gatescope::Gui {

// "Keep-alive timeout…": the keep-alive race detector for the builder's URL (KeepAliveProbe, as
// `gatescope keepalive`). One request on a new connection to the host named at the top, then the
// idle connection is watched — the bar shows for how long, up to the bound chosen here — until the
// server closes it; the result says when and how (FIN or reset), compares it with the hop in front
// (a product's known pool default, or seconds the user gives) and names the fix when the server
// closes first. Cancel (or closing the window) ends the watch within a second.
class KeepAliveWindow : public QDialog
{
    Q_OBJECT
public:
    explicit KeepAliveWindow(const RequestSpec &request, QWidget *parent = nullptr);
    ~KeepAliveWindow() override;

    KeepAliveProbe *probe() const { return m_probe; }
    std::optional<FrontHop> chosenFront() const; // nullopt: no hop in front to compare with
    KeepAliveVerdict verdict() const; // of the last measurement
    // Chooses the hop in front from the hop chain of the exchange the user looks at: the gateway
    // nearest the origin (the one keeping idle connections to it), when its default is known;
    // otherwise the note names it and the user gives its idle timeout.
    void takeFrontFromChain(const HopChain &chain);

public Q_SLOTS:
    void start();
    void stop();

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    QString targetHost() const;
    void showResult();
    void updateFrontControls();
    void setRunning(bool running);
    void retranslate();

    RequestSpec m_request;
    KeepAliveProbe *m_probe = nullptr;
    QTimer m_tick; // the idle bar, while watching
    QLabel *m_target = nullptr;
    QLabel *m_frontLabel = nullptr;
    QLabel *m_frontSource = nullptr; // where the hop in front came from (the hop chain), when it did
    QString m_chainFront; // product id of the hop chain's gateway nearest the origin
    bool m_chainFrontKnown = false; // … and the list holds it (its default is known)
    QComboBox *m_front = nullptr;
    QLabel *m_frontSecondsLabel = nullptr;
    QDoubleSpinBox *m_frontSeconds = nullptr;
    QLabel *m_maxIdleLabel = nullptr;
    QSpinBox *m_maxIdle = nullptr;
    QPushButton *m_start = nullptr;
    QPushButton *m_cancel = nullptr;
    QProgressBar *m_idle = nullptr;
    QLabel *m_headline = nullptr;
    QPlainTextEdit *m_result = nullptr;
    qint64 m_respondedAtMs = -1;
    QElapsedTimer m_clock;
};

} // namespace Gatescope::Gui
