#include "gui/request/UrlLineEdit.h"

#include <QClipboard>
#include <QDropEvent>
#include <QGuiApplication>
#include <QKeyEvent>
#include <QMimeData>

using namespace Qt::StringLiterals;

namespace Gatescope::Gui {

UrlLineEdit::UrlLineEdit(QWidget *parent)
    : QLineEdit(parent)
{
    connect(this, &QLineEdit::textEdited, this, &UrlLineEdit::onTextEdited);
    connect(this, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_previousText = m_lastText;
        m_lastText = text;
    });
}

bool UrlLineEdit::looksLikeCurl(const QString &text)
{
    const QString trimmed = text.trimmed();
    return trimmed.startsWith(u"curl "_s) || trimmed.startsWith(u"curl\t"_s) || trimmed.startsWith(u"curl.exe "_s);
}

void UrlLineEdit::keyPressEvent(QKeyEvent *event)
{
    if (event == QKeySequence::Paste) {
        const QString clip = QGuiApplication::clipboard()->text();
        if (looksLikeCurl(clip)) {
            Q_EMIT curlPasted(clip);
            event->accept();
            return;
        }
    }
    QLineEdit::keyPressEvent(event);
}

void UrlLineEdit::dropEvent(QDropEvent *event)
{
    if (event->mimeData()->hasText() && looksLikeCurl(event->mimeData()->text())) {
        Q_EMIT curlPasted(event->mimeData()->text());
        event->acceptProposedAction();
        return;
    }
    QLineEdit::dropEvent(event);
}

void UrlLineEdit::onTextEdited(const QString &text)
{
    // Pasting from the context menu: the line edit already took the text (without line breaks).
    const QString before = m_lastText == text ? m_previousText : m_lastText;
    if (looksLikeCurl(text) && !looksLikeCurl(before) && text.size() - before.size() > 5) {
        const QString clip = QGuiApplication::clipboard()->text();
        const QString command = looksLikeCurl(clip) ? clip : text;
        const QSignalBlocker blocker(this);
        setText(before);
        m_lastText = before;
        m_previousText = before;
        Q_EMIT curlPasted(command);
    }
}

} // namespace Gatescope::Gui
