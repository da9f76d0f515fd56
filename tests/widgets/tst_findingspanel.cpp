// SPDX-License-Identifier: MIT
// Every scenario of the simulator (on 127.0.0.1) in the main window: the top finding is the
// scenario's cause, in the Findings panel, on the affected node's badge and, once that node's logs
// are open, marked in the log viewer; clicking its evidence jumps to the line (or selects the pod).
#include "kube/clustersession.h"
#include "models/analysisjob.h"
#include "models/findingsmodel.h"
#include "sim/simulatedcluster.h"
#include "widgets/detailspane.h"
#include "widgets/findingspanel.h"
#include "widgets/logspage.h"
#include "widgets/logview.h"
#include "widgets/mainwindow.h"
#include "widgets/nodemappage.h"
#include "widgets/nodemapview.h"
#include "widgets/overviewpage.h"

#include "widgettestutils.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QListWidget>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

#include <memory>

using namespace kvd;
using namespace Qt::StringLiterals;

namespace {
// Nodes where the scenario's failure shows: a failing mount, an unhealthy provider, or a
// DaemonSet pod missing next to application pods.
QStringList affectedNodes(const Inventory &inventory)
{
    QStringList nodes;
    for (const NodeEntry &node : inventory.nodes) {
        bool affected = !node.apps.isEmpty() && (!node.driver || !node.provider);
        affected = affected || (node.provider && podHealthOf(*node.provider) != PodHealth::Healthy);
        for (const AppPodEntry &app : node.apps)
            affected = affected || app.mountFailing();
        if (affected)
            nodes << node.node.name;
    }
    return nodes;
}

const AppPodEntry *failingApp(const Inventory &inventory, const QString &nodeName)
{
    const NodeEntry *node = inventory.node(nodeName);
    if (!node)
        return nullptr;
    for (const AppPodEntry &app : node->apps) {
        if (app.mountFailing())
            return &app;
    }
    return nullptr;
}
} // namespace

class TestFindingsPanel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void scenario_data();
    void scenario();
    void offlineLogs();

private:
    bool open(const QString &scenario);
    // Waits until no analysis is scheduled or running (after at least `finished` analyses).
    bool waitForAnalysis(int finished);

    QTemporaryDir m_dir;
    std::unique_ptr<sim::SimulatedCluster> m_cluster;
    std::unique_ptr<MainWindow> m_window;
};

void TestFindingsPanel::initTestCase()
{
    QVERIFY(m_dir.isValid());
    test::isolateSettings(m_dir);
}

void TestFindingsPanel::cleanup()
{
    m_window.reset();
    m_cluster.reset();
}

bool TestFindingsPanel::open(const QString &scenario)
{
    m_window.reset();
    m_cluster = std::make_unique<sim::SimulatedCluster>();
    QString error;
    if (!m_cluster->start({scenario, 0, 0, 0}, &error)) {
        qWarning() << error;
        return false;
    }
    const QString kubeconfig = m_dir.filePath(scenario + u".yaml"_s);
    if (!m_cluster->writeKubeconfig(kubeconfig, &error)) {
        qWarning() << error;
        return false;
    }
    // The simulator listens on loopback only: the test never leaves this machine.
    if (!QFile(kubeconfig).open(QIODevice::ReadOnly))
        return false;
    m_window = std::make_unique<MainWindow>();
    m_window->resize(1400, 900);
    m_window->setKubeconfigFile(kubeconfig);
    m_window->setRequestedContext(u"kvdoctor-sim"_s);
    m_window->show();
    m_window->startUp();
    return true;
}

bool TestFindingsPanel::waitForAnalysis(int finished)
{
    return QTest::qWaitFor([&] { return m_window->analysisJob()->finishedCount() >= finished && !m_window->isAnalysisPending(); }, 30000);
}

void TestFindingsPanel::scenario_data()
{
    QTest::addColumn<QString>("scenario");
    QTest::addColumn<QString>("cause"); // empty: healthy, no error or warning finding
    QTest::newRow("healthy") << u"healthy"_s << QString();
    QTest::newRow("nmi-404") << u"nmi-404"_s << u"aad-pod-identity-nmi-404"_s;
    QTest::newRow("egress-blocked") << u"egress-blocked"_s << u"keyvault-egress-blocked-timeout"_s;
    QTest::newRow("keyvault-403") << u"keyvault-403"_s << u"keyvault-rbac-role-missing"_s;
    QTest::newRow("secret-not-found") << u"secret-not-found"_s << u"keyvault-object-not-found"_s;
    QTest::newRow("sp-invalid-secret") << u"sp-invalid-secret"_s << u"sp-invalid-client-secret"_s;
    QTest::newRow("workload-identity-mismatch") << u"workload-identity-mismatch"_s << u"wi-no-matching-federated-credential"_s;
    QTest::newRow("imds-identity-not-found") << u"imds-identity-not-found"_s << u"imds-identity-not-found"_s;
    QTest::newRow("driver-missing-on-node") << u"driver-missing-on-node"_s << u"driver-not-registered-on-node"_s;
    QTest::newRow("provider-crashloop") << u"provider-crashloop"_s << u"provider-pod-unhealthy"_s;
    QTest::newRow("spc-not-found") << u"spc-not-found"_s << u"secretproviderclass-not-found"_s;
}

void TestFindingsPanel::scenario()
{
    QFETCH(QString, scenario);
    QFETCH(QString, cause);
    QVERIFY(open(scenario));
    QTRY_COMPARE_WITH_TIMEOUT(m_window->session()->state(), ClusterSession::State::Connected, 20000);
    FindingsPanel *panel = m_window->findingsPanel();
    QVERIFY(panel);
    FindingsModel *model = panel->model();
    QTabWidget *tabs = m_window->connectedTabs();
    tabs->setCurrentWidget(panel);
    QVERIFY(panel->isVisible());

    if (cause.isEmpty()) {
        QVERIFY(waitForAnalysis(1));
        QVERIFY2(model->count(FindingSeverity::Error) == 0 && model->count(FindingSeverity::Warning) == 0,
                 qPrintable(model->tableText().join(u'\n')));
        QCOMPARE(tabs->tabText(tabs->indexOf(panel)), u"&Findings"_s);
        QVERIFY(m_window->overviewPage()->topFindingRows().isEmpty());
        for (const QString &line : m_window->nodeMapPage()->mapView()->cardDescriptions())
            QVERIFY2(!line.contains(u"findings:"_s), qPrintable(line));
        return;
    }

    // The top finding is the scenario's cause (analyses repeat while the inventory loads).
    // Checked below with the table in the message.
    const bool settled = QTest::qWaitFor([&] { return !m_window->isAnalysisPending() && model->rowCount() > 0 && model->finding(0).cause == cause; }, 30000);
    Q_UNUSED(settled);
    QVERIFY2(model->rowCount() > 0 && model->finding(0).cause == cause,
             qPrintable(u"findings:\n"_s + model->tableText().join(u'\n') + u"\ncauses: "_s
                        + [&] { QStringList c; for (const Finding &f : model->findings()) c << f.cause + u'@' + f.node; return c.join(u", "_s); }()));
    const Finding top = model->finding(0);
    QCOMPARE(top.cause, cause);
    QVERIFY(top.severity == FindingSeverity::Error || top.severity == FindingSeverity::Warning);
    const int problems = model->count(FindingSeverity::Error) + model->count(FindingSeverity::Warning);
    QCOMPARE(tabs->tabText(tabs->indexOf(panel)), u"&Findings (%1)"_s.arg(problems));

    // In the panel: selected, with its explanation, fix, evidence and kubectl commands.
    QCOMPARE(panel->currentRow(), 0);
    QVERIFY(panel->currentFinding());
    QCOMPARE(panel->currentFinding()->cause, cause);
    const Rule *rule = model->catalogue().rule(cause);
    QVERIFY(rule);
    const QString details = panel->detailsText();
    QVERIFY2(details.contains(rule->title.text(u"en"_s)), qPrintable(details));
    QVERIFY2(details.contains(rule->fix.list(u"en"_s).value(0)), qPrintable(details));
    QVERIFY(panel->evidenceList()->count() > 0);
    QCOMPARE(panel->evidenceList()->count(), int(top.evidence.size()));
    const QStringList commands = panel->kubectlCommands();
    QVERIFY(!commands.isEmpty());
    for (const QString &command : commands) {
        QVERIFY2(command.startsWith(u"kubectl --context 'kvdoctor-sim' "_s), qPrintable(command));
        if (!top.evidence.isEmpty() && !top.evidence.first().pod.isEmpty())
            QVERIFY2(!command.contains(u"<pod>"_s) && !command.contains(u"<ns>"_s), qPrintable(command));
    }
    auto *copy = panel->findChild<QPushButton *>(u"findingsCopyKubectlButton"_s);
    QVERIFY(copy && copy->isVisible());
    QTest::mouseClick(copy, Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), commands.first());

    // The overview lists it first, with its one-line fix.
    const QStringList overview = m_window->overviewPage()->topFindingRows();
    QVERIFY(!overview.isEmpty());
    QVERIFY2(overview.first().contains(rule->title.text(u"en"_s)) && overview.first().contains(rule->fix.list(u"en"_s).value(0)),
             qPrintable(overview.first()));

    // On the node map: a badge on the affected node.
    const Inventory &inventory = m_window->session()->inventory();
    const QStringList affected = affectedNodes(inventory);
    QStringList topNodes = top.nodes();
    QVERIFY2(!topNodes.isEmpty(), "the top finding names no node");
    QString node;
    for (const QString &candidate : std::as_const(topNodes)) {
        if (affected.contains(candidate)) {
            node = candidate;
            break;
        }
    }
    QVERIFY2(!node.isEmpty(), qPrintable(topNodes.join(u',') + u" vs affected "_s + affected.join(u',')));
    NodeMapView *map = m_window->nodeMapPage()->mapView();
    const int badge = top.severity == FindingSeverity::Error ? map->errorCount(node) : map->warningCount(node);
    QVERIFY(badge >= 1);
    QString card;
    for (const QString &line : map->cardDescriptions()) {
        if (line.startsWith(node + u" | "_s))
            card = line;
    }
    QVERIFY2(card.contains(u"findings: "_s), qPrintable(card));

    // The node's logs: the cause's evidence is marked there, and clicking evidence jumps to it.
    const int analysesBefore = m_window->analysisJob()->finishedCount();
    const AppPodEntry *app = failingApp(inventory, node);
    m_window->showNodeLogs(node, app ? app->pod.namespaceName : QString(), app ? app->pod.name : QString());
    LogsPage *logs = m_window->logsPage();
    QVERIFY(logs);
    QTRY_VERIFY_WITH_TIMEOUT(logs->model()->sourceCount() == 0 || (!logs->model()->isLoading() && !logs->model()->isBusy()), 20000);
    QVERIFY(waitForAnalysis(analysesBefore + 1));
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount() > 0 ? model->finding(0).cause : QString(), cause, 20000);
    QCOMPARE(panel->currentFinding()->cause, cause);
    const Finding withLogs = *panel->currentFinding();
    int logEvidence = -1;
    int source = -1;
    for (int i = 0; i < withLogs.evidence.size() && logEvidence < 0; ++i) {
        const Evidence &e = withLogs.evidence.at(i);
        if (e.kind == Evidence::Kind::LogLine) {
            source = logSourceIndex(logs->model(), e.source);
            if (source >= 0)
                logEvidence = i;
        }
    }
    LogView *view = logs->view();
    if (logEvidence >= 0) {
        const Evidence &e = withLogs.evidence.at(logEvidence);
        // Marked as soon as the analysis of these logs finished.
        QVERIFY(view->currentRow() >= 0);
        QVERIFY(view->isEvidence(view->currentRow()));
        const qint64 markedRow = logs->model()->rowOf(source, e.line - 1);
        QVERIFY(markedRow >= 0);
        QVERIFY(view->isEvidence(markedRow));
        // Move away, then click the evidence in the panel.
        view->setCurrentRow(0);
        QListWidget *list = panel->evidenceList();
        QListWidgetItem *item = list->item(logEvidence);
        list->scrollToItem(item);
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(item).center());
        const qint64 row = view->currentRow();
        QCOMPARE(logs->model()->refAt(row).packed, TimelineRef::make(source, e.line - 1).packed);
        QVERIFY(view->isEvidence(row));
        QVERIFY(view->visibleRows().contains(row));
        QVERIFY2(QString::fromUtf8(logs->model()->rawLine(row)).contains(e.text.left(40).trimmed()),
                 qPrintable(QString::fromUtf8(logs->model()->rawLine(row)) + u" vs "_s + e.text));
    } else {
        // Causes seen in cluster state and events only: clicking the evidence selects the pod.
        int eventEvidence = -1;
        for (int i = 0; i < withLogs.evidence.size() && eventEvidence < 0; ++i) {
            if (!withLogs.evidence.at(i).pod.isEmpty() || !withLogs.evidence.at(i).node.isEmpty())
                eventEvidence = i;
        }
        QVERIFY2(eventEvidence >= 0, qPrintable(panel->detailsText()));
        QVERIFY2(cause == u"driver-not-registered-on-node"_s || cause == u"secretproviderclass-not-found"_s || cause == u"provider-pod-unhealthy"_s,
                 "the cause's lines should be in the node's logs");
        QListWidget *list = panel->evidenceList();
        QListWidgetItem *item = list->item(eventEvidence);
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(item).center());
        const Evidence &e = withLogs.evidence.at(eventEvidence);
        QVERIFY(m_window->detailsPane());
        QTRY_VERIFY(!m_window->detailsPane()->selection().isEmpty());
        if (!e.pod.isEmpty())
            QCOMPARE(m_window->detailsPane()->selection().podName, e.pod);
        else
            QCOMPARE(m_window->detailsPane()->selection().node, e.node);
    }
}

void TestFindingsPanel::offlineLogs()
{
    // Logs a customer sent, without a cluster: the Findings tab alone, evidence pointing into the files.
    QTemporaryDir dir;
    QFile file(dir.filePath(u"provider.log"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("I1129 08:00:00.000000       1 main.go:100] starting the provider\n"
               "I1129 08:00:01.000000       1 server.go:120] mounting\n"
               "E1129 08:00:02.000000       1 server.go:130] failed to mount objects, error: failed to get keyvault client: "
               "failed to get authorizer for keyvault client: nmi response failed with status code: 404, response body: "
               "getting assigned identities for pod payments/api-1 in CREATED state failed after 16 attempts, retry duration [5]s, "
               "error: <nil>. Check MIC pod logs for identity assignment errors\n"
               "I1129 08:00:03.000000       1 server.go:140] done\n");
    file.close();
    m_window = std::make_unique<MainWindow>();
    m_window->resize(1200, 800);
    m_window->show();
    QVERIFY(m_window->openLogPaths({file.fileName()}));
    LogsPage *logs = m_window->logsPage();
    QVERIFY(logs);
    QVERIFY(waitForAnalysis(1));
    FindingsModel *model = m_window->findingsPanel()->model();
    QTRY_VERIFY_WITH_TIMEOUT(model->rowCount() > 0, 20000);
    QCOMPARE(model->finding(0).cause, u"aad-pod-identity-nmi-404"_s);
    QTabWidget *tabs = m_window->connectedTabs();
    QVERIFY(tabs->isVisible());
    QCOMPARE(tabs->currentWidget(), m_window->findingsPanel());
    QVERIFY(!tabs->isTabVisible(tabs->indexOf(m_window->overviewPage())));
    const Evidence e = model->finding(0).evidence.value(0);
    QCOMPARE(e.line, 3);
    QCOMPARE(logSourceIndex(logs->model(), e.source), 0);
    QVERIFY(logs->view()->isEvidence(logs->model()->rowOf(0, 2)));
    // No cluster: kubectl commands are not bound to a context.
    for (const QString &command : m_window->findingsPanel()->kubectlCommands())
        QVERIFY2(!command.contains(u"--context"_s), qPrintable(command));
}

QTEST_MAIN(TestFindingsPanel)
#include "tst_findingspanel.moc"
