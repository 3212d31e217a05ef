#pragma once

#include "series/RampRunner.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace Gatescope {

// The knee of a ramp: the first step at which latency or errors turn, and the verdict that
// appears there. The rule, stated in the output and in docs/diagnosis-contract.md:
//   errors  — the step's failure share is at least ErrorShareRise above the highest share of the
//             steps before it (at the first step: at least ErrorShareRise);
//   latency — the step's p90 is more than LatencyFactor times the lowest p90 of the steps before
//             it and at least MinLatencyRiseMs above it.
// Steps with fewer than MinCompleted answered requests are not judged (nor used as a baseline).
struct RampKnee
{
    static constexpr double ErrorShareRise = 0.02;
    static constexpr double LatencyFactor = 1.5;
    static constexpr double MinLatencyRiseMs = 10;
    static constexpr int MinCompleted = 3;

    int step = -1; // index into the steps; -1: no knee within the ramp
    int concurrency = 0; // the knee step's level: requests a second when openLoop
    bool openLoop = false;
    int previousConcurrency = 0; // of the step before it; 0 at the first step
    bool byErrors = false;
    bool byLatency = false;
    double shareBefore = 0; // the highest failure share before it
    double shareAt = 0;
    double p90Before = -1; // the lowest p90 before it
    double p90At = -1;
    QString cause; // the most frequent verdict at the knee; empty when it has no failures
    int firstFailureStep = -1; // the first step at or after the knee with failures; -1: none
    QString firstFailureCause;

    bool found() const { return step >= 0; }
    static RampKnee of(const QList<RampStep> &steps);
};

namespace RampReport {

// The gatescope.ramp/1 document (docs/diagnosis-contract.md, "Ramp").
QJsonObject json(const RequestSpec &request, const RampOptions &options, const QList<RampStep> &steps,
                 const RampKnee &knee, bool cancelled);
// What will run, before it starts: target, steps, hold, the request budget and the time bound.
QString plan(const RequestSpec &request, const RampOptions &options);
// One line per step, as it ends.
QString stepLine(const RampStep &step);
// The header of the step lines: the level is a concurrency, or a rate in the open loop.
QString stepHeader(RampOptions::Loop loop = RampOptions::Loop::Closed);
// The knee (or that none was found), in words, with the rule that found it.
QString kneeText(const RampKnee &knee, const QList<RampStep> &steps);

} // namespace RampReport

} // namespace Gatescope
