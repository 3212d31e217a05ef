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

namespace {
constexpr int WaterfallImageWidth = 900; // pixels, drawn into the 640-pixel-wide <img> of the RichText HTML
constexpr int SummaryWaterfallRows = 40; // about one page
} // namespace

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
    constexpr int imageWidth = WaterfallImageWidth;
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
    QPdfWriter writer(&buffer);
    writer.setPageSize(QPageSize(pageSize));
    writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
    writer.setResolution(300);
    writer.setTitle(tr("Gatescope report — %1").arg(report.document.inputName));
    writer.setCreator(u"Gatescope %1"_s.arg(QStringLiteral(GATESCOPE_VERSION)));

    // The text is laid out on the page's printable width at the screen's logical DPI and painted
    // scaled to the writer's. One piece at a time — the opening with the summary, then each
    // exchange from a new page — so a report of thousands of exchanges never becomes one huge
    // document: only the piece being painted (and its waterfall image) is held.
    const QScreen *screen = QGuiApplication::primaryScreen();
    const qreal dpi = screen ? screen->logicalDotsPerInchX() : 96.0;
    const QSizeF page = writer.pageLayout().paintRect(QPageLayout::Inch).size() * dpi;
    const qreal scale = qreal(writer.resolution()) / dpi;
    QFont font(u"DejaVu Sans"_s);
    font.setPointSizeF(10);
    QFont numberFont = font;
    numberFont.setPointSizeF(8);

    QPainter painter(&writer);
    painter.scale(scale, scale);
    int pageNumber = 0;
    auto paint = [&](const QString &html, const QList<int> &waterfallIndexes) {
        QTextDocument document;
        document.setDefaultFont(font);
        document.setPageSize(page);
        for (int waterfallIndex : waterfallIndexes) {
            // The summary's waterfall shows the first SummaryWaterfallRows exchanges: an image
            // spanning many pages is embedded whole on each of them (quadratic in the report).
            const WaterfallLayout layout
                = ReportWriter::waterfall(report, waterfallIndex, waterfallIndex < 0 ? SummaryWaterfallRows : -1);
            document.addResource(QTextDocument::ImageResource, ReportWriter::waterfallImageUrl(waterfallIndex),
                                 WaterfallPainter(layout).image(WaterfallImageWidth));
        }
        document.setHtml(html);
        for (int i = 0; i < document.pageCount(); ++i) {
            if (pageNumber++ > 0)
                writer.newPage();
            painter.save();
            painter.translate(0, -i * page.height());
            document.drawContents(&painter, QRectF(QPointF(0, i * page.height()), page));
            painter.restore();
            painter.setFont(numberFont);
            painter.setPen(Qt::gray);
            const QRectF footer(0, page.height() - 4, page.width(), 14);
            painter.drawText(footer, Qt::AlignRight | Qt::AlignBottom, QString::number(pageNumber));
        }
    };
    // Page 1: the opening and the first exchange (the most important failing one); then each
    // further exchange from a new page.
    const QList<qsizetype> order = ReportWriter::readingOrder(report);
    const bool summary = report.document.entries.size() > 1 || report.document.omittedHealthy > 0;
    QList<int> firstImages;
    if (summary)
        firstImages.append(-1);
    if (!order.isEmpty())
        firstImages.append(int(order.first()));
    paint(ReportWriter::htmlHead(report, ReportWriter::HtmlFlavor::RichText, order.isEmpty() ? -1 : order.first()),
          firstImages);
    for (qsizetype i = 1; i < order.size(); ++i)
        paint(ReportWriter::htmlEntryDocument(report, order.at(i), ReportWriter::HtmlFlavor::RichText),
              { int(order.at(i)) });
    painter.end();
    qCDebug(lcPdfReport) << "rendered" << pageNumber << "pages";
    return bytes;
}

} // namespace Gatescope::Gui
