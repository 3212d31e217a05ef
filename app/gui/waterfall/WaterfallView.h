#pragma once

#include "gui/waterfall/WaterfallScale.h"

#include <QTimer>
#include <QTreeView>

namespace Gatescope {
struct ProbeOptions;
}

namespace Gatescope::Gui {

class WaterfallAxisHeader;
class WaterfallBarDelegate;
class WaterfallFilterProxy;
class WaterfallModel;

// The live timing waterfall: a tree view over a WaterfallModel (through its own filter proxy) whose
// last column is a painted bar per exchange, under a painted time-axis header; bars, axis and marker
// lines all ask one WaterfallScale. Only visible rows are painted. Ctrl+wheel (or Ctrl+plus/minus)
// zooms around the pointer, Shift+wheel (or Ctrl+left/right) pans, Ctrl+0 shows everything.
// While an exchange is live a ~60 Hz timer repaints just the live rows; work is done at named
// recompute levels: Repaint (pixels only), Relayout (the scale changed: axis and all bars),
// Requery (the model's time extent changed: rescale, then relayout). The model is never reset.
// Once the model holds an exchange with HTTP/2 frames the rows grow a frame lane under the bars
// (WaterfallBarDelegate), which follows the live frames as they come.
class WaterfallView : public QTreeView
{
    Q_OBJECT
public:
    enum class Recompute { Repaint, Relayout, Requery };
    static constexpr int LiveFrameIntervalMs = 16;

    // Whether the constructor loads the default gateway timeout markers (the fingerprint catalog,
    // a few milliseconds) or leaves them to a later setGatewayTimeouts() — as the main window does,
    // after its first frame.
    enum class InitialGatewayTimeouts { Defaults, SetLater };

    explicit WaterfallView(QWidget *parent = nullptr,
                           InitialGatewayTimeouts initial = InitialGatewayTimeouts::Defaults);
    ~WaterfallView() override;

    void setWaterfallModel(WaterfallModel *model); // not owned
    WaterfallModel *waterfallModel() const { return m_model; }
    WaterfallFilterProxy *filterProxy() const { return m_proxy; }
    const WaterfallScale &scale() const { return m_scale; }

    // Marker lines. Gateway timeouts come from outside (the fingerprint data); the request's own
    // timeout from the probe options of the request being shown (total, else first-byte timeout).
    // Default: defaultGatewayTimeouts(), the read/total timeouts of the built-in fingerprint catalog.
    void setGatewayTimeouts(const QList<WaterfallMarker> &markers);
    static QList<WaterfallMarker> defaultGatewayTimeouts();
    QList<WaterfallMarker> gatewayTimeouts() const { return m_gatewayMarkers; }
    // Markers of what runs in the waterfall now (the lab's gateway read timeout), kept apart from the
    // gateway timeouts: setting either list leaves the other as it is, whichever comes first.
    void setRunMarkers(const QList<WaterfallMarker> &markers);
    QList<WaterfallMarker> runMarkers() const { return m_runMarkers; }
    void setRequestTimeout(const ProbeOptions &options);
    void clearRequestTimeout();

    void setVisibleTimeRange(double startMs, double endMs);
    int currentEntry() const; // -1 when nothing is selected
    bool isAnimating() const { return m_liveTimer.isActive(); }
    QRect timelineRect() const; // the bar area in viewport coordinates

public Q_SLOTS:
    void selectEntry(int entry); // selects and shows it; -1 clears
    void zoomIn();
    void zoomOut();
    void resetZoom();
    void recompute(Gatescope::Gui::WaterfallView::Recompute level);

Q_SIGNALS:
    void entrySelected(int entry); // the model's entry of the current row, or -1
    void visibleTimeRangeChanged(double startMs, double endMs);

protected:
    void paintEvent(QPaintEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override;
    void rowsInserted(const QModelIndex &parent, int start, int end) override;
    void updateGeometries() override;

private:
    void setupHeader();
    void setupColumns();
    void retranslate();
    void updateScaleWidth();
    void applyMarkers();
    void expandRedirects(int first, int last);
    void onLiveStateChanged(bool live);
    void showFrameLanes(bool shown); // rows make room for HTTP/2 frame lanes
    void onLiveFrame();
    void onCurrentChanged(const QModelIndex &current);
    double timelineXAt(double viewportX) const;
    double dataEnd() const;
    void zoomBy(double factor, double timelineX);
    void panBy(double pixels);

    WaterfallScale m_scale;
    WaterfallModel *m_model = nullptr; // not owned
    WaterfallFilterProxy *m_proxy = nullptr; // owned (child)
    WaterfallAxisHeader *m_axis = nullptr; // owned (child)
    WaterfallBarDelegate *m_barDelegate = nullptr;
    QList<WaterfallMarker> m_gatewayMarkers;
    QList<WaterfallMarker> m_requestMarkers;
    QList<WaterfallMarker> m_runMarkers;
    QTimer m_liveTimer;
    QList<QMetaObject::Connection> m_modelConnections;
};

} // namespace Gatescope::Gui
