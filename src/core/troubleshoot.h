// SPDX-License-Identifier: MIT
#pragma once

// The troubleshooting sequence's logic (issue 9), shared by the Troubleshoot wizard and
// `kvdoctor-cli diagnose` so both give the same verdicts: which pods to offer, the automatic
// checks for one pod (from the inventory, the findings of its node's logs and events, and the
// user's permissions), and whether the connectivity test is the next step and why.

#include "core/detector.h"
#include "core/inventory.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace kvd {

// A pod worth troubleshooting: mounts a secrets-store volume and has FailedMount events or is
// stuck creating its containers (failing first), or any other secrets-store pod.
struct TroubleshootCandidate
{
    QString namespaceName;
    QString pod;
    QString node;          // empty when not scheduled
    bool failing = false;
    QString state;         // podStateSummary
    QString lastEvent;     // the newest Warning event's message
};
QList<TroubleshootCandidate> troubleshootCandidates(const Inventory &inventory);

enum class CheckVerdict { Pass, Warning, Fail, Skipped };
QString checkVerdictId(CheckVerdict verdict);          // "pass", "warning", "fail", "skipped"
QString checkVerdictSymbol(CheckVerdict verdict);      // ✓ ! ✗ – (never colour alone)
QString checkVerdictDisplayName(CheckVerdict verdict); // translated

struct CheckResult
{
    QString id;            // stable: see TroubleshootCheckIds
    QString title;         // translated: what was checked
    CheckVerdict verdict = CheckVerdict::Skipped;
    QString detail;        // translated: what was found, or why it was skipped
    QString causeId;       // the catalogue cause when the check failed for a known cause
    QJsonObject toJson() const;
};

namespace TroubleshootCheckIds {
inline const QString pod = QStringLiteral("pod");
inline const QString secretProviderClass = QStringLiteral("secret-provider-class");
inline const QString csiDriver = QStringLiteral("csidriver");
inline const QString driverPod = QStringLiteral("driver-pod");
inline const QString providerPod = QStringLiteral("provider-pod");
inline const QString versions = QStringLiteral("versions");
inline const QString events = QStringLiteral("events");
inline const QString logs = QStringLiteral("logs");
inline const QString permissions = QStringLiteral("permissions");
} // namespace TroubleshootCheckIds

struct TroubleshootInput
{
    const Inventory *inventory = nullptr;
    QString namespaceName;
    QString pod;
    // Findings of the detector over the pod's node: its provider and driver logs for the chosen
    // time range, the pod's events and the cluster state.
    QList<Finding> findings;
    bool logsAnalysed = false;       // false: the logs step is skipped with logsSkippedReason
    QString logsSkippedReason;       // e.g. "offline", "RBAC: cannot get pods/log", fetch error
    qint64 logLines = 0;
    // Permissions the connectivity test needs that the user lacks (SelfSubjectAccessReview);
    // nullopt when they were not checked (offline, or the review itself was refused).
    std::optional<QStringList> deniedPermissions;
};

QList<CheckResult> runTroubleshootChecks(const TroubleshootInput &input);

struct NextStep
{
    bool offerConnectivityTest = false;
    QString reason;        // translated: why it is (or is not) the next step
    QString causeId;       // the cause the decision rests on, empty when none
};
// The connectivity test is offered when the likely cause lies between the node and Entra ID or
// Key Vault (network, identity, permissions on the vault) or when the pod fails for no known
// cause; not when the cluster itself is the cause (driver missing, SPC absent, provider down).
NextStep recommendNextStep(const QList<Finding> &findings, const QList<CheckResult> &checks);
bool isConnectivityCause(const QString &causeId);

// The findings that concern the pod: on its node, naming it, or cluster-wide.
QList<Finding> findingsForPod(const QList<Finding> &findings, const QString &namespaceName, const QString &pod,
                              const QString &node);

} // namespace kvd
