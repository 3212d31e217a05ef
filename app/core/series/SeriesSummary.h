#pragma once

#include "series/SeriesRunner.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace Gatescope {

class Diagnoser;

// A proportion with its 95 % Wilson score interval (Wilson 1927; it stays within 0…1 and is
// honest for small counts and for 0 or all failures, where the normal approximation is not).
struct Proportion
{
    int hits = 0;
    int total = 0;
    double rate() const { return total > 0 ? double(hits) / total : 0.0; }
    double low() const;
    double high() const;
};

// The failures of one verdict.
struct VerdictGroup
{
    QString cause; // the contract's cause id
    QString summary; // the first failure's one-sentence summary
    int count = 0;
    QList<int> samples; // indexes of the samples
    QList<int> statuses; // distinct statuses seen (0: no response)
};

// Whether failures go with one property of the requests: the correlation coefficient between
// "failed" (0/1) and the property (Pearson's r; with a 0/1 property it is the phi coefficient),
// and the property's median among failures and among successes.
struct Correlation
{
    QString factor; // "connection-reuse", "idle-time", "wait", "time"
    int samples = 0; // how many samples had the property (idle time: only reused connections)
    double r = 0; // NaN when undefined (no variation)
    double medianFailed = -1;
    double medianSucceeded = -1;
    bool notable() const; // |r| ≥ 0.3 over at least 5 samples with both outcomes
};

// What a finished (or cancelled) series shows.
struct SeriesSummary
{
    int sent = 0;
    bool cancelled = false;
    Proportion failures;
    QList<VerdictGroup> groups; // most frequent first
    Proportion failuresOnReused;
    Proportion failuresOnNew;
    QList<Correlation> correlations;
    QList<QString> causes; // per sample: cause id for a failure, empty for a success
    QDateTime startedAt; // UTC, when the series started: the "time" factor's medians as clock times

    static SeriesSummary of(const QList<SeriesSample> &samples, const Diagnoser &diagnoser, bool cancelled = false);
};

namespace SeriesReport {

// The gatescope.watch/1 document (docs/diagnosis-contract.md, "Watch"): the request (method and
// URL without credentials), the bounds, one row per sample, the summary.
QJsonObject json(const RequestSpec &request, const SeriesOptions &options, const QList<SeriesSample> &samples,
                 const SeriesSummary &summary);
// One line per sample, as it comes in.
QString sampleLine(const SeriesSample &sample);
// The summary for people: rate with interval, groups, correlations in words.
QString text(const SeriesSummary &summary);

} // namespace SeriesReport

} // namespace Gatescope
