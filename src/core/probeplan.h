// SPDX-License-Identifier: MIT
#pragma once

// The connectivity probe (issue 7): from the failing application pod and its
// SecretProviderClass, the plan of what to check from the pod's node (identity mode, cloud,
// vault, objects, the probe pod's manifest, the ordered steps with their commands) and the
// interpretation of each step's output into a verdict, an explanation, a fix and the detection
// catalogue's cause id. Pure logic: the runner (kube/proberunner.h) executes the plan.
//
// Secrets (client secret, service account assertion, access tokens) never appear in a step's
// argv or shown command: steps that need one read a curl config from stdin (`curl -K -`),
// built at run time by ProbePlan::stdinPayload() from ProbeSecrets held in memory only.

#include "core/kubeobjects.h"
#include "core/secretsstore.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace kvd {

// The identity modes the probe can copy (azure.md §1, §7 A–G).
enum class ProbeIdentity {
    Unknown,
    ServicePrincipal,       // A: nodePublishSecretRef, client credentials
    PodIdentity,            // B: aad-pod-identity, NMI on the node
    UserAssignedIdentity,   // C: IMDS with client_id
    SystemAssignedIdentity, // D: IMDS without client_id
    AddonIdentity,          // E: IMDS with the AKS add-on identity's client_id
    WorkloadIdentity,       // F: service account assertion exchanged at Entra ID
    IdentityBinding,        // G: AKS token proxy (not reproducible with curl: network checks only)
};
// Stable ids used by the CLI (--identity) and JSON: "sp", "podidentity", "uami", "sami",
// "addon", "workload", "binding" ("" for Unknown).
QString probeIdentityId(ProbeIdentity identity);
std::optional<ProbeIdentity> probeIdentityFromId(const QString &id); // nullopt when unknown; "auto" → Unknown
QStringList probeIdentityIds();
QString probeIdentityDisplayName(ProbeIdentity identity); // translated

// Endpoints of one Azure cloud (azure.md §2).
struct AzureCloud
{
    QString name;             // canonical cloudName, e.g. AzurePublicCloud
    QString authorityHost;    // login.microsoftonline.com (host only)
    QString keyVaultSuffix;   // vault.azure.net
    QString keyVaultResource; // https://vault.azure.net (scope = resource + "/.default")
    QString privateLinkZone;  // privatelink.vaultcore.azure.net
    bool retired = false;     // AzureGermanCloud: closed in 2021
    bool operator==(const AzureCloud &) const = default;
};
// Case-insensitive like the provider; empty means AzurePublicCloud. AzureStackCloud and unknown
// names give nullopt and a message in *error (the endpoints are not knowable here).
std::optional<AzureCloud> azureCloudFromName(const QString &cloudName, QString *error = nullptr);

// Key Vault object names: 1-127 characters of [0-9a-zA-Z-]; versions are 32 hex digits.
bool isValidKeyVaultObjectName(const QString &name);
bool isValidKeyVaultObjectVersion(const QString &version);
// Key Vault data-plane api-versions the probe offers; the first is the default (7.2, as in the
// Microsoft troubleshooting article).
QStringList keyVaultApiVersions();

// What the plan is made from. The wizard fills it from the selected pod; the CLI from flags.
struct ProbeInputs
{
    KubePod pod;                      // the failing application pod
    SecretProviderClassInfo spc;      // its SecretProviderClass
    std::optional<KubeNode> node;     // the pod's node (taints → tolerations; OS check)
    ProbeIdentity identity = ProbeIdentity::Unknown; // Unknown: derive from the SPC and pod
    QString image = defaultImage();
    QString probeNamespace;           // empty: the application pod's namespace
    QString podName;                  // empty: kvdoctor-probe-<random>
    QString apiVersion;               // Key Vault api-version; empty: keyVaultApiVersions().first()
    QString addonIdentityClientId;    // optional: the AKS add-on identity's client id (mode E)
    QString oidcIssuer;               // optional: the cluster's OIDC issuer URL (WI DNS check)
    QString dnsPolicy;                // optional: the provider DaemonSet's dnsPolicy
    QMap<QString, QString> providerEnv; // the provider container's env (proxy comparison)
    bool providerEnvKnown = false;
    int activeDeadlineSeconds = 900;  // the pod ends itself even if kvdoctor dies

    static QString defaultImage() { return QStringLiteral("curlimages/curl:8.11.1"); }
};

enum class ProbeVerdict { Pending, Pass, Warning, Fail, Skipped };
QString probeVerdictId(ProbeVerdict verdict);          // "pending", "pass", "warning", "fail", "skipped"
QString probeVerdictDisplayName(ProbeVerdict verdict); // translated

// What a step needs on stdin (filled by ProbePlan::stdinPayload at run time).
enum class ProbeSecretKind { None, ClientSecret, ClientAssertion, AccessToken };

struct ProbeStep
{
    // Who runs the step: checks by the runner against the Kubernetes API, or a command in the
    // probe pod.
    enum class Kind {
        AccessReview,        // SelfSubjectAccessReviews before anything is created
        ReadClientSecret,    // GET the nodePublishSecretRef Secret (SP mode; values kept in memory)
        CreatePod,           // create the probe pod and wait for Running
        ServiceAccountToken, // TokenRequest for the app's service account (WI; kept in memory)
        Exec,                // a command in the probe pod
        Info,                // nothing to run (explains what cannot be checked, e.g. identity binding)
        DeletePod,           // delete the probe pod
    };

    QString id;           // stable: see ProbeStepIds
    Kind kind = Kind::Exec;
    QString title;        // translated
    QString description;  // translated: what the step checks and why
    QString shownCommand; // for the user: kubectl exec … (secrets as <placeholders>)
    QStringList argv;     // Exec: the command actually run; never contains a secret
    QString stdinShown;   // the stdin payload with secrets as <placeholders> (empty: no stdin)
    ProbeSecretKind secret = ProbeSecretKind::None; // what stdinPayload() fills in
    QString expected;     // translated: the expected outcome
    QString host;         // the endpoint the step talks to (DNS/TCP/TLS/HTTP steps)
    int objectIndex = -1; // object steps: index into ProbePlan::objects
    bool needsAccessToken = false; // skipped when no token was obtained
};

// Step ids (object steps are "object:<objectName>" or "object:<objectName>#<n>" when repeated).
namespace ProbeStepIds {
inline const QString rbac = QStringLiteral("rbac");
inline const QString clientSecret = QStringLiteral("sp-secret");
inline const QString pod = QStringLiteral("pod");
inline const QString proxy = QStringLiteral("proxy");
inline const QString clock = QStringLiteral("clock");
inline const QString dnsAuthority = QStringLiteral("dns-authority");
inline const QString dnsVault = QStringLiteral("dns-vault");
inline const QString dnsIssuer = QStringLiteral("dns-oidc-issuer");
inline const QString tcpAuthority = QStringLiteral("tcp-authority");
inline const QString tcpVault = QStringLiteral("tcp-vault");
inline const QString tlsAuthority = QStringLiteral("tls-authority");
inline const QString tlsVault = QStringLiteral("tls-vault");
inline const QString health = QStringLiteral("health");
inline const QString saToken = QStringLiteral("sa-token");
inline const QString token = QStringLiteral("token");
inline const QString cleanup = QStringLiteral("cleanup");
inline const QString objectPrefix = QStringLiteral("object:");
} // namespace ProbeStepIds

// Held in memory only, for the time of one run. Never logged, never serialised.
struct ProbeSecrets
{
    QString clientId;          // SP mode: from the Secret (not secret itself)
    QByteArray clientSecret;   // SP mode
    QByteArray clientAssertion; // WI: the service account JWT
    QByteArray accessToken;    // from the token step, for the object steps
    void clear();              // overwrites, then empties
};

struct ProbePlan
{
    ProbeIdentity identity = ProbeIdentity::Unknown;
    AzureCloud cloud;
    QString tenantId;
    QString vaultName;
    QString vaultHost;         // <vault>.<suffix>
    QString clientId;          // SPC clientID / userAssignedIdentityID (SP: from the Secret at run time)
    QList<KeyVaultObjectSpec> objects;
    QString apiVersion;

    QString appNamespace;
    QString appPod;
    QString serviceAccount;    // the app pod's service account (WI)
    QString nodeName;
    QString nodePublishSecretRef; // SP: the Secret's name (app namespace)
    QString oidcIssuer;

    QString probeNamespace;
    QString probePodName;
    QString image;
    QJsonObject podManifest;   // the Pod to create
    QMap<QString, QString> providerEnv;
    bool providerEnvKnown = false;

    QList<ProbeStep> steps;
    QStringList warnings;      // translated; shown with the plan (deprecated mode, retired cloud, ...)

    const ProbeStep *step(const QString &id) const;
    // The manifest as YAML for review.
    QString podYaml() const;
    // The real stdin for an Exec step: the curl config with the secrets filled in (escaped for
    // curl's config syntax). Empty when the step reads no stdin.
    QByteArray stdinPayload(const ProbeStep &step, const ProbeSecrets &secrets) const;
    // The label selector that finds probe pods (current and leftovers).
    static QString labelSelector(); // app.kubernetes.io/managed-by=kvdoctor,app.kubernetes.io/component=probe
};

// Builds the plan; false with translated, specific messages in *errors (invalid vault name,
// object names, unknown cloud, Windows node, missing tenant, conflicting modes, ...).
bool buildProbePlan(const ProbeInputs &inputs, ProbePlan *plan, QStringList *errors);

// Derives the identity mode the provider uses for this pod and SPC (azure.md §1.1); the add-on
// identity when userAssignedIdentityID equals addonIdentityClientId.
ProbeIdentity deriveProbeIdentity(const KubePod &pod, const SecretProviderClassInfo &spc,
                                  const QString &addonIdentityClientId = {});

// What a step produced.
struct ProbeExecOutput
{
    int exitCode = -1;        // the command's exit status; -1 when it could not run
    QByteArray stdoutData;
    QByteArray stderrData;
    QString error;            // the command could not run (exec refused, connection lost, ...)
    QDateTime localTime;      // desktop clock when the output arrived (clock step)
};

struct ProbeStepResult
{
    QString stepId;
    ProbeVerdict verdict = ProbeVerdict::Pending;
    QString actual;      // translated, one line: what happened
    QString explanation; // translated
    QString fix;         // translated; empty on pass
    QString causeId;     // detection catalogue cause (causes.json ids), empty when none applies
    QString output;      // redacted command output for the details view
    int exitCode = -1;
    int httpStatus = 0;
    QMap<QString, QString> facts; // e.g. ip, privateLink, issuer, clientAddress, aadsts, innerCode, oid
    QJsonObject toJson() const;
};

// Interprets an Exec step's output. For the token step, the access token (if any) goes to
// *accessToken and never into the result. The result's output is redacted (redactSecrets).
// `earlier` are the results so far (e.g. the vault's address from the DNS step helps to tell a
// private endpoint problem from blocked egress).
ProbeStepResult interpretProbeStep(const ProbePlan &plan, const ProbeStep &step, const ProbeExecOutput &output,
                                   QByteArray *accessToken = nullptr, const QList<ProbeStepResult> &earlier = {});

// Results of the runner-side steps, so wording and causes live in one place.
ProbeStepResult accessReviewResult(const QStringList &denied, const QString &error = {});
ProbeStepResult clientSecretResult(const ProbePlan &plan, bool found, const QMap<QString, QByteArray> &data,
                                   const QMap<QString, QString> &labels, const QString &error, ProbeSecrets *secrets);
ProbeStepResult podStartResult(const QString &reason, const QString &message, bool running);
ProbeStepResult serviceAccountTokenResult(bool ok, const QString &error, const QByteArray &token = {});
ProbeStepResult skippedResult(const ProbeStep &step, const QString &why);
ProbeStepResult cleanupResult(bool deleted, const QString &error);

// Scrubs JWTs, client_secret=/client_assertion=, "access_token", Key Vault "value" fields and
// Authorization headers, plus any exact secret given.
QString redactSecrets(const QString &text, const QList<QByteArray> &exactSecrets = {});

// The run's outcome for the summary page, CLI and report.
struct ProbeSummary
{
    ProbeVerdict verdict = ProbeVerdict::Pending; // worst verdict of all steps
    QString headline;    // translated
    QString nextAction;  // translated
    QString failedStepId; // first failing step
    QString causeId;      // its cause
};
ProbeSummary summarizeProbe(const ProbePlan &plan, const QList<ProbeStepResult> &results);
// The whole run as JSON (plan without secrets, results, summary).
QJsonObject probeReportJson(const ProbePlan &plan, const QList<ProbeStepResult> &results, const ProbeSummary &summary);

} // namespace kvd
