#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QStackedWidget;

namespace Gatescope::Gui {

// The Basic and Bearer authentication helpers: user name and password, or a token, turned into the
// Authorization header value (and read back from one, so a loaded request shows its credentials).
class AuthEditor : public QWidget
{
    Q_OBJECT
public:
    enum class Scheme { None, Basic, Bearer };

    explicit AuthEditor(QWidget *parent = nullptr);

    Scheme scheme() const;
    QByteArray authorizationValue() const; // empty for None
    // Takes an Authorization value apart; returns false (and leaves None) for other schemes.
    bool setAuthorizationValue(const QByteArray &value);

Q_SIGNALS:
    void edited();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QComboBox *m_scheme = nullptr;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_none = nullptr;
    QLabel *m_userLabel = nullptr;
    QLabel *m_passwordLabel = nullptr;
    QLabel *m_tokenLabel = nullptr;
    QLineEdit *m_user = nullptr;
    QLineEdit *m_password = nullptr;
    QLineEdit *m_token = nullptr;
    bool m_updating = false;
};

} // namespace Gatescope::Gui
