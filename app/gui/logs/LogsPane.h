#pragma once

#include "logs/LogRecord.h"

#include <QList>
#include <QStringList>
#include <QWidget>

class QCheckBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace Gatescope::Gui {

// Which exchange of the waterfall a listed log line belongs to (as LogJoin joined them).
struct LogLineJoin
{
    int entry = -1; // waterfall entry; -1: no exchange shown explains the line
    QString exchange; // "#3 GET /api/orders"
    QString quality; // LogMatch::quality ("request-id", "method-path-time", …)
};

// The gateway's own log lines beside the response: open (File dialog or drop) or paste a log, the
// format is detected, every line parsed (streaming, with progress and Cancel), and its failure lines
// listed. The window diagnoses each exchange with these lines (LogJoin): the line that belongs to
// it decides in the decision path. Each line says which exchange it belongs to; the lines no
// exchange explains can be listed on their own and diagnosed as they are (a log alone is a valid
// input). The pane follows the selection: the lines of the exchange shown are selected. Errors (an
// unknown format with its first lines, an unreadable file) are shown in the pane.
class LogsPane : public QWidget
{
    Q_OBJECT
public:
    explicit LogsPane(QWidget *parent = nullptr);

    // Reads the files (replacing nothing: logs add up). False when one could not be read (the
    // pane says why).
    bool openFiles(const QStringList &paths);
    bool addText(const QByteArray &text, const QString &name);
    void clearLogs();
    // Asks for log files (the pane's Open log… button, File → Open log…) and reads them.
    void chooseFiles();

    const QList<Gatescope::LogRecord> &records() const { return m_records; }
    QString message() const; // the pane's status line (what was read, or what went wrong)

    // One join per record (records() order); shorter lists leave the rest unjoined.
    void showJoins(const QList<Gatescope::Gui::LogLineJoin> &joins);
    const QList<Gatescope::Gui::LogLineJoin> &joins() const { return m_joins; }
    // Selects (and scrolls to) the lines joined to the waterfall's entry, or the one record.
    void followEntry(int entry);
    void followRecord(int record);
    // The failure lines no exchange explains, as indexes into records().
    QList<int> unjoinedFailures() const;
    void setUnjoinedOnly(bool only);

Q_SIGNALS:
    void logsChanged();
    // A line joined to an exchange was opened (double-click, Enter): show that exchange.
    void joinedEntryActivated(int entry);
    // Lines no exchange explains, to be diagnosed each on its own (indexes into records()).
    void linesOnTheirOwnRequested(const QList<int> &records);

protected:
    void changeEvent(QEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void retranslate();
    void pasteFromClipboard();
    void showRecords();
    void showJoinCells();
    void applyFilter();
    void activateRow(int row);
    void selectRows(const QList<int> &rows);
    void report(const QString &text, bool error);

    QList<Gatescope::LogRecord> m_records;
    QList<LogLineJoin> m_joins; // same order as m_records (may be shorter)
    QStringList m_readNotes; // one per file read
    QPushButton *m_open = nullptr;
    QPushButton *m_paste = nullptr;
    QPushButton *m_clear = nullptr;
    QCheckBox *m_unjoinedOnly = nullptr;
    QPushButton *m_diagnoseUnjoined = nullptr;
    QLabel *m_status = nullptr;
    QTableWidget *m_table = nullptr;
};

} // namespace Gatescope::Gui
