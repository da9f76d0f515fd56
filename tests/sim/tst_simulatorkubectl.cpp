// SPDX-License-Identifier: MIT
// The real kubectl against the simulated cluster: what a support engineer would type must work.
#include "sim/simulatedcluster.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using kvd::sim::SimulatedCluster;
using kvd::sim::SimulatorOptions;

class TestSimulatorKubectl : public QObject
{
    Q_OBJECT

private:
    struct Result
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };

    // kubectl runs asynchronously while this thread's event loop spins (QSignalSpy::wait).
    Result kubectl(const QStringList &args, const QByteArray &stdinData = {})
    {
        QProcess process;
        process.setProgram(m_kubectl);
        process.setArguments(QStringList{u"--kubeconfig"_s, m_kubeconfig, u"--cache-dir"_s, m_dir.filePath(u"cache"_s),
                                         u"--request-timeout=60s"_s} + args);
        QSignalSpy finished(&process, &QProcess::finished);
        process.start();
        if (!stdinData.isEmpty())
            process.write(stdinData);
        process.closeWriteChannel();
        Result r;
        if (!finished.wait(120000)) {
            process.kill();
            process.waitForFinished();
            r.err = "kubectl timed out";
            return r;
        }
        r.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        r.out = process.readAllStandardOutput();
        r.err = process.readAllStandardError();
        return r;
    }

    QString m_kubectl;
    QTemporaryDir m_dir;
    QString m_kubeconfig;
    SimulatedCluster m_cluster;

private Q_SLOTS:
    void initTestCase()
    {
        m_kubectl = QStandardPaths::findExecutable(u"kubectl"_s);
        if (m_kubectl.isEmpty())
            QSKIP("kubectl is not installed");
        QVERIFY(m_dir.isValid());
        QString error;
        QVERIFY2(m_cluster.start(SimulatorOptions{u"keyvault-403"_s}, &error), qPrintable(error));
        m_kubeconfig = m_dir.filePath(u"kubeconfig"_s);
        QVERIFY2(m_cluster.writeKubeconfig(m_kubeconfig, &error), qPrintable(error));
    }

    void getNodes()
    {
        const Result r = kubectl({u"get"_s, u"nodes"_s});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(r.out.startsWith("NAME "));
        QVERIFY(QString::fromUtf8(r.out).contains(QRegularExpression(u"\\naks-userpool-38291746-vmss000000 +Ready +agent"_s)));
        QCOMPARE(r.out.count('\n'), m_cluster.objectCount(QString(), u"nodes"_s) + 1);
    }

    void getPodsJson()
    {
        const Result r = kubectl({u"get"_s, u"pods"_s, u"-A"_s, u"-o"_s, u"json"_s, u"--chunk-size=20"_s});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject list = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(list.value(u"items"_s).toArray().size(), m_cluster.objectCount(QString(), u"pods"_s));
        // It paged through the simulator with continue tokens.
        int continued = 0;
        for (const auto &req : m_cluster.recordedRequests())
            continued += req.target.contains("continue=") ? 1 : 0;
        QVERIFY(continued >= 2);
    }

    void tokenContextCanList()
    {
        const Result r = kubectl({u"--context"_s, u"kvdoctor-sim-token"_s, u"get"_s, u"pods"_s, u"-n"_s, u"payments"_s});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(r.out.contains("ContainerCreating"));
    }

    void getSecretProviderClasses()
    {
        const Result r = kubectl({u"get"_s, u"secretproviderclasses"_s, u"-A"_s});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(r.out.startsWith("NAMESPACE "));
        QVERIFY(r.out.contains("payments-kv"));
        QCOMPARE(r.out.count('\n'), m_cluster.objectCount(u"secrets-store.csi.x-k8s.io"_s, u"secretproviderclasses"_s) + 1);
    }

    void logs()
    {
        const Result pods = kubectl({u"get"_s, u"pods"_s, u"-n"_s, u"kube-system"_s, u"-l"_s, u"app=secrets-store-provider-azure"_s,
                                     u"--field-selector"_s, u"spec.nodeName=aks-userpool-38291746-vmss000000"_s, u"-o"_s, u"name"_s});
        QVERIFY2(pods.exitCode == 0, pods.err.constData());
        const QString provider = QString::fromUtf8(pods.out.trimmed());
        QVERIFY(provider.startsWith(u"pod/aks-secrets-store-provider-azure-"_s));
        const Result tail = kubectl({u"logs"_s, u"-n"_s, u"kube-system"_s, provider, u"--tail=2"_s});
        QCOMPARE(tail.out.count('\n'), 2);
        const Result all = kubectl({u"logs"_s, u"-n"_s, u"kube-system"_s, provider});
        QVERIFY2(all.exitCode == 0, all.err.constData());
        QVERIFY(all.out.contains("ForbiddenByRbac"));
        const Result recent = kubectl({u"logs"_s, u"-n"_s, u"kube-system"_s, provider, u"--since=1h"_s});
        QVERIFY2(recent.exitCode == 0, recent.err.constData());
        QVERIFY(!recent.out.isEmpty());
        QVERIFY(recent.out.size() <= all.out.size());
        QVERIFY(all.out.contains(tail.out)); // lines may be logged after the tail was read
        const Result waiting = kubectl({u"logs"_s, u"-n"_s, u"payments"_s, u"deploy/payments-api"_s});
        QVERIFY(waiting.exitCode != 0);
        QVERIFY2(waiting.err.contains("is waiting to start: ContainerCreating"), waiting.err.constData());
    }

    void exec_data()
    {
        QTest::addColumn<QStringList>("command");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QByteArray>("out");
        QTest::newRow("echo") << QStringList{u"echo"_s, u"hello from the simulator"_s} << 0 << QByteArray("hello from the simulator\n");
        QTest::newRow("exit 3") << QStringList{u"sh"_s, u"-c"_s, u"echo partial; exit 3"_s} << 3 << QByteArray("partial\n");
        QTest::newRow("getent") << QStringList{u"getent"_s, u"hosts"_s, u"login.microsoftonline.com"_s} << 0
                                << QByteArray("20.190.151.68   www.tm.ak.prd.aadg.trafficmanager.net login.microsoftonline.com\n");
        QTest::newRow("curl keyvault 403") << QStringList{u"curl"_s, u"-s"_s, u"-o"_s, u"/dev/null"_s, u"-w"_s, u"%{http_code}"_s, u"-H"_s,
                                                          u"Authorization: Bearer x"_s, u"https://kv-payments-prod.vault.azure.net/secrets/db-password?api-version=7.4"_s}
                                           << 0 << QByteArray("403");
    }
    void exec()
    {
        QFETCH(QStringList, command);
        QFETCH(int, exitCode);
        QFETCH(QByteArray, out);
        const Result r = kubectl(QStringList{u"exec"_s, u"-n"_s, u"orders"_s, u"deploy/orders-worker"_s, u"--"_s} + command);
        QCOMPARE(r.exitCode, exitCode);
        QCOMPARE(r.out, out);
        if (exitCode != 0)
            QVERIFY2(r.err.contains("command terminated with exit code 3"), r.err.constData());
    }

    void execWithStdin()
    {
        m_cluster.clearRecordedRequests();
        const Result r = kubectl({u"exec"_s, u"-i"_s, u"-n"_s, u"orders"_s, u"deploy/orders-worker"_s, u"--"_s, u"cat"_s}, "piped through stdin\n");
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(r.out, QByteArray("piped through stdin\n"));
        QByteArray received;
        for (const auto &req : m_cluster.recordedRequests())
            received += req.execStdin;
        QCOMPARE(received, QByteArray("piped through stdin\n"));
    }

    void execDeniedForTokenUser()
    {
        const Result r = kubectl({u"--context"_s, u"kvdoctor-sim-token"_s, u"exec"_s, u"-n"_s, u"orders"_s, u"deploy/orders-worker"_s,
                                  u"--"_s, u"echo"_s, u"x"_s});
        QVERIFY(r.exitCode != 0);
        QVERIFY2(r.err.contains("forbidden"), r.err.constData());
    }

    void cliSimulate()
    {
        const QString cli = QStringLiteral(KVDOCTOR_BIN_DIR) + u"/kvdoctor-cli"_s;
        if (!QFileInfo::exists(cli) && !QFileInfo::exists(cli + u".exe"_s))
            QSKIP("kvdoctor-cli is not built");
        QProcess list;
        list.start(cli, {u"simulate"_s, u"--list-scenarios"_s});
        QVERIFY(list.waitForFinished(30000));
        QCOMPARE(list.exitCode(), 0);
        QCOMPARE(list.readAllStandardOutput().count('\n'), SimulatedCluster::scenarioNames().size());

        QProcess bad;
        bad.start(cli, {u"simulate"_s, u"--scenario"_s, u"nope"_s});
        QVERIFY(bad.waitForFinished(30000));
        QCOMPARE(bad.exitCode(), 2);
        QVERIFY(bad.readAllStandardError().contains("unknown scenario \"nope\""));

        const QString kubeconfig = m_dir.filePath(u"cli-kubeconfig"_s);
        QProcess sim;
        QSignalSpy output(&sim, &QProcess::readyReadStandardOutput);
        sim.start(cli, {u"simulate"_s, u"--scenario"_s, u"spc-not-found"_s, u"--write-kubeconfig"_s, kubeconfig});
        QByteArray out;
        QTRY_VERIFY_WITH_TIMEOUT((out += sim.readAllStandardOutput()).endsWith('\n'), 30000);
        QVERIFY2(out.startsWith("ready https://127.0.0.1:"), out.constData());
        QCOMPARE(out.count('\n'), 1);
        const QString saved = m_kubeconfig;
        m_kubeconfig = kubeconfig;
        const Result r = kubectl({u"get"_s, u"secretproviderclasses"_s, u"-n"_s, u"payments"_s, u"-o"_s, u"name"_s});
        m_kubeconfig = saved;
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(r.out, QByteArray("secretproviderclass.secrets-store.csi.x-k8s.io/payments-keyvault\n"));
#ifdef Q_OS_UNIX
        sim.terminate(); // SIGTERM: a clean shutdown
        QVERIFY(sim.waitForFinished(30000));
        QCOMPARE(sim.exitStatus(), QProcess::NormalExit);
        QCOMPARE(sim.exitCode(), 0);
#else
        sim.kill();
        sim.waitForFinished(30000);
#endif
    }

    void deletePod()
    {
        const Result run = kubectl({u"run"_s, u"kvdoctor-probe-test"_s, u"-n"_s, u"default"_s, u"--image=curlimages/curl:8.11.0"_s,
                                    u"--labels=app.kubernetes.io/managed-by=kvdoctor"_s, u"--restart=Never"_s, u"--command"_s, u"--"_s,
                                    u"sleep"_s, u"3600"_s});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const Result wait = kubectl({u"wait"_s, u"-n"_s, u"default"_s, u"--for=condition=Ready"_s, u"pod/kvdoctor-probe-test"_s, u"--timeout=30s"_s});
        QVERIFY2(wait.exitCode == 0, wait.err.constData());
        const Result del = kubectl({u"delete"_s, u"pod"_s, u"-n"_s, u"default"_s, u"kvdoctor-probe-test"_s});
        QVERIFY2(del.exitCode == 0, del.err.constData());
        QCOMPARE(del.out, QByteArray("pod \"kvdoctor-probe-test\" deleted\n"));
        const Result gone = kubectl({u"get"_s, u"pod"_s, u"-n"_s, u"default"_s, u"kvdoctor-probe-test"_s});
        QVERIFY(gone.exitCode != 0);
        QVERIFY2(gone.err.contains("NotFound"), gone.err.constData());
    }
};

QTEST_MAIN(TestSimulatorKubectl)
#include "tst_simulatorkubectl.moc"
