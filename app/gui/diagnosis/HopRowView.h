#pragma once

#include "hops/HopChain.h"

#include <QWidget>

namespace Gatescope::Gui {

struct HopRowLayout;

// The hop chain of the selected exchange as a row of boxes, client side on the left, the hop that
// made the answer highlighted; a box's tooltip lists what the hop added, its default timeouts and
// how its place is known. Geometry comes from HopRowLayout; colours from the palette.
class HopRowView : public QWidget
{
    Q_OBJECT
public:
    explicit HopRowView(QWidget *parent = nullptr);

    void setChain(const HopChain &chain);
    const HopChain &chain() const { return m_chain; }
    HopRowLayout rowLayout() const; // in widget coordinates, after the left margin
    QString boxToolTip(int index) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;

private:
    QString subtitle(const Hop &hop) const;
    double margin() const;

    HopChain m_chain;
};

} // namespace Gatescope::Gui
