// SPDX-License-Identifier: MIT
#include "sim/podfactory.h"

#include "sim/simutil.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace kvd::sim {

QJsonObject makeMetadata(const QString &ns, const QString &name, const QDateTime &created,
                         const QJsonObject &labels, const QJsonObject &annotations)
{
    QJsonObject m;
    m.insert(u"name"_s, name);
    if (!ns.isEmpty())
        m.insert(u"namespace"_s, ns);
    m.insert(u"uid"_s, uidFor(ns + u'/' + name));
    m.insert(u"creationTimestamp"_s, rfc3339(created));
    if (!labels.isEmpty())
        m.insert(u"labels"_s, labels);
    if (!annotations.isEmpty())
        m.insert(u"annotations"_s, annotations);
    return m;
}

QJsonObject ownerReference(const QString &apiVersion, const QString &kind, const QString &name, const QString &uid)
{
    return QJsonObject{{u"apiVersion"_s, apiVersion}, {u"kind"_s, kind}, {u"name"_s, name}, {u"uid"_s, uid},
                       {u"controller"_s, true}, {u"blockOwnerDeletion"_s, true}};
}

static QJsonObject condition(const QString &type, bool status, const QDateTime &when, const QString &reason = {})
{
    QJsonObject c{{u"type"_s, type}, {u"status"_s, status ? u"True"_s : u"False"_s},
                  {u"lastProbeTime"_s, QJsonValue::Null}, {u"lastTransitionTime"_s, rfc3339(when)}};
    if (!reason.isEmpty())
        c.insert(u"reason"_s, reason);
    return c;
}

QString containerIdFor(const QString &pod, const QString &container, int restarts)
{
    return u"containerd://"_s
        + QString::fromLatin1(QCryptographicHash::hash(QString(pod + container + QString::number(restarts)).toUtf8(),
                                                       QCryptographicHash::Sha256).toHex());
}

QJsonObject makePod(const PodParams &p)
{
    QJsonObject meta;
    meta.insert(u"name"_s, p.name);
    if (!p.generateName.isEmpty())
        meta.insert(u"generateName"_s, p.generateName);
    meta.insert(u"namespace"_s, p.ns);
    meta.insert(u"uid"_s, p.uid.isEmpty() ? uidFor(p.ns + u'/' + p.name) : p.uid);
    meta.insert(u"creationTimestamp"_s, rfc3339(p.created));
    if (!p.labels.isEmpty())
        meta.insert(u"labels"_s, p.labels);
    if (!p.annotations.isEmpty())
        meta.insert(u"annotations"_s, p.annotations);
    if (!p.ownerKind.isEmpty())
        meta.insert(u"ownerReferences"_s, QJsonArray{ownerReference(p.ownerApiVersion, p.ownerKind, p.ownerName, p.ownerUid)});

    const QString tokenVolume = u"kube-api-access-"_s
        + (p.tokenVolumeSuffix.isEmpty() ? nameSuffix(hashOf(p.ns + p.name), 5) : p.tokenVolumeSuffix);
    QJsonArray containers;
    QJsonArray statuses;
    bool allReady = true;
    bool sandboxReady = p.phase == u"Running"_s || p.phase == u"Succeeded"_s || p.phase == u"Failed"_s;
    for (const ContainerParams &c : p.containers) {
        QJsonArray mounts = c.volumeMounts;
        mounts.append(QJsonObject{{u"name"_s, tokenVolume}, {u"readOnly"_s, true},
                                  {u"mountPath"_s, u"/var/run/secrets/kubernetes.io/serviceaccount"_s}});
        QJsonObject spec{{u"name"_s, c.name}, {u"image"_s, c.image}, {u"imagePullPolicy"_s, u"IfNotPresent"_s},
                         {u"resources"_s, c.resources}, {u"volumeMounts"_s, mounts},
                         {u"terminationMessagePath"_s, u"/dev/termination-log"_s},
                         {u"terminationMessagePolicy"_s, u"File"_s}};
        if (!c.args.isEmpty())
            spec.insert(u"args"_s, QJsonArray::fromStringList(c.args));
        if (!c.ports.isEmpty())
            spec.insert(u"ports"_s, c.ports);
        if (!c.env.isEmpty())
            spec.insert(u"env"_s, c.env);
        if (!c.livenessProbe.isEmpty())
            spec.insert(u"livenessProbe"_s, c.livenessProbe);
        containers.append(spec);

        if (p.nodeName.isEmpty())
            continue;
        const QString containerId = !c.containerId.isEmpty() ? c.containerId : containerIdFor(p.name, c.name, c.restarts);
        QJsonObject state;
        bool started = false;
        if (c.state == ContainerParams::State::Running) {
            state.insert(u"running"_s, QJsonObject{{u"startedAt"_s, rfc3339(c.startedAt.isValid() ? c.startedAt : p.created)}});
            started = true;
        } else if (c.state == ContainerParams::State::Waiting) {
            QJsonObject w{{u"reason"_s, c.waitingReason}};
            if (!c.waitingMessage.isEmpty())
                w.insert(u"message"_s, c.waitingMessage);
            state.insert(u"waiting"_s, w);
        } else {
            state.insert(u"terminated"_s, QJsonObject{{u"exitCode"_s, c.lastExitCode}, {u"reason"_s, c.lastReason},
                                                      {u"startedAt"_s, rfc3339(c.lastStarted)},
                                                      {u"finishedAt"_s, rfc3339(c.lastFinished)},
                                                      {u"containerID"_s, containerId}});
        }
        QJsonObject lastState;
        if (c.hasLastTerminated) {
            lastState.insert(u"terminated"_s, QJsonObject{{u"exitCode"_s, c.lastExitCode}, {u"reason"_s, c.lastReason},
                                                          {u"startedAt"_s, rfc3339(c.lastStarted)},
                                                          {u"finishedAt"_s, rfc3339(c.lastFinished)},
                                                          {u"containerID"_s, containerId}});
        }
        QJsonObject status{{u"name"_s, c.name}, {u"image"_s, c.image},
                           {u"imageID"_s, c.imageId.isEmpty() ? c.image.section(u':', 0, 0) + u"@sha256:"_s
                                + QString::fromLatin1(QCryptographicHash::hash(c.image.toUtf8(), QCryptographicHash::Sha256).toHex())
                                                               : c.imageId},
                           {u"ready"_s, c.ready}, {u"restartCount"_s, c.restarts}, {u"started"_s, started},
                           {u"state"_s, state}, {u"lastState"_s, lastState}};
        if (c.state != ContainerParams::State::Waiting || c.restarts > 0)
            status.insert(u"containerID"_s, containerId);
        statuses.append(status);
        allReady = allReady && c.ready;
    }

    QJsonArray volumes = p.volumes;
    volumes.append(QJsonObject{
        {u"name"_s, tokenVolume},
        {u"projected"_s, QJsonObject{{u"defaultMode"_s, 420},
                                     {u"sources"_s, QJsonArray{
                                          QJsonObject{{u"serviceAccountToken"_s, QJsonObject{{u"expirationSeconds"_s, 3607}, {u"path"_s, u"token"_s}}}},
                                          QJsonObject{{u"configMap"_s, QJsonObject{{u"name"_s, u"kube-root-ca.crt"_s},
                                                                                   {u"items"_s, QJsonArray{QJsonObject{{u"key"_s, u"ca.crt"_s}, {u"path"_s, u"ca.crt"_s}}}}}}},
                                          QJsonObject{{u"downwardAPI"_s, QJsonObject{{u"items"_s, QJsonArray{QJsonObject{
                                              {u"path"_s, u"namespace"_s},
                                              {u"fieldRef"_s, QJsonObject{{u"apiVersion"_s, u"v1"_s}, {u"fieldPath"_s, u"metadata.namespace"_s}}}}}}}}}}}}}});

    QJsonArray tolerations = p.tolerations;
    if (tolerations.isEmpty()) {
        tolerations.append(QJsonObject{{u"key"_s, u"node.kubernetes.io/not-ready"_s}, {u"operator"_s, u"Exists"_s},
                                       {u"effect"_s, u"NoExecute"_s}, {u"tolerationSeconds"_s, 300}});
        tolerations.append(QJsonObject{{u"key"_s, u"node.kubernetes.io/unreachable"_s}, {u"operator"_s, u"Exists"_s},
                                       {u"effect"_s, u"NoExecute"_s}, {u"tolerationSeconds"_s, 300}});
    }
    QJsonObject spec{{u"containers"_s, containers}, {u"dnsPolicy"_s, p.dnsPolicy}, {u"enableServiceLinks"_s, true},
                     {u"preemptionPolicy"_s, u"PreemptLowerPriority"_s},
                     {u"priority"_s, p.priorityClassName.startsWith(u"system-"_s) ? (p.priorityClassName == u"system-node-critical"_s ? 2000001000 : 2000000000) : 0},
                     {u"restartPolicy"_s, u"Always"_s}, {u"schedulerName"_s, u"default-scheduler"_s},
                     {u"securityContext"_s, QJsonObject{}}, {u"serviceAccount"_s, p.serviceAccount},
                     {u"serviceAccountName"_s, p.serviceAccount}, {u"terminationGracePeriodSeconds"_s, 30},
                     {u"tolerations"_s, tolerations}, {u"volumes"_s, volumes}};
    if (!p.nodeName.isEmpty())
        spec.insert(u"nodeName"_s, p.nodeName);
    if (p.hostNetwork)
        spec.insert(u"hostNetwork"_s, true);
    if (!p.nodeSelector.isEmpty())
        spec.insert(u"nodeSelector"_s, p.nodeSelector);
    if (!p.affinity.isEmpty())
        spec.insert(u"affinity"_s, p.affinity);
    if (!p.priorityClassName.isEmpty())
        spec.insert(u"priorityClassName"_s, p.priorityClassName);

    QJsonObject status{{u"phase"_s, p.phase}, {u"qosClass"_s, u"Burstable"_s}};
    if (!p.nodeName.isEmpty()) {
        const QDateTime start = p.startTime.isValid() ? p.startTime : p.created;
        status.insert(u"conditions"_s, QJsonArray{
                                           condition(u"PodReadyToStartContainers"_s, sandboxReady, start.addSecs(2)),
                                           condition(u"Initialized"_s, true, start),
                                           condition(u"Ready"_s, allReady, start.addSecs(allReady ? 6 : 0), allReady ? QString() : u"ContainersNotReady"_s),
                                           condition(u"ContainersReady"_s, allReady, start.addSecs(allReady ? 6 : 0), allReady ? QString() : u"ContainersNotReady"_s),
                                           condition(u"PodScheduled"_s, true, p.created)});
        status.insert(u"containerStatuses"_s, statuses);
        status.insert(u"hostIP"_s, p.hostIP);
        status.insert(u"hostIPs"_s, QJsonArray{QJsonObject{{u"ip"_s, p.hostIP}}});
        if (!p.podIP.isEmpty()) {
            status.insert(u"podIP"_s, p.podIP);
            status.insert(u"podIPs"_s, QJsonArray{QJsonObject{{u"ip"_s, p.podIP}}});
        }
        status.insert(u"startTime"_s, rfc3339(start));
    } else {
        status.insert(u"conditions"_s, QJsonArray{condition(u"PodScheduled"_s, false, p.created, u"Unschedulable"_s)});
    }
    return QJsonObject{{u"kind"_s, u"Pod"_s}, {u"apiVersion"_s, u"v1"_s}, {u"metadata"_s, meta},
                       {u"spec"_s, spec}, {u"status"_s, status}};
}

QJsonObject makeNode(const NodeParams &n, const QString &clusterResourceGroup)
{
    const QString os = n.windows ? u"windows"_s : u"linux"_s;
    const QString region = u"eastus"_s;
    const QString zone = region + u'-' + QString::number(n.zone);
    const QString imageVersion = n.windows ? u"AKSWindows-2022-containerd-20348.2762.241009"_s
                                           : u"AKSUbuntu-2204gen2containerd-202410.27.0"_s;
    QJsonObject labels{
        {u"agentpool"_s, n.pool},
        {u"beta.kubernetes.io/arch"_s, u"amd64"_s},
        {u"beta.kubernetes.io/instance-type"_s, n.vmSize},
        {u"beta.kubernetes.io/os"_s, os},
        {u"failure-domain.beta.kubernetes.io/region"_s, region},
        {u"failure-domain.beta.kubernetes.io/zone"_s, zone},
        {u"kubernetes.azure.com/agentpool"_s, n.pool},
        {u"kubernetes.azure.com/cluster"_s, clusterResourceGroup},
        {u"kubernetes.azure.com/consolidated-additional-properties"_s, uidFor(n.pool)},
        {u"kubernetes.azure.com/kubelet-identity-client-id"_s, uidFor(u"kubelet-identity"_s)},
        {u"kubernetes.azure.com/mode"_s, n.mode},
        {u"kubernetes.azure.com/node-image-version"_s, imageVersion},
        {u"kubernetes.azure.com/nodepool-type"_s, u"VirtualMachineScaleSets"_s},
        {u"kubernetes.azure.com/os-sku"_s, n.windows ? u"Windows2022"_s : u"Ubuntu"_s},
        {u"kubernetes.azure.com/role"_s, u"agent"_s},
        {u"kubernetes.io/arch"_s, u"amd64"_s},
        {u"kubernetes.io/hostname"_s, n.name},
        {u"kubernetes.io/os"_s, os},
        {u"kubernetes.io/role"_s, u"agent"_s},
        {u"node-role.kubernetes.io/agent"_s, QString()},
        {u"node.kubernetes.io/instance-type"_s, n.vmSize},
        {u"storageprofile"_s, u"managed"_s},
        {u"storagetier"_s, u"Premium_LRS"_s},
        {u"topology.disk.csi.azure.com/zone"_s, zone},
        {u"topology.kubernetes.io/region"_s, region},
        {u"topology.kubernetes.io/zone"_s, zone},
    };
    QJsonObject nodeIds{{u"disk.csi.azure.com"_s, n.name}, {u"file.csi.azure.com"_s, n.name}};
    if (n.secretsStoreRegistered)
        nodeIds.insert(u"secrets-store.csi.k8s.io"_s, n.name);
    QJsonObject annotations{
        {u"csi.volume.kubernetes.io/nodeid"_s, QString::fromUtf8(QJsonDocument(nodeIds).toJson(QJsonDocument::Compact))},
        {u"node.alpha.kubernetes.io/ttl"_s, u"0"_s},
        {u"volumes.kubernetes.io/controller-managed-attach-detach"_s, u"true"_s},
    };
    QJsonObject meta = makeMetadata(QString(), n.name, n.created, labels, annotations);
    const QString vmss = n.windows ? n.name.left(n.name.size() - 6) : n.name.left(n.name.size() - 6);
    QJsonObject spec{{u"providerID"_s, QString(u"azure:///subscriptions/6f2c5e1a-3b8d-4c1e-9a27-5d0b4e8f7c31/resourceGroups/"_s
                                          + clusterResourceGroup.toLower() + u"/providers/Microsoft.Compute/virtualMachineScaleSets/"_s
                                          + vmss + u"/virtualMachines/"_s + QString::number(n.index))}};
    if (!n.podCidr.isEmpty()) {
        spec.insert(u"podCIDR"_s, n.podCidr);
        spec.insert(u"podCIDRs"_s, QJsonArray{n.podCidr});
    }
    if (!n.taints.isEmpty())
        spec.insert(u"taints"_s, n.taints);

    const QDateTime hb = QDateTime::currentDateTimeUtc().addSecs(-17);
    auto cond = [&](const QString &type, bool status, const QString &reason, const QString &message) {
        return QJsonObject{{u"type"_s, type}, {u"status"_s, status ? u"True"_s : u"False"_s},
                           {u"lastHeartbeatTime"_s, rfc3339(hb)}, {u"lastTransitionTime"_s, rfc3339(n.created.addSecs(40))},
                           {u"reason"_s, reason}, {u"message"_s, message}};
    };
    QJsonArray conditions;
    if (!n.windows) {
        conditions.append(cond(u"KernelDeadlock"_s, false, u"KernelHasNoDeadlock"_s, u"kernel has no deadlock"_s));
        conditions.append(cond(u"FrequentContainerdRestart"_s, false, u"NoFrequentContainerdRestart"_s, u"containerd is functioning properly"_s));
        conditions.append(cond(u"FilesystemCorruptionProblem"_s, false, u"FilesystemIsOK"_s, u"Filesystem is healthy"_s));
    }
    conditions.append(cond(u"MemoryPressure"_s, false, u"KubeletHasSufficientMemory"_s, u"kubelet has sufficient memory available"_s));
    conditions.append(cond(u"DiskPressure"_s, false, u"KubeletHasNoDiskPressure"_s, u"kubelet has no disk pressure"_s));
    conditions.append(cond(u"PIDPressure"_s, false, u"KubeletHasSufficientPID"_s, u"kubelet has sufficient PID available"_s));
    conditions.append(n.ready ? cond(u"Ready"_s, true, u"KubeletReady"_s, u"kubelet is posting ready status"_s)
                              : cond(u"Ready"_s, false, u"KubeletNotReady"_s, u"container runtime network not ready: NetworkReady=false"_s));

    const QJsonObject capacity{{u"cpu"_s, u"4"_s}, {u"ephemeral-storage"_s, u"129886128Ki"_s}, {u"hugepages-1Gi"_s, u"0"_s},
                               {u"hugepages-2Mi"_s, u"0"_s}, {u"memory"_s, u"16375052Ki"_s}, {u"pods"_s, u"110"_s}};
    const QJsonObject allocatable{{u"cpu"_s, u"3860m"_s}, {u"ephemeral-storage"_s, u"119703055367"_s}, {u"hugepages-1Gi"_s, u"0"_s},
                                  {u"hugepages-2Mi"_s, u"0"_s}, {u"memory"_s, u"12899084Ki"_s}, {u"pods"_s, u"110"_s}};
    const QJsonObject nodeInfo{
        {u"architecture"_s, u"amd64"_s},
        {u"bootID"_s, uidFor(n.name + u"boot"_s)},
        {u"containerRuntimeVersion"_s, n.windows ? u"containerd://1.6.35+azure"_s : u"containerd://1.7.22-1"_s},
        {u"kernelVersion"_s, n.windows ? u"10.0.20348.2762"_s : u"5.15.0-1074-azure"_s},
        {u"kubeProxyVersion"_s, n.kubeletVersion},
        {u"kubeletVersion"_s, n.kubeletVersion},
        {u"machineID"_s, QString::fromLatin1(QCryptographicHash::hash(n.name.toUtf8(), QCryptographicHash::Md5).toHex())},
        {u"operatingSystem"_s, os},
        {u"osImage"_s, n.windows ? u"Windows Server 2022 Datacenter"_s : u"Ubuntu 22.04.5 LTS"_s},
        {u"systemUUID"_s, uidFor(n.name + u"vm"_s)},
    };
    QJsonObject status{
        {u"addresses"_s, QJsonArray{QJsonObject{{u"type"_s, u"InternalIP"_s}, {u"address"_s, n.internalIP}},
                                    QJsonObject{{u"type"_s, u"Hostname"_s}, {u"address"_s, n.name}}}},
        {u"allocatable"_s, allocatable},
        {u"capacity"_s, capacity},
        {u"conditions"_s, conditions},
        {u"daemonEndpoints"_s, QJsonObject{{u"kubeletEndpoint"_s, QJsonObject{{u"Port"_s, 10250}}}}},
        {u"nodeInfo"_s, nodeInfo},
    };
    return QJsonObject{{u"kind"_s, u"Node"_s}, {u"apiVersion"_s, u"v1"_s}, {u"metadata"_s, meta}, {u"spec"_s, spec}, {u"status"_s, status}};
}

QJsonObject makeEvent(const EventParams &e)
{
    const QString name = e.objectName + u'.' + QString::number(hashOf(e.objectName + e.reason + e.message) & 0xffffffffffffULL, 16).rightJustified(16, u'1');
    QJsonObject meta = makeMetadata(e.ns, name, e.first);
    QJsonObject involved{{u"kind"_s, e.objectKind}, {u"namespace"_s, e.ns}, {u"name"_s, e.objectName},
                         {u"uid"_s, e.objectUid}, {u"apiVersion"_s, e.objectApiVersion}};
    if (!e.fieldPath.isEmpty())
        involved.insert(u"fieldPath"_s, e.fieldPath);
    QJsonObject source{{u"component"_s, e.component}};
    if (!e.host.isEmpty())
        source.insert(u"host"_s, e.host);
    return QJsonObject{{u"kind"_s, u"Event"_s}, {u"apiVersion"_s, u"v1"_s}, {u"metadata"_s, meta},
                       {u"involvedObject"_s, involved}, {u"reason"_s, e.reason}, {u"message"_s, e.message},
                       {u"source"_s, source}, {u"firstTimestamp"_s, rfc3339(e.first)}, {u"lastTimestamp"_s, rfc3339(e.last)},
                       {u"count"_s, e.count}, {u"type"_s, e.type}, {u"eventTime"_s, QJsonValue::Null},
                       {u"reportingComponent"_s, e.component}, {u"reportingInstance"_s, e.host}};
}

int podRestarts(const QJsonObject &pod, QDateTime *lastRestart)
{
    int restarts = 0;
    const QJsonArray statuses = pod.value(u"status"_s).toObject().value(u"containerStatuses"_s).toArray();
    for (const QJsonValue &v : statuses) {
        const QJsonObject s = v.toObject();
        restarts += s.value(u"restartCount"_s).toInt();
        const QString finished = s.value(u"lastState"_s).toObject().value(u"terminated"_s).toObject().value(u"finishedAt"_s).toString();
        if (lastRestart && !finished.isEmpty()) {
            const QDateTime t = QDateTime::fromString(finished, Qt::ISODate);
            if (!lastRestart->isValid() || t > *lastRestart)
                *lastRestart = t;
        }
    }
    return restarts;
}

QString podReadyColumn(const QJsonObject &pod)
{
    const QJsonArray containers = pod.value(u"spec"_s).toObject().value(u"containers"_s).toArray();
    int ready = 0;
    for (const QJsonValue &v : pod.value(u"status"_s).toObject().value(u"containerStatuses"_s).toArray())
        ready += v.toObject().value(u"ready"_s).toBool() ? 1 : 0;
    return QString::number(ready) + u'/' + QString::number(containers.size());
}

QString podDisplayStatus(const QJsonObject &pod)
{
    const QJsonObject status = pod.value(u"status"_s).toObject();
    QString reason = status.value(u"phase"_s).toString();
    if (status.contains(u"reason"_s))
        reason = status.value(u"reason"_s).toString();
    for (const QJsonValue &v : status.value(u"containerStatuses"_s).toArray()) {
        const QJsonObject state = v.toObject().value(u"state"_s).toObject();
        if (state.contains(u"waiting"_s) && !state.value(u"waiting"_s).toObject().value(u"reason"_s).toString().isEmpty()) {
            reason = state.value(u"waiting"_s).toObject().value(u"reason"_s).toString();
        } else if (state.contains(u"terminated"_s)) {
            const QJsonObject t = state.value(u"terminated"_s).toObject();
            reason = t.value(u"reason"_s).toString();
            if (reason.isEmpty())
                reason = u"ExitCode:%1"_s.arg(t.value(u"exitCode"_s).toInt());
        }
    }
    if (pod.value(u"metadata"_s).toObject().contains(u"deletionTimestamp"_s))
        reason = u"Terminating"_s;
    return reason;
}

} // namespace kvd::sim
