#pragma once

#include "model/Result.h"
#include "report/ReportWriter.h"

#include <QDialog>
#include <QPageSize>

class QCheckBox;
class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QTextBrowser;

namespace Gatescope::Gui {

// The Export dialog: turns diagnosed exchanges into a shareable report. The user picks the format
// (HTML, Markdown, JSON, PDF, text) and sees a live preview; a second tab shows side by side what
// redaction removes (the report with and without it) and how many values of each kind. Redaction
// is on; "Include secrets" turns it off explicitly and shows a warning. Markdown can be copied to
// the clipboard; every format is saved atomically (QSaveFile).
class ExportDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ExportDialog(ReportDocument document, QWidget *parent = nullptr);
    // Convenience for the main window: exchanges and their diagnoses, pairwise (missing diagnoses
    // are left empty), and where they came from ("har", "capture.har").
    // `corrections`: the hop timeouts the user corrected, audited in the report as in the window.
    ExportDialog(const QList<Exchange> &exchanges, const QList<Diagnosis> &diagnoses, const QString &inputKind,
                 const QString &inputName, QWidget *parent = nullptr, const TimeoutCorrections &corrections = {});

    ReportFormat format() const;
    void setFormat(ReportFormat format);
    bool includesSecrets() const;
    void setIncludeSecrets(bool include);
    void setHashRedactedValues(bool hash);
    void setPageSize(QPageSize::PageSizeId pageSize);
    // "Include healthy exchanges" (off: failing ones only, the rest as one summary row).
    bool includesHealthy() const;
    void setIncludeHealthy(bool include);
    // The exchange the user is looking at, by its place in the list the dialog was given (not its
    // input index: the runs of a lab batch each number theirs from 0); -1 for none. Enables
    // "Selected exchange only".
    void setSelectedExchange(int position);
    void setSelectedOnly(bool only);

    const PreparedReport &preparedReport() const { return m_prepared; }
    QByteArray reportBytes() const; // the report in the chosen format, as it would be saved
    QString previewText() const; // what the preview shows, as plain text
    QString originalSideText() const; // the side-by-side view: without redaction …
    QString redactedSideText() const; // … and with it
    QString redactionSummaryText() const;
    bool secretsWarningVisible() const;

    Result<qint64> saveTo(const QString &path);
    void copyMarkdownToClipboard();

Q_SIGNALS:
    void reportSaved(const QString &path);

protected:
    void changeEvent(QEvent *event) override;

private:
    void setupUi();
    void setupConnections();
    void retranslateUi();
    void refresh();
    void saveWithFileDialog();
    RedactionOptions redactionOptions() const;

    ReportDocument m_document;
    int m_selectedIndex = -1;
    PreparedReport m_prepared;
    RedactionOptions m_redactionBase; // user patterns, hash key (kept stable across refreshes)

    QComboBox *m_format = nullptr;
    QLabel *m_formatLabel = nullptr;
    QComboBox *m_pageSize = nullptr;
    QLabel *m_pageSizeLabel = nullptr;
    QCheckBox *m_hashValues = nullptr;
    QCheckBox *m_includeSecrets = nullptr;
    QCheckBox *m_includeHealthy = nullptr;
    QCheckBox *m_selectedOnly = nullptr;
    QLabel *m_warning = nullptr;
    QLabel *m_summary = nullptr;
    QTabWidget *m_tabs = nullptr;
    QTextBrowser *m_preview = nullptr;
    QLabel *m_originalLabel = nullptr;
    QLabel *m_redactedLabel = nullptr;
    QPlainTextEdit *m_original = nullptr;
    QPlainTextEdit *m_redacted = nullptr;
    QPushButton *m_copy = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_close = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace Gatescope::Gui
