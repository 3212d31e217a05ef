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

namespace {

using Writer = IndentedJsonWriter;

void writeDiagnosis(Writer &w, const Diagnosis &diagnosis)
{
    w.beginObject();
    w.member("cause"_L1, diagnosis.cause);
    w.key("checklist"_L1);
    w.beginObject();
    w.member("id"_L1, diagnosis.checklist.id);
    w.member("items"_L1, diagnosis.checklist.items);
    w.member("title"_L1, diagnosis.checklist.title);
    w.endObject();
    w.key("evidence"_L1);
    w.beginArray();
    for (const EvidenceItem &item : diagnosis.evidence) {
        w.beginObject();
        w.member("fact"_L1, item.fact);
        w.member("source"_L1, item.source);
        w.member("value"_L1, item.value);
        w.endObject();
    }
    w.endArray();
    w.member("explanation"_L1, diagnosis.explanation);
    w.member("leaf"_L1, diagnosis.leaf);
    w.key("path"_L1);
    w.beginArray();
    for (const PathStep &step : diagnosis.path) {
        w.beginObject();
        w.member("decidedBy"_L1, step.decidedBy);
        w.member("node"_L1, step.node);
        w.endObject();
    }
    w.endArray();
    w.member("predicted"_L1, diagnosis.predicted);
    w.key("producer"_L1);
    w.beginObject();
    w.member("confidence"_L1, diagnosis.producer.confidence);
    w.member("layer"_L1, diagnosis.producer.layer);
    w.member("product"_L1, diagnosis.producer.product);
    w.endObject();
    w.key("retry"_L1);
    w.beginObject();
    w.member("advice"_L1, diagnosis.retry.advice);
    w.key("afterSeconds"_L1);
    if (diagnosis.retry.afterSeconds)
        w.value(*diagnosis.retry.afterSeconds);
    else
        w.null();
    w.endObject();
    w.member("status"_L1, diagnosis.status);
    w.member("summary"_L1, diagnosis.summary);
    w.endObject();
}

void writeNullIfEmpty(Writer &w, const QString &text)
{
    if (text.isEmpty())
        w.null();
    else
        w.value(text);
}

void writeLogEvidence(Writer &w, const QList<LogLineEvidence> &lines)
{
    w.beginArray();
    for (const LogLineEvidence &line : lines) {
        w.beginObject();
        w.key("cause"_L1);
        writeNullIfEmpty(w, line.cause);
        w.member("file"_L1, line.file);
        w.member("format"_L1, line.format);
        w.member("line"_L1, double(line.line));
        w.member("match"_L1, line.match);
        w.key("product"_L1);
        writeNullIfEmpty(w, line.product);
        w.member("text"_L1, line.text);
        w.endObject();
    }
    w.endArray();
}

} // namespace

QList<IndentedJsonWriter::Member> exchangeMembers(const DiagnosedExchange &entry)
{
    const DiagnosedExchange *e = &entry;
    QList<IndentedJsonWriter::Member> members = ExchangeJson::jsonMembers(entry.exchange);
    members.append({ "diagnosis"_L1, [e](Writer &w) { writeDiagnosis(w, e->diagnosis); } });
    if (entry.logEvidence)
        members.append({ "logEvidence"_L1, [e](Writer &w) { writeLogEvidence(w, *e->logEvidence); } });
    return members;
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
