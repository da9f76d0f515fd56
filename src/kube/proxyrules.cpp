// SPDX-License-Identifier: MIT
#include "kube/proxyrules.h"

#include "kube/kubetr.h"

#include <QHostAddress>

namespace kvd {

namespace {
QString firstOf(const QProcessEnvironment &environment, const char *upper, const char *lower)
{
    const QString value = environment.value(QString::fromLatin1(upper));
    return value.isEmpty() ? environment.value(QString::fromLatin1(lower)) : value;
}

// Splits "host:port", "[v6]:port" or a bare host; port -1 when absent.
void splitHostPort(const QString &entry, QString *host, int *port)
{
    *port = -1;
    *host = entry;
    if (entry.startsWith(QLatin1Char('['))) {
        const qsizetype close = entry.indexOf(QLatin1Char(']'));
        if (close < 0)
            return;
        *host = entry.mid(1, close - 1);
        if (close + 1 < entry.size() && entry.at(close + 1) == QLatin1Char(':')) {
            bool ok = false;
            const int value = entry.mid(close + 2).toInt(&ok);
            if (ok)
                *port = value;
        }
        return;
    }
    // A single colon means host:port; several colons are a bare IPv6 address.
    if (entry.count(QLatin1Char(':')) == 1) {
        const qsizetype colon = entry.indexOf(QLatin1Char(':'));
        bool ok = false;
        const int value = entry.mid(colon + 1).toInt(&ok);
        if (ok) {
            *host = entry.left(colon);
            *port = value;
        }
    }
}
} // namespace

ProxyEnvironment ProxyEnvironment::fromEnvironment(const QProcessEnvironment &environment)
{
    ProxyEnvironment result;
    result.httpsProxy = firstOf(environment, "HTTPS_PROXY", "https_proxy");
    result.httpProxy = firstOf(environment, "HTTP_PROXY", "http_proxy");
    result.noProxy = firstOf(environment, "NO_PROXY", "no_proxy");
    return result;
}

ProxyEnvironment ProxyEnvironment::fromSystem()
{
    return fromEnvironment(QProcessEnvironment::systemEnvironment());
}

bool noProxyMatches(const QString &noProxy, const QString &hostIn, int port)
{
    QString host = hostIn.toLower();
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
        host = host.mid(1, host.size() - 2);
    const QHostAddress hostAddress(host);
    const bool hostIsIp = !hostAddress.isNull();
    const auto entries = noProxy.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &raw : entries) {
        const QString entry = raw.trimmed().toLower();
        if (entry.isEmpty())
            continue;
        if (entry == QLatin1String("*"))
            return true;
        if (entry.contains(QLatin1Char('/'))) {
            const auto subnet = QHostAddress::parseSubnet(entry);
            if (subnet.first.isNull())
                continue;
            if (hostIsIp && hostAddress.isInSubnet(subnet))
                return true;
            continue;
        }
        QString entryHost;
        int entryPort = -1;
        splitHostPort(entry, &entryHost, &entryPort);
        if (entryHost.isEmpty())
            continue;
        const QHostAddress entryAddress(entryHost);
        if (!entryAddress.isNull()) {
            if (hostIsIp && entryAddress.isEqual(hostAddress) && (entryPort < 0 || entryPort == port))
                return true;
            continue;
        }
        bool matchExact = true;
        if (entryHost.startsWith(QLatin1String("*.")))
            entryHost = entryHost.mid(1);
        if (entryHost.startsWith(QLatin1Char('.')))
            matchExact = false;
        else
            entryHost.prepend(QLatin1Char('.'));
        const bool domainMatch = host.endsWith(entryHost) || (matchExact && host == QStringView(entryHost).mid(1));
        if (domainMatch && (entryPort < 0 || entryPort == port))
            return true;
    }
    return false;
}

namespace {
QUrl parseProxyValue(const QString &value)
{
    const QString trimmed = value.trimmed();
    if (trimmed.isEmpty())
        return {};
    QUrl url(trimmed, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || url.host().isEmpty()
        || (scheme != QLatin1String("http") && scheme != QLatin1String("https") && scheme != QLatin1String("socks5")
            && scheme != QLatin1String("socks5h")))
        url = QUrl(QStringLiteral("http://") + trimmed, QUrl::StrictMode);
    return url.isValid() && !url.host().isEmpty() ? url : QUrl();
}
} // namespace

QUrl proxyUrlFor(const QUrl &target, const QString &clusterProxyUrl, const ProxyEnvironment &environment)
{
    if (!clusterProxyUrl.trimmed().isEmpty())
        return parseProxyValue(clusterProxyUrl);
    const QString scheme = target.scheme().toLower();
    const bool secure = scheme == QLatin1String("https") || scheme == QLatin1String("wss");
    const QString value = secure ? environment.httpsProxy : environment.httpProxy;
    if (value.trimmed().isEmpty())
        return {};
    const QString host = target.host().toLower();
    if (host == QLatin1String("localhost"))
        return {};
    const QHostAddress address(host);
    if (!address.isNull() && address.isLoopback())
        return {};
    const int port = target.port(secure ? 443 : 80);
    if (noProxyMatches(environment.noProxy, host, port))
        return {};
    return parseProxyValue(value);
}

bool networkProxyFor(const QUrl &proxyUrl, QNetworkProxy *proxy, QString *error)
{
    if (proxyUrl.isEmpty()) {
        *proxy = QNetworkProxy(QNetworkProxy::NoProxy);
        return true;
    }
    const QString scheme = proxyUrl.scheme().toLower();
    QNetworkProxy result;
    if (scheme == QLatin1String("http")) {
        result = QNetworkProxy(QNetworkProxy::HttpProxy, proxyUrl.host(), quint16(proxyUrl.port(80)));
    } else if (scheme == QLatin1String("socks5") || scheme == QLatin1String("socks5h")) {
        result = QNetworkProxy(QNetworkProxy::Socks5Proxy, proxyUrl.host(), quint16(proxyUrl.port(1080)));
        // socks5h resolves names at the proxy; Qt's SOCKS5 proxy does that when asked.
        if (scheme == QLatin1String("socks5h"))
            result.setCapabilities(result.capabilities() | QNetworkProxy::HostNameLookupCapability);
    } else {
        *error = KubeTr::tr("The proxy %1 uses the scheme \"%2\", which kvdoctor cannot use; use an http:// or "
                            "socks5:// proxy.")
                     .arg(proxyUrl.toDisplayString(QUrl::RemoveUserInfo), scheme);
        return false;
    }
    if (!proxyUrl.userName().isEmpty()) {
        result.setUser(proxyUrl.userName(QUrl::FullyDecoded));
        result.setPassword(proxyUrl.password(QUrl::FullyDecoded));
    }
    *proxy = result;
    return true;
}

} // namespace kvd
