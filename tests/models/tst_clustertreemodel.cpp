// SPDX-License-Identifier: MIT
#include "models/clustertreemodel.h"
#include "models/nodefilter.h"

#include "inventoryfixture.h"

#include <QAbstractItemModelTester>
#include <QDebug>
#include <QTest>

using namespace kvd;

namespace {
// Golden text: one line per row, children indented, columns joined with " | ".
QStringList printTree(const QAbstractItemModel &model, const QModelIndex &parent = {}, int depth = 0)
{
    QStringList lines;
    for (int row = 0; row < model.rowCount(parent); ++row) {
        QStringList cells;
        for (int column = 0; column < model.columnCount(parent); ++column)
            cells << model.index(row, column, parent).data().toString();
        lines << QString(depth * 2, QLatin1Char(' ')) + cells.join(QStringLiteral(" | "));
        lines << printTree(model, model.index(row, 0, parent), depth + 1);
    }
    return lines;
}
} // namespace

class TestClusterTreeModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void goldenText();
    void filtered();
    void lookups();
};

void TestClusterTreeModel::goldenText()
{
    ClusterTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    const Inventory inventory = fixture::sampleInventory();
    model.setInventory(inventory, NodeFilter{}.apply(inventory));
    const QStringList expected{
        QStringLiteral("aks-gpu-3 | Node | NotReady | pool gpu, linux, 0 application pod(s), 3 finding(s)"),
        QStringLiteral("  (no pod) | CSI driver | Missing | no pod on this node"),
        QStringLiteral("  (no pod) | Azure provider | Missing | no pod on this node"),
        QStringLiteral("aks-shop-1 | Node | Ready | pool shop, linux, 2 application pod(s), 1 finding(s)"),
        QStringLiteral("  kube-system/csi-secrets-store-1 | CSI driver | Running and ready | Running"),
        QStringLiteral("  kube-system/aks-secrets-store-provider-azure-1 | Azure provider | Running and ready | Running"),
        QStringLiteral("  shop/web-1 | Application | Running and ready | Running, SecretProviderClass kv"),
        QStringLiteral("  shop/cart-2 | Application | Pending | ContainerCreating, SecretProviderClass kv, mount failing"),
        QStringLiteral("aks-shop-2 | Node | Ready | pool shop, linux, 1 application pod(s), 1 finding(s)"),
        QStringLiteral("  (no pod) | CSI driver | Missing | missing on a node with application pods"),
        QStringLiteral("  kube-system/aks-secrets-store-provider-azure-2 | Azure provider | Running and ready | Running"),
        QStringLiteral("  billing/invoice-3 | Application | Running and ready | Running, SecretProviderClass bill"),
        QStringLiteral("aks-system-0 | Node | Ready | pool system, linux, 0 application pod(s)"),
        QStringLiteral("  kube-system/csi-secrets-store-0 | CSI driver | Running and ready | Running"),
        QStringLiteral("  kube-system/aks-secrets-store-provider-azure-0 | Azure provider | Running and ready | Running"),
    };
    const QStringList actual = printTree(model);
    if (actual != expected)
        qWarning().noquote() << actual.join(QLatin1Char('\n'));
    QCOMPARE(actual.join(QLatin1Char('\n')), expected.join(QLatin1Char('\n')));
    QCOMPARE(model.headerData(ClusterTreeModel::StateColumn, Qt::Horizontal).toString(), QStringLiteral("State"));
}

void TestClusterTreeModel::filtered()
{
    ClusterTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const Inventory inventory = fixture::sampleInventory();
    model.setInventory(inventory, NodeFilter{}.apply(inventory));
    NodeFilter filter;
    filter.namespaceName = QStringLiteral("billing");
    model.setInventory(inventory, filter.apply(inventory));
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("aks-shop-2"));
    model.setInventory(inventory, {});
    QCOMPARE(model.rowCount(), 0);
    model.setInventory(inventory, {99, 1}); // out of range rows are dropped
    QCOMPARE(model.rowCount(), 1);
}

void TestClusterTreeModel::lookups()
{
    ClusterTreeModel model;
    const Inventory inventory = fixture::sampleInventory();
    model.setInventory(inventory, NodeFilter{}.apply(inventory));
    const QModelIndex node = model.nodeIndex(QStringLiteral("aks-shop-2"));
    QCOMPARE(node.row(), 2);
    QCOMPARE(node.data(ClusterTreeModel::HealthIdRole).toString(), QStringLiteral("ready"));
    QCOMPARE(model.index(0, 0, node).data(ClusterTreeModel::HealthIdRole).toString(), QStringLiteral("missing"));
    const QModelIndex pod = model.podIndex(QStringLiteral("aks-shop-1"), QStringLiteral("shop"), QStringLiteral("cart-2"));
    QVERIFY(pod.isValid());
    QCOMPARE(pod.data(ClusterTreeModel::HealthIdRole).toString(), QStringLiteral("pending"));
    QCOMPARE(pod.data(ClusterTreeModel::NodeNameRole).toString(), QStringLiteral("aks-shop-1"));
    QCOMPARE(pod.parent(), model.nodeIndex(QStringLiteral("aks-shop-1")));
    QVERIFY(!model.podIndex(QStringLiteral("aks-shop-1"), QStringLiteral("billing"), QStringLiteral("cart-2")).isValid());
    QVERIFY(!model.nodeIndex(QStringLiteral("nope")).isValid());
}

QTEST_GUILESS_MAIN(TestClusterTreeModel)
#include "tst_clustertreemodel.moc"
