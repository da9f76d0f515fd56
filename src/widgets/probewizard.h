// SPDX-License-Identifier: MIT
#pragma once

// "Test Connectivity" (issue 7): target → plan and pod YAML → consent → run → results. The
// wizard drives a ProbeRunner (kube/proberunner.h) without blocking the GUI; the probe pod is
// deleted at the end, on cancel and when the wizard is closed mid-run. A client secret typed
// here stays in memory for this wizard only (masked, never saved, redacted from copied text).

#include "core/detector.h"
#include "core/inventory.h"
#include "core/probeplan.h"

#include <QJsonObject>
#include <QList>
#include <QPointer>
#include <QWizard>

#include <memory>

class QWizardPage;

namespace Ui {
class ProbeTargetPage;
class ProbePlanPage;
class ProbeConsentPage;
class ProbeRunPage;
class ProbeResultsPage;
} // namespace Ui

namespace kvd {

class ClusterSession;
class KubeClient;
class ProbeInputsLoader;
class ProbeLeftovers;
class ProbeRunner;

class ProbeWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId { TargetPageId, PlanPageId, ConsentPageId, RunPageId, ResultsPageId };

    // `candidates`: the application pods to offer (see candidatePods()). `contextName` is shown.
    ProbeWizard(KubeClient *client, const QString &contextName, const QList<AppPodEntry> &candidates, QWidget *parent = nullptr);
    ~ProbeWizard() override;

    // Entry point for the main window: opens the wizard (non-modal, deleted when closed) on the
    // session's cluster, with `selected` (or the first failing pod) preselected. Returns the
    // wizard so the caller can connect probeFinished(); nullptr when the session has no client.
    static ProbeWizard *start(QWidget *parent, ClusterSession *session, const KubePod *selected = nullptr);
    static ProbeWizard *start(QWidget *parent, ClusterSession *session, const QString &namespaceName, const QString &podName);

    // Application pods with Secrets Store volumes on a known node: failing mounts first, then by
    // namespace and name.
    static QList<AppPodEntry> candidatePods(const Inventory &inventory);

    void selectPod(const QString &namespaceName, const QString &podName);
    // The runner's poll interval for the pod's state (tests use a short one).
    void setPollInterval(int milliseconds) { m_pollIntervalMs = milliseconds; }

    const ProbePlan &plan() const { return m_plan; }
    ProbeRunner *runner() const { return m_runner; }
    bool isRunning() const;
    bool hasResults() const { return m_runFinished; }
    QList<ProbeStepResult> results() const;
    ProbeSummary summary() const;
    // probeReportJson() plus "context", "canceled", "inputWarnings" and the flat keys the report
    // reads as ReportInput::connectivity ("verdict", "target", "identity", "node", "vault",
    // "finished", "results": [{stepId, title, verdict, actual, causeId, causeTitle, fix}]);
    // empty before the run ends.
    QJsonObject reportJson() const;
    // One finding per failed or warning step with a catalogue cause (evidence: the step and what
    // happened, on the probed node and pod), for the findings list; empty before the run ends.
    QList<Finding> findings() const;
    // The results as Markdown for a ticket, redacted (tokens, the typed client secret, ...).
    QString resultsMarkdown() const;
    // The catalogue's title for a cause id (the id itself when the catalogue lacks it).
    static QString causeTitle(const QString &causeId);

public Q_SLOTS:
    void copyResults();
    // Stops the run; the probe pod is deleted and the wizard stays open on its results.
    void cancelRun();

Q_SIGNALS:
    // Once per run, after cleanup (also when canceled): the report (see reportJson()) for the
    // findings and the report export.
    void probeFinished(const QJsonObject &report);

protected:
    // While the test runs, Cancel/Escape/close stop it first and close once the pod is deleted.
    void reject() override;

private:
    void setUpTargetPage();
    void setUpPlanPage();
    void setUpConsentPage();
    void setUpRunPage();
    void setUpResultsPage();
    void loadInputs();
    void onInputsLoaded();
    void onInputsFailed(const QString &error);
    void onPodChanged();
    void updateSecretGroup();
    void updateDetected();
    bool targetComplete() const;
    bool validateTarget();
    ProbeIdentity chosenIdentity() const; // Unknown for "auto"
    ProbeIdentity effectiveIdentity() const;
    void fillPlanPage();
    void showPlanStep();
    void fillConsentPage();
    void startRun();
    void onStepStarted(const QString &stepId);
    void onStepFinished(const ProbeStepResult &result);
    void onRunFinished();
    void fillResultsPage();
    void showResultDetails();
    void onLeftoversFound(const QList<KubeObjectMeta> &pods);
    void onLeftoversRemoved(int count, const QStringList &errors);
    int stepRow(const QString &stepId) const;
    ProbeStepResult resultFor(const QString &stepId) const;

    QPointer<KubeClient> m_client;
    QString m_contextName;
    QList<AppPodEntry> m_candidates;
    std::unique_ptr<Ui::ProbeTargetPage> m_target;
    std::unique_ptr<Ui::ProbePlanPage> m_planUi;
    std::unique_ptr<Ui::ProbeConsentPage> m_consent;
    std::unique_ptr<Ui::ProbeRunPage> m_run;
    std::unique_ptr<Ui::ProbeResultsPage> m_results;
    QWizardPage *m_targetPage = nullptr;
    QWizardPage *m_runPage = nullptr;
    QPointer<ProbeInputsLoader> m_loader;
    ProbeLeftovers *m_leftovers = nullptr;
    ProbeInputs m_inputs;
    QStringList m_inputWarnings;
    bool m_inputsLoaded = false;
    bool m_leftoversRetried = false;
    ProbeIdentity m_derived = ProbeIdentity::Unknown;
    ProbePlan m_plan;
    ProbeRunner *m_runner = nullptr;
    bool m_runFinished = false;
    bool m_canceled = false;
    bool m_closeWhenFinished = false;
    QByteArray m_typedSecret; // only to redact copied text; zeroed in the destructor
    QJsonObject m_report;
    int m_pollIntervalMs = 1000;
};

} // namespace kvd
