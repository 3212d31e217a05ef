#pragma once

#include "capture/CaptureImporter.h"
#include "model/RequestSpec.h"
#include "model/TimeoutCorrection.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>

#include <memory>

namespace Gatescope {

// A request kept in a collection, with a stable id so the editor can keep editing it across saves.
struct StoredRequest
{
    QString id;
    RequestSpec spec;
};

struct Collection
{
    QString id;
    QString name;
    QList<StoredRequest> requests;
};

// An imported capture. Its entries live in a file of their own (written once at import) and are
// loaded when first needed, so a 100,000-entry HAR does not slow down every autosave or the start.
struct CaptureSummary
{
    QString id;
    QString name; // file name or "pasted text"
    QString kind; // "har", "curl", …
    QString sourcePath; // where it was imported from; empty for pasted text
    int entryCount = 0;
    int failureCount = 0; // 5xx and failed exchanges
    QDateTime importedAt;
};

// One run of the request builder: what was sent and how it ended. The exchanges live in a file.
struct HistoryRun
{
    QString id;
    QDateTime when;
    QByteArray method;
    QUrl url;
    int status = 0; // final hop's status, 0 = no response
    QString outcome; // final hop's transport outcome id
    QString cause; // diagnosis cause id, empty when not diagnosed
    double durationMs = -1; // the shown exchange's total time, -1 = not known
};

// Everything the workspace file holds: collections of requests, capture and history summaries,
// which request the editor shows, and the state of every checklist (checked item indexes by id).
// A plain value: its containers are implicitly shared, so a copy costs a few reference counts.
struct Workspace
{
    QList<Collection> collections;
    QList<CaptureSummary> captures;
    QList<HistoryRun> history; // newest first
    QString currentRequestId;
    QHash<QString, QSet<int>> checklistState;
    TimeoutCorrections timeoutCorrections; // the hops' timeouts as the user corrected them
};

// The JSON form of the workspace file (schema gatescope.workspace/1) and of the per-capture and
// per-run files. Reading is tolerant: a broken entry is skipped and reported, never a crash.
namespace WorkspaceJson {
QJsonObject toJson(const Workspace &data);
Result<Workspace> fromJson(const QJsonObject &object, const QString &where);

// The older one-document capture file (gatescope.capture/1); WorkspaceStore now writes captures
// line by line (gatescope.capture/2) and reads both.
Result<Capture> captureFromJson(const QJsonObject &object, const QString &where);

QJsonObject runToJson(const RequestSpec &request, const QList<Exchange> &exchanges);
Result<QList<Exchange>> runExchangesFromJson(const QJsonObject &object, const QString &where);
} // namespace WorkspaceJson

QString newWorkspaceId(); // short random id for requests, collections, captures, runs

} // namespace Gatescope
