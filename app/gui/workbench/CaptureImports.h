#pragma once

#include "capture/Capture.h"
#include "model/Result.h"
#include "workspace/Workspace.h"

#include <QHash>
#include <QObject>

#include <atomic>
#include <memory>

class QThread;

namespace Gatescope {
class WorkspaceStore;
}

namespace Gatescope::Gui {

// The window's import machinery: each file or text is read in a worker thread and its content
// stored in a capture file of its own (WorkspaceStore::storeCapture), with progress in per mille and
// a cancel that leaves the workspace unchanged; a stored capture is read back in a worker when it
// is opened. A HAR's exchanges are also handed over batch by batch as they are read (entriesRead),
// so the window shows rows long before the file is read to its end. It only reads and stores: what to do with a result
// (add it to the workspace, open it) is the window's, through the signals.
class CaptureImports : public QObject
{
    Q_OBJECT
public:
    explicit CaptureImports(const WorkspaceStore *store, QObject *parent = nullptr); // store not owned
    ~CaptureImports() override; // tells running imports to stop and waits for them

    // path empty: import `text` under `name`. Returns the import's id, which its signals carry.
    quint64 start(const QString &path, const QByteArray &text, const QString &name);
    void cancelAll(); // every running import stops; none of them reaches imported()
    // Reads a stored capture back (a worker); loaded() follows.
    void load(const QString &captureId);

    bool isImporting() const { return !m_running.isEmpty(); }
    bool isBusy() const { return isImporting() || !m_loads.isEmpty(); }
    int perMille() const; // mean progress of the running imports, 0–1000
    QStringList runningNames() const;

    static constexpr int DonePerMille = 1000;

Q_SIGNALS:
    void progressChanged(); // started, advanced, finished or a load began/ended
    // An import ended. result holds the capture (or why not); summary is its stored file's summary.
    void imported(quint64 importId, const QString &path, const QString &name,
                  const Gatescope::Result<Gatescope::Capture> &result, const Gatescope::CaptureSummary &summary);
    void cancelled(quint64 importId, const QString &name);
    // The exchanges of a batch of a HAR's entries, as they are read, in file order. They are the
    // first of the capture's exchanges if imported() brings one; a failed or cancelled import
    // has sent some too.
    void entriesRead(quint64 importId, const QList<Gatescope::Exchange> &exchanges);
    void loaded(const QString &captureId, const Gatescope::Result<Gatescope::Capture> &result);

private:
    struct Running
    {
        std::shared_ptr<std::atomic_bool> cancel;
        QThread *thread = nullptr;
        QString name;
        int perMille = 0;
    };
    void onProgress(quint64 importId, int perMille);

    const WorkspaceStore *m_store; // not owned
    QHash<quint64, Running> m_running;
    quint64 m_lastId = 0;
    QList<QThread *> m_loads; // stored captures being read back
};

} // namespace Gatescope::Gui
