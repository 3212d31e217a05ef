#pragma once

#include "model/Exchange.h"

#include <QObject>

class QAction;
class QMenu;
class QWidget;

namespace Gatescope::Gui {

class ExchangePresenter;

// What can be done with the exchange being looked at, as actions for the Request menu and the
// context menus of waterfall rows, capture entries and History rows: Replay, Replay through…
// (a proxy, --connect-to or --resolve), Copy as cURL (bash or cmd), Copy as PowerShell
// (Invoke-WebRequest), Compare with origin, Try over HTTP/1.1 / HTTP/2, Copy as HAR entry, Copy URL, Open in
// builder, Export report of this exchange. Copying happens here; sending, opening and exporting
// are asked of the window through signals. Every action is disabled while nothing is current.
class ExchangeActions : public QObject
{
    Q_OBJECT
public:
    ExchangeActions(ExchangePresenter *presenter, QWidget *dialogParent); // neither owned

    void addTo(QMenu *menu) const;
    void setReplayBusy(bool busy); // one replay at a time

    QAction *replayAction() const { return m_replay; }
    QAction *replayThroughAction() const { return m_replayThrough; }
    QAction *copyCurlAction() const { return m_copyCurl; }
    QAction *copyCurlCmdAction() const { return m_copyCurlCmd; }
    QAction *copyPowerShellAction() const { return m_copyPowerShell; }
    QAction *copyHarAction() const { return m_copyHar; }
    QAction *copyUrlAction() const { return m_copyUrl; }
    QAction *openInBuilderAction() const { return m_openInBuilder; }
    QAction *exportReportAction() const { return m_exportReport; }
    QAction *compareWithOriginAction() const { return m_compareWithOrigin; }
    QAction *compareProtocolsAction() const { return m_compareProtocols; } // "Try over HTTP/1.1 / HTTP/2"

    // The request of a replay through another route; nullopt when the user cancelled the dialog.
    // Kept apart from the dialog so it can be checked: each field is parsed as curl reads it.
    struct Route
    {
        QString proxy; // "" = as the request says
        QString connectTo; // HOST:PORT:HOST2:PORT2, "" = none
        QString resolve; // HOST:PORT:ADDRESS, "" = none
    };
    static Result<RequestSpec> routed(RequestSpec request, const Route &route);

Q_SIGNALS:
    void replayRequested(const Gatescope::Exchange &captured, const Gatescope::RequestSpec &request);
    void openInBuilderRequested();
    void exportRequested();
    void copied(const QString &what); // for the status bar

private:
    void updateEnabled();
    void retranslate();
    void askRoute();
    void askOrigins();
    bool eventFilter(QObject *watched, QEvent *event) override;

    ExchangePresenter *m_presenter;
    QWidget *m_dialogParent;
    bool m_replayBusy = false;
    QAction *m_replay = nullptr;
    QAction *m_replayThrough = nullptr;
    QAction *m_copyCurl = nullptr;
    QAction *m_copyCurlCmd = nullptr;
    QAction *m_copyPowerShell = nullptr;
    QAction *m_copyHar = nullptr;
    QAction *m_copyUrl = nullptr;
    QAction *m_openInBuilder = nullptr;
    QAction *m_exportReport = nullptr;
    QAction *m_compareWithOrigin = nullptr;
    QAction *m_compareProtocols = nullptr;
};

} // namespace Gatescope::Gui
