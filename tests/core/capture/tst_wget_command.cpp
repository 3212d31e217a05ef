// wget command lines read as the first request wget sends (capture/WgetCommand), alone and in the
// pastes people write them in. Expectations from GNU wget 1.21 run through a proxy on 127.0.0.1
// (realworld-curl's sixth and seventh sets) and from wget's manual.
#include "capture/CaptureImporter.h"
#include "capture/WgetCommand.h"

#include <QFile>
#include <QTest>

using namespace Gatescope;
using namespace Qt::StringLiterals;

namespace {

QString dataDir()
{
    return qEnvironmentVariable("GATESCOPE_SOURCE_DIR") + u"/tests/core/capture/data/realworld-curl"_s;
}

} // namespace

class WgetCommandTest : public QObject
{
    Q_OBJECT

private slots:
    void readsTheFirstRequest_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("url");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("header"); // "Name: value" that must be sent, or empty
        QTest::newRow("a bare address, no scheme: http://")
            << QByteArray("wget example.com/a") << QByteArray("GET") << u"http://example.com/a"_s << QByteArray()
            << QByteArray();
        QTest::newRow("--post-data is a POST of a form")
            << QByteArray("wget --post-data \"dir=/mnt/tv\" -O /dev/null http://192.168.2.133:8081/p")
            << QByteArray("POST") << u"http://192.168.2.133:8081/p"_s << QByteArray("dir=/mnt/tv")
            << QByteArray("Content-Type: application/x-www-form-urlencoded");
        QTest::newRow("--method=PUT with --body-data and its own Content-Type")
            << QByteArray("wget --method=PUT --body-data='{\"a\":1}' --header='Content-Type: application/json' "
                          "https://api.example/x")
            << QByteArray("PUT") << u"https://api.example/x"_s << QByteArray("{\"a\":1}")
            << QByteArray("Content-Type: application/json");
        QTest::newRow("--spider asks with HEAD")
            << QByteArray("wget -v --no-check-certificate --spider https://ftp.example/atm") << QByteArray("HEAD")
            << u"https://ftp.example/atm"_s << QByteArray() << QByteArray();
        QTest::newRow("bundled short options: -qO- takes '-' as the file, the address stays")
            << QByteArray("wget -qO- http://127.0.0.1:8080/health") << QByteArray("GET")
            << u"http://127.0.0.1:8080/health"_s << QByteArray() << QByteArray();
        QTest::newRow("-U gives the User-Agent; -O's file is no address")
            << QByteArray("wget -U 'Mozilla/5.0' -O out.html http://example.com/") << QByteArray("GET")
            << u"http://example.com/"_s << QByteArray() << QByteArray("User-Agent: Mozilla/5.0");
        QTest::newRow("after a root prompt, with time in front, in a code span")
            << QByteArray("`root@box:~# time wget --spider https://dietpi.example/cava.psf`") << QByteArray("HEAD")
            << u"https://dietpi.example/cava.psf"_s << QByteArray() << QByteArray();
        QTest::newRow("a notebook's !wget")
            << QByteArray("!wget https://images.example/photo.jpeg -O photo.jpeg") << QByteArray("GET")
            << u"https://images.example/photo.jpeg"_s << QByteArray() << QByteArray();
    }

    void readsTheFirstRequest()
    {
        QFETCH(QByteArray, text);
        QFETCH(QByteArray, method);
        QFETCH(QString, url);
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, header);
        const std::optional<RequestSpec> request = WgetCommand::requestIn(text, u"paste"_s);
        QVERIFY2(request, "no wget request read");
        QCOMPARE(request->method, method);
        QCOMPARE(request->url.toString(QUrl::FullyEncoded), url);
        QCOMPARE(request->body, body);
        if (!header.isEmpty()) {
            const qsizetype colon = header.indexOf(':');
            QCOMPARE(headerValue(request->headers, header.first(colon)), header.sliced(colon + 2));
        }
    }

    void noAddressNoRequest()
    {
        QVERIFY(!WgetCommand::requestIn("wget --help", u"paste"_s));
        QVERIFY(!WgetCommand::requestIn("we use wget to fetch the files", u"paste"_s));
    }

    // A wget command with nothing below it is a request to replay, never sent by reading it.
    void aCommandAloneIsARequestToReplay()
    {
        const Result<Capture> capture
            = CaptureImporter::importText("$ wget --post-data 'a=1' http://127.0.0.1:9/x\n", u"paste"_s);
        QVERIFY2(capture.ok(), qPrintable(capture.error()));
        QVERIFY(capture->exchanges.isEmpty());
        QCOMPARE(capture->requests.size(), 1);
        QCOMPARE(capture->requests.first().method, QByteArray("POST"));
        QCOMPARE(capture->requests.first().body, QByteArray("a=1"));
    }

    // wget's own output below its command: the answer is the output's, the request the command's.
    void theCommandAboveItsOutputIsTheRequest_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("url");
        QTest::newRow("--post-data in prose, then wget's 500")
            << u"wget-post-data-prose-then-500-transcript-1.txt"_s << QByteArray("POST")
            << u"http://192.168.2.133:8081/home/postprocess/processEpisode"_s;
        QTest::newRow("BusyBox's wget -S after its '/ # ' prompt (its output names no address)")
            << u"wget-busybox-root-prompt-server-response-502-then-raw-options-1.txt"_s << QByteArray("GET")
            << u"http://2wa.isvery.ninja"_s;
        QTest::newRow("--spider in a fence, then 301 and 200")
            << u"wget-leading-space-spider-no-check-certificate-301-200-fenced-1.txt"_s << QByteArray("HEAD")
            << u"https://ftp.cgd.ucar.edu/cesm/inputdata/atm"_s;
    }

    void theCommandAboveItsOutputIsTheRequest()
    {
        QFETCH(QString, file);
        QFETCH(QByteArray, method);
        QFETCH(QString, url);
        QFile in(dataDir() + u'/' + file);
        QVERIFY2(in.open(QIODevice::ReadOnly), qPrintable(in.fileName()));
        const Result<Capture> capture = CaptureImporter::importText(in.readAll(), file);
        QVERIFY2(capture.ok(), qPrintable(capture.error()));
        QVERIFY(!capture->exchanges.isEmpty());
        QCOMPARE(capture->exchanges.first().request.method, method);
        QCOMPARE(capture->exchanges.first().request.url.toString(QUrl::FullyEncoded), url);
    }
};

QTEST_GUILESS_MAIN(WgetCommandTest)
#include "tst_wget_command.moc"
