#include "gui/logs/LogsPane.h"

#include "logs/LogParser.h"
#include "logs/LogScan.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
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
    m_unjoinedOnly = new QCheckBox(this);
    m_diagnoseUnjoined = new QPushButton(this);
    m_diagnoseUnjoined->setEnabled(false);
    m_table = new QTableWidget(0, 6, this);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_open);
    buttons->addWidget(m_paste);
    buttons->addWidget(m_clear);
    buttons->addStretch();
    buttons->addWidget(m_unjoinedOnly);
    buttons->addWidget(m_diagnoseUnjoined);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_status);
    layout->addWidget(m_table);

    connect(m_open, &QPushButton::clicked, this, &LogsPane::chooseFiles);
    connect(m_paste, &QPushButton::clicked, this, &LogsPane::pasteFromClipboard);
    connect(m_clear, &QPushButton::clicked, this, &LogsPane::clearLogs);
    connect(m_unjoinedOnly, &QCheckBox::toggled, this, &LogsPane::applyFilter);
    connect(m_diagnoseUnjoined, &QPushButton::clicked, this, [this] {
        const QList<int> lines = unjoinedFailures();
        if (!lines.isEmpty())
            Q_EMIT linesOnTheirOwnRequested(lines);
    });
    connect(m_table, &QTableWidget::cellActivated, this, [this](int row, int) { activateRow(row); });
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
    m_unjoinedOnly->setText(tr("Only lines no exchange explains"));
    m_unjoinedOnly->setToolTip(tr("Hide the lines that belong to an exchange of the waterfall"));
    m_diagnoseUnjoined->setText(tr("Diagnose them on their own"));
    m_diagnoseUnjoined->setToolTip(tr("Show each failure line no exchange explains as an exchange of its own, "
                                      "diagnosed from what the line says"));
    m_table->setHorizontalHeaderLabels(
        { tr("Line"), tr("Status"), tr("Cause"), tr("Exchange"), tr("Joined by"), tr("Log line") });
    m_table->horizontalHeaderItem(4)->setToolTip(
        tr("How the line was matched to its exchange: by a request id both carry, or by method, path and "
           "time (less sure)"));
    showJoinCells();
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
    m_joins.clear();
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
        m_table->setItem(row, 5, new QTableWidgetItem(r.raw.left(500).replace(u'\n', u' ')));
    }
    showJoinCells();
    if (!m_readNotes.isEmpty())
        report(m_readNotes.join(u'\n'), false);
}

void LogsPane::showJoins(const QList<LogLineJoin> &joins)
{
    m_joins = joins;
    showJoinCells();
}

void LogsPane::showJoinCells()
{
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const LogLineJoin join = row < m_joins.size() ? m_joins.at(row) : LogLineJoin {};
        auto *item = new QTableWidgetItem;
        auto *quality = new QTableWidgetItem;
        if (join.entry >= 0) {
            item->setText(join.exchange);
            const QString how = join.quality == u"request-id" ? tr("joined by its request id")
                : join.quality == u"method-path-time"         ? tr("joined by method, path and time")
                : join.quality == u"time"                     ? tr("joined by time only (the line names no request)")
                : join.quality == u"method-path" ? tr("joined by method and path (the exchange has no time)")
                                                 : join.quality;
            item->setToolTip(how);
            // The match quality in words a user reads without hovering.
            quality->setText(join.quality == u"request-id"             ? tr("request id")
                                 : join.quality == u"method-path-time" ? tr("method, path, time")
                                 : join.quality == u"time"             ? tr("time only")
                                 : join.quality == u"method-path"      ? tr("method, path (no time)")
                                                                       : join.quality);
            quality->setToolTip(how);
        } else {
            item->setText(tr("none"));
            item->setToolTip(tr("No exchange of the waterfall explains this line"));
            item->setForeground(palette().brush(QPalette::Disabled, QPalette::Text));
        }
        m_table->setItem(row, 3, item);
        m_table->setItem(row, 4, quality);
    }
    for (int column = 0; column < 5; ++column)
        m_table->resizeColumnToContents(column);
    m_diagnoseUnjoined->setEnabled(!unjoinedFailures().isEmpty());
    applyFilter();
}

QList<int> LogsPane::unjoinedFailures() const
{
    QList<int> lines;
    for (int i = 0; i < m_records.size(); ++i) {
        if ((i >= m_joins.size() || m_joins.at(i).entry < 0) && m_records.at(i).isFailure())
            lines.append(i);
    }
    return lines;
}

void LogsPane::setUnjoinedOnly(bool only)
{
    m_unjoinedOnly->setChecked(only);
}

void LogsPane::applyFilter()
{
    const bool only = m_unjoinedOnly->isChecked();
    for (int row = 0; row < m_table->rowCount(); ++row)
        m_table->setRowHidden(row, only && row < m_joins.size() && m_joins.at(row).entry >= 0);
}

void LogsPane::activateRow(int row)
{
    if (row < 0 || row >= m_records.size())
        return;
    if (row < m_joins.size() && m_joins.at(row).entry >= 0)
        Q_EMIT joinedEntryActivated(m_joins.at(row).entry);
    else
        Q_EMIT linesOnTheirOwnRequested({ row });
}

void LogsPane::followEntry(int entry)
{
    QList<int> rows;
    for (int i = 0; i < m_joins.size() && entry >= 0; ++i) {
        if (m_joins.at(i).entry == entry)
            rows.append(i);
    }
    selectRows(rows);
}

void LogsPane::followRecord(int record)
{
    selectRows(record >= 0 ? QList<int> { record } : QList<int> {});
}

void LogsPane::selectRows(const QList<int> &rows)
{
    const QSignalBlocker blocker(m_table);
    m_table->clearSelection();
    for (int row : rows) {
        if (row >= m_table->rowCount())
            break;
        m_table->selectionModel()->select(m_table->model()->index(row, 0),
                                          QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }
    if (!rows.isEmpty() && rows.constFirst() < m_table->rowCount() && !m_table->isRowHidden(rows.constFirst()))
        m_table->scrollToItem(m_table->item(rows.constFirst(), 0));
}

} // namespace Gatescope::Gui
