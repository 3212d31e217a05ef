#include "GuiApplication.h"

#include <QApplication>
#include <QLabel>

namespace Gatescope::Gui {

// PLACEHOLDER — replaced by the workbench.
int runApplication(QApplication &app)
{
    QLabel label(QObject::tr("Gatescope"));
    label.show();
    return app.exec();
}

} // namespace Gatescope::Gui
