// SPDX-License-Identifier: MIT
#include "widgets/detailspane.h"

#include "kube/clustersession.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

#include <algorithm>

namespace kvd {

namespace {
QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString row(const QString &label, const QString &value)
{
    return QStringLiteral("<tr><td valign=\"top\"><b>") + esc(label) + QStringLiteral("</b></td><td>") + esc(value)
        + QStringLiteral("</td></tr>");
}

QString containerState(const KubeContainerStatus &c)
{
    switch (c.state) {
    case KubeContainerStatus::State::Running: return QStringLiteral("Running");
    case KubeContainerStatus::State::Waiting: return c.reason.isEmpty() ? QStringLiteral("Waiting") : QStringLiteral("Waiting: ") + c.reason;
    case KubeContainerStatus::State::Terminated:
        return (c.reason.isEmpty() ? QStringLiteral("Terminated") : QStringLiteral("Terminated: ") + c.reason)
            + QStringLiteral(" (exit %1)").arg(c.exitCode);
    case KubeContainerStatus::State::Unknown: break;
    }
    return QStringLiteral("Unknown");
}

// Shell quoting for copied commands (POSIX shells; the names here never hold quotes).
QString quoted(const QString &text)
{
    return QLatin1Char('\'') + QString(text).replace(QLatin1Char('\''), QStringLiteral("'\\''")) + QLatin1Char('\'');
}
} // namespace

DetailsPane::DetailsPane(ClusterSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    m_text = new QTextBrowser(this);
    m_text->setObjectName(QStringLiteral("detailsText"));
    m_text->setAccessibleName(tr("Details of the selection"));
    m_text->setOpenLinks(false);
    layout->addWidget(m_text, 1);
    auto *buttons = new QHBoxLayout;
    m_logs = new QPushButton(tr("&Logs"), this);
    m_logs->setObjectName(QStringLiteral("detailsLogsButton"));
    m_logs->setAccessibleName(tr("Logs of the driver and provider on this node"));
    m_test = new QPushButton(tr("&Test connectivity from this node"), this);
    m_test->setObjectName(QStringLiteral("detailsTestConnectivityButton"));
    m_test->setAccessibleName(tr("Test connectivity from this node"));
    m_test->setEnabled(false);
    m_test->setToolTip(tr("The connectivity wizard comes in a later version."));
    m_copy = new QPushButton(tr("&Copy as kubectl command"), this);
    m_copy->setObjectName(QStringLiteral("detailsCopyKubectlButton"));
    m_copy->setAccessibleName(tr("Copy as kubectl command"));
    buttons->addWidget(m_logs);
    buttons->addWidget(m_copy);
    layout->addLayout(buttons);
    layout->addWidget(m_test);
    connect(m_logs, &QPushButton::clicked, this, [this] {
        Q_EMIT logsRequested(m_selection.node, m_selection.podNamespace, m_selection.podName);
    });
    connect(m_copy, &QPushButton::clicked, this, &DetailsPane::copyKubectlCommands);
    connect(m_session, &ClusterSession::inventoryChanged, this, &DetailsPane::refresh);
    setLogViewerAvailable(false);
    refresh();
}

void DetailsPane::setLogViewerAvailable(bool available)
{
    m_logViewer = available;
    refresh();
}

void DetailsPane::setSelection(const MapSelection &selection)
{
    m_selection = selection;
    refresh();
}

QString DetailsPane::plainText() const
{
    return m_text->toPlainText();
}

QString DetailsPane::kubectl() const
{
    const QString context = m_session->context().context.name;
    return context.isEmpty() ? QStringLiteral("kubectl") : QStringLiteral("kubectl --context ") + quoted(context);
}

QStringList DetailsPane::kubectlCommands() const
{
    QStringList commands;
    if (m_selection.isEmpty())
        return commands;
    const QString k = kubectl();
    const Inventory &inventory = m_session->inventory();
    const NodeEntry *node = inventory.node(m_selection.node);
    if (m_selection.isPod()) {
        const QString ns = quoted(m_selection.podNamespace);
        const QString pod = quoted(m_selection.podName);
        commands << k + QStringLiteral(" get pod -n ") + ns + QLatin1Char(' ') + pod + QStringLiteral(" -o yaml")
                 << k + QStringLiteral(" describe pod -n ") + ns + QLatin1Char(' ') + pod
                 << k + QStringLiteral(" get events -n ") + ns + QStringLiteral(" --field-selector involvedObject.name=")
                + pod;
        if (node) {
            for (const AppPodEntry &app : node->apps) {
                if (app.pod.name == m_selection.podName && app.pod.namespaceName == m_selection.podNamespace
                    && !app.secretProviderClass.isEmpty())
                    commands << k + QStringLiteral(" get secretproviderclass -n ") + ns + QLatin1Char(' ')
                            + quoted(app.secretProviderClass) + QStringLiteral(" -o yaml");
            }
        }
    } else {
        commands << k + QStringLiteral(" get node ") + quoted(m_selection.node) + QStringLiteral(" -o yaml")
                 << k + QStringLiteral(" describe node ") + quoted(m_selection.node)
                 << k + QStringLiteral(" get pods -A -o wide --field-selector spec.nodeName=") + quoted(m_selection.node);
    }
    if (node) {
        if (node->driver)
            commands << k + QStringLiteral(" logs -n ") + quoted(node->driver->namespaceName) + QLatin1Char(' ')
                    + quoted(node->driver->name) + QStringLiteral(" --all-containers --timestamps");
        if (node->provider)
            commands << k + QStringLiteral(" logs -n ") + quoted(node->provider->namespaceName) + QLatin1Char(' ')
                    + quoted(node->provider->name) + QStringLiteral(" --timestamps");
    }
    return commands;
}

void DetailsPane::copyKubectlCommands()
{
    QGuiApplication::clipboard()->setText(kubectlCommands().join(QLatin1Char('\n')));
}

void DetailsPane::refresh()
{
    const Inventory &inventory = m_session->inventory();
    const NodeEntry *node = m_selection.isEmpty() ? nullptr : inventory.node(m_selection.node);
    QString html;
    if (!node) {
        html = QStringLiteral("<p>") + esc(m_selection.isEmpty() ? tr("Select a node or a pod in the node map.")
                                                               : tr("Node %1 is no longer in the cluster.").arg(m_selection.node))
            + QStringLiteral("</p>");
    } else if (!m_selection.isPod()) {
        html = nodeHtml(*node);
    } else {
        const KubePod *pod = nullptr;
        const AppPodEntry *app = nullptr;
        for (const AppPodEntry &candidate : node->apps) {
            if (candidate.pod.name == m_selection.podName && candidate.pod.namespaceName == m_selection.podNamespace) {
                app = &candidate;
                pod = &candidate.pod;
            }
        }
        for (const std::optional<KubePod> *daemon : {&node->driver, &node->provider}) {
            if (*daemon && (*daemon)->name == m_selection.podName && (*daemon)->namespaceName == m_selection.podNamespace)
                pod = &**daemon;
        }
        html = pod ? podHtml(*node, *pod, app)
                   : QStringLiteral("<p>") + esc(tr("Pod %1/%2 is gone.").arg(m_selection.podNamespace, m_selection.podName))
                + QStringLiteral("</p>");
    }
    m_text->setHtml(html);
    const bool haveNode = node != nullptr;
    m_logs->setEnabled(haveNode && m_logViewer);
    m_logs->setToolTip(m_logViewer ? tr("Opens the driver and provider logs of this node.") : tr("Log viewer not available yet"));
    m_copy->setEnabled(!m_selection.isEmpty());
}

QString DetailsPane::nodeHtml(const NodeEntry &node) const
{
    const KubeNode &n = node.node;
    QString html = QStringLiteral("<h3>") + esc(tr("Node %1").arg(n.name)) + QStringLiteral("</h3><table>");
    QString ready = n.ready == ConditionStatus::True ? tr("Ready") : n.ready == ConditionStatus::False ? tr("NotReady") : tr("Unknown");
    if (!n.readyReason.isEmpty())
        ready += QStringLiteral(" (") + n.readyReason + QLatin1Char(')');
    html += row(tr("Condition Ready"), ready);
    if (!n.readyMessage.isEmpty())
        html += row(tr("Message"), n.readyMessage);
    if (n.unschedulable)
        html += row(tr("Scheduling"), tr("cordoned (unschedulable)"));
    QStringList taints;
    for (const KubeTaint &taint : n.taints)
        taints << (taint.value.isEmpty() ? taint.key : taint.key + QLatin1Char('=') + taint.value) + QLatin1Char(':') + taint.effect;
    html += row(tr("Taints"), taints.isEmpty() ? tr("none") : taints.join(QStringLiteral(", ")));
    html += row(tr("Pool"), n.agentPool.isEmpty() ? tr("unknown") : n.agentPool);
    html += row(tr("OS"), n.osImage.isEmpty() ? n.os : n.os + QStringLiteral(" (") + n.osImage + QLatin1Char(')'));
    html += row(tr("Kubelet"), n.kubeletVersion);
    html += row(tr("Findings"), QString::number(node.problemCount));
    html += QStringLiteral("</table><h4>") + esc(tr("Pods")) + QStringLiteral("</h4><ul>");
    const auto podLine = [](const QString &role, const std::optional<KubePod> &pod) {
        return QStringLiteral("<li>") + esc(role) + QStringLiteral(": ")
            + (pod ? esc(pod->namespaceName + QLatin1Char('/') + pod->name + QStringLiteral(" — ") + podHealthDisplayName(podHealthOf(*pod)))
                   : esc(podHealthDisplayName(PodHealth::Missing)))
            + QStringLiteral("</li>");
    };
    html += podLine(tr("CSI driver"), node.driver);
    html += podLine(tr("Azure provider"), node.provider);
    for (const AppPodEntry &app : node.apps)
        html += QStringLiteral("<li>") + esc(tr("Application") + QStringLiteral(": ") + app.pod.namespaceName + QLatin1Char('/') + app.pod.name
                                             + QStringLiteral(" — ") + podHealthDisplayName(podHealthOf(app.pod)))
            + QStringLiteral("</li>");
    html += QStringLiteral("</ul>");
    const Inventory &inventory = m_session->inventory();
    QString problems;
    for (const InventoryProblem &problem : inventory.problems) {
        if (problem.node == n.name)
            problems += QStringLiteral("<li>") + esc(problem.message) + QStringLiteral("</li>");
    }
    if (!problems.isEmpty())
        html += QStringLiteral("<h4>") + esc(tr("Findings")) + QStringLiteral("</h4><ul>") + problems + QStringLiteral("</ul>");
    return html;
}

QString DetailsPane::podHtml(const NodeEntry &node, const KubePod &pod, const AppPodEntry *app) const
{
    QString html = QStringLiteral("<h3>") + esc(tr("Pod %1/%2").arg(pod.namespaceName, pod.name)) + QStringLiteral("</h3><table>");
    QString status = podHealthDisplayName(podHealthOf(pod));
    const QString summary = podStateSummary(pod);
    if (!summary.isEmpty())
        status += QStringLiteral(" (") + summary + QLatin1Char(')');
    html += row(tr("Status"), status);
    html += row(tr("Phase"), pod.phase + (pod.reason.isEmpty() ? QString() : QStringLiteral(", ") + pod.reason));
    html += row(tr("Node"), node.node.name);
    if (!pod.serviceAccountName.isEmpty())
        html += row(tr("Service account"), pod.serviceAccountName);
    html += row(tr("Restarts"), QString::number(pod.restartCount()));
    html += QStringLiteral("</table><h4>") + esc(tr("Containers")) + QStringLiteral("</h4><ul>");
    for (const KubeContainerStatus &c : pod.containers) {
        QString line = c.name + QStringLiteral(": ") + c.image + QStringLiteral(" — ") + (c.ready ? tr("ready") : tr("not ready"))
            + QStringLiteral(", ") + tr("%n restart(s)", nullptr, c.restartCount) + QStringLiteral(", ") + containerState(c);
        if (!c.message.isEmpty())
            line += QStringLiteral(": ") + c.message;
        if (!c.lastTerminationReason.isEmpty())
            line += QStringLiteral("; ") + tr("last terminated: %1 (exit %2)").arg(c.lastTerminationReason).arg(c.lastExitCode);
        html += QStringLiteral("<li>") + esc(line) + QStringLiteral("</li>");
    }
    if (pod.containers.isEmpty())
        html += QStringLiteral("<li>") + esc(pod.containerNames.join(QStringLiteral(", "))) + QStringLiteral("</li>");
    html += QStringLiteral("</ul>");
    if (!pod.secretsStoreVolumes.isEmpty()) {
        html += QStringLiteral("<h4>") + esc(tr("Secrets Store volumes")) + QStringLiteral("</h4><ul>");
        for (const KubeSecretsStoreVolume &volume : pod.secretsStoreVolumes) {
            QString line = volume.volumeName + QStringLiteral(" → SecretProviderClass ") + volume.secretProviderClass;
            if (!volume.nodePublishSecretRef.isEmpty())
                line += QStringLiteral(", nodePublishSecretRef ") + volume.nodePublishSecretRef;
            html += QStringLiteral("<li>") + esc(line) + QStringLiteral("</li>");
        }
        html += QStringLiteral("</ul>");
    }
    if (app && !app->secretProviderClass.isEmpty()) {
        const Inventory &inventory = m_session->inventory();
        const SecretProviderClassInfo *spc = nullptr;
        for (const SecretProviderClassInfo &candidate : inventory.secretProviderClasses) {
            if (candidate.name == app->secretProviderClass && candidate.namespaceName == pod.namespaceName)
                spc = &candidate;
        }
        html += QStringLiteral("<h4>") + esc(tr("SecretProviderClass %1").arg(app->secretProviderClass)) + QStringLiteral("</h4>");
        if (!spc) {
            html += QStringLiteral("<p>") + esc(tr("Not found in namespace %1.").arg(pod.namespaceName)) + QStringLiteral("</p>");
        } else {
            html += QStringLiteral("<table>");
            html += row(QStringLiteral("keyvaultName"), spc->keyvaultName());
            html += row(QStringLiteral("tenantId"), spc->tenantId());
            html += row(QStringLiteral("cloudName"), spc->cloudName());
            html += row(tr("Identity mode"), identityModeDisplayName(app->identityMode));
            QStringList objects;
            for (const KeyVaultObjectSpec &object : spc->objects)
                objects << object.objectType + QLatin1Char(' ') + object.objectName
                        + (object.objectVersion.isEmpty() ? QString() : QLatin1Char('@') + object.objectVersion)
                        + (object.objectAlias.isEmpty() ? QString() : QStringLiteral(" as ") + object.objectAlias);
            if (!spc->objectsError.isEmpty())
                objects << spc->objectsError;
            html += row(tr("Objects"), objects.join(QStringLiteral(", ")));
            for (auto it = spc->parameters.cbegin(); it != spc->parameters.cend(); ++it) {
                static const QStringList shown{QStringLiteral("keyvaultName"), QStringLiteral("tenantId"), QStringLiteral("tenantID"),
                                               QStringLiteral("cloudName"), QStringLiteral("objects")};
                if (!shown.contains(it.key()))
                    html += row(it.key(), it.value());
            }
            html += QStringLiteral("</table>");
        }
    }
    if (app) {
        html += QStringLiteral("<h4>") + esc(tr("Warning events")) + QStringLiteral("</h4>");
        if (app->events.isEmpty())
            html += QStringLiteral("<p>") + esc(tr("none")) + QStringLiteral("</p>");
        for (const KubeEvent &event : app->events) {
            html += QStringLiteral("<p><b>") + esc(event.reason) + QStringLiteral("</b> ")
                + esc(tr("(%n time(s), last %1)", nullptr, std::max(1, event.count)).arg(event.lastSeen().toString(Qt::ISODate)))
                + QStringLiteral("<br>") + esc(event.message).replace(QLatin1Char('\n'), QStringLiteral("<br>")) + QStringLiteral("</p>");
        }
    }
    return html;
}

} // namespace kvd
