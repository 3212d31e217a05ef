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

    void setHexModel(HexModel *model);   // not owned
    HexModel *hexModel() const { return m_model; }
    void showOffset(qint64 offset);

private:
    HexModel *m_model = nullptr;
};

} // namespace Gatescope::Gui
