// SPDX-License-Identifier: MIT
#pragma once

#include <QNetworkProxy>
#include <QProcessEnvironment>
#include <QString>
#include <QUrl>

namespace kvd {

// The proxy variables client-go reads (upper case wins over lower case).
struct ProxyEnvironment
{
    QString httpsProxy; // HTTPS_PROXY / https_proxy
    QString httpProxy;  // HTTP_PROXY / http_proxy
    QString noProxy;    // NO_PROXY / no_proxy

    static ProxyEnvironment fromEnvironment(const QProcessEnvironment &environment);
    static ProxyEnvironment fromSystem();
};

// Go's NO_PROXY rules (golang.org/x/net/http/httpproxy): comma-separated entries; "*" matches
// everything; "10.0.0.0/8" matches IP hosts in the range; an IP matches that IP; "foo.com"
// matches foo.com and its subdomains, ".foo.com" and "*.foo.com" only the subdomains; an entry
// with ":port" matches only that port. `port` is the effective port of the request.
bool noProxyMatches(const QString &noProxy, const QString &host, int port);

// Which proxy a request to `target` goes through, as client-go decides: the cluster's
// proxy-url wins for every request; otherwise HTTPS_PROXY (https) / HTTP_PROXY (http) unless
// NO_PROXY matches or the host is localhost or a loopback address. Empty QUrl: connect
// directly. A proxy value without a scheme means http://.
QUrl proxyUrlFor(const QUrl &target, const QString &clusterProxyUrl, const ProxyEnvironment &environment);

// Converts a proxy URL to a QNetworkProxy (http → HttpProxy, socks5/socks5h → Socks5Proxy,
// credentials from the user info). Returns false and sets *error for schemes Qt cannot use
// (https:// proxies need TLS to the proxy, which Qt does not implement).
bool networkProxyFor(const QUrl &proxyUrl, QNetworkProxy *proxy, QString *error);

} // namespace kvd
