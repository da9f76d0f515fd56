// SPDX-License-Identifier: MIT
#pragma once

// Compact views of the Kubernetes objects kvdoctor works with. The network layer fills them
// from list pages without building a DOM of the whole list (150,000 pods must fit in a few
// hundred MB), so they hold only the fields the models and the detector use.

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>

namespace kvd {

// A condition's status: "True", "False" or "Unknown" (also used when the condition is absent).
enum class ConditionStatus { Unknown, True, False };

struct KubeTaint
{
    QString key;
    QString value;
    QString effect; // NoSchedule, PreferNoSchedule, NoExecute
    bool operator==(const KubeTaint &) const = default;
};

struct KubeOwnerReference
{
    QString kind; // DaemonSet, ReplicaSet, Job, Node, ...
    QString name;
    bool controller = false;
    bool operator==(const KubeOwnerReference &) const = default;
};

struct KubeNode
{
    QString name;
    QString uid;
    QString resourceVersion;
    QString os;             // label kubernetes.io/os, else status.nodeInfo.operatingSystem
    QString agentPool;      // label kubernetes.azure.com/agentpool, else agentpool
    ConditionStatus ready = ConditionStatus::Unknown;
    QString readyReason;    // e.g. KubeletNotReady
    QString readyMessage;
    bool unschedulable = false;
    QList<KubeTaint> taints;
    QString kubeletVersion; // status.nodeInfo.kubeletVersion
    QString osImage;        // status.nodeInfo.osImage
    QDateTime created;
    bool operator==(const KubeNode &) const = default;
};

struct KubeContainerStatus
{
    enum class State { Unknown, Waiting, Running, Terminated };
    QString name;
    QString image;
    bool ready = false;
    int restartCount = 0;
    State state = State::Unknown;
    QString reason;        // waiting reason (CrashLoopBackOff, ...) or terminated reason (Error, ...)
    QString message;       // waiting/terminated message
    int exitCode = 0;      // terminated state only
    QString lastTerminationReason; // lastState.terminated.reason, e.g. OOMKilled
    int lastExitCode = 0;
    bool operator==(const KubeContainerStatus &) const = default;
};

// A CSI volume of the Secrets Store driver (driver secrets-store.csi.k8s.io).
struct KubeSecretsStoreVolume
{
    QString volumeName;
    QString secretProviderClass; // volumeAttributes.secretProviderClass
    QString nodePublishSecretRef; // nodePublishSecretRef.name (service principal secret)
    bool readOnly = false;
    bool operator==(const KubeSecretsStoreVolume &) const = default;
};

struct KubePod
{
    QString namespaceName;
    QString name;
    QString uid;
    QString resourceVersion;
    QString nodeName;
    QString serviceAccountName;
    QMap<QString, QString> labels; // only the keys the parser was asked to keep
    QString phase;                 // Pending, Running, Succeeded, Failed, Unknown
    QString reason;                // status.reason, e.g. Evicted
    ConditionStatus ready = ConditionStatus::Unknown;
    QStringList containerNames;    // spec.containers[].name, in order
    QList<KubeContainerStatus> containers;
    QList<KubeContainerStatus> initContainers;
    QList<KubeSecretsStoreVolume> secretsStoreVolumes;
    QList<KubeOwnerReference> owners;
    QDateTime created;
    bool terminating = false;      // metadata.deletionTimestamp set

    int restartCount() const
    {
        int total = 0;
        for (const auto &container : containers)
            total += container.restartCount;
        return total;
    }
    bool usesSecretsStore() const { return !secretsStoreVolumes.isEmpty(); }
    bool operator==(const KubePod &) const = default;
};

struct KubeObjectReference
{
    QString kind;
    QString namespaceName;
    QString name;
    QString uid;
    QString fieldPath;
    bool operator==(const KubeObjectReference &) const = default;
};

// A core/v1 Event.
struct KubeEvent
{
    QString namespaceName;
    QString name;
    QString uid;
    KubeObjectReference involvedObject;
    QString reason;   // FailedMount, BackOff, ...
    QString message;
    QString type;     // Normal, Warning
    int count = 0;    // series.count when present, else count
    QDateTime firstTimestamp;
    QDateTime lastTimestamp;
    QDateTime eventTime;
    QDateTime seriesLastObserved;
    QDateTime created;
    QString sourceComponent; // source.component, else reportingComponent
    QString sourceHost;

    // When the event was last seen: series.lastObservedTime > lastTimestamp > eventTime >
    // creationTimestamp, as kubectl shows it.
    QDateTime lastSeen() const
    {
        if (seriesLastObserved.isValid())
            return seriesLastObserved;
        if (lastTimestamp.isValid())
            return lastTimestamp;
        if (eventTime.isValid())
            return eventTime;
        return created;
    }
    bool operator==(const KubeEvent &) const = default;
};

// metadata of any object (PartialObjectMetadata lists, or objects the app only names).
struct KubeObjectMeta
{
    QString namespaceName;
    QString name;
    QString uid;
    QString resourceVersion;
    QMap<QString, QString> labels;
    QList<KubeOwnerReference> owners;
    QDateTime created;
    bool operator==(const KubeObjectMeta &) const = default;
};

} // namespace kvd
