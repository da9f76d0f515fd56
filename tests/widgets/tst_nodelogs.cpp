// SPDX-License-Identifier: MIT
// "Logs" on a failing application pod in the demo: the node's provider and driver logs, merged,
// with the scenario's error line highlighted.
#include "kube/clustersession.h"
#include "models/loghighlighter.h"
#include "sim/simulatedcluster.h"
#include "widgets/logspage.h"
#include "widgets/logview.h"
#include "widgets/mainwindow.h"

#include <QDockWidget>
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
    QString nodeName;
    QTRY_VERIFY_WITH_TIMEOUT(([&] {
        for (const NodeEntry &node : window.session()->inventory().nodes) {
            for (const AppPodEntry &app : node.apps) {
                if (app.mountFailing() && node.provider && node.driver) {
                    failing = &app;
                    nodeName = node.node.name;
                    return true;
                }
            }
        }
        return false;
    }()), 20000);
    const QString podNamespace = failing->pod.namespaceName, podName = failing->pod.name;

    window.showNodeLogs(nodeName, podNamespace, podName);
    LogsPage *page = window.logsPage();
    QVERIFY(page);
    QVERIFY(window.findChild<QDockWidget *>(u"logsDock"_s)->isVisible());
    QVERIFY(page->model()->sourceCount() >= 4); // provider + secrets-store, node-driver-registrar, liveness-probe (+ app)
    QTRY_VERIFY_WITH_TIMEOUT(!page->model()->isLoading() && !page->model()->isBusy(), 20000);
    QVERIFY(page->model()->isMerged());
    QVERIFY(page->model()->rowCount() > 0);
    QStringList labels;
    for (int s = 0; s < page->model()->sourceCount(); ++s)
        labels << page->model()->sourceLabel(s);
    QVERIFY2(labels.contains(u"secrets-store"_s) && labels.contains(u"node-driver-registrar"_s), qPrintable(labels.join(u',')));

    page->setErrorsOnly(true);
    page->setSearch(u"nmi response failed with status code: 404"_s);
    QTRY_VERIFY_WITH_TIMEOUT(!page->model()->isBusy() && !page->model()->matchRows().empty(), 20000);
    page->findNext();
    const qint64 row = page->view()->currentRow();
    QVERIFY(page->model()->isMatch(row));
    QVERIFY(page->view()->visibleRows().contains(row));
    QCOMPARE(page->model()->line(row).severity, LogSeverity::Error);
    QStringList names;
    for (const auto &range : page->view()->formatsForRow(row))
        names << range.format.property(LogHighlighter::FormatNameProperty).toString();
    QVERIFY2(names.contains(u"HTTP Status"_s), qPrintable(names.join(u',')));
    QVERIFY(names.contains(u"Error"_s));
    QVERIFY(names.contains(u"Search Match"_s));
}

QTEST_MAIN(TstNodeLogs)
#include "tst_nodelogs.moc"
