// SPDX-License-Identifier: MIT
// The inventory read from the simulated AKS cluster over real TLS, per scenario.
#include "core/kubeconfig.h"
#include "kube/clustersession.h"
#include "kube/inventorycollector.h"
#include "kube/kubeclient.h"
#include "sim/simulatedcluster.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace kvd;

namespace {
ResolvedContext simContext(const sim::SimulatedCluster &cluster, const QString &contextName = QStringLiteral("kvdoctor-sim"))
{
    const Kubeconfig config = Kubeconfig::fromData(cluster.kubeconfigYaml(), QStringLiteral("sim.yaml"));
    QString error;
    const auto resolved = config.resolve(contextName, &error);
    if (!resolved)
        qFatal("cannot resolve the simulator's context: %s", qPrintable(error));
    return *resolved;
}

QStringList problemIds(const Inventory &inventory, InventoryProblem::Severity severity)
{
    QStringList ids;
    for (const auto &problem : inventory.problems) {
        if (problem.severity == severity && !ids.contains(problem.id))
            ids << problem.id;
    }
    return ids;
}
}

class TestInventoryCollector : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void scenario_data();
    void scenario();
    void countsAtScale();
    void namespaceFilter();
    void partialDataOnForbiddenResource();
    void failsClearlyWhenPodsCannotBeListed();
    void sessionStates();
    void sessionReportsUnreachableServer();
    void sessionLiveUpdates();
    void sessionRelistsWhenWatchExpires();
};

void TestInventoryCollector::scenario_data()
{
    QTest::addColumn<QString>("scenario");
    QTest::addColumn<QStringList>("errorIds");
    QTest::newRow("healthy") << QStringLiteral("healthy") << QStringList{};
    QTest::newRow("driver-missing-on-node") << QStringLiteral("driver-missing-on-node")
                                            << QStringList{QStringLiteral("driver-missing-on-node"), QStringLiteral("provider-missing-on-node"),
                                                           QStringLiteral("app-mount-failing")};
    QTest::newRow("provider-crashloop") << QStringLiteral("provider-crashloop")
                                        << QStringList{QStringLiteral("provider-unhealthy"), QStringLiteral("app-mount-failing")};
    QTest::newRow("spc-not-found") << QStringLiteral("spc-not-found") << QStringList{QStringLiteral("spc-not-found")};
    QTest::newRow("nmi-404") << QStringLiteral("nmi-404") << QStringList{QStringLiteral("app-mount-failing")};
}

void TestInventoryCollector::scenario()
{
    QFETCH(QString, scenario);
    QFETCH(QStringList, errorIds);
    sim::SimulatedCluster cluster;
    QString error;
    QVERIFY2(cluster.start({scenario, 0, 0, 0}, &error), qPrintable(error));
    KubeClient client(simContext(cluster));
    InventoryCollector collector(&client);
    QSignalSpy finished(&collector, &InventoryCollector::finished);
    QSignalSpy failed(&collector, &InventoryCollector::failed);
    collector.start();
    QVERIFY(finished.wait(20000));
    QCOMPARE(failed.count(), 0);
    QCOMPARE(collector.warnings(), QStringList());
    const Inventory inventory = collector.inventory();
    QCOMPARE(inventory.nodes.size(), cluster.objectCount(QString(), QStringLiteral("nodes")));
    QVERIFY(inventory.appPodCount() > 0);
    QVERIFY(inventory.csiDriver.has_value());
    QVERIFY(!inventory.secretProviderClasses.isEmpty());
    QVERIFY(!inventory.driverVersions.isEmpty());
    QVERIFY(!inventory.providerVersions.isEmpty());
    QStringList errors = problemIds(inventory, InventoryProblem::Severity::Error);
    errors.sort();
    errorIds.sort();
    QCOMPARE(errors, errorIds);
    if (scenario != QLatin1String("healthy")) {
        QVERIFY(inventory.failingAppPodCount() > 0 || !errors.isEmpty());
        // The failing app pods carry the kubelet's FailedMount events.
        bool sawEvent = scenario == QLatin1String("spc-not-found") || scenario == QLatin1String("driver-missing-on-node");
        for (const auto &node : inventory.nodes) {
            for (const auto &app : node.apps) {
                for (const auto &event : app.events)
                    sawEvent = sawEvent || event.reason == QLatin1String("FailedMount");
            }
        }
        QVERIFY(sawEvent);
    }
}

void TestInventoryCollector::countsAtScale()
{
    sim::SimulatedCluster cluster;
    QString error;
    QVERIFY2(cluster.start({QStringLiteral("healthy"), 60, 2400, 0}, &error), qPrintable(error));
    KubeClient client(simContext(cluster));
    InventoryCollector collector(&client);
    QSignalSpy finished(&collector, &InventoryCollector::finished);
    QSignalSpy updated(&collector, &InventoryCollector::updated);
    collector.start({{}, 100}); // small pages: many staged updates
    QVERIFY(finished.wait(60000));
    const Inventory inventory = collector.inventory();
    QCOMPARE(inventory.nodes.size(), 60);
    QCOMPARE(collector.podsSeen(), qint64(cluster.objectCount(QString(), QStringLiteral("pods"))));
    QVERIFY(updated.count() > 24); // at least one update per pod page
    int linuxNodes = 0, withDriver = 0, withProvider = 0;
    for (const auto &node : inventory.nodes) {
        linuxNodes += node.isWindows() ? 0 : 1;
        withDriver += node.driver ? 1 : 0;
        withProvider += node.provider ? 1 : 0;
    }
    QVERIFY(withDriver >= linuxNodes);
    QVERIFY(withProvider >= linuxNodes);
    // ~10 % of the pods are application pods with the CSI volume.
    QVERIFY2(inventory.appPodCount() > 2400 / 20 && inventory.appPodCount() < 2400 / 5,
             qPrintable(QString::number(inventory.appPodCount())));
    QCOMPARE(problemIds(inventory, InventoryProblem::Severity::Error), QStringList());
}

void TestInventoryCollector::namespaceFilter()
{
    sim::SimulatedCluster cluster;
    QString error;
    QVERIFY2(cluster.start({QStringLiteral("healthy"), 0, 0, 0}, &error), qPrintable(error));
    KubeClient client(simContext(cluster));
    InventoryCollector all(&client);
    QSignalSpy allDone(&all, &InventoryCollector::finished);
    all.start();
    QVERIFY(allDone.wait(20000));
    const Inventory everything = all.inventory();
    const QString ns = everything.nodes.constFirst().apps.isEmpty() ? everything.nodes.at(2).apps.constFirst().pod.namespaceName
                                                                     : everything.nodes.constFirst().apps.constFirst().pod.namespaceName;
    InventoryCollector filtered(&client);
    QSignalSpy done(&filtered, &InventoryCollector::finished);
    filtered.start({ns, 500});
    QVERIFY(done.wait(20000));
    const Inventory inventory = filtered.inventory();
    QVERIFY(inventory.appPodCount() > 0);
    QVERIFY(inventory.appPodCount() < everything.appPodCount());
    for (const auto &node : inventory.nodes) {
        for (const auto &app : node.apps)
            QCOMPARE(app.pod.namespaceName, ns);
    }
    // The DaemonSet pods (kube-system) are still found, by label.
    QCOMPARE(problemIds(inventory, InventoryProblem::Severity::Error), QStringList());
}

void TestInventoryCollector::partialDataOnForbiddenResource()
{
    sim::SimulatedCluster cluster;
    QString error;
    QVERIFY2(cluster.start({QStringLiteral("healthy"), 0, 0, 0}, &error), qPrintable(error));
    cluster.injectFailure(403, 1, QStringLiteral("/apis/secrets-store.csi.x-k8s.io/v1/secretproviderclasses"));
    KubeClient client(simContext(cluster));
    InventoryCollector collector(&client);
    QSignalSpy finished(&collector, &InventoryCollector::finished);
    collector.start();
    QVERIFY(finished.wait(20000));
    QCOMPARE(collector.warnings().size(), 1);
    QVERIFY2(collector.warnings().constFirst().contains(QLatin1String("secretproviderclasses")), qPrintable(collector.warnings().constFirst()));
    QVERIFY(collector.inventory().secretProviderClasses.isEmpty());
    QVERIFY(!collector.inventory().nodes.isEmpty());
}

void TestInventoryCollector::failsClearlyWhenPodsCannotBeListed()
{
    sim::SimulatedCluster cluster;
    QString error;
    QVERIFY2(cluster.start({QStringLiteral("healthy"), 0, 0, 0}, &error), qPrintable(error));
    cluster.injectFailure(403, 1, QStringLiteral("/api/v1/pods"));
    KubeClient client(simContext(cluster));
    InventoryCollector collector(&client);
    QSignalSpy failed(&collector, &InventoryCollector::failed);
    QSignalSpy finished(&collector, &InventoryCollector::finished);
    collector.start();
    QVERIFY(failed.wait(20000));
    const auto kubeError = failed.first().first().value<KubeError>();
    QCOMPARE(kubeError.httpStatus, 403);
    QVERIFY(!kubeError.message.isEmpty());
    QTest::qWait(200); // nothing else may arrive after the failure
    QCOMPARE(finished.count(), 0);
}

void TestInventoryCollector::sessionStates()
{
    sim::SimulatedCluster cluster;
    QString error;
    QVERIFY2(cluster.start({QStringLiteral("provider-crashloop"), 0, 0, 0}, &error), qPrintable(error));
    ClusterSession session;
    QSignalSpy states(&session, &ClusterSession::stateChanged);
    QSignalSpy changed(&session, &ClusterSession::inventoryChanged);
    session.connectTo(simContext(cluster));
    QTRY_COMPARE_WITH_TIMEOUT(session.state(), ClusterSession::State::Connected, 20000);
    QList<ClusterSession::State> seen;
    for (const auto &args : states)
        seen << args.first().value<ClusterSession::State>();
    QCOMPARE(seen, (QList<ClusterSession::State>{ClusterSession::State::Connecting, ClusterSession::State::Loading,
                                                 ClusterSession::State::Connected}));
    QVERIFY(session.serverVersion().startsWith(QLatin1Char('v')));
    QVERIFY(changed.count() >= 1);
    QVERIFY(!session.inventory().problems.isEmpty());
    QVERIFY(session.kubectlCommands().constFirst().startsWith(QLatin1String("kubectl --context 'kvdoctor-sim' get nodes")));
    session.refresh();
    QCOMPARE(session.state(), ClusterSession::State::Loading);
    QTRY_COMPARE_WITH_TIMEOUT(session.state(), ClusterSession::State::Connected, 20000);
    session.disconnectFromCluster();
    QCOMPARE(session.state(), ClusterSession::State::Disconnected);
    QCOMPARE(session.inventory().nodes.size(), 0);
}

void TestInventoryCollector::sessionReportsUnreachableServer()
{
    sim::SimulatedCluster cluster;
    QString error;
    QVERIFY2(cluster.start({QStringLiteral("healthy"), 0, 0, 0}, &error), qPrintable(error));
    ResolvedContext context = simContext(cluster);
    cluster.stop();
    ClusterSession session;
    session.connectTo(context);
    QTRY_COMPARE_WITH_TIMEOUT(session.state(), ClusterSession::State::Failed, 20000);
    QVERIFY(!session.stateMessage().isEmpty());
}

void TestInventoryCollector::sessionLiveUpdates()
{
    sim::SimulatedCluster cluster;
    QString error;
    QVERIFY2(cluster.start({QStringLiteral("healthy"), 0, 0, 0}, &error), qPrintable(error));
    ClusterSession session;
    session.connectTo(simContext(cluster));
    QTRY_COMPARE_WITH_TIMEOUT(session.state(), ClusterSession::State::Connected, 20000);
    const auto appsOn = [&session](const QString &node) {
        QStringList names;
        if (const NodeEntry *entry = session.inventory().node(node)) {
            for (const AppPodEntry &app : entry->apps)
                names << app.pod.name;
        }
        return names;
    };
    const QString node = QStringLiteral("aks-userpool-38291746-vmss000000");
    const QString pod = QStringLiteral("orders-worker-rq92qrhw72-qg57f");
    QVERIFY(appsOn(node).contains(pod));
    QSignalSpy changed(&session, &ClusterSession::inventoryChanged);
    // Deleted through the client: the pod watch removes it from the inventory without a refresh.
    KubeRequest *request = session.client()->remove(QStringLiteral("/api/v1/namespaces/orders/pods/") + pod,
                                                    QJsonObject{{QStringLiteral("gracePeriodSeconds"), 0}});
    QSignalSpy done(request, &KubeJob::finished);
    QVERIFY(done.wait(10000));
    QTRY_VERIFY_WITH_TIMEOUT(!appsOn(node).contains(pod), 10000);
    QVERIFY(changed.count() >= 1);
    QCOMPARE(session.state(), ClusterSession::State::Connected);
    // The driver pod of the node is still there: only the deleted pod went.
    QVERIFY(session.inventory().node(node)->driver.has_value());
    QCOMPARE(appsOn(node).size(), 2);
}

void TestInventoryCollector::sessionRelistsWhenWatchExpires()
{
    sim::SimulatedCluster cluster;
    QString error;
    QVERIFY2(cluster.start({QStringLiteral("healthy"), 0, 0, 0}, &error), qPrintable(error));
    ClusterSession session;
    session.connectTo(simContext(cluster));
    QTRY_COMPARE_WITH_TIMEOUT(session.state(), ClusterSession::State::Connected, 20000);
    QSignalSpy states(&session, &ClusterSession::stateChanged);
    // etcd compacts past the watches' position and the connections drop: resuming gives 410.
    cluster.compact();
    cluster.dropConnections();
    QTRY_VERIFY_WITH_TIMEOUT(std::any_of(states.begin(), states.end(),
                                         [](const QList<QVariant> &args) {
                                             return args.first().value<ClusterSession::State>() == ClusterSession::State::Loading;
                                         }),
                             20000);
    QTRY_COMPARE_WITH_TIMEOUT(session.state(), ClusterSession::State::Connected, 20000);
    QCOMPARE(session.stateMessage(), QString()); // the fresh lists replaced the stale warning
    QVERIFY(!session.inventory().nodes.isEmpty());
}

QTEST_GUILESS_MAIN(TestInventoryCollector)
#include "tst_inventorycollector.moc"
