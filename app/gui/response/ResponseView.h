#pragma once

#include "model/Exchange.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QStackedWidget;
class QTabWidget;
class QTableWidget;
class QTextBrowser;
class QTreeWidget;

namespace Gatescope::Gui {

class HexModel;
class HexView;

// The response of the selected exchange: a status line (or how the conversation ended), the headers
// in wire order, the body (pretty JSON, HTML source, text, or hex for binary — text views show at
// most the first few MiB, the hex view all of it, lazily) and the raw bytes as they came off the
// wire with every anomaly marked at its offset and listed beside them. Plus the connection details,
// and for an exchange over HTTP/2 its frames (a Frames tab shown only then).
class ResponseView : public QWidget
{
    Q_OBJECT
public:
    enum class BodyFormat { Automatic, PrettyJson, Html, Text, Hex };
    static constexpr qsizetype MaxTextBytes = 2 * 1024 * 1024;
    static constexpr qsizetype MaxPrettyJsonBytes = 4 * 1024 * 1024;

    explicit ResponseView(QWidget *parent = nullptr);

    void showExchange(const Exchange &exchange);
    void clear();

    QLabel *statusLabel() const { return m_status; }
    QTabWidget *tabs() const { return m_tabs; }
    QTableWidget *headersTable() const { return m_headers; }
    QPlainTextEdit *bodyText() const { return m_bodyText; }
    HexModel *bodyHexModel() const { return m_bodyHex; }
    HexModel *rawHexModel() const { return m_rawHex; }
    QTreeWidget *anomalyList() const { return m_anomalies; }
    QTreeWidget *frameList() const { return m_frames; } // HTTP/2 frames; its tab shows only for h2
    static constexpr int FramesTab = 4;
    BodyFormat shownBodyFormat() const { return m_shownFormat; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void setupWidgets();
    void retranslate();
    void showBody();
    void updateStatusLine();
    void showFrames();
    static constexpr int FrameColumns = 7;

    QLabel *m_status = nullptr;
    QTabWidget *m_tabs = nullptr;
    QTableWidget *m_headers = nullptr;
    QComboBox *m_format = nullptr;
    QLabel *m_bodyNote = nullptr;
    QStackedWidget *m_bodyStack = nullptr;
    QPlainTextEdit *m_bodyText = nullptr;
    HexModel *m_bodyHex = nullptr;
    HexView *m_bodyHexView = nullptr;
    HexModel *m_rawHex = nullptr;
    HexView *m_rawHexView = nullptr;
    QTreeWidget *m_anomalies = nullptr;
    QLabel *m_rawNote = nullptr;
    QTextBrowser *m_connection = nullptr;
    QTreeWidget *m_frames = nullptr;
    Exchange m_exchange;
    bool m_hasExchange = false;
    BodyFormat m_shownFormat = BodyFormat::Automatic;
};

} // namespace Gatescope::Gui
