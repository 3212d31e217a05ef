#pragma once

#include "diagnosis/Diagnosis.h"
#include "model/Exchange.h"

#include <QWidget>

class QLabel;
class QTableWidget;

namespace Gatescope::Gui {

// A replay beside the exchange it replays: one line that says what changed ("captured 502 from
// nginx in 60.0 s → now 200 in 80 ms"), then a table with the captured and the replayed side by
// side — status, who answered, the verdict, the total time and each phase — where every row that
// differs is highlighted.
class ReplayComparison : public QWidget
{
    Q_OBJECT
public:
    explicit ReplayComparison(QWidget *parent = nullptr);

    void showComparison(const Exchange &captured, const Diagnosis &capturedDiagnosis, const Exchange &replayed,
                        const Diagnosis &replayedDiagnosis);
    void showRunning(const Exchange &captured); // the replay left; the table fills when it is back
    void clear();

    QLabel *headline() const { return m_headline; }
    QTableWidget *table() const { return m_table; }
    QStringList changedRows() const; // the first column's text of every highlighted row

    // "502 from nginx in 60.0 s", "no response (refused) in 1 ms"
    static QString oneLine(const Exchange &exchange, const Diagnosis &diagnosis);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QLabel *m_headline = nullptr;
    QTableWidget *m_table = nullptr;
};

} // namespace Gatescope::Gui
