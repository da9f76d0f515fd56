// SPDX-License-Identifier: MIT
#pragma once

#include "core/inventory.h"
#include "kube/kubeclient.h"
#include "kube/kubewatch.h"

#include <QElapsedTimer>
#include <QObject>
#include <QStringList>

namespace kvd {

// Reads what the inventory needs from one cluster, all requests in flight at once, and reports
// staged results: nodes and DaemonSet pods arrive first (a useful picture), application pods
// page by page, then completion. Only driver, provider and application pods are kept from the
// pod pages, so 150,000 pods cost the memory of the ~10% that matter.
class InventoryCollector : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        QString namespaceFilter; // application pods of this namespace only (empty: all)
        int pageSize = 500;
    };

    explicit InventoryCollector(KubeClient *client, QObject *parent = nullptr);
    ~InventoryCollector() override;

    void start(const Options &options);
    void start() { start(Options{}); }
    void cancel(); // also stops the watches

    // After finished(): watch pods and Warning events from the lists' resourceVersion and
    // apply each change to input() (add/modify/delete by uid; only driver, provider and app
    // pods are kept), emitting updated("watch"). A watch whose position expired (410) lists
    // again through a new start() by the owner; here it only reports a warning.
    void startWatching();
    void stopWatching();
    bool isWatching() const { return !m_watches.isEmpty(); }
    // Applies one watched change (public for tests and replays).
    void applyPodEvent(const WatchEvent &event);
    void applyEventEvent(const WatchEvent &event);
    bool isRunning() const { return m_running; }

    const InventoryInput &input() const { return m_input; }
    Inventory inventory() const { return buildInventory(m_input); }
    // Partial data: reads that failed without making the inventory useless (RBAC on one
    // resource, a missing CRD), each a translated sentence.
    QStringList warnings() const { return m_warnings; }
    // Each read as the kubectl command that shows the same data ("Copy as kubectl command").
    QStringList kubectlCommands() const;
    qint64 elapsedMs() const { return m_clock.elapsed(); }
    qint64 podsSeen() const { return m_podsSeen; }

Q_SIGNALS:
    // Something new arrived; inventory() is worth rebuilding. `what` names the read.
    void updated(const QString &what);
    void progress(int readsDone, int readsTotal);
    void finished();
    void failed(const kvd::KubeError &error);
    // A watch's position is gone (410): only a fresh list can bring the inventory up to date.
    void watchExpired(const kvd::KubeError &error);

private:
    void listNodes();
    void listPods();
    void listEvents();
    void listRaw(const QString &path, const QString &what, std::function<void(const QList<QJsonObject> &)> apply,
                 bool optional);
    void getCsiDriver();
    void readDone();
    void fail(const KubeError &error);
    template<typename Job>
    Job *track(Job *job);

    KubeClient *m_client;
    Options m_options;
    InventoryInput m_input;
    QStringList m_warnings;
    QList<QPointer<KubeJob>> m_jobs;
    QList<QPointer<KubeJob>> m_watches;
    QString m_podsResourceVersion;
    QString m_eventsResourceVersion;
    QElapsedTimer m_clock;
    qint64 m_podsSeen = 0;
    int m_readsTotal = 0;
    int m_readsDone = 0;
    bool m_running = false;
};

} // namespace kvd
