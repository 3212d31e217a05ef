#include "http/HttpResponseReader.h"

#include "http/ContentDecoder.h"

#include <QCoreApplication>
#include <QLoggingCategory>

#include <algorithm>
#include <array>
#include <cstring>
#include <limits>

namespace Gatescope {

namespace {

Q_LOGGING_CATEGORY(lcResponseReader, "gatescope.probe.reader", QtWarningMsg)

struct ReaderTr
{
    Q_DECLARE_TR_FUNCTIONS(Gatescope::HttpResponseReader)
};

// A chunk-size line (hex size plus extensions) longer than this is not a chunk size.
constexpr qint64 MaxChunkSizeLine = 4096;
// Informational anomalies past this many are not listed (fatal ones always are).
constexpr qsizetype MaxListedAnomalies = 256;
// Bytes shown of non-HTTP data or of bytes after the message.
constexpr qsizetype PreviewBytes = 32;

// RFC 9110 §5.6.2 tchar.
constexpr std::array<bool, 256> makeTokenTable()
{
    std::array<bool, 256> table {};
    for (int c = '0'; c <= '9'; ++c)
        table[c] = true;
    for (int c = 'a'; c <= 'z'; ++c)
        table[c] = true;
    for (int c = 'A'; c <= 'Z'; ++c)
        table[c] = true;
    for (char c : { '!', '#', '$', '%', '&', '\'', '*', '+', '-', '.', '^', '_', '`', '|', '~' })
        table[static_cast<unsigned char>(c)] = true;
    return table;
}
constexpr std::array<bool, 256> TokenChars = makeTokenTable();

bool isWhitespace(char c)
{
    return c == ' ' || c == '\t';
}

char upper(char c)
{
    return (c >= 'a' && c <= 'z') ? char(c - 'a' + 'A') : c;
}

QByteArrayView trimmedOws(QByteArrayView text)
{
    qsizetype begin = 0;
    qsizetype end = text.size();
    while (begin < end && isWhitespace(text[begin]))
        ++begin;
    while (end > begin && isWhitespace(text[end - 1]))
        --end;
    return text.sliced(begin, end - begin);
}

QString hexByte(unsigned char c)
{
    return QStringLiteral("0x%1").arg(uint(c), 2, 16, QLatin1Char('0'));
}

// Bytes quoted for a reader: printable ASCII as is, everything else escaped, cut with "…".
QString quoted(QByteArrayView bytes, qsizetype max = 40)
{
    QString text;
    const qsizetype shown = std::min(bytes.size(), max);
    text.reserve(shown + 4);
    text += u'\u201c';
    for (qsizetype i = 0; i < shown; ++i) {
        const auto c = static_cast<unsigned char>(bytes[i]);
        if (c == '\r')
            text += QStringLiteral("\\r");
        else if (c == '\n')
            text += QStringLiteral("\\n");
        else if (c == '\t')
            text += QStringLiteral("\\t");
        else if (c >= 0x20 && c < 0x7f)
            text += QLatin1Char(char(c));
        else
            text += QStringLiteral("\\x%1").arg(uint(c), 2, 16, QLatin1Char('0'));
    }
    if (bytes.size() > max)
        text += u'\u2026';
    text += u'\u201d';
    return text;
}

QString latin1(QByteArrayView bytes)
{
    return QString::fromLatin1(bytes.data(), bytes.size());
}

// Parses 1*DIGIT into a non-negative number; nullopt for anything else or overflow.
std::optional<qint64> parseDecimal(QByteArrayView text)
{
    if (text.isEmpty() || text.size() > 18)
        return std::nullopt;
    qint64 value = 0;
    for (char c : text) {
        if (c < '0' || c > '9')
            return std::nullopt;
        value = value * 10 + (c - '0');
    }
    return value;
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

} // namespace

class HttpResponseReader::Private
{
public:
    enum class Framing { None, ContentLength, Chunked, CloseDelimited };
    enum class ChunkStage { Size, Data, DataCr, DataLf, Trailers };

    // The result of taking bytes towards one line (status line, header, chunk size, trailer).
    struct LineStep
    {
        enum Kind { NeedMore, Line, TooLong } kind = NeedMore;
        qsizetype consumed = 0;
        QByteArrayView text; // without CR LF; valid until m_line changes
        bool bareLf = false;
        qint64 lfOffset = -1;
    };

    Private(QByteArrayView requestMethod, const Limits &l)
        : method(requestMethod.toByteArray().toUpper())
        , limits(l)
    { }

    // ---- anomalies and failure -------------------------------------------------------------

    int addAnomaly(const char16_t *kind, qint64 offset, const QString &detail, bool fatal = false)
    {
        if (!fatal && anomalies.size() >= MaxListedAnomalies)
            return -1;
        anomalies.append(WireAnomaly { QString::fromUtf16(kind), offset, detail });
        return int(anomalies.size() - 1);
    }

    void fail(const char16_t *kind, qint64 offset, const QString &detail, Phase phase)
    {
        failIndex = addAnomaly(kind, offset, detail, true);
        failPhase = phase;
        state = State::Failed;
        decoder.reset();
        encodedKept.clear();
        qCDebug(lcResponseReader) << "response unreadable:" << detail;
    }

    Phase currentPhase() const { return state == State::Body ? Phase::Download : Phase::Wait; }

    // ---- lines -----------------------------------------------------------------------------

    // Takes bytes towards the current line. `budget` is how many more bytes this line may use,
    // terminator included; a line that would need more is TooLong (nothing is buffered past it).
    LineStep takeLine(const char *p, qsizetype n, qint64 at, qint64 budget)
    {
        LineStep step;
        if (line.isEmpty())
            lineStart = at;
        const qint64 room = budget - line.size();
        const qsizetype limit = qsizetype(std::clamp<qint64>(room, 0, n));
        const char *lf = limit > 0 ? static_cast<const char *>(std::memchr(p, '\n', size_t(limit))) : nullptr;
        if (!lf) {
            if (n >= room) {
                // The bytes up to the limit count as taken: then the same stream counts the same
                // bytes however it was split (earlier pieces of the line were taken already).
                step.kind = LineStep::TooLong;
                step.consumed = qsizetype(std::clamp<qint64>(room, 0, n));
                return step;
            }
            line.append(p, n);
            step.consumed = n;
            return step;
        }
        const qsizetype length = lf - p;
        step.kind = LineStep::Line;
        step.consumed = length + 1;
        step.lfOffset = at + length;
        if (line.isEmpty()) {
            step.text = QByteArrayView(p, length);
        } else {
            line.append(p, length);
            step.text = line;
        }
        if (step.text.endsWith('\r'))
            step.text.chop(1);
        else
            step.bareLf = true;
        return step;
    }

    void noteBareLf(const LineStep &step, bool &noted)
    {
        if (!step.bareLf || noted)
            return;
        noted = true;
        addAnomaly(AnomalyKind::BareLineFeed, step.lfOffset,
                   ReaderTr::tr("line ends with a bare LF (no CR) at byte %1; accepted").arg(step.lfOffset));
    }

    // ---- the head (status line + header block) ---------------------------------------------

    void startHead(qint64 at)
    {
        state = State::StatusLine;
        headStart = at;
        line.resize(0);
        headerOffsets.clear();
        headBareLfNoted = false;
        emptyLinesNoted = false;
        foldTarget = -1;
        response.status = 0;
        response.reason.clear();
        response.headers.clear();
        response.headers.reserve(16); // typical responses then need no regrowth
        headerOffsets.reserve(16);
        response.httpVersion = QByteArrayLiteral("HTTP/1.1");
    }

    QString nonHttpDetail() const
    {
        const QByteArrayView bytes = preview;
        const auto byteAt = [&](qsizetype i) { return i < bytes.size() ? static_cast<unsigned char>(bytes[i]) : 0; };
        if (byteAt(0) >= 0x14 && byteAt(0) <= 0x17 && byteAt(1) == 0x03) {
            return ReaderTr::tr("TLS record bytes where an HTTP status line should be at byte %1: "
                                "the server speaks TLS on this port (try https://)")
                .arg(previewOffset);
        }
        if (bytes.size() >= 9 && byteAt(3) == 0x04 && (byteAt(4) & ~0x01) == 0 && byteAt(5) == 0 && byteAt(6) == 0
            && byteAt(7) == 0 && byteAt(8) == 0) {
            return ReaderTr::tr("an HTTP/2 SETTINGS frame where an HTTP/1.1 status line should be at byte %1: "
                                "the server speaks only HTTP/2 on this port (h2c prior knowledge)")
                .arg(previewOffset);
        }
        if (bytes.startsWith("SSH-")) {
            return ReaderTr::tr("an SSH banner %1 where an HTTP status line should be at byte %2: "
                                "this port runs SSH, not HTTP")
                .arg(quoted(bytes), QString::number(previewOffset));
        }
        const QByteArrayView content = bytes.trimmed();
        if (content.startsWith('<')) {
            return ReaderTr::tr("HTML or XML without a status line at byte %1 (an HTTP/0.9-style "
                                "reply): %2")
                .arg(QString::number(previewOffset), quoted(bytes));
        }
        if (content.startsWith('{') || content.startsWith('[')) {
            return ReaderTr::tr("JSON without a status line at byte %1: %2")
                .arg(QString::number(previewOffset), quoted(bytes));
        }
        return ReaderTr::tr("non-HTTP bytes where a status line should be at byte %1: %2")
            .arg(QString::number(previewOffset), quoted(bytes));
    }

    void failNonHttp(qint64 offset, QByteArrayView seen)
    {
        previewOffset = offset;
        preview = seen.first(std::min(seen.size(), PreviewBytes)).toByteArray();
        previewActive = true;
        fail(AnomalyKind::NonHttpPreamble, offset, nonHttpDetail(), Phase::Wait);
    }

    // Bytes that cannot start "HTTP" make the response non-HTTP at once, whatever the split.
    bool checkStatusPrefix(const char *p, qsizetype n, qint64 at)
    {
        const qsizetype have = line.size();
        if (have >= 4)
            return true;
        const char first = have > 0 ? line[0] : p[0];
        if (first == '\r' || first == '\n')
            return true; // an empty line (or junk after a CR), judged when the line is complete
        static constexpr char Expected[] = "HTTP";
        const qsizetype end = std::min<qsizetype>(4, have + n);
        for (qsizetype i = have; i < end; ++i) {
            if (upper(p[i - have]) != Expected[i]) {
                // the bytes of this feed join the preview in readAfterFailure()
                failNonHttp(have > 0 ? lineStart : at, line);
                return false;
            }
        }
        return true;
    }

    qsizetype readHead(const char *p, qsizetype n, qint64 at)
    {
        if (state == State::StatusLine && !checkStatusPrefix(p, n, at))
            return 0;
        const qint64 lineBegin = line.isEmpty() ? at : lineStart;
        const qint64 budget = limits.maxHeaderBytes - (lineBegin - headStart);
        const LineStep step = takeLine(p, n, at, budget);
        if (step.kind == LineStep::NeedMore)
            return step.consumed;
        if (step.kind == LineStep::TooLong) {
            const qint64 offset = headStart + limits.maxHeaderBytes;
            fail(AnomalyKind::HeaderBlockTooLarge, offset,
                 ReaderTr::tr("status line and headers exceed the limit of %1 bytes at byte %2 "
                              "without the end of the header block")
                     .arg(limits.maxHeaderBytes)
                     .arg(offset),
                 Phase::Wait);
            return 0;
        }
        noteBareLf(step, headBareLfNoted);
        QByteArray cleaned;
        const QByteArrayView text = state == State::StatusLine
            ? withoutBareCr(step.text, lineStart, LineRole::StatusLine, cleaned)
            : withoutBareCr(step.text, lineStart, LineRole::HeaderLine, cleaned);
        if (state == State::StatusLine)
            parseStatusLine(text, lineStart + (step.text.size() - text.size()));
        else
            parseHeaderLine(text, lineStart, step.lfOffset + 1);
        line.resize(0);
        return step.consumed;
    }

    enum class LineRole { StatusLine, HeaderLine, TrailerLine };

    // A CR not followed by LF inside a head or trailer line (RFC 9112 §2.2). A peer that ends
    // lines at a bare CR and one that does not would read different fields from the same bytes,
    // so the reader does what the RFC allows a recipient to do and a careful proxy does: each bare
    // CR becomes a space (at the start of a status line it is skipped, like an empty line), and
    // the anomaly names what the other reading would have made of the bytes after it — a hidden
    // "Content-Length: 5" stays part of the line it is in and is reported, not obeyed.
    // Returns `text` itself when it holds no CR, else a cleaned copy kept in `storage`.
    QByteArrayView withoutBareCr(QByteArrayView text, qint64 offset, LineRole role, QByteArray &storage)
    {
        const qsizetype first = text.indexOf('\r');
        if (first < 0)
            return text;
        qsizetype skipped = 0;
        if (role == LineRole::StatusLine) {
            while (skipped < text.size() && text[skipped] == '\r')
                ++skipped;
        }
        storage = text.sliced(skipped).toByteArray();
        storage.replace('\r', ' ');

        const qint64 at = offset + first;
        QString detail;
        switch (role) {
        case LineRole::StatusLine:
            detail = first < skipped
                ? ReaderTr::tr("bare CR (not followed by LF) at byte %1 before the status line; skipped").arg(at)
                : ReaderTr::tr("bare CR (not followed by LF) at byte %1 inside the status line; replaced with a "
                               "space as RFC 9112 §2.2 allows")
                      .arg(at);
            break;
        case LineRole::HeaderLine:
            detail = ReaderTr::tr("bare CR (not followed by LF) at byte %1 inside a header line; replaced with a "
                                  "space as RFC 9112 §2.2 allows")
                         .arg(at);
            break;
        case LineRole::TrailerLine:
            detail = ReaderTr::tr("bare CR (not followed by LF) at byte %1 inside a trailer line; replaced with a "
                                  "space as RFC 9112 §2.2 allows")
                         .arg(at);
            break;
        }
        // What a peer that breaks lines at the CR would take for a field of its own.
        QByteArrayView after = text.sliced(first + 1);
        after = after.first(after.indexOf('\r') < 0 ? after.size() : after.indexOf('\r'));
        const qsizetype colon = after.indexOf(':');
        const QByteArrayView name = colon > 0 ? after.first(colon) : QByteArrayView();
        const bool looksLikeField = !name.isEmpty()
            && std::all_of(name.begin(), name.end(), [](char c) { return TokenChars[static_cast<unsigned char>(c)]; });
        if (looksLikeField) {
            const bool framing = name.compare("Content-Length", Qt::CaseInsensitive) == 0
                || name.compare("Transfer-Encoding", Qt::CaseInsensitive) == 0;
            detail += framing ? ReaderTr::tr("; a peer that ends lines at a bare CR reads %1 as a field of its own "
                                             "and frames the body by it")
                                    .arg(quoted(after))
                              : ReaderTr::tr("; a peer that ends lines at a bare CR reads %1 as a field of its own")
                                    .arg(quoted(after));
        }
        const char16_t *kind = role == LineRole::StatusLine ? AnomalyKind::BadStatusLine : AnomalyKind::BadHeaderLine;
        addAnomaly(kind, at, detail);
        return storage;
    }

    void parseStatusLine(QByteArrayView text, qint64 offset)
    {
        if (text.isEmpty()) {
            if (!emptyLinesNoted) {
                emptyLinesNoted = true;
                addAnomaly(AnomalyKind::BadStatusLine, offset,
                           ReaderTr::tr("empty line before the status line at byte %1; skipped").arg(offset));
            }
            return;
        }
        if (!text.startsWith("HTTP")
            && !(text.size() >= 4 && upper(text[0]) == 'H' && upper(text[1]) == 'T' && upper(text[2]) == 'T'
                 && upper(text[3]) == 'P')) {
            failNonHttp(offset, text);
            return;
        }
        if (!text.startsWith("HTTP")) {
            addAnomaly(AnomalyKind::BadStatusLine, offset,
                       ReaderTr::tr("protocol name in the status line is not upper-case at byte %1: %2 "
                                    "(must be \u201cHTTP\u201d); accepted")
                           .arg(QString::number(offset), quoted(text.first(std::min<qsizetype>(text.size(), 8)))));
        }
        if (text.size() < 5 || text[4] != '/') {
            fail(AnomalyKind::BadStatusLine, offset,
                 ReaderTr::tr("status line does not start with \u201cHTTP/\u201d at byte %1: %2")
                     .arg(QString::number(offset), quoted(text)),
                 Phase::Wait);
            return;
        }
        qsizetype space = 0;
        while (space < text.size() && !isWhitespace(text[space]))
            ++space;
        if (space == text.size())
            space = -1;
        const QByteArrayView version = space < 0 ? text : text.first(space);
        const QByteArrayView number = version.sliced(5);
        const bool wellFormed = number.size() == 3 && number[0] >= '0' && number[0] <= '9' && number[1] == '.'
            && number[2] >= '0' && number[2] <= '9';
        if (!(wellFormed && (number == "1.1" || number == "1.0"))) {
            addAnomaly(AnomalyKind::BadStatusLine, offset,
                       ReaderTr::tr("unexpected protocol version %1 in the status line at byte %2 "
                                    "(HTTP/1.1 or HTTP/1.0 expected)")
                           .arg(quoted(version), QString::number(offset)));
        }
        response.httpVersion = version.toByteArray();
        if (space < 0) {
            fail(AnomalyKind::BadStatusLine, offset,
                 ReaderTr::tr("status line has no status code at byte %1: %2")
                     .arg(QString::number(offset), quoted(text)),
                 Phase::Wait);
            return;
        }
        if (text[space] == '\t') {
            addAnomaly(AnomalyKind::BadStatusLine, offset + space,
                       ReaderTr::tr("tab instead of a space after the protocol version at byte %1; accepted")
                           .arg(offset + space));
        }
        qsizetype pos = space + 1;
        if (pos < text.size() && isWhitespace(text[pos])) {
            addAnomaly(
                AnomalyKind::BadStatusLine, offset + pos,
                ReaderTr::tr("more than one space before the status code at byte %1; accepted").arg(offset + pos));
            while (pos < text.size() && isWhitespace(text[pos]))
                ++pos;
        }
        qsizetype digits = 0;
        while (pos + digits < text.size() && text[pos + digits] >= '0' && text[pos + digits] <= '9')
            ++digits;
        if (digits != 3) {
            const QString detail = digits == 0
                ? ReaderTr::tr("status line has no three-digit status code at byte %1: %2")
                      .arg(QString::number(offset + pos), quoted(text))
                : ReaderTr::tr("status code %1 is not three digits at byte %2")
                      .arg(quoted(text.sliced(pos, digits)), QString::number(offset + pos));
            fail(AnomalyKind::BadStatusLine, offset + pos, detail, Phase::Wait);
            return;
        }
        const int code = (text[pos] - '0') * 100 + (text[pos + 1] - '0') * 10 + (text[pos + 2] - '0');
        if (code < 100) {
            fail(AnomalyKind::BadStatusLine, offset + pos,
                 ReaderTr::tr("status code %1 at byte %2 is below 100").arg(code).arg(offset + pos), Phase::Wait);
            return;
        }
        if (code > 599) {
            addAnomaly(AnomalyKind::BadStatusLine, offset + pos,
                       ReaderTr::tr("status code %1 at byte %2 is outside 100–599").arg(code).arg(offset + pos));
        }
        pos += 3;
        if (pos >= text.size()) {
            addAnomaly(AnomalyKind::BadStatusLine, offset + pos,
                       ReaderTr::tr("status line ends after the code at byte %1 without the space "
                                    "RFC 9112 requires before the (empty) reason; accepted")
                           .arg(offset + pos));
            response.reason.clear();
        } else if (text[pos] != ' ') {
            addAnomaly(
                AnomalyKind::BadStatusLine, offset + pos,
                ReaderTr::tr("no space between the status code and the reason at byte %1; accepted").arg(offset + pos));
            response.reason = text.sliced(pos).toByteArray();
        } else {
            response.reason = text.sliced(pos + 1).toByteArray();
        }
        response.status = code;
        state = State::Headers;
    }

    void parseHeaderLine(QByteArrayView text, qint64 offset, qint64 next)
    {
        if (text.isEmpty()) {
            finishHead(next);
            return;
        }
        if (isWhitespace(text[0])) {
            if (foldTarget < 0) {
                addAnomaly(AnomalyKind::BadHeaderLine, offset,
                           ReaderTr::tr("line starting with whitespace right after the status line "
                                        "at byte %1; ignored")
                               .arg(offset));
                return;
            }
            HeaderField &field = response.headers[foldTarget];
            addAnomaly(AnomalyKind::ObsoleteLineFolding, offset,
                       ReaderTr::tr("obsolete line folding at byte %1: a line starting with "
                                    "whitespace continues \u201c%2\u201d; joined with a space")
                           .arg(QString::number(offset), latin1(field.name)));
            const QByteArrayView more = trimmedOws(text);
            checkValue(field.name, more, offset + (more.data() - text.data()));
            if (!more.isEmpty()) {
                if (!field.value.isEmpty())
                    field.value.append(' ');
                field.value.append(more.data(), more.size());
            }
            return;
        }
        const qsizetype colon = text.indexOf(':');
        if (colon < 0) {
            fail(AnomalyKind::BadHeaderLine, offset,
                 ReaderTr::tr("header line without ':' at byte %1: %2").arg(QString::number(offset), quoted(text)),
                 Phase::Wait);
            return;
        }
        QByteArrayView name = text.first(colon);
        if (name.isEmpty()) {
            addAnomaly(AnomalyKind::InvalidHeaderName, offset,
                       ReaderTr::tr("header line with an empty field name at byte %1: %2")
                           .arg(QString::number(offset), quoted(text)));
        } else if (isWhitespace(name.back())) {
            const QByteArrayView stripped = trimmedOws(name);
            addAnomaly(AnomalyKind::InvalidHeaderName, offset + stripped.size(),
                       ReaderTr::tr("whitespace between the field name \u201c%1\u201d and ':' at byte %2; "
                                    "removed as a proxy must")
                           .arg(latin1(stripped), QString::number(offset + stripped.size())));
            name = stripped;
        }
        for (qsizetype i = 0; i < name.size(); ++i) {
            const auto c = static_cast<unsigned char>(name[i]);
            if (!TokenChars[c]) {
                addAnomaly(AnomalyKind::InvalidHeaderName, offset + i,
                           ReaderTr::tr("invalid character %1 in the field name %2 at byte %3")
                               .arg(hexByte(c), quoted(name), QString::number(offset + i)));
                break;
            }
        }
        const QByteArrayView rawValue = text.sliced(colon + 1);
        const QByteArrayView value = trimmedOws(rawValue);
        checkValue(name, value, offset + colon + 1 + (value.data() - rawValue.data()));
        response.headers.append(HeaderField { name.toByteArray(), value.toByteArray() });
        headerOffsets.append(offset);
        foldTarget = int(response.headers.size() - 1);
    }

    void checkValue(QByteArrayView name, QByteArrayView value, qint64 valueOffset)
    {
        for (qsizetype i = 0; i < value.size(); ++i) {
            const auto c = static_cast<unsigned char>(value[i]);
            if ((c < 0x20 && c != '\t') || c == 0x7f) {
                addAnomaly(AnomalyKind::InvalidHeaderValue, valueOffset + i,
                           ReaderTr::tr("control character %1 in the value of %2 at byte %3")
                               .arg(hexByte(c), quoted(name), QString::number(valueOffset + i)));
                return;
            }
        }
    }

    // The empty line ending a head was read; `next` is the offset of the first byte after it.
    void finishHead(qint64 next)
    {
        const int status = response.status;
        if (status >= 100 && status < 200 && status != 101) {
            if (response.interim.size() >= limits.maxInterimResponses) {
                fail(AnomalyKind::InterimResponse, headStart,
                     ReaderTr::tr("more than %1 interim (1xx) responses; the one at byte %2 is one too many")
                         .arg(limits.maxInterimResponses)
                         .arg(headStart),
                     Phase::Wait);
                return;
            }
            addAnomaly(AnomalyKind::InterimResponse, headStart,
                       ReaderTr::tr("interim response %1 %2 at byte %3; recorded and skipped")
                           .arg(QString::number(status), latin1(response.reason), QString::number(headStart)));
            response.interim.append(InterimResponse { status, response.reason, response.headers });
            startHead(next);
            return;
        }
        response.headerSize = next - headStart;
        headersDone = true;
        bodyStart = next;
        chooseFraming();
    }

    void chooseFraming()
    {
        const int status = response.status;
        const bool noBody = method == "HEAD" || status == 101 || status == 204 || status == 304
            || (method == "CONNECT" && status >= 200 && status < 300);

        // Content-Encoding: decoded for viewing when it is one coding we know.
        const QList<QByteArray> encodings = headerValues(response.headers, "Content-Encoding");
        if (!encodings.isEmpty()) {
            const QByteArray declared = encodings.join(", ").trimmed().toLower();
            response.contentEncoding = declared == "identity" ? QString() : QString::fromLatin1(declared);
            if (!noBody && limits.decodeContent) {
                if (const auto coding = ContentDecoder::codingFromName(declared))
                    decoder = std::make_unique<ContentDecoder>(*coding);
            }
        }

        if (noBody) {
            expectedBody = 0;
            framing = Framing::None;
            complete(bodyStart);
            return;
        }

        QList<qsizetype> lengthFields;
        QList<qsizetype> encodingFields;
        for (qsizetype i = 0; i < response.headers.size(); ++i) {
            const QByteArray &name = response.headers[i].name;
            if (name.compare("Content-Length", Qt::CaseInsensitive) == 0)
                lengthFields.append(i);
            else if (name.compare("Transfer-Encoding", Qt::CaseInsensitive) == 0)
                encodingFields.append(i);
        }

        if (!encodingFields.isEmpty()) {
            QList<QByteArray> codings;
            for (qsizetype i : encodingFields) {
                for (const QByteArray &item : response.headers[i].value.split(',')) {
                    const QByteArray coding = item.trimmed().toLower();
                    if (!coding.isEmpty())
                        codings.append(coding);
                }
            }
            const QByteArray declared = codings.join(", ");
            if (!lengthFields.isEmpty()) {
                const qsizetype first = lengthFields.first();
                addAnomaly(AnomalyKind::ContentLengthWithTransferEncoding, headerOffsets[first],
                           ReaderTr::tr("both Content-Length (%1) and Transfer-Encoding (%2) at byte %3; "
                                        "Transfer-Encoding wins (RFC 9112 §6.3)")
                               .arg(latin1(response.headers[first].value), latin1(declared),
                                    QString::number(headerOffsets[first])));
            }
            const qint64 where = headerOffsets[encodingFields.first()];
            if (!codings.isEmpty() && codings.last() == "chunked") {
                if (codings.size() > 1) {
                    addAnomaly(AnomalyKind::UnsupportedTransferEncoding, where,
                               ReaderTr::tr("transfer codings %1 at byte %2: only chunked is undone; "
                                            "the body is kept as de-chunked")
                                   .arg(quoted(declared), QString::number(where)));
                }
                framing = Framing::Chunked;
                chunkStage = ChunkStage::Size;
                enterBody();
                return;
            }
            addAnomaly(AnomalyKind::UnsupportedTransferEncoding, where,
                       ReaderTr::tr("Transfer-Encoding %1 at byte %2 does not end in chunked: the body "
                                    "is read until the peer closes")
                           .arg(quoted(declared), QString::number(where)));
            startCloseDelimited();
            return;
        }

        if (!lengthFields.isEmpty()) {
            qint64 length = -1;
            for (qsizetype i : lengthFields) {
                const qint64 where = headerOffsets[i];
                const QByteArray &value = response.headers[i].value;
                for (const QByteArray &item : value.split(',')) {
                    const QByteArrayView element = trimmedOws(item);
                    const auto parsed = parseDecimal(element);
                    if (!parsed) {
                        fail(AnomalyKind::InvalidContentLength, where,
                             ReaderTr::tr("invalid Content-Length %1 at byte %2")
                                 .arg(quoted(value), QString::number(where)),
                             Phase::Wait);
                        return;
                    }
                    if (length < 0) {
                        length = *parsed;
                    } else if (*parsed != length) {
                        fail(AnomalyKind::ConflictingContentLength, where,
                             ReaderTr::tr("conflicting Content-Length values %1 and %2 at byte %3: "
                                          "the body's end cannot be known")
                                 .arg(QString::number(length), QString::number(*parsed), QString::number(where)),
                             Phase::Wait);
                        return;
                    } else {
                        addAnomaly(AnomalyKind::ConflictingContentLength, where,
                                   ReaderTr::tr("Content-Length %1 repeated at byte %2 with the same value; "
                                                "accepted (some gateways reject duplicates)")
                                       .arg(QString::number(length), QString::number(where)));
                    }
                }
            }
            framing = Framing::ContentLength;
            expectedBody = length;
            bodyRemaining = length;
            if (!decoder)
                response.body.reserve(qsizetype(std::min(length, limits.bodyCaptureCap)));
            enterBody();
            if (length == 0)
                complete(bodyStart);
            return;
        }

        addAnomaly(AnomalyKind::CloseDelimitedBody, bodyStart,
                   ReaderTr::tr("no Content-Length and no chunked encoding: the body starting at byte "
                                "%1 ends when the peer closes the connection")
                       .arg(bodyStart));
        startCloseDelimited();
    }

    void startCloseDelimited()
    {
        framing = Framing::CloseDelimited;
        enterBody();
    }

    void enterBody() { state = State::Body; }

    // ---- the body --------------------------------------------------------------------------

    void keepDecoded(QByteArrayView bytes)
    {
        response.bodySize += bytes.size();
        const qint64 room = limits.bodyCaptureCap - response.body.size();
        if (room > 0)
            response.body.append(bytes.data(), qsizetype(std::min<qint64>(room, bytes.size())));
        response.bodyTruncated = response.bodySize > response.body.size();
    }

    // Body content (chunk framing removed) that started at stream offset `at`.
    void bodyContent(const char *p, qsizetype n, qint64 at)
    {
        if (!decoder) {
            keepDecoded(QByteArrayView(p, n));
            return;
        }
        const qint64 room = limits.bodyCaptureCap - encodedKept.size();
        if (room > 0)
            encodedKept.append(p, qsizetype(std::min<qint64>(room, n)));
        const qint64 before = decoder->bytesIn();
        encodedSize += n;
        const bool ok = decoder->feed(QByteArrayView(p, n), [this](QByteArrayView out) { keepDecoded(out); });
        if (!ok)
            decodingFailed(at + (decoder->errorOffset() - before));
    }

    void decodingFailed(qint64 offset)
    {
        addAnomaly(
            AnomalyKind::ContentDecodingFailed, offset,
            ReaderTr::tr("the %1 body cannot be decoded at byte %2 (%3); the body is kept as received")
                .arg(ContentDecoder::codingName(decoder->coding()), QString::number(offset), decoder->errorString()));
        // Show what came: the encoded bytes, as many as the cap allows.
        response.body = encodedKept;
        response.bodySize = encodedSize;
        response.bodyTruncated = response.bodySize > response.body.size();
        encodedKept = QByteArray();
        decoder.reset();
    }

    void finishDecoding(qint64 offset)
    {
        if (!decoder)
            return;
        if (!decoder->finish()) {
            decodingFailed(offset);
            return;
        }
        if (decoder->bytesAfterStream() > 0) {
            addAnomaly(AnomalyKind::ContentDecodingFailed, offset,
                       ReaderTr::tr("%1 bytes after the end of the %2 stream were ignored (message ends at byte %3)")
                           .arg(QString::number(decoder->bytesAfterStream()),
                                ContentDecoder::codingName(decoder->coding()), QString::number(offset)));
        }
        decoder.reset();
        encodedKept = QByteArray();
    }

    void complete(qint64 offset)
    {
        finishDecoding(offset);
        state = State::Complete;
    }

    qsizetype readBody(const char *p, qsizetype n, qint64 at)
    {
        switch (framing) {
        case Framing::ContentLength: {
            const qsizetype take = qsizetype(std::min<qint64>(n, bodyRemaining));
            bodyContent(p, take, at);
            response.bodyWireSize += take;
            bodyRemaining -= take;
            if (bodyRemaining == 0)
                complete(at + take);
            return take;
        }
        case Framing::CloseDelimited:
            bodyContent(p, n, at);
            response.bodyWireSize += n;
            return n;
        case Framing::Chunked: {
            const qsizetype used = readChunked(p, n, at);
            response.bodyWireSize += used;
            return used;
        }
        case Framing::None:
            break;
        }
        complete(at);
        return 0;
    }

    qsizetype readChunked(const char *p, qsizetype n, qint64 at)
    {
        switch (chunkStage) {
        case ChunkStage::Size: {
            const LineStep step = takeLine(p, n, at, MaxChunkSizeLine);
            if (step.kind == LineStep::NeedMore)
                return step.consumed;
            if (step.kind == LineStep::TooLong) {
                fail(AnomalyKind::InvalidChunkSize, lineStart,
                     ReaderTr::tr("chunk size line at byte %1 is longer than %2 bytes")
                         .arg(lineStart)
                         .arg(MaxChunkSizeLine),
                     Phase::Download);
                return step.consumed;
            }
            noteBareLf(step, bodyBareLfNoted);
            parseChunkSize(step.text, lineStart, step.lfOffset + 1);
            line.resize(0);
            return step.consumed;
        }
        case ChunkStage::Data: {
            const qsizetype take = qsizetype(std::min<qint64>(n, chunkRemaining));
            bodyContent(p, take, at);
            chunkRemaining -= take;
            if (chunkRemaining == 0)
                chunkStage = ChunkStage::DataCr;
            return take;
        }
        case ChunkStage::DataCr:
            if (p[0] == '\r') {
                chunkStage = ChunkStage::DataLf;
                return 1;
            }
            if (p[0] == '\n') {
                if (!bodyBareLfNoted) {
                    bodyBareLfNoted = true;
                    addAnomaly(AnomalyKind::BareLineFeed, at,
                               ReaderTr::tr("chunk data ends with a bare LF (no CR) at byte %1; accepted").arg(at));
                }
                chunkStage = ChunkStage::Size;
                return 1;
            }
            fail(AnomalyKind::BadChunkTerminator, at,
                 ReaderTr::tr("chunk data not followed by CRLF at byte %1: found %2 after a chunk of %3 bytes")
                     .arg(QString::number(at), quoted(QByteArrayView(p, 1)), QString::number(lastChunkSize)),
                 Phase::Download);
            return 0;
        case ChunkStage::DataLf:
            if (p[0] == '\n') {
                chunkStage = ChunkStage::Size;
                return 1;
            }
            fail(AnomalyKind::BadChunkTerminator, at,
                 ReaderTr::tr("chunk data followed by CR without LF at byte %1").arg(at), Phase::Download);
            return 0;
        case ChunkStage::Trailers: {
            const qint64 budget = limits.maxHeaderBytes - ((line.isEmpty() ? at : lineStart) - trailerStart);
            const LineStep step = takeLine(p, n, at, budget);
            if (step.kind == LineStep::NeedMore)
                return step.consumed;
            if (step.kind == LineStep::TooLong) {
                const qint64 offset = trailerStart + limits.maxHeaderBytes;
                fail(AnomalyKind::HeaderBlockTooLarge, offset,
                     ReaderTr::tr("trailer section exceeds the limit of %1 bytes at byte %2")
                         .arg(limits.maxHeaderBytes)
                         .arg(offset),
                     Phase::Download);
                return step.consumed;
            }
            noteBareLf(step, bodyBareLfNoted);
            const qint64 offset = lineStart;
            QByteArray cleaned;
            const QByteArrayView text = withoutBareCr(step.text, offset, LineRole::TrailerLine, cleaned);
            if (text.isEmpty()) {
                line.resize(0);
                complete(step.lfOffset + 1);
                return step.consumed;
            }
            const qsizetype colon = text.indexOf(':');
            if (colon <= 0 || isWhitespace(text[0])) {
                addAnomaly(AnomalyKind::BadHeaderLine, offset,
                           ReaderTr::tr("trailer line without a field name and ':' at byte %1: %2; ignored")
                               .arg(QString::number(offset), quoted(text)));
            } else {
                trailers.append(HeaderField { trimmedOws(text.first(colon)).toByteArray(),
                                              trimmedOws(text.sliced(colon + 1)).toByteArray() });
            }
            line.resize(0);
            return step.consumed;
        }
        }
        return 0;
    }

    // One chunk-size line (RFC 9112 §7.1): 1*HEXDIG, then chunk extensions
    // *( BWS ";" BWS token [ BWS "=" BWS ( token / quoted-string ) ] ). What makes the size itself
    // uncertain is fatal: no digits, a sign or "0x" (other readers take a different number from
    // them), a size past 63 bits, a bare CR (a peer that ends the line there starts the chunk
    // data elsewhere). What leaves the size clear is reported and read on: whitespace after the
    // size, and malformed extensions (which every reader ignores anyway).
    void parseChunkSize(QByteArrayView text, qint64 offset, qint64 next)
    {
        const qsizetype n = text.size();
        if (const qsizetype cr = text.indexOf('\r'); cr >= 0) {
            fail(AnomalyKind::InvalidChunkSize, offset + cr,
                 ReaderTr::tr("bare CR (not followed by LF) at byte %1 inside the chunk size line %2: readers "
                              "disagree where the chunk data starts")
                     .arg(QString::number(offset + cr), quoted(text)),
                 Phase::Download);
            return;
        }
        if (n > 0 && (text[0] == '+' || text[0] == '-')) {
            fail(AnomalyKind::InvalidChunkSize, offset,
                 ReaderTr::tr("sign %1 before the chunk size %2 at byte %3: a chunk size is bare hexadecimal digits")
                     .arg(quoted(text.first(1)), quoted(text), QString::number(offset)),
                 Phase::Download);
            return;
        }
        if (n > 1 && text[0] == '0' && (text[1] == 'x' || text[1] == 'X')) {
            fail(AnomalyKind::InvalidChunkSize, offset + 1,
                 ReaderTr::tr("“0x” prefix on the chunk size %1 at byte %2: a chunk size is bare "
                              "hexadecimal digits; some readers take this for 0 (the last chunk), others skip "
                              "the prefix")
                     .arg(quoted(text), QString::number(offset + 1)),
                 Phase::Download);
            return;
        }
        qsizetype digits = 0;
        qint64 size = 0;
        while (digits < n && hexValue(text[digits]) >= 0) {
            if (size > (std::numeric_limits<qint64>::max() >> 4)) {
                fail(AnomalyKind::InvalidChunkSize, offset + digits,
                     ReaderTr::tr("chunk size %1 at byte %2 is too large: it overflows 63 bits at byte %3")
                         .arg(quoted(text), QString::number(offset), QString::number(offset + digits)),
                     Phase::Download);
                return;
            }
            size = size * 16 + hexValue(text[digits]);
            ++digits;
        }
        qsizetype pos = digits;
        while (pos < n && isWhitespace(text[pos]))
            ++pos;
        if (digits == 0 || (pos < n && text[pos] != ';')) {
            fail(AnomalyKind::InvalidChunkSize, offset,
                 ReaderTr::tr("invalid chunk size %1 at byte %2 (hexadecimal digits expected)")
                     .arg(quoted(text), QString::number(offset)),
                 Phase::Download);
            return;
        }
        if (pos == n && pos > digits) {
            noteChunkLine(ChunkLineFault::TrailingWhitespace, offset + digits,
                          ReaderTr::tr("whitespace after the chunk size %1 at byte %2 with no extension after it; "
                                       "accepted")
                              .arg(quoted(text), QString::number(offset + digits)));
        } else if (pos < n) {
            checkChunkExtensions(text, pos, offset);
        }
        lastChunkSize = size;
        if (size == 0) {
            chunkStage = ChunkStage::Trailers;
            trailerStart = next;
            return;
        }
        chunkRemaining = size;
        chunkStage = ChunkStage::Data;
    }

    // Kinds of chunk-size line faults that are listed once per message (a body of many chunks
    // would otherwise repeat the same one for every chunk).
    enum class ChunkLineFault : quint8 {
        TrailingWhitespace = 0x01,
        EmptyExtension = 0x02,
        UnbalancedQuote = 0x04,
        InvalidExtension = 0x08,
    };

    void noteChunkLine(ChunkLineFault fault, qint64 offset, const QString &detail)
    {
        if (chunkLineFaultsNoted & quint8(fault))
            return;
        chunkLineFaultsNoted |= quint8(fault);
        addAnomaly(AnomalyKind::InvalidChunkSize, offset, detail);
    }

    // Checks the extensions of a chunk-size line from the ';' at `pos`; the first fault is noted.
    void checkChunkExtensions(QByteArrayView text, qsizetype pos, qint64 offset)
    {
        const qsizetype n = text.size();
        const auto skipBws = [&] {
            while (pos < n && isWhitespace(text[pos]))
                ++pos;
        };
        const auto skipToken = [&] {
            const qsizetype from = pos;
            while (pos < n && TokenChars[static_cast<unsigned char>(text[pos])])
                ++pos;
            return pos > from;
        };
        const auto invalidCharacter = [&](qsizetype at) {
            noteChunkLine(
                ChunkLineFault::InvalidExtension, offset + at,
                ReaderTr::tr("invalid character %1 in the chunk extensions of %2 at byte %3; ignored")
                    .arg(hexByte(static_cast<unsigned char>(text[at])), quoted(text), QString::number(offset + at)));
        };
        // qdtext and the second byte of a quoted-pair: HTAB, SP, VCHAR, obs-text (RFC 9110 §5.6.4)
        const auto quotable = [](char c) {
            const auto u = static_cast<unsigned char>(c);
            return u == '\t' || (u >= 0x20 && u != 0x7f);
        };
        while (pos < n) {
            // text[pos] is ';'
            ++pos;
            skipBws();
            if (!skipToken()) {
                if (pos == n || text[pos] == ';') {
                    noteChunkLine(ChunkLineFault::EmptyExtension, offset + pos,
                                  ReaderTr::tr("empty chunk extension at byte %1 in %2: a name must follow "
                                               "\u201c;\u201d; ignored")
                                      .arg(QString::number(offset + pos), quoted(text)));
                } else {
                    invalidCharacter(pos);
                }
                return;
            }
            skipBws();
            if (pos < n && text[pos] == '=') {
                ++pos;
                skipBws();
                if (pos < n && text[pos] == '"') {
                    const qsizetype open = pos++;
                    bool closed = false;
                    while (pos < n && !closed) {
                        const char c = text[pos];
                        if (c == '"') {
                            closed = true;
                        } else if (c == '\\' && pos + 1 < n && quotable(text[pos + 1])) {
                            ++pos;
                        } else if (c != '\\' && !quotable(c)) {
                            invalidCharacter(pos);
                            return;
                        }
                        ++pos;
                    }
                    if (!closed) {
                        noteChunkLine(ChunkLineFault::UnbalancedQuote, offset + open,
                                      ReaderTr::tr("the quoted chunk extension value opened at byte %1 is not closed "
                                                   "before the end of the line %2; ignored")
                                          .arg(QString::number(offset + open), quoted(text)));
                        return;
                    }
                } else if (!skipToken()) {
                    if (pos < n) {
                        invalidCharacter(pos);
                    } else {
                        noteChunkLine(ChunkLineFault::InvalidExtension, offset + pos,
                                      ReaderTr::tr("chunk extension without a value after \u201c=\u201d at byte "
                                                   "%1 in %2; ignored")
                                          .arg(QString::number(offset + pos), quoted(text)));
                    }
                    return;
                }
                skipBws();
            }
            if (pos < n && text[pos] != ';') {
                invalidCharacter(pos);
                return;
            }
        }
    }

    qsizetype readAfterMessage(const char *p, qsizetype n, qint64 at)
    {
        if (afterIndex < 0) {
            afterOffset = at;
            afterIndex = addAnomaly(AnomalyKind::BytesAfterMessage, at, QString(), true);
        }
        afterBytes += n;
        if (preview.size() < PreviewBytes)
            preview.append(p, std::min<qsizetype>(n, PreviewBytes - preview.size()));
        QString detail = ReaderTr::tr("%1 bytes after the end of the message at byte %2: %3")
                             .arg(QString::number(afterBytes), QString::number(afterOffset), quoted(preview));
        if (preview.startsWith("HTTP/")) {
            detail += ReaderTr::tr(" (a second response: the server answered twice, or the first "
                                   "one's framing is wrong)");
        }
        anomalies[afterIndex].detail = detail;
        return n;
    }

    qsizetype readAfterFailure(const char *p, qsizetype n)
    {
        if (previewActive && preview.size() < PreviewBytes) {
            preview.append(p, std::min<qsizetype>(n, PreviewBytes - preview.size()));
            anomalies[failIndex].detail = nonHttpDetail();
        }
        return n;
    }

    // ---- the end ---------------------------------------------------------------------------

    QString incompleteDetail(bool closed) const
    {
        const QString who = closed ? ReaderTr::tr("peer closed after %1 bytes").arg(fed)
                                   : ReaderTr::tr("incomplete after %1 bytes").arg(fed);
        switch (state) {
        case State::StatusLine:
            if (fed == 0)
                return closed ? ReaderTr::tr("peer closed after 0 bytes (empty reply)")
                              : ReaderTr::tr("no bytes received yet");
            if (line.isEmpty()) {
                return ReaderTr::tr("%1, before the final status line (after %2 interim responses)")
                    .arg(who)
                    .arg(response.interim.size());
            }
            if (qint64(line.size()) == fed) {
                return closed ? ReaderTr::tr("peer closed after %1 bytes of the status line").arg(line.size())
                              : ReaderTr::tr("incomplete after %1 bytes of the status line").arg(line.size());
            }
            return ReaderTr::tr("%1, %2 bytes into the status line").arg(who).arg(line.size());
        case State::Headers:
            return ReaderTr::tr("%1, inside the header block").arg(who);
        case State::Body:
            return ReaderTr::tr("%1: %2").arg(who, bodyShortfall());
        case State::Complete:
        case State::Failed:
            break;
        }
        return who;
    }

    QString bodyShortfall() const
    {
        const qint64 received = response.bodyWireSize;
        if (framing == Framing::ContentLength)
            return ReaderTr::tr("received %1 of %2 body bytes").arg(received).arg(expectedBody);
        if (framing == Framing::Chunked) {
            switch (chunkStage) {
            case ChunkStage::Data:
                return ReaderTr::tr(
                           "chunked body cut inside a chunk (%1 of %2 bytes of it), %3 bytes into the chunked body")
                    .arg(lastChunkSize - chunkRemaining)
                    .arg(lastChunkSize)
                    .arg(received);
            case ChunkStage::Trailers:
                return ReaderTr::tr("chunked body cut in the trailer section, %1 bytes into the chunked body")
                    .arg(received);
            case ChunkStage::Size:
            case ChunkStage::DataCr:
            case ChunkStage::DataLf:
                break;
            }
            return ReaderTr::tr("chunked body cut before the last chunk, %1 bytes into the chunked body").arg(received);
        }
        return ReaderTr::tr("received %1 body bytes").arg(received);
    }

    void finish()
    {
        if (finished)
            return;
        finished = true;
        if (state == State::Body && framing == Framing::CloseDelimited) {
            complete(fed);
            return;
        }
        if (state == State::Body && framing == Framing::ContentLength) {
            addAnomaly(AnomalyKind::BodyShorterThanContentLength, fed,
                       ReaderTr::tr("the peer closed at byte %1: received %2 of %3 body bytes")
                           .arg(fed)
                           .arg(response.bodyWireSize)
                           .arg(expectedBody),
                       true);
        } else if (state == State::Body && framing == Framing::Chunked) {
            addAnomaly(AnomalyKind::TruncatedChunkedBody, fed,
                       ReaderTr::tr("the peer closed at byte %1: %2").arg(QString::number(fed), bodyShortfall()), true);
        }
        if (state == State::StatusLine || state == State::Headers || state == State::Body) {
            closedPhase = currentPhase();
            closedDetail = incompleteDetail(true);
            qCDebug(lcResponseReader) << "closed early:" << closedDetail;
        }
    }

    QByteArray method;
    Limits limits;
    State state = State::StatusLine;
    bool finished = false;
    bool headersDone = false;
    qint64 fed = 0;
    ResponseData response;
    QList<WireAnomaly> anomalies;
    QByteArray raw;
    HeaderList trailers;

    // head
    QByteArray line; // a line begun in an earlier feed()
    qint64 lineStart = 0;
    qint64 headStart = 0;
    QList<qint64> headerOffsets; // offset of each header line of the current head
    int foldTarget = -1;
    bool headBareLfNoted = false;
    bool emptyLinesNoted = false;

    // body
    Framing framing = Framing::None;
    qint64 bodyStart = -1;
    qint64 expectedBody = -1;
    qint64 bodyRemaining = 0;
    ChunkStage chunkStage = ChunkStage::Size;
    qint64 chunkRemaining = 0;
    qint64 lastChunkSize = 0;
    qint64 trailerStart = 0;
    bool bodyBareLfNoted = false;
    quint8 chunkLineFaultsNoted = 0; // ChunkLineFault bits
    std::unique_ptr<ContentDecoder> decoder;
    QByteArray encodedKept; // encoded bytes, up to the cap, shown if decoding fails
    qint64 encodedSize = 0;

    // failure and the bytes around it
    int failIndex = -1;
    Phase failPhase = Phase::None;
    bool previewActive = false;
    QByteArray preview;
    qint64 previewOffset = 0;
    int afterIndex = -1;
    qint64 afterOffset = -1;
    qint64 afterBytes = 0;
    Phase closedPhase = Phase::None;
    QString closedDetail;
};

HttpResponseReader::HttpResponseReader(QByteArrayView requestMethod)
    : HttpResponseReader(requestMethod, Limits {})
{ }

HttpResponseReader::HttpResponseReader(QByteArrayView requestMethod, const Limits &limits)
    : d(std::make_unique<Private>(requestMethod, limits))
{
    d->startHead(0);
}

HttpResponseReader::~HttpResponseReader() = default;

void HttpResponseReader::feed(QByteArrayView bytes)
{
    if (bytes.isEmpty() || d->finished)
        return;
    const qint64 rawRoom = d->limits.rawCaptureCap - d->raw.size();
    if (rawRoom > 0)
        d->raw.append(bytes.data(), qsizetype(std::min<qint64>(rawRoom, bytes.size())));

    const char *p = bytes.data();
    const qsizetype n = bytes.size();
    const qint64 base = d->fed;
    qsizetype pos = 0;
    while (pos < n) {
        const qint64 at = base + pos;
        qsizetype used = 0;
        switch (d->state) {
        case State::StatusLine:
        case State::Headers:
            used = d->readHead(p + pos, n - pos, at);
            break;
        case State::Body:
            used = d->readBody(p + pos, n - pos, at);
            break;
        case State::Complete:
            used = d->readAfterMessage(p + pos, n - pos, at);
            break;
        case State::Failed:
            used = d->readAfterFailure(p + pos, n - pos);
            break;
        }
        pos += used;
    }
    d->fed = base + n;
}

void HttpResponseReader::finish()
{
    d->finish();
}

HttpResponseReader::State HttpResponseReader::state() const
{
    return d->state;
}
bool HttpResponseReader::headersComplete() const
{
    return d->headersDone;
}
bool HttpResponseReader::isComplete() const
{
    return d->state == State::Complete;
}
bool HttpResponseReader::isFinished() const
{
    return d->finished;
}
qint64 HttpResponseReader::bytesFed() const
{
    return d->fed;
}
qint64 HttpResponseReader::bodyBytesOnWire() const
{
    return d->response.bodyWireSize;
}
qint64 HttpResponseReader::expectedBodyBytes() const
{
    return d->expectedBody;
}
const ResponseData &HttpResponseReader::response() const
{
    return d->response;
}
const QList<WireAnomaly> &HttpResponseReader::anomalies() const
{
    return d->anomalies;
}
const QByteArray &HttpResponseReader::rawBytes() const
{
    return d->raw;
}
const HeaderList &HttpResponseReader::trailers() const
{
    return d->trailers;
}

Transport HttpResponseReader::verdict() const
{
    Transport transport;
    transport.bytesReceived = d->fed;
    switch (d->state) {
    case State::Complete:
        transport.outcome = Outcome::Ok;
        return transport;
    case State::Failed:
        transport.outcome = Outcome::InvalidResponse;
        transport.phase = d->failPhase;
        transport.detail = d->anomalies.value(d->failIndex).detail;
        return transport;
    case State::StatusLine:
    case State::Headers:
    case State::Body:
        break;
    }
    transport.outcome = Outcome::ClosedEarly;
    if (d->finished) {
        transport.phase = d->closedPhase;
        transport.detail = d->closedDetail;
    } else {
        transport.phase = d->currentPhase();
        transport.detail = d->incompleteDetail(false);
    }
    return transport;
}

} // namespace Gatescope
