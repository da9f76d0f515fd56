// SPDX-License-Identifier: MIT
#include "core/secretsstore.h"

#include <QJsonDocument>
#include <QTest>

using namespace kvd;

class TestSecretsStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void identityMode_data();
    void identityMode();
    void keyVaultName_data();
    void keyVaultName();
    void imageTag_data();
    void imageTag();
    void parseSpc();
    void validation_data();
    void validation();
    void tenantIdSpellings();
    void daemonSetAndCsiDriver();
};

namespace {
SecretProviderClassInfo spcWith(const QMap<QString, QString> &parameters)
{
    SecretProviderClassInfo spc;
    spc.provider = QStringLiteral("azure");
    spc.parameters = parameters;
    return spc;
}
using Params = QMap<QString, QString>;
}

void TestSecretsStore::identityMode_data()
{
    QTest::addColumn<Params>("parameters");
    QTest::addColumn<QString>("secretRef");
    QTest::addColumn<IdentityMode>("expected");
    const QString t = QStringLiteral("true");
    QTest::newRow("usePodIdentity") << Params{{QStringLiteral("usePodIdentity"), t}} << QString() << IdentityMode::PodIdentity;
    QTest::newRow("usePodIdentity=True (ParseBool)") << Params{{QStringLiteral("usePodIdentity"), QStringLiteral("True")}} << QString()
                                                     << IdentityMode::PodIdentity;
    QTest::newRow("useVMManagedIdentity+userAssignedIdentityID")
        << Params{{QStringLiteral("useVMManagedIdentity"), t}, {QStringLiteral("userAssignedIdentityID"), QStringLiteral("abc")}}
        << QString() << IdentityMode::UserAssignedIdentity;
    QTest::newRow("useVMManagedIdentity alone") << Params{{QStringLiteral("useVMManagedIdentity"), QStringLiteral("1")}} << QString()
                                                << IdentityMode::SystemAssignedIdentity;
    QTest::newRow("clientID (workload identity)") << Params{{QStringLiteral("clientID"), QStringLiteral("abc")}} << QString()
                                                  << IdentityMode::WorkloadIdentity;
    QTest::newRow("nodePublishSecretRef (service principal)") << Params{} << QStringLiteral("secrets-store-creds")
                                                              << IdentityMode::ServicePrincipal;
    QTest::newRow("useAzureTokenProxy") << Params{{QStringLiteral("useAzureTokenProxy"), t}, {QStringLiteral("clientID"), QStringLiteral("x")}}
                                        << QString() << IdentityMode::IdentityBinding;
    QTest::newRow("two switches") << Params{{QStringLiteral("usePodIdentity"), t}, {QStringLiteral("useVMManagedIdentity"), t}}
                                  << QString() << IdentityMode::Conflicting;
    QTest::newRow("usePodIdentity=false, nothing else") << Params{{QStringLiteral("usePodIdentity"), QStringLiteral("false")}}
                                                        << QString() << IdentityMode::Unknown;
}

void TestSecretsStore::identityMode()
{
    QFETCH(Params, parameters);
    QFETCH(QString, secretRef);
    QFETCH(IdentityMode, expected);
    QCOMPARE(spcWith(parameters).identityMode(secretRef), expected);
}

void TestSecretsStore::keyVaultName_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("valid");
    QTest::newRow("kv") << QStringLiteral("kv") << false;
    QTest::newRow("kv1") << QStringLiteral("kv1") << true;
    QTest::newRow("24 chars") << QStringLiteral("abcdefghijklmnopqrstuvwx") << true;
    QTest::newRow("25 chars") << QStringLiteral("abcdefghijklmnopqrstuvwxy") << false;
    QTest::newRow("my-vault-01") << QStringLiteral("my-vault-01") << true;
    QTest::newRow("under_score") << QStringLiteral("under_score") << false;
    QTest::newRow("shell injection") << QStringLiteral("a;rm -rf /") << false;
}

void TestSecretsStore::keyVaultName()
{
    QFETCH(QString, name);
    QFETCH(bool, valid);
    QCOMPARE(isValidKeyVaultName(name), valid);
}

void TestSecretsStore::imageTag_data()
{
    QTest::addColumn<QString>("image");
    QTest::addColumn<QString>("tag");
    QTest::newRow("tagged") << QStringLiteral("mcr.microsoft.com/oss/azure/secrets-store/provider-azure:v1.5.3") << QStringLiteral("v1.5.3");
    QTest::newRow("registry port, no tag") << QStringLiteral("myreg:5000/driver") << QString();
    QTest::newRow("registry port and tag") << QStringLiteral("myreg:5000/driver:v1.4.0") << QStringLiteral("v1.4.0");
    QTest::newRow("digest") << QStringLiteral("registry.k8s.io/csi-secrets-store/driver:v1.4.4@sha256:abc") << QStringLiteral("v1.4.4");
}

void TestSecretsStore::imageTag()
{
    QFETCH(QString, image);
    QFETCH(QString, tag);
    QCOMPARE(kvd::imageTag(image), tag);
}

void TestSecretsStore::parseSpc()
{
    const QByteArray json = R"({"apiVersion":"secrets-store.csi.x-k8s.io/v1","kind":"SecretProviderClass",
      "metadata":{"name":"azure-kvname","namespace":"shop"},
      "spec":{"provider":"azure","parameters":{"keyvaultName":"shop-kv","tenantId":"tid","usePodIdentity":"false",
        "objects":"array:\n  - |\n    objectName: db-password\n    objectType: secret\n    objectVersion: \"\"\n  - |\n    objectName: tls-cert\n    objectType: cert\n"},
        "secretObjects":[{"secretName":"db","type":"Opaque"}]}})";
    const auto spc = parseSecretProviderClass(QJsonDocument::fromJson(json).object());
    QCOMPARE(spc.namespaceName, QStringLiteral("shop"));
    QCOMPARE(spc.name, QStringLiteral("azure-kvname"));
    QCOMPARE(spc.keyvaultName(), QStringLiteral("shop-kv"));
    QCOMPARE(spc.tenantId(), QStringLiteral("tid"));
    QCOMPARE(spc.cloudName(), QStringLiteral("AzurePublicCloud"));
    QCOMPARE(spc.objects.size(), 2);
    QCOMPARE(spc.objects.at(0).objectName, QStringLiteral("db-password"));
    QCOMPARE(spc.objects.at(1).objectType, QStringLiteral("cert"));
    QCOMPARE(spc.secretObjectNames, QStringList{QStringLiteral("db")});
    QVERIFY(spc.objectsError.isEmpty());
    QCOMPARE(spc.validationProblems(), QStringList());
}

void TestSecretsStore::validation_data()
{
    QTest::addColumn<Params>("parameters");
    QTest::addColumn<QString>("expectedFragment");
    const QString objects = QStringLiteral("array:\n  - |\n    objectName: a\n    objectType: secret\n");
    QTest::newRow("no keyvaultName") << Params{{QStringLiteral("tenantID"), QStringLiteral("t")}, {QStringLiteral("objects"), objects}}
                                     << QStringLiteral("keyvaultName is not set");
    QTest::newRow("no tenant") << Params{{QStringLiteral("keyvaultName"), QStringLiteral("kv1")}, {QStringLiteral("objects"), objects}}
                               << QStringLiteral("tenantID is not set");
    QTest::newRow("bad vault name") << Params{{QStringLiteral("keyvaultName"), QStringLiteral("k")}, {QStringLiteral("tenantID"), QStringLiteral("t")},
                                              {QStringLiteral("objects"), objects}}
                                    << QStringLiteral("not a valid Key Vault name");
    QTest::newRow("no objects") << Params{{QStringLiteral("keyvaultName"), QStringLiteral("kv1")}, {QStringLiteral("tenantID"), QStringLiteral("t")}}
                                << QStringLiteral("objects is not set");
    QTest::newRow("objects not YAML") << Params{{QStringLiteral("keyvaultName"), QStringLiteral("kv1")}, {QStringLiteral("tenantID"), QStringLiteral("t")},
                                                {QStringLiteral("objects"), QStringLiteral("array: [unclosed")}}
                                      << QStringLiteral("not valid YAML");
    QTest::newRow("bad objectType") << Params{{QStringLiteral("keyvaultName"), QStringLiteral("kv1")}, {QStringLiteral("tenantID"), QStringLiteral("t")},
                                              {QStringLiteral("objects"), QStringLiteral("array:\n  - |\n    objectName: a\n    objectType: password\n")}}
                                    << QStringLiteral("objectType \"password\"");
    QTest::newRow("token proxy without clientID")
        << Params{{QStringLiteral("keyvaultName"), QStringLiteral("kv1")}, {QStringLiteral("tenantID"), QStringLiteral("t")},
                  {QStringLiteral("objects"), objects}, {QStringLiteral("useAzureTokenProxy"), QStringLiteral("true")}}
        << QStringLiteral("useAzureTokenProxy needs clientID");
}

void TestSecretsStore::validation()
{
    QFETCH(Params, parameters);
    QFETCH(QString, expectedFragment);
    QJsonObject params;
    for (auto it = parameters.begin(); it != parameters.end(); ++it)
        params.insert(it.key(), it.value());
    const auto spc = parseSecretProviderClass(QJsonObject{
        {QStringLiteral("metadata"), QJsonObject{{QStringLiteral("name"), QStringLiteral("x")}}},
        {QStringLiteral("spec"), QJsonObject{{QStringLiteral("provider"), QStringLiteral("azure")}, {QStringLiteral("parameters"), params}}}});
    const QString problems = spc.validationProblems().join(QLatin1Char('\n'));
    QVERIFY2(problems.contains(expectedFragment), qPrintable(problems));
}

void TestSecretsStore::tenantIdSpellings()
{
    QCOMPARE(spcWith({{QStringLiteral("tenantId"), QStringLiteral("old")}}).tenantId(), QStringLiteral("old"));
    QCOMPARE(spcWith({{QStringLiteral("tenantId"), QStringLiteral("old")}, {QStringLiteral("tenantID"), QStringLiteral("new")}}).tenantId(),
             QStringLiteral("new"));
}

void TestSecretsStore::daemonSetAndCsiDriver()
{
    const auto ds = parseDaemonSet(QJsonDocument::fromJson(R"({"metadata":{"name":"csi-secrets-store","namespace":"kube-system"},
      "spec":{"selector":{"matchLabels":{"app":"secrets-store-csi-driver"}},"template":{"spec":{"nodeSelector":{"kubernetes.io/os":"linux"},
      "containers":[{"name":"node-driver-registrar","image":"r/ndr:v2.10.0"},{"name":"secrets-store","image":"r/driver:v1.4.4"}]}}},
      "status":{"desiredNumberScheduled":3,"currentNumberScheduled":3,"numberReady":2,"numberAvailable":2,"updatedNumberScheduled":3}})")
                                   .object());
    QCOMPARE(ds.selector.value(QStringLiteral("app")), QStringLiteral("secrets-store-csi-driver"));
    QCOMPARE(ds.images.size(), 2);
    QCOMPARE(ds.desired, 3);
    QCOMPARE(ds.ready, 2);
    QVERIFY(!ds.fullyReady());
    const auto csi = parseCsiDriver(QJsonDocument::fromJson(R"({"metadata":{"name":"secrets-store.csi.k8s.io"},
      "spec":{"podInfoOnMount":true,"tokenRequests":[{"audience":"api://AzureADTokenExchange"}]}})")
                                        .object());
    QVERIFY(csi.podInfoOnMount);
    QCOMPARE(csi.tokenAudiences, QStringList{QStringLiteral("api://AzureADTokenExchange")});
}

QTEST_GUILESS_MAIN(TestSecretsStore)
#include "tst_secretsstore.moc"
