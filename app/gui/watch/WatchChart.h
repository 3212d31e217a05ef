#pragma once

#include "series/SeriesRunner.h"

#include <QList>
#include <QWidget>

namespace Gatescope::Gui {

// The live chart of a watch, painted like the waterfall (its colours, its phase order): one
// column per request, stacked from its phases (dns, connect, tls, send, wait, download) on a
// shared time axis, and a status strip above it — the status of each request, failures in the
// failure colour with their code. Requests come in with addSample() as they end. A click on a
// failed request emits failureClicked() with its index; the tooltip reads like the CLI's line.
//
// Painted here rather than with Qt Charts: no extra library to install (Qt Charts is a separate
// Debian package and, in Qt 6, GPL-only), the same colours and dark-theme handling as the
// waterfall (WaterfallColors), and hit-testing of a column is plain arithmetic a test can check.
class WatchChart : public QWidget
{
    Q_OBJECT
public:
    explicit WatchChart(QWidget *parent = nullptr);

    void clear(int expectedCount); // room for expectedCount columns (more widen the axis)
    void addSample(const SeriesSample &sample);
    int sampleCount() const { return int(m_samples.size()); }
    const SeriesSample &sample(int index) const { return m_samples.at(index); }
    int sampleAt(const QPoint &position) const; // -1 when no column is there
    QRect columnRect(int index) const; // the column (status strip included) of request `index`
    double axisMaximumMs() const { return m_axisMs; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void failureClicked(int index);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    bool event(QEvent *event) override;

private:
    QRect plotRect() const;
    int columns() const;

    QList<SeriesSample> m_samples;
    int m_expected = 60;
    double m_axisMs = 10; // a round value above the slowest request
};

} // namespace Gatescope::Gui
