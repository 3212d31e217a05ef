#include "capture/InvokeWebRequestExporter.h"

#include <QString>

#include <algorithm>
#include <cmath>

namespace Gatescope {

namespace {

// The curly quotes PowerShell reads as quotes (about_Quoting_Rules), as UTF-8.
constexpr QByteArrayView curlySingleQuotes[] = { "\xE2\x80\x98", "\xE2\x80\x99", "\xE2\x80\x9A", "\xE2\x80\x9B" };
constexpr QByteArrayView curlyDoubleQuotes[] = { "\xE2\x80\x9C", "\xE2\x80\x9D", "\xE2\x80\x9E" };

bool hasControlCharacters(QByteArrayView text)
{
    return std::any_of(text.begin(), text.end(), [](char c) {
        const auto u = static_cast<unsigned char>(c);
        return u < 0x20 || u == 0x7f;
    });
}

bool isAscii(QByteArrayView text)
{
    return std::all_of(text.begin(), text.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
}

bool isUtf8(const QByteArray &text)
{
    return QString::fromUtf8(text).toUtf8() == text;
}

// The curly quote of `quotes` that `text` holds at `at`, or an empty view.
template<size_t N> QByteArrayView curlyQuoteAt(QByteArrayView text, qsizetype at, const QByteArrayView (&quotes)[N])
{
    for (QByteArrayView quote : quotes) {
        if (text.sliced(at).startsWith(quote))
            return quote;
    }
    return {};
}

// -Method takes the members of WebRequestMethod; any other token needs -CustomMethod.
bool isWebRequestMethod(const QByteArray &method)
{
    for (const char *known : { "GET", "HEAD", "POST", "PUT", "DELETE", "TRACE", "OPTIONS", "MERGE", "PATCH" }) {
        if (method.compare(known, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

QByteArray authority(const QUrl &url)
{
    const int port = url.port();
    const bool defaultPort
        = port < 0 || (url.scheme() == u"http" && port == 80) || (url.scheme() == u"https" && port == 443);
    return (defaultPort ? url.host(QUrl::FullyEncoded) : url.host(QUrl::FullyEncoded) + u':' + QString::number(port))
        .toUtf8();
}

} // namespace

QByteArray InvokeWebRequestExporter::quote(const QByteArray &text)
{
    if (!hasControlCharacters(text)) {
        QByteArray out = "'";
        for (qsizetype i = 0; i < text.size(); ++i) {
            if (const QByteArrayView curly = curlyQuoteAt(text, i, curlySingleQuotes); !curly.isEmpty()) {
                out += curly.toByteArray() + curly.toByteArray();
                i += curly.size() - 1;
            } else if (text.at(i) == '\'') {
                out += "''";
            } else {
                out += text.at(i);
            }
        }
        return out + '\'';
    }
    QByteArray out = "\"";
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char c = text.at(i);
        const auto u = static_cast<unsigned char>(c);
        if (const QByteArrayView curly = curlyQuoteAt(text, i, curlyDoubleQuotes); !curly.isEmpty()) {
            out += '`' + curly.toByteArray();
            i += curly.size() - 1;
            continue;
        }
        switch (c) {
        case '`':
        case '$':
        case '"':
            out += '`';
            out += c;
            break;
        case '\0':
            out += "`0";
            break;
        case '\a':
            out += "`a";
            break;
        case '\b':
            out += "`b";
            break;
        case '\f':
            out += "`f";
            break;
        case '\n':
            out += "`n";
            break;
        case '\r':
            out += "`r";
            break;
        case '\t':
            out += "`t";
            break;
        case '\v':
            out += "`v";
            break;
        default:
            if (u < 0x20 || u == 0x7f)
                out += "$([char]0x" + QByteArray::number(u, 16).rightJustified(2, '0') + ')';
            else
                out += c;
        }
    }
    return out + '"';
}

QByteArray InvokeWebRequestExporter::toPowerShell(const RequestSpec &request)
{
    QStringList notes;
    QByteArrayList parts;
    parts.append("Invoke-WebRequest -UseBasicParsing -Uri " + quote(request.url.toString(QUrl::FullyEncoded).toUtf8()));
    const QByteArray method = request.method.isEmpty() ? QByteArray("GET") : request.method;
    if (!isWebRequestMethod(method))
        parts.append("-CustomMethod " + quote(method));
    else if (method.compare("GET", Qt::CaseInsensitive) != 0)
        parts.append("-Method " + quote(method));

    QByteArray contentType;
    QByteArray userAgent;
    bool hasUserAgent = false;
    bool hasContentType = false;
    QList<HeaderField> fields; // one per name, in the order of first appearance
    for (const HeaderField &field : request.headers) {
        const QByteArray name = field.name.trimmed();
        if (!field.enabled) {
            //: %1 = header name
            notes.append(
                tr("the header %1 is switched off; Invoke-WebRequest may send its own").arg(QString::fromUtf8(name)));
            continue;
        }
        if (name.compare("content-length", Qt::CaseInsensitive) == 0)
            continue; // computed from the body
        if (name.compare("content-type", Qt::CaseInsensitive) == 0) {
            if (!hasContentType)
                contentType = field.value;
            hasContentType = true;
            continue;
        }
        if (name.compare("user-agent", Qt::CaseInsensitive) == 0) {
            if (!hasUserAgent)
                userAgent = field.value;
            hasUserAgent = true;
            continue;
        }
        if (name.compare("host", Qt::CaseInsensitive) == 0 && field.value == authority(request.url))
            continue; // the URL's own
        const auto same = std::find_if(fields.begin(), fields.end(), [&name](const HeaderField &known) {
            return known.name.compare(name, Qt::CaseInsensitive) == 0;
        });
        if (same == fields.end())
            fields.append({ name, field.value, true });
        else
            same->value += (name.compare("cookie", Qt::CaseInsensitive) == 0 ? "; " : ", ") + field.value;
    }
    if (hasUserAgent)
        parts.append("-UserAgent " + quote(userAgent));
    if (!fields.isEmpty()) {
        QByteArray table = "-Headers @{";
        for (const HeaderField &field : std::as_const(fields))
            table += "\n    " + quote(field.name) + " = " + quote(field.value);
        parts.append(table + "\n  }");
    }
    if (hasContentType)
        parts.append("-ContentType " + quote(contentType));
    if (!request.body.isEmpty()) {
        if (isAscii(request.body)) {
            parts.append("-Body " + quote(request.body));
        } else if (isUtf8(request.body)) {
            parts.append("-Body ([System.Text.Encoding]::UTF8.GetBytes(" + quote(request.body) + "))");
        } else {
            QByteArrayList bytes;
            for (char c : request.body)
                bytes.append("0x" + QByteArray::number(static_cast<unsigned char>(c), 16).rightJustified(2, '0'));
            parts.append("-Body ([byte[]](" + bytes.join(',') + "))");
        }
    }

    const ProbeOptions &o = request.options;
    const ProbeOptions defaults;
    if (!o.verifyTls)
        parts.append("-SkipCertificateCheck");
    // Invoke-WebRequest follows up to five redirects on its own; curl and the probe none unless told.
    parts.append("-MaximumRedirection " + QByteArray::number(o.followRedirects ? o.maxRedirects : 0));
    if (o.httpVersion == ProbeOptions::HttpVersion::Http2)
        parts.append("-HttpVersion 2.0");
    else if (o.httpVersion == ProbeOptions::HttpVersion::Http2PriorKnowledge)
        notes.append(tr("HTTP/2 with prior knowledge has no Invoke-WebRequest parameter"));
    if (o.proxy == u"none" || !o.useEnvironmentProxy)
        parts.append("-NoProxy");
    else if (!o.proxy.isEmpty())
        parts.append("-Proxy " + quote(o.proxy.toUtf8()));
    if (o.totalTimeoutMs != defaults.totalTimeoutMs && o.totalTimeoutMs > 0)
        parts.append("-TimeoutSec " + QByteArray::number(int(std::ceil(o.totalTimeoutMs / 1000.0))));
    for (const AddressOverride &entry : o.addressOverrides)
        //: %1 = curl option and its argument, e.g. "--resolve a.test:443:10.0.0.1"
        notes.append(tr("%1 has no Invoke-WebRequest parameter; the request goes where DNS says")
                         .arg(AddressOverride::curlOptionName(entry.kind) + u' ' + entry.toCurlArgument()));

    QByteArray out;
    for (const QString &note : std::as_const(notes))
        out += "# " + note.toUtf8() + '\n';
    return out + parts.join(" `\n  ") + '\n';
}

} // namespace Gatescope
