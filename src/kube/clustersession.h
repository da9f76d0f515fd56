// SPDX-License-Identifier: MIT
#pragma once

#include "core/inventory.h"
#include "core/kubeconfig.h"
#include "kube/kubestatus.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <memory>

namespace kvd {

class InventoryCollector;
class KubeClient;

// One connection to one kubeconfig context, as the GUI sees it: connect (server version
// first, so a wrong context or expired credentials show at once), then the inventory with
// staged updates (throttled, so 150,000 pods never flood the GUI thread), refresh, and a
// state with a reason the status bar and a banner can show.
class ClusterSession : public QObject
{
    Q_OBJECT
public:
    enum class State { Disconnected, Connecting, Loading, Connected, Failed };
    Q_ENUM(State)

    explicit ClusterSession(QObject *parent = nullptr);
    ~ClusterSession() override;

    void connectTo(const ResolvedContext &context);
    void refresh();
    void disconnectFromCluster();

    State state() const { return m_state; }
    QString stateMessage() const { return m_message; } // translated; why it failed, or what loads
    const ResolvedContext &context() const { return m_context; }
    QString serverVersion() const { return m_serverVersion; }
    const Inventory &inventory() const { return m_inventory; }
    QStringList warnings() const;        // partial data, TLS and kubeconfig warnings
    QStringList kubectlCommands() const; // the reads made, as kubectl commands
    KubeClient *client() const { return m_client.get(); }
    static QString stateDisplayName(State state);

    // Minimum time between two inventoryChanged() while the lists load (ms).
    void setUpdateInterval(int milliseconds) { m_throttle.setInterval(milliseconds); }

Q_SIGNALS:
    void stateChanged(kvd::ClusterSession::State state, const QString &message);
    void inventoryChanged();
    void execPluginOutput(const QString &line); // kubelogin's device-code prompt, live

private:
    void setState(State state, const QString &message);
    void startInventory();
    void publishInventory();

    ResolvedContext m_context;
    std::unique_ptr<KubeClient> m_client;
    std::unique_ptr<InventoryCollector> m_collector;
    Inventory m_inventory;
    QString m_serverVersion;
    State m_state = State::Disconnected;
    QString m_message;
    QTimer m_throttle;
    bool m_dirty = false;
};

} // namespace kvd
