#pragma once

#include "series/KeepAliveProbe.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace Gatescope {

class FingerprintCatalog;

// The hop in front of the measured server: how long it keeps idle connections to it for reuse.
struct FrontHop
{
    QString product; // contract product id ("nginx"), or empty
    QString name; // as people read it ("nginx")
    QString setting; // "keepalive_timeout (upstream block)"; empty when the user gave only seconds
    double seconds = 0;
    QString source; // "DOC …" for a known default; empty when the user gave it
    bool givenByUser = false;

    // The product's known default from the fingerprints (upstreamKeepAlive), overridden by
    // `seconds` when that is positive. nullopt with `problem` set when neither is known.
    static std::optional<FrontHop> of(const FingerprintCatalog &catalog, const QString &product, double seconds,
                                      QString *problem);
};

// What the measurement means for the hop in front.
struct KeepAliveVerdict
{
    enum class Finding {
        NotKeptAlive, // the server closed the connection with its answer: nothing to race
        NeverClosed, // not closed within the bound: longer than what was watched
        NoFront, // measured, no hop in front to compare with
        Safe, // the server keeps idle connections longer than the front does
        Tight, // longer, but by less than a second: the race is still possible under delay
        TooShort, // the server closes idle connections before the front stops reusing them
    };
    Finding finding = Finding::NoFront;
    double serverSeconds = -1;
    std::optional<FrontHop> front;

    static KeepAliveVerdict of(const KeepAliveResult &result, const std::optional<FrontHop> &front);
    QString id() const; // "too-short", "safe", … for JSON
};

namespace KeepAliveReport {

// For people: the Keep-Alive field, when and how the server closed, the comparison and the fix.
QString text(const KeepAliveResult &result, const KeepAliveVerdict &verdict);
// The gatescope.keepalive/1 document (docs/diagnosis-contract.md).
QJsonObject json(const QUrl &url, const KeepAliveResult &result, const KeepAliveVerdict &verdict);

} // namespace KeepAliveReport

} // namespace Gatescope
