// SPDX-License-Identifier: MIT
#pragma once

#include "core/kubeconfig.h"

#include <QAbstractTableModel>

namespace kvd {

// The contexts of a loaded kubeconfig as a table, one row per context in first-definition
// order. Problems of a context (from Kubeconfig::contextIssues) are shown in its row: an icon
// and tooltip in the first column, and the full text in IssuesRole. A context with an error
// is not usable: it stays visible (so the user sees why) but cannot be chosen.
class ContextListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { ContextColumn, ClusterColumn, ServerColumn, UserColumn, AuthColumn, NamespaceColumn, ColumnCount };
    enum Role {
        ContextNameRole = Qt::UserRole + 1, // QString: the context's name
        IsCurrentRole,                      // bool: the kubeconfig's current-context
        IsUsableRole,                       // bool: no error-severity issue
        IssuesRole,                         // QString: the context's issues, one per line
        AuthKindRole,                       // QString: authKindId(), e.g. "exec"
    };

    explicit ContextListModel(QObject *parent = nullptr);
    ~ContextListModel() override;

    void setKubeconfig(const Kubeconfig &config);
    const Kubeconfig &kubeconfig() const { return m_config; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // -1 when there is no such context.
    int rowOfContext(const QString &name) const;
    QString contextName(int row) const;
    bool isUsable(int row) const;
    QList<KubeconfigIssue> issues(int row) const;
    QString authText(int row) const;

    // The auth kind's display name, with the exec command ("Credential plugin (exec): kubelogin") or the
    // auth-provider name added: that is what a support engineer asks about first.
    static QString authDescription(AuthKind kind, const KubeUser *user);

private:
    struct Row
    {
        KubeContext context;
        QString server;
        AuthKind authKind = AuthKind::None;
        QString authText;
        QList<KubeconfigIssue> issues;
        bool usable = true;
        bool hasWarnings = false;
    };

    Kubeconfig m_config;
    QList<Row> m_rows;
};

} // namespace kvd
