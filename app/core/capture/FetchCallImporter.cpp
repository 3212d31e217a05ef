#include "capture/FetchCallImporter.h"

#include "capture/SourcePosition.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Gatescope::FetchCallImporter {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Gatescope::FetchCallImporter)
};

// The end (one past the closing quote) of the JSON string literal that opens at `at`, or -1.
qsizetype stringEnd(QByteArrayView text, qsizetype at)
{
    for (qsizetype i = at + 1; i < text.size(); ++i) {
        if (text.at(i) == '\\')
            ++i;
        else if (text.at(i) == '"')
            return i + 1;
    }
    return -1;
}

// The end (one past the closing brace) of the object that opens at `at`, strings skipped, or -1.
qsizetype objectEnd(QByteArrayView text, qsizetype at)
{
    int depth = 0;
    for (qsizetype i = at; i < text.size(); ++i) {
        const char c = text.at(i);
        if (c == '"') {
            const qsizetype end = stringEnd(text, i);
            if (end < 0)
                return -1;
            i = end - 1;
        } else if (c == '{' || c == '[') {
            ++depth;
        } else if ((c == '}' || c == ']') && --depth == 0) {
            return i + 1;
        }
    }
    return -1;
}

// The object as JSON: a comma before a closing brace or bracket (Chromium's "Copy as fetch" leaves
// one after the last header) dropped, strings kept as they are.
QByteArray withoutTrailingCommas(QByteArrayView object)
{
    QByteArray out;
    out.reserve(object.size());
    for (qsizetype i = 0; i < object.size(); ++i) {
        const char c = object.at(i);
        if (c == '"') {
            const qsizetype end = stringEnd(object, i);
            const qsizetype stop = end < 0 ? object.size() : end;
            out += object.sliced(i, stop - i);
            i = stop - 1;
            continue;
        }
        if (c == ',') {
            qsizetype next = i + 1;
            while (next < object.size() && QChar::isSpace(uchar(object.at(next))))
                ++next;
            if (next < object.size() && (object.at(next) == '}' || object.at(next) == ']'))
                continue;
        }
        out += c;
    }
    return out;
}

} // namespace

std::optional<Result<Capture>> importText(QByteArrayView text, const QString &name)
{
    // The call near the top: after a fence, a comment or a blank line, "fetch(" or "await fetch(".
    const QByteArrayView head = text.first(std::min<qsizetype>(text.size(), 4096));
    static const QRegularExpression call(u"(?:^|\\n)[ \\t]*(?:await[ \\t]+)?fetch\\([ \\t]*\""_s);
    const QRegularExpressionMatch match = call.match(QString::fromLatin1(head));
    if (!match.hasMatch())
        return std::nullopt;
    const qsizetype urlAt = match.capturedEnd() - 1; // fromLatin1: one char per byte
    const qsizetype urlEnd = stringEnd(text, urlAt);
    if (urlEnd < 0)
        return std::nullopt;
    const QJsonArray urlValue
        = QJsonDocument::fromJson("[" + text.sliced(urlAt, urlEnd - urlAt).toByteArray() + "]").array();
    const QString url = urlValue.first().toString();
    if (url.isEmpty())
        return std::nullopt;

    RequestSpec request;
    request.url = QUrl(url);
    if (!request.url.isValid() || request.url.scheme().isEmpty())
        request.typedUrl = url;
    qsizetype at = urlEnd;
    while (at < text.size() && QChar::isSpace(uchar(text.at(at))))
        ++at;
    if (at < text.size() && text.at(at) == ',') {
        ++at;
        while (at < text.size() && QChar::isSpace(uchar(text.at(at))))
            ++at;
        if (at < text.size() && text.at(at) == '{') {
            const qsizetype end = objectEnd(text, at);
            QJsonParseError error;
            const QJsonDocument options = end < 0
                ? QJsonDocument()
                : QJsonDocument::fromJson(withoutTrailingCommas(text.sliced(at, end - at)), &error);
            if (!options.isObject())
                return Result<Capture>(Error {
                    Tr::tr("%1: %2: the options of this fetch() call are not the JSON object a browser writes (%3)")
                        .arg(name, SourcePosition::at(text, at).describe(),
                             end < 0 ? Tr::tr("it does not end") : error.errorString()),
                    Error::Code::Malformed });
            const QJsonObject o = options.object();
            if (const QString method = o.value(u"method"_s).toString(); !method.isEmpty())
                request.method = method.toUpper().toLatin1();
            const QJsonObject headers = o.value(u"headers"_s).toObject();
            for (auto it = headers.begin(); it != headers.end(); ++it)
                request.headers.append({ it.key().toLatin1(), it.value().toString().toUtf8(), true });
            // "referrer" is what the browser sends as Referer (not "about:client", the default).
            const QString referrer = o.value(u"referrer"_s).toString();
            if (!referrer.isEmpty() && !referrer.startsWith(u"about:"))
                request.headers.append({ "Referer", referrer.toUtf8(), true });
            if (o.value(u"body"_s).isString())
                request.body = o.value(u"body"_s).toString().toUtf8();
        }
    }
    Capture capture;
    capture.kind = Capture::kindName(Capture::Kind::Curl);
    capture.name = name;
    capture.requests.append(request);
    capture.warnings.append(
        Tr::tr("%1: read a JavaScript fetch() call (\"Copy as fetch\") as the request it describes; the browser also "
               "sends what the call does not list (its cookies, its User-Agent), so \"Copy as cURL\" or a HAR gives "
               "the request exactly")
            .arg(name));
    return Result<Capture>(std::move(capture));
}

} // namespace Gatescope::FetchCallImporter
