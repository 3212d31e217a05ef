#pragma once

#include "diagnosis/Diagnosis.h"
#include "model/Exchange.h"

#include <QObject>
#include <QPointer>

#include <functional>

namespace Gatescope::Gui {

class DiagnosisPane;
class ResponseView;
class WaterfallModel;
class WaterfallView;

// Owns "the exchange being looked at". The waterfall holds a document — a run sent from the
// builder, a History run, an imported capture, the lab's runs — and one of its exchanges is the
// current one: its row is selected and scrolled to, the response view shows it, the diagnosis pane
// shows its verdict (decision tree and checklist). Everything that stands for an exchange (a
// waterfall row, a History row, a capture entry, a lab scenario with a result) goes through here,
// so every pane shows the same one. The window listens to exchangeShown() to follow in the sidebar,
// the request builder and the status bar.
class ExchangePresenter : public QObject
{
    Q_OBJECT
public:
    // Log: the Gateway logs pane's failure lines no exchange explains, each made an exchange of its own.
    enum class Source { Nothing, Live, Run, Capture, Lab, Log };
    Q_ENUM(Source)
    using Diagnose = std::function<Diagnosis(const Exchange &)>;

    // None owned; diagnose is called for each exchange shown.
    ExchangePresenter(WaterfallModel *model, WaterfallView *view, ResponseView *response, DiagnosisPane *diagnosis,
                      Diagnose diagnose, QObject *parent = nullptr);

    // A new document in the waterfall (its rows replace the old ones); `select` becomes current
    // (-1: none, the panes are cleared). Ignored while a live request holds the waterfall.
    bool showDocument(Source source, const QString &id, const QList<Exchange> &exchanges, int select);
    // The document is already in the waterfall (the lab's or a live run filled it): just name it.
    void adoptDocument(Source source, const QString &id);
    // A request is about to be sent from the builder: the waterfall is emptied for it.
    void beginLive();
    // Makes an entry of the document current (and shows it in every pane). False when it is not
    // there (or live); with a ready diagnosis (the live run's or the lab's) the rules are not asked again.
    bool select(int entry, const Diagnosis *diagnosis = nullptr);

    Source source() const { return m_source; }
    QString sourceId() const { return m_sourceId; }
    int currentEntry() const { return m_entry; }
    bool hasCurrent() const;
    const Exchange &currentExchange() const; // hasCurrent() must be true
    const Diagnosis &currentDiagnosis() const { return m_diagnosis; }

Q_SIGNALS:
    // Every pane shows this exchange now.
    void exchangeShown(const Gatescope::Exchange &exchange, const Gatescope::Diagnosis &diagnosis);
    void documentChanged(Gatescope::Gui::ExchangePresenter::Source source, const QString &id);

private:
    void onEntrySelected(int entry);
    void clearPanes();

    QPointer<WaterfallModel> m_model;
    QPointer<WaterfallView> m_view;
    QPointer<ResponseView> m_response;
    QPointer<DiagnosisPane> m_diagnosisPane;
    Diagnose m_diagnose;
    Source m_source = Source::Nothing;
    QString m_sourceId;
    int m_entry = -1;
    Diagnosis m_diagnosis;
    bool m_selecting = false;
};

} // namespace Gatescope::Gui
