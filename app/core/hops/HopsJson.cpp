#include "hops/HopsJson.h"

using namespace Qt::StringLiterals;

namespace Gatescope {

HopAnalysis HopAnalysis::of(const Exchange &exchange, const Diagnosis &diagnosis, const TimeoutCorrections &corrections)
{
    HopAnalysis analysis;
    analysis.chain = TimeoutAudit::corrected(HopChain::build(exchange, diagnosis), exchange, corrections);
    analysis.waitSplit = WaitSplit::build(exchange, analysis.chain);
    analysis.timeoutAudit = TimeoutAudit::audit(analysis.chain, exchange);
    return analysis;
}

namespace HopsJson {

namespace {

QJsonObject timeoutToJson(const DefaultTimeout &timeout)
{
    return QJsonObject { { u"name"_s, timeout.name },     { u"seconds"_s, timeout.seconds },
                         { u"phase"_s, timeout.phase },   { u"status"_s, timeout.status },
                         { u"source"_s, timeout.source }, { u"givenByUser"_s, timeout.givenByUser } };
}

QJsonArray evidenceToJson(const QList<HopEvidence> &evidence)
{
    QJsonArray array;
    for (const HopEvidence &item : evidence)
        array.append(QJsonArray { item.header, item.value });
    return array;
}

} // namespace

QJsonArray hopsToJson(const HopChain &chain)
{
    QJsonArray hops;
    for (const Hop &hop : chain.hops) {
        QJsonArray timeouts;
        for (const DefaultTimeout &timeout : hop.timeouts)
            timeouts.append(timeoutToJson(timeout));
        hops.append(QJsonObject { { u"product"_s, hop.product },
                                  { u"name"_s, hop.displayName },
                                  { u"layer"_s, hop.layer },
                                  { u"order"_s, hop.order },
                                  { u"producer"_s, hop.producer },
                                  { u"added"_s, evidenceToJson(hop.added) },
                                  { u"timeouts"_s, timeouts } });
    }
    return hops;
}

QJsonValue waitSplitToJson(const WaitSplit &split, const HopChain &chain)
{
    if (split.reports.isEmpty())
        return QJsonValue(QJsonValue::Null);
    QJsonArray reports;
    for (const WaitReport &report : split.reports)
        reports.append(QJsonObject {
            { u"product"_s, report.product },
            { u"kind"_s, report.kind },
            { u"metric"_s, report.metric.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(report.metric) },
            { u"ms"_s, report.ms },
            { u"source"_s, report.source } });
    QJsonArray segments;
    for (const WaitSegment &segment : split.segments)
        segments.append(
            QJsonObject { { u"part"_s, segment.part },
                          { u"hop"_s, segment.hop < 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(segment.hop) },
                          { u"product"_s, segment.product },
                          { u"label"_s, WaitSplit::segmentLabel(segment, chain) },
                          { u"ms"_s, segment.ms },
                          { u"source"_s, segment.source } });
    return QJsonObject { { u"waitMs"_s, split.waitMs },
                         { u"segments"_s, segments },
                         { u"reports"_s, reports },
                         { u"inconsistent"_s, split.inconsistent } };
}

QJsonArray timeoutAuditToJson(const QList<TimeoutFinding> &findings)
{
    QJsonArray array;
    for (const TimeoutFinding &finding : findings)
        array.append(QJsonObject {
            { u"kind"_s, finding.kind },
            { u"outerHop"_s, finding.outerHop },
            { u"innerHop"_s, finding.innerHop < 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(finding.innerHop) },
            { u"outer"_s, timeoutToJson(finding.outer) },
            { u"inner"_s,
              finding.innerHop < 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(timeoutToJson(finding.inner)) },
            { u"text"_s, finding.text } });
    return array;
}

void insertInto(QJsonObject &exchangeObject, const HopAnalysis &analysis)
{
    exchangeObject.insert(u"hops"_s, hopsToJson(analysis.chain));
    if (!analysis.chain.unattributed.isEmpty()) {
        QJsonArray unattributed;
        for (const HopEvidence &item : analysis.chain.unattributed)
            unattributed.append(QJsonArray { item.header, item.value });
        exchangeObject.insert(u"hopTracesUnattributed"_s, unattributed);
    }
    exchangeObject.insert(u"waitSplit"_s, waitSplitToJson(analysis.waitSplit, analysis.chain));
    exchangeObject.insert(u"timeoutAudit"_s, timeoutAuditToJson(analysis.timeoutAudit));
}

} // namespace HopsJson

} // namespace Gatescope
