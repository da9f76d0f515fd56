// SPDX-License-Identifier: MIT
#include "kube/clustersession.h"

#include "kube/inventorycollector.h"
#include "kube/kubeclient.h"
#include "kube/kubetr.h"

namespace kvd {

ClusterSession::ClusterSession(QObject *parent)
    : QObject(parent)
{
    m_throttle.setInterval(250);
    m_throttle.setSingleShot(true);
    connect(&m_throttle, &QTimer::timeout, this, [this] {
        if (m_dirty)
            publishInventory();
    });
}

ClusterSession::~ClusterSession()
{
    // No signals from a dying object: receivers may be half destroyed already.
    blockSignals(true);
    disconnectFromCluster();
}

QString ClusterSession::stateDisplayName(State state)
{
    switch (state) {
    case State::Disconnected: return KubeTr::tr("Not connected");
    case State::Connecting: return KubeTr::tr("Connecting");
    case State::Loading: return KubeTr::tr("Loading");
    case State::Connected: return KubeTr::tr("Connected");
    case State::Failed: return KubeTr::tr("Connection failed");
    }
    return {};
}

void ClusterSession::setState(State state, const QString &message)
{
    m_state = state;
    m_message = message;
    Q_EMIT stateChanged(state, message);
}

void ClusterSession::disconnectFromCluster()
{
    m_throttle.stop();
    if (m_collector)
        m_collector->cancel();
    m_collector.reset();
    m_client.reset();
    m_inventory = {};
    m_serverVersion.clear();
    if (m_state != State::Disconnected)
        setState(State::Disconnected, {});
}

void ClusterSession::connectTo(const ResolvedContext &context)
{
    disconnectFromCluster();
    m_context = context;
    m_client = std::make_unique<KubeClient>(context);
    connect(m_client.get(), &KubeClient::execPluginOutput, this, &ClusterSession::execPluginOutput);
    if (!m_client->isValid()) {
        setState(State::Failed, m_client->setupError());
        return;
    }
    setState(State::Connecting, KubeTr::tr("Connecting to %1").arg(context.cluster.server));
    KubeRequest *request = m_client->version();
    const QPointer<KubeClient> client = m_client.get();
    connect(request, &KubeJob::finished, this, [this, request, client] {
        if (client != m_client.get())
            return; // a newer connection won
        const auto version = parseKubeVersion(request->json());
        m_serverVersion = version ? version->gitVersion : QString();
        startInventory();
    });
    connect(request, &KubeJob::failed, this, [this, client](const KubeError &error) {
        if (client == m_client.get())
            setState(State::Failed, error.message);
    });
}

void ClusterSession::refresh()
{
    if (m_client && m_client->isValid() && m_state != State::Connecting)
        startInventory();
}

void ClusterSession::startInventory()
{
    m_collector = std::make_unique<InventoryCollector>(m_client.get());
    setState(State::Loading, KubeTr::tr("Reading nodes and pods"));
    connect(m_collector.get(), &InventoryCollector::updated, this, [this] {
        m_dirty = true;
        if (!m_throttle.isActive())
            m_throttle.start();
    });
    connect(m_collector.get(), &InventoryCollector::finished, this, [this] {
        m_throttle.stop();
        publishInventory();
        setState(State::Connected, warnings().isEmpty() ? QString() : warnings().join(QLatin1Char('\n')));
        // Live updates: changes after the lists arrive through watches (throttled like the pages).
        m_collector->startWatching();
    });
    connect(m_collector.get(), &InventoryCollector::failed, this, [this](const KubeError &error) {
        m_throttle.stop();
        setState(State::Failed, error.message);
    });
    // The watches cannot resume (etcd compacted past them): list again, as client-go's
    // reflector does; the new lists restart the watches.
    connect(m_collector.get(), &InventoryCollector::watchExpired, this, &ClusterSession::refresh, Qt::QueuedConnection);
    m_collector->start();
}

void ClusterSession::publishInventory()
{
    m_dirty = false;
    if (m_collector)
        m_inventory = m_collector->inventory();
    Q_EMIT inventoryChanged();
}

QStringList ClusterSession::warnings() const
{
    QStringList all;
    if (m_client)
        all << m_client->warnings();
    if (m_collector)
        all << m_collector->warnings();
    return all;
}

QStringList ClusterSession::kubectlCommands() const
{
    return m_collector ? m_collector->kubectlCommands() : QStringList();
}

} // namespace kvd
