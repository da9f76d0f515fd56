// SPDX-License-Identifier: MIT
#include "models/clustertreemodel.h"

namespace kvd {

namespace {
// Child rows of a node: 0 the driver, 1 the provider, then the application pods.
constexpr int driverRow = 0;
constexpr int providerRow = 1;
constexpr int firstAppRow = 2;
} // namespace

ClusterTreeModel::ClusterTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
{
}

void ClusterTreeModel::setInventory(const Inventory &inventory, const QList<int> &rows)
{
    beginResetModel();
    m_inventory = inventory;
    m_rows.clear();
    m_rows.reserve(rows.size());
    for (int row : rows) {
        if (row >= 0 && row < m_inventory.nodes.size())
            m_rows.append(row);
    }
    endResetModel();
}

QModelIndex ClusterTreeModel::nodeIndex(const QString &nodeName) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_inventory.nodes.at(m_rows.at(row)).node.name == nodeName)
            return index(row, 0);
    }
    return {};
}

QModelIndex ClusterTreeModel::podIndex(const QString &nodeName, const QString &podNamespace, const QString &podName) const
{
    const QModelIndex parent = nodeIndex(nodeName);
    if (!parent.isValid())
        return {};
    const int count = rowCount(parent);
    for (int row = 0; row < count; ++row) {
        const QModelIndex child = index(row, 0, parent);
        if (child.data(PodNameRole).toString() == podName && child.data(PodNamespaceRole).toString() == podNamespace)
            return child;
    }
    return {};
}

QModelIndex ClusterTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, quintptr(0));
    // Children carry their node's row + 1; node rows carry 0.
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex ClusterTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    return createIndex(int(child.internalId() - 1), 0, quintptr(0));
}

int ClusterTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_rows.size());
    if (parent.column() != 0 || parent.internalId() != 0)
        return 0;
    const NodeEntry *node = entryFor(parent);
    return node ? firstAppRow + int(node->apps.size()) : 0;
}

int ClusterTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

const NodeEntry *ClusterTreeModel::entryFor(const QModelIndex &index) const
{
    if (!index.isValid())
        return nullptr;
    const int nodeRow = index.internalId() == 0 ? index.row() : int(index.internalId() - 1);
    if (nodeRow < 0 || nodeRow >= m_rows.size())
        return nullptr;
    return &m_inventory.nodes.at(m_rows.at(nodeRow));
}

QVariant ClusterTreeModel::data(const QModelIndex &index, int role) const
{
    const NodeEntry *node = entryFor(index);
    if (!node)
        return {};
    if (index.internalId() == 0)
        return nodeData(*node, index.column(), role);
    return podData(*node, index.row(), index.column(), role);
}

QVariant ClusterTreeModel::nodeData(const NodeEntry &node, int column, int role) const
{
    const bool ready = node.node.ready == ConditionStatus::True;
    switch (role) {
    case NodeNameRole:
        return node.node.name;
    case PodNamespaceRole:
    case PodNameRole:
        return QString();
    case HealthIdRole:
        return ready ? QStringLiteral("ready") : QStringLiteral("notReady");
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (column) {
        case NameColumn:
            return node.node.name;
        case RoleColumn:
            return tr("Node");
        case StateColumn:
            return ready ? tr("Ready") : tr("NotReady");
        case DetailsColumn: {
            QStringList parts;
            if (!node.node.agentPool.isEmpty())
                parts << tr("pool %1").arg(node.node.agentPool);
            if (!node.node.os.isEmpty())
                parts << node.node.os;
            parts << tr("%n application pod(s)", nullptr, int(node.apps.size()));
            if (node.problemCount > 0)
                parts << tr("%n finding(s)", nullptr, node.problemCount);
            return parts.join(QStringLiteral(", "));
        }
        }
        break;
    default:
        break;
    }
    return {};
}

QVariant ClusterTreeModel::podData(const NodeEntry &node, int childRow, int column, int role) const
{
    const KubePod *pod = nullptr;
    const AppPodEntry *app = nullptr;
    QString roleName;
    if (childRow == driverRow) {
        pod = node.driver ? &*node.driver : nullptr;
        roleName = tr("CSI driver");
    } else if (childRow == providerRow) {
        pod = node.provider ? &*node.provider : nullptr;
        roleName = tr("Azure provider");
    } else if (childRow - firstAppRow < node.apps.size()) {
        app = &node.apps.at(childRow - firstAppRow);
        pod = &app->pod;
        roleName = tr("Application");
    }
    switch (role) {
    case NodeNameRole:
        return node.node.name;
    case PodNamespaceRole:
        return pod ? pod->namespaceName : QString();
    case PodNameRole:
        return pod ? pod->name : QString();
    case HealthIdRole:
        return pod ? podHealthId(podHealthOf(*pod)) : podHealthId(PodHealth::Missing);
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (column) {
        case NameColumn:
            return pod ? pod->namespaceName + QLatin1Char('/') + pod->name : tr("(no pod)");
        case RoleColumn:
            return roleName;
        case StateColumn:
            return podHealthDisplayName(pod ? podHealthOf(*pod) : PodHealth::Missing);
        case DetailsColumn: {
            if (!pod)
                return node.apps.isEmpty() ? tr("no pod on this node") : tr("missing on a node with application pods");
            QStringList parts;
            const QString summary = podStateSummary(*pod);
            if (!summary.isEmpty())
                parts << summary;
            if (app && !app->secretProviderClass.isEmpty())
                parts << tr("SecretProviderClass %1").arg(app->secretProviderClass);
            if (app && app->mountFailing())
                parts << tr("mount failing");
            return parts.join(QStringLiteral(", "));
        }
        }
        break;
    default:
        break;
    }
    return {};
}

QVariant ClusterTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case RoleColumn:
        return tr("Role");
    case StateColumn:
        return tr("State");
    case DetailsColumn:
        return tr("Details");
    }
    return {};
}

} // namespace kvd
