#pragma once

#include "gui/request/KeyValueTable.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QTableWidget;

namespace Gatescope::Gui {

// Edits a request body in the form it was meant in: none, raw text, JSON (validated as you type,
// the error shown inline with line and column), form url-encoded fields, or multipart/form-data
// with text fields and files. It builds the bytes and the Content-Type that goes with them; given
// bytes and a Content-Type it picks the matching form and takes them apart again, so a request
// loaded from the workspace or a curl line opens the way it was written.
class BodyEditor : public QWidget
{
    Q_OBJECT
public:
    enum class Mode { None, Raw, Json, FormUrlEncoded, Multipart };

    struct Part
    {
        QString name;
        QString fileName; // empty = a text field
        QByteArray contentType; // for files
        QByteArray data;
        friend bool operator==(const Part &, const Part &) = default;
    };

    explicit BodyEditor(QWidget *parent = nullptr);

    Mode mode() const;
    void setMode(Mode mode);
    QByteArray body() const;
    QByteArray contentType() const; // empty for None and Raw (the headers decide)
    void setBody(const QByteArray &body, QByteArrayView contentTypeHeader);
    QString jsonError() const { return m_jsonError; } // empty when valid or not in JSON mode
    QList<Part> parts() const { return m_parts; }
    bool addFile(const QString &path, QString *error = nullptr);

    QComboBox *modeCombo() const { return m_mode; }

Q_SIGNALS:
    void edited();

protected:
    void changeEvent(QEvent *event) override;

private:
    void setupWidgets();
    void retranslate();
    void validateJson();
    void rebuildPartsTable();
    void onPartEdited(int row, int column);
    void chooseFile();
    void removePart();
    void addTextPart();
    static QList<Part> parseMultipart(const QByteArray &body, const QByteArray &boundary);

    QComboBox *m_mode = nullptr;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_noBody = nullptr;
    QPlainTextEdit *m_raw = nullptr;
    QPlainTextEdit *m_json = nullptr;
    QLabel *m_jsonStatus = nullptr;
    QPushButton *m_formatJson = nullptr;
    KeyValueTable *m_form = nullptr;
    QTableWidget *m_partsTable = nullptr;
    QPushButton *m_addText = nullptr;
    QPushButton *m_addFile = nullptr;
    QPushButton *m_removePart = nullptr;
    QLabel *m_partsStatus = nullptr;
    QList<Part> m_parts;
    QByteArray m_boundary;
    QString m_jsonError;
    bool m_updating = false;
};

} // namespace Gatescope::Gui
