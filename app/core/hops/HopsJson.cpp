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

namespace {

using Writer = IndentedJsonWriter;

void writeTimeout(Writer &w, const DefaultTimeout &timeout)
{
    w.beginObject();
    w.member("givenByUser"_L1, timeout.givenByUser);
    w.member("name"_L1, timeout.name);
    w.member("phase"_L1, timeout.phase);
    w.member("seconds"_L1, timeout.seconds);
    w.member("source"_L1, timeout.source);
    w.member("status"_L1, timeout.status);
    w.endObject();
}

void writeEvidence(Writer &w, const QList<HopEvidence> &evidence)
{
    w.beginArray();
    for (const HopEvidence &item : evidence) {
        w.beginArray();
        w.value(item.header);
        w.value(item.value);
        w.endArray();
    }
    w.endArray();
}

void writeHops(Writer &w, const HopChain &chain)
{
    w.beginArray();
    for (const Hop &hop : chain.hops) {
        w.beginObject();
        w.key("added"_L1);
        writeEvidence(w, hop.added);
        w.member("layer"_L1, hop.layer);
        w.member("name"_L1, hop.displayName);
        w.member("order"_L1, hop.order);
        w.member("producer"_L1, hop.producer);
        w.member("product"_L1, hop.product);
        w.key("timeouts"_L1);
        w.beginArray();
        for (const DefaultTimeout &timeout : hop.timeouts)
            writeTimeout(w, timeout);
        w.endArray();
        w.endObject();
    }
    w.endArray();
}

void writeWaitSplit(Writer &w, const WaitSplit &split, const HopChain &chain)
{
    if (split.reports.isEmpty()) {
        w.null();
        return;
    }
    w.beginObject();
    w.member("inconsistent"_L1, split.inconsistent);
    w.key("reports"_L1);
    w.beginArray();
    for (const WaitReport &report : split.reports) {
        w.beginObject();
        w.member("kind"_L1, report.kind);
        w.key("metric"_L1);
        if (report.metric.isEmpty())
            w.null();
        else
            w.value(report.metric);
        w.member("ms"_L1, report.ms);
        w.member("product"_L1, report.product);
        w.member("source"_L1, report.source);
        w.endObject();
    }
    w.endArray();
    w.key("segments"_L1);
    w.beginArray();
    for (const WaitSegment &segment : split.segments) {
        w.beginObject();
        w.key("hop"_L1);
        if (segment.hop < 0)
            w.null();
        else
            w.value(segment.hop);
        w.member("label"_L1, WaitSplit::segmentLabel(segment, chain));
        w.member("ms"_L1, segment.ms);
        w.member("part"_L1, segment.part);
        w.member("product"_L1, segment.product);
        w.member("source"_L1, segment.source);
        w.endObject();
    }
    w.endArray();
    w.member("waitMs"_L1, split.waitMs);
    w.endObject();
}

void writeTimeoutAudit(Writer &w, const QList<TimeoutFinding> &findings)
{
    w.beginArray();
    for (const TimeoutFinding &finding : findings) {
        w.beginObject();
        w.key("inner"_L1);
        if (finding.innerHop < 0)
            w.null();
        else
            writeTimeout(w, finding.inner);
        w.key("innerHop"_L1);
        if (finding.innerHop < 0)
            w.null();
        else
            w.value(finding.innerHop);
        w.member("kind"_L1, finding.kind);
        w.key("outer"_L1);
        writeTimeout(w, finding.outer);
        w.member("outerHop"_L1, finding.outerHop);
        w.member("text"_L1, finding.text);
        w.endObject();
    }
    w.endArray();
}

} // namespace

void appendMembers(QList<IndentedJsonWriter::Member> &members, const HopAnalysis &analysis)
{
    const HopAnalysis *a = &analysis;
    members.append({ "hops"_L1, [a](Writer &w) { writeHops(w, a->chain); } });
    if (!analysis.chain.unattributed.isEmpty())
        members.append({ "hopTracesUnattributed"_L1, [a](Writer &w) { writeEvidence(w, a->chain.unattributed); } });
    members.append({ "waitSplit"_L1, [a](Writer &w) { writeWaitSplit(w, a->waitSplit, a->chain); } });
    members.append({ "timeoutAudit"_L1, [a](Writer &w) { writeTimeoutAudit(w, a->timeoutAudit); } });
}

} // namespace HopsJson

} // namespace Gatescope
