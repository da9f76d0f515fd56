// SPDX-License-Identifier: MIT
#include "models/contextlistmodel.h"

#include "models/statusicons.h"

#include <QFileInfo>
#include <QFont>
#include <QIcon>

namespace kvd {

QString ContextListModel::authDescription(AuthKind kind, const KubeUser *user)
{
    const QString name = authKindDisplayName(kind);
    if (!user)
        return name;
    // The plugin name is what a support engineer asks about first ("kubelogin or azure?").
    if (kind == AuthKind::Exec && user->exec && !user->exec->command.isEmpty())
        return tr("%1: %2").arg(name, QFileInfo(user->exec->command).fileName());
    if (kind == AuthKind::AuthProvider && user->authProvider && !user->authProvider->name.isEmpty())
        return tr("%1: %2").arg(name, user->authProvider->name);
    return name;
}

ContextListModel::ContextListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

ContextListModel::~ContextListModel() = default;

void ContextListModel::setKubeconfig(const Kubeconfig &config)
{
    beginResetModel();
    m_config = config;
    m_rows.clear();
    for (const KubeContext &context : m_config.contexts()) {
        Row row;
        row.context = context;
        if (const KubeCluster *cluster = m_config.cluster(context.cluster))
            row.server = cluster->server;
        const KubeUser *user = m_config.user(context.user);
        row.authKind = user ? authKindOf(*user) : AuthKind::None;
        row.authText = authDescription(row.authKind, user);
        row.issues = m_config.contextIssues(context.name);
        for (const KubeconfigIssue &issue : std::as_const(row.issues)) {
            if (issue.severity == KubeconfigIssue::Severity::Error)
                row.usable = false;
            else
                row.hasWarnings = true;
        }
        m_rows.append(row);
    }
    endResetModel();
}

int ContextListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ContextListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ContextListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const bool current = row.context.name == m_config.currentContext();

    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case ContextColumn:
            return row.context.name;
        case ClusterColumn:
            return row.context.cluster;
        case ServerColumn:
            return row.server;
        case UserColumn:
            return row.context.user;
        case AuthColumn:
            return row.authText;
        case NamespaceColumn:
            return row.context.effectiveNamespace();
        }
        return {};
    case Qt::DecorationRole:
        if (index.column() != ContextColumn)
            return {};
        if (!row.usable)
            return statusIcon(StatusIcon::Error);
        if (row.hasWarnings)
            return statusIcon(StatusIcon::Warning);
        if (current)
            return statusIcon(StatusIcon::Current);
        return {};
    case Qt::FontRole:
        if (current) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::ToolTipRole:
    case Qt::AccessibleDescriptionRole: {
        QStringList lines;
        if (current)
            lines << tr("Current context of the kubeconfig");
        if (!row.usable)
            lines << tr("This context cannot be used:");
        for (const KubeconfigIssue &issue : row.issues)
            lines << issue.toString();
        if (lines.isEmpty())
            return {};
        return lines.join(QLatin1Char('\n'));
    }
    case ContextNameRole:
        return row.context.name;
    case IsCurrentRole:
        return current;
    case IsUsableRole:
        return row.usable;
    case IssuesRole: {
        QStringList lines;
        for (const KubeconfigIssue &issue : row.issues)
            lines << issue.toString();
        return lines.join(QLatin1Char('\n'));
    }
    case AuthKindRole:
        return authKindId(row.authKind);
    }
    return {};
}

QVariant ContextListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ContextColumn:
        return tr("Context");
    case ClusterColumn:
        return tr("Cluster");
    case ServerColumn:
        return tr("Server");
    case UserColumn:
        return tr("User");
    case AuthColumn:
        return tr("Authentication");
    case NamespaceColumn:
        return tr("Namespace");
    }
    return {};
}

int ContextListModel::rowOfContext(const QString &name) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).context.name == name)
            return i;
    }
    return -1;
}

QString ContextListModel::contextName(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).context.name : QString();
}

bool ContextListModel::isUsable(int row) const
{
    return row >= 0 && row < m_rows.size() && m_rows.at(row).usable;
}

QList<KubeconfigIssue> ContextListModel::issues(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).issues : QList<KubeconfigIssue>();
}

QString ContextListModel::authText(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).authText : QString();
}

} // namespace kvd
