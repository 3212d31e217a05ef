#include "probe/ProbeEngine.h"

#include "probe/HopProbe.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QPointer>

namespace Gatescope {

namespace {

bool isRedirect(int status)
{
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
}

} // namespace

class ProbeEngine::Private
{
public:
    explicit Private(ProbeEngine *owner)
        : q(owner)
    { }
    void startHop(const RequestSpec &request, int hopIndex);
    void onHopFinished(HopProbe *hop);
    RequestSpec redirectedRequest(const Exchange &previous, const QUrl &next) const;

    ProbeEngine *q;
    RequestSpec original;
    QList<Exchange> exchanges;
    QPointer<HopProbe> hop;
    QElapsedTimer runClock;
    bool running = false;
};

ProbeEngine::ProbeEngine(QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>(this))
{ }

ProbeEngine::~ProbeEngine()
{
    if (d->hop) {
        d->hop->disconnect(this);
        delete d->hop;
    }
}

bool ProbeEngine::isRunning() const
{
    return d->running;
}

QList<Exchange> ProbeEngine::exchanges() const
{
    return d->exchanges;
}

void ProbeEngine::start(const RequestSpec &request)
{
    if (d->running)
        cancel();
    d->original = request;
    d->exchanges.clear();
    d->running = true;
    d->runClock.start();
    d->startHop(request, 0);
}

void ProbeEngine::cancel()
{
    if (d->running && d->hop)
        d->hop->cancel(); // ends the hop; hopFinished/finished follow as usual
}

void ProbeEngine::Private::startHop(const RequestSpec &request, int hopIndex)
{
    int budget = 0;
    if (request.options.totalTimeoutMs > 0)
        budget = std::max<int>(1, request.options.totalTimeoutMs - int(runClock.elapsed()));
    auto *next = new HopProbe(request, hopIndex, budget, q);
    hop = next;
    QObject::connect(next, &HopProbe::phaseStarted, q, &ProbeEngine::phaseStarted);
    QObject::connect(next, &HopProbe::phaseFinished, q, &ProbeEngine::phaseFinished);
    QObject::connect(next, &HopProbe::bodyProgress, q, &ProbeEngine::bodyProgress);
    QObject::connect(next, &HopProbe::http2Frames, q, &ProbeEngine::http2Frames);
    QObject::connect(next, &HopProbe::finished, q, [this, next] { onHopFinished(next); });
    next->start();
}

void ProbeEngine::Private::onHopFinished(HopProbe *finishedHop)
{
    const Exchange exchange = finishedHop->exchange();
    finishedHop->disconnect(q);
    finishedHop->deleteLater();
    if (hop == finishedHop)
        hop = nullptr;
    exchanges.append(exchange);
    Q_EMIT q->hopFinished(exchange);

    const ProbeOptions &options = original.options;
    const bool cancelled = finishedHop->wasCancelled();
    if (!cancelled && options.followRedirects && exchange.transport.outcome == Outcome::Ok && exchange.response
        && isRedirect(exchange.response->status)) {
        const QByteArray location = headerValue(exchange.response->headers, "location").trimmed();
        const int nextIndex = exchange.redirectHop + 1;
        if (!location.isEmpty() && nextIndex <= options.maxRedirects) {
            const QUrl next = exchange.request.url.resolved(QUrl::fromEncoded(location));
            const QString scheme = next.scheme().toLower();
            if (next.isValid() && (scheme == u"http" || scheme == u"https")) {
                startHop(redirectedRequest(exchange, next), nextIndex);
                return;
            }
        }
        if (!location.isEmpty() && nextIndex > options.maxRedirects)
            exchanges.last().comment = ProbeEngine::tr("redirect limit of %n reached", nullptr, options.maxRedirects);
    }
    running = false;
    Q_EMIT q->finished(exchanges);
}

RequestSpec ProbeEngine::Private::redirectedRequest(const Exchange &previous, const QUrl &next) const
{
    // Start from the caller's request (not the headers as sent), like curl -L.
    RequestSpec request = original;
    const RequestSpec &sent = previous.request;
    request.method = sent.method;
    if (sent.method == "CONNECT")
        request.method = original.method;
    const int status = previous.response->status;
    // curl: 301/302/303 turn a POST into a GET (303 turns anything but HEAD into GET).
    const bool toGet
        = (status == 303 && request.method != "HEAD") || ((status == 301 || status == 302) && request.method == "POST");
    if (toGet) {
        request.method = "GET";
        request.body.clear();
    }
    const bool sameHost = next.host().compare(previous.request.url.host(), Qt::CaseInsensitive) == 0
        && next.port(next.scheme() == u"https" ? 443 : 80)
            == previous.request.url.port(previous.request.url.scheme() == u"https" ? 443 : 80);
    HeaderList headers;
    for (const HeaderField &field : std::as_const(original.headers)) {
        const QByteArray name = field.name.toLower();
        if (toGet && (name == "content-length" || name == "content-type" || name == "transfer-encoding"))
            continue;
        if (!sameHost && (name == "host" || name == "authorization" || name == "cookie"))
            continue;
        headers.append(field);
    }
    request.headers = headers;
    request.url = next;
    return request;
}

QList<Exchange> ProbeEngine::run(const RequestSpec &request)
{
    ProbeEngine engine;
    QEventLoop loop;
    QObject::connect(&engine, &ProbeEngine::finished, &loop, &QEventLoop::quit, Qt::QueuedConnection);
    engine.start(request);
    if (engine.isRunning())
        loop.exec();
    return engine.exchanges();
}

} // namespace Gatescope
