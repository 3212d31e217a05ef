#include "gui/request/BodyEditor.h"

#include <QComboBox>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QLabel>
#include <QLocale>
#include <QMimeDatabase>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRandomGenerator>
#include <QStackedWidget>
#include <QTableWidget>
#include <QUrlQuery>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Gatescope::Gui {

namespace {

constexpr qint64 MaxFileBytes = 256LL * 1024 * 1024;

QByteArray newBoundary()
{
    return "----gatescope-" + QByteArray::number(QRandomGenerator::global()->generate64(), 36);
}

QByteArray parameter(const QByteArray &header, QByteArrayView name)
{
    const QList<QByteArray> pieces = header.split(';');
    for (qsizetype i = 1; i < pieces.size(); ++i) {
        const QByteArray piece = pieces.at(i).trimmed();
        const qsizetype eq = piece.indexOf('=');
        if (eq > 0 && QByteArrayView(piece).first(eq).trimmed().compare(name, Qt::CaseInsensitive) == 0) {
            QByteArray value = piece.mid(eq + 1).trimmed();
            if (value.size() >= 2 && value.startsWith('"') && value.endsWith('"'))
                value = value.mid(1, value.size() - 2);
            return value;
        }
    }
    return {};
}

QByteArray mediaType(const QByteArray &header)
{
    return header.split(';').constFirst().trimmed().toLower();
}

QByteArray formEncode(const QString &text)
{
    return QUrl::toPercentEncoding(text).replace("%20", "+");
}

QString formDecode(QByteArray text)
{
    text.replace('+', ' ');
    return QString::fromUtf8(QByteArray::fromPercentEncoding(text));
}

} // namespace

BodyEditor::BodyEditor(QWidget *parent)
    : QWidget(parent)
    , m_boundary(newBoundary())
{
    setupWidgets();
    retranslate();
}

void BodyEditor::setupWidgets()
{
    m_mode = new QComboBox(this);
    for (int i = 0; i < 5; ++i)
        m_mode->addItem(QString());
    m_stack = new QStackedWidget(this);

    m_noBody = new QLabel(this);
    m_noBody->setAlignment(Qt::AlignCenter);
    m_noBody->setEnabled(false);
    m_stack->addWidget(m_noBody);

    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_raw = new QPlainTextEdit(this);
    m_raw->setFont(fixed);
    m_raw->setTabChangesFocus(true);
    m_stack->addWidget(m_raw);

    auto *jsonPage = new QWidget(this);
    m_json = new QPlainTextEdit(jsonPage);
    m_json->setFont(fixed);
    m_json->setTabChangesFocus(true);
    m_jsonStatus = new QLabel(jsonPage);
    m_jsonStatus->setWordWrap(true);
    m_formatJson = new QPushButton(jsonPage);
    auto *jsonBar = new QHBoxLayout;
    jsonBar->addWidget(m_jsonStatus, 1);
    jsonBar->addWidget(m_formatJson);
    auto *jsonLayout = new QVBoxLayout(jsonPage);
    jsonLayout->setContentsMargins(0, 0, 0, 0);
    jsonLayout->addWidget(m_json, 1);
    jsonLayout->addLayout(jsonBar);
    m_stack->addWidget(jsonPage);

    m_form = new KeyValueTable(this);
    m_stack->addWidget(m_form);

    auto *partsPage = new QWidget(this);
    m_partsTable = new QTableWidget(0, 2, partsPage);
    m_partsTable->horizontalHeader()->setStretchLastSection(true);
    m_partsTable->verticalHeader()->hide();
    m_partsTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_partsTable->setTabKeyNavigation(false);
    m_addText = new QPushButton(partsPage);
    m_addFile = new QPushButton(partsPage);
    m_removePart = new QPushButton(partsPage);
    auto *partButtons = new QHBoxLayout;
    partButtons->addWidget(m_addText);
    partButtons->addWidget(m_addFile);
    partButtons->addWidget(m_removePart);
    m_partsStatus = new QLabel(partsPage);
    m_partsStatus->setWordWrap(true);
    partButtons->addWidget(m_partsStatus, 1);
    auto *partsLayout = new QVBoxLayout(partsPage);
    partsLayout->setContentsMargins(0, 0, 0, 0);
    partsLayout->addWidget(m_partsTable, 1);
    partsLayout->addLayout(partButtons);
    m_stack->addWidget(partsPage);

    auto *top = new QHBoxLayout;
    top->addWidget(m_mode);
    top->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_stack, 1);

    connect(m_mode, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_stack->setCurrentIndex(index);
        validateJson();
        if (!m_updating)
            Q_EMIT edited();
    });
    connect(m_raw, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_updating)
            Q_EMIT edited();
    });
    connect(m_json, &QPlainTextEdit::textChanged, this, [this] {
        validateJson();
        if (!m_updating)
            Q_EMIT edited();
    });
    connect(m_formatJson, &QPushButton::clicked, this, [this] {
        const QJsonDocument document = QJsonDocument::fromJson(m_json->toPlainText().toUtf8());
        if (!document.isNull())
            m_json->setPlainText(QString::fromUtf8(document.toJson(QJsonDocument::Indented)).trimmed());
    });
    connect(m_form, &KeyValueTable::edited, this, &BodyEditor::edited);
    connect(m_partsTable, &QTableWidget::cellChanged, this, &BodyEditor::onPartEdited);
    connect(m_addText, &QPushButton::clicked, this, &BodyEditor::addTextPart);
    connect(m_addFile, &QPushButton::clicked, this, &BodyEditor::chooseFile);
    connect(m_removePart, &QPushButton::clicked, this, &BodyEditor::removePart);
}

void BodyEditor::retranslate()
{
    m_mode->setItemText(int(Mode::None), tr("No body"));
    m_mode->setItemText(int(Mode::Raw), tr("Raw"));
    m_mode->setItemText(int(Mode::Json), tr("JSON"));
    m_mode->setItemText(int(Mode::FormUrlEncoded), tr("Form (URL-encoded)"));
    m_mode->setItemText(int(Mode::Multipart), tr("Multipart form with files"));
    m_mode->setAccessibleName(tr("Body type"));
    m_noBody->setText(tr("This request has no body."));
    m_raw->setAccessibleName(tr("Raw body"));
    m_raw->setPlaceholderText(tr("Body bytes as text; set Content-Type in the headers"));
    m_json->setAccessibleName(tr("JSON body"));
    m_json->setPlaceholderText(tr("{ \"key\": \"value\" }"));
    m_formatJson->setText(tr("&Format JSON"));
    m_form->setColumnTitles(tr("Field"), tr("Value"));
    m_form->setAccessibleName(tr("Form fields"));
    m_partsTable->setHorizontalHeaderLabels({ tr("Field"), tr("Value or file") });
    m_partsTable->setAccessibleName(tr("Multipart parts"));
    m_addText->setText(tr("Add &field"));
    m_addFile->setText(tr("Add f&ile…"));
    m_removePart->setText(tr("Remo&ve part"));
    validateJson();
    rebuildPartsTable();
}

void BodyEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

BodyEditor::Mode BodyEditor::mode() const
{
    return Mode(m_mode->currentIndex());
}

void BodyEditor::setMode(Mode mode)
{
    m_mode->setCurrentIndex(int(mode));
}

void BodyEditor::validateJson()
{
    m_jsonError.clear();
    if (mode() != Mode::Json || m_json->toPlainText().trimmed().isEmpty()) {
        m_jsonStatus->clear();
        return;
    }
    const QByteArray text = m_json->toPlainText().toUtf8();
    QJsonParseError error;
    QJsonDocument::fromJson(text, &error);
    if (error.error == QJsonParseError::NoError) {
        m_jsonStatus->setText(tr("Valid JSON"));
        m_jsonStatus->setStyleSheet(QString());
        return;
    }
    const QByteArray before = text.left(error.offset);
    const int line = int(before.count('\n')) + 1;
    const int column = int(error.offset - (before.lastIndexOf('\n') + 1)) + 1;
    //: JSON body check: %1 line, %2 column, %3 the parser's message
    m_jsonError = tr("Line %1, column %2: %3").arg(line).arg(column).arg(error.errorString());
    m_jsonStatus->setText(m_jsonError);
    const bool dark = palette().color(QPalette::Window).lightness() < 128;
    m_jsonStatus->setStyleSheet(dark ? u"color: #ff7b72"_s : u"color: #c01c28"_s);
}

QByteArray BodyEditor::body() const
{
    switch (mode()) {
    case Mode::None:
        return {};
    case Mode::Raw:
        return m_raw->toPlainText().toUtf8();
    case Mode::Json:
        return m_json->toPlainText().toUtf8();
    case Mode::FormUrlEncoded: {
        QByteArrayList pairs;
        for (const KeyValueTable::Row &row : m_form->rows()) {
            if (row.enabled)
                pairs.append(formEncode(row.name) + '=' + formEncode(row.value));
        }
        return pairs.join('&');
    }
    case Mode::Multipart: {
        QByteArray out;
        for (const Part &part : m_parts) {
            out += "--" + m_boundary + "\r\n";
            out += "Content-Disposition: form-data; name=\"" + part.name.toUtf8() + '"';
            if (!part.fileName.isEmpty())
                out += "; filename=\"" + part.fileName.toUtf8() + '"';
            out += "\r\n";
            if (!part.fileName.isEmpty())
                out += "Content-Type: "
                    + (part.contentType.isEmpty() ? QByteArray("application/octet-stream") : part.contentType) + "\r\n";
            out += "\r\n" + part.data + "\r\n";
        }
        if (!m_parts.isEmpty())
            out += "--" + m_boundary + "--\r\n";
        return out;
    }
    }
    return {};
}

QByteArray BodyEditor::contentType() const
{
    switch (mode()) {
    case Mode::Json:
        return "application/json";
    case Mode::FormUrlEncoded:
        return "application/x-www-form-urlencoded";
    case Mode::Multipart:
        return "multipart/form-data; boundary=" + m_boundary;
    default:
        return {};
    }
}

void BodyEditor::setBody(const QByteArray &body, const QByteArrayView contentTypeHeader)
{
    const QByteArray header = contentTypeHeader.toByteArray();
    const QByteArray type = mediaType(header);
    m_updating = true;
    Mode mode = body.isEmpty() ? Mode::None : Mode::Raw;
    m_raw->setPlainText(QString());
    m_json->setPlainText(QString());
    m_form->setRows({});
    m_parts.clear();
    if (type == "application/json" || type.endsWith("+json")) {
        mode = Mode::Json;
        m_json->setPlainText(QString::fromUtf8(body));
    } else if (type == "application/x-www-form-urlencoded" && !body.contains('\0')) {
        mode = Mode::FormUrlEncoded;
        QList<KeyValueTable::Row> rows;
        for (const QByteArray &pair : body.split('&')) {
            if (pair.isEmpty())
                continue;
            const qsizetype eq = pair.indexOf('=');
            rows.append(
                { formDecode(eq < 0 ? pair : pair.left(eq)), eq < 0 ? QString() : formDecode(pair.mid(eq + 1)), true });
        }
        m_form->setRows(rows);
    } else if (type == "multipart/form-data" && !parameter(header, "boundary").isEmpty()) {
        mode = Mode::Multipart;
        m_boundary = parameter(header, "boundary");
        m_parts = parseMultipart(body, m_boundary);
    } else if (!body.isEmpty()) {
        m_raw->setPlainText(QString::fromUtf8(body));
    }
    m_mode->setCurrentIndex(int(mode));
    rebuildPartsTable();
    validateJson();
    m_updating = false;
}

QList<BodyEditor::Part> BodyEditor::parseMultipart(const QByteArray &body, const QByteArray &boundary)
{
    QList<Part> parts;
    const QByteArray delimiter = "--" + boundary;
    qsizetype pos = body.indexOf(delimiter);
    while (pos >= 0) {
        pos += delimiter.size();
        if (body.mid(pos, 2) == "--")
            break;
        if (body.mid(pos, 2) == "\r\n")
            pos += 2;
        const qsizetype headerEnd = body.indexOf("\r\n\r\n", pos);
        if (headerEnd < 0)
            break;
        const qsizetype next = body.indexOf(QByteArray("\r\n" + delimiter), headerEnd + 4);
        if (next < 0)
            break;
        Part part;
        const QList<QByteArray> lines = body.mid(pos, headerEnd - pos).split('\n');
        for (const QByteArray &rawLine : lines) {
            const QByteArray line = rawLine.trimmed();
            if (line.toLower().startsWith("content-disposition:")) {
                part.name = QString::fromUtf8(parameter(line, "name"));
                part.fileName = QString::fromUtf8(parameter(line, "filename"));
            } else if (line.toLower().startsWith("content-type:")) {
                part.contentType = line.mid(13).trimmed();
            }
        }
        part.data = body.mid(headerEnd + 4, next - headerEnd - 4);
        parts.append(part);
        pos = next + 2;
    }
    return parts;
}

void BodyEditor::rebuildPartsTable()
{
    const bool wasUpdating = m_updating;
    m_updating = true;
    const QSignalBlocker blocker(m_partsTable);
    m_partsTable->setRowCount(int(m_parts.size()));
    for (int r = 0; r < m_parts.size(); ++r) {
        const Part &part = m_parts.at(r);
        m_partsTable->setItem(r, 0, new QTableWidgetItem(part.name));
        QTableWidgetItem *value = nullptr;
        if (part.fileName.isEmpty()) {
            value = new QTableWidgetItem(QString::fromUtf8(part.data));
        } else {
            //: A file attached to a multipart body: file name, size, content type
            value = new QTableWidgetItem(tr("File %1 (%2, %3)")
                                             .arg(part.fileName, QLocale().formattedDataSize(part.data.size()),
                                                  QString::fromLatin1(part.contentType)));
            value->setFlags(value->flags() & ~Qt::ItemIsEditable);
        }
        m_partsTable->setItem(r, 1, value);
    }
    m_removePart->setEnabled(!m_parts.isEmpty());
    m_updating = wasUpdating;
}

void BodyEditor::onPartEdited(int row, int column)
{
    if (m_updating || row < 0 || row >= m_parts.size())
        return;
    const QString text = m_partsTable->item(row, column)->text();
    if (column == 0)
        m_parts[row].name = text;
    else if (m_parts.at(row).fileName.isEmpty())
        m_parts[row].data = text.toUtf8();
    Q_EMIT edited();
}

void BodyEditor::addTextPart()
{
    m_parts.append({ tr("field%1").arg(m_parts.size() + 1), QString(), QByteArray(), QByteArray() });
    rebuildPartsTable();
    m_partsTable->setCurrentCell(int(m_parts.size()) - 1, 0);
    m_partsTable->editItem(m_partsTable->item(int(m_parts.size()) - 1, 0));
    Q_EMIT edited();
}

bool BodyEditor::addFile(const QString &path, QString *error)
{
    QFile file(path);
    if (file.size() > MaxFileBytes) {
        if (error)
            *error = tr("%1: the file is larger than %2").arg(path, QLocale().formattedDataSize(MaxFileBytes));
        return false;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("%1: cannot read: %2").arg(path, file.errorString());
        return false;
    }
    const QFileInfo info(path);
    Part part;
    part.name = info.completeBaseName();
    part.fileName = info.fileName();
    part.contentType = QMimeDatabase().mimeTypeForFile(info).name().toLatin1();
    part.data = file.readAll();
    m_parts.append(part);
    if (mode() != Mode::Multipart)
        setMode(Mode::Multipart);
    rebuildPartsTable();
    Q_EMIT edited();
    return true;
}

void BodyEditor::chooseFile()
{
    const QStringList paths = QFileDialog::getOpenFileNames(this, tr("Add files to the body"));
    for (const QString &path : paths) {
        QString error;
        m_partsStatus->clear();
        if (!addFile(path, &error))
            m_partsStatus->setText(error);
    }
}

void BodyEditor::removePart()
{
    const int row = m_partsTable->currentRow();
    if (row < 0 || row >= m_parts.size())
        return;
    m_parts.removeAt(row);
    rebuildPartsTable();
    Q_EMIT edited();
}

} // namespace Gatescope::Gui
