#pragma once

#include <QWidget>

namespace Gatescope::Gui {

// The key to the waterfall's colours: a swatch and a name per phase, then the two kinds of marker
// line (the request's own timeout, gateway timeouts), and while a row has an HTTP/2 frame lane a
// small lane of its marks (HEADERS, DATA, a control frame, a reset). Painted from the same
// WaterfallColors as the bars, sized in font units, wrapping onto more lines when narrow (height
// for width).
class WaterfallLegend : public QWidget
{
    Q_OBJECT
public:
    explicit WaterfallLegend(QWidget *parent = nullptr);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    // The frame lane's entry: shown while the waterfall's rows have lanes (WaterfallModel::hasFrameLanes).
    void setFrameLane(bool shown);
    bool showsFrameLane() const { return m_frameLane; }

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
    void paintFrameLaneSwatch(QPainter &painter, const QRect &box) const;
    void retranslate();

    bool m_frameLane = false;
};

} // namespace Gatescope::Gui
