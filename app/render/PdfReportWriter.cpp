#include "render/PdfReportWriter.h"

#include "render/WaterfallPainter.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QGuiApplication>
#include <QLoggingCategory>
#include <QPainter>
#include <QPdfWriter>
#include <QScreen>
#include <QTextDocument>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcPdfReport, "gatescope.report.pdf", QtInfoMsg)

namespace Gatescope::Gui {

std::optional<QPageSize::PageSizeId> PdfReportWriter::pageSizeFromId(QStringView id)
{
    const QString lower = id.toString().toLower();
    if (lower == u"a4")
        return QPageSize::A4;
    if (lower == u"letter" || lower == u"us-letter")
        return QPageSize::Letter;
    return std::nullopt;
}

void PdfReportWriter::fillDocument(QTextDocument &document, const PreparedReport &report)
{
    constexpr int imageWidth = 900;
    for (int index = -1; index < int(report.document.entries.size()); ++index) {
        if (index == -1 && report.document.entries.size() < 2)
            continue;
        const WaterfallLayout layout = ReportWriter::waterfall(report, index);
        document.addResource(QTextDocument::ImageResource, ReportWriter::waterfallImageUrl(index),
                             WaterfallPainter(layout).image(imageWidth));
    }
    document.setHtml(ReportWriter::html(report, ReportWriter::HtmlFlavor::RichText));
}

QByteArray PdfReportWriter::render(const PreparedReport &report, QPageSize::PageSizeId pageSize)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setPageSize(QPageSize(pageSize));
        writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
        writer.setResolution(300);
        writer.setTitle(tr("Gatescope report — %1").arg(report.document.inputName));
        writer.setCreator(u"Gatescope %1"_s.arg(QStringLiteral(GATESCOPE_VERSION)));

        QTextDocument document;
        QFont font(u"DejaVu Sans"_s);
        font.setPointSizeF(10);
        document.setDefaultFont(font);
        // The text is laid out on the page's printable width (at the screen's logical DPI, which
        // print() scales to the writer's), not on QTextDocument's default width.
        const QScreen *screen = QGuiApplication::primaryScreen();
        const qreal dpi = screen ? screen->logicalDotsPerInchX() : 96.0;
        document.setPageSize(writer.pageLayout().paintRect(QPageLayout::Inch).size() * dpi);
        fillDocument(document, report);
        // print() paginates into the writer's page rectangle and numbers the pages.
        document.print(&writer);
        qCDebug(lcPdfReport) << "rendered" << document.pageCount() << "pages";
    }
    return bytes;
}

} // namespace Gatescope::Gui
