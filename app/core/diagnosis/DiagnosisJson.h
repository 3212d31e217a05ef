#pragma once

#include "diagnosis/Diagnosis.h"
#include "model/Exchange.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace Gatescope {

// One exchange with its verdict: an item of the diagnosis document.
struct DiagnosedExchange
{
    Exchange exchange;
    Diagnosis diagnosis;
    friend bool operator==(const DiagnosedExchange &, const DiagnosedExchange &) = default;
};

// The diagnosis document `gatescope.diagnosis/1` (docs/diagnosis-contract.md): schema,
// tool, input {kind, name} and the exchanges, each ExchangeJson::toJson() plus "diagnosis".
// Fields beyond the contract are additive ("leaf", "explanation", "checklist.title").
// Redaction is the caller's job (run the Redactor over the exchanges first).
namespace DiagnosisJson {
inline constexpr char16_t Schema[] = u"gatescope.diagnosis/1";

QJsonObject diagnosisToJson(const Diagnosis &diagnosis);
QJsonObject exchangeToJson(const DiagnosedExchange &entry);
QJsonObject document(const QString &inputKind, const QString &inputName, const QList<DiagnosedExchange> &entries);
QByteArray serialize(const QString &inputKind, const QString &inputName, const QList<DiagnosedExchange> &entries);
} // namespace DiagnosisJson

} // namespace Gatescope
