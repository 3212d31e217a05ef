// AddressOverride: the one parser and formatter of curl's --resolve and --connect-to, with a row
// for every case on which the former copies (command line, window, curl import, curl export)
// disagreed: several addresses, IPv6 with and without brackets, empty parts, bad ports.
#include "model/RequestSpec.h"

#include <QTest>

using namespace Gatescope;
using namespace Qt::StringLiterals;

using Kind = AddressOverride::Kind;

class tst_AddressOverride : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parsesCurlsSyntax_data();
    void parsesCurlsSyntax();
    void rejectsWhatCurlRejectsNamingTheInputAndThePlace_data();
    void rejectsWhatCurlRejectsNamingTheInputAndThePlace();
    void readsAddressesStoredInBracketsByOlderVersions();
};

void tst_AddressOverride::parsesCurlsSyntax_data()
{
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QStringList>("addresses");
    QTest::addColumn<QString>("targetHost");
    QTest::addColumn<int>("targetPort");
    QTest::addColumn<QString>("argument"); // toCurlArgument()
    using L = QStringList;
    // clang-format off
    //                                            kind               text                              host           port    addresses                             targetHost                targetPort    argument
    QTest::newRow("resolve one address")       << Kind::Resolve   << u"a.test:443:10.0.0.1"_s       << u"a.test"_s << 443  << L { u"10.0.0.1"_s }                << u"10.0.0.1"_s          << 0          << u"a.test:443:10.0.0.1"_s;
    QTest::newRow("resolve h:443:a,b")         << Kind::Resolve   << u"h:443:10.0.0.1,10.0.0.2"_s   << u"h"_s      << 443  << L { u"10.0.0.1"_s, u"10.0.0.2"_s } << u"10.0.0.1,10.0.0.2"_s << 0          << u"h:443:10.0.0.1,10.0.0.2"_s;
    QTest::newRow("resolve IPv6 [::1]")        << Kind::Resolve   << u"a.test:80:[::1]"_s           << u"a.test"_s << 80   << L { u"::1"_s }                     << u"::1"_s               << 0          << u"a.test:80:[::1]"_s;
    QTest::newRow("resolve IPv6 bare ::1")     << Kind::Resolve   << u"a.test:80:::1"_s             << u"a.test"_s << 80   << L { u"::1"_s }                     << u"::1"_s               << 0          << u"a.test:80:[::1]"_s;
    QTest::newRow("resolve IPv6 then IPv4")    << Kind::Resolve   << u"a.test:80:[::1],127.0.0.1"_s << u"a.test"_s << 80   << L { u"::1"_s, u"127.0.0.1"_s }     << u"::1,127.0.0.1"_s     << 0          << u"a.test:80:[::1],127.0.0.1"_s;
    QTest::newRow("resolve + prefix dropped")  << Kind::Resolve   << u"+a.test:443:10.0.0.1"_s      << u"a.test"_s << 443  << L { u"10.0.0.1"_s }                << u"10.0.0.1"_s          << 0          << u"a.test:443:10.0.0.1"_s;
    QTest::newRow("resolve any host *")        << Kind::Resolve   << u"*:443:10.0.0.1"_s            << u"*"_s      << 443  << L { u"10.0.0.1"_s }                << u"10.0.0.1"_s          << 0          << u"*:443:10.0.0.1"_s;
    QTest::newRow("resolve surrounding space") << Kind::Resolve   << u" a.test:443:10.0.0.1 "_s     << u"a.test"_s << 443  << L { u"10.0.0.1"_s }                << u"10.0.0.1"_s          << 0          << u"a.test:443:10.0.0.1"_s;
    QTest::newRow("connect-to all parts")      << Kind::ConnectTo << u"a.test:443:b.test:8443"_s    << u"a.test"_s << 443  << L {}                               << u"b.test"_s            << 8443       << u"a.test:443:b.test:8443"_s;
    QTest::newRow("connect-to any port")       << Kind::ConnectTo << u"a.test::b.test:8443"_s       << u"a.test"_s << 0    << L {}                               << u"b.test"_s            << 8443       << u"a.test::b.test:8443"_s;
    QTest::newRow("connect-to empty parts")    << Kind::ConnectTo << u"::b.test:"_s                 << QString()   << 0    << L {}                               << u"b.test"_s            << 0          << u"::b.test:"_s;
    QTest::newRow("connect-to all empty")      << Kind::ConnectTo << u":::"_s                       << QString()   << 0    << L {}                               << QString()              << 0          << u":::"_s;
    QTest::newRow("connect-to IPv6 target")    << Kind::ConnectTo << u"a.test:443:[::1]:8443"_s     << u"a.test"_s << 443  << L {}                               << u"::1"_s               << 8443       << u"a.test:443:[::1]:8443"_s;
    QTest::newRow("connect-to IPv6 source")    << Kind::ConnectTo << u"[::1]:80:b.test:81"_s        << u"::1"_s    << 80   << L {}                               << u"b.test"_s            << 81         << u"[::1]:80:b.test:81"_s;
    // clang-format on
}

void tst_AddressOverride::parsesCurlsSyntax()
{
    QFETCH(Kind, kind);
    QFETCH(QString, text);
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(QStringList, addresses);
    QFETCH(QString, targetHost);
    QFETCH(int, targetPort);
    QFETCH(QString, argument);
    const Result<AddressOverride> parsed = AddressOverride::parse(kind, text);
    QVERIFY2(parsed.ok(), qPrintable(parsed.error()));
    QCOMPARE(parsed->kind, kind);
    QCOMPARE(parsed->host, host);
    QCOMPARE(parsed->port, port);
    QCOMPARE(parsed->addresses(), addresses);
    QCOMPARE(parsed->targetHost, targetHost);
    QCOMPARE(parsed->targetPort, targetPort);
    QCOMPARE(parsed->toCurlArgument(), argument);
    // What is written reads back as the same override.
    const Result<AddressOverride> again = AddressOverride::parse(kind, parsed->toCurlArgument());
    QVERIFY2(again.ok(), qPrintable(again.error()));
    QCOMPARE(again.value(), parsed.value());
}

void tst_AddressOverride::rejectsWhatCurlRejectsNamingTheInputAndThePlace_data()
{
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("place"); // what the message must point at
    // clang-format off
    //                                                  kind               text                          place
    QTest::newRow("resolve bad port")                << Kind::Resolve   << u"a.test:99999:10.0.0.1"_s << u"port \"99999\""_s;
    QTest::newRow("resolve port 0")                  << Kind::Resolve   << u"a.test:0:10.0.0.1"_s     << u"port \"0\""_s;
    QTest::newRow("resolve port is a name")          << Kind::Resolve   << u"a.test:https:10.0.0.1"_s << u"port \"https\""_s;
    QTest::newRow("resolve empty port")              << Kind::Resolve   << u"a.test::10.0.0.1"_s      << u"port \"\""_s;
    QTest::newRow("resolve missing address")         << Kind::Resolve   << u"a.test:443"_s            << u"address is missing"_s;
    QTest::newRow("resolve missing port")            << Kind::Resolve   << u"a.test"_s                << u"address is missing"_s;
    QTest::newRow("resolve empty host")              << Kind::Resolve   << u":443:10.0.0.1"_s         << u"host is empty"_s;
    QTest::newRow("resolve to a host name")          << Kind::Resolve   << u"a.test:443:backend"_s    << u"address 1, \"backend\""_s;
    QTest::newRow("resolve second address bad")      << Kind::Resolve   << u"h:443:10.0.0.1,nope"_s   << u"address 2, \"nope\""_s;
    QTest::newRow("resolve empty second address")    << Kind::Resolve   << u"h:443:10.0.0.1,"_s       << u"address 2, \"\""_s;
    QTest::newRow("resolve removal -HOST:PORT")      << Kind::Resolve   << u"-a.test:443"_s           << u"-HOST:PORT"_s;
    QTest::newRow("connect-to bad port")             << Kind::ConnectTo << u"a.test:99999:b.test:1"_s << u"port \"99999\""_s;
    QTest::newRow("connect-to bad target port")      << Kind::ConnectTo << u"a.test:443:b.test:x"_s   << u"target port \"x\""_s;
    QTest::newRow("connect-to missing target port")  << Kind::ConnectTo << u"a.test:443:b.test"_s     << u"part is missing"_s;
    QTest::newRow("connect-to unclosed bracket")     << Kind::ConnectTo << u"a.test:443:[::1:80"_s    << u"\"]\""_s;
    // clang-format on
}

void tst_AddressOverride::rejectsWhatCurlRejectsNamingTheInputAndThePlace()
{
    QFETCH(Kind, kind);
    QFETCH(QString, text);
    QFETCH(QString, place);
    const Result<AddressOverride> parsed = AddressOverride::parse(kind, text);
    QVERIFY2(!parsed.ok(), qPrintable(u"accepted: "_s + text));
    const QString &error = parsed.error();
    QVERIFY2(error.contains(AddressOverride::curlOptionName(kind)), qPrintable(error));
    QVERIFY2(error.contains(text.trimmed()), qPrintable(error));
    QVERIFY2(error.contains(place), qPrintable(error + u" — expected it to point at: "_s + place));
}

void tst_AddressOverride::readsAddressesStoredInBracketsByOlderVersions()
{
    // Given an override as the command line stored it before there was one parser
    const AddressOverride stored { Kind::Resolve, u"multi.test"_s, 443, u"[::1],127.0.0.1"_s, 0 };
    // Then the probe gets bare addresses and curl export writes valid curl syntax
    QCOMPARE(stored.addresses(), (QStringList { u"::1"_s, u"127.0.0.1"_s }));
    QCOMPARE(stored.toCurlArgument(), u"multi.test:443:[::1],127.0.0.1"_s);
}

QTEST_APPLESS_MAIN(tst_AddressOverride)
#include "tst_addressoverride.moc"
