#include "gui/request/ProbeOptionsEditor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QSpinBox>

using namespace Qt::StringLiterals;

namespace Gatescope::Gui {

namespace {
enum ProxyMode { ProxyFromEnvironment, ProxyNone, ProxyCustom };

} // namespace

ProbeOptionsEditor::ProbeOptionsEditor(QWidget *parent)
    : QWidget(parent)
{
    setupWidgets();
    retranslate();
    setOptions(ProbeOptions {});
}

QSpinBox *ProbeOptionsEditor::timeoutBox()
{
    auto *box = new QSpinBox(this);
    box->setRange(0, 3600 * 1000);
    box->setSingleStep(1000);
    box->setAccelerated(true);
    connect(box, &QSpinBox::valueChanged, this, [this] {
        if (!m_updating)
            Q_EMIT edited();
    });
    return box;
}

void ProbeOptionsEditor::setupWidgets()
{
    m_connect = timeoutBox();
    m_tls = timeoutBox();
    m_firstByte = timeoutBox();
    m_total = timeoutBox();
    m_follow = new QCheckBox(this);
    m_maxRedirects = new QSpinBox(this);
    m_maxRedirects->setRange(0, 100);
    m_verifyTls = new QCheckBox(this);
    m_verifyTls->setObjectName(u"verifyTls"_s); // found by tests and the screenshot tool in every language
    m_httpVersion = new QComboBox(this); // items in ProbeOptions::HttpVersion order
    m_httpVersion->setObjectName(u"httpVersion"_s);
    m_httpVersion->addItems({ QString(), QString(), QString() });
    m_proxyMode = new QComboBox(this);
    m_proxyMode->addItems({ QString(), QString(), QString() });
    m_proxy = new QLineEdit(this);
    m_overrides = new QPlainTextEdit(this);
    m_overrides->setTabChangesFocus(true);
    m_overrides->setMaximumHeight(fontMetrics().height() * 5);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);

    auto *redirects = new QHBoxLayout;
    redirects->addWidget(m_follow);
    redirects->addWidget(m_maxRedirects);
    redirects->addStretch(1);
    auto *proxy = new QHBoxLayout;
    proxy->addWidget(m_proxyMode);
    proxy->addWidget(m_proxy, 1);

    m_form = new QFormLayout(this);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->addRow(new QLabel(this), m_connect);
    m_form->addRow(new QLabel(this), m_tls);
    m_form->addRow(new QLabel(this), m_firstByte);
    m_form->addRow(new QLabel(this), m_total);
    m_form->addRow(redirects);
    m_form->addRow(m_verifyTls);
    m_form->addRow(new QLabel(this), m_httpVersion);
    m_form->addRow(proxy);
    m_form->addRow(new QLabel(this), m_overrides);
    m_form->addRow(m_status);

    const auto notify = [this] {
        validate();
        if (!m_updating)
            Q_EMIT edited();
    };
    connect(m_follow, &QCheckBox::toggled, this, [this, notify](bool on) {
        m_maxRedirects->setEnabled(on);
        notify();
    });
    connect(m_maxRedirects, &QSpinBox::valueChanged, this, notify);
    connect(m_verifyTls, &QCheckBox::toggled, this, notify);
    connect(m_httpVersion, &QComboBox::currentIndexChanged, this, notify);
    connect(m_proxyMode, &QComboBox::currentIndexChanged, this, [this, notify](int mode) {
        m_proxy->setEnabled(mode == ProxyCustom);
        notify();
    });
    connect(m_proxy, &QLineEdit::textEdited, this, notify);
    connect(m_overrides, &QPlainTextEdit::textChanged, this, notify);
}

void ProbeOptionsEditor::retranslate()
{
    const auto label = [this](QWidget *field, const QString &text) {
        if (auto *l = qobject_cast<QLabel *>(m_form->labelForField(field))) {
            l->setText(text);
            l->setBuddy(field);
        }
        field->setAccessibleName(QString(text).remove(u'&').remove(u':'));
    };
    for (QSpinBox *box : { m_connect, m_tls, m_firstByte, m_total }) {
        //: Unit suffix of a time field, with its leading space
        box->setSuffix(tr(" ms"));
        //: Shown in a timeout field set to 0
        box->setSpecialValueText(tr("no limit"));
    }
    label(m_connect, tr("&Connect timeout:"));
    label(m_tls, tr("TLS &handshake timeout:"));
    label(m_firstByte, tr("&First-byte timeout:"));
    label(m_total, tr("T&otal timeout:"));
    m_connect->setToolTip(tr("Name lookup and TCP connect (curl --connect-timeout)"));
    m_firstByte->setToolTip(tr("From the request being written to the first byte of the answer"));
    m_total->setToolTip(tr("The whole exchange (curl -m); 0 = no limit"));
    m_follow->setText(tr("Follow &redirects, at most"));
    m_maxRedirects->setAccessibleName(tr("Maximum number of redirects"));
    m_follow->setAccessibleName(tr("Follow redirects"));
    m_verifyTls->setText(tr("&Verify TLS certificates (off = curl -k)"));
    m_verifyTls->setAccessibleName(tr("Verify TLS certificates"));
    label(m_httpVersion, tr("Pro&tocol:"));
    m_httpVersion->setItemText(int(ProbeOptions::HttpVersion::Http11), tr("HTTP/1.1 (curl --http1.1)"));
    m_httpVersion->setItemText(int(ProbeOptions::HttpVersion::Http2),
                               tr("HTTP/2 when the server agrees: ALPN over TLS, Upgrade over http (curl --http2)"));
    m_httpVersion->setItemText(int(ProbeOptions::HttpVersion::Http2PriorKnowledge),
                               tr("HTTP/2 without asking (curl --http2-prior-knowledge)"));
    m_proxyMode->setItemText(ProxyFromEnvironment, tr("Proxy from the environment"));
    m_proxyMode->setItemText(ProxyNone, tr("No proxy"));
    m_proxyMode->setItemText(ProxyCustom, tr("This proxy:"));
    m_proxyMode->setAccessibleName(tr("Proxy"));
    m_proxy->setPlaceholderText(tr("http://proxy.example:3128 or socks5h://127.0.0.1:1080"));
    m_proxy->setAccessibleName(tr("Proxy URL"));
    label(m_overrides, tr("&Address overrides:"));
    m_overrides->setPlaceholderText(tr("One per line, as curl takes them:\n"
                                       "--resolve example.test:443:127.0.0.1\n"
                                       "--connect-to example.test:443:backend.internal:8443"));
    validate();
}

void ProbeOptionsEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

Result<AddressOverride> ProbeOptionsEditor::parseOverride(const QString &input)
{
    const QString line = input.trimmed();
    static const QRegularExpression prefix(u"^(--)?(resolve|connect-to)(\\s+|=)"_s);
    const QRegularExpressionMatch match = prefix.match(line);
    if (!match.hasMatch())
        return Error { tr("\"%1\": start with --resolve or --connect-to").arg(line) };
    const AddressOverride::Kind kind
        = match.captured(2) == u"resolve" ? AddressOverride::Kind::Resolve : AddressOverride::Kind::ConnectTo;
    return AddressOverride::parse(kind, QStringView(line).mid(match.capturedLength()));
}

QString ProbeOptionsEditor::formatOverride(const AddressOverride &entry)
{
    return AddressOverride::curlOptionName(entry.kind) + u' ' + entry.toCurlArgument();
}

void ProbeOptionsEditor::validate()
{
    m_error.clear();
    if (m_proxyMode->currentIndex() == ProxyCustom) {
        const QUrl url(m_proxy->text().trimmed(), QUrl::StrictMode);
        static const QStringList schemes { u"http"_s, u"https"_s, u"socks5"_s, u"socks5h"_s };
        if (!url.isValid() || url.host().isEmpty() || !schemes.contains(url.scheme()))
            m_error = tr("Proxy: \"%1\" is not a proxy URL (http://, https://, socks5:// or socks5h://host:port)")
                          .arg(m_proxy->text().trimmed());
    }
    const QStringList lines = m_overrides->toPlainText().split(u'\n');
    for (qsizetype i = 0; i < lines.size() && m_error.isEmpty(); ++i) {
        if (lines.at(i).trimmed().isEmpty())
            continue;
        const Result<AddressOverride> entry = parseOverride(lines.at(i));
        if (!entry)
            //: %1 = line number in the address overrides field, %2 = what is wrong
            m_error = tr("Address overrides, line %1: %2").arg(i + 1).arg(entry.error());
    }
    m_status->setText(m_error);
    const bool dark = palette().color(QPalette::Window).lightness() < 128;
    m_status->setStyleSheet(m_error.isEmpty() ? QString() : dark ? u"color: #ff7b72"_s : u"color: #c01c28"_s);
}

QString ProbeOptionsEditor::firstError() const
{
    return m_error;
}

ProbeOptions ProbeOptionsEditor::options() const
{
    ProbeOptions options;
    options.connectTimeoutMs = m_connect->value();
    options.tlsTimeoutMs = m_tls->value();
    options.firstByteTimeoutMs = m_firstByte->value();
    options.totalTimeoutMs = m_total->value();
    options.followRedirects = m_follow->isChecked();
    options.maxRedirects = m_maxRedirects->value();
    options.verifyTls = m_verifyTls->isChecked();
    options.httpVersion = ProbeOptions::HttpVersion(m_httpVersion->currentIndex());
    switch (m_proxyMode->currentIndex()) {
    case ProxyNone:
        options.proxy = u"none"_s;
        options.useEnvironmentProxy = false;
        break;
    case ProxyCustom:
        options.proxy = m_proxy->text().trimmed();
        options.useEnvironmentProxy = false;
        break;
    default:
        options.proxy.clear();
        options.useEnvironmentProxy = true;
    }
    const QStringList lines = m_overrides->toPlainText().split(u'\n');
    for (const QString &line : lines) {
        if (line.trimmed().isEmpty())
            continue;
        const Result<AddressOverride> entry = parseOverride(line);
        if (entry)
            options.addressOverrides.append(entry.value());
    }
    return options;
}

void ProbeOptionsEditor::setOptions(const ProbeOptions &options)
{
    m_updating = true;
    m_connect->setValue(options.connectTimeoutMs);
    m_tls->setValue(options.tlsTimeoutMs);
    m_firstByte->setValue(options.firstByteTimeoutMs);
    m_total->setValue(options.totalTimeoutMs);
    m_follow->setChecked(options.followRedirects);
    m_maxRedirects->setValue(options.maxRedirects);
    m_maxRedirects->setEnabled(options.followRedirects);
    m_verifyTls->setChecked(options.verifyTls);
    m_httpVersion->setCurrentIndex(int(options.httpVersion));
    if (options.proxy == u"none" || (options.proxy.isEmpty() && !options.useEnvironmentProxy)) {
        m_proxyMode->setCurrentIndex(ProxyNone);
        m_proxy->clear();
    } else if (options.proxy.isEmpty()) {
        m_proxyMode->setCurrentIndex(ProxyFromEnvironment);
        m_proxy->clear();
    } else {
        m_proxyMode->setCurrentIndex(ProxyCustom);
        m_proxy->setText(options.proxy);
    }
    m_proxy->setEnabled(m_proxyMode->currentIndex() == ProxyCustom);
    QStringList lines;
    for (const AddressOverride &entry : options.addressOverrides)
        lines.append(formatOverride(entry));
    const QString text = lines.join(u'\n');
    if (m_overrides->toPlainText() != text)
        m_overrides->setPlainText(text);
    validate();
    m_updating = false;
}

} // namespace Gatescope::Gui
