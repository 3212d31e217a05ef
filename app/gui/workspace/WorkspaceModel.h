#pragma once

#include "workspace/Workspace.h"

#include <QAbstractItemModel>

#include <memory>

namespace Gatescope {
class WorkspaceStore;
}

namespace Gatescope::Gui {

// The workspace as the sidebar shows it: three groups — collections of requests, imported captures
// (each listing its entries, 5xx and failed ones marked) and the history of runs. It owns the
// workspace data and is the only place that changes it; every change emits changed() so the
// WorkspaceStore can autosave. A capture's entries are fetched lazily (canFetchMore/fetchMore asks
// for them through captureContentNeeded) so a 100,000-entry HAR costs nothing until it is opened.
class WorkspaceModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum class NodeKind { Group, Collection, Request, Capture, CaptureEntry, Run };
    Q_ENUM(NodeKind)
    enum Group { CollectionsGroup, CapturesGroup, HistoryGroup, GroupCount };

    enum Role {
        NodeKindRole = Qt::UserRole + 1, // NodeKind as int
        IdRole, // QString id of the collection/request/capture/run
        OwnerIdRole, // QString id of the collection/capture holding a request/entry
        IsFailureRole, // bool: a 5xx or failed entry/run
        EntryRole, // int: position of an entry in its capture
        // History runs (what HistoryRowDelegate paints, what the status filter reads):
        StatusRole, // int: final status, 0 = no response
        StatusClassRole, // QString: "2xx" … "5xx", "none" (no response) or "cancelled"
        MethodRole, // QString
        WhereRole, // QString: host + path (+ query)
        DurationRole, // double ms, -1 = not known
        WhenRole, // QDateTime, local
    };
    Q_ENUM(Role)

    static constexpr int MaxHistoryRuns = 200;

    explicit WorkspaceModel(QObject *parent = nullptr);
    ~WorkspaceModel() override;

    // QAbstractItemModel
    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    const Workspace &workspace() const { return m_data; }
    void setWorkspace(Workspace data);

    // Collections and requests.
    QString addCollection(const QString &name, const QList<RequestSpec> &requests = {});
    QString addRequest(const QString &collectionId, const RequestSpec &spec); // returns the request id
    void updateRequest(const QString &requestId, const RequestSpec &spec);
    void removeRequest(const QString &requestId);
    void removeCollection(const QString &collectionId);
    const StoredRequest *findRequest(const QString &requestId) const;
    QString collectionOfRequest(const QString &requestId) const;
    QString firstCollectionId() const;
    QModelIndex indexForRequest(const QString &requestId) const;
    QModelIndex indexForCollection(const QString &collectionId) const;
    QModelIndex groupIndex(Group group) const;

    QString currentRequestId() const { return m_data.currentRequestId; }
    void setCurrentRequestId(const QString &requestId);

    // Captures: the summary is saved in the workspace file, the content in a file of its own.
    void addCapture(const CaptureSummary &summary, std::shared_ptr<const Capture> content);
    void setCaptureContent(const QString &captureId, std::shared_ptr<const Capture> content);
    std::shared_ptr<const Capture> captureContent(const QString &captureId) const;
    const CaptureSummary *findCapture(const QString &captureId) const;
    void removeCapture(const QString &captureId);
    QModelIndex indexForCapture(const QString &captureId) const;
    QModelIndex indexForCaptureEntry(const QString &captureId, int entry) const;

    // History, newest first. Returns the ids of runs dropped beyond MaxHistoryRuns.
    QStringList addRun(const HistoryRun &run);
    void removeRun(const QString &runId);
    const HistoryRun *findRun(const QString &runId) const;
    QModelIndex indexForRun(const QString &runId) const;

    // "2xx" … "5xx", "none" (no response) or "cancelled" (outcome "cancelled").
    static QString statusClass(int status, const QString &outcome);
    static QString durationText(double ms); // "80 ms", "60.0 s"; "" when ms < 0

    QSet<int> checkedItems(const QString &checklistId) const;
    void setCheckedItems(const QString &checklistId, const QSet<int> &checked);

    // The hops' timeouts as the user corrected them (one per site, product and phase).
    const TimeoutCorrections &timeoutCorrections() const { return m_data.timeoutCorrections; }
    // Replaces the correction of the same site, product and phase; seconds <= 0 removes it.
    void setTimeoutCorrection(const TimeoutCorrection &correction);

Q_SIGNALS:
    void changed(); // anything the workspace file holds changed
    void timeoutCorrectionsChanged();
    void captureContentNeeded(const QString &captureId);
    void captureRemoved(const QString &captureId);
    void runRemoved(const QString &runId);

private:
    struct Node
    {
        NodeKind kind = NodeKind::Group;
        int parentRow = -1; // the row of the parent (collection or capture), or the group
        int row = -1;
    };
    static quintptr encode(NodeKind kind, int parentRow);
    static Node decode(const QModelIndex &index);
    int collectionRow(const QString &collectionId) const;
    int captureRow(const QString &captureId) const;
    int runRow(const QString &runId) const;
    int entryCount(const QString &captureId) const; // entries loaded (0 while not loaded)
    QVariant groupData(int group, int role) const;
    QVariant collectionData(int row, int role) const;
    QVariant requestData(int collection, int row, int role) const;
    QVariant captureData(int row, int role) const;
    QVariant entryData(int capture, int row, int role) const;
    QVariant runData(int row, int role) const;

    Workspace m_data;
    QHash<QString, std::shared_ptr<const Capture>> m_captureContent;
    QSet<QString> m_captureRequested;
};

// How a request reads in one line of a list: "GET example.test/path".
QString requestTitle(const RequestSpec &spec);

// Keeps the model's workspace on disk through the store (neither owned): every change marks the
// store dirty, and the store reads model->workspace() then and when it saves; a capture or run
// removed from the model has its file removed. Once the model is gone the store writes only what
// was still pending.
void autosave(WorkspaceModel *model, WorkspaceStore *store);

} // namespace Gatescope::Gui
