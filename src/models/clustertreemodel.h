// SPDX-License-Identifier: MIT
#pragma once

#include "core/inventory.h"

#include <QAbstractItemModel>

namespace kvd {

// The node map as a tree, for keyboard and screen-reader users: each node (filtered, in
// inventory order) with its driver pod, its provider pod (a "Missing" row when absent) and its
// application pods. Columns: name, role, state, details.
class ClusterTreeModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, RoleColumn, StateColumn, DetailsColumn, ColumnCount };
    enum Role {
        NodeNameRole = Qt::UserRole + 1,
        PodNamespaceRole, // empty on node rows and missing pods
        PodNameRole,
        HealthIdRole,     // podHealthId(), "missing", or for nodes "ready"/"notReady"
    };

    explicit ClusterTreeModel(QObject *parent = nullptr);

    // rows: indexes into inventory.nodes to show (NodeFilter::apply()).
    void setInventory(const Inventory &inventory, const QList<int> &rows);
    const Inventory &inventory() const { return m_inventory; }

    QModelIndex nodeIndex(const QString &nodeName) const;
    QModelIndex podIndex(const QString &nodeName, const QString &podNamespace, const QString &podName) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    const NodeEntry *entryFor(const QModelIndex &index) const;
    QVariant nodeData(const NodeEntry &node, int column, int role) const;
    QVariant podData(const NodeEntry &node, int childRow, int column, int role) const;

    Inventory m_inventory;
    QList<int> m_rows;
};

} // namespace kvd
