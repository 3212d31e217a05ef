#pragma once

#include "model/RequestSpec.h"

#include <QObject>

class QWidget;

namespace Gatescope::Gui {

class RequestEditor;
class WorkspaceModel;

// What the request builder held when it was last loaded, and whether the user has changed it since.
// The builder saves as it is typed into (an exchange's request, once edited, is stored as a new
// request in the first collection), so nothing is lost when something else replaces it; but before
// "Open in builder" replaces edits the user asks (issue 15 §1): keep them where they are saved,
// discard them (a collection's request goes back to what it was when opened, an edited exchange's
// request is deleted), or cancel.
class BuilderEdits : public QObject
{
    Q_OBJECT
public:
    enum class Choice { Keep, Discard, Cancel };

    BuilderEdits(RequestEditor *editor, WorkspaceModel *workspace, QWidget *dialogParent); // none owned

    // The builder now shows `spec`: the stored request `requestId`, or an exchange's request ("").
    void loaded(const QString &requestId, const RequestSpec &spec);
    void edited(); // the user changed the builder's request
    bool hasEdits() const; // changed since loaded, and not changed back

    // Asks what to do with the edits before they are replaced; `savedAs` is the stored request the
    // edits are saved in now. Discard is carried out here.
    Choice ask(const QString &savedAs);

private:
    RequestEditor *m_editor;
    WorkspaceModel *m_workspace;
    QWidget *m_dialogParent;
    QString m_loadedId;
    RequestSpec m_loaded;
    bool m_edited = false;
};

} // namespace Gatescope::Gui
