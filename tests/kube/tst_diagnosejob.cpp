// SPDX-License-Identifier: MIT
#include "kube/diagnosejob.h"
#include "../scenarioexpectations.h"

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
    void scenarios_data() { fixture::addScenarioExpectationRows(); }
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
