#include "gui/workspace/WorkspaceModel.h"

#include "workspace/WorkspaceStore.h"

#include <QApplication>
#include <QFont>
#include <QIcon>
#include <QLocale>
#include <QPalette>
#include <QStyle>

using namespace Qt::StringLiterals;

namespace Gatescope::Gui {

namespace {

constexpr int KindShift = 56;

QColor failureColour()
{
    // Readable on both light and dark bases: a red that keeps its contrast against the palette.
    const QColor base = QApplication::palette().color(QPalette::Base);
    return base.lightness() < 128 ? QColor(0xff, 0x7b, 0x72) : QColor(0xc0, 0x1c, 0x28);
}

// Style icons are looked up once; data() is called for every visible row on every repaint.
QIcon styleIcon(QStyle::StandardPixmap pixmap)
{
    static QHash<int, QIcon> cache;
    auto it = cache.find(int(pixmap));
    if (it == cache.end())
        it = cache.insert(int(pixmap), QApplication::style()->standardIcon(pixmap));
    return *it;
}

QString statusText(const Exchange &exchange)
{
    if (exchange.response)
        return QString::number(exchange.response->status);
    return outcomeId(exchange.transport.outcome);
}

} // namespace

QString requestTitle(const RequestSpec &spec)
{
    if (!spec.name.isEmpty())
        return spec.name;
    QString where = spec.url.host() + spec.url.path(QUrl::FullyDecoded);
    if (spec.url.hasQuery())
        where += u'?' + spec.url.query(QUrl::FullyDecoded);
    if (where.isEmpty())
        where = WorkspaceModel::tr("(no URL yet)");
    return QString::fromLatin1(spec.method) + u' ' + where;
}

WorkspaceModel::WorkspaceModel(QObject *parent)
    : QAbstractItemModel(parent)
{ }

WorkspaceModel::~WorkspaceModel() = default;

quintptr WorkspaceModel::encode(NodeKind kind, int parentRow)
{
    return (quintptr(kind) << KindShift) | quintptr(quint32(parentRow));
}

WorkspaceModel::Node WorkspaceModel::decode(const QModelIndex &index)
{
    if (!index.isValid())
        return { NodeKind::Group, -1, -1 };
    const quintptr id = index.internalId();
    return { NodeKind(id >> KindShift), int(quint32(id & 0xffffffffu)), index.row() };
}

QModelIndex WorkspaceModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column != 0 || row >= rowCount(parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, encode(NodeKind::Group, -1));
    const Node p = decode(parent);
    switch (p.kind) {
    case NodeKind::Group:
        if (p.row == CollectionsGroup)
            return createIndex(row, column, encode(NodeKind::Collection, CollectionsGroup));
        if (p.row == CapturesGroup)
            return createIndex(row, column, encode(NodeKind::Capture, CapturesGroup));
        return createIndex(row, column, encode(NodeKind::Run, HistoryGroup));
    case NodeKind::Collection:
        return createIndex(row, column, encode(NodeKind::Request, p.row));
    case NodeKind::Capture:
        return createIndex(row, column, encode(NodeKind::CaptureEntry, p.row));
    default:
        return {};
    }
}

QModelIndex WorkspaceModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    const Node node = decode(child);
    switch (node.kind) {
    case NodeKind::Group:
        return {};
    case NodeKind::Collection:
    case NodeKind::Capture:
    case NodeKind::Run:
        return createIndex(node.parentRow, 0, encode(NodeKind::Group, -1));
    case NodeKind::Request:
        return createIndex(node.parentRow, 0, encode(NodeKind::Collection, CollectionsGroup));
    case NodeKind::CaptureEntry:
        return createIndex(node.parentRow, 0, encode(NodeKind::Capture, CapturesGroup));
    }
    return {};
}

int WorkspaceModel::entryCount(const QString &captureId) const
{
    const auto content = m_captureContent.value(captureId);
    if (!content)
        return 0;
    return int(content->exchanges.isEmpty() ? content->requests.size() : content->exchanges.size());
}

int WorkspaceModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return GroupCount;
    const Node p = decode(parent);
    switch (p.kind) {
    case NodeKind::Group:
        if (p.row == CollectionsGroup)
            return int(m_data.collections.size());
        if (p.row == CapturesGroup)
            return int(m_data.captures.size());
        return int(m_data.history.size());
    case NodeKind::Collection:
        return p.row < m_data.collections.size() ? int(m_data.collections.at(p.row).requests.size()) : 0;
    case NodeKind::Capture:
        return p.row < m_data.captures.size() ? entryCount(m_data.captures.at(p.row).id) : 0;
    default:
        return 0;
    }
}

int WorkspaceModel::columnCount(const QModelIndex &) const
{
    return 1;
}

bool WorkspaceModel::hasChildren(const QModelIndex &parent) const
{
    const Node p = decode(parent);
    if (parent.isValid() && p.kind == NodeKind::Capture)
        return p.row < m_data.captures.size() && m_data.captures.at(p.row).entryCount > 0;
    return rowCount(parent) > 0;
}

bool WorkspaceModel::canFetchMore(const QModelIndex &parent) const
{
    const Node p = decode(parent);
    if (!parent.isValid() || p.kind != NodeKind::Capture || p.row >= m_data.captures.size())
        return false;
    const QString id = m_data.captures.at(p.row).id;
    return !m_captureContent.contains(id) && !m_captureRequested.contains(id);
}

void WorkspaceModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    const QString id = m_data.captures.at(parent.row()).id;
    m_captureRequested.insert(id);
    Q_EMIT captureContentNeeded(id);
}

QVariant WorkspaceModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const Node node = decode(index);
    if (role == NodeKindRole)
        return int(node.kind);
    switch (node.kind) {
    case NodeKind::Group:
        return groupData(node.row, role);
    case NodeKind::Collection:
        return collectionData(node.row, role);
    case NodeKind::Request:
        return requestData(node.parentRow, node.row, role);
    case NodeKind::Capture:
        return captureData(node.row, role);
    case NodeKind::CaptureEntry:
        return entryData(node.parentRow, node.row, role);
    case NodeKind::Run:
        return runData(node.row, role);
    }
    return {};
}

QVariant WorkspaceModel::groupData(int group, int role) const
{
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole && role != Qt::DecorationRole)
        return {};
    switch (group) {
    case CollectionsGroup:
        if (role == Qt::DecorationRole)
            return styleIcon(QStyle::SP_DirIcon);
        return tr("Collections");
    case CapturesGroup:
        if (role == Qt::DecorationRole)
            return styleIcon(QStyle::SP_DialogOpenButton);
        return tr("Imported captures");
    default:
        if (role == Qt::DecorationRole)
            return styleIcon(QStyle::SP_FileDialogDetailedView);
        return tr("History");
    }
}

QVariant WorkspaceModel::collectionData(int row, int role) const
{
    if (row >= m_data.collections.size())
        return {};
    const Collection &collection = m_data.collections.at(row);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return collection.name;
    case Qt::AccessibleTextRole:
        return tr("Collection %1, requests: %Ln", nullptr, int(collection.requests.size())).arg(collection.name);
    case Qt::DecorationRole:
        return styleIcon(QStyle::SP_DirClosedIcon);
    case IdRole:
        return collection.id;
    default:
        return {};
    }
}

QVariant WorkspaceModel::requestData(int collection, int row, int role) const
{
    if (collection >= m_data.collections.size() || row >= m_data.collections.at(collection).requests.size())
        return {};
    const StoredRequest &request = m_data.collections.at(collection).requests.at(row);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return requestTitle(request.spec);
    case Qt::EditRole:
        return request.spec.name.isEmpty() ? requestTitle(request.spec) : request.spec.name;
    case Qt::ToolTipRole: {
        // The whole title (the sidebar elides it in the middle), then what it sends.
        const QString title = requestTitle(request.spec);
        const QString sends = QString::fromLatin1(request.spec.method) + u' ' + request.spec.url.toDisplayString();
        return request.spec.url.isEmpty() || title == sends ? title : title + u'\n' + sends;
    }
    case Qt::FontRole:
        if (request.id == m_data.currentRequestId) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case IdRole:
        return request.id;
    case OwnerIdRole:
        return m_data.collections.at(collection).id;
    default:
        return {};
    }
}

QVariant WorkspaceModel::captureData(int row, int role) const
{
    if (row >= m_data.captures.size())
        return {};
    const CaptureSummary &capture = m_data.captures.at(row);
    switch (role) {
    case Qt::DisplayRole:
        if (capture.failureCount > 0)
            //: Sidebar: a capture's name, its number of entries and how many failed (5xx or no response)
            return tr("%1 (%2 entries, %3 failed)")
                .arg(capture.name, QLocale().toString(capture.entryCount), QLocale().toString(capture.failureCount));
        return tr("%1 (%2 entries)").arg(capture.name, QLocale().toString(capture.entryCount));
    case Qt::AccessibleTextRole:
        return tr("Capture %1, %2 entries, %3 failed")
            .arg(capture.name, QLocale().toString(capture.entryCount), QLocale().toString(capture.failureCount));
    case Qt::ToolTipRole:
        return tr("%1 — imported %2 from %3")
            .arg(capture.name, QLocale().toString(capture.importedAt.toLocalTime(), QLocale::ShortFormat),
                 capture.sourcePath.isEmpty() ? tr("pasted text") : capture.sourcePath);
    case Qt::DecorationRole:
        return styleIcon(QStyle::SP_FileIcon);
    case IdRole:
        return capture.id;
    case IsFailureRole:
        return capture.failureCount > 0;
    default:
        return {};
    }
}

QVariant WorkspaceModel::entryData(int capture, int row, int role) const
{
    if (capture >= m_data.captures.size())
        return {};
    const QString captureId = m_data.captures.at(capture).id;
    const auto content = m_captureContent.value(captureId);
    if (!content)
        return {};
    const bool hasExchanges = !content->exchanges.isEmpty();
    if (row >= (hasExchanges ? content->exchanges.size() : content->requests.size()))
        return {};
    const RequestSpec &spec = hasExchanges ? content->exchanges.at(row).request : content->requests.at(row);
    const bool failed = hasExchanges && Gatescope::isFailure(content->exchanges.at(row));
    switch (role) {
    case Qt::DisplayRole:
        if (hasExchanges)
            return u"%1  %2"_s.arg(statusText(content->exchanges.at(row)), requestTitle(spec));
        return requestTitle(spec);
    case Qt::AccessibleTextRole:
        if (failed)
            return tr("Failed entry: %1, %2").arg(requestTitle(spec), statusText(content->exchanges.at(row)));
        return requestTitle(spec);
    case Qt::ToolTipRole:
        return QString(QString::fromLatin1(spec.method) + u' ' + spec.url.toDisplayString());
    case Qt::ForegroundRole:
        if (failed)
            return failureColour();
        return {};
    case Qt::DecorationRole:
        if (failed)
            return styleIcon(QStyle::SP_MessageBoxCritical);
        return {};
    case IsFailureRole:
        return failed;
    case IdRole:
    case OwnerIdRole:
        return captureId;
    case EntryRole:
        return row;
    default:
        return {};
    }
}

QString WorkspaceModel::durationText(double ms)
{
    if (ms < 0)
        return {};
    if (ms < 1000)
        //: a duration in milliseconds
        return tr("%1 ms").arg(qRound(ms));
    //: a duration in seconds
    return tr("%1 s").arg(QLocale().toString(ms / 1000.0, 'f', 1));
}

QString WorkspaceModel::statusClass(int status, const QString &outcome)
{
    if (outcome == u"cancelled")
        return u"cancelled"_s;
    if (status <= 0)
        return u"none"_s;
    return QString::number(status / 100) + u"xx"_s;
}

QVariant WorkspaceModel::runData(int row, int role) const
{
    if (row >= m_data.history.size())
        return {};
    const HistoryRun &run = m_data.history.at(row);
    // An outcome id this build does not know is not "ok", so it counts as failed.
    const bool failed = Gatescope::isFailure(outcomeFromId(run.outcome).value_or(Outcome::InvalidResponse), run.status);
    const bool cancelled = run.outcome == u"cancelled";
    //: History row when the user cancelled the request
    const QString result = run.status > 0 ? QString::number(run.status) : cancelled ? tr("cancelled") : run.outcome;
    QString where = run.url.host() + run.url.path();
    if (run.url.hasQuery())
        where += u'?' + run.url.query();
    const QString duration = durationText(run.durationMs);
    const QString time = QLocale().toString(run.when.toLocalTime().time(), QLocale::ShortFormat);
    switch (role) {
    case Qt::DisplayRole:
        return u"%1  %2 %3  %4  %5"_s.arg(result, QString::fromLatin1(run.method), where, duration, time).simplified();
    case Qt::AccessibleTextRole:
        return tr("Run at %1: %2 %3, result %4")
            .arg(QLocale().toString(run.when.toLocalTime(), QLocale::ShortFormat), QString::fromLatin1(run.method),
                 run.url.toDisplayString(), result);
    case Qt::ToolTipRole:
        return tr("%1 %2\n%3\nResult: %4\nCause: %5")
            .arg(QString::fromLatin1(run.method), run.url.toDisplayString(),
                 QLocale().toString(run.when.toLocalTime(), QLocale::LongFormat), result,
                 run.cause.isEmpty() ? tr("not diagnosed") : run.cause);
    case Qt::ForegroundRole:
        if (failed)
            return failureColour();
        return {};
    case IsFailureRole:
        return failed;
    case IdRole:
        return run.id;
    case StatusRole:
        return run.status;
    case StatusClassRole:
        return statusClass(run.status, run.outcome);
    case MethodRole:
        return QString::fromLatin1(run.method);
    case WhereRole:
        return where;
    case DurationRole:
        return run.durationMs;
    case WhenRole:
        return run.when.toLocalTime();
    default:
        return {};
    }
}

bool WorkspaceModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !index.isValid())
        return false;
    const Node node = decode(index);
    const QString text = value.toString().trimmed();
    if (node.kind == NodeKind::Collection && node.row < m_data.collections.size()) {
        if (text.isEmpty())
            return false;
        m_data.collections[node.row].name = text;
    } else if (node.kind == NodeKind::Request && node.parentRow < m_data.collections.size()
               && node.row < m_data.collections.at(node.parentRow).requests.size()) {
        StoredRequest &request = m_data.collections[node.parentRow].requests[node.row];
        RequestSpec unnamed = request.spec;
        unnamed.name.clear();
        request.spec.name = text == requestTitle(unnamed) ? QString() : text;
    } else {
        return false;
    }
    Q_EMIT dataChanged(index, index);
    Q_EMIT changed();
    return true;
}

Qt::ItemFlags WorkspaceModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    const NodeKind kind = decode(index).kind;
    if (kind == NodeKind::Collection || kind == NodeKind::Request)
        flags |= Qt::ItemIsEditable;
    if (kind == NodeKind::Request || kind == NodeKind::CaptureEntry || kind == NodeKind::Run)
        flags |= Qt::ItemNeverHasChildren;
    return flags;
}

void WorkspaceModel::setWorkspace(Workspace data)
{
    beginResetModel();
    m_data = std::move(data);
    m_captureContent.clear();
    m_captureRequested.clear();
    endResetModel();
    Q_EMIT timeoutCorrectionsChanged();
}

int WorkspaceModel::collectionRow(const QString &collectionId) const
{
    for (qsizetype i = 0; i < m_data.collections.size(); ++i) {
        if (m_data.collections.at(i).id == collectionId)
            return int(i);
    }
    return -1;
}

int WorkspaceModel::captureRow(const QString &captureId) const
{
    for (qsizetype i = 0; i < m_data.captures.size(); ++i) {
        if (m_data.captures.at(i).id == captureId)
            return int(i);
    }
    return -1;
}

int WorkspaceModel::runRow(const QString &runId) const
{
    for (qsizetype i = 0; i < m_data.history.size(); ++i) {
        if (m_data.history.at(i).id == runId)
            return int(i);
    }
    return -1;
}

QModelIndex WorkspaceModel::groupIndex(Group group) const
{
    return index(group, 0);
}

QString WorkspaceModel::addCollection(const QString &name, const QList<RequestSpec> &requests)
{
    Collection collection { newWorkspaceId(), name, {} };
    for (const RequestSpec &spec : requests)
        collection.requests.append({ newWorkspaceId(), spec });
    const int row = int(m_data.collections.size());
    beginInsertRows(groupIndex(CollectionsGroup), row, row);
    m_data.collections.append(collection);
    endInsertRows();
    Q_EMIT changed();
    return collection.id;
}

QString WorkspaceModel::addRequest(const QString &collectionId, const RequestSpec &spec)
{
    int collection = collectionRow(collectionId);
    if (collection < 0) {
        addCollection(tr("Requests"));
        collection = int(m_data.collections.size()) - 1;
    }
    const QString id = newWorkspaceId();
    const int row = int(m_data.collections.at(collection).requests.size());
    beginInsertRows(index(collection, 0, groupIndex(CollectionsGroup)), row, row);
    m_data.collections[collection].requests.append({ id, spec });
    endInsertRows();
    Q_EMIT changed();
    return id;
}

void WorkspaceModel::updateRequest(const QString &requestId, const RequestSpec &spec)
{
    for (qsizetype c = 0; c < m_data.collections.size(); ++c) {
        QList<StoredRequest> &requests = m_data.collections[c].requests;
        for (qsizetype r = 0; r < requests.size(); ++r) {
            if (requests.at(r).id != requestId)
                continue;
            if (requests.at(r).spec == spec)
                return;
            requests[r].spec = spec;
            const QModelIndex changedIndex = indexForRequest(requestId);
            Q_EMIT dataChanged(changedIndex, changedIndex);
            Q_EMIT changed();
            return;
        }
    }
}

void WorkspaceModel::removeRequest(const QString &requestId)
{
    const QModelIndex requestIndex = indexForRequest(requestId);
    if (!requestIndex.isValid())
        return;
    const int collection = requestIndex.parent().row();
    beginRemoveRows(requestIndex.parent(), requestIndex.row(), requestIndex.row());
    m_data.collections[collection].requests.removeAt(requestIndex.row());
    endRemoveRows();
    Q_EMIT changed();
}

void WorkspaceModel::removeCollection(const QString &collectionId)
{
    const int row = collectionRow(collectionId);
    if (row < 0)
        return;
    beginRemoveRows(groupIndex(CollectionsGroup), row, row);
    m_data.collections.removeAt(row);
    endRemoveRows();
    Q_EMIT changed();
}

const StoredRequest *WorkspaceModel::findRequest(const QString &requestId) const
{
    for (const Collection &collection : m_data.collections) {
        for (const StoredRequest &request : collection.requests) {
            if (request.id == requestId)
                return &request;
        }
    }
    return nullptr;
}

QString WorkspaceModel::collectionOfRequest(const QString &requestId) const
{
    for (const Collection &collection : m_data.collections) {
        for (const StoredRequest &request : collection.requests) {
            if (request.id == requestId)
                return collection.id;
        }
    }
    return {};
}

QString WorkspaceModel::firstCollectionId() const
{
    return m_data.collections.isEmpty() ? QString() : m_data.collections.constFirst().id;
}

QModelIndex WorkspaceModel::indexForRequest(const QString &requestId) const
{
    for (qsizetype c = 0; c < m_data.collections.size(); ++c) {
        const QList<StoredRequest> &requests = m_data.collections.at(c).requests;
        for (qsizetype r = 0; r < requests.size(); ++r) {
            if (requests.at(r).id == requestId)
                return createIndex(int(r), 0, encode(NodeKind::Request, int(c)));
        }
    }
    return {};
}

QModelIndex WorkspaceModel::indexForCollection(const QString &collectionId) const
{
    const int row = collectionRow(collectionId);
    return row < 0 ? QModelIndex() : index(row, 0, groupIndex(CollectionsGroup));
}

void WorkspaceModel::setCurrentRequestId(const QString &requestId)
{
    if (m_data.currentRequestId == requestId)
        return;
    const QModelIndex before = indexForRequest(m_data.currentRequestId);
    m_data.currentRequestId = requestId;
    if (before.isValid())
        Q_EMIT dataChanged(before, before, { Qt::FontRole });
    const QModelIndex after = indexForRequest(requestId);
    if (after.isValid())
        Q_EMIT dataChanged(after, after, { Qt::FontRole });
    Q_EMIT changed();
}

void WorkspaceModel::addCapture(const CaptureSummary &summary, std::shared_ptr<const Capture> content)
{
    const int row = int(m_data.captures.size());
    beginInsertRows(groupIndex(CapturesGroup), row, row);
    m_data.captures.append(summary);
    if (content)
        m_captureContent.insert(summary.id, std::move(content));
    endInsertRows();
    Q_EMIT changed();
}

void WorkspaceModel::setCaptureContent(const QString &captureId, std::shared_ptr<const Capture> content)
{
    const int row = captureRow(captureId);
    if (row < 0 || !content)
        return;
    const QModelIndex parentIndex = index(row, 0, groupIndex(CapturesGroup));
    const int before = entryCount(captureId);
    if (before > 0) {
        beginRemoveRows(parentIndex, 0, before - 1);
        m_captureContent.remove(captureId);
        endRemoveRows();
    }
    const int count = int(content->exchanges.isEmpty() ? content->requests.size() : content->exchanges.size());
    if (count > 0)
        beginInsertRows(parentIndex, 0, count - 1);
    m_captureContent.insert(captureId, std::move(content));
    if (count > 0)
        endInsertRows();
}

std::shared_ptr<const Capture> WorkspaceModel::captureContent(const QString &captureId) const
{
    return m_captureContent.value(captureId);
}

const CaptureSummary *WorkspaceModel::findCapture(const QString &captureId) const
{
    const int row = captureRow(captureId);
    return row < 0 ? nullptr : &m_data.captures.at(row);
}

void WorkspaceModel::removeCapture(const QString &captureId)
{
    const int row = captureRow(captureId);
    if (row < 0)
        return;
    beginRemoveRows(groupIndex(CapturesGroup), row, row);
    m_data.captures.removeAt(row);
    m_captureContent.remove(captureId);
    m_captureRequested.remove(captureId);
    endRemoveRows();
    Q_EMIT captureRemoved(captureId);
    Q_EMIT changed();
}

QModelIndex WorkspaceModel::indexForCapture(const QString &captureId) const
{
    const int row = captureRow(captureId);
    return row < 0 ? QModelIndex() : index(row, 0, groupIndex(CapturesGroup));
}

QModelIndex WorkspaceModel::indexForCaptureEntry(const QString &captureId, int entry) const
{
    return index(entry, 0, indexForCapture(captureId));
}

QStringList WorkspaceModel::addRun(const HistoryRun &run)
{
    beginInsertRows(groupIndex(HistoryGroup), 0, 0);
    m_data.history.prepend(run);
    endInsertRows();
    QStringList dropped;
    if (m_data.history.size() > MaxHistoryRuns) {
        beginRemoveRows(groupIndex(HistoryGroup), MaxHistoryRuns, int(m_data.history.size()) - 1);
        while (m_data.history.size() > MaxHistoryRuns)
            dropped.append(m_data.history.takeLast().id);
        endRemoveRows();
    }
    for (const QString &id : std::as_const(dropped))
        Q_EMIT runRemoved(id);
    Q_EMIT changed();
    return dropped;
}

void WorkspaceModel::removeRun(const QString &runId)
{
    const int row = runRow(runId);
    if (row < 0)
        return;
    beginRemoveRows(groupIndex(HistoryGroup), row, row);
    m_data.history.removeAt(row);
    endRemoveRows();
    Q_EMIT runRemoved(runId);
    Q_EMIT changed();
}

const HistoryRun *WorkspaceModel::findRun(const QString &runId) const
{
    const int row = runRow(runId);
    return row < 0 ? nullptr : &m_data.history.at(row);
}

QModelIndex WorkspaceModel::indexForRun(const QString &runId) const
{
    const int row = runRow(runId);
    return row < 0 ? QModelIndex() : index(row, 0, groupIndex(HistoryGroup));
}

QSet<int> WorkspaceModel::checkedItems(const QString &checklistId) const
{
    return m_data.checklistState.value(checklistId);
}

void WorkspaceModel::setTimeoutCorrection(const TimeoutCorrection &correction)
{
    TimeoutCorrections corrections = m_data.timeoutCorrections;
    corrections.removeIf([&](const TimeoutCorrection &c) {
        return c.site == correction.site && c.product == correction.product && c.phase == correction.phase;
    });
    if (correction.seconds > 0)
        corrections.append(correction);
    if (corrections == m_data.timeoutCorrections)
        return;
    m_data.timeoutCorrections = corrections;
    Q_EMIT timeoutCorrectionsChanged();
    Q_EMIT changed();
}

void WorkspaceModel::setCheckedItems(const QString &checklistId, const QSet<int> &checked)
{
    if (m_data.checklistState.value(checklistId) == checked)
        return;
    if (checked.isEmpty())
        m_data.checklistState.remove(checklistId);
    else
        m_data.checklistState.insert(checklistId, checked);
    Q_EMIT changed();
}

void autosave(WorkspaceModel *model, WorkspaceStore *store)
{
    store->setSource([model] { return model->workspace(); });
    QObject::connect(model, &WorkspaceModel::changed, store, &WorkspaceStore::markDirty);
    QObject::connect(model, &WorkspaceModel::captureRemoved, store, &WorkspaceStore::removeCapture);
    QObject::connect(model, &WorkspaceModel::runRemoved, store, &WorkspaceStore::removeRun);
    QObject::connect(model, &QObject::destroyed, store, [store] { store->setSource({}); });
}

} // namespace Gatescope::Gui
