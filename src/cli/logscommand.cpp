// SPDX-License-Identifier: MIT
// kvdoctor-cli logs: saves the provider and driver container logs of a node to files.
#include "cli/cliconnection.h"
#include "cli/clicommands.h"
#include "core/logsources.h"
#include "kube/inventorycollector.h"
#include "kube/kubewatch.h"

#include <QCommandLineParser>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QTextStream>

#include <memory>

namespace kvd {

int runLogsCommand(const QStringList &args)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        CliTr::tr("Saves the Azure Key Vault provider log and the Secrets Store CSI driver logs (secrets-store, "
                  "node-driver-registrar, liveness-probe) of a node, one file per container named "
                  "NAMESPACE_POD_CONTAINER.log, for tickets and offline reading. Read-only."));
    parser.addHelpOption();
    ClusterOptions cluster;
    cluster.addTo(parser);
    const QCommandLineOption nodeOption(QStringLiteral("node"), CliTr::tr("The node whose logs to save."), CliTr::tr("NODE"));
    const QCommandLineOption podOption(QStringLiteral("pod"), CliTr::tr("Also save this application pod's logs."), CliTr::tr("NAMESPACE/NAME"));
    const QCommandLineOption sinceOption(QStringLiteral("since"), CliTr::tr("Only lines newer than this (15m, 1h, 6h, 24h, all). Default 1h."),
                                         CliTr::tr("DURATION"), QStringLiteral("1h"));
    const QCommandLineOption previousOption(QStringLiteral("previous"), CliTr::tr("The previous (crashed) container's logs."));
    const QCommandLineOption followOption(QStringLiteral("follow"), CliTr::tr("Keep writing new lines until interrupted."));
    const QCommandLineOption timestampsOption(QStringLiteral("timestamps"), CliTr::tr("Prefix each line with the API server's time stamp."));
    const QCommandLineOption outputOption(QStringList{QStringLiteral("o"), QStringLiteral("output")},
                                          CliTr::tr("Directory to write to (created if needed). Default: the current directory."),
                                          CliTr::tr("DIR"), QStringLiteral("."));
    parser.addOptions({nodeOption, podOption, sinceOption, previousOption, followOption, timestampsOption, outputOption});
    if (!parser.parse(QStringList{QStringLiteral("kvdoctor-cli logs")} + args)) {
        err << parser.errorText() << '\n';
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText();
        return 0;
    }
    const QString nodeName = parser.value(nodeOption);
    if (nodeName.isEmpty()) {
        err << CliTr::tr("kvdoctor-cli logs: --node is required.") << '\n';
        return 2;
    }
    const std::optional<qint64> since = parseSinceDuration(parser.value(sinceOption));
    if (!since) {
        err << CliTr::tr("kvdoctor-cli logs: --since \"%1\" is not a duration such as 15m, 1h or 24h.").arg(parser.value(sinceOption)) << '\n';
        return 2;
    }
    QString appNamespace, appPod;
    if (parser.isSet(podOption)) {
        const QStringList parts = parser.value(podOption).split(u'/');
        if (parts.size() != 2 || parts[0].isEmpty() || parts[1].isEmpty()) {
            err << CliTr::tr("kvdoctor-cli logs: --pod must be NAMESPACE/NAME.") << '\n';
            return 2;
        }
        appNamespace = parts[0];
        appPod = parts[1];
    }
    const QDir outDir(parser.value(outputOption));
    if (!QDir().mkpath(outDir.path())) {
        err << CliTr::tr("kvdoctor-cli logs: cannot create the directory %1.").arg(QDir::toNativeSeparators(outDir.path())) << '\n';
        return 1;
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
    collector.start({appNamespace, 500});
    loop.exec();
    if (failure.isError()) {
        err << CliTr::tr("kvdoctor-cli logs: the cluster could not be read: %1").arg(failure.message) << '\n';
        return 1;
    }
    const Inventory inventory = collector.inventory();
    const auto node = std::find_if(inventory.nodes.begin(), inventory.nodes.end(), [&](const NodeEntry &n) { return n.node.name == nodeName; });
    if (node == inventory.nodes.end()) {
        err << CliTr::tr("kvdoctor-cli logs: no node named \"%1\".").arg(nodeName) << '\n';
        return 1;
    }
    const QList<LogSourceSpec> specs = nodeLogSources(*node, appNamespace, appPod);
    if (specs.isEmpty()) {
        err << CliTr::tr("kvdoctor-cli logs: node %1 runs no Secrets Store CSI driver or provider pod.").arg(nodeName) << '\n';
        return 1;
    }

    int pending = int(specs.size());
    int failures = 0;
    std::vector<std::unique_ptr<QFile>> files;
    for (const LogSourceSpec &spec : specs) {
        auto file = std::make_unique<QFile>(outDir.filePath(spec.fileName()));
        if (!file->open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            err << CliTr::tr("kvdoctor-cli logs: cannot write %1: %2").arg(QDir::toNativeSeparators(file->fileName()), file->errorString()) << '\n';
            return 1;
        }
        LogOptions options;
        options.namespaceName = spec.namespaceName;
        options.pod = spec.pod;
        options.container = spec.container;
        if (*since > 0)
            options.sinceSeconds = *since;
        options.previous = parser.isSet(previousOption);
        options.follow = parser.isSet(followOption);
        options.timestamps = parser.isSet(timestampsOption);
        KubeLogStream *stream = client->logs(options);
        QFile *target = file.get();
        QObject::connect(stream, &KubeLogStream::dataReceived, &loop, [target, follow = options.follow](const QByteArray &data) {
            target->write(data);
            if (follow)
                target->flush();
        });
        QObject::connect(stream, &KubeJob::finished, &loop, [&, target] {
            out << CliTr::tr("%1 (%2 bytes)").arg(QDir::toNativeSeparators(target->fileName())).arg(target->size()) << '\n';
            out.flush();
            if (--pending == 0)
                loop.quit();
        });
        QObject::connect(stream, &KubeJob::failed, &loop, [&, spec](const KubeError &error) {
            err << CliTr::tr("kvdoctor-cli logs: %1/%2 container %3: %4").arg(spec.namespaceName, spec.pod, spec.container, error.message) << '\n';
            ++failures;
            if (--pending == 0)
                loop.quit();
        });
        files.push_back(std::move(file));
    }
    loop.exec();
    for (auto &file : files)
        file->close();
    return failures == int(specs.size()) ? 1 : 0;
}

} // namespace kvd
