// SPDX-License-Identifier: MIT
#pragma once

// Compact inventories for the core and model tests: a few nodes with driver, provider and app pods.
#include "core/inventory.h"

#include <QTimeZone>

namespace kvd::fixture {

inline KubeNode node(const QString &name, bool ready = true, const QString &os = QStringLiteral("linux"))
{
    KubeNode n;
    n.name = name;
    n.os = os;
    n.agentPool = name.section(QLatin1Char('-'), 1, 1);
    n.ready = ready ? ConditionStatus::True : ConditionStatus::False;
    return n;
}

inline KubeContainerStatus running(const QString &name, const QString &image)
{
    KubeContainerStatus c;
    c.name = name;
    c.image = image;
    c.ready = true;
    c.state = KubeContainerStatus::State::Running;
    return c;
}

inline KubePod daemonPod(const QString &app, const QString &name, const QString &nodeName, const QString &image)
{
    KubePod p;
    p.namespaceName = QStringLiteral("kube-system");
    p.name = name;
    p.nodeName = nodeName;
    p.labels.insert(QStringLiteral("app"), app);
    p.phase = QStringLiteral("Running");
    p.ready = ConditionStatus::True;
    p.containers << running(app == QLatin1String("secrets-store-csi-driver") ? QStringLiteral("secrets-store")
                                                                             : QStringLiteral("provider-azure-installer"),
                            image);
    return p;
}

inline KubePod driver(const QString &nodeName)
{
    return daemonPod(QStringLiteral("secrets-store-csi-driver"), QStringLiteral("csi-secrets-store-") + nodeName.right(1), nodeName,
                     QStringLiteral("mcr.microsoft.com/oss/kubernetes-csi/secrets-store/driver:v1.4.4"));
}

inline KubePod provider(const QString &nodeName)
{
    return daemonPod(QStringLiteral("secrets-store-provider-azure"), QStringLiteral("aks-secrets-store-provider-azure-") + nodeName.right(1),
                     nodeName, QStringLiteral("mcr.microsoft.com/oss/azure/secrets-store/provider-azure:v1.5.3"));
}

inline KubePod app(const QString &ns, const QString &name, const QString &nodeName, const QString &spc, bool ready = true)
{
    KubePod p;
    p.namespaceName = ns;
    p.name = name;
    p.nodeName = nodeName;
    p.phase = ready ? QStringLiteral("Running") : QStringLiteral("Pending");
    p.ready = ready ? ConditionStatus::True : ConditionStatus::False;
    KubeContainerStatus c = running(QStringLiteral("web"), QStringLiteral("nginx:1.27"));
    if (!ready) {
        c.ready = false;
        c.state = KubeContainerStatus::State::Waiting;
        c.reason = QStringLiteral("ContainerCreating");
    }
    p.containers << c;
    p.secretsStoreVolumes << KubeSecretsStoreVolume{QStringLiteral("secrets-store-inline"), spc, {}, true};
    return p;
}

inline SecretProviderClassInfo spc(const QString &ns, const QString &name)
{
    SecretProviderClassInfo s;
    s.namespaceName = ns;
    s.name = name;
    s.provider = QStringLiteral("azure");
    s.parameters = {{QStringLiteral("keyvaultName"), QStringLiteral("shop-kv")},
                    {QStringLiteral("tenantId"), QStringLiteral("00000000-0000-0000-0000-000000000001")},
                    {QStringLiteral("useVMManagedIdentity"), QStringLiteral("true")},
                    {QStringLiteral("userAssignedIdentityID"), QStringLiteral("11111111-2222-3333-4444-555555555555")},
                    {QStringLiteral("objects"), QStringLiteral("array:\n  - |\n    objectName: db-password\n    objectType: secret\n")}};
    s.objects << KeyVaultObjectSpec{QStringLiteral("db-password"), QStringLiteral("secret"), {}, {}};
    return s;
}

inline KubeEvent failedMount(const QString &ns, const QString &pod, const QString &message)
{
    KubeEvent e;
    e.namespaceName = ns;
    e.involvedObject = {QStringLiteral("Pod"), ns, pod, {}, {}};
    e.reason = QStringLiteral("FailedMount");
    e.type = QStringLiteral("Warning");
    e.message = message;
    e.count = 4;
    e.lastTimestamp = QDateTime(QDate(2026, 11, 28), QTime(10, 0), QTimeZone::UTC);
    return e;
}

// aks-system-0 (driver, provider, no apps), aks-shop-1 (2 shop apps, one mounting), aks-shop-2
// (driver missing, 1 billing app), aks-gpu-3 (NotReady, no daemon pods, no apps).
inline Inventory sampleInventory()
{
    InventoryInput in;
    in.nodes << node(QStringLiteral("aks-system-0")) << node(QStringLiteral("aks-shop-1")) << node(QStringLiteral("aks-shop-2"))
             << node(QStringLiteral("aks-gpu-3"), false);
    in.pods << driver(QStringLiteral("aks-system-0")) << provider(QStringLiteral("aks-system-0"))
            << driver(QStringLiteral("aks-shop-1")) << provider(QStringLiteral("aks-shop-1")) << provider(QStringLiteral("aks-shop-2"))
            << app(QStringLiteral("shop"), QStringLiteral("web-1"), QStringLiteral("aks-shop-1"), QStringLiteral("kv"))
            << app(QStringLiteral("shop"), QStringLiteral("cart-2"), QStringLiteral("aks-shop-1"), QStringLiteral("kv"), false)
            << app(QStringLiteral("billing"), QStringLiteral("invoice-3"), QStringLiteral("aks-shop-2"), QStringLiteral("bill"));
    in.events << failedMount(QStringLiteral("shop"), QStringLiteral("cart-2"), QStringLiteral("MountVolume.SetUp failed"));
    in.secretProviderClasses << spc(QStringLiteral("shop"), QStringLiteral("kv")) << spc(QStringLiteral("billing"), QStringLiteral("bill"));
    in.csiDriver = CsiDriverInfo{QStringLiteral("secrets-store.csi.k8s.io"), true, false, {}};
    return buildInventory(in);
}

} // namespace kvd::fixture
