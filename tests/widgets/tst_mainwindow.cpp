// SPDX-License-Identifier: MIT
#include "kube/clustersession.h"
#include "models/analysisjob.h"
#include "sim/simulatedcluster.h"
#include "widgets/appsettings.h"
#include "widgets/connectdialog.h"
#include "widgets/exportdialog.h"
#include "widgets/mainwindow.h"
#include "widgets/probewizard.h"
#include "widgets/troubleshootwizard.h"

#include "widgettestutils.h"

#include <QAction>
#include <QDockWidget>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QJsonObject>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableWidget>
#include <QTest>
#include <QTimer>
#include <QTreeView>

using namespace kvd;

class TestMainWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();

    void actions_data();
    void actions();
    void startPageWithoutKubeconfig();
    void startUpOpensConnectDialog();
    void choosingContextUpdatesStatusBar();
    void shortcutOpensConnectDialog();
    void requestedContextIsSelectedDirectly();
    void requestedBrokenContextOpensDialog();
    void reloadKeepsSelection();
    void remembersChosenFile();
    void aboutDialog();
    void featureDockGetsViewToggle();
    void interactiveWidgetsAreNamed();
    void shortcutsDialogListsActions();
    void languageChoiceIsRemembered();
    void exportReportFromOfflineLogs();
    void troubleshootResumesItsSession();
    void recentContextsReconnect();
    void recentContextOfDeletedFileIsNotOffered();
    void firstRunNamesPlacesLooked_data();
    void firstRunNamesPlacesLooked();
    void missingExecPluginSaysWhatToInstall_data();
    void missingExecPluginSaysWhatToInstall();

private:
    QString label(const MainWindow &window, const char *name)
    {
        auto *l = window.findChild<QLabel *>(QLatin1String(name));
        return l ? l->text() : QStringLiteral("<no %1>").arg(QLatin1String(name));
    }

    QTemporaryDir m_settingsDir;
};

void TestMainWindow::initTestCase()
{
    QVERIFY(m_settingsDir.isValid());
    test::isolateSettings(m_settingsDir);
}

void TestMainWindow::init()
{
    test::clearSettings();
}

void TestMainWindow::actions_data()
{
    QTest::addColumn<QString>("menu");
    QTest::addColumn<QString>("action");
    QTest::addColumn<QKeySequence>("shortcut");

    QTest::newRow("actionConnect") << "menuFile" << "actionConnect" << QKeySequence(Qt::CTRL | Qt::Key_K);
    QTest::newRow("actionReload") << "menuFile" << "actionReload" << QKeySequence(Qt::Key_F5);
    QTest::newRow("actionQuit") << "menuFile" << "actionQuit" << QKeySequence(QKeySequence::Quit);
    QTest::newRow("actionShowToolBar") << "menuView" << "actionShowToolBar" << QKeySequence();
    QTest::newRow("actionShowStatusBar") << "menuView" << "actionShowStatusBar" << QKeySequence();
    QTest::newRow("actionTroubleshoot") << "menuFile" << "actionTroubleshoot" << QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T);
    QTest::newRow("actionTestConnectivity") << "menuFile" << "actionTestConnectivity" << QKeySequence(Qt::CTRL | Qt::Key_T);
    QTest::newRow("actionExportReport") << "menuFile" << "actionExportReport" << QKeySequence(Qt::CTRL | Qt::Key_E);
    QTest::newRow("actionShortcuts") << "menuHelp" << "actionShortcuts" << QKeySequence(Qt::CTRL | Qt::Key_Slash);
    QTest::newRow("actionAbout") << "menuHelp" << "actionAbout" << QKeySequence();
    QTest::newRow("actionAboutQt") << "menuHelp" << "actionAboutQt" << QKeySequence();
}

void TestMainWindow::actions()
{
    QFETCH(QString, menu);
    QFETCH(QString, action);
    QFETCH(QKeySequence, shortcut);

    MainWindow window;
    auto *m = window.findChild<QMenu *>(menu);
    QVERIFY(m);
    QAction *a = nullptr;
    const QList<QAction *> inMenu = m->actions();
    for (QAction *candidate : inMenu) {
        if (candidate->objectName() == action)
            a = candidate;
    }
    QVERIFY2(a, qPrintable(action + QStringLiteral(" not in ") + menu));
    QVERIFY(!a->text().isEmpty());
    QCOMPARE(a->shortcut(), shortcut);
}

void TestMainWindow::startPageWithoutKubeconfig()
{
    QTemporaryDir dir;
    const QString missing = dir.filePath(QStringLiteral("no-config"));
    MainWindow window;
    window.setKubeconfigFile(missing);
    window.show();
    window.startUp();
    QVERIFY(!window.connectDialog());
    auto *stack = window.findChild<QStackedWidget *>(QStringLiteral("centralStack"));
    QCOMPARE(stack->currentWidget()->objectName(), QStringLiteral("startPage"));
    const QString source = label(window, "kubeconfigLabel");
    QVERIFY2(source.contains(QLatin1String("KUBECONFIG")), qPrintable(source));
    QVERIFY2(source.contains(QDir::toNativeSeparators(missing)), qPrintable(source));
    QCOMPARE(label(window, "connectionStatusLabel"), QStringLiteral("Not connected"));
    QCOMPARE(label(window, "contextStatusLabel"), QStringLiteral("No context selected"));
    // Docks are areas for later features: none exists yet.
    QVERIFY(window.findChildren<QDockWidget *>().isEmpty());

    // The start page button still opens the dialog, which shows the error.
    QTest::mouseClick(window.findChild<QPushButton *>(QStringLiteral("startConnectButton")), Qt::LeftButton);
    QVERIFY(window.connectDialog());
    QVERIFY(window.connectDialog()->findChild<QLabel *>(QStringLiteral("messageLabel"))->text().contains(
        QLatin1String("no-config")));
}

void TestMainWindow::startUpOpensConnectDialog()
{
    MainWindow window;
    window.setKubeconfigFile(test::guiKubeconfig());
    window.show();
    window.startUp();
    QVERIFY(window.connectDialog());
    QVERIFY(window.connectDialog()->isVisible());
    QCOMPARE(window.connectDialog()->selectedContext(), QStringLiteral("aks-prod-westeu"));
    const QString source = label(window, "kubeconfigLabel");
    QVERIFY2(source.contains(QDir::toNativeSeparators(test::guiKubeconfig())), qPrintable(source));
    QVERIFY2(source.contains(QLatin1String("3 context(s) defined. 1 of them cannot be used")), qPrintable(source));
}

void TestMainWindow::choosingContextUpdatesStatusBar()
{
    MainWindow window;
    QSignalSpy selected(&window, &MainWindow::contextSelected);
    window.setKubeconfigFile(test::guiKubeconfig());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.startUp();
    QPointer<ConnectDialog> dialog = window.connectDialog();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));

    auto *view = dialog->findChild<QTreeView *>(QStringLiteral("contextView"));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(view->model()->index(1, 0)).center());
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("connectButton")), Qt::LeftButton);

    QCOMPARE(selected.count(), 1);
    QCOMPARE(selected.at(0).at(0).toString(), QStringLiteral("aks-dev"));
    QCOMPARE(window.selectedContextName(), QStringLiteral("aks-dev"));
    QCOMPARE(label(window, "contextStatusLabel"), QStringLiteral("Context: aks-dev"));
    QCOMPARE(label(window, "serverStatusLabel"),
             QStringLiteral("Server: https://127.0.0.1:9"));
    QCOMPARE(label(window, "authStatusLabel"), QStringLiteral("Auth: ") + authKindDisplayName(AuthKind::Token));
    QVERIFY(window.windowTitle().startsWith(QLatin1String("aks-dev")));
    QVERIFY(label(window, "selectionLabel").contains(QLatin1String("aks-dev")));
    // Nothing listens on 127.0.0.1:9: the connection fails, and the window says so and why.
    QTRY_COMPARE(label(window, "connectionStatusLabel"), QStringLiteral("Connection failed"));
    auto *banner = window.findChild<QLabel *>(QStringLiteral("connectionBanner"));
    QVERIFY(banner && banner->isVisible());
    QVERIFY2(banner->text().contains(QLatin1String("https://127.0.0.1:9")), qPrintable(banner->text()));
    QVERIFY(window.findChild<QPushButton *>(QStringLiteral("retryButton"))->isVisible());
    QTRY_VERIFY(!dialog); // deleted on close
}

void TestMainWindow::shortcutOpensConnectDialog()
{
    MainWindow window;
    window.setKubeconfigFile(test::guiKubeconfig());
    window.show();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QVERIFY(!window.connectDialog());
    QTest::keyClick(&window, Qt::Key_K, Qt::ControlModifier);
    QVERIFY(window.connectDialog());
}

void TestMainWindow::requestedContextIsSelectedDirectly()
{
    MainWindow window;
    window.setKubeconfigFile(test::guiKubeconfig());
    window.setRequestedContext(QStringLiteral("aks-dev"));
    window.show();
    window.startUp();
    QVERIFY(!window.connectDialog());
    QCOMPARE(window.selectedContextName(), QStringLiteral("aks-dev"));
}

void TestMainWindow::requestedBrokenContextOpensDialog()
{
    MainWindow window;
    window.setKubeconfigFile(test::guiKubeconfig());
    window.setRequestedContext(QStringLiteral("broken-staging"));
    window.show();
    window.startUp();
    QVERIFY(window.selectedContextName().isEmpty());
    QVERIFY(window.connectDialog());
    QCOMPARE(window.connectDialog()->selectedContext(), QStringLiteral("broken-staging"));
    QVERIFY(!window.connectDialog()->findChild<QPushButton *>(QStringLiteral("connectButton"))->isEnabled());
}

void TestMainWindow::reloadKeepsSelection()
{
    QTemporaryDir dir;
    const QString copy = dir.filePath(QStringLiteral("config"));
    QVERIFY(QFile::copy(test::guiKubeconfig(), copy));
    MainWindow window;
    window.setKubeconfigFile(copy);
    window.setRequestedContext(QStringLiteral("aks-dev"));
    window.startUp();
    QCOMPARE(window.selectedContextName(), QStringLiteral("aks-dev"));

    auto *reload = window.findChild<QAction *>(QStringLiteral("actionReload"));
    reload->trigger();
    QCOMPARE(window.selectedContextName(), QStringLiteral("aks-dev"));

    // The context disappears from the file: the window says so instead of keeping stale data.
    QFile file(copy);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write("apiVersion: v1\nkind: Config\n");
    file.close();
    reload->trigger();
    QVERIFY(window.selectedContextName().isEmpty());
    QCOMPARE(label(window, "contextStatusLabel"), QStringLiteral("No context selected"));
    QVERIFY(window.statusBar()->currentMessage().contains(QLatin1String("aks-dev")));
}

void TestMainWindow::remembersChosenFile()
{
    QTemporaryDir dir;
    const QString copy = dir.filePath(QStringLiteral("config"));
    QVERIFY(QFile::copy(test::guiKubeconfig(), copy));
    AppSettings settings;
    settings.lastKubeconfigFile = copy;
    settings.lastContext = QStringLiteral("aks-dev");
    settings.write();
    {
        MainWindow window;
        QCOMPARE(window.kubeconfigFile(), copy);
        window.startUp();
        QVERIFY(window.connectDialog());
        QCOMPARE(window.connectDialog()->selectedContext(), QStringLiteral("aks-dev"));
    }
    // A remembered file that is gone is not used: back to kubectl's search.
    QVERIFY(QFile::remove(copy));
    MainWindow window;
    QCOMPARE(window.kubeconfigFile(), QString());
}

void TestMainWindow::aboutDialog()
{
    MainWindow window;
    window.show();
    // Not modal (issue 10): trigger() returns at once and nothing blocks the window.
    window.findChild<QAction *>(QStringLiteral("actionAbout"))->trigger();
    QPointer<QMessageBox> box = window.findChild<QMessageBox *>(QStringLiteral("aboutBox"));
    QVERIFY(box);
    QVERIFY(box->isVisible());
    QVERIFY(!box->isModal());
    QVERIFY(!QApplication::activeModalWidget());
    const QString seen = box->text();
    QVERIFY2(seen.contains(QLatin1String(KVDOCTOR_VERSION)), qPrintable(seen));
    QVERIFY2(seen.contains(QLatin1String(QT_VERSION_STR)), qPrintable(seen));
    box->close();
    QTRY_VERIFY(!box);
}

void TestMainWindow::featureDockGetsViewToggle()
{
    MainWindow window;
    auto *dock = new QDockWidget(QStringLiteral("Findings"), &window);
    dock->setObjectName(QStringLiteral("findingsDock"));
    window.addFeatureDock(dock, Qt::BottomDockWidgetArea);
    QCOMPARE(window.dockWidgetArea(dock), Qt::BottomDockWidgetArea);
    auto *view = window.findChild<QMenu *>(QStringLiteral("menuView"));
    QVERIFY(view->actions().contains(dock->toggleViewAction()));
}

void TestMainWindow::interactiveWidgetsAreNamed()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.findChild<QWidget *>(QStringLiteral("actionConnectButton")));
    const QList<QWidget *> widgets = window.findChildren<QWidget *>();
    int checked = 0;
    for (QWidget *widget : widgets) {
        if (widget->focusPolicy() == Qt::NoFocus || widget->objectName().startsWith(QLatin1String("qt_")))
            continue; // labels, frames, Qt's internal helpers
        ++checked;
        QVERIFY2(!widget->objectName().isEmpty(), widget->metaObject()->className());
        QVERIFY2(!widget->accessibleName().isEmpty(), qPrintable(widget->objectName()));
    }
    QVERIFY(checked >= 4);
}

void TestMainWindow::shortcutsDialogListsActions()
{
    MainWindow window;
    window.show();
    QStringList rows;
    window.findChild<QAction *>(QStringLiteral("actionShortcuts"))->trigger();
    auto *dialog = window.findChild<QDialog *>(QStringLiteral("shortcutsDialog"));
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QVERIFY(!dialog->isModal());
    auto *table = dialog->findChild<QTableWidget *>(QStringLiteral("shortcutsTable"));
    for (int row = 0; table && row < table->rowCount(); ++row)
        rows.append(table->item(row, 0)->text() + QStringLiteral(" = ") + table->item(row, 1)->text());
    // A second trigger raises the open one instead of stacking copies.
    window.findChild<QAction *>(QStringLiteral("actionShortcuts"))->trigger();
    QCOMPARE(window.findChildren<QDialog *>(QStringLiteral("shortcutsDialog")).size(), 1);
    dialog->reject();
    const QString all = rows.join(u'\n');
    QVERIFY2(all.contains(QStringLiteral("Export Report… = Ctrl+E")), qPrintable(all));
    QVERIFY(all.contains(QStringLiteral("Connect… = Ctrl+K")));
    QVERIFY(all.contains(QStringLiteral("Test Connectivity… = Ctrl+T")));
}

void TestMainWindow::languageChoiceIsRemembered()
{
    MainWindow window;
    auto *korean = window.findChild<QAction *>(QStringLiteral("actionLanguage_ko"));
    QVERIFY(korean && korean->isCheckable());
    QVERIFY(window.findChild<QAction *>(QStringLiteral("actionLanguage_system"))->isChecked());
    korean->trigger();
    QCOMPARE(AppSettings::read().language, QStringLiteral("ko"));
    MainWindow again;
    QVERIFY(again.findChild<QAction *>(QStringLiteral("actionLanguage_ko"))->isChecked());
    again.findChild<QAction *>(QStringLiteral("actionLanguage_system"))->trigger();
    QCOMPARE(AppSettings::read().language, QString());
}

void TestMainWindow::exportReportFromOfflineLogs()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("provider.log"));
    {
        QFile log(path);
        QVERIFY(log.open(QIODevice::WriteOnly));
        log.write("I1129 08:00:00.000000       1 main.go:1] starting\n");
        log.write("E1129 08:00:01.000000       1 server.go:54] failed to get key vault token: nmi response failed with status code: 404, "
                  "err: <nil> token=eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl\n");
        log.write("I1129 08:00:02.000000       1 main.go:1] after\n");
    }
    MainWindow window;
    window.show();
    QVERIFY(window.openLogPaths({path}));
    QTRY_VERIFY_WITH_TIMEOUT(!window.analysisJob()->findings().isEmpty(), 20000);
    window.findChild<QAction *>(QStringLiteral("actionExportReport"))->trigger();
    auto *dialog = window.findChild<ExportDialog *>(QStringLiteral("exportDialog"));
    QVERIFY(dialog);
    const QJsonObject report = dialog->report();
    QCOMPARE(report.value(QStringLiteral("summary"))[QStringLiteral("topCause")].toString(), QStringLiteral("aad-pod-identity-nmi-404"));
    const QString markdown = Report::toMarkdown(report);
    QVERIFY(markdown.contains(QStringLiteral("after"))); // the excerpt around the evidence line, from the viewer's document
    QVERIFY(!markdown.contains(QStringLiteral("eyJzdWIiOiJ4In0")));
    QVERIFY(markdown.contains(QStringLiteral("provider.log")));
    dialog->close();
}

void TestMainWindow::troubleshootResumesItsSession()
{
    MainWindow window;
    window.show();
    window.findChild<QAction *>(QStringLiteral("actionTroubleshoot"))->trigger();
    auto *wizard = window.findChild<TroubleshootWizard *>(QStringLiteral("troubleshootWizard"));
    QVERIFY(wizard);
    QVERIFY(wizard->isVisible());
    TroubleshootSession *session = wizard->session();
    QVERIFY(session);
    QVERIFY(!session->client()); // not connected: offline analysis only
    QPointer<TroubleshootWizard> first(wizard);
    wizard->close();
    QTRY_VERIFY(!first);
    // The start page offers it too (no cluster needed).
    auto *startButton = window.findChild<QPushButton *>(QStringLiteral("startTroubleshootButton"));
    QVERIFY(startButton && startButton->isVisible());
    QTest::mouseClick(startButton, Qt::LeftButton);
    auto *again = window.findChild<TroubleshootWizard *>(QStringLiteral("troubleshootWizard"));
    QVERIFY(again);
    QCOMPARE(again->session(), session); // the same run, resumed
    again->close();
}

namespace {
// Sets (or, with an empty value, unsets) an environment variable for one scope.
class ScopedEnv
{
public:
    ScopedEnv(const char *name, const QByteArray &value)
        : m_name(name), m_had(qEnvironmentVariableIsSet(name)), m_old(qgetenv(name))
    {
        if (value.isNull())
            qunsetenv(name);
        else
            qputenv(name, value);
    }
    ~ScopedEnv()
    {
        if (m_had)
            qputenv(m_name, m_old);
        else
            qunsetenv(m_name);
    }

private:
    const char *m_name;
    bool m_had;
    QByteArray m_old;
};

QString osInstallHint()
{
#if defined(Q_OS_WIN)
    return QStringLiteral("winget install");
#elif defined(Q_OS_MACOS)
    return QStringLiteral("brew install");
#else
    return QStringLiteral("az aks install-cli");
#endif
}
} // namespace

void TestMainWindow::recentContextsReconnect()
{
    sim::SimulatedCluster cluster;
    QString error;
    QVERIFY2(cluster.start(sim::SimulatorOptions(), &error), qPrintable(error)); // healthy
    QTemporaryDir dir;
    const QString kubeconfig = dir.filePath(QStringLiteral("kubeconfig"));
    QVERIFY2(cluster.writeKubeconfig(kubeconfig, &error), qPrintable(error));

    {
        MainWindow window;
        window.setKubeconfigFile(kubeconfig);
        window.show();
        // Only a connection that worked is remembered.
        QVERIFY(window.openRecentContext(kubeconfig, QStringLiteral("kvdoctor-sim")));
        QTRY_COMPARE_WITH_TIMEOUT(window.session()->state(), ClusterSession::State::Connected, 20000);
    }
    const QList<RecentContext> recents = AppSettings::read().recentContexts;
    QCOMPARE(recents.size(), 1);
    QCOMPARE(recents.first(), (RecentContext{QFileInfo(kubeconfig).absoluteFilePath(), QStringLiteral("kvdoctor-sim")}));
    // Only the path and the name: the kubeconfig's token stays in the kubeconfig.
    QSettings raw;
    const QStringList keys = raw.allKeys();
    QFile token(kubeconfig);
    QVERIFY(token.open(QIODevice::ReadOnly));
    const QByteArray kubeconfigText = token.readAll();
    QVERIFY(kubeconfigText.contains("token:"));
    const QByteArray secret = kubeconfigText.mid(kubeconfigText.indexOf("token:") + 6).split('\n').first().trimmed();
    QVERIFY(secret.size() > 8);
    for (const QString &key : keys) {
        if (key.startsWith(QLatin1String("recentContexts/")))
            QVERIFY2(key.endsWith(QLatin1String("/kubeconfigFile")) || key.endsWith(QLatin1String("/context"))
                         || key.endsWith(QLatin1String("/size")),
                     qPrintable(key));
        QVERIFY2(!raw.value(key).toString().toUtf8().contains(secret), qPrintable(key));
    }

    // A new window (the next start) offers it in File ▸ Recent Contexts and reconnects on click.
    MainWindow window;
    window.show();
    auto *menu = window.findChild<QMenu *>(QStringLiteral("menuRecentContexts"));
    QVERIFY(menu);
    QVERIFY(window.findChild<QMenu *>(QStringLiteral("menuFile"))->actions().contains(menu->menuAction()));
    Q_EMIT menu->aboutToShow();
    QCOMPARE(menu->actions().size(), 1);
    QAction *entry = menu->actions().first();
    QVERIFY(entry->isEnabled());
    QVERIFY2(entry->text().contains(QLatin1String("kvdoctor-sim")), qPrintable(entry->text()));
    QVERIFY2(entry->text().contains(QDir::toNativeSeparators(QFileInfo(kubeconfig).absoluteFilePath())), qPrintable(entry->text()));
    entry->trigger();
    QCOMPARE(window.selectedContextName(), QStringLiteral("kvdoctor-sim"));
    QCOMPARE(window.kubeconfigFile(), QFileInfo(kubeconfig).absoluteFilePath());
    QTRY_COMPARE_WITH_TIMEOUT(window.session()->state(), ClusterSession::State::Connected, 20000);

    // A context that is gone from its file is not connected; the status bar says why.
    QVERIFY(!window.openRecentContext(kubeconfig, QStringLiteral("no-such-context")));
    QVERIFY2(window.statusBar()->currentMessage().contains(QLatin1String("no-such-context")),
             qPrintable(window.statusBar()->currentMessage()));
}

void TestMainWindow::recentContextOfDeletedFileIsNotOffered()
{
    AppSettings settings;
    settings.addRecentContext({QStringLiteral("/nowhere/kvdoctor-deleted-demo/kubeconfig"), QStringLiteral("kvdoctor-sim")});
    settings.addRecentContext({test::guiKubeconfig(), QStringLiteral("aks-dev")});
    settings.write();
    MainWindow window;
    auto *menu = window.findChild<QMenu *>(QStringLiteral("menuRecentContexts"));
    Q_EMIT menu->aboutToShow();
    QCOMPARE(menu->actions().size(), 1);
    QVERIFY2(menu->actions().first()->text().startsWith(QLatin1String("aks-dev")), qPrintable(menu->actions().first()->text()));

    test::clearSettings();
    Q_EMIT menu->aboutToShow();
    QCOMPARE(menu->actions().size(), 1);
    QVERIFY(!menu->actions().first()->isEnabled()); // "No recent contexts"
}

void TestMainWindow::firstRunNamesPlacesLooked_data()
{
    QTest::addColumn<bool>("viaKubeconfigVariable");
    QTest::newRow("KUBECONFIG-missing-files") << true;
    QTest::newRow("home-without-kube-config") << false;
}

void TestMainWindow::firstRunNamesPlacesLooked()
{
    QFETCH(bool, viaKubeconfigVariable);
    QTemporaryDir home;
    const QString first = home.filePath(QStringLiteral("missing-a.yaml"));
    const QString second = home.filePath(QStringLiteral("sub/missing-b.yaml"));
    const QChar separator = QDir::listSeparator();
    ScopedEnv kubeconfigVar("KUBECONFIG", viaKubeconfigVariable ? (first + separator + second).toLocal8Bit() : QByteArray());
    ScopedEnv homeVar("HOME", QDir::toNativeSeparators(home.path()).toLocal8Bit());
#if defined(Q_OS_WIN)
    ScopedEnv homeDrive("HOMEDRIVE", QByteArray());
    ScopedEnv homePath("HOMEPATH", QByteArray());
    ScopedEnv userProfile("USERPROFILE", QByteArray());
#endif

    MainWindow window;
    window.setDemoAvailable(true);
    QSignalSpy demo(&window, &MainWindow::demoRequested);
    window.show();
    window.startUp();
    QVERIFY(!window.connectDialog());
    const QString text = label(window, "kubeconfigLabel");
    QVERIFY2(text.contains(QLatin1String("Looked in:")), qPrintable(text));
    if (viaKubeconfigVariable) {
        QVERIFY2(text.contains(QDir::toNativeSeparators(first) + QStringLiteral(" (from KUBECONFIG): does not exist")), qPrintable(text));
        QVERIFY2(text.contains(QDir::toNativeSeparators(second) + QStringLiteral(" (from KUBECONFIG): does not exist")), qPrintable(text));
    } else {
        const QString defaultFile = QDir::toNativeSeparators(home.path() + QStringLiteral("/.kube/config"));
        QVERIFY2(text.contains(defaultFile + QStringLiteral(" (default location): does not exist")), qPrintable(text));
    }
    QVERIFY2(text.contains(QLatin1String("try the demo")), qPrintable(text));

    // The start page offers the demo and "open logs", not only Connect.
    auto *demoButton = window.findChild<QPushButton *>(QStringLiteral("startDemoButton"));
    QVERIFY(demoButton);
    QVERIFY(demoButton->isVisible());
    QVERIFY(!demoButton->accessibleName().isEmpty());
    QVERIFY(window.findChild<QPushButton *>(QStringLiteral("startOpenLogsButton"))->isVisible());
    QTest::mouseClick(demoButton, Qt::LeftButton);
    QCOMPARE(demo.size(), 1);
    window.findChild<QAction *>(QStringLiteral("actionStartDemo"))->trigger();
    QCOMPARE(demo.size(), 2);

    // Without a demo to start (the library alone), the button and the sentence are not there.
    MainWindow plain;
    plain.show();
    QVERIFY(!plain.findChild<QPushButton *>(QStringLiteral("startDemoButton"))->isVisible());
    QVERIFY(!plain.findChild<QAction *>(QStringLiteral("actionStartDemo"))->isVisible());
    QVERIFY(!label(plain, "kubeconfigLabel").contains(QLatin1String("demo")));
}

void TestMainWindow::missingExecPluginSaysWhatToInstall_data()
{
    QTest::addColumn<QString>("command");
    QTest::newRow("kubelogin-missing-xyz") << QStringLiteral("kubelogin-missing-xyz");
}

void TestMainWindow::missingExecPluginSaysWhatToInstall()
{
    QFETCH(QString, command);
    QTemporaryDir dir;
    const QString kubeconfig = dir.filePath(QStringLiteral("config"));
    QFile file(kubeconfig);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QStringLiteral("apiVersion: v1\nkind: Config\ncurrent-context: aks\n"
                              "clusters:\n- name: aks\n  cluster:\n    server: https://127.0.0.1:9\n"
                              "contexts:\n- name: aks\n  context:\n    cluster: aks\n    user: aad\n"
                              "users:\n- name: aad\n  user:\n    exec:\n"
                              "      apiVersion: client.authentication.k8s.io/v1beta1\n"
                              "      command: %1\n      args: [get-token, --login, azurecli]\n")
                   .arg(command)
                   .toUtf8());
    file.close();

    MainWindow window;
    window.setKubeconfigFile(kubeconfig);
    window.show();
    window.startUp();
    // Before connecting: the connect dialog says the plugin is missing and what to install.
    QVERIFY(window.connectDialog());
    const QString detail = window.connectDialog()->findChild<QLabel *>(QStringLiteral("detailLabel"))->text();
    QVERIFY2(detail.contains(QStringLiteral("\"%1\" was not found").arg(command)), qPrintable(detail));
    QVERIFY2(detail.contains(osInstallHint()), qPrintable(detail));

    // And the connection result after Connect says it too, in the overview's banner.
    window.connectDialog()->accept();
    QCOMPARE(window.selectedContextName(), QStringLiteral("aks"));
    QTRY_COMPARE_WITH_TIMEOUT(window.session()->state(), ClusterSession::State::Failed, 20000);
    auto *banner = window.findChild<QLabel *>(QStringLiteral("connectionBanner"));
    QVERIFY(banner);
    QVERIFY(banner->isVisible());
    QVERIFY2(banner->text().contains(command), qPrintable(banner->text()));
    QVERIFY2(banner->text().contains(osInstallHint()), qPrintable(banner->text()));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
