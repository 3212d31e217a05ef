#include "gui/export/LoadScriptDialog.h"

#include "report/ReportFile.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Gatescope::Gui {

namespace {

constexpr int MaxUsers = 100000;
constexpr int MaxHoldSeconds = 24 * 3600;
constexpr int MaxSteps = 1000; // LoadRamp::parse's bound, the same for the window

} // namespace

LoadScriptDialog::LoadScriptDialog(const QList<RequestSpec> &requests, std::optional<LoadRamp> ramp,
                                   const QString &sourceName, QWidget *parent)
    : QDialog(parent)
    , m_requests(requests)
    , m_source(sourceName)
{
    setObjectName(u"loadScriptDialog"_s);
    setSizeGripEnabled(true);
    m_what = new QLabel(this);
    m_what->setObjectName(u"loadScriptWhat"_s);
    m_what->setWordWrap(true);
    m_what->setTextFormat(Qt::PlainText);
    m_engineLabel = new QLabel(this);
    m_engine = new QComboBox(this);
    m_engine->setObjectName(u"loadScriptEngine"_s);
    m_engine->addItem(QString(), int(LoadScriptExporter::Engine::Locust));
    m_engine->addItem(QString(), int(LoadScriptExporter::Engine::K6));
    m_engineLabel->setBuddy(m_engine);
    m_useRamp = new QCheckBox(this);
    m_useRamp->setObjectName(u"loadScriptUseRamp"_s);
    m_useRamp->setChecked(ramp.has_value());
    const LoadRamp initial = ramp.value_or(LoadRamp { 1, 10, 1, 60 });
    const auto spin = [this](const QString &name, int minimum, int maximum, int value, QLabel **label) {
        auto *box = new QSpinBox(this);
        box->setObjectName(name);
        box->setRange(minimum, maximum);
        box->setValue(value);
        *label = new QLabel(this);
        (*label)->setBuddy(box);
        connect(box, &QSpinBox::valueChanged, this, &LoadScriptDialog::updateScript);
        return box;
    };
    m_from = spin(u"loadScriptFrom"_s, 1, MaxUsers, initial.from, &m_fromLabel);
    m_to = spin(u"loadScriptTo"_s, 1, MaxUsers, initial.to, &m_toLabel);
    m_step = spin(u"loadScriptStep"_s, 1, MaxUsers, initial.step, &m_stepLabel);
    m_hold = spin(u"loadScriptHold"_s, 1, MaxHoldSeconds, initial.holdSeconds, &m_holdLabel);
    m_preview = new QPlainTextEdit(this);
    m_preview->setObjectName(u"loadScriptPreview"_s);
    m_preview->setReadOnly(true);
    m_preview->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_preview->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_variables = new QLabel(this);
    m_variables->setObjectName(u"loadScriptVariables"_s);
    m_variables->setWordWrap(true);
    m_variables->setTextFormat(Qt::PlainText);
    m_variables->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status = new QLabel(this);
    m_status->setObjectName(u"loadScriptStatus"_s);
    m_status->setWordWrap(true);
    m_save = new QPushButton(this);
    m_save->setObjectName(u"loadScriptSave"_s);
    m_save->setDefault(true);
    m_close = new QPushButton(this);
    m_close->setObjectName(u"loadScriptClose"_s);

    auto *engineRow = new QHBoxLayout;
    engineRow->addWidget(m_engineLabel);
    engineRow->addWidget(m_engine);
    engineRow->addSpacing(12);
    engineRow->addWidget(m_useRamp);
    for (auto [label, box] : { std::pair { m_fromLabel, m_from }, std::pair { m_toLabel, m_to },
                               std::pair { m_stepLabel, m_step }, std::pair { m_holdLabel, m_hold } }) {
        engineRow->addWidget(label);
        engineRow->addWidget(box);
    }
    engineRow->addStretch(1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_status, 1);
    buttons->addWidget(m_save);
    buttons->addWidget(m_close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_what);
    layout->addLayout(engineRow);
    layout->addWidget(m_preview, 1);
    layout->addWidget(m_variables);
    layout->addLayout(buttons);

    connect(m_engine, &QComboBox::currentIndexChanged, this, &LoadScriptDialog::updateScript);
    connect(m_useRamp, &QCheckBox::toggled, this, &LoadScriptDialog::updateScript);
    connect(m_save, &QPushButton::clicked, this, &LoadScriptDialog::saveWithFileDialog);
    connect(m_close, &QPushButton::clicked, this, &QDialog::reject);
    retranslate();
}

LoadScriptDialog::~LoadScriptDialog() = default;

LoadScriptExporter::Engine LoadScriptDialog::engine() const
{
    return LoadScriptExporter::Engine(m_engine->currentData().toInt());
}

void LoadScriptDialog::setEngine(LoadScriptExporter::Engine engine)
{
    m_engine->setCurrentIndex(m_engine->findData(int(engine)));
}

std::optional<LoadRamp> LoadScriptDialog::ramp() const
{
    if (!m_useRamp->isChecked())
        return std::nullopt;
    return LoadRamp { m_from->value(), m_to->value(), m_step->value(), m_hold->value() };
}

void LoadScriptDialog::setPacing(double seconds)
{
    m_pacingSeconds = seconds;
    updateScript();
}

void LoadScriptDialog::setRequestBudget(int requests)
{
    m_requestBudget = requests;
    updateScript();
}

QByteArray LoadScriptDialog::script() const
{
    LoadScriptExporter exporter(m_requests, ramp(), m_source);
    exporter.setPacing(m_pacingSeconds);
    exporter.setRequestBudget(m_requestBudget);
    return exporter.script(engine());
}

Result<qint64> LoadScriptDialog::saveTo(const QString &path)
{
    Result<qint64> saved = ReportFile::save(path, script());
    if (!saved) {
        m_status->setText(saved.error());
        return saved;
    }
    //: %1 file name
    m_status->setText(tr("Saved %1").arg(QFileInfo(path).fileName()));
    Q_EMIT scriptSaved(path);
    return saved;
}

void LoadScriptDialog::saveWithFileDialog()
{
    const bool locust = engine() == LoadScriptExporter::Engine::Locust;
    const QString name = locust ? u"locustfile.py"_s : u"k6-script.js"_s; // locustfile.py: what locust runs without -f
    const QString suggested = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + u'/' + name;
    const QString filter = locust ? tr("Locust locustfile (*.py)") : tr("k6 script (*.js)");
    const QString path = QFileDialog::getSaveFileName(this, tr("Save load script"), suggested, filter);
    if (!path.isEmpty())
        saveTo(path);
}

void LoadScriptDialog::updateScript()
{
    const bool ramped = m_useRamp->isChecked();
    for (QWidget *widget : std::initializer_list<QWidget *> { m_from, m_to, m_step, m_hold, m_fromLabel, m_toLabel,
                                                              m_stepLabel, m_holdLabel })
        widget->setEnabled(ramped);
    if (const std::optional<LoadRamp> chosen = ramp(); chosen && chosen->levels().size() > MaxSteps) {
        m_preview->clear();
        m_status->setText(tr("The ramp makes %1 steps; at most %2.").arg(chosen->levels().size()).arg(MaxSteps));
        m_save->setEnabled(false);
        return;
    }
    LoadScriptExporter exporter(m_requests, ramp(), m_source);
    exporter.setPacing(m_pacingSeconds);
    exporter.setRequestBudget(m_requestBudget);
    m_preview->setPlainText(QString::fromUtf8(exporter.script(engine())));
    const QStringList variables = exporter.secretVariables();
    m_variables->setText(variables.isEmpty()
                             ? tr("No credentials found: the script holds the requests as they are.")
                             : tr("Credentials are not written into the script; set these environment variables "
                                  "before running it:")
                                 + u"\n  "_s + variables.join(u"\n  "_s));
    m_status->clear();
    m_save->setEnabled(!m_requests.isEmpty());
}

void LoadScriptDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void LoadScriptDialog::retranslate()
{
    setWindowTitle(tr("Export as Locust or k6"));
    //: %1 where the requests come from (a collection's name, "Watch of …")
    m_what->setText(tr("Requests from %1: %Ln, written as a load script for a distributed engine, which runs the "
                       "load beyond one workstation.",
                       nullptr, int(m_requests.size()))
                        .arg(m_source));
    m_engineLabel->setText(tr("&Engine:"));
    m_engine->setItemText(0, tr("Locust locustfile (Python; standalone or master + workers)"));
    m_engine->setItemText(1, tr("k6 script (JavaScript; ramping-vus)"));
    m_useRamp->setText(tr("&Ramp users:"));
    m_fromLabel->setText(tr("&From:"));
    m_toLabel->setText(tr("&To:"));
    m_stepLabel->setText(tr("Ste&p:"));
    m_holdLabel->setText(tr("&Hold (s):"));
    m_save->setText(tr("&Save…"));
    m_close->setText(tr("&Close"));
    updateScript();
}

} // namespace Gatescope::Gui
