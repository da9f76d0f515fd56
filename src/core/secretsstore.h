// SPDX-License-Identifier: MIT
#pragma once

// The Secrets Store CSI objects kvdoctor reads (SecretProviderClass, its pod statuses, the
// CSIDriver, the DaemonSets) in compact form, and the rules derived from them (identity mode,
// cloud, names). Parsed from JSON objects: these lists are short, unlike pods.

#include "core/kubeobjects.h"

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace kvd {

// How the Azure provider gets its token (see ../shared/reference/azure.md §1.1).
enum class IdentityMode {
    Unknown,
    ServicePrincipal,        // nodePublishSecretRef with clientid/clientsecret
    PodIdentity,             // usePodIdentity: aad-pod-identity (NMI), deprecated
    UserAssignedIdentity,    // useVMManagedIdentity + userAssignedIdentityID (incl. AKS add-on identity)
    SystemAssignedIdentity,  // useVMManagedIdentity without userAssignedIdentityID
    WorkloadIdentity,        // clientID + service account token for api://AzureADTokenExchange
    IdentityBinding,         // useAzureTokenProxy + clientID (AKS identity binding)
    Conflicting,             // more than one mode switched on
};
QString identityModeId(IdentityMode mode);          // "servicePrincipal", "podIdentity", ...
QString identityModeDisplayName(IdentityMode mode); // translated

struct KeyVaultObjectSpec
{
    QString objectName;
    QString objectType; // secret, key, cert
    QString objectVersion;
    QString objectAlias;
    bool operator==(const KeyVaultObjectSpec &) const = default;
};

struct SecretProviderClassInfo
{
    QString namespaceName;
    QString name;
    QString provider;                 // spec.provider ("azure")
    QMap<QString, QString> parameters; // spec.parameters (all strings)
    QList<KeyVaultObjectSpec> objects; // parsed from parameters.objects
    QString objectsError;             // why parameters.objects could not be read
    QStringList secretObjectNames;    // spec.secretObjects[].secretName

    QString keyvaultName() const { return parameters.value(QStringLiteral("keyvaultName")); }
    // tenantID wins; tenantId is the deprecated spelling the provider still reads.
    QString tenantId() const;
    QString cloudName() const; // AzurePublicCloud when empty
    // The mode from the parameters alone; ServicePrincipal vs WorkloadIdentity needs the pod
    // volume (nodePublishSecretRef), see identityModeFor().
    IdentityMode identityMode(const QString &nodePublishSecretRef = {}) const;
    // Problems visible without talking to Azure: missing keyvaultName/tenantId/objects,
    // invalid vault name, conflicting identity switches, ...
    QStringList validationProblems() const;
};

struct SecretProviderClassPodStatusInfo
{
    QString namespaceName;
    QString name;
    QString podName;
    QString secretProviderClassName;
    QString nodeName;
    bool mounted = false;
};

struct CsiDriverInfo
{
    QString name;
    bool podInfoOnMount = false;
    bool requiresRepublish = false;
    QStringList tokenAudiences; // spec.tokenRequests[].audience
};

struct DaemonSetInfo
{
    QString namespaceName;
    QString name;
    QMap<QString, QString> selector; // spec.selector.matchLabels
    QMap<QString, QString> nodeSelector;
    QStringList images;
    int desired = 0;   // status.desiredNumberScheduled
    int current = 0;   // status.currentNumberScheduled
    int ready = 0;     // status.numberReady
    int available = 0; // status.numberAvailable
    int updated = 0;   // status.updatedNumberScheduled
    int misscheduled = 0;
    bool fullyReady() const { return desired > 0 && ready == desired; }
};

SecretProviderClassInfo parseSecretProviderClass(const QJsonObject &object);
SecretProviderClassPodStatusInfo parseSecretProviderClassPodStatus(const QJsonObject &object);
CsiDriverInfo parseCsiDriver(const QJsonObject &object);
DaemonSetInfo parseDaemonSet(const QJsonObject &object);

// Key Vault name rule of the provider: 3-24 characters of [-A-Za-z0-9].
bool isValidKeyVaultName(const QString &name);
// The version part of an image reference: "mcr.microsoft.com/x/y:v1.5.3" → "v1.5.3".
QString imageTag(const QString &image);

} // namespace kvd
