// SPDX-License-Identifier: MIT
#include "cli/cliconnection.h"

#include "cli/clicommands.h"
#include "core/kubeconfig.h"

#include <QTextStream>

namespace kvd {

ClusterOptions::ClusterOptions()
    : kubeconfig(QStringList{QStringLiteral("kubeconfig")}, CliTr::tr("Use this kubeconfig file only (as kubectl --kubeconfig)."),
                 CliTr::tr("FILE"))
    , context(QStringList{QStringLiteral("context")}, CliTr::tr("Use this kubeconfig context instead of the current one."),
              CliTr::tr("NAME"))
{
}

void ClusterOptions::addTo(QCommandLineParser &parser) const
{
    parser.addOption(kubeconfig);
    parser.addOption(context);
}

std::unique_ptr<KubeClient> connectFromOptions(const QCommandLineParser &parser, const ClusterOptions &options)
{
    QTextStream err(stderr);
    const Kubeconfig config = Kubeconfig::loadDefault(parser.value(options.kubeconfig));
    const QStringList fatal = config.fatalErrors();
    if (!fatal.isEmpty()) {
        for (const QString &message : fatal)
            err << CliTr::tr("kvdoctor-cli: %1").arg(message) << '\n';
        return nullptr;
    }
    QString error;
    const auto resolved = config.resolve(parser.value(options.context), &error);
    if (!resolved) {
        err << CliTr::tr("kvdoctor-cli: %1").arg(error) << '\n';
        return nullptr;
    }
    auto client = std::make_unique<KubeClient>(*resolved);
    if (!client->isValid()) {
        err << CliTr::tr("kvdoctor-cli: %1").arg(client->setupError()) << '\n';
        return nullptr;
    }
    for (const QString &warning : client->warnings())
        err << CliTr::tr("warning: %1").arg(warning) << '\n';
    err.flush();
    QObject::connect(client.get(), &KubeClient::execPluginOutput, client.get(), [](const QString &line) {
        QTextStream(stderr) << line << '\n';
    });
    QObject::connect(client.get(), &KubeClient::warningReceived, client.get(), [](const QString &warning) {
        QTextStream(stderr) << CliTr::tr("warning from the API server: %1").arg(warning) << '\n';
    });
    return client;
}

} // namespace kvd
