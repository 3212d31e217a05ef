#include "capture/HttpFileExporter.h"

namespace Gatescope {

QByteArray HttpFileExporter::toHttpFile(const QList<RequestSpec> &requests, const QString &comment)
{
    QByteArray out;
    if (!comment.isEmpty()) {
        for (const QString &line : comment.split(u'\n'))
            out += "# " + line.trimmed().toUtf8() + '\n';
        out += '\n';
    }
    for (qsizetype i = 0; i < requests.size(); ++i) {
        const RequestSpec &request = requests.at(i);
        if (i > 0)
            out += '\n';
        const QString title = request.name.isEmpty() ? tr("request %1").arg(i + 1) : request.name;
        out += "### " + title.simplified().toUtf8() + '\n';
        const bool ambiguousBody
            = request.body.contains("{{") || request.body.startsWith("###") || request.body.contains("\n###");
        if (ambiguousBody)
            out += "# "
                + tr("note: the body holds \"{{\" or a \"###\" line, which .http tools read as variables or separators")
                      .toUtf8()
                + '\n';
        out += (request.method.isEmpty() ? QByteArray("GET") : request.method) + ' '
            + request.url.toString(QUrl::FullyEncoded).toUtf8() + " HTTP/1.1\n";
        for (const HeaderField &field : request.headers) {
            if (field.enabled)
                out += field.name + ": " + field.value + '\n';
        }
        if (!request.body.isEmpty()) {
            out += '\n';
            out += request.body;
            // A body ending in CR gets CRLF after it: the importer reads one CR before a line's LF
            // as the line ending, so a lone LF would cost the body its last CR.
            if (request.body.endsWith('\r'))
                out += "\r\n";
            else if (!request.body.endsWith('\n'))
                out += '\n';
        }
    }
    return out;
}

} // namespace Gatescope
