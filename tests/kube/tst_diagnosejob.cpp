// SPDX-License-Identifier: MIT
#include "kube/diagnosejob.h"

#include "kube/kubeclient.h"
#include "sim/simulatedcluster.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using namespace kvd;
using namespace Qt::StringLiterals;

namespace {
ResolvedContext simContext(const sim::SimulatedCluster &cluster, const QString &contextName = u"kvdoctor-sim"_s)
{
    const Kubeconfig config = Kubeconfig::fromData(cluster.kubeconfigYaml(), u"sim.yaml"_s);
    QString error;
    const auto resolved = config.resolve(contextName, &error);
    if (!resolved)
        qFatal("cannot resolve the simulator's context: %s", qPrintable(error));
    return *resolved;
}

QString verdictOf(const QList<CheckResult> &checks, const QString &id)
{
    for (const CheckResult &c : checks) {
        if (c.id == id)
            return checkVerdictId(c.verdict);
    }
    return u"absent"_s;
}
} // namespace

class tst_DiagnoseJob : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void scenarios_data()
    {
        QTest::addColumn<QString>("scenario");
        QTest::addColumn<QString>("topCause");
        QTest::addColumn<bool>("offerTest");
        QTest::addColumn<QString>("failedCheck");

        QTest::newRow("healthy") << u"healthy"_s << QString() << false << QString();
        QTest::newRow("nmi-404") << u"nmi-404"_s << u"aad-pod-identity-nmi-404"_s << true << u"logs"_s;
        QTest::newRow("egress-blocked") << u"egress-blocked"_s << u"keyvault-egress-blocked-timeout"_s << true << u"logs"_s;
        QTest::newRow("keyvault-403") << u"keyvault-403"_s << u"keyvault-rbac-role-missing"_s << true << u"logs"_s;
        QTest::newRow("secret-not-found") << u"secret-not-found"_s << u"keyvault-object-not-found"_s << true << u"logs"_s;
        QTest::newRow("sp-invalid-secret") << u"sp-invalid-secret"_s << u"sp-invalid-client-secret"_s << true << u"logs"_s;
        QTest::newRow("workload-identity-mismatch")
            << u"workload-identity-mismatch"_s << u"wi-no-matching-federated-credential"_s << true << u"logs"_s;
        QTest::newRow("imds-identity-not-found") << u"imds-identity-not-found"_s << u"imds-identity-not-found"_s << true << u"logs"_s;
        QTest::newRow("driver-missing-on-node")
            << u"driver-missing-on-node"_s << u"driver-not-registered-on-node"_s << false << u"driver-pod"_s;
        QTest::newRow("provider-crashloop") << u"provider-crashloop"_s << u"provider-pod-unhealthy"_s << false << u"provider-pod"_s;
        QTest::newRow("spc-not-found")
            << u"spc-not-found"_s << u"secretproviderclass-not-found"_s << false << u"secret-provider-class"_s;
    }
    void scenarios()
    {
        QFETCH(QString, scenario);
        QFETCH(QString, topCause);
        QFETCH(bool, offerTest);
        QFETCH(QString, failedCheck);

        sim::SimulatedCluster cluster;
        QString error;
        QVERIFY2(cluster.start({scenario, 0, 0, 0}, &error), qPrintable(error));
        KubeClient client(simContext(cluster));
        DiagnoseJob job(&client);
        QSignalSpy finished(&job, &DiagnoseJob::finished);
        QSignalSpy failed(&job, &DiagnoseJob::failed);
        QSignalSpy checks(&job, &DiagnoseJob::checkFinished);
        job.start({});
        QVERIFY(finished.wait(30000) || !failed.isEmpty());
        QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().first().toString()));
        QCOMPARE(job.stage(), DiagnoseJob::Stage::Finished);

        const QJsonObject result = job.resultJson();
        QCOMPARE(result.value(u"topCause"_s).toString(), topCause);
        QCOMPARE(job.nextStep().offerConnectivityTest, offerTest);
        QVERIFY(!job.nextStep().reason.isEmpty());
        QCOMPARE(checks.size(), job.checks().size());
        if (scenario == u"healthy"_s) {
            QVERIFY(job.targetPod().isEmpty());
            return;
        }
        QVERIFY(!job.targetPod().isEmpty());
        QCOMPARE(verdictOf(job.checks(), u"pod"_s), u"fail"_s);
        QCOMPARE(verdictOf(job.checks(), failedCheck), u"fail"_s);
        // The simulator's default user may create and exec into pods.
        QCOMPARE(verdictOf(job.checks(), u"permissions"_s), u"pass"_s);
        // The report carries the findings with excerpts from the logs read.
        const ReportInput input = job.reportInput();
        QVERIFY(input.inventory.has_value());
        QVERIFY(!input.findings.isEmpty());
        QCOMPARE(input.findings.first().cause, topCause);
        if (failedCheck == u"logs"_s) {
            QVERIFY(!job.logs().isEmpty());
            const Evidence &e = input.findings.first().evidence.first();
            QCOMPARE(e.kind, Evidence::Kind::LogLine);
            const auto excerpt = input.excerpt(e, 2, 2);
            QVERIFY(!excerpt.isEmpty());
            const auto at = std::find_if(excerpt.cbegin(), excerpt.cend(), [&](const auto &l) { return l.first == e.line; });
            QVERIFY(at != excerpt.cend());
            QCOMPARE(at->second, e.text);
        }
    }

    void namedPodAndTimeRange()
    {
        sim::SimulatedCluster cluster;
        QString error;
        QVERIFY2(cluster.start({u"healthy"_s, 0, 0, 0}, &error), qPrintable(error));
        KubeClient client(simContext(cluster));
        DiagnoseJob job(&client);
        QSignalSpy finished(&job, &DiagnoseJob::finished);
        DiagnoseOptions options;
        options.namespaceName = u"does-not-exist"_s;
        options.pod = u"nope"_s;
        options.sinceSeconds = 900;
        job.start(options);
        QVERIFY(finished.wait(30000));
        QCOMPARE(verdictOf(job.checks(), u"pod"_s), u"fail"_s);
        QVERIFY(!job.nextStep().offerConnectivityTest);
    }

    void cancelStops()
    {
        sim::SimulatedCluster cluster;
        QString error;
        QVERIFY2(cluster.start({u"nmi-404"_s, 0, 0, 0}, &error), qPrintable(error));
        KubeClient client(simContext(cluster));
        DiagnoseJob job(&client);
        QSignalSpy failed(&job, &DiagnoseJob::failed);
        QSignalSpy finished(&job, &DiagnoseJob::finished);
        job.start({});
        job.cancel();
        QCOMPARE(failed.size(), 1);
        QVERIFY(!job.isRunning());
        QTest::qWait(200);
        QCOMPARE(finished.size(), 0);
    }
};

QTEST_GUILESS_MAIN(tst_DiagnoseJob)
#include "tst_diagnosejob.moc"
