// SPDX-License-Identifier: MIT
// kvdoctor-cli inventory: the secrets chain of a cluster, node by node.
#include "cli/cliconnection.h"
#include "cli/clicommands.h"
#include "kube/inventorycollector.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>

namespace kvd {

namespace {
QString daemonCell(const std::optional<KubePod> &pod)
{
    if (!pod)
        return CliTr::tr("MISSING");
    return podHealthId(podHealthOf(*pod));
}

void printText(QTextStream &out, const Inventory &inventory, const QStringList &warnings)
{
    out << CliTr::tr("NODE  READY  OS  POOL  DRIVER  PROVIDER  APP PODS (failing)") << '\n';
    for (const auto &node : inventory.nodes) {
        const int failing = int(std::count_if(node.apps.begin(), node.apps.end(), [](const AppPodEntry &a) { return a.mountFailing(); }));
        out << node.node.name << "  " << (node.node.ready == ConditionStatus::True ? "yes" : "NO") << "  " << node.node.os << "  "
            << node.node.agentPool << "  " << daemonCell(node.driver) << "  " << daemonCell(node.provider) << "  "
            << node.apps.size() << " (" << failing << ")\n";
    }
    out << '\n'
        << CliTr::tr("Driver versions: %1; provider versions: %2; CSIDriver: %3; SecretProviderClasses: %4")
               .arg(inventory.driverVersions.join(QLatin1String(", ")), inventory.providerVersions.join(QLatin1String(", ")),
                    inventory.csiDriver ? CliTr::tr("present") : CliTr::tr("absent"))
               .arg(inventory.secretProviderClasses.size())
        << '\n';
    if (inventory.problems.isEmpty()) {
        out << CliTr::tr("No problems found.") << '\n';
    } else {
        out << CliTr::tr("Problems:") << '\n';
        for (const auto &problem : inventory.problems)
            out << "  [" << severityId(problem.severity) << "] " << problem.message << '\n';
    }
    for (const QString &warning : warnings)
        out << CliTr::tr("Partial data: %1").arg(warning) << '\n';
}
}

int runInventoryCommand(const QStringList &args)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        CliTr::tr("Reads the nodes, the Secrets Store CSI driver and Azure provider pods, the application pods that "
                  "mount Key Vault secrets, their events, SecretProviderClasses and the CSIDriver, and prints them "
                  "grouped by node with the problems found. Read-only."));
    parser.addHelpOption();
    ClusterOptions cluster;
    cluster.addTo(parser);
    const QCommandLineOption namespaceOption(QStringList{QStringLiteral("n"), QStringLiteral("namespace")},
                                             CliTr::tr("Only application pods of this namespace."), CliTr::tr("NS"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), CliTr::tr("Print JSON."));
    parser.addOption(namespaceOption);
    parser.addOption(jsonOption);
    if (!parser.parse(QStringList{QStringLiteral("kvdoctor-cli inventory")} + args)) {
        err << parser.errorText() << '\n';
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText();
        return 0;
    }
    auto client = connectFromOptions(parser, cluster);
    if (!client)
        return 1;

    InventoryCollector collector(client.get());
    QEventLoop loop;
    KubeError failure;
    QObject::connect(&collector, &InventoryCollector::finished, &loop, &QEventLoop::quit);
    QObject::connect(&collector, &InventoryCollector::failed, &loop, [&](const KubeError &error) {
        failure = error;
        loop.quit();
    });
    collector.start({parser.value(namespaceOption), 500});
    loop.exec();
    if (failure.isError()) {
        err << CliTr::tr("kvdoctor-cli: the inventory could not be read: %1").arg(failure.message) << '\n';
        return 1;
    }
    const Inventory inventory = collector.inventory();
    if (parser.isSet(jsonOption)) {
        QFile stdoutFile;
        if (!stdoutFile.open(stdout, QIODevice::WriteOnly)
            || !inventory.writeJson(&stdoutFile, QJsonObject{
                                                     {QStringLiteral("context"), client->context().context.name},
                                                     {QStringLiteral("warnings"), QJsonArray::fromStringList(collector.warnings())},
                                                     {QStringLiteral("podsScanned"), collector.podsSeen()},
                                                 })) {
            err << CliTr::tr("kvdoctor-cli: could not write the output") << '\n';
            return 1;
        }
    } else {
        printText(out, inventory, collector.warnings());
    }
    return 0;
}

} // namespace kvd
