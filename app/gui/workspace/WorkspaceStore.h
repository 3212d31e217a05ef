#pragma once

#include "Workspace.h"

#include <QObject>
#include <QTimer>

namespace Gatescope::Gui {

class WorkspaceModel;

// Keeps the workspace on disk: workspace.json (collections, capture and history summaries,
// checklist state) in the data folder, written atomically with QSaveFile shortly after every change
// (debounced, AutosaveDelayMs) so a killed process loses at most that moment; captures and runs in
// files of their own under captures/ and runs/, written once. Loads everything back at start.
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
    bool saveNow();                    // writes workspace.json now if anything changed
    bool hasPendingChanges() const { return m_dirty; }

    // Files of their own. Thread-safe (no member state touched): called from import workers too.
    static QString captureFilePath(const QString &directory, const QString &captureId);
    static QString runFilePath(const QString &directory, const QString &runId);
    static Result<bool> writeJsonFile(const QString &path, const QJsonObject &object);
    static Result<QJsonObject> readJsonFile(const QString &path);

    Result<bool> writeRun(const QString &runId, const RequestSpec &request, const QList<Exchange> &exchanges);
    Result<QList<Exchange>> loadRun(const QString &runId) const;
    Result<Capture> loadCapture(const QString &captureId) const;

Q_SIGNALS:
    void saved(const QString &path);
    void saveFailed(const QString &message);

private:
    void scheduleSave();
    void removeFile(const QString &path);

    WorkspaceModel *m_model;    // not owned
    QString m_directory;
    QTimer m_autosave;
    bool m_dirty = false;
};

} // namespace Gatescope::Gui
