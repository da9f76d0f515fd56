// SPDX-License-Identifier: MIT
#pragma once

// The automatic part of troubleshooting one pod against a live cluster, in stages: read the
// inventory, pick the pod (the one asked for, else the first failing one), read the provider and
// driver logs of its node for the chosen time range and analyse them with the pod's events and
// the cluster state, check the user's permissions for the connectivity test, then run the
// checks (core/troubleshoot.h). The Troubleshoot wizard and `kvdoctor-cli diagnose` both drive
// this one job, so their verdicts cannot drift apart.

#include "core/detector.h"
#include "core/inventory.h"
#include "core/report.h"
#include "core/troubleshoot.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <memory>

namespace kvd {

class KubeClient;
class KubeJob;
class InventoryCollector;
struct KubeError;

struct DiagnoseOptions
{
    QString namespaceName;      // the pod's namespace (also limits the app pods read); empty: all
    QString pod;                // empty: the first failing pod
    qint64 sinceSeconds = 3600; // log time range; 0: all
    bool checkPermissions = true;
    int pageSize = 500;
};

class DiagnoseJob : public QObject
{
    Q_OBJECT
public:
    enum class Stage { Idle, Inventory, Logs, Permissions, Checks, Finished, Failed };
    Q_ENUM(Stage)

    explicit DiagnoseJob(KubeClient *client, QObject *parent = nullptr);
    ~DiagnoseJob() override;

    void start(const DiagnoseOptions &options);
    void cancel();
    bool isRunning() const { return m_stage != Stage::Idle && m_stage != Stage::Finished && m_stage != Stage::Failed; }
    Stage stage() const { return m_stage; }

    const Inventory &inventory() const { return m_inventory; }
    QStringList inventoryWarnings() const { return m_warnings; }
    // The pod examined; empty when none was asked for and none is failing.
    QString targetNamespace() const { return m_targetNamespace; }
    QString targetPod() const { return m_targetPod; }
    QString targetNode() const { return m_targetNode; }
    QList<Finding> findings() const { return m_findings; }          // all, sorted
    QList<Finding> podFindings() const;                              // those about the target pod
    QList<CheckResult> checks() const { return m_checks; }
    NextStep nextStep() const { return m_next; }
    QList<CollectedSource> collected() const { return m_collected; }
    // The logs read, by source ("ns/pod/container"), for the report bundle and excerpts.
    QList<QPair<QString, QByteArray>> logs() const;
    // What the report needs (findings, inventory, excerpts from the logs read, collected).
    ReportInput reportInput() const;
    // The verdicts as JSON: {"target", "checks": [...], "nextStep": {...}, "topCause"}.
    QJsonObject resultJson() const;

Q_SIGNALS:
    void stageChanged(kvd::DiagnoseJob::Stage stage, const QString &description);
    void progress(int done, int total, const QString &message);
    void checkFinished(const kvd::CheckResult &check);
    void finished();
    void failed(const QString &message);

private:
    void setStage(Stage stage, const QString &description);
    void onInventory();
    void fetchLogs();
    void analyse();
    void checkPermissions();
    void runChecks();
    void fail(const QString &message);

    QPointer<KubeClient> m_client;
    DiagnoseOptions m_options;
    Stage m_stage = Stage::Idle;
    std::unique_ptr<InventoryCollector> m_collector;
    Inventory m_inventory;
    QStringList m_warnings;
    QString m_targetNamespace;
    QString m_targetPod;
    QString m_targetNode;
    std::unique_ptr<Detector> m_detector;
    // Shared with the report's excerpt provider, which may outlive the job.
    std::shared_ptr<QHash<QString, QByteArray>> m_logData;
    QStringList m_logOrder;
    QStringList m_logErrors;
    qint64 m_logLines = 0;
    bool m_logsAnalysed = false;
    QList<QPointer<KubeJob>> m_jobs;
    int m_pending = 0;
    QStringList m_denied;
    bool m_permissionsChecked = false;
    QList<Finding> m_findings;
    QList<CheckResult> m_checks;
    NextStep m_next;
    QList<CollectedSource> m_collected;
};

} // namespace kvd
