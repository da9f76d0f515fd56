// SPDX-License-Identifier: MIT
#include "models/contextlistmodel.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFile>
#include <QFont>
#include <QIcon>
#include <QSignalSpy>
#include <QTest>

using namespace kvd;

namespace {
QString fixture()
{
    return QDir(QStringLiteral(KVDOCTOR_TEST_DATA)).absoluteFilePath(QStringLiteral("kubeconfig-gui/config"));
}

// One line per row: the six columns, then the flags a view shows with icons and fonts.
QStringList printModel(const QAbstractItemModel &model)
{
    QStringList lines;
    for (int row = 0; row < model.rowCount(); ++row) {
        QStringList cells;
        for (int column = 0; column < model.columnCount(); ++column)
            cells << model.index(row, column).data().toString();
        const QModelIndex first = model.index(row, 0);
        if (first.data(ContextListModel::IsCurrentRole).toBool())
            cells << QStringLiteral("current");
        if (!first.data(ContextListModel::IsUsableRole).toBool())
            cells << QStringLiteral("unusable");
        lines << cells.join(QStringLiteral(" | "));
    }
    return lines;
}
} // namespace

class TestContextListModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void goldenRows_data();
    void goldenRows();
    void header();
    void brokenContextCarriesIssue();
    void lookups();
    void resetSignals();
};

void TestContextListModel::goldenRows_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<QStringList>("expected");

    const QString exec = authKindDisplayName(AuthKind::Exec);
    const QString token = authKindDisplayName(AuthKind::Token);
    const QString none = authKindDisplayName(AuthKind::None);

    QFile file(fixture());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QTest::newRow("kubeconfig-gui/config")
        << file.readAll()
        << QStringList{
               QStringLiteral("aks-prod-westeu | aks-prod-westeu | "
                              "https://aks-prod-westeu-dns-4f2a9c1b.hcp.westeurope.azmk8s.io:443 | "
                              "clusterUser_rg-prod_aks-prod-westeu | ")
                   + exec + QStringLiteral(": kubelogin | payments | current"),
               QStringLiteral("aks-dev | aks-dev | https://127.0.0.1:9 | "
                              "dev-token | ")
                   + token + QStringLiteral(" | default"),
               QStringLiteral("broken-staging | aks-staging |  | dev-token | ") + token
                   + QStringLiteral(" | default | unusable"),
           };
    QTest::newRow("empty document") << QByteArray("apiVersion: v1\nkind: Config\n") << QStringList();
    QTest::newRow("no current-context, user without credentials")
        << QByteArray("apiVersion: v1\nkind: Config\n"
                      "clusters:\n- name: c\n  cluster:\n    server: https://c.example:6443\n"
                      "users:\n- name: u\n  user: {}\n"
                      "contexts:\n- name: x\n  context:\n    cluster: c\n    user: u\n    namespace: kube-system\n")
        << QStringList{QStringLiteral("x | c | https://c.example:6443 | u | ") + none + QStringLiteral(" | kube-system")};
}

void TestContextListModel::goldenRows()
{
    QFETCH(QByteArray, yaml);
    QFETCH(QStringList, expected);

    ContextListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setKubeconfig(Kubeconfig::fromData(yaml, fixture()));
    QCOMPARE(printModel(model), expected);
}

void TestContextListModel::header()
{
    ContextListModel model;
    QStringList titles;
    for (int section = 0; section < model.columnCount(); ++section)
        titles << model.headerData(section, Qt::Horizontal).toString();
    QCOMPARE(titles, (QStringList{QStringLiteral("Context"), QStringLiteral("Cluster"), QStringLiteral("Server"),
                                  QStringLiteral("User"), QStringLiteral("Authentication"),
                                  QStringLiteral("Namespace")}));
}

void TestContextListModel::brokenContextCarriesIssue()
{
    ContextListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setKubeconfig(Kubeconfig::loadDefault(fixture()));
    const int broken = model.rowOfContext(QStringLiteral("broken-staging"));
    QCOMPARE(broken, 2);
    QVERIFY(!model.isUsable(broken));
    QVERIFY(!model.issues(broken).isEmpty());
    const QModelIndex index = model.index(broken, ContextListModel::ContextColumn);
    // The problem is visible in the row itself: an icon, a tooltip naming the missing cluster.
    QVERIFY(!index.data(Qt::DecorationRole).value<QIcon>().isNull());
    QVERIFY2(index.data(Qt::ToolTipRole).toString().contains(QLatin1String("aks-staging")),
             qPrintable(index.data(Qt::ToolTipRole).toString()));
    QVERIFY(index.data(ContextListModel::IssuesRole).toString().contains(QLatin1String("aks-staging")));

    // A usable, non-current context has no decoration and no tooltip.
    const QModelIndex dev = model.index(model.rowOfContext(QStringLiteral("aks-dev")), 0);
    QVERIFY(dev.data(ContextListModel::IsUsableRole).toBool());
    QVERIFY(!dev.data(Qt::DecorationRole).isValid());
    QVERIFY(!dev.data(Qt::ToolTipRole).isValid());
    // The current context is marked with more than a colour: icon, bold font and tooltip.
    const QModelIndex prod = model.index(model.rowOfContext(QStringLiteral("aks-prod-westeu")), 0);
    QVERIFY(!prod.data(Qt::DecorationRole).value<QIcon>().isNull());
    QVERIFY(prod.data(Qt::FontRole).value<QFont>().bold());
    QVERIFY(!prod.data(Qt::ToolTipRole).toString().isEmpty());
}

void TestContextListModel::lookups()
{
    ContextListModel model;
    model.setKubeconfig(Kubeconfig::loadDefault(fixture()));
    QCOMPARE(model.rowOfContext(QStringLiteral("aks-dev")), 1);
    QCOMPARE(model.rowOfContext(QStringLiteral("no-such-context")), -1);
    QCOMPARE(model.contextName(0), QStringLiteral("aks-prod-westeu"));
    QCOMPARE(model.contextName(7), QString());
    QVERIFY(!model.isUsable(-1));
    QCOMPARE(model.index(0, 0).data(ContextListModel::AuthKindRole).toString(), QStringLiteral("exec"));
    QCOMPARE(model.index(1, 0).data(ContextListModel::AuthKindRole).toString(), QStringLiteral("token"));
}

void TestContextListModel::resetSignals()
{
    ContextListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.setKubeconfig(Kubeconfig::loadDefault(fixture()));
    QCOMPARE(model.rowCount(), 3);
    model.setKubeconfig(Kubeconfig::fromData(QByteArray("apiVersion: v1\nkind: Config\n"), fixture()));
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(reset.count(), 2);
}

QTEST_MAIN(TestContextListModel)
#include "tst_contextlistmodel.moc"
