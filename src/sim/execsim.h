// SPDX-License-Identifier: MIT
#pragma once

// What a command run with `kubectl exec` prints in the simulated cluster: a tiny shell with
// echo/cat/ls/env/exit and the network tools the connectivity wizard uses (nslookup, getent,
// curl), answering per scenario as the real endpoints would (DNS, timeouts, Entra ID and
// Key Vault JSON errors, IMDS, NMI).

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace kvd::sim {

class ClusterModel;
class Scenario;

struct ExecResult
{
    QByteArray out;
    QByteArray err;
    int exitCode = 0;
    QString failure; // set when the command could not start (InternalError), exitCode is then unused
};

// True when the command reads stdin, so the server waits for the stdin end before running it.
bool execReadsStdin(const QStringList &argv);

ExecResult simulateExec(const ClusterModel &model, const Scenario &scenario, const QJsonObject &pod,
                        const QString &container, const QStringList &argv, const QByteArray &stdinData);

} // namespace kvd::sim
