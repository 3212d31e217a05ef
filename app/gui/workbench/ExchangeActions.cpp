#include "gui/workbench/ExchangeActions.h"

#include "capture/CurlExporter.h"
#include "capture/HarExporter.h"
#include "capture/InvokeWebRequestExporter.h"
#include "gui/waterfall/WaterfallModel.h"
#include "gui/workbench/ExchangePresenter.h"
#include "gui/workbench/OriginCompareDialog.h"
#include "probe/ProxyResolver.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDialog>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Gatescope::Gui {

ExchangeActions::ExchangeActions(ExchangePresenter *presenter, QWidget *dialogParent)
    : QObject(dialogParent)
    , m_presenter(presenter)
    , m_dialogParent(dialogParent)
{
    const auto make = [this](const char *name) {
        auto *action = new QAction(this);
        action->setObjectName(QString::fromLatin1(name));
        return action;
    };
    m_replay = make("replay");
    m_replay->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    m_replayThrough = make("replayThrough");
    m_copyCurl = make("copyCurl");
    m_copyCurlCmd = make("copyCurlCmd");
    m_copyPowerShell = make("copyPowerShell");
    m_copyHar = make("copyHar");
    m_copyUrl = make("copyUrl");
    m_openInBuilder = make("openInBuilder");
    m_exportReport = make("exportExchangeReport");
    m_compareWithOrigin = make("compareWithOrigin");
    m_compareProtocols = make("compareProtocols");

    connect(m_replay, &QAction::triggered, this, [this] {
        if (m_presenter->hasCurrent())
            Q_EMIT replayRequested(m_presenter->currentExchange(), m_presenter->currentExchange().request);
    });
    connect(m_replayThrough, &QAction::triggered, this, &ExchangeActions::askRoute);
    connect(m_compareWithOrigin, &QAction::triggered, this, &ExchangeActions::askOrigins);
    connect(m_compareProtocols, &QAction::triggered, this, [this] {
        if (!m_presenter->hasCurrent())
            return;
        auto *compare = new ProtocolCompareDialog(m_presenter->currentExchange().request, m_dialogParent);
        compare->setAttribute(Qt::WA_DeleteOnClose);
        compare->show();
    });
    const auto copyCurl = [this](CurlExporter::Shell shell, const QString &what) {
        if (!m_presenter->hasCurrent())
            return;
        CurlExporter::Options options;
        options.shell = shell;
        QApplication::clipboard()->setText(
            QString::fromUtf8(CurlExporter::toCurl(m_presenter->currentExchange().request, options)));
        Q_EMIT copied(what);
    };
    connect(m_copyCurl, &QAction::triggered, this,
            [copyCurl] { copyCurl(CurlExporter::Shell::Bash, tr("curl command (bash)")); });
    connect(m_copyCurlCmd, &QAction::triggered, this,
            [copyCurl] { copyCurl(CurlExporter::Shell::Cmd, tr("curl command (cmd)")); });
    connect(m_copyPowerShell, &QAction::triggered, this, [this] {
        if (!m_presenter->hasCurrent())
            return;
        QApplication::clipboard()->setText(
            QString::fromUtf8(InvokeWebRequestExporter::toPowerShell(m_presenter->currentExchange().request)));
        Q_EMIT copied(tr("PowerShell command"));
    });
    connect(m_copyHar, &QAction::triggered, this, [this] {
        if (!m_presenter->hasCurrent())
            return;
        const QJsonObject entry = HarExporter::entryForExchange(m_presenter->currentExchange());
        QApplication::clipboard()->setText(QString::fromUtf8(QJsonDocument(entry).toJson(QJsonDocument::Indented)));
        Q_EMIT copied(tr("HAR entry"));
    });
    connect(m_copyUrl, &QAction::triggered, this, [this] {
        if (!m_presenter->hasCurrent())
            return;
        QApplication::clipboard()->setText(m_presenter->currentExchange().request.url.toString(QUrl::FullyEncoded));
        Q_EMIT copied(tr("URL"));
    });
    connect(m_openInBuilder, &QAction::triggered, this, &ExchangeActions::openInBuilderRequested);
    connect(m_exportReport, &QAction::triggered, this, &ExchangeActions::exportRequested);
    connect(presenter, &ExchangePresenter::exchangeShown, this, &ExchangeActions::updateEnabled);
    connect(presenter, &ExchangePresenter::documentChanged, this, &ExchangeActions::updateEnabled);
    dialogParent->installEventFilter(this); // LanguageChange
    retranslate();
    updateEnabled();
}

void ExchangeActions::addTo(QMenu *menu) const
{
    menu->addAction(m_replay);
    menu->addAction(m_replayThrough);
    menu->addAction(m_compareWithOrigin);
    menu->addAction(m_compareProtocols);
    menu->addSeparator();
    menu->addAction(m_copyCurl);
    menu->addAction(m_copyCurlCmd);
    menu->addAction(m_copyPowerShell);
    menu->addAction(m_copyHar);
    menu->addAction(m_copyUrl);
    menu->addSeparator();
    menu->addAction(m_openInBuilder);
    menu->addAction(m_exportReport);
}

void ExchangeActions::setReplayBusy(bool busy)
{
    m_replayBusy = busy;
    updateEnabled();
}

void ExchangeActions::updateEnabled()
{
    const bool current = m_presenter->hasCurrent();
    for (QAction *action :
         { m_copyCurl, m_copyCurlCmd, m_copyPowerShell, m_copyHar, m_copyUrl, m_openInBuilder, m_exportReport })
        action->setEnabled(current);
    m_replay->setEnabled(current && !m_replayBusy);
    m_replayThrough->setEnabled(current && !m_replayBusy);
    m_compareWithOrigin->setEnabled(current);
    m_compareProtocols->setEnabled(current);
}

void ExchangeActions::retranslate()
{
    m_replay->setText(tr("&Replay"));
    m_replay->setToolTip(tr("Send this exchange's request again and show the answer beside the captured one"));
    m_replayThrough->setText(tr("Replay &through…"));
    m_replayThrough->setToolTip(tr("Replay through a proxy, or to another address (--connect-to, --resolve)"));
    m_compareWithOrigin->setText(tr("Compare with &origin…"));
    m_compareWithOrigin->setToolTip(
        tr("Send this request as addressed and straight to the origin (same Host and TLS name), side by side"));
    m_compareProtocols->setText(tr("Try over HTTP/&1.1 / HTTP/2"));
    m_compareProtocols->setToolTip(tr("Send this request over HTTP/1.1 and over HTTP/2 and compare the verdicts: a "
                                      "fault that appears over one protocol only is called out"));
    m_copyCurl->setText(tr("Copy as c&URL (bash)"));
    m_copyCurlCmd->setText(tr("Copy as cURL (c&md)"));
    m_copyCurlCmd->setToolTip(tr("A curl command for the Windows command prompt, quoted as Chrome DevTools does"));
    m_copyPowerShell->setText(tr("Copy as &PowerShell"));
    m_copyPowerShell->setToolTip(tr("An Invoke-WebRequest command for PowerShell"));
    m_copyHar->setText(tr("Copy as &HAR entry"));
    m_copyUrl->setText(tr("Copy U&RL"));
    m_openInBuilder->setText(tr("&Open in builder"));
    m_exportReport->setText(tr("E&xport report of this exchange…"));
}

bool ExchangeActions::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_dialogParent && event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::eventFilter(watched, event);
}

Result<RequestSpec> ExchangeActions::routed(RequestSpec request, const Route &route)
{
    if (!route.proxy.trimmed().isEmpty()) {
        const Result<ProxyChoice> proxy = ProxyResolver::parseProxyUrl(route.proxy.trimmed(), tr("Proxy"));
        if (!proxy && route.proxy.trimmed().compare(u"none"_s, Qt::CaseInsensitive) != 0)
            return Error { proxy.error() };
        request.options.proxy = route.proxy.trimmed();
    }
    if (!route.connectTo.trimmed().isEmpty()) {
        const Result<AddressOverride> entry
            = AddressOverride::parse(AddressOverride::Kind::ConnectTo, route.connectTo.trimmed());
        if (!entry)
            return Error { entry.error() };
        request.options.addressOverrides.append(entry.value());
    }
    if (!route.resolve.trimmed().isEmpty()) {
        const Result<AddressOverride> entry
            = AddressOverride::parse(AddressOverride::Kind::Resolve, route.resolve.trimmed());
        if (!entry)
            return Error { entry.error() };
        request.options.addressOverrides.append(entry.value());
    }
    return request;
}

void ExchangeActions::askRoute()
{
    if (!m_presenter->hasCurrent())
        return;
    const Exchange captured = m_presenter->currentExchange();
    QDialog dialog(m_dialogParent);
    dialog.setWindowTitle(tr("Replay through…"));
    auto *proxy = new QLineEdit(&dialog);
    proxy->setPlaceholderText(u"http://proxy.example:3128"_s);
    auto *connectTo = new QLineEdit(&dialog);
    const QString hostPort = captured.request.url.host() + u':'
        + QString::number(captured.request.url.port(captured.request.url.scheme() == u"https" ? 443 : 80));
    connectTo->setPlaceholderText(hostPort + u":10.0.0.5:8080"_s);
    auto *resolve = new QLineEdit(&dialog);
    resolve->setPlaceholderText(hostPort + u":127.0.0.1"_s);
    auto *problem = new QLabel(&dialog);
    problem->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Replay"));
    auto *form = new QFormLayout;
    form->addRow(tr("&Proxy (-x):"), proxy);
    form->addRow(tr("&Connect to (--connect-to):"), connectTo);
    form->addRow(tr("&Resolve (--resolve):"), resolve);
    auto *layout = new QVBoxLayout(&dialog);
    auto *intro = new QLabel(tr("Send %1 again another way; fields left empty keep the request's own route.")
                                 .arg(captured.request.url.toDisplayString()),
                             &dialog);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(problem);
    layout->addWidget(buttons);
    Result<RequestSpec> request = Error { QString() };
    connect(buttons, &QDialogButtonBox::accepted, &dialog, [&] {
        request = routed(captured.request, { proxy->text(), connectTo->text(), resolve->text() });
        if (request)
            dialog.accept();
        else
            problem->setText(request.error());
    });
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() == QDialog::Accepted && request)
        Q_EMIT replayRequested(captured, request.value());
}

void ExchangeActions::askOrigins()
{
    if (!m_presenter->hasCurrent())
        return;
    const RequestSpec request = m_presenter->currentExchange().request;
    QDialog dialog(m_dialogParent);
    dialog.setWindowTitle(tr("Compare with origin…"));
    auto *origins = new QLineEdit(&dialog);
    origins->setObjectName(u"origins"_s);
    origins->setPlaceholderText(u"10.0.3.7:8080 10.0.3.8:8080"_s);
    auto *problem = new QLabel(&dialog);
    problem->setWordWrap(true);
    auto *intro = new QLabel(tr("Send %1 as addressed and again straight to each address below (HOST:PORT, several "
                                "separated by spaces), with the same Host header and TLS name. Nothing else is "
                                "contacted and no redirect is followed.")
                                 .arg(request.url.toDisplayString()),
                             &dialog);
    intro->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Compare"));
    auto *chain = new QLineEdit(&dialog);
    chain->setObjectName(u"chainHops"_s);
    chain->setPlaceholderText(u"10.0.0.5:80 10.0.1.9:80"_s);
    chain->setToolTip(tr("Optional: the addresses of the hops in between, client side first (the load balancer, "
                         "then the pod's ingress…); the request goes straight to each too, and the conclusion says "
                         "where along the chain it starts to fail."));
    auto *form = new QFormLayout;
    form->addRow(tr("&Origins:"), origins);
    form->addRow(tr("&Through hops:"), chain);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(problem);
    layout->addWidget(buttons);
    QStringList typed;
    QStringList hops;
    connect(buttons, &QDialogButtonBox::accepted, &dialog, [&] {
        typed = origins->text().split(QRegularExpression(u"[\\s,]+"_s), Qt::SkipEmptyParts);
        hops = chain->text().split(QRegularExpression(u"[\\s,]+"_s), Qt::SkipEmptyParts);
        if (typed.isEmpty()) {
            problem->setText(tr("Type at least one HOST:PORT."));
            return;
        }
        for (const QString &origin : hops + typed) {
            if (const Result<RequestSpec> straight = OriginComparison::straightTo(request, origin); !straight) {
                problem->setText(straight.error());
                return;
            }
        }
        dialog.accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() != QDialog::Accepted)
        return;
    auto *compare = new OriginCompareDialog(request, typed, m_dialogParent, hops);
    compare->setAttribute(Qt::WA_DeleteOnClose);
    compare->show();
}

} // namespace Gatescope::Gui
