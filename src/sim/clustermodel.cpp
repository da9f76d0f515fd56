// SPDX-License-Identifier: MIT
#include "sim/clustermodel.h"

#include "sim/simutil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace kvd::sim {

namespace {

bool keyLess(const QString &ns1, const QString &n1, const QString &ns2, const QString &n2)
{
    const int c = QString::compare(ns1, ns2);
    return c < 0 || (c == 0 && QString::compare(n1, n2) < 0);
}

ResourceType rt(const QString &group, const QString &plural, const QString &singular, const QString &kind, bool namespaced,
                const QStringList &shortNames, const QStringList &verbs, const QStringList &fieldSelectors = {},
                const QStringList &categories = {})
{
    ResourceType t;
    t.group = group;
    t.version = group.isEmpty() ? u"v1"_s : (group == u"secrets-store.csi.x-k8s.io"_s ? u"v1"_s : u"v1"_s);
    t.plural = plural;
    t.singular = singular;
    t.kind = kind;
    t.namespaced = namespaced;
    t.shortNames = shortNames;
    t.verbs = verbs;
    t.fieldSelectors = fieldSelectors;
    t.categories = categories;
    return t;
}

} // namespace

int Collection::lowerBound(const QString &ns, const QString &name) const
{
    const auto it = std::lower_bound(items.begin(), items.end(), 0, [&](const StoredObject &o, int) {
        return keyLess(o.ns, o.name, ns, name);
    });
    return int(it - items.begin());
}

int Collection::find(const QString &ns, const QString &name) const
{
    const int i = lowerBound(ns, name);
    if (i < int(items.size()) && items[size_t(i)].ns == ns && items[size_t(i)].name == name)
        return i;
    return -1;
}

ClusterModel::ClusterModel()
{
    const QStringList all{u"create"_s, u"delete"_s, u"deletecollection"_s, u"get"_s, u"list"_s,
                          u"patch"_s, u"update"_s, u"watch"_s};
    const QStringList podFields{u"spec.nodeName"_s, u"spec.host"_s, u"spec.restartPolicy"_s, u"spec.schedulerName"_s,
                                u"spec.serviceAccountName"_s, u"spec.hostNetwork"_s, u"status.phase"_s,
                                u"status.podIP"_s, u"status.podIPs"_s, u"status.nominatedNodeName"_s};
    const QStringList eventFields{u"involvedObject.kind"_s, u"involvedObject.namespace"_s, u"involvedObject.name"_s,
                                  u"involvedObject.uid"_s, u"involvedObject.apiVersion"_s,
                                  u"involvedObject.resourceVersion"_s, u"involvedObject.fieldPath"_s, u"reason"_s,
                                  u"reportingComponent"_s, u"source"_s, u"type"_s};
    const QList<ResourceType> types{
        rt(QString(), u"namespaces"_s, u"namespace"_s, u"Namespace"_s, false, {u"ns"_s},
           {u"create"_s, u"delete"_s, u"get"_s, u"list"_s, u"patch"_s, u"update"_s, u"watch"_s}, {u"status.phase"_s}),
        rt(QString(), u"nodes"_s, u"node"_s, u"Node"_s, false, {u"no"_s}, all, {u"spec.unschedulable"_s}),
        rt(QString(), u"pods"_s, u"pod"_s, u"Pod"_s, true, {u"po"_s}, all, podFields, {u"all"_s}),
        rt(QString(), u"events"_s, u"event"_s, u"Event"_s, true, {u"ev"_s}, all, eventFields),
        rt(QString(), u"serviceaccounts"_s, u"serviceaccount"_s, u"ServiceAccount"_s, true, {u"sa"_s}, all),
        rt(QString(), u"secrets"_s, u"secret"_s, u"Secret"_s, true, {}, all, {u"type"_s}),
        rt(u"apps"_s, u"daemonsets"_s, u"daemonset"_s, u"DaemonSet"_s, true, {u"ds"_s}, all, {}, {u"all"_s}),
        rt(u"apps"_s, u"deployments"_s, u"deployment"_s, u"Deployment"_s, true, {u"deploy"_s}, all, {}, {u"all"_s}),
        rt(u"storage.k8s.io"_s, u"csidrivers"_s, u"csidriver"_s, u"CSIDriver"_s, false, {}, all),
        rt(u"secrets-store.csi.x-k8s.io"_s, u"secretproviderclasses"_s, u"secretproviderclass"_s,
           u"SecretProviderClass"_s, true, {}, all),
        rt(u"secrets-store.csi.x-k8s.io"_s, u"secretproviderclasspodstatuses"_s, u"secretproviderclasspodstatus"_s,
           u"SecretProviderClassPodStatus"_s, true, {}, all),
    };
    m_collections.reserve(size_t(types.size()));
    for (const ResourceType &t : types) {
        Collection c;
        c.type = t;
        m_index.insert(t.key(), int(m_collections.size()));
        m_collections.push_back(std::move(c));
    }
}

Collection *ClusterModel::collection(const QString &group, const QString &plural)
{
    const auto it = m_index.constFind(group + u'/' + plural);
    return it == m_index.constEnd() ? nullptr : &m_collections[size_t(*it)];
}

const Collection *ClusterModel::collection(const QString &group, const QString &plural) const
{
    const auto it = m_index.constFind(group + u'/' + plural);
    return it == m_index.constEnd() ? nullptr : &m_collections[size_t(*it)];
}

QList<const Collection *> ClusterModel::collections() const
{
    QList<const Collection *> out;
    for (const Collection &c : m_collections)
        out.append(&c);
    return out;
}

int ClusterModel::nodeIndex(const QString &name) const
{
    for (int i = 0; i < nodes.size(); ++i) {
        if (nodes.at(i).name == name)
            return i;
    }
    return -1;
}

QString generatedPodName(const PodTemplate &t, quint32 ordinal)
{
    return t.namePrefix + nameSuffix(hashOf(t.namePrefix) + ordinal, 5);
}

QJsonObject ClusterModel::materializePod(const GeneratedPod &g) const
{
    const PodTemplate &t = podTemplates[g.templateIndex];
    PodParams p = t.proto;
    p.name = generatedPodName(t, g.ordinal);
    p.tokenVolumeSuffix = nameSuffix(hashOf(t.namePrefix), 5);
    if (g.node >= 0) {
        const NodeInfo &n = nodes.at(g.node);
        p.nodeName = n.name;
        p.hostIP = n.ip;
        p.podIP = p.hostNetwork ? n.ip : n.podCidrPrefix + QString::number(10 + (g.ordinal % 240));
    }
    p.created = p.created.addSecs(qint64(g.ordinal % 3600));
    for (ContainerParams &c : p.containers)
        c.startedAt = p.created.addSecs(4);
    QJsonObject pod = makePod(p);
    return pod;
}

const ClusterModel::RenderPattern &ClusterModel::renderPattern(quint32 templateIndex) const
{
    const auto it = m_patterns.constFind(templateIndex);
    if (it != m_patterns.constEnd())
        return *it;
    // Render the template once with markers in every per-pod field, then cut at the markers.
    const PodTemplate &t = podTemplates[templateIndex];
    PodParams p = t.proto;
    p.name = u"@@S_NAME@@"_s;
    p.tokenVolumeSuffix = nameSuffix(hashOf(t.namePrefix), 5);
    p.uid = u"@@S_UID@@"_s;
    p.nodeName = u"@@S_NODE@@"_s;
    p.hostIP = u"@@S_HIP@@"_s;
    p.podIP = u"@@S_PIP@@"_s;
    p.created = QDateTime(QDate(1901, 1, 1), QTime(0, 0, 0), QTimeZone::UTC);
    p.startTime = QDateTime();
    for (qsizetype i = 0; i < p.containers.size(); ++i) {
        p.containers[i].startedAt = p.created.addSecs(4);
        p.containers[i].containerId = u"@@S_CID%1@@"_s.arg(i);
    }
    QJsonObject pod = makePod(p);
    QJsonObject meta = pod.value(u"metadata"_s).toObject();
    meta.insert(u"resourceVersion"_s, u"@@S_RV@@"_s);
    pod.insert(u"metadata"_s, meta);
    pod.remove(u"kind"_s);
    pod.remove(u"apiVersion"_s);
    QByteArray bytes = QJsonDocument(pod).toJson(QJsonDocument::Compact);
    for (int d = 0; d <= 9; ++d)
        bytes.replace(QByteArray("1901-01-01T00:00:0" + QByteArray::number(d) + 'Z'), QByteArray("@@S_T" + QByteArray::number(d) + "@@"));
    RenderPattern pattern;
    qsizetype pos = 0;
    while (true) {
        const qsizetype start = bytes.indexOf("@@S_", pos);
        if (start < 0)
            break;
        const qsizetype end = bytes.indexOf("@@", start + 4);
        pattern.parts.append(bytes.mid(pos, start - pos));
        pattern.slots.append(bytes.mid(start + 4, end - start - 4));
        pos = end + 2;
    }
    pattern.parts.append(bytes.mid(pos));
    return *m_patterns.insert(templateIndex, pattern);
}

QByteArray ClusterModel::renderGeneratedPodItem(const StoredObject &o) const
{
    const GeneratedPod &g = generatedPods[size_t(o.generated)];
    const PodTemplate &t = podTemplates[g.templateIndex];
    if (g.node < 0)
        return QJsonDocument(materializePod(g)).toJson(QJsonDocument::Compact);
    const RenderPattern &pattern = renderPattern(g.templateIndex);
    const NodeInfo &n = nodes.at(g.node);
    const QString name = generatedPodName(t, g.ordinal);
    const QDateTime created = t.proto.created.addSecs(qint64(g.ordinal % 3600));
    QByteArray out;
    out.reserve(pattern.parts.size() * 64 + 4096);
    for (qsizetype i = 0; i < pattern.parts.size(); ++i) {
        out += pattern.parts.at(i);
        if (i >= pattern.slots.size())
            break;
        const QByteArray &slot = pattern.slots.at(i);
        if (slot == "NAME")
            out += name.toUtf8();
        else if (slot == "UID")
            out += uidFor(t.proto.ns + u'/' + name).toLatin1();
        else if (slot == "NODE")
            out += n.name.toUtf8();
        else if (slot == "HIP")
            out += n.ip.toLatin1();
        else if (slot == "PIP")
            out += (t.proto.hostNetwork ? n.ip : n.podCidrPrefix + QString::number(10 + (g.ordinal % 240))).toLatin1();
        else if (slot == "RV")
            out += QByteArray::number(o.rv);
        else if (slot.startsWith("CID"))
            out += containerIdFor(name, t.proto.containers.value(slot.mid(3).toInt()).name, 0).toLatin1();
        else if (slot.startsWith('T'))
            out += rfc3339(created.addSecs(slot.mid(1).toInt())).toLatin1();
    }
    return out;
}

QJsonObject ClusterModel::materializePodStatus(const GeneratedPod &g) const
{
    const PodTemplate &t = podTemplates[g.templateIndex];
    const QString podName = generatedPodName(t, g.ordinal);
    const QString ns = t.proto.ns;
    const QString name = podName + u'-' + ns + u'-' + t.spcName;
    QJsonObject labels{{u"internal.secrets-store.csi.k8s.io/node-name"_s, g.node >= 0 ? nodes.at(g.node).name : QString()}};
    QJsonObject meta = makeMetadata(ns, name, t.proto.created.addSecs(qint64(g.ordinal % 3600) + 3), labels);
    meta.insert(u"generation"_s, 1);
    meta.insert(u"ownerReferences"_s, QJsonArray{QJsonObject{{u"apiVersion"_s, u"v1"_s}, {u"kind"_s, u"Pod"_s},
                                                             {u"name"_s, podName}, {u"uid"_s, uidFor(QString(ns + u'/' + podName))}}});
    const QString podUid = uidFor(ns + u'/' + podName);
    QJsonObject status{{u"podName"_s, podName}, {u"secretProviderClassName"_s, t.spcName}, {u"mounted"_s, true},
                       {u"targetPath"_s, QString(u"/var/lib/kubelet/pods/"_s + podUid + u"/volumes/kubernetes.io~csi/secrets-store-inline/mount"_s)},
                       {u"objects"_s, QJsonArray{QJsonObject{{u"id"_s, u"secret/app-config"_s},
                                                             {u"version"_s, QString::fromLatin1(QCryptographicHash::hash(t.spcName.toUtf8(), QCryptographicHash::Md5).toHex())}}}}};
    return QJsonObject{{u"kind"_s, u"SecretProviderClassPodStatus"_s}, {u"apiVersion"_s, u"secrets-store.csi.x-k8s.io/v1"_s},
                       {u"metadata"_s, meta}, {u"status"_s, status}};
}

QJsonObject ClusterModel::objectJson(const Collection &c, const StoredObject &o) const
{
    QJsonObject json;
    if (o.generated >= 0) {
        const GeneratedPod &g = generatedPods[size_t(o.generated)];
        json = c.type.plural == u"pods"_s ? materializePod(g) : materializePodStatus(g);
    } else {
        json = o.json;
    }
    QJsonObject meta = json.value(u"metadata"_s).toObject();
    meta.insert(u"resourceVersion"_s, QString::number(o.rv));
    json.insert(u"metadata"_s, meta);
    return json;
}

QJsonObject ClusterModel::labelsOf(const Collection &c, const StoredObject &o) const
{
    if (o.generated >= 0) {
        const GeneratedPod &g = generatedPods[size_t(o.generated)];
        if (c.type.plural == u"pods"_s)
            return podTemplates[g.templateIndex].proto.labels;
        return QJsonObject{{u"internal.secrets-store.csi.k8s.io/node-name"_s, g.node >= 0 ? nodes.at(g.node).name : QString()}};
    }
    return o.json.value(u"metadata"_s).toObject().value(u"labels"_s).toObject();
}

QString ClusterModel::fieldValueFromJson(const QJsonObject &object, const QString &rawField)
{
    QString field = rawField;
    if (field == u"spec.host"_s)
        field = u"spec.nodeName"_s;
    if (field == u"status.podIPs"_s)
        field = u"status.podIP"_s;
    if (field == u"source"_s)
        field = u"source.component"_s;
    QJsonValue v = object;
    for (const QString &part : field.split(u'.'))
        v = v.toObject().value(part);
    if (v.isBool())
        return v.toBool() ? u"true"_s : u"false"_s;
    if (v.isDouble())
        return QString::number(v.toInteger());
    if (v.isUndefined() || v.isNull()) {
        if (field == u"spec.hostNetwork"_s || field == u"spec.unschedulable"_s)
            return u"false"_s;
    }
    return v.toString();
}

QString ClusterModel::fieldValue(const Collection &c, const StoredObject &o, const QString &field) const
{
    if (field == u"metadata.name"_s)
        return o.name;
    if (field == u"metadata.namespace"_s)
        return o.ns;
    if (o.generated >= 0 && c.type.plural == u"pods"_s) {
        const GeneratedPod &g = generatedPods[size_t(o.generated)];
        const PodTemplate &t = podTemplates[g.templateIndex];
        if (field == u"spec.nodeName"_s || field == u"spec.host"_s)
            return g.node >= 0 ? nodes.at(g.node).name : QString();
        if (field == u"status.phase"_s)
            return t.proto.phase;
        if (field == u"spec.hostNetwork"_s)
            return t.proto.hostNetwork ? u"true"_s : u"false"_s;
        if (field == u"spec.serviceAccountName"_s)
            return t.proto.serviceAccount;
        if (field == u"spec.restartPolicy"_s)
            return u"Always"_s;
        if (field == u"spec.schedulerName"_s)
            return u"default-scheduler"_s;
    }
    return fieldValueFromJson(objectJson(c, o), field);
}

void ClusterModel::recordEvent(Collection &c, const QString &type, const QJsonObject &object, const QJsonObject &previous)
{
    WatchEvent e;
    e.rv = rv;
    e.type = type;
    e.object = object;
    e.previous = previous;
    c.history.push_back(std::move(e));
    while (c.history.size() > historyLimit) {
        c.historyStart = c.history.front().rv;
        c.history.pop_front();
    }
}

static QJsonObject withRv(QJsonObject object, quint64 rv)
{
    QJsonObject meta = object.value(u"metadata"_s).toObject();
    meta.insert(u"resourceVersion"_s, QString::number(rv));
    object.insert(u"metadata"_s, meta);
    return object;
}

QJsonObject ClusterModel::add(Collection &c, QJsonObject object)
{
    ++rv;
    object = withRv(object, rv);
    const QJsonObject meta = object.value(u"metadata"_s).toObject();
    StoredObject o;
    o.ns = meta.value(u"namespace"_s).toString();
    o.name = meta.value(u"name"_s).toString();
    o.rv = rv;
    o.json = object;
    const int at = c.lowerBound(o.ns, o.name);
    c.items.insert(c.items.begin() + at, std::move(o));
    recordEvent(c, u"ADDED"_s, object);
    return object;
}

QJsonObject ClusterModel::update(Collection &c, int index, QJsonObject object)
{
    StoredObject &o = c.items[size_t(index)];
    const QJsonObject previous = objectJson(c, o);
    ++rv;
    object = withRv(object, rv);
    o.rv = rv;
    o.json = object;
    o.generated = -1;
    recordEvent(c, u"MODIFIED"_s, object, previous);
    return object;
}

QJsonObject ClusterModel::remove(Collection &c, int index)
{
    const QJsonObject last = objectJson(c, c.items[size_t(index)]);
    c.items.erase(c.items.begin() + index);
    ++rv;
    const QJsonObject object = withRv(last, rv);
    recordEvent(c, u"DELETED"_s, object);
    return object;
}

void ClusterModel::append(Collection &c, const QString &ns, const QString &name, QJsonObject object)
{
    ++rv;
    StoredObject o;
    o.ns = ns;
    o.name = name;
    o.rv = rv;
    o.json = std::move(object);
    c.items.push_back(std::move(o));
    c.historyStart = rv;
}

void ClusterModel::appendGenerated(Collection &c, const QString &ns, const QString &name, qint32 generated)
{
    ++rv;
    StoredObject o;
    o.ns = ns;
    o.name = name;
    o.rv = rv;
    o.generated = generated;
    c.items.push_back(std::move(o));
    c.historyStart = rv;
}

void ClusterModel::sortAll()
{
    for (Collection &c : m_collections) {
        std::stable_sort(c.items.begin(), c.items.end(), [](const StoredObject &a, const StoredObject &b) {
            return keyLess(a.ns, a.name, b.ns, b.name);
        });
        c.historyStart = rv;
    }
}

} // namespace kvd::sim
