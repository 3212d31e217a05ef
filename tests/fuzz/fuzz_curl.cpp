// Fuzz target: the curl command-line importer — bash and Windows cmd quoting, option parsing.
// Byte 0 picks how the text is read: auto-detected, or each dialect's word splitter directly.
// Round trip: the requests read, written by CurlExporter and read again, are the same requests
// with the same curl options (RoundTrip.h).
#include "FuzzTarget.h"
#include "RoundTrip.h"
#include "capture/CurlExporter.h"
#include "capture/CurlImporter.h"

using namespace Gatescope;
using namespace Qt::StringLiterals;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size < 1)
        return 0;
    const QByteArrayView text = Fuzz::bytesOf(data + 1, size - 1);
    const QString name = u"fuzz.curl"_s;

    (void)CurlImporter::looksLikeCurl(text);
    const CurlImporter::Dialect detected = CurlImporter::detectDialect(text);
    const CurlImporter::Dialect dialect
        = (data[0] & 1) ? CurlImporter::Dialect::WindowsCmd : CurlImporter::Dialect::Bash;
    const Result<QList<CurlImporter::Command>> commands
        = CurlImporter::splitCommands(text, (data[0] & 2) ? detected : dialect, name);
    if (commands) {
        for (const CurlImporter::Command &command : commands.value())
            Fuzz::require(command.offset >= 0 && command.offset <= text.size(), "a command offset outside the text");
    } else {
        Fuzz::require(commands.error().contains(name), "a curl split error that does not name the input");
    }

    const Result<Capture> capture = CurlImporter::importText(text, name);
    if (!capture) {
        Fuzz::require(capture.error().contains(name), "a curl error that does not name the input");
        return 0;
    }
    const QByteArray exported = CurlExporter::toCurl(capture->requests);
    const Result<Capture> again = CurlImporter::importText(exported, u"exported.curl"_s);
    if (!again)
        std::fprintf(stderr, "re-import failed: %s\n", qPrintable(again.error()));
    if (!Fuzz::roundTripHolds(again.ok(), "CurlImporter rejects what CurlExporter wrote"))
        return 0;
    Fuzz::requireSameRequests(capture->requests, again->requests, Fuzz::Carried::CurlOptions, "curl");
    return 0;
}
