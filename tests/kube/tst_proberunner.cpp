// SPDX-License-Identifier: MIT
// The connectivity probe run against the simulated AKS cluster: the right step fails with the
// right cause per scenario, the pod is always deleted, and no secret reaches an exec argv.
#include "core/kubeconfig.h"
#include "core/probeplan.h"
#include "kube/kubeclient.h"
#include "kube/proberunner.h"
#include "sim/simulatedcluster.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>
#include <QUrl>

using namespace kvd;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(kvd::ProbeIdentity)

namespace {

const QByteArray kSimClientSecret = "Qx8~demo.not-a-real-secret"; // the sp-invalid-secret scenario's Secret

ResolvedContext simContext(const sim::SimulatedCluster &cluster, const QString &name = u"kvdoctor-sim"_s)
{
    const Kubeconfig config = Kubeconfig::fromData(cluster.kubeconfigYaml(), u"sim.yaml"_s);
    QString error;
    const auto resolved = config.resolve(name, &error);
    if (!resolved)
        qFatal("cannot resolve the simulator's context: %s", qPrintable(error));
    return *resolved;
}

// The first pod of a Deployment in the simulated cluster.
QString firstPod(KubeClient &client, const QString &ns, const QString &prefix)
{
    KubeRequest *request = client.get(u"/api/v1/namespaces/%1/pods"_s.arg(ns));
    request->setAutoDelete(false);
    QSignalSpy done(request, &KubeJob::finished);
    if (!done.wait(10000))
        return {};
    QString name;
    for (const QJsonValue &item : request->json().value(u"items"_s).toArray()) {
        const QString candidate = item.toObject().value(u"metadata"_s).toObject().value(u"name"_s).toString();
        if (candidate.startsWith(prefix)) {
            name = candidate;
            break;
        }
    }
    delete request;
    return name;
}

struct Fixture
{
    sim::SimulatedCluster cluster;
    std::unique_ptr<KubeClient> client;
    ProbePlan plan;
    int initialPods = 0;

    bool start(const QString &scenario, const QString &contextName = u"kvdoctor-sim"_s)
    {
        QString error;
        if (!cluster.start({scenario, 0, 0, 0}, &error)) {
            qWarning() << error;
            return false;
        }
        client = std::make_unique<KubeClient>(simContext(cluster, contextName));
        initialPods = cluster.objectCount(QString(), u"pods"_s);
        return true;
    }

    bool makePlan(const std::function<void(ProbeInputs &)> &adjust = {})
    {
        // The admin client reads the inputs (the token user may not read everything needed).
        KubeClient admin(simContext(cluster));
        const QString pod = firstPod(admin, u"payments"_s, u"payments-api-"_s);
        if (pod.isEmpty())
            return false;
        ProbeInputsLoader loader(&admin);
        QSignalSpy loaded(&loader, &ProbeInputsLoader::loaded);
        QSignalSpy failed(&loader, &ProbeInputsLoader::failed);
        loader.load(u"payments"_s, pod);
        if (!loaded.wait(10000)) {
            qWarning() << failed;
            return false;
        }
        ProbeInputs inputs = loader.inputs();
        inputs.podName = u"kvdoctor-probe-test"_s;
        if (adjust)
            adjust(inputs);
        QStringList errors;
        if (!buildProbePlan(inputs, &plan, &errors)) {
            qWarning() << errors;
            return false;
        }
        return true;
    }

    bool podGone() const { return cluster.objectCount(QString(), u"pods"_s) == initialPods; }
};

std::unique_ptr<ProbeRunner> makeRunner(Fixture &f)
{
    auto runner = std::make_unique<ProbeRunner>(f.client.get(), f.plan);
    runner->setPollInterval(100);
    runner->setReadSecretFromCluster(true);
    return runner;
}

QString describe(const QList<ProbeStepResult> &results)
{
    QStringList lines;
    for (const ProbeStepResult &r : results)
        lines << u"%1: %2 [%3] %4"_s.arg(r.stepId, probeVerdictId(r.verdict), r.causeId, r.actual);
    return lines.join(u'\n');
}

} // namespace

class TestProbeRunner : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void healthyAllPass();
    void failureScenario_data();
    void failureScenario();
    void cancelMidRunDeletesThePod();
    void destroyingTheRunnerDeletesThePod();
    void rbacDeniedCreatesNothing();
    void imagePullErrorIsReported();
    void admissionDenialIsReported();
    void leftoversAreFoundAndDeleted();
    void loaderReadsInputs();
};

void TestProbeRunner::healthyAllPass()
{
    Fixture f;
    QVERIFY(f.start(u"healthy"_s));
    QVERIFY(f.makePlan());
    QCOMPARE(f.plan.identity, ProbeIdentity::WorkloadIdentity);
    auto runner = makeRunner(f);
    QSignalSpy finished(runner.get(), &ProbeRunner::finished);
    QSignalSpy steps(runner.get(), &ProbeRunner::stepFinished);
    QSignalSpy created(runner.get(), &ProbeRunner::podCreated);
    QSignalSpy deleted(runner.get(), &ProbeRunner::podDeleted);
    QSignalSpy progress(runner.get(), &ProbeRunner::progress);
    runner->start();
    QVERIFY(finished.wait(60000));
    QCOMPARE(finished.size(), 1);
    QCOMPARE(runner->phase(), ProbeRunner::Phase::Finished);
    const QList<ProbeStepResult> results = runner->results();
    QCOMPARE(results.size(), f.plan.steps.size());
    QCOMPARE(steps.size(), results.size());
    for (const ProbeStepResult &r : results)
        QVERIFY2(r.verdict == ProbeVerdict::Pass, qPrintable(describe(results)));
    QCOMPARE(runner->summary().verdict, ProbeVerdict::Pass);
    QCOMPARE(created.size(), 1);
    QCOMPARE(deleted.size(), 1);
    QVERIFY(!progress.isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(f.podGone(), 10000);
    // The created pod is the planned manifest.
    bool sawCreate = false;
    for (const sim::RecordedRequest &r : f.cluster.recordedRequests()) {
        if (r.method == "POST" && r.target.startsWith("/api/v1/namespaces/payments/pods")) {
            const QJsonObject pod = QJsonDocument::fromJson(r.body).object();
            QCOMPARE(pod.value(u"spec"_s).toObject().value(u"hostNetwork"_s).toBool(), true);
            QCOMPARE(pod.value(u"spec"_s).toObject().value(u"nodeName"_s).toString(), f.plan.nodeName);
            sawCreate = true;
        }
    }
    QVERIFY(sawCreate);
    // Facts the wizard shows.
    QVERIFY(runner->result(ProbeStepIds::saToken).facts.value(u"claim.sub"_s).endsWith(u":payments-api"_s));
    QVERIFY(!runner->result(ProbeStepIds::health).facts.value(u"clientAddress"_s).isEmpty());
    QVERIFY(!runner->result(u"object:db-password"_s).facts.value(u"version"_s).isEmpty());
    // No token or secret value in any result.
    for (const ProbeStepResult &r : results) {
        const QByteArray json = QJsonDocument(r.toJson()).toJson();
        QVERIFY2(!json.contains("eyJ"), json.constData());
        QVERIFY(!json.contains("demo-value-not-a-secret"));
    }
}

void TestProbeRunner::failureScenario_data()
{
    QTest::addColumn<QString>("scenario");
    QTest::addColumn<ProbeIdentity>("identity");
    QTest::addColumn<QString>("failingStep");
    QTest::addColumn<QString>("cause");
    QTest::newRow("egress-blocked") << u"egress-blocked"_s << ProbeIdentity::UserAssignedIdentity << ProbeStepIds::tcpVault
                                    << u"keyvault-egress-blocked-timeout"_s;
    QTest::newRow("keyvault-403") << u"keyvault-403"_s << ProbeIdentity::WorkloadIdentity << u"object:db-password"_s << u"keyvault-rbac-role-missing"_s;
    QTest::newRow("secret-not-found") << u"secret-not-found"_s << ProbeIdentity::WorkloadIdentity << u"object:db-pasword"_s
                                      << u"keyvault-object-not-found"_s;
    QTest::newRow("sp-invalid-secret") << u"sp-invalid-secret"_s << ProbeIdentity::ServicePrincipal << ProbeStepIds::token
                                       << u"sp-invalid-client-secret"_s;
    QTest::newRow("workload-identity-mismatch") << u"workload-identity-mismatch"_s << ProbeIdentity::WorkloadIdentity << ProbeStepIds::token
                                                << u"wi-no-matching-federated-credential"_s;
    QTest::newRow("imds-identity-not-found") << u"imds-identity-not-found"_s << ProbeIdentity::UserAssignedIdentity << ProbeStepIds::token
                                             << u"imds-identity-not-found"_s;
    QTest::newRow("nmi-404") << u"nmi-404"_s << ProbeIdentity::PodIdentity << ProbeStepIds::token << u"aad-pod-identity-nmi-404"_s;
}

void TestProbeRunner::failureScenario()
{
    QFETCH(QString, scenario);
    QFETCH(ProbeIdentity, identity);
    QFETCH(QString, failingStep);
    QFETCH(QString, cause);
    Fixture f;
    QVERIFY(f.start(scenario));
    QVERIFY(f.makePlan());
    QCOMPARE(f.plan.identity, identity);
    auto runner = makeRunner(f);
    QSignalSpy finished(runner.get(), &ProbeRunner::finished);
    runner->start();
    QVERIFY(finished.wait(60000));
    const QList<ProbeStepResult> results = runner->results();
    const ProbeStepResult failing = runner->result(failingStep);
    QVERIFY2(failing.verdict == ProbeVerdict::Fail, qPrintable(describe(results)));
    QCOMPARE(failing.causeId, cause);
    QVERIFY(!failing.fix.isEmpty());
    // It is the first failure, so the summary names it.
    QCOMPARE(runner->summary().verdict, ProbeVerdict::Fail);
    QCOMPARE(runner->summary().failedStepId, failingStep);
    QCOMPARE(runner->summary().causeId, cause);
    QCOMPARE(runner->result(ProbeStepIds::cleanup).verdict, ProbeVerdict::Pass);
    QTRY_VERIFY_WITH_TIMEOUT(f.podGone(), 10000);

    // Secrets and tokens went through stdin only.
    bool tokenViaStdin = false;
    for (const sim::RecordedRequest &r : f.cluster.recordedRequests()) {
        const QByteArray target = QUrl::fromPercentEncoding(r.target).toUtf8();
        QVERIFY2(!target.contains(kSimClientSecret), target.constData());
        QVERIFY2(!target.contains("eyJ"), target.constData());
        QVERIFY2(!target.contains("Bearer"), target.constData());
        for (const QString &arg : r.execCommand) {
            QVERIFY2(!arg.contains(QString::fromLatin1(kSimClientSecret)), qPrintable(arg));
            QVERIFY2(!arg.contains(u"eyJ"_s), qPrintable(arg));
            QVERIFY2(!arg.contains(u"client_secret"_s) && !arg.contains(u"client_assertion="_s), qPrintable(arg));
        }
        if (r.execStdin.contains(QByteArray("client_secret=" + kSimClientSecret)) || r.execStdin.contains("client_assertion=eyJ"))
            tokenViaStdin = true;
    }
    if (identity == ProbeIdentity::ServicePrincipal || identity == ProbeIdentity::WorkloadIdentity)
        QVERIFY(tokenViaStdin);
    for (const ProbeStepResult &r : results) {
        const QByteArray json = QJsonDocument(r.toJson()).toJson();
        QVERIFY2(!json.contains(kSimClientSecret), json.constData());
        QVERIFY2(!json.contains("eyJ"), json.constData());
    }
}

void TestProbeRunner::cancelMidRunDeletesThePod()
{
    Fixture f;
    QVERIFY(f.start(u"healthy"_s));
    QVERIFY(f.makePlan());
    auto runner = makeRunner(f);
    QSignalSpy finished(runner.get(), &ProbeRunner::finished);
    QSignalSpy deleted(runner.get(), &ProbeRunner::podDeleted);
    connect(runner.get(), &ProbeRunner::stepStarted, runner.get(), [&runner](const QString &id) {
        if (id == ProbeStepIds::dnsVault)
            runner->cancel();
    });
    runner->start();
    QVERIFY(finished.wait(60000));
    QCOMPARE(finished.size(), 1);
    QCOMPARE(runner->phase(), ProbeRunner::Phase::Canceled);
    QCOMPARE(deleted.size(), 1);
    QCOMPARE(runner->result(ProbeStepIds::dnsVault).verdict, ProbeVerdict::Skipped);
    QCOMPARE(runner->result(ProbeStepIds::token).verdict, ProbeVerdict::Skipped);
    QCOMPARE(runner->result(ProbeStepIds::cleanup).verdict, ProbeVerdict::Pass);
    QTRY_VERIFY_WITH_TIMEOUT(f.podGone(), 10000);
    // Nothing ran after the cancel.
    int tokenExecs = 0;
    for (const sim::RecordedRequest &r : f.cluster.recordedRequests())
        tokenExecs += r.execCommand.contains(u"-K"_s) ? 1 : 0;
    QCOMPARE(tokenExecs, 0);
}

void TestProbeRunner::destroyingTheRunnerDeletesThePod()
{
    Fixture f;
    QVERIFY(f.start(u"healthy"_s));
    QVERIFY(f.makePlan());
    auto runner = makeRunner(f);
    QSignalSpy phase(runner.get(), &ProbeRunner::phaseChanged);
    runner->start();
    QTRY_VERIFY_WITH_TIMEOUT(runner->phase() == ProbeRunner::Phase::RunningSteps, 20000);
    QVERIFY(!f.podGone());
    runner.reset();
    QTRY_VERIFY_WITH_TIMEOUT(f.podGone(), 10000);
}

void TestProbeRunner::rbacDeniedCreatesNothing()
{
    Fixture f;
    QVERIFY(f.start(u"healthy"_s, u"kvdoctor-sim-token"_s)); // may create pods, may not exec
    QVERIFY(f.makePlan());
    auto runner = makeRunner(f);
    QSignalSpy finished(runner.get(), &ProbeRunner::finished);
    QSignalSpy created(runner.get(), &ProbeRunner::podCreated);
    runner->start();
    QVERIFY(finished.wait(30000));
    const ProbeStepResult rbac = runner->result(ProbeStepIds::rbac);
    QCOMPARE(rbac.verdict, ProbeVerdict::Fail);
    QVERIFY2(rbac.facts.value(u"denied"_s).contains(u"pods/exec"_s), qPrintable(rbac.actual));
    QVERIFY(rbac.facts.value(u"denied"_s).contains(u"serviceaccounts/token"_s));
    QCOMPARE(created.size(), 0);
    QCOMPARE(runner->summary().failedStepId, ProbeStepIds::rbac);
    QCOMPARE(runner->result(ProbeStepIds::pod).verdict, ProbeVerdict::Skipped);
    for (const sim::RecordedRequest &r : f.cluster.recordedRequests())
        QVERIFY2(!(r.method == "POST" && r.target.contains("/pods")), r.target.constData());
}

void TestProbeRunner::imagePullErrorIsReported()
{
    Fixture f;
    QVERIFY(f.start(u"healthy"_s));
    QVERIFY(f.makePlan([](ProbeInputs &inputs) { inputs.image = u"registry.invalid/curl:8.11.1"_s; }));
    auto runner = makeRunner(f);
    QSignalSpy finished(runner.get(), &ProbeRunner::finished);
    runner->start();
    QVERIFY(finished.wait(30000));
    const ProbeStepResult pod = runner->result(ProbeStepIds::pod);
    QCOMPARE(pod.verdict, ProbeVerdict::Fail);
    QCOMPARE(pod.facts.value(u"reason"_s), u"ErrImagePull"_s);
    QVERIFY(pod.actual.contains(u"no such host"_s));
    QVERIFY(!pod.fix.isEmpty());
    QCOMPARE(runner->result(ProbeStepIds::proxy).verdict, ProbeVerdict::Skipped);
    QCOMPARE(runner->result(ProbeStepIds::cleanup).verdict, ProbeVerdict::Pass);
    QTRY_VERIFY_WITH_TIMEOUT(f.podGone(), 10000);
}

void TestProbeRunner::admissionDenialIsReported()
{
    Fixture f;
    QVERIFY(f.start(u"healthy"_s));
    KubeRequest *ns = f.client->create(u"/api/v1/namespaces"_s,
                                       QJsonObject{{u"apiVersion"_s, u"v1"_s}, {u"kind"_s, u"Namespace"_s},
                                                   {u"metadata"_s, QJsonObject{{u"name"_s, u"locked-down"_s},
                                                                               {u"labels"_s, QJsonObject{{u"pod-security.kubernetes.io/enforce"_s, u"baseline"_s}}}}}});
    QSignalSpy nsDone(ns, &KubeJob::finished);
    QVERIFY(nsDone.wait(10000));
    QVERIFY(f.makePlan([](ProbeInputs &inputs) { inputs.probeNamespace = u"locked-down"_s; }));
    auto runner = makeRunner(f);
    QSignalSpy finished(runner.get(), &ProbeRunner::finished);
    runner->start();
    QVERIFY(finished.wait(30000));
    const ProbeStepResult pod = runner->result(ProbeStepIds::pod);
    QCOMPARE(pod.verdict, ProbeVerdict::Fail);
    QVERIFY2(pod.actual.contains(u"violates PodSecurity"_s), qPrintable(pod.actual));
    QVERIFY(pod.fix.contains(u"privileged"_s));
    QCOMPARE(runner->result(ProbeStepIds::cleanup).verdict, ProbeVerdict::Skipped);
    QVERIFY(f.podGone());
}

void TestProbeRunner::leftoversAreFoundAndDeleted()
{
    Fixture f;
    QVERIFY(f.start(u"healthy"_s));
    QVERIFY(f.makePlan());
    // A probe pod left behind (kvdoctor killed before cleanup).
    KubeRequest *create = f.client->create(u"/api/v1/namespaces/payments/pods"_s, f.plan.podManifest);
    QSignalSpy created(create, &KubeJob::finished);
    QVERIFY(created.wait(10000));
    QVERIFY(!f.podGone());
    ProbeLeftovers leftovers(f.client.get());
    QSignalSpy found(&leftovers, &ProbeLeftovers::found);
    leftovers.list();
    QVERIFY(found.wait(10000));
    QCOMPARE(leftovers.pods().size(), 1);
    QCOMPARE(leftovers.pods().first().name, u"kvdoctor-probe-test"_s);
    QCOMPARE(leftovers.pods().first().namespaceName, u"payments"_s);
    QSignalSpy removed(&leftovers, &ProbeLeftovers::removed);
    leftovers.remove();
    QVERIFY(removed.wait(10000));
    QCOMPARE(removed.first().at(0).toInt(), 1);
    QVERIFY(removed.first().at(1).toStringList().isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(f.podGone(), 10000);
    // Pods without the label are never deleted.
    KubeObjectMeta other;
    other.namespaceName = u"payments"_s;
    other.name = u"payments-api-x"_s;
    leftovers.remove({other});
    QVERIFY(removed.wait(10000));
    QCOMPARE(removed.last().at(0).toInt(), 0);
    QCOMPARE(removed.last().at(1).toStringList().size(), 1);
}

void TestProbeRunner::loaderReadsInputs()
{
    Fixture f;
    QVERIFY(f.start(u"sp-invalid-secret"_s));
    KubeClient admin(simContext(f.cluster));
    const QString pod = firstPod(admin, u"payments"_s, u"payments-api-"_s);
    ProbeInputsLoader loader(&admin);
    QSignalSpy loaded(&loader, &ProbeInputsLoader::loaded);
    loader.load(u"payments"_s, pod);
    QVERIFY(loaded.wait(10000));
    const ProbeInputs &inputs = loader.inputs();
    QCOMPARE(inputs.pod.name, pod);
    QCOMPARE(inputs.spc.name, u"payments-kv"_s);
    QVERIFY(inputs.node.has_value());
    QCOMPARE(inputs.node->name, inputs.pod.nodeName);
    QVERIFY(inputs.providerEnvKnown);
    QCOMPARE(deriveProbeIdentity(inputs.pod, inputs.spc), ProbeIdentity::ServicePrincipal);
    QSignalSpy failed(&loader, &ProbeInputsLoader::failed);
    loader.load(u"payments"_s, u"does-not-exist"_s);
    QVERIFY(failed.wait(10000));
    QVERIFY(failed.first().first().toString().contains(u"does-not-exist"_s));
}

QTEST_GUILESS_MAIN(TestProbeRunner)
#include "tst_proberunner.moc"
