// SPDX-License-Identifier: MIT
#pragma once

// The simulated cluster's object store: collections sorted by namespace/name like etcd keys, a
// global resourceVersion, watch history, and cheaply generated pods for the large-scale mode.

#include "sim/podfactory.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <deque>
#include <vector>

namespace kvd::sim {

struct ResourceType
{
    QString group; // empty for the core group
    QString version;
    QString plural;
    QString singular;
    QString kind;
    bool namespaced = true;
    QStringList shortNames;
    QStringList verbs;
    QStringList categories;
    QStringList fieldSelectors; // supported field labels besides metadata.name/namespace

    QString groupVersion() const { return group.isEmpty() ? version : group + QLatin1Char('/') + version; }
    QString key() const { return group + QLatin1Char('/') + plural; }
};

struct StoredObject
{
    QString ns;
    QString name;
    quint64 rv = 0;
    QJsonObject json;      // the complete object; empty for generated ones
    qint32 generated = -1; // index into ClusterModel::generatedPods for generated pods and pod statuses
};

struct WatchEvent
{
    quint64 rv = 0;
    QString type; // ADDED, MODIFIED, DELETED
    QJsonObject object;
    QJsonObject previous; // MODIFIED: the state before
};

struct Collection
{
    ResourceType type;
    std::vector<StoredObject> items; // sorted by (ns, name)
    std::deque<WatchEvent> history;
    quint64 historyStart = 0; // events with rv > historyStart are all in history

    int lowerBound(const QString &ns, const QString &name) const;
    int find(const QString &ns, const QString &name) const;
};

// Template of a generated pod: every field except name, node, IP and uid is shared.
struct PodTemplate
{
    PodParams proto;
    QString namePrefix;  // "<deployment>-<rs hash>-" or "<daemonset>-"
    QString spcName;     // non-empty: mounts a secrets-store CSI volume
    bool daemonSet = false;
};

struct GeneratedPod
{
    quint32 templateIndex = 0;
    qint32 node = -1;
    quint32 ordinal = 0;
};

struct NodeInfo
{
    QString name;
    QString ip;
    QString pool;
    bool windows = false;
    bool driverRunning = true;   // secrets-store driver pod present and healthy
    bool providerRunning = true;
    QString podCidrPrefix;       // e.g. "10.244.3." for pod IPs
};

class ClusterModel
{
public:
    ClusterModel();

    QDateTime now;        // simulator start; all generated times are relative to it
    quint64 rv = 2691000; // the etcd revision
    quint64 compactedRv = 0;
    size_t historyLimit = 5000; // watch events kept per collection

    QList<NodeInfo> nodes;
    std::vector<PodTemplate> podTemplates;
    std::vector<GeneratedPod> generatedPods;

    Collection *collection(const QString &group, const QString &plural);
    const Collection *collection(const QString &group, const QString &plural) const;
    QList<const Collection *> collections() const;
    Collection &pods() { return *collection(QString(), QStringLiteral("pods")); }

    // Full JSON (with kind/apiVersion) of an object, materializing generated ones.
    QJsonObject objectJson(const Collection &c, const StoredObject &o) const;
    QJsonObject labelsOf(const Collection &c, const StoredObject &o) const;
    QString fieldValue(const Collection &c, const StoredObject &o, const QString &field) const;
    static QString fieldValueFromJson(const QJsonObject &object, const QString &field);

    // Writes: bump the revision, store, and record a watch event.
    QJsonObject add(Collection &c, QJsonObject object);
    QJsonObject update(Collection &c, int index, QJsonObject object);
    QJsonObject remove(Collection &c, int index);
    // Bulk insert during generation (no watch events); keeps the order invariant at the end.
    void append(Collection &c, const QString &ns, const QString &name, QJsonObject object);
    void appendGenerated(Collection &c, const QString &ns, const QString &name, qint32 generated);
    void sortAll();

    int nodeIndex(const QString &name) const;

    // The list-item JSON (no kind/apiVersion) of a generated pod, rendered from a per-template
    // byte pattern: large lists are served without building a QJsonObject per pod.
    QByteArray renderGeneratedPodItem(const StoredObject &o) const;

private:
    struct RenderPattern
    {
        QList<QByteArray> parts; // parts[0] slot[0] parts[1] ... slot[n-1] parts[n]
        QList<QByteArray> slots;
    };
    const RenderPattern &renderPattern(quint32 templateIndex) const;
    QJsonObject materializePod(const GeneratedPod &g) const;
    QJsonObject materializePodStatus(const GeneratedPod &g) const;
    void recordEvent(Collection &c, const QString &type, const QJsonObject &object, const QJsonObject &previous = {});

    std::vector<Collection> m_collections;
    mutable QHash<quint32, RenderPattern> m_patterns;
    QHash<QString, int> m_index;
};

QString generatedPodName(const PodTemplate &t, quint32 ordinal);

} // namespace kvd::sim
