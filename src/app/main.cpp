// SPDX-License-Identifier: MIT
// The GUI entry point: application setup, translations, command line; everything else lives in
// the libraries so tests can use it.
#include "core/translations.h"
#include "core/version.h"
#include "widgets/appsettings.h"
#include "sim/simulatedcluster.h"
#include "widgets/appicon.h"
#include "widgets/apptheme.h"
#include "widgets/mainwindow.h"
#include "widgets/screenshots.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLabel>
#include <QMessageBox>
#include <QStatusBar>
#include <QTemporaryDir>

namespace {
// --lang decides the language of --help itself, so it is read before the parser is built.
QString languageArgument(const QStringList &arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        if (arg == QLatin1String("--lang") && i + 1 < arguments.size())
            return arguments.at(i + 1);
        if (arg.startsWith(QLatin1String("--lang=")))
            return arg.mid(7);
    }
    return {};
}
} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("kvdoctor"));
    QApplication::setOrganizationDomain(QStringLiteral("kvdoctor.github.io"));
    QApplication::setApplicationName(QStringLiteral("kvdoctor"));
    QApplication::setApplicationVersion(kvd::applicationVersion());
    QApplication::setWindowIcon(kvd::appIcon());
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.kvdoctor"));

    // --lang wins; else the language chosen in View ▸ Language; else the system's.
    QString language = languageArgument(QCoreApplication::arguments());
    if (language.isEmpty())
        language = kvd::AppSettings::read().language;
    kvd::installTranslations(app, language);

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "Key Vault CSI Doctor: troubleshoot the Azure Key Vault provider for the Secrets Store CSI driver."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption kubeconfigOption(
        QStringLiteral("kubeconfig"), QCoreApplication::translate("main", "Read only this kubeconfig file."),
        QCoreApplication::translate("main", "file"));
    const QCommandLineOption contextOption(
        QStringLiteral("context"), QCoreApplication::translate("main", "Use this kubeconfig context."),
        QCoreApplication::translate("main", "name"));
    const QCommandLineOption langOption(
        QStringLiteral("lang"),
        QCoreApplication::translate("main", "User interface language, e.g. en or ko (default: the system's)."),
        QCoreApplication::translate("main", "code"));
    const QCommandLineOption demoOption(
        QStringLiteral("demo"),
        QCoreApplication::translate("main", "Start a simulated AKS cluster inside kvdoctor and connect to it. "
                                            "Scenarios: %1 (default: healthy).")
            .arg(kvd::sim::SimulatedCluster::scenarioNames().join(QLatin1String(", "))));
    parser.addPositionalArgument(QStringLiteral("scenario"),
                                 QCoreApplication::translate("main", "With --demo: the scenario to simulate."),
                                 QStringLiteral("[scenario]"));
    // For scripts/screenshots: grabs the connect dialog and the main window into DIR, then quits.
    QCommandLineOption screenshotOption(QStringLiteral("screenshot-dir"), QString(), QStringLiteral("dir"));
    screenshotOption.setFlags(QCommandLineOption::HiddenFromHelp);
    // For scripts/screenshots with --demo: grabs the window showing the node map into FILE, then quits.
    QCommandLineOption nodeMapShotOption(QStringLiteral("screenshot-nodemap"), QString(), QStringLiteral("file"));
    nodeMapShotOption.setFlags(QCommandLineOption::HiddenFromHelp);
    // For scripts/screenshots-demo with --demo nmi-404: grabs the window showing a failing pod's node logs into FILE.
    QCommandLineOption logsShotOption(QStringLiteral("screenshot-logs"), QString(), QStringLiteral("file"));
    logsShotOption.setFlags(QCommandLineOption::HiddenFromHelp);
    // For scripts/screenshots: "dark" or "light" forces that look (Fusion style) whatever the desktop uses.
    QCommandLineOption colorSchemeOption(QStringLiteral("color-scheme"), QString(), QStringLiteral("scheme"));
    colorSchemeOption.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions({kubeconfigOption, contextOption, langOption, demoOption, screenshotOption, nodeMapShotOption, logsShotOption,
                       colorSchemeOption});
    parser.process(app);
    if (!parser.isSet(colorSchemeOption) || !kvd::forceColorScheme(app, parser.value(colorSchemeOption)))
        kvd::followSystemColorScheme(app);

    // --demo: the simulator serves from its own thread in this process; its kubeconfig lives in
    // a temporary folder that goes away with the process.
    kvd::sim::SimulatedCluster demoCluster;
    QTemporaryDir demoDir;
    QString demoKubeconfig;
    const QString scenario = parser.positionalArguments().value(0, QStringLiteral("healthy"));
    // Starts the simulator once; returns its kubeconfig, or an empty string with the error shown.
    const auto startDemo = [&](const QString &name, QWidget *parent) -> QString {
        if (!demoKubeconfig.isEmpty())
            return demoKubeconfig;
        QString error;
        if (!kvd::sim::SimulatedCluster::scenarioNames().contains(name)) {
            error = QCoreApplication::translate("main", "Unknown scenario \"%1\". Scenarios: %2.")
                        .arg(name, kvd::sim::SimulatedCluster::scenarioNames().join(QLatin1String(", ")));
        } else {
            kvd::sim::SimulatorOptions options;
            options.scenario = name;
            if (demoCluster.start(options, &error)) {
                demoKubeconfig = demoDir.filePath(QStringLiteral("kubeconfig"));
                if (!demoCluster.writeKubeconfig(demoKubeconfig, &error))
                    demoKubeconfig.clear();
            }
        }
        if (demoKubeconfig.isEmpty()) {
            QMessageBox::critical(parent, QCoreApplication::translate("main", "kvdoctor demo"),
                                  QCoreApplication::translate("main", "The simulated cluster could not be started: %1").arg(error));
        }
        return demoKubeconfig;
    };
    if (parser.isSet(demoOption) && startDemo(scenario, nullptr).isEmpty())
        return 1;

    kvd::MainWindow window;
    const auto showDemoLabel = [&window](const QString &name) {
        auto *demoLabel = new QLabel(QCoreApplication::translate("main", "Demo: simulated cluster, scenario “%1”").arg(name));
        demoLabel->setObjectName(QStringLiteral("demoStatusLabel"));
        demoLabel->setToolTip(kvd::sim::SimulatedCluster::scenarioDescription(name));
        window.statusBar()->addWidget(demoLabel);
    };
    // Start Demo on the start page (first run without a kubeconfig): the healthy scenario.
    window.setDemoAvailable(true);
    QObject::connect(&window, &kvd::MainWindow::demoRequested, &window, [&] {
        const bool started = !demoKubeconfig.isEmpty();
        if (startDemo(QStringLiteral("healthy"), &window).isEmpty())
            return;
        if (!started)
            showDemoLabel(QStringLiteral("healthy"));
        window.openRecentContext(demoKubeconfig, QStringLiteral("kvdoctor-sim"));
    });
    if (!demoKubeconfig.isEmpty()) {
        window.setKubeconfigFile(demoKubeconfig);
        window.setRequestedContext(QStringLiteral("kvdoctor-sim"));
        showDemoLabel(scenario);
    } else {
        if (parser.isSet(kubeconfigOption))
            window.setKubeconfigFile(parser.value(kubeconfigOption));
        window.setRequestedContext(parser.value(contextOption));
    }
    window.show();
    window.startUp();
    if (parser.isSet(screenshotOption))
        kvd::takeScreenshots(&window, parser.value(screenshotOption));
    if (parser.isSet(nodeMapShotOption))
        kvd::takeNodeMapScreenshot(&window, parser.value(nodeMapShotOption));
    if (parser.isSet(logsShotOption))
        kvd::takeLogsScreenshot(&window, parser.value(logsShotOption));
    return app.exec();
}
