#include "diagnosis/CauseTitles.h"

#include <QCoreApplication>

namespace Gatescope::CauseTitles {

namespace {

struct Title
{
    const char16_t *id;
    const char *text;
};

const Title causeTitles[] = {
    { u"origin.exception", QT_TRANSLATE_NOOP("Gatescope::CauseTitles", "The application hit an unhandled error") },
    { u"origin.dependency-failure",
      QT_TRANSLATE_NOOP("Gatescope::CauseTitles", "A service the application depends on failed") },
    { u"origin.error", QT_TRANSLATE_NOOP("Gatescope::CauseTitles", "The application answered with an error") },
    { u"origin.unexpected-content",
      QT_TRANSLATE_NOOP("Gatescope::CauseTitles", "The application answered in an unexpected form") },
    { u"upstream.refused",
      QT_TRANSLATE_NOOP("Gatescope::CauseTitles", "The gateway could not connect to the upstream") },
    { u"upstream.timeout",
      QT_TRANSLATE_NOOP("Gatescope::CauseTitles", "The gateway gave up waiting for the upstream") },
    { u"upstream.closed-early",
      QT_TRANSLATE_NOOP("Gatescope::CauseTitles", "The upstream closed the connection early") },
    { u"upstream.reset", QT_TRANSLATE_NOOP("Gatescope::CauseTitles", "The upstream reset the connection") },
    { u"upstream.invalid-response",
      QT_TRANSLATE_NOOP("Gatescope::CauseTitles", "The upstream's answer was not usable HTTP") },
    { u"upstream.tls-failure", QT_TRANSLATE_NOOP("Gatescope::CauseTitles", "TLS between gateway and upstream failed") },
    { u"upstream.dns-failure",
      QT_TRANSLATE_NOOP("Gatescope::CauseTitles", "The gateway could not resolve the upstream's name") },
    { u"upstream.error", QT_TRANSLATE_NOOP("Gatescope::CauseTitles", "The gateway reported an upstream failure") },
    { u"capacity.no-healthy-upstream", QT_TRANSLATE_NOOP("Gatescope::CauseTitles", "No healthy upstream to send to") },
    { u"capacity.rate-limited",
      QT_TRANSLATE_NOOP("Gatescope::CauseTitles", "A rate or connection limit rejected the request") },
    { u"capacity.overloaded", QT_TRANSLATE_NOOP("Gatescope::CauseTitles", "The server is at capacity") },
    { u"maintenance", QT_TRANSLATE_NOOP("Gatescope::CauseTitles", "Planned maintenance") },
    { u"transport.refused", QT_TRANSLATE_NOOP("Gatescope::CauseTitles", "Connection refused") },
    { u"transport.timeout", QT_TRANSLATE_NOOP("Gatescope::CauseTitles", "Timed out") },
    { u"transport.closed-early", QT_TRANSLATE_NOOP("Gatescope::CauseTitles", "Closed before a complete response") },
    { u"transport.reset", QT_TRANSLATE_NOOP("Gatescope::CauseTitles", "Connection reset") },
    { u"transport.invalid-response", QT_TRANSLATE_NOOP("Gatescope::CauseTitles", "Not a usable HTTP response") },
    { u"transport.tls-failure", QT_TRANSLATE_NOOP("Gatescope::CauseTitles", "TLS handshake failed") },
    { u"transport.dns-failure", QT_TRANSLATE_NOOP("Gatescope::CauseTitles", "Host name did not resolve") },
    { u"transport.cancelled", QT_TRANSLATE_NOOP("Gatescope::CauseTitles", "Cancelled by you") },
    { u"transport.h2-stream-reset", QT_TRANSLATE_NOOP("Gatescope::CauseTitles", "HTTP/2 stream reset by the server") },
    { u"transport.h2-goaway", QT_TRANSLATE_NOOP("Gatescope::CauseTitles", "HTTP/2 connection closed with GOAWAY") },
    { u"transport.h2-flow-stall", QT_TRANSLATE_NOOP("Gatescope::CauseTitles", "HTTP/2 flow-control stall") },
    { u"transport.h2-header-refused",
      QT_TRANSLATE_NOOP("Gatescope::CauseTitles", "Request headers refused over HTTP/2") },
    { u"unknown", QT_TRANSLATE_NOOP("Gatescope::CauseTitles", "Cause not decided") },
    { u"none", QT_TRANSLATE_NOOP("Gatescope::CauseTitles", "No server error") },
};

const Title retryTitles[] = {
    { u"retry-with-backoff", QT_TRANSLATE_NOOP("Gatescope::CauseTitles", "Retry with backoff") },
    { u"retry-after", QT_TRANSLATE_NOOP("Gatescope::CauseTitles", "Retry after the time the server asked for") },
    { u"do-not-retry", QT_TRANSLATE_NOOP("Gatescope::CauseTitles", "Do not retry as it is") },
    { u"fix-first", QT_TRANSLATE_NOOP("Gatescope::CauseTitles", "Fix the cause first; retrying will not help") },
};

QString lookUp(const Title *begin, const Title *end, const QString &id)
{
    for (const Title *title = begin; title != end; ++title) {
        if (id == title->id)
            return QCoreApplication::translate("Gatescope::CauseTitles", title->text);
    }
    return id;
}

} // namespace

QString cause(const QString &causeId)
{
    return lookUp(std::begin(causeTitles), std::end(causeTitles), causeId);
}

QString retry(const QString &advice)
{
    return lookUp(std::begin(retryTitles), std::end(retryTitles), advice);
}

} // namespace Gatescope::CauseTitles
