// SPDX-License-Identifier: MIT
#include "core/secretsstore.h"

#include "core/coretr.h"

#include <QJsonArray>
#include <QRegularExpression>

#include <yaml-cpp/yaml.h>

namespace kvd {

namespace {
QString str(const QJsonObject &object, QLatin1StringView key)
{
    return object.value(key).toString();
}

QMap<QString, QString> stringMap(const QJsonObject &object)
{
    QMap<QString, QString> map;
    for (auto it = object.begin(); it != object.end(); ++it)
        map.insert(it.key(), it.value().toString());
    return map;
}

// strconv.ParseBool, which the provider uses for its switches.
bool goParseBool(const QString &value)
{
    static const QStringList truthy = {QStringLiteral("1"), QStringLiteral("t"), QStringLiteral("T"),
                                       QStringLiteral("TRUE"), QStringLiteral("true"), QStringLiteral("True")};
    return truthy.contains(value.trimmed());
}

QString yamlScalar(const YAML::Node &map, const char *key)
{
    const YAML::Node value = map[key];
    if (!value || !value.IsScalar())
        return {};
    return QString::fromStdString(value.as<std::string>());
}

void parseObjects(SecretProviderClassInfo &spc)
{
    const QString text = spc.parameters.value(QStringLiteral("objects"));
    if (text.trimmed().isEmpty())
        return;
    try {
        const YAML::Node root = YAML::Load(text.toStdString());
        const YAML::Node array = root.IsMap() ? root["array"] : YAML::Node();
        if (!array || !array.IsSequence()) {
            spc.objectsError = CoreTr::tr("parameters.objects has no \"array:\" list");
            return;
        }
        for (const auto &entry : array) {
            // Each entry is itself a YAML document in a string (the provider's format); a
            // plain map is accepted too.
            const YAML::Node object = entry.IsScalar() ? YAML::Load(entry.as<std::string>()) : YAML::Node(entry);
            if (!object.IsMap())
                continue;
            KeyVaultObjectSpec spec;
            spec.objectName = yamlScalar(object, "objectName");
            spec.objectType = yamlScalar(object, "objectType");
            spec.objectVersion = yamlScalar(object, "objectVersion");
            spec.objectAlias = yamlScalar(object, "objectAlias");
            spc.objects.append(spec);
        }
    } catch (const YAML::Exception &e) {
        spc.objectsError = CoreTr::tr("parameters.objects is not valid YAML: %1").arg(QString::fromStdString(e.msg));
    }
}
}

QString identityModeId(IdentityMode mode)
{
    switch (mode) {
    case IdentityMode::ServicePrincipal: return QStringLiteral("servicePrincipal");
    case IdentityMode::PodIdentity: return QStringLiteral("podIdentity");
    case IdentityMode::UserAssignedIdentity: return QStringLiteral("userAssignedIdentity");
    case IdentityMode::SystemAssignedIdentity: return QStringLiteral("systemAssignedIdentity");
    case IdentityMode::WorkloadIdentity: return QStringLiteral("workloadIdentity");
    case IdentityMode::IdentityBinding: return QStringLiteral("identityBinding");
    case IdentityMode::Conflicting: return QStringLiteral("conflicting");
    case IdentityMode::Unknown: break;
    }
    return QStringLiteral("unknown");
}

QString identityModeDisplayName(IdentityMode mode)
{
    switch (mode) {
    case IdentityMode::ServicePrincipal: return CoreTr::tr("Service principal (nodePublishSecretRef)");
    case IdentityMode::PodIdentity: return CoreTr::tr("AAD pod identity (NMI, deprecated)");
    case IdentityMode::UserAssignedIdentity: return CoreTr::tr("User-assigned managed identity");
    case IdentityMode::SystemAssignedIdentity: return CoreTr::tr("System-assigned managed identity");
    case IdentityMode::WorkloadIdentity: return CoreTr::tr("Workload identity");
    case IdentityMode::IdentityBinding: return CoreTr::tr("Identity binding (Azure token proxy)");
    case IdentityMode::Conflicting: return CoreTr::tr("Conflicting identity settings");
    case IdentityMode::Unknown: break;
    }
    return CoreTr::tr("Unknown");
}

QString SecretProviderClassInfo::tenantId() const
{
    const QString upper = parameters.value(QStringLiteral("tenantID"));
    return upper.isEmpty() ? parameters.value(QStringLiteral("tenantId")) : upper;
}

QString SecretProviderClassInfo::cloudName() const
{
    const QString cloud = parameters.value(QStringLiteral("cloudName")).trimmed();
    return cloud.isEmpty() ? QStringLiteral("AzurePublicCloud") : cloud;
}

IdentityMode SecretProviderClassInfo::identityMode(const QString &nodePublishSecretRef) const
{
    const bool podIdentity = goParseBool(parameters.value(QStringLiteral("usePodIdentity")));
    const bool vmIdentity = goParseBool(parameters.value(QStringLiteral("useVMManagedIdentity")));
    const bool tokenProxy = goParseBool(parameters.value(QStringLiteral("useAzureTokenProxy")));
    if (int(podIdentity) + int(vmIdentity) + int(tokenProxy) > 1)
        return IdentityMode::Conflicting;
    if (podIdentity)
        return IdentityMode::PodIdentity;
    if (vmIdentity)
        return parameters.value(QStringLiteral("userAssignedIdentityID")).isEmpty()
                   ? IdentityMode::SystemAssignedIdentity
                   : IdentityMode::UserAssignedIdentity;
    if (tokenProxy)
        return IdentityMode::IdentityBinding;
    if (!nodePublishSecretRef.isEmpty())
        return IdentityMode::ServicePrincipal;
    if (!parameters.value(QStringLiteral("clientID")).isEmpty())
        return IdentityMode::WorkloadIdentity;
    return IdentityMode::Unknown;
}

QStringList SecretProviderClassInfo::validationProblems() const
{
    QStringList problems;
    if (!provider.isEmpty() && provider != QLatin1String("azure"))
        problems << CoreTr::tr("spec.provider is \"%1\", not \"azure\"").arg(provider);
    if (keyvaultName().isEmpty())
        problems << CoreTr::tr("keyvaultName is not set");
    else if (!isValidKeyVaultName(keyvaultName()))
        problems << CoreTr::tr("keyvaultName \"%1\" is not a valid Key Vault name (3-24 letters, digits and dashes)")
                        .arg(keyvaultName());
    if (tenantId().isEmpty())
        problems << CoreTr::tr("tenantID is not set");
    if (!objectsError.isEmpty())
        problems << objectsError;
    else if (parameters.value(QStringLiteral("objects")).trimmed().isEmpty())
        problems << CoreTr::tr("objects is not set");
    else if (objects.isEmpty())
        problems << CoreTr::tr("objects array is empty");
    for (const auto &object : objects) {
        if (object.objectName.isEmpty())
            problems << CoreTr::tr("an entry of objects has no objectName");
        else if (!QStringList{QStringLiteral("secret"), QStringLiteral("key"), QStringLiteral("cert")}.contains(object.objectType))
            problems << CoreTr::tr("object \"%1\" has objectType \"%2\" (must be secret, key or cert)")
                            .arg(object.objectName, object.objectType);
    }
    if (identityMode() == IdentityMode::Conflicting)
        problems << CoreTr::tr("more than one identity mode is switched on (usePodIdentity, useVMManagedIdentity, useAzureTokenProxy)");
    if (goParseBool(parameters.value(QStringLiteral("useAzureTokenProxy"))) && parameters.value(QStringLiteral("clientID")).isEmpty())
        problems << CoreTr::tr("useAzureTokenProxy needs clientID");
    return problems;
}

SecretProviderClassInfo parseSecretProviderClass(const QJsonObject &object)
{
    SecretProviderClassInfo spc;
    const QJsonObject metadata = object.value(QLatin1String("metadata")).toObject();
    const QJsonObject spec = object.value(QLatin1String("spec")).toObject();
    spc.namespaceName = str(metadata, QLatin1String("namespace"));
    spc.name = str(metadata, QLatin1String("name"));
    spc.provider = str(spec, QLatin1String("provider"));
    spc.parameters = stringMap(spec.value(QLatin1String("parameters")).toObject());
    for (const auto &secretObject : spec.value(QLatin1String("secretObjects")).toArray())
        spc.secretObjectNames << secretObject.toObject().value(QLatin1String("secretName")).toString();
    parseObjects(spc);
    return spc;
}

SecretProviderClassPodStatusInfo parseSecretProviderClassPodStatus(const QJsonObject &object)
{
    SecretProviderClassPodStatusInfo info;
    const QJsonObject metadata = object.value(QLatin1String("metadata")).toObject();
    const QJsonObject status = object.value(QLatin1String("status")).toObject();
    info.namespaceName = str(metadata, QLatin1String("namespace"));
    info.name = str(metadata, QLatin1String("name"));
    info.podName = str(status, QLatin1String("podName"));
    info.secretProviderClassName = str(status, QLatin1String("secretProviderClassName"));
    info.nodeName = str(metadata.value(QLatin1String("labels")).toObject(), QLatin1String("internal.secrets-store.csi.k8s.io/node-name"));
    info.mounted = status.value(QLatin1String("mounted")).toBool();
    return info;
}

CsiDriverInfo parseCsiDriver(const QJsonObject &object)
{
    CsiDriverInfo info;
    const QJsonObject spec = object.value(QLatin1String("spec")).toObject();
    info.name = str(object.value(QLatin1String("metadata")).toObject(), QLatin1String("name"));
    info.podInfoOnMount = spec.value(QLatin1String("podInfoOnMount")).toBool();
    info.requiresRepublish = spec.value(QLatin1String("requiresRepublish")).toBool();
    for (const auto &request : spec.value(QLatin1String("tokenRequests")).toArray())
        info.tokenAudiences << request.toObject().value(QLatin1String("audience")).toString();
    return info;
}

DaemonSetInfo parseDaemonSet(const QJsonObject &object)
{
    DaemonSetInfo info;
    const QJsonObject metadata = object.value(QLatin1String("metadata")).toObject();
    const QJsonObject spec = object.value(QLatin1String("spec")).toObject();
    const QJsonObject status = object.value(QLatin1String("status")).toObject();
    info.namespaceName = str(metadata, QLatin1String("namespace"));
    info.name = str(metadata, QLatin1String("name"));
    info.selector = stringMap(spec.value(QLatin1String("selector")).toObject().value(QLatin1String("matchLabels")).toObject());
    const QJsonObject podSpec = spec.value(QLatin1String("template")).toObject().value(QLatin1String("spec")).toObject();
    info.nodeSelector = stringMap(podSpec.value(QLatin1String("nodeSelector")).toObject());
    for (const auto &container : podSpec.value(QLatin1String("containers")).toArray())
        info.images << container.toObject().value(QLatin1String("image")).toString();
    info.desired = status.value(QLatin1String("desiredNumberScheduled")).toInt();
    info.current = status.value(QLatin1String("currentNumberScheduled")).toInt();
    info.ready = status.value(QLatin1String("numberReady")).toInt();
    info.available = status.value(QLatin1String("numberAvailable")).toInt();
    info.updated = status.value(QLatin1String("updatedNumberScheduled")).toInt();
    info.misscheduled = status.value(QLatin1String("numberMisscheduled")).toInt();
    return info;
}

bool isValidKeyVaultName(const QString &name)
{
    static const QRegularExpression pattern(QStringLiteral("^[-A-Za-z0-9]{3,24}$"));
    return pattern.match(name).hasMatch();
}

QString imageTag(const QString &image)
{
    const qsizetype at = image.indexOf(QLatin1Char('@'));
    const QString withoutDigest = at >= 0 ? image.left(at) : image;
    const qsizetype slash = withoutDigest.lastIndexOf(QLatin1Char('/'));
    const qsizetype colon = withoutDigest.lastIndexOf(QLatin1Char(':'));
    return colon > slash ? withoutDigest.mid(colon + 1) : QString();
}

} // namespace kvd
