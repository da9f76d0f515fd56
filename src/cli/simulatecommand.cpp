// SPDX-License-Identifier: MIT
// kvdoctor-cli simulate: run the simulated AKS cluster until interrupted, for demos, tests and
// benchmarks. Prints exactly one line "ready <url>" on stdout once it accepts connections.
#include "cli/clicommands.h"
#include "sim/simulatedcluster.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QTextStream>

#ifdef Q_OS_UNIX
#include <QSocketNotifier>

#include <csignal>
#include <sys/socket.h>
#include <unistd.h>
#endif
#ifdef Q_OS_WIN
#include <qt_windows.h>
#endif

using namespace Qt::StringLiterals;

namespace kvd {

namespace {

#ifdef Q_OS_UNIX
int g_signalFds[2] = {-1, -1};

void onSignal(int)
{
    // Only async-signal-safe work here: wake the event loop through the socket pair.
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(g_signalFds[0], &byte, 1);
}

void installQuitOnSignals()
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalFds) != 0)
        return;
    auto *notifier = new QSocketNotifier(g_signalFds[1], QSocketNotifier::Read, QCoreApplication::instance());
    QObject::connect(notifier, &QSocketNotifier::activated, QCoreApplication::instance(), [] {
        char byte = 0;
        [[maybe_unused]] const auto got = ::read(g_signalFds[1], &byte, 1);
        QCoreApplication::quit();
    });
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    ::sigaction(SIGINT, &action, nullptr);
    ::sigaction(SIGTERM, &action, nullptr);
}
#elif defined(Q_OS_WIN)
BOOL WINAPI onConsoleEvent(DWORD)
{
    // Runs on a system thread: queue the quit into the main thread.
    QMetaObject::invokeMethod(QCoreApplication::instance(), [] { QCoreApplication::quit(); }, Qt::QueuedConnection);
    return TRUE;
}

void installQuitOnSignals()
{
    SetConsoleCtrlHandler(onConsoleEvent, TRUE);
}
#else
void installQuitOnSignals() {}
#endif

} // namespace

int runSimulateCommand(const QStringList &args)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    QCommandLineParser parser;
    parser.setApplicationDescription(CliTr::tr("Run a simulated AKS cluster (a Kubernetes API server on 127.0.0.1 with "
                                               "demo-only TLS credentials) until interrupted."));
    const QCommandLineOption scenarioOption(u"scenario"_s, CliTr::tr("Scenario to simulate (see --list-scenarios)."),
                                            CliTr::tr("NAME"), u"healthy"_s);
    const QCommandLineOption nodesOption(u"nodes"_s, CliTr::tr("Number of nodes (up to 5000)."), CliTr::tr("N"));
    const QCommandLineOption podsOption(u"pods"_s, CliTr::tr("Number of pods (up to 150000)."), CliTr::tr("N"));
    const QCommandLineOption portOption(u"port"_s, CliTr::tr("Port on 127.0.0.1 (default: any free port)."), CliTr::tr("PORT"));
    const QCommandLineOption kubeconfigOption(u"write-kubeconfig"_s, CliTr::tr("Write a kubeconfig for the simulator to FILE."),
                                              CliTr::tr("FILE"));
    const QCommandLineOption faultsOption(
        u"faults"_s,
        CliTr::tr("Inject faults, comma-separated, e.g. \"reset-mid-body:/api/v1/pods,slow:2000:/api/v1/nodes,"
                  "html:502:/api\". Kinds: %1.")
            .arg(sim::SimulatedCluster::faultSyntaxHelp()),
        CliTr::tr("SPEC"));
    const QCommandLineOption listOption(u"list-scenarios"_s, CliTr::tr("List the scenarios and exit."));
    const QCommandLineOption helpOption(QStringList{u"h"_s, u"help"_s}, CliTr::tr("Show this help."));
    parser.addOptions({scenarioOption, nodesOption, podsOption, portOption, kubeconfigOption, faultsOption, listOption, helpOption});
    if (!parser.parse(QStringList{u"kvdoctor-cli simulate"_s} + args)) {
        err << parser.errorText() << '\n';
        return 2;
    }
    if (parser.isSet(helpOption)) {
        out << parser.helpText().replace(u"kvdoctor-cli simulate [options]"_s, u"kvdoctor-cli simulate [options]"_s);
        return 0;
    }
    if (parser.isSet(listOption)) {
        for (const QString &name : sim::SimulatedCluster::scenarioNames())
            out << name.leftJustified(28) << sim::SimulatedCluster::scenarioDescription(name) << '\n';
        return 0;
    }
    if (!parser.positionalArguments().isEmpty()) {
        err << CliTr::tr("kvdoctor-cli simulate: unexpected argument \"%1\"").arg(parser.positionalArguments().first()) << '\n';
        return 2;
    }
    sim::SimulatorOptions options;
    options.scenario = parser.value(scenarioOption);
    auto number = [&](const QCommandLineOption &option, int max, int *target) {
        if (!parser.isSet(option))
            return true;
        bool ok = false;
        const int value = parser.value(option).toInt(&ok);
        if (!ok || value < 0 || value > max) {
            err << CliTr::tr("kvdoctor-cli simulate: --%1 must be a number from 0 to %2, not \"%3\"")
                       .arg(option.names().first())
                       .arg(max)
                       .arg(parser.value(option))
                << '\n';
            return false;
        }
        *target = value;
        return true;
    };
    int port = 0;
    if (!number(nodesOption, 5000, &options.nodes) || !number(podsOption, 150000, &options.pods) || !number(portOption, 65535, &port))
        return 2;
    options.port = quint16(port);
    sim::FaultPlan faults;
    if (parser.isSet(faultsOption)) {
        QString faultError;
        if (!sim::SimulatedCluster::parseFaults(parser.value(faultsOption), &faults, &faultError)) {
            err << CliTr::tr("kvdoctor-cli simulate: --faults: %1").arg(faultError) << '\n';
            return 2;
        }
    }
    if (!sim::SimulatedCluster::scenarioNames().contains(options.scenario)) {
        err << CliTr::tr("kvdoctor-cli simulate: unknown scenario \"%1\"; known scenarios: %2")
                   .arg(options.scenario, sim::SimulatedCluster::scenarioNames().join(u", "_s))
            << '\n';
        return 2;
    }

    sim::SimulatedCluster cluster;
    cluster.setFaultPlan(faults);
    QString error;
    if (!cluster.start(options, &error)) {
        err << CliTr::tr("kvdoctor-cli simulate: %1").arg(error) << '\n';
        return 1;
    }
    if (parser.isSet(kubeconfigOption) && !cluster.writeKubeconfig(parser.value(kubeconfigOption), &error)) {
        err << CliTr::tr("kvdoctor-cli simulate: %1").arg(error) << '\n';
        return 1;
    }
    installQuitOnSignals();
    out << "ready " << cluster.url().toString() << '\n';
    out.flush();
    const int rc = QCoreApplication::exec();
    cluster.stop();
    return rc;
}

} // namespace kvd
