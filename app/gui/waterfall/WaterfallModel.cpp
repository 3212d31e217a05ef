#include "gui/waterfall/WaterfallModel.h"

#include "gui/waterfall/WaterfallColors.h"
#include "gui/waterfall/WaterfallFrameLane.h"
#include "gui/waterfall/WaterfallScale.h"
#include "hops/WaitSplit.h"
#include "model/Durations.h"
#include "model/Phases.h"
#include "probe/ProbeEngine.h"

#include <QDateTime>
#include <QLocale>
#include <QLoggingCategory>
#include <QUrl>

#include <algorithm>
#include <cmath>

Q_LOGGING_CATEGORY(lcWaterfall, "gatescope.gui.waterfall", QtInfoMsg)

namespace Gatescope::Gui {

using namespace Qt::StringLiterals;

namespace {

double phasesSum(const Timings &timings)
{
    double sum = 0;
    for (Phase phase : BarPhases)
        sum += std::max(0.0, phaseValue(timings, phase));
    return sum;
}

double completedDuration(const Timings &timings)
{
    return timings.total >= 0 ? std::max(timings.total, phasesSum(timings)) : phasesSum(timings);
}

QString outcomeText(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Ok:
        return WaterfallModel::tr("ok");
    case Outcome::Refused:
        return WaterfallModel::tr("refused");
    case Outcome::Timeout:
        return WaterfallModel::tr("timeout");
    case Outcome::ClosedEarly:
        return WaterfallModel::tr("closed early");
    case Outcome::Reset:
        return WaterfallModel::tr("reset");
    case Outcome::InvalidResponse:
        return WaterfallModel::tr("invalid response");
    case Outcome::TlsFailure:
        return WaterfallModel::tr("TLS failure");
    case Outcome::DnsFailure:
        return WaterfallModel::tr("DNS failure");
    case Outcome::Cancelled:
        return WaterfallModel::tr("cancelled by you");
    }
    return {};
}

} // namespace

double WaterfallBar::durationMs() const
{
    double sum = 0;
    for (double phase : phaseMs)
        sum += std::max(0.0, phase);
    if (live)
        return std::max(sum, liveNowMs);
    return totalMs >= 0 ? std::max(totalMs, sum) : sum;
}

WaterfallModel::WaterfallModel(QObject *parent)
    : QAbstractItemModel(parent)
{ }

WaterfallModel::~WaterfallModel()
{
    for (const QMetaObject::Connection &connection : std::as_const(m_live.connections))
        disconnect(connection);
}

QModelIndex WaterfallModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid())
        return row < int(m_groups.size()) ? createIndex(row, column, quintptr(0)) : QModelIndex();
    if (parent.internalId() != 0 || parent.column() != 0 || parent.row() >= int(m_groups.size()))
        return {};
    if (row >= m_groups[size_t(parent.row())].hops.size())
        return {};
    return createIndex(row, column, quintptr(parent.row()) + 1);
}

QModelIndex WaterfallModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    return createIndex(int(child.internalId() - 1), 0, quintptr(0));
}

int WaterfallModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_groups.size());
    if (parent.internalId() != 0 || parent.column() != 0)
        return 0;
    return int(m_groups[size_t(parent.row())].hops.size());
}

int WaterfallModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

Qt::ItemFlags WaterfallModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractItemModel::flags(index);
    if (!index.isValid())
        return flags;
    // Hops are leaves. A request gains hops only while it is the last one (a document appended in
    // slices continues it) or the live one; every other request without hops stays without.
    const int row = index.row();
    if (index.internalId() != 0)
        return flags | Qt::ItemNeverHasChildren;
    const bool mayGainHops = row + 1 >= int(m_groups.size()) || (m_live.active && row == m_live.group);
    if (!mayGainHops && m_groups[size_t(row)].hops.isEmpty())
        flags |= Qt::ItemNeverHasChildren;
    return flags;
}

int WaterfallModel::entryForIndex(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this)
        return -1;
    if (index.internalId() == 0)
        return m_groups[size_t(index.row())].first;
    return m_groups[size_t(index.internalId() - 1)].hops.at(index.row());
}

QModelIndex WaterfallModel::indexForEntry(int entry, int column) const
{
    if (entry < 0 || entry >= entryCount())
        return {};
    const Entry &e = m_entries[size_t(entry)];
    if (e.childRow < 0)
        return createIndex(e.group, column, quintptr(0));
    return createIndex(e.childRow, column, quintptr(e.group) + 1);
}

const Exchange &WaterfallModel::exchangeAt(int entry) const
{
    return m_entries.at(size_t(entry)).exchange;
}

bool WaterfallModel::isLive(int entry) const
{
    return entry >= 0 && entry < entryCount() && m_entries[size_t(entry)].live;
}

bool WaterfallModel::isFailure(int entry) const
{
    if (entry < 0 || entry >= entryCount())
        return false;
    const Entry &e = m_entries[size_t(entry)];
    return !e.live && Gatescope::isFailure(e.exchange);
}

QString WaterfallModel::hostAt(int entry) const
{
    return entry >= 0 && entry < entryCount() ? m_entries[size_t(entry)].host : QString();
}

const QString &WaterfallModel::searchTextAt(int entry) const
{
    const Entry &e = m_entries.at(size_t(entry));
    if (e.searchText.isEmpty() || e.live) {
        e.searchText = QString::fromLatin1(e.exchange.request.method) + u' ' + e.exchange.request.url.toDisplayString()
            + u' ' + statusText(e) + u' ' + outcomeId(e.exchange.transport.outcome);
    }
    return e.searchText;
}

QStringList WaterfallModel::hosts() const
{
    return m_hostCounts.keys();
}

double WaterfallModel::offsetOf(const Entry &entry) const
{
    return entry.hasStart ? entry.startEpochMs - originMs() : 0;
}

WaterfallBar WaterfallModel::barAt(int entry) const
{
    WaterfallBar bar;
    if (entry < 0 || entry >= entryCount())
        return bar;
    const Entry &e = m_entries[size_t(entry)];
    bar.startMs = offsetOf(e);
    for (size_t i = 0; i < BarPhases.size(); ++i)
        bar.phaseMs[i] = phaseValue(e.exchange.timings, BarPhases[i]);
    bar.totalMs = e.exchange.timings.total;
    bar.failed = isFailure(entry);
    buildWaitSplit(e);
    bar.waitSplitMs = e.waitSplitMs;
    bar.frames = e.exchange.frames;
    if (e.live) {
        bar.live = true;
        bar.livePhase = e.livePhase;
        bar.livePhaseStartMs = e.livePhaseStartMs;
        bar.liveNowMs = std::max(0.0, liveElapsedMs() - e.liveHopOffsetMs);
    }
    return bar;
}

void WaterfallModel::buildWaitSplit(const Entry &entry) const
{
    if (entry.waitSplitBuilt || entry.live)
        return;
    entry.waitSplitBuilt = true;
    if (!entry.exchange.response)
        return;
    // The chain only names the reporting hops; which hop made the answer does not matter here.
    const HopChain chain = HopChain::build(entry.exchange, Diagnosis {});
    const WaitSplit split = WaitSplit::build(entry.exchange, chain);
    for (const WaitSegment &segment : split.segments) {
        entry.waitSplitMs.append(segment.ms);
        //: Tooltip line of the wait split: %1 = where ("inside Kong"), %2 = duration, %3 = the header it comes from
        entry.waitSplitText.append(
            tr("%1: %2 (%3)")
                .arg(WaitSplit::segmentLabel(segment, chain), formatMilliseconds(segment.ms), segment.source));
    }
}

QString WaterfallModel::statusText(const Entry &entry) const
{
    if (entry.live)
        //: Status column of a request still under way
        return tr("pending");
    // A replay over HTTP/2 says so beside its status (HTTP/1.1, the usual case, says nothing).
    const QString protocol = entry.exchange.protocol == u"h2" ? u" · h2"_s : QString();
    if (entry.exchange.response && entry.exchange.response->status > 0)
        return QString::number(entry.exchange.response->status) + protocol;
    return outcomeText(entry.exchange.transport.outcome) + protocol;
}

QString WaterfallModel::protocolOf(const Exchange &exchange)
{
    if (!exchange.protocol.isEmpty())
        return exchange.protocol;
    if (exchange.response && exchange.response->httpVersion == "HTTP/2")
        return u"h2"_s;
    if (exchange.response && exchange.response->httpVersion == "HTTP/3")
        return u"h3"_s;
    if (exchange.response && exchange.response->httpVersion.startsWith("HTTP/1"))
        return QString::fromLatin1(exchange.response->httpVersion.toLower());
    return {};
}

QVariant WaterfallModel::data(const QModelIndex &index, int role) const
{
    const int entry = entryForIndex(index);
    if (entry < 0)
        return {};
    const Entry &e = m_entries[size_t(entry)];
    const Exchange &x = e.exchange;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case RequestColumn: {
            QString path = x.request.url.path(QUrl::FullyEncoded);
            if (path.isEmpty())
                path = u"/"_s;
            if (x.request.url.hasQuery())
                path += u'?' + x.request.url.query(QUrl::FullyEncoded);
            //: Request column: %1 = method, %2 = path and query
            return tr("%1 %2").arg(QString::fromLatin1(x.request.method), path);
        }
        case StatusColumn:
            return statusText(e);
        case HostColumn:
            return e.host;
        case DurationColumn: {
            const WaterfallBar bar = barAt(entry);
            if (!bar.live && bar.totalMs < 0
                && std::all_of(std::begin(bar.phaseMs), std::end(bar.phaseMs), [](double ms) { return ms < 0; }))
                return QString(); // nothing timed (a log line that names no duration): not "0 µs"
            return formatDuration(bar.durationMs());
        }
        case TimelineColumn:
            return {};
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == DurationColumn || index.column() == StatusColumn)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        return {};
    case Qt::ToolTipRole:
        return toolTip(entry);
    case Qt::AccessibleTextRole:
        if (index.column() == TimelineColumn)
            return accessibleSummary(entry);
        return data(index, Qt::DisplayRole);
    case EntryRole:
        return entry;
    case MethodRole:
        return QString::fromLatin1(x.request.method);
    case UrlRole:
        return x.request.url;
    case HostRole:
        return e.host;
    case StatusRole:
        return x.response ? x.response->status : 0;
    case OutcomeRole:
        return outcomeId(x.transport.outcome);
    case ProtocolRole:
        return protocolOf(x);
    case IsFailureRole:
        return isFailure(entry);
    case TimingsRole: {
        QVariantMap map;
        for (Phase phase : BarPhases)
            map.insert(phaseId(phase), phaseValue(x.timings, phase));
        map.insert(u"total"_s, x.timings.total);
        return map;
    }
    case StartOffsetRole:
        return offsetOf(e);
    case DurationRole:
        return barAt(entry).durationMs();
    case IsLiveRole:
        return e.live;
    case LivePhaseRole:
        return e.live ? phaseId(e.livePhase) : QString();
    case RedirectHopRole:
        return x.redirectHop;
    case BarRole:
        return QVariant::fromValue(barAt(entry));
    }
    return {};
}

QString WaterfallModel::toolTip(int entry) const
{
    const Entry &e = m_entries[size_t(entry)];
    const Exchange &x = e.exchange;
    const WaterfallBar bar = barAt(entry);
    QString html = u"<b>"_s + QString::fromLatin1(x.request.method).toHtmlEscaped() + u' '
        + x.request.url.toDisplayString().toHtmlEscaped() + u"</b><br>"_s;
    if (e.live) {
        html += tr("In progress: %1").arg(phaseName(e.livePhase).toHtmlEscaped());
    } else if (x.response) {
        html += tr("Status %1 %2").arg(x.response->status).arg(QString::fromLatin1(x.response->reason).toHtmlEscaped());
        if (x.transport.outcome != Outcome::Ok)
            html += u" — "_s + outcomeText(x.transport.outcome);
    } else {
        html += tr("No response: %1").arg(outcomeText(x.transport.outcome));
    }
    if (!x.transport.detail.isEmpty())
        html += u"<br>"_s + x.transport.detail.toHtmlEscaped();
    if (const QString protocol = protocolOf(x); !protocol.isEmpty()) {
        //: Tooltip: the protocol the exchange went over (h2, http/1.1); %2 = how many HTTP/2 frames
        html += u"<br>"_s
            + (x.frames.isEmpty() ? tr("Protocol %1").arg(protocol)
                                  : tr("Protocol %1, %n frame(s)", nullptr, int(x.frames.size())).arg(protocol));
    }
    //: Tooltip: when the request started, relative to the first one
    html += u"<br>"_s + tr("Started at +%1").arg(formatMilliseconds(bar.startMs));
    html += u"<table>"_s;
    for (size_t i = 0; i < BarPhases.size(); ++i) {
        const Phase phase = BarPhases[i];
        QString value;
        if (e.live && phase == e.livePhase)
            //: Tooltip: a phase under way; %1 = milliseconds so far
            value = tr("%1 (so far)").arg(formatMilliseconds(bar.liveNowMs - bar.livePhaseStartMs));
        else if (bar.phaseMs[i] < 0)
            //: Tooltip: a timing phase that did not happen (reused connection, plain HTTP)
            value = tr("not used");
        else
            value = formatMilliseconds(bar.phaseMs[i]);
        html += u"<tr><td>"_s + phaseName(phase).toHtmlEscaped() + u"</td><td align=\"right\">"_s
            + value.toHtmlEscaped() + u"</td></tr>"_s;
    }
    html += u"<tr><td><b>"_s + tr("Total").toHtmlEscaped() + u"</b></td><td align=\"right\"><b>"_s
        + formatMilliseconds(bar.durationMs()).toHtmlEscaped() + u"</b></td></tr></table>"_s;
    if (!e.waitSplitText.isEmpty()) {
        html += u"<b>"_s + tr("Where the wait went").toHtmlEscaped() + u"</b>"_s;
        for (const QString &line : e.waitSplitText)
            html += u"<br>"_s + line.toHtmlEscaped();
    }
    if (e.live && e.bodyReceived > 0) {
        const QLocale locale;
        html += e.bodyExpected >= 0
            ? tr("Body: %1 of %2")
                  .arg(locale.formattedDataSize(e.bodyReceived), locale.formattedDataSize(e.bodyExpected))
            : tr("Body: %1").arg(locale.formattedDataSize(e.bodyReceived));
    }
    return html;
}

QString WaterfallModel::accessibleSummary(int entry) const
{
    const WaterfallBar bar = barAt(entry);
    QStringList parts;
    for (size_t i = 0; i < BarPhases.size(); ++i) {
        if (bar.phaseMs[i] >= 0)
            parts.append(tr("%1 %2").arg(phaseName(BarPhases[i]), formatDuration(bar.phaseMs[i])));
    }
    //: Screen-reader summary of a waterfall bar: %1 = start offset, %2 = total, %3 = phases
    QString summary
        = tr("starts at %1, takes %2: %3")
              .arg(formatDuration(bar.startMs), formatDuration(bar.durationMs()), parts.join(QLatin1StringView(", ")));
    if (!bar.frames.isEmpty())
        summary += u"; "_s + WaterfallFrameLane::summary(bar.frames);
    return summary;
}

QVariant WaterfallModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::AccessibleTextRole))
        return {};
    switch (section) {
    case RequestColumn:
        return tr("Request");
    case StatusColumn:
        return tr("Status");
    case HostColumn:
        return tr("Host");
    case DurationColumn:
        return tr("Time");
    case TimelineColumn:
        return tr("Timeline");
    }
    return {};
}

QHash<int, QByteArray> WaterfallModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractItemModel::roleNames();
    names.insert(EntryRole, "entry");
    names.insert(MethodRole, "method");
    names.insert(UrlRole, "url");
    names.insert(HostRole, "host");
    names.insert(StatusRole, "status");
    names.insert(OutcomeRole, "outcome");
    names.insert(IsFailureRole, "isFailure");
    names.insert(TimingsRole, "timings");
    names.insert(StartOffsetRole, "startOffset");
    names.insert(DurationRole, "duration");
    names.insert(IsLiveRole, "isLive");
    names.insert(LivePhaseRole, "livePhase");
    names.insert(RedirectHopRole, "redirectHop");
    names.insert(BarRole, "bar");
    names.insert(ProtocolRole, "protocol");
    return names;
}

WaterfallModel::Entry WaterfallModel::makeEntry(Exchange exchange) const
{
    Entry entry;
    entry.host = exchange.request.url.host().toLower();
    if (exchange.startedAt.isValid()) {
        entry.hasStart = true;
        entry.startEpochMs = double(exchange.startedAt.toMSecsSinceEpoch());
    }
    entry.exchange = std::move(exchange);
    return entry;
}

void WaterfallModel::noteEntry(const Entry &entry)
{
    ++m_hostCounts[entry.host];
    if (!entry.hasStart)
        return;
    if (!m_hasOrigin || entry.startEpochMs < m_originEpochMs) {
        m_originEpochMs = entry.startEpochMs;
        m_hasOrigin = true;
    }
    const double end = entry.startEpochMs + (entry.live ? 0 : completedDuration(entry.exchange.timings));
    m_maxEndEpochMs = std::max(m_maxEndEpochMs, end);
}

void WaterfallModel::recomputeBookkeeping()
{
    m_hostCounts.clear();
    m_hasOrigin = false;
    m_maxEndEpochMs = 0;
    for (const Entry &entry : m_entries)
        noteEntry(entry);
}

double WaterfallModel::timeExtentMs() const
{
    if (!m_hasOrigin)
        return m_live.active ? liveElapsedMs() : 0;
    double extent = m_maxEndEpochMs - m_originEpochMs;
    if (m_live.active)
        extent = std::max(extent, m_live.startEpochMs + liveElapsedMs() - m_originEpochMs);
    return extent;
}

void WaterfallModel::appendExchanges(QList<Exchange> exchanges)
{
    if (exchanges.isEmpty())
        return;
    const double oldOrigin = m_originEpochMs;
    const bool hadOrigin = m_hasOrigin;
    const qsizetype hostsBefore = m_hostCounts.size();
    const size_t entriesBefore = m_entries.size();
    qsizetype next = 0;

    // Leading redirect hops continue the last request already in the model.
    if (!m_groups.empty() && exchanges.first().redirectHop > 0) {
        const int groupRow = int(m_groups.size()) - 1;
        Group &group = m_groups.back();
        qsizetype count = 0;
        while (count < exchanges.size() && exchanges[count].redirectHop > 0)
            ++count;
        beginInsertRows(index(groupRow, 0), int(group.hops.size()), int(group.hops.size() + count - 1));
        for (; next < count; ++next) {
            Entry entry = makeEntry(std::move(exchanges[next]));
            entry.group = groupRow;
            entry.childRow = int(group.hops.size());
            group.hops.append(int(m_entries.size()));
            noteEntry(entry);
            m_entries.push_back(std::move(entry));
        }
        endInsertRows();
    }

    if (next < exchanges.size()) {
        qsizetype newGroups = 0;
        for (qsizetype i = next; i < exchanges.size(); ++i)
            newGroups += (exchanges[i].redirectHop <= 0 || (i == next)) ? 1 : 0;
        const int firstRow = int(m_groups.size());
        beginInsertRows({}, firstRow, int(firstRow + newGroups - 1));
        // Room for the groups grows geometrically: a document appended slice by slice is not moved
        // once per slice. The entries are in a deque: they never move at all.
        if (m_groups.capacity() < m_groups.size() + size_t(newGroups))
            m_groups.reserve(std::max(m_groups.size() + size_t(newGroups), m_groups.capacity() * 2));
        for (qsizetype i = next; i < exchanges.size(); ++i) {
            const bool startsGroup = exchanges[i].redirectHop <= 0 || i == next;
            Entry entry = makeEntry(std::move(exchanges[i]));
            if (startsGroup) {
                entry.group = int(m_groups.size());
                m_groups.push_back({ int(m_entries.size()), {} });
            } else {
                entry.group = int(m_groups.size()) - 1;
                entry.childRow = int(m_groups.back().hops.size());
                m_groups.back().hops.append(int(m_entries.size()));
            }
            noteEntry(entry);
            m_entries.push_back(std::move(entry));
        }
        endInsertRows();
    }

    if (hadOrigin && m_originEpochMs != oldOrigin && !m_groups.empty()) {
        // Every start offset moved: re-query all rows once (not per frame).
        Q_EMIT dataChanged(index(0, 0), index(int(m_groups.size()) - 1, ColumnCount - 1));
        for (size_t g = 0; g < m_groups.size(); ++g) {
            if (!m_groups[g].hops.isEmpty()) {
                const QModelIndex parent = index(int(g), 0);
                Q_EMIT dataChanged(index(0, 0, parent),
                                   index(int(m_groups[g].hops.size()) - 1, ColumnCount - 1, parent));
            }
        }
    }
    Q_EMIT timeExtentChanged();
    if (m_hostCounts.size() != hostsBefore)
        Q_EMIT hostsChanged();
    if (!m_hasFrames)
        noteFrames(std::any_of(m_entries.begin() + qsizetype(entriesBefore), m_entries.end(),
                               [](const Entry &entry) { return !entry.exchange.frames.isEmpty(); }));
}

void WaterfallModel::noteFrames(bool present)
{
    if (present == m_hasFrames)
        return;
    m_hasFrames = present;
    Q_EMIT frameLanesChanged(present);
}

void WaterfallModel::clear()
{
    const bool wasLive = m_live.active;
    for (const QMetaObject::Connection &connection : std::as_const(m_live.connections))
        disconnect(connection);
    beginResetModel();
    m_entries.clear();
    m_groups.clear();
    m_live.connections.clear();
    m_live.engine = nullptr;
    m_live.active = false;
    m_live.group = -1;
    recomputeBookkeeping();
    endResetModel();
    if (wasLive)
        Q_EMIT liveStateChanged(false);
    Q_EMIT timeExtentChanged();
    Q_EMIT hostsChanged();
    noteFrames(false);
}

// ---- live ---------------------------------------------------------------------------------------

double WaterfallModel::liveElapsedMs() const
{
    return m_live.active ? double(m_live.clock.nsecsElapsed()) / 1e6 : 0;
}

QList<int> WaterfallModel::liveEntries() const
{
    QList<int> entries;
    if (!m_live.active)
        return entries;
    const Group &group = m_groups[size_t(m_live.group)];
    if (m_entries[size_t(group.first)].live)
        entries.append(group.first);
    for (int hop : group.hops) {
        if (m_entries[size_t(hop)].live)
            entries.append(hop);
    }
    return entries;
}

int WaterfallModel::beginLiveExchange(const RequestSpec &request)
{
    if (m_live.active)
        endLive();
    Exchange exchange;
    exchange.request = request;
    exchange.source = Exchange::Source::Replayed;
    exchange.startedAt = QDateTime::currentDateTimeUtc();
    const qsizetype hostsBefore = m_hostCounts.size();

    Entry entry = makeEntry(std::move(exchange));
    entry.startEpochMs = double(QDateTime::currentMSecsSinceEpoch());
    entry.hasStart = true;
    entry.live = true;
    entry.group = int(m_groups.size());

    const double oldOrigin = m_originEpochMs;
    const bool hadOrigin = m_hasOrigin;
    beginInsertRows({}, entry.group, entry.group);
    m_live.active = true;
    m_live.group = entry.group;
    m_live.startEpochMs = entry.startEpochMs;
    m_live.clock.start();
    m_groups.push_back({ int(m_entries.size()), {} });
    noteEntry(entry);
    m_entries.push_back(std::move(entry));
    endInsertRows();
    if (hadOrigin && oldOrigin != m_originEpochMs)
        Q_EMIT dataChanged(index(0, 0), index(int(m_groups.size()) - 1, ColumnCount - 1));
    qCDebug(lcWaterfall) << "live exchange started" << request.url;
    Q_EMIT liveStateChanged(true);
    Q_EMIT timeExtentChanged();
    if (m_hostCounts.size() != hostsBefore)
        Q_EMIT hostsChanged();
    return m_groups.back().first;
}

int WaterfallModel::trackProbe(ProbeEngine *engine, const RequestSpec &request)
{
    const int entry = beginLiveExchange(request);
    if (!engine)
        return entry;
    m_live.engine = engine;
    m_live.connections = {
        connect(engine, &ProbeEngine::phaseStarted, this, &WaterfallModel::livePhaseStarted),
        connect(engine, &ProbeEngine::phaseFinished, this, &WaterfallModel::livePhaseFinished),
        connect(engine, &ProbeEngine::bodyProgress, this, &WaterfallModel::liveBodyProgress),
        connect(engine, &ProbeEngine::http2Frames, this, &WaterfallModel::liveHttp2Frames),
        connect(engine, &ProbeEngine::hopFinished, this, &WaterfallModel::liveHopFinished),
        connect(engine, &ProbeEngine::finished, this, &WaterfallModel::liveFinished),
        connect(engine, &QObject::destroyed, this, [this] { endLive(); }),
    };
    return entry;
}

int WaterfallModel::entryForHop(int hop)
{
    if (!m_live.active || hop < 0)
        return -1;
    Group &group = m_groups[size_t(m_live.group)];
    if (hop == 0)
        return group.first;
    if (hop <= group.hops.size())
        return group.hops.at(hop - 1);
    if (hop != group.hops.size() + 1) {
        qCWarning(lcWaterfall) << "live signal for hop" << hop << "skips hops; ignored";
        return -1;
    }
    // A new redirect hop: its URL follows from the previous hop's Location header when known.
    const Exchange &previous = m_entries[size_t(group.hops.isEmpty() ? group.first : group.hops.last())].exchange;
    Exchange exchange;
    exchange.request = previous.request;
    exchange.request.body.clear();
    exchange.redirectHop = hop;
    exchange.source = Exchange::Source::Replayed;
    if (previous.response) {
        const QByteArray location = headerValue(previous.response->headers, "location");
        if (!location.isEmpty())
            exchange.request.url = previous.request.url.resolved(QUrl::fromEncoded(location));
    }
    exchange.startedAt = QDateTime::currentDateTimeUtc();
    Entry entry = makeEntry(std::move(exchange));
    entry.live = true;
    entry.hasStart = true;
    entry.group = m_live.group;
    entry.childRow = int(group.hops.size());
    entry.liveHopOffsetMs = liveElapsedMs();
    entry.startEpochMs = m_live.startEpochMs + entry.liveHopOffsetMs;
    const qsizetype hostsBefore = m_hostCounts.size();
    beginInsertRows(index(m_live.group, 0), entry.childRow, entry.childRow);
    group.hops.append(int(m_entries.size()));
    noteEntry(entry);
    m_entries.push_back(std::move(entry));
    endInsertRows();
    if (m_hostCounts.size() != hostsBefore)
        Q_EMIT hostsChanged();
    return group.hops.last();
}

void WaterfallModel::emitRowChanged(int entry)
{
    Q_EMIT dataChanged(indexForEntry(entry, 0), indexForEntry(entry, ColumnCount - 1));
}

void WaterfallModel::livePhaseStarted(int hop, Gatescope::Phase phase, double elapsedMs)
{
    const int entry = entryForHop(hop);
    if (entry < 0)
        return;
    Entry &e = m_entries[size_t(entry)];
    if (hop > 0 && phase != Phase::None && e.livePhase == Phase::None && phasesSum(e.exchange.timings) == 0) {
        // The hop's clock starts at its first phase: place the hop on the shared timeline.
        e.liveHopOffsetMs = std::max(0.0, liveElapsedMs() - elapsedMs);
        e.startEpochMs = m_live.startEpochMs + e.liveHopOffsetMs;
    }
    e.live = true;
    e.livePhase = phase;
    e.livePhaseStartMs = elapsedMs;
    emitRowChanged(entry);
}

void WaterfallModel::livePhaseFinished(int hop, Gatescope::Phase phase, double elapsedMs)
{
    const int entry = entryForHop(hop);
    if (entry < 0 || phase == Phase::None)
        return;
    Entry &e = m_entries[size_t(entry)];
    const double phaseStart = e.livePhase == phase ? e.livePhaseStartMs : phasesSum(e.exchange.timings);
    setPhaseValue(e.exchange.timings, phase, std::max(0.0, elapsedMs - phaseStart));
    if (e.livePhase == phase)
        e.livePhase = Phase::None;
    emitRowChanged(entry);
}

void WaterfallModel::liveBodyProgress(int hop, qint64 bytesReceived, qint64 bytesExpected, double elapsedMs)
{
    const int entry = entryForHop(hop);
    if (entry < 0)
        return;
    Entry &e = m_entries[size_t(entry)];
    e.bodyReceived = bytesReceived;
    e.bodyExpected = bytesExpected;
    if (e.livePhase == Phase::None) {
        e.livePhase = Phase::Download;
        e.livePhaseStartMs = phasesSum(e.exchange.timings);
        Q_UNUSED(elapsedMs)
        emitRowChanged(entry);
    }
}

void WaterfallModel::liveHttp2Frames(int hop, const QList<Gatescope::Http2Frame> &frames)
{
    const int entry = entryForHop(hop);
    if (entry < 0 || frames.isEmpty())
        return;
    Entry &e = m_entries[size_t(entry)];
    e.exchange.frames.append(frames.mid(0, Exchange::MaxHttp2Frames - e.exchange.frames.size()));
    if (e.exchange.protocol.isEmpty())
        e.exchange.protocol = u"h2"_s;
    noteFrames(true);
    emitRowChanged(entry);
}

void WaterfallModel::liveHopFinished(const Gatescope::Exchange &exchange)
{
    const int entry = entryForHop(exchange.redirectHop);
    if (entry < 0)
        return;
    Entry &e = m_entries[size_t(entry)];
    const double start = e.startEpochMs;
    const QString oldHost = e.host;
    const int group = e.group;
    const int childRow = e.childRow;
    const double hopOffset = e.liveHopOffsetMs;
    e = makeEntry(exchange);
    e.startEpochMs = start; // keep the monotonic placement measured live
    e.hasStart = true;
    e.group = group;
    e.childRow = childRow;
    e.liveHopOffsetMs = hopOffset;
    if (oldHost != e.host) {
        if (--m_hostCounts[oldHost] == 0)
            m_hostCounts.remove(oldHost);
        ++m_hostCounts[e.host];
        Q_EMIT hostsChanged();
    }
    m_maxEndEpochMs = std::max(m_maxEndEpochMs, e.startEpochMs + completedDuration(e.exchange.timings));
    emitRowChanged(entry);
    Q_EMIT timeExtentChanged();
    if (!e.exchange.frames.isEmpty())
        noteFrames(true);
}

void WaterfallModel::liveFinished(const QList<Gatescope::Exchange> &exchanges)
{
    if (!m_live.active)
        return;
    for (const Exchange &exchange : exchanges)
        liveHopFinished(exchange);
    endLive();
}

void WaterfallModel::endLive()
{
    if (!m_live.active)
        return;
    for (const QMetaObject::Connection &connection : std::as_const(m_live.connections))
        disconnect(connection);
    m_live.connections.clear();
    m_live.engine = nullptr;
    const double now = liveElapsedMs();
    const QList<int> stillLive = liveEntries();
    for (int entry : stillLive) {
        // Ended without a final Exchange (engine gone): keep what was measured, stop growing.
        Entry &e = m_entries[size_t(entry)];
        e.live = false;
        if (e.livePhase != Phase::None)
            setPhaseValue(e.exchange.timings, e.livePhase, std::max(0.0, now - e.liveHopOffsetMs - e.livePhaseStartMs));
        e.livePhase = Phase::None;
        e.exchange.timings.total = std::max(0.0, now - e.liveHopOffsetMs);
        m_maxEndEpochMs = std::max(m_maxEndEpochMs, e.startEpochMs + e.exchange.timings.total);
    }
    m_live.active = false;
    m_live.group = -1;
    for (int entry : stillLive)
        emitRowChanged(entry);
    qCDebug(lcWaterfall) << "live exchange ended after" << now << "ms";
    Q_EMIT liveStateChanged(false);
    Q_EMIT timeExtentChanged();
}

} // namespace Gatescope::Gui
