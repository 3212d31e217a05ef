#include "gui/keepalive/KeepAliveWindow.h"

#include "diagnosis/Fingerprints.h"

#include <QCloseEvent>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Gatescope::Gui {

namespace {

constexpr int TickMs = 100;
const QString OtherFront = u"\x01other"_s; // the combo's "Other" entry: seconds only

} // namespace

KeepAliveWindow::KeepAliveWindow(const RequestSpec &request, QWidget *parent)
    : QDialog(parent)
    , m_request(request)
{
    setObjectName(u"keepAliveWindow"_s);
    setSizeGripEnabled(true);
    m_probe = new KeepAliveProbe(this);

    m_target = new QLabel(this);
    m_target->setObjectName(u"keepAliveTarget"_s);
    m_target->setWordWrap(true);
    m_target->setTextFormat(Qt::PlainText);
    m_target->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_frontSource = new QLabel(this);
    m_frontSource->setObjectName(u"keepAliveFrontSource"_s);
    m_frontSource->setWordWrap(true);
    m_frontSource->hide();
    m_frontLabel = new QLabel(this);
    m_front = new QComboBox(this);
    m_front->setObjectName(u"keepAliveFront"_s);
    m_front->addItem(QString(), QString()); // none
    for (const GatewayFingerprint &product : FingerprintCatalog::builtIn().products()) {
        if (product.upstreamKeepAlive)
            m_front->addItem(QString(), product.product);
    }
    m_front->addItem(QString(), OtherFront);
    m_frontLabel->setBuddy(m_front);
    m_frontSecondsLabel = new QLabel(this);
    m_frontSeconds = new QDoubleSpinBox(this);
    m_frontSeconds->setObjectName(u"keepAliveFrontSeconds"_s);
    m_frontSeconds->setRange(0, 24 * 3600);
    m_frontSeconds->setDecimals(1);
    m_frontSecondsLabel->setBuddy(m_frontSeconds);
    m_maxIdleLabel = new QLabel(this);
    m_maxIdle = new QSpinBox(this);
    m_maxIdle->setObjectName(u"keepAliveMaxIdle"_s);
    m_maxIdle->setRange(1, KeepAliveProbe::MaxIdleMs / 1000);
    m_maxIdle->setValue(KeepAliveProbe::DefaultMaxIdleMs / 1000);
    m_maxIdleLabel->setBuddy(m_maxIdle);
    m_start = new QPushButton(this);
    m_start->setObjectName(u"keepAliveStart"_s);
    m_start->setDefault(true);
    m_cancel = new QPushButton(this);
    m_cancel->setObjectName(u"keepAliveCancel"_s);
    m_cancel->setEnabled(false);

    m_idle = new QProgressBar(this);
    m_idle->setObjectName(u"keepAliveIdle"_s);
    m_idle->setRange(0, m_maxIdle->value() * 1000);
    m_idle->setValue(0);
    m_headline = new QLabel(this);
    m_headline->setObjectName(u"keepAliveHeadline"_s);
    m_headline->setWordWrap(true);
    QFont bigger = m_headline->font();
    bigger.setPointSizeF(bigger.pointSizeF() * 1.3);
    bigger.setBold(true);
    m_headline->setFont(bigger);
    m_result = new QPlainTextEdit(this);
    m_result->setObjectName(u"keepAliveResult"_s);
    m_result->setReadOnly(true);
    m_result->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));

    auto *controls = new QHBoxLayout;
    for (QWidget *widget : std::initializer_list<QWidget *> { m_frontLabel, m_front, m_frontSecondsLabel,
                                                              m_frontSeconds, m_maxIdleLabel, m_maxIdle })
        controls->addWidget(widget);
    controls->addStretch(1);
    controls->addWidget(m_start);
    controls->addWidget(m_cancel);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_target);
    layout->addLayout(controls);
    layout->addWidget(m_frontSource);
    layout->addWidget(m_idle);
    layout->addWidget(m_headline);
    layout->addWidget(m_result, 1);

    m_tick.setInterval(TickMs);
    connect(&m_tick, &QTimer::timeout, this, [this] {
        if (m_respondedAtMs < 0)
            return;
        const qint64 idleMs = m_clock.elapsed() - m_respondedAtMs;
        m_idle->setValue(int(std::min<qint64>(idleMs, m_idle->maximum())));
        m_idle->setFormat(tr("Idle for %1 s").arg(double(idleMs) / 1000.0, 0, 'f', 1));
    });
    connect(m_probe, &KeepAliveProbe::responded, this, [this] {
        m_respondedAtMs = m_clock.elapsed();
        m_headline->setText(tr("Answered; watching the idle connection…"));
    });
    connect(m_probe, &KeepAliveProbe::finished, this, [this] {
        setRunning(false);
        showResult();
    });
    connect(m_start, &QPushButton::clicked, this, &KeepAliveWindow::start);
    connect(m_cancel, &QPushButton::clicked, this, &KeepAliveWindow::stop);
    connect(m_front, &QComboBox::currentIndexChanged, this, [this] {
        updateFrontControls();
        if (!m_probe->isRunning() && m_probe->result().exchange.response)
            showResult(); // the comparison follows the choice, no new measurement
    });
    connect(m_frontSeconds, &QDoubleSpinBox::valueChanged, this, [this] {
        if (!m_probe->isRunning() && m_probe->result().exchange.response)
            showResult();
    });
    connect(m_maxIdle, &QSpinBox::valueChanged, this, [this](int value) { m_idle->setRange(0, value * 1000); });
    retranslate();
}

KeepAliveWindow::~KeepAliveWindow() = default;

QString KeepAliveWindow::targetHost() const
{
    return m_request.url.port() > 0 ? u"%1:%2"_s.arg(m_request.url.host()).arg(m_request.url.port())
                                    : m_request.url.host();
}

void KeepAliveWindow::takeFrontFromChain(const HopChain &chain)
{
    for (qsizetype i = chain.hops.size() - 1; i >= 0; --i) {
        const Hop &hop = chain.hops.at(i);
        if (hop.layer != u"gateway")
            continue;
        m_chainFront = hop.product;
        const int index = m_front->findData(hop.product);
        m_chainFrontKnown = index >= 0;
        if (m_chainFrontKnown)
            m_front->setCurrentIndex(index);
        m_frontSource->show();
        retranslate();
        return;
    }
}

std::optional<FrontHop> KeepAliveWindow::chosenFront() const
{
    const QString product = m_front->currentData().toString();
    const double seconds = m_frontSeconds->value();
    if (product.isEmpty() || (product == OtherFront && seconds <= 0))
        return std::nullopt;
    return FrontHop::of(FingerprintCatalog::builtIn(), product == OtherFront ? tr("the hop in front") : product,
                        seconds, nullptr);
}

KeepAliveVerdict KeepAliveWindow::verdict() const
{
    return KeepAliveVerdict::of(m_probe->result(), chosenFront());
}

void KeepAliveWindow::start()
{
    if (m_probe->isRunning())
        return;
    m_result->clear();
    m_idle->setRange(0, m_maxIdle->value() * 1000);
    m_idle->setValue(0);
    m_idle->setFormat(QString());
    m_headline->setText(tr("Sending one request to %1…").arg(targetHost()));
    m_respondedAtMs = -1;
    m_clock.start();
    setRunning(true);
    m_probe->start(m_request, m_maxIdle->value() * 1000);
}

void KeepAliveWindow::stop()
{
    m_probe->cancel();
}

void KeepAliveWindow::setRunning(bool running)
{
    m_start->setEnabled(!running);
    m_cancel->setEnabled(running);
    m_maxIdle->setEnabled(!running);
    if (running)
        m_tick.start();
    else
        m_tick.stop();
}

void KeepAliveWindow::showResult()
{
    const KeepAliveResult &result = m_probe->result();
    const KeepAliveVerdict verdict = KeepAliveVerdict::of(result, chosenFront());
    m_result->setPlainText(KeepAliveReport::text(result, verdict));
    QString headline;
    QString color;
    if (result.cancelled) {
        headline = tr("Stopped by you.");
    } else if (!result.exchange.response) {
        headline = tr("No response from %1.").arg(targetHost());
    } else {
        switch (verdict.finding) {
        case KeepAliveVerdict::Finding::NotKeptAlive:
            headline = tr("%1 closes the connection with its answer: nothing to race.").arg(targetHost());
            break;
        case KeepAliveVerdict::Finding::NeverClosed:
            headline = tr("%1 kept the idle connection open for all %2 s watched.")
                           .arg(targetHost())
                           .arg(result.watchedMs / 1000.0, 0, 'f', 1);
            break;
        case KeepAliveVerdict::Finding::TooShort:
            headline = tr("%1 closes idle connections after %2 s — before %3 stops reusing them (%4 s): an "
                          "intermittent 502.")
                           .arg(targetHost())
                           .arg(verdict.serverSeconds, 0, 'f', 2)
                           .arg(verdict.front->name)
                           .arg(verdict.front->seconds, 0, 'f', 1);
            color = u"#c62828"_s;
            break;
        case KeepAliveVerdict::Finding::Tight:
            headline = tr("%1 closes idle connections after %2 s, less than a second after %3 stops reusing them.")
                           .arg(targetHost())
                           .arg(verdict.serverSeconds, 0, 'f', 2)
                           .arg(verdict.front->name);
            color = u"#ef6c00"_s;
            break;
        case KeepAliveVerdict::Finding::Safe:
            headline = tr("%1 closes idle connections after %2 s, after %3 stops reusing them: safe.")
                           .arg(targetHost())
                           .arg(verdict.serverSeconds, 0, 'f', 2)
                           .arg(verdict.front->name);
            color = u"#2e7d32"_s;
            break;
        case KeepAliveVerdict::Finding::NoFront:
            headline
                = tr("%1 closes idle connections after %2 s.").arg(targetHost()).arg(verdict.serverSeconds, 0, 'f', 2);
            break;
        }
    }
    m_headline->setText(headline);
    m_headline->setStyleSheet(color.isEmpty() ? QString() : u"color: %1;"_s.arg(color));
    if (result.idleMs >= 0) {
        m_idle->setValue(int(std::min<double>(result.idleMs, m_idle->maximum())));
        m_idle->setFormat(tr("Closed after %1 s idle").arg(result.idleMs / 1000.0, 0, 'f', 2));
    }
}

void KeepAliveWindow::updateFrontControls()
{
    const QString product = m_front->currentData().toString();
    m_frontSeconds->setEnabled(!product.isEmpty());
    m_frontSeconds->setSpecialValueText(product == OtherFront ? tr("give seconds") : tr("its default"));
}

void KeepAliveWindow::closeEvent(QCloseEvent *event)
{
    m_probe->cancel();
    QDialog::closeEvent(event);
}

void KeepAliveWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void KeepAliveWindow::retranslate()
{
    setWindowTitle(tr("Keep-alive timeout of %1").arg(targetHost()));
    m_target->setText(tr("Measures how long %1 keeps an idle connection open: one request (GET %2) on a new "
                         "connection, then the connection is left idle until the server closes it. Nothing else "
                         "is sent.")
                          .arg(targetHost(), m_request.url.toString(QUrl::RemoveUserInfo)));
    m_frontLabel->setText(tr("&Hop in front:"));
    if (!m_chainFront.isEmpty()) {
        const GatewayFingerprint *product = FingerprintCatalog::builtIn().product(m_chainFront);
        const QString name = product ? product->translatedName() : m_chainFront;
        m_frontSource->setText(
            m_chainFrontKnown
                ? tr("Hop in front taken from the hop chain of the exchange shown: %1.").arg(name)
                : tr("The hop chain of the exchange shown has %1 in front, whose idle timeout is not known: choose "
                     "\"other\" and give it in seconds.")
                      .arg(name));
    }
    m_front->setItemText(0, tr("none"));
    const FingerprintCatalog &catalog = FingerprintCatalog::builtIn();
    for (int i = 1; i < m_front->count() - 1; ++i) {
        const GatewayFingerprint *product = catalog.product(m_front->itemData(i).toString());
        m_front->setItemText(
            i,
            product ? tr("%1 (%2 s by default)").arg(product->translatedName()).arg(product->upstreamKeepAlive->seconds)
                    : m_front->itemData(i).toString());
    }
    m_front->setItemText(m_front->count() - 1, tr("other"));
    m_frontSecondsLabel->setText(tr("keeps &idle connections (s):"));
    m_maxIdleLabel->setText(tr("&Watch at most (s):"));
    m_start->setText(tr("&Start"));
    m_cancel->setText(tr("&Cancel"));
    updateFrontControls();
}

} // namespace Gatescope::Gui
