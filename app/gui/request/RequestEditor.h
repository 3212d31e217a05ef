#pragma once

#include "model/RequestSpec.h"

#include <QElapsedTimer>
#include <QTimer>
#include <QWidget>

class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTabWidget;

namespace Gatescope::Gui {

class AuthEditor;
class BodyEditor;
class KeyValueTable;
class ProbeOptionsEditor;
class UrlLineEdit;

// The request builder: a method (any HTTP token), a URL checked as it is typed (the problem shown
// under it, never in a message box) with its query parameters in a table kept in step both ways,
// headers (rows can be switched off, common names completed), the body, Basic/Bearer helpers and
// the probe's options. It produces a RequestSpec; Send is enabled only while the URL, the method and
// every header are valid, and while a request runs the button turns into Cancel with a busy bar.
class RequestEditor : public QWidget
{
    Q_OBJECT
public:
    explicit RequestEditor(QWidget *parent = nullptr);

    RequestSpec request() const;
    void setRequest(const RequestSpec &request); // does not emit edited()

    bool canSend() const { return m_problem.isEmpty(); }
    QString problem() const { return m_problem; } // why Send is disabled; empty when it is not
    void setBusy(bool busy);
    bool isBusy() const { return m_busy; }

    UrlLineEdit *urlEdit() const { return m_url; }
    QComboBox *methodCombo() const { return m_method; }
    QPushButton *sendButton() const { return m_send; }
    QLabel *messageLabel() const { return m_message; }
    KeyValueTable *queryTable() const { return m_query; }
    KeyValueTable *headersTable() const { return m_headers; }
    BodyEditor *bodyEditor() const { return m_body; }
    AuthEditor *authEditor() const { return m_auth; }
    ProbeOptionsEditor *optionsEditor() const { return m_options; }

    static QStringList commonHeaderNames();
    static QString headerProblem(const QString &name, const QString &value);
    static QString urlProblem(const QString &text);

Q_SIGNALS:
    void edited(); // any user change
    void sendRequested();
    void cancelRequested();
    void curlPasted(const QString &commandLine);

protected:
    void changeEvent(QEvent *event) override;

private:
    void setupWidgets();
    void setupTabOrder();
    void retranslate();
    void onUrlEdited();
    void onQueryEdited();
    void onAuthEdited();
    void onBodyEdited();
    void setHeaderRow(const QByteArray &name, const QByteArray &value); // empty value = remove
    void revalidate();
    void userEdited();
    void updateBusyText();

    QComboBox *m_method = nullptr;
    UrlLineEdit *m_url = nullptr;
    QPushButton *m_send = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_message = nullptr;
    QTabWidget *m_tabs = nullptr;
    KeyValueTable *m_query = nullptr;
    KeyValueTable *m_headers = nullptr;
    BodyEditor *m_body = nullptr;
    AuthEditor *m_auth = nullptr;
    ProbeOptionsEditor *m_options = nullptr;
    QString m_requestName;
    QString m_problem;
    bool m_busy = false;
    bool m_loading = false;
    QElapsedTimer m_busyClock;
    QTimer m_busyTicker;
};

} // namespace Gatescope::Gui
