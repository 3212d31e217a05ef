// ProxyResolver reads proxies the way curl does: scheme-specific variables (lower case first,
// never HTTP_PROXY), all_proxy, no_proxy with suffixes, addresses and CIDR ranges.
#include "probe/ProxyResolver.h"

#include <QTest>

using namespace Gatescope;
using namespace Qt::StringLiterals;

class ProxyResolverTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void choosesTheProxyLikeCurl_data();
    void choosesTheProxyLikeCurl();
    void rejectsUnusableProxyUrlsNamingThem_data();
    void rejectsUnusableProxyUrlsNamingThem();
    void parsesCredentialsAndKeepsThemOutOfTheRecordedUrl();
};

void ProxyResolverTest::choosesTheProxyLikeCurl_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("explicitProxy");
    QTest::addColumn<bool>("useEnvironment");
    QTest::addColumn<QStringList>("environment");
    QTest::addColumn<QString>("expected"); // recorded proxy URL; empty = direct

    const QString http = u"http://api.example.com/v1"_s;
    const QString https = u"https://api.example.com/v1"_s;
    QTest::newRow("http reads lower-case http_proxy")
        << http << QString() << true << QStringList { u"http_proxy=http://p.test:3128"_s } << u"http://p.test:3128"_s;
    QTest::newRow("http ignores upper-case HTTP_PROXY")
        << http << QString() << true << QStringList { u"HTTP_PROXY=http://p.test:3128"_s } << QString();
    QTest::newRow("https reads https_proxy")
        << https << QString() << true << QStringList { u"https_proxy=p.test:8080"_s } << u"http://p.test:8080"_s;
    QTest::newRow("https falls back to HTTPS_PROXY")
        << https << QString() << true << QStringList { u"HTTPS_PROXY=http://q.test:1"_s } << u"http://q.test:1"_s;
    QTest::newRow("https does not read http_proxy")
        << https << QString() << true << QStringList { u"http_proxy=http://p.test:3128"_s } << QString();
    QTest::newRow("all_proxy covers both schemes")
        << https << QString() << true << QStringList { u"all_proxy=socks5h://s.test"_s } << u"socks5h://s.test:1080"_s;
    QTest::newRow("scheme variable beats all_proxy")
        << http << QString() << true << QStringList { u"all_proxy=socks5://s.test:9"_s, u"http_proxy=p.test:3"_s }
        << u"http://p.test:3"_s;
    QTest::newRow("missing port is 1080")
        << http << QString() << true << QStringList { u"http_proxy=p.test"_s } << u"http://p.test:1080"_s;
    QTest::newRow("no_proxy suffix with dot")
        << http << QString() << true << QStringList { u"http_proxy=p.test:3"_s, u"no_proxy=.example.com"_s }
        << QString();
    QTest::newRow("no_proxy domain covers subdomains")
        << http << QString() << true << QStringList { u"http_proxy=p.test:3"_s, u"no_proxy=localhost, example.com"_s }
        << QString();
    QTest::newRow("no_proxy is not a substring match")
        << u"http://notexample.com/"_s << QString() << true
        << QStringList { u"http_proxy=p.test:3"_s, u"no_proxy=example.com"_s } << u"http://p.test:3"_s;
    QTest::newRow("no_proxy star") << http << QString() << true
                                   << QStringList { u"http_proxy=p.test:3"_s, u"no_proxy=*"_s } << QString();
    QTest::newRow("no_proxy CIDR range") << u"http://10.1.2.3/"_s << QString() << true
                                         << QStringList { u"http_proxy=p.test:3"_s, u"no_proxy=10.0.0.0/8"_s }
                                         << QString();
    QTest::newRow("no_proxy address outside the range")
        << u"http://11.1.2.3/"_s << QString() << true
        << QStringList { u"http_proxy=p.test:3"_s, u"no_proxy=10.0.0.0/8"_s } << u"http://p.test:3"_s;
    QTest::newRow("no_proxy IPv6 address") << u"http://[::1]:8080/"_s << QString() << true
                                           << QStringList { u"http_proxy=p.test:3"_s, u"no_proxy=::1"_s } << QString();
    QTest::newRow("NO_PROXY upper case honoured")
        << http << QString() << true << QStringList { u"http_proxy=p.test:3"_s, u"NO_PROXY=example.com"_s }
        << QString();
    QTest::newRow("explicit proxy beats environment")
        << http << u"socks5://x.test:9"_s << true << QStringList { u"http_proxy=p.test:3"_s } << u"socks5://x.test:9"_s;
    QTest::newRow("explicit proxy obeys no_proxy")
        << http << u"http://x.test:9"_s << true << QStringList { u"no_proxy=api.example.com"_s } << QString();
    QTest::newRow("explicit none goes direct")
        << http << u"none"_s << true << QStringList { u"http_proxy=p.test:3"_s } << QString();
    QTest::newRow("environment switched off")
        << http << QString() << false << QStringList { u"http_proxy=p.test:3"_s } << QString();
}

void ProxyResolverTest::choosesTheProxyLikeCurl()
{
    QFETCH(QString, url);
    QFETCH(QString, explicitProxy);
    QFETCH(bool, useEnvironment);
    QFETCH(QStringList, environment);
    QFETCH(QString, expected);

    QProcessEnvironment env;
    for (const QString &entry : std::as_const(environment))
        env.insert(entry.section(u'=', 0, 0), entry.section(u'=', 1));
    ProbeOptions options;
    options.proxy = explicitProxy;
    options.useEnvironmentProxy = useEnvironment;
    const Result<ProxyChoice> choice = ProxyResolver(env).proxyFor(QUrl(url), options);
    QVERIFY2(choice.ok(), qPrintable(choice.error()));
    QCOMPARE(choice->url, expected);
    QCOMPARE(choice->isDirect(), expected.isEmpty());
}

void ProxyResolverTest::rejectsUnusableProxyUrlsNamingThem_data()
{
    QTest::addColumn<QString>("proxy");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("unsupported scheme") << u"ftp://p.test:21"_s << u"ftp"_s;
    QTest::newRow("https proxy") << u"https://p.test:443"_s << u"https"_s;
    QTest::newRow("no host") << u"http://:3128"_s << u"http://:3128"_s;
    QTest::newRow("a path") << u"http://p.test:3128/x"_s << u"path"_s;
}

void ProxyResolverTest::rejectsUnusableProxyUrlsNamingThem()
{
    QFETCH(QString, proxy);
    QFETCH(QString, mentions);
    const Result<ProxyChoice> choice = ProxyResolver::parseProxyUrl(proxy, u"-x"_s);
    QVERIFY(!choice.ok());
    QVERIFY2(choice.error().contains(mentions) && choice.error().contains(u"-x"_s), qPrintable(choice.error()));

    // From the environment, the error names the variable.
    QProcessEnvironment env;
    env.insert(u"http_proxy"_s, proxy);
    const Result<ProxyChoice> fromEnvironment = ProxyResolver(env).proxyFor(QUrl(u"http://a.test/"_s), ProbeOptions {});
    QVERIFY(!fromEnvironment.ok());
    QVERIFY2(fromEnvironment.error().contains(u"http_proxy"_s), qPrintable(fromEnvironment.error()));
}

void ProxyResolverTest::parsesCredentialsAndKeepsThemOutOfTheRecordedUrl()
{
    const Result<ProxyChoice> choice = ProxyResolver::parseProxyUrl(u"http://alice:s3cret@p.test:3128"_s, u"-x"_s);
    QVERIFY(choice.ok());
    QCOMPARE(choice->kind, ProxyChoice::Kind::Http);
    QCOMPARE(choice->user, u"alice"_s);
    QCOMPARE(choice->password, u"s3cret"_s);
    QCOMPARE(choice->url, u"http://p.test:3128"_s);
    QVERIFY(!choice->url.contains(u"s3cret"_s));
}

QTEST_GUILESS_MAIN(ProxyResolverTest)
#include "tst_proxyresolver.moc"
