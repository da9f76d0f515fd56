// SPDX-License-Identifier: MIT
#include "sim/tables.h"

#include "sim/clustermodel.h"
#include "sim/podfactory.h"
#include "sim/simutil.h"

using namespace Qt::StringLiterals;

namespace kvd::sim {

namespace {

QJsonObject column(const QString &name, const QString &type, const QString &description, int priority = 0,
                   const QString &format = QString())
{
    return QJsonObject{{u"name"_s, name}, {u"type"_s, type}, {u"format"_s, format}, {u"description"_s, description},
                       {u"priority"_s, priority}};
}

QString age(const QJsonObject &object, const QDateTime &now)
{
    const QDateTime created = QDateTime::fromString(object.value(u"metadata"_s).toObject().value(u"creationTimestamp"_s).toString(), Qt::ISODate);
    return created.isValid() ? shortAge(created.secsTo(now)) : u"<unknown>"_s;
}

const QString kNameDescription = u"Name must be unique within a namespace. Is required when creating resources, although some "
                                 "resources may allow a client to request the generation of an appropriate name automatically. "
                                 "Name is primarily intended for creation idempotence and configuration definition. Cannot be "
                                 "updated. More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names#names"_s;
const QString kAgeDescription = u"CreationTimestamp is a timestamp representing the server time when this object was created."_s;

} // namespace

QJsonObject partialObjectMetadata(const QJsonObject &object)
{
    QJsonObject meta = object.value(u"metadata"_s).toObject();
    meta.remove(u"managedFields"_s);
    return QJsonObject{{u"kind"_s, u"PartialObjectMetadata"_s}, {u"apiVersion"_s, u"meta.k8s.io/v1"_s}, {u"metadata"_s, meta}};
}

QJsonArray tableColumns(const ResourceType &type)
{
    const QString name = u"Name"_s;
    if (type.plural == u"pods"_s) {
        return QJsonArray{column(name, u"string"_s, kNameDescription, 0, u"name"_s),
                          column(u"Ready"_s, u"string"_s, u"The aggregate readiness state of this pod for accepting traffic."_s),
                          column(u"Status"_s, u"string"_s, u"The aggregate status of the containers in this pod."_s),
                          column(u"Restarts"_s, u"string"_s, u"The number of times the containers in this pod have been restarted and when the last container in this pod has restarted."_s),
                          column(u"Age"_s, u"string"_s, kAgeDescription),
                          column(u"IP"_s, u"string"_s, u"The IP address assigned to the pod"_s, 1),
                          column(u"Node"_s, u"string"_s, u"The name of the node where the pod is scheduled"_s, 1),
                          column(u"Nominated Node"_s, u"string"_s, u"The name of the node nominated by the scheduler"_s, 1),
                          column(u"Readiness Gates"_s, u"string"_s, u"The readiness gates of the pod"_s, 1)};
    }
    if (type.plural == u"nodes"_s) {
        return QJsonArray{column(name, u"string"_s, kNameDescription, 0, u"name"_s),
                          column(u"Status"_s, u"string"_s, u"The status of the node"_s),
                          column(u"Roles"_s, u"string"_s, u"The roles of the node"_s),
                          column(u"Age"_s, u"string"_s, kAgeDescription),
                          column(u"Version"_s, u"string"_s, u"Kubelet Version reported by the node."_s),
                          column(u"Internal-IP"_s, u"string"_s, u"List of addresses reachable to the node. Queried from cloud provider, if available."_s, 1),
                          column(u"External-IP"_s, u"string"_s, u"List of addresses reachable to the node. Queried from cloud provider, if available."_s, 1),
                          column(u"OS-Image"_s, u"string"_s, u"OS Image reported by the node from /etc/os-release (e.g. Debian GNU/Linux 7 (wheezy))."_s, 1),
                          column(u"Kernel-Version"_s, u"string"_s, u"Kernel Version reported by the node from 'uname -r' (e.g. 3.16.0-0.bpo.4-amd64)."_s, 1),
                          column(u"Container-Runtime"_s, u"string"_s, u"ContainerRuntime Version reported by the node through runtime remote API (e.g. containerd://1.4.2)."_s, 1)};
    }
    if (type.plural == u"events"_s) {
        return QJsonArray{column(u"Last Seen"_s, u"string"_s, u"Time when last event occurred"_s),
                          column(u"Type"_s, u"string"_s, u"Type of this event (Normal, Warning), new types could be added in the future."_s),
                          column(u"Reason"_s, u"string"_s, u"This should be a short, machine understandable string that gives the reason for the transition into the object's current status."_s),
                          column(u"Object"_s, u"string"_s, u"Object this event is about."_s),
                          column(u"Subobject"_s, u"string"_s, u"Subobject of the object"_s, 1),
                          column(u"Source"_s, u"string"_s, u"The component reporting this event. Should be a short machine understandable string."_s, 1),
                          column(u"Message"_s, u"string"_s, u"A human-readable description of the status of this operation."_s),
                          column(u"First Seen"_s, u"string"_s, u"The time at which the event was first recorded. (Time of server receipt is in TypeMeta.)"_s, 1),
                          column(u"Count"_s, u"string"_s, u"The number of times this event has occurred."_s, 1),
                          column(name, u"string"_s, kNameDescription, 1, u"name"_s)};
    }
    if (type.plural == u"daemonsets"_s) {
        return QJsonArray{column(name, u"string"_s, kNameDescription, 0, u"name"_s),
                          column(u"Desired"_s, u"integer"_s, u"The total number of nodes that should be running the daemon pod (including nodes correctly running the daemon pod)."_s),
                          column(u"Current"_s, u"integer"_s, u"The number of nodes that are running at least 1 daemon pod and are supposed to run the daemon pod."_s),
                          column(u"Ready"_s, u"integer"_s, u"numberReady is the number of nodes that should be running the daemon pod and have one or more of the daemon pod running with a Ready Condition."_s),
                          column(u"Up-to-date"_s, u"integer"_s, u"The total number of nodes that are running updated daemon pod"_s),
                          column(u"Available"_s, u"integer"_s, u"The number of nodes that should be running the daemon pod and have one or more of the daemon pod running and available (ready for at least spec.minReadySeconds)"_s),
                          column(u"Node Selector"_s, u"string"_s, u"NodeSelector is a selector which must be true for the pod to fit on a node."_s),
                          column(u"Age"_s, u"string"_s, kAgeDescription)};
    }
    if (type.plural == u"deployments"_s) {
        return QJsonArray{column(name, u"string"_s, kNameDescription, 0, u"name"_s),
                          column(u"Ready"_s, u"string"_s, u"Number of the pod with ready state"_s),
                          column(u"Up-to-date"_s, u"string"_s, u"Total number of non-terminated pods targeted by this deployment that have the desired template spec."_s),
                          column(u"Available"_s, u"string"_s, u"Total number of available pods (ready for at least minReadySeconds) targeted by this deployment."_s),
                          column(u"Age"_s, u"string"_s, kAgeDescription)};
    }
    if (type.plural == u"namespaces"_s) {
        return QJsonArray{column(name, u"string"_s, kNameDescription, 0, u"name"_s),
                          column(u"Status"_s, u"string"_s, u"The status of the namespace"_s),
                          column(u"Age"_s, u"string"_s, kAgeDescription)};
    }
    return QJsonArray{column(name, u"string"_s, kNameDescription, 0, u"name"_s), column(u"Age"_s, u"string"_s, kAgeDescription)};
}

QJsonObject tableRow(const ResourceType &type, const QJsonObject &object, IncludeObject include, const QDateTime &now)
{
    const QJsonObject meta = object.value(u"metadata"_s).toObject();
    const QJsonObject spec = object.value(u"spec"_s).toObject();
    const QJsonObject status = object.value(u"status"_s).toObject();
    const QString name = meta.value(u"name"_s).toString();
    QJsonArray cells;
    if (type.plural == u"pods"_s) {
        QDateTime last;
        const int restarts = podRestarts(object, &last);
        QString restartCell = QString::number(restarts);
        if (restarts > 0 && last.isValid())
            restartCell += u" ("_s + shortAge(last.secsTo(now)) + u" ago)"_s;
        const QString ip = status.value(u"podIP"_s).toString();
        cells = QJsonArray{name, podReadyColumn(object), podDisplayStatus(object), restartCell, age(object, now),
                           ip.isEmpty() ? u"<none>"_s : ip, spec.value(u"nodeName"_s).toString(u"<none>"_s), u"<none>"_s, u"<none>"_s};
    } else if (type.plural == u"nodes"_s) {
        QString ready = u"Unknown"_s;
        for (const QJsonValue &c : status.value(u"conditions"_s).toArray()) {
            if (c.toObject().value(u"type"_s).toString() == u"Ready"_s)
                ready = c.toObject().value(u"status"_s).toString() == u"True"_s ? u"Ready"_s : u"NotReady"_s;
        }
        if (spec.value(u"unschedulable"_s).toBool())
            ready += u",SchedulingDisabled"_s;
        QString internalIp = u"<none>"_s;
        for (const QJsonValue &a : status.value(u"addresses"_s).toArray()) {
            if (a.toObject().value(u"type"_s).toString() == u"InternalIP"_s)
                internalIp = a.toObject().value(u"address"_s).toString();
        }
        const QJsonObject info = status.value(u"nodeInfo"_s).toObject();
        QStringList roles;
        const QJsonObject labels = meta.value(u"labels"_s).toObject();
        for (auto it = labels.constBegin(); it != labels.constEnd(); ++it) {
            if (it.key().startsWith(u"node-role.kubernetes.io/"_s))
                roles.append(it.key().mid(24));
        }
        cells = QJsonArray{name, ready, roles.isEmpty() ? u"<none>"_s : roles.join(u','), age(object, now),
                           info.value(u"kubeletVersion"_s).toString(), internalIp, u"<none>"_s, info.value(u"osImage"_s).toString(),
                           info.value(u"kernelVersion"_s).toString(), info.value(u"containerRuntimeVersion"_s).toString()};
    } else if (type.plural == u"events"_s) {
        const QJsonObject involved = object.value(u"involvedObject"_s).toObject();
        const QDateTime last = QDateTime::fromString(object.value(u"lastTimestamp"_s).toString(), Qt::ISODate);
        const QDateTime first = QDateTime::fromString(object.value(u"firstTimestamp"_s).toString(), Qt::ISODate);
        const QJsonObject source = object.value(u"source"_s).toObject();
        QString src = source.value(u"component"_s).toString();
        if (!source.value(u"host"_s).toString().isEmpty())
            src += u", "_s + source.value(u"host"_s).toString();
        cells = QJsonArray{shortAge(last.secsTo(now)), object.value(u"type"_s).toString(), object.value(u"reason"_s).toString(),
                           QString(involved.value(u"kind"_s).toString().toLower() + u'/' + involved.value(u"name"_s).toString()),
                           involved.value(u"fieldPath"_s).toString(), src, object.value(u"message"_s).toString(),
                           shortAge(first.secsTo(now)), QString::number(object.value(u"count"_s).toInt()), name};
    } else if (type.plural == u"daemonsets"_s) {
        QStringList selector;
        const QJsonObject ns = spec.value(u"template"_s).toObject().value(u"spec"_s).toObject().value(u"nodeSelector"_s).toObject();
        for (auto it = ns.constBegin(); it != ns.constEnd(); ++it)
            selector.append(it.key() + u'=' + it.value().toString());
        cells = QJsonArray{name, status.value(u"desiredNumberScheduled"_s).toInt(), status.value(u"currentNumberScheduled"_s).toInt(),
                           status.value(u"numberReady"_s).toInt(), status.value(u"updatedNumberScheduled"_s).toInt(),
                           status.value(u"numberAvailable"_s).toInt(), selector.isEmpty() ? u"<none>"_s : selector.join(u','), age(object, now)};
    } else if (type.plural == u"deployments"_s) {
        cells = QJsonArray{name, u"%1/%2"_s.arg(status.value(u"readyReplicas"_s).toInt()).arg(spec.value(u"replicas"_s).toInt()),
                           status.value(u"updatedReplicas"_s).toInt(), status.value(u"availableReplicas"_s).toInt(), age(object, now)};
    } else if (type.plural == u"namespaces"_s) {
        cells = QJsonArray{name, status.value(u"phase"_s).toString(), age(object, now)};
    } else {
        cells = QJsonArray{name, age(object, now)};
    }
    QJsonObject row{{u"cells"_s, cells}};
    if (include == IncludeObject::Metadata)
        row.insert(u"object"_s, partialObjectMetadata(object));
    else if (include == IncludeObject::Object)
        row.insert(u"object"_s, object);
    return row;
}

} // namespace kvd::sim
