#pragma once

#include "diagnosis/Diagnosis.h"
#include "diagnosis/InParallel.h"
#include "model/Exchange.h"
#include "redaction/RedactionOptions.h"

#include <QCoreApplication>
#include <QHash>
#include <QMap>
#include <QString>
#include <QUrl>

namespace Gatescope {

// Kind ids of redacted values, as counted in RedactionSummary and written to every report.
namespace RedactionKind {
inline constexpr char16_t Authorization[] = u"authorization"; // Authorization / Proxy-Authorization values
inline constexpr char16_t Cookie[] = u"cookie"; // each value of a Cookie header
inline constexpr char16_t SetCookie[] = u"set-cookie"; // the value of a Set-Cookie header
inline constexpr char16_t SecretHeader[] = u"secret-header"; // X-Api-Key, X-Auth-Token, … values
inline constexpr char16_t QueryParameter[] = u"query-parameter"; // ?access_token=… in URLs
inline constexpr char16_t JsonField[] = u"json-field"; // {"password": …} in JSON bodies
inline constexpr char16_t FormField[] = u"form-field"; // password=… in form-urlencoded bodies
inline constexpr char16_t MultipartField[] = u"multipart-field"; // a multipart/form-data part named like a secret
inline constexpr char16_t NamedValue[] = u"named-value"; // token=… / "secret": … in any other text
inline constexpr char16_t BearerToken[] = u"bearer-token";
inline constexpr char16_t Jwt[] = u"jwt";
inline constexpr char16_t AwsAccessKey[] = u"aws-access-key"; // AKIA… / ASIA…
inline constexpr char16_t AwsSecretKey[] = u"aws-secret-key"; // aws_secret_access_key = …
inline constexpr char16_t UrlPassword[] = u"url-password"; // scheme://user:PASSWORD@host
inline constexpr char16_t CompressedBody[]
    = u"compressed-body"; // raw wire bytes of a compressed body (unreadable, so hidden)
inline constexpr char16_t Http2Frames[]
    = u"http2-frames"; // an HTTP/2 exchange's raw frame bytes (HPACK-compressed headers: unsearchable, so hidden)
inline constexpr char16_t IpAddress[] = u"ip-address"; // an address in a gateway's log line (--redact-ips)
inline constexpr char16_t CustomPrefix[] = u"custom:"; // "custom:<name>" for the user's own patterns
} // namespace RedactionKind

// How many values were hidden, by kind id. Every report prints it, so a reader knows what is missing.
struct RedactionSummary
{
    Q_DECLARE_TR_FUNCTIONS(Gatescope::RedactionSummary)
public:
    QMap<QString, int> counts;

    void add(const QString &kind, int count = 1) { counts[kind] += count; }
    void merge(const RedactionSummary &other);
    int total() const;
    bool isEmpty() const { return counts.isEmpty(); }

    // "2 authorization values, 3 cookie values, 1 JWT" — translated, in kind-id order; "nothing" when empty.
    QString describe() const;
    static QString kindName(const QString &kind); // translated, e.g. "AWS access key"

    friend bool operator==(const RedactionSummary &, const RedactionSummary &) = default;
};

// Hides credentials in captured traffic and free text before anything leaves Gatescope: header
// values (Authorization, cookies, API-key-like names), query parameters, JSON / form / multipart
// body fields named like secrets, bearer tokens and JWTs anywhere, AWS keys, passwords in URLs and
// the user's own patterns. Names stay, values become "[redacted]" (or "[redacted:3f2a9c]", a keyed
// short hash, so equal values still match). Every value hidden is counted by kind in summary().
// A Redactor with options.enabled == false returns everything unchanged and counts nothing.
class Redactor
{
    Q_DECLARE_TR_FUNCTIONS(Gatescope::Redactor)
public:
    explicit Redactor(RedactionOptions options = {});

    bool isEnabled() const { return m_options.enabled; }
    const RedactionOptions &options() const { return m_options; }
    const RedactionSummary &summary() const { return m_summary; }
    void resetSummary() { m_summary = {}; }

    Exchange redact(const Exchange &exchange);
    Diagnosis redact(const Diagnosis &diagnosis);
    // A Content-Length that matched the body is set to the redacted body's size.
    RequestSpec redactRequest(const RequestSpec &request);
    HeaderList redactHeaders(const HeaderList &headers);
    // Placeholders in a URL are percent-encoded ("%5Bredacted%5D"), so the URL stays a valid URI.
    QUrl redactUrl(const QUrl &url);
    // A body, read according to its Content-Type (JSON walked structurally, form-urlencoded and
    // multipart decoded field by field, anything else as text). Bytes outside the hidden values
    // are kept as they were (in JSON too: only the hidden values' bytes change, and a body with
    // nothing to hide comes back byte for byte).
    QByteArray redactBody(const QByteArray &body, QByteArrayView contentType);
    // Raw HTTP bytes (a status/request line, header lines, a blank line, a body).
    QByteArray redactRawMessage(const QByteArray &raw);
    QString redactText(const QString &text);
    // A gateway's log line: the text rules, then (hashIpAddresses) every IP address hashed.
    QString redactLogText(const QString &text);
    QByteArray redactBytes(const QByteArray &bytes); // text rules over bytes (Latin-1 view: lossless)

    // True for a field name that holds a credential: contains key, token, secret, session, auth,
    // password, credential, signature, csrf, cookie…, except well-known harmless ones
    // (WWW-Authenticate, Access-Control-*, author, :authority).
    static bool isSensitiveName(QStringView name);

    // The placeholder for one hidden value, counted under `kind`.
    QString hide(QStringView value, const QString &kind);

private:
    QString redactHeaderValue(QStringView name, const QString &value);
    QString redactAuthorization(const QString &value);
    QString redactCookieList(const QString &value);
    QString redactSetCookie(const QString &value);
    QString redactQueryString(const QString &query, const QString &kind, bool inUrl);
    QByteArray redactJson(const QByteArray &body, bool *ok);
    QByteArray redactForm(const QByteArray &body);
    QByteArray redactMultipart(const QByteArray &body, const QByteArray &boundary, bool *ok);

    RedactionOptions m_options;
    RedactionSummary m_summary;
    QHash<QByteArray, bool> m_textOnlyHeaderNames; // header name -> only the text rules apply
};

// Redacts every item in place — redactOne(redactor, item) — on every core, a chunk of items per
// Redactor, all sharing `options` (one hash key, made here when hashing needs one). Returns what
// was hidden, counted exactly as one Redactor going through the items in order would count it.
template<typename T, typename RedactOne>
RedactionSummary redactInParallel(QList<T> &items, RedactionOptions options, RedactOne redactOne)
{
    if (!options.enabled)
        return {};
    if (options.hashValues && options.hashKey.isEmpty())
        options.hashKey = Redactor(options).options().hashKey;
    constexpr qsizetype chunkSize = 32;
    const qsizetype count = items.size();
    QList<RedactionSummary> summaries((count + chunkSize - 1) / chunkSize);
    T *data = items.data(); // detached once here; each thread writes its own chunk
    RedactionSummary *counted = summaries.data();
    forEachIndexInParallel(
        summaries.size(),
        [&](qsizetype chunk) {
            Redactor redactor(options);
            for (qsizetype i = chunk * chunkSize; i < std::min(count, (chunk + 1) * chunkSize); ++i)
                redactOne(redactor, data[i]);
            counted[chunk] = redactor.summary();
        },
        2);
    RedactionSummary total;
    for (const RedactionSummary &summary : std::as_const(summaries))
        total.merge(summary);
    return total;
}

} // namespace Gatescope
