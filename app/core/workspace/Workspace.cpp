#include "workspace/Workspace.h"

#include "model/ExchangeJson.h"

#include <QJsonArray>
#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace Gatescope {

QString newWorkspaceId()
{
    const quint64 value = QRandomGenerator::global()->generate64();
    return QString::number(value, 36);
}

namespace WorkspaceJson {

namespace {

QJsonObject collectionToJson(const Collection &collection)
{
    QJsonArray requests;
    for (const StoredRequest &request : collection.requests) {
        requests.append(QJsonObject { { u"id"_s, request.id },
                                      { u"request"_s, ExchangeJson::requestToWorkspaceJson(request.spec) } });
    }
    return { { u"id"_s, collection.id }, { u"name"_s, collection.name }, { u"requests"_s, requests } };
}

QJsonObject captureSummaryToJson(const CaptureSummary &capture)
{
    return { { u"id"_s, capture.id },
             { u"name"_s, capture.name },
             { u"kind"_s, capture.kind },
             { u"sourcePath"_s, capture.sourcePath },
             { u"entryCount"_s, capture.entryCount },
             { u"failureCount"_s, capture.failureCount },
             { u"importedAt"_s, capture.importedAt.toString(Qt::ISODateWithMs) } };
}

QJsonObject runToSummaryJson(const HistoryRun &run)
{
    return { { u"id"_s, run.id },
             { u"when"_s, run.when.toString(Qt::ISODateWithMs) },
             { u"method"_s, QString::fromLatin1(run.method) },
             { u"url"_s, run.url.toString() },
             { u"status"_s, run.status },
             { u"outcome"_s, run.outcome },
             { u"cause"_s, run.cause },
             { u"durationMs"_s, run.durationMs } };
}

} // namespace

QJsonObject toJson(const Workspace &data)
{
    QJsonArray collections;
    for (const Collection &collection : data.collections)
        collections.append(collectionToJson(collection));
    QJsonArray captures;
    for (const CaptureSummary &capture : data.captures)
        captures.append(captureSummaryToJson(capture));
    QJsonArray history;
    for (const HistoryRun &run : data.history)
        history.append(runToSummaryJson(run));
    QJsonArray corrections;
    for (const TimeoutCorrection &correction : data.timeoutCorrections)
        corrections.append(QJsonObject { { u"site"_s, correction.site },
                                         { u"product"_s, correction.product },
                                         { u"phase"_s, correction.phase },
                                         { u"seconds"_s, correction.seconds } });
    QJsonObject checklists;
    for (auto it = data.checklistState.cbegin(); it != data.checklistState.cend(); ++it) {
        QList<int> items(it.value().cbegin(), it.value().cend());
        std::sort(items.begin(), items.end());
        QJsonArray checked;
        for (int item : items)
            checked.append(item);
        checklists.insert(it.key(), checked);
    }
    return { { u"schema"_s, u"gatescope.workspace/1"_s },
             { u"collections"_s, collections },
             { u"captures"_s, captures },
             { u"history"_s, history },
             { u"timeoutCorrections"_s, corrections },
             { u"currentRequest"_s, data.currentRequestId },
             { u"checklists"_s, checklists } };
}

Result<Workspace> fromJson(const QJsonObject &object, const QString &where)
{
    const QString schema = object.value(u"schema"_s).toString();
    if (schema != u"gatescope.workspace/1")
        return Error { u"%1: not a Gatescope workspace (schema \"%2\")"_s.arg(where, schema) };

    Workspace data;
    const QJsonArray collections = object.value(u"collections"_s).toArray();
    for (qsizetype c = 0; c < collections.size(); ++c) {
        const QJsonObject item = collections.at(c).toObject();
        Collection collection;
        collection.id = item.value(u"id"_s).toString();
        collection.name = item.value(u"name"_s).toString();
        if (collection.id.isEmpty())
            collection.id = newWorkspaceId();
        const QJsonArray requests = item.value(u"requests"_s).toArray();
        for (qsizetype r = 0; r < requests.size(); ++r) {
            const QJsonObject stored = requests.at(r).toObject();
            Result<RequestSpec> spec = ExchangeJson::requestFromWorkspaceJson(stored.value(u"request"_s).toObject());
            if (!spec)
                return Error { u"%1: collections[%2].requests[%3]: %4"_s.arg(where).arg(c).arg(r).arg(spec.error()) };
            QString id = stored.value(u"id"_s).toString();
            collection.requests.append({ id.isEmpty() ? newWorkspaceId() : id, std::move(spec).value() });
        }
        data.collections.append(collection);
    }

    const QJsonArray captures = object.value(u"captures"_s).toArray();
    for (const QJsonValue &value : captures) {
        const QJsonObject item = value.toObject();
        CaptureSummary capture;
        capture.id = item.value(u"id"_s).toString();
        capture.name = item.value(u"name"_s).toString();
        capture.kind = item.value(u"kind"_s).toString();
        capture.sourcePath = item.value(u"sourcePath"_s).toString();
        capture.entryCount = item.value(u"entryCount"_s).toInt();
        capture.failureCount = item.value(u"failureCount"_s).toInt();
        capture.importedAt = QDateTime::fromString(item.value(u"importedAt"_s).toString(), Qt::ISODateWithMs);
        if (!capture.id.isEmpty())
            data.captures.append(capture);
    }

    const QJsonArray history = object.value(u"history"_s).toArray();
    for (const QJsonValue &value : history) {
        const QJsonObject item = value.toObject();
        HistoryRun run;
        run.id = item.value(u"id"_s).toString();
        run.when = QDateTime::fromString(item.value(u"when"_s).toString(), Qt::ISODateWithMs);
        run.method = item.value(u"method"_s).toString().toLatin1();
        run.url = QUrl(item.value(u"url"_s).toString());
        run.status = item.value(u"status"_s).toInt();
        run.outcome = item.value(u"outcome"_s).toString();
        run.cause = item.value(u"cause"_s).toString();
        run.durationMs = item.value(u"durationMs"_s).toDouble(-1); // absent in files before it was kept
        if (!run.id.isEmpty())
            data.history.append(run);
    }

    data.currentRequestId = object.value(u"currentRequest"_s).toString();
    const QJsonObject checklists = object.value(u"checklists"_s).toObject();
    for (auto it = checklists.constBegin(); it != checklists.constEnd(); ++it) {
        QSet<int> checked;
        const QJsonArray items = it.value().toArray();
        for (const QJsonValue &item : items)
            checked.insert(item.toInt());
        data.checklistState.insert(it.key(), checked);
    }
    for (const QJsonValue &value : object.value(u"timeoutCorrections"_s).toArray()) {
        const QJsonObject item = value.toObject();
        const TimeoutCorrection correction { item.value(u"site"_s).toString(), item.value(u"product"_s).toString(),
                                             item.value(u"phase"_s).toString(), item.value(u"seconds"_s).toDouble() };
        if (!correction.product.isEmpty() && !correction.phase.isEmpty() && correction.seconds > 0)
            data.timeoutCorrections.append(correction);
    }
    return data;
}

Result<Capture> captureFromJson(const QJsonObject &object, const QString &where)
{
    if (object.value(u"schema"_s).toString() != u"gatescope.capture/1")
        return Error { u"%1: not a stored Gatescope capture"_s.arg(where) };
    Capture capture;
    capture.kind = object.value(u"kind"_s).toString();
    capture.name = object.value(u"name"_s).toString();
    const QJsonArray requests = object.value(u"requests"_s).toArray();
    capture.requests.reserve(requests.size());
    for (qsizetype i = 0; i < requests.size(); ++i) {
        Result<RequestSpec> spec = ExchangeJson::requestFromWorkspaceJson(requests.at(i).toObject());
        if (!spec)
            return Error { u"%1: requests[%2]: %3"_s.arg(where).arg(i).arg(spec.error()) };
        capture.requests.append(std::move(spec).value());
    }
    const QJsonArray exchanges = object.value(u"exchanges"_s).toArray();
    capture.exchanges.reserve(exchanges.size());
    for (qsizetype i = 0; i < exchanges.size(); ++i) {
        Result<Exchange> exchange = ExchangeJson::fromWorkspaceJson(exchanges.at(i).toObject());
        if (!exchange)
            return Error { u"%1: exchanges[%2]: %3"_s.arg(where).arg(i).arg(exchange.error()) };
        capture.exchanges.append(std::move(exchange).value());
    }
    const QJsonArray warnings = object.value(u"warnings"_s).toArray();
    for (const QJsonValue &warning : warnings)
        capture.warnings.append(warning.toString());
    return capture;
}

QJsonObject runToJson(const RequestSpec &request, const QList<Exchange> &exchanges)
{
    QJsonArray hops;
    for (const Exchange &exchange : exchanges)
        hops.append(ExchangeJson::toWorkspaceJson(exchange));
    return { { u"schema"_s, u"gatescope.run/1"_s },
             { u"request"_s, ExchangeJson::requestToWorkspaceJson(request) },
             { u"exchanges"_s, hops } };
}

Result<QList<Exchange>> runExchangesFromJson(const QJsonObject &object, const QString &where)
{
    if (object.value(u"schema"_s).toString() != u"gatescope.run/1")
        return Error { u"%1: not a stored Gatescope run"_s.arg(where) };
    QList<Exchange> exchanges;
    const QJsonArray hops = object.value(u"exchanges"_s).toArray();
    for (qsizetype i = 0; i < hops.size(); ++i) {
        Result<Exchange> exchange = ExchangeJson::fromWorkspaceJson(hops.at(i).toObject());
        if (!exchange)
            return Error { u"%1: exchanges[%2]: %3"_s.arg(where).arg(i).arg(exchange.error()) };
        exchanges.append(std::move(exchange).value());
    }
    return exchanges;
}

} // namespace WorkspaceJson
} // namespace Gatescope
