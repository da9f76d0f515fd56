// SPDX-License-Identifier: MIT
#include "core/inventory.h"

#include "core/coretr.h"

#include <QHash>
#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <algorithm>

namespace kvd {

namespace {
const QString kDriverApp = QStringLiteral("secrets-store-csi-driver");
const QStringList kProviderApps = {QStringLiteral("secrets-store-provider-azure"),
                                   QStringLiteral("csi-secrets-store-provider-azure")};

QString isoTime(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODate) : QString();
}

int healthRank(PodHealth health)
{
    switch (health) {
    case PodHealth::Healthy: return 0;
    case PodHealth::NotReady: return 1;
    case PodHealth::Pending: return 2;
    case PodHealth::Terminating: return 3;
    case PodHealth::CrashLooping: return 4;
    case PodHealth::Failed: return 5;
    case PodHealth::Missing: return 6;
    }
    return 6;
}

bool isMountEvent(const KubeEvent &event)
{
    return event.reason == QLatin1String("FailedMount") || event.reason == QLatin1String("FailedAttachVolume");
}

QJsonValue podOrNull(const std::optional<KubePod> &pod)
{
    return pod ? QJsonValue(podToJson(*pod)) : QJsonValue(QJsonValue::Null);
}
}

PodRole podRoleOf(const KubePod &pod)
{
    const QString app = pod.labels.value(QStringLiteral("app"));
    if (app == kDriverApp)
        return PodRole::Driver;
    if (kProviderApps.contains(app))
        return PodRole::Provider;
    if (pod.usesSecretsStore())
        return PodRole::App;
    return PodRole::Other;
}

QString driverPodSelector()
{
    return QStringLiteral("app=") + kDriverApp;
}

QString providerPodSelector()
{
    return QStringLiteral("app in (") + kProviderApps.join(QLatin1Char(',')) + QLatin1Char(')');
}

PodHealth podHealthOf(const KubePod &pod)
{
    if (pod.terminating)
        return PodHealth::Terminating;
    if (pod.phase == QLatin1String("Failed"))
        return PodHealth::Failed;
    for (const auto &container : pod.containers) {
        if (container.state == KubeContainerStatus::State::Waiting
            && (container.reason == QLatin1String("CrashLoopBackOff") || container.reason == QLatin1String("RunContainerError")))
            return PodHealth::CrashLooping;
    }
    if (pod.phase == QLatin1String("Pending") || pod.phase.isEmpty())
        return PodHealth::Pending;
    if (pod.phase == QLatin1String("Succeeded"))
        return PodHealth::Failed; // a DaemonSet or app pod that exited is not serving
    if (pod.ready != ConditionStatus::True)
        return PodHealth::NotReady;
    return PodHealth::Healthy;
}

QString podHealthId(PodHealth health)
{
    switch (health) {
    case PodHealth::Healthy: return QStringLiteral("healthy");
    case PodHealth::Pending: return QStringLiteral("pending");
    case PodHealth::NotReady: return QStringLiteral("notReady");
    case PodHealth::CrashLooping: return QStringLiteral("crashLooping");
    case PodHealth::Failed: return QStringLiteral("failed");
    case PodHealth::Terminating: return QStringLiteral("terminating");
    case PodHealth::Missing: return QStringLiteral("missing");
    }
    return QStringLiteral("missing");
}

QString podHealthDisplayName(PodHealth health)
{
    switch (health) {
    case PodHealth::Healthy: return CoreTr::tr("Running and ready");
    case PodHealth::Pending: return CoreTr::tr("Pending");
    case PodHealth::NotReady: return CoreTr::tr("Running, not ready");
    case PodHealth::CrashLooping: return CoreTr::tr("Crash-looping");
    case PodHealth::Failed: return CoreTr::tr("Failed");
    case PodHealth::Terminating: return CoreTr::tr("Terminating");
    case PodHealth::Missing: return CoreTr::tr("Missing");
    }
    return {};
}

QString podStateSummary(const KubePod &pod)
{
    QString reason;
    for (const auto &container : pod.containers) {
        if (container.state != KubeContainerStatus::State::Running && !container.reason.isEmpty()) {
            reason = container.reason;
            break;
        }
    }
    if (reason.isEmpty())
        reason = pod.reason.isEmpty() ? pod.phase : pod.reason;
    const int restarts = pod.restartCount();
    if (restarts > 0)
        return restarts == 1 ? CoreTr::tr("%1, 1 restart").arg(reason)
                             : CoreTr::tr("%1, %2 restarts").arg(reason).arg(restarts);
    return reason;
}

QString severityId(InventoryProblem::Severity severity)
{
    switch (severity) {
    case InventoryProblem::Severity::Error: return QStringLiteral("error");
    case InventoryProblem::Severity::Warning: return QStringLiteral("warning");
    case InventoryProblem::Severity::Info: return QStringLiteral("info");
    }
    return QStringLiteral("info");
}

bool AppPodEntry::mountFailing() const
{
    if (std::any_of(events.begin(), events.end(), isMountEvent))
        return pod.phase != QLatin1String("Running") || pod.ready != ConditionStatus::True;
    for (const auto &container : pod.containers) {
        if (container.state == KubeContainerStatus::State::Waiting && container.reason == QLatin1String("ContainerCreating"))
            return true;
    }
    return false;
}

int Inventory::appPodCount() const
{
    int count = int(unscheduledApps.size());
    for (const auto &node : nodes)
        count += int(node.apps.size());
    return count;
}

int Inventory::failingAppPodCount() const
{
    int count = 0;
    for (const auto &node : nodes)
        count += int(std::count_if(node.apps.begin(), node.apps.end(), [](const AppPodEntry &app) { return app.mountFailing(); }));
    count += int(std::count_if(unscheduledApps.begin(), unscheduledApps.end(), [](const AppPodEntry &app) { return app.mountFailing(); }));
    return count;
}

const NodeEntry *Inventory::node(const QString &name) const
{
    for (const auto &entry : nodes) {
        if (entry.node.name == name)
            return &entry;
    }
    return nullptr;
}

Inventory buildInventory(const InventoryInput &input)
{
    Inventory inventory;
    inventory.secretProviderClasses = input.secretProviderClasses;
    inventory.podStatuses = input.podStatuses;
    inventory.csiDriver = input.csiDriver;

    QHash<QString, qsizetype> nodeIndex;
    for (const auto &node : input.nodes) {
        NodeEntry entry;
        entry.node = node;
        nodeIndex.insert(node.name, inventory.nodes.size());
        inventory.nodes.append(entry);
    }
    auto nodeFor = [&](const QString &name) -> NodeEntry & {
        auto it = nodeIndex.constFind(name);
        if (it == nodeIndex.constEnd()) {
            NodeEntry entry;
            entry.node.name = name;
            entry.known = false;
            it = nodeIndex.insert(name, inventory.nodes.size());
            inventory.nodes.append(entry);
        }
        return inventory.nodes[*it];
    };

    QHash<QString, const SecretProviderClassInfo *> spcByKey;
    for (const auto &spc : input.secretProviderClasses)
        spcByKey.insert(spc.namespaceName + QLatin1Char('/') + spc.name, &spc);

    QHash<QString, QList<KubeEvent>> eventsByPod;
    for (const auto &event : input.events) {
        if (event.involvedObject.kind == QLatin1String("Pod") && event.type == QLatin1String("Warning"))
            eventsByPod[event.involvedObject.namespaceName + QLatin1Char('/') + event.involvedObject.name].append(event);
    }

    QSet<QString> driverVersions, providerVersions;
    auto placeDaemonPod = [](std::optional<KubePod> &slot, QList<KubePod> &extra, const KubePod &pod) {
        if (!slot) {
            slot = pod;
        } else if (healthRank(podHealthOf(pod)) < healthRank(podHealthOf(*slot))) {
            extra.append(*slot);
            slot = pod;
        } else {
            extra.append(pod);
        }
    };

    for (const auto &pod : input.pods) {
        const PodRole role = podRoleOf(pod);
        if (role == PodRole::Driver || role == PodRole::Provider) {
            if (pod.nodeName.isEmpty())
                continue; // not yet scheduled: counted by the DaemonSet status
            NodeEntry &node = nodeFor(pod.nodeName);
            auto &versions = role == PodRole::Driver ? driverVersions : providerVersions;
            for (const auto &container : pod.containers) {
                if (container.name == QLatin1String("secrets-store") || container.name == QLatin1String("provider-azure-installer")
                    || pod.containers.size() == 1) {
                    const QString tag = imageTag(container.image);
                    if (!tag.isEmpty())
                        versions.insert(tag);
                }
            }
            placeDaemonPod(role == PodRole::Driver ? node.driver : node.provider, node.extraDaemonPods, pod);
        } else if (role == PodRole::App) {
            if (!input.namespaceFilter.isEmpty() && pod.namespaceName != input.namespaceFilter)
                continue;
            AppPodEntry app;
            app.pod = pod;
            const auto &volume = pod.secretsStoreVolumes.constFirst();
            app.secretProviderClass = volume.secretProviderClass;
            app.nodePublishSecretRef = volume.nodePublishSecretRef;
            const auto spc = spcByKey.value(pod.namespaceName + QLatin1Char('/') + volume.secretProviderClass);
            // An unread list (RBAC, a failed request) proves nothing missing: no false "does not exist".
            app.secretProviderClassFound = spc != nullptr || !input.secretProviderClassesChecked;
            if (spc)
                app.identityMode = spc->identityMode(volume.nodePublishSecretRef);
            app.events = eventsByPod.value(pod.namespaceName + QLatin1Char('/') + pod.name);
            std::sort(app.events.begin(), app.events.end(),
                      [](const KubeEvent &a, const KubeEvent &b) { return a.lastSeen() < b.lastSeen(); });
            if (pod.nodeName.isEmpty())
                inventory.unscheduledApps.append(app);
            else
                nodeFor(pod.nodeName).apps.append(app);
        }
    }
    inventory.driverVersions = QStringList(driverVersions.begin(), driverVersions.end());
    inventory.providerVersions = QStringList(providerVersions.begin(), providerVersions.end());
    inventory.driverVersions.sort();
    inventory.providerVersions.sort();

    for (const auto &daemonSet : input.daemonSets) {
        const QString app = daemonSet.selector.value(QStringLiteral("app"));
        if (app == kDriverApp || kProviderApps.contains(app))
            inventory.daemonSets.append(daemonSet);
    }

    // Problems, node by node, then cluster-wide.
    QList<InventoryProblem> &problems = inventory.problems;
    auto add = [&](InventoryProblem::Severity severity, const QString &id, const QString &node,
                   const QString &ns, const QString &pod, const QString &message) {
        problems.append({severity, id, node, ns, pod, message});
    };
    using Sev = InventoryProblem::Severity;
    for (auto &node : inventory.nodes) {
        const qsizetype before = problems.size();
        const bool hasApps = !node.apps.isEmpty();
        if (node.known && node.node.ready != ConditionStatus::True)
            add(Sev::Error, QStringLiteral("node-not-ready"), node.node.name, {}, {},
                CoreTr::tr("Node %1 is not ready.").arg(node.node.name));
        struct Daemon { const std::optional<KubePod> &pod; const char *id; QString what; };
        const Daemon daemons[] = {
            {node.driver, "driver", CoreTr::tr("Secrets Store CSI driver")},
            {node.provider, "provider", CoreTr::tr("Azure Key Vault provider")},
        };
        for (const auto &daemon : daemons) {
            const QString idBase = QLatin1String(daemon.id);
            if (!daemon.pod) {
                if (hasApps)
                    add(Sev::Error, idBase + QStringLiteral("-missing-on-node"), node.node.name, {}, {},
                        CoreTr::tr("No %1 pod runs on node %2, where application pods mount Key Vault secrets (%3).")
                            .arg(daemon.what, node.node.name)
                            .arg(node.apps.size()));
                else if (node.known && !node.isWindows())
                    add(Sev::Warning, idBase + QStringLiteral("-missing-on-node"), node.node.name, {}, {},
                        CoreTr::tr("No %1 pod runs on node %2; pods scheduled there could not mount secrets.")
                            .arg(daemon.what, node.node.name));
                continue;
            }
            const PodHealth health = podHealthOf(*daemon.pod);
            if (health != PodHealth::Healthy)
                add(health == PodHealth::Pending || health == PodHealth::NotReady ? Sev::Warning : Sev::Error,
                    idBase + QStringLiteral("-unhealthy"), node.node.name, daemon.pod->namespaceName, daemon.pod->name,
                    CoreTr::tr("The %1 pod %2 on node %3 is %4 (%5).")
                        .arg(daemon.what, daemon.pod->name, node.node.name, podHealthDisplayName(health).toLower(),
                             podStateSummary(*daemon.pod)));
        }
        for (const auto &app : node.apps) {
            if (!app.secretProviderClassFound)
                add(Sev::Error, QStringLiteral("spc-not-found"), node.node.name, app.pod.namespaceName, app.pod.name,
                    CoreTr::tr("Pod %1/%2 uses SecretProviderClass \"%3\", which does not exist in namespace %1.")
                        .arg(app.pod.namespaceName, app.pod.name, app.secretProviderClass));
            else if (app.mountFailing())
                add(Sev::Error, QStringLiteral("app-mount-failing"), node.node.name, app.pod.namespaceName, app.pod.name,
                    CoreTr::tr("Pod %1/%2 cannot mount its Key Vault secrets (%3).")
                        .arg(app.pod.namespaceName, app.pod.name, podStateSummary(app.pod)));
        }
        node.problemCount = int(std::count_if(problems.begin() + before, problems.end(),
                                              [](const InventoryProblem &p) { return p.severity != Sev::Info; }));
    }
    for (const auto &app : inventory.unscheduledApps) {
        if (!app.secretProviderClassFound)
            add(Sev::Error, QStringLiteral("spc-not-found"), {}, app.pod.namespaceName, app.pod.name,
                CoreTr::tr("Pod %1/%2 uses SecretProviderClass \"%3\", which does not exist in namespace %1.")
                    .arg(app.pod.namespaceName, app.pod.name, app.secretProviderClass));
    }
    if (input.csiDriverChecked && !input.csiDriver)
        add(Sev::Error, QStringLiteral("csidriver-missing"), {}, {}, {},
            CoreTr::tr("The CSIDriver object secrets-store.csi.k8s.io does not exist: kubelet cannot call the driver."));
    for (const auto &daemonSet : inventory.daemonSets) {
        if (!daemonSet.fullyReady())
            add(Sev::Warning, QStringLiteral("daemonset-not-ready"), {}, daemonSet.namespaceName, {},
                CoreTr::tr("DaemonSet %1/%2 has %3 of %4 pods ready.")
                    .arg(daemonSet.namespaceName, daemonSet.name)
                    .arg(daemonSet.ready)
                    .arg(daemonSet.desired));
    }
    for (const auto &spc : inventory.secretProviderClasses) {
        for (const auto &problem : spc.validationProblems())
            add(Sev::Warning, QStringLiteral("spc-invalid"), {}, spc.namespaceName, {},
                CoreTr::tr("SecretProviderClass %1/%2: %3").arg(spc.namespaceName, spc.name, problem));
    }

    std::stable_sort(problems.begin(), problems.end(),
                     [](const InventoryProblem &a, const InventoryProblem &b) { return a.severity < b.severity; });
    std::sort(inventory.nodes.begin(), inventory.nodes.end(), [](const NodeEntry &a, const NodeEntry &b) {
        if (a.known != b.known)
            return a.known;
        return a.node.name < b.node.name;
    });
    return inventory;
}

QJsonObject podToJson(const KubePod &pod)
{
    QJsonArray containers;
    QJsonArray images;
    for (const auto &container : pod.containers) {
        containers.append(QJsonObject{
            {QStringLiteral("name"), container.name},
            {QStringLiteral("image"), container.image},
            {QStringLiteral("ready"), container.ready},
            {QStringLiteral("restartCount"), container.restartCount},
            {QStringLiteral("state"), container.state == KubeContainerStatus::State::Running      ? QStringLiteral("running")
                                      : container.state == KubeContainerStatus::State::Waiting    ? QStringLiteral("waiting")
                                      : container.state == KubeContainerStatus::State::Terminated ? QStringLiteral("terminated")
                                                                                                  : QStringLiteral("unknown")},
            {QStringLiteral("reason"), container.reason},
        });
        images.append(container.image);
    }
    return QJsonObject{
        {QStringLiteral("namespace"), pod.namespaceName},
        {QStringLiteral("name"), pod.name},
        {QStringLiteral("node"), pod.nodeName},
        {QStringLiteral("phase"), pod.phase},
        {QStringLiteral("health"), podHealthId(podHealthOf(pod))},
        {QStringLiteral("ready"), pod.ready == ConditionStatus::True},
        {QStringLiteral("restarts"), pod.restartCount()},
        {QStringLiteral("state"), podStateSummary(pod)},
        {QStringLiteral("images"), images},
        {QStringLiteral("containers"), containers},
    };
}

QJsonObject eventToJson(const KubeEvent &event)
{
    return QJsonObject{
        {QStringLiteral("type"), event.type},
        {QStringLiteral("reason"), event.reason},
        {QStringLiteral("message"), event.message},
        {QStringLiteral("count"), event.count},
        {QStringLiteral("lastSeen"), isoTime(event.lastSeen())},
        {QStringLiteral("source"), event.sourceComponent},
    };
}

namespace {
QJsonObject appToJson(const AppPodEntry &app)
{
    QJsonArray events;
    for (const auto &event : app.events)
        events.append(eventToJson(event));
    return QJsonObject{
        {QStringLiteral("pod"), podToJson(app.pod)},
        {QStringLiteral("secretProviderClass"), app.secretProviderClass},
        {QStringLiteral("secretProviderClassFound"), app.secretProviderClassFound},
        {QStringLiteral("identityMode"), identityModeId(app.identityMode)},
        {QStringLiteral("mountFailing"), app.mountFailing()},
        {QStringLiteral("events"), events},
    };
}

QJsonObject mapToJson(const QMap<QString, QString> &map)
{
    QJsonObject object;
    for (auto it = map.begin(); it != map.end(); ++it)
        object.insert(it.key(), it.value());
    return object;
}
}

namespace {
QJsonObject nodeToJson(const NodeEntry &node)
{
    QJsonArray apps;
    for (const auto &app : node.apps)
        apps.append(appToJson(app));
    QJsonArray taints;
    for (const auto &taint : node.node.taints)
        taints.append(QString(taint.key + (taint.value.isEmpty() ? QString() : QString(QLatin1Char('=') + taint.value))
                              + QLatin1Char(':') + taint.effect));
    return QJsonObject{
        {QStringLiteral("name"), node.node.name},
        {QStringLiteral("known"), node.known},
        {QStringLiteral("ready"), node.node.ready == ConditionStatus::True},
        {QStringLiteral("os"), node.node.os},
        {QStringLiteral("pool"), node.node.agentPool},
        {QStringLiteral("kubeletVersion"), node.node.kubeletVersion},
        {QStringLiteral("taints"), taints},
        {QStringLiteral("driver"), podOrNull(node.driver)},
        {QStringLiteral("provider"), podOrNull(node.provider)},
        {QStringLiteral("apps"), apps},
        {QStringLiteral("problemCount"), node.problemCount},
    };
}
}

QJsonObject Inventory::toJson() const
{
    QJsonObject json = toJsonWithoutNodes();
    QJsonArray nodesJson;
    for (const auto &node : nodes)
        nodesJson.append(nodeToJson(node));
    json.insert(QStringLiteral("nodes"), nodesJson);
    return json;
}

QJsonObject Inventory::toJsonWithoutNodes() const
{
    QJsonArray unscheduled;
    for (const auto &app : unscheduledApps)
        unscheduled.append(appToJson(app));
    QJsonArray spcs;
    for (const auto &spc : secretProviderClasses) {
        QJsonArray objects;
        for (const auto &object : spc.objects)
            objects.append(QJsonObject{{QStringLiteral("objectName"), object.objectName},
                                       {QStringLiteral("objectType"), object.objectType},
                                       {QStringLiteral("objectVersion"), object.objectVersion}});
        QMap<QString, QString> parameters = spc.parameters;
        parameters.remove(QStringLiteral("objects")); // shown parsed, below
        spcs.append(QJsonObject{
            {QStringLiteral("namespace"), spc.namespaceName},
            {QStringLiteral("name"), spc.name},
            {QStringLiteral("provider"), spc.provider},
            {QStringLiteral("keyvaultName"), spc.keyvaultName()},
            {QStringLiteral("tenantId"), spc.tenantId()},
            {QStringLiteral("cloudName"), spc.cloudName()},
            {QStringLiteral("identityMode"), identityModeId(spc.identityMode())},
            {QStringLiteral("parameters"), mapToJson(parameters)},
            {QStringLiteral("objects"), objects},
            {QStringLiteral("problems"), QJsonArray::fromStringList(spc.validationProblems())},
        });
    }
    QJsonArray daemonSetsJson;
    for (const auto &ds : daemonSets)
        daemonSetsJson.append(QJsonObject{
            {QStringLiteral("namespace"), ds.namespaceName}, {QStringLiteral("name"), ds.name},
            {QStringLiteral("desired"), ds.desired}, {QStringLiteral("ready"), ds.ready},
            {QStringLiteral("available"), ds.available}, {QStringLiteral("updated"), ds.updated},
            {QStringLiteral("images"), QJsonArray::fromStringList(ds.images)},
        });
    QJsonArray problemsJson;
    for (const auto &problem : problems)
        problemsJson.append(QJsonObject{
            {QStringLiteral("severity"), severityId(problem.severity)}, {QStringLiteral("id"), problem.id},
            {QStringLiteral("node"), problem.node}, {QStringLiteral("namespace"), problem.namespaceName},
            {QStringLiteral("pod"), problem.pod}, {QStringLiteral("message"), problem.message},
        });
    QJsonValue csi = QJsonValue::Null;
    if (csiDriver)
        csi = QJsonObject{{QStringLiteral("name"), csiDriver->name},
                          {QStringLiteral("podInfoOnMount"), csiDriver->podInfoOnMount},
                          {QStringLiteral("requiresRepublish"), csiDriver->requiresRepublish},
                          {QStringLiteral("tokenAudiences"), QJsonArray::fromStringList(csiDriver->tokenAudiences)}};
    int nodesWithApps = 0;
    for (const auto &node : nodes)
        nodesWithApps += node.apps.isEmpty() ? 0 : 1;
    return QJsonObject{
        {QStringLiteral("unscheduledApps"), unscheduled},
        {QStringLiteral("secretProviderClasses"), spcs},
        {QStringLiteral("daemonSets"), daemonSetsJson},
        {QStringLiteral("csiDriver"), csi},
        {QStringLiteral("problems"), problemsJson},
        {QStringLiteral("summary"), QJsonObject{
             {QStringLiteral("nodes"), int(nodes.size())},
             {QStringLiteral("nodesWithApps"), nodesWithApps},
             {QStringLiteral("appPods"), appPodCount()},
             {QStringLiteral("failingAppPods"), failingAppPodCount()},
             {QStringLiteral("driverVersions"), QJsonArray::fromStringList(driverVersions)},
             {QStringLiteral("providerVersions"), QJsonArray::fromStringList(providerVersions)},
         }},
    };
}

bool Inventory::writeJson(QIODevice *device, const QJsonObject &extra) const
{
    // One node per line, each serialised on its own: the document of a 5,000-node cluster is
    // never held as one JSON tree (that alone cost more than the inventory itself).
    QJsonObject rest = toJsonWithoutNodes();
    for (auto it = extra.begin(); it != extra.end(); ++it)
        rest.insert(it.key(), it.value());
    bool ok = device->write("{\n\"nodes\": [") >= 0;
    for (qsizetype i = 0; i < nodes.size() && ok; ++i) {
        QByteArray line = QJsonDocument(nodeToJson(nodes.at(i))).toJson(QJsonDocument::Compact);
        line.prepend(i == 0 ? "\n" : ",\n");
        ok = device->write(line) == line.size();
    }
    QByteArray tail = QJsonDocument(rest).toJson(QJsonDocument::Indented);
    tail.remove(0, tail.indexOf('{') + 1); // continue the object opened above
    tail.prepend("\n],");
    return ok && device->write(tail) == tail.size();
}

} // namespace kvd
