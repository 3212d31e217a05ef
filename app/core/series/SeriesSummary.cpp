#include "series/SeriesSummary.h"

#include "diagnosis/CauseTitles.h"
#include "diagnosis/Diagnoser.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>
#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace Gatescope {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Gatescope::SeriesSummary)
};

constexpr double Z95 = 1.959963984540054; // the 97.5th percentile of the standard normal

// Wilson score interval bounds for k of n.
double wilsonBound(int hits, int total, double sign)
{
    if (total <= 0)
        return 0.0;
    const double n = total;
    const double p = hits / n;
    const double z2 = Z95 * Z95;
    const double centre = (p + z2 / (2 * n)) / (1 + z2 / n);
    const double half = Z95 / (1 + z2 / n) * std::sqrt(p * (1 - p) / n + z2 / (4 * n * n));
    return std::clamp(centre + sign * half, 0.0, 1.0);
}

double median(QList<double> values)
{
    if (values.isEmpty())
        return -1;
    std::sort(values.begin(), values.end());
    const qsizetype mid = values.size() / 2;
    return values.size() % 2 ? values.at(mid) : (values.at(mid - 1) + values.at(mid)) / 2;
}

// Pearson's r between the 0/1 outcome and x; NaN when either does not vary.
double pearson(const QList<double> &failed, const QList<double> &x)
{
    const qsizetype n = failed.size();
    if (n < 2)
        return std::numeric_limits<double>::quiet_NaN();
    double mf = 0, mx = 0;
    for (qsizetype i = 0; i < n; ++i) {
        mf += failed.at(i);
        mx += x.at(i);
    }
    mf /= double(n);
    mx /= double(n);
    double sff = 0, sxx = 0, sfx = 0;
    for (qsizetype i = 0; i < n; ++i) {
        const double df = failed.at(i) - mf;
        const double dx = x.at(i) - mx;
        sff += df * df;
        sxx += dx * dx;
        sfx += df * dx;
    }
    if (sff <= 0 || sxx <= 0)
        return std::numeric_limits<double>::quiet_NaN();
    return sfx / std::sqrt(sff * sxx);
}

Correlation correlate(const QString &factor, const QList<std::pair<bool, double>> &points)
{
    Correlation c;
    c.factor = factor;
    c.samples = int(points.size());
    QList<double> failed;
    QList<double> x;
    QList<double> onFailed;
    QList<double> onSucceeded;
    for (const auto &[fail, value] : points) {
        failed.append(fail ? 1.0 : 0.0);
        x.append(value);
        (fail ? onFailed : onSucceeded).append(value);
    }
    c.r = pearson(failed, x);
    c.medianFailed = median(onFailed);
    c.medianSucceeded = median(onSucceeded);
    return c;
}

QString factorTitle(const QString &factor)
{
    if (factor == u"connection-reuse")
        return Tr::tr("connection reuse");
    if (factor == u"idle-time")
        return Tr::tr("idle time of the reused connection");
    if (factor == u"wait")
        return Tr::tr("wait (time to first byte)");
    return Tr::tr("the time of day");
}

// A median offset of the "time" factor as the local clock time it fell on.
QString clockTime(const QDateTime &startedAt, double offsetMs)
{
    return startedAt.addMSecs(qint64(std::llround(offsetMs))).toLocalTime().toString(u"HH:mm:ss"_s);
}

QJsonValue clockValue(const QDateTime &startedAt, double offsetMs)
{
    if (!startedAt.isValid() || offsetMs < 0)
        return QJsonValue();
    return startedAt.addMSecs(qint64(std::llround(offsetMs))).toString(Qt::ISODateWithMs);
}

QString percent(double rate)
{
    return QString::number(rate * 100, 'f', 1) + u" %"_s;
}

QJsonValue number(double value)
{
    return std::isnan(value) ? QJsonValue() : QJsonValue(std::round(value * 1000) / 1000);
}

} // namespace

double Proportion::low() const
{
    return wilsonBound(hits, total, -1);
}

double Proportion::high() const
{
    return wilsonBound(hits, total, +1);
}

bool Correlation::notable() const
{
    return samples >= 5 && !std::isnan(r) && std::abs(r) >= 0.3;
}

SeriesSummary SeriesSummary::of(const QList<SeriesSample> &samples, const Diagnoser &diagnoser, bool cancelled)
{
    SeriesSummary summary;
    summary.sent = int(samples.size());
    summary.cancelled = cancelled;
    if (!samples.isEmpty() && samples.constFirst().startedAt.isValid())
        summary.startedAt
            = samples.constFirst().startedAt.addMSecs(-qint64(std::llround(samples.constFirst().offsetMs)));
    QList<std::pair<bool, double>> reuse;
    QList<std::pair<bool, double>> idle;
    QList<std::pair<bool, double>> wait;
    QList<std::pair<bool, double>> time;
    for (const SeriesSample &sample : samples) {
        const Exchange &exchange = sample.exchange;
        // A request the user stopped says nothing about the server.
        if (exchange.transport.outcome == Outcome::Cancelled) {
            summary.causes.append(QString());
            continue;
        }
        const bool failed = isFailure(exchange);
        ++summary.failures.total;
        Proportion &byConnection = sample.reusedConnection ? summary.failuresOnReused : summary.failuresOnNew;
        ++byConnection.total;
        if (failed) {
            ++summary.failures.hits;
            ++byConnection.hits;
            const Diagnosis diagnosis = diagnoser.diagnose(exchange);
            summary.causes.append(diagnosis.cause);
            auto group = std::find_if(summary.groups.begin(), summary.groups.end(),
                                      [&diagnosis](const VerdictGroup &g) { return g.cause == diagnosis.cause; });
            if (group == summary.groups.end()) {
                summary.groups.append(VerdictGroup { diagnosis.cause, diagnosis.summary, 0, {}, {} });
                group = summary.groups.end() - 1;
            }
            ++group->count;
            group->samples.append(sample.index);
            const int status = exchange.response ? exchange.response->status : 0;
            if (!group->statuses.contains(status))
                group->statuses.append(status);
        } else {
            summary.causes.append(QString());
        }
        reuse.append({ failed, sample.reusedConnection ? 1.0 : 0.0 });
        if (sample.reusedConnection)
            idle.append({ failed, sample.idleMs });
        if (exchange.timings.wait >= 0)
            wait.append({ failed, exchange.timings.wait });
        time.append({ failed, sample.offsetMs });
    }
    std::stable_sort(summary.groups.begin(), summary.groups.end(),
                     [](const VerdictGroup &a, const VerdictGroup &b) { return a.count > b.count; });
    summary.correlations = { correlate(u"connection-reuse"_s, reuse), correlate(u"idle-time"_s, idle),
                             correlate(u"wait"_s, wait), correlate(u"time"_s, time) };
    return summary;
}

namespace SeriesReport {

QJsonObject json(const RequestSpec &request, const SeriesOptions &options, const QList<SeriesSample> &samples,
                 const SeriesSummary &summary)
{
    QUrl url = request.url;
    url.setUserInfo(QString());
    QJsonArray rows;
    for (qsizetype i = 0; i < samples.size(); ++i) {
        const SeriesSample &sample = samples.at(i);
        const Exchange &exchange = sample.exchange;
        const Timings &t = exchange.timings;
        rows.append(QJsonObject {
            { u"index"_s, sample.index },
            { u"startedAt"_s, sample.startedAt.toString(Qt::ISODateWithMs) },
            { u"offsetMs"_s, number(sample.offsetMs) },
            { u"status"_s, exchange.response ? exchange.response->status : 0 },
            { u"outcome"_s, outcomeId(exchange.transport.outcome) },
            { u"failed"_s, exchange.transport.outcome != Outcome::Cancelled && isFailure(exchange) },
            { u"cause"_s, summary.causes.value(i).isEmpty() ? QJsonValue() : QJsonValue(summary.causes.value(i)) },
            { u"reusedConnection"_s, sample.reusedConnection },
            { u"idleMs"_s, sample.idleMs < 0 ? QJsonValue() : number(sample.idleMs) },
            { u"timings"_s,
              QJsonObject { { u"dns"_s, number(t.dns) },
                            { u"connect"_s, number(t.connect) },
                            { u"tls"_s, number(t.tls) },
                            { u"send"_s, number(t.send) },
                            { u"wait"_s, number(t.wait) },
                            { u"download"_s, number(t.download) },
                            { u"total"_s, number(t.total) } } },
        });
    }
    QJsonArray groups;
    for (const VerdictGroup &group : summary.groups) {
        QJsonArray indexes;
        for (int index : group.samples)
            indexes.append(index);
        QJsonArray statuses;
        for (int status : group.statuses)
            statuses.append(status);
        groups.append(QJsonObject { { u"cause"_s, group.cause },
                                    { u"summary"_s, group.summary },
                                    { u"count"_s, group.count },
                                    { u"statuses"_s, statuses },
                                    { u"samples"_s, indexes } });
    }
    QJsonArray correlations;
    for (const Correlation &c : summary.correlations) {
        QJsonObject row { { u"factor"_s, c.factor },
                          { u"samples"_s, c.samples },
                          { u"r"_s, number(c.r) },
                          { u"medianFailed"_s, c.medianFailed < 0 ? QJsonValue() : number(c.medianFailed) },
                          { u"medianSucceeded"_s, c.medianSucceeded < 0 ? QJsonValue() : number(c.medianSucceeded) },
                          { u"notable"_s, c.notable() } };
        if (c.factor == u"time") { // the same medians as clock times (UTC)
            row.insert(u"medianFailedAt"_s, clockValue(summary.startedAt, c.medianFailed));
            row.insert(u"medianSucceededAt"_s, clockValue(summary.startedAt, c.medianSucceeded));
        }
        correlations.append(row);
    }
    auto proportion = [](const Proportion &p) {
        return QJsonObject { { u"failed"_s, p.hits },
                             { u"counted"_s, p.total },
                             { u"rate"_s, number(p.rate()) },
                             { u"low95"_s, number(p.low()) },
                             { u"high95"_s, number(p.high()) } };
    };
    return QJsonObject {
        { u"schema"_s, u"gatescope.watch/1"_s },
        { u"request"_s,
          QJsonObject { { u"method"_s, QString::fromLatin1(request.method) },
                        { u"url"_s, url.toString(QUrl::RemoveUserInfo) } } },
        { u"bounds"_s,
          QJsonObject {
              { u"intervalMs"_s, options.intervalMs },
              { u"count"_s, options.count },
              { u"durationMs"_s, double(options.effectiveDurationMs()) },
              { u"connections"_s, options.connections == ConnectionPolicy::Reuse ? u"reuse"_s : u"new"_s } } },
        { u"samples"_s, rows },
        { u"summary"_s,
          QJsonObject { { u"sent"_s, summary.sent },
                        { u"cancelled"_s, summary.cancelled },
                        { u"failures"_s, proportion(summary.failures) },
                        { u"onReusedConnections"_s, proportion(summary.failuresOnReused) },
                        { u"onNewConnections"_s, proportion(summary.failuresOnNew) },
                        { u"groups"_s, groups },
                        { u"correlations"_s, correlations } } },
    };
}

QString sampleLine(const SeriesSample &sample)
{
    const Exchange &exchange = sample.exchange;
    const QString status
        = exchange.response ? QString::number(exchange.response->status) : outcomeId(exchange.transport.outcome);
    const QString connection = sample.reusedConnection ? Tr::tr("reused after %1 ms idle").arg(sample.idleMs, 0, 'f', 0)
                                                       : Tr::tr("new connection");
    return Tr::tr("#%1  %2  %3  %4 ms  wait %5 ms  %6")
        .arg(sample.index + 1, 3)
        .arg(sample.startedAt.toLocalTime().toString(u"HH:mm:ss.zzz"_s))
        .arg(status, -12)
        .arg(exchange.timings.total, 7, 'f', 1)
        .arg(exchange.timings.wait, 0, 'f', 1)
        .arg(connection);
}

QString text(const SeriesSummary &summary)
{
    QString out;
    const Proportion &f = summary.failures;
    out += Tr::tr("%1 of %2 requests failed: %3 (95 % interval %4 to %5)")
               .arg(f.hits)
               .arg(f.total)
               .arg(percent(f.rate()), percent(f.low()), percent(f.high()))
        + u'\n';
    if (summary.cancelled)
        out += Tr::tr("The series was stopped by you after %n request(s).", nullptr, summary.sent) + u'\n';
    if (!summary.groups.isEmpty()) {
        out += Tr::tr("Failures by verdict:") + u'\n';
        for (const VerdictGroup &group : summary.groups) {
            QStringList statuses;
            for (int status : group.statuses)
                statuses.append(status == 0 ? Tr::tr("no response") : QString::number(status));
            QStringList numbers;
            for (int index : group.samples.mid(0, 12))
                numbers.append(u'#' + QString::number(index + 1));
            if (group.samples.size() > 12)
                numbers.append(u"…"_s);
            out += Tr::tr("  %1 × %2 (%3) [%4]: %5")
                       .arg(group.count)
                       .arg(CauseTitles::cause(group.cause), statuses.join(u", "_s), group.cause, numbers.join(u' '))
                + u'\n';
        }
    }
    if (summary.failuresOnReused.total > 0)
        out += Tr::tr("On reused connections %1 of %2 failed (%3); on new connections %4 of %5 (%6).")
                   .arg(summary.failuresOnReused.hits)
                   .arg(summary.failuresOnReused.total)
                   .arg(percent(summary.failuresOnReused.rate()))
                   .arg(summary.failuresOnNew.hits)
                   .arg(summary.failuresOnNew.total)
                   .arg(percent(summary.failuresOnNew.rate()))
            + u'\n';
    if (f.hits == 0 || f.hits == f.total)
        return out;
    for (const Correlation &c : summary.correlations) {
        if (std::isnan(c.r))
            continue;
        QString medians;
        if (c.factor == u"time" && summary.startedAt.isValid())
            medians = Tr::tr("; failing around %1, succeeding around %2 (local time)")
                          .arg(clockTime(summary.startedAt, c.medianFailed),
                               clockTime(summary.startedAt, c.medianSucceeded));
        else if (c.factor != u"connection-reuse")
            medians = Tr::tr("; median %1 ms when failing, %2 ms otherwise")
                          .arg(c.medianFailed, 0, 'f', 0)
                          .arg(c.medianSucceeded, 0, 'f', 0);
        out += (c.notable() ? Tr::tr("Failures go with %1: r = %2%3") : Tr::tr("No clear link with %1: r = %2%3"))
                   .arg(factorTitle(c.factor))
                   .arg(c.r, 0, 'f', 2)
                   .arg(medians)
            + u'\n';
    }
    return out;
}

} // namespace SeriesReport

} // namespace Gatescope
