#pragma once

#include "model/RequestSpec.h"
#include "model/Result.h"
#include "series/LoadScriptExporter.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace Gatescope::Gui {

// "Export as Locust or k6…": requests — the builder's, a collection's, the watched or the ramped
// one — written as a load script for a distributed engine (LoadScriptExporter), so that load
// beyond one workstation runs there. The engine and the ramp are chosen here, prefilled by the
// caller (the Ramp window's steps; a watch as one user held for its duration). The script is shown
// exactly as it will be saved, with the environment variables it reads credentials from (never
// written into it); Save… writes it atomically (QSaveFile).
class LoadScriptDialog : public QDialog
{
    Q_OBJECT
public:
    LoadScriptDialog(const QList<RequestSpec> &requests, std::optional<LoadRamp> ramp, const QString &sourceName,
                     QWidget *parent = nullptr);
    ~LoadScriptDialog() override;

    LoadScriptExporter::Engine engine() const;
    void setEngine(LoadScriptExporter::Engine engine);
    std::optional<LoadRamp> ramp() const; // nullopt when the ramp is turned off
    void setPacing(double seconds); // each user's rounds this far apart (a watch's interval); 0 none
    // The request budget a ramped script states and stops at; 0: the default (200 a step).
    void setRequestBudget(int requests);
    QByteArray script() const; // as shown and as it would be saved
    Result<qint64> saveTo(const QString &path);

Q_SIGNALS:
    void scriptSaved(const QString &path);

protected:
    void changeEvent(QEvent *event) override;

private:
    void saveWithFileDialog();
    void updateScript();
    void retranslate();

    QList<RequestSpec> m_requests;
    QString m_source;
    double m_pacingSeconds = 0;
    int m_requestBudget = 0;
    QLabel *m_what = nullptr;
    QLabel *m_engineLabel = nullptr;
    QComboBox *m_engine = nullptr;
    QCheckBox *m_useRamp = nullptr;
    QLabel *m_fromLabel = nullptr;
    QSpinBox *m_from = nullptr;
    QLabel *m_toLabel = nullptr;
    QSpinBox *m_to = nullptr;
    QLabel *m_stepLabel = nullptr;
    QSpinBox *m_step = nullptr;
    QLabel *m_holdLabel = nullptr;
    QSpinBox *m_hold = nullptr;
    QPlainTextEdit *m_preview = nullptr;
    QLabel *m_variables = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_close = nullptr;
};

} // namespace Gatescope::Gui
