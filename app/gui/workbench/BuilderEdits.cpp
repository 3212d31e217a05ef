#include "gui/workbench/BuilderEdits.h"

#include "gui/request/RequestEditor.h"
#include "gui/workspace/WorkspaceModel.h"

#include <QMessageBox>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace Gatescope::Gui {

namespace {

bool sameRequest(const RequestSpec &a, const RequestSpec &b)
{
    return a.method == b.method && a.url == b.url && a.typedUrl == b.typedUrl && a.headers == b.headers
        && a.body == b.body && a.options == b.options;
}

} // namespace

BuilderEdits::BuilderEdits(RequestEditor *editor, WorkspaceModel *workspace, QWidget *dialogParent)
    : QObject(dialogParent)
    , m_editor(editor)
    , m_workspace(workspace)
    , m_dialogParent(dialogParent)
{ }

void BuilderEdits::loaded(const QString &requestId, const RequestSpec &spec)
{
    m_loadedId = requestId;
    m_loaded = spec;
    m_edited = false;
}

void BuilderEdits::edited()
{
    m_edited = true;
}

bool BuilderEdits::hasEdits() const
{
    return m_edited && !sameRequest(m_editor->request(), m_loaded);
}

BuilderEdits::Choice BuilderEdits::ask(const QString &savedAs)
{
    const RequestSpec shown = m_editor->request();
    const bool draft = m_loadedId.isEmpty();
    const QString collection
        = m_workspace->indexForCollection(m_workspace->collectionOfRequest(savedAs)).data().toString();
    QMessageBox box(QMessageBox::Question, tr("Open in builder"), QString(), QMessageBox::Cancel, m_dialogParent);
    box.setObjectName(u"builderEditsQuestion"_s);
    //: %1 = method and URL of the request in the builder
    box.setText(tr("The builder holds your edits to %1.")
                    .arg(QString::fromLatin1(shown.method) + u' ' + shown.url.toDisplayString()));
    box.setInformativeText(
        draft
            //: %1 = collection name
            ? tr("They are saved as a new request in “%1”. Keep it there and open the exchange's request, or "
                 "discard the edited request?")
                  .arg(collection)
            //: %1 = collection name
            : tr("They are saved in “%1”. Keep them and open the exchange's request, or put the request back as "
                 "it was when you opened it?")
                  .arg(collection));
    QPushButton *keep = box.addButton(tr("&Keep my edits"), QMessageBox::AcceptRole);
    keep->setObjectName(u"keepEdits"_s);
    QPushButton *discard = box.addButton(tr("&Discard my edits"), QMessageBox::DestructiveRole);
    discard->setObjectName(u"discardEdits"_s);
    box.button(QMessageBox::Cancel)->setObjectName(u"cancel"_s);
    box.setDefaultButton(keep);
    box.exec();
    if (box.clickedButton() == keep)
        return Choice::Keep;
    if (box.clickedButton() != discard)
        return Choice::Cancel;
    if (draft && m_workspace->findRequest(savedAs))
        m_workspace->removeRequest(savedAs);
    else if (m_workspace->findRequest(m_loadedId))
        m_workspace->updateRequest(m_loadedId, m_loaded);
    m_edited = false;
    return Choice::Discard;
}

} // namespace Gatescope::Gui
