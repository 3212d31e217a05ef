#pragma once

#include "capture/Capture.h"
#include "model/Result.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <atomic>
#include <functional>

namespace Gatescope {

// Reads HAR 1.2 files as the browsers and proxies write them (Chrome/Edge, Firefox, Safari,
// Charles, Fiddler, Playwright, Insomnia/Postman) into recorded Exchanges and replayable
// RequestSpecs. The file is scanned once without building a document of the whole log: each
// entry is parsed on its own, turned into an Exchange and released, so a 200 MB HAR needs little
// more memory than the file and what the model keeps (bodies). Missing optional fields, `_`
// custom fields and -1 timings are tolerated; HAR's connect (which includes ssl) is converted to
// our TCP-only connect, except where the writer (log.creator: Firefox, mitmproxy) or the entry
// (connect shorter than ssl) shows it is TCP only already; entries that failed in the browser (status 0 with `_error`
// net::ERR_… / NS_ERROR_…) become transport outcomes. Progress is reported as bytes scanned and
// the import stops early when the cancel flag is raised. Errors name the line and column.
class HarImporter
{
    Q_DECLARE_TR_FUNCTIONS(Gatescope::HarImporter)
public:
    // An entry the browser stopped without an answer after at least this long is a wait the client
    // gave up (a timeout in the wait phase); a shorter one is a request it cancelled itself.
    static constexpr double ClientGaveUpAfterMs = 1000;

    using ProgressFunction = std::function<void(qint64 bytesDone, qint64 bytesTotal)>;

    void setProgressFunction(ProgressFunction progress) { m_progress = std::move(progress); }
    // Told, on the importing thread, the exchanges of each batch of entries as soon as it is read
    // (about every megabyte or 512 entries), in file order: together they are the capture's
    // exchanges, so a window can show rows while the rest is read. An import that fails or is
    // cancelled after some batches has told them too; the caller drops them then.
    using EntriesFunction = std::function<void(const QList<Exchange> &exchanges)>;
    void setEntriesFunction(EntriesFunction entries) { m_entries = std::move(entries); }
    void setCancelFlag(const std::atomic_bool *cancel) { m_cancel = cancel; } // not owned
    // How each entry's text is read: by a JsonTape (capture/JsonTape.h: the values straight from the
    // text, no document built; an entry it cannot read alike goes to QJsonDocument), or always as a
    // QJsonDocument, the reference the tape is tested against (tst_har_tape). Both give the same capture.
    enum class EntryReading { Tape, Document };
    void setEntryReading(EntryReading reading) { m_entryReading = reading; }

    Result<Capture> importFile(const QString &path) const;
    Result<Capture> importData(QByteArrayView data, const QString &name) const;

    // One HAR entry object → a recorded Exchange (index = position in log.entries). With
    // requestOnly given, an entry that holds a request but no attempt to send it (an empty
    // response, no error, no timings — as Insomnia/Postman export requests) sets it to true and
    // only the returned Exchange's request is meaningful; without it such an entry becomes a
    // ClosedEarly exchange.
    //
    // How the writer of the log fills some fields, known from log.creator.name. Entries are read
    // the same way without it; it settles what an entry alone cannot tell.
    struct Writer
    {
        bool connectExcludesSsl = false; // Firefox, mitmproxy: timings.connect is TCP only, ssl apart
        bool connectionIsPort = false; // Firefox: "connection" holds the server's port
        bool recordsTraffic = false; // a browser or proxy: every entry was sent, none is a request to send
        bool timeCountsSslTwice = false; // Playwright: time adds ssl to a connect that already holds it
    };
    static Writer writerFromCreator(const QString &creatorName);
    static Exchange exchangeFromEntry(const QJsonObject &entry, int index, QStringList *warnings, bool *requestOnly,
                                      const Writer &writer);
    static Exchange exchangeFromEntry(const QJsonObject &entry, int index, QStringList *warnings,
                                      bool *requestOnly = nullptr)
    {
        return exchangeFromEntry(entry, index, warnings, requestOnly, Writer());
    }

    // What a browser's error name says about how the transport ended: Chrome's
    // "net::ERR_CONNECTION_REFUSED", Playwright's failure text, Firefox's "NS_ERROR_UNKNOWN_HOST",
    // "SEC_ERROR_…", Safari's sentences. Unknown names give ClosedEarly with the name as detail.
    static Transport transportForBrowserError(const QString &error);
    // What Chrome's HTTP/2 error name says about the stream (the Http2Failure and the RST_STREAM
    // code it stands for); empty for any other name. ERR_HTTP2_PROTOCOL_ERROR before a response
    // is a refused header block when the request's headers give a reason (in `why`).
    static Http2Ending http2EndingForBrowserError(const QString &error, const HeaderList &requestHeaders,
                                                  bool responseBegan, QString *why = nullptr);

private:
    // exchangeFromEntry over a QJsonObject or a JsonTape::Object (capture/JsonTape.h): one reader for both.
    template<typename JsonObject>
    static Exchange readEntry(const JsonObject &entry, int index, QStringList *warnings, bool *requestOnly,
                              const Writer &writer);
    // releaseScannedPages: `data` is a read-only file mapping whose scanned pages may be given back.
    Result<Capture> importBytes(QByteArrayView data, const QString &name, bool releaseScannedPages) const;

    ProgressFunction m_progress;
    EntriesFunction m_entries;
    const std::atomic_bool *m_cancel = nullptr;
    EntryReading m_entryReading = EntryReading::Tape;
};

} // namespace Gatescope
