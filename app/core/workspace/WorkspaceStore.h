#pragma once

#include "workspace/Workspace.h"

#include <QObject>
#include <QTimer>

#include <atomic>
#include <functional>

namespace Gatescope {

// Keeps the workspace on disk: workspace.json (collections, capture and history summaries,
// checklist state) in the data folder, written atomically with QSaveFile; captures and runs in
// files of their own under captures/ and runs/, written once. It saves and loads a Workspace value
// and knows nothing of who holds it: whoever does connects its change signal to markDirty() and
// gives setSource() the way to read the current value; the store then writes it shortly after
// every change (debounced, AutosaveDelayMs), so a killed process loses at most that moment.
//
// Stored captures keep live credentials (a replay must authenticate), so everything is private:
// the data folder and its subfolders are made 0700 and every file written 0600, and a folder or
// file found more open than that is narrowed on the next write.
//
// A capture file is written and read one exchange at a time (schema gatescope.capture/2: JSON
// Lines, a header line then one line per exchange and per request, a request that is an
// exchange's request stored as a reference to it), so storing or opening a 200 MB HAR never holds
// a JSON document of the whole capture; files of the older one-document form (/1) still load.
class WorkspaceStore : public QObject
{
    Q_OBJECT
public:
    static constexpr int AutosaveDelayMs = 500;

    // directory empty = QStandardPaths::AppDataLocation
    explicit WorkspaceStore(const QString &directory = {}, QObject *parent = nullptr);
    ~WorkspaceStore() override; // writes a change still pending (the value read at its markDirty())

    QString directory() const { return m_directory; }
    QString workspaceFilePath() const;

    // Reads workspace.json. A missing file is an empty workspace, not an error. Marks nothing dirty.
    Result<Workspace> load() const;
    // Writes workspace.json now, whatever is pending (not debounced, no signal).
    Result<bool> save(const Workspace &workspace) const;

    // The current value, read at every markDirty() and by saveNow(), on the store's thread. Until
    // a source is set (and after it is cleared) markDirty() does nothing and saveNow() writes only
    // a value still pending.
    using WorkspaceSource = std::function<Workspace()>;
    void setSource(WorkspaceSource source) { m_source = std::move(source); }
    void markDirty(); // the source changed: save it AutosaveDelayMs from now (restarted by each call)
    bool saveNow(); // writes the source's value now; emits saved or saveFailed
    bool hasPendingChanges() const { return m_dirty; }

    // Where captures and runs are stored; a capture file is read one line at a time. Thread-safe
    // (no member state touched): called from workers too.
    static QString captureFilePath(const QString &directory, const QString &captureId);
    static QString runFilePath(const QString &directory, const QString &runId);
    static Result<Capture> readCaptureFile(const QString &path);

    // progress: exchanges and requests written so far of the total. cancel (not owned): polled
    // between lines; when raised, nothing is left on disk and the error says it was cancelled.
    using WriteProgress = std::function<void(qint64 done, qint64 total)>;

    // Stores an imported capture under a new id and returns its summary (id, name, kind, counts,
    // import time; the caller adds where it came from). Thread-safe like the statics above (it
    // reads only the directory), so an import worker calls it.
    Result<CaptureSummary> storeCapture(const Capture &capture, const WriteProgress &progress = {},
                                        const std::atomic_bool *cancel = nullptr) const;
    Result<Capture> loadCapture(const QString &captureId) const;
    void removeCapture(const QString &captureId) const;

    Result<bool> writeRun(const QString &runId, const RequestSpec &request, const QList<Exchange> &exchanges) const;
    Result<QList<Exchange>> loadRun(const QString &runId) const;
    void removeRun(const QString &runId) const;

Q_SIGNALS:
    void saved(const QString &path);
    void saveFailed(const QString &message);

private:
    static Result<bool> writeJsonFile(const QString &path, const QJsonObject &object);
    static Result<QJsonObject> readJsonFile(const QString &path);
    static Result<bool> writeCaptureFile(const QString &path, const Capture &capture, const WriteProgress &progress,
                                         const std::atomic_bool *cancel);
    Result<bool> makePrivateFolder(const QString &subfolder) const;
    static void removeFile(const QString &path);

    QString m_directory;
    WorkspaceSource m_source;
    Workspace m_pending; // the value at the last markDirty(), written by the destructor
    QTimer m_autosave;
    bool m_dirty = false;
};

} // namespace Gatescope
