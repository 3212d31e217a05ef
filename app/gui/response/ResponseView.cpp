#include "gui/response/ResponseView.h"

#include "gui/response/BodyTextFormatter.h"
#include "gui/response/HexModel.h"
#include "gui/response/HexView.h"
#include "model/Durations.h"
#include "model/ExchangeJson.h"

#include <QComboBox>
#include <QEvent>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableWidget>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Gatescope::Gui {

namespace {
enum BodyPage { TextPage, HexPage };
}

ResponseView::ResponseView(QWidget *parent)
    : QWidget(parent)
{
    setupWidgets();
    retranslate();
    clear();
}

void ResponseView::setupWidgets()
{
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_status->setFocusPolicy(Qt::StrongFocus);
    m_status->setMargin(2);
    QFont bold = m_status->font();
    bold.setBold(true);
    m_status->setFont(bold);

    m_tabs = new QTabWidget(this);
    m_tabs->setDocumentMode(true);

    m_headers = new QTableWidget(0, 2, this);
    m_headers->horizontalHeader()->setStretchLastSection(true);
    m_headers->verticalHeader()->hide();
    m_headers->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_headers->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_headers->setTabKeyNavigation(false);
    m_headers->setWordWrap(false);
    m_tabs->addTab(m_headers, QString());

    auto *bodyPage = new QWidget(this);
    m_format = new QComboBox(bodyPage);
    for (int i = 0; i < 5; ++i)
        m_format->addItem(QString());
    m_bodyNote = new QLabel(bodyPage);
    m_bodyNote->setWordWrap(true);
    m_bodyStack = new QStackedWidget(bodyPage);
    m_bodyText = new QPlainTextEdit(bodyPage);
    m_bodyText->setReadOnly(true);
    m_bodyText->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_bodyText->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_bodyText->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_bodyHex = new HexModel(this);
    m_bodyHexView = new HexView(bodyPage);
    m_bodyHexView->setHexModel(m_bodyHex);
    m_bodyStack->addWidget(m_bodyText);
    m_bodyStack->addWidget(m_bodyHexView);
    auto *bodyBar = new QHBoxLayout;
    bodyBar->addWidget(m_format);
    bodyBar->addWidget(m_bodyNote, 1);
    auto *bodyLayout = new QVBoxLayout(bodyPage);
    bodyLayout->setContentsMargins(0, 0, 0, 0);
    bodyLayout->addLayout(bodyBar);
    bodyLayout->addWidget(m_bodyStack, 1);
    m_tabs->addTab(bodyPage, QString());

    auto *rawPage = new QWidget(this);
    m_rawNote = new QLabel(rawPage);
    m_rawNote->setWordWrap(true);
    m_rawHex = new HexModel(this);
    m_rawHexView = new HexView(rawPage);
    m_rawHexView->setHexModel(m_rawHex);
    m_anomalies = new QTreeWidget(rawPage);
    m_anomalies->setColumnCount(3);
    m_anomalies->setRootIsDecorated(false);
    m_anomalies->setUniformRowHeights(true);
    auto *rawSplitter = new QSplitter(Qt::Vertical, rawPage);
    rawSplitter->addWidget(m_anomalies);
    rawSplitter->addWidget(m_rawHexView);
    rawSplitter->setStretchFactor(0, 1);
    rawSplitter->setStretchFactor(1, 4);
    auto *rawLayout = new QVBoxLayout(rawPage);
    rawLayout->setContentsMargins(0, 0, 0, 0);
    rawLayout->addWidget(m_rawNote);
    rawLayout->addWidget(rawSplitter, 1);
    m_tabs->addTab(rawPage, QString());

    m_connection = new QTextBrowser(this);
    m_tabs->addTab(m_connection, QString());

    // HTTP/2 only: the connection's frames as the probe sent and received them.
    m_frames = new QTreeWidget(this);
    m_frames->setColumnCount(FrameColumns);
    m_frames->setRootIsDecorated(false);
    m_frames->setUniformRowHeights(true);
    m_tabs->addTab(m_frames, QString());
    m_tabs->setTabVisible(FramesTab, false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_status);
    layout->addWidget(m_tabs, 1);

    connect(m_format, &QComboBox::currentIndexChanged, this, &ResponseView::showBody);
    connect(m_anomalies, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        if (item)
            m_rawHexView->showOffset(item->data(0, Qt::UserRole).toLongLong());
    });
}

void ResponseView::retranslate()
{
    m_tabs->setTabText(0, tr("Hea&ders"));
    m_tabs->setTabText(1, tr("Bod&y"));
    m_tabs->setTabText(2, tr("&Raw bytes"));
    m_tabs->setTabText(3, tr("Co&nnection"));
    m_tabs->setTabText(FramesTab, tr("&Frames"));
    m_frames->setHeaderLabels(
        { tr("Time"), tr("Way"), tr("Frame"), tr("Stream"), tr("Flags"), tr("Length"), tr("Detail") });
    m_frames->setAccessibleName(tr("HTTP/2 frames"));
    m_headers->setHorizontalHeaderLabels({ tr("Header"), tr("Value") });
    m_headers->setAccessibleName(tr("Response headers"));
    m_format->setItemText(int(BodyFormat::Automatic), tr("Automatic"));
    m_format->setItemText(int(BodyFormat::PrettyJson), tr("Pretty JSON"));
    m_format->setItemText(int(BodyFormat::Html), tr("HTML source"));
    m_format->setItemText(int(BodyFormat::Text), tr("Text"));
    m_format->setItemText(int(BodyFormat::Hex), tr("Hex"));
    m_format->setAccessibleName(tr("Body format"));
    m_bodyText->setAccessibleName(tr("Response body"));
    m_bodyHexView->setAccessibleName(tr("Response body in hex"));
    m_rawHexView->setAccessibleName(tr("Raw response bytes"));
    m_anomalies->setHeaderLabels({ tr("Offset"), tr("Anomaly"), tr("Detail") });
    m_anomalies->setAccessibleName(tr("Wire anomalies"));
    m_connection->setAccessibleName(tr("Connection details"));
    m_status->setAccessibleName(tr("Response status"));
    if (m_hasExchange)
        showExchange(m_exchange);
    else
        clear();
}

void ResponseView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ResponseView::clear()
{
    m_hasExchange = false;
    m_exchange = {};
    m_status->setText(tr("No response selected."));
    m_headers->setRowCount(0);
    m_bodyText->clear();
    m_bodyHex->setBytes({});
    m_rawHex->setBytes({});
    m_anomalies->clear();
    m_anomalies->hide();
    m_bodyNote->clear();
    m_rawNote->clear();
    m_connection->clear();
    m_frames->clear();
    m_tabs->setTabVisible(FramesTab, false);
}

void ResponseView::updateStatusLine()
{
    const Exchange &e = m_exchange;
    const QString duration = e.timings.total >= 0 ? formatDuration(e.timings.total) : QString();
    if (e.response) {
        const ResponseData &r = *e.response;
        QStringList parts { QString::fromLatin1(r.httpVersion + ' ' + QByteArray::number(r.status) + ' ' + r.reason) };
        if (!duration.isEmpty())
            parts.append(duration);
        //: Response size in the status line
        parts.append(tr("body %1").arg(QLocale().formattedDataSize(r.bodySize)));
        if (!r.contentType().isEmpty())
            parts.append(QString::fromLatin1(r.contentType()));
        if (e.transport.outcome != Outcome::Ok)
            parts.append(tr("then %1: %2").arg(outcomeId(e.transport.outcome), e.transport.detail));
        m_status->setText(parts.join(u"  ·  "_s));
        return;
    }
    QString where = phaseId(e.transport.phase);
    //: No HTTP response: %1 = outcome id (timeout, refused, …), %2 = phase, %3 = detail
    QString text = where.isEmpty() ? tr("No response: %1").arg(outcomeId(e.transport.outcome))
                                   : tr("No response: %1 during %2").arg(outcomeId(e.transport.outcome), where);
    if (!e.transport.detail.isEmpty())
        text += u" — "_s + e.transport.detail;
    if (!duration.isEmpty())
        text += u"  ·  "_s + duration;
    m_status->setText(text);
}

void ResponseView::showExchange(const Exchange &exchange)
{
    m_exchange = exchange;
    m_hasExchange = true;
    updateStatusLine();

    const HeaderList headers = exchange.response ? exchange.response->headers : HeaderList();
    m_headers->setRowCount(int(headers.size()));
    for (int i = 0; i < headers.size(); ++i) {
        m_headers->setItem(i, 0, new QTableWidgetItem(QString::fromLatin1(headers.at(i).name)));
        m_headers->setItem(i, 1, new QTableWidgetItem(QString::fromUtf8(headers.at(i).value)));
    }
    m_headers->resizeColumnToContents(0);

    showBody();

    QList<HexModel::Mark> marks;
    m_anomalies->clear();
    for (const WireAnomaly &anomaly : exchange.anomalies) {
        if (anomaly.offset >= 0)
            marks.append({ anomaly.offset, 1, anomaly.kind + u": "_s + anomaly.detail });
        auto *item = new QTreeWidgetItem(
            m_anomalies,
            { anomaly.offset >= 0 ? QLocale().toString(anomaly.offset) : tr("—"), anomaly.kind, anomaly.detail });
        item->setData(0, Qt::UserRole, anomaly.offset);
    }
    m_anomalies->setVisible(!exchange.anomalies.isEmpty());
    m_anomalies->resizeColumnToContents(0);
    m_anomalies->resizeColumnToContents(1);
    m_rawHex->setBytes(exchange.rawResponse, marks);
    if (exchange.rawResponse.isEmpty())
        m_rawNote->setText(exchange.source == Exchange::Source::Recorded
                               ? tr("A recorded exchange has no wire bytes; replay it to see them.")
                               : tr("No bytes came back."));
    else
        //: %1 = size of the raw response, %n = number of anomalies
        m_rawNote->setText(tr("%1 as received; anomalies marked: %Ln.", nullptr, int(exchange.anomalies.size()))
                               .arg(QLocale().formattedDataSize(exchange.rawResponse.size())));

    QString html;
    const auto row = [&html](const QString &name, const QString &value) {
        html += u"<tr><td><b>"_s + name.toHtmlEscaped() + u"</b></td><td>"_s + value.toHtmlEscaped() + u"</td></tr>"_s;
    };
    html += u"<table cellspacing=4>"_s;
    row(tr("Request"), QString::fromLatin1(exchange.request.method) + u' ' + exchange.request.url.toDisplayString());
    if (exchange.startedAt.isValid())
        row(tr("Started"), QLocale().toString(exchange.startedAt.toLocalTime(), QLocale::LongFormat));
    row(tr("Outcome"),
        outcomeId(exchange.transport.outcome)
            + (exchange.transport.detail.isEmpty() ? QString() : u" — "_s + exchange.transport.detail));
    if (!exchange.resolvedAddresses.isEmpty())
        row(tr("Addresses"), exchange.resolvedAddresses.join(u", "_s));
    if (!exchange.remoteAddress.isEmpty())
        row(tr("Connected to"), u"%1 port %2"_s.arg(exchange.remoteAddress).arg(exchange.remotePort));
    for (const ConnectAttempt &attempt : exchange.attempts)
        row(tr("Attempt"),
            u"%1:%2 — %3"_s.arg(attempt.address)
                .arg(attempt.port)
                .arg(attempt.succeeded ? tr("connected") : attempt.error));
    row(tr("Proxy"), exchange.proxy.isEmpty() ? tr("none (direct)") : exchange.proxy);
    if (exchange.tls.used) {
        row(tr("TLS"), exchange.tls.protocol + u' ' + exchange.tls.cipher);
        if (!exchange.tls.errorText.isEmpty())
            row(tr("TLS error"), exchange.tls.errorText);
        if (!exchange.tls.verificationErrors.isEmpty())
            row(tr("Certificate problems"), exchange.tls.verificationErrors.join(u"; "_s));
        if (!exchange.tls.peerCertificate.isEmpty())
            row(tr("Certificate"), exchange.tls.peerCertificate);
    }
    if (exchange.redirectHop > 0)
        row(tr("Redirect hop"), QString::number(exchange.redirectHop));
    if (!exchange.protocol.isEmpty())
        row(tr("Protocol"), exchange.protocol);
    if (!exchange.comment.isEmpty())
        row(tr("Comment"), exchange.comment);
    html += u"</table>"_s;
    m_connection->setHtml(html);
    showFrames();
}

void ResponseView::showFrames()
{
    m_frames->clear();
    const Exchange &exchange = m_exchange;
    for (const Http2Frame &frame : exchange.frames) {
        QStringList detail;
        if (!frame.errorCode.isEmpty())
            detail.append(frame.errorCode);
        if (frame.lastStreamId >= 0)
            //: GOAWAY's last stream id
            detail.append(tr("last stream %1").arg(frame.lastStreamId));
        if (frame.windowIncrement >= 0)
            //: WINDOW_UPDATE's increment in bytes
            detail.append(tr("window +%1").arg(QLocale().toString(frame.windowIncrement)));
        if (!frame.detail.isEmpty())
            detail.append(frame.detail);
        auto *item = new QTreeWidgetItem(m_frames,
                                         { formatDuration(frame.atMs),
                                           //: Frame direction: received from the server / sent by Gatescope
                                           frame.received ? tr("in") : tr("out"), frame.type,
                                           QString::number(frame.streamId), u"0x"_s + QString::number(frame.flags, 16),
                                           QLocale().toString(frame.length), detail.join(u"; "_s) });
        if (frame.received && (frame.type == u"RST_STREAM" || frame.type == u"GOAWAY"))
            for (int column = 0; column < FrameColumns; ++column)
                item->setForeground(column, palette().color(QPalette::Link));
    }
    if (exchange.framesDropped > 0)
        new QTreeWidgetItem(m_frames,
                            { QString(), QString(), tr("%n more frame(s) not kept", nullptr, exchange.framesDropped) });
    for (int column = 0; column < FrameColumns - 1; ++column)
        m_frames->resizeColumnToContents(column);
    m_tabs->setTabVisible(FramesTab, !exchange.frames.isEmpty());
}

void ResponseView::showBody()
{
    m_bodyNote->clear();
    if (!m_hasExchange || !m_exchange.response) {
        m_bodyText->clear();
        m_bodyHex->setBytes({});
        m_bodyStack->setCurrentIndex(TextPage);
        return;
    }
    const ResponseData &r = *m_exchange.response;
    const QByteArray &body = r.body;
    BodyFormat format = BodyFormat(m_format->currentIndex());
    if (format == BodyFormat::Automatic) {
        const QByteArray type = r.contentType();
        if (ExchangeJson::looksBinary(body))
            format = BodyFormat::Hex;
        else if (type.contains("json"))
            format = BodyFormat::PrettyJson;
        else if (type.contains("html") || type.contains("xml"))
            format = BodyFormat::Html;
        else
            format = BodyFormat::Text;
    }
    m_shownFormat = format;
    QStringList notes;
    if (r.bodyTruncated)
        notes.append(tr("Only the first %1 of %2 were kept (the capture limit).")
                         .arg(QLocale().formattedDataSize(body.size()), QLocale().formattedDataSize(r.bodySize)));
    if (format == BodyFormat::Hex) {
        m_bodyHex->setBytes(body);
        m_bodyText->clear();
        m_bodyStack->setCurrentIndex(HexPage);
    } else {
        QString text;
        BodyTextFormatter::Text shown;
        if (format == BodyFormat::PrettyJson && body.size() <= MaxPrettyJsonBytes) {
            const QJsonDocument document = QJsonDocument::fromJson(body);
            if (!document.isNull())
                shown = BodyTextFormatter::textPrefix(document.toJson(QJsonDocument::Indented), MaxTextBytes);
            else
                notes.append(tr("Not valid JSON; shown as text."));
        } else if (format == BodyFormat::PrettyJson) {
            // Too large to parse whole: indent its first bytes token by token instead.
            shown = BodyTextFormatter::indentJsonPrefix(body, MaxTextBytes);
            notes.append(tr("Too large to parse whole: indented token by token from its start."));
        }
        if (shown.text.isEmpty())
            shown = BodyTextFormatter::textPrefix(body, MaxTextBytes);
        if (shown.cut)
            //: %1 = how many lines are shown, %2 = size of the whole body
            notes.append(tr("Showing the first %Ln line(s) of %1; the Hex view has all of it.", nullptr,
                            int(std::count(shown.text.cbegin(), shown.text.cend(), u'\n') + 1))
                             .arg(QLocale().formattedDataSize(body.size())));
        if (shown.linesSplit)
            notes.append(
                tr("Lines longer than %1 characters are broken for display.").arg(BodyTextFormatter::MaxLineLength));
        text = std::move(shown.text);
        m_bodyText->setPlainText(text);
        m_bodyHex->setBytes({});
        m_bodyStack->setCurrentIndex(TextPage);
    }
    if (body.isEmpty())
        notes.append(tr("The response has no body."));
    m_bodyNote->setText(notes.join(u' '));
}

} // namespace Gatescope::Gui
