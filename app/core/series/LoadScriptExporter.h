#pragma once

#include "model/RequestSpec.h"
#include "model/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include <optional>

namespace Gatescope {

// A load ramp: users (virtual users) from `from` to `to` in steps of `step`, each level held
// `holdSeconds`. Written FROM:TO:STEP:HOLD on the command line ("1:20:5:30" = 1, 6, 11, 16, 20).
struct LoadRamp
{
    int from = 1;
    int to = 1;
    int step = 1;
    int holdSeconds = 60;

    QList<int> levels() const; // the user counts in order, `to` always last
    static Result<LoadRamp> parse(const QString &text);
};

// Writes requests as a script for a distributed load engine, so that load beyond one workstation
// runs on it: a Locust locustfile (Python: one HttpUser whose task sends the requests in order,
// the ramp as a LoadTestShape) or a k6 script (k6/http, a ramping-vus scenario, a threshold on the
// rate of 5xx answers). Headers, method and body are the requests' own; every credential the
// Redactor would hide (Authorization, cookies, API keys, a secret in the URL or body) is read from
// an environment variable instead and never written into the script — secretVariables() names
// them. Without a ramp, Locust takes its users from its command line and k6 runs one user for a
// minute.
class LoadScriptExporter
{
    Q_DECLARE_TR_FUNCTIONS(Gatescope::LoadScriptExporter)
public:
    enum class Engine { Locust, K6 };

    LoadScriptExporter(const QList<RequestSpec> &requests, std::optional<LoadRamp> ramp, const QString &sourceName);

    // Each user starts the requests once every `seconds` (a watch's interval): Locust's
    // constant_pacing, a sleep for the rest of the interval in k6. Without it, Locust users wait
    // 1 s between rounds and k6 users start the next round at once.
    void setPacing(double seconds) { m_pacingSeconds = seconds; }
    // With a ramp, the script carries a request budget: at most this many requests in all (0: the
    // default of `gatescope ramp` for the same steps, 200 a step), stated at its top and enforced —
    // Locust's users stop at it and the shape ends the run; k6 aborts the test at it (the round
    // count on one instance, a threshold on http_reqs for a distributed run). The time bound is the
    // ramp's own: steps × hold.
    void setRequestBudget(int requests) { m_requestBudget = requests; }
    int requestBudget() const; // 0 without a ramp

    QByteArray script(Engine engine) const;
    // The environment variables the script reads, with what each stands for ("Authorization of request 1").
    QStringList secretVariables() const;

private:
    struct Header
    {
        QByteArray name;
        QByteArray value; // empty when read from `variable`
        QString variable;
    };
    struct Prepared
    {
        QByteArray method;
        QString url; // the redacted URL when `urlVariable` holds the real one
        QString urlVariable;
        QList<Header> headers;
        QByteArray body;
        QString bodyVariable;
    };
    void prepare(const QList<RequestSpec> &requests);
    QByteArray locust() const;
    QByteArray k6() const;

    QList<Prepared> m_requests;
    std::optional<LoadRamp> m_ramp;
    QString m_source;
    QStringList m_variables; // "NAME — what it is"
    double m_pacingSeconds = 0; // 0: none
    int m_requestBudget = 0;
};

} // namespace Gatescope
