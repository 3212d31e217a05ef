#include "gui/waterfall/WaterfallPanel.h"

#include "gui/waterfall/WaterfallFilterProxy.h"
#include "gui/waterfall/WaterfallLegend.h"
#include "gui/waterfall/WaterfallModel.h"
#include "gui/waterfall/WaterfallView.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QToolButton>
#include <QVBoxLayout>

namespace Gatescope::Gui {

WaterfallPanel::WaterfallPanel(QWidget *parent, WaterfallView::InitialGatewayTimeouts initial)
    : QWidget(parent)
{
    setupWidgets(initial);
    retranslate();
}

void WaterfallPanel::setupWidgets(WaterfallView::InitialGatewayTimeouts initial)
{
    m_text = new QLineEdit(this);
    m_text->setClearButtonEnabled(true);
    m_host = new QComboBox(this);
    m_host->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_failuresOnly = new QCheckBox(this);
    m_fit = new QToolButton(this);
    m_view = new WaterfallView(this, initial);
    m_legend = new WaterfallLegend(this);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_text, 1);
    filters->addWidget(m_host);
    filters->addWidget(m_failuresOnly);
    filters->addWidget(m_fit);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(filters);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_legend);

    // Typing filters after a short pause, so 100,000 rows are not re-filtered on every key.
    m_textDelay.setSingleShot(true);
    m_textDelay.setInterval(150);
    connect(&m_textDelay, &QTimer::timeout, this, &WaterfallPanel::applyTextFilter);
    connect(m_text, &QLineEdit::textChanged, this, [this] { m_textDelay.start(); });
    connect(m_text, &QLineEdit::returnPressed, this, &WaterfallPanel::applyTextFilter);
    connect(m_host, &QComboBox::currentIndexChanged, this,
            [this](int index) { m_view->filterProxy()->setHost(index > 0 ? m_host->itemText(index) : QString()); });
    connect(m_failuresOnly, &QCheckBox::toggled, this, [this](bool on) { m_view->filterProxy()->setFailuresOnly(on); });
    connect(m_fit, &QToolButton::clicked, m_view, &WaterfallView::resetZoom);
    setFocusProxy(m_view);
}

void WaterfallPanel::retranslate()
{
    m_text->setPlaceholderText(tr("Filter by URL, method or status"));
    m_text->setAccessibleName(tr("Filter requests by text"));
    m_host->setAccessibleName(tr("Filter requests by host"));
    if (m_host->count() > 0)
        m_host->setItemText(0, tr("All hosts"));
    else
        m_host->addItem(tr("All hosts"));
    //: Check box: show only responses with status 500–599 and requests that got no response
    m_failuresOnly->setText(tr("5xx and failed only"));
    m_fit->setText(tr("Fit"));
    m_fit->setToolTip(tr("Show the whole timeline (Ctrl+0)"));
    m_fit->setAccessibleName(tr("Zoom to fit"));
}

void WaterfallPanel::setWaterfallModel(WaterfallModel *model)
{
    disconnect(m_hostsConnection);
    disconnect(m_frameLanesConnection);
    m_view->setWaterfallModel(model);
    if (model) {
        m_hostsConnection = connect(model, &WaterfallModel::hostsChanged, this, &WaterfallPanel::refreshHosts);
        m_frameLanesConnection
            = connect(model, &WaterfallModel::frameLanesChanged, m_legend, &WaterfallLegend::setFrameLane);
    }
    m_legend->setFrameLane(model && model->hasFrameLanes());
    refreshHosts();
}

void WaterfallPanel::refreshHosts()
{
    const QString current = m_host->currentIndex() > 0 ? m_host->currentText() : QString();
    const QSignalBlocker blocker(m_host);
    while (m_host->count() > 1)
        m_host->removeItem(1);
    if (WaterfallModel *model = m_view->waterfallModel())
        m_host->addItems(model->hosts());
    const int index = current.isEmpty() ? 0 : m_host->findText(current);
    m_host->setCurrentIndex(std::max(0, index));
    if (index < 0)
        m_view->filterProxy()->setHost({});
}

void WaterfallPanel::applyTextFilter()
{
    m_textDelay.stop();
    m_view->filterProxy()->setText(m_text->text());
}

void WaterfallPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace Gatescope::Gui
