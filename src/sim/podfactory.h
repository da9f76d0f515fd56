// SPDX-License-Identifier: MIT
#pragma once

// Builders for realistic Kubernetes objects (the JSON a real API server returns for AKS).

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace kvd::sim {

struct ContainerParams
{
    enum class State { Running, Waiting, Terminated };
    QString name;
    QString image;
    QString imageId;
    QString containerId; // empty: derived from the pod and container names
    QStringList args;
    QJsonArray volumeMounts;
    QJsonArray ports;
    QJsonArray env;
    QJsonObject resources;
    QJsonObject livenessProbe;
    State state = State::Running;
    QString waitingReason;
    QString waitingMessage;
    int restarts = 0;
    bool ready = true;
    QDateTime startedAt;
    bool hasLastTerminated = false;
    int lastExitCode = 0;
    QString lastReason;
    QDateTime lastStarted;
    QDateTime lastFinished;
};

struct PodParams
{
    QString ns;
    QString name;
    QString generateName;
    QString uid;
    QString tokenVolumeSuffix; // empty: derived from the pod name
    QDateTime created;
    QJsonObject labels;
    QJsonObject annotations;
    QString ownerApiVersion;
    QString ownerKind;
    QString ownerName;
    QString ownerUid;
    QString serviceAccount = QStringLiteral("default");
    QString nodeName;
    QString hostIP;
    QString podIP;
    bool hostNetwork = false;
    QList<ContainerParams> containers;
    QJsonArray volumes;
    QJsonArray tolerations;
    QJsonObject nodeSelector;
    QJsonObject affinity;
    QString priorityClassName;
    QString phase = QStringLiteral("Running");
    QString dnsPolicy = QStringLiteral("ClusterFirst");
    QDateTime startTime;
};

QJsonObject makePod(const PodParams &p);
QString containerIdFor(const QString &pod, const QString &container, int restarts);

struct NodeParams
{
    QString name;
    QString pool;
    QString mode = QStringLiteral("user"); // system | user
    bool windows = false;
    QString vmSize = QStringLiteral("Standard_D4ds_v5");
    QString internalIP;
    QString podCidr;
    int index = 0;
    int zone = 1;
    QDateTime created;
    QJsonArray taints;
    bool ready = true;
    bool secretsStoreRegistered = true; // csi.volume.kubernetes.io/nodeid lists the driver
    QString kubeletVersion = QStringLiteral("v1.31.2");
};

QJsonObject makeNode(const NodeParams &n, const QString &clusterResourceGroup);

struct EventParams
{
    QString ns;
    QString objectKind = QStringLiteral("Pod");
    QString objectName;
    QString objectUid;
    QString objectApiVersion = QStringLiteral("v1");
    QString fieldPath;
    QString reason;
    QString message;
    QString type = QStringLiteral("Normal");
    QString component = QStringLiteral("kubelet");
    QString host;
    int count = 1;
    QDateTime first;
    QDateTime last;
};

QJsonObject makeEvent(const EventParams &e);

QJsonObject makeMetadata(const QString &ns, const QString &name, const QDateTime &created,
                         const QJsonObject &labels = {}, const QJsonObject &annotations = {});
QJsonObject ownerReference(const QString &apiVersion, const QString &kind, const QString &name, const QString &uid);

// Kubernetes' own pod STATUS column logic (kubectl printers): Running, ContainerCreating, CrashLoopBackOff...
QString podDisplayStatus(const QJsonObject &pod);
int podRestarts(const QJsonObject &pod, QDateTime *lastRestart = nullptr);
QString podReadyColumn(const QJsonObject &pod);

} // namespace kvd::sim
