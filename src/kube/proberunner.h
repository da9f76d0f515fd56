// SPDX-License-Identifier: MIT
#pragma once

// Runs a ProbePlan against a cluster: RBAC preflight, the probe pod, the steps by exec, cleanup.
// The pod is deleted at the end, on cancel, on error and when the runner is destroyed.
// Secrets (client secret, service account token, access tokens) stay in this object's memory:
// they travel to the pod on exec stdin only, never in argv, signals' text or logs.

#include "core/probeplan.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

class QTimer;

namespace kvd {

class KubeClient;
class KubeExec;
class KubeJob;
struct KubeError;

class ProbeRunner : public QObject
{
    Q_OBJECT
public:
    enum class Phase { Idle, Preflight, CreatingPod, WaitingForPod, RunningSteps, CleaningUp, Finished, Canceled };
    Q_ENUM(Phase)

    ProbeRunner(KubeClient *client, const ProbePlan &plan, QObject *parent = nullptr);
    ~ProbeRunner() override; // deletes the probe pod if it still exists (fire and forget)

    // SP mode: the client secret typed by the user (masked). Without it the runner reads the
    // nodePublishSecretRef Secret when allowed (setReadSecretFromCluster), else the token and
    // object steps are skipped.
    void setClientSecret(const QByteArray &secret);
    // SP mode: the client ID to use with a typed secret (else the Secret's clientid is used).
    void setClientId(const QString &clientId);
    // Whether the runner may read the nodePublishSecretRef Secret (needs the user's consent).
    void setReadSecretFromCluster(bool allowed) { m_readSecret = allowed; }
    void setPodStartTimeout(int milliseconds) { m_podStartTimeoutMs = milliseconds; } // default 180 s
    void setStepTimeout(int milliseconds) { m_stepTimeoutMs = milliseconds; }         // default 60 s
    void setPollInterval(int milliseconds) { m_pollIntervalMs = milliseconds; }       // default 1 s

    const ProbePlan &plan() const { return m_plan; }
    Phase phase() const { return m_phase; }
    bool isRunning() const;
    QString podName() const { return m_plan.probePodName; }
    bool podExists() const { return m_podCreated && !m_podDeleted; }
    QList<ProbeStepResult> results() const { return m_results; }
    ProbeStepResult result(const QString &stepId) const;
    ProbeSummary summary() const { return m_summary; }

public Q_SLOTS:
    void start();
    // Stops the current step, deletes the pod, then emits finished() with phase Canceled.
    void cancel();

Q_SIGNALS:
    void phaseChanged(kvd::ProbeRunner::Phase phase);
    void stepStarted(const QString &stepId);
    void stepFinished(const kvd::ProbeStepResult &result);
    // done of total steps; message is translated ("Waiting for the probe pod to start…").
    void progress(int done, int total, const QString &message);
    void podCreated(const QString &namespaceName, const QString &name);
    void podDeleted(const QString &namespaceName, const QString &name);
    // Exactly once, after cleanup: phase() is Finished or Canceled; summary() is set.
    void finished();

private:
    void setPhase(Phase phase);
    void runStep(int index);
    void nextStep();
    void finishStep(const ProbeStepResult &result);
    void runAccessReview(const ProbeStep &step);
    void runReadSecret(const ProbeStep &step);
    void runCreatePod(const ProbeStep &step);
    void pollPod();
    void runServiceAccountToken(const ProbeStep &step);
    void runExec(const ProbeStep &step);
    void cleanup();
    void deletePod(bool finishAfterwards);
    void complete();
    void abortCurrent();
    void onStepTimeout();
    void onPodCreateFailed(const KubeError &error);
    void onAccessReviewDone();
    void skipRemaining(const QString &why);
    int totalSteps() const { return int(m_plan.steps.size()); }

    QPointer<KubeClient> m_client;
    ProbePlan m_plan;
    ProbeSecrets m_secrets;
    Phase m_phase = Phase::Idle;
    QList<ProbeStepResult> m_results;
    ProbeSummary m_summary;
    int m_current = -1;
    QPointer<KubeJob> m_job;
    QList<QPointer<KubeJob>> m_jobs; // access reviews in flight
    QStringList m_deniedRequired;
    QStringList m_deniedOptional;
    QString m_reviewError;
    int m_reviewsPending = 0;
    QByteArray m_stdout;
    QByteArray m_stderr;
    QTimer *m_pollTimer = nullptr;
    QTimer *m_stepTimer = nullptr;
    qint64 m_podDeadline = 0;
    int m_podStartTimeoutMs = 180000;
    int m_stepTimeoutMs = 60000;
    int m_pollIntervalMs = 1000;
    bool m_readSecret = false;
    bool m_userSecret = false;
    bool m_podCreated = false;
    bool m_podMayExist = false; // the create request was sent (it may have succeeded unseen)
    bool m_podDeleted = false;
    bool m_cancelRequested = false;
    bool m_fatal = false; // a step failed so that the rest cannot run (pod not running, RBAC)
    bool m_finished = false;
};

// Reads what a plan is made from: the application pod, its SecretProviderClass, its node (taints,
// OS) and the proxy variables of the Azure provider pod on that node. Only the pod and the
// SecretProviderClass are required; the rest becomes warnings() when it cannot be read.
class ProbeInputsLoader : public QObject
{
    Q_OBJECT
public:
    explicit ProbeInputsLoader(KubeClient *client, QObject *parent = nullptr);

    // spcName: the SecretProviderClass to test; empty: the pod's first Secrets Store volume's.
    void load(const QString &namespaceName, const QString &podName, const QString &spcName = {});
    const ProbeInputs &inputs() const { return m_inputs; }
    QStringList warnings() const { return m_warnings; }

Q_SIGNALS:
    void loaded();                     // inputs() is filled
    void failed(const QString &error); // translated

private:
    void loadSpc();
    void loadNode();
    void loadProviderEnv();

    QPointer<KubeClient> m_client;
    ProbeInputs m_inputs;
    QString m_spcName;
    QStringList m_warnings;
};

// Finds probe pods left behind by earlier runs (label ProbePlan::labelSelector()) and deletes
// them. list() then remove(): found() reports what is there, removed() when all are gone.
class ProbeLeftovers : public QObject
{
    Q_OBJECT
public:
    explicit ProbeLeftovers(KubeClient *client, QObject *parent = nullptr);

    // All namespaces when namespaceName is empty.
    void list(const QString &namespaceName = {});
    // Deletes the pods found by list() (or the given ones).
    void remove();
    void remove(const QList<KubeObjectMeta> &pods);
    QList<KubeObjectMeta> pods() const { return m_pods; }

Q_SIGNALS:
    void found(const QList<kvd::KubeObjectMeta> &pods);
    void removed(int count, const QStringList &errors);
    void failed(const QString &error);

private:
    QPointer<KubeClient> m_client;
    QList<KubeObjectMeta> m_pods;
};

} // namespace kvd
