// SPDX-License-Identifier: MIT
#include "models/nodefilter.h"

#include "inventoryfixture.h"

#include <QTest>

using namespace kvd;

class TestNodeFilter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void apply_data();
    void apply();
    void choices();
};

void TestNodeFilter::apply_data()
{
    QTest::addColumn<NodeFilter>("filter");
    QTest::addColumn<QStringList>("expected");
    const QStringList all{QStringLiteral("aks-gpu-3"), QStringLiteral("aks-shop-1"), QStringLiteral("aks-shop-2"), QStringLiteral("aks-system-0")};
    QTest::newRow("empty") << NodeFilter{} << all;
    NodeFilter f;
    f.onlyProblems = true;
    QTest::newRow("onlyProblems") << f << QStringList{QStringLiteral("aks-gpu-3"), QStringLiteral("aks-shop-1"), QStringLiteral("aks-shop-2")};
    f = {};
    f.onlyWithApps = true;
    QTest::newRow("onlyWithApps") << f << QStringList{QStringLiteral("aks-shop-1"), QStringLiteral("aks-shop-2")};
    f = {};
    f.namespaceName = QStringLiteral("billing");
    QTest::newRow("namespace=billing") << f << QStringList{QStringLiteral("aks-shop-2")};
    f = {};
    f.secretProviderClass = QStringLiteral("shop/kv");
    QTest::newRow("spc=shop/kv") << f << QStringList{QStringLiteral("aks-shop-1")};
    f = {};
    f.secretProviderClass = QStringLiteral("billing/kv"); // same name, other namespace
    QTest::newRow("spc=billing/kv") << f << QStringList{};
    f = {};
    f.pool = QStringLiteral("shop");
    QTest::newRow("pool=shop") << f << QStringList{QStringLiteral("aks-shop-1"), QStringLiteral("aks-shop-2")};
    f = {};
    f.text = QStringLiteral("GPU");
    QTest::newRow("text=GPU") << f << QStringList{QStringLiteral("aks-gpu-3")};
    f = {};
    f.text = QStringLiteral(" cart ");
    QTest::newRow("text=cart (app pod)") << f << QStringList{QStringLiteral("aks-shop-1")};
    f = {};
    f.text = QStringLiteral("provider-azure-2");
    QTest::newRow("text=provider pod") << f << QStringList{QStringLiteral("aks-shop-2")};
    f = {};
    f.pool = QStringLiteral("shop");
    f.namespaceName = QStringLiteral("shop");
    f.onlyProblems = true;
    QTest::newRow("pool+namespace+problems") << f << QStringList{QStringLiteral("aks-shop-1")};
}

void TestNodeFilter::apply()
{
    QFETCH(NodeFilter, filter);
    QFETCH(QStringList, expected);
    const Inventory inventory = fixture::sampleInventory();
    QStringList names;
    const QList<int> rows = filter.apply(inventory);
    for (int row : rows)
        names << inventory.nodes.at(row).node.name;
    QCOMPARE(names, expected);
    QCOMPARE(filter.isEmpty(), filter == NodeFilter{});
}

void TestNodeFilter::choices()
{
    const Inventory inventory = fixture::sampleInventory();
    QCOMPARE(NodeFilter::namespacesOf(inventory), (QStringList{QStringLiteral("billing"), QStringLiteral("shop")}));
    QCOMPARE(NodeFilter::secretProviderClassesOf(inventory), (QStringList{QStringLiteral("billing/bill"), QStringLiteral("shop/kv")}));
    QCOMPARE(NodeFilter::poolsOf(inventory), (QStringList{QStringLiteral("gpu"), QStringLiteral("shop"), QStringLiteral("system")}));
    QVERIFY(NodeFilter{}.isEmpty());
}

QTEST_GUILESS_MAIN(TestNodeFilter)
#include "tst_nodefilter.moc"
