#pragma once

#include <QWidget>

namespace Gatescope::Gui {

// The key to the waterfall's colours: a swatch and a name per phase, then the two kinds of marker
// line (the request's own timeout, gateway timeouts). Painted from the same WaterfallColors as the
// bars, sized in font units, wrapping onto more lines when narrow (height for width).
class WaterfallLegend : public QWidget
{
    Q_OBJECT
public:
    explicit WaterfallLegend(QWidget *parent = nullptr);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;

protected:
    void resizeEvent(QResizeEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    struct Item
    {
        QString text;
        QRect rect; // swatch + text, laid out
    };
    QList<Item> layoutItems(int width, int *height) const;
    void retranslate();
};

} // namespace Gatescope::Gui
