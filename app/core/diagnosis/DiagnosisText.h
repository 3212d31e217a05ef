#pragma once

#include "diagnosis/DiagnosisJson.h"

#include <QCoreApplication>
#include <QString>

namespace Gatescope {

// Plain-text rendering of diagnoses for the terminal: per exchange the request line and status,
// the verdict (cause, producer, summary, retry advice), the path through the tree with the
// evidence of each step, the evidence list and the checklist. Every label is translatable.
class DiagnosisText
{
    Q_DECLARE_TR_FUNCTIONS(Gatescope::DiagnosisText)
public:
    static QString render(const DiagnosedExchange &entry);
    static QString renderDocument(const QString &inputKind, const QString &inputName,
                                  const QList<DiagnosedExchange> &entries);
};

} // namespace Gatescope
