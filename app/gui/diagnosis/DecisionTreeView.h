#pragma once

#include <QTreeView>

namespace Gatescope::Gui {

class DecisionTreeModel;

// The rule tree in a tree view: the rule column and the evidence column. showPath() opens the
// branches along the diagnosis path and selects the leaf it reached; other branches stay where
// the user left them (collapsed, dimmed by the model) and can be opened to read the other rules.
class DecisionTreeView : public QTreeView
{
    Q_OBJECT
public:
    explicit DecisionTreeView(QWidget *parent = nullptr);

    void setDecisionTreeModel(DecisionTreeModel *model); // not owned
    DecisionTreeModel *decisionTreeModel() const { return m_model; }
    void showPath(); // expands and selects the model's current path
    void showOverview(); // no diagnosis: the root and its first level open

Q_SIGNALS:
    void nodeSelected(const QString &nodeId);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    // The evidence column gets two fifths of the width (until the user drags it) and is hidden
    // while there is no diagnosis, when it would be empty and the rule texts need the room.
    void fitColumns();

    DecisionTreeModel *m_model = nullptr;
    bool m_evidenceWidthChosen = false;
    bool m_fitting = false;
};

} // namespace Gatescope::Gui
