// SPDX-License-Identifier: MIT
// The main window connected to the simulated AKS cluster, as `kvdoctor --demo SCENARIO` runs it.
#include "kube/clustersession.h"
#include "sim/simulatedcluster.h"
#include "widgets/mainwindow.h"
#include "widgets/overviewpage.h"

#include "widgettestutils.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace kvd;

class TestOverviewPage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void scenario_data();
    void scenario();
    void serverGoesAway();

private:
    QTemporaryDir m_dir;
};

void TestOverviewPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void TestOverviewPage::scenario_data()
{
    QTest::addColumn<QString>("scenario");
    QTest::addColumn<QStringList>("expectedProblemFragments");
    QTest::addColumn<QString>("expectedAppsSummary");
    QTest::newRow("healthy") << QStringLiteral("healthy") << QStringList{} << QStringLiteral(", 0 failing to mount");
    QTest::newRow("driver-missing-on-node") << QStringLiteral("driver-missing-on-node")
                                            << QStringList{QStringLiteral("Error | No Secrets Store CSI driver pod runs on node aks-gpupool")}
                                            << QStringLiteral(", 2 failing to mount");
    QTest::newRow("provider-crashloop") << QStringLiteral("provider-crashloop")
                                        << QStringList{QStringLiteral("is crash-looping (CrashLoopBackOff, 14 restarts)")}
                                        << QStringLiteral(", 3 failing to mount");
}

void TestOverviewPage::scenario()
{
    QFETCH(QString, scenario);
    QFETCH(QStringList, expectedProblemFragments);
    QFETCH(QString, expectedAppsSummary);
    sim::SimulatedCluster cluster;
    QString error;
    QVERIFY2(cluster.start({scenario, 0, 0, 0}, &error), qPrintable(error));
    const QString kubeconfig = m_dir.filePath(scenario + QStringLiteral(".yaml"));
    QVERIFY2(cluster.writeKubeconfig(kubeconfig, &error), qPrintable(error));

    MainWindow window;
    window.setKubeconfigFile(kubeconfig);
    window.setRequestedContext(QStringLiteral("kvdoctor-sim"));
    window.show();
    window.startUp();
    QCOMPARE(window.findChild<QStackedWidget *>(QStringLiteral("centralStack"))->currentWidget(), window.connectedTabs());
    QCOMPARE(window.connectedTabs()->currentWidget(), window.overviewPage());
    QTRY_COMPARE_WITH_TIMEOUT(window.session()->state(), ClusterSession::State::Connected, 20000);
    const QString connection = window.findChild<QLabel *>(QStringLiteral("connectionStatusLabel"))->text();
    QVERIFY2(connection.startsWith(QLatin1String("Connected (Kubernetes v1.")), qPrintable(connection));

    OverviewPage *page = window.overviewPage();
    QCOMPARE(page->bannerText(), QString());
    const QString apps = window.findChild<QLabel *>(QStringLiteral("appsSummary"))->text();
    QVERIFY2(apps.endsWith(expectedAppsSummary), qPrintable(apps));
    QCOMPARE(window.findChild<QLabel *>(QStringLiteral("csiDriverSummary"))->text(), QStringLiteral("present"));
    QVERIFY(window.findChild<QLabel *>(QStringLiteral("driverSummary"))->text().contains(QLatin1String("v1.")));
    const QStringList rows = page->problemRows();
    if (expectedProblemFragments.isEmpty()) {
        for (const QString &row : rows)
            QVERIFY2(!row.startsWith(QLatin1String("Error")), qPrintable(row));
    }
    for (const QString &fragment : expectedProblemFragments) {
        const bool found = std::any_of(rows.begin(), rows.end(), [&](const QString &row) { return row.contains(fragment); });
        QVERIFY2(found, qPrintable(fragment + QStringLiteral("\nnot in:\n") + rows.join(QLatin1Char('\n'))));
    }
    auto *copy = window.findChild<QPushButton *>(QStringLiteral("copyKubectlButton"));
    QVERIFY(copy->isEnabled());
    QTest::mouseClick(copy, Qt::LeftButton);
    QVERIFY(QGuiApplication::clipboard()->text().startsWith(QLatin1String("kubectl --context 'kvdoctor-sim' get nodes")));
}

void TestOverviewPage::serverGoesAway()
{
    sim::SimulatedCluster cluster;
    QString error;
    QVERIFY2(cluster.start({QStringLiteral("healthy"), 0, 0, 0}, &error), qPrintable(error));
    const QString kubeconfig = m_dir.filePath(QStringLiteral("gone.yaml"));
    QVERIFY2(cluster.writeKubeconfig(kubeconfig, &error), qPrintable(error));
    MainWindow window;
    window.setKubeconfigFile(kubeconfig);
    window.setRequestedContext(QStringLiteral("kvdoctor-sim"));
    window.show();
    window.startUp();
    QTRY_COMPARE_WITH_TIMEOUT(window.session()->state(), ClusterSession::State::Connected, 20000);
    cluster.stop();
    window.refreshCluster();
    QTRY_COMPARE_WITH_TIMEOUT(window.session()->state(), ClusterSession::State::Failed, 20000);
    QVERIFY2(window.overviewPage()->bannerText().startsWith(QLatin1String("Cannot read the cluster https://127.0.0.1:")),
             qPrintable(window.overviewPage()->bannerText()));
    QVERIFY(window.findChild<QPushButton *>(QStringLiteral("retryButton"))->isVisible());
    QCOMPARE(window.findChild<QLabel *>(QStringLiteral("connectionStatusLabel"))->text(), QStringLiteral("Connection failed"));
}

QTEST_MAIN(TestOverviewPage)
#include "tst_overviewpage.moc"
