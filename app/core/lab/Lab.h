#pragma once

#include "lab/LabGateway.h"
#include "model/RequestSpec.h"

#include <QCoreApplication>
#include <QList>
#include <QObject>
#include <QString>

#include <memory>

namespace Gatescope {

class FaultServer;

// One live case of the 5xx Lab: a short story of what is broken, a ready request that shows
// it, and the diagnosis Gatescope is expected to give.
struct LabScenario
{
    QString id; // "504-origin-silent"
    QString title; // "504 — the origin hit an error and answered nothing"
    QString story; // what is broken, in two or three sentences
    QString textbookCase; // which case of the 500/502/503/504 textbook it is
    RequestSpec request; // ready to send (URL on loopback)
    int burst = 1; // > 1: send this many at once; the last ones show the failure
    int expectedStatus = 0; // what the user sees (or the predicted status)
    QString expectedCause; // cause id of the contract
    QString expectedProduct; // producer product id
    bool expectedPredicted = false;

    // True when a live verdict matches what the scenario expects.
    bool matches(int status, const QString &cause, const QString &product) const;
};

// The 5xx Lab: the fault origin, a serial origin (one request at a time) and one LabGateway per
// gateway scenario, all on loopback on free ports, with the scenario list pointing at them.
// Everything stops when the Lab is destroyed.
class Lab : public QObject
{
    Q_OBJECT
public:
    explicit Lab(QObject *parent = nullptr);
    ~Lab() override;

    bool start(); // false with errorString() when a listener failed
    QString errorString() const;
    bool isRunning() const;

    const QList<LabScenario> &scenarios() const;
    const LabScenario *scenario(QStringView id) const;

    // The gateway behind a scenario (nullptr for direct-to-origin scenarios).
    LabGateway *gatewayFor(QStringView scenarioId) const;
    FaultServer *faultServer() const;

    // The lab gateway's read timeout: the marker the waterfall draws for the lab.
    static int gatewayReadTimeoutMs();

private:
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace Gatescope
