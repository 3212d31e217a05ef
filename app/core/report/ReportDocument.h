#pragma once

#include "diagnosis/Diagnosis.h"
#include "diagnosis/DiagnosisJson.h"
#include "model/Exchange.h"
#include "model/TimeoutCorrection.h"

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
    // The hop timeouts the user corrected (the window's workspace): applied before each exchange's
    // timeout audit, as the window does.
    TimeoutCorrections timeoutCorrections;

    friend bool operator==(const ReportDocument &, const ReportDocument &) = default;
};

// The part of a report the user asked for: with onlyIndex >= 0 the entry of that input index
// (the Export dialog's "Selected exchange only", the CLI's --entry N); else with includeHealthy
// every entry (--all, "Include healthy exchanges"); else the failing ones — or the last one when
// none fails — with the healthy ones left out counted in omittedHealthy.
inline ReportDocument scopedReport(const ReportDocument &document, bool includeHealthy, int onlyIndex = -1)
{
    ReportDocument scoped = document;
    scoped.entries.clear();
    scoped.omittedHealthy = document.omittedHealthy;
    for (const ReportEntry &entry : document.entries) {
        if (onlyIndex >= 0 ? entry.exchange.index == onlyIndex : includeHealthy || isFailure(entry.exchange))
            scoped.entries.append(entry);
    }
    if (onlyIndex < 0 && !includeHealthy) {
        if (scoped.entries.isEmpty() && !document.entries.isEmpty())
            scoped.entries.append(document.entries.last());
        scoped.omittedHealthy += int(document.entries.size() - scoped.entries.size());
    }
    return scoped;
}

} // namespace Gatescope
