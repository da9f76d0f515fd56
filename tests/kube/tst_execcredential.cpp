// SPDX-License-Identifier: MIT
#include "kube/execcredential.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace kvd;

namespace {
const QString v1 = QStringLiteral("client.authentication.k8s.io/v1");
const QString v1beta1 = QStringLiteral("client.authentication.k8s.io/v1beta1");
const QByteArray certPem = "-----BEGIN CERTIFICATE-----\\nMIIB\\n-----END CERTIFICATE-----\\n";
const QByteArray keyPem = "-----BEGIN EC PRIVATE KEY-----\\nMHc\\n-----END EC PRIVATE KEY-----\\n";
}

class TestExecCredential : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parse_data();
    void parse();
    void execInfo();
    void execInfoWithCluster();
    void missingPlugin();
};

void TestExecCredential::parse_data()
{
    QTest::addColumn<QByteArray>("output");
    QTest::addColumn<QString>("apiVersion");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("token");
    QTest::addColumn<bool>("hasCert");
    QTest::addColumn<QString>("expiration");
    QTest::addColumn<QString>("errorPart");

    QTest::newRow("v1beta1 token with expiry")
        << QByteArray(R"({"kind":"ExecCredential","apiVersion":"client.authentication.k8s.io/v1beta1","spec":{"interactive":false},"status":{"expirationTimestamp":"2024-05-01T12:34:56Z","token":"eyJ0eXAi"}})"
                      "\n")
        << v1beta1 << true << "eyJ0eXAi" << false << "2024-05-01T12:34:56Z" << "";
    QTest::newRow("v1 token without expiry") << QByteArray(R"({"kind":"ExecCredential","apiVersion":"client.authentication.k8s.io/v1","status":{"token":"t"}})")
                                             << v1 << true << "t" << false << "" << "";
    QTest::newRow("v1 client certificate")
        << QByteArray(R"({"kind":"ExecCredential","apiVersion":"client.authentication.k8s.io/v1","status":{"clientCertificateData":")" + certPem
                      + R"(","clientKeyData":")" + keyPem + R"("}})")
        << v1 << true << "" << true << "" << "";
    QTest::newRow("token and certificate")
        << QByteArray(R"({"kind":"ExecCredential","apiVersion":"client.authentication.k8s.io/v1","status":{"token":"x","clientCertificateData":")" + certPem
                      + R"(","clientKeyData":")" + keyPem + R"("}})")
        << v1 << true << "x" << true << "" << "";
    QTest::newRow("fractional expiry") << QByteArray(R"({"kind":"ExecCredential","apiVersion":"client.authentication.k8s.io/v1","status":{"token":"t","expirationTimestamp":"2024-05-01T12:34:56.123+02:00"}})")
                                       << v1 << true << "t" << false << "2024-05-01T10:34:56Z" << "";
    QTest::newRow("apiVersion mismatch") << QByteArray(R"({"kind":"ExecCredential","apiVersion":"client.authentication.k8s.io/v1beta1","status":{"token":"secret-token"}})")
                                         << v1 << false << "" << false << "" << "plugin returned version client.authentication.k8s.io/v1beta1";
    QTest::newRow("no status") << QByteArray(R"({"kind":"ExecCredential","apiVersion":"client.authentication.k8s.io/v1"})")
                               << v1 << false << "" << false << "" << "no status";
    QTest::newRow("empty status") << QByteArray(R"({"kind":"ExecCredential","apiVersion":"client.authentication.k8s.io/v1","status":{}})")
                                  << v1 << false << "" << false << "" << "neither a token nor";
    QTest::newRow("certificate without key")
        << QByteArray(R"({"kind":"ExecCredential","apiVersion":"client.authentication.k8s.io/v1","status":{"clientCertificateData":")" + certPem + R"("}})")
        << v1 << false << "" << false << "" << "without clientKeyData";
    QTest::newRow("key without certificate")
        << QByteArray(R"({"kind":"ExecCredential","apiVersion":"client.authentication.k8s.io/v1","status":{"clientKeyData":")" + keyPem + R"("}})")
        << v1 << false << "" << false << "" << "without clientCertificateData";
    QTest::newRow("base64 certificate instead of PEM")
        << QByteArray(R"({"kind":"ExecCredential","apiVersion":"client.authentication.k8s.io/v1","status":{"clientCertificateData":"TUlJQg==","clientKeyData":"TUhj"}})")
        << v1 << false << "" << false << "" << "not PEM";
    QTest::newRow("bad expiry") << QByteArray(R"({"kind":"ExecCredential","apiVersion":"client.authentication.k8s.io/v1","status":{"token":"t","expirationTimestamp":"tomorrow"}})")
                                << v1 << false << "" << false << "" << "RFC 3339";
    QTest::newRow("wrong kind") << QByteArray(R"({"kind":"Status","apiVersion":"client.authentication.k8s.io/v1","status":{"token":"t"}})")
                                << v1 << false << "" << false << "" << "instead of ExecCredential";
    QTest::newRow("not JSON") << QByteArray("Please sign in first") << v1 << false << "" << false << "" << "not a JSON";
    QTest::newRow("empty output") << QByteArray() << v1 << false << "" << false << "" << "printed nothing";
}

void TestExecCredential::parse()
{
    QFETCH(QByteArray, output);
    QFETCH(QString, apiVersion);
    QFETCH(bool, ok);
    QFETCH(QString, token);
    QFETCH(bool, hasCert);
    QFETCH(QString, expiration);
    QFETCH(QString, errorPart);
    QString error;
    const auto credential = parseExecCredential(output, apiVersion, &error);
    QCOMPARE(bool(credential), ok);
    if (!ok) {
        QVERIFY2(error.contains(errorPart), qPrintable(error));
        QVERIFY2(!error.contains(QLatin1String("secret-token")), "errors must never quote the token");
        return;
    }
    QCOMPARE(credential->token, token);
    QCOMPARE(credential->hasClientCertificate(), hasCert);
    if (hasCert)
        QVERIFY(credential->clientKeyPem.startsWith("-----BEGIN EC PRIVATE KEY-----\n"));
    if (expiration.isEmpty()) {
        QVERIFY(!credential->expiration.isValid());
        QVERIFY(credential->isValidAt(QDateTime::currentDateTimeUtc().addYears(100)));
    } else {
        const QDateTime expected = QDateTime::fromString(expiration, Qt::ISODate);
        QCOMPARE(credential->expiration.toUTC().toSecsSinceEpoch(), expected.toSecsSinceEpoch());
        QVERIFY(credential->isValidAt(expected.addSecs(-1)));
        QVERIFY(!credential->isValidAt(expected.addSecs(1)));
    }
}

void TestExecCredential::execInfo()
{
    ExecConfig config;
    config.apiVersion = v1beta1;
    config.command = QStringLiteral("kubelogin");
    KubeCluster cluster;
    cluster.server = QStringLiteral("https://x:443");
    const QJsonObject info = QJsonDocument::fromJson(execInfoJson(config, cluster)).object();
    QCOMPARE(info.value(QLatin1String("kind")).toString(), QStringLiteral("ExecCredential"));
    QCOMPARE(info.value(QLatin1String("apiVersion")).toString(), v1beta1);
    const QJsonObject spec = info.value(QLatin1String("spec")).toObject();
    QCOMPARE(spec.value(QLatin1String("interactive")), QJsonValue(false));
    QVERIFY(!spec.contains(QLatin1String("cluster")));
}

void TestExecCredential::execInfoWithCluster()
{
    ExecConfig config;
    config.apiVersion = v1;
    config.provideClusterInfo = true;
    KubeCluster cluster;
    cluster.server = QStringLiteral("https://aks.example:443");
    cluster.tlsServerName = QStringLiteral("kubernetes");
    cluster.certificateAuthorityData = "-----BEGIN CERTIFICATE-----\nABC\n-----END CERTIFICATE-----\n";
    cluster.proxyUrl = QStringLiteral("http://proxy:3128");
    cluster.execExtension = R"({"audience":"6dae42f8"})";
    const QJsonObject spec = QJsonDocument::fromJson(execInfoJson(config, cluster)).object().value(QLatin1String("spec")).toObject();
    const QJsonObject info = spec.value(QLatin1String("cluster")).toObject();
    QCOMPARE(info.value(QLatin1String("server")).toString(), cluster.server);
    QCOMPARE(info.value(QLatin1String("tls-server-name")).toString(), QStringLiteral("kubernetes"));
    QCOMPARE(QByteArray::fromBase64(info.value(QLatin1String("certificate-authority-data")).toString().toLatin1()),
             cluster.certificateAuthorityData);
    QCOMPARE(info.value(QLatin1String("proxy-url")).toString(), cluster.proxyUrl);
    QVERIFY(!info.contains(QLatin1String("insecure-skip-tls-verify")));
    QCOMPARE(info.value(QLatin1String("config")).toObject().value(QLatin1String("audience")).toString(),
             QStringLiteral("6dae42f8"));
}

void TestExecCredential::missingPlugin()
{
    ExecConfig config;
    config.apiVersion = v1beta1;
    config.command = QStringLiteral("kubelogin");
    config.installHint = QStringLiteral("kubelogin is not installed which is required to connect to AAD enabled cluster.");
    const QString message = missingExecPluginMessage(config, QStringLiteral("/usr/bin:/bin"));
    QVERIFY(message.contains(QLatin1String("\"kubelogin\" was not found")));
    QVERIFY(message.contains(config.installHint));
    QVERIFY(message.contains(QLatin1String("/usr/bin:/bin")));
#if defined(Q_OS_WIN)
    QVERIFY(message.contains(QLatin1String("winget")));
#elif defined(Q_OS_MACOS)
    QVERIFY(message.contains(QLatin1String("brew install Azure/kubelogin/kubelogin")));
#else
    QVERIFY(message.contains(QLatin1String("PATH")));
#endif
    config.command = QStringLiteral("/opt/tools/kubelogin");
    QVERIFY(missingExecPluginMessage(config, {}).contains(QLatin1String("does not exist")));
}

QTEST_GUILESS_MAIN(TestExecCredential)
#include "tst_execcredential.moc"
