// SPDX-License-Identifier: MIT
#include "core/inventory.h"

#include "inventoryfixture.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace kvd;

using namespace kvd::fixture;

namespace {
// Golden text of an inventory: one line per node, app and problem.
QStringList print(const Inventory &inventory)
{
    QStringList lines;
    auto health = [](const std::optional<KubePod> &pod) { return pod ? podHealthId(podHealthOf(*pod)) : QStringLiteral("missing"); };
    for (const auto &n : inventory.nodes) {
        lines << QStringLiteral("node %1%2 driver=%3 provider=%4 apps=%5 problems=%6")
                     .arg(n.node.name, n.known ? QString() : QStringLiteral(" (unknown)"), health(n.driver), health(n.provider))
                     .arg(n.apps.size())
                     .arg(n.problemCount);
        for (const auto &a : n.apps)
            lines << QStringLiteral("  app %1/%2 spc=%3%4 mode=%5 events=%6%7")
                         .arg(a.pod.namespaceName, a.pod.name, a.secretProviderClass,
                              a.secretProviderClassFound ? QString() : QStringLiteral("(absent)"), identityModeId(a.identityMode))
                         .arg(a.events.size())
                         .arg(a.mountFailing() ? QStringLiteral(" FAILING") : QString());
    }
    for (const auto &p : inventory.problems)
        lines << QStringLiteral("problem %1 %2 %3").arg(severityId(p.severity), p.id, p.node.isEmpty() ? p.pod : p.node);
    return lines;
}

InventoryInput healthyCluster()
{
    InventoryInput in;
    in.nodes = {node(QStringLiteral("aks-nodepool1-0")), node(QStringLiteral("aks-nodepool1-1"))};
    in.pods = {driver(QStringLiteral("aks-nodepool1-0")), driver(QStringLiteral("aks-nodepool1-1")),
               provider(QStringLiteral("aks-nodepool1-0")), provider(QStringLiteral("aks-nodepool1-1")),
               app(QStringLiteral("shop"), QStringLiteral("web-1"), QStringLiteral("aks-nodepool1-0"), QStringLiteral("azure-kv"))};
    KubePod other;
    other.namespaceName = QStringLiteral("shop");
    other.name = QStringLiteral("plain");
    other.nodeName = QStringLiteral("aks-nodepool1-1");
    other.phase = QStringLiteral("Running");
    in.pods << other; // no secrets-store volume: ignored
    in.secretProviderClasses = {spc(QStringLiteral("shop"), QStringLiteral("azure-kv"))};
    in.csiDriver = CsiDriverInfo{QStringLiteral("secrets-store.csi.k8s.io"), true, false, {}};
    return in;
}
}

class TestInventory : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void podHealth_data();
    void podHealth();
    void podRole();
    void healthy();
    void driverMissingOnNode();
    void providerCrashLoop();
    void spcNotFoundAndFailedMount();
    void csiDriverMissingAndDaemonSet();
    void unreadSecretProviderClassesClaimNothing();
    void unknownNodeAndDuplicates();
    void namespaceFilter();
    void json();
    void streamedJsonEqualsDocument();
};

void TestInventory::podHealth_data()
{
    QTest::addColumn<KubePod>("pod");
    QTest::addColumn<QString>("health");
    KubePod ok = driver(QStringLiteral("n-0"));
    QTest::newRow("running ready") << ok << QStringLiteral("healthy");
    KubePod notReady = ok;
    notReady.ready = ConditionStatus::False;
    QTest::newRow("running not ready") << notReady << QStringLiteral("notReady");
    KubePod crash = notReady;
    crash.containers[0].state = KubeContainerStatus::State::Waiting;
    crash.containers[0].reason = QStringLiteral("CrashLoopBackOff");
    crash.containers[0].restartCount = 7;
    QTest::newRow("CrashLoopBackOff") << crash << QStringLiteral("crashLooping");
    KubePod creating = app(QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("n"), QStringLiteral("s"), false);
    QTest::newRow("ContainerCreating") << creating << QStringLiteral("pending");
    KubePod failed = ok;
    failed.phase = QStringLiteral("Failed");
    QTest::newRow("Failed") << failed << QStringLiteral("failed");
    KubePod terminating = ok;
    terminating.terminating = true;
    QTest::newRow("terminating") << terminating << QStringLiteral("terminating");
}

void TestInventory::podHealth()
{
    QFETCH(KubePod, pod);
    QFETCH(QString, health);
    QCOMPARE(podHealthId(podHealthOf(pod)), health);
}

void TestInventory::podRole()
{
    QCOMPARE(podRoleOf(driver(QStringLiteral("n"))), PodRole::Driver);
    QCOMPARE(podRoleOf(provider(QStringLiteral("n"))), PodRole::Provider);
    KubePod helm = provider(QStringLiteral("n"));
    helm.labels[QStringLiteral("app")] = QStringLiteral("csi-secrets-store-provider-azure");
    QCOMPARE(podRoleOf(helm), PodRole::Provider);
    QCOMPARE(podRoleOf(app(QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("n"), QStringLiteral("s"))), PodRole::App);
    QCOMPARE(podRoleOf(KubePod{}), PodRole::Other);
    QCOMPARE(providerPodSelector(), QStringLiteral("app in (secrets-store-provider-azure,csi-secrets-store-provider-azure)"));
}

void TestInventory::healthy()
{
    const Inventory inventory = buildInventory(healthyCluster());
    QCOMPARE(print(inventory), (QStringList{
                                   QStringLiteral("node aks-nodepool1-0 driver=healthy provider=healthy apps=1 problems=0"),
                                   QStringLiteral("  app shop/web-1 spc=azure-kv mode=userAssignedIdentity events=0"),
                                   QStringLiteral("node aks-nodepool1-1 driver=healthy provider=healthy apps=0 problems=0"),
                               }));
    QCOMPARE(inventory.driverVersions, QStringList{QStringLiteral("v1.4.4")});
    QCOMPARE(inventory.providerVersions, QStringList{QStringLiteral("v1.5.3")});
    QCOMPARE(inventory.appPodCount(), 1);
    QCOMPARE(inventory.failingAppPodCount(), 0);
}

void TestInventory::driverMissingOnNode()
{
    InventoryInput in = healthyCluster();
    in.pods.removeAt(0); // the driver of aks-nodepool1-0, where the app runs
    in.pods.removeAt(0); // and of aks-nodepool1-1, which has no app pods
    const Inventory inventory = buildInventory(in);
    QCOMPARE(print(inventory), (QStringList{
                                   QStringLiteral("node aks-nodepool1-0 driver=missing provider=healthy apps=1 problems=1"),
                                   QStringLiteral("  app shop/web-1 spc=azure-kv mode=userAssignedIdentity events=0"),
                                   QStringLiteral("node aks-nodepool1-1 driver=missing provider=healthy apps=0 problems=1"),
                                   QStringLiteral("problem error driver-missing-on-node aks-nodepool1-0"),
                                   QStringLiteral("problem warning driver-missing-on-node aks-nodepool1-1"),
                               }));
    QVERIFY(inventory.problems.first().message.contains(QLatin1String("aks-nodepool1-0")));
}

void TestInventory::providerCrashLoop()
{
    InventoryInput in = healthyCluster();
    KubePod &p = in.pods[2];
    p.ready = ConditionStatus::False;
    p.containers[0].state = KubeContainerStatus::State::Waiting;
    p.containers[0].reason = QStringLiteral("CrashLoopBackOff");
    p.containers[0].restartCount = 12;
    const Inventory inventory = buildInventory(in);
    QCOMPARE(inventory.problems.size(), 1);
    QCOMPARE(inventory.problems.first().id, QStringLiteral("provider-unhealthy"));
    QCOMPARE(inventory.problems.first().severity, InventoryProblem::Severity::Error);
    QVERIFY2(inventory.problems.first().message.contains(QLatin1String("CrashLoopBackOff, 12 restarts")),
             qPrintable(inventory.problems.first().message));
}

void TestInventory::spcNotFoundAndFailedMount()
{
    InventoryInput in = healthyCluster();
    in.pods << app(QStringLiteral("shop"), QStringLiteral("api-1"), QStringLiteral("aks-nodepool1-1"), QStringLiteral("missing-spc"), false)
            << app(QStringLiteral("shop"), QStringLiteral("web-2"), QStringLiteral("aks-nodepool1-1"), QStringLiteral("azure-kv"), false);
    in.events << failedMount(QStringLiteral("shop"), QStringLiteral("web-2"),
                             QStringLiteral("MountVolume.SetUp failed for volume \"secrets-store-inline\" : rpc error: code = Unknown"));
    KubeEvent normal = failedMount(QStringLiteral("shop"), QStringLiteral("web-2"), QStringLiteral("pulled"));
    normal.type = QStringLiteral("Normal");
    in.events << normal; // Normal events are not kept
    const Inventory inventory = buildInventory(in);
    QCOMPARE(print(inventory), (QStringList{
                                   QStringLiteral("node aks-nodepool1-0 driver=healthy provider=healthy apps=1 problems=0"),
                                   QStringLiteral("  app shop/web-1 spc=azure-kv mode=userAssignedIdentity events=0"),
                                   QStringLiteral("node aks-nodepool1-1 driver=healthy provider=healthy apps=2 problems=2"),
                                   QStringLiteral("  app shop/api-1 spc=missing-spc(absent) mode=unknown events=0 FAILING"),
                                   QStringLiteral("  app shop/web-2 spc=azure-kv mode=userAssignedIdentity events=1 FAILING"),
                                   QStringLiteral("problem error spc-not-found aks-nodepool1-1"),
                                   QStringLiteral("problem error app-mount-failing aks-nodepool1-1"),
                               }));
    QCOMPARE(inventory.failingAppPodCount(), 2);
}

void TestInventory::csiDriverMissingAndDaemonSet()
{
    InventoryInput in = healthyCluster();
    in.csiDriver.reset();
    DaemonSetInfo ds;
    ds.namespaceName = QStringLiteral("kube-system");
    ds.name = QStringLiteral("aks-secrets-store-csi-driver");
    ds.selector.insert(QStringLiteral("app"), QStringLiteral("secrets-store-csi-driver"));
    ds.desired = 3;
    ds.ready = 2;
    DaemonSetInfo unrelated;
    unrelated.name = QStringLiteral("kube-proxy");
    unrelated.selector.insert(QStringLiteral("component"), QStringLiteral("kube-proxy"));
    in.daemonSets = {ds, unrelated};
    const Inventory inventory = buildInventory(in);
    QCOMPARE(inventory.daemonSets.size(), 1);
    QStringList ids;
    for (const auto &p : inventory.problems)
        ids << p.id;
    QCOMPARE(ids, (QStringList{QStringLiteral("csidriver-missing"), QStringLiteral("daemonset-not-ready")}));

    in.csiDriverChecked = false; // could not be read: no claim either way
    QVERIFY(buildInventory(in).problems.size() == 1);
}

void TestInventory::unreadSecretProviderClassesClaimNothing()
{
    InventoryInput in = healthyCluster();
    in.secretProviderClasses.clear();
    const auto missingCount = [](const Inventory &inventory) {
        return std::count_if(inventory.problems.cbegin(), inventory.problems.cend(),
                             [](const InventoryProblem &p) { return p.id == QLatin1String("spc-not-found"); });
    };
    QVERIFY(missingCount(buildInventory(in)) > 0); // read and empty: every app's class is missing
    in.secretProviderClassesChecked = false;        // could not be read: no claim either way
    QCOMPARE(missingCount(buildInventory(in)), 0);
}

void TestInventory::unknownNodeAndDuplicates()
{
    InventoryInput in = healthyCluster();
    KubePod second = driver(QStringLiteral("aks-nodepool1-0"));
    second.name = QStringLiteral("csi-secrets-store-old");
    second.phase = QStringLiteral("Running");
    second.ready = ConditionStatus::False;
    in.pods.prepend(second); // an unready duplicate seen first must not hide the healthy one
    in.pods << app(QStringLiteral("shop"), QStringLiteral("ghost"), QStringLiteral("aks-gone-9"), QStringLiteral("azure-kv"));
    const Inventory inventory = buildInventory(in);
    const NodeEntry *n0 = inventory.node(QStringLiteral("aks-nodepool1-0"));
    QVERIFY(n0);
    QCOMPARE(n0->driver->name, QStringLiteral("csi-secrets-store-0"));
    QCOMPARE(n0->extraDaemonPods.size(), 1);
    QCOMPARE(inventory.nodes.last().node.name, QStringLiteral("aks-gone-9"));
    QVERIFY(!inventory.nodes.last().known);
}

void TestInventory::namespaceFilter()
{
    InventoryInput in = healthyCluster();
    in.pods << app(QStringLiteral("billing"), QStringLiteral("pay-1"), QStringLiteral("aks-nodepool1-1"), QStringLiteral("azure-kv"));
    QCOMPARE(buildInventory(in).appPodCount(), 2);
    in.namespaceFilter = QStringLiteral("billing");
    const Inventory inventory = buildInventory(in);
    QCOMPARE(inventory.appPodCount(), 1);
    QCOMPARE(inventory.node(QStringLiteral("aks-nodepool1-1"))->apps.first().pod.name, QStringLiteral("pay-1"));
}

void TestInventory::json()
{
    InventoryInput in = healthyCluster();
    in.pods.removeAt(1);
    in.events << failedMount(QStringLiteral("shop"), QStringLiteral("web-1"), QStringLiteral("MountVolume.SetUp failed"));
    const QJsonObject json = buildInventory(in).toJson();
    const QJsonArray nodes = json.value(QLatin1String("nodes")).toArray();
    QCOMPARE(nodes.size(), 2);
    const QJsonObject n0 = nodes.at(0).toObject();
    QCOMPARE(n0.value(QLatin1String("name")).toString(), QStringLiteral("aks-nodepool1-0"));
    QCOMPARE(n0.value(QLatin1String("ready")).toBool(), true);
    QCOMPARE(n0.value(QLatin1String("os")).toString(), QStringLiteral("linux"));
    QCOMPARE(n0.value(QLatin1String("driver")).toObject().value(QLatin1String("health")).toString(), QStringLiteral("healthy"));
    const QJsonObject app0 = n0.value(QLatin1String("apps")).toArray().at(0).toObject();
    QCOMPARE(app0.value(QLatin1String("secretProviderClass")).toString(), QStringLiteral("azure-kv"));
    QCOMPARE(app0.value(QLatin1String("pod")).toObject().value(QLatin1String("name")).toString(), QStringLiteral("web-1"));
    QCOMPARE(app0.value(QLatin1String("events")).toArray().at(0).toObject().value(QLatin1String("reason")).toString(),
             QStringLiteral("FailedMount"));
    QVERIFY(nodes.at(1).toObject().value(QLatin1String("driver")).isNull());
    const QJsonObject spc0 = json.value(QLatin1String("secretProviderClasses")).toArray().at(0).toObject();
    QCOMPARE(spc0.value(QLatin1String("identityMode")).toString(), QStringLiteral("userAssignedIdentity"));
    QVERIFY(!spc0.value(QLatin1String("parameters")).toObject().contains(QLatin1String("objects")));
    QCOMPARE(json.value(QLatin1String("problems")).toArray().at(0).toObject().value(QLatin1String("id")).toString(),
             QStringLiteral("driver-missing-on-node"));
    QCOMPARE(json.value(QLatin1String("summary")).toObject().value(QLatin1String("appPods")).toInt(), 1);
}

void TestInventory::streamedJsonEqualsDocument()
{
    InventoryInput in = healthyCluster();
    in.pods.removeAt(1);
    in.pods << app(QStringLiteral("shop"), QStringLiteral("web-2"), QStringLiteral("aks-nodepool1-1"), QStringLiteral("nope"), false);
    const Inventory inventory = buildInventory(in);
    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    QVERIFY(inventory.writeJson(&buffer, QJsonObject{{QStringLiteral("context"), QStringLiteral("ctx")}}));
    QJsonParseError error;
    const QJsonDocument streamed = QJsonDocument::fromJson(buffer.data(), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QJsonObject expected = inventory.toJson();
    expected.insert(QStringLiteral("context"), QStringLiteral("ctx"));
    QCOMPARE(streamed.object(), expected);

    const Inventory empty = buildInventory({});
    QBuffer emptyBuffer;
    QVERIFY(emptyBuffer.open(QIODevice::WriteOnly));
    QVERIFY(empty.writeJson(&emptyBuffer));
    QCOMPARE(QJsonDocument::fromJson(emptyBuffer.data()).object(), empty.toJson());
}

QTEST_GUILESS_MAIN(TestInventory)
#include "tst_inventory.moc"
