// SPDX-License-Identifier: MIT
#include "sim/execsim.h"

#include "sim/clustermodel.h"
#include "sim/scenario.h"
#include "sim/simutil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace kvd::sim {

namespace {

struct Context
{
    const ClusterModel &model;
    const Scenario &sc;
    const QJsonObject &pod;
    QString container;
    QByteArray stdinData;
};

// Splits a shell word list, honouring single and double quotes and backslashes.
QStringList shellSplit(const QString &text)
{
    QStringList words;
    QString cur;
    bool inWord = false;
    QChar quote;
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (!quote.isNull()) {
            if (c == quote)
                quote = QChar();
            else if (c == u'\\' && quote == u'"' && i + 1 < text.size())
                cur.append(text.at(++i));
            else
                cur.append(c);
        } else if (c == u'\'' || c == u'"') {
            quote = c;
            inWord = true;
        } else if (c == u'\\' && i + 1 < text.size()) {
            cur.append(text.at(++i));
            inWord = true;
        } else if (c.isSpace()) {
            if (inWord)
                words.append(cur);
            cur.clear();
            inWord = false;
        } else {
            cur.append(c);
            inWord = true;
        }
    }
    if (inWord)
        words.append(cur);
    return words;
}

// Splits a script on ; && || outside quotes. Each entry: (operator before it, command text).
QList<QPair<QString, QString>> splitScript(const QString &script)
{
    QList<QPair<QString, QString>> out;
    QString cur;
    QString op;
    QChar quote;
    for (int i = 0; i < script.size(); ++i) {
        const QChar c = script.at(i);
        if (!quote.isNull()) {
            if (c == quote)
                quote = QChar();
            cur.append(c);
            continue;
        }
        if (c == u'\'' || c == u'"') {
            quote = c;
            cur.append(c);
        } else if (c == u';' || c == u'\n') {
            out.append({op, cur});
            cur.clear();
            op = u";"_s;
        } else if ((c == u'&' || c == u'|') && i + 1 < script.size() && script.at(i + 1) == c) {
            out.append({op, cur});
            cur.clear();
            op = QString(2, c);
            ++i;
        } else {
            cur.append(c);
        }
    }
    out.append({op, cur});
    return out;
}

struct DnsEntry
{
    QStringList cnames;
    QString address;
};

DnsEntry resolve(const QString &host)
{
    if (host == u"login.microsoftonline.com"_s)
        return {{u"login.mso.msidentity.com"_s, u"ak.privatelink.msidentity.com"_s, u"www.tm.ak.prd.aadg.trafficmanager.net"_s}, u"20.190.151.68"_s};
    if (host.endsWith(u".vault.azure.net"_s))
        return {{u"data-prod-eus.vaultcore.azure.net"_s, u"data-prod-eus-region.vaultcore.azure.net"_s, u"azkms-prod-eus-b.eastus.cloudapp.azure.com"_s},
                u"20.62.%1.%2"_s.arg(hashOf(host) % 200 + 20).arg(hashOf(host, 1) % 250 + 2)};
    if (host.endsWith(u".oic.prod-aks.azure.com"_s))
        return {{u"oic-prod-eus.trafficmanager.net"_s}, u"20.49.97.13"_s};
    if (host == u"mcr.microsoft.com"_s)
        return {{u"mcr-microsoft-com.a-0016.a-msedge.net"_s}, u"204.79.197.219"_s};
    if (host == u"management.azure.com"_s)
        return {{u"management.privatelink.azure.com"_s, u"arm-frontdoor-prod.trafficmanager.net"_s}, u"4.150.240.10"_s};
    if (host == u"localhost"_s)
        return {{}, u"127.0.0.1"_s};
    if (host.endsWith(u".svc.cluster.local"_s) || host == u"kubernetes.default"_s)
        return {{}, u"10.0.0.1"_s};
    bool isIp = false;
    const QStringList parts = host.split(u'.');
    if (parts.size() == 4) {
        isIp = true;
        for (const QString &p : parts)
            isIp = isIp && !p.isEmpty() && p.toInt() >= 0 && p.size() <= 3 && p.at(0).isDigit();
    }
    if (isIp)
        return {{}, host};
    return {};
}

ExecResult nslookup(const QStringList &args)
{
    ExecResult r;
    const QString host = args.value(1);
    if (host.isEmpty()) {
        r.err = "BusyBox v1.36.1 multi-call binary.\n\nUsage: nslookup [-type=QUERY_TYPE] [-debug] HOST [DNS_SERVER]\n";
        r.exitCode = 1;
        return r;
    }
    QByteArray out = "Server:\t\t168.63.129.16\nAddress:\t168.63.129.16:53\n\n";
    const DnsEntry e = resolve(host);
    if (e.address.isEmpty()) {
        out += "** server can't find " + host.toUtf8() + ": NXDOMAIN\n\n";
        r.out = out;
        r.exitCode = 1;
        return r;
    }
    out += "Non-authoritative answer:\n";
    QString name = host;
    for (const QString &c : e.cnames) {
        out += name.toUtf8() + "\tcanonical name = " + c.toUtf8() + '\n';
        name = c;
    }
    out += "Name:\t" + name.toUtf8() + "\nAddress: " + e.address.toUtf8() + "\n\n";
    r.out = out;
    return r;
}

struct HttpReply
{
    int code = 200;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    int curlExit = 0;
    QByteArray curlError;
    QString remoteIp;
};

// The name on the certificate an Azure endpoint presents (wildcards for the shared front ends).
QString certificateName(const QString &host)
{
    if (host.endsWith(u".vault.azure.net"_s))
        return u"*.vault.azure.net"_s;
    if (host.endsWith(u".oic.prod-aks.azure.com"_s))
        return u"*.oic.prod-aks.azure.com"_s;
    return host;
}

QByteArray fakeJwt(const QString &audience, const QString &appId, const Scenario &sc)
{
    const QByteArray header = QByteArrayLiteral(R"({"typ":"JWT","alg":"RS256","kid":"demo"})").toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    const QJsonObject claims{{u"aud"_s, audience}, {u"iss"_s, QString(u"https://sts.windows.net/"_s + sc.tenantId + u'/')}, {u"appid"_s, appId},
                             {u"oid"_s, uidFor(QString(u"oid"_s + appId))}, {u"tid"_s, sc.tenantId}, {u"xms_demo"_s, u"kvdoctor simulator"_s}};
    return header + '.' + QJsonDocument(claims).toJson(QJsonDocument::Compact).toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals)
        + ".ZGVtby1zaWduYXR1cmUtbm90LXZhbGlk";
}

QByteArray json(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

HttpReply httpCall(const Context &ctx, const QString &method, const QUrl &url, const QList<QByteArray> &headers,
                   const QByteArray &data, int connectTimeout)
{
    const Scenario &sc = ctx.sc;
    HttpReply r;
    const QString host = url.host();
    const int port = url.port(url.scheme() == u"http"_s ? 80 : 443);
    const DnsEntry dns = resolve(host);
    if (dns.address.isEmpty() && host != u"169.254.169.254"_s) {
        r.curlExit = 6;
        r.curlError = "Could not resolve host: " + host.toUtf8();
        return r;
    }
    r.remoteIp = dns.address.isEmpty() ? host : dns.address;
    const bool loopback = r.remoteIp == u"127.0.0.1"_s;
    const bool imds = host == u"169.254.169.254"_s;
    if (sc.name == u"egress-blocked"_s && !loopback && !imds && !r.remoteIp.startsWith(u"10."_s)) {
        r.curlExit = 28;
        r.curlError = "Failed to connect to " + host.toUtf8() + " port " + QByteArray::number(port) + " after "
            + QByteArray::number(connectTimeout * 1000 + 2) + " ms: Timeout was reached";
        return r;
    }
    auto header = [&](const QByteArray &name) -> QByteArray {
        for (const QByteArray &h : headers) {
            if (h.toLower().startsWith(QByteArray(name.toLower() + ':')))
                return h.mid(name.size() + 1).trimmed();
        }
        return {};
    };
    const QString path = url.path();
    const QUrlQuery query(url);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    r.headers.append({QByteArray("Content-Type"), QByteArray("application/json; charset=utf-8")});
    r.headers.append({QByteArray("Date"), now.toString(u"ddd, dd MMM yyyy HH:mm:ss 'GMT'"_s).toLatin1()});

    if (loopback && port == 2579) {
        if (sc.name != u"nmi-404"_s) {
            r.curlExit = 7;
            r.curlError = "Failed to connect to " + host.toUtf8() + " port 2579 after 0 ms: Couldn't connect to server";
            return r;
        }
        const QByteArray podns = header("podns");
        const QByteArray podname = header("podname");
        r.code = 404;
        r.headers[0].second = "text/plain; charset=utf-8";
        r.body = "getting assigned identities for pod " + podns + '/' + podname
            + " in CREATED state failed after 16 attempts, retry duration [5]s, error: <nil>. Check MIC pod logs for identity assignment errors\n";
        return r;
    }
    if (imds) {
        if (header("Metadata") != "true") {
            r.code = 400;
            r.body = json({{u"error"_s, u"invalid_request"_s}, {u"error_description"_s, u"Required metadata header not specified"_s}});
            return r;
        }
        const QString clientId = query.queryItemValue(u"client_id"_s);
        if (path.startsWith(u"/metadata/identity/oauth2/token"_s)) {
            if (clientId.isEmpty()) {
                r.code = 400;
                r.body = json({{u"error"_s, u"invalid_request"_s},
                               {u"error_description"_s, u"Multiple user assigned identities exist, please specify the clientId / resourceId of the identity in the token request"_s}});
                return r;
            }
            if (clientId != sc.addonIdentityClientId && clientId != uidFor(u"kubelet-identity"_s)) {
                r.code = 400;
                r.body = json({{u"error"_s, u"invalid_request"_s}, {u"error_description"_s, u"Identity not found"_s}});
                return r;
            }
            const QString resource = query.queryItemValue(u"resource"_s, QUrl::FullyDecoded);
            const qint64 exp = now.toSecsSinceEpoch() + 86399;
            r.body = json({{u"access_token"_s, QString::fromLatin1(fakeJwt(resource, clientId, sc))}, {u"client_id"_s, clientId},
                           {u"expires_in"_s, u"86399"_s}, {u"expires_on"_s, QString::number(exp)}, {u"ext_expires_in"_s, u"86399"_s},
                           {u"not_before"_s, QString::number(exp - 86699)}, {u"resource"_s, resource}, {u"token_type"_s, u"Bearer"_s}});
            return r;
        }
        r.code = 404;
        r.body = json({{u"error"_s, u"not_found"_s}, {u"error_description"_s, u"The requested resource was not found"_s}});
        return r;
    }
    if (host == u"login.microsoftonline.com"_s) {
        const QString tenant = path.section(u'/', 1, 1);
        const QDateTime t = now;
        const QString trace = uidFor(t.toString() + u"trace"_s);
        const QString corr = uidFor(t.toString() + u"corr"_s);
        const QString stamp = t.toString(u"yyyy-MM-dd HH:mm:ss'Z'"_s);
        auto aadError = [&](int code, const QString &error, int aadsts, const QString &description) {
            r.code = code;
            r.body = json({{u"error"_s, error},
                           {u"error_description"_s, u"AADSTS%1: %2 Trace ID: %3 Correlation ID: %4 Timestamp: %5"_s.arg(aadsts).arg(description, trace, corr, stamp)},
                           {u"error_codes"_s, QJsonArray{aadsts}}, {u"timestamp"_s, stamp}, {u"trace_id"_s, trace},
                           {u"correlation_id"_s, corr}, {u"error_uri"_s, u"https://login.microsoftonline.com/error?code=%1"_s.arg(aadsts)}});
        };
        if (tenant != sc.tenantId && tenant != u"common"_s && tenant != u"organizations"_s) {
            aadError(400, u"invalid_tenant"_s, 90002,
                     u"Tenant '%1' not found. Check to make sure you have the correct tenant ID and are signing into the correct cloud."_s.arg(tenant));
            return r;
        }
        if (path.endsWith(u"/.well-known/openid-configuration"_s)) {
            const QString base = u"https://login.microsoftonline.com/"_s + sc.tenantId;
            r.body = json({{u"token_endpoint"_s, QString(base + u"/oauth2/v2.0/token"_s)}, {u"issuer"_s, QString(base + u"/v2.0"_s)},
                           {u"authorization_endpoint"_s, QString(base + u"/oauth2/v2.0/authorize"_s)},
                           {u"jwks_uri"_s, QString(base + u"/discovery/v2.0/keys"_s)}, {u"tenant_region_scope"_s, u"NA"_s},
                           {u"cloud_instance_name"_s, u"microsoftonline.com"_s}});
            return r;
        }
        if (path.endsWith(u"/token"_s) && method == u"POST"_s) {
            const QUrlQuery form(QString::fromUtf8(data));
            const QString clientId = form.queryItemValue(u"client_id"_s);
            if (sc.name == u"sp-invalid-secret"_s && form.hasQueryItem(u"client_secret"_s)) {
                aadError(401, u"invalid_client"_s, 7000215,
                         u"Invalid client secret provided. Ensure the secret being sent in the request is the client secret value, not the client secret ID, for a secret added to app '%1'."_s.arg(clientId));
                return r;
            }
            if (sc.name == u"workload-identity-mismatch"_s && form.hasQueryItem(u"client_assertion"_s)) {
                aadError(400, u"invalid_request"_s, 70021,
                         u"No matching federated identity record found for presented assertion. Assertion Issuer: '%1'. Assertion Subject: 'system:serviceaccount:payments:payments-api'. Assertion Audience: 'api://AzureADTokenExchange'. https://docs.microsoft.com/azure/active-directory/develop/workload-identity-federation"_s.arg(sc.oidcIssuer));
                return r;
            }
            if (clientId.isEmpty()) {
                aadError(400, u"invalid_request"_s, 900144, u"The request body must contain the following parameter: 'client_id'."_s);
                return r;
            }
            r.body = json({{u"token_type"_s, u"Bearer"_s}, {u"expires_in"_s, 3599}, {u"ext_expires_in"_s, 3599},
                           {u"access_token"_s, QString::fromLatin1(fakeJwt(u"https://vault.azure.net"_s, clientId, sc))}});
            return r;
        }
        r.code = 200;
        r.headers[0].second = "text/html; charset=utf-8";
        r.body = "<!DOCTYPE html><html><head><title>Sign in to your account</title></head><body></body></html>\n";
        return r;
    }
    if (host.endsWith(u".vault.azure.net"_s)) {
        const QString vault = host.section(u'.', 0, 0);
        r.headers.append({QByteArray("x-ms-keyvault-region"), QByteArray("eastus")});
        r.headers.append({QByteArray("x-ms-keyvault-network-info"), QByteArray("conn_type=Ipv4;addr=20.81.112.14;act_addr_fam=InterNetwork;")});
        r.headers.append({QByteArray("x-ms-keyvault-service-version"), QByteArray("1.9.1879.1")});
        if (path == u"/healthstatus"_s) {
            r.body.clear();
            return r;
        }
        if (header("Authorization").isEmpty()) {
            r.code = 401;
            r.headers.append({QByteArray("WWW-Authenticate"), QByteArray("Bearer authorization=\"https://login.microsoftonline.com/" + sc.tenantId.toLatin1()
                                                      + "\", resource=\"https://vault.azure.net\"")});
            r.body = json({{u"error"_s, QJsonObject{{u"code"_s, u"Unauthorized"_s},
                                                    {u"message"_s, u"AKV10000: Request is missing a Bearer or PoP token."_s}}}});
            return r;
        }
        const QString secret = path.section(u'/', 2, 2);
        const bool failingVault = vault == sc.failingVault;
        if (sc.name == u"keyvault-403"_s && failingVault) {
            r.code = 403;
            r.body = json({{u"error"_s, QJsonObject{{u"code"_s, u"Forbidden"_s},
                                                    {u"message"_s, u"Caller is not authorized to perform action on resource.\r\nIf role assignments, deny assignments or role definitions were changed recently, please observe propagation time.\r\nCaller: appid=%1;oid=%2;iss=https://sts.windows.net/%3/\r\nAction: 'Microsoft.KeyVault/vaults/secrets/getSecret/action'\r\nResource: '/subscriptions/%4/resourcegroups/rg-payments-prod/providers/microsoft.keyvault/vaults/%5/secrets/%6'\r\nAssignment: (not found)\r\nDenyAssignmentId: null\r\nDecisionReason: null \r\nVault: %5;location=eastus\r\n"_s
                                                         .arg(sc.failingClientId, uidFor(u"oid"_s + sc.failingClientId), sc.tenantId, sc.subscriptionId, vault, secret)},
                                                    {u"innererror"_s, QJsonObject{{u"code"_s, u"ForbiddenByRbac"_s}}}}}});
            return r;
        }
        if (path.startsWith(u"/secrets/"_s)) {
            if (sc.name == u"secret-not-found"_s && failingVault && secret == sc.failingObject) {
                r.code = 404;
                r.body = json({{u"error"_s, QJsonObject{{u"code"_s, u"SecretNotFound"_s},
                                                        {u"message"_s, u"A secret with (name/id) %1 was not found in this key vault. If you recently deleted this secret you may be able to recover it using the correct recovery command. For help resolving this issue, please see https://go.microsoft.com/fwlink/?linkid=2125182"_s.arg(secret)}}}});
                return r;
            }
            const QString version = QString::fromLatin1(QCryptographicHash::hash((vault + secret).toUtf8(), QCryptographicHash::Md5).toHex());
            const qint64 created = now.toSecsSinceEpoch() - 86400 * 40;
            r.body = json({{u"value"_s, u"demo-value-not-a-secret"_s},
                           {u"id"_s, u"https://%1/secrets/%2/%3"_s.arg(host, secret, version)},
                           {u"attributes"_s, QJsonObject{{u"enabled"_s, true}, {u"created"_s, created}, {u"updated"_s, created},
                                                         {u"recoveryLevel"_s, u"Recoverable+Purgeable"_s}, {u"recoverableDays"_s, 90}}},
                           {u"tags"_s, QJsonObject{}}});
            return r;
        }
        r.code = 400;
        r.body = json({{u"error"_s, QJsonObject{{u"code"_s, u"BadParameter"_s}, {u"message"_s, QString(u"The request URI contains an invalid name: "_s + path)}}}});
        return r;
    }
    r.headers[0].second = "text/html";
    r.body = "<html><body>OK</body></html>\n";
    return r;
}

// A value in a curl config file: double-quoted with curl's escapes (\\ \" \t \n \r \v), or a
// bare word ending at the first space.
QString curlConfigValue(const QString &value)
{
    if (!value.startsWith(u'"')) {
        const qsizetype space = value.indexOf(u' ');
        return space < 0 ? value : value.left(space);
    }
    QString out;
    for (qsizetype i = 1; i < value.size(); ++i) {
        const QChar c = value.at(i);
        if (c == u'"')
            break;
        if (c == u'\\' && i + 1 < value.size()) {
            const QChar e = value.at(++i);
            out.append(e == u'n' ? u'\n' : e == u't' ? u'\t' : e == u'r' ? u'\r' : e == u'v' ? u'\v' : e);
            continue;
        }
        out.append(c);
    }
    return out;
}

// Parses a curl config file ("url = ...", "header = ...", "-d ...") into command-line style args.
QStringList curlConfigArgs(const QByteArray &config)
{
    QStringList args;
    for (const QByteArray &rawLine : config.split('\n')) {
        const QString line = QString::fromUtf8(rawLine).trimmed();
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        int sep = 0;
        while (sep < line.size() && !line.at(sep).isSpace() && line.at(sep) != u'=' && line.at(sep) != u':')
            ++sep;
        QString key = line.left(sep);
        QString value = line.mid(sep).trimmed();
        if (value.startsWith(u'=') || value.startsWith(u':'))
            value = value.mid(1).trimmed();
        value = curlConfigValue(value);
        if (!key.startsWith(u'-'))
            key = (key.size() == 1 ? u"-"_s : u"--"_s) + key;
        args.append(key);
        if (!value.isEmpty())
            args.append(value);
    }
    return args;
}

ExecResult curl(const Context &ctx, QStringList args)
{
    ExecResult r;
    QString url;
    QString method;
    QString writeOut;
    QString outputFile;
    QList<QByteArray> headers;
    QByteArray data;
    bool silent = false;
    bool showError = false;
    bool includeHeaders = false;
    bool dumpHeaders = false;
    bool verbose = false;
    bool fail = false;
    int connectTimeout = 0;
    int maxTime = 0;
    for (int i = 1; i < args.size(); ++i) {
        const QString a = args.at(i);
        auto next = [&]() { return i + 1 < args.size() ? args.at(++i) : QString(); };
        if (a == u"-K"_s || a == u"--config"_s) {
            const QString file = next();
            if (file == u"-"_s) {
                const QStringList extra = curlConfigArgs(ctx.stdinData);
                for (int k = 0; k < extra.size(); ++k)
                    args.insert(i + 1 + k, extra.at(k));
            }
        } else if (a == u"-o"_s || a == u"--output"_s) {
            outputFile = next();
        } else if (a == u"-w"_s || a == u"--write-out"_s) {
            writeOut = next();
        } else if (a == u"-H"_s || a == u"--header"_s) {
            headers.append(next().toUtf8());
        } else if (a == u"-d"_s || a == u"--data"_s || a == u"--data-raw"_s || a == u"--data-urlencode"_s) {
            if (!data.isEmpty())
                data += '&';
            data += next().toUtf8();
            if (method.isEmpty())
                method = u"POST"_s;
        } else if (a == u"-X"_s || a == u"--request"_s) {
            method = next();
        } else if (a == u"--connect-timeout"_s) {
            connectTimeout = next().toInt();
        } else if (a == u"-m"_s || a == u"--max-time"_s) {
            maxTime = next().toInt();
        } else if (a == u"--url"_s) {
            url = next();
        } else if (a == u"-D"_s || a == u"--dump-header"_s) {
            dumpHeaders = next() == u"-"_s;
        } else if (a == u"--noproxy"_s || a == u"--cacert"_s || a == u"--resolve"_s || a == u"-A"_s || a == u"--user-agent"_s) {
            next();
        } else if (a.startsWith(u"--"_s)) {
            if (a == u"--silent"_s)
                silent = true;
            else if (a == u"--show-error"_s)
                showError = true;
            else if (a == u"--include"_s)
                includeHeaders = true;
            else if (a == u"--verbose"_s)
                verbose = true;
            else if (a == u"--fail"_s)
                fail = true;
        } else if (a.startsWith(u'-') && a.size() > 1) {
            for (const QChar f : a.mid(1)) {
                if (f == u's')
                    silent = true;
                else if (f == u'S')
                    showError = true;
                else if (f == u'i')
                    includeHeaders = true;
                else if (f == u'v')
                    verbose = true;
                else if (f == u'f')
                    fail = true;
                else if (f == u'k' || f == u'L')
                    continue;
            }
        } else {
            url = a;
        }
    }
    if (url.isEmpty()) {
        r.err = "curl: no URL specified\ncurl: try 'curl --help' or 'curl --manual' for more information\n";
        r.exitCode = 2;
        return r;
    }
    if (!url.contains(u"://"_s))
        url.prepend(u"http://"_s);
    const QUrl u = QUrl::fromUserInput(url);
    if (method.isEmpty())
        method = u"GET"_s;
    const int timeout = connectTimeout > 0 ? connectTimeout : (maxTime > 0 ? maxTime : 75);
    const HttpReply reply = httpCall(ctx, method, u, headers, data, timeout);
    if (verbose) {
        r.err += "* Host " + u.host().toUtf8() + ':' + QByteArray::number(u.port(u.scheme() == u"http"_s ? 80 : 443)) + " was resolved.\n";
        r.err += "*   Trying " + reply.remoteIp.toUtf8() + ':' + QByteArray::number(u.port(u.scheme() == u"http"_s ? 80 : 443)) + "...\n";
        if (reply.curlExit == 0) {
            r.err += "* Connected to " + u.host().toUtf8() + " (" + reply.remoteIp.toUtf8() + ") port "
                + QByteArray::number(u.port(u.scheme() == u"http"_s ? 80 : 443)) + "\n";
            if (u.scheme() == u"https"_s) {
                r.err += "* SSL connection using TLSv1.3 / TLS_AES_256_GCM_SHA384 / x25519 / RSASSA-PSS\n* ALPN: server accepted http/1.1\n"
                         "* Server certificate:\n*  subject: CN=" + certificateName(u.host()).toUtf8() + "\n"
                         "*  start date: Sep 12 08:14:51 2026 GMT\n*  expire date: Mar 11 08:14:51 2027 GMT\n"
                         "*  subjectAltName: host \"" + u.host().toUtf8() + "\" matched cert's \"" + certificateName(u.host()).toUtf8() + "\"\n"
                         "*  issuer: C=US; O=Microsoft Corporation; CN=Microsoft Azure RSA TLS Issuing CA 04\n"
                         "*  SSL certificate verify ok.\n";
            }
            r.err += "> " + method.toUtf8() + ' ' + u.path(QUrl::FullyEncoded).toUtf8()
                + (u.hasQuery() ? '?' + u.query(QUrl::FullyEncoded).toUtf8() : QByteArray()) + " HTTP/1.1\n";
            r.err += "> Host: " + u.host().toUtf8() + "\n> User-Agent: curl/8.11.0\n> Accept: */*\n";
            for (const QByteArray &h : std::as_const(headers)) {
                // Never show credentials in a trace that may be stored.
                r.err += "> " + (h.toLower().startsWith("authorization:") ? QByteArray("Authorization: Bearer [REDACTED]") : h) + '\n';
            }
            r.err += ">\n< HTTP/1.1 " + QByteArray::number(reply.code) + '\n';
        }
    }
    if (reply.curlExit != 0) {
        if (!silent || showError)
            r.err += "curl: (" + QByteArray::number(reply.curlExit) + ") " + reply.curlError + '\n';
        r.exitCode = reply.curlExit;
        if (!writeOut.isEmpty()) {
            QString w = writeOut;
            w.replace(u"\\n"_s, u"\n"_s);
            w.replace(u"%{http_code}"_s, u"000"_s);
            w.replace(u"%{response_code}"_s, u"000"_s);
            w.replace(u"%{exitcode}"_s, QString::number(reply.curlExit));
            w.replace(u"%{errormsg}"_s, QString::fromUtf8(reply.curlError));
            w.replace(u"%{remote_ip}"_s, QString());
            w.replace(u"%{json}"_s, QString::fromUtf8(json({{u"http_code"_s, 0}, {u"response_code"_s, 0}, {u"remote_ip"_s, QString()},
                                                               {u"exitcode"_s, reply.curlExit}, {u"errormsg"_s, QString::fromUtf8(reply.curlError)},
                                                               {u"time_connect"_s, 0}, {u"time_total"_s, double(timeout)}, {u"url_effective"_s, url}})));
            r.out += w.toUtf8();
        }
        return r;
    }
    QByteArray head = "HTTP/1.1 " + QByteArray::number(reply.code) + "\r\n";
    for (const auto &[k, v] : reply.headers)
        head += k + ": " + v + "\r\n";
    head += "Content-Length: " + QByteArray::number(reply.body.size()) + "\r\n\r\n";
    if (fail && reply.code >= 400) {
        if (!silent || showError)
            r.err += "curl: (22) The requested URL returned error: " + QByteArray::number(reply.code) + '\n';
        r.exitCode = 22;
        return r;
    }
    if (includeHeaders || dumpHeaders)
        r.out += head;
    if (outputFile.isEmpty() || outputFile == u"-"_s)
        r.out += reply.body;
    if (!writeOut.isEmpty()) {
        QString w = writeOut;
        w.replace(u"\\n"_s, u"\n"_s);
        w.replace(u"%{http_code}"_s, QString::number(reply.code));
        w.replace(u"%{response_code}"_s, QString::number(reply.code));
        w.replace(u"%{remote_ip}"_s, reply.remoteIp);
        w.replace(u"%{exitcode}"_s, u"0"_s);
        w.replace(u"%{errormsg}"_s, QString());
        w.replace(u"%{time_connect}"_s, u"0.012433"_s);
        w.replace(u"%{time_total}"_s, u"0.083311"_s);
        w.replace(u"%{json}"_s, QString::fromUtf8(json({{u"http_code"_s, reply.code}, {u"response_code"_s, reply.code},
                                                           {u"remote_ip"_s, reply.remoteIp}, {u"exitcode"_s, 0},
                                                           {u"errormsg"_s, QJsonValue::Null}, {u"time_connect"_s, 0.012433},
                                                           {u"time_total"_s, 0.083311}, {u"url_effective"_s, url}})));
        r.out += w.toUtf8();
    }
    return r;
}

QString podName(const Context &ctx)
{
    return ctx.pod.value(u"metadata"_s).toObject().value(u"name"_s).toString();
}

ExecResult runCommand(const Context &ctx, const QStringList &args);

ExecResult runScript(const Context &ctx, const QString &script)
{
    ExecResult total;
    int last = 0;
    for (const auto &[op, text] : splitScript(script)) {
        if (op == u"&&"_s && last != 0)
            continue;
        if (op == u"||"_s && last == 0)
            continue;
        const QStringList words = shellSplit(text);
        if (words.isEmpty())
            continue;
        if (words.first() == u"exit"_s) {
            total.exitCode = words.value(1).toInt() & 0xff;
            return total;
        }
        const ExecResult r = runCommand(ctx, words);
        total.out += r.out;
        total.err += r.err;
        if (!r.failure.isEmpty()) {
            total.err += "sh: " + words.first().toUtf8() + ": not found\n";
            last = 127;
        } else {
            last = r.exitCode;
        }
    }
    total.exitCode = last;
    return total;
}

ExecResult runCommand(const Context &ctx, const QStringList &args)
{
    ExecResult r;
    const QString cmd = args.value(0).section(u'/', -1);
    if (cmd == u"sh"_s || cmd == u"bash"_s || cmd == u"ash"_s) {
        const int c = args.indexOf(u"-c"_s);
        if (c >= 0)
            return runScript(ctx, args.value(c + 1));
        return runScript(ctx, QString::fromUtf8(ctx.stdinData));
    }
    if (cmd == u"echo"_s) {
        QStringList words = args.mid(1);
        const bool noNewline = !words.isEmpty() && words.first() == u"-n"_s;
        if (noNewline)
            words.removeFirst();
        r.out = words.join(u' ').toUtf8() + (noNewline ? "" : "\n");
        return r;
    }
    if (cmd == u"true"_s)
        return r;
    if (cmd == u"false"_s) {
        r.exitCode = 1;
        return r;
    }
    if (cmd == u"sleep"_s)
        return r;
    if (cmd == u"date"_s) {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        r.out = (args.contains(u"+%s"_s) ? QString::number(now.toSecsSinceEpoch()) : now.toString(u"ddd MMM d HH:mm:ss 'UTC' yyyy"_s)).toUtf8() + '\n';
        return r;
    }
    if (cmd == u"hostname"_s) {
        const QJsonObject spec = ctx.pod.value(u"spec"_s).toObject();
        r.out = (spec.value(u"hostNetwork"_s).toBool() ? spec.value(u"nodeName"_s).toString() : podName(ctx)).toUtf8() + '\n';
        return r;
    }
    if (cmd == u"uname"_s) {
        r.out = args.contains(u"-a"_s) ? QByteArray("Linux " + podName(ctx).toUtf8() + " 5.15.0-1074-azure #83-Ubuntu SMP x86_64 Linux\n") : QByteArray("Linux\n");
        return r;
    }
    if (cmd == u"env"_s || cmd == u"printenv"_s) {
        r.out = "PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin\nHOSTNAME=" + podName(ctx).toUtf8()
            + "\nKUBERNETES_SERVICE_HOST=10.0.0.1\nKUBERNETES_SERVICE_PORT=443\nKUBERNETES_PORT=tcp://10.0.0.1:443\nHOME=/home/curl_user\n";
        return r;
    }
    if (cmd == u"cat"_s) {
        if (args.size() == 1 || args.value(1) == u"-"_s) {
            r.out = ctx.stdinData;
            return r;
        }
        const QString file = args.value(1);
        if (file == u"/etc/resolv.conf"_s) {
            r.out = "nameserver 168.63.129.16\nsearch reddog.microsoft.com\n";
            return r;
        }
        if (file.startsWith(u"/mnt/secrets-store/"_s) && ctx.pod.value(u"status"_s).toObject().value(u"phase"_s).toString() == u"Running"_s) {
            r.out = "demo-value-not-a-secret";
            return r;
        }
        r.err = "cat: can't open '" + file.toUtf8() + "': No such file or directory\n";
        r.exitCode = 1;
        return r;
    }
    if (cmd == u"ls"_s) {
        const QString dir = args.value(args.size() - 1);
        if (dir.startsWith(u"/mnt/secrets-store"_s)) {
            for (const MountedApp &app : mountedApps(ctx.model, ctx.sc, ctx.pod.value(u"spec"_s).toObject().value(u"nodeName"_s).toString())) {
                if (app.pod == podName(ctx) && !app.failing) {
                    for (const QString &o : app.objects)
                        r.out += o.toUtf8() + '\n';
                    return r;
                }
            }
            r.err = "ls: /mnt/secrets-store: No such file or directory\n";
            r.exitCode = 1;
            return r;
        }
        r.out = "bin\ndev\netc\nhome\nproc\nroot\nsys\ntmp\nusr\nvar\n";
        return r;
    }
    if (cmd == u"nslookup"_s)
        return nslookup(args);
    if (cmd == u"getent"_s) {
        if (args.value(1) != u"hosts"_s && args.value(1) != u"ahosts"_s) {
            r.err = "Unknown database: " + args.value(1).toUtf8() + '\n';
            r.exitCode = 1;
            return r;
        }
        const DnsEntry e = resolve(args.value(2));
        if (e.address.isEmpty()) {
            r.exitCode = 2;
            return r;
        }
        r.out = e.address.toUtf8().leftJustified(16, ' ') + (e.cnames.isEmpty() ? args.value(2) : e.cnames.last()).toUtf8() + ' '
            + args.value(2).toUtf8() + '\n';
        return r;
    }
    if (cmd == u"curl"_s)
        return curl(ctx, args);
    r.failure = u"OCI runtime exec failed: exec failed: unable to start container process: exec: \"%1\": executable file not found in $PATH: unknown"_s
                    .arg(args.value(0));
    return r;
}

} // namespace

bool execReadsStdin(const QStringList &argv)
{
    const QString cmd = argv.value(0).section(u'/', -1);
    if (cmd == u"cat"_s && (argv.size() == 1 || argv.value(1) == u"-"_s))
        return true;
    if ((cmd == u"sh"_s || cmd == u"bash"_s || cmd == u"ash"_s) && !argv.contains(u"-c"_s))
        return true;
    if (cmd == u"curl"_s) {
        for (int i = 0; i + 1 < argv.size(); ++i) {
            if ((argv.at(i) == u"-K"_s || argv.at(i) == u"--config"_s) && argv.at(i + 1) == u"-"_s)
                return true;
        }
    }
    const QString joined = argv.join(u' ');
    return joined.contains(u"-K -"_s) || joined.contains(u"--config -"_s) || joined.contains(u"cat -"_s);
}

ExecResult simulateExec(const ClusterModel &model, const Scenario &scenario, const QJsonObject &pod,
                        const QString &container, const QStringList &argv, const QByteArray &stdinData)
{
    const Context ctx{model, scenario, pod, container, stdinData};
    return runCommand(ctx, argv);
}

} // namespace kvd::sim
