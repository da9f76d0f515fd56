// SPDX-License-Identifier: MIT
#include "kube/listparser.h"

#include "kube/kubetr.h"

#include <QJsonDocument>
#include <QTimeZone>

#include <simdjson.h>

#include <string_view>

namespace kvd {

namespace od = simdjson::ondemand;

QStringList ListParseOptions::defaultLabelKeys()
{
    // What the inventory and the detector look at: the DaemonSet selectors of the driver and
    // provider, and the identity labels of application pods.
    return {QStringLiteral("app"),
            QStringLiteral("app.kubernetes.io/name"),
            QStringLiteral("app.kubernetes.io/instance"),
            QStringLiteral("component"),
            QStringLiteral("azure.workload.identity/use"),
            QStringLiteral("aadpodidbinding"),
            QStringLiteral("kubernetes.io/os"),
            QStringLiteral("kubernetes.azure.com/agentpool"),
            QStringLiteral("agentpool"),
            QStringLiteral("internal.secrets-store.csi.k8s.io/node-name")};
}

qsizetype KubeListPage::size() const
{
    return nodes.size() + pods.size() + events.size() + metadata.size() + objects.size();
}

void KubeListPage::append(const KubeListPage &page)
{
    nodes += page.nodes;
    pods += page.pods;
    events += page.events;
    metadata += page.metadata;
    objects += page.objects;
    if (!page.resourceVersion.isEmpty())
        resourceVersion = page.resourceVersion;
    if (!page.listKind.isEmpty())
        listKind = page.listKind;
    continueToken = page.continueToken;
    remainingItemCount = page.remainingItemCount;
}

namespace {

int twoDigits(const char *p, bool *ok)
{
    if (p[0] < '0' || p[0] > '9' || p[1] < '0' || p[1] > '9') {
        *ok = false;
        return 0;
    }
    return (p[0] - '0') * 10 + (p[1] - '0');
}

} // namespace

QDateTime parseKubeTimestamp(QByteArrayView text)
{
    // yyyy-MM-ddTHH:mm:ss[.fraction](Z|+hh:mm|-hh:mm); hand-written because it runs for
    // every pod and event of a 150,000-pod list.
    const char *p = text.data();
    const qsizetype n = text.size();
    if (n < 20 || p[4] != '-' || p[7] != '-' || (p[10] != 'T' && p[10] != 't' && p[10] != ' ')
        || p[13] != ':' || p[16] != ':')
        return {};
    bool ok = true;
    const int year = twoDigits(p, &ok) * 100 + twoDigits(p + 2, &ok);
    const int month = twoDigits(p + 5, &ok);
    const int day = twoDigits(p + 8, &ok);
    const int hour = twoDigits(p + 11, &ok);
    const int minute = twoDigits(p + 14, &ok);
    const int second = twoDigits(p + 17, &ok);
    if (!ok)
        return {};
    qsizetype i = 19;
    int msec = 0;
    if (i < n && p[i] == '.') {
        ++i;
        int digits = 0;
        while (i < n && p[i] >= '0' && p[i] <= '9') {
            if (digits < 3)
                msec = msec * 10 + (p[i] - '0');
            ++digits;
            ++i;
        }
        if (digits == 0)
            return {};
        for (int d = digits; d < 3; ++d)
            msec *= 10;
    }
    int offsetSeconds = 0;
    if (i < n && (p[i] == 'Z' || p[i] == 'z')) {
        ++i;
    } else if (i + 6 <= n && (p[i] == '+' || p[i] == '-') && p[i + 3] == ':') {
        const int oh = twoDigits(p + i + 1, &ok);
        const int om = twoDigits(p + i + 4, &ok);
        if (!ok)
            return {};
        offsetSeconds = (oh * 3600 + om * 60) * (p[i] == '-' ? -1 : 1);
        i += 6;
    } else {
        return {};
    }
    if (i != n)
        return {};
    const QDate date(year, month, day);
    const QTime time(hour, minute, second, msec);
    if (!date.isValid() || !time.isValid())
        return {};
    QDateTime result(date, time, QTimeZone::UTC);
    if (offsetSeconds != 0)
        result = result.addSecs(-offsetSeconds);
    return result;
}

namespace {

QString toQString(std::string_view sv)
{
    return QString::fromUtf8(sv.data(), qsizetype(sv.size()));
}

// Strings; null and other types give an empty string (the API omits or nulls optional fields).
QString stringValue(od::value value)
{
    if (value.type() != od::json_type::string)
        return {};
    return toQString(std::string_view(value.get_string()));
}

QDateTime timeValue(od::value value)
{
    if (value.type() != od::json_type::string)
        return {};
    const std::string_view sv = value.get_string();
    return parseKubeTimestamp(QByteArrayView(sv.data(), qsizetype(sv.size())));
}

bool boolValue(od::value value)
{
    if (value.type() != od::json_type::boolean)
        return false;
    return bool(value.get_bool());
}

qint64 intValue(od::value value)
{
    if (value.type() != od::json_type::number)
        return 0;
    if (value.get_number_type() == od::number_type::floating_point_number) {
        // 1e300 does not fit: converting it would be undefined behaviour. Such a count is garbage.
        const double d = value.get_double();
        return d > -9.2e18 && d < 9.2e18 ? qint64(d) : 0;
    }
    return int64_t(value.get_int64());
}

bool isObject(od::value value)
{
    return value.type() == od::json_type::object;
}

bool isArray(od::value value)
{
    return value.type() == od::json_type::array;
}

ConditionStatus conditionStatus(std::string_view sv)
{
    if (sv == "True")
        return ConditionStatus::True;
    if (sv == "False")
        return ConditionStatus::False;
    return ConditionStatus::Unknown;
}

void readLabels(od::value value, const QStringList &keys, QMap<QString, QString> *labels)
{
    if (!isObject(value))
        return;
    for (auto field : value.get_object()) {
        const QString key = toQString(std::string_view(field.unescaped_key()));
        if (!keys.isEmpty() && !keys.contains(key))
            continue;
        labels->insert(key, stringValue(field.value()));
    }
}

void readOwners(od::value value, QList<KubeOwnerReference> *owners)
{
    if (!isArray(value))
        return;
    for (auto item : value.get_array()) {
        od::value element = item.value();
        if (!isObject(element))
            continue;
        KubeOwnerReference owner;
        for (auto field : element.get_object()) {
            const std::string_view key = field.unescaped_key();
            if (key == "kind")
                owner.kind = stringValue(field.value());
            else if (key == "name")
                owner.name = stringValue(field.value());
            else if (key == "controller")
                owner.controller = boolValue(field.value());
        }
        owners->append(owner);
    }
}

// The metadata fields the structs use.
struct Meta
{
    QString namespaceName, name, uid, resourceVersion;
    QMap<QString, QString> labels;
    QList<KubeOwnerReference> owners;
    QDateTime created;
    bool deleting = false;
};

void readMeta(od::value value, const QStringList &labelKeys, bool wantLabels, Meta *meta)
{
    if (!isObject(value))
        return;
    for (auto field : value.get_object()) {
        const std::string_view key = field.unescaped_key();
        if (key == "name")
            meta->name = stringValue(field.value());
        else if (key == "namespace")
            meta->namespaceName = stringValue(field.value());
        else if (key == "uid")
            meta->uid = stringValue(field.value());
        else if (key == "resourceVersion")
            meta->resourceVersion = stringValue(field.value());
        else if (key == "creationTimestamp")
            meta->created = timeValue(field.value());
        else if (key == "deletionTimestamp")
            meta->deleting = field.value().type() == od::json_type::string;
        else if (key == "labels" && wantLabels)
            readLabels(field.value(), labelKeys, &meta->labels);
        else if (key == "ownerReferences")
            readOwners(field.value(), &meta->owners);
    }
}

template<typename Fn>
void forEachCondition(od::value value, Fn &&fn)
{
    if (!isArray(value))
        return;
    for (auto item : value.get_array()) {
        od::value element = item.value();
        if (!isObject(element))
            continue;
        QString type;
        ConditionStatus status = ConditionStatus::Unknown;
        QString reason, message;
        for (auto field : element.get_object()) {
            const std::string_view key = field.unescaped_key();
            if (key == "type") {
                type = stringValue(field.value());
            } else if (key == "status") {
                od::value v = field.value();
                if (v.type() == od::json_type::string)
                    status = conditionStatus(std::string_view(v.get_string()));
            } else if (key == "reason") {
                reason = stringValue(field.value());
            } else if (key == "message") {
                message = stringValue(field.value());
            }
        }
        fn(type, status, reason, message);
    }
}

KubeNode readNode(od::object object)
{
    KubeNode node;
    Meta meta;
    const QStringList nodeLabels{QStringLiteral("kubernetes.io/os"), QStringLiteral("beta.kubernetes.io/os"),
                                 QStringLiteral("kubernetes.azure.com/agentpool"), QStringLiteral("agentpool")};
    QString nodeInfoOs;
    for (auto field : object) {
        const std::string_view key = field.unescaped_key();
        if (key == "metadata") {
            readMeta(field.value(), nodeLabels, true, &meta);
        } else if (key == "spec") {
            od::value spec = field.value();
            if (!isObject(spec))
                continue;
            for (auto specField : spec.get_object()) {
                const std::string_view specKey = specField.unescaped_key();
                if (specKey == "unschedulable") {
                    node.unschedulable = boolValue(specField.value());
                } else if (specKey == "taints") {
                    od::value taints = specField.value();
                    if (!isArray(taints))
                        continue;
                    for (auto item : taints.get_array()) {
                        od::value element = item.value();
                        if (!isObject(element))
                            continue;
                        KubeTaint taint;
                        for (auto t : element.get_object()) {
                            const std::string_view tk = t.unescaped_key();
                            if (tk == "key")
                                taint.key = stringValue(t.value());
                            else if (tk == "value")
                                taint.value = stringValue(t.value());
                            else if (tk == "effect")
                                taint.effect = stringValue(t.value());
                        }
                        node.taints.append(taint);
                    }
                }
            }
        } else if (key == "status") {
            od::value status = field.value();
            if (!isObject(status))
                continue;
            for (auto statusField : status.get_object()) {
                const std::string_view statusKey = statusField.unescaped_key();
                if (statusKey == "conditions") {
                    forEachCondition(statusField.value(), [&](const QString &type, ConditionStatus s,
                                                              const QString &reason, const QString &message) {
                        if (type == QLatin1String("Ready")) {
                            node.ready = s;
                            node.readyReason = reason;
                            node.readyMessage = message;
                        }
                    });
                } else if (statusKey == "nodeInfo") {
                    od::value info = statusField.value();
                    if (!isObject(info))
                        continue;
                    for (auto infoField : info.get_object()) {
                        const std::string_view infoKey = infoField.unescaped_key();
                        if (infoKey == "kubeletVersion")
                            node.kubeletVersion = stringValue(infoField.value());
                        else if (infoKey == "osImage")
                            node.osImage = stringValue(infoField.value());
                        else if (infoKey == "operatingSystem")
                            nodeInfoOs = stringValue(infoField.value());
                    }
                }
            }
        }
    }
    node.name = meta.name;
    node.uid = meta.uid;
    node.resourceVersion = meta.resourceVersion;
    node.created = meta.created;
    node.os = meta.labels.value(QStringLiteral("kubernetes.io/os"),
                                meta.labels.value(QStringLiteral("beta.kubernetes.io/os"), nodeInfoOs));
    node.agentPool = meta.labels.value(QStringLiteral("kubernetes.azure.com/agentpool"),
                                       meta.labels.value(QStringLiteral("agentpool")));
    return node;
}

void readContainerState(od::value value, KubeContainerStatus *status, bool last)
{
    if (!isObject(value))
        return;
    for (auto field : value.get_object()) {
        const std::string_view key = field.unescaped_key();
        od::value detail = field.value();
        if (!isObject(detail))
            continue;
        if (last) {
            if (key != "terminated")
                continue;
            for (auto d : detail.get_object()) {
                const std::string_view dk = d.unescaped_key();
                if (dk == "reason")
                    status->lastTerminationReason = stringValue(d.value());
                else if (dk == "exitCode")
                    status->lastExitCode = int(intValue(d.value()));
            }
            continue;
        }
        if (key == "waiting")
            status->state = KubeContainerStatus::State::Waiting;
        else if (key == "running")
            status->state = KubeContainerStatus::State::Running;
        else if (key == "terminated")
            status->state = KubeContainerStatus::State::Terminated;
        else
            continue;
        for (auto d : detail.get_object()) {
            const std::string_view dk = d.unescaped_key();
            if (dk == "reason")
                status->reason = stringValue(d.value());
            else if (dk == "message")
                status->message = stringValue(d.value());
            else if (dk == "exitCode")
                status->exitCode = int(intValue(d.value()));
        }
    }
}

void readContainerStatuses(od::value value, QList<KubeContainerStatus> *statuses)
{
    if (!isArray(value))
        return;
    for (auto item : value.get_array()) {
        od::value element = item.value();
        if (!isObject(element))
            continue;
        KubeContainerStatus status;
        for (auto field : element.get_object()) {
            const std::string_view key = field.unescaped_key();
            if (key == "name")
                status.name = stringValue(field.value());
            else if (key == "image")
                status.image = stringValue(field.value());
            else if (key == "ready")
                status.ready = boolValue(field.value());
            else if (key == "restartCount")
                status.restartCount = int(intValue(field.value()));
            else if (key == "state")
                readContainerState(field.value(), &status, false);
            else if (key == "lastState")
                readContainerState(field.value(), &status, true);
        }
        statuses->append(status);
    }
}

void readVolumes(od::value value, QList<KubeSecretsStoreVolume> *volumes)
{
    if (!isArray(value))
        return;
    for (auto item : value.get_array()) {
        od::value element = item.value();
        if (!isObject(element))
            continue;
        KubeSecretsStoreVolume volume;
        bool secretsStore = false;
        for (auto field : element.get_object()) {
            const std::string_view key = field.unescaped_key();
            if (key == "name") {
                volume.volumeName = stringValue(field.value());
            } else if (key == "csi") {
                od::value csi = field.value();
                if (!isObject(csi))
                    continue;
                for (auto c : csi.get_object()) {
                    const std::string_view ck = c.unescaped_key();
                    if (ck == "driver") {
                        od::value driver = c.value();
                        secretsStore = driver.type() == od::json_type::string
                                       && std::string_view(driver.get_string()) == "secrets-store.csi.k8s.io";
                    } else if (ck == "readOnly") {
                        volume.readOnly = boolValue(c.value());
                    } else if (ck == "volumeAttributes") {
                        od::value attributes = c.value();
                        if (!isObject(attributes))
                            continue;
                        for (auto a : attributes.get_object()) {
                            if (std::string_view(a.unescaped_key()) == "secretProviderClass")
                                volume.secretProviderClass = stringValue(a.value());
                        }
                    } else if (ck == "nodePublishSecretRef") {
                        od::value ref = c.value();
                        if (!isObject(ref))
                            continue;
                        for (auto r : ref.get_object()) {
                            if (std::string_view(r.unescaped_key()) == "name")
                                volume.nodePublishSecretRef = stringValue(r.value());
                        }
                    }
                }
            }
        }
        if (secretsStore)
            volumes->append(volume);
    }
}

KubePod readPod(od::object object, const ListParseOptions &options)
{
    KubePod pod;
    Meta meta;
    for (auto field : object) {
        const std::string_view key = field.unescaped_key();
        if (key == "metadata") {
            readMeta(field.value(), options.labelKeys, true, &meta);
        } else if (key == "spec") {
            od::value spec = field.value();
            if (!isObject(spec))
                continue;
            for (auto specField : spec.get_object()) {
                const std::string_view specKey = specField.unescaped_key();
                if (specKey == "nodeName") {
                    pod.nodeName = stringValue(specField.value());
                } else if (specKey == "serviceAccountName") {
                    pod.serviceAccountName = stringValue(specField.value());
                } else if (specKey == "volumes") {
                    readVolumes(specField.value(), &pod.secretsStoreVolumes);
                } else if (specKey == "containers") {
                    od::value containers = specField.value();
                    if (!isArray(containers))
                        continue;
                    for (auto item : containers.get_array()) {
                        od::value element = item.value();
                        if (!isObject(element))
                            continue;
                        for (auto c : element.get_object()) {
                            if (std::string_view(c.unescaped_key()) == "name") {
                                pod.containerNames.append(stringValue(c.value()));
                                break;
                            }
                        }
                    }
                }
            }
        } else if (key == "status") {
            od::value status = field.value();
            if (!isObject(status))
                continue;
            for (auto statusField : status.get_object()) {
                const std::string_view statusKey = statusField.unescaped_key();
                if (statusKey == "phase") {
                    pod.phase = stringValue(statusField.value());
                } else if (statusKey == "reason") {
                    pod.reason = stringValue(statusField.value());
                } else if (statusKey == "conditions") {
                    forEachCondition(statusField.value(),
                                     [&](const QString &type, ConditionStatus s, const QString &, const QString &) {
                                         if (type == QLatin1String("Ready"))
                                             pod.ready = s;
                                     });
                } else if (statusKey == "containerStatuses") {
                    readContainerStatuses(statusField.value(), &pod.containers);
                } else if (statusKey == "initContainerStatuses") {
                    readContainerStatuses(statusField.value(), &pod.initContainers);
                }
            }
        }
    }
    pod.namespaceName = meta.namespaceName;
    pod.name = meta.name;
    pod.uid = meta.uid;
    pod.resourceVersion = meta.resourceVersion;
    pod.labels = std::move(meta.labels);
    pod.owners = std::move(meta.owners);
    pod.created = meta.created;
    pod.terminating = meta.deleting;
    return pod;
}

KubeEvent readEvent(od::object object)
{
    KubeEvent event;
    Meta meta;
    int seriesCount = -1;
    QString reportingComponent;
    for (auto field : object) {
        const std::string_view key = field.unescaped_key();
        if (key == "metadata") {
            readMeta(field.value(), {}, false, &meta);
        } else if (key == "involvedObject") {
            od::value ref = field.value();
            if (!isObject(ref))
                continue;
            for (auto r : ref.get_object()) {
                const std::string_view rk = r.unescaped_key();
                if (rk == "kind")
                    event.involvedObject.kind = stringValue(r.value());
                else if (rk == "namespace")
                    event.involvedObject.namespaceName = stringValue(r.value());
                else if (rk == "name")
                    event.involvedObject.name = stringValue(r.value());
                else if (rk == "uid")
                    event.involvedObject.uid = stringValue(r.value());
                else if (rk == "fieldPath")
                    event.involvedObject.fieldPath = stringValue(r.value());
            }
        } else if (key == "reason") {
            event.reason = stringValue(field.value());
        } else if (key == "message") {
            event.message = stringValue(field.value());
        } else if (key == "type") {
            event.type = stringValue(field.value());
        } else if (key == "count") {
            event.count = int(intValue(field.value()));
        } else if (key == "firstTimestamp") {
            event.firstTimestamp = timeValue(field.value());
        } else if (key == "lastTimestamp") {
            event.lastTimestamp = timeValue(field.value());
        } else if (key == "eventTime") {
            event.eventTime = timeValue(field.value());
        } else if (key == "reportingComponent") {
            reportingComponent = stringValue(field.value());
        } else if (key == "series") {
            od::value series = field.value();
            if (!isObject(series))
                continue;
            for (auto s : series.get_object()) {
                const std::string_view sk = s.unescaped_key();
                if (sk == "count")
                    seriesCount = int(intValue(s.value()));
                else if (sk == "lastObservedTime")
                    event.seriesLastObserved = timeValue(s.value());
            }
        } else if (key == "source") {
            od::value source = field.value();
            if (!isObject(source))
                continue;
            for (auto s : source.get_object()) {
                const std::string_view sk = s.unescaped_key();
                if (sk == "component")
                    event.sourceComponent = stringValue(s.value());
                else if (sk == "host")
                    event.sourceHost = stringValue(s.value());
            }
        }
    }
    if (seriesCount >= 0)
        event.count = seriesCount;
    if (event.sourceComponent.isEmpty())
        event.sourceComponent = reportingComponent;
    event.namespaceName = meta.namespaceName;
    event.name = meta.name;
    event.uid = meta.uid;
    event.created = meta.created;
    return event;
}

KubeObjectMeta readObjectMeta(od::object object, const ListParseOptions &options)
{
    Meta meta;
    for (auto field : object) {
        if (std::string_view(field.unescaped_key()) == "metadata")
            readMeta(field.value(), options.labelKeys, true, &meta);
    }
    KubeObjectMeta result;
    result.namespaceName = meta.namespaceName;
    result.name = meta.name;
    result.uid = meta.uid;
    result.resourceVersion = meta.resourceVersion;
    result.labels = std::move(meta.labels);
    result.owners = std::move(meta.owners);
    result.created = meta.created;
    return result;
}

QString simdjsonMessage(const simdjson::simdjson_error &e)
{
    switch (e.error()) {
    case simdjson::TAPE_ERROR:
    case simdjson::INCOMPLETE_ARRAY_OR_OBJECT:
    case simdjson::UNCLOSED_STRING:
    case simdjson::EMPTY:
        return KubeTr::tr("the JSON is truncated or malformed (%1)").arg(QString::fromUtf8(e.what()));
    case simdjson::INCORRECT_TYPE:
        return KubeTr::tr("a field has an unexpected type (%1)").arg(QString::fromUtf8(e.what()));
    default:
        return KubeTr::tr("invalid JSON (%1)").arg(QString::fromUtf8(e.what()));
    }
}

template<typename Fn>
bool parseOne(QByteArrayView json, QString *error, Fn &&fn)
{
    try {
        od::parser parser;
        const simdjson::padded_string padded(json.data(), size_t(json.size()));
        od::document doc = parser.iterate(padded);
        od::object object = doc.get_object();
        fn(object);
        if (!doc.at_end()) {
            *error = KubeTr::tr("unexpected data after the JSON object");
            return false;
        }
        return true;
    } catch (const simdjson::simdjson_error &e) {
        *error = simdjsonMessage(e);
        return false;
    }
}

} // namespace

std::optional<KubeListPage> parseListPage(QByteArrayView json, ListItemKind kind, QString *error,
                                          const ListParseOptions &options)
{
    KubeListPage page;
    page.itemKind = kind;
    bool sawItems = false;
    // One parser per thread: reusing its buffers matters when thousands of pages are parsed.
    thread_local od::parser parser;
    try {
        const simdjson::padded_string padded(json.data(), size_t(json.size()));
        od::document doc = parser.iterate(padded);
        od::object root = doc.get_object();
        for (auto field : root) {
            const std::string_view key = field.unescaped_key();
            if (key == "kind") {
                page.listKind = stringValue(field.value());
            } else if (key == "metadata") {
                od::value metadata = field.value();
                if (!isObject(metadata))
                    continue;
                for (auto m : metadata.get_object()) {
                    const std::string_view mk = m.unescaped_key();
                    if (mk == "resourceVersion")
                        page.resourceVersion = stringValue(m.value());
                    else if (mk == "continue")
                        page.continueToken = stringValue(m.value());
                    else if (mk == "remainingItemCount")
                        page.remainingItemCount = intValue(m.value());
                }
            } else if (key == "items") {
                sawItems = true;
                od::value items = field.value();
                if (items.type() == od::json_type::null)
                    continue;
                for (auto item : items.get_array()) {
                    od::value element = item.value();
                    switch (kind) {
                    case ListItemKind::Node:
                        page.nodes.append(readNode(element.get_object()));
                        break;
                    case ListItemKind::Pod:
                        page.pods.append(readPod(element.get_object(), options));
                        break;
                    case ListItemKind::Event:
                        page.events.append(readEvent(element.get_object()));
                        break;
                    case ListItemKind::Metadata:
                        page.metadata.append(readObjectMeta(element.get_object(), options));
                        break;
                    case ListItemKind::Raw: {
                        const std::string_view raw = element.raw_json();
                        QJsonParseError parseError;
                        const auto document = QJsonDocument::fromJson(
                            QByteArray(raw.data(), qsizetype(raw.size())), &parseError);
                        if (!document.isObject()) {
                            *error = KubeTr::tr("list item %1 is not a JSON object").arg(page.objects.size());
                            return std::nullopt;
                        }
                        page.objects.append(document.object());
                        break;
                    }
                    }
                }
            }
        }
        if (!doc.at_end()) {
            *error = KubeTr::tr("unexpected data after the list");
            return std::nullopt;
        }
    } catch (const simdjson::simdjson_error &e) {
        *error = simdjsonMessage(e);
        return std::nullopt;
    }
    if (!sawItems && !page.listKind.endsWith(QLatin1String("List"))) {
        *error = page.listKind.isEmpty()
                     ? KubeTr::tr("the response is not a Kubernetes list (no \"items\")")
                     : KubeTr::tr("the response is a %1, not a list").arg(page.listKind);
        return std::nullopt;
    }
    return page;
}

std::optional<ListMeta> scanListMeta(QByteArrayView json)
{
    thread_local od::parser parser;
    try {
        const simdjson::padded_string padded(json.data(), size_t(json.size()));
        od::document doc = parser.iterate(padded);
        od::object root = doc.get_object();
        for (auto field : root) {
            if (std::string_view(field.unescaped_key()) != "metadata")
                continue;
            od::value metadata = field.value();
            if (!isObject(metadata))
                return std::nullopt;
            ListMeta meta;
            for (auto m : metadata.get_object()) {
                const std::string_view mk = m.unescaped_key();
                if (mk == "continue")
                    meta.continueToken = stringValue(m.value());
                else if (mk == "resourceVersion")
                    meta.resourceVersion = stringValue(m.value());
            }
            return meta;
        }
    } catch (const simdjson::simdjson_error &) {
    }
    return std::nullopt;
}

std::optional<KubeNode> parseNode(QByteArrayView json, QString *error)
{
    KubeNode node;
    if (!parseOne(json, error, [&](od::object &object) { node = readNode(object); }))
        return std::nullopt;
    return node;
}

std::optional<KubePod> parsePod(QByteArrayView json, QString *error, const ListParseOptions &options)
{
    KubePod pod;
    if (!parseOne(json, error, [&](od::object &object) { pod = readPod(object, options); }))
        return std::nullopt;
    return pod;
}

std::optional<KubeEvent> parseEvent(QByteArrayView json, QString *error)
{
    KubeEvent event;
    if (!parseOne(json, error, [&](od::object &object) { event = readEvent(object); }))
        return std::nullopt;
    return event;
}

std::optional<KubeObjectMeta> parseObjectMeta(QByteArrayView json, QString *error, const ListParseOptions &options)
{
    KubeObjectMeta meta;
    if (!parseOne(json, error, [&](od::object &object) { meta = readObjectMeta(object, options); }))
        return std::nullopt;
    return meta;
}

} // namespace kvd
