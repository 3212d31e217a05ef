#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Gatescope {

// Which hop made the answer: layer "origin" | "gateway" | "client", product id from the
// contract's vocabulary (nginx, haproxy, cloudflare, aws-alb, …, unknown, none).
struct Producer
{
    QString layer;
    QString product;
    double confidence = 0.0; // 0..1
    friend bool operator==(const Producer &, const Producer &) = default;
};

// One fact taken from an Exchange, with where it came from.
// fact: "product.nginx", "timing.matches-default", "body.stack-trace.java", …
// source: "header:Server", "body", "timing:wait", "transport", "status", "anomaly:bad-header-line", …
struct EvidenceItem
{
    QString fact;
    QString source;
    QString value;
    friend bool operator==(const EvidenceItem &, const EvidenceItem &) = default;
};

// One step of the path through the rule tree and the evidence that decided it.
struct PathStep
{
    QString node;
    QStringList decidedBy;
    friend bool operator==(const PathStep &, const PathStep &) = default;
};

struct RetryAdvice
{
    QString advice; // "retry-with-backoff" | "retry-after" | "do-not-retry" | "fix-first"
    std::optional<int> afterSeconds;
    friend bool operator==(const RetryAdvice &, const RetryAdvice &) = default;
};

struct Checklist
{
    QString id;
    QString title;
    QStringList items;
    friend bool operator==(const Checklist &, const Checklist &) = default;
};

// The verdict on one Exchange (docs/diagnosis-contract.md, "diagnosis" object).
struct Diagnosis
{
    int status = 0; // what the user saw, or the predicted gateway status
    bool predicted = false;
    Producer producer;
    QString cause; // cause id from the contract ("upstream.refused", "none", …)
    QString summary; // one sentence
    QString explanation; // the leaf's longer explanation
    QString leaf; // id of the leaf node reached
    RetryAdvice retry;
    QList<PathStep> path;
    QList<EvidenceItem> evidence;
    Checklist checklist;
    friend bool operator==(const Diagnosis &, const Diagnosis &) = default;
};

} // namespace Gatescope
