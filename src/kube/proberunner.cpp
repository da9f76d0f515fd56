// SPDX-License-Identifier: MIT
#include "kube/proberunner.h"

#include "kube/kubeclient.h"

namespace kvd {

// Skeleton: the implementation follows.
ProbeRunner::ProbeRunner(KubeClient *client, const ProbePlan &plan, QObject *parent)
    : QObject(parent), m_client(client), m_plan(plan)
{
}
ProbeRunner::~ProbeRunner() = default;
void ProbeRunner::setClientSecret(const QByteArray &secret) { m_secrets.clientSecret = secret; m_userSecret = true; }
bool ProbeRunner::isRunning() const { return false; }
ProbeStepResult ProbeRunner::result(const QString &) const { return {}; }
void ProbeRunner::start() {}
void ProbeRunner::cancel() {}
void ProbeRunner::setPhase(Phase) {}
void ProbeRunner::runStep(int) {}
void ProbeRunner::nextStep() {}
void ProbeRunner::finishStep(const ProbeStepResult &) {}
void ProbeRunner::runAccessReview(const ProbeStep &) {}
void ProbeRunner::runReadSecret(const ProbeStep &) {}
void ProbeRunner::runCreatePod(const ProbeStep &) {}
void ProbeRunner::pollPod() {}
void ProbeRunner::runServiceAccountToken(const ProbeStep &) {}
void ProbeRunner::runExec(const ProbeStep &) {}
void ProbeRunner::cleanup() {}
void ProbeRunner::deletePod(bool) {}
void ProbeRunner::complete() {}
void ProbeRunner::abortCurrent() {}
ProbeStepResult ProbeRunner::makeSkipped(const ProbeStep &) const { return {}; }

ProbeLeftovers::ProbeLeftovers(KubeClient *client, QObject *parent) : QObject(parent), m_client(client) {}
void ProbeLeftovers::list(const QString &) {}
void ProbeLeftovers::remove() {}
void ProbeLeftovers::remove(const QList<KubeObjectMeta> &) {}

} // namespace kvd
