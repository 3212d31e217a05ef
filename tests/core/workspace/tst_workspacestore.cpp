// WorkspaceStore without widgets: the workspace value, capture and run files round-trip; autosave
// is debounced and reads its source; a broken file is an error naming it; and everything it writes
// is private to the user (folders 0700, files 0600) even under a umask of 022 and over files an
// older version left open.
#include "workspace/WorkspaceStore.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace Gatescope;
using namespace Qt::StringLiterals;

namespace {

RequestSpec request(const QString &url, const QByteArray &method = "GET")
{
    RequestSpec spec;
    spec.method = method;
    spec.url = QUrl(url);
    return spec;
}

Exchange exchange(const QString &url, int status)
{
    Exchange result;
    result.request = request(url);
    result.request.headers = { { "Authorization", "Bearer live-secret-token", true } };
    if (status > 0) {
        ResponseData response;
        response.status = status;
        response.body = "body of " + url.toUtf8();
        response.bodySize = response.body.size();
        result.response = response;
    } else {
        result.transport.outcome = Outcome::Timeout;
        result.transport.phase = Phase::Wait;
    }
    return result;
}

Workspace sampleWorkspace()
{
    RequestSpec spec = request(u"https://a.test/v1?x=1"_s, "PATCH");
    spec.headers = { { "Accept", "application/json", true }, { "X-Off", "1", false } };
    spec.body = "{\"a\":1}";
    spec.options.followRedirects = true;
    spec.options.addressOverrides = { { AddressOverride::Kind::Resolve, u"a.test"_s, 443, u"127.0.0.1"_s, 0 } };
    Workspace workspace;
    workspace.collections.append({ u"c1"_s, u"Mine"_s, { { u"r1"_s, spec } } });
    workspace.captures.append({ u"cap"_s, u"x.har"_s, u"har"_s, u"/tmp/x.har"_s, 3, 1,
                                QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5, 6), Qt::UTC) });
    workspace.history.append({ u"run1"_s, QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5), Qt::UTC), "GET",
                               QUrl(u"https://a.test/"_s), 504, u"ok"_s, u"upstream.timeout"_s });
    workspace.currentRequestId = u"r1"_s;
    workspace.checklistState.insert(u"upstream-timeout"_s, { 0, 2 });
    return workspace;
}

Capture sampleCapture()
{
    Capture capture;
    capture.kind = u"har"_s;
    capture.name = u"shop.har"_s;
    capture.exchanges = { exchange(u"https://shop.test/ok"_s, 200), exchange(u"https://shop.test/bad"_s, 502),
                          exchange(u"https://shop.test/slow"_s, 0) };
    for (const Exchange &recorded : std::as_const(capture.exchanges))
        capture.requests.append(recorded.request);
    capture.requests.append(request(u"https://shop.test/never-sent"_s, "DELETE"));
    capture.warnings = { u"entry 4 has no response"_s };
    return capture;
}

// A file's or folder's mode as ls -l would show the user/group/other bits, e.g. "rw-------".
QString mode(const QString &path)
{
    const QFileDevice::Permissions permissions = QFileInfo(path).permissions();
    const std::pair<QFileDevice::Permission, char16_t> bits[] = {
        { QFileDevice::ReadOwner, u'r' }, { QFileDevice::WriteOwner, u'w' }, { QFileDevice::ExeOwner, u'x' },
        { QFileDevice::ReadGroup, u'r' }, { QFileDevice::WriteGroup, u'w' }, { QFileDevice::ExeGroup, u'x' },
        { QFileDevice::ReadOther, u'r' }, { QFileDevice::WriteOther, u'w' }, { QFileDevice::ExeOther, u'x' },
    };
    QString text;
    for (const auto &[bit, letter] : bits)
        text += permissions.testFlag(bit) ? QChar(letter) : u'-';
    return text;
}

constexpr QFileDevice::Permissions OpenFolder = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
    | QFileDevice::ReadGroup | QFileDevice::ExeGroup | QFileDevice::ReadOther | QFileDevice::ExeOther; // 0755
constexpr QFileDevice::Permissions PrivateFolder
    = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner; // 0700
constexpr QFileDevice::Permissions OpenFile
    = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther; // 0644

} // namespace

class tst_WorkspaceStore : public QObject
{
    Q_OBJECT

public:
    enum class Stored { Workspace, Capture, Run };
    Q_ENUM(Stored)
    // What was there before: nothing; a file someone opened up (0644) in a private folder, which
    // QSaveFile alone would keep 0644; or what an older version wrote: folders 0755, files 0644.
    enum class Before { Nothing, OpenFile, OpenFolderAndFile };
    Q_ENUM(Before)

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void theWorkspaceSurvivesASaveAndALoad();
    void aMissingWorkspaceFileLoadsAsAnEmptyWorkspace();
    void aBrokenWorkspaceFileIsAnErrorNamingIt_data();
    void aBrokenWorkspaceFileIsAnErrorNamingIt();
    void autosaveWritesTheSourceOnceShortlyAfterChanges();
    void aPendingChangeIsWrittenWhenTheStoreGoesEvenWithoutItsSource();
    void aStoredCaptureReadsBackWithItsSummary();
    void aCancelledCaptureLeavesNoFile();
    void aRunSurvivesAWriteAndALoad();
    void everythingStoredIsPrivateToTheUser_data();
    void everythingStoredIsPrivateToTheUser();

private:
    mode_t m_umask = 0;
};

void tst_WorkspaceStore::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_umask = ::umask(022); // the usual default, under which a fresh file would be 0644
}

void tst_WorkspaceStore::cleanupTestCase()
{
    ::umask(m_umask);
}

void tst_WorkspaceStore::theWorkspaceSurvivesASaveAndALoad()
{
    QTemporaryDir dir;
    const Workspace saved = sampleWorkspace();
    WorkspaceStore store(dir.path());
    const Result<bool> written = store.save(saved);
    QVERIFY2(written.ok(), qPrintable(written.error()));

    const Result<Workspace> loaded = WorkspaceStore(dir.path()).load();
    QVERIFY2(loaded.ok(), qPrintable(loaded.error()));
    QCOMPARE(loaded->collections.size(), 1);
    QCOMPARE(loaded->collections.constFirst().name, u"Mine"_s);
    QCOMPARE(loaded->collections.constFirst().requests.constFirst().id, u"r1"_s);
    QCOMPARE(loaded->collections.constFirst().requests.constFirst().spec,
             saved.collections.constFirst().requests.constFirst().spec);
    QCOMPARE(loaded->captures.size(), 1);
    QCOMPARE(loaded->captures.constFirst().sourcePath, u"/tmp/x.har"_s);
    QCOMPARE(loaded->captures.constFirst().failureCount, 1);
    QCOMPARE(loaded->captures.constFirst().importedAt, saved.captures.constFirst().importedAt);
    QCOMPARE(loaded->history.constFirst().cause, u"upstream.timeout"_s);
    QCOMPARE(loaded->history.constFirst().url, QUrl(u"https://a.test/"_s));
    QCOMPARE(loaded->currentRequestId, u"r1"_s);
    QCOMPARE(loaded->checklistState.value(u"upstream-timeout"_s), (QSet<int> { 0, 2 }));
}

void tst_WorkspaceStore::aMissingWorkspaceFileLoadsAsAnEmptyWorkspace()
{
    QTemporaryDir dir;
    const Result<Workspace> loaded = WorkspaceStore(dir.path() + u"/not-yet"_s).load();
    QVERIFY2(loaded.ok(), qPrintable(loaded.error()));
    QVERIFY(loaded->collections.isEmpty());
    QVERIFY(loaded->captures.isEmpty());
    QVERIFY(!QFileInfo::exists(dir.path() + u"/not-yet"_s)); // loading creates nothing
}

void tst_WorkspaceStore::aBrokenWorkspaceFileIsAnErrorNamingIt_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("expected");

    QTest::newRow("cut short") << QByteArray(R"({"schema":"gatescope.workspace/1","collec)") << u"offset"_s;
    QTest::newRow("not an object") << QByteArray("[1,2]") << u"expected a JSON object"_s;
    QTest::newRow("other schema") << QByteArray(R"({"schema":"gatescope.run/1"})") << u"not a Gatescope workspace"_s;
    QTest::newRow("bad request") << QByteArray(
        R"({"schema":"gatescope.workspace/1","collections":[{"id":"c","requests":[{"request":{"url":"http://a.test/","headers":"nope"}}]}]})")
                                 << u"collections[0].requests[0]"_s;
}

void tst_WorkspaceStore::aBrokenWorkspaceFileIsAnErrorNamingIt()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    WorkspaceStore store(dir.path());
    QFile file(store.workspaceFilePath());
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(content);
    file.close();

    const Result<Workspace> loaded = store.load();
    QVERIFY2(!loaded.ok(), "a broken workspace file must not load");
    QVERIFY2(loaded.error().startsWith(store.workspaceFilePath()), qPrintable(loaded.error()));
    QVERIFY2(loaded.error().contains(expected), qPrintable(loaded.error()));
}

void tst_WorkspaceStore::autosaveWritesTheSourceOnceShortlyAfterChanges()
{
    // Given a store whose source is a workspace value held by the test
    QTemporaryDir dir;
    Workspace current;
    WorkspaceStore store(dir.path());
    store.setSource([&current] { return current; });
    QSignalSpy saved(&store, &WorkspaceStore::saved);

    // When it changes twice in a row
    current.collections.append({ u"a"_s, u"A"_s, {} });
    store.markDirty();
    current.collections.append({ u"b"_s, u"B"_s, {} });
    store.markDirty();

    // Then nothing is written at once, and one save writes both changes
    QVERIFY(store.hasPendingChanges());
    QCOMPARE(saved.count(), 0);
    QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, 3000);
    QCOMPARE(saved.constFirst().constFirst().toString(), store.workspaceFilePath());
    QVERIFY(!store.hasPendingChanges());
    const Result<Workspace> loaded = store.load();
    QVERIFY2(loaded.ok(), qPrintable(loaded.error()));
    QCOMPARE(loaded->collections.size(), 2);
    QTest::qWait(WorkspaceStore::AutosaveDelayMs * 2);
    QCOMPARE(saved.count(), 1);
}

void tst_WorkspaceStore::aPendingChangeIsWrittenWhenTheStoreGoesEvenWithoutItsSource()
{
    QTemporaryDir dir;
    {
        Workspace current;
        current.collections.append({ u"a"_s, u"Last words"_s, {} });
        WorkspaceStore store(dir.path());
        store.setSource([&current] { return current; });
        store.markDirty();
        store.setSource({}); // the holder of the value is gone, as when a window closes
    }
    const Result<Workspace> loaded = WorkspaceStore(dir.path()).load();
    QVERIFY2(loaded.ok(), qPrintable(loaded.error()));
    QCOMPARE(loaded->collections.size(), 1);
    QCOMPARE(loaded->collections.constFirst().name, u"Last words"_s);
}

void tst_WorkspaceStore::aStoredCaptureReadsBackWithItsSummary()
{
    QTemporaryDir dir;
    WorkspaceStore store(dir.path());
    const Capture capture = sampleCapture();
    QList<std::pair<qint64, qint64>> progress;
    const Result<CaptureSummary> stored = store.storeCapture(capture, [&progress](qint64 done, qint64 total) {
        progress.append({ done, total });
    });
    QVERIFY2(stored.ok(), qPrintable(stored.error()));
    QVERIFY(!stored->id.isEmpty());
    QCOMPARE(stored->name, u"shop.har"_s);
    QCOMPARE(stored->kind, u"har"_s);
    QCOMPARE(stored->entryCount, 3);
    QCOMPARE(stored->failureCount, 2); // the 502 and the timeout
    QVERIFY(stored->importedAt.isValid());
    QCOMPARE(progress.constFirst(), (std::pair<qint64, qint64> { 0, 7 }));
    QCOMPARE(progress.constLast(), (std::pair<qint64, qint64> { 7, 7 }));

    const Result<Capture> loaded = store.loadCapture(stored->id);
    QVERIFY2(loaded.ok(), qPrintable(loaded.error()));
    QCOMPARE(loaded->kind, capture.kind);
    QCOMPARE(loaded->name, capture.name);
    QCOMPARE(loaded->exchanges, capture.exchanges);
    QCOMPARE(loaded->requests, capture.requests);
    QCOMPARE(loaded->warnings, capture.warnings);

    store.removeCapture(stored->id);
    QVERIFY(!QFileInfo::exists(WorkspaceStore::captureFilePath(dir.path(), stored->id)));
    const Result<Capture> gone = store.loadCapture(stored->id);
    QVERIFY(!gone.ok());
    QVERIFY2(gone.error().contains(stored->id), qPrintable(gone.error()));
}

void tst_WorkspaceStore::aCancelledCaptureLeavesNoFile()
{
    QTemporaryDir dir;
    WorkspaceStore store(dir.path());
    std::atomic_bool cancel = true;
    const Result<CaptureSummary> stored = store.storeCapture(sampleCapture(), {}, &cancel);
    QVERIFY(!stored.ok());
    QVERIFY2(stored.error().contains(u"cancelled"_s), qPrintable(stored.error()));
    QCOMPARE(QDir(dir.path() + u"/captures"_s).entryList(QDir::Files | QDir::Hidden), QStringList());
}

void tst_WorkspaceStore::aRunSurvivesAWriteAndALoad()
{
    QTemporaryDir dir;
    WorkspaceStore store(dir.path());
    const Capture capture = sampleCapture();
    const Result<bool> written = store.writeRun(u"run1"_s, capture.requests.constFirst(), capture.exchanges);
    QVERIFY2(written.ok(), qPrintable(written.error()));
    const Result<QList<Exchange>> loaded = store.loadRun(u"run1"_s);
    QVERIFY2(loaded.ok(), qPrintable(loaded.error()));
    QCOMPARE(loaded.value(), capture.exchanges);
    store.removeRun(u"run1"_s);
    QVERIFY(!store.loadRun(u"run1"_s).ok());
}

void tst_WorkspaceStore::everythingStoredIsPrivateToTheUser_data()
{
    QTest::addColumn<Stored>("stored");
    QTest::addColumn<Before>("before");

    QTest::newRow("workspace, fresh") << Stored::Workspace << Before::Nothing;
    QTest::newRow("workspace, re-saved over 0644") << Stored::Workspace << Before::OpenFile;
    QTest::newRow("workspace, re-saved in an older open folder") << Stored::Workspace << Before::OpenFolderAndFile;
    QTest::newRow("capture, fresh") << Stored::Capture << Before::Nothing;
    QTest::newRow("capture, beside an older open one") << Stored::Capture << Before::OpenFolderAndFile;
    QTest::newRow("run, fresh") << Stored::Run << Before::Nothing;
    QTest::newRow("run, re-saved over 0644") << Stored::Run << Before::OpenFile;
    QTest::newRow("run, re-saved in an older open folder") << Stored::Run << Before::OpenFolderAndFile;
}

void tst_WorkspaceStore::everythingStoredIsPrivateToTheUser()
{
    QFETCH(Stored, stored);
    QFETCH(Before, before);
    const bool leftOpenBefore = before != Before::Nothing;

    // Given no data folder yet, or a file or folder left open as the row says
    QTemporaryDir root;
    const QString data = root.path() + u"/Gatescope/gatescope"_s;
    WorkspaceStore store(data);
    const QString subfolder = stored == Stored::Capture ? data + u"/captures"_s
        : stored == Stored::Run                         ? data + u"/runs"_s
                                                        : QString();
    const QString older = stored == Stored::Capture ? subfolder + u"/older.json"_s
        : stored == Stored::Run                     ? WorkspaceStore::runFilePath(data, u"run1"_s)
                                                    : store.workspaceFilePath();
    if (leftOpenBefore) {
        for (const QString &folder : { data, subfolder }) {
            if (!folder.isEmpty()) {
                QVERIFY(QDir().mkpath(folder));
                QVERIFY(
                    QFile::setPermissions(folder, before == Before::OpenFolderAndFile ? OpenFolder : PrivateFolder));
            }
        }
        QFile file(older);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{}");
        file.close();
        QVERIFY(QFile::setPermissions(older, OpenFile));
        QCOMPARE(mode(older), u"rw-r--r--"_s);
    }

    // When the store writes it
    QString written;
    switch (stored) {
    case Stored::Workspace: {
        const Result<bool> saved = store.save(sampleWorkspace());
        QVERIFY2(saved.ok(), qPrintable(saved.error()));
        written = store.workspaceFilePath();
        break;
    }
    case Stored::Capture: {
        const Result<CaptureSummary> summary = store.storeCapture(sampleCapture());
        QVERIFY2(summary.ok(), qPrintable(summary.error()));
        written = WorkspaceStore::captureFilePath(data, summary->id);
        break;
    }
    case Stored::Run: {
        const Capture capture = sampleCapture();
        const Result<bool> saved = store.writeRun(u"run1"_s, capture.requests.constFirst(), capture.exchanges);
        QVERIFY2(saved.ok(), qPrintable(saved.error()));
        written = WorkspaceStore::runFilePath(data, u"run1"_s);
        break;
    }
    }

    // Then only the user can enter the folders or read the files
    QVERIFY2(QFileInfo::exists(written), qPrintable(written));
    QCOMPARE(mode(data), u"rwx------"_s);
    if (!subfolder.isEmpty())
        QCOMPARE(mode(subfolder), u"rwx------"_s);
    QCOMPARE(mode(written), u"rw-------"_s);
    if (leftOpenBefore)
        QCOMPARE(mode(older), u"rw-------"_s);
    QCOMPARE(QDir(QFileInfo(written).absolutePath()).entryList(QDir::Files | QDir::Hidden).size(),
             leftOpenBefore && stored == Stored::Capture ? 2 : 1); // no temporary file left behind
}

QTEST_GUILESS_MAIN(tst_WorkspaceStore)
#include "tst_workspacestore.moc"
