#include "diagnosis/DiagnosisJson.h"

#include "model/ExchangeJson.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace Gatescope::DiagnosisJson {

QJsonObject diagnosisToJson(const Diagnosis &diagnosis)
{
    QJsonArray path;
    for (const PathStep &step : diagnosis.path)
        path.append(
            QJsonObject { { u"node"_s, step.node }, { u"decidedBy"_s, QJsonArray::fromStringList(step.decidedBy) } });
    QJsonArray evidence;
    for (const EvidenceItem &item : diagnosis.evidence)
        evidence.append(
            QJsonObject { { u"fact"_s, item.fact }, { u"source"_s, item.source }, { u"value"_s, item.value } });
    return QJsonObject {
        { u"status"_s, diagnosis.status },
        { u"predicted"_s, diagnosis.predicted },
        { u"producer"_s,
          QJsonObject { { u"layer"_s, diagnosis.producer.layer },
                        { u"product"_s, diagnosis.producer.product },
                        { u"confidence"_s, diagnosis.producer.confidence } } },
        { u"cause"_s, diagnosis.cause },
        { u"summary"_s, diagnosis.summary },
        { u"explanation"_s, diagnosis.explanation },
        { u"leaf"_s, diagnosis.leaf },
        { u"retry"_s,
          QJsonObject { { u"advice"_s, diagnosis.retry.advice },
                        { u"afterSeconds"_s,
                          diagnosis.retry.afterSeconds ? QJsonValue(*diagnosis.retry.afterSeconds)
                                                       : QJsonValue(QJsonValue::Null) } } },
        { u"path"_s, path },
        { u"evidence"_s, evidence },
        { u"checklist"_s,
          QJsonObject { { u"id"_s, diagnosis.checklist.id },
                        { u"title"_s, diagnosis.checklist.title },
                        { u"items"_s, QJsonArray::fromStringList(diagnosis.checklist.items) } } },
    };
}

QJsonObject logEvidenceToJson(const LogLineEvidence &line)
{
    return QJsonObject {
        { u"file"_s, line.file },
        { u"line"_s, double(line.line) },
        { u"format"_s, line.format },
        { u"product"_s, line.product.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(line.product) },
        { u"match"_s, line.match },
        { u"cause"_s, line.cause.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(line.cause) },
        { u"text"_s, line.text },
    };
}

QJsonObject exchangeToJson(const DiagnosedExchange &entry)
{
    QJsonObject object = ExchangeJson::toJson(entry.exchange);
    object.insert(u"diagnosis"_s, diagnosisToJson(entry.diagnosis));
    if (entry.logEvidence) {
        QJsonArray lines;
        for (const LogLineEvidence &line : *entry.logEvidence)
            lines.append(logEvidenceToJson(line));
        object.insert(u"logEvidence"_s, lines);
    }
    return object;
}

QJsonObject document(const QString &inputKind, const QString &inputName, const QList<DiagnosedExchange> &entries)
{
    QJsonArray exchanges;
    for (const DiagnosedExchange &entry : entries)
        exchanges.append(exchangeToJson(entry));
    return QJsonObject {
        { u"schema"_s, QString::fromUtf16(Schema) },
        { u"tool"_s,
          QJsonObject { { u"name"_s, u"gatescope"_s }, { u"version"_s, QStringLiteral(GATESCOPE_VERSION) } } },
        { u"input"_s, QJsonObject { { u"kind"_s, inputKind }, { u"name"_s, inputName } } },
        { u"exchanges"_s, exchanges },
    };
}

QByteArray serialize(const QString &inputKind, const QString &inputName, const QList<DiagnosedExchange> &entries)
{
    return QJsonDocument(document(inputKind, inputName, entries)).toJson(QJsonDocument::Indented);
}

} // namespace Gatescope::DiagnosisJson
