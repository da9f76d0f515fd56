// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace kvd {

// One problem found while loading or validating kubeconfig files. `file` and `entry`
// (e.g. "context \"dev\"", "user \"admin\"") tell the user exactly where to look.
struct KubeconfigIssue
{
    enum class Severity { Warning, Error };
    Severity severity = Severity::Error;
    QString file;
    QString entry;
    QString message;

    // "FILE: ENTRY: MESSAGE", leaving out what is empty.
    QString toString() const;
    bool operator==(const KubeconfigIssue &) const = default;
};

struct ExecEnvVar
{
    QString name;
    QString value;
    bool operator==(const ExecEnvVar &) const = default;
};

// users[].user.exec: a credential plugin such as kubelogin.
struct ExecConfig
{
    QString apiVersion;      // client.authentication.k8s.io/v1 or /v1beta1
    QString command;         // as written; relative paths with a separator already resolved
    QStringList args;
    QList<ExecEnvVar> env;
    QString installHint;     // ANSI escapes removed
    bool provideClusterInfo = false;
    QString interactiveMode; // Never, IfAvailable, Always; v1beta1 defaults to IfAvailable
    bool operator==(const ExecConfig &) const = default;
};

// users[].user.auth-provider: deprecated (azure/gcp removed in kubectl 1.26).
struct AuthProviderConfig
{
    QString name;
    QMap<QString, QString> config;
    bool operator==(const AuthProviderConfig &) const = default;
};

struct KubeCluster
{
    QString name;
    QString server;
    QString tlsServerName;
    bool insecureSkipTlsVerify = false;
    QString certificateAuthority;       // absolute path (resolved against the defining file)
    QByteArray certificateAuthorityData; // decoded PEM bytes
    QString proxyUrl;
    bool disableCompression = false;
    QByteArray execExtension;           // JSON of extension "client.authentication.k8s.io/exec"
    QString origin;                     // file that defined this entry
};

struct KubeUser
{
    QString name;
    QString clientCertificate;          // absolute path
    QByteArray clientCertificateData;   // decoded PEM bytes
    QString clientKey;                  // absolute path
    QByteArray clientKeyData;           // decoded PEM bytes
    QString token;
    QString tokenFile;                  // absolute path
    QString username;
    QString password;
    QString impersonate;                // "as"
    QString impersonateUid;             // "as-uid"
    QStringList impersonateGroups;      // "as-groups"
    QMap<QString, QStringList> impersonateUserExtra; // "as-user-extra"
    std::optional<ExecConfig> exec;
    std::optional<AuthProviderConfig> authProvider;
    QString origin;

    bool hasClientCertificate() const
    {
        return !clientCertificate.isEmpty() || !clientCertificateData.isEmpty();
    }
};

struct KubeContext
{
    QString name;
    QString cluster;
    QString user;
    QString namespaceName; // as written; see effectiveNamespace()
    QString origin;

    QString effectiveNamespace() const
    {
        return namespaceName.isEmpty() ? QStringLiteral("default") : namespaceName;
    }
};

// What kind of credentials a user entry carries, for display and for `contexts --json`.
// When several are present (AKS admin configs carry a client certificate and a token) the
// strongest one is named: exec, authProvider, clientCert, token, tokenFile, basic.
enum class AuthKind { None, Token, TokenFile, ClientCert, Basic, Exec, AuthProvider };
QString authKindId(AuthKind kind);          // "token", "tokenFile", "clientCert", ...
QString authKindDisplayName(AuthKind kind); // translated
AuthKind authKindOf(const KubeUser &user);

// A context with its cluster and user looked up, ready for a transport to use.
struct ResolvedContext
{
    KubeContext context;
    KubeCluster cluster;
    KubeUser user;
    AuthKind authKind = AuthKind::None;
};

// Where the kubeconfig comes from, mirroring kubectl: an explicit --kubeconfig file, else the
// KUBECONFIG list, else <home>/.kube/config.
struct KubeconfigSource
{
    QString explicitFile; // --kubeconfig
    QStringList files;    // resolved search list (see kubeconfigpaths.h)
};

// The merged result of loading one or more kubeconfig files, as client-go merges them:
// the first file that defines a named entry wins as a whole; the first non-empty
// current-context wins; relative paths are resolved against the file that defined the entry.
class Kubeconfig
{
public:
    // Loads the files of `source`. Never throws; problems land in issues().
    static Kubeconfig load(const KubeconfigSource &source);
    // Loads the files kubectl would use for this process (--kubeconfig value may be empty).
    static Kubeconfig loadDefault(const QString &explicitFile = {});
    // Parses one document (YAML or JSON) as if read from `fileName`; for tests and tools.
    static Kubeconfig fromData(const QByteArray &data, const QString &fileName);

    QStringList files() const { return m_files; }        // files asked for, in order
    QStringList loadedFiles() const { return m_loaded; } // files that existed and were read
    QString currentContext() const { return m_currentContext; }
    QString currentContextOrigin() const { return m_currentContextOrigin; } // file that set it
    const QList<KubeContext> &contexts() const { return m_contexts; } // first-definition order
    const QList<KubeCluster> &clusters() const { return m_clusters; }
    const QList<KubeUser> &users() const { return m_users; }
    const QList<KubeconfigIssue> &issues() const { return m_issues; }

    bool hasErrors() const;
    // Errors that make the whole configuration unusable (missing explicit file, bad YAML,
    // nothing loaded), as opposed to problems of one entry.
    QStringList fatalErrors() const;

    const KubeContext *context(const QString &name) const;
    const KubeCluster *cluster(const QString &name) const;
    const KubeUser *user(const QString &name) const;

    // Issues that concern one context: its cluster/user missing, unreadable files, invalid
    // exec settings, ... Empty when the context is usable.
    QList<KubeconfigIssue> contextIssues(const QString &contextName) const;

    // Looks the context up (empty name: current-context) and validates it. On failure returns
    // std::nullopt and sets *error to a message naming the file, the entry and the problem.
    std::optional<ResolvedContext> resolve(const QString &contextName, QString *error) const;

    // {"currentContext": string|null, "contexts": [{name, cluster, user, namespace, server, auth}]}
    QJsonObject contextsJson() const;

private:
    void loadFile(const QString &fileName);
    void mergeDocument(const QByteArray &data, const QString &fileName);
    void validate();
    void addIssue(KubeconfigIssue::Severity severity, const QString &file, const QString &entry,
                  const QString &message, bool fatal = false);

    QStringList m_files;
    QStringList m_loaded;
    QString m_currentContext;
    QList<KubeContext> m_contexts;
    QList<KubeCluster> m_clusters;
    QList<KubeUser> m_users;
    QList<KubeconfigIssue> m_issues;
    QStringList m_fatal;
    QString m_currentContextOrigin;
    // Issues of the entries that were kept, by entry name, for contextIssues().
    QHash<QString, QList<KubeconfigIssue>> m_clusterIssues;
    QHash<QString, QList<KubeconfigIssue>> m_userIssues;
    QHash<QString, QList<KubeconfigIssue>> m_contextIssues;
};

} // namespace kvd
