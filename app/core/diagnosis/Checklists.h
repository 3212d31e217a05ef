#pragma once

#include "diagnosis/Diagnosis.h"
#include "model/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

namespace Gatescope {

// The resolution checklists that leaves of the rule tree point to, as data
// (resources/checklists/*.json, plus checklists of user rule packs). Texts are kept as written
// (English source text) and translated on the way out with the context "Gatescope::Checklists",
// so a language switch only needs another call to translated().
class ChecklistCatalog
{
    Q_DECLARE_TR_FUNCTIONS(Gatescope::ChecklistCatalog)
public:
    static constexpr const char *TranslationContext = "Gatescope::Checklists";

    bool contains(QStringView id) const;
    const Checklist *find(QStringView id) const; // source text; nullptr when unknown
    Checklist translated(QStringView id) const; // through QCoreApplication::translate; empty when unknown
    QList<Checklist> all() const; // in load order
    QStringList ids() const;

    // Adds or replaces (same id) a checklist; `origin` names the file it came from.
    void insert(const Checklist &checklist, const QString &origin);
    QString originOf(QStringView id) const;

    // Parses a "checklists" JSON array; errors name the file and the checklist id or index.
    static Result<QList<Checklist>> parse(const QByteArray &json, const QString &fileName);

private:
    QList<Checklist> m_checklists;
    QStringList m_origins;
    QHash<QString, qsizetype> m_index;
};

} // namespace Gatescope
