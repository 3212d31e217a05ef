// Fuzz target: the HAR importer (streaming entry scanner, per-entry JSON, browser error names).
// Properties: an import either gives a capture or an error that names the input; a capture's
// exchanges are numbered in order and marked as recorded.
#include "FuzzTarget.h"
#include "capture/HarImporter.h"

using namespace Gatescope;
using namespace Qt::StringLiterals;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArrayView bytes = Fuzz::bytesOf(data, size);
    const QString name = u"fuzz.har"_s;
    qint64 lastProgress = -1;
    HarImporter importer;
    importer.setProgressFunction([&lastProgress](qint64 done, qint64 total) {
        Fuzz::require(done >= lastProgress && done <= total, "HAR progress goes backwards or past the total");
        lastProgress = done;
    });
    const Result<Capture> capture = importer.importData(bytes, name);
    if (!capture) {
        Fuzz::require(capture.error().contains(name), "a HAR error that does not name the input");
        return 0;
    }
    for (const Exchange &exchange : capture->exchanges)
        Fuzz::require(exchange.source == Exchange::Source::Recorded, "a HAR exchange not marked as recorded");
    // Every entry gives a request to send; entries without a response (API-client exports) give
    // no recorded exchange, so there are never more exchanges than requests.
    Fuzz::require(capture->exchanges.size() <= capture->requests.size(), "a recorded HAR exchange without its request");
    return 0;
}
