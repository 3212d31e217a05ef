#include "gui/ramp/RampWindow.h"

#include "gui/export/LoadScriptDialog.h"
#include "gui/ramp/RampChart.h"
#include "series/LoadScriptExporter.h"
#include "series/RampReport.h"

#include <QCheckBox>
#include <QCloseEvent>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Gatescope::Gui {

RampWindow::RampWindow(const RequestSpec &request, const Diagnoser &diagnoser, QWidget *parent)
    : QDialog(parent)
    , m_request(request)
{
    setObjectName(u"rampWindow"_s);
    setSizeGripEnabled(true);
    m_runner = new RampRunner(diagnoser, this);

    m_target = new QLabel(this);
    m_target->setObjectName(u"rampTarget"_s);
    m_target->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_target->setWordWrap(true);
    m_target->setTextFormat(Qt::PlainText);

    const auto spin = [this](const QString &name, int minimum, int maximum, int value, QLabel **label) {
        auto *box = new QSpinBox(this);
        box->setObjectName(name);
        box->setRange(minimum, maximum);
        box->setValue(value);
        *label = new QLabel(this);
        (*label)->setBuddy(box);
        connect(box, &QSpinBox::valueChanged, this, &RampWindow::updateBudget);
        return box;
    };
    m_from = spin(u"rampFrom"_s, 1, RampOptions::HardMaxConcurrency, 1, &m_fromLabel);
    m_to = spin(u"rampTo"_s, 1, RampOptions::HardMaxConcurrency, 10, &m_toLabel);
    m_step = spin(u"rampStep"_s, 1, RampOptions::HardMaxConcurrency, 1, &m_stepLabel);
    m_hold = spin(u"rampHold"_s, 1, int(RampOptions::HardMaxDurationMs / 1000), 5, &m_holdLabel);
    m_maxRequests = spin(u"rampMaxRequests"_s, 0, RampOptions::HardMaxRequests, 0, &m_maxRequestsLabel);
    m_openLoop = new QCheckBox(this);
    m_openLoop->setObjectName(u"rampOpenLoop"_s);
    connect(m_openLoop, &QCheckBox::toggled, this, [this] { retranslate(); });
    m_start = new QPushButton(this);
    m_start->setObjectName(u"rampStart"_s);
    m_start->setDefault(true);
    m_cancel = new QPushButton(this);
    m_cancel->setObjectName(u"rampCancel"_s);
    m_cancel->setEnabled(false);
    m_export = new QPushButton(this);
    m_export->setObjectName(u"rampExport"_s);
    m_budget = new QLabel(this);
    m_budget->setObjectName(u"rampBudget"_s);
    m_budget->setWordWrap(true);

    auto *controls = new QHBoxLayout;
    for (auto [label, box] :
         { std::pair { m_fromLabel, m_from }, std::pair { m_toLabel, m_to }, std::pair { m_stepLabel, m_step },
           std::pair { m_holdLabel, m_hold }, std::pair { m_maxRequestsLabel, m_maxRequests } }) {
        controls->addWidget(label);
        controls->addWidget(box);
    }
    controls->addWidget(m_openLoop);
    controls->addStretch(1);
    controls->addWidget(m_start);
    controls->addWidget(m_cancel);
    controls->addWidget(m_export);

    m_chart = new RampChart(this);
    m_chart->setObjectName(u"rampChart"_s);
    m_summary = new QPlainTextEdit(this);
    m_summary->setObjectName(u"rampSummary"_s);
    m_summary->setReadOnly(true);
    m_summary->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_summary->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_target);
    layout->addLayout(controls);
    layout->addWidget(m_budget);
    layout->addWidget(m_chart, 3);
    layout->addWidget(m_summary, 2);

    connect(m_start, &QPushButton::clicked, this, &RampWindow::start);
    connect(m_cancel, &QPushButton::clicked, this, &RampWindow::stop);
    connect(m_export, &QPushButton::clicked, this, &RampWindow::exportLoadScript);
    connect(m_runner, &RampRunner::stepFinished, this, [this](const RampStep &step) {
        m_chart->addStep(step);
        updateSummary();
    });
    connect(m_runner, &RampRunner::finished, this, [this] {
        setEditable(true);
        updateSummary();
    });
    retranslate();
}

RampWindow::~RampWindow() = default;

RampOptions RampWindow::chosenOptions() const
{
    RampOptions options = RampOptions::of(LoadRamp { m_from->value(), m_to->value(), m_step->value(), m_hold->value() },
                                          m_maxRequests->value());
    if (m_openLoop->isChecked())
        options.loop = RampOptions::Loop::Open; // at most the gentle cap in flight
    return options;
}

QString RampWindow::targetHost() const
{
    return m_request.url.port() > 0 ? u"%1:%2"_s.arg(m_request.url.host()).arg(m_request.url.port())
                                    : m_request.url.host();
}

QString RampWindow::confirmationText() const
{
    const RampOptions options = chosenOptions();
    QString text = options.openLoop()
        ? tr("Send up to %1 requests to %2, up to %3 a second whatever the answers (at most %4 at once), over "
             "at most %5 s?")
              .arg(options.totalRequests())
              .arg(targetHost())
              .arg(options.highestConcurrency())
              .arg(options.highestInFlight())
              .arg(double(options.maxDurationMs()) / 1000.0)
        : tr("Send up to %1 requests to %2, up to %3 at once, over at most %4 s?")
              .arg(options.totalRequests())
              .arg(targetHost())
              .arg(options.highestConcurrency())
              .arg(double(options.maxDurationMs()) / 1000.0);
    if (const QStringList above = options.aboveGentleCaps(); !above.isEmpty())
        text += u"\n\n"_s + tr("This goes above the gentle caps: %1.").arg(above.join(u"; "));
    return text + u"\n\n"_s + tr("Load only servers you run or may test.");
}

void RampWindow::start()
{
    if (m_runner->isRunning())
        return;
    const RampOptions options = chosenOptions();
    if (!options.invalid().isEmpty())
        return;
    QMessageBox ask(QMessageBox::Question, tr("Start the ramp?"), confirmationText(),
                    QMessageBox::Yes | QMessageBox::No, this);
    ask.setObjectName(u"rampConfirmation"_s);
    ask.setDefaultButton(QMessageBox::No);
    ask.button(QMessageBox::Yes)->setText(tr("&Start the ramp"));
    if (ask.exec() != QMessageBox::Yes)
        return;
    m_chart->clear(options.levels, options.openLoop());
    setEditable(false);
    m_summary->setPlainText(tr("Ramping…"));
    m_runner->start(m_request, options);
}

void RampWindow::stop()
{
    m_runner->cancel();
}

void RampWindow::exportLoadScript()
{
    // The same steps as chosen here, as users of the distributed engine.
    const LoadRamp ramp { m_from->value(), m_to->value(), m_step->value(), m_hold->value() };
    auto *dialog = new LoadScriptDialog({ m_request }, ramp,
                                        m_request.url.toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery), this);
    dialog->setRequestBudget(m_maxRequests->value()); // the same budget as chosen here (0: the default)
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->resize(size() * 0.9);
    dialog->show();
}

void RampWindow::setEditable(bool editable)
{
    for (QSpinBox *box : { m_from, m_to, m_step, m_hold, m_maxRequests })
        box->setEnabled(editable);
    m_openLoop->setEnabled(editable);
    m_start->setEnabled(editable && chosenOptions().invalid().isEmpty());
    m_cancel->setEnabled(!editable);
}

void RampWindow::updateBudget()
{
    const RampOptions options = chosenOptions();
    if (const QString invalid = options.invalid(); !invalid.isEmpty()) {
        m_budget->setText(tr("Cannot run: %1.").arg(invalid));
        m_start->setEnabled(false);
        return;
    }
    m_start->setEnabled(!m_runner->isRunning());
    QString text = tr("At most %1 requests (%2 per step) to %3, at most %4 s. Nothing is sent before you confirm.")
                       .arg(options.totalRequests())
                       .arg(options.requestsPerStep())
                       .arg(targetHost())
                       .arg(double(options.maxDurationMs()) / 1000.0);
    if (m_maxRequests->value() == 0)
        text += u' ' + tr("(The default budget: %1 requests a step.)").arg(RampOptions::DefaultRequestsPerStep);
    if (options.openLoop())
        text += u' '
            + tr("Open loop: each request starts on time whatever the answers, at most %1 in flight.")
                  .arg(options.highestInFlight());
    m_budget->setText(text);
}

void RampWindow::updateSummary()
{
    const QList<RampStep> &steps = m_runner->steps();
    const RampKnee knee = RampKnee::of(steps);
    m_chart->setKnee(knee);
    QString text = RampReport::stepHeader(m_runner->options().loop);
    for (const RampStep &step : steps)
        text += u'\n' + RampReport::stepLine(step);
    if (!m_runner->isRunning())
        text += u"\n\n"_s + RampReport::kneeText(knee, steps).trimmed();
    m_summary->setPlainText(text);
}

void RampWindow::closeEvent(QCloseEvent *event)
{
    m_runner->cancel();
    QDialog::closeEvent(event);
}

void RampWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void RampWindow::retranslate()
{
    setWindowTitle(tr("Ramp %1").arg(targetHost()));
    m_target->setText(tr("Capacity probe of %1 %2 — target host %3")
                          .arg(QString::fromLatin1(m_request.method.isEmpty() ? "GET" : m_request.method),
                               m_request.url.toString(QUrl::RemoveUserInfo), targetHost()));
    m_fromLabel->setText(tr("&From:"));
    m_toLabel->setText(tr("&To:"));
    m_stepLabel->setText(tr("Ste&p:"));
    m_holdLabel->setText(tr("&Hold (s):"));
    m_maxRequestsLabel->setText(tr("&Budget:"));
    m_maxRequests->setSpecialValueText(tr("default"));
    m_start->setText(tr("&Start…"));
    m_cancel->setText(tr("&Cancel"));
    m_export->setText(tr("&Export as…"));
    m_export->setToolTip(tr("Write this ramp as a Locust or k6 load script, to run it on more machines"));
    m_openLoop->setText(tr("&Open loop (a second)"));
    m_openLoop->setToolTip(tr("Start From…To requests a second at fixed times whatever the answers (no coordinated "
                              "omission), at most %1 in flight; latency is measured from each request's intended "
                              "start")
                               .arg(RampOptions::GentleMaxConcurrency));
    for (QSpinBox *box : { m_from, m_to, m_step })
        box->setToolTip(m_openLoop->isChecked() ? tr("Requests started a second, whatever the answers")
                                                : tr("Requests in flight at once, each on its own connection"));
    updateBudget();
}

} // namespace Gatescope::Gui
