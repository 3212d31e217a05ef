#pragma once

#include "diagnosis/Diagnosis.h"
#include "model/Exchange.h"
#include "model/IndentedJsonWriter.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace Gatescope {

// A gateway log line joined to an exchange (`diagnose --log`): where it is, what it says, and
// how the join was made. The contract's "logEvidence" items.
struct LogLineEvidence
{
    QString file; // "error.log"
    qint64 line = 0;
    QString format; // "nginx-error"
    QString product; // "nginx"
    QString match; // "request-id" | "method-path-time" | "time" | "method-path" | "log-only"
    QString cause; // what the line names, or empty
    QString text; // the line (redacted as the rest of the output)
    friend bool operator==(const LogLineEvidence &, const LogLineEvidence &) = default;
};

// One exchange with its verdict: an item of the diagnosis document.
struct DiagnosedExchange
{
    Exchange exchange;
    Diagnosis diagnosis;
    // Set only when logs were given: the lines joined to this exchange (maybe none). Unset, the
    // document is what it was before logs existed, byte for byte.
    std::optional<QList<LogLineEvidence>> logEvidence = std::nullopt;
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
// exchangeToJson()'s members written straight as text (IndentedJsonWriter), the same bytes.
QList<IndentedJsonWriter::Member> exchangeMembers(const DiagnosedExchange &entry);
QJsonObject logEvidenceToJson(const LogLineEvidence &line);
QJsonObject document(const QString &inputKind, const QString &inputName, const QList<DiagnosedExchange> &entries);
QByteArray serialize(const QString &inputKind, const QString &inputName, const QList<DiagnosedExchange> &entries);
} // namespace DiagnosisJson

} // namespace Gatescope
