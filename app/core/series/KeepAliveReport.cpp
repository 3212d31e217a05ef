#include "series/KeepAliveReport.h"

#include "diagnosis/Fingerprints.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Gatescope {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Gatescope::KeepAliveReport)
};

constexpr double TightMarginSeconds = 1.0;

QString seconds(double value)
{
    return QString::number(value, 'f', value < 10 ? 2 : 1);
}

QJsonValue rounded(double value)
{
    return value < 0 ? QJsonValue() : QJsonValue(std::round(value * 1000) / 1000);
}

// The measured server's own idle keep-alive setting, when its answer names a server the
// fingerprint data knows the setting of ("Server: nginx/1.22.1", "X-Powered-By: Express",
// "Server: uvicorn"): the setting the fix raises on its side. Empty when none is named.
QString ownKeepAliveSetting(const Exchange &exchange)
{
    if (!exchange.response)
        return {};
    const QString server = QString::fromLatin1(headerValue(exchange.response->headers, "server"));
    const QString named = server + u' ' + QString::fromLatin1(headerValue(exchange.response->headers, "x-powered-by"));
    const auto namedWord = [](const QString &text, const QString &word) {
        return !word.isEmpty()
            && QRegularExpression(u"(?<![\\w-])"_s + QRegularExpression::escape(word) + u"(?![\\w-])"_s,
                                  QRegularExpression::CaseInsensitiveOption)
                   .match(text)
                   .hasMatch();
    };
    for (const GatewayFingerprint &product : FingerprintCatalog::builtIn().products()) {
        for (const KeepAliveDefault &keepAlive : product.keepAlive) {
            // An entry with a "when" is named by that word; one without is the product's own
            // (nginx's keepalive_timeout), named by the product in the Server field.
            if (keepAlive.when.isEmpty() ? namedWord(server, product.product) : namedWord(named, keepAlive.when))
                return keepAlive.setting;
        }
    }
    return {};
}

} // namespace

std::optional<FrontHop> FrontHop::of(const FingerprintCatalog &catalog, const QString &product, double seconds,
                                     QString *problem)
{
    FrontHop front;
    front.product = product;
    const GatewayFingerprint *fingerprint = product.isEmpty() ? nullptr : catalog.product(product);
    front.name = fingerprint ? fingerprint->translatedName() : product;
    if (fingerprint && fingerprint->upstreamKeepAlive) {
        front.setting = fingerprint->upstreamKeepAlive->setting;
        front.seconds = fingerprint->upstreamKeepAlive->seconds;
        front.source = fingerprint->upstreamKeepAlive->source;
    }
    if (seconds > 0) {
        front.seconds = seconds;
        front.source.clear();
        front.givenByUser = true;
    }
    if (front.seconds > 0)
        return front;
    if (problem) {
        QStringList known;
        for (const GatewayFingerprint &candidate : catalog.products()) {
            if (candidate.upstreamKeepAlive)
                known.append(candidate.product);
        }
        *problem = Tr::tr("no known idle timeout for '%1' (known: %2); give it in seconds")
                       .arg(product, known.join(u", "_s));
    }
    return std::nullopt;
}

KeepAliveVerdict KeepAliveVerdict::of(const KeepAliveResult &result, const std::optional<FrontHop> &front)
{
    KeepAliveVerdict verdict;
    verdict.front = front;
    if (!result.keptAlive) {
        verdict.finding = Finding::NotKeptAlive;
        return verdict;
    }
    if (result.close == KeepAliveResult::Close::None) {
        verdict.finding = Finding::NeverClosed;
        return verdict;
    }
    verdict.serverSeconds = result.idleMs / 1000.0;
    if (!front)
        verdict.finding = Finding::NoFront;
    else if (verdict.serverSeconds <= front->seconds)
        verdict.finding = Finding::TooShort;
    else if (verdict.serverSeconds - front->seconds < TightMarginSeconds)
        verdict.finding = Finding::Tight;
    else
        verdict.finding = Finding::Safe;
    return verdict;
}

QString KeepAliveVerdict::id() const
{
    switch (finding) {
    case Finding::NotKeptAlive:
        return u"not-kept-alive"_s;
    case Finding::NeverClosed:
        return u"never-closed"_s;
    case Finding::NoFront:
        return u"no-front"_s;
    case Finding::Safe:
        return u"safe"_s;
    case Finding::Tight:
        return u"tight"_s;
    case Finding::TooShort:
        return u"too-short"_s;
    }
    return {};
}

namespace KeepAliveReport {

QString text(const KeepAliveResult &result, const KeepAliveVerdict &verdict)
{
    QStringList lines;
    const Exchange &exchange = result.exchange;
    if (result.cancelled)
        lines.append(Tr::tr("Stopped by you."));
    if (!exchange.response) {
        lines.append(Tr::tr("No response: %1").arg(exchange.transport.detail));
        return lines.join(u'\n') + u'\n';
    }
    lines.append(result.keepAliveHeader.isEmpty()
                     ? Tr::tr("The server answered %1 without a Keep-Alive field.").arg(exchange.response->status)
                     : Tr::tr("The server answered %1 with Keep-Alive: %2 (advertised timeout %3 s).")
                           .arg(exchange.response->status)
                           .arg(QString::fromLatin1(result.keepAliveHeader))
                           .arg(result.advertisedSeconds < 0 ? Tr::tr("none") : seconds(result.advertisedSeconds)));
    switch (verdict.finding) {
    case KeepAliveVerdict::Finding::NotKeptAlive:
        lines.append(Tr::tr("It closed the connection with its answer (Connection: close, HTTP/1.0 or a failure): "
                            "nothing is reused, so there is no keep-alive race with this server."));
        break;
    case KeepAliveVerdict::Finding::NeverClosed:
        lines.append(Tr::tr("The idle connection was still open after %1 s (the bound of this measurement): the "
                            "server keeps idle connections at least that long.")
                         .arg(seconds(result.watchedMs / 1000.0)));
        break;
    default:
        if (result.close == KeepAliveResult::Close::OnReuse) {
            lines.append(Tr::tr("The server never closed the idle connection by itself, but met a request sent "
                                "after about %1 s of idleness with a close (bisection over %n trial(s)).",
                                nullptr, int(result.trials.size()))
                             .arg(seconds(verdict.serverSeconds)));
            break;
        }
        lines.append(Tr::tr("The server closed the idle connection after %1 s, with a %2.")
                         .arg(seconds(verdict.serverSeconds),
                              result.close == KeepAliveResult::Close::Reset ? Tr::tr("reset (RST)")
                                                                            : Tr::tr("FIN (an orderly close)")));
        break;
    }
    if (verdict.front && verdict.finding != KeepAliveVerdict::Finding::NotKeptAlive) {
        const FrontHop &front = *verdict.front;
        const QString what = front.setting.isEmpty() ? front.name : Tr::tr("%1 %2").arg(front.name, front.setting);
        lines.append(
            front.givenByUser
                ? Tr::tr("In front: %1 keeps idle connections %2 s (as you gave it).").arg(what, seconds(front.seconds))
                : Tr::tr("In front: %1 keeps idle connections %2 s by default (%3).")
                      .arg(what, seconds(front.seconds), front.source));
        const QString setting
            = front.setting.isEmpty() ? Tr::tr("its idle timeout for upstream connections") : front.setting;
        switch (verdict.finding) {
        case KeepAliveVerdict::Finding::TooShort:
            lines.append(Tr::tr("TOO SHORT: this server closes idle connections after %1 s, but %2 reuses them for "
                                "up to %3 s. A request %2 sends on a connection idle for %1 s or more meets the "
                                "close: an intermittent 502 (on some products 504).")
                             .arg(seconds(verdict.serverSeconds), front.name, seconds(front.seconds)));
            if (const QString own = ownKeepAliveSetting(result.exchange); !own.isEmpty())
                lines.append(Tr::tr("Fix: on %1 set %2 below %3 s (say %4 s), or raise this server's %5 above %6 s.")
                                 .arg(front.name, setting, seconds(verdict.serverSeconds),
                                      seconds(std::max(0.5, verdict.serverSeconds - 1)), own, seconds(front.seconds)));
            else
                lines.append(Tr::tr("Fix: on %1 set %2 below %3 s (say %4 s), or raise this server's keep-alive "
                                    "timeout above %5 s.")
                                 .arg(front.name, setting, seconds(verdict.serverSeconds),
                                      seconds(std::max(0.5, verdict.serverSeconds - 1)), seconds(front.seconds)));
            break;
        case KeepAliveVerdict::Finding::Tight:
            lines.append(Tr::tr("TIGHT: this server keeps idle connections only %1 s longer than %2 reuses them; a "
                                "slow network or a busy %2 can still meet the close. Fix: on %2 set %3 at least a "
                                "second below %4 s.")
                             .arg(seconds(verdict.serverSeconds - front.seconds), front.name, setting,
                                  seconds(verdict.serverSeconds)));
            break;
        case KeepAliveVerdict::Finding::Safe:
        case KeepAliveVerdict::Finding::NeverClosed:
            lines.append(
                Tr::tr("Safe: this server keeps idle connections longer than %1 reuses them.").arg(front.name));
            break;
        default:
            break;
        }
    } else if (verdict.finding == KeepAliveVerdict::Finding::NoFront) {
        lines.append(Tr::tr("A gateway in front must stop reusing idle connections before this: its upstream idle "
                            "timeout must be shorter than %1 s (give it with --front or --front-timeout).")
                         .arg(seconds(verdict.serverSeconds)));
    }
    return lines.join(u'\n') + u'\n';
}

QJsonObject json(const QUrl &url, const KeepAliveResult &result, const KeepAliveVerdict &verdict)
{
    const Exchange &exchange = result.exchange;
    QJsonArray trials;
    for (const KeepAliveResult::ReuseTrial &trial : result.trials)
        trials.append(
            QJsonObject { { u"idleSeconds"_s, rounded(trial.idleMs / 1000.0) }, { u"reused"_s, trial.reused } });
    QJsonObject front;
    if (verdict.front) {
        front = QJsonObject { { u"product"_s, verdict.front->product },
                              { u"setting"_s, verdict.front->setting },
                              { u"seconds"_s, verdict.front->seconds },
                              { u"source"_s, verdict.front->givenByUser ? u"user"_s : verdict.front->source } };
    }
    return QJsonObject {
        { u"schema"_s, u"gatescope.keepalive/1"_s },
        { u"url"_s, url.toString(QUrl::RemoveUserInfo) },
        { u"status"_s, exchange.response ? exchange.response->status : 0 },
        { u"outcome"_s, outcomeId(exchange.transport.outcome) },
        { u"keptAlive"_s, result.keptAlive },
        { u"keepAliveHeader"_s,
          result.keepAliveHeader.isEmpty() ? QJsonValue() : QJsonValue(QString::fromLatin1(result.keepAliveHeader)) },
        { u"advertisedSeconds"_s, rounded(result.advertisedSeconds) },
        { u"close"_s,
          result.close == KeepAliveResult::Close::Fin           ? u"fin"_s
              : result.close == KeepAliveResult::Close::Reset   ? u"reset"_s
              : result.close == KeepAliveResult::Close::OnReuse ? u"on-reuse"_s
                                                                : u"none"_s },
        { u"trials"_s, trials },
        { u"idleSeconds"_s, rounded(result.idleMs < 0 ? -1 : result.idleMs / 1000.0) },
        { u"watchedSeconds"_s, rounded(result.watchedMs / 1000.0) },
        { u"cancelled"_s, result.cancelled },
        { u"front"_s, verdict.front ? QJsonValue(front) : QJsonValue() },
        { u"finding"_s, verdict.id() },
    };
}

} // namespace KeepAliveReport

} // namespace Gatescope
