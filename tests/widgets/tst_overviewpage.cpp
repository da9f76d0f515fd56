// SPDX-License-Identifier: MIT
// The main window connected to the simulated AKS cluster, as `kvdoctor --demo SCENARIO` runs it.
#include "kube/clustersession.h"
#include "sim/simulatedcluster.h"
#include "widgets/mainwindow.h"
#include "widgets/overviewpage.h"

#include "widgettestutils.h"

#include <QAction>
#include <QClipboard>
#include <QDialog>
#include <QGuiApplication>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace kvd;
using namespace Qt::StringLiterals;

class TestOverviewPage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void scenario_data();
    void scenario();
    void serverGoesAway();
    void faultsInTheWindow_data();
    void faultsInTheWindow();

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

// What the user sees when the API server (or a proxy in front of it) misbehaves: the window stays
// usable while it waits, a failure names what failed and Retry recovers, partial data is shown and
// marked as incomplete without false conclusions.
void TestOverviewPage::faultsInTheWindow_data()
{
    using Kind = sim::FaultSpec::Kind;
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("httpStatus");
    QTest::addColumn<QString>("pathPrefix");
    QTest::addColumn<int>("delayMs");
    QTest::addColumn<bool>("connects");
    QTest::addColumn<QStringList>("bannerFragments");

    QTest::newRow("html 502 page from a proxy on the pod list")
        << int(Kind::Html) << 502 << u"/api/v1/pods"_s << 0 << false << QStringList{u"HTML page"_s, u"proxy"_s};
    QTest::newRow("connection reset in the node list")
        << int(Kind::ResetMidBody) << 200 << u"/api/v1/nodes"_s << 0 << false << QStringList{u"/api/v1/nodes"_s};
    QTest::newRow("truncated node list")
        << int(Kind::TruncatedBody) << 200 << u"/api/v1/nodes"_s << 0 << false << QStringList{u"/api/v1/nodes"_s};
    QTest::newRow("503 on every node list")
        << int(Kind::Status) << 503 << u"/api/v1/nodes"_s << 0 << false << QStringList{u"503"_s};
    QTest::newRow("403 on daemonsets keeps the rest")
        << int(Kind::Status) << 403 << u"/apis/apps/v1/daemonsets"_s << 0 << true
        << QStringList{u"incomplete"_s, u"daemonsets"_s};
    QTest::newRow("500 on secretproviderclasses keeps the rest")
        << int(Kind::Status) << 500 << u"/apis/secrets-store.csi.x-k8s.io/v1/secretproviderclasses"_s << 0 << true
        << QStringList{u"incomplete"_s, u"secretproviderclasses"_s};
    QTest::newRow("slow node list")
        << int(Kind::Slow) << 200 << u"/api/v1/nodes"_s << 4000 << true << QStringList{};
}

void TestOverviewPage::faultsInTheWindow()
{
    QFETCH(int, kind);
    QFETCH(int, httpStatus);
    QFETCH(QString, pathPrefix);
    QFETCH(int, delayMs);
    QFETCH(bool, connects);
    QFETCH(QStringList, bannerFragments);

    sim::SimulatedCluster cluster;
    QString error;
    sim::SimulatorOptions options;
    options.scenario = u"healthy"_s;
    QVERIFY2(cluster.start(options, &error), qPrintable(error));
    const QString kubeconfig = m_dir.filePath(QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-') + u".yaml"_s);
    QVERIFY2(cluster.writeKubeconfig(kubeconfig, &error), qPrintable(error));
    sim::FaultSpec fault;
    fault.kind = sim::FaultSpec::Kind(kind);
    fault.httpStatus = httpStatus;
    fault.pathPrefix = pathPrefix;
    fault.delayMs = delayMs;
    fault.count = delayMs > 0 ? 1 : -1; // failures persist (retries included) until cleared
    cluster.injectFault(fault);

    MainWindow window;
    window.setKubeconfigFile(kubeconfig);
    window.setRequestedContext(u"kvdoctor-sim"_s);
    window.show();
    window.startUp();
    if (delayMs > 0) {
        // While the API server keeps the answer back, the window works: a dialog opens and closes.
        QTRY_VERIFY(window.session()->state() == ClusterSession::State::Connecting
                    || window.session()->state() == ClusterSession::State::Loading);
        window.findChild<QAction *>(u"actionShortcuts"_s)->trigger();
        auto *dialog = window.findChild<QDialog *>(u"shortcutsDialog"_s);
        QVERIFY(dialog && dialog->isVisible());
        QVERIFY(window.session()->state() != ClusterSession::State::Connected);
        dialog->reject();
    }
    const auto settled = [&] {
        const auto state = window.session()->state();
        return state == ClusterSession::State::Connected || state == ClusterSession::State::Failed;
    };
    QTRY_VERIFY_WITH_TIMEOUT(settled(), 60000);
    const QString banner = window.overviewPage()->bannerText();
    for (const QString &fragment : bannerFragments)
        QVERIFY2(banner.contains(fragment), qPrintable(u"no \"%1\" in: %2"_s.arg(fragment, banner)));
    auto *retry = window.findChild<QPushButton *>(u"retryButton"_s);
    if (connects) {
        QCOMPARE(window.session()->state(), ClusterSession::State::Connected);
        QVERIFY(!retry->isVisible());
        // Partial data is shown, and nothing is concluded from what could not be read.
        QVERIFY(!window.session()->inventory().nodes.isEmpty());
        for (const auto &problem : window.session()->inventory().problems)
            QVERIFY2(problem.id != u"spc-not-found"_s, qPrintable(problem.message));
        if (bannerFragments.isEmpty())
            QCOMPARE(banner, QString());
        return;
    }
    QCOMPARE(window.session()->state(), ClusterSession::State::Failed);
    QVERIFY(retry->isVisible());
    QCOMPARE(window.findChild<QLabel *>(u"connectionStatusLabel"_s)->text(), u"Connection failed"_s);
    // Once the server (or proxy) behaves again, Retry connects.
    cluster.clearFaults();
    QTest::mouseClick(retry, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(window.session()->state(), ClusterSession::State::Connected, 60000);
    QCOMPARE(window.overviewPage()->bannerText(), QString());
    QVERIFY(!window.session()->inventory().nodes.isEmpty());
}

QTEST_MAIN(TestOverviewPage)
#include "tst_overviewpage.moc"
