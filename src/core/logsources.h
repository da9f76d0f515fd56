// SPDX-License-Identifier: MIT
#pragma once

#include "core/inventory.h"

#include <QList>
#include <QString>

#include <optional>

namespace kvd {

// One container log to fetch from the cluster.
struct LogSourceSpec
{
    QString namespaceName;
    QString pod;
    QString container;
    QString label() const;     // "secrets-store", "provider-azure-installer", "app/nginx"
    QString fileName() const;  // ns_pod_container.log, safe on every OS
};

// The logs the runbook reads for a node: the provider pod, the driver pod's secrets-store,
// node-driver-registrar and liveness-probe containers, and optionally one application pod.
QList<LogSourceSpec> nodeLogSources(const NodeEntry &node, const QString &appNamespace = {}, const QString &appPod = {});

// "15m", "1h", "90s", "2h30m", "1d" → seconds; "all" or "" → 0 (no limit); nullopt when invalid.
std::optional<qint64> parseSinceDuration(const QString &text);

} // namespace kvd
