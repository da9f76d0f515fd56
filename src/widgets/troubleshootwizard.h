// SPDX-License-Identifier: MIT
#pragma once

// "Troubleshoot" (issue 9): target → automatic checks → findings → next steps → report.
// The run lives in a TroubleshootSession the caller owns, so closing the wizard keeps it and
// reopening resumes where it was. Against a cluster the checks come from DiagnoseJob (the job
// `kvdoctor-cli diagnose` drives, so GUI and CLI give the same verdicts); offline, log files,
// folders and zip bundles are analysed by the Detector in a worker thread and the checks that
// need a cluster are skipped with that reason.

#include "core/detector.h"
#include "core/inventory.h"
#include "core/report.h"
#include "core/troubleshoot.h"
#include "models/reportexport.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QWizard>

#include <atomic>
#include <memory>
#include <optional>

class QTemporaryDir;
class QThread;

namespace Ui {
class TroubleshootTargetPage;
class TroubleshootChecksPage;
class TroubleshootFindingsPage;
class TroubleshootNextPage;
class TroubleshootReportPage;
} // namespace Ui

namespace kvd {

class DiagnoseJob;
class ExportDialog;
class InventoryCollector;
class KubeClient;
class ProbeWizard;

struct TroubleshootTarget
{
    bool offline = false;
    QString namespaceName;      // empty: any
    QString pod;                // empty: the first failing pod
    qint64 sinceSeconds = 3600; // log time range; 0: the whole log
    QStringList files;          // offline: files, folders, zip archives
    bool operator==(const TroubleshootTarget &) const = default;
};

// One troubleshooting run and everything it found; outlives the wizard (the caller owns it).
class TroubleshootSession : public QObject
{
    Q_OBJECT
public:
    enum class State { NotRun, Running, Finished, Failed, Cancelled };
    Q_ENUM(State)

    // `client` may be null (offline only).
    TroubleshootSession(KubeClient *client, const QString &contextName, QObject *parent = nullptr);
    ~TroubleshootSession() override;

    KubeClient *client() const;
    QString contextName() const { return m_contextName; }

    // The pods to offer: from an inventory the caller already has, else read by loadCandidates().
    void setInventory(const Inventory &inventory);
    void loadCandidates();
    bool isLoadingCandidates() const { return m_collector != nullptr; }
    QList<TroubleshootCandidate> candidates() const { return m_candidates; }
    QString candidatesError() const { return m_candidatesError; }
    bool hasCandidateInventory() const { return m_candidateInventory.has_value(); }
    const std::optional<Inventory> &candidateInventory() const { return m_candidateInventory; }

    TroubleshootTarget target() const { return m_target; }
    // A different target makes the results stale (state NotRun) until run() again.
    void setTarget(const TroubleshootTarget &target);

    // True when the target differs from the last run's, or nothing ran yet.
    bool needsRun() const;
    void run();
    void cancel();
    State state() const { return m_state; }
    bool isRunning() const { return m_state == State::Running; }
    bool hasResults() const { return m_state == State::Finished; }
    QString stateMessage() const { return m_stateMessage; }
    int progressDone() const { return m_progressDone; }
    int progressTotal() const { return m_progressTotal; }

    // The pod examined (offline: the target as typed, possibly empty).
    QString examinedNamespace() const { return m_examinedNamespace; }
    QString examinedPod() const { return m_examinedPod; }
    QString examinedNode() const { return m_examinedNode; }
    QList<CheckResult> checks() const { return m_checks; }
    QList<Finding> findings() const { return m_findings; } // those about the pod, sorted
    NextStep nextStep() const { return m_next; }
    // The inventory read by the last run (cluster mode), for the connectivity test's pods.
    const std::optional<Inventory> &inventory() const { return m_inventory; }
    // {"target", "node", "checks", "topCause", "nextStep"} as DiagnoseJob::resultJson().
    QJsonObject resultJson() const;

    QJsonObject connectivity() const { return m_connectivity; }
    void setConnectivity(const QJsonObject &report);

    // What the report is made of: the run's findings with excerpts, the inventory, the
    // connectivity test, and the checks and next step (as "check"/"next-step" collected rows,
    // so every format lists what was checked).
    ReportInput reportInput() const;
    QList<BundleLog> bundleLogs() const;

    // The wizard page shown last, so reopening resumes there.
    int currentPage() const { return m_currentPage; }
    void setCurrentPage(int id) { m_currentPage = id; }

Q_SIGNALS:
    void candidatesChanged();
    void started();
    void stageChanged(const QString &description);
    void progress(int done, int total, const QString &message);
    void checkFinished(const kvd::CheckResult &check);
    void stateChanged(kvd::TroubleshootSession::State state);
    void connectivityChanged();

private:
    struct OfflineResult;
    void clearResults();
    void setState(State state, const QString &message);
    void onJobFinished();
    void runOffline();
    void onOfflineFinished(const std::shared_ptr<OfflineResult> &result, quint64 generation);
    void stopOffline();

    QPointer<KubeClient> m_client;
    QString m_contextName;
    InventoryCollector *m_collector = nullptr;
    std::optional<Inventory> m_candidateInventory;
    QList<TroubleshootCandidate> m_candidates;
    QString m_candidatesError;
    TroubleshootTarget m_target;
    TroubleshootTarget m_ranTarget;
    DiagnoseJob *m_job = nullptr;
    State m_state = State::NotRun;
    QString m_stateMessage;
    int m_progressDone = 0;
    int m_progressTotal = 0;
    QString m_examinedNamespace;
    QString m_examinedPod;
    QString m_examinedNode;
    QList<CheckResult> m_checks;
    QList<Finding> m_findings;
    NextStep m_next;
    std::optional<Inventory> m_inventory;
    QJsonObject m_connectivity;
    ReportInput m_reportBase;
    QList<BundleLog> m_bundleLogs;
    int m_currentPage = -1;
    // Offline analysis
    QThread *m_thread = nullptr;
    std::shared_ptr<std::atomic_bool> m_cancelOffline;
    quint64 m_generation = 0;
    std::unique_ptr<QTemporaryDir> m_extractDir;
};

class TroubleshootWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId { TargetPageId, ChecksPageId, FindingsPageId, NextStepsPageId, ReportPageId };

    // A wizard on its own session (a child of `parent` when given, else of the wizard), so a
    // main window that keeps the wizard's session() can reopen it with the next constructor.
    TroubleshootWizard(KubeClient *client, const QString &contextName, QWidget *parent = nullptr);
    // A wizard on `session` (not owned): shows the page the session was left on, with its results.
    explicit TroubleshootWizard(TroubleshootSession *session, QWidget *parent = nullptr);
    ~TroubleshootWizard() override;

    // Entry point for the main window: opens the wizard on `session` non-modal (deleted when
    // closed; the session keeps the run).
    static TroubleshootWizard *open(QWidget *parent, TroubleshootSession *session);

    TroubleshootSession *session() const { return m_session; }
    // Preselects a pod on the target page (cluster mode).
    void setTarget(const QString &namespaceName, const QString &pod);
    // Switches the target page to offline analysis of `paths` (files, folders, zips).
    void setOfflineFiles(const QStringList &paths);
    // The connectivity test's poll interval (tests use a short one).
    void setProbePollInterval(int milliseconds) { m_probePollMs = milliseconds; }

    ExportDialog *exportForm() const { return m_export; }
    // The finding selected on the findings page (the likely cause when the page opens).
    std::optional<Finding> currentFinding() const;
    // "ns/pod/container:42 — text" (events: "event ns/pod — text") as the evidence list shows it.
    static QString evidenceText(const Evidence &evidence);
    ProbeWizard *probeWizard() const { return m_probe; }

public Q_SLOTS:
    // Opens the connectivity test on the examined pod; its results join the run and the report.
    void runConnectivityTest();
    void showSelectedEvidence();

Q_SIGNALS:
    // "Show in logs": the main window opens the log viewer at `line` (1-based) of `source`
    // (a file path or "namespace/pod/container").
    void showEvidence(const QString &source, qint64 line);
    // Any evidence activated (also events and cluster state, for the details pane).
    void evidenceActivated(const kvd::Evidence &evidence);

protected:
    void done(int result) override;

private:
    void setUp();
    void setUpTargetPage();
    void setUpChecksPage();
    void setUpFindingsPage();
    void setUpNextPage();
    void setUpReportPage();
    void fillCandidates();
    void updateTargetMode();
    bool targetComplete() const;
    TroubleshootTarget targetFromPage() const;
    void showTargetOnPage(const TroubleshootTarget &target);
    void initChecksPage();
    void addCheckRow(const CheckResult &check);
    void updateChecksStatus();
    void fillFindingsPage();
    void showFindingDetails();
    void fillNextPage();
    void fillReportPage();
    void resume();

    QPointer<TroubleshootSession> m_session;
    std::unique_ptr<Ui::TroubleshootTargetPage> m_targetUi;
    std::unique_ptr<Ui::TroubleshootChecksPage> m_checksUi;
    std::unique_ptr<Ui::TroubleshootFindingsPage> m_findingsUi;
    std::unique_ptr<Ui::TroubleshootNextPage> m_nextUi;
    std::unique_ptr<Ui::TroubleshootReportPage> m_reportUi;
    QWizardPage *m_targetPage = nullptr;
    QWizardPage *m_checksPage = nullptr;
    ExportDialog *m_export = nullptr;
    QPointer<ProbeWizard> m_probe;
    int m_probePollMs = 1000;
};

} // namespace kvd
