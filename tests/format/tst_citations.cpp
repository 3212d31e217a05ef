// The sources that tests and data cite are in the tree. Every path a file under tests/ or
// resources/ names as a source — "see tests/gateways/observations.md", a fingerprint's
// "OBS tests/gateways/observations.md (…)", "app/core/lab/LabGateway.cpp" — must exist, so a reader
// can follow it; a citation of a file outside the repository (an absolute /work/… path, the
// project's shared folder) is a dead end for everyone else and fails too.
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTest>

#include <map>

using namespace Qt::StringLiterals;

class tst_Citations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void theScanFindsTheCitationsItChecks();
    void everyCitedPathExists_data();
    void everyCitedPathExists();

private:
    static QString sourceDir();
    QString m_root;
    std::map<QString, QString> m_citations; // cited path -> first place that cites it ("file:line")
};

QString tst_Citations::sourceDir()
{
    const QString fromEnvironment = qEnvironmentVariable("GATESCOPE_SOURCE_DIR");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    return QFileInfo(QStringLiteral(QT_TESTCASE_SOURCEDIR "/../..")).canonicalFilePath();
}

void tst_Citations::initTestCase()
{
    m_root = sourceDir();
    QVERIFY2(QFileInfo::exists(m_root + u"/README.md"_s), qPrintable(u"no source tree at "_s + m_root));
    // A path in one of the tree's top-level folders (or the notes/ and shared/ folders that
    // citations used to point at), ending in a file name with an extension; not part of a longer
    // path, a URL or a placeholder such as corpus/<target>/.
    static const QRegularExpression relative(
        uR"((?<![\w/.\-<>{}$@])((?:app|tests|resources|translations|notes|shared)/[A-Za-z0-9_./\-]+)"
        uR"(\.(?:md|cpp|h|json|txt|cfg|conf|mjs|sh|vcl|har|http|ts|svg|xml|pem|curl))(?![\w/\-]))"_s);
    static const QRegularExpression absolute(uR"((?<![\w.])(/work/[A-Za-z0-9_./\-]+))"_s);
    const QStringList textFiles { u"*.cpp"_s, u"*.h"_s,   u"*.txt"_s, u"*.md"_s,   u"*.json"_s, u"*.cmake"_s,
                                  u"*.sh"_s,  u"*.mjs"_s, u"*.cfg"_s, u"*.conf"_s, u"*.vcl"_s,  u"Caddyfile"_s };
    for (const QString &top : { u"tests"_s, u"resources"_s }) {
        QDirIterator files(m_root + u'/' + top, textFiles, QDir::Files, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            const QString path = files.next();
            if (path.contains(u"/node_modules/"_s) || path.endsWith(u"/tst_citations.cpp"_s))
                continue;
            QFile file(path);
            QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(u"cannot read "_s + path));
            const QString relativePath = path.mid(m_root.size() + 1);
            // Real captures are other people's text quoted verbatim (a traceback's /work/bots/…
            // is their machine's path, not a citation); their manifests, which cite, are read.
            if ((relativePath.startsWith(u"tests/core/diagnosis/data/real"_s)
                 || relativePath.startsWith(u"tests/core/capture/data/realworld-curl/"_s))
                && !relativePath.endsWith(u"/manifest.json"_s))
                continue;
            const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n');
            for (qsizetype line = 0; line < lines.size(); ++line) {
                for (const QRegularExpression *pattern : { &relative, &absolute }) {
                    auto matches = pattern->globalMatch(lines[line]);
                    while (matches.hasNext()) {
                        const QRegularExpressionMatch match = matches.next();
                        m_citations.try_emplace(match.captured(0), u"%1:%2"_s.arg(relativePath).arg(line + 1));
                    }
                }
            }
        }
    }
}

void tst_Citations::theScanFindsTheCitationsItChecks()
{
    // The scan is not vacuous: citations known to be there are found, with where they are.
    for (const QString &known : { u"tests/gateways/observations.md"_s, u"resources/fingerprints/README.md"_s,
                                  u"app/core/lab/LabGateway.cpp"_s }) {
        QVERIFY2(m_citations.count(known) == 1,
                 qPrintable(u"expected the scan to find the citation of %1 (%2 citations found)"_s.arg(known).arg(
                     m_citations.size())));
    }
}

void tst_Citations::everyCitedPathExists_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("citedIn");
    for (const auto &[path, citedIn] : m_citations)
        QTest::newRow(qPrintable(path)) << path << citedIn;
}

void tst_Citations::everyCitedPathExists()
{
    QFETCH(QString, path);
    QFETCH(QString, citedIn);
    QVERIFY2(!path.startsWith(u'/') && QFileInfo::exists(m_root + u'/' + path),
             qPrintable(u"%1 cites %2, which is not a file of the source tree"_s.arg(citedIn, path)));
}

QTEST_GUILESS_MAIN(tst_Citations)
#include "tst_citations.moc"
