// SPDX-License-Identifier: MIT
#pragma once

// The secrets chain of a cluster grouped by node: on each node the application pods that mount
// a Secrets Store CSI volume, the CSI driver pod and the Azure provider pod, plus what is wrong.
// Built from plain lists (pure, no network), so the CLI, the views and the tests share it.

#include "core/kubeobjects.h"
#include "core/secretsstore.h"

#include <QJsonObject>

class QIODevice;
#include <QList>
#include <QString>

#include <optional>

namespace kvd {

enum class PodRole { Other, Driver, Provider, App };
PodRole podRoleOf(const KubePod &pod);

// Label selectors that find the DaemonSet pods, as the runbook writes them.
QString driverPodSelector();   // app=secrets-store-csi-driver
QString providerPodSelector(); // app in (secrets-store-provider-azure,csi-secrets-store-provider-azure)

enum class PodHealth { Healthy, Pending, NotReady, CrashLooping, Failed, Terminating, Missing };
PodHealth podHealthOf(const KubePod &pod);
QString podHealthId(PodHealth health);          // healthy, pending, notReady, crashLooping, failed, terminating, missing
QString podHealthDisplayName(PodHealth health); // translated
// One line saying why a pod is in its state ("CrashLoopBackOff, 7 restarts", "ContainerCreating").
QString podStateSummary(const KubePod &pod);

struct InventoryProblem
{
    enum class Severity { Error, Warning, Info };
    Severity severity = Severity::Error;
    QString id;            // stable: driver-missing-on-node, provider-unhealthy, spc-not-found, ...
    QString node;
    QString namespaceName;
    QString pod;
    QString message;       // translated, one sentence
};
QString severityId(InventoryProblem::Severity severity); // error, warning, info

struct AppPodEntry
{
    KubePod pod;
    QString secretProviderClass;           // of the first secrets-store volume
    QString nodePublishSecretRef;
    bool secretProviderClassFound = false;
    IdentityMode identityMode = IdentityMode::Unknown;
    QList<KubeEvent> events;               // Warning events about the pod, newest last
    bool mountFailing() const;             // FailedMount events or stuck creating containers
};

struct NodeEntry
{
    KubeNode node;
    bool known = true;                     // false: pods name a node that the node list lacks
    std::optional<KubePod> driver;
    std::optional<KubePod> provider;
    QList<KubePod> extraDaemonPods;        // more than one driver/provider pod on the node
    QList<AppPodEntry> apps;
    int problemCount = 0;                  // errors and warnings about this node or its pods

    bool isWindows() const { return node.os.compare(QLatin1String("windows"), Qt::CaseInsensitive) == 0; }
    bool hasProblems() const { return problemCount > 0; }
};

struct InventoryInput
{
    QList<KubeNode> nodes;
    QList<KubePod> pods;                   // driver, provider and app pods (others are ignored)
    QList<KubeEvent> events;
    QList<DaemonSetInfo> daemonSets;
    QList<SecretProviderClassInfo> secretProviderClasses;
    QList<SecretProviderClassPodStatusInfo> podStatuses;
    std::optional<CsiDriverInfo> csiDriver; // secrets-store.csi.k8s.io; nullopt when absent
    bool csiDriverChecked = true;           // false: the CSIDriver could not be read (RBAC)
    bool secretProviderClassesChecked = true; // false: the SecretProviderClass list could not be read
    QString namespaceFilter;               // apps only from this namespace (empty: all)
};

struct Inventory
{
    QList<NodeEntry> nodes;                // sorted by name; unknown nodes last
    QList<AppPodEntry> unscheduledApps;    // app pods with no node yet
    QList<DaemonSetInfo> daemonSets;       // the driver's and provider's
    QList<SecretProviderClassInfo> secretProviderClasses;
    QList<SecretProviderClassPodStatusInfo> podStatuses;
    std::optional<CsiDriverInfo> csiDriver;
    QList<InventoryProblem> problems;      // errors first
    QStringList driverVersions;            // image tags seen on driver pods
    QStringList providerVersions;

    int appPodCount() const;
    int failingAppPodCount() const;
    const NodeEntry *node(const QString &name) const;

    // {"nodes":[{name, ready, os, pool, driver, provider, apps:[{pod, secretProviderClass,
    //  identityMode, events}]}], "unscheduledApps", "secretProviderClasses", "daemonSets",
    //  "csiDriver", "problems", "summary"}
    QJsonObject toJson() const;
    // The same document written to `device` node by node (bounded memory for big clusters);
    // `extra` keys are added at the top level. False when the device refused the data.
    bool writeJson(QIODevice *device, const QJsonObject &extra = {}) const;

private:
    QJsonObject toJsonWithoutNodes() const;
};

Inventory buildInventory(const InventoryInput &input);

QJsonObject podToJson(const KubePod &pod);
QJsonObject eventToJson(const KubeEvent &event);

} // namespace kvd
