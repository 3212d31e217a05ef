#include "gui/export/ExportDialog.h"

#include "render/PdfReportWriter.h"
#include "report/ReportFile.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSplitter>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Gatescope::Gui {

ExportDialog::ExportDialog(ReportDocument document, QWidget *parent)
    : QDialog(parent)
    , m_document(std::move(document))
{
    // One random key for the dialog's lifetime, so hashed placeholders stay stable while previewing.
    QByteArray key(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(key.data()), key.size() / 4);
    m_redactionBase.hashKey = key;
    setupUi();
    setupConnections();
    retranslateUi();
    refresh();
}

static ReportDocument documentFrom(const QList<Exchange> &exchanges, const QList<Diagnosis> &diagnoses,
                                   const QString &inputKind, const QString &inputName,
                                   const TimeoutCorrections &corrections)
{
    ReportDocument document;
    document.timeoutCorrections = corrections;
    document.inputKind = inputKind;
    document.inputName = inputName;
    for (qsizetype i = 0; i < exchanges.size(); ++i)
        document.entries.append({ exchanges.at(i), diagnoses.value(i) });
    return document;
}

ExportDialog::ExportDialog(const QList<Exchange> &exchanges, const QList<Diagnosis> &diagnoses,
                           const QString &inputKind, const QString &inputName, QWidget *parent,
                           const TimeoutCorrections &corrections)
    : ExportDialog(documentFrom(exchanges, diagnoses, inputKind, inputName, corrections), parent)
{ }

void ExportDialog::setupUi()
{
    setObjectName(u"ExportDialog"_s);
    resize(1000, 720);

    m_formatLabel = new QLabel(this);
    m_format = new QComboBox(this);
    m_format->setObjectName(u"format"_s);
    for (ReportFormat format :
         { ReportFormat::Html, ReportFormat::Markdown, ReportFormat::Json, ReportFormat::Pdf, ReportFormat::Text })
        m_format->addItem(QString(), reportFormatId(format));
    m_formatLabel->setBuddy(m_format);

    m_pageSizeLabel = new QLabel(this);
    m_pageSize = new QComboBox(this);
    m_pageSize->setObjectName(u"pageSize"_s);
    m_pageSize->addItem(QString(), int(QPageSize::A4));
    m_pageSize->addItem(QString(), int(QPageSize::Letter));
    m_pageSizeLabel->setBuddy(m_pageSize);

    m_hashValues = new QCheckBox(this);
    m_hashValues->setObjectName(u"hashValues"_s);
    m_includeSecrets = new QCheckBox(this);
    m_includeSecrets->setObjectName(u"includeSecrets"_s);
    m_includeHealthy = new QCheckBox(this);
    m_includeHealthy->setObjectName(u"includeHealthy"_s);
    m_selectedOnly = new QCheckBox(this);
    m_selectedOnly->setObjectName(u"selectedOnly"_s);
    m_selectedOnly->setEnabled(false);
    m_warning = new QLabel(this);
    m_warning->setObjectName(u"secretsWarning"_s);
    m_warning->setWordWrap(true);
    m_warning->setStyleSheet(u"QLabel { color: #b00020; font-weight: bold; }"_s);
    m_warning->setVisible(false);
    m_summary = new QLabel(this);
    m_summary->setObjectName(u"redactionSummary"_s);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);

    m_preview = new QTextBrowser(this);
    m_preview->setObjectName(u"preview"_s);
    m_preview->setOpenLinks(false);
    m_preview->setOpenExternalLinks(false);

    auto *sideBySide = new QWidget(this);
    auto *splitter = new QSplitter(Qt::Horizontal, sideBySide);
    auto makeSide = [&](QLabel *&label, QPlainTextEdit *&edit, const QString &name) {
        auto *pane = new QWidget(splitter);
        auto *layout = new QVBoxLayout(pane);
        layout->setContentsMargins(0, 0, 0, 0);
        label = new QLabel(pane);
        edit = new QPlainTextEdit(pane);
        edit->setObjectName(name);
        edit->setReadOnly(true);
        edit->setLineWrapMode(QPlainTextEdit::NoWrap);
        edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
        layout->addWidget(label);
        layout->addWidget(edit);
        splitter->addWidget(pane);
    };
    makeSide(m_originalLabel, m_original, u"original"_s);
    makeSide(m_redactedLabel, m_redacted, u"redacted"_s);
    auto *sideLayout = new QVBoxLayout(sideBySide);
    sideLayout->addWidget(splitter);

    m_tabs = new QTabWidget(this);
    m_tabs->addTab(m_preview, QString());
    m_tabs->addTab(sideBySide, QString());

    m_copy = new QPushButton(this);
    m_copy->setObjectName(u"copyMarkdown"_s);
    m_save = new QPushButton(this);
    m_save->setObjectName(u"save"_s);
    m_save->setDefault(true);
    m_close = new QPushButton(this);
    m_status = new QLabel(this);
    m_status->setObjectName(u"status"_s);
    m_status->setTextFormat(Qt::PlainText);

    auto *options = new QGridLayout;
    options->addWidget(m_formatLabel, 0, 0);
    options->addWidget(m_format, 0, 1);
    options->addWidget(m_pageSizeLabel, 0, 2);
    options->addWidget(m_pageSize, 0, 3);
    options->setColumnStretch(4, 1);
    options->addWidget(m_hashValues, 1, 0, 1, 5);
    options->addWidget(m_includeSecrets, 2, 0, 1, 5);
    options->addWidget(m_includeHealthy, 3, 0, 1, 2);
    options->addWidget(m_selectedOnly, 3, 2, 1, 3);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_status, 1);
    buttons->addWidget(m_copy);
    buttons->addWidget(m_save);
    buttons->addWidget(m_close);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(options);
    layout->addWidget(m_warning);
    layout->addWidget(m_summary);
    layout->addWidget(m_tabs, 1);
    layout->addLayout(buttons);
}

void ExportDialog::setupConnections()
{
    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportDialog::refresh);
    connect(m_pageSize, &QComboBox::currentIndexChanged, this, &ExportDialog::refresh);
    connect(m_hashValues, &QCheckBox::toggled, this, &ExportDialog::refresh);
    connect(m_includeSecrets, &QCheckBox::toggled, this, &ExportDialog::refresh);
    connect(m_includeHealthy, &QCheckBox::toggled, this, &ExportDialog::refresh);
    connect(m_selectedOnly, &QCheckBox::toggled, this, &ExportDialog::refresh);
    connect(m_copy, &QPushButton::clicked, this, &ExportDialog::copyMarkdownToClipboard);
    connect(m_save, &QPushButton::clicked, this, &ExportDialog::saveWithFileDialog);
    connect(m_close, &QPushButton::clicked, this, &QDialog::reject);
}

void ExportDialog::retranslateUi()
{
    setWindowTitle(tr("Export report"));
    m_formatLabel->setText(tr("&Format:"));
    const QStringList formatNames { tr("HTML (self-contained page)"), tr("Markdown (tickets, chat)"),
                                    tr("JSON (diagnosis document)"), tr("PDF"), tr("Plain text") };
    for (int i = 0; i < m_format->count(); ++i)
        m_format->setItemText(i, formatNames.value(i));
    m_pageSizeLabel->setText(tr("&Page size:"));
    m_pageSize->setItemText(0, tr("A4"));
    m_pageSize->setItemText(1, tr("US Letter"));
    m_hashValues->setText(tr("Show a short hash instead of [redacted], so equal secrets can still be matched"));
    m_includeSecrets->setText(tr("Include secrets (turn redaction off)"));
    m_includeHealthy->setText(tr("Include healthy exchanges"));
    m_selectedOnly->setText(tr("Selected exchange only"));
    m_warning->setText(tr("⚠ Redaction is off: this report will contain passwords, tokens, cookies and keys exactly "
                          "as captured. Share it only with people allowed to use them."));
    m_tabs->setTabText(0, tr("Preview"));
    m_tabs->setTabText(1, tr("What redaction removes"));
    m_originalLabel->setText(tr("As captured"));
    m_redactedLabel->setText(tr("As exported with redaction"));
    m_copy->setText(tr("&Copy Markdown"));
    m_save->setText(tr("&Save…"));
    m_close->setText(tr("Close"));
}

void ExportDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        refresh();
    }
    QDialog::changeEvent(event);
}

RedactionOptions ExportDialog::redactionOptions() const
{
    RedactionOptions options = m_redactionBase;
    options.enabled = !m_includeSecrets->isChecked();
    options.hashValues = m_hashValues->isChecked();
    return options;
}

ReportFormat ExportDialog::format() const
{
    return reportFormatFromId(m_format->currentData().toString()).value_or(ReportFormat::Html);
}

void ExportDialog::setFormat(ReportFormat format)
{
    m_format->setCurrentIndex(m_format->findData(reportFormatId(format)));
}

bool ExportDialog::includesSecrets() const
{
    return m_includeSecrets->isChecked();
}

void ExportDialog::setIncludeSecrets(bool include)
{
    m_includeSecrets->setChecked(include);
}

void ExportDialog::setHashRedactedValues(bool hash)
{
    m_hashValues->setChecked(hash);
}

void ExportDialog::setPageSize(QPageSize::PageSizeId pageSize)
{
    m_pageSize->setCurrentIndex(m_pageSize->findData(int(pageSize)));
}

bool ExportDialog::includesHealthy() const
{
    return m_includeHealthy->isChecked();
}

void ExportDialog::setIncludeHealthy(bool include)
{
    m_includeHealthy->setChecked(include);
}

void ExportDialog::setSelectedExchange(int position)
{
    m_selectedIndex = position >= 0 && position < m_document.entries.size() ? position : -1;
    m_selectedOnly->setEnabled(m_selectedIndex >= 0);
    if (m_selectedIndex < 0)
        m_selectedOnly->setChecked(false);
    refresh();
}

void ExportDialog::setSelectedOnly(bool only)
{
    m_selectedOnly->setChecked(only && m_selectedIndex >= 0);
}

void ExportDialog::refresh()
{
    const RedactionOptions options = redactionOptions();
    ReportDocument shown = scopedReport(m_document, m_includeHealthy->isChecked());
    if (m_selectedOnly->isChecked() && m_selectedIndex >= 0) {
        shown = m_document; // the one entry at that place, whatever its input index
        shown.entries = { m_document.entries.at(m_selectedIndex) };
    }
    m_prepared = PreparedReport::prepare(shown, options);
    const bool secrets = !options.enabled;
    m_warning->setVisible(secrets);
    m_hashValues->setEnabled(!secrets);
    const ReportFormat current = format();
    m_pageSize->setEnabled(current == ReportFormat::Pdf);
    m_pageSizeLabel->setEnabled(current == ReportFormat::Pdf);
    m_summary->setText(ReportWriter::redactionNote(m_prepared));

    switch (current) {
    case ReportFormat::Html:
    case ReportFormat::Pdf:
        PdfReportWriter::fillDocument(*m_preview->document(), m_prepared);
        break;
    case ReportFormat::Markdown:
        m_preview->setMarkdown(ReportWriter::markdown(m_prepared));
        break;
    case ReportFormat::Json:
        m_preview->setPlainText(QString::fromUtf8(ReportWriter::json(m_prepared)));
        break;
    case ReportFormat::Text:
        m_preview->setPlainText(ReportWriter::text(m_prepared));
        break;
    }

    // Side by side: the same Markdown report without and with redaction.
    RedactionOptions off = options;
    off.enabled = false;
    RedactionOptions on = options;
    on.enabled = true;
    const PreparedReport redacted = secrets ? PreparedReport::prepare(shown, on) : m_prepared;
    m_original->setPlainText(ReportWriter::markdown(PreparedReport::prepare(shown, off)));
    m_redacted->setPlainText(ReportWriter::markdown(redacted));
    m_redactedLabel->setText(tr("As exported with redaction — %1").arg(redacted.redaction.describe()));
}

QByteArray ExportDialog::reportBytes() const
{
    switch (format()) {
    case ReportFormat::Html:
        return ReportWriter::html(m_prepared).toUtf8();
    case ReportFormat::Markdown:
        return ReportWriter::markdown(m_prepared).toUtf8();
    case ReportFormat::Json:
        return ReportWriter::json(m_prepared);
    case ReportFormat::Text:
        return ReportWriter::text(m_prepared).toUtf8();
    case ReportFormat::Pdf:
        return PdfReportWriter::render(m_prepared, QPageSize::PageSizeId(m_pageSize->currentData().toInt()));
    }
    return {};
}

QString ExportDialog::previewText() const
{
    return m_preview->toPlainText();
}

QString ExportDialog::originalSideText() const
{
    return m_original->toPlainText();
}

QString ExportDialog::redactedSideText() const
{
    return m_redacted->toPlainText();
}

QString ExportDialog::redactionSummaryText() const
{
    return m_summary->text();
}

bool ExportDialog::secretsWarningVisible() const
{
    return m_warning->isVisibleTo(this);
}

Result<qint64> ExportDialog::saveTo(const QString &path)
{
    Result<qint64> saved = ReportFile::save(path, reportBytes());
    if (!saved) {
        m_status->setText(saved.error());
        return saved;
    }
    //: %1 file name
    m_status->setText(tr("Saved %1").arg(QFileInfo(path).fileName()));
    Q_EMIT reportSaved(path);
    return saved;
}

void ExportDialog::saveWithFileDialog()
{
    const QString suffix = reportFormatSuffix(format());
    const QString base = QFileInfo(m_document.inputName).completeBaseName();
    const QString suggested = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + u'/'
        + (base.isEmpty() ? u"gatescope-report"_s : base + u"-report"_s) + u'.' + suffix;
    //: file dialog filter; %1 = extension such as "html"
    const QString path
        = QFileDialog::getSaveFileName(this, tr("Save report"), suggested, tr("Report (*.%1)").arg(suffix));
    if (!path.isEmpty())
        saveTo(path);
}

void ExportDialog::copyMarkdownToClipboard()
{
    QApplication::clipboard()->setText(ReportWriter::markdown(m_prepared));
    m_status->setText(tr("Markdown copied to the clipboard"));
}

} // namespace Gatescope::Gui
