// SPDX-License-Identifier: MIT
#include "kube/diagnosejob.h"

#include "core/logline.h"
#include "core/logsources.h"
#include "kube/inventorycollector.h"
#include "kube/kubeclient.h"
#include "kube/kubetr.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace kvd {

namespace {

// Logs beyond this per source are still analysed but not kept for excerpts and the bundle.
constexpr qsizetype kMaxKeptLogBytes = 64 * 1024 * 1024;

QString describeAttributes(const ResourceAttributes &a)
{
    return a.subresource.isEmpty() ? u"%1 %2"_s.arg(a.verb, a.resource) : u"%1 %2/%3"_s.arg(a.verb, a.resource, a.subresource);
}

} // namespace

DiagnoseJob::DiagnoseJob(KubeClient *client, QObject *parent)
    : QObject(parent), m_client(client), m_logData(std::make_shared<QHash<QString, QByteArray>>())
{
}

DiagnoseJob::~DiagnoseJob()
{
    cancel();
}

void DiagnoseJob::setStage(Stage stage, const QString &description)
{
    m_stage = stage;
    Q_EMIT stageChanged(stage, description);
}

void DiagnoseJob::start(const DiagnoseOptions &options)
{
    cancel();
    m_options = options;
    m_inventory = {};
    m_warnings.clear();
    m_targetNamespace.clear();
    m_targetPod.clear();
    m_targetNode.clear();
    m_detector = std::make_unique<Detector>();
    m_logData = std::make_shared<QHash<QString, QByteArray>>();
    m_logOrder.clear();
    m_logErrors.clear();
    m_logLines = 0;
    m_logsAnalysed = false;
    m_denied.clear();
    m_permissionsChecked = false;
    m_findings.clear();
    m_checks.clear();
    m_next = {};
    m_collected.clear();
    if (!m_client) {
        fail(KubeTr::tr("Not connected to a cluster."));
        return;
    }
    setStage(Stage::Inventory, KubeTr::tr("Reading nodes, pods, events and SecretProviderClasses…"));
    m_collector = std::make_unique<InventoryCollector>(m_client.data());
    connect(m_collector.get(), &InventoryCollector::progress, this, [this](int done, int total) {
        Q_EMIT progress(done, total, KubeTr::tr("Reading the cluster…"));
    });
    connect(m_collector.get(), &InventoryCollector::finished, this, &DiagnoseJob::onInventory);
    connect(m_collector.get(), &InventoryCollector::failed, this, [this](const KubeError &error) {
        fail(KubeTr::tr("The cluster could not be read: %1").arg(error.message));
    });
    m_collector->start({options.namespaceName, options.pageSize});
}

void DiagnoseJob::cancel()
{
    if (m_collector)
        m_collector->cancel();
    const QList<QPointer<KubeJob>> jobs = std::exchange(m_jobs, {});
    for (const QPointer<KubeJob> &job : jobs) {
        if (job) {
            job->disconnect(this);
            job->cancel();
        }
    }
    if (isRunning()) {
        m_stage = Stage::Failed;
        Q_EMIT failed(KubeTr::tr("Cancelled."));
    }
}

void DiagnoseJob::fail(const QString &message)
{
    setStage(Stage::Failed, message);
    Q_EMIT failed(message);
}

void DiagnoseJob::onInventory()
{
    m_inventory = m_collector->inventory();
    m_warnings = m_collector->warnings();
    m_collected.append({KubeTr::tr("nodes, pods, events, DaemonSets, SecretProviderClasses, CSIDriver"), u"inventory"_s,
                        0, 0, m_options.namespaceName.isEmpty() ? KubeTr::tr("all namespaces")
                                                                : KubeTr::tr("namespace %1").arg(m_options.namespaceName)});

    const QList<TroubleshootCandidate> candidates = troubleshootCandidates(m_inventory);
    for (const TroubleshootCandidate &c : candidates) {
        const bool wanted = m_options.pod.isEmpty()
                                ? c.failing && (m_options.namespaceName.isEmpty() || c.namespaceName == m_options.namespaceName)
                                : c.pod == m_options.pod && (m_options.namespaceName.isEmpty() || c.namespaceName == m_options.namespaceName);
        if (wanted) {
            m_targetNamespace = c.namespaceName;
            m_targetPod = c.pod;
            m_targetNode = c.node;
            break;
        }
    }
    if (m_targetPod.isEmpty() && !m_options.pod.isEmpty()) {
        // Asked for a pod that mounts nothing from the CSI driver (or does not exist): the checks
        // say so; nothing else to read.
        m_targetNamespace = m_options.namespaceName;
        m_targetPod = m_options.pod;
    }
    fetchLogs();
}

void DiagnoseJob::fetchLogs()
{
    const NodeEntry *node = m_targetNode.isEmpty() ? nullptr : m_inventory.node(m_targetNode);
    const QList<LogSourceSpec> specs = node ? nodeLogSources(*node, m_targetNamespace, m_targetPod) : QList<LogSourceSpec>{};
    if (specs.isEmpty()) {
        m_logErrors.append(m_targetPod.isEmpty() ? KubeTr::tr("No failing pod: no node's logs to read.")
                           : m_targetNode.isEmpty() ? KubeTr::tr("The pod is not scheduled on a node.")
                                                    : KubeTr::tr("No driver or provider pod runs on node %1.").arg(m_targetNode));
        analyse();
        return;
    }
    setStage(Stage::Logs, KubeTr::tr("Reading the logs of node %1…").arg(m_targetNode));
    m_pending = int(specs.size());
    for (const LogSourceSpec &spec : specs) {
        LogOptions options;
        options.namespaceName = spec.namespaceName;
        options.pod = spec.pod;
        options.container = spec.container;
        if (m_options.sinceSeconds > 0)
            options.sinceSeconds = m_options.sinceSeconds;
        const QString source = spec.namespaceName + u'/' + spec.pod + u'/' + spec.container;
        m_logOrder.append(source);
        KubeLogStream *stream = m_client->logs(options);
        m_jobs.append(stream);
        auto buffer = std::make_shared<QByteArray>();
        connect(stream, &KubeLogStream::dataReceived, this, [buffer](const QByteArray &data) { *buffer += data; });
        auto complete = [this, source, buffer, spec](const QString &error) {
            LogSourceInfo info{source, m_targetNode, spec.namespaceName, spec.pod, 0};
            if (error.isEmpty()) {
                const qint64 lines = m_detector->addLogData(*buffer, info, 1);
                m_detector->finishSource(source);
                m_logLines += lines;
                m_logsAnalysed = true;
                m_collected.append({source, u"log"_s, lines, buffer->size(),
                                    m_options.sinceSeconds > 0 ? KubeTr::tr("since %1 s").arg(m_options.sinceSeconds)
                                                               : KubeTr::tr("whole log")});
                if (buffer->size() <= kMaxKeptLogBytes)
                    m_logData->insert(source, *buffer);
            } else {
                m_logErrors.append(u"%1: %2"_s.arg(source, error));
            }
            Q_EMIT progress(int(m_logOrder.size()) - m_pending + 1, int(m_logOrder.size()), source);
            if (--m_pending == 0) {
                m_jobs.clear();
                analyse();
            }
        };
        connect(stream, &KubeJob::finished, this, [complete] { complete({}); });
        connect(stream, &KubeJob::failed, this, [complete](const KubeError &e) { complete(e.message.isEmpty() ? u"error"_s : e.message); });
    }
}

void DiagnoseJob::analyse()
{
    m_detector->addInventory(m_inventory, true);
    m_findings = m_detector->findings();
    if (m_options.checkPermissions && !m_targetPod.isEmpty())
        checkPermissions();
    else
        runChecks();
}

void DiagnoseJob::checkPermissions()
{
    setStage(Stage::Permissions, KubeTr::tr("Checking your permissions for the connectivity test…"));
    const QString ns = m_targetNamespace;
    const QList<ResourceAttributes> reviews{{u"create"_s, {}, u"pods"_s, {}, ns, {}},
                                            {u"get"_s, {}, u"pods"_s, u"exec"_s, ns, {}},
                                            {u"create"_s, {}, u"pods"_s, u"exec"_s, ns, {}},
                                            {u"delete"_s, {}, u"pods"_s, {}, ns, {}}};
    m_pending = int(reviews.size());
    for (const ResourceAttributes &attributes : reviews) {
        KubeRequest *request = m_client->accessReview(attributes);
        m_jobs.append(request);
        const QString what = describeAttributes(attributes);
        auto done = [this] {
            if (--m_pending == 0) {
                m_jobs.clear();
                runChecks();
            }
        };
        connect(request, &KubeJob::finished, this, [this, request, what, done] {
            m_permissionsChecked = true;
            if (!parseAccessReview(request->json()).allowed)
                m_denied.append(what);
            done();
        });
        // A refused review (old cluster, RBAC on the review itself) leaves the permissions unknown.
        connect(request, &KubeJob::failed, this, [done](const KubeError &) { done(); });
    }
}

void DiagnoseJob::runChecks()
{
    setStage(Stage::Checks, KubeTr::tr("Checking…"));
    TroubleshootInput input;
    input.inventory = &m_inventory;
    input.namespaceName = m_targetNamespace;
    input.pod = m_targetPod;
    input.findings = m_findings;
    input.logsAnalysed = m_logsAnalysed;
    input.logsSkippedReason = m_logErrors.join(u"; "_s);
    input.logLines = m_logLines;
    if (m_permissionsChecked)
        input.deniedPermissions = m_denied;
    if (m_targetPod.isEmpty()) {
        m_checks = {CheckResult{TroubleshootCheckIds::pod, KubeTr::tr("A pod that fails to mount its secrets"), CheckVerdict::Pass,
                                KubeTr::tr("No pod with a secrets-store volume is failing."), {}}};
    } else {
        m_checks = runTroubleshootChecks(input);
    }
    for (const CheckResult &check : std::as_const(m_checks))
        Q_EMIT checkFinished(check);
    m_next = recommendNextStep(podFindings(), m_checks);
    setStage(Stage::Finished, KubeTr::tr("Done."));
    Q_EMIT finished();
}

QList<Finding> DiagnoseJob::podFindings() const
{
    if (m_targetPod.isEmpty())
        return m_findings;
    return findingsForPod(m_findings, m_targetNamespace, m_targetPod, m_targetNode);
}

QList<QPair<QString, QByteArray>> DiagnoseJob::logs() const
{
    QList<QPair<QString, QByteArray>> out;
    for (const QString &source : m_logOrder) {
        if (m_logData->contains(source))
            out.append({source, m_logData->value(source)});
    }
    return out;
}

ReportInput DiagnoseJob::reportInput() const
{
    ReportInput input;
    if (m_client) {
        const ResolvedContext &context = m_client->context();
        input.context = context.context.name;
        input.server = context.cluster.server;
        input.auth = authKindDisplayName(context.authKind);
    }
    input.inventory = m_inventory;
    input.findings = podFindings();
    input.collected = m_collected;
    const auto data = m_logData;
    input.excerpt = [data](const Evidence &evidence, int before, int after) {
        QList<QPair<qint64, QString>> lines;
        const auto it = data->constFind(evidence.source);
        if (it == data->cend() || evidence.line <= 0)
            return lines;
        const QByteArray &log = *it;
        qint64 number = 1;
        qsizetype start = 0;
        while (start <= log.size() && number <= evidence.line + after) {
            qsizetype end = log.indexOf('\n', start);
            if (end < 0)
                end = log.size();
            if (number >= evidence.line - before)
                lines.append({number, decodeLogText(QByteArrayView(log).sliced(start, end - start))});
            if (end >= log.size())
                break;
            start = end + 1;
            ++number;
        }
        return lines;
    };
    return input;
}

QJsonObject DiagnoseJob::resultJson() const
{
    QJsonArray checks;
    for (const CheckResult &c : m_checks)
        checks.append(c.toJson());
    const QList<Finding> findings = podFindings();
    QString topCause;
    for (const Finding &f : findings) {
        if (f.severity != FindingSeverity::Info) {
            topCause = f.cause;
            break;
        }
    }
    return QJsonObject{{u"target"_s, m_targetPod.isEmpty() ? QString() : m_targetNamespace + u'/' + m_targetPod},
                       {u"node"_s, m_targetNode},
                       {u"checks"_s, checks},
                       {u"topCause"_s, topCause},
                       {u"nextStep"_s, QJsonObject{{u"offerConnectivityTest"_s, m_next.offerConnectivityTest},
                                                   {u"reason"_s, m_next.reason},
                                                   {u"cause"_s, m_next.causeId}}}};
}

} // namespace kvd
