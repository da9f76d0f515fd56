// SPDX-License-Identifier: MIT
#include "sim/scenario.h"

#include "sim/simulatedcluster.h"
#include "sim/simutil.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace kvd::sim {

namespace {

// A Deployment or DaemonSet with its pod template; pods are made from it per node.
struct Workload
{
    QString ns;
    QString name;
    bool daemonSet = false;
    bool windows = false;
    int replicas = 1;
    QJsonObject selector;
    QJsonObject podLabels;
    QList<ContainerParams> containers;
    QJsonArray volumes;
    QJsonArray tolerations;
    bool tolerateAll = false;
    bool hostNetwork = false;
    QString serviceAccount = u"default"_s;
    QString priorityClass;
    QDateTime created;
    QDateTime podsCreated;
    QString spc; // mounts a secrets-store CSI volume using this SecretProviderClass
    QStringList poolNames; // nodes the pods may run on (deployments); empty = system pool
    QString rsHash;
    QString apiVersion() const { return u"apps/v1"_s; }
    QString kind() const { return daemonSet ? u"DaemonSet"_s : u"Deployment"_s; }
    QString uid() const { return uidFor(kind() + ns + u'/' + name); }
};

ContainerParams container(const QString &name, const QString &image, const QStringList &args = {})
{
    ContainerParams c;
    c.name = name;
    c.image = image;
    c.args = args;
    c.resources = QJsonObject{{u"requests"_s, QJsonObject{{u"cpu"_s, u"10m"_s}, {u"memory"_s, u"20Mi"_s}}},
                              {u"limits"_s, QJsonObject{{u"memory"_s, u"200Mi"_s}}}};
    return c;
}

QJsonObject csiVolume(const QString &spc, bool withSecretRef)
{
    QJsonObject csi{{u"driver"_s, u"secrets-store.csi.k8s.io"_s}, {u"readOnly"_s, true},
                    {u"volumeAttributes"_s, QJsonObject{{u"secretProviderClass"_s, spc}}}};
    if (withSecretRef)
        csi.insert(u"nodePublishSecretRef"_s, QJsonObject{{u"name"_s, u"secrets-store-creds"_s}});
    return QJsonObject{{u"name"_s, u"secrets-store-inline"_s}, {u"csi"_s, csi}};
}

QJsonObject hostPath(const QString &name, const QString &path, const QString &type = {})
{
    QJsonObject hp{{u"path"_s, path}};
    if (!type.isEmpty())
        hp.insert(u"type"_s, type);
    return QJsonObject{{u"name"_s, name}, {u"hostPath"_s, hp}};
}

QJsonObject mount(const QString &name, const QString &path, bool readOnly = false)
{
    QJsonObject m{{u"name"_s, name}, {u"mountPath"_s, path}};
    if (readOnly)
        m.insert(u"readOnly"_s, true);
    return m;
}

const QString kImageRegistrar = u"mcr.microsoft.com/oss/kubernetes-csi/csi-node-driver-registrar:v2.12.0"_s;
const QString kImageLiveness = u"mcr.microsoft.com/oss/kubernetes-csi/livenessprobe:v2.14.0"_s;
const QString kImageDriver = u"mcr.microsoft.com/oss/kubernetes-csi/secrets-store/driver:v1.4.6"_s;
const QString kImageProvider = u"mcr.microsoft.com/oss/azure/secrets-store/provider-azure:v1.6.0"_s;

class Builder
{
public:
    Builder(ClusterModel &m, Scenario &s) : model(m), sc(s) {}

    ClusterModel &model;
    Scenario &sc;
    QList<NodeParams> nodeParams;
    QList<Workload> workloads;
    int podCounter = 0;

    QDateTime ago(qint64 seconds) const { return model.now.addSecs(-seconds); }

    void addNode(const QString &pool, int index, const QString &mode, bool windows, int ipSuffix, qint64 ageSecs,
                 const QJsonArray &taints = {})
    {
        NodeParams n;
        n.pool = pool;
        n.index = index;
        n.mode = mode;
        n.windows = windows;
        n.name = windows ? QString(u"aks"_s + pool + QString::number(index, 36).rightJustified(6, u'0'))
                         : QString(u"aks-"_s + pool + u"-38291746-vmss"_s + QString::number(index, 36).rightJustified(6, u'0'));
        n.internalIP = u"10.224.%1.%2"_s.arg(ipSuffix / 250).arg(4 + ipSuffix % 250);
        const int nodeNo = model.nodes.size();
        n.podCidr = u"10.244.%1.0/24"_s.arg(nodeNo);
        n.zone = 1 + index % 3;
        n.created = ago(ageSecs + (index * 37) % 300);
        n.taints = taints;
        n.vmSize = windows ? u"Standard_D4s_v3"_s : (mode == u"system"_s ? u"Standard_D4ds_v5"_s : u"Standard_D8ds_v5"_s);
        NodeInfo info;
        info.name = n.name;
        info.ip = n.internalIP;
        info.pool = pool;
        info.windows = windows;
        info.podCidrPrefix = u"10.244.%1."_s.arg(nodeNo);
        model.nodes.append(info);
        nodeParams.append(n);
    }

    QJsonObject nodeLabelsFor(int i) const
    {
        return makeNode(nodeParams.at(i), sc.clusterResourceGroup).value(u"metadata"_s).toObject().value(u"labels"_s).toObject();
    }

    bool tolerates(const Workload &w, const NodeParams &n) const
    {
        if (w.tolerateAll)
            return true;
        for (const QJsonValue &t : n.taints) {
            const QJsonObject taint = t.toObject();
            bool ok = false;
            for (const QJsonValue &tv : w.tolerations) {
                const QJsonObject tol = tv.toObject();
                if (tol.value(u"key"_s).toString() == taint.value(u"key"_s).toString()
                    && (tol.value(u"operator"_s).toString() == u"Exists"_s
                        || tol.value(u"value"_s).toString() == taint.value(u"value"_s).toString()))
                    ok = true;
            }
            if (!ok)
                return false;
        }
        return true;
    }

    bool runsOn(const Workload &w, const NodeParams &n) const
    {
        if (w.windows != n.windows)
            return false;
        return tolerates(w, n);
    }

    PodParams podParams(const Workload &w) const
    {
        PodParams p;
        p.ns = w.ns;
        p.labels = w.podLabels;
        p.ownerApiVersion = w.apiVersion();
        if (w.daemonSet) {
            p.ownerKind = u"DaemonSet"_s;
            p.ownerName = w.name;
            p.ownerUid = w.uid();
            p.labels.insert(u"controller-revision-hash"_s, nameSuffix(hashOf(w.name), 9).replace(u'b', u'5'));
            p.labels.insert(u"pod-template-generation"_s, u"1"_s);
            p.generateName = w.name + u'-';
        } else {
            p.ownerKind = u"ReplicaSet"_s;
            p.ownerName = w.name + u'-' + w.rsHash;
            p.ownerUid = uidFor(u"ReplicaSet"_s + w.ns + p.ownerName);
            p.labels.insert(u"pod-template-hash"_s, w.rsHash);
            p.generateName = p.ownerName + u'-';
        }
        p.containers = w.containers;
        p.volumes = w.volumes;
        if (!w.spc.isEmpty())
            p.volumes.prepend(csiVolume(w.spc, w.ns == sc.failingNamespace && sc.name == u"sp-invalid-secret"_s));
        QJsonArray tolerations = w.tolerations;
        if (w.tolerateAll)
            tolerations = QJsonArray{QJsonObject{{u"operator"_s, u"Exists"_s}}};
        if (w.daemonSet) {
            for (const QString &key : {u"node.kubernetes.io/not-ready"_s, u"node.kubernetes.io/unreachable"_s,
                                       u"node.kubernetes.io/disk-pressure"_s, u"node.kubernetes.io/memory-pressure"_s,
                                       u"node.kubernetes.io/pid-pressure"_s, u"node.kubernetes.io/unschedulable"_s}) {
                tolerations.append(QJsonObject{{u"key"_s, key}, {u"operator"_s, u"Exists"_s},
                                               {u"effect"_s, key.endsWith(u"ready"_s) || key.endsWith(u"unreachable"_s) ? u"NoExecute"_s : u"NoSchedule"_s}});
            }
        }
        p.tolerations = tolerations;
        p.nodeSelector = QJsonObject{{u"kubernetes.io/os"_s, w.windows ? u"windows"_s : u"linux"_s}};
        p.hostNetwork = w.hostNetwork;
        if (w.hostNetwork)
            p.dnsPolicy = u"ClusterFirstWithHostNet"_s;
        p.serviceAccount = w.serviceAccount;
        p.priorityClassName = w.priorityClass;
        p.created = w.podsCreated.isValid() ? w.podsCreated : w.created.addSecs(20);
        for (ContainerParams &c : p.containers)
            c.startedAt = p.created.addSecs(5);
        return p;
    }

    void finishPod(PodParams &p, const Workload &w, int nodeIndex, int ordinal)
    {
        const NodeInfo &n = model.nodes.at(nodeIndex);
        const quint64 seed = hashOf(w.ns + w.name) + quint64(ordinal) * 7919;
        p.name = p.generateName + nameSuffix(seed, 5);
        p.nodeName = n.name;
        p.hostIP = n.ip;
        p.podIP = w.hostNetwork ? n.ip : n.podCidrPrefix + QString::number(10 + (++podCounter % 240));
        if (w.daemonSet) {
            p.affinity = QJsonObject{{u"nodeAffinity"_s, QJsonObject{{u"requiredDuringSchedulingIgnoredDuringExecution"_s,
                QJsonObject{{u"nodeSelectorTerms"_s, QJsonArray{QJsonObject{{u"matchFields"_s, QJsonArray{QJsonObject{
                    {u"key"_s, u"metadata.name"_s}, {u"operator"_s, u"In"_s}, {u"values"_s, QJsonArray{n.name}}}}}}}}}}}}};
            const QDateTime nodeCreated = nodeParams.at(nodeIndex).created.addSecs(25);
            if (nodeCreated > p.created)
                p.created = nodeCreated;
            for (ContainerParams &c : p.containers)
                c.startedAt = p.created.addSecs(6);
        }
        p.startTime = p.created;
    }

    void storeWorkloadObject(const Workload &w, int desired, int ready)
    {
        QJsonObject templ{{u"metadata"_s, QJsonObject{{u"labels"_s, w.podLabels}, {u"creationTimestamp"_s, QJsonValue::Null}}},
                          {u"spec"_s, makePod(podParams(w)).value(u"spec"_s).toObject()}};
        QJsonObject tspec = templ.value(u"spec"_s).toObject();
        tspec.remove(u"nodeName"_s);
        tspec.remove(u"affinity"_s);
        templ.insert(u"spec"_s, tspec);
        QJsonObject meta = makeMetadata(w.ns, w.name, w.created, w.podLabels,
                                        QJsonObject{{w.daemonSet ? u"deprecated.daemonset.template.generation"_s
                                                                 : u"deployment.kubernetes.io/revision"_s, u"1"_s}});
        meta.insert(u"uid"_s, w.uid());
        meta.insert(u"generation"_s, 1);
        QJsonObject spec{{u"selector"_s, QJsonObject{{u"matchLabels"_s, w.selector}}}, {u"template"_s, templ},
                         {u"revisionHistoryLimit"_s, 10}};
        QJsonObject status;
        if (w.daemonSet) {
            spec.insert(u"updateStrategy"_s, QJsonObject{{u"type"_s, u"RollingUpdate"_s},
                                                         {u"rollingUpdate"_s, QJsonObject{{u"maxSurge"_s, 0}, {u"maxUnavailable"_s, 1}}}});
            status = QJsonObject{{u"currentNumberScheduled"_s, desired}, {u"desiredNumberScheduled"_s, desired},
                                 {u"numberAvailable"_s, ready}, {u"numberMisscheduled"_s, 0}, {u"numberReady"_s, ready},
                                 {u"observedGeneration"_s, 1}, {u"updatedNumberScheduled"_s, desired}};
            if (desired > ready)
                status.insert(u"numberUnavailable"_s, desired - ready);
        } else {
            spec.insert(u"replicas"_s, desired);
            spec.insert(u"progressDeadlineSeconds"_s, 600);
            spec.insert(u"strategy"_s, QJsonObject{{u"type"_s, u"RollingUpdate"_s},
                                                   {u"rollingUpdate"_s, QJsonObject{{u"maxSurge"_s, u"25%"_s}, {u"maxUnavailable"_s, u"25%"_s}}}});
            status = QJsonObject{{u"observedGeneration"_s, 1}, {u"replicas"_s, desired}, {u"updatedReplicas"_s, desired},
                                 {u"readyReplicas"_s, ready}, {u"availableReplicas"_s, ready}};
            if (desired > ready)
                status.insert(u"unavailableReplicas"_s, desired - ready);
            status.insert(u"conditions"_s, QJsonArray{
                QJsonObject{{u"type"_s, u"Available"_s}, {u"status"_s, ready >= desired ? u"True"_s : u"False"_s},
                            {u"reason"_s, ready >= desired ? u"MinimumReplicasAvailable"_s : u"MinimumReplicasUnavailable"_s},
                            {u"message"_s, ready >= desired ? u"Deployment has minimum availability."_s : u"Deployment does not have minimum availability."_s},
                            {u"lastUpdateTime"_s, rfc3339(w.created.addSecs(30))}, {u"lastTransitionTime"_s, rfc3339(w.created.addSecs(30))}},
                QJsonObject{{u"type"_s, u"Progressing"_s}, {u"status"_s, u"True"_s}, {u"reason"_s, u"NewReplicaSetAvailable"_s},
                            {u"message"_s, u"ReplicaSet \"%1-%2\" has successfully progressed."_s.arg(w.name, w.rsHash)},
                            {u"lastUpdateTime"_s, rfc3339(w.created.addSecs(30))}, {u"lastTransitionTime"_s, rfc3339(w.created)}}});
        }
        const QJsonObject object{{u"kind"_s, w.kind()}, {u"apiVersion"_s, u"apps/v1"_s}, {u"metadata"_s, meta},
                                 {u"spec"_s, spec}, {u"status"_s, status}};
        model.append(*model.collection(u"apps"_s, w.daemonSet ? u"daemonsets"_s : u"deployments"_s), w.ns, w.name, object);
    }
};

struct ScenarioDef
{
    const char *name;
    const char *description;
};

const ScenarioDef kScenarios[] = {
    {"healthy", "Everything works: driver and provider on every node, all mounts succeed"},
    {"nmi-404", "aad-pod-identity NMI answers 404 (identity not assigned yet): mounts fail"},
    {"egress-blocked", "Outbound traffic to Key Vault and Entra ID is blocked: provider times out"},
    {"keyvault-403", "The workload identity has no RBAC role on the vault: 403 ForbiddenByRbac"},
    {"secret-not-found", "The SecretProviderClass names a secret that is not in the vault: SecretNotFound"},
    {"sp-invalid-secret", "Service principal mode with a wrong client secret: AADSTS7000215"},
    {"workload-identity-mismatch", "No federated credential matches the service account: AADSTS70021"},
    {"imds-identity-not-found", "userAssignedIdentityID is not assigned to the node pool: IMDS 'Identity not found'"},
    {"driver-missing-on-node", "A tainted node pool has no driver pod: driver name not found in registered CSI drivers"},
    {"provider-crashloop", "The Azure provider pod crash-loops on one node: mounts there fail"},
    {"spc-not-found", "An application references a SecretProviderClass that does not exist"},
};

QString traceIds(const QDateTime &when, quint64 seed)
{
    return u"Trace ID: %1\\r\\nCorrelation ID: %2\\r\\nTimestamp: %3"_s.arg(uidFor(QString::number(seed)),
                                                                          uidFor(QString::number(seed + 1)),
                                                                          when.toUTC().toString(u"yyyy-MM-dd HH:mm:ss'Z'"_s));
}

} // namespace

QList<QPair<QString, QString>> Scenario::catalogue()
{
    QList<QPair<QString, QString>> out;
    for (const ScenarioDef &d : kScenarios)
        out.append({QString::fromLatin1(d.name), QString::fromLatin1(d.description)});
    return out;
}

bool Scenario::isKnown(const QString &name)
{
    for (const ScenarioDef &d : kScenarios) {
        if (name == QLatin1String(d.name))
            return true;
    }
    return false;
}

QString Scenario::providerError(const MountedApp &app, const QDateTime &when) const
{
    const QString object = u"objectType:secret, objectName:%1, objectVersion:: "_s.arg(app.objects.value(0));
    const QString vaultUrl = u"https://%1.vault.azure.net/secrets/%2/"_s.arg(app.keyvault, app.objects.value(0));
    const quint64 seed = hashOf(app.pod) + quint64(when.toSecsSinceEpoch() / 60);
    if (name == u"nmi-404"_s) {
        return u"failed to get keyvault client: failed to get authorizer for keyvault client: nmi response failed with status code: 404, "
               "response body: getting assigned identities for pod %1/%2 in CREATED state failed after 16 attempts, retry duration [5]s, "
               "error: <nil>. Check MIC pod logs for identity assignment errors\n"_s.arg(app.ns, app.pod);
    }
    if (name == u"egress-blocked"_s)
        return u"failed to get "_s + object + u"keyvault.BaseClient#GetSecret: Failure sending request: StatusCode=0 -- Original Error: context deadline exceeded"_s;
    if (name == u"keyvault-403"_s) {
        return u"failed to get "_s + object
            + u"keyvault.BaseClient#GetSecret: Failure responding to request: StatusCode=403 -- Original Error: autorest/azure: Service returned an error. "
              "Status=403 Code=\"Forbidden\" Message=\"Caller is not authorized to perform action on resource.\\r\\nIf role assignments, deny assignments "
              "or role definitions were changed recently, please observe propagation time.\\r\\nCaller: appid=%1;oid=%2;iss=https://sts.windows.net/%3/\\r\\n"
              "Action: 'Microsoft.KeyVault/vaults/secrets/getSecret/action'\\r\\nResource: '/subscriptions/%4/resourcegroups/rg-payments-prod/providers/"
              "microsoft.keyvault/vaults/%5/secrets/%6'\\r\\nAssignment: (not found)\\r\\nDenyAssignmentId: null\\r\\nDecisionReason: null \\r\\n"
              "Vault: %5;location=eastus\\r\\n\" InnerError={\"code\":\"ForbiddenByRbac\"}"_s
                  .arg(app.clientId, uidFor(u"oid"_s + app.clientId), tenantId, subscriptionId, app.keyvault, app.objects.value(0));
    }
    if (name == u"secret-not-found"_s) {
        return u"failed to get "_s + object
            + u"keyvault.BaseClient#GetSecret: Failure responding to request: StatusCode=404 -- Original Error: autorest/azure: Service returned an error. "
              "Status=404 Code=\"SecretNotFound\" Message=\"A secret with (name/id) %1 was not found in this key vault. If you recently deleted this secret "
              "you may be able to recover it using the correct recovery command. For help resolving this issue, please see "
              "https://go.microsoft.com/fwlink/?linkid=2125182\""_s.arg(app.objects.value(0));
    }
    if (name == u"sp-invalid-secret"_s) {
        return u"failed to get "_s + object
            + u"azure.BearerAuthorizer#WithAuthorization: Failed to refresh the Token for request to %1?api-version=2016-10-01: StatusCode=401 -- "
              "Original Error: adal: Refresh request failed. Status Code = '401'. Response body: {\"error\":\"invalid_client\",\"error_description\":"
              "\"AADSTS7000215: Invalid client secret provided. Ensure the secret being sent in the request is the client secret value, not the client "
              "secret ID, for a secret added to app '%2'.\\r\\n%3\",\"error_codes\":[7000215],\"timestamp\":\"%4\",\"trace_id\":\"%5\","
              "\"correlation_id\":\"%6\",\"error_uri\":\"https://login.microsoftonline.com/error?code=7000215\"} Endpoint "
              "https://login.microsoftonline.com/%7/oauth2/token?api-version=1.0"_s
                  .arg(vaultUrl, app.clientId, traceIds(when, seed), when.toUTC().toString(u"yyyy-MM-dd HH:mm:ss'Z'"_s),
                       uidFor(QString::number(seed)), uidFor(QString::number(seed + 1)), tenantId);
    }
    if (name == u"workload-identity-mismatch"_s) {
        return u"failed to get keyvault client: failed to get authorizer for keyvault client: failed to acquire token: FromAssertion(): "
               "http call(https://login.microsoftonline.com/%1/oauth2/v2.0/token)(POST) error: reply status code was 400:\n"
               "{\"error\":\"invalid_request\",\"error_description\":\"AADSTS70021: No matching federated identity record found for presented "
               "assertion. Assertion Issuer: '%2'. Assertion Subject: 'system:serviceaccount:%3:%4'. Assertion Audience: "
               "'api://AzureADTokenExchange'. https://docs.microsoft.com/azure/active-directory/develop/workload-identity-federation "
               "%5\",\"error_codes\":[70021],\"timestamp\":\"%6\",\"trace_id\":\"%7\",\"correlation_id\":\"%8\","
               "\"error_uri\":\"https://login.microsoftonline.com/error?code=70021\"}"_s
            .arg(tenantId, oidcIssuer, app.ns, app.ns + u"-api"_s, traceIds(when, seed),
                 when.toUTC().toString(u"yyyy-MM-dd HH:mm:ss'Z'"_s), uidFor(QString::number(seed)), uidFor(QString::number(seed + 1)));
    }
    if (name == u"imds-identity-not-found"_s) {
        return u"failed to get keyvault client: failed to get authorizer for keyvault client: failed to get user assigned identity token: "
               "adal: Refresh request failed. Status Code = '400'. Response body: {\"error\":\"invalid_request\",\"error_description\":"
               "\"Identity not found\"} Endpoint http://169.254.169.254/metadata/identity/oauth2/token?api-version=2018-02-01&client_id=%1"
               "&resource=https%3A%2F%2Fvault.azure.net"_s.arg(app.clientId);
    }
    if (name == u"provider-crashloop"_s) {
        return u"rpc error: code = Unavailable desc = connection error: desc = \"transport: Error while dialing: dial unix "
               "/etc/kubernetes/secrets-store-csi-providers/azure.sock: connect: no such file or directory\""_s;
    }
    return {};
}

QString Scenario::driverError(const MountedApp &app, const QDateTime &when) const
{
    if (app.spcMissing) {
        return u"failed to get secretproviderclass %1/%2, error: SecretProviderClass.secrets-store.csi.x-k8s.io \"%2\" not found"_s
            .arg(app.ns, app.spc);
    }
    if (name == u"provider-crashloop"_s) {
        return u"failed to mount secrets store objects for pod %1/%2, err: "_s.arg(app.ns, app.pod) + providerError(app, when);
    }
    return u"failed to mount secrets store objects for pod %1/%2, err: rpc error: code = Unknown desc = failed to mount objects, error: "_s
               .arg(app.ns, app.pod)
        + providerError(app, when);
}

QString Scenario::failedMountMessage(const MountedApp &app, const QDateTime &when) const
{
    if (name == u"driver-missing-on-node"_s && app.node == driverlessNode) {
        return u"MountVolume.SetUp failed for volume \"secrets-store-inline\" : kubernetes.io/csi: mounter.SetUpAt failed to get CSI "
               "client: driver name secrets-store.csi.k8s.io not found in the list of registered CSI drivers"_s;
    }
    return u"MountVolume.SetUp failed for volume \"secrets-store-inline\" : rpc error: code = Unknown desc = "_s + driverError(app, when);
}

bool buildCluster(ClusterModel &model, Scenario &sc, const SimulatorOptions &options, QString *error)
{
    sc.name = options.scenario;
    for (const auto &[n, d] : Scenario::catalogue()) {
        if (n == sc.name)
            sc.description = d;
    }
    const bool helm = sc.name == u"sp-invalid-secret"_s || sc.name == u"provider-crashloop"_s || sc.name == u"driver-missing-on-node"_s;
    sc.helmInstall = helm;
    if (model.now.isNull())
        model.now = QDateTime::currentDateTimeUtc();
    Builder b(model, sc);
    constexpr qint64 day = 86400;

    // Nodes: a system pool, a user pool, a Windows pool (and a tainted GPU pool for driver-missing-on-node).
    b.addNode(u"nodepool1"_s, 0, u"system"_s, false, 0, 41 * day);
    b.addNode(u"nodepool1"_s, 1, u"system"_s, false, 1, 41 * day);
    b.addNode(u"userpool"_s, 0, u"user"_s, false, 29, 9 * day);
    b.addNode(u"userpool"_s, 1, u"user"_s, false, 30, 9 * day);
    b.addNode(u"npwin"_s, 0, u"user"_s, true, 58, 9 * day);
    if (sc.name == u"driver-missing-on-node"_s) {
        b.addNode(u"gpupool"_s, 0, u"user"_s, false, 87, 2 * day,
                  QJsonArray{QJsonObject{{u"key"_s, u"sku"_s}, {u"value"_s, u"gpu"_s}, {u"effect"_s, u"NoSchedule"_s}}});
        sc.driverlessNode = model.nodes.last().name;
    }
    if (sc.name == u"provider-crashloop"_s)
        sc.crashNode = model.nodes.at(3).name;

    // Scale: extra Linux user pools of up to 1000 nodes each.
    const int baseNodes = model.nodes.size();
    const int wantedNodes = qMax(options.nodes, baseNodes);
    if (options.nodes > 0 && options.nodes < baseNodes) {
        *error = u"--nodes must be at least %1 for scenario %2"_s.arg(baseNodes).arg(sc.name);
        return false;
    }
    if (wantedNodes > 5000) {
        *error = u"--nodes is limited to 5000"_s;
        return false;
    }
    for (int i = baseNodes; i < wantedNodes; ++i) {
        const int extra = i - baseNodes;
        b.addNode(u"pool%1"_s.arg(extra / 1000 + 1, 2, 10, QLatin1Char('0')), extra % 1000, u"user"_s, false, 120 + extra, 5 * day);
    }
    for (int i = 0; i < b.nodeParams.size(); ++i) {
        NodeParams &n = b.nodeParams[i];
        n.secretsStoreRegistered = n.name != sc.driverlessNode;
    }

    // Namespaces.
    QStringList namespaces{u"default"_s, u"kube-node-lease"_s, u"kube-public"_s, u"kube-system"_s,
                           u"payments"_s, u"orders"_s, u"storefront"_s, u"billing"_s};
    if (sc.name == u"driver-missing-on-node"_s)
        namespaces.append(u"ml"_s);

    // --- kube-system DaemonSets ---------------------------------------------------------------
    const QString driverDs = helm ? u"csi-secrets-store-provider-azure-secrets-store-csi-driver"_s : u"aks-secrets-store-csi-driver"_s;
    const QString providerDs = helm ? u"csi-secrets-store-provider-azure"_s : u"aks-secrets-store-provider-azure"_s;
    const QString providerApp = helm ? u"csi-secrets-store-provider-azure"_s : u"secrets-store-provider-azure"_s;
    auto systemDs = [&](const QString &name, const QJsonObject &labels, const QList<ContainerParams> &containers, bool windows,
                        bool hostNet, const QString &priority) {
        Workload w;
        w.ns = u"kube-system"_s;
        w.name = name;
        w.daemonSet = true;
        w.windows = windows;
        w.selector = labels;
        w.podLabels = labels;
        w.containers = containers;
        w.tolerateAll = true;
        w.hostNetwork = hostNet;
        w.priorityClass = priority;
        w.serviceAccount = name;
        w.created = b.ago(41 * day);
        return w;
    };
    b.workloads.append(systemDs(u"kube-proxy"_s, {{u"component"_s, u"kube-proxy"_s}, {u"tier"_s, u"node"_s}},
                                {container(u"kube-proxy"_s, u"mcr.microsoft.com/oss/kubernetes/kube-proxy:v1.31.2-hotfix.20241014"_s)},
                                false, true, u"system-node-critical"_s));
    b.workloads.append(systemDs(u"azure-ip-masq-agent"_s, {{u"k8s-app"_s, u"azure-ip-masq-agent"_s}, {u"tier"_s, u"node"_s}},
                                {container(u"azure-ip-masq-agent"_s, u"mcr.microsoft.com/aks/ip-masq-agent-v2:v0.1.14"_s)},
                                false, true, u"system-node-critical"_s));
    b.workloads.append(systemDs(u"cloud-node-manager"_s, {{u"k8s-app"_s, u"cloud-node-manager"_s}},
                                {container(u"cloud-node-manager"_s, u"mcr.microsoft.com/oss/kubernetes/azure-cloud-node-manager:v1.30.7"_s)},
                                false, true, u"system-node-critical"_s));
    b.workloads.append(systemDs(u"csi-azuredisk-node"_s, {{u"app"_s, u"csi-azuredisk-node"_s}},
                                {container(u"liveness-probe"_s, kImageLiveness), container(u"node-driver-registrar"_s, kImageRegistrar),
                                 container(u"azuredisk"_s, u"mcr.microsoft.com/oss/kubernetes-csi/azuredisk-csi:v1.30.5"_s)},
                                false, true, u"system-node-critical"_s));
    b.workloads.append(systemDs(u"csi-azurefile-node"_s, {{u"app"_s, u"csi-azurefile-node"_s}},
                                {container(u"liveness-probe"_s, kImageLiveness), container(u"node-driver-registrar"_s, kImageRegistrar),
                                 container(u"azurefile"_s, u"mcr.microsoft.com/oss/kubernetes-csi/azurefile-csi:v1.31.2"_s)},
                                false, true, u"system-node-critical"_s));

    auto driverContainers = [&](bool windows) {
        ContainerParams registrar = container(u"node-driver-registrar"_s, kImageRegistrar,
                                              {u"--v=2"_s, u"--csi-address=/csi/csi.sock"_s,
                                               u"--kubelet-registration-path=/var/lib/kubelet/plugins/csi-secrets-store/csi.sock"_s});
        registrar.volumeMounts = QJsonArray{mount(u"plugin-dir"_s, u"/csi"_s), mount(u"registration-dir"_s, u"/registration"_s)};
        ContainerParams store = container(u"secrets-store"_s, kImageDriver,
                                          {u"--endpoint=$(CSI_ENDPOINT)"_s, u"--nodeid=$(KUBE_NODE_NAME)"_s,
                                           u"--provider-volume=/var/run/secrets-store-csi-providers"_s,
                                           u"--additional-provider-volume-paths=/etc/kubernetes/secrets-store-csi-providers"_s,
                                           u"--enable-secret-rotation=true"_s, u"--rotation-poll-interval=2m"_s,
                                           u"--metrics-addr=:8095"_s, u"--provider-health-check-interval=2m"_s,
                                           u"--max-call-recv-msg-size=4194304"_s});
        store.volumeMounts = QJsonArray{mount(u"plugin-dir"_s, u"/csi"_s), mount(u"mountpoint-dir"_s, u"/var/lib/kubelet/pods"_s),
                                        mount(u"providers-dir"_s, u"/var/run/secrets-store-csi-providers"_s),
                                        mount(u"providers-dir-0"_s, u"/etc/kubernetes/secrets-store-csi-providers"_s)};
        store.ports = QJsonArray{QJsonObject{{u"containerPort"_s, 9808}, {u"name"_s, u"healthz"_s}, {u"protocol"_s, u"TCP"_s}},
                                 QJsonObject{{u"containerPort"_s, 8095}, {u"name"_s, u"metrics"_s}, {u"protocol"_s, u"TCP"_s}}};
        store.livenessProbe = QJsonObject{{u"httpGet"_s, QJsonObject{{u"path"_s, u"/healthz"_s}, {u"port"_s, u"healthz"_s}, {u"scheme"_s, u"HTTP"_s}}},
                                          {u"initialDelaySeconds"_s, 30}, {u"timeoutSeconds"_s, 10}, {u"periodSeconds"_s, 15},
                                          {u"failureThreshold"_s, 5}, {u"successThreshold"_s, 1}};
        ContainerParams liveness = container(u"liveness-probe"_s, kImageLiveness,
                                             {u"--csi-address=/csi/csi.sock"_s, u"--probe-timeout=3s"_s, u"--http-endpoint=0.0.0.0:9808"_s, u"-v=2"_s});
        liveness.volumeMounts = QJsonArray{mount(u"plugin-dir"_s, u"/csi"_s)};
        Q_UNUSED(windows);
        return QList<ContainerParams>{registrar, store, liveness};
    };
    QJsonObject driverLabels{{u"app"_s, u"secrets-store-csi-driver"_s}};
    if (!helm)
        driverLabels.insert(u"kubernetes.azure.com/managedby"_s, u"aks"_s);
    else
        driverLabels.insert(u"app.kubernetes.io/instance"_s, u"csi-secrets-store-provider-azure"_s);
    Workload driver = systemDs(driverDs, driverLabels, driverContainers(false), false, false, u"system-node-critical"_s);
    driver.volumes = QJsonArray{hostPath(u"mountpoint-dir"_s, u"/var/lib/kubelet/pods"_s, u"DirectoryOrCreate"_s),
                                hostPath(u"registration-dir"_s, u"/var/lib/kubelet/plugins_registry/"_s, u"Directory"_s),
                                hostPath(u"plugin-dir"_s, u"/var/lib/kubelet/plugins/csi-secrets-store/"_s, u"DirectoryOrCreate"_s),
                                hostPath(u"providers-dir"_s, u"/var/run/secrets-store-csi-providers"_s, u"DirectoryOrCreate"_s),
                                hostPath(u"providers-dir-0"_s, u"/etc/kubernetes/secrets-store-csi-providers"_s, u"DirectoryOrCreate"_s)};
    driver.serviceAccount = u"secrets-store-csi-driver"_s;
    if (helm) {
        // The upstream chart ships without tolerations: tainted pools get no driver pod.
        driver.tolerateAll = false;
    }
    b.workloads.append(driver);
    QJsonObject providerLabels{{u"app"_s, providerApp}};
    if (!helm)
        providerLabels.insert(u"kubernetes.azure.com/managedby"_s, u"aks"_s);
    else
        providerLabels.insert(u"app.kubernetes.io/instance"_s, u"csi-secrets-store-provider-azure"_s);
    ContainerParams providerC = container(u"provider-azure-installer"_s, kImageProvider,
                                          {u"--endpoint=unix:///provider/azure.sock"_s, u"--construct-pem-chain=true"_s,
                                           u"--healthz-port=8989"_s, u"--healthz-path=/healthz"_s, u"--healthz-timeout=5s"_s,
                                           u"--metrics-addr=0.0.0.0:8898"_s, u"-v=2"_s});
    providerC.volumeMounts = QJsonArray{mount(u"provider-vol"_s, u"/provider"_s), mount(u"mountpoint-dir"_s, u"/var/lib/kubelet/pods"_s)};
    Workload provider = systemDs(providerDs, providerLabels, {providerC}, false, true, u"system-node-critical"_s);
    provider.serviceAccount = helm ? u"csi-secrets-store-provider-azure"_s : u"secrets-store-provider-azure"_s;
    provider.volumes = QJsonArray{hostPath(u"provider-vol"_s, u"/var/run/secrets-store-csi-providers"_s),
                                  hostPath(u"mountpoint-dir"_s, u"/var/lib/kubelet/pods"_s)};
    if (helm)
        provider.tolerateAll = false;
    b.workloads.append(provider);
    // Windows DaemonSets.
    b.workloads.append(systemDs(u"cloud-node-manager-windows"_s, {{u"k8s-app"_s, u"cloud-node-manager-windows"_s}},
                                {container(u"cloud-node-manager"_s, u"mcr.microsoft.com/oss/kubernetes/azure-cloud-node-manager:v1.30.7"_s)},
                                true, true, u"system-node-critical"_s));
    b.workloads.append(systemDs(u"csi-azuredisk-node-win"_s, {{u"app"_s, u"csi-azuredisk-node-win"_s}},
                                {container(u"liveness-probe"_s, kImageLiveness), container(u"node-driver-registrar"_s, kImageRegistrar),
                                 container(u"azuredisk"_s, u"mcr.microsoft.com/oss/kubernetes-csi/azuredisk-csi:v1.30.5"_s)},
                                true, false, u"system-node-critical"_s));
    Workload driverWin = systemDs(driverDs + u"-windows"_s, driverLabels, driverContainers(true), true, false, u"system-node-critical"_s);
    driverWin.serviceAccount = driver.serviceAccount;
    b.workloads.append(driverWin);
    Workload providerWin = systemDs(providerDs + u"-windows"_s, providerLabels, {providerC}, true, false, u"system-node-critical"_s);
    providerWin.serviceAccount = provider.serviceAccount;
    b.workloads.append(providerWin);
    if (sc.name == u"nmi-404"_s) {
        Workload nmi = systemDs(u"aad-pod-identity-nmi"_s, {{u"app.kubernetes.io/component"_s, u"nmi"_s},
                                                            {u"app.kubernetes.io/name"_s, u"aad-pod-identity"_s}},
                                {container(u"nmi"_s, u"mcr.microsoft.com/oss/azure/aad-pod-identity/nmi:v1.8.17"_s,
                                           {u"--node=$(NODE_NAME)"_s, u"--http-probe-port=8085"_s, u"--operation-mode=standard"_s,
                                            u"--kubelet-config=/etc/default/kubelet"_s})},
                                false, true, QString());
        nmi.serviceAccount = u"aad-pod-identity-nmi"_s;
        b.workloads.append(nmi);
    }

    // --- kube-system Deployments on the system pool ----------------------------------------------
    auto systemDeploy = [&](const QString &name, const QJsonObject &labels, const QList<ContainerParams> &containers, int replicas) {
        Workload w;
        w.ns = u"kube-system"_s;
        w.name = name;
        w.replicas = replicas;
        w.selector = labels;
        w.podLabels = labels;
        w.containers = containers;
        w.priorityClass = u"system-cluster-critical"_s;
        w.serviceAccount = name;
        w.created = b.ago(41 * day);
        w.podsCreated = b.ago(9 * day + 3000);
        w.poolNames = {u"nodepool1"_s};
        w.tolerations = QJsonArray{QJsonObject{{u"key"_s, u"CriticalAddonsOnly"_s}, {u"operator"_s, u"Exists"_s}}};
        w.rsHash = nameSuffix(hashOf(name + u"rs"_s), 10);
        return w;
    };
    b.workloads.append(systemDeploy(u"coredns"_s, {{u"k8s-app"_s, u"kube-dns"_s}, {u"version"_s, u"v20"_s}},
                                    {container(u"coredns"_s, u"mcr.microsoft.com/oss/kubernetes/coredns:v1.9.4-hotfix.20240704"_s)}, 2));
    b.workloads.append(systemDeploy(u"coredns-autoscaler"_s, {{u"k8s-app"_s, u"coredns-autoscaler"_s}},
                                    {container(u"autoscaler"_s, u"mcr.microsoft.com/oss/kubernetes/autoscaler/cluster-proportional-autoscaler:v1.8.11"_s)}, 1));
    b.workloads.append(systemDeploy(u"konnectivity-agent"_s, {{u"app"_s, u"konnectivity-agent"_s}},
                                    {container(u"konnectivity-agent"_s, u"mcr.microsoft.com/oss/kubernetes/apiserver-network-proxy/agent:v0.30.3-hotfix.20240819"_s)}, 2));
    b.workloads.append(systemDeploy(u"metrics-server"_s, {{u"k8s-app"_s, u"metrics-server"_s}},
                                    {container(u"metrics-server"_s, u"mcr.microsoft.com/oss/kubernetes/metrics-server:v0.7.2"_s),
                                     container(u"metrics-server-vpa"_s, u"mcr.microsoft.com/oss/kubernetes/autoscaler/addon-resizer:1.8.22"_s)}, 2));

    // --- applications --------------------------------------------------------------------------
    struct AppDef
    {
        QString ns, name, spc, vault, identity, image;
        int replicas;
        QStringList pools;
        bool windows = false;
        QStringList objects;
    };
    QList<AppDef> apps{
        {u"payments"_s, u"payments-api"_s, u"payments-kv"_s, u"kv-payments-prod"_s, u"workload"_s,
         u"contosoacr.azurecr.io/payments-api:2.14.1"_s, 2, {u"userpool"_s}, false, {u"db-password"_s, u"stripe-api-key"_s}},
        {u"orders"_s, u"orders-worker"_s, u"orders-kv"_s, u"kv-orders-prod"_s, u"vmmi"_s,
         u"contosoacr.azurecr.io/orders-worker:1.9.0"_s, 2, {u"userpool"_s}, false, {u"servicebus-connection"_s}},
        {u"storefront"_s, u"storefront-web"_s, u"storefront-tls"_s, u"kv-storefront-prod"_s, u"workload"_s,
         u"contosoacr.azurecr.io/storefront-web:4.2.7"_s, 2, {u"userpool"_s}, false, {u"storefront-tls-cert"_s}},
        {u"billing"_s, u"billing-legacy"_s, u"billing-kv"_s, u"kv-billing-prod"_s, u"workload"_s,
         u"contosoacr.azurecr.io/billing-legacy:2019.3"_s, 1, {u"npwin"_s}, true, {u"sql-password"_s}},
    };
    if (sc.name == u"driver-missing-on-node"_s) {
        apps.append({u"ml"_s, u"ml-inference"_s, u"ml-kv"_s, u"kv-ml-prod"_s, u"workload"_s,
                     u"contosoacr.azurecr.io/ml-inference:0.8.3"_s, 2, {u"gpupool"_s}, false, {u"model-storage-key"_s}});
        sc.failingNamespace = u"ml"_s;
        sc.failingVault = u"kv-ml-prod"_s;
        sc.failingObject = u"model-storage-key"_s;
    }
    AppDef &payments = apps[0];
    if (sc.name == u"nmi-404"_s)
        payments.identity = u"podidentity"_s;
    else if (sc.name == u"egress-blocked"_s || sc.name == u"imds-identity-not-found"_s)
        payments.identity = u"vmmi"_s;
    else if (sc.name == u"sp-invalid-secret"_s)
        payments.identity = u"sp"_s;
    if (sc.name == u"secret-not-found"_s) {
        payments.objects = {u"db-pasword"_s, u"stripe-api-key"_s};
        sc.failingObject = u"db-pasword"_s;
    }
    const QString workloadClientIdPayments = u"5b1e7c2d-9a4f-4e63-8d2b-7c0f1e3a9b45"_s;
    const QString wrongImdsClientId = u"0c7d9e21-4b3a-4f5e-a8c6-d2e1f0b9a737"_s;
    const QString spClientId = u"a41c8e07-62d3-4b9f-8e15-c3f7d0a2b964"_s;

    Collection &spcs = *model.collection(u"secrets-store.csi.x-k8s.io"_s, u"secretproviderclasses"_s);
    Collection &sas = *model.collection(QString(), u"serviceaccounts"_s);
    Collection &secrets = *model.collection(QString(), u"secrets"_s);
    for (const AppDef &a : apps) {
        QString clientId;
        QJsonObject params{{u"keyvaultName"_s, a.vault}, {u"tenantId"_s, sc.tenantId}, {u"cloudName"_s, u"AzurePublicCloud"_s}};
        if (a.identity == u"workload"_s) {
            clientId = a.ns == u"payments"_s ? workloadClientIdPayments : uidFor(u"wi-"_s + a.ns);
            params.insert(u"clientID"_s, clientId);
            params.insert(u"usePodIdentity"_s, u"false"_s);
            params.insert(u"useVMManagedIdentity"_s, u"false"_s);
        } else if (a.identity == u"vmmi"_s) {
            clientId = a.ns == u"payments"_s && sc.name == u"imds-identity-not-found"_s ? wrongImdsClientId : sc.addonIdentityClientId;
            params.insert(u"usePodIdentity"_s, u"false"_s);
            params.insert(u"useVMManagedIdentity"_s, u"true"_s);
            params.insert(u"userAssignedIdentityID"_s, clientId);
        } else if (a.identity == u"podidentity"_s) {
            params.insert(u"usePodIdentity"_s, u"true"_s);
            params.insert(u"useVMManagedIdentity"_s, u"false"_s);
        } else {
            clientId = spClientId;
            params.insert(u"usePodIdentity"_s, u"false"_s);
            params.insert(u"useVMManagedIdentity"_s, u"false"_s);
        }
        if (a.ns == sc.failingNamespace)
            sc.failingClientId = clientId;
        QString objects = u"array:\n"_s;
        for (const QString &o : a.objects) {
            objects += u"  - |\n    objectName: %1\n    objectType: %2\n    objectVersion: \"\"\n"_s
                           .arg(o, o.endsWith(u"-cert"_s) ? u"secret"_s : u"secret"_s);
        }
        params.insert(u"objects"_s, objects);
        const QString spcName = sc.name == u"spc-not-found"_s && a.ns == u"payments"_s ? u"payments-keyvault"_s : a.spc;
        QJsonObject spec{{u"provider"_s, u"azure"_s}, {u"parameters"_s, params}};
        if (a.ns == u"storefront"_s) {
            spec.insert(u"secretObjects"_s, QJsonArray{QJsonObject{
                {u"secretName"_s, u"storefront-tls"_s}, {u"type"_s, u"kubernetes.io/tls"_s},
                {u"data"_s, QJsonArray{QJsonObject{{u"objectName"_s, u"storefront-tls-cert"_s}, {u"key"_s, u"tls.key"_s}},
                                       QJsonObject{{u"objectName"_s, u"storefront-tls-cert"_s}, {u"key"_s, u"tls.crt"_s}}}}}});
        }
        QJsonObject meta = makeMetadata(a.ns, spcName, b.ago(6 * day + hashOf(a.ns) % 9000),
                                        {}, QJsonObject{{u"kubectl.kubernetes.io/last-applied-configuration"_s, QString()}});
        meta.remove(u"annotations"_s);
        meta.insert(u"generation"_s, 1);
        model.append(spcs, a.ns, spcName, QJsonObject{{u"kind"_s, u"SecretProviderClass"_s},
                                                      {u"apiVersion"_s, u"secrets-store.csi.x-k8s.io/v1"_s},
                                                      {u"metadata"_s, meta}, {u"spec"_s, spec}});
        // Service accounts (workload identity annotation) and the SP credentials secret.
        QJsonObject saAnnotations;
        if (a.identity == u"workload"_s)
            saAnnotations.insert(u"azure.workload.identity/client-id"_s, clientId);
        QJsonObject saLabels;
        if (a.identity == u"workload"_s)
            saLabels.insert(u"azure.workload.identity/use"_s, u"true"_s);
        model.append(sas, a.ns, a.name, QJsonObject{{u"kind"_s, u"ServiceAccount"_s}, {u"apiVersion"_s, u"v1"_s},
                                                    {u"metadata"_s, makeMetadata(a.ns, a.name, b.ago(6 * day), saLabels, saAnnotations)}});
        if (a.identity == u"sp"_s) {
            model.append(secrets, a.ns, u"secrets-store-creds"_s,
                         QJsonObject{{u"kind"_s, u"Secret"_s}, {u"apiVersion"_s, u"v1"_s}, {u"type"_s, u"Opaque"_s},
                                     {u"metadata"_s, makeMetadata(a.ns, u"secrets-store-creds"_s, b.ago(200 * day),
                                                                  QJsonObject{{u"secrets-store.csi.k8s.io/used"_s, u"true"_s}})},
                                     {u"data"_s, QJsonObject{{u"clientid"_s, QString::fromLatin1(spClientId.toLatin1().toBase64())},
                                                             {u"clientsecret"_s, QString::fromLatin1(QByteArrayLiteral("Qx8~demo.not-a-real-secret").toBase64())}}}});
        }

        Workload w;
        w.ns = a.ns;
        w.name = a.name;
        w.replicas = a.replicas;
        w.selector = QJsonObject{{u"app"_s, a.name}};
        w.podLabels = QJsonObject{{u"app"_s, a.name}};
        if (a.identity == u"workload"_s)
            w.podLabels.insert(u"azure.workload.identity/use"_s, u"true"_s);
        if (a.identity == u"podidentity"_s)
            w.podLabels.insert(u"aadpodidbinding"_s, QString(a.ns + u"-identity"_s));
        ContainerParams c = container(a.name, a.image);
        c.volumeMounts = QJsonArray{mount(u"secrets-store-inline"_s, u"/mnt/secrets-store"_s, true)};
        c.ports = QJsonArray{QJsonObject{{u"containerPort"_s, 8080}, {u"protocol"_s, u"TCP"_s}}};
        w.containers = {c};
        w.serviceAccount = a.name;
        w.windows = a.windows;
        w.spc = a.spc;
        w.poolNames = a.pools;
        w.created = b.ago(6 * day + hashOf(a.name) % 20000);
        w.rsHash = nameSuffix(hashOf(a.name + u"rs"_s), 10);
        if (a.ns == u"ml"_s)
            w.tolerations = QJsonArray{QJsonObject{{u"key"_s, u"sku"_s}, {u"operator"_s, u"Equal"_s}, {u"value"_s, u"gpu"_s},
                                                   {u"effect"_s, u"NoSchedule"_s}}};
        if (a.ns == sc.failingNamespace && sc.name != u"healthy"_s && sc.name != u"provider-crashloop"_s) {
            w.podsCreated = b.ago(18 * 60 + 12);
            w.created = sc.name == u"driver-missing-on-node"_s ? b.ago(2 * day) : w.created;
        }
        b.workloads.append(w);
    }

    // --- materialize nodes, workloads and their pods ----------------------------------------------
    Collection &nodesC = *model.collection(QString(), u"nodes"_s);
    for (const NodeParams &n : std::as_const(b.nodeParams))
        model.append(nodesC, QString(), n.name, makeNode(n, sc.clusterResourceGroup));
    Collection &nsC = *model.collection(QString(), u"namespaces"_s);
    for (const QString &ns : std::as_const(namespaces)) {
        const qint64 age = ns.startsWith(u"kube"_s) || ns == u"default"_s ? 41 * day : 6 * day + hashOf(ns) % 9000;
        QJsonObject labels{{u"kubernetes.io/metadata.name"_s, ns}};
        QJsonObject meta = makeMetadata(QString(), ns, b.ago(age), labels);
        model.append(nsC, QString(), ns, QJsonObject{{u"kind"_s, u"Namespace"_s}, {u"apiVersion"_s, u"v1"_s}, {u"metadata"_s, meta},
                                                     {u"spec"_s, QJsonObject{{u"finalizers"_s, QJsonArray{u"kubernetes"_s}}}},
                                                     {u"status"_s, QJsonObject{{u"phase"_s, u"Active"_s}}}});
    }
    model.append(*model.collection(u"storage.k8s.io"_s, u"csidrivers"_s), QString(), u"secrets-store.csi.k8s.io"_s,
                 QJsonObject{{u"kind"_s, u"CSIDriver"_s}, {u"apiVersion"_s, u"storage.k8s.io/v1"_s},
                             {u"metadata"_s, makeMetadata(QString(), u"secrets-store.csi.k8s.io"_s, b.ago(41 * day),
                                                          helm ? QJsonObject{{u"app.kubernetes.io/instance"_s, u"csi-secrets-store-provider-azure"_s},
                                                                             {u"app.kubernetes.io/managed-by"_s, u"Helm"_s}}
                                                               : QJsonObject{{u"kubernetes.azure.com/managedby"_s, u"aks"_s}})},
                             {u"spec"_s, QJsonObject{{u"attachRequired"_s, false}, {u"fsGroupPolicy"_s, u"ReadWriteOnceWithFSType"_s},
                                                     {u"podInfoOnMount"_s, true}, {u"requiresRepublish"_s, true},
                                                     {u"seLinuxMount"_s, false}, {u"storageCapacity"_s, false},
                                                     {u"tokenRequests"_s, QJsonArray{QJsonObject{{u"audience"_s, u"api://AzureADTokenExchange"_s}}}},
                                                     {u"volumeLifecycleModes"_s, QJsonArray{u"Ephemeral"_s}}}}});

    Collection &podsC = model.pods();
    Collection &eventsC = *model.collection(QString(), u"events"_s);
    Collection &spcpsC = *model.collection(u"secrets-store.csi.x-k8s.io"_s, u"secretproviderclasspodstatuses"_s);
    const int baseNodeCount = baseNodes;
    for (const Workload &w : std::as_const(b.workloads)) {
        QList<int> targets;
        if (w.daemonSet) {
            for (int i = 0; i < baseNodeCount; ++i) {
                if (b.runsOn(w, b.nodeParams.at(i)))
                    targets.append(i);
            }
        } else {
            QList<int> candidates;
            for (int i = 0; i < baseNodeCount; ++i) {
                if (w.poolNames.contains(b.nodeParams.at(i).pool) && b.runsOn(w, b.nodeParams.at(i)))
                    candidates.append(i);
            }
            for (int r = 0; r < w.replicas && !candidates.isEmpty(); ++r)
                targets.append(candidates.at(r % candidates.size()));
        }
        int ready = 0;
        int ordinal = 0;
        for (int nodeIndex : std::as_const(targets)) {
            PodParams p = b.podParams(w);
            b.finishPod(p, w, nodeIndex, ordinal++);
            const QString nodeName = model.nodes.at(nodeIndex).name;
            const bool isProvider = w.name == providerDs && !w.windows; // the Helm driver DaemonSet name starts with it too
            const bool crash = isProvider && nodeName == sc.crashNode;
            bool failing = false;
            if (!w.spc.isEmpty()) {
                failing = (w.ns == sc.failingNamespace && sc.name != u"healthy"_s && sc.name != u"provider-crashloop"_s)
                    || nodeName == sc.crashNode;
            }
            if (crash) {
                ContainerParams &c = p.containers[0];
                c.state = ContainerParams::State::Waiting;
                c.waitingReason = u"CrashLoopBackOff"_s;
                c.waitingMessage = u"back-off 5m0s restarting failed container=provider-azure-installer pod=%1_kube-system(%2)"_s
                                       .arg(p.name, uidFor(u"kube-system/"_s + p.name));
                c.ready = false;
                c.restarts = 14;
                c.hasLastTerminated = true;
                c.lastExitCode = 1;
                c.lastReason = u"Error"_s;
                c.lastStarted = b.ago(3 * 60 + 41);
                c.lastFinished = b.ago(3 * 60 + 40);
                p.created = b.ago(52 * 60);
                p.startTime = p.created;
            } else if (failing) {
                ContainerParams &c = p.containers[0];
                c.state = ContainerParams::State::Waiting;
                c.waitingReason = u"ContainerCreating"_s;
                c.ready = false;
                p.phase = u"Pending"_s;
                p.podIP.clear();
            } else {
                ++ready;
            }
            QJsonObject pod = makePod(p);
            model.append(podsC, p.ns, p.name, pod);
            const QString podUid = pod.value(u"metadata"_s).toObject().value(u"uid"_s).toString();

            if (failing) {
                MountedApp app;
                app.ns = p.ns;
                app.pod = p.name;
                app.node = nodeName;
                app.spc = sc.name == u"spc-not-found"_s && p.ns == u"payments"_s ? w.spc : w.spc;
                app.spcMissing = sc.name == u"spc-not-found"_s && p.ns == u"payments"_s;
                app.keyvault = sc.failingVault;
                app.objects = {sc.failingObject};
                app.clientId = sc.failingClientId;
                EventParams e;
                e.ns = p.ns;
                e.objectName = p.name;
                e.objectUid = podUid;
                e.host = nodeName;
                e.reason = u"Scheduled"_s;
                e.component = u"default-scheduler"_s;
                e.host.clear();
                e.message = u"Successfully assigned %1/%2 to %3"_s.arg(p.ns, p.name, nodeName);
                e.first = e.last = p.created;
                model.append(eventsC, p.ns, QString(), makeEvent(e));
                EventParams f;
                f.ns = p.ns;
                f.objectName = p.name;
                f.objectUid = podUid;
                f.host = nodeName;
                f.type = u"Warning"_s;
                f.reason = u"FailedMount"_s;
                const qint64 age = p.created.secsTo(model.now);
                f.count = int(qMin<qint64>(8 + age / 122, 500));
                f.first = p.created.addSecs(1);
                f.last = model.now.addSecs(-47 - qint64(ordinal) * 13);
                f.message = sc.failedMountMessage(app, f.last);
                model.append(eventsC, p.ns, QString(), makeEvent(f));
            } else if (crash) {
                EventParams e;
                e.ns = p.ns;
                e.objectName = p.name;
                e.objectUid = podUid;
                e.host = nodeName;
                e.fieldPath = u"spec.containers{provider-azure-installer}"_s;
                e.type = u"Warning"_s;
                e.reason = u"BackOff"_s;
                e.count = 231;
                e.first = p.created.addSecs(70);
                e.last = b.ago(21);
                e.message = u"Back-off restarting failed container provider-azure-installer in pod %1_kube-system(%2)"_s.arg(p.name, podUid);
                model.append(eventsC, p.ns, QString(), makeEvent(e));
                e.type = u"Normal"_s;
                e.reason = u"Pulled"_s;
                e.count = 15;
                e.first = p.created.addSecs(2);
                e.last = b.ago(3 * 60 + 42);
                e.message = u"Container image \"%1\" already present on machine"_s.arg(kImageProvider);
                model.append(eventsC, p.ns, QString(), makeEvent(e));
            } else if (!w.spc.isEmpty()) {
                const QString spcpsName = p.name + u'-' + p.ns + u'-' + w.spc;
                QJsonObject meta = makeMetadata(p.ns, spcpsName, p.created.addSecs(3),
                                                {{u"internal.secrets-store.csi.k8s.io/node-name"_s, nodeName}});
                meta.insert(u"generation"_s, 1);
                meta.insert(u"ownerReferences"_s, QJsonArray{QJsonObject{{u"apiVersion"_s, u"v1"_s}, {u"kind"_s, u"Pod"_s},
                                                                         {u"name"_s, p.name}, {u"uid"_s, podUid}}});
                QJsonArray objs;
                for (const AppDef &a : std::as_const(apps)) {
                    if (a.ns == p.ns) {
                        for (const QString &o : a.objects)
                            objs.append(QJsonObject{{u"id"_s, QString(u"secret/"_s + o)},
                                                    {u"version"_s, QString::fromLatin1(QCryptographicHash::hash(QString(a.vault + o).toUtf8(), QCryptographicHash::Md5).toHex())}});
                    }
                }
                model.append(spcpsC, p.ns, spcpsName,
                             QJsonObject{{u"kind"_s, u"SecretProviderClassPodStatus"_s}, {u"apiVersion"_s, u"secrets-store.csi.x-k8s.io/v1"_s},
                                         {u"metadata"_s, meta},
                                         {u"status"_s, QJsonObject{{u"podName"_s, p.name}, {u"secretProviderClassName"_s, w.spc},
                                                                   {u"mounted"_s, true},
                                                                   {u"targetPath"_s, QString(u"/var/lib/kubelet/pods/"_s + podUid + u"/volumes/kubernetes.io~csi/secrets-store-inline/mount"_s)},
                                                                   {u"objects"_s, objs}}}});
            }
        }
        b.storeWorkloadObject(w, int(targets.size()), ready);
        if (w.name == driverDs || w.name == providerDs) {
            for (int i = 0; i < baseNodeCount; ++i) {
                if (!targets.contains(i) && !model.nodes.at(i).windows) {
                    if (w.name == driverDs)
                        model.nodes[i].driverRunning = false;
                    else
                        model.nodes[i].providerRunning = false;
                }
            }
        }
        if (w.name == providerDs && !sc.crashNode.isEmpty())
            model.nodes[model.nodeIndex(sc.crashNode)].providerRunning = false;
    }
    // Event names must be unique keys: fix up the namespace/name of the events appended above.
    for (StoredObject &o : eventsC.items)
        o.name = o.json.value(u"metadata"_s).toObject().value(u"name"_s).toString();

    // --- scale: generated pods for the extra nodes and extra application namespaces ----------------
    const int basePods = int(podsC.items.size());
    int extraLinuxNodes = 0;
    for (int i = baseNodeCount; i < model.nodes.size(); ++i)
        extraLinuxNodes += model.nodes.at(i).windows ? 0 : 1;
    int dsPerLinuxNode = 0;
    QList<int> linuxDs;
    for (int i = 0; i < b.workloads.size(); ++i) {
        const Workload &w = b.workloads.at(i);
        if (w.daemonSet && !w.windows) {
            ++dsPerLinuxNode;
            linuxDs.append(i);
        }
    }
    const int dsPods = extraLinuxNodes * dsPerLinuxNode;
    const int wantedPods = options.pods > 0 ? options.pods : (options.nodes > baseNodes ? basePods + dsPods + extraLinuxNodes * 12 : basePods);
    if (wantedPods > 150000) {
        *error = u"--pods is limited to 150000"_s;
        return false;
    }
    if (wantedPods < basePods + dsPods) {
        *error = u"--pods must be at least %1 for %2 nodes (the DaemonSets alone need that many)"_s.arg(basePods + dsPods).arg(model.nodes.size());
        return false;
    }
    if (wantedPods > basePods) {
        auto addTemplate = [&](const Workload &w, const QString &spc) {
            PodTemplate t;
            t.proto = b.podParams(w);
            t.namePrefix = t.proto.generateName;
            t.spcName = spc;
            t.daemonSet = w.daemonSet;
            model.podTemplates.push_back(t);
            return quint32(model.podTemplates.size() - 1);
        };
        auto addGenerated = [&](quint32 templ, int node, quint32 ordinal) {
            GeneratedPod g;
            g.templateIndex = templ;
            g.node = node;
            g.ordinal = ordinal;
            model.generatedPods.push_back(g);
            const qint32 index = qint32(model.generatedPods.size() - 1);
            const PodTemplate &t = model.podTemplates[templ];
            model.appendGenerated(podsC, t.proto.ns, generatedPodName(t, ordinal), index);
            if (!t.spcName.isEmpty())
                model.appendGenerated(spcpsC, t.proto.ns, generatedPodName(t, ordinal) + u'-' + t.proto.ns + u'-' + t.spcName, index);
        };
        model.generatedPods.reserve(size_t(wantedPods - basePods));
        for (int wi : std::as_const(linuxDs)) {
            const Workload &w = b.workloads.at(wi);
            const quint32 templ = addTemplate(w, QString());
            quint32 ordinal = 1000;
            for (int i = baseNodeCount; i < model.nodes.size(); ++i)
                addGenerated(templ, i, ordinal++);
        }
        // Update the DaemonSet counts for the extra nodes.
        Collection &dsC = *model.collection(u"apps"_s, u"daemonsets"_s);
        for (StoredObject &o : dsC.items) {
            bool linux = false;
            for (int wi : std::as_const(linuxDs))
                linux = linux || b.workloads.at(wi).name == o.name;
            if (!linux || extraLinuxNodes == 0)
                continue;
            QJsonObject st = o.json.value(u"status"_s).toObject();
            for (const QString &k : {u"currentNumberScheduled"_s, u"desiredNumberScheduled"_s, u"numberAvailable"_s,
                                     u"numberReady"_s, u"updatedNumberScheduled"_s})
                st.insert(k, st.value(k).toInt() + extraLinuxNodes);
            o.json.insert(u"status"_s, st);
        }
        const int remaining = wantedPods - basePods - dsPods;
        const int appPods = remaining / 10;
        const int plainPods = remaining - appPods;
        const int teams = qMax(1, remaining / 200);
        QList<int> userNodes;
        for (int i = 0; i < model.nodes.size(); ++i) {
            if (!model.nodes.at(i).windows && b.nodeParams.at(i).mode == u"user"_s && b.nodeParams.at(i).taints.isEmpty())
                userNodes.append(i);
        }
        const QStringList plainNames{u"worker"_s, u"web"_s, u"cache"_s};
        for (int t = 0; t < teams; ++t) {
            const QString ns = u"team-%1"_s.arg(t + 1, 3, 10, QLatin1Char('0'));
            model.append(nsC, QString(), ns, QJsonObject{{u"kind"_s, u"Namespace"_s}, {u"apiVersion"_s, u"v1"_s},
                                                         {u"metadata"_s, makeMetadata(QString(), ns, b.ago(5 * day), {{u"kubernetes.io/metadata.name"_s, ns}})},
                                                         {u"spec"_s, QJsonObject{{u"finalizers"_s, QJsonArray{u"kubernetes"_s}}}},
                                                         {u"status"_s, QJsonObject{{u"phase"_s, u"Active"_s}}}});
            const QString spc = ns + u"-kv"_s;
            const QString clientId = uidFor(u"wi-"_s + ns);
            model.append(spcs, ns, spc, QJsonObject{{u"kind"_s, u"SecretProviderClass"_s}, {u"apiVersion"_s, u"secrets-store.csi.x-k8s.io/v1"_s},
                                                    {u"metadata"_s, makeMetadata(ns, spc, b.ago(5 * day))},
                                                    {u"spec"_s, QJsonObject{{u"provider"_s, u"azure"_s},
                                                                            {u"parameters"_s, QJsonObject{{u"keyvaultName"_s, QString(u"kv-"_s + ns)},
                                                                                                          {u"tenantId"_s, sc.tenantId},
                                                                                                          {u"clientID"_s, clientId},
                                                                                                          {u"usePodIdentity"_s, u"false"_s},
                                                                                                          {u"useVMManagedIdentity"_s, u"false"_s},
                                                                                                          {u"cloudName"_s, u"AzurePublicCloud"_s},
                                                                                                          {u"objects"_s, u"array:\n  - |\n    objectName: app-config\n    objectType: secret\n"_s}}}}}});
            auto makeWorkload = [&](const QString &name, const QString &withSpc, int replicas) {
                Workload w;
                w.ns = ns;
                w.name = name;
                w.replicas = replicas;
                w.selector = QJsonObject{{u"app"_s, name}};
                w.podLabels = QJsonObject{{u"app"_s, name}};
                ContainerParams c = container(name, u"contosoacr.azurecr.io/%1:1.0.%2"_s.arg(name).arg(t % 50));
                if (!withSpc.isEmpty()) {
                    c.volumeMounts = QJsonArray{mount(u"secrets-store-inline"_s, u"/mnt/secrets-store"_s, true)};
                    w.podLabels.insert(u"azure.workload.identity/use"_s, u"true"_s);
                }
                w.containers = {c};
                w.spc = withSpc;
                w.created = b.ago(5 * day);
                w.rsHash = nameSuffix(hashOf(ns + name), 10);
                b.storeWorkloadObject(w, replicas, replicas);
                return w;
            };
            const int appShare = appPods / teams + (t < appPods % teams ? 1 : 0);
            const Workload api = makeWorkload(u"api"_s, spc, appShare);
            const quint32 apiTempl = addTemplate(api, spc);
            for (int r = 0; r < appShare; ++r)
                addGenerated(apiTempl, userNodes.isEmpty() ? -1 : userNodes.at(int(hashOf(ns, quint64(r)) % quint64(userNodes.size()))), quint32(r));
            for (int k = 0; k < 3; ++k) {
                const int share = plainPods / (teams * 3) + ((t * 3 + k) < plainPods % (teams * 3) ? 1 : 0);
                const Workload plain = makeWorkload(plainNames.at(k), QString(), share);
                const quint32 templ = addTemplate(plain, QString());
                for (int r = 0; r < share; ++r)
                    addGenerated(templ, userNodes.isEmpty() ? -1 : userNodes.at(int(hashOf(ns + plainNames.at(k), quint64(r)) % quint64(userNodes.size()))), quint32(r));
            }
        }
    }
    model.sortAll();
    return true;
}

QList<MountedApp> mountedApps(const ClusterModel &model, const Scenario &sc, const QString &node)
{
    QList<MountedApp> out;
    const Collection &pods = *model.collection(QString(), u"pods"_s);
    const Collection &spcs = *model.collection(u"secrets-store.csi.x-k8s.io"_s, u"secretproviderclasses"_s);
    for (const StoredObject &o : pods.items) {
        QJsonObject pod;
        if (o.generated >= 0) {
            const GeneratedPod &g = model.generatedPods[size_t(o.generated)];
            const PodTemplate &t = model.podTemplates[g.templateIndex];
            if (t.spcName.isEmpty() || (!node.isEmpty() && (g.node < 0 || model.nodes.at(g.node).name != node)))
                continue;
            pod = model.objectJson(pods, o);
        } else {
            if (!node.isEmpty() && o.json.value(u"spec"_s).toObject().value(u"nodeName"_s).toString() != node)
                continue;
            pod = o.json;
        }
        QString spc;
        for (const QJsonValue &v : pod.value(u"spec"_s).toObject().value(u"volumes"_s).toArray()) {
            const QJsonObject csi = v.toObject().value(u"csi"_s).toObject();
            if (csi.value(u"driver"_s).toString() == u"secrets-store.csi.k8s.io"_s)
                spc = csi.value(u"volumeAttributes"_s).toObject().value(u"secretProviderClass"_s).toString();
        }
        if (spc.isEmpty())
            continue;
        const QJsonObject meta = pod.value(u"metadata"_s).toObject();
        MountedApp app;
        app.ns = o.ns;
        app.pod = o.name;
        app.podUid = meta.value(u"uid"_s).toString();
        app.node = pod.value(u"spec"_s).toObject().value(u"nodeName"_s).toString();
        app.spc = spc;
        app.created = QDateTime::fromString(meta.value(u"creationTimestamp"_s).toString(), Qt::ISODate);
        app.failing = pod.value(u"status"_s).toObject().value(u"phase"_s).toString() == u"Pending"_s;
        const int si = spcs.find(o.ns, spc);
        if (si < 0) {
            app.spcMissing = true;
        } else {
            const QJsonObject params = spcs.items[size_t(si)].json.value(u"spec"_s).toObject().value(u"parameters"_s).toObject();
            app.keyvault = params.value(u"keyvaultName"_s).toString();
            const QString objects = params.value(u"objects"_s).toString();
            for (const QString &line : objects.split(u'\n')) {
                const QString t = line.trimmed();
                if (t.startsWith(u"objectName:"_s))
                    app.objects.append(t.mid(11).trimmed());
            }
            if (params.value(u"usePodIdentity"_s).toString() == u"true"_s)
                app.identity = u"podidentity"_s;
            else if (params.value(u"useVMManagedIdentity"_s).toString() == u"true"_s)
                app.identity = u"vmmi"_s;
            else if (params.contains(u"clientID"_s))
                app.identity = u"workload"_s;
            else
                app.identity = u"sp"_s;
            app.clientId = params.value(u"clientID"_s).toString();
            if (app.identity == u"vmmi"_s)
                app.clientId = params.value(u"userAssignedIdentityID"_s).toString();
            if (app.identity == u"sp"_s)
                app.clientId = u"a41c8e07-62d3-4b9f-8e15-c3f7d0a2b964"_s;
        }
        Q_UNUSED(sc);
        out.append(app);
    }
    return out;
}

} // namespace kvd::sim
