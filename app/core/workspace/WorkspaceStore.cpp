#include "workspace/WorkspaceStore.h"

#include "model/ExchangeJson.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QLoggingCategory>
#include <QSaveFile>
#include <QStandardPaths>

#include <optional>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcWorkspace, "gatescope.workspace", QtInfoMsg)

namespace Gatescope {

namespace {

// Stored captures and runs keep live credentials: only the owner may read them.
constexpr QFileDevice::Permissions PrivateFile = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
constexpr QFileDevice::Permissions PrivateFolder = PrivateFile | QFileDevice::ExeOwner;
constexpr QFileDevice::Permissions OpenToOthers = QFileDevice::ReadGroup | QFileDevice::WriteGroup
    | QFileDevice::ExeGroup | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;

// Creates `folder` 0700 (its parents as the umask says). A folder found more open than that was
// made by an older Gatescope, which wrote its files 0644: it is narrowed to 0700 and those files to 0600.
std::optional<Error> makePrivate(const QString &folder)
{
    const QFileInfo info(folder);
    if (!info.exists()) {
        if (!QDir().mkpath(info.absolutePath()) || (!QDir().mkdir(folder, PrivateFolder) && !QFileInfo(folder).isDir()))
            return Error { WorkspaceStore::tr("%1: cannot create the folder").arg(folder) };
        return std::nullopt;
    }
    if (!info.isDir())
        return Error { WorkspaceStore::tr("%1: not a folder").arg(folder) };
    if (!(info.permissions() & OpenToOthers))
        return std::nullopt;
    if (!QFile::setPermissions(folder, PrivateFolder))
        return Error { WorkspaceStore::tr("%1: cannot make the folder private").arg(folder) };
    const QFileInfoList files = QDir(folder).entryInfoList(QDir::Files | QDir::Hidden | QDir::System);
    for (const QFileInfo &file : files) {
        if ((file.permissions() & OpenToOthers) && !QFile::setPermissions(file.filePath(), PrivateFile))
            qCWarning(lcWorkspace) << "cannot make private:" << file.filePath();
    }
    return std::nullopt;
}

// Opens `file` for writing with owner-only permissions. QSaveFile would otherwise give a new file
// the umask's mode and a replaced one that file's mode.
std::optional<Error> openPrivate(QSaveFile &file)
{
    if (!file.open(QIODevice::WriteOnly))
        return Error { WorkspaceStore::tr("%1: cannot write: %2").arg(file.fileName(), file.errorString()) };
    if (!file.setPermissions(PrivateFile)) {
        file.cancelWriting();
        return Error {
            WorkspaceStore::tr("%1: cannot make the file private: %2").arg(file.fileName(), file.errorString())
        };
    }
    return std::nullopt;
}

} // namespace

WorkspaceStore::WorkspaceStore(const QString &directory, QObject *parent)
    : QObject(parent)
    , m_directory(directory.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) : directory)
{
    m_autosave.setSingleShot(true);
    m_autosave.setInterval(AutosaveDelayMs);
    connect(&m_autosave, &QTimer::timeout, this, &WorkspaceStore::saveNow);
}

WorkspaceStore::~WorkspaceStore()
{
    if (!m_dirty)
        return;
    const Result<bool> written = save(m_pending);
    if (!written)
        qCWarning(lcWorkspace) << written.error();
}

QString WorkspaceStore::workspaceFilePath() const
{
    return m_directory + u"/workspace.json"_s;
}

QString WorkspaceStore::captureFilePath(const QString &directory, const QString &captureId)
{
    return directory + u"/captures/"_s + captureId + u".json"_s;
}

QString WorkspaceStore::runFilePath(const QString &directory, const QString &runId)
{
    return directory + u"/runs/"_s + runId + u".json"_s;
}

Result<bool> WorkspaceStore::makePrivateFolder(const QString &subfolder) const
{
    if (std::optional<Error> error = makePrivate(m_directory))
        return *error;
    if (!subfolder.isEmpty()) {
        if (std::optional<Error> error = makePrivate(m_directory + u'/' + subfolder))
            return *error;
    }
    return true;
}

void WorkspaceStore::markDirty()
{
    if (!m_source)
        return;
    m_pending = m_source();
    m_dirty = true;
    m_autosave.start();
}

Result<bool> WorkspaceStore::writeJsonFile(const QString &path, const QJsonObject &object)
{
    QSaveFile file(path);
    if (std::optional<Error> error = openPrivate(file))
        return *error;
    file.write(QJsonDocument(object).toJson(QJsonDocument::Compact));
    if (!file.commit())
        return Error { tr("%1: cannot save: %2").arg(path, file.errorString()) };
    return true;
}

Result<QJsonObject> WorkspaceStore::readJsonFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error { tr("%1: cannot read: %2").arg(path, file.errorString()) };
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError)
        return Error { tr("%1: offset %2: %3").arg(path).arg(error.offset).arg(error.errorString()) };
    if (!document.isObject())
        return Error { tr("%1: expected a JSON object").arg(path) };
    return document.object();
}

Result<bool> WorkspaceStore::writeCaptureFile(const QString &path, const Capture &capture,
                                              const WriteProgress &progress, const std::atomic_bool *cancel)
{
    QSaveFile file(path);
    if (std::optional<Error> error = openPrivate(file))
        return *error;
    const qint64 total = capture.exchanges.size() + capture.requests.size();
    qint64 done = 0;
    qint64 reportedAt = 0;
    const qint64 reportStep = std::max<qint64>(1, total / 100);
    auto writeLine = [&file](const QJsonObject &object) {
        file.write(QJsonDocument(object).toJson(QJsonDocument::Compact));
        file.write("\n", 1);
    };
    auto step = [&]() -> bool {
        ++done;
        if (progress && done - reportedAt >= reportStep) {
            reportedAt = done;
            progress(done, total);
        }
        return !(cancel && cancel->load(std::memory_order_relaxed));
    };
    auto cancelled = [&]() {
        file.cancelWriting();
        return Error { tr("%1: storing the capture cancelled").arg(path) };
    };

    if (progress)
        progress(0, total);
    writeLine({ { u"schema"_s, u"gatescope.capture/2"_s },
                { u"kind"_s, capture.kind },
                { u"name"_s, capture.name },
                { u"exchangeCount"_s, qint64(capture.exchanges.size()) },
                { u"requestCount"_s, qint64(capture.requests.size()) },
                { u"warnings"_s, QJsonArray::fromStringList(capture.warnings) } });
    for (const Exchange &exchange : capture.exchanges) {
        writeLine(ExchangeJson::toWorkspaceJson(exchange));
        if (!step())
            return cancelled();
    }
    // A HAR's requests are its exchanges' requests in the same order (plus entries never sent):
    // those are stored as a reference, so bodies and headers are on disk and in memory once.
    qsizetype next = 0;
    for (const RequestSpec &request : capture.requests) {
        if (next < capture.exchanges.size() && capture.exchanges.at(next).request == request) {
            writeLine({ { u"exchange"_s, qint64(next) } });
            ++next;
        } else {
            writeLine({ { u"request"_s, ExchangeJson::requestToWorkspaceJson(request) } });
        }
        if (!step())
            return cancelled();
    }
    if (file.error() != QFileDevice::NoError || !file.commit())
        return Error { tr("%1: cannot save: %2").arg(path, file.errorString()) };
    if (progress)
        progress(total, total);
    return true;
}

Result<Capture> WorkspaceStore::readCaptureFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error { tr("%1: cannot read: %2").arg(path, file.errorString()) };
    qint64 lineNumber = 0;
    auto readObject = [&](QJsonObject *object) -> std::optional<Error> {
        ++lineNumber;
        const QByteArray line = file.readLine();
        if (line.isEmpty())
            return Error { tr("%1: line %2: the file ends early (truncated?)").arg(path).arg(lineNumber) };
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(line, &error);
        if (error.error != QJsonParseError::NoError)
            return Error { tr("%1: line %2, column %3: %4")
                               .arg(path)
                               .arg(lineNumber)
                               .arg(error.offset + 1)
                               .arg(error.errorString()) };
        if (!document.isObject())
            return Error { tr("%1: line %2: expected a JSON object").arg(path).arg(lineNumber) };
        *object = document.object();
        return std::nullopt;
    };

    QJsonObject header;
    if (std::optional<Error> error = readObject(&header))
        return *error;
    const QString schema = header.value(u"schema"_s).toString();
    if (schema == u"gatescope.capture/1") // the older form: the whole capture in one document
        return WorkspaceJson::captureFromJson(header, path);
    if (schema != u"gatescope.capture/2")
        return Error { tr("%1: not a stored Gatescope capture (schema \"%2\")").arg(path, schema) };

    Capture capture;
    capture.kind = header.value(u"kind"_s).toString();
    capture.name = header.value(u"name"_s).toString();
    const QJsonArray warnings = header.value(u"warnings"_s).toArray();
    for (const QJsonValue &warning : warnings)
        capture.warnings.append(warning.toString());
    const qint64 exchangeCount = header.value(u"exchangeCount"_s).toInteger(-1);
    const qint64 requestCount = header.value(u"requestCount"_s).toInteger(-1);
    if (exchangeCount < 0 || requestCount < 0)
        return Error { tr("%1: line 1: the header has no exchangeCount/requestCount").arg(path) };
    // Reserve no more than the file can hold (each line takes at least a few bytes).
    capture.exchanges.reserve(qsizetype(std::min(exchangeCount, file.size() / 8)));
    for (qint64 i = 0; i < exchangeCount; ++i) {
        QJsonObject object;
        if (std::optional<Error> error = readObject(&object))
            return *error;
        Result<Exchange> exchange = ExchangeJson::fromWorkspaceJson(object);
        if (!exchange)
            return Error { tr("%1: line %2: exchange %3: %4").arg(path).arg(lineNumber).arg(i).arg(exchange.error()) };
        capture.exchanges.append(std::move(exchange).value());
    }
    capture.requests.reserve(qsizetype(std::min(requestCount, file.size() / 8)));
    for (qint64 i = 0; i < requestCount; ++i) {
        QJsonObject object;
        if (std::optional<Error> error = readObject(&object))
            return *error;
        if (object.contains(u"exchange"_s)) {
            const qint64 same = object.value(u"exchange"_s).toInteger(-1);
            if (same < 0 || same >= capture.exchanges.size())
                return Error { tr("%1: line %2: request %3 refers to exchange %4, which is not there")
                                   .arg(path)
                                   .arg(lineNumber)
                                   .arg(i)
                                   .arg(same) };
            capture.requests.append(capture.exchanges.at(same).request);
            continue;
        }
        Result<RequestSpec> request = ExchangeJson::requestFromWorkspaceJson(object.value(u"request"_s).toObject());
        if (!request)
            return Error { tr("%1: line %2: request %3: %4").arg(path).arg(lineNumber).arg(i).arg(request.error()) };
        capture.requests.append(std::move(request).value());
    }
    return capture;
}

Result<CaptureSummary> WorkspaceStore::storeCapture(const Capture &capture, const WriteProgress &progress,
                                                    const std::atomic_bool *cancel) const
{
    if (Result<bool> folder = makePrivateFolder(u"captures"_s); !folder)
        return Error { folder.error() };
    CaptureSummary summary;
    summary.id = newWorkspaceId();
    summary.name = capture.name;
    summary.kind = capture.kind;
    summary.entryCount = int(capture.exchanges.size());
    for (const Exchange &exchange : capture.exchanges)
        summary.failureCount += isFailure(exchange) ? 1 : 0;
    summary.importedAt = QDateTime::currentDateTimeUtc();
    const Result<bool> written = writeCaptureFile(captureFilePath(m_directory, summary.id), capture, progress, cancel);
    if (!written)
        return Error { written.error() };
    return summary;
}

Result<Workspace> WorkspaceStore::load() const
{
    const QString path = workspaceFilePath();
    if (!QFile::exists(path))
        return Workspace {};
    Result<QJsonObject> object = readJsonFile(path);
    if (!object)
        return Error { object.error() };
    return WorkspaceJson::fromJson(object.value(), path);
}

Result<bool> WorkspaceStore::save(const Workspace &workspace) const
{
    if (Result<bool> folder = makePrivateFolder({}); !folder)
        return folder;
    return writeJsonFile(workspaceFilePath(), WorkspaceJson::toJson(workspace));
}

bool WorkspaceStore::saveNow()
{
    m_autosave.stop();
    if (m_source)
        m_pending = m_source();
    else if (!m_dirty)
        return true; // no source and nothing pending: nothing to write
    const Result<bool> written = save(m_pending);
    if (!written) {
        qCWarning(lcWorkspace) << written.error();
        Q_EMIT saveFailed(written.error());
        return false;
    }
    m_dirty = false;
    qCDebug(lcWorkspace) << "saved" << workspaceFilePath();
    Q_EMIT saved(workspaceFilePath());
    return true;
}

Result<bool> WorkspaceStore::writeRun(const QString &runId, const RequestSpec &request,
                                      const QList<Exchange> &exchanges) const
{
    if (Result<bool> folder = makePrivateFolder(u"runs"_s); !folder)
        return folder;
    return writeJsonFile(runFilePath(m_directory, runId), WorkspaceJson::runToJson(request, exchanges));
}

Result<QList<Exchange>> WorkspaceStore::loadRun(const QString &runId) const
{
    const QString path = runFilePath(m_directory, runId);
    Result<QJsonObject> object = readJsonFile(path);
    if (!object)
        return Error { object.error() };
    return WorkspaceJson::runExchangesFromJson(object.value(), path);
}

void WorkspaceStore::removeRun(const QString &runId) const
{
    removeFile(runFilePath(m_directory, runId));
}

Result<Capture> WorkspaceStore::loadCapture(const QString &captureId) const
{
    return readCaptureFile(captureFilePath(m_directory, captureId));
}

void WorkspaceStore::removeCapture(const QString &captureId) const
{
    removeFile(captureFilePath(m_directory, captureId));
}

void WorkspaceStore::removeFile(const QString &path)
{
    if (QFile::exists(path) && !QFile::remove(path))
        qCWarning(lcWorkspace) << "cannot remove" << path;
}

} // namespace Gatescope
