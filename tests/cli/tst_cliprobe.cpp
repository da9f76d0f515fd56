// SPDX-License-Identifier: MIT
// kvdoctor-cli probe against the simulated cluster: the same verdicts as the ProbeRunner, JSON
// output, consent, and the client secret only on stdin.
#include "core/kubeconfig.h"
#include "core/probeplan.h"
#include "kube/kubeclient.h"
#include "kube/proberunner.h"
#include "sim/simulatedcluster.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace kvd;
using namespace Qt::StringLiterals;

namespace {

struct Result
{
    int exitCode = -1;
    QString out, err;
};

Result runCli(const QStringList &args, const QByteArray &input = {})
{
    QProcess process;
    process.setProgram(QStringLiteral(KVDOCTOR_BIN_DIR "/kvdoctor-cli"));
    process.setArguments(QStringList{u"probe"_s} + args);
    process.start();
    process.write(input);
    process.closeWriteChannel(); // stdin is a pipe, never a terminal
    Result result;
    // The simulated API server runs in this process: keep its event loop turning.
    QSignalSpy done(&process, &QProcess::finished);
    if (!done.wait(120000))
        process.kill();
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

ResolvedContext simContext(const sim::SimulatedCluster &cluster)
{
    const Kubeconfig config = Kubeconfig::fromData(cluster.kubeconfigYaml(), u"sim.yaml"_s);
    QString error;
    const auto resolved = config.resolve(u"kvdoctor-sim"_s, &error);
    if (!resolved)
        qFatal("cannot resolve the simulator's context: %s", qPrintable(error));
    return *resolved;
}

QString firstPod(KubeClient &client, const QString &ns, const QString &prefix)
{
    KubeRequest *request = client.get(u"/api/v1/namespaces/%1/pods"_s.arg(ns));
    request->setAutoDelete(false);
    QSignalSpy done(request, &KubeJob::finished);
    QString name;
    if (done.wait(10000)) {
        for (const QJsonValue &item : request->json().value(u"items"_s).toArray()) {
            const QString candidate = item.toObject().value(u"metadata"_s).toObject().value(u"name"_s).toString();
            if (candidate.startsWith(prefix)) {
                name = candidate;
                break;
            }
        }
    }
    delete request;
    return name;
}

// step id -> "verdict cause"
using Verdicts = QMap<QString, QString>;

Verdicts runnerVerdicts(sim::SimulatedCluster &cluster, const QString &pod)
{
    KubeClient client(simContext(cluster));
    ProbeInputsLoader loader(&client);
    QSignalSpy loaded(&loader, &ProbeInputsLoader::loaded);
    loader.load(u"payments"_s, pod);
    if (!loaded.wait(10000))
        return {};
    ProbePlan plan;
    QStringList errors;
    if (!buildProbePlan(loader.inputs(), &plan, &errors))
        return {};
    ProbeRunner runner(&client, plan);
    runner.setPollInterval(100);
    runner.setReadSecretFromCluster(true);
    QSignalSpy finished(&runner, &ProbeRunner::finished);
    runner.start();
    if (!finished.wait(60000))
        return {};
    Verdicts verdicts;
    for (const ProbeStepResult &r : runner.results())
        verdicts.insert(r.stepId, probeVerdictId(r.verdict) + u' ' + r.causeId);
    return verdicts;
}

Verdicts jsonVerdicts(const QJsonObject &report)
{
    Verdicts verdicts;
    for (const QJsonValue &value : report.value(u"steps"_s).toArray()) {
        const QJsonObject result = value.toObject().value(u"result"_s).toObject();
        verdicts.insert(value.toObject().value(u"id"_s).toString(),
                        result.value(u"verdict"_s).toString() + u' ' + result.value(u"cause"_s).toString());
    }
    return verdicts;
}

} // namespace

class TstCliProbe : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void sameVerdictsAsTheRunner_data();
    void sameVerdictsAsTheRunner();
    void humanOutput();
    void refusesWithoutConsent();
    void clientSecretFromStdin();
    void usageErrors_data();
    void usageErrors();

private:
    QTemporaryDir m_dir;
};

void TstCliProbe::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

void TstCliProbe::sameVerdictsAsTheRunner_data()
{
    QTest::addColumn<QString>("scenario");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("failedStep");
    QTest::addColumn<QString>("cause");
    QTest::newRow("healthy") << u"healthy"_s << 0 << QString() << QString();
    QTest::newRow("egress-blocked") << u"egress-blocked"_s << 3 << ProbeStepIds::tcpVault << u"keyvault-egress-blocked-timeout"_s;
    QTest::newRow("keyvault-403") << u"keyvault-403"_s << 3 << u"object:db-password"_s << u"keyvault-rbac-role-missing"_s;
    QTest::newRow("secret-not-found") << u"secret-not-found"_s << 3 << u"object:db-pasword"_s << u"keyvault-object-not-found"_s;
    QTest::newRow("sp-invalid-secret") << u"sp-invalid-secret"_s << 3 << ProbeStepIds::token << u"sp-invalid-client-secret"_s;
    QTest::newRow("workload-identity-mismatch") << u"workload-identity-mismatch"_s << 3 << ProbeStepIds::token
                                                << u"wi-no-matching-federated-credential"_s;
    QTest::newRow("imds-identity-not-found") << u"imds-identity-not-found"_s << 3 << ProbeStepIds::token << u"imds-identity-not-found"_s;
    QTest::newRow("nmi-404") << u"nmi-404"_s << 3 << ProbeStepIds::token << u"aad-pod-identity-nmi-404"_s;
}

void TstCliProbe::sameVerdictsAsTheRunner()
{
    QFETCH(QString, scenario);
    QFETCH(int, exitCode);
    QFETCH(QString, failedStep);
    QFETCH(QString, cause);
    sim::SimulatedCluster cluster;
    QString error;
    QVERIFY2(cluster.start({scenario, 0, 0, 0}, &error), qPrintable(error));
    const QString kubeconfig = m_dir.filePath(scenario + u".yaml"_s);
    QVERIFY2(cluster.writeKubeconfig(kubeconfig, &error), qPrintable(error));
    KubeClient client(simContext(cluster));
    const QString pod = firstPod(client, u"payments"_s, u"payments-api-"_s);
    QVERIFY(!pod.isEmpty());
    const int podsBefore = cluster.objectCount(QString(), u"pods"_s);

    const Result result = runCli({u"--kubeconfig"_s, kubeconfig, u"--context"_s, u"kvdoctor-sim"_s, u"--pod"_s, u"payments/"_s + pod,
                                  u"--yes"_s, u"--json"_s});
    QVERIFY2(result.exitCode == exitCode, qPrintable(result.err + result.out));
    QJsonParseError parseError;
    const QJsonObject report = QJsonDocument::fromJson(result.out.toUtf8(), &parseError).object();
    QVERIFY2(parseError.error == QJsonParseError::NoError, qPrintable(result.out));
    const QJsonObject summary = report.value(u"summary"_s).toObject();
    QCOMPARE(summary.value(u"verdict"_s).toString(), exitCode == 0 ? u"pass"_s : u"fail"_s);
    QCOMPARE(summary.value(u"failedStep"_s).toString(), failedStep);
    QCOMPARE(summary.value(u"cause"_s).toString(), cause);
    QVERIFY(!summary.value(u"headline"_s).toString().isEmpty());
    QCOMPARE(report.value(u"plan"_s).toObject().value(u"pod"_s).toString(), u"payments/"_s + pod);
    QTRY_COMPARE_WITH_TIMEOUT(cluster.objectCount(QString(), u"pods"_s), podsBefore, 10000);

    const Verdicts cli = jsonVerdicts(report);
    const Verdicts runner = runnerVerdicts(cluster, pod);
    QVERIFY(!runner.isEmpty());
    QCOMPARE(cli, runner);

    // Nothing secret in the output or in any exec argv.
    QVERIFY(!result.out.contains(u"eyJ"_s));
    QVERIFY(!result.out.contains(u"Qx8~demo"_s));
    for (const sim::RecordedRequest &r : cluster.recordedRequests()) {
        const QString target = QUrl::fromPercentEncoding(r.target);
        QVERIFY2(!target.contains(u"eyJ"_s) && !target.contains(u"Qx8~demo"_s), qPrintable(target));
    }
}

void TstCliProbe::humanOutput()
{
    sim::SimulatedCluster cluster;
    QString error;
    QVERIFY2(cluster.start({u"keyvault-403"_s, 0, 0, 0}, &error), qPrintable(error));
    const QString kubeconfig = m_dir.filePath(u"human.yaml"_s);
    QVERIFY(cluster.writeKubeconfig(kubeconfig, &error));
    KubeClient client(simContext(cluster));
    const QString pod = firstPod(client, u"payments"_s, u"payments-api-"_s);
    const Result result = runCli({u"--kubeconfig"_s, kubeconfig, u"--pod"_s, u"payments/"_s + pod, u"--yes"_s});
    QCOMPARE(result.exitCode, 3);
    QVERIFY2(result.out.contains(u"[PASS] DNS: kv-payments-prod.vault.azure.net"_s), qPrintable(result.out));
    QVERIFY(result.out.contains(u"[FAIL] Get secret \"db-password\""_s));
    QVERIFY(result.out.contains(u"Cause: keyvault-rbac-role-missing"_s));
    QVERIFY(result.out.contains(u"Key Vault Secrets User"_s));
    QVERIFY(result.out.contains(u"Identity: Workload identity"_s));
}

void TstCliProbe::refusesWithoutConsent()
{
    sim::SimulatedCluster cluster;
    QString error;
    QVERIFY2(cluster.start({u"healthy"_s, 0, 0, 0}, &error), qPrintable(error));
    const QString kubeconfig = m_dir.filePath(u"consent.yaml"_s);
    QVERIFY(cluster.writeKubeconfig(kubeconfig, &error));
    cluster.clearRecordedRequests();
    const Result result = runCli({u"--kubeconfig"_s, kubeconfig, u"--pod"_s, u"payments/payments-api-x"_s}, "y\n");
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains(u"--yes"_s), qPrintable(result.err));
    // Refused before talking to the cluster at all.
    QVERIFY(cluster.recordedRequests().isEmpty());
}

void TstCliProbe::clientSecretFromStdin()
{
    sim::SimulatedCluster cluster;
    QString error;
    QVERIFY2(cluster.start({u"sp-invalid-secret"_s, 0, 0, 0}, &error), qPrintable(error));
    const QString kubeconfig = m_dir.filePath(u"sp.yaml"_s);
    QVERIFY(cluster.writeKubeconfig(kubeconfig, &error));
    KubeClient client(simContext(cluster));
    const QString pod = firstPod(client, u"payments"_s, u"payments-api-"_s);
    cluster.clearRecordedRequests();
    const QByteArray secret = "typed~Secret\"with\\quotes";
    const Result result = runCli({u"--kubeconfig"_s, kubeconfig, u"--pod"_s, u"payments/"_s + pod, u"--identity"_s, u"sp"_s,
                                  u"--client-secret-stdin"_s, u"--client-id"_s, u"a41c8e07-62d3-4b9f-8e15-c3f7d0a2b964"_s, u"--yes"_s,
                                  u"--json"_s},
                                 secret + '\n');
    QVERIFY2(result.exitCode == 3, qPrintable(result.err + result.out));
    const QJsonObject report = QJsonDocument::fromJson(result.out.toUtf8()).object();
    QCOMPARE(report.value(u"summary"_s).toObject().value(u"cause"_s).toString(), u"sp-invalid-client-secret"_s);
    QVERIFY(!result.out.contains(QString::fromUtf8(secret)));
    QVERIFY(!result.err.contains(QString::fromUtf8(secret)));
    bool viaStdin = false;
    bool secretRead = false;
    for (const sim::RecordedRequest &r : cluster.recordedRequests()) {
        QVERIFY(!QUrl::fromPercentEncoding(r.target).contains(u"typed~Secret"_s));
        for (const QString &arg : r.execCommand)
            QVERIFY(!arg.contains(u"typed~Secret"_s));
        // Escaped for curl's config syntax.
        viaStdin |= r.execStdin.contains("client_secret=typed~Secret\\\"with\\\\quotes\"");
        secretRead |= r.target.contains("/secrets/");
    }
    QVERIFY(viaStdin);
    QVERIFY(!secretRead); // --client-id given: the cluster Secret was not read
}

void TstCliProbe::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    QTest::newRow("no --pod") << QStringList{u"--yes"_s} << u"--pod"_s;
    QTest::newRow("--pod without namespace") << QStringList{u"--pod"_s, u"web"_s, u"--yes"_s} << u"NAMESPACE/NAME"_s;
    QTest::newRow("unknown identity") << QStringList{u"--pod"_s, u"a/b"_s, u"--identity"_s, u"kerberos"_s, u"--yes"_s} << u"kerberos"_s;
    QTest::newRow("bad timeout") << QStringList{u"--pod"_s, u"a/b"_s, u"--pod-timeout"_s, u"soon"_s, u"--yes"_s} << u"--pod-timeout"_s;
    QTest::newRow("unknown option") << QStringList{u"--client-secret"_s, u"x"_s} << u"client-secret"_s;
}

void TstCliProbe::usageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    const Result result = runCli(args);
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains(message), qPrintable(result.err));
}

QTEST_GUILESS_MAIN(TstCliProbe)
#include "tst_cliprobe.moc"
