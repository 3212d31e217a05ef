#pragma once

#include "report/ReportWriter.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QPageSize>

#include <optional>

class QTextDocument;

namespace Gatescope::Gui {

// Renders a PreparedReport to PDF through QPdfWriter: the same content as the HTML report (the
// RichText flavour that QTextDocument lays out), each waterfall painted as an image, paginated on
// A4 or US Letter with page numbers. Needs a QGuiApplication (fonts); the CLI makes an offscreen one.
class PdfReportWriter
{
    Q_DECLARE_TR_FUNCTIONS(Gatescope::Gui::PdfReportWriter)
public:
    // "a4" or "letter" (any case); nullopt otherwise.
    static std::optional<QPageSize::PageSizeId> pageSizeFromId(QStringView id);

    static QByteArray render(const PreparedReport &report, QPageSize::PageSizeId pageSize = QPageSize::A4);
    // Fills `document` with the report (rich-text HTML and the waterfall images it refers to);
    // the Export dialog's preview uses it too.
    static void fillDocument(QTextDocument &document, const PreparedReport &report);
};

} // namespace Gatescope::Gui
