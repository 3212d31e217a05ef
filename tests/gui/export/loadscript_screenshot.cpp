// Writes a screenshot of "Export as Locust or k6" for a person to look at (not a test): a ramp of
// 1 → 20 users in steps of 5, held 30 s, for a POST with a bearer token (shown as an environment
// variable, never in the script).
//   QT_QPA_PLATFORM=offscreen build/tests/gui/export/loadscript_screenshot /tmp → /tmp/loadscript-locust.png, …-k6.png
#include "gui/export/LoadScriptDialog.h"

#include <QApplication>
#include <QDir>

using namespace Gatescope;
using namespace Gatescope::Gui;
using namespace Qt::StringLiterals;

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const QString folder = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QDir::tempPath();
    RequestSpec request;
    request.method = "POST";
    request.url = QUrl(u"https://shop.example.test/api/checkout?cart=42"_s);
    request.headers.append(HeaderField { "Content-Type", "application/json" });
    request.headers.append(HeaderField { "Authorization", "Bearer eyJhbGciOiJIUzI1NiJ9.e30.signature" });
    request.body = R"({"items":[{"sku":"A-1","qty":2}]})";
    LoadScriptDialog dialog({ request }, LoadRamp { 1, 20, 5, 30 }, request.url.toString(QUrl::RemoveQuery));
    dialog.resize(1600, 1000);
    dialog.show();
    bool ok = true;
    for (const auto &[engine, name] : { std::pair { LoadScriptExporter::Engine::Locust, u"loadscript-locust.png"_s },
                                        std::pair { LoadScriptExporter::Engine::K6, u"loadscript-k6.png"_s } }) {
        dialog.setEngine(engine);
        QApplication::processEvents();
        ok = dialog.grab().save(QDir(folder).filePath(name)) && ok;
    }
    return ok ? 0 : 1;
}
