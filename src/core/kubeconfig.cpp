// SPDX-License-Identifier: MIT
#include "core/kubeconfig.h"

#include "core/coretr.h"
#include "core/kubeconfigpaths.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>

#include <yaml-cpp/yaml.h>

#include <functional>
#include <string>

using namespace Qt::StringLiterals;

namespace kvd {

namespace {

constexpr auto kExecV1 = "client.authentication.k8s.io/v1"_L1;
constexpr auto kExecV1beta1 = "client.authentication.k8s.io/v1beta1"_L1;
constexpr auto kExecExtension = "client.authentication.k8s.io/exec"_L1;
// A kubeconfig is a few kB; anything far larger is not one and is not worth parsing.
constexpr qint64 kMaxFileSize = 16 * 1024 * 1024;
constexpr int kMaxJsonDepth = 64;
constexpr int kMaxJsonNodes = 10000;

QString clusterEntry(const QString &name) { return CoreTr::tr("cluster \"%1\"").arg(name); }
QString userEntry(const QString &name) { return CoreTr::tr("user \"%1\"").arg(name); }
QString contextEntry(const QString &name) { return CoreTr::tr("context \"%1\"").arg(name); }

QString qs(const std::string &s) { return QString::fromStdString(s); }

QString position(const YAML::Mark &mark)
{
    if (mark.is_null())
        return {};
    return CoreTr::tr("line %1, column %2").arg(mark.line + 1).arg(mark.column + 1);
}

// The part of an entry being read: where problems are reported and how paths are resolved.
struct Reader
{
    QString file;
    QString entry;
    QList<KubeconfigIssue> *issues = nullptr;

    void error(const QString &message) const
    {
        issues->append({KubeconfigIssue::Severity::Error, file, entry, message});
    }
    void warning(const QString &message) const
    {
        issues->append({KubeconfigIssue::Severity::Warning, file, entry, message});
    }

    static YAML::Node child(const YAML::Node &map, const char *key)
    {
        if (!map.IsDefined() || !map.IsMap())
            return YAML::Node();
        // A missing key gives an "invalid" node whose type queries throw; normalise it.
        const YAML::Node node = map[key];
        return node.IsDefined() ? node : YAML::Node();
    }
    static bool present(const YAML::Node &node) { return node.IsDefined() && !node.IsNull(); }

    QString string(const YAML::Node &map, const char *key) const
    {
        const YAML::Node node = child(map, key);
        if (!present(node))
            return {};
        if (!node.IsScalar()) {
            error(CoreTr::tr("%1 (%2) must be a single value").arg(QLatin1StringView(key), position(node.Mark())));
            return {};
        }
        return qs(node.Scalar());
    }

    bool boolean(const YAML::Node &map, const char *key) const
    {
        const YAML::Node node = child(map, key);
        if (!present(node))
            return false;
        if (node.IsScalar()) {
            // YAML 1.1 booleans, as kubectl's YAML decoder reads them.
            const QString v = qs(node.Scalar()).toLower();
            if (v == "true"_L1 || v == "yes"_L1 || v == "on"_L1 || v == "y"_L1)
                return true;
            if (v == "false"_L1 || v == "no"_L1 || v == "off"_L1 || v == "n"_L1)
                return false;
        }
        error(CoreTr::tr("%1 (%2) must be true or false").arg(QLatin1StringView(key), position(node.Mark())));
        return false;
    }

    QStringList stringList(const YAML::Node &map, const char *key) const
    {
        const YAML::Node node = child(map, key);
        QStringList result;
        if (!present(node))
            return result;
        if (!node.IsSequence()) {
            error(CoreTr::tr("%1 (%2) must be a list of strings").arg(QLatin1StringView(key), position(node.Mark())));
            return result;
        }
        for (const YAML::Node &item : node) {
            if (item.IsScalar())
                result.append(qs(item.Scalar()));
            else if (item.IsNull())
                result.append(QString());
            else
                error(CoreTr::tr("%1 (%2) must be a list of strings").arg(QLatin1StringView(key), position(item.Mark())));
        }
        return result;
    }

    QByteArray base64(const YAML::Node &map, const char *key) const
    {
        const YAML::Node node = child(map, key);
        if (!present(node))
            return {};
        if (!node.IsScalar()) {
            error(CoreTr::tr("%1 (%2) must be a base64 string").arg(QLatin1StringView(key), position(node.Mark())));
            return {};
        }
        QByteArray encoded = QByteArray::fromStdString(node.Scalar());
        // Go's base64 decoder skips line breaks; long values are sometimes folded.
        encoded.removeIf([](char c) { return c == '\n' || c == '\r'; });
        if (encoded.startsWith("-----BEGIN")) {
            error(CoreTr::tr("%1 (%2) holds PEM text; it must hold the base64 encoding of the PEM text "
                             "(or use the key without -data and a file name)")
                      .arg(QLatin1StringView(key), position(node.Mark())));
            return {};
        }
        auto decoded = QByteArray::fromBase64Encoding(
            encoded, QByteArray::Base64Encoding | QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded) {
            error(CoreTr::tr("%1 (%2) is not valid base64").arg(QLatin1StringView(key), position(node.Mark())));
            return {};
        }
        return *decoded;
    }

    QString path(const YAML::Node &map, const char *key) const
    {
        return resolveAgainstFile(string(map, key), file);
    }
};

// A plain YAML scalar as JSON would type it (YAML 1.1 core schema, like kubectl's decoder).
QJsonValue scalarToJson(const YAML::Node &node)
{
    const QString text = qs(node.Scalar());
    if (node.Tag() == "!") // quoted: always a string
        return text;
    if (text.isEmpty() || text == "~"_L1 || text == "null"_L1 || text == "Null"_L1 || text == "NULL"_L1)
        return QJsonValue(QJsonValue::Null);
    static const QRegularExpression boolTrue(u"^(true|True|TRUE|yes|Yes|YES|on|On|ON|y|Y)$"_s);
    static const QRegularExpression boolFalse(u"^(false|False|FALSE|no|No|NO|off|Off|OFF|n|N)$"_s);
    if (boolTrue.match(text).hasMatch())
        return true;
    if (boolFalse.match(text).hasMatch())
        return false;
    static const QRegularExpression number(u"^[-+]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][-+]?\\d+)?$"_s);
    if (number.match(text).hasMatch()) {
        bool ok = false;
        const double value = text.toDouble(&ok);
        if (ok)
            return value;
    }
    return text;
}

// `budget` bounds the work: aliases can make a small document expand exponentially.
QJsonValue yamlToJson(const YAML::Node &node, int *budget, int depth = 0)
{
    if (depth > kMaxJsonDepth || --*budget < 0)
        return QJsonValue(QJsonValue::Null);
    switch (node.Type()) {
    case YAML::NodeType::Scalar:
        return scalarToJson(node);
    case YAML::NodeType::Sequence: {
        QJsonArray array;
        for (const YAML::Node &item : node)
            array.append(yamlToJson(item, budget, depth + 1));
        return array;
    }
    case YAML::NodeType::Map: {
        QJsonObject object;
        for (const auto &pair : node) {
            if (pair.first.IsScalar())
                object.insert(qs(pair.first.Scalar()), yamlToJson(pair.second, budget, depth + 1));
        }
        return object;
    }
    case YAML::NodeType::Undefined:
    case YAML::NodeType::Null:
        break;
    }
    return QJsonValue(QJsonValue::Null);
}

// exec.installHint is shown to the user; a kubeconfig must not be able to drive the terminal.
QString stripAnsi(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        if (c == 0x1b || c == 0x9b) {
            const bool csi = c == 0x9b || (i + 1 < text.size() && text.at(i + 1) == u'[');
            const bool osc = c == 0x1b && i + 1 < text.size() && text.at(i + 1) == u']';
            if (csi) {
                i += c == 0x9b ? 1 : 2;
                while (i < text.size() && !(text.at(i).unicode() >= 0x40 && text.at(i).unicode() <= 0x7e))
                    ++i;
            } else if (osc) {
                i += 2;
                while (i < text.size()) {
                    if (text.at(i) == u'\a')
                        break;
                    if (text.at(i).unicode() == 0x1b && i + 1 < text.size() && text.at(i + 1) == u'\\') {
                        ++i;
                        break;
                    }
                    ++i;
                }
            } else {
                ++i; // ESC and the one character of a two-byte sequence
            }
            continue;
        }
        if ((c < 0x20 && c != u'\n' && c != u'\t') || c == 0x7f || (c >= 0x80 && c < 0xa0))
            continue;
        out.append(QChar(c));
    }
    return out;
}

bool isDnsLabel(const QString &name)
{
    static const QRegularExpression label(u"^[a-z0-9]([-a-z0-9]*[a-z0-9])?$"_s);
    return name.size() <= 63 && label.match(name).hasMatch();
}

// Whether a path names a file we can open; `reason` gets the OS's explanation.
bool readable(const QString &path, QString *reason)
{
    const QFileInfo info(path);
    if (!info.exists()) {
        *reason = CoreTr::tr("the file does not exist");
        return false;
    }
    if (info.isDir()) {
        *reason = CoreTr::tr("it is a directory");
        return false;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *reason = file.errorString();
        return false;
    }
    return true;
}

KubeCluster parseCluster(const QString &name, const YAML::Node &body, const Reader &r)
{
    KubeCluster c;
    c.name = name;
    c.origin = r.file;
    if (!Reader::present(body))
        return c;
    if (!body.IsMap()) {
        r.error(CoreTr::tr("\"cluster\" (%1) must be a mapping").arg(position(body.Mark())));
        return c;
    }
    c.server = r.string(body, "server");
    c.tlsServerName = r.string(body, "tls-server-name");
    c.insecureSkipTlsVerify = r.boolean(body, "insecure-skip-tls-verify");
    c.certificateAuthority = r.path(body, "certificate-authority");
    c.certificateAuthorityData = r.base64(body, "certificate-authority-data");
    c.proxyUrl = r.string(body, "proxy-url");
    c.disableCompression = r.boolean(body, "disable-compression");
    const YAML::Node extensions = Reader::child(body, "extensions");
    if (extensions.IsSequence()) {
        for (const YAML::Node &ext : extensions) {
            if (r.string(ext, "name") == kExecExtension) {
                int budget = kMaxJsonNodes;
                const QJsonValue value = yamlToJson(Reader::child(ext, "extension"), &budget);
                if (budget < 0)
                    r.warning(CoreTr::tr("the %1 extension is too large and was cut short").arg(kExecExtension));
                if (value.isObject())
                    c.execExtension = QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
                else if (value.isArray())
                    c.execExtension = QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact);
            }
        }
    }
    return c;
}

ExecConfig parseExec(const YAML::Node &node, const Reader &r)
{
    ExecConfig e;
    if (!node.IsMap()) {
        r.error(CoreTr::tr("exec (%1) must be a mapping").arg(position(node.Mark())));
        return e;
    }
    e.apiVersion = r.string(node, "apiVersion");
    e.command = r.string(node, "command");
    // A bare name is looked up in PATH; only a command with the OS's separator is a path
    // (client-go checks filepath.Separator: '\\' on Windows, '/' elsewhere).
#ifdef Q_OS_WIN
    const bool hasSeparator = e.command.contains(u'\\');
#else
    const bool hasSeparator = e.command.contains(u'/');
#endif
    if (hasSeparator)
        e.command = resolveAgainstFile(e.command, r.file);
    e.args = r.stringList(node, "args");
    const YAML::Node env = Reader::child(node, "env");
    if (Reader::present(env)) { // `env: null` is what az aks get-credentials writes
        if (!env.IsSequence()) {
            r.error(CoreTr::tr("exec env (%1) must be a list of {name, value}").arg(position(env.Mark())));
        } else {
            for (const YAML::Node &item : env) {
                if (!item.IsMap()) {
                    r.error(CoreTr::tr("exec env (%1) must be a list of {name, value}").arg(position(item.Mark())));
                    continue;
                }
                e.env.append({r.string(item, "name"), r.string(item, "value")});
            }
        }
    }
    e.installHint = stripAnsi(r.string(node, "installHint"));
    e.provideClusterInfo = r.boolean(node, "provideClusterInfo");
    e.interactiveMode = r.string(node, "interactiveMode");
    // client-go's defaulting: older plugin versions were always allowed to prompt.
    if (e.interactiveMode.isEmpty() && e.apiVersion == kExecV1beta1)
        e.interactiveMode = u"IfAvailable"_s;
    return e;
}

KubeUser parseUser(const QString &name, const YAML::Node &body, const Reader &r)
{
    KubeUser u;
    u.name = name;
    u.origin = r.file;
    if (!Reader::present(body))
        return u;
    if (!body.IsMap()) {
        r.error(CoreTr::tr("\"user\" (%1) must be a mapping").arg(position(body.Mark())));
        return u;
    }
    u.clientCertificate = r.path(body, "client-certificate");
    u.clientCertificateData = r.base64(body, "client-certificate-data");
    u.clientKey = r.path(body, "client-key");
    u.clientKeyData = r.base64(body, "client-key-data");
    u.token = r.string(body, "token");
    u.tokenFile = r.path(body, "tokenFile");
    if (Reader::present(Reader::child(body, "token-file")))
        r.warning(CoreTr::tr("\"token-file\" is not a kubeconfig key and is ignored; kubectl reads \"tokenFile\""));
    u.username = r.string(body, "username");
    u.password = r.string(body, "password");
    u.impersonate = r.string(body, "as");
    u.impersonateUid = r.string(body, "as-uid");
    u.impersonateGroups = r.stringList(body, "as-groups");
    const YAML::Node extra = Reader::child(body, "as-user-extra");
    if (extra.IsMap()) {
        for (const auto &pair : extra) {
            if (pair.first.IsScalar())
                u.impersonateUserExtra.insert(qs(pair.first.Scalar()), r.stringList(extra, pair.first.Scalar().c_str()));
        }
    } else if (Reader::present(extra)) {
        r.error(CoreTr::tr("as-user-extra (%1) must be a mapping of lists").arg(position(extra.Mark())));
    }
    const YAML::Node provider = Reader::child(body, "auth-provider");
    if (Reader::present(provider)) {
        AuthProviderConfig p;
        if (!provider.IsMap()) {
            r.error(CoreTr::tr("auth-provider (%1) must be a mapping").arg(position(provider.Mark())));
        } else {
            p.name = r.string(provider, "name");
            const YAML::Node config = Reader::child(provider, "config");
            if (config.IsMap()) {
                for (const auto &pair : config) {
                    if (pair.first.IsScalar() && pair.second.IsScalar())
                        p.config.insert(qs(pair.first.Scalar()), qs(pair.second.Scalar()));
                }
            }
        }
        u.authProvider = p;
    }
    const YAML::Node exec = Reader::child(body, "exec");
    if (Reader::present(exec))
        u.exec = parseExec(exec, r);
    return u;
}

KubeContext parseContext(const QString &name, const YAML::Node &body, const Reader &r)
{
    KubeContext c;
    c.name = name;
    c.origin = r.file;
    if (!Reader::present(body))
        return c;
    if (!body.IsMap()) {
        r.error(CoreTr::tr("\"context\" (%1) must be a mapping").arg(position(body.Mark())));
        return c;
    }
    c.cluster = r.string(body, "cluster");
    c.user = r.string(body, "user");
    c.namespaceName = r.string(body, "namespace");
    return c;
}

void validateCluster(const KubeCluster &c, const Reader &r)
{
    if (c.server.isEmpty()) {
        r.error(CoreTr::tr("no server is set"));
    } else {
        const QUrl url(c.server, QUrl::StrictMode);
        const QString scheme = url.scheme();
        if (!url.isValid() || url.host().isEmpty() || (scheme != "https"_L1 && scheme != "http"_L1))
            r.error(CoreTr::tr("server \"%1\" is not an https:// or http:// URL")
                        .arg(url.isValid() ? url.toString(QUrl::RemoveUserInfo) : c.server));
    }
    const bool hasCa = !c.certificateAuthority.isEmpty() || !c.certificateAuthorityData.isEmpty();
    if (c.insecureSkipTlsVerify && hasCa)
        r.error(CoreTr::tr("insecure-skip-tls-verify is set together with a certificate authority; kubectl "
                           "refuses this combination: remove one of them"));
    if (!c.certificateAuthority.isEmpty() && !c.certificateAuthorityData.isEmpty())
        r.warning(CoreTr::tr("both certificate-authority and certificate-authority-data are set; "
                             "certificate-authority-data is used"));
    QString reason;
    if (!c.certificateAuthority.isEmpty() && !readable(c.certificateAuthority, &reason))
        r.error(CoreTr::tr("cannot read certificate-authority %1: %2")
                    .arg(QDir::toNativeSeparators(c.certificateAuthority), reason));
    if (!c.proxyUrl.isEmpty()) {
        const QUrl proxy(c.proxyUrl, QUrl::StrictMode);
        const QString scheme = proxy.scheme();
        if (!proxy.isValid() || proxy.host().isEmpty()
            || (scheme != "http"_L1 && scheme != "https"_L1 && scheme != "socks5"_L1))
            r.error(CoreTr::tr("proxy-url must be an http://, https:// or socks5:// URL"));
    }
}

void validateUser(const KubeUser &u, const Reader &r)
{
    const bool hasKey = !u.clientKey.isEmpty() || !u.clientKeyData.isEmpty();
    if (u.hasClientCertificate() && !hasKey)
        r.error(CoreTr::tr("client-certificate is set but client-key-data or client-key is missing"));
    if (!u.hasClientCertificate() && hasKey)
        r.error(CoreTr::tr("client-key is set but client-certificate-data or client-certificate is missing"));
    if (!u.clientCertificate.isEmpty() && !u.clientCertificateData.isEmpty())
        r.warning(CoreTr::tr("both client-certificate and client-certificate-data are set; "
                             "client-certificate-data is used"));
    if (!u.clientKey.isEmpty() && !u.clientKeyData.isEmpty())
        r.warning(CoreTr::tr("both client-key and client-key-data are set; client-key-data is used"));
    QString reason;
    if (!u.clientCertificate.isEmpty() && !readable(u.clientCertificate, &reason))
        r.error(CoreTr::tr("cannot read client-certificate %1: %2")
                    .arg(QDir::toNativeSeparators(u.clientCertificate), reason));
    if (!u.clientKey.isEmpty() && !readable(u.clientKey, &reason))
        r.error(CoreTr::tr("cannot read client-key %1: %2").arg(QDir::toNativeSeparators(u.clientKey), reason));
    // client-go reads tokenFile only when no token is given.
    if (u.token.isEmpty() && !u.tokenFile.isEmpty() && !readable(u.tokenFile, &reason))
        r.error(CoreTr::tr("cannot read tokenFile %1: %2").arg(QDir::toNativeSeparators(u.tokenFile), reason));
    if (!u.token.isEmpty() && (!u.username.isEmpty() || !u.password.isEmpty()))
        r.error(CoreTr::tr("more than one authentication method: token and username/password; "
                           "only one is allowed"));
    if (u.impersonate.isEmpty()
        && (!u.impersonateUid.isEmpty() || !u.impersonateGroups.isEmpty() || !u.impersonateUserExtra.isEmpty()))
        r.error(CoreTr::tr("as-uid, as-groups or as-user-extra is set without \"as\" (the user to impersonate)"));

    if (u.exec) {
        const ExecConfig &e = *u.exec;
        if (u.authProvider)
            r.error(CoreTr::tr("exec and auth-provider are both set; only one is allowed"));
        if (e.command.isEmpty())
            r.error(CoreTr::tr("exec has no command"));
        if (e.apiVersion.isEmpty())
            r.error(CoreTr::tr("exec has no apiVersion (use %1)").arg(kExecV1));
        else if (e.apiVersion != kExecV1 && e.apiVersion != kExecV1beta1)
            r.error(CoreTr::tr("exec apiVersion \"%1\" is not supported; use %2 or %3")
                        .arg(e.apiVersion, kExecV1, kExecV1beta1));
        for (const ExecEnvVar &var : e.env) {
            if (var.name.isEmpty())
                r.error(CoreTr::tr("exec env has an entry without a name"));
        }
        if (e.interactiveMode.isEmpty()) {
            if (e.apiVersion == kExecV1)
                r.error(CoreTr::tr("exec interactiveMode must be set for %1 (Never, IfAvailable or Always)").arg(kExecV1));
        } else if (e.interactiveMode != "Never"_L1 && e.interactiveMode != "IfAvailable"_L1
                   && e.interactiveMode != "Always"_L1) {
            r.error(CoreTr::tr("exec interactiveMode \"%1\" is invalid; use Never, IfAvailable or Always")
                        .arg(e.interactiveMode));
        }
    }

    if (u.authProvider) {
        const QString name = u.authProvider->name;
        if (name == "azure"_L1)
            r.error(CoreTr::tr("the azure auth-provider was removed in kubectl 1.26; convert this kubeconfig with "
                               "`kubelogin convert-kubeconfig -l azurecli` (after `az login`)"));
        else if (name == "gcp"_L1)
            r.error(CoreTr::tr("the gcp auth-provider was removed in kubectl 1.26; install gke-gcloud-auth-plugin "
                               "and run `gcloud container clusters get-credentials` again"));
        else if (name == "oidc"_L1)
            r.warning(CoreTr::tr("the oidc auth-provider is deprecated; its cached id-token is used as it is and "
                                 "cannot be refreshed here: refresh it with kubectl or switch to an exec plugin "
                                 "such as kubelogin"));
        else if (name.isEmpty())
            r.error(CoreTr::tr("auth-provider has no name"));
        else
            r.error(CoreTr::tr("auth-provider \"%1\" is not supported; use an exec credential plugin").arg(name));
    }
}

} // namespace

QString KubeconfigIssue::toString() const
{
    QStringList parts;
    if (!file.isEmpty())
        parts.append(QDir::toNativeSeparators(file));
    if (!entry.isEmpty())
        parts.append(entry);
    if (!message.isEmpty())
        parts.append(message);
    return parts.join(u": "_s);
}

QString authKindId(AuthKind kind)
{
    switch (kind) {
    case AuthKind::Token: return u"token"_s;
    case AuthKind::TokenFile: return u"tokenFile"_s;
    case AuthKind::ClientCert: return u"clientCert"_s;
    case AuthKind::Basic: return u"basic"_s;
    case AuthKind::Exec: return u"exec"_s;
    case AuthKind::AuthProvider: return u"authProvider"_s;
    case AuthKind::None: break;
    }
    return u"none"_s;
}

QString authKindDisplayName(AuthKind kind)
{
    switch (kind) {
    case AuthKind::Token: return CoreTr::tr("Bearer token");
    case AuthKind::TokenFile: return CoreTr::tr("Token file");
    case AuthKind::ClientCert: return CoreTr::tr("Client certificate");
    case AuthKind::Basic: return CoreTr::tr("Username and password");
    case AuthKind::Exec: return CoreTr::tr("Credential plugin (exec)");
    case AuthKind::AuthProvider: return CoreTr::tr("Auth provider (deprecated)");
    case AuthKind::None: break;
    }
    return CoreTr::tr("None");
}

AuthKind authKindOf(const KubeUser &user)
{
    if (user.exec)
        return AuthKind::Exec;
    if (user.authProvider)
        return AuthKind::AuthProvider;
    if (user.hasClientCertificate())
        return AuthKind::ClientCert;
    if (!user.token.isEmpty())
        return AuthKind::Token;
    if (!user.tokenFile.isEmpty())
        return AuthKind::TokenFile;
    if (!user.username.isEmpty() || !user.password.isEmpty())
        return AuthKind::Basic;
    return AuthKind::None;
}

Kubeconfig Kubeconfig::load(const KubeconfigSource &source)
{
    Kubeconfig config;
    if (!source.explicitFile.isEmpty()) {
        // --kubeconfig: that file alone, and it must exist.
        config.m_files = {source.explicitFile};
        if (!QFileInfo::exists(source.explicitFile)) {
            config.addIssue(KubeconfigIssue::Severity::Error, source.explicitFile, {},
                            CoreTr::tr("the kubeconfig file does not exist"), true);
        } else {
            config.loadFile(source.explicitFile);
        }
    } else {
        QSet<QString> seen;
        for (const QString &file : source.files) {
            if (file.isEmpty() || seen.contains(file))
                continue;
            seen.insert(file);
            config.m_files.append(file);
        }
        bool anyExists = false;
        for (const QString &file : std::as_const(config.m_files)) {
            // Missing files in the list are skipped silently, as kubectl does.
            if (!QFileInfo::exists(file))
                continue;
            anyExists = true;
            config.loadFile(file);
        }
        if (!anyExists) {
            QStringList shown;
            for (const QString &file : std::as_const(config.m_files))
                shown.append(QDir::toNativeSeparators(file));
            const QString message = shown.isEmpty()
                ? CoreTr::tr("no kubeconfig file was given")
                : CoreTr::tr("no kubeconfig file found; looked for: %1").arg(shown.join(u", "_s));
            config.addIssue(KubeconfigIssue::Severity::Warning, {}, {}, message, true);
        }
    }
    config.validate();
    return config;
}

Kubeconfig Kubeconfig::loadDefault(const QString &explicitFile)
{
    KubeconfigSource source;
    source.explicitFile = explicitFile;
    source.files = kubeconfigSearchPaths(explicitFile, KubeconfigEnvironment::current());
    return load(source);
}

Kubeconfig Kubeconfig::fromData(const QByteArray &data, const QString &fileName)
{
    Kubeconfig config;
    config.m_files = {fileName};
    config.m_loaded = {fileName};
    config.mergeDocument(data, fileName);
    config.validate();
    return config;
}

void Kubeconfig::loadFile(const QString &fileName)
{
    const QFileInfo info(fileName);
    if (info.isDir()) {
        addIssue(KubeconfigIssue::Severity::Error, fileName, {},
                 CoreTr::tr("this is a directory, not a kubeconfig file"), true);
        return;
    }
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly)) {
        addIssue(KubeconfigIssue::Severity::Error, fileName, {},
                 CoreTr::tr("cannot read the file: %1").arg(file.errorString()), true);
        return;
    }
    if (file.size() > kMaxFileSize) {
        addIssue(KubeconfigIssue::Severity::Error, fileName, {},
                 CoreTr::tr("the file is too large to be a kubeconfig (%1 bytes)").arg(file.size()), true);
        return;
    }
    const QByteArray data = file.readAll();
    m_loaded.append(fileName);
    mergeDocument(data, fileName);
}

void Kubeconfig::mergeDocument(const QByteArray &data, const QString &fileName)
{
    YAML::Node root;
    try {
        root = YAML::Load(data.toStdString());
    } catch (const YAML::Exception &e) {
        const QString where = position(e.mark);
        addIssue(KubeconfigIssue::Severity::Error, fileName, {},
                 where.isEmpty() ? CoreTr::tr("not valid YAML or JSON: %1").arg(qs(e.msg))
                                 : CoreTr::tr("not valid YAML or JSON at %1: %2").arg(where, qs(e.msg)),
                 true);
        return;
    }
    if (!Reader::present(root))
        return; // an empty file is a valid, empty kubeconfig
    if (!root.IsMap()) {
        addIssue(KubeconfigIssue::Severity::Error, fileName, {},
                 CoreTr::tr("not a kubeconfig: the document (%1) is not a mapping with clusters, users and contexts")
                     .arg(position(root.Mark())),
                 true);
        return;
    }

    try {
        QList<KubeconfigIssue> fileIssues;
        const Reader fileReader{fileName, {}, &fileIssues};
        const QString kind = fileReader.string(root, "kind");
        if (!kind.isEmpty() && kind != "Config"_L1)
            fileReader.warning(CoreTr::tr("kind is \"%1\", expected \"Config\"").arg(kind));

        // The first non-empty current-context wins.
        const QString current = fileReader.string(root, "current-context");
        if (m_currentContext.isEmpty() && !current.isEmpty()) {
            m_currentContext = current;
            m_currentContextOrigin = fileName;
        }

        // Reads one of the named lists; `keep` is called for names no earlier file defined.
        const auto readList = [&](const char *listKey, const char *bodyKey,
                                  const std::function<QString(const QString &)> &entryName,
                                  const std::function<bool(const QString &)> &known,
                                  const std::function<void(const QString &, const YAML::Node &, const Reader &)> &keep) {
            const YAML::Node list = Reader::child(root, listKey);
            if (!Reader::present(list))
                return;
            if (!list.IsSequence()) {
                fileReader.error(CoreTr::tr("%1 (%2) must be a list").arg(QLatin1StringView(listKey), position(list.Mark())));
                return;
            }
            QSet<QString> inThisFile;
            for (const YAML::Node &item : list) {
                if (!item.IsMap()) {
                    fileReader.error(CoreTr::tr("an entry of %1 (%2) is not a mapping")
                                         .arg(QLatin1StringView(listKey), position(item.Mark())));
                    continue;
                }
                const QString name = fileReader.string(item, "name");
                if (name.isEmpty()) {
                    fileReader.error(CoreTr::tr("an entry of %1 (%2) has no name and is ignored")
                                         .arg(QLatin1StringView(listKey), position(item.Mark())));
                    continue;
                }
                if (inThisFile.contains(name)) {
                    // kubectl refuses the whole file in this case.
                    QList<KubeconfigIssue> dup;
                    Reader(fileName, entryName(name), &dup)
                        .error(CoreTr::tr("defined more than once in this file (again at %1); kubectl refuses "
                                          "such a file")
                                   .arg(position(item.Mark())));
                    fileIssues.append(dup);
                    continue;
                }
                inThisFile.insert(name);
                if (known(name))
                    continue; // an earlier file defined it: that definition wins as a whole
                keep(name, Reader::child(item, bodyKey), Reader{fileName, entryName(name), nullptr});
            }
        };

        readList("clusters", "cluster", clusterEntry,
                 [this](const QString &n) { return cluster(n) != nullptr; },
                 [this](const QString &n, const YAML::Node &body, const Reader &base) {
                     QList<KubeconfigIssue> issues;
                     const Reader r{base.file, base.entry, &issues};
                     m_clusters.append(parseCluster(n, body, r));
                     m_clusterIssues[n] = issues;
                 });
        readList("users", "user", userEntry,
                 [this](const QString &n) { return user(n) != nullptr; },
                 [this](const QString &n, const YAML::Node &body, const Reader &base) {
                     QList<KubeconfigIssue> issues;
                     const Reader r{base.file, base.entry, &issues};
                     m_users.append(parseUser(n, body, r));
                     m_userIssues[n] = issues;
                 });
        readList("contexts", "context", contextEntry,
                 [this](const QString &n) { return context(n) != nullptr; },
                 [this](const QString &n, const YAML::Node &body, const Reader &base) {
                     QList<KubeconfigIssue> issues;
                     const Reader r{base.file, base.entry, &issues};
                     m_contexts.append(parseContext(n, body, r));
                     m_contextIssues[n] = issues;
                 });
        for (const KubeconfigIssue &issue : std::as_const(fileIssues))
            addIssue(issue.severity, issue.file, issue.entry, issue.message);
    } catch (const YAML::Exception &e) {
        // A defensive net: the readers check node types, so this should not happen.
        addIssue(KubeconfigIssue::Severity::Error, fileName, {},
                 CoreTr::tr("cannot interpret the file: %1").arg(qs(e.msg)), true);
    }
}

void Kubeconfig::validate()
{
    for (const KubeCluster &c : std::as_const(m_clusters)) {
        QList<KubeconfigIssue> &issues = m_clusterIssues[c.name];
        validateCluster(c, Reader{c.origin, clusterEntry(c.name), &issues});
    }
    for (const KubeUser &u : std::as_const(m_users)) {
        QList<KubeconfigIssue> &issues = m_userIssues[u.name];
        validateUser(u, Reader{u.origin, userEntry(u.name), &issues});
    }
    for (const KubeContext &c : std::as_const(m_contexts)) {
        QList<KubeconfigIssue> &issues = m_contextIssues[c.name];
        const Reader r{c.origin, contextEntry(c.name), &issues};
        if (c.cluster.isEmpty())
            r.error(CoreTr::tr("no cluster is set"));
        else if (!cluster(c.cluster))
            r.error(CoreTr::tr("cluster \"%1\" is not defined in any kubeconfig file").arg(c.cluster));
        if (c.user.isEmpty())
            r.error(CoreTr::tr("no user is set"));
        else if (!user(c.user))
            r.error(CoreTr::tr("user \"%1\" is not defined in any kubeconfig file").arg(c.user));
        if (!c.namespaceName.isEmpty() && !isDnsLabel(c.namespaceName))
            r.error(CoreTr::tr("namespace \"%1\" is not a valid namespace name (lower-case letters, digits and '-', "
                               "at most 63 characters)")
                        .arg(c.namespaceName));
    }
    // Entry issues join the flat list in a stable order: clusters, users, contexts.
    for (const KubeCluster &c : std::as_const(m_clusters))
        m_issues.append(m_clusterIssues.value(c.name));
    for (const KubeUser &u : std::as_const(m_users))
        m_issues.append(m_userIssues.value(u.name));
    for (const KubeContext &c : std::as_const(m_contexts))
        m_issues.append(m_contextIssues.value(c.name));
    if (!m_currentContext.isEmpty() && !context(m_currentContext))
        addIssue(KubeconfigIssue::Severity::Error, m_currentContextOrigin, u"current-context"_s,
                 CoreTr::tr("context was not found for specified context: %1").arg(m_currentContext));
}

void Kubeconfig::addIssue(KubeconfigIssue::Severity severity, const QString &file, const QString &entry,
                          const QString &message, bool fatal)
{
    const KubeconfigIssue issue{severity, file, entry, message};
    m_issues.append(issue);
    if (fatal)
        m_fatal.append(issue.toString());
}

bool Kubeconfig::hasErrors() const
{
    for (const KubeconfigIssue &issue : m_issues) {
        if (issue.severity == KubeconfigIssue::Severity::Error)
            return true;
    }
    return false;
}

QStringList Kubeconfig::fatalErrors() const
{
    return m_fatal;
}

const KubeContext *Kubeconfig::context(const QString &name) const
{
    for (const KubeContext &c : m_contexts) {
        if (c.name == name)
            return &c;
    }
    return nullptr;
}

const KubeCluster *Kubeconfig::cluster(const QString &name) const
{
    for (const KubeCluster &c : m_clusters) {
        if (c.name == name)
            return &c;
    }
    return nullptr;
}

const KubeUser *Kubeconfig::user(const QString &name) const
{
    for (const KubeUser &u : m_users) {
        if (u.name == name)
            return &u;
    }
    return nullptr;
}

QList<KubeconfigIssue> Kubeconfig::contextIssues(const QString &contextName) const
{
    const KubeContext *ctx = context(contextName);
    if (!ctx) {
        QStringList files;
        for (const QString &file : m_loaded)
            files.append(QDir::toNativeSeparators(file));
        return {{KubeconfigIssue::Severity::Error, files.join(u", "_s), contextEntry(contextName),
                 CoreTr::tr("no such context in the kubeconfig")}};
    }
    QList<KubeconfigIssue> result = m_contextIssues.value(contextName);
    if (cluster(ctx->cluster))
        result.append(m_clusterIssues.value(ctx->cluster));
    if (user(ctx->user))
        result.append(m_userIssues.value(ctx->user));
    return result;
}

std::optional<ResolvedContext> Kubeconfig::resolve(const QString &contextName, QString *error) const
{
    const auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return std::nullopt;
    };
    const QString name = contextName.isEmpty() ? m_currentContext : contextName;
    if (name.isEmpty()) {
        if (!m_fatal.isEmpty())
            return fail(m_fatal.constFirst());
        return fail(CoreTr::tr("no context given and the kubeconfig sets no current-context"));
    }
    const QList<KubeconfigIssue> issues = contextIssues(name);
    for (const KubeconfigIssue &issue : issues) {
        if (issue.severity == KubeconfigIssue::Severity::Error)
            return fail(issue.toString());
    }
    ResolvedContext resolved;
    resolved.context = *context(name);
    resolved.cluster = *cluster(resolved.context.cluster);
    resolved.user = *user(resolved.context.user);
    resolved.authKind = authKindOf(resolved.user);
    return resolved;
}

QJsonObject Kubeconfig::contextsJson() const
{
    QJsonArray contexts;
    for (const KubeContext &c : m_contexts) {
        const KubeCluster *cl = cluster(c.cluster);
        const KubeUser *u = user(c.user);
        contexts.append(QJsonObject{
            {u"name"_s, c.name},
            {u"cluster"_s, c.cluster},
            {u"user"_s, c.user},
            {u"namespace"_s, c.effectiveNamespace()},
            {u"server"_s, cl ? cl->server : QString()},
            {u"auth"_s, authKindId(u ? authKindOf(*u) : AuthKind::None)},
        });
    }
    return QJsonObject{
        {u"currentContext"_s, m_currentContext.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(m_currentContext)},
        {u"contexts"_s, contexts},
    };
}

} // namespace kvd
