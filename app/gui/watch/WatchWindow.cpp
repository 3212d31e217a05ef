#include "gui/watch/WatchWindow.h"

#include "gui/diagnosis/DiagnosisPane.h"
#include "gui/export/LoadScriptDialog.h"
#include "gui/watch/WatchChart.h"
#include "series/SeriesSummary.h"

#include <QCloseEvent>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Gatescope::Gui {

WatchWindow::WatchWindow(const RequestSpec &request, const Diagnoser &diagnoser, WorkspaceModel *workspace,
                         QWidget *parent)
    : QDialog(parent)
    , m_request(request)
    , m_diagnoser(diagnoser)
{
    setObjectName(u"watchWindow"_s);
    setSizeGripEnabled(true);
    m_runner = new SeriesRunner(this);

    m_target = new QLabel(this);
    m_target->setObjectName(u"watchTarget"_s);
    m_target->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_target->setWordWrap(true);
    m_target->setTextFormat(Qt::PlainText);

    m_everyLabel = new QLabel(this);
    m_every = new QDoubleSpinBox(this);
    m_every->setObjectName(u"watchEvery"_s);
    m_every->setDecimals(1);
    m_every->setRange(SeriesOptions::MinIntervalMs / 1000.0, SeriesOptions::MaxIntervalMs / 1000.0);
    m_every->setValue(SeriesOptions::DefaultIntervalMs / 1000.0);
    m_everyLabel->setBuddy(m_every);
    m_countLabel = new QLabel(this);
    m_count = new QSpinBox(this);
    m_count->setObjectName(u"watchCount"_s);
    m_count->setRange(1, SeriesOptions::MaxCount);
    m_count->setValue(SeriesOptions::DefaultCount);
    m_countLabel->setBuddy(m_count);
    m_connections = new QComboBox(this);
    m_connections->setObjectName(u"watchConnections"_s);
    m_connections->addItem(QString(), int(ConnectionPolicy::New));
    m_connections->addItem(QString(), int(ConnectionPolicy::Reuse));
    m_start = new QPushButton(this);
    m_start->setObjectName(u"watchStart"_s);
    m_start->setDefault(true);
    m_stop = new QPushButton(this);
    m_stop->setObjectName(u"watchStop"_s);
    m_stop->setEnabled(false);
    m_export = new QPushButton(this);
    m_export->setObjectName(u"watchExport"_s);
    m_budget = new QLabel(this);
    m_budget->setObjectName(u"watchBudget"_s);
    m_budget->setWordWrap(true);

    auto *controls = new QHBoxLayout;
    controls->addWidget(m_everyLabel);
    controls->addWidget(m_every);
    controls->addWidget(m_countLabel);
    controls->addWidget(m_count);
    controls->addWidget(m_connections);
    controls->addStretch(1);
    controls->addWidget(m_start);
    controls->addWidget(m_stop);
    controls->addWidget(m_export);

    m_chart = new WatchChart(this);
    m_chart->setObjectName(u"watchChart"_s);
    m_summary = new QLabel(this);
    m_summary->setObjectName(u"watchSummary"_s);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setWordWrap(true);
    m_summary->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_diagnosis = new DiagnosisPane(workspace, this);
    m_diagnosis->setObjectName(u"watchDiagnosis"_s);
    m_diagnosis->setRuleTree(m_diagnoser.ruleTree());

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_chart, 3);
    leftLayout->addWidget(m_summary, 1);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(left);
    splitter->addWidget(m_diagnosis);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_target);
    layout->addLayout(controls);
    layout->addWidget(m_budget);
    layout->addWidget(splitter, 1);

    connect(m_start, &QPushButton::clicked, this, &WatchWindow::start);
    connect(m_stop, &QPushButton::clicked, this, &WatchWindow::stop);
    connect(m_export, &QPushButton::clicked, this, &WatchWindow::exportLoadScript);
    connect(m_every, &QDoubleSpinBox::valueChanged, this, &WatchWindow::updateBudget);
    connect(m_count, &QSpinBox::valueChanged, this, &WatchWindow::updateBudget);
    connect(m_runner, &SeriesRunner::sampleFinished, this, [this](const SeriesSample &sample) {
        m_chart->addSample(sample);
        updateSummary();
    });
    connect(m_runner, &SeriesRunner::finished, this, [this] {
        m_start->setEnabled(true);
        m_stop->setEnabled(false);
        for (QWidget *widget : { static_cast<QWidget *>(m_every), static_cast<QWidget *>(m_count),
                                 static_cast<QWidget *>(m_connections) })
            widget->setEnabled(true);
        updateSummary();
    });
    connect(m_chart, &WatchChart::failureClicked, this, &WatchWindow::showFailure);
    retranslate();
}

WatchWindow::~WatchWindow() = default;

SeriesOptions WatchWindow::chosenOptions() const
{
    SeriesOptions options;
    options.intervalMs = int(m_every->value() * 1000 + 0.5);
    options.count = m_count->value();
    options.connections = ConnectionPolicy(m_connections->currentData().toInt());
    return SeriesOptions::bounded(options);
}

void WatchWindow::exportLoadScript()
{
    const SeriesOptions options = chosenOptions();
    const qint64 seconds = (qint64(options.intervalMs) * options.count + 999) / 1000;
    const LoadRamp ramp { 1, 1, 1, int(std::clamp<qint64>(seconds, 1, SeriesOptions::MaxDurationMs / 1000)) };
    auto *dialog = new LoadScriptDialog({ m_request }, ramp,
                                        m_request.url.toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery), this);
    dialog->setPacing(double(options.intervalMs) / 1000.0); // one request every interval, as watched
    dialog->setRequestBudget(options.count); // and no more than were watched
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->resize(size() * 0.9);
    dialog->show();
}

void WatchWindow::start()
{
    if (m_runner->isRunning())
        return;
    const SeriesOptions options = chosenOptions();
    m_chart->clear(options.count);
    m_diagnosis->clearDiagnosis();
    m_start->setEnabled(false);
    m_stop->setEnabled(true);
    for (QWidget *widget :
         { static_cast<QWidget *>(m_every), static_cast<QWidget *>(m_count), static_cast<QWidget *>(m_connections) })
        widget->setEnabled(false);
    m_summary->setText(tr("Watching…"));
    m_runner->start(m_request, options);
}

void WatchWindow::stop()
{
    m_runner->cancel();
}

void WatchWindow::showFailure(int index)
{
    if (index < 0 || index >= m_chart->sampleCount())
        return;
    m_diagnosis->showDiagnosis(m_diagnoser.diagnose(m_chart->sample(index).exchange));
}

void WatchWindow::updateBudget()
{
    const SeriesOptions options = chosenOptions();
    const QString host = m_request.url.port() > 0 ? u"%1:%2"_s.arg(m_request.url.host()).arg(m_request.url.port())
                                                  : m_request.url.host();
    m_budget->setText(
        tr("%n request(s) to %1, one every %2 s: about %3 s. Nothing is sent before Start.", nullptr, options.count)
            .arg(host)
            .arg(options.intervalMs / 1000.0)
            .arg(double(options.count) * options.intervalMs / 1000.0));
}

void WatchWindow::updateSummary()
{
    const SeriesSummary summary = SeriesSummary::of(m_runner->samples(), m_diagnoser, m_runner->wasCancelled());
    QString text = SeriesReport::text(summary).trimmed();
    if (!summary.groups.isEmpty())
        text += u'\n' + tr("Click a failed request in the chart to see its diagnosis.");
    m_summary->setText(text);
}

void WatchWindow::closeEvent(QCloseEvent *event)
{
    m_runner->cancel();
    QDialog::closeEvent(event);
}

void WatchWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void WatchWindow::retranslate()
{
    setWindowTitle(tr("Watch %1").arg(m_request.url.host()));
    m_target->setText(
        tr("Watching %1 %2").arg(QString::fromLatin1(m_request.method), m_request.url.toString(QUrl::RemoveUserInfo)));
    m_everyLabel->setText(tr("&Every (s):"));
    m_countLabel->setText(tr("&Requests:"));
    m_connections->setItemText(0, tr("New connection each time"));
    m_connections->setItemText(1, tr("Reuse connections (keep-alive)"));
    m_start->setText(tr("&Start"));
    m_stop->setText(tr("S&top"));
    m_export->setText(tr("&Export as…"));
    m_export->setToolTip(tr("Write this watch as a Locust or k6 load script: one user sending the request for as "
                            "long as the watch lasts"));
    updateBudget();
}

} // namespace Gatescope::Gui
