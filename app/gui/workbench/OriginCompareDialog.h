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

// "Compare with origin…": sends the request as addressed and then straight to each origin the user
// typed (same Host and TLS name, no redirects), one after the other without blocking the window,
// and shows the results side by side — status, outcome, who answered, cause and each phase, the
// rows that differ from the addressed path in bold on a tinted background — with the conclusion.
class OriginCompareDialog : public QDialog
{
    Q_OBJECT
public:
    // `origins` and `hops` (the chain the user gave, client side first, sent to between the
    // addressed path and the origins) were checked with OriginComparison::straightTo.
    OriginCompareDialog(const RequestSpec &request, const QStringList &origins, QWidget *parent = nullptr,
                        const QStringList &hops = {});
    ~OriginCompareDialog() override;

    const QList<ComparedPath> &paths() const { return m_paths; }
    QString conclusionText() const;
    QTableWidget *table() const { return m_table; }

Q_SIGNALS:
    void finished(); // every path sent and diagnosed

private:
    void sendNext();
    void showResults();

    QList<ComparedPath> m_paths;
    int m_next = 0;
    std::unique_ptr<ProbeEngine> m_engine;
    Diagnoser m_diagnoser;
    QTableWidget *m_table = nullptr;
    QLabel *m_conclusion = nullptr;
};

} // namespace Gatescope::Gui
