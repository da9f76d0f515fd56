// SPDX-License-Identifier: MIT
#pragma once

#include "core/kubeconfig.h"

#include <QDialog>

#include <memory>
#include <optional>

class QPushButton;

namespace Ui {
class ConnectDialog;
}

namespace kvd {

class ContextListModel;

// Lets the user pick a kubeconfig context: lists every context with its cluster, server, user,
// auth kind and namespace, shows load errors and per-context problems inline, tells which
// files were read, and can switch to another kubeconfig file. Remembers the choice in
// AppSettings and preselects it next time (else the kubeconfig's current-context).
class ConnectDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ConnectDialog(QWidget *parent = nullptr);
    ~ConnectDialog() override;

    // Reads `file` only (like --kubeconfig); an empty string means kubectl's search
    // (KUBECONFIG, else the home default).
    void setKubeconfigFile(const QString &file);
    QString kubeconfigFile() const { return m_file; }
    // A context to preselect over the remembered one (e.g. from --context). When it is not in
    // the kubeconfig the dialog says so.
    void setPreferredContext(const QString &name);
    void reload();

    const Kubeconfig &kubeconfig() const;
    QString selectedContext() const;
    // Set once the dialog was accepted.
    std::optional<ResolvedContext> chosenContext() const { return m_chosen; }

    // Plain-text lines saying where the kubeconfig came from and which files were read or
    // missing; shared with the main window's start page.
    static QString describeSource(const Kubeconfig &config, const QString &explicitFile);

public Q_SLOTS:
    void accept() override;

private:
    void chooseFile();
    void selectRow(int row);
    void fitColumns();
    void updateDetails();
    void updateMessages(const QString &extra = {});
    int preferredRow() const;

    std::unique_ptr<Ui::ConnectDialog> m_ui;
    ContextListModel *m_model = nullptr;
    QPushButton *m_connectButton = nullptr;
    QString m_file;
    QString m_preferred;
    std::optional<ResolvedContext> m_chosen;
};

} // namespace kvd
