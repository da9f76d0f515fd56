// SPDX-License-Identifier: MIT
#pragma once

#include "core/detector.h"
#include "core/kubeconfig.h"

#include <QJsonObject>
#include <QMainWindow>
#include <QPointer>
#include <QTimer>

#include <memory>
#include <optional>

class QDockWidget;
class QLabel;
class QMenu;
class QPushButton;
class QTabWidget;

namespace Ui {
class MainWindow;
}

namespace kvd {

class AnalysisJob;
class ClusterSession;
class TroubleshootSession;
class FindingsPanel;
class ConnectDialog;
class LogsPage;
class DetailsPane;
class NodeMapPage;
class OverviewPage;

// The application's main window: menus, toolbar, a start page in the central stack, dock
// areas that later features fill (through addFeatureDock) and a status bar that tells which
// context is selected. What is not built yet is not shown.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // --kubeconfig: read only this file. Without it the window uses the file last picked in
    // the connect dialog, else kubectl's search (KUBECONFIG, then the home default).
    void setKubeconfigFile(const QString &file);
    QString kubeconfigFile() const { return m_file; }
    // --context: preselected in the connect dialog; selected directly by startUp() when usable.
    void setRequestedContext(const QString &name);

    // Shows "Start Demo" on the start page and in the File menu; main() connects demoRequested
    // to the built-in simulated cluster (the widgets library does not link the simulator).
    void setDemoAvailable(bool available);

    // Called once after show(): selects the --context context or opens the connect dialog
    // when a kubeconfig was found; otherwise the start page explains where kvdoctor looked.
    void startUp();

    const Kubeconfig &kubeconfig() const { return m_config; }
    QString selectedContextName() const;
    // The open connect dialog, if any (tests and the screenshot tool use it).
    ConnectDialog *connectDialog() const;

    // The connection to the selected context (its state, inventory, client).
    ClusterSession *session() const { return m_session; }
    OverviewPage *overviewPage() const { return m_overview; }
    // The Logs dock's page (created on first use).
    LogsPage *logsPage() const { return m_logs; }
    // The connected page: tabs Overview | Node map; the Details dock shows the map's selection.
    QTabWidget *connectedTabs() const { return m_tabs; }
    NodeMapPage *nodeMapPage() const { return m_nodeMap; }
    DetailsPane *detailsPane() const { return m_details; } // made on the first connection
    // The Findings tab and the analysis that feeds it (inventory and shown logs, off the GUI thread).
    FindingsPanel *findingsPanel() const { return m_findings; }
    AnalysisJob *analysisJob() const { return m_analysis; }
    bool isAnalysisPending() const; // scheduled or running

    // Adds a feature's dock and its show/hide toggle to the View menu.
    void addFeatureDock(QDockWidget *dock, Qt::DockWidgetArea area);

public Q_SLOTS:
    // Test Connectivity… for the pod selected in the map (or the first failing one).
    void testConnectivity();
    // Export Report… with what is known now: cluster, findings, logs shown, the last test.
    void exportReport();
    void startTroubleshooting();
    void openConnectDialog();
    void reloadKubeconfig();
    // Selects the context and connects to it.
    void selectContext(const kvd::ResolvedContext &context);
    // File ▸ Recent Contexts: reads the context's kubeconfig (empty: kubectl's search) and
    // connects; false, with the reason in the status bar, when the context is not usable any more.
    bool openRecentContext(const QString &kubeconfigFile, const QString &context);
    void refreshCluster();
    // Opens the Logs dock with the provider and driver logs of the node (and the pod's own logs).
    void showNodeLogs(const QString &nodeName, const QString &podNamespace, const QString &podName);
    // File > Open Logs…: log files, folders or zip archives, without a cluster.
    void openLogs();
    // Opens log files, folders or zip archives in the Logs dock (no dialog); false when none opened.
    bool openLogPaths(const QStringList &paths);
    // Analyses the inventory and the shown logs again (debounced; the latest request wins).
    void scheduleAnalysis(int delayMs = 300);
    // Shows where a finding's evidence is: the log line in the log viewer (opening the node's
    // logs when they are not shown), or the event's pod in the map and the Details dock.
    void showEvidence(const kvd::Evidence &evidence);

Q_SIGNALS:
    void contextSelected(const QString &name);
    void demoRequested();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void updateStartPage();
    void updateRecentContextsMenu();
    void rememberContext(const QString &context);
    void updateContextDisplay();
    void updateConnectionDisplay();
    void showAbout();
    void showShortcuts();
    void setLanguage(const QString &language);
    void ensureLogsPage();
    void ensureDetailsDock();
    void runAnalysis();
    void applyFindings(const QList<kvd::Finding> &findings);
    void markLogEvidence(bool jump);
    bool tryPendingEvidence();
    QStringList shownLogKeys() const;

    std::unique_ptr<Ui::MainWindow> m_ui;
    QLabel *m_contextLabel = nullptr;
    QLabel *m_serverLabel = nullptr;
    QLabel *m_authLabel = nullptr;
    QLabel *m_connectionLabel = nullptr;
    QAction *m_docksSeparator = nullptr;
    QMenu *m_recentMenu = nullptr;
    QAction *m_demoAction = nullptr;
    QPushButton *m_demoButton = nullptr;
    QPointer<ConnectDialog> m_connectDialog;
    Kubeconfig m_config;
    QString m_file;
    QString m_requestedContext;
    std::optional<ResolvedContext> m_selected;
    ClusterSession *m_session = nullptr;
    OverviewPage *m_overview = nullptr;
    LogsPage *m_logs = nullptr;
    QDockWidget *m_logsDock = nullptr;
    QTabWidget *m_tabs = nullptr;
    NodeMapPage *m_nodeMap = nullptr;
    DetailsPane *m_details = nullptr;
    FindingsPanel *m_findings = nullptr;
    AnalysisJob *m_analysis = nullptr;
    QJsonObject m_lastProbe;        // the last connectivity test's results, for the report
    QList<Finding> m_probeFindings; // and the causes it measured
    QPointer<TroubleshootSession> m_troubleshoot; // the troubleshooting run, resumable
    QTimer m_analysisTimer;
    QStringList m_analysedLogKeys;  // the log documents of the last analysis request
    QStringList m_markedLogKeys;    // the log documents the viewer last jumped to evidence in
    std::optional<Evidence> m_pendingEvidence; // shown once its node's logs have loaded
};

} // namespace kvd
