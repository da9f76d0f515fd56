// SPDX-License-Identifier: MIT
#include "kube/inventorycollector.h"

#include "kube/kubelist.h"
#include "kube/listparser.h"
#include "kube/kubetr.h"

#include <algorithm>

namespace kvd {

namespace {
const QString kCsiDriverName = QStringLiteral("secrets-store.csi.k8s.io");
const QString kSpcGroup = QStringLiteral("/apis/secrets-store.csi.x-k8s.io/v1");
}

InventoryCollector::InventoryCollector(KubeClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
}

InventoryCollector::~InventoryCollector()
{
    cancel();
}

template<typename Job>
Job *InventoryCollector::track(Job *job)
{
    m_jobs.append(job);
    ++m_readsTotal;
    return job;
}

void InventoryCollector::start(const Options &options)
{
    cancel();
    m_options = options;
    m_input = {};
    m_input.namespaceFilter = options.namespaceFilter;
    m_warnings.clear();
    m_podsSeen = 0;
    m_podsResourceVersion.clear();
    m_eventsResourceVersion.clear();
    m_readsTotal = 0;
    m_readsDone = 0;
    m_running = true;
    m_clock.start();

    listNodes();
    listPods();
    listEvents();
    listRaw(QStringLiteral("/apis/apps/v1/daemonsets"), QStringLiteral("daemonsets"),
            [this](const QList<QJsonObject> &objects) {
                for (const auto &object : objects)
                    m_input.daemonSets.append(parseDaemonSet(object));
            },
            true);
    listRaw(kSpcGroup + QStringLiteral("/secretproviderclasses"), QStringLiteral("secretproviderclasses"),
            [this](const QList<QJsonObject> &objects) {
                for (const auto &object : objects)
                    m_input.secretProviderClasses.append(parseSecretProviderClass(object));
            },
            true);
    listRaw(kSpcGroup + QStringLiteral("/secretproviderclasspodstatuses"), QStringLiteral("secretproviderclasspodstatuses"),
            [this](const QList<QJsonObject> &objects) {
                for (const auto &object : objects)
                    m_input.podStatuses.append(parseSecretProviderClassPodStatus(object));
            },
            true);
    getCsiDriver();
    Q_EMIT progress(0, m_readsTotal);
}

void InventoryCollector::cancel()
{
    stopWatching();
    const auto jobs = std::exchange(m_jobs, {});
    for (const auto &job : jobs) {
        if (job && !job->isDone())
            job->cancel();
    }
    m_running = false;
}

void InventoryCollector::listNodes()
{
    ListOptions options;
    options.path = QStringLiteral("/api/v1/nodes");
    options.itemKind = ListItemKind::Node;
    options.limit = m_options.pageSize;
    options.accumulate = false;
    auto *job = track(m_client->list(options));
    connect(job, &KubeListJob::restarted, this, [this] { m_input.nodes.clear(); });
    connect(job, &KubeListJob::pageReceived, this, [this](const KubeListPage &page) {
        m_input.nodes.append(page.nodes);
        Q_EMIT updated(QStringLiteral("nodes"));
    });
    connect(job, &KubeJob::finished, this, &InventoryCollector::readDone);
    connect(job, &KubeJob::failed, this, &InventoryCollector::fail);
}

void InventoryCollector::listPods()
{
    // One pass over every pod: there is no selector for "mounts a CSI volume", and the
    // DaemonSet pods come along. Pages are filtered as they arrive.
    ListOptions options;
    options.path = m_options.namespaceFilter.isEmpty()
                       ? QStringLiteral("/api/v1/pods")
                       : QStringLiteral("/api/v1/namespaces/%1/pods").arg(m_options.namespaceFilter);
    options.itemKind = ListItemKind::Pod;
    options.limit = m_options.pageSize;
    options.accumulate = false;
    auto keep = [this](const KubeListPage &page) {
        m_podsSeen += page.pods.size();
        for (const auto &pod : page.pods) {
            if (podRoleOf(pod) != PodRole::Other)
                m_input.pods.append(pod);
        }
    };
    auto *job = track(m_client->list(options));
    connect(job, &KubeListJob::restarted, this, [this] {
        m_input.pods.clear();
        m_podsSeen = 0;
        m_podsResourceVersion.clear();
    });
    connect(job, &KubeListJob::pageReceived, this, [this, keep](const KubeListPage &page) {
        if (m_podsResourceVersion.isEmpty())
            m_podsResourceVersion = page.resourceVersion; // the watch resumes from the list
        keep(page);
        Q_EMIT updated(QStringLiteral("pods"));
    });
    connect(job, &KubeJob::finished, this, &InventoryCollector::readDone);
    connect(job, &KubeJob::failed, this, &InventoryCollector::fail);

    if (!m_options.namespaceFilter.isEmpty()) {
        // The DaemonSet pods live elsewhere (kube-system): ask for them by label.
        for (const QString &selector : {driverPodSelector(), providerPodSelector()}) {
            ListOptions daemon;
            daemon.path = QStringLiteral("/api/v1/pods");
            daemon.labelSelector = selector;
            daemon.itemKind = ListItemKind::Pod;
            daemon.limit = m_options.pageSize;
            daemon.accumulate = false;
            auto *daemonJob = track(m_client->list(daemon));
            connect(daemonJob, &KubeListJob::pageReceived, this, [this](const KubeListPage &page) {
                m_input.pods.append(page.pods);
                Q_EMIT updated(QStringLiteral("pods"));
            });
            connect(daemonJob, &KubeJob::finished, this, &InventoryCollector::readDone);
            connect(daemonJob, &KubeJob::failed, this, &InventoryCollector::fail);
        }
    }
}

void InventoryCollector::listEvents()
{
    ListOptions options;
    options.path = m_options.namespaceFilter.isEmpty()
                       ? QStringLiteral("/api/v1/events")
                       : QStringLiteral("/api/v1/namespaces/%1/events").arg(m_options.namespaceFilter);
    options.fieldSelector = QStringLiteral("type=Warning,involvedObject.kind=Pod");
    options.itemKind = ListItemKind::Event;
    options.limit = m_options.pageSize;
    options.accumulate = false;
    auto *job = track(m_client->list(options));
    connect(job, &KubeListJob::restarted, this, [this] {
        m_input.events.clear();
        m_eventsResourceVersion.clear();
    });
    connect(job, &KubeListJob::pageReceived, this, [this](const KubeListPage &page) {
        if (m_eventsResourceVersion.isEmpty())
            m_eventsResourceVersion = page.resourceVersion;
        m_input.events.append(page.events);
        Q_EMIT updated(QStringLiteral("events"));
    });
    connect(job, &KubeJob::finished, this, &InventoryCollector::readDone);
    connect(job, &KubeJob::failed, this, [this](const KubeError &error) {
        m_warnings << KubeTr::tr("Events could not be read: %1").arg(error.message);
        readDone();
    });
}

void InventoryCollector::listRaw(const QString &path, const QString &what,
                                 std::function<void(const QList<QJsonObject> &)> apply, bool optional)
{
    ListOptions options;
    options.path = path;
    options.itemKind = ListItemKind::Raw;
    options.limit = m_options.pageSize;
    options.accumulate = false;
    auto *job = track(m_client->list(options));
    connect(job, &KubeListJob::pageReceived, this, [this, apply, what](const KubeListPage &page) {
        apply(page.objects);
        Q_EMIT updated(what);
    });
    connect(job, &KubeJob::finished, this, &InventoryCollector::readDone);
    connect(job, &KubeJob::failed, this, [this, what, optional](const KubeError &error) {
        if (!optional) {
            fail(error);
            return;
        }
        // Without the CRD (404) no SecretProviderClass can exist; any other failure leaves it open.
        if (what == QLatin1String("secretproviderclasses") && error.httpStatus != 404)
            m_input.secretProviderClassesChecked = false;
        if (error.httpStatus == 404 && what.startsWith(QLatin1String("secretproviderclass")))
            m_warnings << KubeTr::tr("The cluster has no %1 resource: the Secrets Store CSI driver's CRDs are not installed.").arg(what);
        else
            m_warnings << KubeTr::tr("%1 could not be read: %2").arg(what, error.message);
        readDone();
    });
}

void InventoryCollector::getCsiDriver()
{
    auto *job = track(m_client->get(QStringLiteral("/apis/storage.k8s.io/v1/csidrivers/") + kCsiDriverName));
    connect(job, &KubeJob::finished, this, [this, job] {
        m_input.csiDriver = parseCsiDriver(job->json());
        m_input.csiDriverChecked = true;
        readDone();
    });
    connect(job, &KubeJob::failed, this, [this](const KubeError &error) {
        m_input.csiDriver.reset();
        m_input.csiDriverChecked = error.httpStatus == 404;
        if (!m_input.csiDriverChecked)
            m_warnings << KubeTr::tr("The CSIDriver %1 could not be read: %2").arg(kCsiDriverName, error.message);
        readDone();
    });
}

void InventoryCollector::readDone()
{
    if (!m_running)
        return;
    ++m_readsDone;
    Q_EMIT progress(m_readsDone, m_readsTotal);
    if (m_readsDone == m_readsTotal) {
        m_running = false;
        m_jobs.clear();
        Q_EMIT finished();
    }
}

void InventoryCollector::fail(const KubeError &error)
{
    if (!m_running)
        return;
    cancel();
    Q_EMIT failed(error);
}

QStringList InventoryCollector::kubectlCommands() const
{
    const QString context = m_client->context().context.name;
    const QString prefix = context.isEmpty() ? QStringLiteral("kubectl ")
                                             : QStringLiteral("kubectl --context '%1' ").arg(context);
    const QString scope = m_options.namespaceFilter.isEmpty() ? QStringLiteral("-A")
                                                              : QStringLiteral("-n '%1'").arg(m_options.namespaceFilter);
    return {
        prefix + QStringLiteral("get nodes -o wide"),
        prefix + QStringLiteral("get pods -A -l '%1' -o wide").arg(driverPodSelector()),
        prefix + QStringLiteral("get pods -A -l '%1' -o wide").arg(providerPodSelector()),
        prefix + QStringLiteral("get pods %1 -o wide").arg(scope),
        prefix + QStringLiteral("get events %1 --field-selector type=Warning,involvedObject.kind=Pod").arg(scope),
        prefix + QStringLiteral("get daemonsets -A"),
        prefix + QStringLiteral("get csidriver %1 -o yaml").arg(kCsiDriverName),
        prefix + QStringLiteral("get secretproviderclasses -A -o yaml"),
        prefix + QStringLiteral("get secretproviderclasspodstatuses -A"),
    };
}

void InventoryCollector::startWatching()
{
    stopWatching();
    const auto watchOne = [this](const QString &path, const QString &fieldSelector, const QString &resourceVersion,
                                 void (InventoryCollector::*apply)(const WatchEvent &)) {
        WatchOptions options;
        options.path = path;
        options.fieldSelector = fieldSelector;
        options.resourceVersion = resourceVersion;
        KubeWatch *watch = m_client->watch(options);
        m_watches.append(watch);
        connect(watch, &KubeWatch::eventReceived, this, [this, apply](const WatchEvent &event) {
            (this->*apply)(event);
            Q_EMIT updated(QStringLiteral("watch"));
        });
        connect(watch, &KubeWatch::expired, this, [this](const KubeError &error) {
            m_warnings << KubeTr::tr("Live updates stopped (%1); refresh to read the cluster again.").arg(error.message);
            Q_EMIT watchExpired(error);
        });
    };
    const QString ns = m_options.namespaceFilter;
    watchOne(ns.isEmpty() ? QStringLiteral("/api/v1/pods") : QStringLiteral("/api/v1/namespaces/%1/pods").arg(ns), {},
             m_podsResourceVersion, &InventoryCollector::applyPodEvent);
    if (!ns.isEmpty()) {
        // DaemonSet pods live in kube-system: a watch on all pods would cost too much, so
        // these two follow their labels.
        for (const QString &selector : {driverPodSelector(), providerPodSelector()}) {
            WatchOptions options;
            options.path = QStringLiteral("/api/v1/pods");
            options.labelSelector = selector;
            KubeWatch *watch = m_client->watch(options);
            m_watches.append(watch);
            connect(watch, &KubeWatch::eventReceived, this, [this](const WatchEvent &event) {
                applyPodEvent(event);
                Q_EMIT updated(QStringLiteral("watch"));
            });
        }
    }
    watchOne(ns.isEmpty() ? QStringLiteral("/api/v1/events") : QStringLiteral("/api/v1/namespaces/%1/events").arg(ns),
             QStringLiteral("type=Warning,involvedObject.kind=Pod"), m_eventsResourceVersion,
             &InventoryCollector::applyEventEvent);
}

void InventoryCollector::stopWatching()
{
    const auto watches = std::exchange(m_watches, {});
    for (const auto &watch : watches) {
        if (watch && !watch->isDone())
            watch->cancel();
    }
}

void InventoryCollector::applyPodEvent(const WatchEvent &event)
{
    QString error;
    const std::optional<KubePod> pod = parsePod(event.object, &error);
    if (!pod)
        return;
    const auto it = std::find_if(m_input.pods.begin(), m_input.pods.end(),
                                 [&pod](const KubePod &known) { return known.uid == pod->uid; });
    const bool keep = event.type != WatchEvent::Type::Deleted && podRoleOf(*pod) != PodRole::Other
        && (m_options.namespaceFilter.isEmpty() || pod->namespaceName == m_options.namespaceFilter
            || podRoleOf(*pod) != PodRole::App);
    if (it == m_input.pods.end()) {
        if (keep)
            m_input.pods.append(*pod);
    } else if (keep) {
        *it = *pod;
    } else {
        m_input.pods.erase(it);
    }
}

void InventoryCollector::applyEventEvent(const WatchEvent &event)
{
    QString error;
    const std::optional<KubeEvent> parsed = parseEvent(event.object, &error);
    if (!parsed)
        return;
    const auto it = std::find_if(m_input.events.begin(), m_input.events.end(),
                                 [&parsed](const KubeEvent &known) { return known.uid == parsed->uid; });
    if (event.type == WatchEvent::Type::Deleted) {
        if (it != m_input.events.end())
            m_input.events.erase(it);
    } else if (it == m_input.events.end()) {
        m_input.events.append(*parsed);
    } else {
        *it = *parsed;
    }
}

} // namespace kvd
