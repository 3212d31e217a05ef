#pragma once

#include <QLineEdit>

namespace Gatescope::Gui {

// The URL field. Behaves like a line edit, except that pasting or dropping a curl command line
// (which is not a URL) hands the whole command, line breaks included, to curlPasted() instead of
// squeezing it into the field.
class UrlLineEdit : public QLineEdit
{
    Q_OBJECT
public:
    explicit UrlLineEdit(QWidget *parent = nullptr);

    static bool looksLikeCurl(const QString &text);

Q_SIGNALS:
    void curlPasted(const QString &commandLine);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void onTextEdited(const QString &text);

    QString m_lastText; // the text now
    QString m_previousText; // the text before the last change
};

} // namespace Gatescope::Gui
