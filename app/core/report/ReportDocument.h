#pragma once

#include "diagnosis/Diagnosis.h"
#include "diagnosis/DiagnosisJson.h"
#include "model/Exchange.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace Gatescope {

// One diagnosed exchange of a report: what was sent and received, and the verdict on it — the
// same pair the diagnosis document (DiagnosisJson) is made of.
using ReportEntry = DiagnosedExchange;

// Everything a shareable report is made of: where the exchanges came from (the contract's
// "input" object: kind "har" | "curl" | "raw-request" | "raw-response" | "http-file" | "url",
// and a display name such as the file name), and every exchange with its diagnosis, in input order.
// ReportWriter turns it into JSON, Markdown, HTML or text; PdfReportWriter into PDF.
struct ReportDocument
{
    QString inputKind;
    QString inputName;
    QList<ReportEntry> entries;
    QDateTime createdAt; // when the report was made (UTC); invalid = now, at writing time
    // Healthy exchanges of the input that were left out (not asked for with --all or "Include
    // healthy exchanges"): the human formats summarise them in one row of the summary table.
    int omittedHealthy = 0;

    friend bool operator==(const ReportDocument &, const ReportDocument &) = default;
};

} // namespace Gatescope
