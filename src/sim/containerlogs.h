// SPDX-License-Identifier: MIT
#pragma once

// Container logs of the simulated pods: klog lines of the Secrets Store CSI driver, the Azure
// provider, the node-driver-registrar and others, computed from the cluster state and the clock
// (periodic rotation and kubelet mount retries), so a follow stream keeps receiving lines.

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace kvd::sim {

class ClusterModel;
class Scenario;

struct LogLine
{
    QDateTime time;
    QByteArray text; // one line, without the trailing newline
};

// Lines logged by `container` of `pod` with from < time <= to. `previous` selects the last
// terminated instance (crash-looping containers). Lines are sorted by time.
QList<LogLine> containerLogLines(const ClusterModel &model, const Scenario &scenario, const QJsonObject &pod,
                                 const QString &container, bool previous, const QDateTime &from, const QDateTime &to);

// A klog header: "I1129 01:23:45.123456       1 file.go:12] ".
QByteArray klogPrefix(char severity, const QDateTime &t, int pid, const char *file);

} // namespace kvd::sim
