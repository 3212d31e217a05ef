// Fuzz target: the HAR importer (streaming entry scanner, per-entry JSON, browser error names).
// Properties: an import either gives a capture or an error that names the input; a capture's
// exchanges are numbered in order and marked as recorded; and what was imported survives a round
// trip through HarExporter (RoundTrip.h says what "the same" covers).
// An input that starts with '!' is a HAR (the rest) to be taken through the parallel path as well:
// its exported entries are written Copies times into one document padded past the size at which
// HarImporter parses batches of entries on several threads, and must come back in order, the same.
#include "FuzzTarget.h"
#include "RoundTrip.h"
#include "capture/HarExporter.h"
#include "capture/HarImporter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Gatescope;
using namespace Qt::StringLiterals;

namespace {

// HarImporter starts helper threads from 4 MiB of input on (4 batches of 1 MiB).
constexpr qsizetype ParallelThreshold = 4 * 1024 * 1024;
constexpr int Copies = 8;

Result<Capture> importHar(QByteArrayView bytes, const QString &name)
{
    qint64 lastProgress = -1;
    HarImporter importer;
    importer.setProgressFunction([&lastProgress](qint64 done, qint64 total) {
        Fuzz::require(done >= lastProgress && done <= total, "HAR progress goes backwards or past the total");
        lastProgress = done;
    });
    return importer.importData(bytes, name);
}

// The exported document again, its entries Copies times over, with whitespace before "entries"
// so that the file is large enough for the parallel path while the entries still share batches.
QByteArray replicated(const QByteArray &exported)
{
    QJsonObject log = QJsonDocument::fromJson(exported).object().value(u"log"_s).toObject();
    const QJsonArray entries = log.take(u"entries"_s).toArray();
    QByteArray head = QJsonDocument(log).toJson(QJsonDocument::Compact);
    head.chop(1); // the closing '}'
    QByteArray out = "{\"log\":" + head + ',' + QByteArray(ParallelThreshold, ' ') + "\"entries\":[";
    for (int copy = 0; copy < Copies; ++copy) {
        for (qsizetype i = 0; i < entries.size(); ++i) {
            if (copy > 0 || i > 0)
                out += ',';
            out += QJsonDocument(entries[i].toObject()).toJson(QJsonDocument::Compact);
        }
    }
    return out + "]}}";
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const bool parallel = size > 0 && data[0] == '!';
    const QByteArrayView bytes = parallel ? Fuzz::bytesOf(data + 1, size - 1) : Fuzz::bytesOf(data, size);
    const QString name = u"fuzz.har"_s;
    const Result<Capture> capture = importHar(bytes, name);
    if (!capture) {
        Fuzz::require(capture.error().contains(name), "a HAR error that does not name the input");
        return 0;
    }
    for (const Exchange &exchange : capture->exchanges)
        Fuzz::require(exchange.source == Exchange::Source::Recorded, "a HAR exchange not marked as recorded");
    // Every entry gives a request to send; entries without a response (API-client exports) give
    // no recorded exchange, so there are never more exchanges than requests.
    Fuzz::require(capture->exchanges.size() <= capture->requests.size(), "a recorded HAR exchange without its request");

    // Import → export → import. HarExporter writes the exchanges, or the requests when there are
    // no exchanges; a HAR that mixes both loses its request-only entries on export, so the
    // requests are compared only when every entry was a request alone.
    const QByteArray exported = HarExporter::toHar(capture.value());
    const Result<Capture> again = importHar(exported, u"exported.har"_s);
    if (!again)
        std::fprintf(stderr, "re-import failed: %s\n", qPrintable(again.error()));
    if (!Fuzz::roundTripHolds(again.ok(), "HarImporter rejects what HarExporter wrote"))
        return 0;
    Fuzz::requireSameExchanges(Fuzz::asHarCarriesThem(capture->exchanges), again->exchanges, "HAR");
    if (capture->exchanges.isEmpty())
        Fuzz::requireSameRequests(capture->requests, again->requests, Fuzz::Carried::NoOptions, "HAR");

    if (parallel && !capture->exchanges.isEmpty() && capture->exchanges.size() <= 64) {
        const QByteArray large = replicated(exported);
        Fuzz::require(large.size() >= ParallelThreshold, "the replicated HAR is too small for the parallel path");
        const Result<Capture> many = importHar(large, u"replicated.har"_s);
        if (!Fuzz::roundTripHolds(many.ok(), "HarImporter rejects the replicated HAR"))
            return 0;
        QList<Exchange> expected;
        for (int copy = 0; copy < Copies; ++copy)
            expected += Fuzz::asHarCarriesThem(capture->exchanges);
        Fuzz::requireSameExchanges(expected, many->exchanges, "HAR (parallel)");
        for (qsizetype i = 0; i < many->exchanges.size(); ++i)
            Fuzz::require(many->exchanges[i].index == int(i), "the parallel path numbers entries out of order");
    }
    return 0;
}
