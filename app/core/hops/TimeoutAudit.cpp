#include "hops/TimeoutAudit.h"

#include "model/Durations.h"

#include <QLocale>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace Gatescope {

namespace {

const DefaultTimeout *firstOfPhase(const Hop &hop, QStringView phase)
{
    for (const DefaultTimeout &timeout : hop.timeouts) {
        if (timeout.phase == phase && timeout.seconds > 0)
            return &timeout;
    }
    return nullptr;
}

bool isKeepAlivePhase(QStringView phase)
{
    return phase == u"keep-alive" || phase == u"upstream-keep-alive";
}

} // namespace

Hop TimeoutAudit::userOrigin(const FingerprintCatalog &catalog)
{
    Hop hop;
    hop.product = u"origin"_s;
    hop.displayName = catalog.displayName(u"origin");
    hop.layer = u"origin"_s;
    hop.order = u"user"_s;
    return hop;
}

QStringList TimeoutAudit::phases()
{
    return { u"keep-alive"_s, u"upstream-keep-alive"_s, u"connect"_s, u"read"_s, u"total"_s };
}

QString TimeoutAudit::phaseTitle(const QString &phase)
{
    if (phase == u"keep-alive")
        return tr("Keep-alive");
    if (phase == u"upstream-keep-alive")
        return tr("Upstream keep-alive");
    if (phase == u"connect")
        return tr("Connect");
    if (phase == u"read")
        return tr("First byte");
    if (phase == u"total")
        return tr("Total");
    return phase;
}

HopChain TimeoutAudit::corrected(HopChain chain, const Exchange &exchange, const TimeoutCorrections &corrections)
{
    const QString site = TimeoutCorrection::siteOf(exchange.request.url);
    // Behind the last gateway there is an application even when nothing in the headers shows it;
    // a value the user gives for it puts it in the chain, marked as theirs.
    const auto holdsHere = [&](const TimeoutCorrection &c) { return c.site.isEmpty() || c.site == site; };
    const bool originGiven = std::any_of(corrections.cbegin(), corrections.cend(), [&](const TimeoutCorrection &c) {
        return holdsHere(c) && c.product == u"origin" && c.seconds > 0;
    });
    const bool originShown
        = std::any_of(chain.hops.cbegin(), chain.hops.cend(), [](const Hop &hop) { return hop.layer == u"origin"; });
    if (originGiven && !originShown && !chain.hops.isEmpty())
        chain.hops.append(userOrigin());
    for (Hop &hop : chain.hops) {
        for (const TimeoutCorrection &correction : corrections) {
            if (!holdsHere(correction) || correction.product != hop.product || correction.seconds <= 0)
                continue;
            auto same = std::find_if(hop.timeouts.begin(), hop.timeouts.end(),
                                     [&](const DefaultTimeout &t) { return t.phase == correction.phase; });
            DefaultTimeout timeout;
            if (same != hop.timeouts.end()) {
                timeout = *same;
            } else {
                timeout.name = phaseTitle(correction.phase);
                timeout.phase = correction.phase;
                timeout.status = correction.phase == u"upstream-keep-alive" ? 502 : 0;
            }
            timeout.seconds = correction.seconds;
            timeout.upToSeconds = 0;
            timeout.source.clear();
            timeout.givenByUser = true;
            hop.timeouts.removeIf([&](const DefaultTimeout &t) { return t.phase == correction.phase; });
            hop.timeouts.append(timeout);
        }
    }
    return chain;
}

QString TimeoutAudit::phaseExplanation(const QString &phase)
{
    if (phase == u"keep-alive")
        return tr("How long the hop keeps an idle connection from the hop in front (or the client) open for the next "
                  "request");
    if (phase == u"upstream-keep-alive")
        return tr("How long the hop keeps an idle connection to the hop behind it for reuse");
    if (phase == u"connect")
        return tr("How long the hop waits for its connection to the hop behind it");
    if (phase == u"read")
        return tr("How long the hop waits for the first byte of the answer from behind it");
    if (phase == u"total")
        return tr("How long the whole exchange behind the hop may take");
    return {};
}

bool TimeoutAudit::endsAt(double waitMs, double seconds)
{
    if (waitMs < 0 || seconds <= 0)
        return false;
    const double target = seconds * 1000.0;
    return std::abs(waitMs - target) <= std::max(250.0, target * 0.03);
}

QString TimeoutAudit::givenByUserMark()
{
    return tr("as you gave it");
}

QStringList TimeoutAudit::correctableProducts(const FingerprintCatalog &catalog)
{
    QStringList ids;
    for (const GatewayFingerprint &fingerprint : catalog.products()) {
        if (fingerprint.product != u"none") // the client side: no hop, no timeout
            ids.append(fingerprint.product);
    }
    return ids;
}

Result<TimeoutCorrection> TimeoutAudit::correctionFromText(QStringView text, const FingerprintCatalog &catalog)
{
    const qsizetype colon = text.indexOf(u':');
    const qsizetype equals = text.indexOf(u'=');
    if (colon <= 0 || equals < colon)
        return Error { tr("expected HOP:KIND=SECONDS, e.g. nginx:read=30"), Error::Code::Malformed };
    const QString product = text.first(colon).trimmed().toString().toLower();
    QString phase = text.sliced(colon + 1, equals - colon - 1).trimmed().toString().toLower();
    QString value = text.sliced(equals + 1).trimmed().toString().toLower();
    const QStringList products = correctableProducts(catalog);
    if (!products.contains(product))
        return Error { tr("'%1' is not a hop's product id (expected one of %2)").arg(product, products.join(u", "_s)),
                       Error::Code::Malformed };
    if (phase == u"first-byte")
        phase = u"read"_s;
    if (!phases().contains(phase))
        return Error { tr("'%1' is not a kind of timeout (expected one of %2)").arg(phase, phases().join(u", "_s)),
                       Error::Code::Malformed };
    double scale = 1.0;
    if (value.endsWith(u"ms")) {
        value.chop(2);
        scale = 0.001;
    } else if (value.endsWith(u's')) {
        value.chop(1);
    }
    bool ok = false;
    const double number = QLocale::c().toDouble(value.trimmed(), &ok);
    if (!ok || !std::isfinite(number) || number <= 0)
        return Error {
            tr("'%1' is not a number of seconds above 0 (e.g. 30, 2.5, 500ms)").arg(text.sliced(equals + 1).trimmed()),
            Error::Code::Malformed
        };
    return TimeoutCorrection { QString(), product, phase, number * scale };
}

QList<TimeoutFinding> TimeoutAudit::audit(const HopChain &chain, const Exchange &exchange)
{
    const auto settingOf
        = [](const DefaultTimeout &timeout) { return timeout.givenByUser ? givenByUserMark() : timeout.name; };
    QList<TimeoutFinding> findings;
    // An outer hop that waits less long for an answer than a hop behind it.
    for (qsizetype outer = 0; outer < chain.hops.size(); ++outer) {
        const DefaultTimeout *outerRead = firstOfPhase(chain.hops.at(outer), u"read");
        if (!outerRead)
            continue;
        for (qsizetype inner = outer + 1; inner < chain.hops.size(); ++inner) {
            const DefaultTimeout *innerRead = firstOfPhase(chain.hops.at(inner), u"read");
            if (!innerRead || innerRead->seconds <= outerRead->seconds)
                continue;
            TimeoutFinding finding;
            finding.kind = u"outer-shorter"_s;
            finding.outerHop = int(outer);
            finding.innerHop = int(inner);
            finding.outer = *outerRead;
            finding.inner = *innerRead;
            finding.text = tr("%1 gives up after %2 (%3), but %4 behind it waits up to %5 (%6): %1 answers "
                              "%7 while %4 is still working.")
                               .arg(chain.hops.at(outer).displayName, formatDuration(outerRead->seconds * 1000.0),
                                    settingOf(*outerRead), chain.hops.at(inner).displayName,
                                    formatDuration(innerRead->seconds * 1000.0), settingOf(*innerRead))
                               .arg(outerRead->status > 0 ? outerRead->status : 504);
            findings.append(finding);
        }
    }
    // An inner hop that closes idle connections before the hop in front stops reusing them. Only
    // neighbours share connections; a hop that left no trace between them cannot be seen.
    for (qsizetype outer = 0; outer + 1 < chain.hops.size(); ++outer) {
        const Hop &front = chain.hops.at(outer);
        const Hop &behind = chain.hops.at(outer + 1);
        const DefaultTimeout *reuse = firstOfPhase(front, u"upstream-keep-alive");
        const DefaultTimeout *keep = firstOfPhase(behind, u"keep-alive");
        if (!reuse || !keep || keep->seconds > reuse->seconds)
            continue;
        TimeoutFinding finding;
        finding.kind = u"keep-alive-inverted"_s;
        finding.outerHop = int(outer);
        finding.innerHop = int(outer + 1);
        finding.outer = *reuse;
        finding.inner = *keep;
        //: %1 inner hop, %2 its keep-alive time, %3 its setting (or "as you gave it"), %4 outer hop, %5 its reuse time,
        //: %6 its setting
        finding.text = tr("%1 closes idle connections after %2 (%3), but %4 in front of it reuses them for up to %5 "
                          "(%6): a request %4 sends on a connection %1 is closing fails — an intermittent 502 on "
                          "reused connections (504 on some products). Set %4's idle timeout below %2, or %1's "
                          "above %5.")
                           .arg(behind.displayName, formatDuration(keep->seconds * 1000.0), settingOf(*keep),
                                front.displayName, formatDuration(reuse->seconds * 1000.0), settingOf(*reuse));
        findings.append(finding);
    }
    // A wait that ends at a known default.
    const double waited = exchange.timings.wait >= 0 ? exchange.timings.wait : exchange.timings.total;
    for (qsizetype i = 0; i < chain.hops.size(); ++i) {
        for (const DefaultTimeout &timeout : chain.hops.at(i).timeouts) {
            if (timeout.phase == u"connect" || isKeepAlivePhase(timeout.phase) || !endsAt(waited, timeout.seconds))
                continue;
            TimeoutFinding finding;
            finding.kind = u"wait-at-timeout"_s;
            finding.outerHop = int(i);
            finding.outer = timeout;
            finding.text = timeout.givenByUser
                //: %1 the wait, %2 the hop, %3 the timeout's name or kind, %4 its value as the user gave it
                ? tr("The wait ended after %1, at %2's %3 of %4 (as you gave it).")
                      .arg(formatDuration(waited), chain.hops.at(i).displayName, timeout.name,
                           formatDuration(timeout.seconds * 1000.0))
                : tr("The wait ended after %1, at %2's default %3 of %4.")
                      .arg(formatDuration(waited), chain.hops.at(i).displayName, timeout.name,
                           formatDuration(timeout.seconds * 1000.0));
            findings.append(finding);
        }
    }
    return findings;
}

} // namespace Gatescope
