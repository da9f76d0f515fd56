// SPDX-License-Identifier: MIT
#pragma once

// Which nodes the node map and the cluster tree show. Pure (no widgets, no timers), so the
// views share it and tests check it without a window.

#include "core/inventory.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace kvd {

struct NodeFilter
{
    bool onlyProblems = false;  // nodes with findings (NodeEntry::problemCount > 0)
    bool onlyWithApps = false;  // nodes running application pods that mount secrets
    QString namespaceName;      // an app pod of this namespace runs on the node (empty: any)
    QString secretProviderClass; // "namespace/name": an app pod on the node uses it (empty: any)
    QString pool;               // node pool (agentpool label; empty: any)
    QString text;               // case-insensitive part of the node name or of a pod name

    bool isEmpty() const;
    bool matches(const NodeEntry &node) const;
    // Indexes into inventory.nodes of the nodes that match, in inventory order.
    QList<int> apply(const Inventory &inventory) const;
    bool operator==(const NodeFilter &) const = default;

    // Choices for the filter combos, sorted, without duplicates.
    static QStringList namespacesOf(const Inventory &inventory);
    static QStringList secretProviderClassesOf(const Inventory &inventory); // "namespace/name"
    static QStringList poolsOf(const Inventory &inventory);
};

} // namespace kvd
