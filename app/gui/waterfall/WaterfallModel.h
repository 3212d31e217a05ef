#pragma once

#include "model/Exchange.h"

#include <QAbstractItemModel>
#include <QElapsedTimer>
#include <QMap>
#include <QMetaObject>
#include <QPointer>

#include <array>
#include <deque>
#include <vector>

namespace Gatescope {
class ProbeEngine;
}

namespace Gatescope::Gui {

// What the bar painter needs of one exchange: times in milliseconds, never pixels. startMs is the
// offset from the timeline origin (the earliest exchange); the phase durations stack in
// BarPhases order from there. A live exchange also carries the phase under way and
// "now", both relative to its own start, read from the model's clock when the bar is asked for.
struct WaterfallBar
{
    double startMs = 0;
    std::array<double, 7> phaseMs { -1, -1, -1, -1, -1, -1, -1 }; // -1 = did not happen
    double totalMs = -1;
    bool live = false;
    Phase livePhase = Phase::None;
    double livePhaseStartMs = 0; // relative to startMs
    double liveNowMs = 0; // relative to startMs
    bool failed = false;
    // The wait split by what the hops reported (Server-Timing, X-Kong-*, …): each part's length in
    // ms, client side first; empty when no hop reported a time.
    QList<double> waitSplitMs;
    // HTTP/2: the frames of the connection (atMs from startMs), drawn as a lane under the bar.
    QList<Http2Frame> frames;

    double durationMs() const; // total, or the phases' sum, or (live) now
    double endMs() const { return startMs + durationMs(); }
};

// The exchanges a waterfall shows, as a two-level tree: each top-level row is a request, and the
// redirect hops it led to (Exchange::redirectHop ≥ 1) are its children. One model is one timeline:
// every start offset is measured from the earliest Exchange::startedAt. Exchanges arrive in bulk
// (a 100,000-entry HAR: one insert) or live from a ProbeEngine, whose phase signals update the live
// row in place (dataChanged on that row only; the growing bar is read from the model's clock at
// paint time, so a live frame needs no model signal at all). Positions ("entries") are stable
// indices into the model's exchange list, usable across proxies and views.
class WaterfallModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column { RequestColumn, StatusColumn, HostColumn, DurationColumn, TimelineColumn, ColumnCount };

    enum Role {
        EntryRole = Qt::UserRole + 1, // int: position of the exchange in this model
        MethodRole, // QString
        UrlRole, // QUrl
        HostRole, // QString, lower case
        StatusRole, // int HTTP status; 0 when no response (yet)
        OutcomeRole, // QString transport outcome id ("ok", "timeout", …)
        IsFailureRole, // bool: status ≥ 500 or the transport failed
        TimingsRole, // QVariantMap phase id → ms (-1 = did not happen), plus "total"
        StartOffsetRole, // double ms from the timeline origin
        DurationRole, // double ms (live: elapsed so far)
        IsLiveRole, // bool: phases still arriving
        LivePhaseRole, // QString phase id under way ("" when none)
        RedirectHopRole, // int: 0 = original request
        BarRole, // WaterfallBar
        ProtocolRole, // QString "h2", "http/1.1", "h3"; "" when not known
    };
    Q_ENUM(Role)

    explicit WaterfallModel(QObject *parent = nullptr);
    ~WaterfallModel() override;

    // QAbstractItemModel
    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    // A row that cannot gain redirect hops any more says so (Qt::ItemNeverHasChildren): the view
    // then lays out 100,000 rows without asking each one for children and expansion state.
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Bulk: one insertion for the whole list; hops with redirectHop ≥ 1 go under the request before them.
    void appendExchanges(QList<Exchange> exchanges);
    void appendExchange(const Exchange &exchange) { appendExchanges({ exchange }); }
    void clear();

    int entryCount() const { return int(m_entries.size()); }
    const Exchange &exchangeAt(int entry) const; // entry must be in [0, entryCount())
    int entryForIndex(const QModelIndex &index) const; // -1 for an invalid index
    QModelIndex indexForEntry(int entry, int column = 0) const;
    WaterfallBar barAt(int entry) const;
    bool isFailure(int entry) const;
    bool isLive(int entry) const;
    QString hostAt(int entry) const;
    // Method, URL, status and outcome in one string, built once per exchange for text filtering.
    const QString &searchTextAt(int entry) const;
    QStringList hosts() const; // every host seen, sorted
    // The protocol an exchange went over: the probe's, else what a recorded response says.
    static QString protocolOf(const Exchange &exchange);

    // Whether any exchange shown has HTTP/2 frames: the rows then make room for a frame lane.
    bool hasFrameLanes() const { return m_hasFrames; }

    // The timeline's end in ms from the origin: the latest end of any exchange, live ones "now".
    double timeExtentMs() const;

    // Live: one request (and its redirect hops) at a time, driven by ProbeEngine's signals.
    // trackProbe() starts a live row and connects the engine; the row ends with finished().
    int trackProbe(ProbeEngine *engine, const RequestSpec &request); // engine not owned
    int beginLiveExchange(const RequestSpec &request); // returns the entry of hop 0
    bool hasLiveExchange() const { return m_live.active; }
    double liveElapsedMs() const; // since the live request started
    QList<int> liveEntries() const;

public Q_SLOTS:
    void livePhaseStarted(int hop, Gatescope::Phase phase, double elapsedMs);
    void livePhaseFinished(int hop, Gatescope::Phase phase, double elapsedMs);
    void liveBodyProgress(int hop, qint64 bytesReceived, qint64 bytesExpected, double elapsedMs);
    void liveHttp2Frames(int hop, const QList<Gatescope::Http2Frame> &frames);
    void liveHopFinished(const Gatescope::Exchange &exchange);
    void liveFinished(const QList<Gatescope::Exchange> &exchanges);

Q_SIGNALS:
    void liveStateChanged(bool live);
    void timeExtentChanged(); // the static extent changed (rows added, a hop finished, origin moved)
    void hostsChanged();
    void frameLanesChanged(bool shown); // hasFrameLanes() changed

private:
    struct Entry
    {
        Exchange exchange;
        QString host;
        double startEpochMs = 0; // absolute start, fractional ms
        bool hasStart = false;
        int group = 0; // top-level row
        int childRow = -1; // row under the group, -1 = the group's own row
        // live state
        bool live = false;
        Phase livePhase = Phase::None;
        double livePhaseStartMs = 0;
        double liveHopOffsetMs = 0; // hop start relative to the live request's start
        qint64 bodyReceived = 0;
        qint64 bodyExpected = -1;
        mutable QString searchText; // cache for searchTextAt(); empty = not built yet
        // cache of the wait split (hops/WaitSplit), built on first use once the exchange is done
        mutable bool waitSplitBuilt = false;
        mutable QList<double> waitSplitMs;
        mutable QStringList waitSplitText; // "inside Kong Gateway: 1 ms (X-Kong-Proxy-Latency: 1)"
    };
    struct Group
    {
        int first = 0;
        QList<int> hops;
    };
    struct LiveSession
    {
        bool active = false;
        int group = -1;
        double startEpochMs = 0;
        QElapsedTimer clock;
        QPointer<ProbeEngine> engine;
        QList<QMetaObject::Connection> connections;
    };

    Entry makeEntry(Exchange exchange) const;
    int entryForHop(int hop); // creates the hop's row when needed; -1 if not live
    void noteEntry(const Entry &entry); // origin, extent and hosts bookkeeping
    void recomputeBookkeeping();
    void emitRowChanged(int entry);
    void endLive();
    void noteFrames(bool present); // hasFrameLanes() bookkeeping
    double originMs() const { return m_hasOrigin ? m_originEpochMs : 0; }
    double offsetOf(const Entry &entry) const;
    QString statusText(const Entry &entry) const;
    QString toolTip(int entry) const;
    void buildWaitSplit(const Entry &entry) const;
    QString accessibleSummary(int entry) const;

    std::deque<Entry> m_entries; // a deque: appending never moves the (big) entries already there
    std::vector<Group> m_groups;
    QMap<QString, int> m_hostCounts;
    bool m_hasOrigin = false;
    double m_originEpochMs = 0;
    double m_maxEndEpochMs = 0;
    LiveSession m_live;
    bool m_hasFrames = false;
};

} // namespace Gatescope::Gui

Q_DECLARE_METATYPE(Gatescope::Gui::WaterfallBar)
