#pragma once

#include "gui/workspace/Workspace.h"

#include <QObject>
#include <QTimer>

#include <atomic>
#include <functional>

namespace Gatescope::Gui {

class WorkspaceModel;

// Keeps the workspace on disk: workspace.json (collections, capture and history summaries,
// checklist state) in the data folder, written atomically with QSaveFile shortly after every change
// (debounced, AutosaveDelayMs) so a killed process loses at most that moment; captures and runs in
// files of their own under captures/ and runs/, written once. Loads everything back at start.
// A capture file is written and read one exchange at a time (schema gatescope.capture/2: JSON
// Lines, a header line then one line per exchange and per request, a request that is an
// exchange's request stored as a reference to it), so storing or opening a 200 MB HAR never holds
// a JSON document of the whole capture; files of the older one-document form (/1) still load.
class WorkspaceStore : public QObject
{
    Q_OBJECT
public:
    static constexpr int AutosaveDelayMs = 500;

    // model not owned; directory empty = QStandardPaths::AppDataLocation
    explicit WorkspaceStore(WorkspaceModel *model, const QString &directory = {}, QObject *parent = nullptr);
    ~WorkspaceStore() override;

    QString directory() const { return m_directory; }
    QString workspaceFilePath() const;

    // Reads workspace.json into the model. A missing file is an empty workspace, not an error.
    Result<bool> load();
    bool saveNow(); // writes workspace.json now if anything changed
    bool hasPendingChanges() const { return m_dirty; }

    // Files of their own. Thread-safe (no member state touched): called from import workers too.
    static QString captureFilePath(const QString &directory, const QString &captureId);
    static QString runFilePath(const QString &directory, const QString &runId);
    static Result<bool> writeJsonFile(const QString &path, const QJsonObject &object);
    static Result<QJsonObject> readJsonFile(const QString &path);

    // progress: exchanges and requests written so far of the total. cancel (not owned): polled
    // between lines; when raised, nothing is left on disk and the error says it was cancelled.
    using WriteProgress = std::function<void(qint64 done, qint64 total)>;
    static Result<bool> writeCaptureFile(const QString &path, const Capture &capture,
                                         const WriteProgress &progress = {}, const std::atomic_bool *cancel = nullptr);
    static Result<Capture> readCaptureFile(const QString &path);

    Result<bool> writeRun(const QString &runId, const RequestSpec &request, const QList<Exchange> &exchanges);
    Result<QList<Exchange>> loadRun(const QString &runId) const;
    Result<Capture> loadCapture(const QString &captureId) const;

Q_SIGNALS:
    void saved(const QString &path);
    void saveFailed(const QString &message);

private:
    void scheduleSave();
    void removeFile(const QString &path);

    WorkspaceModel *m_model; // not owned
    QString m_directory;
    QTimer m_autosave;
    bool m_dirty = false;
};

} // namespace Gatescope::Gui
