#include "diagnosis/DiagnosisText.h"

#include "diagnosis/Diagnoser.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace Gatescope {

namespace {

QString retryText(const RetryAdvice &retry)
{
    if (retry.advice == u"retry-after")
        return DiagnosisText::tr("retry after %n second(s) (Retry-After)", nullptr, retry.afterSeconds.value_or(0));
    if (retry.advice == u"retry-with-backoff")
        return DiagnosisText::tr("retry with backoff");
    if (retry.advice == u"do-not-retry")
        return DiagnosisText::tr("do not retry blindly");
    if (retry.advice == u"fix-first")
        return DiagnosisText::tr("fix the cause first; a retry will fail the same way");
    return retry.advice;
}

QString layerText(const QString &layer)
{
    if (layer == u"origin")
        return DiagnosisText::tr("origin");
    if (layer == u"gateway")
        return DiagnosisText::tr("gateway");
    if (layer == u"client")
        return DiagnosisText::tr("client side");
    return layer;
}

} // namespace

QString DiagnosisText::render(const DiagnosedExchange &entry)
{
    const Exchange &exchange = entry.exchange;
    const Diagnosis &diagnosis = entry.diagnosis;
    const RuleTree &tree = RuleTree::builtIn();
    QString out;
    const QString method = QString::fromLatin1(exchange.request.method);
    const QString url = exchange.request.url.toDisplayString();
    out += tr("#%1  %2 %3").arg(exchange.index).arg(method, url.isEmpty() ? tr("(no request recorded)") : url) + u'\n';
    if (exchange.response) {
        out += tr("    response: %1 %2")
                   .arg(exchange.response->status)
                   .arg(QString::fromLatin1(exchange.response->reason))
            + u'\n';
    } else {
        out += tr("    no HTTP response: %1%2")
                   .arg(outcomeId(exchange.transport.outcome),
                        exchange.transport.detail.isEmpty() ? QString() : u" — "_s + exchange.transport.detail)
            + u'\n';
    }
    out += u'\n';
    const QString statusText = diagnosis.predicted
        ? tr("%1 (predicted: what a gateway in front would answer)").arg(diagnosis.status)
        : QString::number(diagnosis.status);
    out += tr("  Verdict:   %1").arg(diagnosis.summary) + u'\n';
    out += tr("  Cause:     %1").arg(diagnosis.cause) + u'\n';
    out += tr("  Status:    %1").arg(statusText) + u'\n';
    out += tr("  Producer:  %1 — %2 (confidence %3)")
               .arg(layerText(diagnosis.producer.layer), diagnosis.producer.product,
                    QLocale().toString(diagnosis.producer.confidence, 'f', 2))
        + u'\n';
    out += tr("  Retry:     %1").arg(retryText(diagnosis.retry)) + u'\n';
    out += u'\n' + tr("  Path through the rules:") + u'\n';
    int depth = 0;
    for (const PathStep &step : diagnosis.path) {
        const RuleNode *node = tree.node(step.node);
        const QString title = node ? node->displayTitle() : step.node;
        out += QString(4 + depth * 2, u' ') + u"→ "_s + title + u"  ["_s + step.node + u"]\n"_s;
        for (const QString &because : step.decidedBy)
            out += QString(8 + depth * 2, u' ') + tr("because %1").arg(because) + u'\n';
        ++depth;
    }
    if (!diagnosis.explanation.isEmpty())
        out += u'\n' + tr("  Why:") + u'\n' + u"    "_s + diagnosis.explanation + u'\n';
    if (!diagnosis.evidence.isEmpty()) {
        out += u'\n' + tr("  Evidence:") + u'\n';
        for (const EvidenceItem &item : diagnosis.evidence)
            out += u"    - "_s + item.fact + u"  ("_s + item.source + u")  "_s + item.value + u'\n';
    }
    if (!diagnosis.checklist.items.isEmpty()) {
        out += u'\n' + tr("  Checklist: %1").arg(diagnosis.checklist.title) + u'\n';
        for (qsizetype i = 0; i < diagnosis.checklist.items.size(); ++i)
            out += u"    %1. "_s.arg(i + 1) + diagnosis.checklist.items.at(i) + u'\n';
    }
    return out;
}

QString DiagnosisText::renderDocument(const QString &inputKind, const QString &inputName,
                                      const QList<DiagnosedExchange> &entries)
{
    QString out
        = tr("gatescope diagnosis of %1 (%2): %n exchange(s)", nullptr, int(entries.size())).arg(inputName, inputKind)
        + u"\n\n"_s;
    for (qsizetype i = 0; i < entries.size(); ++i) {
        if (i > 0)
            out += u"\n"_s + QString(72, u'-') + u"\n\n"_s;
        out += render(entries.at(i));
    }
    return out;
}

} // namespace Gatescope
