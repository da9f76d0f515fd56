// SPDX-License-Identifier: MIT
#include "widgets/mainwindow.h"

#include "core/kubeconfigpaths.h"
#include "core/logline.h"
#include "models/logmodel.h"
#include "core/version.h"
#include "kube/clustersession.h"
#include "models/analysisjob.h"
#include "models/contextlistmodel.h"
#include "models/findingsmodel.h"
#include "models/statusicons.h"
#include "widgets/actionicons.h"
#include "widgets/appicon.h"
#include "widgets/appsettings.h"
#include "widgets/connectdialog.h"
#include "widgets/exportdialog.h"
#include "widgets/probewizard.h"
#include "widgets/troubleshootwizard.h"
#include "widgets/logspage.h"
#include "widgets/detailspane.h"
#include "widgets/findingspanel.h"
#include "widgets/logview.h"
#include "widgets/nodemapview.h"
#include "widgets/nodemappage.h"
#include "widgets/overviewpage.h"

#include "ui_mainwindow.h"

#include <ksyntaxhighlighting_version.h>

#include <QApplication>
#include <QDateTime>
#include <QRegularExpression>
#include <QPointer>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFileInfo>
#include <QIcon>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>
#include <QTabWidget>
#include <QActionGroup>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace kvd {

namespace {
QLabel *addStatusLabel(QStatusBar *bar, const QString &objectName, const QString &accessibleName)
{
    auto *label = new QLabel(bar);
    label->setObjectName(objectName);
    label->setAccessibleName(accessibleName);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setContentsMargins(4, 0, 4, 0);
    bar->addPermanentWidget(label);
    return label;
}
} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
{
    m_ui->setupUi(this);
    setWindowIcon(appIcon());
    // Left and right docks take the full height; the bottom dock (findings) sits between them.
    setCorner(Qt::BottomLeftCorner, Qt::LeftDockWidgetArea);
    setCorner(Qt::BottomRightCorner, Qt::RightDockWidgetArea);
    setDockOptions(dockOptions() | QMainWindow::AllowNestedDocks);

    m_ui->actionConnect->setIcon(actionIcon(QStringLiteral("network-connect"), QStringLiteral("connect")));
    m_ui->actionReload->setIcon(actionIcon(QStringLiteral("document-revert"), QStringLiteral("reload-kubeconfig")));
    m_ui->actionQuit->setShortcut(QKeySequence::Quit);
    m_ui->actionQuit->setIcon(actionIcon(QStringLiteral("application-exit"), QStringLiteral("quit")));
    m_ui->actionAbout->setIcon(windowIcon());

    // Toolbar buttons are made by Qt; name them so tests and accessibility tools can find them.
    const QList<QAction *> toolBarActions = m_ui->mainToolBar->actions();
    for (QAction *action : toolBarActions) {
        if (QWidget *button = m_ui->mainToolBar->widgetForAction(action)) {
            button->setObjectName(action->objectName() + QStringLiteral("Button"));
            button->setAccessibleName(action->text().remove(QLatin1Char('&')).remove(QStringLiteral("…")));
        }
    }
    m_ui->menuBar->setAccessibleName(tr("Main menu"));
    m_ui->mainToolBar->setAccessibleName(tr("Main toolbar"));

    QAction *toolBarToggle = m_ui->mainToolBar->toggleViewAction();
    toolBarToggle->setObjectName(QStringLiteral("actionShowToolBar"));
    toolBarToggle->setText(tr("Show &Toolbar"));
    m_ui->menuView->addAction(toolBarToggle);
    m_ui->menuView->addAction(m_ui->actionShowStatusBar);
    m_docksSeparator = m_ui->menuView->addSection(tr("Panels"));
    m_docksSeparator->setVisible(false);

    m_session = new ClusterSession(this);
    m_tabs = new QTabWidget(m_ui->centralStack);
    m_tabs->setObjectName(QStringLiteral("connectedTabs"));
    m_tabs->setAccessibleName(tr("Cluster views"));
    m_tabs->setDocumentMode(true);
    m_overview = new OverviewPage(m_session, m_tabs);
    m_overview->setObjectName(QStringLiteral("overviewPage"));
    m_tabs->addTab(m_overview, tr("&Overview"));
    m_nodeMap = new NodeMapPage(m_session, m_tabs);
    m_nodeMap->setObjectName(QStringLiteral("nodeMapPage"));
    m_tabs->addTab(m_nodeMap, tr("&Node map"));
    m_analysis = new AnalysisJob(this);
    m_findings = new FindingsPanel(m_tabs);
    m_findings->setObjectName(QStringLiteral("findingsPanel"));
    m_findings->setAnalysisJob(m_analysis);
    m_tabs->addTab(m_findings, tr("&Findings"));
    m_ui->centralStack->addWidget(m_tabs);
    m_analysisTimer.setSingleShot(true);
    connect(&m_analysisTimer, &QTimer::timeout, this, &MainWindow::runAnalysis);
    connect(m_analysis, &AnalysisJob::finished, this, &MainWindow::applyFindings);
    connect(m_findings, &FindingsPanel::evidenceActivated, this, &MainWindow::showEvidence);
    connect(m_session, &ClusterSession::inventoryChanged, this, [this] { scheduleAnalysis(); });
    connect(m_overview, &OverviewPage::findingActivated, this, [this](const QString &cause, const QString &node) {
        m_tabs->setCurrentWidget(m_findings);
        m_findings->selectRow(m_findings->model()->rowOfCause(cause, node));
        m_findings->table()->setFocus();
    });
    auto *refreshAction = new QAction(actionIcon(QStringLiteral("view-refresh"), QStringLiteral("refresh")), tr("Re&fresh Cluster"), this);
    refreshAction->setObjectName(QStringLiteral("actionRefreshCluster"));
    refreshAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    refreshAction->setEnabled(false);
    m_ui->menuFile->insertAction(m_ui->actionReload, refreshAction);
    auto *openLogsAction = new QAction(actionIcon(QStringLiteral("document-open"), QStringLiteral("open-logs")), tr("Open &Logs…"), this);
    openLogsAction->setObjectName(QStringLiteral("actionOpenLogs"));
    openLogsAction->setShortcut(QKeySequence::Open);
    m_ui->menuFile->insertAction(m_ui->actionReload, openLogsAction);
    connect(openLogsAction, &QAction::triggered, this, &MainWindow::openLogs);
    connect(refreshAction, &QAction::triggered, this, &MainWindow::refreshCluster);
    connect(m_session, &ClusterSession::stateChanged, this, [this, refreshAction] {
        refreshAction->setEnabled(m_session->state() == ClusterSession::State::Connected
                                  || m_session->state() == ClusterSession::State::Failed);
        updateConnectionDisplay();
        if (m_session->state() == ClusterSession::State::Connected && m_selected)
            rememberContext(m_selected->context.name);
        if (m_session->state() == ClusterSession::State::Disconnected || m_session->state() == ClusterSession::State::Failed)
            scheduleAnalysis(); // the cluster's findings no longer apply
    });
    connect(m_session, &ClusterSession::execPluginOutput, this, [this](const QString &line) {
        // kubelogin's device-code prompt must reach the user while the plugin waits.
        statusBar()->showMessage(line);
    });

    // The steps of the runbook, each one key away.
    auto *testAction = new QAction(actionIcon(QStringLiteral("network-wireless"), QStringLiteral("test-connectivity")), tr("&Test Connectivity…"), this);
    testAction->setObjectName(QStringLiteral("actionTestConnectivity"));
    testAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    testAction->setToolTip(tr("Test the path from a pod's node to Key Vault with a short-lived probe pod"));
    testAction->setEnabled(false);
    auto *exportAction = new QAction(actionIcon(QStringLiteral("document-export"), QStringLiteral("export-report")), tr("&Export Report…"), this);
    exportAction->setObjectName(QStringLiteral("actionExportReport"));
    exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    exportAction->setToolTip(tr("Export a redacted report for a support ticket"));
    m_ui->menuFile->insertAction(m_ui->actionReload, exportAction);
    m_ui->menuFile->insertAction(exportAction, testAction);
    auto *troubleshootAction = new QAction(actionIcon(QStringLiteral("tools-wizard"), QStringLiteral("troubleshoot")), tr("T&roubleshoot…"), this);
    troubleshootAction->setObjectName(QStringLiteral("actionTroubleshoot"));
    troubleshootAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    troubleshootAction->setToolTip(tr("Find out why a pod cannot mount its secrets, step by step, up to the report"));
    m_ui->menuFile->insertAction(testAction, troubleshootAction);
    m_ui->mainToolBar->addAction(troubleshootAction);
    m_ui->mainToolBar->addAction(testAction);
    m_ui->mainToolBar->addAction(exportAction);
    connect(troubleshootAction, &QAction::triggered, this, &MainWindow::startTroubleshooting);
    connect(testAction, &QAction::triggered, this, &MainWindow::testConnectivity);
    connect(exportAction, &QAction::triggered, this, &MainWindow::exportReport);
    connect(m_session, &ClusterSession::stateChanged, this, [this, testAction] {
        testAction->setEnabled(m_session->state() == ClusterSession::State::Connected);
    });

    auto *languageMenu = m_ui->menuView->addMenu(tr("&Language"));
    languageMenu->setObjectName(QStringLiteral("menuLanguage"));
    auto *languages = new QActionGroup(languageMenu);
    const QString current = AppSettings::read().language;
    for (const auto &[id, name] : {std::pair{QString(), tr("System Default")}, std::pair{QStringLiteral("en"), QStringLiteral("English")},
                                   std::pair{QStringLiteral("ko"), QStringLiteral("한국어")}}) {
        QAction *action = languageMenu->addAction(name);
        action->setObjectName(QStringLiteral("actionLanguage_") + (id.isEmpty() ? QStringLiteral("system") : id));
        action->setCheckable(true);
        action->setChecked(id == current);
        languages->addAction(action);
        connect(action, &QAction::triggered, this, [this, id] { setLanguage(id); });
    }
    auto *shortcutsAction = new QAction(actionIcon(QStringLiteral("input-keyboard"), QStringLiteral("shortcuts")), tr("&Keyboard Shortcuts"), this);
    shortcutsAction->setObjectName(QStringLiteral("actionShortcuts"));
    shortcutsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Slash));
    m_ui->menuHelp->insertAction(m_ui->actionAbout, shortcutsAction);
    connect(shortcutsAction, &QAction::triggered, this, &MainWindow::showShortcuts);

    m_recentMenu = new QMenu(tr("Recent Conte&xts"), m_ui->menuFile);
    m_recentMenu->setObjectName(QStringLiteral("menuRecentContexts"));
    m_recentMenu->setIcon(actionIcon(QStringLiteral("document-open-recent"), QStringLiteral("recent")));
    m_ui->menuFile->insertMenu(m_ui->actionReload, m_recentMenu);
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::updateRecentContextsMenu);
    updateRecentContextsMenu();
    m_demoAction = new QAction(actionIcon(QStringLiteral("media-playback-start"), QStringLiteral("demo")), tr("Start &Demo"), this);
    m_demoAction->setObjectName(QStringLiteral("actionStartDemo"));
    m_demoAction->setToolTip(tr("Connect to a simulated AKS cluster inside kvdoctor (no cluster or credentials needed)"));
    m_demoAction->setVisible(false);
    m_ui->menuFile->insertAction(m_ui->actionReload, m_demoAction);
    connect(m_demoAction, &QAction::triggered, this, &MainWindow::demoRequested);
    m_demoButton = new QPushButton(m_demoAction->icon(), tr("Start &Demo"), m_ui->startPage);
    m_demoButton->setObjectName(QStringLiteral("startDemoButton"));
    m_demoButton->setAccessibleName(tr("Start the demo with a simulated cluster"));
    m_demoButton->setToolTip(m_demoAction->toolTip());
    m_demoButton->setVisible(false);
    m_ui->connectLayout->insertWidget(m_ui->connectLayout->indexOf(m_ui->startOpenLogsButton) + 1, m_demoButton);
    connect(m_demoButton, &QPushButton::clicked, this, &MainWindow::demoRequested);
    m_ui->startConnectButton->setIcon(m_ui->actionConnect->icon());
    m_ui->startTroubleshootButton->setIcon(troubleshootAction->icon());
    m_ui->startOpenLogsButton->setIcon(openLogsAction->icon());

    connect(m_ui->actionConnect, &QAction::triggered, this, &MainWindow::openConnectDialog);
    connect(m_ui->actionReload, &QAction::triggered, this, &MainWindow::reloadKubeconfig);
    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->actionShowStatusBar, &QAction::toggled, statusBar(), &QWidget::setVisible);
    connect(m_ui->actionAbout, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_ui->actionAboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);
    connect(m_ui->startConnectButton, &QPushButton::clicked, this, &MainWindow::openConnectDialog);
    connect(m_ui->startTroubleshootButton, &QPushButton::clicked, this, &MainWindow::startTroubleshooting);
    connect(m_ui->startOpenLogsButton, &QPushButton::clicked, this, &MainWindow::openLogs);

    QFont titleFont = m_ui->titleLabel->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.8);
    titleFont.setBold(true);
    m_ui->titleLabel->setFont(titleFont);
    m_ui->logoLabel->setPixmap(windowIcon().pixmap(64, 64));
    m_ui->logoLabel->setAccessibleName(tr("kvdoctor logo"));

    m_contextLabel = addStatusLabel(statusBar(), QStringLiteral("contextStatusLabel"), tr("Context"));
    m_serverLabel = addStatusLabel(statusBar(), QStringLiteral("serverStatusLabel"), tr("Server"));
    m_authLabel = addStatusLabel(statusBar(), QStringLiteral("authStatusLabel"), tr("Authentication"));
    m_connectionLabel = addStatusLabel(statusBar(), QStringLiteral("connectionStatusLabel"), tr("Connection state"));

    const AppSettings settings = AppSettings::read();
    if (!settings.mainWindowGeometry.isEmpty())
        restoreGeometry(settings.mainWindowGeometry);
    if (!settings.mainWindowState.isEmpty())
        restoreState(settings.mainWindowState);
    // Reopen the file picked last time, as long as it is still there.
    if (!settings.lastKubeconfigFile.isEmpty() && QFileInfo::exists(settings.lastKubeconfigFile))
        m_file = settings.lastKubeconfigFile;

    reloadKubeconfig();
}

MainWindow::~MainWindow()
{
    // The session outlives the widgets that show it otherwise (children die in creation order).
    delete m_session;
}

void MainWindow::setKubeconfigFile(const QString &file)
{
    // Absolute, because the path is remembered in the settings and the working directory changes.
    m_file = file.isEmpty() ? file : QFileInfo(file).absoluteFilePath();
    reloadKubeconfig();
}

void MainWindow::setDemoAvailable(bool available)
{
    m_demoAction->setVisible(available);
    m_demoButton->setVisible(available);
    updateStartPage();
}

void MainWindow::rememberContext(const QString &context)
{
    AppSettings settings = AppSettings::read();
    const RecentContext recent{m_file, context};
    if (!settings.recentContexts.isEmpty() && settings.recentContexts.constFirst() == recent)
        return;
    settings.addRecentContext(recent);
    settings.write();
    updateRecentContextsMenu();
}

void MainWindow::updateRecentContextsMenu()
{
    m_recentMenu->clear();
    const QList<RecentContext> recents = AppSettings::read().recentContexts;
    for (const RecentContext &recent : recents) {
        // A file that went away (a deleted demo kubeconfig, a moved file) is not offered.
        if (!recent.kubeconfigFile.isEmpty() && !QFileInfo::exists(recent.kubeconfigFile))
            continue;
        const QString where = recent.kubeconfigFile.isEmpty() ? tr("default kubeconfig")
                                                              : QDir::toNativeSeparators(recent.kubeconfigFile);
        QAction *action = m_recentMenu->addAction(tr("%1 — %2").arg(recent.context, where));
        action->setObjectName(QStringLiteral("actionRecentContext_%1").arg(m_recentMenu->actions().size()));
        action->setData(QStringList{recent.kubeconfigFile, recent.context});
        connect(action, &QAction::triggered, this, [this, recent] { openRecentContext(recent.kubeconfigFile, recent.context); });
    }
    if (m_recentMenu->isEmpty()) {
        QAction *none = m_recentMenu->addAction(tr("No recent contexts"));
        none->setEnabled(false);
    }
}

bool MainWindow::openRecentContext(const QString &kubeconfigFile, const QString &context)
{
    setKubeconfigFile(kubeconfigFile);
    QString error;
    if (auto resolved = m_config.resolve(context, &error)) {
        selectContext(*resolved);
        return true;
    }
    statusBar()->showMessage(tr("The context “%1” cannot be used: %2").arg(context, error), 10000);
    return false;
}

void MainWindow::setRequestedContext(const QString &name)
{
    m_requestedContext = name;
}

void MainWindow::startUp()
{
    if (!m_requestedContext.isEmpty()) {
        QString error;
        if (auto resolved = m_config.resolve(m_requestedContext, &error)) {
            selectContext(*resolved);
            return;
        }
    }
    if (!m_config.loadedFiles().isEmpty())
        openConnectDialog();
}

QString MainWindow::selectedContextName() const
{
    return m_selected ? m_selected->context.name : QString();
}

ConnectDialog *MainWindow::connectDialog() const
{
    return m_connectDialog;
}

void MainWindow::addFeatureDock(QDockWidget *dock, Qt::DockWidgetArea area)
{
    Q_ASSERT(!dock->objectName().isEmpty()); // saveState() needs it
    addDockWidget(area, dock);
    m_docksSeparator->setVisible(true);
    m_ui->menuView->addAction(dock->toggleViewAction());
}

void MainWindow::openConnectDialog()
{
    if (m_connectDialog) {
        m_connectDialog->raise();
        m_connectDialog->activateWindow();
        return;
    }
    auto *dialog = new ConnectDialog(this);
    dialog->setObjectName(QStringLiteral("connectDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setKubeconfigFile(m_file);
    dialog->setPreferredContext(m_requestedContext);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        // The dialog may have switched files: the window follows it.
        m_requestedContext.clear();
        m_file = dialog->kubeconfigFile();
        m_config = dialog->kubeconfig();
        updateStartPage();
        if (const auto chosen = dialog->chosenContext())
            selectContext(*chosen);
    });
    m_connectDialog = dialog;
    // open(), not exec(): no nested event loop, the window stays responsive to repaints.
    dialog->open();
}

void MainWindow::reloadKubeconfig()
{
    m_config = Kubeconfig::loadDefault(m_file);
    if (m_selected) {
        QString error;
        if (auto resolved = m_config.resolve(m_selected->context.name, &error)) {
            m_selected = std::move(resolved);
        } else {
            statusBar()->showMessage(tr("The context “%1” is no longer usable: %2").arg(m_selected->context.name, error));
            m_selected.reset();
        }
    }
    if (m_connectDialog)
        m_connectDialog->reload();
    updateStartPage();
    updateContextDisplay();
}

void MainWindow::selectContext(const ResolvedContext &context)
{
    m_selected = context;
    updateContextDisplay();
    m_ui->centralStack->setCurrentWidget(m_tabs);
    m_tabs->setTabVisible(m_tabs->indexOf(m_overview), true);
    m_tabs->setTabVisible(m_tabs->indexOf(m_nodeMap), true);
    ensureDetailsDock();
    m_session->connectTo(context);
    Q_EMIT contextSelected(context.context.name);
}

void MainWindow::refreshCluster()
{
    if (m_session->state() == ClusterSession::State::Failed && m_selected)
        m_session->connectTo(*m_selected);
    else
        m_session->refresh();
}

void MainWindow::updateConnectionDisplay()
{
    if (!m_selected) {
        m_connectionLabel->setText(tr("Not connected"));
        m_connectionLabel->setToolTip(QString());
        return;
    }
    const auto state = m_session->state();
    QString text = ClusterSession::stateDisplayName(state);
    if (state == ClusterSession::State::Connected && !m_session->serverVersion().isEmpty())
        text = tr("Connected (Kubernetes %1)").arg(m_session->serverVersion());
    m_connectionLabel->setText(text);
    m_connectionLabel->setToolTip(m_session->stateMessage());
}

void MainWindow::updateStartPage()
{
    QString text = ConnectDialog::describeSource(m_config, m_file);
    if (m_config.loadedFiles().isEmpty()) {
        const KubeconfigEnvironment env = KubeconfigEnvironment::current();
        QStringList lines;
        lines << tr("No kubeconfig was found. kvdoctor looks where kubectl does: the file given with "
                    "--kubeconfig, else the files listed in the KUBECONFIG environment variable, else "
                    "%1.")
                     .arg(QDir::toNativeSeparators(kubeHomeDir(env) + QStringLiteral("/.kube/config")));
        // The real paths, resolved as kubectl would, so a typo in KUBECONFIG shows at once.
        const QString source = !m_file.isEmpty() ? tr("chosen file")
                               : !env.kubeconfig.isEmpty() ? tr("from KUBECONFIG")
                                                           : tr("default location");
        lines << tr("Looked in:");
        bool anyExists = false;
        for (const QString &path : kubeconfigSearchPaths(m_file, env)) {
            const bool exists = QFileInfo::exists(path);
            anyExists = anyExists || exists;
            lines << tr("• %1 (%2): %3")
                         .arg(QDir::toNativeSeparators(path), source, exists ? tr("could not be read") : tr("does not exist"));
        }
        if (anyExists)
            lines << m_config.fatalErrors(); // why an existing file could not be read
        if (m_demoAction->isVisible())
            lines << QString() << tr("Without a cluster, try the demo (a simulated AKS cluster inside kvdoctor) or open "
                                     "log files you were sent.");
        else
            lines << QString() << tr("Without a cluster, open log files you were sent.");
        text = lines.join(QLatin1Char('\n'));
    } else {
        const QStringList fatal = m_config.fatalErrors();
        if (!fatal.isEmpty()) {
            text += QLatin1Char('\n') + fatal.join(QLatin1Char('\n'));
        } else {
            text += QLatin1Char('\n') + tr("%n context(s) defined.", nullptr, int(m_config.contexts().size()));
            int unusable = 0;
            for (const KubeContext &context : m_config.contexts()) {
                const QList<KubeconfigIssue> issues = m_config.contextIssues(context.name);
                unusable += std::any_of(issues.cbegin(), issues.cend(), [](const KubeconfigIssue &issue) {
                    return issue.severity == KubeconfigIssue::Severity::Error;
                });
            }
            if (unusable > 0)
                text += QLatin1Char(' ') + tr("%n of them cannot be used; the connect dialog shows why.", nullptr, unusable);
        }
    }
    m_ui->kubeconfigLabel->setText(text);
}

void MainWindow::updateContextDisplay()
{
    if (!m_selected) {
        m_session->disconnectFromCluster();
        m_ui->centralStack->setCurrentWidget(m_ui->startPage);
        setWindowTitle(tr("Key Vault CSI Doctor"));
        m_contextLabel->setText(tr("No context selected"));
        m_serverLabel->clear();
        m_serverLabel->hide();
        m_authLabel->clear();
        m_authLabel->hide();
        m_connectionLabel->setText(tr("Not connected"));
        m_ui->selectionLabel->clear();
        m_ui->selectionLabel->hide();
        return;
    }
    const ResolvedContext &selected = *m_selected;
    const QString auth = ContextListModel::authDescription(selected.authKind, &selected.user);
    setWindowTitle(tr("%1 — Key Vault CSI Doctor").arg(selected.context.name));
    m_contextLabel->setText(tr("Context: %1").arg(selected.context.name));
    m_serverLabel->setText(tr("Server: %1").arg(selected.cluster.server));
    m_serverLabel->setToolTip(selected.cluster.server);
    m_serverLabel->show();
    m_authLabel->setText(tr("Auth: %1").arg(auth));
    m_authLabel->show();
    m_ui->selectionLabel->setText(tr("Context “%1” (server %2, namespace “%3”, %4).")
                                      .arg(selected.context.name, selected.cluster.server,
                                           selected.context.effectiveNamespace(), auth));
    m_ui->selectionLabel->show();
    updateConnectionDisplay();
}

void MainWindow::showAbout()
{
    QString cluster;
    if (m_session->state() == ClusterSession::State::Connected) {
        const Inventory &inventory = m_session->inventory();
        cluster = tr("<p>Connected cluster: Kubernetes %1, Secrets Store CSI driver %2, Azure provider %3.</p>")
                      .arg(m_session->serverVersion().toHtmlEscaped(),
                           inventory.driverVersions.isEmpty() ? tr("not found") : inventory.driverVersions.join(QStringLiteral(", ")).toHtmlEscaped(),
                           inventory.providerVersions.isEmpty() ? tr("not found") : inventory.providerVersions.join(QStringLiteral(", ")).toHtmlEscaped());
    }
    // Not modal: the cluster keeps loading and the window stays usable while it is open.
    auto *box = new QMessageBox(this);
    box->setObjectName(QStringLiteral("aboutBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::NonModal);
    box->setWindowTitle(tr("About kvdoctor"));
    box->setIconPixmap(windowIcon().pixmap(64, 64));
    box->setStandardButtons(QMessageBox::Close);
    box->setText(tr("<h3>Key Vault CSI Doctor %1</h3>"
                          "<p>Troubleshooting the Azure Key Vault provider for the Secrets Store CSI driver "
                          "on Azure Kubernetes Service.</p>"
                          "<p>Licensed under the MIT license.</p>")
                               .arg(applicationVersion())
                           + tr("<p>Built with Qt %1 (running %2) and KDE Frameworks SyntaxHighlighting %3.</p>")
                                 .arg(QStringLiteral(QT_VERSION_STR), QString::fromLatin1(qVersion()),
                                      QStringLiteral(KSYNTAXHIGHLIGHTING_VERSION_STRING))
                           + cluster);
    box->show();
}

void MainWindow::showShortcuts()
{
    // Every action with a shortcut, read from the menus, so the list cannot go stale.
    if (auto *open = findChild<QDialog *>(QStringLiteral("shortcutsDialog"))) {
        open->raise();
        open->activateWindow();
        return;
    }
    auto *dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("shortcutsDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Keyboard Shortcuts"));
    auto *layout = new QVBoxLayout(dialog);
    auto *table = new QTableWidget(dialog);
    table->setObjectName(QStringLiteral("shortcutsTable"));
    table->setAccessibleName(tr("Keyboard shortcuts"));
    table->setColumnCount(2);
    table->setHorizontalHeaderLabels({tr("Action"), tr("Shortcut")});
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    QList<QAction *> actions = findChildren<QAction *>();
    actions.removeIf([](QAction *a) { return a->shortcut().isEmpty() || a->text().isEmpty(); });
    std::sort(actions.begin(), actions.end(), [](QAction *a, QAction *b) { return a->text().remove(u'&') < b->text().remove(u'&'); });
    table->setRowCount(int(actions.size()));
    for (int row = 0; row < actions.size(); ++row) {
        QString text = actions.at(row)->text();
        text.remove(u'&');
        table->setItem(row, 0, new QTableWidgetItem(text));
        table->setItem(row, 1, new QTableWidgetItem(actions.at(row)->shortcut().toString(QKeySequence::NativeText)));
    }
    table->resizeColumnsToContents();
    layout->addWidget(table);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    layout->addWidget(buttons);
    dialog->resize(520, 420);
    dialog->show(); // not modal: a reference to keep open next to the window
}

void MainWindow::setLanguage(const QString &language)
{
    AppSettings settings = AppSettings::read();
    if (settings.language == language)
        return;
    settings.language = language;
    settings.write();
    // Qt widgets built from forms would have to be rebuilt to switch now; a restart is clearer.
    statusBar()->showMessage(tr("The language changes the next time kvdoctor starts."), 8000);
}

void MainWindow::testConnectivity()
{
    if (m_session->state() != ClusterSession::State::Connected)
        return;
    const MapSelection selection = m_details ? m_details->selection() : MapSelection{};
    ProbeWizard *wizard = selection.isPod() ? ProbeWizard::start(this, m_session, selection.podNamespace, selection.podName)
                                            : ProbeWizard::start(this, m_session);
    if (!wizard)
        return;
    connect(wizard, &ProbeWizard::probeFinished, this, [this, wizard](const QJsonObject &report) {
        m_lastProbe = report;
        if (!m_lastProbe.contains(QStringLiteral("finished")))
            m_lastProbe.insert(QStringLiteral("finished"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
        m_probeFindings = wizard->findings();
    });
}

void MainWindow::exportReport()
{
    ReportInput input;
    if (m_session->state() == ClusterSession::State::Connected) {
        const ResolvedContext &context = m_session->context();
        input.context = context.context.name;
        input.server = context.cluster.server;
        input.auth = authKindDisplayName(context.authKind);
        input.kubernetesVersion = m_session->serverVersion();
        input.inventory = m_session->inventory();
        input.collected.append({tr("nodes, pods, events, DaemonSets, SecretProviderClasses, CSIDriver"), QStringLiteral("inventory"), 0, 0, {}});
    }
    input.findings = m_analysis->findings();
    // The connectivity test's causes come first: they were just measured from the node.
    for (auto it = m_probeFindings.crbegin(); it != m_probeFindings.crend(); ++it) {
        const bool known = std::any_of(input.findings.cbegin(), input.findings.cend(), [&](const Finding &f) {
            return f.cause == it->cause && f.node == it->node;
        });
        if (!known)
            input.findings.prepend(*it);
    }
    input.connectivity = m_lastProbe;
    QList<BundleLog> logs;
    if (m_logs) {
        LogModel *model = m_logs->model();
        for (int s = 0; s < model->sourceCount(); ++s) {
            LogDocument *document = model->document(s);
            if (!document)
                continue;
            const QString key = logSourceKey(model, s);
            auto *file = qobject_cast<FileLogDocument *>(document);
            input.collected.append({key, file ? QStringLiteral("file") : QStringLiteral("log"), document->lineCount(), document->byteSize(), {}});
            QString name = key;
            name.replace(u'\\', u'/').remove(QRegularExpression(QStringLiteral("^([A-Za-z]:)?/+")));
            if (file) {
                logs.append({name, file->path(), {}});
            } else {
                // A stream's lines as they are now (the bundle redacts them).
                QByteArray data;
                const QList<QByteArray> lines = document->lines(0, document->lineCount());
                for (const QByteArray &line : lines)
                    data += line + '\n';
                logs.append({name.replace(u'/', u'_') + QStringLiteral(".log"), {}, data});
            }
        }
        // Excerpts come from the documents the viewer holds (read on the GUI thread, like the view).
        QPointer<LogModel> guardedModel(model);
        input.excerpt = [guardedModel](const Evidence &evidence, int before, int after) {
            QList<QPair<qint64, QString>> out;
            if (!guardedModel || evidence.line <= 0)
                return out;
            const int source = logSourceIndex(guardedModel, evidence.source);
            LogDocument *document = source >= 0 ? guardedModel->document(source) : nullptr;
            if (!document)
                return out;
            const qint64 first = std::max<qint64>(1, evidence.line - before);
            const qint64 last = std::min<qint64>(document->lineCount(), evidence.line + after);
            const QList<QByteArray> lines = document->lines(first - 1, last - first + 1);
            for (qsizetype i = 0; i < lines.size(); ++i)
                out.append({first + i, decodeLogText(lines.at(i))});
            return out;
        };
    }
    auto *dialog = new ExportDialog(this);
    dialog->setObjectName(QStringLiteral("exportDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setInput(input, logs);
    dialog->show(); // not modal: the cluster view stays usable while the report is reviewed
}

void MainWindow::startTroubleshooting()
{
    const bool connected = m_session->state() == ClusterSession::State::Connected;
    const QString contextName = connected ? m_session->context().context.name : QString();
    // One run per context, kept while the window lives: closing the wizard and reopening resumes.
    if (!m_troubleshoot || m_troubleshoot->contextName() != contextName || m_troubleshoot->client() != m_session->client()) {
        delete m_troubleshoot;
        m_troubleshoot = new TroubleshootSession(connected ? m_session->client() : nullptr, contextName, this);
        // A connectivity test run from the wizard counts for Export Report… too.
        connect(m_troubleshoot, &TroubleshootSession::connectivityChanged, this, [this] {
            if (m_troubleshoot && !m_troubleshoot->connectivity().isEmpty())
                m_lastProbe = m_troubleshoot->connectivity();
        });
    }
    if (connected && !m_troubleshoot->hasResults())
        m_troubleshoot->setInventory(m_session->inventory());
    TroubleshootWizard *wizard = TroubleshootWizard::open(this, m_troubleshoot);
    if (!wizard)
        return;
    wizard->setObjectName(QStringLiteral("troubleshootWizard"));
    const MapSelection selection = m_details ? m_details->selection() : MapSelection{};
    if (selection.isPod() && !m_troubleshoot->hasResults())
        wizard->setTarget(selection.podNamespace, selection.podName);
    connect(wizard, &TroubleshootWizard::showEvidence, this, [this](const QString &source, qint64 line) {
        Evidence evidence;
        evidence.kind = Evidence::Kind::LogLine;
        evidence.source = source;
        evidence.line = line;
        const QStringList parts = source.split(u'/');
        if (parts.size() == 3) {
            evidence.namespaceName = parts.at(0);
            evidence.pod = parts.at(1);
        }
        showEvidence(evidence);
    });
}

void MainWindow::ensureLogsPage()
{
    if (m_logs)
        return;
    m_logsDock = new QDockWidget(tr("Logs"), this);
    m_logsDock->setObjectName(QStringLiteral("logsDock"));
    m_logsDock->setAccessibleName(tr("Logs"));
    m_logs = new LogsPage(m_logsDock);
    m_logsDock->setWidget(m_logs);
    addFeatureDock(m_logsDock, Qt::BottomDockWidgetArea);
    connect(m_logs, &LogsPage::titleChanged, m_logsDock, [this](const QString &title) {
        m_logsDock->setWindowTitle(title.isEmpty() ? tr("Logs") : tr("Logs: %1").arg(title));
    });
    // The shown logs are analysed with the cluster: once loaded, and again as followed logs grow.
    LogModel *model = m_logs->model();
    connect(model, &LogModel::loadingFinished, this, [this] {
        scheduleAnalysis(100);
        tryPendingEvidence();
    });
    connect(model, &LogModel::rowsAppended, this, [this] {
        for (int s = 0; s < m_logs->model()->sourceCount(); ++s) {
            auto *file = qobject_cast<FileLogDocument *>(m_logs->model()->document(s));
            if (file && !file->isComplete())
                return; // a file still being indexed: analysed once, when it is complete
        }
        scheduleAnalysis(2000);
    });
    connect(model, &LogModel::rowsReset, this, [this] {
        if (shownLogKeys() != m_analysedLogKeys)
            scheduleAnalysis();
        tryPendingEvidence();
    });
    connect(model, &LogModel::filterFinished, this, [this] { tryPendingEvidence(); });
}

QStringList MainWindow::shownLogKeys() const
{
    QStringList keys;
    if (m_logs) {
        for (int s = 0; s < m_logs->model()->sourceCount(); ++s)
            keys << logSourceKey(m_logs->model(), s);
    }
    return keys;
}

bool MainWindow::isAnalysisPending() const
{
    return m_analysisTimer.isActive() || m_analysis->isRunning();
}

void MainWindow::scheduleAnalysis(int delayMs)
{
    // Many triggers come in bursts (inventory updates, growing logs): keep the earliest deadline.
    if (m_analysisTimer.isActive() && m_analysisTimer.remainingTime() <= delayMs)
        return;
    m_analysisTimer.start(delayMs);
}

void MainWindow::runAnalysis()
{
    AnalysisRequest request;
    const auto state = m_session->state();
    const bool cluster = m_selected && (state == ClusterSession::State::Connected || state == ClusterSession::State::Loading);
    if (cluster)
        request.inventory = m_session->inventory();
    if (m_logs)
        request.addLogs(m_logs->model(), cluster ? &m_session->inventory() : nullptr);
    m_analysedLogKeys = shownLogKeys();
    m_findings->setKubectlContext(cluster ? m_selected->context.name : QString());
    if (request.isEmpty()) {
        m_analysis->cancel();
        m_findings->setFindings({});
        applyFindings({});
        return;
    }
    m_analysis->start(std::move(request));
}

void MainWindow::applyFindings(const QList<Finding> &findings)
{
    const int index = m_tabs->indexOf(m_findings);
    const int errors = m_findings->errorCount();
    const int warnings = m_findings->warningCount();
    const int problems = errors + warnings;
    m_tabs->setTabText(index, problems > 0 ? tr("&Findings (%1)").arg(problems) : tr("&Findings"));
    m_tabs->setTabToolTip(index, tr("%n error(s)", nullptr, errors) + QStringLiteral(", ") + tr("%n warning(s)", nullptr, warnings));
    m_tabs->setTabIcon(index, errors ? statusIcon(StatusIcon::Error) : warnings ? statusIcon(StatusIcon::Warning) : QIcon());
    m_overview->setTopFindings(m_findings->model());

    QList<Finding> errorFindings, warningFindings;
    for (const Finding &finding : findings) {
        if (finding.severity == FindingSeverity::Error)
            errorFindings << finding;
        else if (finding.severity == FindingSeverity::Warning)
            warningFindings << finding;
    }
    m_nodeMap->mapView()->setFindingCounts(findingCountsByNode(errorFindings), findingCountsByNode(warningFindings));

    if (!m_selected && !m_analysedLogKeys.isEmpty()) {
        // Logs without a cluster: only the findings mean something.
        m_tabs->setTabVisible(m_tabs->indexOf(m_overview), false);
        m_tabs->setTabVisible(m_tabs->indexOf(m_nodeMap), false);
        m_ui->centralStack->setCurrentWidget(m_tabs);
        m_tabs->setCurrentWidget(m_findings);
    }
    markLogEvidence(m_markedLogKeys != m_analysedLogKeys);
}

void MainWindow::markLogEvidence(bool jump)
{
    if (!m_logs || tryPendingEvidence() || !jump)
        return;
    // The viewer jumps to the selected (else the top) finding's first line in the shown logs,
    // once per set of logs: later analyses of growing logs do not move the user's place.
    QList<Finding> candidates;
    if (const auto current = m_findings->currentFinding())
        candidates << *current;
    candidates << m_findings->model()->findings();
    for (const Finding &finding : std::as_const(candidates)) {
        for (const Evidence &evidence : finding.evidence) {
            if (evidence.kind != Evidence::Kind::LogLine || evidence.line <= 0)
                continue;
            const int source = logSourceIndex(m_logs->model(), evidence.source);
            if (source >= 0 && m_logs->view()->markEvidence(source, evidence.line - 1)) {
                m_markedLogKeys = m_analysedLogKeys;
                return;
            }
        }
    }
}

bool MainWindow::tryPendingEvidence()
{
    if (!m_pendingEvidence || !m_logs)
        return false;
    const int source = logSourceIndex(m_logs->model(), m_pendingEvidence->source);
    if (source < 0 || m_logs->model()->document(source)->lineCount() < m_pendingEvidence->line)
        return false;
    if (!m_logs->view()->markEvidence(source, m_pendingEvidence->line - 1))
        return false;
    m_pendingEvidence.reset();
    return true;
}

void MainWindow::showEvidence(const Evidence &evidence)
{
    if (evidence.kind == Evidence::Kind::LogLine) {
        const int source = m_logs ? logSourceIndex(m_logs->model(), evidence.source) : -1;
        if (source >= 0) {
            m_logsDock->show();
            m_logsDock->raise();
            if (!m_logs->view()->markEvidence(source, evidence.line - 1))
                statusBar()->showMessage(tr("Line %1 of %2 is hidden by the log filters.").arg(evidence.line).arg(evidence.source), 8000);
            return;
        }
        if (!evidence.node.isEmpty() && m_session->client()) {
            // A cluster log that is not shown any more: fetch the node's logs, then jump.
            m_pendingEvidence = evidence;
            showNodeLogs(evidence.node, QString(), QString());
            return;
        }
        statusBar()->showMessage(tr("The log %1 is not open.").arg(evidence.source), 8000);
        return;
    }
    MapSelection selection{evidence.node, evidence.pod.isEmpty() ? QString() : evidence.namespaceName, evidence.pod};
    if (selection.node.isEmpty() && !evidence.pod.isEmpty()) {
        const auto find = [&](const NodeEntry &node) {
            for (const AppPodEntry &app : node.apps) {
                if (app.pod.name == evidence.pod && app.pod.namespaceName == evidence.namespaceName)
                    return true;
            }
            return false;
        };
        for (const NodeEntry &node : m_session->inventory().nodes) {
            if (find(node)) {
                selection.node = node.node.name;
                break;
            }
        }
    }
    if (selection.isEmpty()) {
        statusBar()->showMessage(evidence.text, 8000);
        return;
    }
    ensureDetailsDock();
    m_nodeMap->select(selection);
    m_details->setSelection(selection);
    if (auto *dock = findChild<QDockWidget *>(QStringLiteral("detailsDock"))) {
        dock->show();
        dock->raise();
    }
}

void MainWindow::openLogs()
{
    ensureLogsPage();
    m_logsDock->show();
    m_logsDock->raise();
    m_logs->openFilesDialog();
}

bool MainWindow::openLogPaths(const QStringList &paths)
{
    ensureLogsPage();
    m_logsDock->show();
    m_logsDock->raise();
    return m_logs->openPaths(paths);
}

void MainWindow::showNodeLogs(const QString &nodeName, const QString &podNamespace, const QString &podName)
{
    ensureLogsPage();
    m_logsDock->show();
    m_logsDock->raise();
    NodeEntry node;
    node.node.name = nodeName;
    node.known = false;
    if (m_session) {
        for (const NodeEntry &entry : m_session->inventory().nodes) {
            if (entry.node.name == nodeName) {
                node = entry;
                break;
            }
        }
    }
    m_logs->showNodeLogs(m_session ? m_session->client() : nullptr, node, podNamespace, podName);
}

void MainWindow::ensureDetailsDock()
{
    // Made with the first connection: the start page shows no empty panels.
    if (m_details)
        return;
    auto *dock = new QDockWidget(tr("Details"), this);
    dock->setObjectName(QStringLiteral("detailsDock"));
    dock->setAccessibleName(tr("Details"));
    m_details = new DetailsPane(m_session, dock);
    m_details->setObjectName(QStringLiteral("detailsPane"));
    dock->setWidget(m_details);
    addFeatureDock(dock, Qt::RightDockWidgetArea);
    dock->show(); // docks added after the window is shown stay hidden otherwise
    dock->toggleViewAction()->setObjectName(QStringLiteral("actionShowDetails"));
    connect(m_nodeMap, &NodeMapPage::selectionActivated, m_details, &DetailsPane::setSelection);
    connect(m_details, &DetailsPane::logsRequested, this, &MainWindow::showNodeLogs);
    m_details->setLogViewerAvailable(true);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // A running connectivity test must delete its probe pod while the session still exists: the
    // wizards close first (a running one cancels and waits for the pod's deletion), then we do.
    bool waiting = false;
    const QList<ProbeWizard *> wizards = findChildren<ProbeWizard *>();
    for (ProbeWizard *wizard : wizards) {
        if (!wizard->isVisible())
            continue;
        wizard->close();
        if (wizard->isVisible()) {
            waiting = true;
            connect(wizard, &QObject::destroyed, this, &QWidget::close, Qt::QueuedConnection);
        }
    }
    if (waiting) {
        event->ignore();
        return;
    }
    AppSettings settings = AppSettings::read();
    settings.mainWindowGeometry = saveGeometry();
    settings.mainWindowState = saveState();
    settings.write();
    QMainWindow::closeEvent(event);
}

} // namespace kvd
