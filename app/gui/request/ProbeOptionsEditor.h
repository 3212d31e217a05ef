#pragma once

#include "model/RequestSpec.h"
#include "model/Result.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace Gatescope::Gui {

// The probe's options for one request: per-phase timeouts, redirects (follow, how many), TLS
// verification, the proxy (from the environment, none, or a URL) and address overrides written
// the way curl takes them ("--resolve host:port:addr", "--connect-to h:p:h2:p2"), checked as typed.
class ProbeOptionsEditor : public QWidget
{
    Q_OBJECT
public:
    explicit ProbeOptionsEditor(QWidget *parent = nullptr);

    ProbeOptions options() const; // options of the last valid state of every field
    void setOptions(const ProbeOptions &options);
    QString firstError() const; // empty when every field is valid

    // "resolve example.test:443:127.0.0.1" or "--connect-to a:443:b:8443" → AddressOverride
    static Result<AddressOverride> parseOverride(const QString &line);
    static QString formatOverride(const AddressOverride &entry);

Q_SIGNALS:
    void edited();

protected:
    void changeEvent(QEvent *event) override;

private:
    void setupWidgets();
    void retranslate();
    void validate();
    QSpinBox *timeoutBox();

    QFormLayout *m_form = nullptr;
    QSpinBox *m_connect = nullptr;
    QSpinBox *m_tls = nullptr;
    QSpinBox *m_firstByte = nullptr;
    QSpinBox *m_total = nullptr;
    QCheckBox *m_follow = nullptr;
    QSpinBox *m_maxRedirects = nullptr;
    QCheckBox *m_verifyTls = nullptr;
    QComboBox *m_httpVersion = nullptr;
    QComboBox *m_proxyMode = nullptr;
    QLineEdit *m_proxy = nullptr;
    QPlainTextEdit *m_overrides = nullptr;
    QLabel *m_status = nullptr;
    QString m_error;
    bool m_updating = false;
};

} // namespace Gatescope::Gui
