// The Export dialog's scope: failing exchanges only with the healthy ones as one summary row,
// "Include healthy exchanges" for all, "Selected exchange only" for the one the user looks at.
#include "capture/CaptureImporter.h"
#include "diagnosis/Diagnoser.h"
#include "gui/export/ExportDialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QTest>

using namespace Gatescope;
using namespace Qt::StringLiterals;

class ExportDialogScopeTest : public QObject
{
    Q_OBJECT

private:
    ReportDocument recorded()
    {
        // Recorded by Chromium: page, image, API 200, 502, 504, POST 201, gzip 200, refused.
        const Result<Capture> capture
            = CaptureImporter::importFile(qEnvironmentVariable("GATESCOPE_SOURCE_DIR")
                                          + u"/tests/benchmarks/endtoend/data/chromium156-playwright-recorded.har"_s);
        ReportDocument document;
        document.inputKind = u"har"_s;
        document.inputName = u"recorded.har"_s;
        if (!capture)
            return document;
        const Diagnoser diagnoser;
        for (const Exchange &exchange : capture->exchanges)
            document.entries.append({ exchange, diagnoser.diagnose(exchange) });
        return document;
    }

    static QList<int> shownIndexes(const Gui::ExportDialog &dialog)
    {
        QList<int> indexes;
        for (const ReportEntry &entry : dialog.preparedReport().document.entries)
            indexes.append(entry.exchange.index);
        return indexes;
    }

private slots:
    void scope_data()
    {
        QTest::addColumn<bool>("includeHealthy");
        QTest::addColumn<int>("selected"); // -1: nothing selected
        QTest::addColumn<QList<int>>("expected");
        QTest::addColumn<int>("omitted");
        QTest::newRow("failing only, the rest one row") << false << -1 << QList<int> { 3, 4, 7 } << 5;
        QTest::newRow("healthy included") << true << -1 << QList<int> { 0, 1, 2, 3, 4, 5, 6, 7 } << 0;
        QTest::newRow("selected healthy exchange only") << false << 2 << QList<int> { 2 } << 0;
        QTest::newRow("selected failing exchange only") << true << 4 << QList<int> { 4 } << 0;
    }

    void scope()
    {
        QFETCH(bool, includeHealthy);
        QFETCH(int, selected);
        QFETCH(QList<int>, expected);
        QFETCH(int, omitted);
        const ReportDocument document = recorded();
        QCOMPARE(document.entries.size(), 8);
        Gui::ExportDialog dialog(document);
        auto *selectedOnly = dialog.findChild<QCheckBox *>(u"selectedOnly"_s);
        auto *healthy = dialog.findChild<QCheckBox *>(u"includeHealthy"_s);
        QVERIFY(selectedOnly && healthy);
        QVERIFY2(!healthy->isChecked(), "healthy exchanges are included before anyone asked");
        QVERIFY2(!selectedOnly->isEnabled(), "Selected exchange only is offered with nothing selected");
        dialog.setIncludeHealthy(includeHealthy);
        if (selected >= 0) {
            dialog.setSelectedExchange(selected);
            QVERIFY(selectedOnly->isEnabled());
            selectedOnly->click();
        }
        QCOMPARE(shownIndexes(dialog), expected);
        QCOMPARE(dialog.preparedReport().document.omittedHealthy, omitted);
        dialog.setFormat(ReportFormat::Markdown);
        const QString markdown = QString::fromUtf8(dialog.reportBytes());
        QCOMPARE(markdown.contains(u"healthy exchange(s) not shown"_s), omitted > 0);
    }
};

QTEST_MAIN(ExportDialogScopeTest)
#include "tst_exportdialog_scope.moc"
