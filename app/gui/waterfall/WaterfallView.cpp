#include "gui/waterfall/WaterfallView.h"

#include "diagnosis/Fingerprints.h"
#include "gui/waterfall/WaterfallAxisHeader.h"
#include "gui/waterfall/WaterfallBarDelegate.h"
#include "gui/waterfall/WaterfallColors.h"
#include "gui/waterfall/WaterfallFilterProxy.h"
#include "gui/waterfall/WaterfallModel.h"
#include "gui/waterfall/WaterfallTextDelegate.h"
#include "model/RequestSpec.h"

#include <QKeyEvent>
#include <QPainter>
#include <QScrollBar>
#include <QWheelEvent>

#include <cmath>

namespace Gatescope::Gui {

using namespace Qt::StringLiterals;

WaterfallView::WaterfallView(QWidget *parent, InitialGatewayTimeouts initial)
    : QTreeView(parent)
    , m_proxy(new WaterfallFilterProxy(this))
{
    setUniformRowHeights(true); // 100,000 rows: row geometry without asking every row
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setAllColumnsShowFocus(true);
    setAlternatingRowColors(true);
    setSortingEnabled(false); // the waterfall's order is time order
    setExpandsOnDoubleClick(true);
    setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    setMouseTracking(true);

    m_liveTimer.setInterval(LiveFrameIntervalMs);
    m_liveTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_liveTimer, &QTimer::timeout, this, &WaterfallView::onLiveFrame);

    setupHeader();
    m_barDelegate = new WaterfallBarDelegate(&m_scale, this);
    setItemDelegate(new WaterfallTextDelegate(this));
    setItemDelegateForColumn(WaterfallModel::TimelineColumn, m_barDelegate);
    connect(m_proxy, &WaterfallFilterProxy::filterChanged, this, [this] { recompute(Recompute::Requery); });
    if (initial == InitialGatewayTimeouts::Defaults)
        setGatewayTimeouts(defaultGatewayTimeouts());
    retranslate();
}

WaterfallView::~WaterfallView() = default;

void WaterfallView::setupHeader()
{
    m_axis = new WaterfallAxisHeader(&m_scale, WaterfallModel::TimelineColumn, this);
    setHeader(m_axis);
    m_axis->setStretchLastSection(true);
    m_axis->setSectionsMovable(false);
    m_axis->setHighlightSections(false);
    connect(m_axis, &QHeaderView::sectionResized, this, [this](int logicalIndex) {
        if (logicalIndex == WaterfallModel::TimelineColumn)
            updateScaleWidth();
    });
}

void WaterfallView::setupColumns()
{
    const QFontMetrics metrics = fontMetrics();
    const int character = metrics.averageCharWidth();
    m_axis->setMinimumSectionSize(character * 4);
    m_axis->resizeSection(WaterfallModel::RequestColumn, character * 26);
    m_axis->resizeSection(WaterfallModel::StatusColumn,
                          std::max(metrics.horizontalAdvance(tr("pending")), metrics.horizontalAdvance(tr("Status")))
                              + character * 3);
    m_axis->resizeSection(WaterfallModel::HostColumn, character * 16);
    m_axis->resizeSection(WaterfallModel::DurationColumn, metrics.horizontalAdvance(u"000.00 ms"_s) + character * 2);
    updateScaleWidth();
}

void WaterfallView::retranslate()
{
    setAccessibleName(tr("Timing waterfall"));
    setAccessibleDescription(tr("One row per request with its timing phases. Ctrl+plus and Ctrl+minus zoom the time "
                                "axis, Ctrl+left and Ctrl+right pan it, Ctrl+0 shows everything."));
    if (model())
        setupColumns();
}

void WaterfallView::setWaterfallModel(WaterfallModel *model)
{
    for (const QMetaObject::Connection &connection : std::as_const(m_modelConnections))
        disconnect(connection);
    m_modelConnections.clear();
    m_model = model;
    m_proxy->setSourceModel(model);
    setModel(m_proxy);
    if (selectionModel())
        connect(selectionModel(), &QItemSelectionModel::currentRowChanged, this,
                [this](const QModelIndex &current) { onCurrentChanged(current); });
    if (model) {
        m_modelConnections = {
            connect(model, &WaterfallModel::liveStateChanged, this, &WaterfallView::onLiveStateChanged),
            connect(model, &WaterfallModel::timeExtentChanged, this, [this] { recompute(Recompute::Requery); }),
            connect(model, &QAbstractItemModel::modelReset, this, [this] { recompute(Recompute::Requery); }),
            connect(model, &WaterfallModel::frameLanesChanged, this, &WaterfallView::showFrameLanes),
        };
    }
    m_barDelegate->setFrameLanes(model && model->hasFrameLanes());
    setupColumns();
    expandRedirects(0, m_proxy->rowCount() - 1);
    onLiveStateChanged(model && model->hasLiveExchange());
    recompute(Recompute::Requery);
}

QRect WaterfallView::timelineRect() const
{
    const int inset = WaterfallBarDelegate::timelineInset(fontMetrics());
    const int left = m_axis->sectionViewportPosition(WaterfallModel::TimelineColumn);
    const int width = m_axis->sectionSize(WaterfallModel::TimelineColumn);
    return QRect(left + inset, 0, std::max(1, width - 2 * inset), viewport()->height());
}

void WaterfallView::updateScaleWidth()
{
    const int inset = WaterfallBarDelegate::timelineInset(fontMetrics());
    const double width = std::max(1, m_axis->sectionSize(WaterfallModel::TimelineColumn) - 2 * inset);
    if (width == m_scale.pixelWidth())
        return;
    m_scale.setPixelWidth(width);
    recompute(Recompute::Relayout);
}

void WaterfallView::recompute(Recompute level)
{
    switch (level) {
    case Recompute::Requery: {
        const double startBefore = m_scale.visibleStartMs();
        const double endBefore = m_scale.visibleEndMs();
        m_scale.setDataEnd(dataEnd());
        if (startBefore != m_scale.visibleStartMs() || endBefore != m_scale.visibleEndMs())
            Q_EMIT visibleTimeRangeChanged(m_scale.visibleStartMs(), m_scale.visibleEndMs());
        [[fallthrough]];
    }
    case Recompute::Relayout:
        m_axis->viewport()->update();
        [[fallthrough]];
    case Recompute::Repaint:
        viewport()->update();
        break;
    }
}

void WaterfallView::showFrameLanes(bool shown)
{
    if (m_barDelegate->hasFrameLanes() == shown)
        return;
    // Every row takes the lane's height (uniform row heights): lay the rows out again.
    m_barDelegate->setFrameLanes(shown);
    scheduleDelayedItemsLayout();
    recompute(Recompute::Repaint);
}

void WaterfallView::setGatewayTimeouts(const QList<WaterfallMarker> &markers)
{
    m_gatewayMarkers = markers;
    for (WaterfallMarker &marker : m_gatewayMarkers)
        marker.kind = WaterfallMarker::Kind::GatewayTimeout;
    applyMarkers();
}

void WaterfallView::setRunMarkers(const QList<WaterfallMarker> &markers)
{
    m_runMarkers = markers;
    for (WaterfallMarker &marker : m_runMarkers)
        marker.kind = WaterfallMarker::Kind::GatewayTimeout;
    applyMarkers();
}

QList<WaterfallMarker> WaterfallView::defaultGatewayTimeouts()
{
    // The timers that turn a slow origin into a 5xx while the client waits for the response (read
    // and whole-request timeouts); connect timeouts are left out, they would crowd the first seconds.
    QList<WaterfallMarker> markers;
    const QList<TimeoutMarker> timeouts = FingerprintCatalog::builtIn().timeoutMarkers();
    for (const TimeoutMarker &timeout : timeouts) {
        if (timeout.timeout.phase != u"read" && timeout.timeout.phase != u"total")
            continue;
        const WaterfallMarker marker { timeout.displayName.isEmpty() ? timeout.product : timeout.displayName,
                                       timeout.timeout.seconds * 1000, WaterfallMarker::Kind::GatewayTimeout };
        if (marker.timeMs > 0 && !markers.contains(marker))
            markers.append(marker);
    }
    return markers;
}

void WaterfallView::setRequestTimeout(const ProbeOptions &options)
{
    m_requestMarkers.clear();
    if (options.totalTimeoutMs > 0)
        //: Marker line: the total timeout set on the request being shown
        m_requestMarkers.append(
            { tr("your total timeout"), double(options.totalTimeoutMs), WaterfallMarker::Kind::RequestTimeout });
    else if (options.firstByteTimeoutMs > 0)
        //: Marker line: the first-byte timeout set on the request being shown
        m_requestMarkers.append({ tr("your first-byte timeout"), double(options.firstByteTimeoutMs),
                                  WaterfallMarker::Kind::RequestTimeout });
    applyMarkers();
}

void WaterfallView::clearRequestTimeout()
{
    m_requestMarkers.clear();
    applyMarkers();
}

void WaterfallView::applyMarkers()
{
    QList<WaterfallMarker> markers = m_requestMarkers + m_runMarkers;
    for (const WaterfallMarker &marker : std::as_const(m_gatewayMarkers)) {
        if (!m_runMarkers.contains(marker))
            markers.append(marker);
    }
    m_scale.setMarkers(markers);
    recompute(Recompute::Relayout);
}

void WaterfallView::setVisibleTimeRange(double startMs, double endMs)
{
    m_scale.setVisibleRange(startMs, endMs);
    recompute(Recompute::Relayout);
    Q_EMIT visibleTimeRangeChanged(m_scale.visibleStartMs(), m_scale.visibleEndMs());
}

double WaterfallView::timelineXAt(double viewportX) const
{
    return viewportX - timelineRect().left();
}

void WaterfallView::zoomBy(double factor, double timelineX)
{
    m_scale.zoomAround(timelineX, factor);
    recompute(Recompute::Relayout);
    Q_EMIT visibleTimeRangeChanged(m_scale.visibleStartMs(), m_scale.visibleEndMs());
}

void WaterfallView::panBy(double pixels)
{
    m_scale.panByPixels(pixels);
    recompute(Recompute::Relayout);
    Q_EMIT visibleTimeRangeChanged(m_scale.visibleStartMs(), m_scale.visibleEndMs());
}

void WaterfallView::zoomIn()
{
    zoomBy(1.5, m_scale.pixelWidth() / 2);
}

void WaterfallView::zoomOut()
{
    zoomBy(1 / 1.5, m_scale.pixelWidth() / 2);
}

void WaterfallView::resetZoom()
{
    m_scale.resetZoom();
    recompute(Recompute::Requery);
    Q_EMIT visibleTimeRangeChanged(m_scale.visibleStartMs(), m_scale.visibleEndMs());
}

void WaterfallView::wheelEvent(QWheelEvent *event)
{
    const QPoint angle = event->angleDelta();
    const int delta = angle.y() != 0 ? angle.y() : angle.x();
    if (event->modifiers() & Qt::ControlModifier) {
        // 120 units (one notch) zoom by 1.25, around the time under the pointer.
        zoomBy(std::pow(1.25, delta / 120.0), timelineXAt(event->position().x()));
        event->accept();
        return;
    }
    if (event->modifiers() & Qt::ShiftModifier) {
        panBy(-delta / 120.0 * m_scale.pixelWidth() / 10);
        event->accept();
        return;
    }
    QTreeView::wheelEvent(event);
}

void WaterfallView::keyPressEvent(QKeyEvent *event)
{
    if (event->matches(QKeySequence::ZoomIn)
        || (event->modifiers() & Qt::ControlModifier && event->key() == Qt::Key_Equal)) {
        zoomIn();
        return;
    }
    if (event->matches(QKeySequence::ZoomOut)) {
        zoomOut();
        return;
    }
    if (event->modifiers() & Qt::ControlModifier) {
        switch (event->key()) {
        case Qt::Key_0:
            resetZoom();
            return;
        case Qt::Key_Left:
            panBy(-m_scale.pixelWidth() / 5);
            return;
        case Qt::Key_Right:
            panBy(m_scale.pixelWidth() / 5);
            return;
        default:
            break;
        }
    }
    QTreeView::keyPressEvent(event);
}

void WaterfallView::changeEvent(QEvent *event)
{
    switch (event->type()) {
    case QEvent::LanguageChange:
        retranslate();
        recompute(Recompute::Relayout);
        break;
    case QEvent::FontChange:
        if (model())
            setupColumns();
        recompute(Recompute::Relayout);
        break;
    case QEvent::PaletteChange:
    case QEvent::EnabledChange:
        recompute(Recompute::Relayout);
        break;
    default:
        break;
    }
    QTreeView::changeEvent(event);
}

void WaterfallView::rowsInserted(const QModelIndex &parent, int start, int end)
{
    QTreeView::rowsInserted(parent, start, end);
    if (parent.isValid())
        expand(parent); // a new redirect hop: show it under its request
    else
        expandRedirects(start, end);
}

void WaterfallView::expandRedirects(int first, int last)
{
    // Small timelines show their redirect hops; a large capture stays compact (expand on demand).
    if (last - first >= 256)
        return;
    for (int row = first; row <= last; ++row) {
        const QModelIndex index = model()->index(row, 0);
        if (model()->hasChildren(index))
            expand(index);
    }
}

void WaterfallView::updateGeometries()
{
    QTreeView::updateGeometries();
    updateScaleWidth(); // the stretched timeline section does not always report its resize
}

void WaterfallView::paintEvent(QPaintEvent *event)
{
    QTreeView::paintEvent(event);
    const QList<WaterfallMarkerGroup> groups = m_scale.visibleMarkerGroups();
    if (groups.isEmpty())
        return;
    const QRect area = timelineRect();
    const WaterfallColors colors(palette(), isEnabled() ? QPalette::Active : QPalette::Disabled);
    QPainter painter(viewport());
    painter.setClipRect(event->rect());
    for (const WaterfallMarkerGroup &group : groups) {
        const double x = std::round(area.left() + group.x) + 0.5;
        if (x < area.left() - 1 || x > area.right() + 1)
            continue;
        QPen pen(group.hasRequestTimeout ? colors.requestTimeoutMarker() : colors.gatewayTimeoutMarker());
        pen.setCosmetic(true);
        pen.setWidthF(std::max(1.0, fontMetrics().height() / 12.0));
        pen.setStyle(group.hasRequestTimeout ? Qt::SolidLine : Qt::DashLine);
        painter.setPen(pen);
        painter.drawLine(QPointF(x, 0), QPointF(x, viewport()->height()));
    }
}

void WaterfallView::onLiveStateChanged(bool live)
{
    if (live) {
        if (!m_liveTimer.isActive())
            m_liveTimer.start();
    } else {
        m_liveTimer.stop();
        recompute(Recompute::Requery);
    }
}

void WaterfallView::onLiveFrame()
{
    if (!m_model || !m_model->hasLiveExchange()) {
        m_liveTimer.stop();
        return;
    }
    const double start = m_scale.visibleStartMs();
    const double end = m_scale.visibleEndMs();
    m_scale.setDataEnd(dataEnd());
    if (start != m_scale.visibleStartMs() || end != m_scale.visibleEndMs()) {
        // The live request crossed the axis's next nice value: the axis rescales.
        recompute(Recompute::Relayout);
        Q_EMIT visibleTimeRangeChanged(m_scale.visibleStartMs(), m_scale.visibleEndMs());
        return;
    }
    // Repaint only: the live rows' bar and duration cells.
    const QList<int> entries = m_model->liveEntries();
    for (int entry : entries) {
        for (int column : { int(WaterfallModel::TimelineColumn), int(WaterfallModel::DurationColumn) }) {
            const QRect rect = visualRect(m_proxy->indexForEntry(entry, column));
            if (rect.isValid() && rect.intersects(viewport()->rect()))
                viewport()->update(rect);
        }
    }
}

double WaterfallView::dataEnd() const
{
    if (!m_model)
        return 0;
    // While live the axis starts at InitialVisibleMs and grows in nice steps; afterwards it fits.
    if (m_model->hasLiveExchange())
        return std::max(m_model->timeExtentMs(), WaterfallScale::InitialVisibleMs);
    return m_model->timeExtentMs();
}

int WaterfallView::currentEntry() const
{
    return m_proxy->entryForIndex(currentIndex());
}

void WaterfallView::selectEntry(int entry)
{
    const QModelIndex index = m_proxy->indexForEntry(entry);
    if (!index.isValid()) {
        if (entry < 0)
            clearSelection();
        return;
    }
    if (index.parent().isValid())
        expand(index.parent());
    selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    scrollTo(index);
}

void WaterfallView::onCurrentChanged(const QModelIndex &current)
{
    Q_EMIT entrySelected(m_proxy->entryForIndex(current));
}

} // namespace Gatescope::Gui
