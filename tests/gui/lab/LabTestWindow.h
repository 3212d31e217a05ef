#pragma once

// A workbench window on a fresh data folder and fresh settings, with its 5xx Lab page at hand:
// what the lab's window tests stand on. Settings and data live in temporary folders.
#include "gui/MainWindow.h"
#include "gui/lab/LabPage.h"
#include "gui/lab/LabScenarioModel.h"
#include "gui/lab/LabScenarioView.h"
#include "gui/lab/LabSession.h"

#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace Gatescope::Gui {

class LabTestWindow
{
public:
    // Call once, before any window: no test reads or writes the user's settings or data.
    static void isolateFromUserFiles(const QTemporaryDir &settingsDir)
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsDir.path());
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settingsDir.path());
    }

    explicit LabTestWindow(const QString &dataDirectory)
        : window(std::make_unique<MainWindow>(dataDirectory))
    {
        window->resize(1600, 1000);
    }

    // Shows the window and waits for its lab page (the window builds it after its first paint).
    bool show()
    {
        window->show();
        if (!QTest::qWaitForWindowExposed(window.get()))
            return false;
        return QTest::qWaitFor([this] { return (page = window->findChild<LabPage *>()) != nullptr; }, 5000);
    }

    LabSession *session() const { return page->session(); }
    LabScenarioModel *model() const { return page->session()->model(); }
    LabScenarioView *view() const { return page->scenarioView(); }

    // Presses "Start the 5xx Lab" as a user does.
    bool startLab()
    {
        if (!page->startButton()->isVisible() || !page->startButton()->isEnabled())
            return false;
        QTest::mouseClick(page->startButton(), Qt::LeftButton);
        return session()->isStarted();
    }

    // Scrolls the scenario into view and presses its Run button.
    bool clickRun(const QString &scenarioId)
    {
        const int row = model()->rowForId(scenarioId);
        if (row < 0)
            return false;
        view()->scrollTo(model()->index(row, LabScenarioModel::RunColumn), QAbstractItemView::PositionAtCenter);
        const QRect button = view()->runButtonRect(row);
        if (!view()->viewport()->rect().contains(button.center()))
            return false;
        QTest::mouseClick(view()->viewport(), Qt::LeftButton, {}, button.center());
        return session()->isBusy();
    }

    std::unique_ptr<MainWindow> window;
    LabPage *page = nullptr;
};

} // namespace Gatescope::Gui
