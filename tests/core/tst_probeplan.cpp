// SPDX-License-Identifier: MIT
#include "core/probeplan.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QTimeZone>

using namespace kvd;
using namespace Qt::StringLiterals;

using Params = QMap<QString, QString>;
Q_DECLARE_METATYPE(kvd::ProbeIdentity)
Q_DECLARE_METATYPE(kvd::ProbeVerdict)
Q_DECLARE_METATYPE(kvd::ProbeSecretKind)

namespace {

const QString kTenant = u"8d3c4f1e-5a2b-4e7d-9c6f-1b2a3c4d5e6f"_s;
const QString kClientId = u"5b1e7c2d-9a4f-4e63-8d2b-7c0f1e3a9b45"_s;
const QString kAddonId = u"3f9a2c71-8e4b-4d0a-b6c5-2e1f7a9d4c83"_s;

KubePod appPod(const QString &secretRef = {})
{
    KubePod pod;
    pod.namespaceName = u"payments"_s;
    pod.name = u"payments-api-7d9f8-abcde"_s;
    pod.nodeName = u"aks-userpool-12345678-vmss000001"_s;
    pod.serviceAccountName = u"payments-api"_s;
    pod.secretsStoreVolumes.append(KubeSecretsStoreVolume{u"secrets-store-inline"_s, u"payments-kv"_s, secretRef, true});
    return pod;
}

SecretProviderClassInfo spcWith(const Params &extra, const QString &objects = {})
{
    QJsonObject parameters{{u"keyvaultName"_s, u"kv-payments-prod"_s}, {u"tenantId"_s, kTenant},
                           {u"objects"_s, objects.isEmpty() ? u"array:\n  - |\n    objectName: db-password\n    objectType: secret\n"_s : objects}};
    for (auto it = extra.cbegin(); it != extra.cend(); ++it) {
        if (it.value().isNull())
            parameters.remove(it.key());
        else
            parameters.insert(it.key(), it.value());
    }
    const QJsonObject spc{{u"metadata"_s, QJsonObject{{u"namespace"_s, u"payments"_s}, {u"name"_s, u"payments-kv"_s}}},
                          {u"spec"_s, QJsonObject{{u"provider"_s, u"azure"_s}, {u"parameters"_s, parameters}}}};
    return parseSecretProviderClass(spc);
}

ProbeInputs inputsFor(const Params &extra, const QString &secretRef = {})
{
    ProbeInputs inputs;
    inputs.pod = appPod(secretRef);
    inputs.spc = spcWith(extra);
    inputs.podName = u"kvdoctor-probe-test1"_s;
    return inputs;
}

ProbePlan planFor(const Params &extra, const QString &secretRef = {}, ProbeIdentity identity = ProbeIdentity::Unknown)
{
    ProbeInputs inputs = inputsFor(extra, secretRef);
    inputs.identity = identity;
    ProbePlan plan;
    QStringList errors;
    if (!buildProbePlan(inputs, &plan, &errors))
        qWarning() << errors;
    return plan;
}

Params workload()
{
    return {{u"clientID"_s, kClientId}};
}

QByteArray curlJson(int exitCode, int http, const QString &ip = u"20.62.41.7"_s, const QString &error = {})
{
    return "\n" + QJsonDocument(QJsonObject{{u"exitcode"_s, exitCode}, {u"response_code"_s, http}, {u"remote_ip"_s, ip}, {u"errormsg"_s, error}})
                      .toJson(QJsonDocument::Compact)
        + "\n";
}

const ProbeStep &stepOf(const ProbePlan &plan, const QString &id)
{
    static const ProbeStep none;
    const ProbeStep *step = plan.step(id);
    return step ? *step : none;
}

} // namespace

class TestProbePlan : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void identity_data();
    void identity();
    void identityIds();
    void clouds_data();
    void clouds();
    void invalidInputs_data();
    void invalidInputs();
    void manifest();
    void tolerationsFollowTheNode();
    void podYaml();
    void stepsPerMode_data();
    void stepsPerMode();
    void noSecretInArgvOrShownCommand();
    void stdinPayloadEscapes();
    void interpret_data();
    void interpret();
    void tokenIsExtractedNotKept();
    void objectValueNeverKept();
    void vaultTimeoutWithPrivateEndpoint();
    void clock_data();
    void clock();
    void proxy();
    void clientSecretChecks();
    void redaction();
    void summary();
    void reportJson();
};

void TestProbePlan::identity_data()
{
    QTest::addColumn<Params>("parameters");
    QTest::addColumn<QString>("secretRef");
    QTest::addColumn<QString>("addonId");
    QTest::addColumn<ProbeIdentity>("expected");
    const QString t = u"true"_s;
    QTest::newRow("nodePublishSecretRef") << Params{} << u"secrets-store-creds"_s << QString() << ProbeIdentity::ServicePrincipal;
    QTest::newRow("usePodIdentity") << Params{{u"usePodIdentity"_s, t}} << QString() << QString() << ProbeIdentity::PodIdentity;
    QTest::newRow("userAssignedIdentityID") << Params{{u"useVMManagedIdentity"_s, t}, {u"userAssignedIdentityID"_s, kClientId}} << QString()
                                            << kAddonId << ProbeIdentity::UserAssignedIdentity;
    QTest::newRow("system-assigned") << Params{{u"useVMManagedIdentity"_s, t}} << QString() << QString() << ProbeIdentity::SystemAssignedIdentity;
    QTest::newRow("add-on identity") << Params{{u"useVMManagedIdentity"_s, t}, {u"userAssignedIdentityID"_s, kAddonId.toUpper()}} << QString()
                                     << kAddonId << ProbeIdentity::AddonIdentity;
    QTest::newRow("clientID") << workload() << QString() << QString() << ProbeIdentity::WorkloadIdentity;
    QTest::newRow("useAzureTokenProxy") << Params{{u"useAzureTokenProxy"_s, t}, {u"clientID"_s, kClientId}} << QString() << QString()
                                        << ProbeIdentity::IdentityBinding;
    QTest::newRow("nothing set") << Params{} << QString() << QString() << ProbeIdentity::Unknown;
    QTest::newRow("conflicting") << Params{{u"usePodIdentity"_s, t}, {u"useVMManagedIdentity"_s, t}} << QString() << QString()
                                 << ProbeIdentity::Unknown;
}

void TestProbePlan::identity()
{
    QFETCH(Params, parameters);
    QFETCH(QString, secretRef);
    QFETCH(QString, addonId);
    QFETCH(ProbeIdentity, expected);
    QCOMPARE(deriveProbeIdentity(appPod(secretRef), spcWith(parameters), addonId), expected);
}

void TestProbePlan::identityIds()
{
    for (const QString &id : probeIdentityIds()) {
        const auto identity = probeIdentityFromId(id);
        QVERIFY(identity.has_value());
        QCOMPARE(probeIdentityId(*identity), id);
        QVERIFY(!probeIdentityDisplayName(*identity).isEmpty());
    }
    QCOMPARE(probeIdentityFromId(u"auto"_s), std::optional<ProbeIdentity>(ProbeIdentity::Unknown));
    QVERIFY(!probeIdentityFromId(u"kerberos"_s).has_value());
}

void TestProbePlan::clouds_data()
{
    QTest::addColumn<QString>("cloudName");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("authority");
    QTest::addColumn<QString>("suffix");
    QTest::addColumn<bool>("retired");
    QTest::newRow("empty") << QString() << true << u"login.microsoftonline.com"_s << u"vault.azure.net"_s << false;
    QTest::newRow("AzurePublicCloud") << u"AzurePublicCloud"_s << true << u"login.microsoftonline.com"_s << u"vault.azure.net"_s << false;
    QTest::newRow("azurechinacloud (case)") << u"azurechinacloud"_s << true << u"login.chinacloudapi.cn"_s << u"vault.azure.cn"_s << false;
    QTest::newRow("AzureUSGovernmentCloud") << u"AzureUSGovernmentCloud"_s << true << u"login.microsoftonline.us"_s
                                            << u"vault.usgovcloudapi.net"_s << false;
    QTest::newRow("AzureGermanCloud") << u"AzureGermanCloud"_s << true << u"login.microsoftonline.de"_s << u"vault.microsoftazure.de"_s << true;
    QTest::newRow("AzureStackCloud") << u"AzureStackCloud"_s << false << QString() << QString() << false;
    QTest::newRow("AzureCloud (CLI name)") << u"AzureCloud"_s << false << QString() << QString() << false;
    QTest::newRow("Mars") << u"Mars"_s << false << QString() << QString() << false;
}

void TestProbePlan::clouds()
{
    QFETCH(QString, cloudName);
    QFETCH(bool, valid);
    QFETCH(QString, authority);
    QFETCH(QString, suffix);
    QFETCH(bool, retired);
    QString error;
    const auto cloud = azureCloudFromName(cloudName, &error);
    QCOMPARE(cloud.has_value(), valid);
    if (!valid) {
        QVERIFY(error.contains(cloudName));
        QStringList errors;
        QVERIFY(!buildProbePlan(inputsFor({{u"clientID"_s, kClientId}, {u"cloudName"_s, cloudName}}), nullptr, &errors));
        QVERIFY2(errors.join(u'\n').contains(cloudName), qPrintable(errors.join(u'\n')));
        return;
    }
    QCOMPARE(cloud->authorityHost, authority);
    QCOMPARE(cloud->keyVaultSuffix, suffix);
    QCOMPARE(cloud->keyVaultResource, u"https://"_s + suffix);
    QCOMPARE(cloud->retired, retired);
    Params params = workload();
    params.insert(u"cloudName"_s, cloudName);
    const ProbePlan plan = planFor(params);
    QCOMPARE(plan.vaultHost, u"kv-payments-prod."_s + suffix);
    QVERIFY(stepOf(plan, ProbeStepIds::token).stdinShown.contains(u"https://%1/%2/oauth2/v2.0/token"_s.arg(authority, kTenant)));
    QVERIFY(stepOf(plan, ProbeStepIds::token).stdinShown.contains(u"scope=https://%1/.default"_s.arg(suffix)));
    QCOMPARE(plan.warnings.join(u' ').contains(u"Germany"_s), retired);
}

void TestProbePlan::invalidInputs_data()
{
    QTest::addColumn<Params>("parameters");
    QTest::addColumn<QString>("objects");
    QTest::addColumn<QString>("image");
    QTest::addColumn<QString>("apiVersion");
    QTest::addColumn<QString>("expectedError");
    const QString obj = QString();
    const QString img = ProbeInputs::defaultImage();
    QTest::newRow("vault name too short") << Params{{u"keyvaultName"_s, u"kv"_s}, {u"clientID"_s, kClientId}} << obj << img << QString()
                                          << u"\"kv\""_s;
    QTest::newRow("vault name too long") << Params{{u"keyvaultName"_s, u"kv-0123456789-0123456789"_s + u"x"_s}, {u"clientID"_s, kClientId}} << obj
                                         << img << QString() << u"3 to 24"_s;
    QTest::newRow("vault name with a slash") << Params{{u"keyvaultName"_s, u"kv/../evil"_s}, {u"clientID"_s, kClientId}} << obj << img
                                             << QString() << u"kv/../evil"_s;
    QTest::newRow("vault name with a space") << Params{{u"keyvaultName"_s, u"kv payments"_s}, {u"clientID"_s, kClientId}} << obj << img
                                             << QString() << u"kv payments"_s;
    QTest::newRow("no vault name") << Params{{u"keyvaultName"_s, QString()}, {u"clientID"_s, kClientId}} << obj << img << QString()
                                   << u"no keyvaultName"_s;
    QTest::newRow("object name with a slash")
        << workload() << u"array:\n  - |\n    objectName: db/password\n    objectType: secret\n"_s << img << QString() << u"db/password"_s;
    QTest::newRow("object name with a quote")
        << workload() << u"array:\n  - |\n    objectName: 'a\"b'\n    objectType: secret\n"_s << img << QString() << u"a\"b"_s;
    QTest::newRow("object type certificate")
        << workload() << u"array:\n  - |\n    objectName: tls\n    objectType: certificate\n"_s << img << QString() << u"secret, key or cert"_s;
    QTest::newRow("object version not hex")
        << workload() << u"array:\n  - |\n    objectName: tls\n    objectType: secret\n    objectVersion: latest\n"_s << img << QString()
        << u"\"latest\""_s;
    QTest::newRow("objects empty") << workload() << u"array: []\n"_s << img << QString() << u"lists no objects"_s;
    QTest::newRow("objects not YAML") << workload() << u"array: [\n"_s << img << QString() << u"cannot be read"_s;
    QTest::newRow("tenant with a slash") << Params{{u"clientID"_s, kClientId}, {u"tenantId"_s, u"x/y"_s}} << obj << img << QString()
                                         << u"\"x/y\""_s;
    QTest::newRow("no tenant") << Params{{u"clientID"_s, kClientId}, {u"tenantId"_s, QString()}} << obj << img << QString() << u"no tenantID"_s;
    QTest::newRow("clientID not a GUID") << Params{{u"clientID"_s, u"my app"_s}} << obj << img << QString() << u"\"my app\""_s;
    QTest::newRow("userAssignedIdentityID not a GUID")
        << Params{{u"useVMManagedIdentity"_s, u"true"_s}, {u"userAssignedIdentityID"_s, u"abc&resource=x"_s}} << obj << img << QString()
        << u"abc&resource=x"_s;
    QTest::newRow("no identity") << Params{} << obj << img << QString() << u"nodePublishSecretRef"_s;
    QTest::newRow("conflicting identities") << Params{{u"usePodIdentity"_s, u"true"_s}, {u"useVMManagedIdentity"_s, u"true"_s}} << obj << img
                                            << QString() << u"more than one identity mode"_s;
    QTest::newRow("image with a space") << workload() << obj << u"curl; rm -rf /"_s << QString() << u"not a valid image"_s;
    QTest::newRow("api-version injection") << workload() << obj << img << u"7.2&x=1"_s << u"7.2&x=1"_s;
}

void TestProbePlan::invalidInputs()
{
    QFETCH(Params, parameters);
    QFETCH(QString, objects);
    QFETCH(QString, image);
    QFETCH(QString, apiVersion);
    QFETCH(QString, expectedError);
    ProbeInputs inputs = inputsFor({});
    inputs.spc = spcWith(parameters, objects);
    inputs.image = image;
    inputs.apiVersion = apiVersion;
    ProbePlan plan;
    plan.vaultName = u"untouched"_s;
    QStringList errors;
    QVERIFY(!buildProbePlan(inputs, &plan, &errors));
    QVERIFY2(errors.join(u'\n').contains(expectedError), qPrintable(errors.join(u'\n')));
    QCOMPARE(plan.vaultName, u"untouched"_s); // nothing half-built leaks out
}

void TestProbePlan::manifest()
{
    ProbeInputs inputs = inputsFor(workload());
    inputs.image = u"contosoacr.azurecr.io/mirror/curl:8.11.1"_s;
    inputs.activeDeadlineSeconds = 600;
    ProbePlan plan;
    QStringList errors;
    QVERIFY2(buildProbePlan(inputs, &plan, &errors), qPrintable(errors.join(u'\n')));
    const QJsonObject pod = plan.podManifest;
    QCOMPARE(pod.value(u"kind"_s).toString(), u"Pod"_s);
    const QJsonObject meta = pod.value(u"metadata"_s).toObject();
    QCOMPARE(meta.value(u"name"_s).toString(), u"kvdoctor-probe-test1"_s);
    QCOMPARE(meta.value(u"namespace"_s).toString(), u"payments"_s);
    QCOMPARE(meta.value(u"labels"_s).toObject().value(u"app.kubernetes.io/managed-by"_s).toString(), u"kvdoctor"_s);
    QCOMPARE(meta.value(u"labels"_s).toObject().value(u"app.kubernetes.io/component"_s).toString(), u"probe"_s);
    const QJsonObject spec = pod.value(u"spec"_s).toObject();
    QCOMPARE(spec.value(u"hostNetwork"_s).toBool(), true);
    QCOMPARE(spec.value(u"nodeName"_s).toString(), u"aks-userpool-12345678-vmss000001"_s);
    QCOMPARE(spec.value(u"activeDeadlineSeconds"_s).toInt(), 600);
    QCOMPARE(spec.value(u"automountServiceAccountToken"_s).toBool(true), false);
    QCOMPARE(spec.value(u"restartPolicy"_s).toString(), u"Never"_s);
    // No node given: tolerate everything (nodeName bypasses the scheduler, NoExecute would evict).
    const QJsonArray tolerateAll{QJsonObject{{u"operator"_s, u"Exists"_s}}};
    QCOMPARE(spec.value(u"tolerations"_s).toArray(), tolerateAll);
    const QJsonObject container = spec.value(u"containers"_s).toArray().first().toObject();
    QCOMPARE(container.value(u"image"_s).toString(), inputs.image);
    QVERIFY(container.value(u"resources"_s).toObject().value(u"limits"_s).toObject().contains(u"memory"_s));
    QVERIFY(container.value(u"resources"_s).toObject().value(u"limits"_s).toObject().contains(u"cpu"_s));
    QCOMPARE(container.value(u"securityContext"_s).toObject().value(u"allowPrivilegeEscalation"_s).toBool(true), false);
    QCOMPARE(ProbePlan::labelSelector(), u"app.kubernetes.io/managed-by=kvdoctor,app.kubernetes.io/component=probe"_s);
    // Defaults: image and a generated name.
    ProbeInputs defaults = inputsFor(workload());
    defaults.podName.clear();
    QVERIFY(buildProbePlan(defaults, &plan, &errors));
    QVERIFY(plan.probePodName.startsWith(u"kvdoctor-probe-"_s));
    QCOMPARE(plan.image, u"curlimages/curl:8.11.1"_s);
    QVERIFY(plan.image.startsWith(u"curlimages/curl"_s));
    QCOMPARE(plan.apiVersion, u"7.2"_s);
}

void TestProbePlan::tolerationsFollowTheNode()
{
    ProbeInputs inputs = inputsFor(workload());
    KubeNode node;
    node.name = inputs.pod.nodeName;
    node.os = u"linux"_s;
    node.taints = {KubeTaint{u"sku"_s, u"gpu"_s, u"NoSchedule"_s}, KubeTaint{u"node.kubernetes.io/unreachable"_s, {}, u"NoExecute"_s}};
    inputs.node = node;
    ProbePlan plan;
    QStringList errors;
    QVERIFY(buildProbePlan(inputs, &plan, &errors));
    const QJsonArray tolerations = plan.podManifest.value(u"spec"_s).toObject().value(u"tolerations"_s).toArray();
    QCOMPARE(tolerations.size(), 2);
    QCOMPARE(tolerations.at(0).toObject().value(u"key"_s).toString(), u"sku"_s);
    QCOMPARE(tolerations.at(0).toObject().value(u"effect"_s).toString(), u"NoSchedule"_s);
    QCOMPARE(tolerations.at(1).toObject().value(u"effect"_s).toString(), u"NoExecute"_s);
    node.os = u"windows"_s;
    inputs.node = node;
    QVERIFY(!buildProbePlan(inputs, &plan, &errors));
    QVERIFY(errors.join(u' ').contains(u"Windows"_s));
}

void TestProbePlan::podYaml()
{
    const ProbePlan plan = planFor(workload());
    const QString yaml = plan.podYaml();
    QVERIFY2(yaml.contains(u"\n  hostNetwork: true\n"_s), qPrintable(yaml));
    QVERIFY(yaml.contains(u"kind: Pod\n"_s));
    QVERIFY(yaml.contains(u"app.kubernetes.io/managed-by: kvdoctor"_s));
    QVERIFY(yaml.contains(u"    name: probe\n"_s));
    QVERIFY(yaml.contains(u"  containers:\n  - command:\n    - sleep\n"_s));
    QVERIFY(yaml.contains(u"automountServiceAccountToken: false"_s));
}

void TestProbePlan::stepsPerMode_data()
{
    QTest::addColumn<Params>("parameters");
    QTest::addColumn<QString>("secretRef");
    QTest::addColumn<ProbeIdentity>("identity");
    QTest::addColumn<QString>("tokenHost");
    QTest::addColumn<QString>("tokenText"); // in argv or shown stdin
    QTest::addColumn<ProbeSecretKind>("secret");
    const QString t = u"true"_s;
    QTest::newRow("service principal") << Params{} << u"secrets-store-creds"_s << ProbeIdentity::Unknown << u"login.microsoftonline.com"_s
                                       << u"client_secret=<client-secret>"_s << ProbeSecretKind::ClientSecret;
    QTest::newRow("pod identity") << Params{{u"usePodIdentity"_s, t}} << QString() << ProbeIdentity::Unknown << u"127.0.0.1"_s
                                  << u"http://127.0.0.1:2579/host/token/?resource=https%3A%2F%2Fvault.azure.net"_s << ProbeSecretKind::None;
    QTest::newRow("user-assigned") << Params{{u"useVMManagedIdentity"_s, t}, {u"userAssignedIdentityID"_s, kClientId}} << QString()
                                   << ProbeIdentity::Unknown << u"169.254.169.254"_s << u"&client_id="_s + kClientId << ProbeSecretKind::None;
    QTest::newRow("add-on (forced)") << Params{{u"useVMManagedIdentity"_s, t}, {u"userAssignedIdentityID"_s, kAddonId}} << QString()
                                     << ProbeIdentity::AddonIdentity << u"169.254.169.254"_s << u"&client_id="_s + kAddonId << ProbeSecretKind::None;
    QTest::newRow("system-assigned") << Params{{u"useVMManagedIdentity"_s, t}} << QString() << ProbeIdentity::Unknown << u"169.254.169.254"_s
                                     << u"api-version=2018-02-01&resource=https%3A%2F%2Fvault.azure.net"_s << ProbeSecretKind::None;
    QTest::newRow("workload identity") << workload() << QString() << ProbeIdentity::Unknown << u"login.microsoftonline.com"_s
                                       << u"client_assertion=<service-account-token>"_s << ProbeSecretKind::ClientAssertion;
    QTest::newRow("identity binding") << Params{{u"useAzureTokenProxy"_s, t}, {u"clientID"_s, kClientId}} << QString() << ProbeIdentity::Unknown
                                      << QString() << QString() << ProbeSecretKind::None;
}

void TestProbePlan::stepsPerMode()
{
    QFETCH(Params, parameters);
    QFETCH(QString, secretRef);
    QFETCH(ProbeIdentity, identity);
    QFETCH(QString, tokenHost);
    QFETCH(QString, tokenText);
    QFETCH(ProbeSecretKind, secret);
    const ProbePlan plan = planFor(parameters, secretRef, identity);
    QVERIFY(!plan.steps.isEmpty());
    QCOMPARE(plan.steps.first().id, ProbeStepIds::rbac);
    QCOMPARE(plan.steps.last().id, ProbeStepIds::cleanup);
    QStringList ids;
    for (const ProbeStep &step : plan.steps)
        ids << step.id;
    for (const QString &id : {ProbeStepIds::pod, ProbeStepIds::proxy, ProbeStepIds::clock, ProbeStepIds::dnsAuthority, ProbeStepIds::dnsVault,
                              ProbeStepIds::tcpAuthority, ProbeStepIds::tcpVault, ProbeStepIds::tlsAuthority, ProbeStepIds::tlsVault,
                              ProbeStepIds::health, ProbeStepIds::token, u"object:db-password"_s})
        QVERIFY2(ids.contains(id), qPrintable(id));
    QVERIFY(ids.indexOf(ProbeStepIds::pod) < ids.indexOf(ProbeStepIds::proxy));
    QVERIFY(ids.indexOf(ProbeStepIds::health) < ids.indexOf(ProbeStepIds::token));
    QVERIFY(ids.indexOf(ProbeStepIds::token) < ids.indexOf(u"object:db-password"_s));
    QCOMPARE(ids.contains(ProbeStepIds::clientSecret), plan.identity == ProbeIdentity::ServicePrincipal);
    QCOMPARE(ids.contains(ProbeStepIds::saToken), plan.identity == ProbeIdentity::WorkloadIdentity);
    const ProbeStep token = stepOf(plan, ProbeStepIds::token);
    QCOMPARE(token.host, tokenHost);
    QCOMPARE(token.secret, secret);
    if (plan.identity == ProbeIdentity::IdentityBinding) {
        QCOMPARE(token.kind, ProbeStep::Kind::Info);
        return;
    }
    const QString tokenCommand = token.argv.join(u' ') + token.stdinShown;
    QVERIFY2(tokenCommand.contains(tokenText), qPrintable(tokenCommand));
    if (tokenHost == u"169.254.169.254"_s) {
        QVERIFY(token.argv.contains(u"Metadata: true"_s));
        QVERIFY(token.argv.contains(u"--noproxy"_s));
        QCOMPARE(token.argv.join(u' ').contains(u"client_id"_s), plan.identity != ProbeIdentity::SystemAssignedIdentity);
    }
    const ProbeStep object = stepOf(plan, u"object:db-password"_s);
    QVERIFY(object.stdinShown.contains(u"https://kv-payments-prod.vault.azure.net/secrets/db-password?api-version=7.2"_s));
    QVERIFY(object.stdinShown.contains(u"Authorization: Bearer <access-token>"_s));
    QCOMPARE(object.argv, (QStringList{u"curl"_s, u"-sS"_s, u"-K"_s, u"-"_s}));
    QVERIFY(object.needsAccessToken);
}

void TestProbePlan::noSecretInArgvOrShownCommand()
{
    ProbeSecrets secrets;
    secrets.clientId = u"a41c8e07-62d3-4b9f-8e15-c3f7d0a2b964"_s;
    secrets.clientSecret = "Qx8~sp-secret-value";
    secrets.clientAssertion = "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2ln";
    secrets.accessToken = "eyJ0eXAiOiJKV1QifQ.eyJhdWQiOiJ2YXVsdCJ9.YWNjZXNz";
    for (const ProbePlan &plan : {planFor({}, u"secrets-store-creds"_s), planFor(workload())}) {
        for (const ProbeStep &step : plan.steps) {
            const QString visible = step.argv.join(u' ') + step.shownCommand + step.stdinShown;
            for (const QByteArray &secret : {secrets.clientSecret, secrets.clientAssertion, secrets.accessToken})
                QVERIFY2(!visible.contains(QString::fromUtf8(secret)), qPrintable(step.id));
            const QByteArray payload = plan.stdinPayload(step, secrets);
            if (step.secret == ProbeSecretKind::ClientSecret)
                QVERIFY(payload.contains("client_secret=Qx8~sp-secret-value") && payload.contains("client_id=a41c8e07"));
            if (step.secret == ProbeSecretKind::ClientAssertion)
                QVERIFY(payload.contains(QByteArray("client_assertion=" + secrets.clientAssertion)));
            if (step.secret == ProbeSecretKind::AccessToken)
                QVERIFY(payload.contains(QByteArray("header = \"Authorization: Bearer " + secrets.accessToken + '"')));
            if (step.stdinShown.isEmpty())
                QVERIFY(payload.isEmpty());
        }
    }
}

void TestProbePlan::stdinPayloadEscapes()
{
    const ProbePlan plan = planFor({}, u"secrets-store-creds"_s);
    ProbeSecrets secrets;
    secrets.clientId = u"id"_s;
    secrets.clientSecret = "a\"b\\c\nd";
    const QByteArray payload = plan.stdinPayload(stepOf(plan, ProbeStepIds::token), secrets);
    QVERIFY2(payload.contains("data-urlencode = \"client_secret=a\\\"b\\\\c\\nd\"\n"), payload.constData());
    // One option per line: the newline in the secret cannot start a new option.
    for (const QByteArray &line : payload.split('\n'))
        QVERIFY(line.isEmpty() || line.contains(" = "));
    QVERIFY(payload.contains("write-out = \"\\n%{json}\\n\""));
}

void TestProbePlan::interpret_data()
{
    QTest::addColumn<Params>("parameters");
    QTest::addColumn<QString>("secretRef");
    QTest::addColumn<QString>("stepId");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QByteArray>("out");
    QTest::addColumn<QByteArray>("err");
    QTest::addColumn<ProbeVerdict>("verdict");
    QTest::addColumn<QString>("cause");
    QTest::addColumn<QString>("fact"); // key=value expected in facts, or empty

    const Params wi = workload();
    const Params uami{{u"useVMManagedIdentity"_s, u"true"_s}, {u"userAssignedIdentityID"_s, kClientId}};
    const Params sami{{u"useVMManagedIdentity"_s, u"true"_s}};
    const Params nmi{{u"usePodIdentity"_s, u"true"_s}};
    const QString sp = u"secrets-store-creds"_s;
    const QByteArray nsHeader = "Server:\t\t168.63.129.16\nAddress:\t168.63.129.16:53\n\nNon-authoritative answer:\n";
    auto aad = [](int code, const char *error, const char *text) {
        return QJsonDocument(QJsonObject{{u"error"_s, QLatin1StringView(error)},
                                         {u"error_description"_s, u"AADSTS%1: %2\r\nTrace ID: t\r\nCorrelation ID: c\r\nTimestamp: x"_s.arg(code).arg(QLatin1StringView(text))},
                                         {u"error_codes"_s, QJsonArray{code}}, {u"trace_id"_s, u"0c1d"_s}, {u"correlation_id"_s, u"9f2e"_s}})
            .toJson(QJsonDocument::Compact);
    };
    auto kv = [](const char *code, const char *inner, const char *message) {
        QJsonObject error{{u"code"_s, QLatin1StringView(code)}, {u"message"_s, QLatin1StringView(message)}};
        if (*inner)
            error.insert(u"innererror"_s, QJsonObject{{u"code"_s, QLatin1StringView(inner)}});
        return QJsonDocument(QJsonObject{{u"error"_s, error}}).toJson(QJsonDocument::Compact);
    };
    const QString none;

    // DNS
    QTest::newRow("dns vault public") << wi << none << ProbeStepIds::dnsVault << 0
                                      << nsHeader + "kv-payments-prod.vault.azure.net\tcanonical name = data-prod-eus.vaultcore.azure.net\nName:\tdata-prod-eus.vaultcore.azure.net\nAddress: 20.62.41.7\n"
                                      << QByteArray() << ProbeVerdict::Pass << none << u"private=false"_s;
    QTest::newRow("dns vault private endpoint")
        << wi << none << ProbeStepIds::dnsVault << 0
        << nsHeader + "kv-payments-prod.vault.azure.net\tcanonical name = kv-payments-prod.privatelink.vaultcore.azure.net\nName:\tkv-payments-prod.privatelink.vaultcore.azure.net\nAddress: 10.224.0.12\n"
        << QByteArray() << ProbeVerdict::Pass << none << u"privateLink=true"_s;
    QTest::newRow("dns vault privatelink alias, public address")
        << wi << none << ProbeStepIds::dnsVault << 0
        << nsHeader + "kv-payments-prod.vault.azure.net\tcanonical name = kv-payments-prod.privatelink.vaultcore.azure.net\nkv-payments-prod.privatelink.vaultcore.azure.net\tcanonical name = data-prod-eus.vaultcore.azure.net\nName:\tdata-prod-eus.vaultcore.azure.net\nAddress: 20.62.41.7\n"
        << QByteArray() << ProbeVerdict::Warning << u"keyvault-public-access-disabled-private-link"_s << u"private=false"_s;
    QTest::newRow("dns vault NXDOMAIN") << wi << none << ProbeStepIds::dnsVault << 1
                                        << QByteArray("Server:\t\t168.63.129.16\nAddress:\t168.63.129.16:53\n\n** server can't find kv-payments-prod.vault.azure.net: NXDOMAIN\n")
                                        << QByteArray() << ProbeVerdict::Fail << none << none;
    QTest::newRow("dns authority NXDOMAIN") << wi << none << ProbeStepIds::dnsAuthority << 1
                                            << QByteArray("** server can't find login.microsoftonline.com: NXDOMAIN\n") << QByteArray()
                                            << ProbeVerdict::Fail << u"aad-endpoint-unreachable"_s << none;
    QTest::newRow("dns without nslookup") << wi << none << ProbeStepIds::dnsVault << 127 << QByteArray()
                                          << QByteArray("sh: nslookup: not found\n") << ProbeVerdict::Skipped << none << none;
    // TCP
    QTest::newRow("tcp vault ok") << wi << none << ProbeStepIds::tcpVault << 0 << curlJson(0, 404) << QByteArray() << ProbeVerdict::Pass << none
                                  << u"ip=20.62.41.7"_s;
    QTest::newRow("tcp vault exit 28") << wi << none << ProbeStepIds::tcpVault << 28 << curlJson(28, 0, {}, u"Timeout was reached"_s)
                                       << QByteArray("curl: (28) Failed to connect to kv-payments-prod.vault.azure.net port 443 after 5002 ms: Timeout was reached\n")
                                       << ProbeVerdict::Fail << u"keyvault-egress-blocked-timeout"_s << u"curlExit=28"_s;
    QTest::newRow("tcp vault exit 7") << wi << none << ProbeStepIds::tcpVault << 7 << curlJson(7, 0) << QByteArray() << ProbeVerdict::Fail
                                      << u"keyvault-egress-blocked-timeout"_s << u"curlExit=7"_s;
    QTest::newRow("tcp vault exit 6") << wi << none << ProbeStepIds::tcpVault << 6 << curlJson(6, 0) << QByteArray() << ProbeVerdict::Fail << none
                                      << u"curlExit=6"_s;
    QTest::newRow("tcp authority exit 28") << wi << none << ProbeStepIds::tcpAuthority << 28 << curlJson(28, 0) << QByteArray()
                                           << ProbeVerdict::Fail << u"aad-endpoint-unreachable"_s << u"curlExit=28"_s;
    QTest::newRow("tcp authority exit 28, IMDS mode") << uami << none << ProbeStepIds::tcpAuthority << 28 << curlJson(28, 0) << QByteArray()
                                                     << ProbeVerdict::Warning << none << u"curlExit=28"_s;
    QTest::newRow("tcp vault exit 35 (connected)") << wi << none << ProbeStepIds::tcpVault << 35 << curlJson(35, 0) << QByteArray()
                                                   << ProbeVerdict::Pass << none << none;
    // TLS
    const QByteArray msTrace = "* Server certificate:\n*  subject: CN=*.vault.azure.net\n*  issuer: C=US; O=Microsoft Corporation; CN=Microsoft Azure RSA TLS Issuing CA 04\n";
    QTest::newRow("tls vault microsoft") << wi << none << ProbeStepIds::tlsVault << 0 << curlJson(0, 200) << msTrace << ProbeVerdict::Pass << none
                                         << u"issuer=C=US; O=Microsoft Corporation; CN=Microsoft Azure RSA TLS Issuing CA 04"_s;
    QTest::newRow("tls vault intercepted") << wi << none << ProbeStepIds::tlsVault << 0 << curlJson(0, 200)
                                           << QByteArray("*  subject: CN=*.vault.azure.net\n*  issuer: C=US; O=Zscaler Inc.; CN=Zscaler Intermediate Root CA\n")
                                           << ProbeVerdict::Warning << none << u"issuer=C=US; O=Zscaler Inc.; CN=Zscaler Intermediate Root CA"_s;
    QTest::newRow("tls vault exit 60") << wi << none << ProbeStepIds::tlsVault << 60 << curlJson(60, 0) << QByteArray("curl: (60) SSL certificate problem: self-signed certificate in certificate chain\n")
                                       << ProbeVerdict::Fail << none << u"curlExit=60"_s;
    QTest::newRow("tls authority wrong tenant") << wi << none << ProbeStepIds::tlsAuthority << 0 << aad(90002, "invalid_tenant", "Tenant not found.") + curlJson(0, 400)
                                                << msTrace << ProbeVerdict::Fail << none << u"aadsts=90002"_s;
    // Health
    QTest::newRow("health public address") << wi << none << ProbeStepIds::health << 0
                                           << QByteArray("HTTP/1.1 200 OK\r\nx-ms-keyvault-network-info: conn_type=Ipv4;addr=20.81.112.14;act_addr_fam=InterNetwork;\r\n\r\n") + curlJson(0, 200)
                                           << QByteArray() << ProbeVerdict::Pass << none << u"clientAddress=20.81.112.14"_s;
    QTest::newRow("health without header") << wi << none << ProbeStepIds::health << 0 << QByteArray("HTTP/1.1 200 OK\r\n\r\n") + curlJson(0, 200)
                                           << QByteArray() << ProbeVerdict::Warning << none << none;
    // Tokens
    QTest::newRow("sp AADSTS7000215") << Params{} << sp << ProbeStepIds::token << 0
                                      << aad(7000215, "invalid_client", "Invalid client secret provided.") + curlJson(0, 401) << QByteArray()
                                      << ProbeVerdict::Fail << u"sp-invalid-client-secret"_s << u"aadsts=7000215"_s;
    QTest::newRow("sp AADSTS7000222") << Params{} << sp << ProbeStepIds::token << 0
                                      << aad(7000222, "invalid_client", "The provided client secret keys are expired.") + curlJson(0, 401)
                                      << QByteArray() << ProbeVerdict::Fail << u"sp-client-secret-expired"_s << u"traceId=0c1d"_s;
    QTest::newRow("sp exit 28") << Params{} << sp << ProbeStepIds::token << 28 << curlJson(28, 0) << QByteArray() << ProbeVerdict::Fail
                                << u"aad-endpoint-unreachable"_s << none;
    QTest::newRow("wi AADSTS70021") << wi << none << ProbeStepIds::token << 0
                                    << aad(70021, "invalid_request", "No matching federated identity record found for presented assertion.") + curlJson(0, 400)
                                    << QByteArray() << ProbeVerdict::Fail << u"wi-no-matching-federated-credential"_s << u"aadsts=70021"_s;
    QTest::newRow("wi AADSTS700213") << wi << none << ProbeStepIds::token << 0 << aad(700213, "invalid_request", "subject") + curlJson(0, 400)
                                     << QByteArray() << ProbeVerdict::Fail << u"wi-no-matching-federated-credential"_s << none;
    QTest::newRow("wi AADSTS700024") << wi << none << ProbeStepIds::token << 0 << aad(700024, "invalid_client", "Client assertion is not within its valid time range.") + curlJson(0, 400)
                                     << QByteArray() << ProbeVerdict::Fail << u"wi-token-exchange-failed"_s << none;
    QTest::newRow("imds identity not found") << uami << none << ProbeStepIds::token << 0
                                             << QByteArray(R"({"error":"invalid_request","error_description":"Identity not found"})") + curlJson(0, 400)
                                             << QByteArray() << ProbeVerdict::Fail << u"imds-identity-not-found"_s << none;
    QTest::newRow("imds multiple identities") << sami << none << ProbeStepIds::token << 0
                                              << QByteArray(R"({"error":"invalid_request","error_description":"Multiple user assigned identities exist, please specify the clientId / resourceId of the identity in the token request"})") + curlJson(0, 400)
                                              << QByteArray() << ProbeVerdict::Fail << u"imds-multiple-identities-no-clientid"_s << none;
    QTest::newRow("imds 429") << uami << none << ProbeStepIds::token << 0 << QByteArray("{}") + curlJson(0, 429) << QByteArray()
                              << ProbeVerdict::Warning << none << none;
    QTest::newRow("nmi 404") << nmi << none << ProbeStepIds::token << 0
                             << QByteArray("getting assigned identities for pod payments/x in CREATED state failed after 16 attempts\n") + curlJson(0, 404)
                             << QByteArray() << ProbeVerdict::Fail << u"aad-pod-identity-nmi-404"_s << none;
    QTest::newRow("nmi 403") << nmi << none << ProbeStepIds::token << 0
                             << QByteArray("no AzureAssignedIdentity found for pod:payments/x in assigned state\n") + curlJson(0, 403) << QByteArray()
                             << ProbeVerdict::Fail << u"aad-pod-identity-nmi-403"_s << none;
    QTest::newRow("nmi not running") << nmi << none << ProbeStepIds::token << 7 << curlJson(7, 0)
                                     << QByteArray("curl: (7) Failed to connect to 127.0.0.1 port 2579 after 0 ms: Couldn't connect to server\n")
                                     << ProbeVerdict::Fail << u"pod-identity-nmi-not-running"_s << none;
    // Objects
    const QString object = u"object:db-password"_s;
    QTest::newRow("object 403 ForbiddenByRbac")
        << wi << none << object << 0
        << kv("Forbidden", "ForbiddenByRbac", "Caller is not authorized to perform action on resource.\r\nCaller: appid=5b1e7c2d-9a4f-4e63-8d2b-7c0f1e3a9b45;oid=0f4e2a8c-1b3d-4c5e-9f7a-6b8c0d2e4f61;iss=https://sts.windows.net/x/\r\n") + curlJson(0, 403)
        << QByteArray() << ProbeVerdict::Fail << u"keyvault-rbac-role-missing"_s << u"oid=0f4e2a8c-1b3d-4c5e-9f7a-6b8c0d2e4f61"_s;
    QTest::newRow("object 403 ForbiddenByPolicy") << wi << none << object << 0
                                                  << kv("Forbidden", "ForbiddenByPolicy", "The user, group or application 'appid=x;oid=y' does not have secrets get permission on key vault 'kv'.") + curlJson(0, 403)
                                                  << QByteArray() << ProbeVerdict::Fail << u"keyvault-access-policy-missing"_s << u"innerCode=ForbiddenByPolicy"_s;
    QTest::newRow("object 403 AccessDenied") << wi << none << object << 0 << kv("Forbidden", "AccessDenied", "does not have secrets get permission") + curlJson(0, 403)
                                             << QByteArray() << ProbeVerdict::Fail << u"keyvault-access-policy-missing"_s << none;
    QTest::newRow("object 403 ForbiddenByFirewall")
        << wi << none << object << 0
        << kv("Forbidden", "ForbiddenByFirewall", "Client address is not authorized and caller is not a trusted service.\r\nClient address: 20.81.112.14\r\nCaller: appid=x\r\nVault: kv;location=eastus") + curlJson(0, 403)
        << QByteArray() << ProbeVerdict::Fail << u"keyvault-firewall-blocked"_s << u"clientAddress=20.81.112.14"_s;
    QTest::newRow("object 403 ForbiddenByConnection")
        << wi << none << object << 0 << kv("Forbidden", "ForbiddenByConnection", "Public network access is disabled and request is not from a trusted service nor via an approved private link.") + curlJson(0, 403)
        << QByteArray() << ProbeVerdict::Fail << u"keyvault-public-access-disabled-private-link"_s << none;
    QTest::newRow("object 404 SecretNotFound") << wi << none << object << 0
                                               << kv("SecretNotFound", "", "A secret with (name/id) db-password was not found in this key vault.") + curlJson(0, 404)
                                               << QByteArray() << ProbeVerdict::Fail << u"keyvault-object-not-found"_s << u"errorCode=SecretNotFound"_s;
    QTest::newRow("object 429") << wi << none << object << 0 << kv("Throttled", "", "Request was not allowed because of throttling.") + curlJson(0, 429)
                                << QByteArray() << ProbeVerdict::Warning << u"keyvault-throttled-429"_s << none;
    QTest::newRow("object 401 other tenant") << wi << none << object << 0
                                             << kv("Unauthorized", "", "AKV10032: Invalid issuer. Expected one of https://sts.windows.net/a/, found https://sts.windows.net/b/.") + curlJson(0, 401)
                                             << QByteArray() << ProbeVerdict::Fail << none << none;
    QTest::newRow("object exit 28") << wi << none << object << 28 << curlJson(28, 0) << QByteArray() << ProbeVerdict::Fail
                                    << u"keyvault-egress-blocked-timeout"_s << none;
    QTest::newRow("object disabled") << wi << none << object << 0
                                     << QByteArray(R"({"id":"https://kv-payments-prod.vault.azure.net/secrets/db-password/0123","attributes":{"enabled":false}})") + curlJson(0, 200)
                                     << QByteArray() << ProbeVerdict::Fail << u"keyvault-secret-disabled"_s << u"enabled=false"_s;
}

void TestProbePlan::interpret()
{
    QFETCH(Params, parameters);
    QFETCH(QString, secretRef);
    QFETCH(QString, stepId);
    QFETCH(int, exitCode);
    QFETCH(QByteArray, out);
    QFETCH(QByteArray, err);
    QFETCH(ProbeVerdict, verdict);
    QFETCH(QString, cause);
    QFETCH(QString, fact);
    const ProbePlan plan = planFor(parameters, secretRef);
    const ProbeStep *step = plan.step(stepId);
    QVERIFY2(step, qPrintable(stepId));
    ProbeExecOutput output;
    output.exitCode = exitCode;
    output.stdoutData = out;
    output.stderrData = err;
    const ProbeStepResult r = interpretProbeStep(plan, *step, output);
    QCOMPARE(r.stepId, stepId);
    QVERIFY2(r.verdict == verdict, qPrintable(probeVerdictId(r.verdict) + u": "_s + r.actual));
    QCOMPARE(r.causeId, cause);
    QVERIFY(!r.actual.isEmpty());
    QVERIFY(!r.explanation.isEmpty());
    if (verdict == ProbeVerdict::Fail)
        QVERIFY2(!r.fix.isEmpty(), qPrintable(r.actual));
    if (!fact.isEmpty()) {
        const QString key = fact.section(u'=', 0, 0);
        QCOMPARE(r.facts.value(key), fact.section(u'=', 1));
    }
}

void TestProbePlan::tokenIsExtractedNotKept()
{
    const ProbePlan plan = planFor(workload());
    const QByteArray token = "eyJ0eXAiOiJKV1QifQ."
        + QJsonDocument(QJsonObject{{u"aud"_s, u"https://vault.azure.net"_s}, {u"appid"_s, kClientId}, {u"oid"_s, u"0f4e"_s}, {u"tid"_s, kTenant}})
              .toJson(QJsonDocument::Compact)
              .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals)
        + ".c2lnbmF0dXJl";
    ProbeExecOutput output;
    output.exitCode = 0;
    output.stdoutData = R"({"token_type":"Bearer","expires_in":3599,"access_token":")" + token + "\"}" + curlJson(0, 200);
    QByteArray extracted;
    const ProbeStepResult r = interpretProbeStep(plan, *plan.step(ProbeStepIds::token), output, &extracted);
    QCOMPARE(r.verdict, ProbeVerdict::Pass);
    QCOMPARE(extracted, token);
    QCOMPARE(r.facts.value(u"claim.appid"_s), kClientId);
    QCOMPARE(r.facts.value(u"claim.aud"_s), u"https://vault.azure.net"_s);
    QVERIFY(!r.output.contains(QString::fromLatin1(token)));
    QVERIFY(!QJsonDocument(r.toJson()).toJson().contains(token));
    // A token for another audience is not what Key Vault accepts.
    ProbeExecOutput wrong = output;
    wrong.stdoutData.replace(token, "eyJ0eXAiOiJKV1QifQ.eyJhdWQiOiJodHRwczovL21hbmFnZW1lbnQuYXp1cmUuY29tLyJ9.c2ln");
    QCOMPARE(interpretProbeStep(plan, *plan.step(ProbeStepIds::token), wrong).verdict, ProbeVerdict::Warning);
}

void TestProbePlan::objectValueNeverKept()
{
    const ProbePlan plan = planFor(workload());
    ProbeExecOutput output;
    output.exitCode = 0;
    output.stdoutData = QByteArray(R"({"value":"super-secret-value-123","contentType":"text/plain","id":"https://kv-payments-prod.vault.azure.net/secrets/db-password/4387e9f3d6e14c459867679a90fd0f79","attributes":{"enabled":true,"created":1493938410,"updated":1493938410}})")
        + curlJson(0, 200);
    const ProbeStepResult r = interpretProbeStep(plan, *plan.step(u"object:db-password"_s), output);
    QCOMPARE(r.verdict, ProbeVerdict::Pass);
    QCOMPARE(r.facts.value(u"version"_s), u"4387e9f3d6e14c459867679a90fd0f79"_s);
    QCOMPARE(r.facts.value(u"valueLength"_s), u"22"_s);
    QCOMPARE(r.facts.value(u"contentType"_s), u"text/plain"_s);
    const QByteArray json = QJsonDocument(r.toJson()).toJson();
    QVERIFY(!json.contains("super-secret-value-123"));
}

void TestProbePlan::vaultTimeoutWithPrivateEndpoint()
{
    const ProbePlan plan = planFor(workload());
    ProbeStepResult dns;
    dns.stepId = ProbeStepIds::dnsVault;
    dns.facts = {{u"ip"_s, u"10.224.0.12"_s}, {u"private"_s, u"true"_s}};
    ProbeExecOutput output;
    output.exitCode = 28;
    output.stdoutData = curlJson(28, 0);
    const ProbeStepResult r = interpretProbeStep(plan, *plan.step(ProbeStepIds::tcpVault), output, nullptr, {dns});
    QCOMPARE(r.causeId, u"keyvault-private-endpoint-unreachable"_s);
    QVERIFY(r.fix.contains(u"10.224.0.12"_s));
}

void TestProbePlan::clock_data()
{
    QTest::addColumn<int>("skew");
    QTest::addColumn<ProbeVerdict>("verdict");
    QTest::newRow("in sync") << 2 << ProbeVerdict::Pass;
    QTest::newRow("2 minutes ahead") << 120 << ProbeVerdict::Warning;
    QTest::newRow("10 minutes behind") << -600 << ProbeVerdict::Fail;
}

void TestProbePlan::clock()
{
    QFETCH(int, skew);
    QFETCH(ProbeVerdict, verdict);
    const ProbePlan plan = planFor(workload());
    const QDateTime local = QDateTime::fromSecsSinceEpoch(1790000000, QTimeZone::UTC);
    ProbeExecOutput output;
    output.exitCode = 0;
    output.stdoutData = QByteArray::number(1790000000 + skew) + '\n';
    output.localTime = local;
    const ProbeStepResult r = interpretProbeStep(plan, *plan.step(ProbeStepIds::clock), output);
    QCOMPARE(r.verdict, verdict);
    QCOMPARE(r.facts.value(u"skewSeconds"_s), QString::number(skew));
}

void TestProbePlan::proxy()
{
    ProbeInputs inputs = inputsFor({{u"useVMManagedIdentity"_s, u"true"_s}, {u"userAssignedIdentityID"_s, kClientId}});
    inputs.providerEnvKnown = true;
    inputs.providerEnv = {{u"HTTPS_PROXY"_s, u"http://proxy.contoso.local:3128"_s}, {u"NO_PROXY"_s, u"localhost,10.0.0.0/8"_s}};
    ProbePlan plan;
    QStringList errors;
    QVERIFY(buildProbePlan(inputs, &plan, &errors));
    ProbeExecOutput output;
    output.exitCode = 0;
    output.stdoutData = "PATH=/usr/bin\nHTTPS_PROXY=http://user:p4ss@proxy.contoso.local:3128\nNO_PROXY=localhost,169.254.169.254\nAPI_KEY=do-not-show\n";
    ProbeStepResult r = interpretProbeStep(plan, *plan.step(ProbeStepIds::proxy), output);
    QCOMPARE(r.verdict, ProbeVerdict::Warning);
    QVERIFY(r.explanation.contains(u"169.254.169.254"_s));
    QVERIFY(!r.output.contains(u"p4ss"_s));
    QVERIFY(!r.output.contains(u"do-not-show"_s));
    QVERIFY(r.output.contains(u"NO_PROXY=localhost,169.254.169.254"_s));
    // No proxy anywhere.
    inputs.providerEnv.clear();
    QVERIFY(buildProbePlan(inputs, &plan, &errors));
    output.stdoutData = "PATH=/usr/bin\nHOME=/home/curl_user\n";
    r = interpretProbeStep(plan, *plan.step(ProbeStepIds::proxy), output);
    QCOMPARE(r.verdict, ProbeVerdict::Pass);
}

void TestProbePlan::clientSecretChecks()
{
    const ProbePlan plan = planFor({}, u"secrets-store-creds"_s);
    ProbeSecrets secrets;
    const QMap<QString, QString> used{{u"secrets-store.csi.k8s.io/used"_s, u"true"_s}};
    ProbeStepResult r = clientSecretResult(plan, true, {{u"ClientID"_s, "a41c8e07"}, {u"clientSecret"_s, "s3cr3t-value"}}, used, {}, &secrets);
    QCOMPARE(r.verdict, ProbeVerdict::Pass);
    QCOMPARE(secrets.clientId, u"a41c8e07"_s);
    QCOMPARE(secrets.clientSecret, QByteArray("s3cr3t-value"));
    QVERIFY(!QJsonDocument(r.toJson()).toJson().contains("s3cr3t-value"));
    r = clientSecretResult(plan, true, {{u"clientid"_s, "a41c8e07"}, {u"clientsecret"_s, "s3cr3t-value\n"}}, {}, {}, nullptr);
    QCOMPARE(r.verdict, ProbeVerdict::Warning);
    r = clientSecretResult(plan, true, {{u"clientid"_s, "a41c8e07"}}, used, {}, nullptr);
    QCOMPARE(r.verdict, ProbeVerdict::Fail);
    QVERIFY(r.actual.contains(u"clientsecret"_s));
    r = clientSecretResult(plan, false, {}, {}, {}, nullptr);
    QCOMPARE(r.causeId, u"node-publish-secret-not-found"_s);
    secrets.clear();
    QVERIFY(secrets.clientSecret.isEmpty() && secrets.clientId.isEmpty());
}

void TestProbePlan::redaction()
{
    const QString text = u"Authorization: Bearer abc.def.ghi\nclient_secret=hunter2&scope=x\n{\"access_token\":\"eyJabc.eyJdef.sig\",\"value\":\"pa\\\"ss\"}\nplain eyJhbGciOi.eyJzdWIi.c2ln words\nmy-literal-secret"_s;
    const QString out = redactSecrets(text, {"my-literal-secret"});
    for (const QString &secret : {u"abc.def.ghi"_s, u"hunter2"_s, u"eyJabc"_s, u"pa\\\"ss"_s, u"eyJhbGciOi"_s, u"my-literal-secret"_s})
        QVERIFY2(!out.contains(secret), qPrintable(out));
    QVERIFY(out.contains(u"scope=x"_s));
    QVERIFY(out.contains(u"plain"_s) && out.contains(u"words"_s));
}

void TestProbePlan::summary()
{
    const ProbePlan plan = planFor(workload());
    ProbeStepResult pass;
    pass.stepId = ProbeStepIds::dnsVault;
    pass.verdict = ProbeVerdict::Pass;
    ProbeStepResult fail;
    fail.stepId = u"object:db-password"_s;
    fail.verdict = ProbeVerdict::Fail;
    fail.actual = u"HTTP 403"_s;
    fail.fix = u"Assign the role"_s;
    fail.causeId = u"keyvault-rbac-role-missing"_s;
    ProbeSummary s = summarizeProbe(plan, {pass});
    QCOMPARE(s.verdict, ProbeVerdict::Pass);
    QVERIFY(s.failedStepId.isEmpty());
    s = summarizeProbe(plan, {pass, fail});
    QCOMPARE(s.verdict, ProbeVerdict::Fail);
    QCOMPARE(s.failedStepId, fail.stepId);
    QCOMPARE(s.causeId, fail.causeId);
    QCOMPARE(s.nextAction, fail.fix);
    QVERIFY(s.headline.contains(u"HTTP 403"_s));
    QCOMPARE(summarizeProbe(plan, {}).verdict, ProbeVerdict::Pending);
}

void TestProbePlan::reportJson()
{
    const ProbePlan plan = planFor(workload());
    ProbeStepResult r;
    r.stepId = ProbeStepIds::health;
    r.verdict = ProbeVerdict::Pass;
    const QJsonObject json = probeReportJson(plan, {r}, summarizeProbe(plan, {r}));
    QCOMPARE(json.value(u"plan"_s).toObject().value(u"identity"_s).toString(), u"workload"_s);
    QCOMPARE(json.value(u"plan"_s).toObject().value(u"vaultHost"_s).toString(), u"kv-payments-prod.vault.azure.net"_s);
    QCOMPARE(json.value(u"summary"_s).toObject().value(u"verdict"_s).toString(), u"pass"_s);
    const QJsonArray steps = json.value(u"steps"_s).toArray();
    QCOMPARE(steps.size(), plan.steps.size());
    bool found = false;
    for (const QJsonValue &v : steps) {
        if (v.toObject().value(u"id"_s).toString() == ProbeStepIds::health) {
            found = true;
            QCOMPARE(v.toObject().value(u"result"_s).toObject().value(u"verdict"_s).toString(), u"pass"_s);
        }
    }
    QVERIFY(found);
}

QTEST_GUILESS_MAIN(TestProbePlan)
#include "tst_probeplan.moc"
