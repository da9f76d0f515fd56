// SPDX-License-Identifier: MIT
#pragma once

// Scenario definitions: what each simulated AKS cluster contains and which failure it shows.

#include "sim/clustermodel.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace kvd::sim {

struct SimulatorOptions;

// One application that mounts a secrets-store volume, as the driver/provider logs need it.
struct MountedApp
{
    QString ns;
    QString pod;
    QString podUid;
    QString node;
    QString spc;
    QString keyvault;
    QStringList objects;
    QString identity; // workload | vmmi | podidentity | sp
    QString clientId;
    QDateTime created;
    bool failing = false;
    bool spcMissing = false;
};

class Scenario
{
public:
    QString name;
    QString description;
    bool helmInstall = false;       // upstream Helm chart names instead of the AKS add-on
    QString tenantId = QStringLiteral("8d3c4f1e-5a2b-4e7d-9c6f-1b2a3c4d5e6f");
    QString subscriptionId = QStringLiteral("6f2c5e1a-3b8d-4c1e-9a27-5d0b4e8f7c31");
    QString clusterResourceGroup = QStringLiteral("MC_rg-contoso-prod_aks-contoso-prod_eastus");
    QString addonIdentityClientId = QStringLiteral("3f9a2c71-8e4b-4d0a-b6c5-2e1f7a9d4c83");
    QString oidcIssuer = QStringLiteral("https://eastus.oic.prod-aks.azure.com/8d3c4f1e-5a2b-4e7d-9c6f-1b2a3c4d5e6f/b71f0a2c-6d3e-4c89-a1f4-93e5d2c7b608/");
    QString failingNamespace = QStringLiteral("payments");
    QString failingVault = QStringLiteral("kv-payments-prod");
    QString failingObject = QStringLiteral("db-password");
    QString failingClientId;
    QString crashNode;      // provider-crashloop: node whose provider pod crashes
    QString driverlessNode; // driver-missing-on-node: tainted node without a driver pod

    static QList<QPair<QString, QString>> catalogue(); // name, one-line description
    static bool isKnown(const QString &name);

    // The provider's error text for a failing mount (the part after "error: " in the kubelet event).
    QString providerError(const MountedApp &app, const QDateTime &when) const;
    // The kubelet FailedMount event message for a failing pod.
    QString failedMountMessage(const MountedApp &app, const QDateTime &when) const;
    // The driver's E-line text for a failing mount.
    QString driverError(const MountedApp &app, const QDateTime &when) const;
};

// Fills `model` with the scenario's cluster; false with a message when the options are impossible.
bool buildCluster(ClusterModel &model, Scenario &scenario, const SimulatorOptions &options, QString *error);

// Applications that mount a secrets-store volume on `node` (all nodes when empty).
QList<MountedApp> mountedApps(const ClusterModel &model, const Scenario &scenario, const QString &node);

} // namespace kvd::sim
