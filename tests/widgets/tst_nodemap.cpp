// SPDX-License-Identifier: MIT
// The node map, its filters, the tree and the details pane, with the main window connected to
// the simulated AKS cluster as `kvdoctor --demo SCENARIO` runs it.
#include "kube/clustersession.h"
#include "models/clustertreemodel.h"
#include "sim/simulatedcluster.h"
#include "widgets/detailspane.h"
#include "widgets/mainwindow.h"
#include "widgets/nodemappage.h"
#include "widgets/nodemapview.h"

#include "widgettestutils.h"

#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QGuiApplication>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTest>
#include <QTreeView>

#include <memory>

using namespace kvd;

namespace {
const QString gpuNode = QStringLiteral("aks-gpupool-38291746-vmss000000");
const QString user0 = QStringLiteral("aks-userpool-38291746-vmss000000");
const QString user1 = QStringLiteral("aks-userpool-38291746-vmss000001");

QString lineFor(const QStringList &lines, const QString &node)
{
    for (const QString &line : lines) {
        if (line.startsWith(node + QStringLiteral(" | ")))
            return line;
    }
    return {};
}
} // namespace

class TestNodeMap : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void scenario_data();
    void scenario();
    void filters();
    void keyboardAndZoom();

private:
    // Starts the simulator and a connected window; the window shows the Node map tab.
    bool open(const QString &scenario);

    QTemporaryDir m_dir;
    std::unique_ptr<sim::SimulatedCluster> m_cluster;
    std::unique_ptr<MainWindow> m_window;
};

void TestNodeMap::initTestCase()
{
    QVERIFY(m_dir.isValid());
    test::isolateSettings(m_dir);
}

bool TestNodeMap::open(const QString &scenario)
{
    m_window.reset();
    m_cluster = std::make_unique<sim::SimulatedCluster>();
    QString error;
    if (!m_cluster->start({scenario, 0, 0, 0}, &error)) {
        qWarning() << error;
        return false;
    }
    const QString kubeconfig = m_dir.filePath(scenario + QStringLiteral(".yaml"));
    if (!m_cluster->writeKubeconfig(kubeconfig, &error)) {
        qWarning() << error;
        return false;
    }
    m_window = std::make_unique<MainWindow>();
    m_window->resize(1400, 900);
    m_window->setKubeconfigFile(kubeconfig);
    m_window->setRequestedContext(QStringLiteral("kvdoctor-sim"));
    m_window->show();
    m_window->startUp();
    m_window->connectedTabs()->setCurrentWidget(m_window->nodeMapPage());
    return true;
}

void TestNodeMap::scenario_data()
{
    QTest::addColumn<QString>("scenario");
    QTest::addColumn<QString>("node");
    QTest::addColumn<QString>("expectedFragment");  // in the node's card description
    QTest::addColumn<QString>("podNamespace");      // a chip to check (colour, details)
    QTest::addColumn<QString>("podName");
    QTest::addColumn<int>("health");
    QTest::addColumn<QString>("detailsFragment");
    QTest::newRow("healthy") << QStringLiteral("healthy") << user0
                             << QStringLiteral("apps: orders/orders-worker-rq92qrhw72-qg57f [Running and ready]")
                             << QStringLiteral("orders") << QStringLiteral("orders-worker-rq92qrhw72-qg57f") << int(PodHealth::Healthy)
                             << QStringLiteral("keyvaultName");
    QTest::newRow("driver-missing-on-node") << QStringLiteral("driver-missing-on-node") << gpuNode
                                            << QStringLiteral("provider: [Missing] | driver: [Missing]") << QStringLiteral("ml")
                                            << QStringLiteral("ml-inference-dltq72wbs6-bkqd5") << int(PodHealth::Pending)
                                            << QStringLiteral("FailedMount");
    QTest::newRow("provider-crashloop") << QStringLiteral("provider-crashloop") << user1
                                        << QStringLiteral("provider: csi-secrets-store-provider-azure-j6zls [Crash-looping]")
                                        << QStringLiteral("kube-system") << QStringLiteral("csi-secrets-store-provider-azure-j6zls")
                                        << int(PodHealth::CrashLooping) << QStringLiteral("CrashLoopBackOff");
    QTest::newRow("nmi-404") << QStringLiteral("nmi-404") << user0 << QStringLiteral("payments/payments-api-q5bg2b98p4-f67q8 [Pending]")
                             << QStringLiteral("payments") << QStringLiteral("payments-api-q5bg2b98p4-f67q8") << int(PodHealth::Pending)
                             << QStringLiteral("FailedMount");
}

void TestNodeMap::scenario()
{
    QFETCH(QString, scenario);
    QFETCH(QString, node);
    QFETCH(QString, expectedFragment);
    QFETCH(QString, podNamespace);
    QFETCH(QString, podName);
    QFETCH(int, health);
    QFETCH(QString, detailsFragment);
    QVERIFY(open(scenario));
    QTRY_COMPARE_WITH_TIMEOUT(m_window->session()->state(), ClusterSession::State::Connected, 20000);
    NodeMapView *map = m_window->nodeMapPage()->mapView();
    QTRY_COMPARE(map->cardCount(), 5 + (scenario == QLatin1String("driver-missing-on-node") ? 1 : 0));
    const QStringList lines = map->cardDescriptions();
    const QString line = lineFor(lines, node);
    QVERIFY2(line.contains(expectedFragment), qPrintable(lines.join(QLatin1Char('\n'))));
    // Missing chips only where a DaemonSet pod is absent on a node with app pods.
    for (const QString &l : lines)
        QCOMPARE(l.contains(QLatin1String("[Missing]")), l.startsWith(gpuNode));
    QVERIFY(lineFor(lines, QStringLiteral("aksnpwin000000")).contains(QLatin1String("Windows, pool npwin")));
    QVERIFY(lineFor(lines, QStringLiteral("aks-nodepool1-38291746-vmss000000")).contains(QLatin1String("apps: none")));

    // The chip is painted in its state's colour, with a glyph and the pod's name.
    const QRect rect = map->visualRect({node, podNamespace, podName});
    QVERIFY(!rect.isEmpty());
    const NodeMapView::ChipInfo chip = map->chipAt(rect.center());
    QCOMPARE(chip.podName, podName);
    QCOMPARE(chip.healthId, podHealthId(PodHealth(health)));
    QCOMPARE(chip.fill, map->chipFill(PodHealth(health)));
    QVERIFY(chip.text.endsWith(podName.left(10)) || chip.text.contains(podName));
    QVERIFY2(!chip.text.at(0).isLetterOrNumber(), qPrintable(chip.text)); // the state glyph
    if (scenario == QLatin1String("driver-missing-on-node")) {
        QRect card = map->visualRect({node, {}, {}});
        // The driver lane is the last one; its missing chip is under the card's bottom-left part.
        bool foundMissing = false;
        for (int y = card.top(); y < card.top() + 200 && !foundMissing; y += 3) {
            const NodeMapView::ChipInfo info = map->chipAt(QPoint(card.left() + 100, y));
            if (info.healthId == QLatin1String("missing")) {
                foundMissing = true;
                QVERIFY(info.text.contains(QLatin1String("missing")));
                QCOMPARE(info.fill, map->chipFill(PodHealth::Missing));
                QVERIFY(info.podName.isEmpty());
            }
        }
        QVERIFY(foundMissing);
    }

    // Clicking the chip selects the pod and the Details dock shows it.
    QTest::mouseClick(map->viewport(), Qt::LeftButton, {}, rect.center());
    QCOMPARE(map->selection(), (MapSelection{node, podNamespace, podName}));
    DetailsPane *details = m_window->detailsPane();
    QCOMPARE(details->selection(), map->selection());
    const QString text = details->plainText();
    QVERIFY2(text.contains(QStringLiteral("Pod %1/%2").arg(podNamespace, podName)), qPrintable(text));
    QVERIFY2(text.contains(detailsFragment), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("Containers")), qPrintable(text));
    if (podNamespace != QLatin1String("kube-system")) {
        QVERIFY2(text.contains(QLatin1String("tenantId")) && text.contains(QLatin1String("Identity mode")), qPrintable(text));
    }
    const QStringList commands = details->kubectlCommands();
    QVERIFY(commands.contains(QStringLiteral("kubectl --context 'kvdoctor-sim' get events -n '%1' --field-selector involvedObject.name='%2'")
                                  .arg(podNamespace, podName)));
    auto *copy = m_window->findChild<QPushButton *>(QStringLiteral("detailsCopyKubectlButton"));
    QTest::mouseClick(copy, Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), commands.join(QLatin1Char('\n')));
    auto *logs = m_window->findChild<QPushButton *>(QStringLiteral("detailsLogsButton"));
    QVERIFY(!logs->isEnabled() || logs->toolTip() != QLatin1String("Log viewer not available yet"));

    // The tree shows the same, including missing pods.
    m_window->nodeMapPage()->setShowTree(true);
    QTreeView *tree = m_window->nodeMapPage()->treeView();
    QVERIFY(tree->isVisible());
    const QModelIndex current = tree->currentIndex();
    QCOMPARE(current.siblingAtColumn(0).data(ClusterTreeModel::PodNameRole).toString(), podName);
    QCOMPARE(current.siblingAtColumn(ClusterTreeModel::StateColumn).data().toString(), podHealthDisplayName(PodHealth(health)));
    const QModelIndex nodeRow = m_window->nodeMapPage()->treeModel()->nodeIndex(node);
    QVERIFY(nodeRow.isValid());
    const bool missing = scenario == QLatin1String("driver-missing-on-node");
    QCOMPARE(nodeRow.model()->index(0, ClusterTreeModel::StateColumn, nodeRow).data().toString() == QLatin1String("Missing"), missing);

    // Selecting a node in the tree selects it on the map and in the details.
    tree->setCurrentIndex(nodeRow);
    QCOMPARE(map->selection(), (MapSelection{node, {}, {}}));
    QVERIFY(details->plainText().contains(QStringLiteral("Node %1").arg(node)));
    QVERIFY(details->plainText().contains(QLatin1String("Kubelet")));
}

void TestNodeMap::filters()
{
    QVERIFY(open(QStringLiteral("driver-missing-on-node")));
    QTRY_COMPARE_WITH_TIMEOUT(m_window->session()->state(), ClusterSession::State::Connected, 20000);
    NodeMapPage *page = m_window->nodeMapPage();
    NodeMapView *map = page->mapView();
    QTRY_COMPARE(map->cardCount(), 6);

    // Typing is debounced: one rebuild for the whole word.
    auto *search = m_window->findChild<QLineEdit *>(QStringLiteral("nodeSearch"));
    const int before = page->applyCount();
    search->setFocus();
    QTest::keyClicks(search, QStringLiteral("gpupool"));
    QCOMPARE(map->cardCount(), 6); // not yet
    QTRY_COMPARE(map->cardCount(), 1);
    QCOMPARE(page->applyCount(), before + 1);
    QVERIFY(map->cardDescriptions().constFirst().startsWith(gpuNode));
    search->clear();
    QTRY_COMPARE(map->cardCount(), 6);
    QTest::keyClicks(search, QStringLiteral("payments-api-q5bg2b98p4-z77p6")); // a pod name
    QTRY_COMPARE(map->cardCount(), 1);
    QVERIFY(map->cardDescriptions().constFirst().startsWith(user1));
    search->clear();
    QTRY_COMPARE(map->cardCount(), 6);

    auto *pool = m_window->findChild<QComboBox *>(QStringLiteral("poolFilter"));
    QVERIFY(pool->findText(QStringLiteral("userpool")) > 0);
    pool->setCurrentIndex(pool->findText(QStringLiteral("userpool")));
    QTRY_COMPARE(map->cardCount(), 2);
    pool->setCurrentIndex(0);

    auto *ns = m_window->findChild<QComboBox *>(QStringLiteral("namespaceFilter"));
    ns->setCurrentIndex(ns->findText(QStringLiteral("billing")));
    QTRY_COMPARE(map->cardCount(), 1);
    QVERIFY(map->cardDescriptions().constFirst().startsWith(QLatin1String("aksnpwin000000")));
    ns->setCurrentIndex(0);

    auto *spc = m_window->findChild<QComboBox *>(QStringLiteral("spcFilter"));
    QVERIFY(spc->count() > 2);
    const int mlSpc = spc->findText(QStringLiteral("ml/"), Qt::MatchStartsWith);
    QVERIFY(mlSpc > 0);
    spc->setCurrentIndex(mlSpc);
    QTRY_COMPARE(map->cardCount(), 1);
    spc->setCurrentIndex(0);
    QTRY_COMPARE(map->cardCount(), 6);

    auto *apps = m_window->findChild<QCheckBox *>(QStringLiteral("onlyAppsCheck"));
    apps->setChecked(true);
    QTRY_COMPARE(map->cardCount(), 4);
    for (const QString &line : map->cardDescriptions())
        QVERIFY2(!line.contains(QLatin1String("apps: none")), qPrintable(line));
    apps->setChecked(false);
    QTRY_COMPARE(map->cardCount(), 6);
    auto *problems = m_window->findChild<QCheckBox *>(QStringLiteral("onlyProblemsCheck"));
    problems->setChecked(true);
    QTRY_VERIFY(map->cardCount() < 6);
    QVERIFY(map->cardCount() >= 1);
    for (const QString &line : map->cardDescriptions())
        QVERIFY2(line.contains(QLatin1String("finding")), qPrintable(line));
    // The tree follows the same filter.
    QCOMPARE(page->treeModel()->rowCount(), map->cardCount());
}

void TestNodeMap::keyboardAndZoom()
{
    QVERIFY(open(QStringLiteral("provider-crashloop")));
    QTRY_COMPARE_WITH_TIMEOUT(m_window->session()->state(), ClusterSession::State::Connected, 20000);
    NodeMapView *map = m_window->nodeMapPage()->mapView();
    QTRY_COMPARE(map->cardCount(), 5);
    map->setFocus();
    QTest::keyClick(map, Qt::Key_Home);
    QCOMPARE(map->selection().node, QStringLiteral("aks-nodepool1-38291746-vmss000000"));
    QTest::keyClick(map, Qt::Key_Right);
    QTest::keyClick(map, Qt::Key_Right);
    QTest::keyClick(map, Qt::Key_Right);
    QCOMPARE(map->selection().node, user1);
    QCOMPARE(m_window->detailsPane()->selection().node, user1);
    // Tab walks into the chips: three app pods, then the provider.
    for (int i = 0; i < 4; ++i)
        QTest::keyClick(map, Qt::Key_Tab);
    QVERIFY(map->hasFocus());
    QTest::keyClick(map, Qt::Key_Return);
    QCOMPARE(map->selection(), (MapSelection{user1, QStringLiteral("kube-system"), QStringLiteral("csi-secrets-store-provider-azure-j6zls")}));
    QVERIFY(m_window->detailsPane()->plainText().contains(QLatin1String("CrashLoopBackOff")));
    QTest::keyClick(map, Qt::Key_Left);
    QCOMPARE(map->selection(), (MapSelection{user0, {}, {}}));

    const double zoom = map->zoom();
    QTest::keyClick(map, Qt::Key_Plus, Qt::ControlModifier);
    QVERIFY(map->zoom() > zoom);
    QTest::keyClick(map, Qt::Key_Minus, Qt::ControlModifier);
    QTest::keyClick(map, Qt::Key_Minus, Qt::ControlModifier);
    QVERIFY(map->zoom() < zoom);
    QTest::keyClick(map, Qt::Key_0, Qt::ControlModifier);
    QCOMPARE(map->zoom(), 1.0);
}

QTEST_MAIN(TestNodeMap)
#include "tst_nodemap.moc"
