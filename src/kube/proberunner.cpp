// SPDX-License-Identifier: MIT
#include "kube/proberunner.h"

#include "kube/kubeclient.h"
#include "kube/kubeexec.h"
#include "kube/kubetr.h"
#include "kube/listparser.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimer>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace kvd {

namespace {

constexpr qsizetype kMaxOutput = 1024 * 1024; // per stream and step

QString podPath(const QString &ns, const QString &name = {})
{
    return name.isEmpty() ? u"/api/v1/namespaces/%1/pods"_s.arg(ns) : u"/api/v1/namespaces/%1/pods/%2"_s.arg(ns, name);
}

QJsonObject deleteOptionsNow()
{
    return QJsonObject{{u"kind"_s, u"DeleteOptions"_s}, {u"apiVersion"_s, u"v1"_s}, {u"gracePeriodSeconds"_s, 0},
                       {u"propagationPolicy"_s, u"Background"_s}};
}

struct Review
{
    ResourceAttributes attributes;
    bool required = true;
};

QString describe(const ResourceAttributes &a)
{
    const QString resource = a.subresource.isEmpty() ? a.resource : a.resource + u'/' + a.subresource;
    return u"%1 %2 (%3)"_s.arg(a.verb, resource, a.namespaceName);
}

} // namespace

ProbeRunner::ProbeRunner(KubeClient *client, const ProbePlan &plan, QObject *parent)
    : QObject(parent), m_client(client), m_plan(plan)
{
    m_pollTimer = new QTimer(this);
    m_pollTimer->setSingleShot(true);
    connect(m_pollTimer, &QTimer::timeout, this, &ProbeRunner::pollPod);
    m_stepTimer = new QTimer(this);
    m_stepTimer->setSingleShot(true);
    connect(m_stepTimer, &QTimer::timeout, this, &ProbeRunner::onStepTimeout);
}

ProbeRunner::~ProbeRunner()
{
    abortCurrent();
    // Never leave a hostNetwork pod behind: the request belongs to the client and completes
    // after this object is gone.
    if (m_client && m_podMayExist && !m_podDeleted)
        m_client->remove(podPath(m_plan.probeNamespace, m_plan.probePodName), deleteOptionsNow());
    m_secrets.clear();
}

void ProbeRunner::setClientSecret(const QByteArray &secret)
{
    m_secrets.clientSecret = secret;
    m_userSecret = !secret.isEmpty();
}

void ProbeRunner::setClientId(const QString &clientId)
{
    m_secrets.clientId = clientId.trimmed();
}

bool ProbeRunner::isRunning() const
{
    return m_phase != Phase::Idle && m_phase != Phase::Finished && m_phase != Phase::Canceled;
}

ProbeStepResult ProbeRunner::result(const QString &stepId) const
{
    for (const ProbeStepResult &r : m_results) {
        if (r.stepId == stepId)
            return r;
    }
    return {};
}

void ProbeRunner::setPhase(Phase phase)
{
    if (m_phase == phase)
        return;
    m_phase = phase;
    Q_EMIT phaseChanged(phase);
}

void ProbeRunner::start()
{
    if (m_phase != Phase::Idle)
        return;
    if (!m_client) {
        setPhase(Phase::Preflight);
        finishStep(accessReviewResult({}, KubeTr::tr("The connection was closed.")));
        skipRemaining(KubeTr::tr("Not run: no connection."));
        complete();
        return;
    }
    setPhase(Phase::Preflight);
    m_current = -1;
    nextStep();
}

void ProbeRunner::cancel()
{
    if (m_finished || m_cancelRequested)
        return;
    m_cancelRequested = true;
    if (m_phase == Phase::Idle) {
        skipRemaining(KubeTr::tr("Canceled."));
        complete();
        return;
    }
    if (m_phase == Phase::CleaningUp)
        return; // the deletion in flight ends the run
    abortCurrent();
    if (m_current >= 0 && m_current < totalSteps() && m_plan.steps.at(m_current).kind != ProbeStep::Kind::DeletePod)
        finishStep(skippedResult(m_plan.steps.at(m_current), KubeTr::tr("Canceled.")));
    deletePod(true);
}

void ProbeRunner::abortCurrent()
{
    m_pollTimer->stop();
    m_stepTimer->stop();
    if (m_job && !m_job->isDone())
        m_job->cancel();
    m_job = nullptr;
    for (const QPointer<KubeJob> &job : std::as_const(m_jobs)) {
        if (job && !job->isDone())
            job->cancel();
    }
    m_jobs.clear();
}

void ProbeRunner::finishStep(const ProbeStepResult &result)
{
    for (ProbeStepResult &existing : m_results) {
        if (existing.stepId == result.stepId)
            return; // one result per step
    }
    m_results.append(result);
    Q_EMIT stepFinished(result);
}

void ProbeRunner::skipRemaining(const QString &why)
{
    for (const ProbeStep &step : std::as_const(m_plan.steps)) {
        if (step.kind == ProbeStep::Kind::DeletePod && m_podMayExist)
            continue;
        if (result(step.id).stepId.isEmpty())
            finishStep(skippedResult(step, why));
    }
}

void ProbeRunner::nextStep()
{
    if (m_finished)
        return;
    if (m_cancelRequested) {
        deletePod(true);
        return;
    }
    ++m_current;
    if (m_current >= totalSteps()) {
        deletePod(true);
        return;
    }
    runStep(m_current);
}

void ProbeRunner::runStep(int index)
{
    const ProbeStep &step = m_plan.steps.at(index);
    if (step.kind == ProbeStep::Kind::DeletePod) {
        deletePod(true);
        return;
    }
    if (m_fatal) {
        finishStep(skippedResult(step, KubeTr::tr("Not run: an earlier step failed.")));
        QMetaObject::invokeMethod(this, &ProbeRunner::nextStep, Qt::QueuedConnection);
        return;
    }
    Q_EMIT stepStarted(step.id);
    Q_EMIT progress(index, totalSteps(), step.title);
    switch (step.kind) {
    case ProbeStep::Kind::AccessReview: runAccessReview(step); return;
    case ProbeStep::Kind::ReadClientSecret: runReadSecret(step); return;
    case ProbeStep::Kind::CreatePod: runCreatePod(step); return;
    case ProbeStep::Kind::ServiceAccountToken: runServiceAccountToken(step); return;
    case ProbeStep::Kind::Exec: runExec(step); return;
    case ProbeStep::Kind::Info:
        finishStep(skippedResult(step, KubeTr::tr("Cannot be checked with curl.")));
        QMetaObject::invokeMethod(this, &ProbeRunner::nextStep, Qt::QueuedConnection);
        return;
    case ProbeStep::Kind::DeletePod: break;
    }
}

void ProbeRunner::runAccessReview(const ProbeStep &)
{
    QList<Review> reviews;
    const QString ns = m_plan.probeNamespace;
    reviews.append({{u"create"_s, {}, u"pods"_s, {}, ns, {}}, true});
    reviews.append({{u"get"_s, {}, u"pods"_s, {}, ns, {}}, true});
    reviews.append({{u"get"_s, {}, u"pods"_s, u"exec"_s, ns, {}}, true});
    reviews.append({{u"create"_s, {}, u"pods"_s, u"exec"_s, ns, {}}, true});
    reviews.append({{u"delete"_s, {}, u"pods"_s, {}, ns, {}}, true});
    if (m_plan.identity == ProbeIdentity::WorkloadIdentity)
        reviews.append({{u"create"_s, {}, u"serviceaccounts"_s, u"token"_s, m_plan.appNamespace, m_plan.serviceAccount}, true});
    if (m_plan.identity == ProbeIdentity::ServicePrincipal && m_readSecret && !m_userSecret)
        reviews.append({{u"get"_s, {}, u"secrets"_s, {}, m_plan.appNamespace, m_plan.nodePublishSecretRef}, false});
    m_deniedRequired.clear();
    m_deniedOptional.clear();
    m_reviewError.clear();
    m_reviewsPending = int(reviews.size());
    for (const Review &review : std::as_const(reviews)) {
        KubeRequest *request = m_client->accessReview(review.attributes);
        m_jobs.append(request);
        const QString what = describe(review.attributes);
        const bool required = review.required;
        connect(request, &KubeJob::finished, this, [this, request, what, required] {
            const AccessReviewResult answer = parseAccessReview(request->json());
            if (!answer.allowed)
                (required ? m_deniedRequired : m_deniedOptional).append(what);
            onAccessReviewDone();
        });
        connect(request, &KubeJob::failed, this, [this](const KubeError &error) {
            if (m_reviewError.isEmpty())
                m_reviewError = error.message;
            onAccessReviewDone();
        });
    }
}

void ProbeRunner::onAccessReviewDone()
{
    if (--m_reviewsPending > 0)
        return;
    m_jobs.clear();
    ProbeStepResult r = accessReviewResult(m_deniedRequired, m_reviewError);
    if (r.verdict == ProbeVerdict::Pass && !m_deniedOptional.isEmpty()) {
        r.verdict = ProbeVerdict::Warning;
        r.actual = KubeTr::tr("Not allowed: %1").arg(m_deniedOptional.join(u", "_s));
        r.explanation = KubeTr::tr("You may run the probe, but not read the service principal's Secret: enter the client secret instead.");
        r.facts.insert(u"denied"_s, m_deniedOptional.join(u", "_s));
        m_readSecret = false;
    }
    if (r.verdict == ProbeVerdict::Fail)
        m_fatal = true;
    finishStep(r);
    nextStep();
}

void ProbeRunner::runReadSecret(const ProbeStep &step)
{
    if (m_userSecret && !m_secrets.clientId.isEmpty()) {
        ProbeStepResult r = skippedResult(step, KubeTr::tr("The client secret was entered; the Secret was not read."));
        r.facts.insert(u"clientId"_s, m_secrets.clientId);
        finishStep(r);
        nextStep();
        return;
    }
    if (!m_readSecret) {
        finishStep(skippedResult(step, m_userSecret ? KubeTr::tr("The client ID is unknown: the Secret may not be read.")
                                                    : KubeTr::tr("Reading the Secret was not allowed; the token and object checks need the client secret.")));
        nextStep();
        return;
    }
    KubeRequest *request = m_client->get(u"/api/v1/namespaces/%1/secrets/%2"_s.arg(m_plan.appNamespace, m_plan.nodePublishSecretRef));
    m_job = request;
    connect(request, &KubeJob::finished, this, [this, request] {
        m_job = nullptr;
        const QJsonObject secret = request->json();
        QMap<QString, QByteArray> data;
        const QJsonObject encoded = secret.value(u"data"_s).toObject();
        for (auto it = encoded.begin(); it != encoded.end(); ++it)
            data.insert(it.key(), QByteArray::fromBase64(it.value().toString().toLatin1()));
        QMap<QString, QString> labels;
        const QJsonObject labelObject = secret.value(u"metadata"_s).toObject().value(u"labels"_s).toObject();
        for (auto it = labelObject.begin(); it != labelObject.end(); ++it)
            labels.insert(it.key(), it.value().toString());
        const ProbeStepResult r = clientSecretResult(m_plan, true, data, labels, {}, &m_secrets);
        for (QByteArray &value : data)
            value.fill('\0');
        if (r.verdict == ProbeVerdict::Fail)
            m_secrets.clientSecret.clear();
        finishStep(r);
        nextStep();
    });
    connect(request, &KubeJob::failed, this, [this](const KubeError &error) {
        m_job = nullptr;
        finishStep(error.httpStatus == 404 ? clientSecretResult(m_plan, false, {}, {}, {}, nullptr)
                                           : clientSecretResult(m_plan, true, {}, {}, error.message, nullptr));
        nextStep();
    });
}

void ProbeRunner::runCreatePod(const ProbeStep &)
{
    setPhase(Phase::CreatingPod);
    QUrlQuery query;
    query.addQueryItem(u"fieldManager"_s, u"kvdoctor"_s);
    KubeRequest *request = m_client->create(podPath(m_plan.probeNamespace), m_plan.podManifest, query);
    m_job = request;
    m_podMayExist = true;
    connect(request, &KubeJob::finished, this, [this] {
        m_job = nullptr;
        m_podCreated = true;
        Q_EMIT podCreated(m_plan.probeNamespace, m_plan.probePodName);
        setPhase(Phase::WaitingForPod);
        Q_EMIT progress(m_current, totalSteps(), KubeTr::tr("Waiting for the probe pod to start…"));
        m_podDeadline = QDateTime::currentMSecsSinceEpoch() + m_podStartTimeoutMs;
        pollPod();
    });
    connect(request, &KubeJob::failed, this, &ProbeRunner::onPodCreateFailed);
}

void ProbeRunner::onPodCreateFailed(const KubeError &error)
{
    m_job = nullptr;
    // 409: a pod of that name exists (not ours to delete); anything else: nothing was created.
    m_podMayExist = false;
    QString reason = error.reason;
    if (error.httpStatus == 403)
        reason = u"Forbidden"_s;
    else if (error.httpStatus == 422 || error.httpStatus == 400)
        reason = u"Invalid"_s;
    QString message = error.status ? error.status->message : error.message;
    if (message.isEmpty())
        message = error.message;
    m_fatal = true;
    finishStep(podStartResult(reason.isEmpty() ? u"Error"_s : reason, message, false));
    nextStep();
}

void ProbeRunner::pollPod()
{
    if (m_finished || m_cancelRequested)
        return;
    KubeRequest *request = m_client->get(podPath(m_plan.probeNamespace, m_plan.probePodName));
    m_job = request;
    connect(request, &KubeJob::finished, this, [this, request] {
        m_job = nullptr;
        const QJsonObject pod = request->json();
        const QJsonObject status = pod.value(u"status"_s).toObject();
        const QString phase = status.value(u"phase"_s).toString();
        QString waitingReason;
        QString waitingMessage;
        bool running = false;
        for (const QJsonValue &value : status.value(u"containerStatuses"_s).toArray()) {
            const QJsonObject state = value.toObject().value(u"state"_s).toObject();
            if (state.contains(u"running"_s))
                running = true;
            const QJsonObject waiting = state.value(u"waiting"_s).toObject();
            if (!waiting.isEmpty()) {
                waitingReason = waiting.value(u"reason"_s).toString();
                waitingMessage = waiting.value(u"message"_s).toString();
            }
        }
        if (phase == u"Running"_s && running) {
            finishStep(podStartResult({}, {}, true));
            setPhase(Phase::RunningSteps);
            nextStep();
            return;
        }
        static const QStringList fatalWaiting = {u"ErrImagePull"_s, u"ImagePullBackOff"_s, u"InvalidImageName"_s,
                                                 u"CreateContainerConfigError"_s, u"CreateContainerError"_s};
        if (fatalWaiting.contains(waitingReason) || phase == u"Failed"_s || phase == u"Succeeded"_s) {
            m_fatal = true;
            finishStep(podStartResult(waitingReason.isEmpty() ? phase : waitingReason,
                                      waitingMessage.isEmpty() ? status.value(u"message"_s).toString() : waitingMessage, false));
            nextStep();
            return;
        }
        if (QDateTime::currentMSecsSinceEpoch() > m_podDeadline) {
            m_fatal = true;
            finishStep(podStartResult(u"Timeout"_s, KubeTr::tr("still %1 after %2 s").arg(phase).arg(m_podStartTimeoutMs / 1000), false));
            nextStep();
            return;
        }
        m_pollTimer->start(m_pollIntervalMs);
    });
    connect(request, &KubeJob::failed, this, [this](const KubeError &error) {
        m_job = nullptr;
        if (error.httpStatus == 404) {
            // Removed right after creation: an admission webhook or eviction.
            m_podCreated = false;
            m_podMayExist = false;
            m_fatal = true;
            finishStep(podStartResult(u"Deleted"_s, KubeTr::tr("the pod disappeared before it ran"), false));
            nextStep();
            return;
        }
        if (QDateTime::currentMSecsSinceEpoch() > m_podDeadline) {
            m_fatal = true;
            finishStep(podStartResult(u"Timeout"_s, error.message, false));
            nextStep();
            return;
        }
        m_pollTimer->start(m_pollIntervalMs);
    });
}

void ProbeRunner::runServiceAccountToken(const ProbeStep &)
{
    const QJsonObject request{{u"apiVersion"_s, u"authentication.k8s.io/v1"_s},
                              {u"kind"_s, u"TokenRequest"_s},
                              {u"spec"_s, QJsonObject{{u"audiences"_s, QJsonArray{u"api://AzureADTokenExchange"_s}}, {u"expirationSeconds"_s, 600}}}};
    KubeRequest *job = m_client->create(u"/api/v1/namespaces/%1/serviceaccounts/%2/token"_s.arg(m_plan.appNamespace, m_plan.serviceAccount), request);
    m_job = job;
    connect(job, &KubeJob::finished, this, [this, job] {
        m_job = nullptr;
        const QByteArray token = job->json().value(u"status"_s).toObject().value(u"token"_s).toString().toUtf8();
        if (token.isEmpty()) {
            finishStep(serviceAccountTokenResult(false, KubeTr::tr("the answer had no token")));
        } else {
            m_secrets.clientAssertion = token;
            finishStep(serviceAccountTokenResult(true, {}, token));
        }
        nextStep();
    });
    connect(job, &KubeJob::failed, this, [this](const KubeError &error) {
        m_job = nullptr;
        finishStep(serviceAccountTokenResult(false, error.message));
        nextStep();
    });
}

void ProbeRunner::runExec(const ProbeStep &step)
{
    QString missing;
    switch (step.secret) {
    case ProbeSecretKind::ClientSecret:
        if (m_secrets.clientSecret.isEmpty() || m_secrets.clientId.isEmpty())
            missing = KubeTr::tr("Not run: the service principal's client ID and secret are not available.");
        break;
    case ProbeSecretKind::ClientAssertion:
        if (m_secrets.clientAssertion.isEmpty())
            missing = KubeTr::tr("Not run: there is no service account token.");
        break;
    case ProbeSecretKind::AccessToken:
        if (m_secrets.accessToken.isEmpty())
            missing = KubeTr::tr("Not run: no Key Vault token was obtained.");
        break;
    case ProbeSecretKind::None: break;
    }
    if (missing.isEmpty() && step.needsAccessToken && m_secrets.accessToken.isEmpty())
        missing = KubeTr::tr("Not run: no Key Vault token was obtained.");
    if (!missing.isEmpty()) {
        finishStep(skippedResult(step, missing));
        nextStep();
        return;
    }
    ExecOptions options;
    options.namespaceName = m_plan.probeNamespace;
    options.pod = m_plan.probePodName;
    options.container = u"probe"_s;
    options.command = step.argv;
    options.stdinEnabled = !step.stdinShown.isEmpty();
    KubeExec *exec = m_client->exec(options);
    m_job = exec;
    m_stdout.clear();
    m_stderr.clear();
    if (options.stdinEnabled) {
        QByteArray payload = m_plan.stdinPayload(step, m_secrets);
        exec->writeStdin(payload);
        payload.fill('\0');
        exec->closeStdin();
    }
    connect(exec, &KubeExec::stdoutReceived, this, [this](const QByteArray &data) {
        if (m_stdout.size() < kMaxOutput)
            m_stdout += data.left(kMaxOutput - m_stdout.size());
    });
    connect(exec, &KubeExec::stderrReceived, this, [this](const QByteArray &data) {
        if (m_stderr.size() < kMaxOutput)
            m_stderr += data.left(kMaxOutput - m_stderr.size());
    });
    const int index = m_current;
    auto done = [this, index](int exitCode, const QString &error) {
        m_stepTimer->stop();
        m_job = nullptr;
        const ProbeStep &current = m_plan.steps.at(index);
        ProbeExecOutput output;
        output.exitCode = exitCode;
        output.stdoutData = std::exchange(m_stdout, {});
        output.stderrData = std::exchange(m_stderr, {});
        output.error = error;
        output.localTime = QDateTime::currentDateTimeUtc();
        QByteArray token;
        ProbeStepResult r = interpretProbeStep(m_plan, current, output, &token, m_results);
        // The output passed through a redaction already; the known secrets are scrubbed again.
        r.output = redactSecrets(r.output, {m_secrets.clientSecret, m_secrets.clientAssertion, m_secrets.accessToken, token});
        output.stdoutData.fill('\0');
        if (!token.isEmpty())
            m_secrets.accessToken = token;
        finishStep(r);
        nextStep();
    };
    connect(exec, &KubeJob::finished, this, [exec, done] { done(exec->exitCode(), QString()); });
    connect(exec, &KubeJob::failed, this, [done](const KubeError &error) { done(-1, error.message); });
    m_stepTimer->start(m_stepTimeoutMs);
}

void ProbeRunner::onStepTimeout()
{
    if (m_current < 0 || m_current >= totalSteps())
        return;
    if (m_job && !m_job->isDone())
        m_job->cancel();
    m_job = nullptr;
    const ProbeStep &step = m_plan.steps.at(m_current);
    ProbeStepResult r;
    r.stepId = step.id;
    r.verdict = ProbeVerdict::Fail;
    r.actual = KubeTr::tr("No answer within %1 s").arg(m_stepTimeoutMs / 1000);
    r.explanation = KubeTr::tr("The command in the probe pod did not finish in time (the exec connection may have stalled).");
    r.fix = KubeTr::tr("Run the probe again; if it repeats, check the API server's connection to the node (konnectivity).");
    finishStep(r);
    nextStep();
}

void ProbeRunner::deletePod(bool)
{
    if (m_phase == Phase::CleaningUp || m_finished)
        return;
    abortCurrent();
    setPhase(Phase::CleaningUp);
    const ProbeStep *cleanupStep = m_plan.step(ProbeStepIds::cleanup);
    if (m_fatal || m_cancelRequested)
        skipRemaining(m_cancelRequested ? KubeTr::tr("Canceled.") : KubeTr::tr("Not run: an earlier step failed."));
    if (cleanupStep)
        Q_EMIT stepStarted(cleanupStep->id);
    Q_EMIT progress(totalSteps() - 1, totalSteps(), KubeTr::tr("Deleting the probe pod…"));
    if (!m_podMayExist || !m_client) {
        if (cleanupStep)
            finishStep(skippedResult(*cleanupStep, KubeTr::tr("No probe pod was created.")));
        complete();
        return;
    }
    KubeRequest *request = m_client->remove(podPath(m_plan.probeNamespace, m_plan.probePodName), deleteOptionsNow());
    m_job = request;
    auto deleted = [this] {
        m_job = nullptr;
        m_podDeleted = true;
        Q_EMIT podDeleted(m_plan.probeNamespace, m_plan.probePodName);
        finishStep(cleanupResult(true, {}));
        complete();
    };
    connect(request, &KubeJob::finished, this, deleted);
    connect(request, &KubeJob::failed, this, [this, deleted](const KubeError &error) {
        if (error.httpStatus == 404 && !m_podCreated) {
            // The create never took effect: nothing to delete.
            m_job = nullptr;
            m_podDeleted = true;
            if (const ProbeStep *step = m_plan.step(ProbeStepIds::cleanup))
                finishStep(skippedResult(*step, KubeTr::tr("No probe pod was created.")));
            complete();
            return;
        }
        if (error.httpStatus == 404) {
            deleted();
            return;
        }
        m_job = nullptr;
        finishStep(cleanupResult(false, error.message));
        complete();
    });
}

void ProbeRunner::cleanup()
{
    deletePod(true);
}

void ProbeRunner::complete()
{
    if (m_finished)
        return;
    m_finished = true;
    m_pollTimer->stop();
    m_stepTimer->stop();
    m_secrets.clear();
    m_summary = summarizeProbe(m_plan, m_results);
    setPhase(m_cancelRequested ? Phase::Canceled : Phase::Finished);
    Q_EMIT progress(totalSteps(), totalSteps(), m_summary.headline);
    Q_EMIT finished();
}

// --- inputs ------------------------------------------------------------------------------------

ProbeInputsLoader::ProbeInputsLoader(KubeClient *client, QObject *parent) : QObject(parent), m_client(client) {}

void ProbeInputsLoader::load(const QString &namespaceName, const QString &podName, const QString &spcName)
{
    m_inputs = ProbeInputs();
    m_warnings.clear();
    m_spcName = spcName;
    if (!m_client) {
        Q_EMIT failed(KubeTr::tr("The connection was closed."));
        return;
    }
    KubeRequest *request = m_client->get(podPath(namespaceName, podName));
    connect(request, &KubeJob::finished, this, [this, request, namespaceName, podName] {
        QString error;
        ListParseOptions options;
        options.labelKeys.clear(); // every label
        const auto pod = parsePod(request->body(), &error, options);
        if (!pod) {
            Q_EMIT failed(KubeTr::tr("The pod %1/%2 could not be read: %3").arg(namespaceName, podName, error));
            return;
        }
        m_inputs.pod = *pod;
        if (m_spcName.isEmpty() && !pod->secretsStoreVolumes.isEmpty())
            m_spcName = pod->secretsStoreVolumes.first().secretProviderClass;
        if (m_spcName.isEmpty()) {
            Q_EMIT failed(KubeTr::tr("The pod %1/%2 has no Secrets Store CSI volume.").arg(namespaceName, podName));
            return;
        }
        loadSpc();
    });
    connect(request, &KubeJob::failed, this, [this, namespaceName, podName](const KubeError &error) {
        Q_EMIT failed(KubeTr::tr("The pod %1/%2 could not be read: %3").arg(namespaceName, podName, error.message));
    });
}

void ProbeInputsLoader::loadSpc()
{
    const QString ns = m_inputs.pod.namespaceName;
    KubeRequest *request = m_client->get(u"/apis/secrets-store.csi.x-k8s.io/v1/namespaces/%1/secretproviderclasses/%2"_s.arg(ns, m_spcName));
    connect(request, &KubeJob::finished, this, [this, request] {
        m_inputs.spc = parseSecretProviderClass(request->json());
        loadNode();
    });
    connect(request, &KubeJob::failed, this, [this, ns](const KubeError &error) {
        Q_EMIT failed(KubeTr::tr("The SecretProviderClass %1/%2 could not be read: %3").arg(ns, m_spcName, error.message));
    });
}

void ProbeInputsLoader::loadNode()
{
    if (m_inputs.pod.nodeName.isEmpty()) {
        loadProviderEnv();
        return;
    }
    KubeRequest *request = m_client->get(u"/api/v1/nodes/%1"_s.arg(m_inputs.pod.nodeName));
    connect(request, &KubeJob::finished, this, [this, request] {
        QString error;
        if (const auto node = parseNode(request->body(), &error))
            m_inputs.node = *node;
        else
            m_warnings << KubeTr::tr("The node %1 could not be read (%2): every taint is tolerated.").arg(m_inputs.pod.nodeName, error);
        loadProviderEnv();
    });
    connect(request, &KubeJob::failed, this, [this](const KubeError &error) {
        m_warnings << KubeTr::tr("The node %1 could not be read (%2): every taint is tolerated.").arg(m_inputs.pod.nodeName, error.message);
        loadProviderEnv();
    });
}

void ProbeInputsLoader::loadProviderEnv()
{
    if (m_inputs.pod.nodeName.isEmpty()) {
        Q_EMIT loaded();
        return;
    }
    // The AKS add-on and the Helm chart label the provider differently (azure.md §1.7).
    QUrlQuery query;
    query.addQueryItem(u"labelSelector"_s, u"app in (csi-secrets-store-provider-azure,secrets-store-provider-azure)"_s);
    query.addQueryItem(u"fieldSelector"_s, u"spec.nodeName="_s + m_inputs.pod.nodeName);
    KubeRequest *request = m_client->get(u"/api/v1/pods"_s, query);
    connect(request, &KubeJob::finished, this, [this, request] {
        const QJsonArray items = request->json().value(u"items"_s).toArray();
        if (items.isEmpty()) {
            m_warnings << KubeTr::tr("No Azure provider pod runs on node %1: its proxy settings cannot be compared.").arg(m_inputs.pod.nodeName);
        } else {
            const QJsonObject spec = items.first().toObject().value(u"spec"_s).toObject();
            m_inputs.dnsPolicy = spec.value(u"dnsPolicy"_s).toString();
            for (const QJsonValue &container : spec.value(u"containers"_s).toArray()) {
                for (const QJsonValue &value : container.toObject().value(u"env"_s).toArray()) {
                    const QJsonObject env = value.toObject();
                    // Only literal proxy values: the rest of the environment is not needed.
                    const QString name = env.value(u"name"_s).toString();
                    if (name.endsWith(u"_proxy"_s, Qt::CaseInsensitive) && env.contains(u"value"_s))
                        m_inputs.providerEnv.insert(name, env.value(u"value"_s).toString());
                }
            }
            m_inputs.providerEnvKnown = true;
        }
        Q_EMIT loaded();
    });
    connect(request, &KubeJob::failed, this, [this](const KubeError &error) {
        m_warnings << KubeTr::tr("The provider pods could not be listed (%1): proxy settings are not compared.").arg(error.message);
        Q_EMIT loaded();
    });
}

// --- leftovers ---------------------------------------------------------------------------------

ProbeLeftovers::ProbeLeftovers(KubeClient *client, QObject *parent) : QObject(parent), m_client(client) {}

void ProbeLeftovers::list(const QString &namespaceName)
{
    if (!m_client) {
        Q_EMIT failed(KubeTr::tr("The connection was closed."));
        return;
    }
    QUrlQuery query;
    query.addQueryItem(u"labelSelector"_s, ProbePlan::labelSelector());
    KubeRequest *request = m_client->get(namespaceName.isEmpty() ? u"/api/v1/pods"_s : podPath(namespaceName), query);
    connect(request, &KubeJob::finished, this, [this, request] {
        m_pods.clear();
        for (const QJsonValue &item : request->json().value(u"items"_s).toArray()) {
            const QJsonObject metadata = item.toObject().value(u"metadata"_s).toObject();
            KubeObjectMeta meta;
            meta.namespaceName = metadata.value(u"namespace"_s).toString();
            meta.name = metadata.value(u"name"_s).toString();
            meta.uid = metadata.value(u"uid"_s).toString();
            meta.resourceVersion = metadata.value(u"resourceVersion"_s).toString();
            meta.created = QDateTime::fromString(metadata.value(u"creationTimestamp"_s).toString(), Qt::ISODate);
            const QJsonObject labels = metadata.value(u"labels"_s).toObject();
            for (auto it = labels.begin(); it != labels.end(); ++it)
                meta.labels.insert(it.key(), it.value().toString());
            m_pods.append(meta);
        }
        Q_EMIT found(m_pods);
    });
    connect(request, &KubeJob::failed, this, [this](const KubeError &error) { Q_EMIT failed(error.message); });
}

void ProbeLeftovers::remove()
{
    remove(m_pods);
}

void ProbeLeftovers::remove(const QList<KubeObjectMeta> &pods)
{
    if (!m_client) {
        QMetaObject::invokeMethod(this, [this] { Q_EMIT failed(KubeTr::tr("The connection was closed.")); }, Qt::QueuedConnection);
        return;
    }
    if (pods.isEmpty()) {
        QMetaObject::invokeMethod(this, [this] { Q_EMIT removed(0, {}); }, Qt::QueuedConnection);
        return;
    }
    struct State
    {
        int pending = 0;
        int removed = 0;
        QStringList errors;
    };
    auto state = std::make_shared<State>();
    state->pending = int(pods.size());
    for (const KubeObjectMeta &pod : pods) {
        // Only pods carrying the probe's label are deleted, whatever the caller passes.
        if (pod.labels.value(u"app.kubernetes.io/managed-by"_s) != u"kvdoctor"_s) {
            state->errors.append(KubeTr::tr("%1/%2 is not a kvdoctor probe pod").arg(pod.namespaceName, pod.name));
            if (--state->pending == 0) {
                // Signals come after remove() returns, as for the requests.
                QMetaObject::invokeMethod(this, [this, state] { Q_EMIT removed(state->removed, state->errors); }, Qt::QueuedConnection);
            }
            continue;
        }
        KubeRequest *request = m_client->remove(podPath(pod.namespaceName, pod.name), deleteOptionsNow());
        const QString name = pod.namespaceName + u'/' + pod.name;
        connect(request, &KubeJob::finished, this, [this, state] {
            ++state->removed;
            if (--state->pending == 0)
                Q_EMIT removed(state->removed, state->errors);
        });
        connect(request, &KubeJob::failed, this, [this, state, name](const KubeError &error) {
            if (error.httpStatus == 404)
                ++state->removed;
            else
                state->errors.append(name + u": "_s + error.message);
            if (--state->pending == 0)
                Q_EMIT removed(state->removed, state->errors);
        });
    }
}

} // namespace kvd
