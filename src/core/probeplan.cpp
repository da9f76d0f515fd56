// SPDX-License-Identifier: MIT
#include "core/probeplan.h"

#include "core/coretr.h"

namespace kvd {

// Skeleton: the implementation follows.
QString probeIdentityId(ProbeIdentity) { return {}; }
std::optional<ProbeIdentity> probeIdentityFromId(const QString &) { return std::nullopt; }
QStringList probeIdentityIds() { return {}; }
QString probeIdentityDisplayName(ProbeIdentity) { return {}; }
std::optional<AzureCloud> azureCloudFromName(const QString &, QString *) { return std::nullopt; }
bool isValidKeyVaultObjectName(const QString &) { return false; }
bool isValidKeyVaultObjectVersion(const QString &) { return false; }
QStringList keyVaultApiVersions() { return {QStringLiteral("7.2")}; }
QString probeVerdictId(ProbeVerdict) { return {}; }
QString probeVerdictDisplayName(ProbeVerdict) { return {}; }
void ProbeSecrets::clear() {}
const ProbeStep *ProbePlan::step(const QString &) const { return nullptr; }
QString ProbePlan::podYaml() const { return {}; }
QByteArray ProbePlan::stdinPayload(const ProbeStep &, const ProbeSecrets &) const { return {}; }
QString ProbePlan::labelSelector() { return QStringLiteral("app.kubernetes.io/managed-by=kvdoctor,app.kubernetes.io/component=probe"); }
bool buildProbePlan(const ProbeInputs &, ProbePlan *, QStringList *) { return false; }
ProbeIdentity deriveProbeIdentity(const KubePod &, const SecretProviderClassInfo &, const QString &) { return ProbeIdentity::Unknown; }
QJsonObject ProbeStepResult::toJson() const { return {}; }
ProbeStepResult interpretProbeStep(const ProbePlan &, const ProbeStep &, const ProbeExecOutput &, QByteArray *) { return {}; }
ProbeStepResult accessReviewResult(const QStringList &, const QString &) { return {}; }
ProbeStepResult clientSecretResult(const ProbePlan &, bool, const QMap<QString, QByteArray> &, const QMap<QString, QString> &,
                                   const QString &, ProbeSecrets *) { return {}; }
ProbeStepResult podStartResult(const QString &, const QString &, bool) { return {}; }
ProbeStepResult serviceAccountTokenResult(bool, const QString &, const QByteArray &) { return {}; }
ProbeStepResult skippedResult(const ProbeStep &, const QString &) { return {}; }
ProbeStepResult cleanupResult(bool, const QString &) { return {}; }
QString redactSecrets(const QString &text, const QList<QByteArray> &) { return text; }
ProbeSummary summarizeProbe(const ProbePlan &, const QList<ProbeStepResult> &) { return {}; }
QJsonObject probeReportJson(const ProbePlan &, const QList<ProbeStepResult> &, const ProbeSummary &) { return {}; }

} // namespace kvd
