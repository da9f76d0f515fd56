// SPDX-License-Identifier: MIT
// Faults injected into the simulated API server (the same SPEC as "kvdoctor-cli simulate
// --faults"), one row per fault, each checked through the client layer that meets it: what the
// user sees (a message naming what failed), retries where they help, partial data kept and
// marked, the probe pod deleted, and never a hang (every wait is bounded).
#include "core/kubeconfig.h"
#include "core/probeplan.h"
#include "kube/execcredential.h"
#include "kube/inventorycollector.h"
#include "kube/kubeclient.h"
#include "kube/kubeexec.h"
#include "kube/kubelist.h"
#include "kube/kubewatch.h"
#include "kube/proberunner.h"
#include "sim/simulatedcluster.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace kvd;
using namespace Qt::StringLiterals;

namespace {

constexpr int kWait = 20000;

enum class Layer { Request, List, Watch, LogFollow, Exec, Inventory, Probe, TokenExpiry };
// Succeeds: the user sees the data (after retries); Fails: a clear error; Partial: the
// inventory finishes with what it read and a warning naming what it could not read; Resumes:
// the watch reconnects by itself and keeps delivering events.
enum class Outcome { Succeeds, Fails, Partial, Resumes };

ResolvedContext simContext(const sim::SimulatedCluster &cluster, const QString &name = u"kvdoctor-sim"_s)
{
    const Kubeconfig config = Kubeconfig::fromData(cluster.kubeconfigYaml(), u"sim.yaml"_s);
    QString error;
    const auto resolved = config.resolve(name, &error);
    if (!resolved)
        qFatal("cannot resolve the simulator's context: %s", qPrintable(error));
    return *resolved;
}

std::unique_ptr<KubeClient> makeClient(const ResolvedContext &context)
{
    auto client = std::make_unique<KubeClient>(context);
    client->setProxyEnvironment({}); // the test machine's proxy settings must not matter
    client->setMaxRetryDelay(100);
    return client;
}

template<typename Job>
bool runJob(Job *job, int timeout = kWait)
{
    job->setAutoDelete(false);
    return QTest::qWaitFor([job] { return job->isDone(); }, timeout);
}

// A running Secrets Store driver pod (kube-system) and its driver container.
bool driverPod(KubeClient &client, QString *ns, QString *pod)
{
    ListOptions options;
    options.path = u"/api/v1/pods"_s;
    options.labelSelector = u"app=secrets-store-csi-driver"_s;
    options.itemKind = ListItemKind::Pod;
    auto *job = client.list(options);
    if (!runJob(job) || job->state() != KubeJob::State::Finished)
        return false;
    for (const KubePod &p : job->result().pods) {
        if (p.phase == QLatin1String("Running") && p.containerNames.contains(u"secrets-store"_s)) {
            *ns = p.namespaceName;
            *pod = p.name;
            delete job;
            return true;
        }
    }
    delete job;
    return false;
}

int countRequests(const sim::SimulatedCluster &cluster, const QByteArray &pathPrefix, int status = -1)
{
    int n = 0;
    for (const sim::RecordedRequest &r : cluster.recordedRequests())
        n += r.target.startsWith(pathPrefix) && (status < 0 || r.status == status) ? 1 : 0;
    return n;
}

QString containsAll(const QString &message, const QStringList &parts)
{
    qInfo().noquote() << "user sees:" << message;
    for (const QString &part : parts) {
        if (!message.contains(part, Qt::CaseInsensitive))
            return u"\"%1\" is missing from: %2"_s.arg(part, message);
    }
    return {};
}

// The fake credential plugin: the first run prints $FIRST_TOKEN, later runs $SECOND_TOKEN.
const char *kPlugin = R"sh(#!/bin/sh
n=$(cat "$KVD_PLUGIN_DIR/count" 2>/dev/null || echo 0)
n=$((n+1))
echo "$n" > "$KVD_PLUGIN_DIR/count"
if [ "$n" -eq 1 ]; then tok="$FIRST_TOKEN"; else tok="$SECOND_TOKEN"; fi
printf '{"kind":"ExecCredential","apiVersion":"client.authentication.k8s.io/v1beta1","status":{"token":"%s"}}\n' "$tok"
)sh";

} // namespace

Q_DECLARE_METATYPE(Layer)
Q_DECLARE_METATYPE(Outcome)

class TestFaultInjection : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void specParsing_data();
    void specParsing();
    void fault_data();
    void fault();

private:
    void runRequest(sim::SimulatedCluster &cluster, const QString &target, Outcome outcome, const QStringList &parts);
    void runList(sim::SimulatedCluster &cluster, const QString &target, Outcome outcome, const QStringList &parts);
    void runWatch(sim::SimulatedCluster &cluster, const QList<sim::FaultSpec> &faults, const QString &target,
                  Outcome outcome, const QStringList &parts);
    void runLogFollow(sim::SimulatedCluster &cluster, Outcome outcome, const QStringList &parts);
    void runExec(sim::SimulatedCluster &cluster, Outcome outcome, const QStringList &parts);
    void runInventory(sim::SimulatedCluster &cluster, Outcome outcome, const QStringList &parts);
    void runProbe(sim::SimulatedCluster &cluster, const QStringList &parts);
    void runTokenExpiry(sim::SimulatedCluster &cluster);
};

void TestFaultInjection::specParsing_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<int>("faults");
    QTest::addColumn<bool>("wrongHost");
    QTest::addColumn<QString>("error"); // part of the error, empty when valid

    QTest::newRow("issue example") << u"reset-mid-body:/api/v1/pods,slow:2000:/api/v1/nodes,html:502:/api"_s << 3 << false << QString();
    QTest::newRow("status with retry-after and count") << u"status:429:5:/api/v1/nodes@3"_s << 1 << false << QString();
    QTest::newRow("always") << u"truncated@always, malformed-json:/apis"_s << 2 << false << QString();
    QTest::newRow("tls-mismatch") << u"tls-mismatch"_s << 0 << true << QString();
    QTest::newRow("unknown kind") << u"explode:/api"_s << 0 << false << u"unknown fault \"explode\""_s;
    QTest::newRow("status out of range") << u"status:200:/api"_s << 0 << false << u"400 to 599"_s;
    QTest::newRow("slow without delay") << u"slow:/api"_s << 0 << false << u"milliseconds"_s;
    QTest::newRow("bad count") << u"reset-mid-body:/api@0"_s << 0 << false << u"positive number"_s;
    QTest::newRow("bad value") << u"html:abc"_s << 0 << false << u"\"abc\""_s;
}

void TestFaultInjection::specParsing()
{
    QFETCH(QString, spec);
    QFETCH(int, faults);
    QFETCH(bool, wrongHost);
    QFETCH(QString, error);
    sim::FaultPlan options;
    QString message;
    const bool ok = sim::SimulatedCluster::parseFaults(spec, &options, &message);
    QCOMPARE(ok, error.isEmpty());
    if (!ok) {
        QVERIFY2(message.contains(error), qPrintable(message));
        QVERIFY2(message.contains(u"reset-mid-body"_s), qPrintable(message)); // the syntax is shown
        return;
    }
    QCOMPARE(options.faults.size(), faults);
    QCOMPARE(options.wrongHostCertificate, wrongHost);
    if (spec.startsWith(u"status:429:5"_s)) {
        QCOMPARE(options.faults.first().retryAfterSeconds, 5);
        QCOMPARE(options.faults.first().count, 3);
        QCOMPARE(options.faults.first().pathPrefix, u"/api/v1/nodes"_s);
    }
    if (spec.startsWith(u"truncated@always"_s)) {
        QCOMPARE(options.faults.first().count, -1);
        QVERIFY(options.faults.first().pathPrefix.isEmpty());
    }
}

void TestFaultInjection::fault_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<Layer>("layer");
    QTest::addColumn<QString>("target");
    QTest::addColumn<Outcome>("outcome");
    QTest::addColumn<QStringList>("message");

    const QString nodes = u"/api/v1/nodes"_s;
    const QString spc = u"/apis/secrets-store.csi.x-k8s.io/v1/secretproviderclasses"_s;
    const QString probeExec = u"/api/v1/namespaces/payments/pods/kvdoctor-probe-test/exec"_s;

    QTest::newRow("reset-mid-body list") << u"reset-mid-body:/api/v1/nodes"_s << Layer::List << nodes << Outcome::Fails
                                         << QStringList{u"interrupted"_s, nodes};
    QTest::newRow("reset-mid-body list in inventory")
        << u"reset-mid-body:"_s + spc << Layer::Inventory << spc << Outcome::Partial
        << QStringList{u"secretproviderclasses"_s, u"interrupted"_s};
    QTest::newRow("reset-mid-body watch") << u"reset-mid-body:/api/v1/namespaces/default/serviceaccounts"_s << Layer::Watch
                                          << u"/api/v1/namespaces/default/serviceaccounts"_s << Outcome::Resumes << QStringList{};
    QTest::newRow("reset-mid-body log follow") << u"reset-mid-body:/api/v1/namespaces/kube-system/pods/"_s << Layer::LogFollow
                                               << QString() << Outcome::Fails << QStringList{u"interrupted"_s, u"/log"_s};
    QTest::newRow("reset-mid-body exec") << u"reset-mid-body:/api/v1/namespaces/kube-system/pods/"_s << Layer::Exec << QString()
                                         << Outcome::Fails << QStringList{u"broke before the command finished"_s};
    QTest::newRow("reset-mid-body probe exec") << u"reset-mid-body:"_s + probeExec << Layer::Probe << QString() << Outcome::Fails
                                               << QStringList{u"could not run"_s};
    QTest::newRow("slow probe exec") << u"slow:8000:"_s + probeExec << Layer::Probe << QString() << Outcome::Fails
                                     << QStringList{u"No answer within 2 s"_s};
    QTest::newRow("500 probe exec") << u"status:500:"_s + probeExec << Layer::Probe << QString() << Outcome::Fails
                                    << QStringList{u"500"_s, u"kvdoctor-probe-test"_s, u"temporary"_s};
    QTest::newRow("slow within the timeout") << u"slow:700:/version"_s << Layer::Request << u"/version"_s << Outcome::Succeeds
                                             << QStringList{};
    QTest::newRow("slow beyond the timeout") << u"slow:5000:/version"_s << Layer::Request << u"/version"_s << Outcome::Fails
                                             << QStringList{u"did not answer in time"_s};
    QTest::newRow("401 after token expiry") << QString() << Layer::TokenExpiry << QString() << Outcome::Succeeds << QStringList{};
    QTest::newRow("401 after token expiry on a watch") << QString() << Layer::TokenExpiry << QString() << Outcome::Resumes
                                                       << QStringList{};
    QTest::newRow("403 on one resource") << u"status:403:/apis/apps/v1/daemonsets"_s << Layer::Inventory
                                         << u"/apis/apps/v1/daemonsets"_s << Outcome::Partial
                                         << QStringList{u"daemonsets"_s, u"forbidden"_s};
    QTest::newRow("410 on continue") << u"status:410:/api/v1/pods"_s << Layer::List << u"/api/v1/pods"_s << Outcome::Succeeds
                                     << QStringList{};
    QTest::newRow("503 on watch") << u"status:503:1:/api/v1/namespaces/default/serviceaccounts"_s << Layer::Watch
                                  << u"/api/v1/namespaces/default/serviceaccounts"_s << Outcome::Resumes << QStringList{};
    QTest::newRow("410 on watch") << u"status:410:/api/v1/namespaces/default/serviceaccounts"_s << Layer::Watch
                                  << u"/api/v1/namespaces/default/serviceaccounts"_s << Outcome::Fails
                                  << QStringList{u"expired"_s, u"410"_s};
    QTest::newRow("429 with Retry-After") << u"status:429:1:/api/v1/nodes@2"_s << Layer::Request << nodes << Outcome::Succeeds
                                          << QStringList{};
    QTest::newRow("503 with Retry-After") << u"status:503:1:/api/v1/nodes"_s << Layer::Request << nodes << Outcome::Succeeds
                                          << QStringList{};
    QTest::newRow("500") << u"status:500:/api/v1/nodes"_s << Layer::Request << nodes << Outcome::Fails
                         << QStringList{u"500"_s, u"InternalError"_s};
    QTest::newRow("500 in inventory") << u"status:500:"_s + spc << Layer::Inventory << spc << Outcome::Partial
                                      << QStringList{u"secretproviderclasses"_s, u"500"_s};
    QTest::newRow("truncated body") << u"truncated:/api/v1/nodes"_s << Layer::List << nodes << Outcome::Fails
                                    << QStringList{u"interrupted"_s, nodes};
    QTest::newRow("truncated chunked body") << u"truncated-chunked:/api/v1/nodes"_s << Layer::List << nodes << Outcome::Fails
                                            << QStringList{u"interrupted"_s, nodes};
    QTest::newRow("malformed json list") << u"malformed-json:/api/v1/nodes"_s << Layer::List << nodes << Outcome::Fails
                                         << QStringList{u"cannot be read"_s, nodes};
    QTest::newRow("malformed json watch") << u"malformed-json:/api/v1/namespaces/default/serviceaccounts"_s << Layer::Watch
                                          << u"/api/v1/namespaces/default/serviceaccounts"_s << Outcome::Fails
                                          << QStringList{u"cannot be read"_s, u"/api/v1/namespaces/default/serviceaccounts"_s};
    QTest::newRow("html 502 from a proxy") << u"html:502:/api"_s << Layer::Request << nodes << Outcome::Fails
                                           << QStringList{u"HTML"_s, u"proxy"_s, u"502 Bad Gateway"_s, nodes};
    QTest::newRow("html 504 from a proxy") << u"html:504:/api"_s << Layer::List << nodes << Outcome::Fails
                                           << QStringList{u"HTML"_s, u"proxy"_s, u"504"_s};
    QTest::newRow("html 502 in inventory") << u"html:502:"_s + spc << Layer::Inventory << spc << Outcome::Partial
                                           << QStringList{u"secretproviderclasses"_s, u"HTML"_s};
    QTest::newRow("certificate for another host exec") << u"tls-mismatch"_s << Layer::Exec << QString() << Outcome::Fails
                                                       << QStringList{u"certificate"_s, u"wrong-host.example.com"_s};
    QTest::newRow("certificate for another host") << u"tls-mismatch"_s << Layer::Request << u"/version"_s << Outcome::Fails
                                                  << QStringList{u"certificate"_s, u"127.0.0.1"_s, u"wrong-host.example.com"_s};
}

void TestFaultInjection::fault()
{
    QFETCH(QString, spec);
    QFETCH(Layer, layer);
    QFETCH(QString, target);
    QFETCH(Outcome, outcome);
    QFETCH(QStringList, message);

    sim::FaultPlan options;
    QString error;
    QVERIFY2(sim::SimulatedCluster::parseFaults(spec, &options, &error), qPrintable(error));
    sim::SimulatedCluster cluster;
    cluster.setFaultPlan(options);
    QVERIFY2(cluster.start({}, &error), qPrintable(error));

    switch (layer) {
    case Layer::Request: runRequest(cluster, target, outcome, message); break;
    case Layer::List: runList(cluster, target, outcome, message); break;
    case Layer::Watch: runWatch(cluster, options.faults, target, outcome, message); break;
    case Layer::LogFollow: runLogFollow(cluster, outcome, message); break;
    case Layer::Exec: runExec(cluster, outcome, message); break;
    case Layer::Inventory: runInventory(cluster, outcome, message); break;
    case Layer::Probe: runProbe(cluster, message); break;
    case Layer::TokenExpiry: runTokenExpiry(cluster); break;
    }
}

void TestFaultInjection::runRequest(sim::SimulatedCluster &cluster, const QString &target, Outcome outcome,
                                    const QStringList &parts)
{
    auto client = makeClient(simContext(cluster));
    client->setConnectTimeout(2000);
    QElapsedTimer clock;
    clock.start();
    auto *job = client->get(target);
    QSignalSpy retrying(job, &KubeRequest::retrying);
    QVERIFY(runJob(job));
    std::unique_ptr<KubeRequest> owner(job);
    if (outcome == Outcome::Succeeds) {
        QVERIFY2(job->state() == KubeJob::State::Finished, qPrintable(job->error().message));
        QVERIFY(!job->json().isEmpty());
        const auto faults = QTest::currentDataTag();
        if (QByteArray(faults).startsWith("slow"))
            QVERIFY(clock.elapsed() >= 600);
        if (QByteArray(faults).contains("Retry-After")) {
            // Retried after the delay the server asked for (capped by the test), then served.
            QVERIFY(!retrying.isEmpty());
            QVERIFY(countRequests(cluster, target.toUtf8()) >= 2);
            QCOMPARE(countRequests(cluster, target.toUtf8(), 200), 1);
        }
        return;
    }
    QCOMPARE(job->state(), KubeJob::State::Failed);
    const QString problem = containsAll(job->error().message, parts);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QVERIFY(retrying.isEmpty()); // nothing that cannot help is retried
}

void TestFaultInjection::runList(sim::SimulatedCluster &cluster, const QString &target, Outcome outcome,
                                 const QStringList &parts)
{
    auto client = makeClient(simContext(cluster));
    ListOptions options;
    options.path = target;
    options.itemKind = target.endsWith(u"/pods"_s) ? ListItemKind::Pod : ListItemKind::Node;
    const bool paged = QByteArray(QTest::currentDataTag()).contains("continue");
    options.limit = paged ? 2 : 500;
    if (paged) {
        // The fault is meant for the continue request: let the first page through.
        cluster.clearFaults();
    }
    auto *job = client->list(options);
    std::unique_ptr<KubeListJob> owner;
    if (paged) {
        connect(job, &KubeListJob::pageReceived, this, [&cluster, target, armed = false](const KubeListPage &, int index) mutable {
            if (index == 0 && !armed) {
                armed = true;
                cluster.injectFailure(410, 1, target);
            }
        });
    }
    QSignalSpy restarted(job, &KubeListJob::restarted);
    QVERIFY(runJob(job));
    owner.reset(job);
    if (outcome == Outcome::Succeeds) {
        QVERIFY2(job->state() == KubeJob::State::Finished, qPrintable(job->error().message));
        if (paged) {
            // A later continue request met the 410: the list started over once, completely and
            // without doubles.
            QCOMPARE(restarted.size(), 1);
            QVERIFY(restarted.first().first().toString().contains(u"410"_s));
            QCOMPARE(job->result().pods.size(), cluster.objectCount(QString(), u"pods"_s));
        }
        return;
    }
    QCOMPARE(job->state(), KubeJob::State::Failed);
    const QString problem = containsAll(job->error().message, parts);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void TestFaultInjection::runWatch(sim::SimulatedCluster &cluster, const QList<sim::FaultSpec> &faults,
                                  const QString &target, Outcome outcome, const QStringList &parts)
{
    auto client = makeClient(simContext(cluster));
    // The list first, as every user of a watch does, so the watch starts from its position.
    ListOptions listOptions;
    listOptions.path = target;
    auto *list = client->list(listOptions);
    QVERIFY(runJob(list));
    std::unique_ptr<KubeListJob> listOwner(list);
    // The fault is meant for the watch, but the list matched its prefix first: arm it again.
    cluster.clearFaults();
    for (const sim::FaultSpec &f : faults)
        cluster.injectFault(f);

    WatchOptions options;
    options.path = target;
    options.resourceVersion = list->resourceVersion();
    options.initialReconnectDelayMs = 50;
    auto *watch = client->watch(options);
    watch->setAutoDelete(false);
    std::unique_ptr<KubeWatch> owner(watch);
    QSignalSpy connected(watch, &KubeWatch::connected);
    QSignalSpy events(watch, &KubeWatch::eventReceived);
    QSignalSpy reconnecting(watch, &KubeWatch::reconnecting);
    QSignalSpy expired(watch, &KubeWatch::expired);
    QSignalSpy failed(watch, &KubeJob::failed);

    const auto addConfigMap = [&cluster](const QString &name) {
        return cluster.addObject(QString(), u"serviceaccounts"_s,
                                 QJsonObject{{u"apiVersion"_s, u"v1"_s},
                                             {u"kind"_s, u"ServiceAccount"_s},
                                             {u"metadata"_s, QJsonObject{{u"name"_s, name}, {u"namespace"_s, u"default"_s}}},
                                             {u"data"_s, QJsonObject{{u"k"_s, u"v"_s}}}});
    };

    if (outcome == Outcome::Resumes) {
        const auto names = [&events] {
            QStringList out;
            for (const auto &args : std::as_const(events))
                out << args.first().value<WatchEvent>().json().value(u"metadata"_s).toObject().value(u"name"_s).toString();
            return out;
        };
        // A refused first attempt (503) reconnects before this; a reset comes after it.
        QVERIFY(connected.wait(kWait));
        // An event on the broken stream: for a reset, half of its line arrives, then the reset.
        QVERIFY(addConfigMap(u"fault-during-reset"_s));
        QTRY_VERIFY_WITH_TIMEOUT(!reconnecting.isEmpty(), kWait);
        QTRY_VERIFY_WITH_TIMEOUT(names().contains(u"fault-during-reset"_s), kWait);
        QVERIFY(addConfigMap(u"fault-after-reset"_s));
        QTRY_VERIFY_WITH_TIMEOUT(names().contains(u"fault-after-reset"_s), kWait);
        // Each event exactly once: the cut line is dropped, the resumed watch replays it whole.
        QCOMPARE(names().count(u"fault-during-reset"_s), 1);
        QCOMPARE(names().count(u"fault-after-reset"_s), 1);
        if (QByteArray(QTest::currentDataTag()).contains("reset"))
            QVERIFY(watch->connectionCount() >= 2);
        QVERIFY(failed.isEmpty());
        QCOMPARE(watch->state(), KubeJob::State::Running);
        watch->cancel();
        return;
    }
    if (QString::fromUtf8(QTest::currentDataTag()).contains(u"malformed"_s)) {
        QVERIFY(connected.wait(kWait));
        QVERIFY(addConfigMap(u"fault-malformed"_s));
    }
    QVERIFY(QTest::qWaitFor([&] { return watch->isDone(); }, kWait));
    QCOMPARE(watch->state(), KubeJob::State::Failed);
    const QString problem = containsAll(watch->error().message, parts);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    if (parts.contains(u"410"_s)) {
        QCOMPARE(expired.size(), 1);
        QVERIFY(watch->error().isExpired());
    }
}

void TestFaultInjection::runLogFollow(sim::SimulatedCluster &cluster, Outcome outcome, const QStringList &parts)
{
    Q_UNUSED(outcome);
    auto client = makeClient(simContext(cluster));
    QString ns, pod;
    QVERIFY(driverPod(*client, &ns, &pod));
    LogOptions options;
    options.namespaceName = ns;
    options.pod = pod;
    options.container = u"secrets-store"_s;
    options.follow = true;
    auto *stream = client->logs(options);
    QSignalSpy data(stream, &KubeLogStream::dataReceived);
    QVERIFY(runJob(stream));
    std::unique_ptr<KubeLogStream> owner(stream);
    QCOMPARE(stream->state(), KubeJob::State::Failed);
    // What arrived before the reset was delivered, not thrown away.
    QVERIFY(stream->bytesReceived() > 0);
    QVERIFY(!data.isEmpty());
    const QString problem = containsAll(stream->error().message, parts);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void TestFaultInjection::runExec(sim::SimulatedCluster &cluster, Outcome outcome, const QStringList &parts)
{
    Q_UNUSED(outcome);
    auto client = makeClient(simContext(cluster));
    QString ns = u"kube-system"_s;
    QString pod = u"aks-secrets-store-csi-driver-any"_s;
    // With the wrong certificate nothing can be listed: TLS fails before any pod is looked up.
    if (!QByteArray(QTest::currentDataTag()).contains("certificate"))
        QVERIFY(driverPod(*client, &ns, &pod));
    ExecOptions options;
    options.namespaceName = ns;
    options.pod = pod;
    options.container = u"secrets-store"_s;
    options.command = {u"echo"_s, u"fault"_s};
    auto *exec = client->exec(options);
    QVERIFY(runJob(exec));
    std::unique_ptr<KubeExec> owner(exec);
    QCOMPARE(exec->state(), KubeJob::State::Failed);
    const QString problem = containsAll(exec->error().message,
                                        parts + (exec->error().kind == KubeError::Kind::Tls ? QStringList{} : QStringList{pod}));
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void TestFaultInjection::runInventory(sim::SimulatedCluster &cluster, Outcome outcome, const QStringList &parts)
{
    Q_UNUSED(outcome);
    auto client = makeClient(simContext(cluster));
    InventoryCollector collector(client.get());
    QSignalSpy finished(&collector, &InventoryCollector::finished);
    QSignalSpy failed(&collector, &InventoryCollector::failed);
    collector.start();
    QVERIFY(QTest::qWaitFor([&] { return !finished.isEmpty() || !failed.isEmpty(); }, kWait));
    QVERIFY2(failed.isEmpty(), qPrintable(failed.isEmpty() ? QString() : failed.first().first().value<KubeError>().message));
    // What was read is kept; the failed read is named in a warning.
    QVERIFY(!collector.inventory().nodes.isEmpty());
    QVERIFY(!collector.input().pods.isEmpty());
    QCOMPARE(collector.warnings().size(), 1);
    const QString problem = containsAll(collector.warnings().first(), parts);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    // Nothing is concluded from what could not be read: the healthy cluster's pods all have
    // their SecretProviderClass, unread or not.
    int missingSpc = 0;
    for (const InventoryProblem &p : collector.inventory().problems)
        missingSpc += p.id == QLatin1String("spc-not-found") ? 1 : 0;
    QCOMPARE(missingSpc, 0);
}

void TestFaultInjection::runProbe(sim::SimulatedCluster &cluster, const QStringList &parts)
{
    const int initialPods = cluster.objectCount(QString(), u"pods"_s);
    auto client = makeClient(simContext(cluster));
    // The plan from the payments application pod, as the wizard builds it.
    auto *request = client->get(u"/api/v1/namespaces/payments/pods"_s);
    QVERIFY(runJob(request));
    std::unique_ptr<KubeRequest> requestOwner(request);
    QString appPod;
    for (const QJsonValue &item : request->json().value(u"items"_s).toArray()) {
        const QString name = item.toObject().value(u"metadata"_s).toObject().value(u"name"_s).toString();
        if (name.startsWith(u"payments-api-"_s)) {
            appPod = name;
            break;
        }
    }
    QVERIFY(!appPod.isEmpty());
    ProbeInputsLoader loader(client.get());
    QSignalSpy loaded(&loader, &ProbeInputsLoader::loaded);
    loader.load(u"payments"_s, appPod);
    QVERIFY(loaded.wait(kWait));
    ProbeInputs inputs = loader.inputs();
    inputs.podName = u"kvdoctor-probe-test"_s;
    ProbePlan plan;
    QStringList errors;
    QVERIFY2(buildProbePlan(inputs, &plan, &errors), qPrintable(errors.join(u'\n')));

    ProbeRunner runner(client.get(), plan);
    runner.setPollInterval(100);
    // A slow exec is cut by the step timeout (short here so the row stays quick).
    runner.setStepTimeout(QByteArray(QTest::currentDataTag()).startsWith("slow") ? 2000 : 15000);
    QSignalSpy finished(&runner, &ProbeRunner::finished);
    QSignalSpy deleted(&runner, &ProbeRunner::podDeleted);
    runner.start();
    QVERIFY(finished.wait(60000));
    QCOMPARE(runner.phase(), ProbeRunner::Phase::Finished);
    // The first exec step met the fault and says so; the pod is gone all the same.
    QString firstFailure;
    for (const ProbeStepResult &r : runner.results()) {
        if (r.verdict == ProbeVerdict::Fail) {
            firstFailure = r.actual;
            break;
        }
    }
    QVERIFY(!firstFailure.isEmpty());
    const QString problem = containsAll(firstFailure, parts);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QCOMPARE(runner.summary().verdict, ProbeVerdict::Fail);
    QCOMPARE(deleted.size(), 1);
    QCOMPARE(runner.result(ProbeStepIds::cleanup).verdict, ProbeVerdict::Pass);
    QVERIFY(!runner.podExists());
    QTRY_COMPARE_WITH_TIMEOUT(cluster.objectCount(QString(), u"pods"_s), initialPods, 10000);
}

void TestFaultInjection::runTokenExpiry(sim::SimulatedCluster &cluster)
{
#ifdef Q_OS_WIN
    QSKIP("the fake credential plugin is a shell script");
#endif
    QTemporaryDir directory;
    QVERIFY(directory.isValid());
    const QString plugin = directory.filePath(u"fake-kubelogin"_s);
    {
        QFile file(plugin);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(kPlugin);
        file.close();
        file.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }
    const QString first = u"aad-token-first-hour"_s;
    const QString second = u"aad-token-second-hour"_s;
    cluster.addBearerToken(first, sim::SimulatedCluster::tokenUser());
    cluster.addBearerToken(second, sim::SimulatedCluster::tokenUser());

    ResolvedContext context = simContext(cluster);
    context.user = KubeUser{};
    context.user.name = u"clusterUser_rg_aks"_s;
    ExecConfig exec;
    exec.apiVersion = u"client.authentication.k8s.io/v1beta1"_s;
    exec.command = plugin;
    exec.args = {u"get-token"_s};
    exec.env = {{u"KVD_PLUGIN_DIR"_s, directory.path()}, {u"FIRST_TOKEN"_s, first}, {u"SECOND_TOKEN"_s, second}};
    exec.interactiveMode = u"Never"_s;
    context.user.exec = exec;
    context.authKind = AuthKind::Exec;
    auto client = makeClient(context);
    QVERIFY2(client->isValid(), qPrintable(client->setupError()));

    if (QByteArray(QTest::currentDataTag()).contains("watch")) {
        // A watch opened with the first token; the token expires and the connection drops (as
        // when an API server instance restarts): the reconnect meets a 401, the plugin runs
        // again and the watch resumes with the new token.
        WatchOptions options;
        options.path = u"/api/v1/namespaces/default/serviceaccounts"_s;
        options.initialReconnectDelayMs = 50;
        auto *watch = client->watch(options);
        watch->setAutoDelete(false);
        std::unique_ptr<KubeWatch> owner(watch);
        QSignalSpy connected(watch, &KubeWatch::connected);
        QSignalSpy events(watch, &KubeWatch::eventReceived);
        QVERIFY(connected.wait(kWait));
        const auto addAccount = [&cluster](const QString &name) {
            return cluster.addObject(QString(), u"serviceaccounts"_s,
                                     QJsonObject{{u"apiVersion"_s, u"v1"_s},
                                                 {u"kind"_s, u"ServiceAccount"_s},
                                                 {u"metadata"_s, QJsonObject{{u"name"_s, name}, {u"namespace"_s, u"default"_s}}}});
        };
        QVERIFY(addAccount(u"before-expiry"_s));
        QTRY_VERIFY_WITH_TIMEOUT(!events.isEmpty(), kWait);
        cluster.removeBearerToken(first);
        cluster.clearRecordedRequests();
        cluster.dropConnections();
        QTRY_VERIFY_WITH_TIMEOUT(connected.size() >= 2, kWait);
        events.clear();
        QVERIFY(addAccount(u"after-expiry"_s));
        QTRY_VERIFY_WITH_TIMEOUT(!events.isEmpty(), kWait);
        QCOMPARE(watch->state(), KubeJob::State::Running);
        QCOMPARE(client->execProvider()->invocationCount(), 2);
        int unauthorized = 0;
        for (const sim::RecordedRequest &r : cluster.recordedRequests())
            unauthorized += r.status == 401 ? 1 : 0;
        QCOMPARE(unauthorized, 1);
        QCOMPARE(cluster.recordedRequests().last().header("Authorization"), "Bearer " + second.toUtf8());
        watch->cancel();
        return;
    }

    auto *before = client->version();
    QVERIFY(runJob(before));
    std::unique_ptr<KubeRequest> beforeOwner(before);
    QVERIFY2(before->state() == KubeJob::State::Finished, qPrintable(before->error().message));

    // The token expires on the server side (no expirationTimestamp told the client).
    cluster.removeBearerToken(first);
    cluster.clearRecordedRequests();
    QSignalSpy refreshed(client.get(), &KubeClient::credentialsRefreshed);
    auto *after = client->get(u"/api/v1/nodes"_s);
    QVERIFY(runJob(after));
    std::unique_ptr<KubeRequest> afterOwner(after);
    QVERIFY2(after->state() == KubeJob::State::Finished, qPrintable(after->error().message));
    QCOMPARE(client->execProvider()->invocationCount(), 2); // the plugin ran again, once
    QVERIFY(!refreshed.isEmpty());
    const auto requests = cluster.recordedRequests();
    QCOMPARE(requests.size(), 2); // the 401, then the same request with the new token
    QCOMPARE(requests.first().status, 401);
    QCOMPARE(requests.last().header("Authorization"), "Bearer " + second.toUtf8());
}

QTEST_GUILESS_MAIN(TestFaultInjection)
#include "tst_faultinjection.moc"
