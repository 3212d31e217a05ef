#include "diagnosis/Checklists.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Gatescope {

bool ChecklistCatalog::contains(QStringView id) const
{
    return m_index.contains(id.toString());
}

const Checklist *ChecklistCatalog::find(QStringView id) const
{
    const auto it = m_index.constFind(id.toString());
    return it == m_index.cend() ? nullptr : &m_checklists.at(*it);
}

Checklist ChecklistCatalog::translated(QStringView id) const
{
    const Checklist *source = find(id);
    if (!source)
        return {};
    Checklist result;
    result.id = source->id;
    result.title = QCoreApplication::translate(TranslationContext, source->title.toUtf8().constData());
    result.items.reserve(source->items.size());
    for (const QString &item : source->items)
        result.items.append(QCoreApplication::translate(TranslationContext, item.toUtf8().constData()));
    return result;
}

QList<Checklist> ChecklistCatalog::all() const
{
    return m_checklists;
}

QStringList ChecklistCatalog::ids() const
{
    QStringList ids;
    ids.reserve(m_checklists.size());
    for (const Checklist &checklist : m_checklists)
        ids.append(checklist.id);
    return ids;
}

void ChecklistCatalog::insert(const Checklist &checklist, const QString &origin)
{
    const auto it = m_index.constFind(checklist.id);
    if (it != m_index.cend()) {
        m_checklists[*it] = checklist;
        m_origins[*it] = origin;
        return;
    }
    m_index.insert(checklist.id, m_checklists.size());
    m_checklists.append(checklist);
    m_origins.append(origin);
}

QString ChecklistCatalog::originOf(QStringView id) const
{
    const auto it = m_index.constFind(id.toString());
    return it == m_index.cend() ? QString() : m_origins.at(*it);
}

Result<QList<Checklist>> ChecklistCatalog::parse(const QByteArray &json, const QString &fileName)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Error { u"%1: offset %2: %3"_s.arg(fileName).arg(parseError.offset).arg(parseError.errorString()) };
    const QJsonValue list
        = document.isArray() ? QJsonValue(document.array()) : document.object().value(u"checklists"_s);
    if (!list.isArray())
        return Error { u"%1: expected a \"checklists\" array"_s.arg(fileName) };
    QList<Checklist> checklists;
    QStringList seen;
    const QJsonArray array = list.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonObject object = array.at(i).toObject();
        Checklist checklist;
        checklist.id = object.value(u"id"_s).toString();
        if (checklist.id.isEmpty())
            return Error { u"%1: checklist #%2: missing \"id\""_s.arg(fileName).arg(i + 1) };
        if (seen.contains(checklist.id))
            return Error { u"%1: checklist '%2': defined twice"_s.arg(fileName, checklist.id) };
        seen.append(checklist.id);
        checklist.title = object.value(u"title"_s).toString();
        if (checklist.title.isEmpty())
            return Error { u"%1: checklist '%2': missing \"title\""_s.arg(fileName, checklist.id) };
        const QJsonArray items = object.value(u"items"_s).toArray();
        for (const QJsonValue &item : items) {
            if (!item.isString() || item.toString().trimmed().isEmpty())
                return Error { u"%1: checklist '%2': every item must be a non-empty string"_s.arg(fileName,
                                                                                                  checklist.id) };
            checklist.items.append(item.toString());
        }
        if (checklist.items.isEmpty())
            return Error { u"%1: checklist '%2': no items"_s.arg(fileName, checklist.id) };
        checklists.append(checklist);
    }
    return checklists;
}

} // namespace Gatescope
