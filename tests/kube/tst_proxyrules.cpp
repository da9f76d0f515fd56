// SPDX-License-Identifier: MIT
#include "kube/proxyrules.h"

#include <QTest>

using namespace kvd;

class TestProxyRules : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void noProxy_data();
    void noProxy();
    void proxyFor_data();
    void proxyFor();
    void environment();
    void networkProxy_data();
    void networkProxy();
};

void TestProxyRules::noProxy_data()
{
    QTest::addColumn<QString>("noProxy");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<bool>("matches");

    QTest::newRow("* matches all") << "*" << "anything.example" << 443 << true;
    QTest::newRow("empty") << "" << "a.example" << 443 << false;
    QTest::newRow("domain matches itself") << "example.com" << "example.com" << 443 << true;
    QTest::newRow("domain matches subdomain") << "example.com" << "api.example.com" << 443 << true;
    QTest::newRow("domain does not match suffix without dot") << "example.com" << "badexample.com" << 443 << false;
    QTest::newRow(".domain not itself") << ".example.com" << "example.com" << 443 << false;
    QTest::newRow(".domain subdomain") << ".example.com" << "a.example.com" << 443 << true;
    QTest::newRow("*.domain subdomain") << "*.example.com" << "a.b.example.com" << 443 << true;
    QTest::newRow("*.domain not itself") << "*.example.com" << "example.com" << 443 << false;
    QTest::newRow("case-insensitive") << "Example.COM" << "API.example.com" << 443 << true;
    QTest::newRow("spaces in list") << " foo.com , azmk8s.io " << "x.hcp.eastus.azmk8s.io" << 443 << true;
    QTest::newRow("domain with matching port") << "example.com:443" << "api.example.com" << 443 << true;
    QTest::newRow("domain with other port") << "example.com:8443" << "api.example.com" << 443 << false;
    QTest::newRow("CIDR match") << "10.0.0.0/8" << "10.1.2.3" << 443 << true;
    QTest::newRow("CIDR no match") << "10.0.0.0/8" << "11.1.2.3" << 443 << false;
    QTest::newRow("CIDR ignores names") << "10.0.0.0/8" << "ten.example" << 443 << false;
    QTest::newRow("CIDR /32") << "192.168.1.5/32" << "192.168.1.5" << 6443 << true;
    QTest::newRow("IPv6 CIDR") << "fd00::/8" << "fd12::1" << 443 << true;
    QTest::newRow("IP exact") << "172.16.0.4" << "172.16.0.4" << 443 << true;
    QTest::newRow("IP other") << "172.16.0.4" << "172.16.0.5" << 443 << false;
    QTest::newRow("IP with port match") << "172.16.0.4:6443" << "172.16.0.4" << 6443 << true;
    QTest::newRow("IP with port other") << "172.16.0.4:6443" << "172.16.0.4" << 443 << false;
    QTest::newRow("bracketed IPv6 with port") << "[::1]:443" << "::1" << 443 << true;
    QTest::newRow("bad CIDR ignored") << "10.0.0.0/99,foo.com" << "foo.com" << 443 << true;
    QTest::newRow("privatelink") << ".privatelink.eastus.azmk8s.io" << "aks-1.privatelink.eastus.azmk8s.io" << 443 << true;
}

void TestProxyRules::noProxy()
{
    QFETCH(QString, noProxy);
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(bool, matches);
    QCOMPARE(noProxyMatches(noProxy, host, port), matches);
}

void TestProxyRules::proxyFor_data()
{
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("clusterProxy");
    QTest::addColumn<QString>("httpsProxy");
    QTest::addColumn<QString>("httpProxy");
    QTest::addColumn<QString>("noProxy");
    QTest::addColumn<QString>("expected");

    QTest::newRow("no proxy anywhere") << "https://a.example:443" << "" << "" << "" << "" << "";
    QTest::newRow("HTTPS_PROXY") << "https://a.example:443" << "" << "http://proxy:3128" << "" << "" << "http://proxy:3128";
    QTest::newRow("HTTP_PROXY not for https") << "https://a.example" << "" << "" << "http://proxy:3128" << "" << "";
    QTest::newRow("HTTP_PROXY for http") << "http://a.example" << "" << "" << "http://proxy:3128" << "" << "http://proxy:3128";
    QTest::newRow("scheme-less value means http") << "https://a.example" << "" << "proxy.corp:8080" << "" << "" << "http://proxy.corp:8080";
    QTest::newRow("NO_PROXY excludes") << "https://a.example" << "" << "http://proxy:3128" << "" << "example" << "";
    QTest::newRow("NO_PROXY CIDR excludes IP server") << "https://10.0.0.1:6443" << "" << "http://proxy:3128" << "" << "10.0.0.0/8" << "";
    QTest::newRow("loopback never proxied from env") << "https://127.0.0.1:6443" << "" << "http://proxy:3128" << "" << "" << "";
    QTest::newRow("localhost never proxied from env") << "https://localhost:6443" << "" << "http://proxy:3128" << "" << "" << "";
    QTest::newRow("proxy-url wins over env and NO_PROXY") << "https://a.example" << "socks5://jump:1080" << "http://proxy:3128" << "" << "*" << "socks5://jump:1080";
    QTest::newRow("proxy-url applies to loopback") << "https://127.0.0.1:6443" << "http://tunnel:8888" << "" << "" << "" << "http://tunnel:8888";
}

void TestProxyRules::proxyFor()
{
    QFETCH(QString, target);
    QFETCH(QString, clusterProxy);
    QFETCH(QString, httpsProxy);
    QFETCH(QString, httpProxy);
    QFETCH(QString, noProxy);
    QFETCH(QString, expected);
    const ProxyEnvironment environment{httpsProxy, httpProxy, noProxy};
    const QUrl proxy = proxyUrlFor(QUrl(target), clusterProxy, environment);
    QCOMPARE(proxy.toString(), expected);
}

void TestProxyRules::environment()
{
    QProcessEnvironment upper;
    upper.insert(QStringLiteral("HTTPS_PROXY"), QStringLiteral("http://upper:1"));
    upper.insert(QStringLiteral("https_proxy"), QStringLiteral("http://lower:1"));
    upper.insert(QStringLiteral("no_proxy"), QStringLiteral("lower.example"));
    upper.insert(QStringLiteral("http_proxy"), QStringLiteral("http://plain:2"));
    const auto env = ProxyEnvironment::fromEnvironment(upper);
    QCOMPARE(env.httpsProxy, QStringLiteral("http://upper:1"));
    QCOMPARE(env.noProxy, QStringLiteral("lower.example"));
    QCOMPARE(env.httpProxy, QStringLiteral("http://plain:2"));
}

void TestProxyRules::networkProxy_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<int>("type");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("user");

    QTest::newRow("empty") << "" << true << int(QNetworkProxy::NoProxy) << "" << 0 << "";
    QTest::newRow("http") << "http://proxy:3128" << true << int(QNetworkProxy::HttpProxy) << "proxy" << 3128 << "";
    QTest::newRow("http default port") << "http://proxy" << true << int(QNetworkProxy::HttpProxy) << "proxy" << 80 << "";
    QTest::newRow("socks5 with user") << "socks5://me:secret@jump:1080" << true << int(QNetworkProxy::Socks5Proxy) << "jump" << 1080 << "me";
    QTest::newRow("https proxy unsupported") << "https://proxy:443" << false << 0 << "" << 0 << "";
}

void TestProxyRules::networkProxy()
{
    QFETCH(QString, url);
    QFETCH(bool, ok);
    QFETCH(int, type);
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(QString, user);
    QNetworkProxy proxy;
    QString error;
    QCOMPARE(networkProxyFor(QUrl(url), &proxy, &error), ok);
    if (!ok) {
        QVERIFY(error.contains(QLatin1String("https")));
        QVERIFY(!error.contains(QLatin1String("secret")));
        return;
    }
    QCOMPARE(int(proxy.type()), type);
    QCOMPARE(proxy.hostName(), host);
    QCOMPARE(int(proxy.port()), port);
    QCOMPARE(proxy.user(), user);
}

QTEST_GUILESS_MAIN(TestProxyRules)
#include "tst_proxyrules.moc"
