// SPDX-License-Identifier: MIT
// Issue 5's "Done when": in the nmi-404 demo, the failing application pod selected and its "Logs"
// button clicked shows the provider and driver logs of its node, merged, with the NMI error line
// present and painted highlighted (error severity, HTTP status).
#include "kube/clustersession.h"
#include "models/loghighlighter.h"
#include "sim/simulatedcluster.h"
#include "widgets/logspage.h"
#include "widgets/logview.h"
#include "widgets/detailspane.h"
#include "widgets/mainwindow.h"
#include "widgets/nodemappage.h"

#include <QDockWidget>
#include <QPushButton>
#include <QTabWidget>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace kvd;
using namespace Qt::StringLiterals;

class TstNodeLogs : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void nmi404();
};

void TstNodeLogs::nmi404()
{
    QTemporaryDir dir;
    sim::SimulatedCluster cluster;
    QString error;
    QVERIFY2(cluster.start({u"nmi-404"_s, 0, 0, 0}, &error), qPrintable(error));
    const QString kubeconfig = dir.filePath(u"sim.yaml"_s);
    QVERIFY2(cluster.writeKubeconfig(kubeconfig, &error), qPrintable(error));

    MainWindow window;
    window.setKubeconfigFile(kubeconfig);
    window.setRequestedContext(u"kvdoctor-sim"_s);
    window.resize(1400, 900);
    window.show();
    window.startUp();
    QTRY_COMPARE_WITH_TIMEOUT(window.session()->state(), ClusterSession::State::Connected, 20000);
    const AppPodEntry *failing = nullptr;
    const NodeEntry *failingNode = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT(([&] {
        for (const NodeEntry &node : window.session()->inventory().nodes) {
            for (const AppPodEntry &app : node.apps) {
                if (app.mountFailing() && node.provider && node.driver) {
                    failing = &app;
                    failingNode = &node;
                    return true;
                }
            }
        }
        return false;
    }()), 20000);
    const QString nodeName = failingNode->node.name;
    const QString podNamespace = failing->pod.namespaceName, podName = failing->pod.name;
    const QString providerPod = failingNode->provider->name, driverPod = failingNode->driver->name;

    // The user's path: the pod selected on the node map fills the Details dock; its Logs button.
    window.connectedTabs()->setCurrentWidget(window.nodeMapPage());
    const MapSelection selection{nodeName, podNamespace, podName};
    window.nodeMapPage()->select(selection);
    QVERIFY(window.detailsPane());
    window.detailsPane()->setSelection(selection); // what the map's selectionActivated does
    auto *logsButton = window.detailsPane()->findChild<QPushButton *>(u"detailsLogsButton"_s);
    QVERIFY(logsButton);
    QTRY_VERIFY(logsButton->isEnabled() && logsButton->isVisible());
    QTest::mouseClick(logsButton, Qt::LeftButton);

    LogsPage *page = window.logsPage();
    QVERIFY(page);
    QVERIFY(window.findChild<QDockWidget *>(u"logsDock"_s)->isVisible());
    QVERIFY(page->model()->sourceCount() >= 4); // provider + secrets-store, node-driver-registrar, liveness-probe (+ app)
    QTRY_VERIFY_WITH_TIMEOUT(!page->model()->isLoading() && !page->model()->isBusy(), 20000);
    QVERIFY(page->model()->isMerged());
    QVERIFY(page->model()->rowCount() > 0);
    QStringList labels;
    QSet<QString> pods;
    for (int s = 0; s < page->model()->sourceCount(); ++s) {
        labels << page->model()->sourceLabel(s);
        const QStringList name = page->model()->document(s)->name().split(u'/'); // namespace/pod/container
        QCOMPARE(name.size(), 3);
        pods.insert(name.at(1));
        QVERIFY2(name.at(1) == providerPod || name.at(1) == driverPod || name.at(1) == podName, qPrintable(name.join(u'/')));
    }
    QVERIFY2(labels.contains(u"secrets-store"_s) && labels.contains(u"node-driver-registrar"_s), qPrintable(labels.join(u',')));
    QVERIFY(pods.contains(providerPod));
    QVERIFY(pods.contains(driverPod));

    // The NMI error line is in the merged logs as they open (no filter)...
    const QString nmi = u"nmi response failed with status code: 404"_s;
    qint64 nmiRow = -1;
    for (qint64 r = 0; r < page->model()->rowCount() && nmiRow < 0; ++r) {
        if (page->model()->text(r).contains(nmi))
            nmiRow = r;
    }
    QVERIFY2(nmiRow >= 0, "no NMI 404 line in the node's logs");

    // ...and found by the runbook's steps: errors only, search, next.
    page->setErrorsOnly(true);
    page->setSearch(nmi);
    QTRY_VERIFY_WITH_TIMEOUT(!page->model()->isBusy() && !page->model()->matchRows().empty(), 20000);
    page->findNext();
    const qint64 row = page->view()->currentRow();
    QVERIFY(page->model()->isMatch(row));
    QVERIFY(page->model()->text(row).contains(nmi));
    QVERIFY(page->view()->visibleRows().contains(row));
    QCOMPARE(page->model()->line(row).severity, LogSeverity::Error);
    const QString text = page->model()->text(row);
    const int statusAt = int(text.indexOf(u"status code: 404"));
    bool errorHeader = false, status = false, match = false;
    for (const auto &range : page->view()->formatsForRow(row)) {
        const QString name = range.format.property(LogHighlighter::FormatNameProperty).toString();
        if (name == u"Error" && range.start < statusAt && range.format.foreground().style() != Qt::NoBrush)
            errorHeader = true; // the klog E header (after kubectl's time stamp) in the error colour
        if (name == u"HTTP Status" && range.start <= statusAt && range.start + range.length >= statusAt + 16)
            status = true;
        if (name == u"Search Match")
            match = true;
    }
    QVERIFY(errorHeader);
    QVERIFY(status);
    QVERIFY(match);
    // painted highlighted, not only computed: no visible row is left plain
    page->view()->viewport()->repaint();
    QTRY_COMPARE(page->view()->plainRowsPainted(), 0);
}

QTEST_MAIN(TstNodeLogs)
#include "tst_nodelogs.moc"
