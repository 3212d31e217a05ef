#pragma once

#include "hops/OriginComparison.h"

#include <QDialog>

#include <memory>

class QLabel;
class QTableWidget;

namespace Gatescope {
class ProbeEngine;
}

namespace Gatescope::Gui {

// The same request sent several ways, one after the other without blocking the window, the
// results side by side — a column per way (status, outcome, who answered, cause and each phase;
// the rows that differ from the first column in bold on a tinted background) — and a conclusion
// under the table once every way has answered. "Compare with origin…" and "Try over HTTP/1.1 /
// HTTP/2" are its two kinds; each gives the ways, the rows and the conclusion.
class SideBySideDialog : public QDialog
{
    Q_OBJECT
public:
    ~SideBySideDialog() override;

    const QList<ComparedPath> &paths() const { return m_paths; }
    QString conclusionText() const;
    QTableWidget *table() const { return m_table; }

Q_SIGNALS:
    void finished(); // every path sent and diagnosed

protected:
    // `rowIds`: "protocol", "status", "outcome", "producer", "cause", the phase ids, "total".
    SideBySideDialog(QList<ComparedPath> paths, const QStringList &columns, const QStringList &rowIds, QWidget *parent);
    // Sends the first path; the subclass calls it at the end of its constructor.
    void start();

private:
    virtual QString conclude(const QList<ComparedPath> &paths) const = 0;
    void sendNext();
    void showResults();

    QList<ComparedPath> m_paths;
    QStringList m_rowIds;
    int m_next = 0;
    std::unique_ptr<ProbeEngine> m_engine;
    Diagnoser m_diagnoser;
    QTableWidget *m_table = nullptr;
    QLabel *m_conclusion = nullptr;
};

} // namespace Gatescope::Gui
