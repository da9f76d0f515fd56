// SPDX-License-Identifier: MIT
#include "models/analysisjob.h"
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
    QString seen;
    // QMessageBox::about runs its own event loop: close it from a queued call.
    QTimer::singleShot(0, this, [&seen] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        seen = box->text();
        box->accept();
    });
    window.findChild<QAction *>(QStringLiteral("actionAbout"))->trigger();
    QVERIFY2(seen.contains(QLatin1String(KVDOCTOR_VERSION)), qPrintable(seen));
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

QTEST_MAIN(TestMainWindow)

void TestMainWindow::shortcutsDialogListsActions()
{
    MainWindow window;
    window.show();
    QStringList rows;
    QTimer::singleShot(0, this, [&rows] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        auto *table = dialog->findChild<QTableWidget *>(QStringLiteral("shortcutsTable"));
        for (int row = 0; table && row < table->rowCount(); ++row)
            rows.append(table->item(row, 0)->text() + QStringLiteral(" = ") + table->item(row, 1)->text());
        dialog->reject();
    });
    window.findChild<QAction *>(QStringLiteral("actionShortcuts"))->trigger();
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

#include "tst_mainwindow.moc"
