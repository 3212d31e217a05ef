#include "gui/workbench/CaptureImports.h"

#include "capture/CaptureImporter.h"
#include "gui/BackgroundThreads.h"
#include "logs/QuotedLogLines.h"
#include "workspace/WorkspaceStore.h"

#include <QFile>
#include <QFileInfo>
#include <QThread>

#include <functional>

using namespace Qt::StringLiterals;

namespace Gatescope::Gui {

namespace {

// How the progress splits between reading the input and storing the capture in its file.
constexpr int ReadPerMille = 900;

// How much nicer than the window's thread an import's threads run (Linux nice steps), so that the
// window's thread takes the CPU whenever it has work (it needs a few per cent of a core while rows
// come in). Not the most there is (19): within one session (the kernel's autogroups weigh nice
// values only there) other busy programs would then starve the import — under `ctest -j` an import
// at nice 19 took 53 s instead of 5.
constexpr int ImportNiceness = 10;

// Imports a file or text and stores the capture's content in a file of its own. Runs in a worker;
// reports progress (per mille: reading the input up to ReadPerMille, then storing it) through
// `report` and stops when `cancel` is raised. The stored file is written line by line, so the
// capture is the only full copy of the input in memory.
struct ImportJob
{
    QString path; // empty: import `text`
    QByteArray text;
    QString name;
    const WorkspaceStore *store = nullptr; // not owned; CaptureImports waits for the job before it goes
    std::shared_ptr<std::atomic_bool> cancel = std::make_shared<std::atomic_bool>(false);
    std::function<void(int perMille)> report;
    CaptureImporter::EntriesFunction entries;
    std::shared_ptr<Result<Capture>> result;
    CaptureSummary summary;

    void reportPerMille(int perMille)
    {
        if (perMille == m_reported || !report)
            return;
        m_reported = perMille;
        report(perMille);
    }

    void run()
    {
        const auto reading
            = [this](qint64 done, qint64 total) { reportPerMille(total > 0 ? int(done * ReadPerMille / total) : 0); };
        result = std::make_shared<Result<Capture>>(
            path.isEmpty() ? CaptureImporter::importText(text, name, reading, cancel.get(), entries)
                           : CaptureImporter::importFile(path, reading, cancel.get(), entries));
        keepQuotedLogLines();
        text = QByteArray(); // the pasted text is no longer needed
        if (!result->ok() || result->value().exchanges.isEmpty())
            return;
        const auto storing = [this](qint64 done, qint64 total) {
            reportPerMille(ReadPerMille
                           + (total > 0 ? int(done * (CaptureImports::DonePerMille - ReadPerMille) / total) : 0));
        };
        Result<CaptureSummary> stored = store->storeCapture(result->value(), storing, cancel.get());
        if (!stored) {
            result = std::make_shared<Result<Capture>>(Error { stored.error() });
            return;
        }
        summary = std::move(stored).value();
        if (summary.name.isEmpty())
            summary.name = name;
        summary.sourcePath = path;
    }

private:
    // Gateway log lines quoted in a text (not a HAR) stay with its exchanges, so the window
    // diagnoses the paste as `gatescope diagnose` does; a text of nothing but such lines becomes
    // the request they are about.
    void keepQuotedLogLines()
    {
        if (result->ok() && result->value().kind == Capture::kindName(Capture::Kind::Har))
            return;
        QByteArray quotable = text;
        if (!path.isEmpty()) {
            QFile file(path);
            if (file.size() > QuotedLogLines::MaxTextBytes || !file.open(QIODevice::ReadOnly))
                return;
            quotable = file.readAll();
        }
        if (quotable.isEmpty() || quotable.size() > QuotedLogLines::MaxTextBytes)
            return;
        const QString source = path.isEmpty() ? name : QFileInfo(path).fileName();
        if (result->ok()) {
            QuotedLogLines::quoteInto(result->value().exchanges, quotable, source);
            return;
        }
        Capture lines;
        if (QuotedLogLines::quoteInto(lines.exchanges, quotable, source) == 0)
            return;
        lines.kind = u"log"_s;
        lines.name = name;
        result = std::make_shared<Result<Capture>>(std::move(lines));
    }

    int m_reported = -1;
};

} // namespace

CaptureImports::CaptureImports(const WorkspaceStore *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{ }

CaptureImports::~CaptureImports()
{
    for (const Running &running : std::as_const(m_running))
        running.cancel->store(true);
    for (const Running &running : std::as_const(m_running)) {
        running.thread->wait();
        delete running.thread;
    }
    m_running.clear();
    for (QThread *thread : std::as_const(m_loads)) {
        thread->wait();
        delete thread;
    }
}

quint64 CaptureImports::start(const QString &path, const QByteArray &text, const QString &name)
{
    const quint64 id = ++m_lastId;
    auto job = std::make_shared<ImportJob>();
    job->path = path;
    job->text = text;
    job->name = name;
    job->store = m_store;
    // Queued to this object; the destructor waits for the thread, so `this` outlives every call.
    job->report = [this, id](int perMille) {
        QMetaObject::invokeMethod(
            this, [this, id, perMille] { onProgress(id, perMille); }, Qt::QueuedConnection);
    };
    job->entries = [this, id, cancel = job->cancel](const QList<Exchange> &exchanges) {
        QMetaObject::invokeMethod(
            this,
            [this, id, cancel, exchanges] {
                if (!cancel->load())
                    Q_EMIT entriesRead(id, exchanges);
            },
            Qt::QueuedConnection);
    };
    QThread *thread = QThread::create([job] {
        runBelowTheWindow(ImportNiceness);
        job->run();
    });
    m_running.insert(id, Running { job->cancel, thread, name, 0 });
    connect(thread, &QThread::finished, this, [this, id, job, thread] {
        m_running.remove(id);
        thread->deleteLater();
        Q_EMIT progressChanged();
        const QString jobName = job->path.isEmpty() ? job->name : QFileInfo(job->path).fileName();
        if (job->cancel->load()) {
            // Cancelled — also when the work ended just as Cancel was pressed: nothing is kept.
            if (!job->summary.id.isEmpty())
                QFile::remove(WorkspaceStore::captureFilePath(m_store->directory(), job->summary.id));
            Q_EMIT cancelled(id, jobName);
            return;
        }
        Q_EMIT imported(id, job->path, jobName, *job->result, job->summary);
    });
    Q_EMIT progressChanged();
    thread->start();
    return id;
}

void CaptureImports::cancelAll()
{
    for (const Running &running : std::as_const(m_running))
        running.cancel->store(true);
}

void CaptureImports::load(const QString &captureId)
{
    auto result = std::make_shared<Result<Capture>>(Error { QString() });
    const QString path = WorkspaceStore::captureFilePath(m_store->directory(), captureId);
    QThread *thread = QThread::create([result, path] {
        runBelowTheWindow(ImportNiceness);
        *result = WorkspaceStore::readCaptureFile(path);
    });
    connect(thread, &QThread::finished, this, [this, captureId, result, thread] {
        m_loads.removeOne(thread);
        thread->deleteLater();
        Q_EMIT progressChanged();
        Q_EMIT loaded(captureId, *result);
    });
    m_loads.append(thread);
    Q_EMIT progressChanged();
    thread->start();
}

void CaptureImports::onProgress(quint64 importId, int perMille)
{
    const auto running = m_running.find(importId);
    if (running == m_running.end())
        return;
    running->perMille = perMille;
    Q_EMIT progressChanged();
}

int CaptureImports::perMille() const
{
    if (m_running.isEmpty())
        return 0;
    int sum = 0;
    for (const Running &running : std::as_const(m_running))
        sum += running.perMille;
    return sum / int(m_running.size());
}

QStringList CaptureImports::runningNames() const
{
    QStringList names;
    for (const Running &running : std::as_const(m_running))
        names.append(running.name);
    return names;
}

} // namespace Gatescope::Gui
