// SPDX-License-Identifier: MIT
#include "core/troubleshoot.h"

#include "core/coretr.h"

#include <algorithm>
#include <climits>

using namespace Qt::StringLiterals;

namespace kvd {

namespace {

const AppPodEntry *findApp(const Inventory &inventory, const QString &ns, const QString &pod, const NodeEntry **nodeOut)
{
    for (const NodeEntry &node : inventory.nodes) {
        for (const AppPodEntry &app : node.apps) {
            if (app.pod.namespaceName == ns && app.pod.name == pod) {
                *nodeOut = &node;
                return &app;
            }
        }
    }
    for (const AppPodEntry &app : inventory.unscheduledApps) {
        if (app.pod.namespaceName == ns && app.pod.name == pod) {
            *nodeOut = nullptr;
            return &app;
        }
    }
    return nullptr;
}

const SecretProviderClassInfo *findSpc(const Inventory &inventory, const QString &ns, const QString &name)
{
    for (const SecretProviderClassInfo &spc : inventory.secretProviderClasses) {
        if (spc.namespaceName == ns && spc.name == name)
            return &spc;
    }
    return nullptr;
}

CheckResult make(const QString &id, const QString &title, CheckVerdict verdict, const QString &detail,
                 const QString &cause = {})
{
    return CheckResult{id, title, verdict, detail, cause};
}

// The daemon pod check, shared by driver and provider.
CheckResult daemonCheck(const QString &id, const QString &title, const NodeEntry *node, const std::optional<KubePod> &pod,
                        const QString &missingCause, const QString &unhealthyCause, const QString &what)
{
    if (!node)
        return make(id, title, CheckVerdict::Skipped, CoreTr::tr("The pod is not scheduled on a node yet."));
    if (!pod) {
        QString detail = CoreTr::tr("No %1 pod runs on node %2.").arg(what, node->node.name);
        if (!node->node.taints.isEmpty())
            detail += u' ' + CoreTr::tr("The node has taints (%1): the DaemonSet may lack a matching toleration.")
                                 .arg([&] {
                                     QStringList t;
                                     for (const KubeTaint &taint : node->node.taints)
                                         t.append(taint.key + u':' + taint.effect);
                                     return t.join(u", "_s);
                                 }());
        if (node->isWindows())
            detail += u' ' + CoreTr::tr("It is a Windows node: the Windows DaemonSets must be enabled (windows.enabled=true).");
        return make(id, title, CheckVerdict::Fail, detail, missingCause);
    }
    const PodHealth health = podHealthOf(*pod);
    if (health != PodHealth::Healthy) {
        return make(id, title, CheckVerdict::Fail,
                    CoreTr::tr("%1 on node %2 is not healthy: %3.").arg(pod->name, node->node.name, podStateSummary(*pod)),
                    unhealthyCause);
    }
    return make(id, title, CheckVerdict::Pass,
                CoreTr::tr("%1 is running and ready on node %2.").arg(pod->name, node->node.name));
}

} // namespace

QList<TroubleshootCandidate> troubleshootCandidates(const Inventory &inventory)
{
    QList<TroubleshootCandidate> out;
    auto add = [&](const AppPodEntry &app, const QString &node) {
        TroubleshootCandidate c;
        c.namespaceName = app.pod.namespaceName;
        c.pod = app.pod.name;
        c.node = node;
        c.failing = app.mountFailing();
        c.state = podStateSummary(app.pod);
        for (auto it = app.events.crbegin(); it != app.events.crend(); ++it) {
            if (it->type == u"Warning"_s) {
                c.lastEvent = it->message;
                break;
            }
        }
        out.append(c);
    };
    for (const NodeEntry &node : inventory.nodes) {
        for (const AppPodEntry &app : node.apps)
            add(app, node.node.name);
    }
    for (const AppPodEntry &app : inventory.unscheduledApps)
        add(app, {});
    std::stable_sort(out.begin(), out.end(), [](const TroubleshootCandidate &a, const TroubleshootCandidate &b) {
        if (a.failing != b.failing)
            return a.failing;
        return std::tie(a.namespaceName, a.pod) < std::tie(b.namespaceName, b.pod);
    });
    return out;
}

QString checkVerdictId(CheckVerdict verdict)
{
    switch (verdict) {
    case CheckVerdict::Pass: return u"pass"_s;
    case CheckVerdict::Warning: return u"warning"_s;
    case CheckVerdict::Fail: return u"fail"_s;
    case CheckVerdict::Skipped: return u"skipped"_s;
    }
    return u"skipped"_s;
}

QString checkVerdictSymbol(CheckVerdict verdict)
{
    switch (verdict) {
    case CheckVerdict::Pass: return u"✓"_s;
    case CheckVerdict::Warning: return u"!"_s;
    case CheckVerdict::Fail: return u"✗"_s;
    case CheckVerdict::Skipped: return u"–"_s;
    }
    return u"–"_s;
}

QString checkVerdictDisplayName(CheckVerdict verdict)
{
    switch (verdict) {
    case CheckVerdict::Pass: return CoreTr::tr("Pass");
    case CheckVerdict::Warning: return CoreTr::tr("Warning");
    case CheckVerdict::Fail: return CoreTr::tr("Fail");
    case CheckVerdict::Skipped: return CoreTr::tr("Skipped");
    }
    return {};
}

QJsonObject CheckResult::toJson() const
{
    QJsonObject o{{u"id"_s, id}, {u"title"_s, title}, {u"verdict"_s, checkVerdictId(verdict)}, {u"detail"_s, detail}};
    if (!causeId.isEmpty())
        o.insert(u"cause"_s, causeId);
    return o;
}

QList<Finding> findingsForPod(const QList<Finding> &findings, const QString &ns, const QString &pod, const QString &node)
{
    QList<Finding> out;
    for (const Finding &f : findings) {
        bool concerns = f.node.isEmpty() && f.nodes().isEmpty();
        if (!node.isEmpty() && (f.node == node || f.nodes().contains(node)))
            concerns = true;
        for (const Evidence &e : f.evidence) {
            if (e.pod == pod && e.namespaceName == ns)
                concerns = true;
        }
        if (concerns)
            out.append(f);
    }
    return out;
}

QList<CheckResult> runTroubleshootChecks(const TroubleshootInput &input)
{
    namespace Ids = TroubleshootCheckIds;
    QList<CheckResult> checks;
    const QString podTitle = CoreTr::tr("The pod exists and mounts a secrets-store volume");
    if (!input.inventory) {
        checks.append(make(Ids::pod, podTitle, CheckVerdict::Skipped, CoreTr::tr("No cluster state was collected (offline analysis).")));
    }
    const NodeEntry *node = nullptr;
    const AppPodEntry *app = input.inventory ? findApp(*input.inventory, input.namespaceName, input.pod, &node) : nullptr;
    if (input.inventory && !app) {
        checks.append(make(Ids::pod, podTitle, CheckVerdict::Fail,
                           CoreTr::tr("%1/%2 was not found among the pods that mount a secrets-store volume.")
                               .arg(input.namespaceName, input.pod)));
    } else if (app) {
        checks.append(make(Ids::pod, podTitle, app->mountFailing() ? CheckVerdict::Fail : CheckVerdict::Pass,
                           app->mountFailing()
                               ? CoreTr::tr("%1/%2 is %3 on node %4: its secrets volume does not mount.")
                                     .arg(input.namespaceName, input.pod, podStateSummary(app->pod),
                                          node ? node->node.name : CoreTr::tr("(none)"))
                               : CoreTr::tr("%1/%2 is %3.").arg(input.namespaceName, input.pod, podStateSummary(app->pod)),
                           app->mountFailing() ? u"app-mount-failing"_s : QString()));
    }

    // SecretProviderClass: exists, and its parameters fit its identity mode.
    const QString spcTitle = CoreTr::tr("The SecretProviderClass exists and is valid for its identity mode");
    if (!app) {
        checks.append(make(Ids::secretProviderClass, spcTitle, CheckVerdict::Skipped, CoreTr::tr("No pod to check.")));
    } else if (const SecretProviderClassInfo *spc = findSpc(*input.inventory, app->pod.namespaceName, app->secretProviderClass)) {
        const QStringList problems = spc->validationProblems();
        const QString mode = identityModeDisplayName(spc->identityMode(app->nodePublishSecretRef));
        if (problems.isEmpty()) {
            checks.append(make(Ids::secretProviderClass, spcTitle, CheckVerdict::Pass,
                               CoreTr::tr("%1 (%2, vault %3).").arg(spc->name, mode, spc->keyvaultName())));
        } else {
            checks.append(make(Ids::secretProviderClass, spcTitle, CheckVerdict::Fail,
                               CoreTr::tr("%1 (%2): %3").arg(spc->name, mode, problems.join(u"; "_s)), u"spc-parameters-invalid"_s));
        }
    } else {
        checks.append(make(Ids::secretProviderClass, spcTitle, CheckVerdict::Fail,
                           CoreTr::tr("SecretProviderClass %1 does not exist in namespace %2.")
                               .arg(app->secretProviderClass, app->pod.namespaceName),
                           u"secretproviderclass-not-found"_s));
    }

    const QString csiTitle = CoreTr::tr("The CSIDriver object secrets-store.csi.k8s.io exists");
    if (!input.inventory)
        checks.append(make(Ids::csiDriver, csiTitle, CheckVerdict::Skipped, CoreTr::tr("No cluster state was collected.")));
    else if (input.inventory->csiDriver)
        checks.append(make(Ids::csiDriver, csiTitle, CheckVerdict::Pass, CoreTr::tr("Present.")));
    else
        checks.append(make(Ids::csiDriver, csiTitle, CheckVerdict::Fail,
                           CoreTr::tr("Missing: the Secrets Store CSI driver is not installed (or its CSIDriver object was deleted)."),
                           u"csidriver-missing"_s));

    const QString driverTitle = CoreTr::tr("The CSI driver pod runs and is ready on the pod's node");
    const QString providerTitle = CoreTr::tr("The Azure provider pod runs and is ready on the pod's node");
    if (!app) {
        checks.append(make(Ids::driverPod, driverTitle, CheckVerdict::Skipped, CoreTr::tr("No pod to check.")));
        checks.append(make(Ids::providerPod, providerTitle, CheckVerdict::Skipped, CoreTr::tr("No pod to check.")));
    } else {
        checks.append(daemonCheck(Ids::driverPod, driverTitle, node, node ? node->driver : std::nullopt,
                                  u"driver-not-registered-on-node"_s, u"driver-pod-unhealthy"_s, CoreTr::tr("CSI driver")));
        checks.append(daemonCheck(Ids::providerPod, providerTitle, node, node ? node->provider : std::nullopt,
                                  u"provider-missing-on-node"_s, u"provider-pod-unhealthy"_s, CoreTr::tr("Azure provider")));
    }

    const QString versionTitle = CoreTr::tr("Driver and provider versions");
    if (!input.inventory) {
        checks.append(make(Ids::versions, versionTitle, CheckVerdict::Skipped, CoreTr::tr("No cluster state was collected.")));
    } else {
        const QString versions = CoreTr::tr("driver %1, provider %2")
                                     .arg(input.inventory->driverVersions.join(u", "_s), input.inventory->providerVersions.join(u", "_s));
        auto tooOld = [](const QStringList &tags) {
            return std::any_of(tags.cbegin(), tags.cend(), [](const QString &t) { return t.startsWith(u"v0."_s) || t.startsWith(u"0."_s); });
        };
        const bool old = tooOld(input.inventory->driverVersions) || tooOld(input.inventory->providerVersions);
        const bool mixed = input.inventory->driverVersions.size() > 1 || input.inventory->providerVersions.size() > 1;
        if (old)
            checks.append(make(Ids::versions, versionTitle, CheckVerdict::Warning,
                               CoreTr::tr("%1: versions before v1.0 lack fixes and rotation support.").arg(versions),
                               u"driver-provider-version-too-old"_s));
        else if (mixed)
            checks.append(make(Ids::versions, versionTitle, CheckVerdict::Warning,
                               CoreTr::tr("%1: several versions run at once (a rollout in progress or stuck).").arg(versions)));
        else
            checks.append(make(Ids::versions, versionTitle, CheckVerdict::Pass, versions));
    }

    const QString eventsTitle = CoreTr::tr("The pod's events");
    if (!app) {
        checks.append(make(Ids::events, eventsTitle, CheckVerdict::Skipped, CoreTr::tr("No pod to check.")));
    } else {
        const auto warnings = std::count_if(app->events.cbegin(), app->events.cend(),
                                            [](const KubeEvent &e) { return e.type == u"Warning"_s; });
        if (warnings == 0) {
            checks.append(make(Ids::events, eventsTitle, CheckVerdict::Pass, CoreTr::tr("No Warning events.")));
        } else {
            const KubeEvent &last = app->events.constLast();
            checks.append(make(Ids::events, eventsTitle, CheckVerdict::Fail,
                               CoreTr::tr("%n Warning event(s); the latest: %1 %2", nullptr, int(warnings)).arg(last.reason, last.message.trimmed())));
        }
    }

    const QString logsTitle = CoreTr::tr("The provider and driver logs of the pod's node");
    if (!input.logsAnalysed) {
        checks.append(make(Ids::logs, logsTitle, CheckVerdict::Skipped,
                           input.logsSkippedReason.isEmpty() ? CoreTr::tr("The logs were not read.") : input.logsSkippedReason));
    } else {
        const QList<Finding> relevant =
            findingsForPod(input.findings, input.namespaceName, input.pod, node ? node->node.name : QString());
        const Finding *top = nullptr;
        for (const Finding &f : relevant) {
            const bool fromLogs = std::any_of(f.evidence.cbegin(), f.evidence.cend(),
                                              [](const Evidence &e) { return e.kind == Evidence::Kind::LogLine; });
            if (fromLogs && f.severity != FindingSeverity::Info) {
                top = &f;
                break;
            }
        }
        if (top) {
            const Rule *rule = RuleCatalogue::builtin().rule(top->cause);
            checks.append(make(Ids::logs, logsTitle, top->severity == FindingSeverity::Error ? CheckVerdict::Fail : CheckVerdict::Warning,
                               CoreTr::tr("%1 (%n occurrence(s) in %2 lines read).", nullptr, int(std::min<qint64>(top->count, INT_MAX)))
                                   .arg(rule ? rule->title.text() : top->cause)
                                   .arg(input.logLines),
                               top->cause));
        } else {
            checks.append(make(Ids::logs, logsTitle, CheckVerdict::Pass,
                               CoreTr::tr("No known error in %1 lines read.").arg(input.logLines)));
        }
    }

    const QString rbacTitle = CoreTr::tr("Your permissions for the connectivity test");
    if (!input.deniedPermissions) {
        checks.append(make(Ids::permissions, rbacTitle, CheckVerdict::Skipped, CoreTr::tr("Not checked.")));
    } else if (input.deniedPermissions->isEmpty()) {
        checks.append(make(Ids::permissions, rbacTitle, CheckVerdict::Pass,
                           CoreTr::tr("You may create, exec into and delete the probe pod.")));
    } else {
        checks.append(make(Ids::permissions, rbacTitle, CheckVerdict::Warning,
                           CoreTr::tr("Missing: %1. The connectivity test cannot run with this account.")
                               .arg(input.deniedPermissions->join(u", "_s))));
    }
    return checks;
}

bool isConnectivityCause(const QString &causeId)
{
    const Rule *rule = RuleCatalogue::builtin().rule(causeId);
    if (!rule)
        return false;
    if (rule->component == u"entra-id"_s || rule->component == u"key-vault"_s || rule->component == u"network"_s)
        return true;
    // NMI, IMDS and workload identity token paths are what the probe reproduces.
    static const QStringList prefixes{u"aad-"_s, u"imds-"_s, u"wi-"_s, u"sp-"_s};
    return std::any_of(prefixes.cbegin(), prefixes.cend(), [&](const QString &p) { return causeId.startsWith(p); })
           && causeId != u"aad-pod-identity-invalid-azureidentity"_s;
}

NextStep recommendNextStep(const QList<Finding> &findings, const QList<CheckResult> &checks)
{
    NextStep next;
    // A failed cluster check is fixed first: the probe would only confirm the pod cannot mount.
    for (const CheckResult &check : checks) {
        if (check.verdict != CheckVerdict::Fail || check.id == TroubleshootCheckIds::pod || check.id == TroubleshootCheckIds::events
            || check.id == TroubleshootCheckIds::logs)
            continue;
        next.offerConnectivityTest = false;
        next.causeId = check.causeId;
        next.reason = CoreTr::tr("Not needed yet: the cluster itself is the problem (%1). Fix that first; a connectivity "
                                 "test from the node would not tell more.")
                          .arg(check.title);
        return next;
    }
    const Finding *top = nullptr;
    for (const Finding &f : findings) {
        if (f.severity != FindingSeverity::Info) {
            top = &f;
            break;
        }
    }
    const bool podFailing = std::any_of(checks.cbegin(), checks.cend(), [](const CheckResult &c) {
        return c.id == TroubleshootCheckIds::pod && c.verdict == CheckVerdict::Fail && c.causeId == u"app-mount-failing"_s;
    });
    if (top) {
        const Rule *rule = RuleCatalogue::builtin().rule(top->cause);
        const QString title = rule ? rule->title.text() : top->cause;
        next.causeId = top->cause;
        if (isConnectivityCause(top->cause)) {
            next.offerConnectivityTest = true;
            next.reason = CoreTr::tr("Recommended: the likely cause (%1) lies between the node and Microsoft Entra ID or Key "
                                     "Vault. The test repeats the provider's requests from the same node with the same "
                                     "identity and shows where they fail.")
                              .arg(title);
        } else if (rule && rule->symptom) {
            next.offerConnectivityTest = true;
            next.reason = CoreTr::tr("Recommended: the logs show only a generic symptom (%1), not its cause. The test "
                                     "checks DNS, network, token and Key Vault access step by step.")
                              .arg(title);
        } else {
            next.reason = CoreTr::tr("Not needed: the likely cause (%1) is in the configuration, not in the connection. "
                                     "Apply its fix first.")
                              .arg(title);
        }
        return next;
    }
    if (podFailing) {
        next.offerConnectivityTest = true;
        next.reason = CoreTr::tr("Recommended: the pod cannot mount its secrets and no known cause was recognised. The "
                                 "test checks the path to Key Vault step by step.");
    } else {
        next.reason = CoreTr::tr("Not needed: no problem was found.");
    }
    return next;
}

} // namespace kvd
