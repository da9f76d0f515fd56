// SPDX-License-Identifier: MIT
#pragma once

// The subcommands of kvdoctor-cli. Each one lives in its own <name>command.cpp and is listed in
// the command table in main.cpp. `args` are the arguments after the command's name; the return
// value is the process exit code (0 success, 1 failure, 2 usage error; commands may add more).

#include <QCoreApplication>
#include <QStringList>

namespace kvd {

// Translation context for kvdoctor-cli's messages.
struct CliTr
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

// kvdoctor-cli contexts [--kubeconfig FILE] [--json]
int runContextsCommand(const QStringList &args);

// kvdoctor-cli simulate --scenario NAME [--nodes N --pods N] [--port P] --write-kubeconfig FILE
int runSimulateCommand(const QStringList &args);

// kvdoctor-cli inventory [--kubeconfig FILE] [--context NAME] [--namespace NS] [--json]
int runInventoryCommand(const QStringList &args);

// kvdoctor-cli logs [--kubeconfig FILE] [--context NAME] --node NODE [--pod NS/NAME] [--since 1h] [--previous]
//                   [--follow] [--timestamps] [-o DIR]
int runLogsCommand(const QStringList &args);

// kvdoctor-cli probe [--kubeconfig FILE] [--context NAME] --pod NS/NAME [--identity auto|MODE] [--image IMG]
//                    [--client-secret-stdin] [--yes] [--json]   (exit 3: a check failed)
int runProbeCommand(const QStringList &args);

// kvdoctor-cli analyze [--json] PATH...  |  analyze [--kubeconfig FILE] --context NAME [--node NODE] [--since 1h] [--json]
int runAnalyzeCommand(const QStringList &args);

// kvdoctor-cli diagnose [--kubeconfig FILE] [--context NAME] [-n NS] [--pod [NS/]NAME] [--since 1h] [--probe --yes]
//                       [--report FILE] [--mask ips,nodes,ids,server] [--language en|ko] [--json]
int runDiagnoseCommand(const QStringList &args);

} // namespace kvd
