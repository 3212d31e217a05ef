// ExportDialog: format choice with a live preview, the side-by-side view of what redaction removes,
// the explicit "include secrets" toggle and its warning, copy Markdown, and atomic save.
#include "SecretsCorpus.h"
#include "gui/export/ExportDialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QJsonDocument>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Gatescope;
using namespace Gatescope::Gui;
using namespace Qt::StringLiterals;

class tst_ExportDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void preview_followsTheChosenFormat_data();
    void preview_followsTheChosenFormat();
    void sideBySide_showsWhatRedactionRemoves();
    void includeSecrets_isExplicitAndWarns();
    void copyMarkdown_putsTheRedactedReportOnTheClipboard();
    void save_writesTheChosenFormatAtomically_data();
    void save_writesTheChosenFormatAtomically();
    void save_intoAMissingFolder_saysWhere();
    void convenienceConstructor_pairsExchangesWithDiagnoses();
};

static const QByteArray secret = "hdrBearerTok9a8b7c6d";

void tst_ExportDialog::preview_followsTheChosenFormat_data()
{
    QTest::addColumn<int>("format");
    QTest::addColumn<QString>("expected");
    QTest::newRow("HTML") << int(ReportFormat::Html) << u"nginx could not connect to its upstream"_s;
    QTest::newRow("Markdown") << int(ReportFormat::Markdown) << u"Check that the upstream service is running"_s;
    QTest::newRow("JSON") << int(ReportFormat::Json) << u"\"schema\": \"gatescope.diagnosis/1\""_s;
    QTest::newRow("PDF") << int(ReportFormat::Pdf) << u"Decision path"_s;
    QTest::newRow("text") << int(ReportFormat::Text) << u"[ ] Check that the upstream"_s;
}

void tst_ExportDialog::preview_followsTheChosenFormat()
{
    QFETCH(int, format);
    QFETCH(QString, expected);
    ExportDialog dialog(TestCorpus::secretsCorpusDocument());
    auto *combo = dialog.findChild<QComboBox *>(u"format"_s);
    QVERIFY(combo);
    combo->setCurrentIndex(combo->findData(reportFormatId(ReportFormat(format))));
    QCOMPARE(int(dialog.format()), format);
    QVERIFY2(dialog.previewText().contains(expected), qPrintable(dialog.previewText().left(1500)));
    QVERIFY(!dialog.previewText().contains(QString::fromLatin1(secret)));
    QCOMPARE(dialog.findChild<QComboBox *>(u"pageSize"_s)->isEnabled(), ReportFormat(format) == ReportFormat::Pdf);
}

void tst_ExportDialog::sideBySide_showsWhatRedactionRemoves()
{
    ExportDialog dialog(TestCorpus::secretsCorpusDocument());
    QVERIFY(dialog.originalSideText().contains(QString::fromLatin1(secret)));
    QVERIFY(!dialog.redactedSideText().contains(QString::fromLatin1(secret)));
    QVERIFY(dialog.redactedSideText().contains(u"Bearer [redacted]"_s));
    QVERIFY2(dialog.redactionSummaryText().contains(u"cookie value"_s), qPrintable(dialog.redactionSummaryText()));
    QVERIFY(dialog.preparedReport().redaction.total() > 10);
}

void tst_ExportDialog::includeSecrets_isExplicitAndWarns()
{
    ExportDialog dialog(TestCorpus::secretsCorpusDocument());
    dialog.setFormat(ReportFormat::Markdown);
    QVERIFY(!dialog.includesSecrets());
    QVERIFY(!dialog.secretsWarningVisible());
    QVERIFY(!dialog.reportBytes().contains(secret));

    dialog.findChild<QCheckBox *>(u"includeSecrets"_s)->click();
    QVERIFY(dialog.includesSecrets());
    QVERIFY(dialog.secretsWarningVisible());
    QVERIFY(dialog.reportBytes().contains(secret));
    QVERIFY(dialog.previewText().contains(QString::fromLatin1(secret)));
    QVERIFY(dialog.redactionSummaryText().contains(u"turned OFF"_s));

    dialog.setIncludeSecrets(false);
    QVERIFY(!dialog.secretsWarningVisible());
    QVERIFY(!dialog.reportBytes().contains(secret));
}

void tst_ExportDialog::copyMarkdown_putsTheRedactedReportOnTheClipboard()
{
    ExportDialog dialog(TestCorpus::secretsCorpusDocument());
    dialog.setFormat(ReportFormat::Json); // copy is Markdown whatever the chosen format
    dialog.findChild<QPushButton *>(u"copyMarkdown"_s)->click();
    const QString copied = QApplication::clipboard()->text();
    QVERIFY2(copied.startsWith(u"# Gatescope report"_s), qPrintable(copied.left(200)));
    QVERIFY(copied.contains(u"- [ ] "_s));
    QVERIFY(!copied.contains(QString::fromLatin1(secret)));
}

void tst_ExportDialog::save_writesTheChosenFormatAtomically_data()
{
    QTest::addColumn<int>("format");
    QTest::addColumn<QByteArray>("start");
    QTest::newRow("HTML") << int(ReportFormat::Html) << "<!DOCTYPE html>"_ba;
    QTest::newRow("Markdown") << int(ReportFormat::Markdown) << "# Gatescope report"_ba;
    QTest::newRow("JSON") << int(ReportFormat::Json) << "{"_ba;
    QTest::newRow("PDF") << int(ReportFormat::Pdf) << "%PDF-"_ba;
    QTest::newRow("text") << int(ReportFormat::Text) << "Gatescope report"_ba;
}

void tst_ExportDialog::save_writesTheChosenFormatAtomically()
{
    QFETCH(int, format);
    QFETCH(QByteArray, start);
    QTemporaryDir dir;
    ExportDialog dialog(TestCorpus::secretsCorpusDocument());
    dialog.setFormat(ReportFormat(format));
    QSignalSpy saved(&dialog, &ExportDialog::reportSaved);
    const QString path = dir.filePath(u"report."_s + reportFormatSuffix(ReportFormat(format)));
    QVERIFY(dialog.saveTo(path));
    QCOMPARE(saved.count(), 1);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY2(bytes.startsWith(start), bytes.left(40).constData());
    QVERIFY(!bytes.contains(secret));
    if (ReportFormat(format) == ReportFormat::Json)
        QVERIFY(!QJsonDocument::fromJson(bytes).isNull());
}

void tst_ExportDialog::save_intoAMissingFolder_saysWhere()
{
    QTemporaryDir dir;
    ExportDialog dialog(TestCorpus::secretsCorpusDocument());
    QSignalSpy saved(&dialog, &ExportDialog::reportSaved);
    const QString path = dir.filePath(u"no/such/folder/report.html"_s);
    const Result<qint64> result = dialog.saveTo(path);
    QVERIFY(!result);
    QVERIFY2(result.error().contains(path), qPrintable(result.error()));
    QCOMPARE(saved.count(), 0);
}

void tst_ExportDialog::convenienceConstructor_pairsExchangesWithDiagnoses()
{
    const ReportDocument corpus = TestCorpus::secretsCorpusDocument();
    QList<Exchange> exchanges;
    QList<Diagnosis> diagnoses;
    for (const ReportEntry &entry : corpus.entries) {
        exchanges.append(entry.exchange);
        diagnoses.append(entry.diagnosis);
    }
    ExportDialog dialog(exchanges, diagnoses, u"har"_s, u"capture.har"_s);
    QCOMPARE(dialog.preparedReport().document.entries.size(), 3);
    QCOMPARE(dialog.preparedReport().document.entries.at(2).diagnosis.cause, u"maintenance"_s);
    QVERIFY(dialog.previewText().contains(u"capture.har"_s));
}

QTEST_MAIN(tst_ExportDialog)
#include "tst_exportdialog.moc"
