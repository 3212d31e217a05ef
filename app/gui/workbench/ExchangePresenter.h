#pragma once

#include "diagnosis/Diagnosis.h"
#include "model/Exchange.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

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
    // Import: a capture still being read; its rows arrive batch by batch (appendToDocument) and it
    // is adopted as a Capture once stored.
    enum class Source { Nothing, Live, Run, Capture, Lab, Log, Import };
    Q_ENUM(Source)
    using Diagnose = std::function<Diagnosis(const Exchange &)>;

    // None owned; diagnose is called for each exchange shown.
    ExchangePresenter(WaterfallModel *model, WaterfallView *view, ResponseView *response, DiagnosisPane *diagnosis,
                      Diagnose diagnose, QObject *parent = nullptr);

    // A new document in the waterfall (its rows replace the old ones); `select` becomes current
    // (-1: none, the panes are cleared). Ignored while a live request holds the waterfall. A big
    // document shows its first rows at once and the rest fills in as appendToDocument's rows do.
    bool showDocument(Source source, const QString &id, const QList<Exchange> &exchanges, int select);
    // The document is already in the waterfall (the lab's or a live run filled it): just name it.
    // Rows of the old name still to be inserted (appendToDocument) stay queued for the new one.
    void adoptDocument(Source source, const QString &id);
    // More rows of the document shown as (source, id), or a new document of them when another is
    // shown (not while a live request holds the waterfall: false then; a new document shows its
    // first rows at once). The rows are queued and inserted a batch at a time, a few short batches
    // a second, so a capture of 100,000 rows fills in while the window keeps answering; filled()
    // follows when the queue is empty.
    bool appendToDocument(Source source, const QString &id, const QList<Exchange> &exchanges);
    bool isFilling() const { return !m_queued.isEmpty(); }
    // Entries of the document: those in the waterfall and those still queued.
    int documentSize() const;
    // A request is about to be sent from the builder: the waterfall is emptied for it.
    void beginLive();
    // Makes an entry of the document current (and shows it in every pane). False when it is not
    // there (or live); with a ready diagnosis (the live run's or the lab's) the rules are not asked again.
    // An entry still queued becomes current when it is inserted.
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
    // The rows queued by appendToDocument are all in the waterfall, or were dropped with their document.
    void filled();

private:
    void onEntrySelected(int entry);
    void clearPanes();
    void insertQueued(); // one batch of the queued rows, the next one on the timer
    void dropQueued();

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
    // Rows of the document not in the waterfall yet: batches as they came, the first from
    // m_queuedNext on. A batch the presenter alone holds gives its exchanges up (moved, not copied).
    QList<QList<Exchange>> m_queued;
    qsizetype m_queuedNext = 0;
    qsizetype m_queuedRows = 0;
    int m_selectWhenInserted = -1;
    QTimer m_insertTimer;
    double m_rowsPerMs = 64; // how fast the last batches went into the waterfall
};

} // namespace Gatescope::Gui
