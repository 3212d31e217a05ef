// Fuzz target: the raw HTTP importer (pasted requests, `curl -i` / `curl -v` responses) and the
// capture-kind detection in front of every importer. Byte 0 picks the entry point.
// Round trip: the exchanges read (a response) come back the same through HarExporter and
// HarImporter, the requests through CurlExporter and CurlImporter (RoundTrip.h).
#include "FuzzTarget.h"
#include "RoundTrip.h"
#include "capture/CaptureImporter.h"
#include "capture/CurlExporter.h"
#include "capture/CurlImporter.h"
#include "capture/HarExporter.h"
#include "capture/HarImporter.h"
#include "capture/RawHttpImporter.h"

using namespace Gatescope;
using namespace Qt::StringLiterals;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size < 1)
        return 0;
    const QByteArrayView text = Fuzz::bytesOf(data + 1, size - 1);
    const QString name = u"fuzz.txt"_s;

    (void)RawHttpImporter::looksLikeRequest(text);
    (void)RawHttpImporter::looksLikeResponse(text);
    (void)RawHttpImporter::looksLikeCurlVerbose(text);

    Result<Capture> capture = Error {};
    switch (data[0] % 3) {
    case 0:
        capture = RawHttpImporter::importRequest(text, name);
        break;
    case 1:
        capture = RawHttpImporter::importResponse(text, name);
        break;
    default:
        capture = CaptureImporter::importText(text.toByteArray(), name);
        break;
    }
    if (!capture) {
        Fuzz::require(capture.error().contains(name), "a raw HTTP error that does not name the input");
        return 0;
    }
    for (const Exchange &exchange : capture->exchanges) {
        for (const WireAnomaly &anomaly : exchange.anomalies)
            Fuzz::require(anomaly.offset >= -1 && anomaly.offset <= text.size(), "an anomaly offset outside the text");
    }
    if (!capture->exchanges.isEmpty()) {
        const Result<Capture> again = HarImporter().importData(HarExporter::toHar(capture.value()), u"exported.har"_s);
        if (!again)
            std::fprintf(stderr, "re-import failed: %s\n", qPrintable(again.error()));
        if (!Fuzz::roundTripHolds(again.ok(), "HarImporter rejects what HarExporter wrote"))
            return 0;
        Fuzz::requireSameExchanges(Fuzz::asHarCarriesThem(capture->exchanges), again->exchanges, "raw HTTP via HAR");
    }
    if (!capture->requests.isEmpty()) {
        const Result<Capture> again
            = CurlImporter::importText(CurlExporter::toCurl(capture->requests), u"exported.curl"_s);
        if (!again)
            std::fprintf(stderr, "re-import failed: %s\n", qPrintable(again.error()));
        if (!Fuzz::roundTripHolds(again.ok(), "CurlImporter rejects what CurlExporter wrote"))
            return 0;
        Fuzz::requireSameRequests(capture->requests, again->requests, Fuzz::Carried::CurlOptions, "raw HTTP via curl");
    }
    return 0;
}
