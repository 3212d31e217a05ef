#pragma once

#include "logs/LogRecord.h"

#include <QList>
#include <QStringList>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace Gatescope::Gui {

// The gateway's own log lines beside the response: open (File dialog or drop) or paste a log, the
// format is detected, every line parsed (streaming, with progress and Cancel), and its failure lines
// listed. The window diagnoses each exchange with these lines (LogJoin): the line that belongs to
// it decides in the decision path. Errors (an unknown format with its first lines, an unreadable
// file) are shown in the pane.
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

    const QList<Gatescope::LogRecord> &records() const { return m_records; }
    QString message() const; // the pane's status line (what was read, or what went wrong)

Q_SIGNALS:
    void logsChanged();

protected:
    void changeEvent(QEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void retranslate();
    void chooseFiles();
    void pasteFromClipboard();
    void showRecords();
    void report(const QString &text, bool error);

    QList<Gatescope::LogRecord> m_records;
    QStringList m_readNotes; // one per file read
    QPushButton *m_open = nullptr;
    QPushButton *m_paste = nullptr;
    QPushButton *m_clear = nullptr;
    QLabel *m_status = nullptr;
    QTableWidget *m_table = nullptr;
};

} // namespace Gatescope::Gui
