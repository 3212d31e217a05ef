#pragma once

#include "capture/Capture.h"

#include <QCoreApplication>
#include <QJsonObject>

class QIODevice;

namespace Gatescope {

// Writes HAR 1.2 that the browsers' DevTools (and HarImporter) read back: recorded, replayed and
// edited exchanges as entries, with our timings mapped to HAR's (HAR connect = TCP connect + TLS,
// ssl = TLS; -1 where a phase did not happen), bodies as text or base64, exchanges that got no
// response as status-0 entries with Chrome's "_error" name (net::ERR_CONNECTION_REFUSED, …) and
// requests that were never sent as entries with an empty response. Gatescope's own facts travel
// in "_"-prefixed fields, which HAR allows.
class HarExporter
{
    Q_DECLARE_TR_FUNCTIONS(Gatescope::HarExporter)
public:
    static QJsonObject entryForExchange(const Exchange &exchange);
    static QJsonObject entryForUnsentRequest(const RequestSpec &request, const QDateTime &startedAt);

    // The exchanges of `capture`; when it has none, its requests as unsent entries.
    // `logComment` (e.g. what was redacted) is appended to log.comment, after "converted from …".
    static QJsonObject toHarObject(const Capture &capture, const QString &logComment = {});
    static QByteArray toHar(const Capture &capture, const QString &logComment = {});
    // The same document written to `device` entry by entry, without a copy of the whole of it in
    // memory (a HAR of hundreds of megabytes). False when the device refuses a write.
    static bool writeHar(QIODevice *device, const Capture &capture, const QString &logComment = {});

    // The net::ERR_… name Chrome would give a transport outcome ("" for Ok), and for a stream the
    // server reset over HTTP/2 the name Chrome gives its code (HarImporter reads it back).
    static QString chromeErrorName(const Transport &transport, const Http2Ending &http2 = {});
};

} // namespace Gatescope
