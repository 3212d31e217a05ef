// Fuzz target: the .http / .rest file importer (### separators, @variables and {{…}}
// substitution, comments, query continuation lines, bodies). Round trip: the requests read,
// written by HttpFileExporter and read again, are the same requests (RoundTrip.h).
#include "FuzzTarget.h"
#include "RoundTrip.h"
#include "capture/HttpFileExporter.h"
#include "capture/HttpFileImporter.h"

using namespace Gatescope;
using namespace Qt::StringLiterals;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArrayView text = Fuzz::bytesOf(data, size);
    const QString name = u"fuzz.http"_s;
    (void)HttpFileImporter::looksLikeHttpFile(text);
    const Result<Capture> capture = HttpFileImporter::importText(text, name);
    if (!capture) {
        Fuzz::require(capture.error().contains(name), "an .http error that does not name the input");
        return 0;
    }
    // Variables may refer to earlier ones: whatever the nesting, what comes out stays bounded. The
    // importer lets expansions add 16 characters per input byte (+1024); as UTF-8 a character is
    // at most 3 bytes (an invalid input byte becomes U+FFFD), percent-encoded in a URL at most 9.
    const qsizetype characters = 17 * qsizetype(size) + 1024;
    for (const RequestSpec &request : capture->requests) {
        Fuzz::require(request.body.size() <= 3 * characters, "an .http body grew out of proportion to the input");
        Fuzz::require(request.url.toEncoded().size() <= 9 * characters,
                      "an .http URL grew out of proportion to the input");
    }
    const QByteArray exported = HttpFileExporter::toHttpFile(capture->requests);
    const Result<Capture> again = HttpFileImporter::importText(exported, u"exported.http"_s);
    if (!again)
        std::fprintf(stderr, "re-import failed: %s\n", qPrintable(again.error()));
    if (!Fuzz::roundTripHolds(again.ok(), "HttpFileImporter rejects what HttpFileExporter wrote"))
        return 0;
    Fuzz::requireSameRequests(capture->requests, again->requests, Fuzz::Carried::NoOptions, ".http");
    return 0;
}
