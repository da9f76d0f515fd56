// SPDX-License-Identifier: MIT
#include "models/nodefilter.h"

#include <QSet>

#include <algorithm>

namespace kvd {

namespace {
QString spcKey(const AppPodEntry &app)
{
    return app.pod.namespaceName + QLatin1Char('/') + app.secretProviderClass;
}

QStringList sortedUnique(QSet<QString> set)
{
    set.remove(QString());
    QStringList list(set.cbegin(), set.cend());
    std::sort(list.begin(), list.end());
    return list;
}
} // namespace

bool NodeFilter::isEmpty() const
{
    return *this == NodeFilter{};
}

bool NodeFilter::matches(const NodeEntry &node) const
{
    if (onlyProblems && !node.hasProblems())
        return false;
    if (onlyWithApps && node.apps.isEmpty())
        return false;
    if (!pool.isEmpty() && node.node.agentPool != pool)
        return false;
    if (!namespaceName.isEmpty()
        && std::none_of(node.apps.cbegin(), node.apps.cend(),
                        [this](const AppPodEntry &app) { return app.pod.namespaceName == namespaceName; }))
        return false;
    if (!secretProviderClass.isEmpty()
        && std::none_of(node.apps.cbegin(), node.apps.cend(),
                        [this](const AppPodEntry &app) { return spcKey(app) == secretProviderClass; }))
        return false;
    const QString needle = text.trimmed();
    if (needle.isEmpty())
        return true;
    if (node.node.name.contains(needle, Qt::CaseInsensitive))
        return true;
    if (node.driver && node.driver->name.contains(needle, Qt::CaseInsensitive))
        return true;
    if (node.provider && node.provider->name.contains(needle, Qt::CaseInsensitive))
        return true;
    return std::any_of(node.apps.cbegin(), node.apps.cend(), [&needle](const AppPodEntry &app) {
        return app.pod.name.contains(needle, Qt::CaseInsensitive);
    });
}

QList<int> NodeFilter::apply(const Inventory &inventory) const
{
    QList<int> rows;
    rows.reserve(inventory.nodes.size());
    for (int i = 0; i < inventory.nodes.size(); ++i) {
        if (matches(inventory.nodes.at(i)))
            rows.append(i);
    }
    return rows;
}

QStringList NodeFilter::namespacesOf(const Inventory &inventory)
{
    QSet<QString> set;
    for (const NodeEntry &node : inventory.nodes) {
        for (const AppPodEntry &app : node.apps)
            set.insert(app.pod.namespaceName);
    }
    return sortedUnique(std::move(set));
}

QStringList NodeFilter::secretProviderClassesOf(const Inventory &inventory)
{
    QSet<QString> set;
    for (const NodeEntry &node : inventory.nodes) {
        for (const AppPodEntry &app : node.apps) {
            if (!app.secretProviderClass.isEmpty())
                set.insert(spcKey(app));
        }
    }
    return sortedUnique(std::move(set));
}

QStringList NodeFilter::poolsOf(const Inventory &inventory)
{
    QSet<QString> set;
    for (const NodeEntry &node : inventory.nodes)
        set.insert(node.node.agentPool);
    return sortedUnique(std::move(set));
}

} // namespace kvd
