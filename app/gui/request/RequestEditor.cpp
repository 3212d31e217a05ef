#include "gui/request/RequestEditor.h"

#include "gui/request/AuthEditor.h"
#include "gui/request/BodyEditor.h"
#include "gui/request/KeyValueTable.h"
#include "gui/request/ProbeOptionsEditor.h"
#include "gui/request/UrlLineEdit.h"
#include "model/UrlText.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QRegularExpressionValidator>
#include <QScrollArea>
#include <QStyle>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Gatescope::Gui {

namespace {

const QRegularExpression &tokenPattern()
{
    // RFC 9110 token: the characters a method or a header name may use.
    static const QRegularExpression pattern(u"^[!#$%&'*+\\-.^_`|~0-9A-Za-z]+$"_s);
    return pattern;
}

QByteArray encodeQueryPart(const QString &text)
{
    return QUrl::toPercentEncoding(text, "/:@!$'()*,;?");
}

QString decodeQueryPart(const QString &text)
{
    return QUrl::fromPercentEncoding(text.toUtf8());
}

// The query of a URL as typed, even when the URL is not valid yet.
QList<KeyValueTable::Row> queryRowsOf(const QString &urlText)
{
    QList<KeyValueTable::Row> rows;
    const qsizetype question = urlText.indexOf(u'?');
    if (question < 0)
        return rows;
    qsizetype end = urlText.indexOf(u'#', question);
    if (end < 0)
        end = urlText.size();
    const QString query = urlText.mid(question + 1, end - question - 1);
    const QStringList pairs = query.split(u'&');
    for (const QString &pair : pairs) {
        if (pair.isEmpty())
            continue;
        const qsizetype eq = pair.indexOf(u'=');
        rows.append({ decodeQueryPart(eq < 0 ? pair : pair.left(eq)),
                      eq < 0 ? QString() : decodeQueryPart(pair.mid(eq + 1)), true });
    }
    return rows;
}

} // namespace

RequestEditor::RequestEditor(QWidget *parent)
    : QWidget(parent)
{
    setupWidgets();
    setupTabOrder();
    retranslate();
    revalidate();
}

QStringList RequestEditor::commonHeaderNames()
{
    return { u"Accept"_s,
             u"Accept-Encoding"_s,
             u"Accept-Language"_s,
             u"Authorization"_s,
             u"Cache-Control"_s,
             u"Connection"_s,
             u"Content-Encoding"_s,
             u"Content-Length"_s,
             u"Content-Type"_s,
             u"Cookie"_s,
             u"DNT"_s,
             u"Expect"_s,
             u"Forwarded"_s,
             u"Host"_s,
             u"If-Match"_s,
             u"If-Modified-Since"_s,
             u"If-None-Match"_s,
             u"If-Unmodified-Since"_s,
             u"Origin"_s,
             u"Pragma"_s,
             u"Range"_s,
             u"Referer"_s,
             u"TE"_s,
             u"Traceparent"_s,
             u"Transfer-Encoding"_s,
             u"Upgrade"_s,
             u"User-Agent"_s,
             u"Via"_s,
             u"X-Api-Key"_s,
             u"X-Correlation-ID"_s,
             u"X-Forwarded-For"_s,
             u"X-Forwarded-Host"_s,
             u"X-Forwarded-Proto"_s,
             u"X-Real-IP"_s,
             u"X-Request-ID"_s,
             u"X-Requested-With"_s };
}

QString RequestEditor::headerProblem(const QString &name, const QString &value)
{
    if (name.isEmpty())
        return tr("the header has a value but no name");
    if (!tokenPattern().match(name).hasMatch())
        return tr("\"%1\" is not a valid header name (letters, digits and !#$%&'*+-.^_`|~ only, no spaces)").arg(name);
    for (QChar ch : value) {
        if (ch == u'\r' || ch == u'\n' || ch == QChar(0))
            return tr("the value of \"%1\" contains a line break or a NUL character").arg(name);
    }
    return {};
}

QString RequestEditor::urlProblem(const QString &input)
{
    const QString text = input.trimmed();
    if (text.isEmpty())
        return tr("Type or paste a URL (or a curl command) to send a request.");
    if (const QString spaces = urlSpaceProblem(text); !spaces.isEmpty())
        return spaces; // worded as `gatescope probe` says it
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid())
        //: %1 = Qt's own description of the problem (English)
        return tr("The URL is not valid (%1).").arg(url.errorString());
    if (url.scheme().isEmpty())
        return tr("The URL needs a scheme: start it with http:// or https://");
    if (url.scheme() != u"http" && url.scheme() != u"https")
        return tr("Only http:// and https:// URLs can be sent, not %1://").arg(url.scheme());
    if (url.host().isEmpty())
        return tr("The URL has no host name.");
    return {};
}

void RequestEditor::setupWidgets()
{
    m_method = new QComboBox(this);
    m_method->setEditable(true);
    m_method->setInsertPolicy(QComboBox::NoInsert);
    m_method->addItems({ u"GET"_s, u"POST"_s, u"PUT"_s, u"PATCH"_s, u"DELETE"_s, u"HEAD"_s, u"OPTIONS"_s, u"TRACE"_s });
    m_method->setValidator(
        new QRegularExpressionValidator(QRegularExpression(u"[!#$%&'*+\\-.^_`|~0-9A-Za-z]*"_s), m_method));
    m_method->setMinimumContentsLength(8);

    m_url = new UrlLineEdit(this);
    m_url->setClearButtonEnabled(true);
    m_send = new QPushButton(this);
    m_send->setDefault(false);
    m_send->setIcon(style()->standardIcon(QStyle::SP_MediaPlay));
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 0);
    m_progress->setTextVisible(false);
    m_progress->setMaximumWidth(fontMetrics().horizontalAdvance(u"MMMMMM"_s));
    m_progress->setMaximumHeight(fontMetrics().height() / 2 + 2);
    m_progress->hide();

    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_tabs = new QTabWidget(this);
    m_tabs->setDocumentMode(true);
    m_query = new KeyValueTable(this);
    m_headers = new KeyValueTable(this);
    m_headers->setNameCompletions(commonHeaderNames());
    m_headers->setValidator(&RequestEditor::headerProblem);
    m_body = new BodyEditor(this);
    m_auth = new AuthEditor(this);
    m_options = new ProbeOptionsEditor(this);
    m_tabs->addTab(m_query, QString());
    m_tabs->addTab(m_headers, QString());
    m_tabs->addTab(m_body, QString());
    // The option and auth forms are tall; in a scroll area they do not force the request pane to
    // their full height (which would squeeze the waterfall and the response below it).
    auto scrolled = [this](QWidget *form) {
        auto *area = new QScrollArea(this);
        area->setWidget(form);
        area->setWidgetResizable(true);
        area->setFrameShape(QFrame::NoFrame);
        return area;
    };
    m_tabs->addTab(scrolled(m_auth), QString());
    m_tabs->addTab(scrolled(m_options), QString());

    auto *line = new QHBoxLayout;
    line->addWidget(m_method);
    line->addWidget(m_url, 1);
    line->addWidget(m_send);
    line->addWidget(m_progress);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(line);
    layout->addWidget(m_message);
    layout->addWidget(m_tabs, 1);

    connect(m_method, &QComboBox::currentTextChanged, this, [this] { userEdited(); });
    connect(m_url, &QLineEdit::textChanged, this, &RequestEditor::onUrlEdited);
    connect(m_url, &QLineEdit::returnPressed, this, [this] {
        if (canSend() && !m_busy)
            Q_EMIT sendRequested();
    });
    connect(m_url, &UrlLineEdit::curlPasted, this, &RequestEditor::curlPasted);
    connect(m_send, &QPushButton::clicked, this, [this] {
        if (m_busy)
            Q_EMIT cancelRequested();
        else if (canSend())
            Q_EMIT sendRequested();
    });
    connect(m_query, &KeyValueTable::edited, this, &RequestEditor::onQueryEdited);
    connect(m_headers, &KeyValueTable::edited, this, &RequestEditor::userEdited);
    connect(m_body, &BodyEditor::edited, this, &RequestEditor::onBodyEdited);
    connect(m_auth, &AuthEditor::edited, this, &RequestEditor::onAuthEdited);
    connect(m_options, &ProbeOptionsEditor::edited, this, &RequestEditor::userEdited);

    m_busyTicker.setInterval(100);
    connect(&m_busyTicker, &QTimer::timeout, this, &RequestEditor::updateBusyText);
}

void RequestEditor::setupTabOrder()
{
    setTabOrder(m_method, m_url);
    setTabOrder(m_url, m_send);
    setTabOrder(m_send, m_tabs);
}

void RequestEditor::retranslate()
{
    m_method->setAccessibleName(tr("HTTP method"));
    m_method->setToolTip(tr("Any HTTP method: pick one or type your own"));
    m_url->setAccessibleName(tr("URL"));
    m_url->setPlaceholderText(tr("https://example.test/path?query — or paste a curl command"));
    m_progress->setAccessibleName(tr("Request in progress"));
    m_tabs->setTabText(0, tr("&Params"));
    m_tabs->setTabText(1, tr("&Headers"));
    m_tabs->setTabText(2, tr("&Body"));
    m_tabs->setTabText(3, tr("A&uth"));
    m_tabs->setTabText(4, tr("&Options"));
    m_query->setColumnTitles(tr("Parameter"), tr("Value"));
    m_query->setAccessibleName(tr("Query parameters"));
    m_headers->setColumnTitles(tr("Header"), tr("Value"));
    m_headers->setAccessibleName(tr("Request headers"));
    m_message->setAccessibleName(tr("URL check"));
    updateBusyText();
    revalidate();
}

void RequestEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void RequestEditor::updateBusyText()
{
    if (!m_busy) {
        m_send->setText(tr("&Send"));
        m_send->setAccessibleName(tr("Send request"));
        m_send->setToolTip(tr("Send the request (Ctrl+Enter)"));
        return;
    }
    const double seconds = double(m_busyClock.elapsed()) / 1000.0;
    //: Send button while a request runs: elapsed seconds
    m_send->setText(tr("Cancel (%1 s)").arg(QLocale().toString(seconds, 'f', 1)));
    m_send->setAccessibleName(tr("Cancel request"));
    m_send->setToolTip(tr("Stop the running request (Esc)"));
}

void RequestEditor::setBusy(bool busy)
{
    m_busy = busy;
    m_progress->setVisible(busy);
    m_send->setIcon(style()->standardIcon(busy ? QStyle::SP_MediaStop : QStyle::SP_MediaPlay));
    if (busy) {
        m_busyClock.start();
        m_busyTicker.start();
    } else {
        m_busyTicker.stop();
    }
    updateBusyText();
    revalidate();
}

RequestSpec RequestEditor::request() const
{
    RequestSpec spec;
    spec.name = m_requestName;
    spec.method = m_method->currentText().trimmed().toLatin1();
    spec.url = QUrl(m_url->text().trimmed(), QUrl::TolerantMode);
    if (!spec.url.isValid() || spec.url.isEmpty())
        spec.typedUrl = m_url->text().trimmed(); // kept as typed, so a half-written URL survives a restart
    for (const KeyValueTable::Row &row : m_headers->rows())
        spec.headers.append({ row.name.toUtf8(), row.value.toUtf8(), row.enabled });
    spec.body = m_body->body();
    spec.options = m_options->options();
    return spec;
}

void RequestEditor::setRequest(const RequestSpec &request)
{
    m_loading = true;
    m_requestName = request.name;
    m_method->setCurrentText(QString::fromLatin1(request.method));
    const QString urlText = !request.typedUrl.isEmpty() && (!request.url.isValid() || request.url.isEmpty())
        ? request.typedUrl
        : request.url.toString();
    if (m_url->text() != urlText)
        m_url->setText(urlText);
    QList<KeyValueTable::Row> headers;
    for (const HeaderField &field : request.headers)
        headers.append({ QString::fromUtf8(field.name), QString::fromUtf8(field.value), field.enabled });
    m_headers->setRows(headers);
    m_query->setRows(queryRowsOf(urlText));
    m_auth->setAuthorizationValue(headerValue(request.headers, "Authorization"));
    m_body->setBody(request.body, headerValue(request.headers, "Content-Type"));
    m_options->setOptions(request.options);
    m_loading = false;
    revalidate();
}

void RequestEditor::onUrlEdited()
{
    if (m_loading)
        return;
    // Keep the parameters the user switched off: they are not in the URL, only in the table.
    QList<KeyValueTable::Row> rows = queryRowsOf(m_url->text());
    for (const KeyValueTable::Row &row : m_query->rows()) {
        if (!row.enabled)
            rows.append(row);
    }
    m_loading = true;
    m_query->setRows(rows);
    m_loading = false;
    userEdited();
}

void RequestEditor::onQueryEdited()
{
    if (m_loading)
        return;
    QString text = m_url->text();
    QString fragment;
    const qsizetype hash = text.indexOf(u'#');
    if (hash >= 0) {
        fragment = text.mid(hash);
        text.truncate(hash);
    }
    const qsizetype question = text.indexOf(u'?');
    if (question >= 0)
        text.truncate(question);
    QByteArrayList pairs;
    for (const KeyValueTable::Row &row : m_query->rows()) {
        if (!row.enabled)
            continue;
        QByteArray pair = encodeQueryPart(row.name);
        if (!row.value.isEmpty())
            pair += '=' + encodeQueryPart(row.value);
        pairs.append(pair);
    }
    if (!pairs.isEmpty())
        text += u'?' + QString::fromLatin1(pairs.join('&'));
    text += fragment;
    m_loading = true;
    m_url->setText(text);
    m_loading = false;
    userEdited();
}

void RequestEditor::setHeaderRow(const QByteArray &name, const QByteArray &value)
{
    QList<KeyValueTable::Row> rows = m_headers->rows();
    const QString key = QString::fromLatin1(name);
    for (qsizetype i = 0; i < rows.size(); ++i) {
        if (rows.at(i).name.compare(key, Qt::CaseInsensitive) != 0)
            continue;
        if (value.isEmpty())
            rows.removeAt(i);
        else
            rows[i] = { rows.at(i).name, QString::fromUtf8(value), true };
        m_headers->setRows(rows);
        return;
    }
    if (!value.isEmpty()) {
        rows.append({ key, QString::fromUtf8(value), true });
        m_headers->setRows(rows);
    }
}

void RequestEditor::onAuthEdited()
{
    setHeaderRow("Authorization", m_auth->authorizationValue());
    userEdited();
}

void RequestEditor::onBodyEdited()
{
    const QByteArray type = m_body->contentType();
    if (!type.isEmpty())
        setHeaderRow("Content-Type", type);
    userEdited();
}

void RequestEditor::userEdited()
{
    revalidate();
    if (!m_loading)
        Q_EMIT edited();
}

void RequestEditor::revalidate()
{
    const QString urlText = m_url->text();
    QString problem = urlProblem(urlText);
    const bool empty = urlText.trimmed().isEmpty();
    if (problem.isEmpty() && m_method->currentText().trimmed().isEmpty())
        problem = tr("Type an HTTP method (GET, POST, or any token).");
    if (problem.isEmpty()) {
        const QString header = m_headers->firstError();
        if (!header.isEmpty())
            problem = tr("Headers: %1").arg(header);
    }
    if (problem.isEmpty())
        problem = m_options->firstError();
    m_problem = problem;
    m_send->setEnabled(m_busy || m_problem.isEmpty());
    m_message->setText(m_problem);
    m_message->setVisible(!m_problem.isEmpty());
    const bool dark = palette().color(QPalette::Window).lightness() < 128;
    if (empty)
        m_message->setStyleSheet(QString()); // a hint, not an error
    else
        m_message->setStyleSheet(dark ? u"color: #ff7b72"_s : u"color: #c01c28"_s);
    m_url->setAccessibleDescription(m_problem);
}

} // namespace Gatescope::Gui
