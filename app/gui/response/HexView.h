#pragma once

#include <QTableView>

namespace Gatescope::Gui {

class HexModel;

// A table view for a HexModel with fixed row heights and a delegate that paints the hex and text
// columns byte by byte, marked bytes on the palette's highlight colour. Only visible rows are
// ever asked for, which is what keeps a 50 MB body responsive.
class HexView : public QTableView
{
    Q_OBJECT
public:
    explicit HexView(QWidget *parent = nullptr);

    // Not owned. The view is connected to it when first shown (connecting a table view costs about
    // a millisecond, and the window holds two hex views on tabs that start hidden).
    void setHexModel(HexModel *model);
    HexModel *hexModel() const { return m_model; }
    void showOffset(qint64 offset);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void attachModel();

    HexModel *m_model = nullptr;
};

} // namespace Gatescope::Gui
