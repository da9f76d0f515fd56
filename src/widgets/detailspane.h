// SPDX-License-Identifier: MIT
#pragma once

#include "widgets/nodemapview.h"

#include <QWidget>

class QPushButton;
class QTextBrowser;

namespace kvd {

class ClusterSession;

// The Details dock: what is known about the selected node or pod (status, containers, volumes
// and the SecretProviderClass with its parameters, Warning events with FailedMount messages in
// full; for a node its conditions, taints, pool, OS, kubelet and pods) and actions on it.
class DetailsPane : public QWidget
{
    Q_OBJECT
public:
    explicit DetailsPane(ClusterSession *session, QWidget *parent = nullptr);

    MapSelection selection() const { return m_selection; }
    QString plainText() const;          // as shown, for tests
    QStringList kubectlCommands() const; // the reads behind what is shown

    // Enables "Logs" once a log viewer is connected to logsRequested().
    void setLogViewerAvailable(bool available);

public Q_SLOTS:
    void setSelection(const kvd::MapSelection &selection);
    void copyKubectlCommands();

Q_SIGNALS:
    void logsRequested(const QString &nodeName, const QString &podNamespace, const QString &podName);

private:
    void refresh();
    QString podHtml(const NodeEntry &node, const KubePod &pod, const AppPodEntry *app) const;
    QString nodeHtml(const NodeEntry &node) const;
    QString kubectl() const;

    ClusterSession *m_session;
    MapSelection m_selection;
    QTextBrowser *m_text = nullptr;
    QPushButton *m_logs = nullptr;
    QPushButton *m_test = nullptr;
    QPushButton *m_copy = nullptr;
    bool m_logViewer = false;
};

} // namespace kvd
