#pragma once

#include <QTableView>
#include <QTimer>

namespace Gatescope::Gui {

class LabScenarioDelegate;
class LabScenarioModel;

// The lab's scenario list: a table over a LabScenarioModel painted by a LabScenarioDelegate, rows
// sized by the delegate (re-measured when a column is resized or a run changes a row). A scenario
// runs from its Run button, or with Enter / Space / double-click on its row.
class LabScenarioView : public QTableView
{
    Q_OBJECT
public:
    explicit LabScenarioView(QWidget *parent = nullptr);

    void setScenarioModel(LabScenarioModel *model); // not owned
    LabScenarioModel *scenarioModel() const { return m_model; }
    LabScenarioDelegate *scenarioDelegate() const { return m_delegate; }

    // The Run button of a row, in viewport coordinates (empty when the row does not exist).
    QRect runButtonRect(int row) const;

Q_SIGNALS:
    void runRequested(const QString &scenarioId);

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void setupColumns();
    void requestRun(const QModelIndex &index);
    void scheduleRowResize();

    LabScenarioModel *m_model = nullptr; // not owned
    LabScenarioDelegate *m_delegate = nullptr; // child
    QTimer m_rowResize;
    QList<QMetaObject::Connection> m_modelConnections;
};

} // namespace Gatescope::Gui
