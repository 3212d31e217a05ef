#include "gui/logs/LogsPane.h"

#include "logs/LogParser.h"
#include "logs/LogScan.h"

#include <QApplication>
#include <QClipboard>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMimeData>
#include <QProgressDialog>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Gatescope::Gui {

LogsPane::LogsPane(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"logsPane"_s);
    setAcceptDrops(true);
    m_open = new QPushButton(this);
    m_paste = new QPushButton(this);
    m_clear = new QPushButton(this);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_table = new QTableWidget(0, 4, this);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_open);
    buttons->addWidget(m_paste);
    buttons->addWidget(m_clear);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_status);
    layout->addWidget(m_table);

    connect(m_open, &QPushButton::clicked, this, &LogsPane::chooseFiles);
    connect(m_paste, &QPushButton::clicked, this, &LogsPane::pasteFromClipboard);
    connect(m_clear, &QPushButton::clicked, this, &LogsPane::clearLogs);
    retranslate();
}

QString LogsPane::message() const
{
    return m_status->text();
}

void LogsPane::retranslate()
{
    setWindowTitle(tr("Logs"));
    if (auto *dock = qobject_cast<QDockWidget *>(parentWidget()))
        dock->setWindowTitle(windowTitle());
    m_open->setText(tr("Open log…"));
    m_paste->setText(tr("Paste log"));
    m_clear->setText(tr("Clear"));
    m_table->setHorizontalHeaderLabels({ tr("Line"), tr("Status"), tr("Cause"), tr("Log line") });
    if (m_records.isEmpty() && m_readNotes.isEmpty())
        report(tr("Open, drop or paste a gateway log (nginx, HAProxy, Apache, Envoy, Caddy, Traefik, Varnish, "
                  "Squid, ALB, CloudFront, API Gateway, Heroku, GCP, Cloudflare, Kong; plain or gzip): the line "
                  "that belongs to the selected exchange then decides its diagnosis."),
               false);
}

void LogsPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void LogsPane::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls() || event->mimeData()->hasText())
        event->acceptProposedAction();
}

void LogsPane::dropEvent(QDropEvent *event)
{
    QStringList paths;
    for (const QUrl &url : event->mimeData()->urls()) {
        if (url.isLocalFile())
            paths.append(url.toLocalFile());
    }
    if (!paths.isEmpty())
        openFiles(paths);
    else if (event->mimeData()->hasText())
        addText(event->mimeData()->text().toUtf8(), tr("dropped text"));
    event->acceptProposedAction();
}

void LogsPane::chooseFiles()
{
    const QStringList paths = QFileDialog::getOpenFileNames(this, tr("Open gateway log"));
    if (!paths.isEmpty())
        openFiles(paths);
}

void LogsPane::pasteFromClipboard()
{
    const QString text = QApplication::clipboard()->text();
    if (!text.isEmpty())
        addText(text.toUtf8(), tr("pasted log"));
}

void LogsPane::report(const QString &text, bool error)
{
    m_status->setText(text);
    m_status->setForegroundRole(error ? QPalette::BrightText : QPalette::WindowText);
}

bool LogsPane::openFiles(const QStringList &paths)
{
    for (const QString &path : paths) {
        QProgressDialog progress(tr("Reading %1…").arg(path), tr("Cancel"), 0, 1000, this);
        progress.setWindowModality(Qt::WindowModal);
        progress.setMinimumDuration(400);
        const Result<LogFileSummary> summary = LogScanner::scanFile(path, {}, [&progress](qint64 done, qint64 total) {
            progress.setValue(total > 0 ? int(done * 1000 / total) : 0);
            QCoreApplication::processEvents();
            return !progress.wasCanceled();
        });
        if (!summary) {
            report(summary.error(), true);
            return false;
        }
        m_records += summary->kept;
        const LogFormatInfo *info = LogFormats::find(summary->format);
        QString note = tr("%1: %2, %n line(s)", "", int(std::min<qint64>(summary->lines, INT_MAX)))
                           .arg(summary->name, info ? info->displayTitle() : summary->format);
        note += tr(", %n failure(s)", "", int(std::min<qint64>(summary->failures, INT_MAX)));
        if (summary->malformed > 0) {
            QStringList lines;
            for (qint64 n : summary->malformedLines.mid(0, 10))
                lines.append(QString::number(n));
            note += tr(", %n malformed line(s) (%1)", "", int(std::min<qint64>(summary->malformed, INT_MAX)))
                        .arg(lines.join(u", "_s));
        }
        m_readNotes.append(note);
    }
    showRecords();
    Q_EMIT logsChanged();
    return true;
}

bool LogsPane::addText(const QByteArray &text, const QString &name)
{
    const Result<LogFileSummary> summary = LogScanner::scanText(text, name);
    if (!summary) {
        report(summary.error(), true);
        return false;
    }
    m_records += summary->kept;
    m_readNotes.append(tr("%1: %n failure(s)", "", int(std::min<qint64>(summary->failures, INT_MAX))).arg(name));
    showRecords();
    Q_EMIT logsChanged();
    return true;
}

void LogsPane::clearLogs()
{
    m_records.clear();
    m_readNotes.clear();
    showRecords();
    retranslate();
    Q_EMIT logsChanged();
}

void LogsPane::showRecords()
{
    m_table->setRowCount(int(std::min<qsizetype>(m_records.size(), 10000)));
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const LogRecord &r = m_records.at(row);
        m_table->setItem(row, 0, new QTableWidgetItem(u"%1:%2"_s.arg(r.file).arg(r.line)));
        m_table->setItem(row, 1, new QTableWidgetItem(r.status > 0 ? QString::number(r.status) : QString()));
        m_table->setItem(row, 2, new QTableWidgetItem(r.cause));
        m_table->setItem(row, 3, new QTableWidgetItem(r.raw.left(500).replace(u'\n', u' ')));
    }
    if (!m_readNotes.isEmpty())
        report(m_readNotes.join(u'\n'), false);
}

} // namespace Gatescope::Gui
