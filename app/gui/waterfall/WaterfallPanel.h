#pragma once

#include "gui/waterfall/WaterfallView.h"

#include <QTimer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QToolButton;

namespace Gatescope::Gui {

class WaterfallLegend;
class WaterfallModel;

// The waterfall as the workbench embeds it: a filter row (text, host, "5xx and failed only", zoom
// to fit), the WaterfallView, and the WaterfallLegend under it. The filter widgets drive the view's
// WaterfallFilterProxy; the host list follows the model. Everything else (markers, selection) is
// reached through view().
class WaterfallPanel : public QWidget
{
    Q_OBJECT
public:
    explicit WaterfallPanel(QWidget *parent = nullptr,
                            WaterfallView::InitialGatewayTimeouts initial
                            = WaterfallView::InitialGatewayTimeouts::Defaults);

    void setWaterfallModel(WaterfallModel *model); // not owned
    WaterfallView *view() const { return m_view; }
    WaterfallLegend *legend() const { return m_legend; }
    QLineEdit *textFilter() const { return m_text; }
    QComboBox *hostFilter() const { return m_host; }
    QCheckBox *failuresOnlyFilter() const { return m_failuresOnly; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void setupWidgets(WaterfallView::InitialGatewayTimeouts initial);
    void retranslate();
    void refreshHosts();
    void applyTextFilter();

    WaterfallView *m_view = nullptr;
    WaterfallLegend *m_legend = nullptr;
    QLineEdit *m_text = nullptr;
    QComboBox *m_host = nullptr;
    QCheckBox *m_failuresOnly = nullptr;
    QToolButton *m_fit = nullptr;
    QTimer m_textDelay;
    QMetaObject::Connection m_hostsConnection;
    QMetaObject::Connection m_frameLanesConnection; // the model's lanes shown in the legend
};

} // namespace Gatescope::Gui
