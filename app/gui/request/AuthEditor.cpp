#include "gui/request/AuthEditor.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace Gatescope::Gui {

AuthEditor::AuthEditor(QWidget *parent)
    : QWidget(parent)
{
    m_scheme = new QComboBox(this);
    m_scheme->addItems({ QString(), QString(), QString() });
    m_stack = new QStackedWidget(this);

    m_none = new QLabel(this);
    m_none->setWordWrap(true);
    m_none->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_stack->addWidget(m_none);

    auto *basic = new QWidget(this);
    m_user = new QLineEdit(basic);
    m_password = new QLineEdit(basic);
    m_password->setEchoMode(QLineEdit::PasswordEchoOnEdit);
    auto *basicForm = new QFormLayout(basic);
    m_userLabel = new QLabel(basic);
    m_passwordLabel = new QLabel(basic);
    m_userLabel->setBuddy(m_user);
    m_passwordLabel->setBuddy(m_password);
    basicForm->addRow(m_userLabel, m_user);
    basicForm->addRow(m_passwordLabel, m_password);
    m_stack->addWidget(basic);

    auto *bearer = new QWidget(this);
    m_token = new QLineEdit(bearer);
    m_token->setEchoMode(QLineEdit::PasswordEchoOnEdit);
    auto *bearerForm = new QFormLayout(bearer);
    m_tokenLabel = new QLabel(bearer);
    m_tokenLabel->setBuddy(m_token);
    bearerForm->addRow(m_tokenLabel, m_token);
    m_stack->addWidget(bearer);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_scheme, 0, Qt::AlignLeft);
    layout->addWidget(m_stack, 1);

    const auto notify = [this] {
        if (!m_updating)
            Q_EMIT edited();
    };
    connect(m_scheme, &QComboBox::currentIndexChanged, this, [this, notify](int index) {
        m_stack->setCurrentIndex(index);
        notify();
    });
    connect(m_user, &QLineEdit::textEdited, this, notify);
    connect(m_password, &QLineEdit::textEdited, this, notify);
    connect(m_token, &QLineEdit::textEdited, this, notify);
    retranslate();
}

void AuthEditor::retranslate()
{
    m_scheme->setItemText(int(Scheme::None), tr("No authentication helper"));
    m_scheme->setItemText(int(Scheme::Basic), tr("Basic (user name and password)"));
    m_scheme->setItemText(int(Scheme::Bearer), tr("Bearer token"));
    m_scheme->setAccessibleName(tr("Authentication scheme"));
    m_none->setText(tr("Choose Basic or Bearer to have the Authorization header written for you. "
                       "An Authorization header typed in the Headers tab is sent as it is."));
    m_userLabel->setText(tr("&User name:"));
    m_passwordLabel->setText(tr("&Password:"));
    m_tokenLabel->setText(tr("&Token:"));
    m_user->setAccessibleName(tr("User name"));
    m_password->setAccessibleName(tr("Password"));
    m_token->setAccessibleName(tr("Bearer token"));
}

void AuthEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

AuthEditor::Scheme AuthEditor::scheme() const
{
    return Scheme(m_scheme->currentIndex());
}

QByteArray AuthEditor::authorizationValue() const
{
    switch (scheme()) {
    case Scheme::Basic:
        return "Basic " + (m_user->text() + u':' + m_password->text()).toUtf8().toBase64();
    case Scheme::Bearer:
        return "Bearer " + m_token->text().toUtf8();
    case Scheme::None:
        break;
    }
    return {};
}

bool AuthEditor::setAuthorizationValue(const QByteArray &value)
{
    m_updating = true;
    const QByteArray trimmed = value.trimmed();
    const qsizetype space = trimmed.indexOf(' ');
    const QByteArray scheme = space < 0 ? trimmed.toLower() : trimmed.left(space).toLower();
    const QByteArray credentials = space < 0 ? QByteArray() : trimmed.mid(space + 1).trimmed();
    bool known = true;
    if (scheme == "basic") {
        const auto decoded = QByteArray::fromBase64Encoding(credentials, QByteArray::AbortOnBase64DecodingErrors);
        const QString text = decoded ? QString::fromUtf8(*decoded) : QString();
        const qsizetype colon = text.indexOf(u':');
        known = decoded && colon >= 0;
        if (known) {
            m_user->setText(text.left(colon));
            m_password->setText(text.mid(colon + 1));
            m_scheme->setCurrentIndex(int(Scheme::Basic));
        }
    } else if (scheme == "bearer") {
        m_token->setText(QString::fromUtf8(credentials));
        m_scheme->setCurrentIndex(int(Scheme::Bearer));
    } else {
        known = false;
    }
    if (!known) {
        m_user->clear();
        m_password->clear();
        m_token->clear();
        m_scheme->setCurrentIndex(int(Scheme::None));
    }
    m_updating = false;
    return known;
}

} // namespace Gatescope::Gui
