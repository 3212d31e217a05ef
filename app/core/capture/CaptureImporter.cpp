#include "CaptureImporter.h"

#include "CurlImporter.h"
#include "HarImporter.h"
#include "HttpFileImporter.h"
#include "RawHttpImporter.h"
#include "SourcePosition.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace Gatescope::CaptureImporter {

namespace {

using namespace Qt::StringLiterals;

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Gatescope::CaptureImporter)
};

// Text kinds other than HAR are read whole; past this size they are surely not a paste.
constexpr qint64 MaxTextInputBytes = 512LL * 1024 * 1024;
constexpr qsizetype SniffBytes = 64 * 1024;

enum class Kind { Har, Curl, RawRequest, RawResponse, HttpFile, Unknown };

QByteArrayView withoutBom(QByteArrayView text)
{
    return text.startsWith("\xEF\xBB\xBF") ? text.sliced(3) : text;
}

// Offset of the first byte that no text file holds (NUL, most C0 controls), or -1.
qsizetype firstBinaryByte(QByteArrayView text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const auto c = static_cast<unsigned char>(text.at(i));
        if (c == 0 || (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != 0x1b && c != '\v'))
            return i;
    }
    return -1;
}

Kind detect(QByteArrayView head)
{
    head = withoutBom(head);
    qsizetype start = 0;
    while (start < head.size() && QByteArrayView(" \t\r\n").contains(head.at(start)))
        ++start;
    const QByteArrayView text = head.sliced(start);
    if (text.startsWith('{'))
        return Kind::Har;
    if (RawHttpImporter::looksLikeCurlVerbose(text) || RawHttpImporter::looksLikeResponse(text))
        return Kind::RawResponse;
    if (CurlImporter::looksLikeCurl(text))
        return Kind::Curl;
    if (HttpFileImporter::looksLikeHttpFile(text))
        return Kind::HttpFile;
    if (RawHttpImporter::looksLikeRequest(text))
        return Kind::RawRequest;
    // A curl command after comment lines or a blank prompt line.
    if (text.contains("\ncurl ") || text.contains("\n$ curl "))
        return Kind::Curl;
    return Kind::Unknown;
}

Result<Capture> importDetected(Kind kind, QByteArrayView text, const QString &name)
{
    switch (kind) {
    case Kind::Har: return HarImporter().importData(text, name);
    case Kind::Curl: return CurlImporter::importText(text, name);
    case Kind::RawRequest: return RawHttpImporter::importRequest(text, name);
    case Kind::RawResponse: return RawHttpImporter::importResponse(text, name);
    case Kind::HttpFile: return HttpFileImporter::importText(text, name);
    case Kind::Unknown: break;
    }
    return Error{Tr::tr("%1: not a capture Gatescope can read: expected a HAR file, a curl command, a raw HTTP request or "
                        "response, or an .http file (%2 begins with \"%3\")")
                     .arg(name, SourcePosition::at(text, 0).describe(),
                          QString::fromUtf8(text.first(std::min<qsizetype>(text.size(), 40))).simplified())};
}

} // namespace

Result<Capture> importText(const QByteArray &bytes, const QString &name)
{
    const QByteArrayView text = withoutBom(bytes);
    if (text.trimmed().isEmpty())
        return Error{Tr::tr("%1: the input is empty").arg(name)};
    const Kind kind = detect(text.first(std::min<qsizetype>(text.size(), SniffBytes)));
    if (kind != Kind::Har) {
        const qsizetype binary = firstBinaryByte(text);
        if (binary >= 0)
            return Error{Tr::tr("%1: %2: binary data (byte 0x%3) where text was expected; this is not a capture")
                             .arg(name, SourcePosition::at(text, binary).describe())
                             .arg(static_cast<unsigned char>(text.at(binary)), 2, 16, QLatin1Char('0'))};
    }
    return importDetected(kind, text, name);
}

Result<Capture> importFile(const QString &path)
{
    QFile file(path);
    const QString name = QFileInfo(path).fileName();
    if (!file.open(QIODevice::ReadOnly))
        return Error{Tr::tr("%1: cannot open: %2").arg(path, file.errorString())};
    if (QFileInfo(path).isDir())
        return Error{Tr::tr("%1: is a folder, not a capture file").arg(path)};
    const QByteArray head = file.read(SniffBytes);
    if (head.isEmpty() && file.size() == 0)
        return Error{Tr::tr("%1: the file is empty").arg(path)};
    Kind kind = detect(head);
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (kind == Kind::Unknown && (suffix == u"http" || suffix == u"rest"))
        kind = Kind::HttpFile;
    if (kind == Kind::Har) {
        file.close();
        return HarImporter().importFile(path);
    }
    const qsizetype binary = firstBinaryByte(withoutBom(head));
    if (binary >= 0)
        return Error{Tr::tr("%1: %2: binary data (byte 0x%3) where text was expected; this is not a capture")
                         .arg(path, SourcePosition::at(withoutBom(head), binary).describe())
                         .arg(static_cast<unsigned char>(withoutBom(head).at(binary)), 2, 16, QLatin1Char('0'))};
    if (kind == Kind::Unknown)
        return importDetected(kind, withoutBom(head), path);
    if (file.size() > MaxTextInputBytes)
        return Error{Tr::tr("%1: %2 MB is too large for a curl command, raw HTTP text or .http file (at most %3 MB); only HAR files may be this large")
                         .arg(path).arg(file.size() / (1024 * 1024)).arg(MaxTextInputBytes / (1024 * 1024))};
    const QByteArray all = head + file.readAll();
    if (file.error() != QFileDevice::NoError)
        return Error{Tr::tr("%1: cannot read: %2").arg(path, file.errorString())};
    const qsizetype laterBinary = firstBinaryByte(all);
    if (laterBinary >= 0 && kind != Kind::RawResponse)
        return Error{Tr::tr("%1: %2: binary data (byte 0x%3) where text was expected")
                         .arg(path, SourcePosition::at(all, laterBinary).describe())
                         .arg(static_cast<unsigned char>(all.at(laterBinary)), 2, 16, QLatin1Char('0'))};
    auto capture = importDetected(kind, withoutBom(all), name);
    return capture;
}

} // namespace Gatescope::CaptureImporter
