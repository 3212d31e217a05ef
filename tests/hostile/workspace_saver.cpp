// Test-only helper of tst_workspacekill: saves the workspace with Gatescope's own WorkspaceStore
// (QSaveFile; core only, no widgets) in a tight loop, so the test can SIGKILL it at random moments.
//
//   workspace_saver DIR           load DIR/workspace.json (if any), then save generation after
//                                 generation forever, printing "saved N" after each complete save
//   workspace_saver DIR --check   load it, check it is one whole generation, print "loaded N"
//                                 (or "empty"), exit 0; on any problem print "broken: …", exit 3
//
// Every generation N is a collection "generation N" of RequestCount requests whose URLs and
// bodies all carry N, so a file mixing two saves — or cut short — cannot pass the check.
#include "workspace/WorkspaceStore.h"

#include <QCoreApplication>
#include <QFile>
#include <QTextStream>

#include <cstdio>

using namespace Gatescope;
using namespace Qt::StringLiterals;

namespace {

constexpr int RequestCount = 200;
constexpr qsizetype BodyBytes = 4096;

QByteArray bodyFor(qint64 generation, int request)
{
    const QByteArray unit
        = "generation " + QByteArray::number(generation) + " request " + QByteArray::number(request) + ";";
    QByteArray body;
    while (body.size() < BodyBytes)
        body += unit;
    return body;
}

Workspace generationData(qint64 generation)
{
    Collection collection;
    collection.id = u"kill-test"_s;
    collection.name = u"generation %1"_s.arg(generation);
    for (int i = 0; i < RequestCount; ++i) {
        StoredRequest stored;
        stored.id = u"r%1"_s.arg(i);
        stored.spec.method = "POST";
        stored.spec.url = QUrl(u"http://127.0.0.1/%1/%2"_s.arg(generation).arg(i));
        stored.spec.body = bodyFor(generation, i);
        collection.requests.append(stored);
    }
    Workspace data;
    data.collections.append(collection);
    data.currentRequestId = u"r0"_s;
    return data;
}

// The generation the loaded workspace holds, or an error saying what is wrong with it.
Result<qint64> checkedGeneration(const Workspace &data)
{
    if (data.collections.size() != 1)
        return Error { u"expected 1 collection, found %1"_s.arg(data.collections.size()) };
    const Collection &collection = data.collections.first();
    bool ok = false;
    const qint64 generation = collection.name.sliced(qMin<qsizetype>(11, collection.name.size())).toLongLong(&ok);
    if (!collection.name.startsWith(u"generation ") || !ok)
        return Error { u"unexpected collection name '%1'"_s.arg(collection.name) };
    if (collection.requests.size() != RequestCount)
        return Error { u"generation %1 has %2 requests instead of %3"_s.arg(generation)
                           .arg(collection.requests.size())
                           .arg(RequestCount) };
    for (int i = 0; i < RequestCount; ++i) {
        const RequestSpec &spec = collection.requests.at(i).spec;
        if (spec.url != QUrl(u"http://127.0.0.1/%1/%2"_s.arg(generation).arg(i)) || spec.body != bodyFor(generation, i))
            return Error {
                u"request %1 does not belong to generation %2 (%3)"_s.arg(i).arg(generation).arg(spec.url.toString())
            };
    }
    return generation;
}

void say(const QString &line)
{
    std::fprintf(stdout, "%s\n", qPrintable(line));
    std::fflush(stdout);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    if (arguments.size() < 2) {
        std::fprintf(stderr, "usage: workspace_saver DIR [--check]\n");
        return 2;
    }
    WorkspaceStore store(arguments.at(1));
    const bool existed = QFile::exists(store.workspaceFilePath());
    const Result<Workspace> loaded = store.load();
    if (!loaded) {
        say(u"broken: "_s + loaded.error());
        return 3;
    }
    qint64 generation = 0;
    if (existed) {
        const Result<qint64> checked = checkedGeneration(loaded.value());
        if (!checked) {
            say(u"broken: "_s + checked.error());
            return 3;
        }
        generation = checked.value();
    }
    if (arguments.contains(u"--check"_s)) {
        say(existed ? u"loaded %1"_s.arg(generation) : u"empty"_s);
        return 0;
    }
    for (;;) {
        ++generation;
        const Result<bool> saved = store.save(generationData(generation));
        if (!saved) {
            say(u"save failed: "_s + saved.error());
            return 4;
        }
        say(u"saved %1"_s.arg(generation));
    }
}
