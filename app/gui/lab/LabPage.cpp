#include "gui/lab/LabPage.h"

#include "gui/lab/LabScenarioDelegate.h"
#include "gui/lab/LabScenarioModel.h"
#include "gui/lab/LabScenarioView.h"
#include "gui/lab/LabSession.h"

#include <QApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Gatescope::Gui {

LabPage::LabPage(LabSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{
    setupWidgets();
    setupConnections();
    retranslate();
    updateState();
}

void LabPage::setupWidgets()
{
    setObjectName(QStringLiteral("labPage"));
    m_heading = new QLabel(this);

    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_intro->setTextFormat(Qt::RichText);
    m_intro->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_intro->setOpenExternalLinks(false);

    m_start = new QPushButton(this);
    m_start->setObjectName(QStringLiteral("labStartButton"));
    m_start->setDefault(true);
    m_runAll = new QPushButton(this);
    m_runAll->setObjectName(QStringLiteral("labRunAllButton"));
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_start);
    buttons->addWidget(m_runAll);
    buttons->addWidget(m_status, 1);

    m_view = new LabScenarioView(this);
    m_view->setScenarioModel(m_session->model());
    setFocusProxy(m_session->isStarted() ? static_cast<QWidget *>(m_view) : m_start);
    m_detail = new QTextBrowser(this);
    m_detail->setObjectName(QStringLiteral("labScenarioDetail"));
    m_detail->setOpenLinks(false);
    m_detail->setMinimumWidth(fontMetrics().averageCharWidth() * 24); // words, not letters, per line at 1280×720
    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->addWidget(m_view);
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(0, 4);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_intro);
    layout->addLayout(buttons);
    layout->addStretch(0);
    layout->addWidget(m_splitter, 1);
}

void LabPage::setupConnections()
{
    connect(m_start, &QPushButton::clicked, this, [this] {
        if (!m_session->start())
            m_lastMessage = tr("The lab did not start: %1").arg(m_session->errorString());
        updateState();
    });
    connect(m_runAll, &QPushButton::clicked, this, [this] {
        m_lastMessage.clear();
        m_session->runAll();
    });
    connect(m_view, &LabScenarioView::runRequested, this, [this](const QString &id) {
        m_lastMessage.clear();
        m_session->runScenario(id);
    });
    connect(m_session, &LabSession::startFailed, this, [this](const QString &message) {
        m_lastMessage = tr("The lab did not start: %1").arg(message);
        updateState();
    });
    connect(m_session, &LabSession::labStarted, this, [this] {
        m_lastMessage.clear();
        const bool hadFocus = m_start->hasFocus() || isAncestorOf(QApplication::focusWidget());
        updateState();
        if (m_session->model()->rowCount() > 0)
            m_view->setCurrentIndex(m_session->model()->index(0, LabScenarioModel::ScenarioColumn));
        // The keyboard goes on to the scenarios: arrows pick one, Space runs it.
        setFocusProxy(m_view);
        if (hadFocus)
            m_view->setFocus(Qt::OtherFocusReason);
    });
    connect(m_session, &LabSession::busyChanged, this, [this] { updateState(); });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] { showDetail(); });
    connect(m_session->model(), &QAbstractItemModel::dataChanged, this, [this] { showDetail(); });
    connect(m_session->model(), &QAbstractItemModel::modelReset, this, [this] { showDetail(); });
    connect(m_session, &LabSession::scenarioStarted, this, [this] { updateState(); });
    connect(m_session, &LabSession::scenarioFinished, this, &LabPage::onScenarioFinished);
    connect(m_session, &LabSession::runsFinished, this, [this](int matched, int ran) {
        if (ran > 1)
            m_lastMessage = matched == ran
                ? tr("All %n scenarios gave the expected diagnosis.", nullptr, ran)
                : tr("%1 of %n scenarios gave the expected diagnosis; the crossed ones say what differed.", nullptr,
                     ran)
                      .arg(matched);
        updateState();
    });
}

void LabPage::onScenarioFinished(const LabRunResult &result)
{
    const LabScenario *scenario = m_session->scenario(result.scenarioId);
    if (!scenario)
        return;
    m_lastMessage = result.matched
        ? tr("%1: the live diagnosis matches the expected one.").arg(scenario->title)
        : tr("%1: the live diagnosis differs — %2")
              .arg(scenario->title, LabScenarioModel::difference(*scenario, result.diagnosis));
    const int row = m_session->model()->rowForId(result.scenarioId);
    if (row >= 0 && !m_session->isBusy())
        m_view->scrollTo(m_session->model()->index(row, 0));
    updateState();
}

void LabPage::showDetail()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid()) {
        m_detail->clear();
        return;
    }
    const auto text = [&current](int role) { return current.data(role).toString().toHtmlEscaped(); };
    QString html
        = u"<p><b>%1</b></p><p>%2</p>"_s.arg(text(LabScenarioModel::TitleRole), text(LabScenarioModel::StoryRole));
    const int burst = current.data(LabScenarioModel::BurstRole).toInt();
    const QString url = current.data(LabScenarioModel::UrlRole).toUrl().toDisplayString().toHtmlEscaped();
    html += u"<p><tt>GET %1</tt>"_s.arg(url);
    if (burst > 1)
        html += u"<br>"_s + tr("sent %n times at once", nullptr, burst).toHtmlEscaped();
    html += u"</p>"_s;
    //: Lab detail: %1 = the expected diagnosis ("504 · upstream.timeout · by gatescope-lab"), %2 = the textbook case
    html += tr("<p>Expected diagnosis: <b>%1</b><br>%2</p>")
                .arg(text(LabScenarioModel::ExpectedDiagnosisRole), text(LabScenarioModel::TextbookCaseRole));
    const auto state = LabScenarioModel::RunState(current.data(LabScenarioModel::RunStateRole).toInt());
    if (state == LabScenarioModel::RunState::Matched || state == LabScenarioModel::RunState::Differed) {
        const bool matched = state == LabScenarioModel::RunState::Matched;
        const QString color = LabScenarioDelegate::verdictColor(m_detail->palette(), matched).name();
        html += u"<p style=\"color:%1\">"_s.arg(color);
        html += matched ? tr("✓ Live diagnosis: <b>%1</b> — as expected.").arg(text(LabScenarioModel::VerdictRole))
                        : tr("✗ Live diagnosis: <b>%1</b> — %2.")
                              .arg(text(LabScenarioModel::VerdictRole), text(LabScenarioModel::DifferenceRole));
        html += u"</p><p>%1</p>"_s.arg(text(LabScenarioModel::VerdictSummaryRole));
    }
    m_detail->setHtml(html);
}

void LabPage::retranslate()
{
    m_intro->setText(tr("<p>No broken server at hand? The lab starts one of every kind <b>inside Gatescope, on this "
                        "machine's loopback address (127.0.0.1) only</b>: a misbehaving origin and a small gateway "
                        "in front of it, with one ready request per textbook case of 500, 502, 503 and 504 and "
                        "per way a connection can fail. Nothing goes to the network; the lab stops when you quit.</p>"
                        "<p>Run a scenario: its requests appear in the waterfall, the diagnosis pane says which hop "
                        "produced the error and why, and a check mark shows that the live diagnosis is the one the "
                        "textbook expects.</p>"));
    m_runAll->setText(tr("Run all"));
    m_runAll->setToolTip(tr("Run every scenario, one after the other"));
    updateState();
}

void LabPage::updateState()
{
    const bool started = m_session->isStarted();
    const bool busy = m_session->isBusy();
    m_start->setText(tr("Start the 5xx Lab"));
    m_start->setEnabled(!started);
    m_start->setVisible(!started);
    // Once the lab runs the list and the waterfall need the room: the introduction and the heading
    // fold away (the heading, "running on 127.0.0.1 only", stays as the tab's tooltip: heading()).
    m_intro->setVisible(!started);
    m_heading->setVisible(!started);
    m_heading->setText(started ? tr("5xx Lab — running on 127.0.0.1 only") : tr("Welcome to the 5xx Lab"));
    QFont headingFont = font();
    headingFont.setBold(true);
    headingFont.setPointSizeF(headingFont.pointSizeF() * (started ? 1.15 : 1.3));
    m_heading->setFont(headingFont);
    m_runAll->setVisible(started);
    m_runAll->setEnabled(started && !busy);
    m_splitter->setVisible(started);

    QString status = m_lastMessage;
    if (started && busy) {
        const LabScenario *running = m_session->scenario(m_session->runningScenarioId());
        const int queued = int(m_session->queuedScenarioIds().size());
        if (running) {
            status = running->burst > 1
                ? tr("Running “%1”: %n requests at once…", nullptr, running->burst).arg(running->title)
                : tr("Running “%1”…").arg(running->title);
            if (queued > 0)
                status += u' ' + tr("%n more queued.", nullptr, queued);
        }
    } else if (started && status.isEmpty()) {
        const int total = m_session->model()->rowCount();
        const int matched = m_session->model()->matchedCount();
        status = matched > 0 ? tr("%1 of %n scenarios matched so far.", nullptr, total).arg(matched)
                             : tr("%n scenarios ready. Press Run on one (or Run all): its requests appear in the "
                                  "waterfall, the verdict in the diagnosis pane.",
                                  nullptr, total);
    }
    m_status->setText(status);
}

QString LabPage::heading() const
{
    return m_heading->text();
}

void LabPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace Gatescope::Gui
