#include "WorkspaceStore.h"

#include "WorkspaceModel.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QLoggingCategory>
#include <QSaveFile>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcWorkspace, "gatescope.gui.workspace", QtInfoMsg)

namespace Gatescope::Gui {

WorkspaceStore::WorkspaceStore(WorkspaceModel *model, const QString &directory, QObject *parent)
    : QObject(parent)
    , m_model(model)
    , m_directory(directory.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) : directory)
{
    m_autosave.setSingleShot(true);
    m_autosave.setInterval(AutosaveDelayMs);
    connect(&m_autosave, &QTimer::timeout, this, &WorkspaceStore::saveNow);
    connect(m_model, &WorkspaceModel::changed, this, &WorkspaceStore::scheduleSave);
    connect(m_model, &WorkspaceModel::captureRemoved, this,
            [this](const QString &id) { removeFile(captureFilePath(m_directory, id)); });
    connect(m_model, &WorkspaceModel::runRemoved, this,
            [this](const QString &id) { removeFile(runFilePath(m_directory, id)); });
}

WorkspaceStore::~WorkspaceStore()
{
    if (m_dirty)
        saveNow();
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

void WorkspaceStore::scheduleSave()
{
    m_dirty = true;
    m_autosave.start();
}

Result<bool> WorkspaceStore::writeJsonFile(const QString &path, const QJsonObject &object)
{
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return Error{tr("%1: cannot create the folder").arg(QFileInfo(path).absolutePath())};
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{tr("%1: cannot write: %2").arg(path, file.errorString())};
    file.write(QJsonDocument(object).toJson(QJsonDocument::Compact));
    if (!file.commit())
        return Error{tr("%1: cannot save: %2").arg(path, file.errorString())};
    return true;
}

Result<QJsonObject> WorkspaceStore::readJsonFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{tr("%1: cannot read: %2").arg(path, file.errorString())};
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError)
        return Error{tr("%1: offset %2: %3").arg(path).arg(error.offset).arg(error.errorString())};
    if (!document.isObject())
        return Error{tr("%1: expected a JSON object").arg(path)};
    return document.object();
}

Result<bool> WorkspaceStore::load()
{
    const QString path = workspaceFilePath();
    if (!QFile::exists(path))
        return false;
    Result<QJsonObject> object = readJsonFile(path);
    if (!object)
        return Error{object.error()};
    Result<WorkspaceData> data = WorkspaceJson::fromJson(object.value(), path);
    if (!data)
        return Error{data.error()};
    m_model->setWorkspace(std::move(data).value());
    m_dirty = false;
    m_autosave.stop();
    return true;
}

bool WorkspaceStore::saveNow()
{
    m_autosave.stop();
    const Result<bool> written = writeJsonFile(workspaceFilePath(), WorkspaceJson::toJson(m_model->workspace()));
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

Result<bool> WorkspaceStore::writeRun(const QString &runId, const RequestSpec &request, const QList<Exchange> &exchanges)
{
    return writeJsonFile(runFilePath(m_directory, runId), WorkspaceJson::runToJson(request, exchanges));
}

Result<QList<Exchange>> WorkspaceStore::loadRun(const QString &runId) const
{
    const QString path = runFilePath(m_directory, runId);
    Result<QJsonObject> object = readJsonFile(path);
    if (!object)
        return Error{object.error()};
    return WorkspaceJson::runExchangesFromJson(object.value(), path);
}

Result<Capture> WorkspaceStore::loadCapture(const QString &captureId) const
{
    const QString path = captureFilePath(m_directory, captureId);
    Result<QJsonObject> object = readJsonFile(path);
    if (!object)
        return Error{object.error()};
    return WorkspaceJson::captureFromJson(object.value(), path);
}

void WorkspaceStore::removeFile(const QString &path)
{
    if (QFile::exists(path) && !QFile::remove(path))
        qCWarning(lcWorkspace) << "cannot remove" << path;
}

} // namespace Gatescope::Gui
