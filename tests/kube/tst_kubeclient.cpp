// SPDX-License-Identifier: MIT
// The Kubernetes client against the simulated AKS API server, over real TLS sockets.
#include "kube/execcredential.h"
#include "kube/kubeclient.h"
#include "kube/kubeexec.h"
#include "kube/kubelist.h"
#include "kube/kubewatch.h"
#include "sim/simulatedcluster.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace kvd;
using kvd::sim::SimulatedCluster;

namespace {

constexpr int kWait = 15000;

ResolvedContext baseContext(const QUrl &url)
{
    ResolvedContext context;
    context.context.name = QStringLiteral("kvdoctor-sim");
    context.context.cluster = QStringLiteral("kvdoctor-sim");
    context.cluster.name = QStringLiteral("kvdoctor-sim");
    context.cluster.server = url.toString();
    context.cluster.certificateAuthorityData = SimulatedCluster::caCertificatePem();
    return context;
}

ResolvedContext certContext(const QUrl &url)
{
    ResolvedContext context = baseContext(url);
    context.user.name = QStringLiteral("admin");
    context.user.clientCertificateData = SimulatedCluster::clientCertificatePem();
    context.user.clientKeyData = SimulatedCluster::clientKeyPem();
    context.authKind = AuthKind::ClientCert;
    return context;
}

ResolvedContext tokenContext(const QUrl &url, const QString &token)
{
    ResolvedContext context = baseContext(url);
    context.user.name = QStringLiteral("token-user");
    context.user.token = token;
    context.authKind = AuthKind::Token;
    return context;
}

// Runs a job to its end and keeps it alive for inspection.
template<typename Job>
bool runJob(Job *job, int timeout = kWait)
{
    job->setAutoDelete(false);
    return QTest::qWaitFor([job] { return job->isDone(); }, timeout);
}

// A minimal HTTP CONNECT proxy, to check that proxy-url is used.
class ConnectProxy : public QTcpServer
{
public:
    QStringList targets;

protected:
    void incomingConnection(qintptr descriptor) override
    {
        auto *client = new QTcpSocket(this);
        client->setSocketDescriptor(descriptor);
        auto *buffer = new QByteArray;
        connect(client, &QTcpSocket::readyRead, this, [this, client, buffer] {
            if (client->property("tunnel").toBool())
                return;
            *buffer += client->readAll();
            const qsizetype end = buffer->indexOf("\r\n\r\n");
            if (end < 0)
                return;
            const QList<QByteArray> words = buffer->left(buffer->indexOf("\r\n")).split(' ');
            const QByteArray rest = buffer->mid(end + 4);
            delete buffer;
            client->setProperty("tunnel", true);
            if (words.size() < 2 || words.first() != "CONNECT") {
                client->write("HTTP/1.1 405 Method Not Allowed\r\n\r\n");
                client->disconnectFromHost();
                return;
            }
            targets << QString::fromLatin1(words.at(1));
            const QList<QByteArray> hostPort = words.at(1).split(':');
            auto *upstream = new QTcpSocket(this);
            connect(upstream, &QTcpSocket::connected, client, [client, upstream, rest] {
                client->write("HTTP/1.1 200 Connection established\r\n\r\n");
                if (!rest.isEmpty())
                    upstream->write(rest);
                connect(client, &QTcpSocket::readyRead, upstream, [client, upstream] { upstream->write(client->readAll()); });
                connect(upstream, &QTcpSocket::readyRead, client, [client, upstream] { client->write(upstream->readAll()); });
                if (client->bytesAvailable())
                    upstream->write(client->readAll());
            });
            connect(upstream, &QTcpSocket::disconnected, client, &QTcpSocket::disconnectFromHost);
            connect(client, &QTcpSocket::disconnected, upstream, &QTcpSocket::disconnectFromHost);
            upstream->connectToHost(QString::fromLatin1(hostPort.value(0)), quint16(hostPort.value(1).toUInt()));
        });
    }
};

} // namespace

class TestKubeClient : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();

    void version();
    void kubeconfigContexts();
    void discovery();
    void requestHeaders();
    void listPaginated();
    void listSelectors();
    void listBadFieldSelector();
    void listExpiredContinue();
    void listMetadataOnly();
    void getCreateDelete();
    void accessReview();
    void forbidden();
    void unauthorized();
    void tokenFile();
    void basicAuthHeader();
    void insecureSkipVerify();
    void retryAfter();
    void serverErrorWithoutRetryAfter();
    void postNotRetried();
    void watchResume();
    void watchExpired();
    void manyWatchesDoNotBlockRequests();
    void logs();
    void logsOptions();
    void logsFollow();
    void events();
    void execOutputAndExitCode();
    void execStdin();
    void execV4();
    void execNoCommonProtocol();
    void execForbidden();
    void execPodNotFound();
    void execCommandNotFound();
    void execPlugin();
    void execPluginRejectedTwice();
    void execPluginOneRunForConcurrentRequests();
    void execPluginExpiredCredential();
    void execPluginMissing();
    void execPluginInteractiveAlways();
    void execPluginFails();
    void tlsUntrustedCa();
    void tlsServerName();
    void tlsServerNameMismatch();
    void connectionRefused();
    void silentServerTimesOut();
    void proxyUrl();
    void cancel();

private:
    QString runningPod(QString *container, QString *namespaceName);
    std::unique_ptr<KubeClient> client(const ResolvedContext &context)
    {
        auto result = std::make_unique<KubeClient>(context);
        result->setProxyEnvironment({}); // the test machine's proxy settings must not matter
        result->setMaxRetryDelay(50);
        return result;
    }

    SimulatedCluster m_sim;
    QUrl m_url;
    QTemporaryDir m_dir;
};

void TestKubeClient::initTestCase()
{
    QString error;
    QVERIFY2(m_sim.start({}, &error), qPrintable(error));
    m_url = m_sim.url();
    QVERIFY(m_url.isValid());
    QVERIFY(m_dir.isValid());
}

void TestKubeClient::cleanupTestCase()
{
    m_sim.stop();
}

void TestKubeClient::init()
{
    m_sim.clearRecordedRequests();
    m_sim.setExecProtocols({QStringLiteral("v5.channel.k8s.io"), QStringLiteral("v4.channel.k8s.io")});
}

QString TestKubeClient::runningPod(QString *container, QString *namespaceName)
{
    auto c = client(certContext(m_url));
    ListOptions options;
    options.path = QStringLiteral("/api/v1/pods");
    options.labelSelector = QStringLiteral("app=secrets-store-csi-driver");
    options.itemKind = ListItemKind::Pod;
    auto *job = c->list(options);
    if (!runJob(job) || job->state() != KubeJob::State::Finished)
        return {};
    for (const KubePod &pod : job->result().pods) {
        if (pod.phase == QLatin1String("Running") && !pod.containerNames.isEmpty()) {
            for (const auto &status : pod.containers) {
                // The driver container logs klog lines; the sidecars may log nothing.
                if (status.state == KubeContainerStatus::State::Running && status.name == QLatin1String("secrets-store")) {
                    *container = status.name;
                    *namespaceName = pod.namespaceName;
                    return pod.name;
                }
            }
        }
    }
    return {};
}

void TestKubeClient::version()
{
    auto c = client(certContext(m_url));
    QVERIFY2(c->isValid(), qPrintable(c->setupError()));
    auto *job = c->version();
    QVERIFY(runJob(job));
    QCOMPARE(job->state(), KubeJob::State::Finished);
    const auto version = parseKubeVersion(job->json());
    QVERIFY(version);
    QCOMPARE(version->major, 1);
    QVERIFY(version->minor >= 28);
    QVERIFY(version->gitVersion.startsWith(QLatin1Char('v')));
}

void TestKubeClient::kubeconfigContexts()
{
    // The whole path: the simulator's kubeconfig, loaded and resolved as a user's would be.
    const Kubeconfig config = Kubeconfig::fromData(m_sim.kubeconfigYaml(), m_dir.filePath(QStringLiteral("sim.yaml")));
    QVERIFY(!config.hasErrors());
    for (const QString &name : {QStringLiteral("kvdoctor-sim"), QStringLiteral("kvdoctor-sim-token")}) {
        QString error;
        const auto context = config.resolve(name, &error);
        QVERIFY2(context, qPrintable(error));
        auto c = client(*context);
        QVERIFY2(c->isValid(), qPrintable(c->setupError()));
        QCOMPARE(c->defaultNamespace(), QStringLiteral("default"));
        auto *job = c->get(QStringLiteral("/api/v1/namespaces/kube-system/pods"));
        QVERIFY(runJob(job));
        QVERIFY2(job->state() == KubeJob::State::Finished, qPrintable(job->error().message));
        const QString expectedUser = name == QLatin1String("kvdoctor-sim") ? SimulatedCluster::adminUser()
                                                                           : SimulatedCluster::tokenUser();
        QCOMPARE(m_sim.recordedRequests().last().user, expectedUser);
    }
}

void TestKubeClient::discovery()
{
    auto c = client(certContext(m_url));
    auto *groups = c->discovery();
    QVERIFY(runJob(groups));
    QCOMPARE(groups->state(), KubeJob::State::Finished);
    QStringList names;
    for (const auto &group : groups->json().value(QLatin1String("groups")).toArray())
        names << group.toObject().value(QLatin1String("name")).toString();
    QVERIFY2(names.contains(QStringLiteral("secrets-store.csi.x-k8s.io")), qPrintable(names.join(u',')));

    auto *core = c->discovery(QStringLiteral("v1"));
    QVERIFY(runJob(core));
    QCOMPARE(core->state(), KubeJob::State::Finished);
    QStringList resources;
    for (const auto &resource : core->json().value(QLatin1String("resources")).toArray())
        resources << resource.toObject().value(QLatin1String("name")).toString();
    QVERIFY(resources.contains(QStringLiteral("pods")));
    QVERIFY(resources.contains(QStringLiteral("pods/exec")));

    auto *missing = c->discovery(QStringLiteral("nonexistent.example.com/v1"));
    QVERIFY(runJob(missing));
    QCOMPARE(missing->state(), KubeJob::State::Failed);
    QCOMPARE(missing->error().httpStatus, 404);
}

void TestKubeClient::requestHeaders()
{
    ResolvedContext context = tokenContext(m_url, SimulatedCluster::bearerToken());
    context.user.impersonateGroups = {QStringLiteral("g1"), QStringLiteral("g2")};
    auto c = client(context);
    auto *job = c->version();
    QVERIFY(runJob(job));
    const auto requests = m_sim.recordedRequests();
    QVERIFY(!requests.isEmpty());
    const auto &request = requests.last();
    QVERIFY(request.header("User-Agent").startsWith("kvdoctor/"));
    QCOMPARE(request.header("Authorization"), "Bearer " + SimulatedCluster::bearerToken().toUtf8());
    QVERIFY(request.header("Accept").startsWith("application/json"));
    QList<QByteArray> groups;
    for (const auto &[name, value] : request.headers) {
        if (name.compare("Impersonate-Group", Qt::CaseInsensitive) == 0)
            groups << value;
    }
    QCOMPARE(groups, QList<QByteArray>{"g1"}); // Qt sends one value per header name
    QVERIFY(c->warnings().join(u' ').contains(QLatin1String("only the first")));
    QVERIFY(request.target.startsWith("/version"));
}

void TestKubeClient::listPaginated()
{
    auto c = client(certContext(m_url));
    ListOptions options;
    options.path = QStringLiteral("/api/v1/pods");
    options.limit = 7;
    options.itemKind = ListItemKind::Pod;
    auto *job = c->list(options);
    QSignalSpy pages(job, &KubeListJob::pageReceived);
    QVERIFY(runJob(job));
    QCOMPARE(job->state(), KubeJob::State::Finished);
    const int total = m_sim.objectCount(QString(), QStringLiteral("pods"));
    QVERIFY(total > 7);
    QCOMPARE(job->result().pods.size(), total);
    QCOMPARE(pages.size(), (total + 6) / 7);
    QCOMPARE(job->pageCount(), pages.size());
    QVERIFY(!job->resourceVersion().isEmpty());
    // Every page after the first sends the continue token and the same limit.
    const auto requests = m_sim.recordedRequests();
    int continued = 0;
    for (const auto &request : requests) {
        QVERIFY(request.target.contains("limit=7"));
        if (request.target.contains("continue="))
            ++continued;
    }
    QCOMPARE(continued, pages.size() - 1);
    QSet<QString> uids;
    for (const KubePod &pod : job->result().pods)
        uids.insert(pod.uid);
    QCOMPARE(uids.size(), total); // no page repeated or lost
}

void TestKubeClient::listSelectors()
{
    auto c = client(certContext(m_url));
    ListOptions options;
    options.path = QStringLiteral("/api/v1/pods");
    options.labelSelector = QStringLiteral("app in (secrets-store-provider-azure,csi-secrets-store-provider-azure)");
    options.itemKind = ListItemKind::Pod;
    auto *providers = c->list(options);
    QVERIFY(runJob(providers));
    QCOMPARE(providers->state(), KubeJob::State::Finished);
    QVERIFY(!providers->result().pods.isEmpty());
    for (const KubePod &pod : providers->result().pods)
        QVERIFY(pod.labels.value(QStringLiteral("app")).contains(QLatin1String("provider-azure")));

    const QString node = providers->result().pods.first().nodeName;
    options.labelSelector.clear();
    options.fieldSelector = QStringLiteral("spec.nodeName=") + node;
    auto *onNode = c->list(options);
    QVERIFY(runJob(onNode));
    QCOMPARE(onNode->state(), KubeJob::State::Finished);
    QVERIFY(onNode->result().pods.size() >= 1);
    for (const KubePod &pod : onNode->result().pods)
        QCOMPARE(pod.nodeName, node);
}

void TestKubeClient::listBadFieldSelector()
{
    auto c = client(certContext(m_url));
    ListOptions options;
    options.path = QStringLiteral("/api/v1/pods");
    options.fieldSelector = QStringLiteral("spec.containers.image=nginx");
    auto *job = c->list(options);
    QVERIFY(runJob(job));
    QCOMPARE(job->state(), KubeJob::State::Failed);
    QCOMPARE(job->error().httpStatus, 400);
    QVERIFY2(job->error().message.contains(QLatin1String("field label not supported")), qPrintable(job->error().message));
}

void TestKubeClient::listExpiredContinue()
{
    auto c = client(certContext(m_url));
    ListOptions options;
    options.path = QStringLiteral("/api/v1/pods");
    options.limit = 5;
    options.itemKind = ListItemKind::Pod;
    auto *job = c->list(options);
    bool compacted = false;
    connect(job, &KubeListJob::pageReceived, this, [&](const KubeListPage &, int index) {
        if (index == 0 && !compacted) {
            compacted = true;
            m_sim.compact(); // the continue token of page 1 is now too old
        }
    });
    QSignalSpy restarted(job, &KubeListJob::restarted);
    QVERIFY(runJob(job));
    QCOMPARE(job->state(), KubeJob::State::Finished);
    QCOMPARE(restarted.size(), 1);
    QVERIFY(restarted.first().first().toString().contains(QLatin1String("410")));
    QCOMPARE(job->restartCount(), 1);
    QCOMPARE(job->result().pods.size(), m_sim.objectCount(QString(), QStringLiteral("pods")));
}

void TestKubeClient::listMetadataOnly()
{
    auto c = client(certContext(m_url));
    ListOptions options;
    options.path = QStringLiteral("/apis/secrets-store.csi.x-k8s.io/v1/secretproviderclasses");
    options.itemKind = ListItemKind::Metadata;
    options.metadataOnly = true;
    auto *job = c->list(options);
    QVERIFY(runJob(job));
    QCOMPARE(job->state(), KubeJob::State::Finished);
    QCOMPARE(job->result().metadata.size(), m_sim.objectCount(QStringLiteral("secrets-store.csi.x-k8s.io"),
                                                              QStringLiteral("secretproviderclasses")));
    QVERIFY(!job->result().metadata.isEmpty());
    QVERIFY(!job->result().metadata.first().name.isEmpty());
    QVERIFY(m_sim.recordedRequests().last().header("Accept").contains("as=PartialObjectMetadataList"));
}

void TestKubeClient::getCreateDelete()
{
    auto c = client(certContext(m_url));
    const QString path = QStringLiteral("/api/v1/namespaces/default/pods");
    const QJsonObject pod{
        {QStringLiteral("apiVersion"), QStringLiteral("v1")},
        {QStringLiteral("kind"), QStringLiteral("Pod")},
        {QStringLiteral("metadata"), QJsonObject{{QStringLiteral("name"), QStringLiteral("kvdoctor-probe-test")}}},
        {QStringLiteral("spec"),
         QJsonObject{{QStringLiteral("containers"),
                      QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("probe")},
                                             {QStringLiteral("image"), QStringLiteral("curlimages/curl")}}}}}}};
    auto *created = c->create(path, pod);
    QVERIFY(runJob(created));
    QCOMPARE(created->state(), KubeJob::State::Finished);
    QCOMPARE(created->httpStatus(), 201);
    QCOMPARE(m_sim.recordedRequests().last().header("Content-Type"), QByteArray("application/json"));

    auto *again = c->create(path, pod);
    QVERIFY(runJob(again));
    QCOMPARE(again->state(), KubeJob::State::Failed);
    QCOMPARE(again->error().httpStatus, 409);
    QCOMPARE(again->error().reason, QStringLiteral("AlreadyExists"));
    QVERIFY(again->error().message.contains(QLatin1String("already exists")));

    QJsonObject invalid = pod;
    invalid.insert(QStringLiteral("metadata"), QJsonObject{});
    auto *bad = c->create(path, invalid);
    QVERIFY(runJob(bad));
    QCOMPARE(bad->error().httpStatus, 422);
    QVERIFY2(bad->error().message.contains(QLatin1String("invalid")), qPrintable(bad->error().message));

    auto *got = c->get(path + QStringLiteral("/kvdoctor-probe-test"));
    QVERIFY(runJob(got));
    QCOMPARE(got->state(), KubeJob::State::Finished);
    QString error;
    const auto parsed = parsePod(got->body(), &error);
    QVERIFY2(parsed, qPrintable(error));
    QCOMPARE(parsed->name, QStringLiteral("kvdoctor-probe-test"));

    auto *deleted = c->remove(path + QStringLiteral("/kvdoctor-probe-test"),
                              QJsonObject{{QStringLiteral("kind"), QStringLiteral("DeleteOptions")},
                                          {QStringLiteral("apiVersion"), QStringLiteral("v1")},
                                          {QStringLiteral("gracePeriodSeconds"), 0}});
    QVERIFY(runJob(deleted));
    QCOMPARE(deleted->state(), KubeJob::State::Finished);

    // Deletion may be graceful; it is gone at the latest after a short while.
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            auto *gone = c->get(path + QStringLiteral("/kvdoctor-probe-test"));
            runJob(gone);
            const bool notFound = gone->state() == KubeJob::State::Failed && gone->error().httpStatus == 404
                                  && gone->error().message.contains(QLatin1String("not found"));
            delete gone;
            return notFound;
        }(),
        kWait);
}

void TestKubeClient::accessReview()
{
    auto admin = client(certContext(m_url));
    auto user = client(tokenContext(m_url, SimulatedCluster::bearerToken()));
    const ResourceAttributes execAttributes{QStringLiteral("create"), QString(), QStringLiteral("pods"),
                                            QStringLiteral("exec"), QStringLiteral("kube-system"), QString()};
    auto *allowed = admin->accessReview(execAttributes);
    QVERIFY(runJob(allowed));
    QCOMPARE(allowed->state(), KubeJob::State::Finished);
    QVERIFY(parseAccessReview(allowed->json()).allowed);

    auto *denied = user->accessReview(execAttributes);
    QVERIFY(runJob(denied));
    QCOMPARE(denied->state(), KubeJob::State::Finished);
    const AccessReviewResult result = parseAccessReview(denied->json());
    QVERIFY(!result.allowed);

    const ResourceAttributes logAttributes{QStringLiteral("get"), QString(), QStringLiteral("pods"), QStringLiteral("log"),
                                           QStringLiteral("kube-system"), QString()};
    auto *logs = user->accessReview(logAttributes);
    QVERIFY(runJob(logs));
    QVERIFY(parseAccessReview(logs->json()).allowed);
    QVERIFY(!parseAccessReview(logs->json()).reason.isEmpty());
}

void TestKubeClient::forbidden()
{
    auto user = client(tokenContext(m_url, SimulatedCluster::bearerToken()));
    auto *job = user->get(QStringLiteral("/api/v1/namespaces/default/secrets"));
    QVERIFY(runJob(job));
    QCOMPARE(job->state(), KubeJob::State::Failed);
    QCOMPARE(job->error().httpStatus, 403);
    QCOMPARE(job->error().reason, QStringLiteral("Forbidden"));
    QVERIFY2(job->error().message.contains(QLatin1String("may not list secrets")), qPrintable(job->error().message));
    QVERIFY(job->error().message.contains(SimulatedCluster::tokenUser()));
}

void TestKubeClient::unauthorized()
{
    auto c = client(tokenContext(m_url, QStringLiteral("not-a-valid-token")));
    auto *job = c->version();
    QVERIFY(runJob(job));
    QCOMPARE(job->state(), KubeJob::State::Failed);
    QCOMPARE(job->error().httpStatus, 401);
    QVERIFY(job->error().message.contains(QLatin1String("401")));
    QVERIFY(!job->error().message.contains(QLatin1String("not-a-valid-token")));
}

void TestKubeClient::tokenFile()
{
    const QString path = m_dir.filePath(QStringLiteral("token"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(SimulatedCluster::bearerToken().toUtf8() + '\n');
    file.close();
    ResolvedContext context = baseContext(m_url);
    context.user.name = QStringLiteral("file-user");
    context.user.tokenFile = path;
    auto c = client(context);
    auto *job = c->version();
    QVERIFY(runJob(job));
    QCOMPARE(job->state(), KubeJob::State::Finished);
    QCOMPARE(m_sim.recordedRequests().last().header("Authorization"), "Bearer " + SimulatedCluster::bearerToken().toUtf8());

    // A rotated file is read again after a 401 and the request succeeds with the new token.
    const QString rotated = QStringLiteral("rotated-token-for-test");
    m_sim.addBearerToken(rotated, SimulatedCluster::tokenUser());
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(rotated.toUtf8());
    file.close();
    m_sim.injectFailure(401, 1, QStringLiteral("/version"));
    auto *again = c->version();
    QVERIFY(runJob(again));
    QCOMPARE(again->state(), KubeJob::State::Finished);
    QCOMPARE(m_sim.recordedRequests().last().header("Authorization"), "Bearer " + rotated.toUtf8());
    m_sim.removeBearerToken(rotated);

    QVERIFY(QFile::remove(path));
    auto missing = client(context);
    auto *fails = missing->version();
    QVERIFY(runJob(fails));
    QCOMPARE(fails->error().kind, KubeError::Kind::Credentials);
    QVERIFY(fails->error().message.contains(path));
}

void TestKubeClient::basicAuthHeader()
{
    // The simulator has no basic-auth users; the header it received is what matters.
    ResolvedContext context = baseContext(m_url);
    context.user.name = QStringLiteral("basic");
    context.user.username = QStringLiteral("alice");
    context.user.password = QStringLiteral("s3cret");
    auto c = client(context);
    auto *job = c->version();
    QVERIFY(runJob(job));
    QCOMPARE(job->error().httpStatus, 401);
    QCOMPARE(m_sim.recordedRequests().last().header("Authorization"), QByteArray("Basic " + QByteArray("alice:s3cret").toBase64()));
}

void TestKubeClient::insecureSkipVerify()
{
    ResolvedContext context = certContext(m_url);
    context.cluster.certificateAuthorityData.clear();
    context.cluster.insecureSkipTlsVerify = true;
    auto c = client(context);
    QVERIFY2(c->isValid(), qPrintable(c->setupError()));
    QVERIFY(c->warnings().join(u' ').contains(QLatin1String("insecure-skip-tls-verify")));
    auto *job = c->version();
    QVERIFY(runJob(job));
    QCOMPARE(job->state(), KubeJob::State::Finished);

    context.cluster.certificateAuthorityData = SimulatedCluster::caCertificatePem();
    auto both = client(context);
    QVERIFY(!both->isValid());
    QVERIFY(both->setupError().contains(QLatin1String("insecure")));
}

void TestKubeClient::retryAfter()
{
    auto c = client(certContext(m_url));
    m_sim.injectFailure(429, 2, QStringLiteral("/api/v1/nodes"), 1);
    auto *job = c->get(QStringLiteral("/api/v1/nodes"));
    QSignalSpy retrying(job, &KubeRequest::retrying);
    QVERIFY(runJob(job));
    QCOMPARE(job->state(), KubeJob::State::Finished);
    QCOMPARE(retrying.size(), 2);
    QCOMPARE(retrying.first().at(1).toInt(), 50); // Retry-After 1 s, capped by the test's maximum

    m_sim.injectFailure(503, 1, QStringLiteral("/api/v1/nodes"), 1);
    auto *again = c->get(QStringLiteral("/api/v1/nodes"));
    QVERIFY(runJob(again));
    QCOMPARE(again->state(), KubeJob::State::Finished);

    // Bounded: more failures than retries end in a clear 429 error.
    m_sim.injectFailure(429, c->maxRetries() + 1, QStringLiteral("/api/v1/nodes"), 1);
    auto *exhausted = c->get(QStringLiteral("/api/v1/nodes"));
    QSignalSpy exhaustedRetries(exhausted, &KubeRequest::retrying);
    QVERIFY(runJob(exhausted));
    QCOMPARE(exhausted->state(), KubeJob::State::Failed);
    QCOMPARE(exhausted->error().httpStatus, 429);
    QCOMPARE(exhaustedRetries.size(), c->maxRetries());
    QVERIFY(exhausted->error().message.contains(QLatin1String("429")));
}

void TestKubeClient::serverErrorWithoutRetryAfter()
{
    auto c = client(certContext(m_url));
    m_sim.injectFailure(500, 1, QStringLiteral("/api/v1/nodes"));
    auto *job = c->get(QStringLiteral("/api/v1/nodes"));
    QSignalSpy retrying(job, &KubeRequest::retrying);
    QVERIFY(runJob(job));
    QCOMPARE(job->state(), KubeJob::State::Failed);
    QCOMPARE(job->error().httpStatus, 500);
    QCOMPARE(retrying.size(), 0);
    QVERIFY(job->error().message.contains(QLatin1String("500")));

    m_sim.injectFailure(504, 1, QStringLiteral("/api/v1/nodes"));
    auto *timeout = c->get(QStringLiteral("/api/v1/nodes"));
    QVERIFY(runJob(timeout));
    QCOMPARE(timeout->error().httpStatus, 504);
    QVERIFY(timeout->error().message.contains(QLatin1String("timed out")));
}

void TestKubeClient::postNotRetried()
{
    auto c = client(certContext(m_url));
    m_sim.injectFailure(429, 1, QStringLiteral("/apis/authorization.k8s.io"), 1);
    auto *job = c->accessReview({QStringLiteral("get"), QString(), QStringLiteral("pods"), QString(), QString(), QString()});
    QSignalSpy retrying(job, &KubeRequest::retrying);
    QVERIFY(runJob(job));
    QCOMPARE(job->state(), KubeJob::State::Failed);
    QCOMPARE(job->error().httpStatus, 429);
    QCOMPARE(retrying.size(), 0);
}

void TestKubeClient::watchResume()
{
    auto c = client(certContext(m_url));
    ListOptions listOptions;
    listOptions.path = QStringLiteral("/api/v1/namespaces/default/pods");
    listOptions.itemKind = ListItemKind::Pod;
    auto *list = c->list(listOptions);
    QVERIFY(runJob(list));
    QCOMPARE(list->state(), KubeJob::State::Finished);

    WatchOptions options;
    options.path = listOptions.path;
    options.resourceVersion = list->resourceVersion();
    options.initialReconnectDelayMs = 20;
    auto *watch = c->watch(options);
    watch->setAutoDelete(false);
    QSignalSpy connected(watch, &KubeWatch::connected);
    QSignalSpy events(watch, &KubeWatch::eventReceived);
    QSignalSpy reconnecting(watch, &KubeWatch::reconnecting);
    QVERIFY(connected.wait(kWait));

    auto createPod = [&](const QString &name) {
        const QJsonObject pod{
            {QStringLiteral("apiVersion"), QStringLiteral("v1")},
            {QStringLiteral("kind"), QStringLiteral("Pod")},
            {QStringLiteral("metadata"), QJsonObject{{QStringLiteral("name"), name}}},
            {QStringLiteral("spec"), QJsonObject{{QStringLiteral("containers"),
                                                  QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("c")},
                                                                         {QStringLiteral("image"), QStringLiteral("busybox")}}}}}}};
        auto *job = c->create(listOptions.path, pod);
        return runJob(job) && job->state() == KubeJob::State::Finished;
    };
    auto sawAdded = [&](const QString &name) {
        for (const auto &arguments : std::as_const(events)) {
            const auto event = arguments.first().value<WatchEvent>();
            QString error;
            const auto pod = parsePod(event.object, &error);
            if (event.type == WatchEvent::Type::Added && pod && pod->name == name)
                return true;
        }
        return false;
    };

    QVERIFY(createPod(QStringLiteral("watch-one")));
    QTRY_VERIFY_WITH_TIMEOUT(sawAdded(QStringLiteral("watch-one")), kWait);
    const QString seenVersion = watch->resourceVersion();
    QVERIFY(!seenVersion.isEmpty());

    m_sim.clearRecordedRequests();
    m_sim.dropConnections();
    QTRY_VERIFY_WITH_TIMEOUT(reconnecting.size() >= 1, kWait);
    QTRY_VERIFY_WITH_TIMEOUT(connected.size() >= 2, kWait);
    QCOMPARE(watch->state(), KubeJob::State::Running);
    // The new watch resumes from the last resourceVersion seen.
    bool resumed = false;
    for (const auto &request : m_sim.recordedRequests()) {
        if (request.target.contains("watch=") && request.target.contains(QByteArray("resourceVersion=" + seenVersion.toUtf8())))
            resumed = true;
    }
    QVERIFY(resumed);

    QVERIFY(createPod(QStringLiteral("watch-two")));
    QTRY_VERIFY_WITH_TIMEOUT(sawAdded(QStringLiteral("watch-two")), kWait);
    int addedOne = 0;
    for (const auto &arguments : std::as_const(events)) {
        const auto event = arguments.first().value<WatchEvent>();
        if (event.type == WatchEvent::Type::Added && event.object.contains("\"watch-one\""))
            ++addedOne;
    }
    QCOMPARE(addedOne, 1); // not replayed after the reconnect

    auto *deleted = c->remove(listOptions.path + QStringLiteral("/watch-one"),
                              QJsonObject{{QStringLiteral("gracePeriodSeconds"), 0}});
    QVERIFY(runJob(deleted));
    QTRY_VERIFY_WITH_TIMEOUT(
        std::any_of(events.cbegin(), events.cend(),
                    [](const QList<QVariant> &arguments) {
                        const auto event = arguments.first().value<WatchEvent>();
                        return event.type == WatchEvent::Type::Deleted && event.object.contains("\"watch-one\"");
                    }),
        kWait);
    auto *cleanup = c->remove(listOptions.path + QStringLiteral("/watch-two"), QJsonObject{{QStringLiteral("gracePeriodSeconds"), 0}});
    runJob(cleanup);
    watch->cancel();
    QCOMPARE(watch->state(), KubeJob::State::Canceled);
    delete watch;
}

void TestKubeClient::watchExpired()
{
    auto c = client(certContext(m_url));
    ListOptions listOptions;
    listOptions.path = QStringLiteral("/api/v1/namespaces/kube-system/pods");
    auto *list = c->list(listOptions);
    QVERIFY(runJob(list));
    const QString oldVersion = list->resourceVersion();
    m_sim.compact();
    WatchOptions options;
    options.path = listOptions.path;
    options.resourceVersion = oldVersion;
    auto *watch = c->watch(options);
    QSignalSpy expired(watch, &KubeWatch::expired);
    QVERIFY(runJob(watch));
    QCOMPARE(watch->state(), KubeJob::State::Failed);
    QCOMPARE(expired.size(), 1);
    QVERIFY(watch->error().isExpired());
    QVERIFY(watch->error().message.contains(QLatin1String("410")));
}

void TestKubeClient::manyWatchesDoNotBlockRequests()
{
    // More open watches than HTTP/1.1 connections per host: ordinary requests must still run.
    auto c = client(certContext(m_url));
    QList<KubeWatch *> watches;
    int connected = 0;
    for (int i = 0; i < 8; ++i) {
        WatchOptions options;
        options.path = QStringLiteral("/api/v1/nodes");
        auto *watch = c->watch(options);
        connect(watch, &KubeWatch::connected, this, [&connected] { ++connected; });
        watches << watch;
    }
    QTRY_COMPARE_WITH_TIMEOUT(connected, 8, kWait);
    auto *job = c->version();
    QVERIFY(runJob(job));
    QCOMPARE(job->state(), KubeJob::State::Finished);
    for (KubeWatch *watch : std::as_const(watches))
        watch->cancel();
}

void TestKubeClient::logs()
{
    QString container, namespaceName;
    const QString pod = runningPod(&container, &namespaceName);
    QVERIFY(!pod.isEmpty());
    auto c = client(certContext(m_url));
    for (int i = 1; i <= 5; ++i)
        m_sim.appendLogLine(namespaceName, pod, container, "kvdoctor log line " + QByteArray::number(i));
    LogOptions options;
    options.namespaceName = namespaceName;
    options.pod = pod;
    options.container = container;
    auto *job = c->logs(options);
    QByteArray data;
    connect(job, &KubeLogStream::dataReceived, this, [&](const QByteArray &chunk) { data += chunk; });
    QVERIFY(runJob(job));
    QCOMPARE(job->state(), KubeJob::State::Finished);
    QVERIFY(data.contains("kvdoctor log line 5\n"));
    QCOMPARE(job->bytesReceived(), data.size());

    LogOptions wrong = options;
    wrong.container = QStringLiteral("no-such-container");
    auto *bad = c->logs(wrong);
    QVERIFY(runJob(bad));
    QCOMPARE(bad->state(), KubeJob::State::Failed);
    QCOMPARE(bad->error().httpStatus, 400);

    LogOptions missing = options;
    missing.pod = QStringLiteral("no-such-pod");
    auto *notFound = c->logs(missing);
    QVERIFY(runJob(notFound));
    QCOMPARE(notFound->error().httpStatus, 404);
}

void TestKubeClient::logsOptions()
{
    QString container, namespaceName;
    const QString pod = runningPod(&container, &namespaceName);
    QVERIFY(!pod.isEmpty());
    auto c = client(certContext(m_url));
    for (int i = 1; i <= 5; ++i)
        m_sim.appendLogLine(namespaceName, pod, container, "options line " + QByteArray::number(i));
    LogOptions options;
    options.namespaceName = namespaceName;
    options.pod = pod;
    options.container = container;
    options.tailLines = 3;
    options.timestamps = true;
    auto *tail = c->logs(options);
    QByteArray data;
    connect(tail, &KubeLogStream::dataReceived, this, [&](const QByteArray &chunk) { data += chunk; });
    QVERIFY(runJob(tail));
    QCOMPARE(tail->state(), KubeJob::State::Finished);
    const QList<QByteArray> lines = data.trimmed().split('\n');
    QCOMPARE(lines.size(), 3);
    QVERIFY(lines.last().endsWith("options line 5"));
    for (const QByteArray &line : lines)
        QVERIFY2(parseKubeTimestamp(line.left(line.indexOf(' '))).isValid(), line.constData());

    options = {};
    options.namespaceName = namespaceName;
    options.pod = pod;
    options.container = container;
    options.limitBytes = 40;
    options.sinceSeconds = 86400 * 365;
    auto *limited = c->logs(options);
    QByteArray limitedData;
    connect(limited, &KubeLogStream::dataReceived, this, [&](const QByteArray &chunk) { limitedData += chunk; });
    QVERIFY(runJob(limited));
    QCOMPARE(limited->state(), KubeJob::State::Finished);
    QVERIFY(limitedData.size() <= 40);
    const QByteArray target = m_sim.recordedRequests().last().target;
    QVERIFY(target.contains("limitBytes=40"));
    QVERIFY(target.contains("sinceSeconds="));

    options.limitBytes.reset();
    options.sinceTime = QDateTime::currentDateTimeUtc().addDays(-1);
    auto *both = c->logs(options);
    QVERIFY(runJob(both));
    QCOMPARE(both->state(), KubeJob::State::Failed);
    QVERIFY(both->error().message.contains(QLatin1String("sinceSeconds")));

    options.sinceSeconds.reset();
    options.previous = true;
    auto *previous = c->logs(options);
    QVERIFY(runJob(previous));
    const QByteArray previousTarget = m_sim.recordedRequests().last().target;
    QVERIFY(previousTarget.contains("previous=true"));
    QVERIFY(previousTarget.contains("sinceTime="));
}

void TestKubeClient::logsFollow()
{
    QString container, namespaceName;
    const QString pod = runningPod(&container, &namespaceName);
    QVERIFY(!pod.isEmpty());
    auto c = client(certContext(m_url));
    c->setRequestTimeout(200); // a follow must not be cut by the request timeout
    LogOptions options;
    options.namespaceName = namespaceName;
    options.pod = pod;
    options.container = container;
    options.follow = true;
    options.tailLines = 1;
    auto *job = c->logs(options);
    job->setAutoDelete(false);
    QByteArray data;
    connect(job, &KubeLogStream::dataReceived, this, [&](const QByteArray &chunk) { data += chunk; });
    m_sim.appendLogLine(namespaceName, pod, container, "kvdoctor follow marker 1");
    QTRY_VERIFY_WITH_TIMEOUT(data.contains("kvdoctor follow marker 1"), kWait);
    QTest::qWait(500); // longer than the request timeout: still streaming
    QCOMPARE(job->state(), KubeJob::State::Running);
    m_sim.appendLogLine(namespaceName, pod, container, "kvdoctor follow marker 2");
    QTRY_VERIFY_WITH_TIMEOUT(data.contains("kvdoctor follow marker 2"), kWait);
    QSignalSpy finished(job, &KubeJob::finished);
    QSignalSpy failed(job, &KubeJob::failed);
    job->cancel();
    QCOMPARE(job->state(), KubeJob::State::Canceled);
    QTest::qWait(50);
    QCOMPARE(finished.size() + failed.size(), 0);
    delete job;
}

void TestKubeClient::events()
{
    SimulatedCluster failing;
    kvd::sim::SimulatorOptions simOptions;
    simOptions.scenario = QStringLiteral("keyvault-403");
    QString error;
    QVERIFY2(failing.start(simOptions, &error), qPrintable(error));
    auto c = client(certContext(failing.url()));
    ListOptions options;
    options.path = QStringLiteral("/api/v1/pods");
    options.itemKind = ListItemKind::Pod;
    auto *pods = c->list(options);
    QVERIFY(runJob(pods));
    const KubePod *app = nullptr;
    for (const KubePod &pod : pods->result().pods) {
        if (pod.usesSecretsStore() && pod.phase != QLatin1String("Running")) {
            app = &pod;
            break;
        }
    }
    QVERIFY(app);
    auto *events = c->events(app->namespaceName, {QStringLiteral("Pod"), app->namespaceName, app->name, app->uid, {}});
    QVERIFY(runJob(events));
    QCOMPARE(events->state(), KubeJob::State::Finished);
    QVERIFY(!events->result().events.isEmpty());
    bool failedMount = false;
    for (const KubeEvent &event : events->result().events) {
        QCOMPARE(event.involvedObject.name, app->name);
        failedMount = failedMount || (event.reason == QLatin1String("FailedMount") && event.type == QLatin1String("Warning"));
    }
    QVERIFY(failedMount);
    const QByteArray target = failing.recordedRequests().last().target;
    QVERIFY2(target.contains("fieldSelector=involvedObject.kind%3DPod%2CinvolvedObject.name%3D"), target.constData());
    failing.stop();
}

void TestKubeClient::execOutputAndExitCode()
{
    QString container, namespaceName;
    const QString pod = runningPod(&container, &namespaceName);
    QVERIFY(!pod.isEmpty());
    auto c = client(certContext(m_url));
    ExecOptions options;
    options.namespaceName = namespaceName;
    options.pod = pod;
    options.container = container;
    options.command = {QStringLiteral("sh"), QStringLiteral("-c"), QStringLiteral("echo hello; cat /nope; exit 3")};
    auto *exec = c->exec(options);
    QSignalSpy started(exec, &KubeExec::started);
    QByteArray out, err;
    connect(exec, &KubeExec::stdoutReceived, this, [&](const QByteArray &d) { out += d; });
    connect(exec, &KubeExec::stderrReceived, this, [&](const QByteArray &d) { err += d; });
    QVERIFY(runJob(exec));
    QVERIFY2(exec->state() == KubeJob::State::Finished, qPrintable(exec->error().message));
    QCOMPARE(started.size(), 1);
    QCOMPARE(exec->protocol(), QStringLiteral("v5.channel.k8s.io"));
    QCOMPARE(out, QByteArray("hello\n"));
    QVERIFY(err.contains("can't open '/nope'"));
    QCOMPARE(exec->exitCode(), 3);
    const auto requests = m_sim.recordedRequests();
    QCOMPARE(requests.last().status, 101);
    QCOMPARE(requests.last().execCommand, options.command);

    options.command = {QStringLiteral("echo"), QStringLiteral("ok")};
    auto *zero = c->exec(options);
    QVERIFY(runJob(zero));
    QCOMPARE(zero->state(), KubeJob::State::Finished);
    QCOMPARE(zero->exitCode(), 0);
}

void TestKubeClient::execStdin()
{
    QString container, namespaceName;
    const QString pod = runningPod(&container, &namespaceName);
    auto c = client(certContext(m_url));
    ExecOptions options;
    options.namespaceName = namespaceName;
    options.pod = pod;
    options.container = container;
    options.command = {QStringLiteral("cat")};
    options.stdinEnabled = true;
    auto *exec = c->exec(options);
    QByteArray out;
    connect(exec, &KubeExec::stdoutReceived, this, [&](const QByteArray &d) { out += d; });
    // Written before the connection is up: queued and sent after the handshake.
    exec->writeStdin("secret-value-via-stdin\n");
    exec->closeStdin();
    QVERIFY(runJob(exec));
    QVERIFY2(exec->state() == KubeJob::State::Finished, qPrintable(exec->error().message));
    QCOMPARE(out, QByteArray("secret-value-via-stdin\n"));
    QCOMPARE(exec->exitCode(), 0);
    const auto request = m_sim.recordedRequests().last();
    QCOMPARE(request.execStdin, QByteArray("secret-value-via-stdin\n"));
    QVERIFY(!request.target.contains("secret-value"));
}

void TestKubeClient::execV4()
{
    QString container, namespaceName;
    const QString pod = runningPod(&container, &namespaceName);
    m_sim.setExecProtocols({QStringLiteral("v4.channel.k8s.io")});
    auto c = client(certContext(m_url));
    ExecOptions options;
    options.namespaceName = namespaceName;
    options.pod = pod;
    options.container = container;
    options.command = {QStringLiteral("sh"), QStringLiteral("-c"), QStringLiteral("echo v4; exit 2")};
    auto *exec = c->exec(options);
    QByteArray out;
    connect(exec, &KubeExec::stdoutReceived, this, [&](const QByteArray &d) { out += d; });
    QVERIFY(runJob(exec));
    QVERIFY2(exec->state() == KubeJob::State::Finished, qPrintable(exec->error().message));
    QCOMPARE(exec->protocol(), QStringLiteral("v4.channel.k8s.io"));
    QCOMPARE(out, QByteArray("v4\n"));
    QCOMPARE(exec->exitCode(), 2);
}

void TestKubeClient::execNoCommonProtocol()
{
    QString container, namespaceName;
    const QString pod = runningPod(&container, &namespaceName);
    m_sim.setExecProtocols({QStringLiteral("channel.k8s.io"), QStringLiteral("base64.channel.k8s.io")});
    auto c = client(certContext(m_url));
    ExecOptions options;
    options.namespaceName = namespaceName;
    options.pod = pod;
    options.container = container;
    options.command = {QStringLiteral("true")};
    auto *exec = c->exec(options);
    QVERIFY(runJob(exec));
    QCOMPARE(exec->state(), KubeJob::State::Failed);
    QVERIFY2(exec->error().reason == QLatin1String("UnsupportedProtocol"), qPrintable(exec->error().message));
    QVERIFY2(exec->error().message.contains(QLatin1String("kubectl exec")), qPrintable(exec->error().message));
}

void TestKubeClient::execForbidden()
{
    QString container, namespaceName;
    const QString pod = runningPod(&container, &namespaceName);
    auto c = client(tokenContext(m_url, SimulatedCluster::bearerToken()));
    ExecOptions options;
    options.namespaceName = namespaceName;
    options.pod = pod;
    options.container = container;
    options.command = {QStringLiteral("true")};
    auto *exec = c->exec(options);
    QVERIFY(runJob(exec));
    QCOMPARE(exec->state(), KubeJob::State::Failed);
    QCOMPARE(exec->error().httpStatus, 403);
    QVERIFY2(exec->error().message.contains(QLatin1String("pods/exec")), qPrintable(exec->error().message));
}

void TestKubeClient::execPodNotFound()
{
    auto c = client(certContext(m_url));
    ExecOptions options;
    options.namespaceName = QStringLiteral("default");
    options.pod = QStringLiteral("no-such-pod");
    options.command = {QStringLiteral("true")};
    auto *exec = c->exec(options);
    QVERIFY(runJob(exec));
    QCOMPARE(exec->state(), KubeJob::State::Failed);
    QCOMPARE(exec->error().httpStatus, 404);
    QVERIFY2(exec->error().message.contains(QLatin1String("not found")), qPrintable(exec->error().message));
}

void TestKubeClient::execCommandNotFound()
{
    QString container, namespaceName;
    const QString pod = runningPod(&container, &namespaceName);
    auto c = client(certContext(m_url));
    ExecOptions options;
    options.namespaceName = namespaceName;
    options.pod = pod;
    options.container = container;
    options.command = {QStringLiteral("bash-that-does-not-exist")};
    auto *exec = c->exec(options);
    QVERIFY(runJob(exec));
    QCOMPARE(exec->state(), KubeJob::State::Failed);
    QVERIFY2(exec->error().message.contains(QLatin1String("executable file not found")), qPrintable(exec->error().message));
}

namespace {
// A stand-in for kubelogin: prints the device-code prompt on stderr (without a newline, the
// hard case), waits until the test has seen it (proving stderr is streamed while the plugin
// runs), then prints an ExecCredential.
// The first run returns $FIRST_TOKEN, later runs $GOOD_TOKEN.
const char *fakeKubelogin = R"sh(#!/bin/sh
dir="$KVD_PLUGIN_DIR"
n=$(cat "$dir/count" 2>/dev/null || echo 0)
n=$((n+1))
echo "$n" > "$dir/count"
printf '%s' "$KUBERNETES_EXEC_INFO" > "$dir/execinfo"
printf 'To sign in, use a web browser to open the page https://microsoft.com/devicelogin and enter the code KVD12345 to authenticate.' >&2
i=0
while [ ! -f "$dir/go" ]; do
  i=$((i+1))
  [ "$i" -gt 400 ] && { echo "timed out waiting for the test" >&2; exit 7; }
  sleep 0.05
done
if [ "$n" -eq 1 ]; then tok="$FIRST_TOKEN"; else tok="$GOOD_TOKEN"; fi
if [ -n "$EXPIRY" ]; then
  printf '{"kind":"ExecCredential","apiVersion":"client.authentication.k8s.io/v1beta1","status":{"token":"%s","expirationTimestamp":"%s"}}\n' "$tok" "$EXPIRY"
else
  printf '{"kind":"ExecCredential","apiVersion":"client.authentication.k8s.io/v1beta1","status":{"token":"%s"}}\n' "$tok"
fi
)sh";

QString writePlugin(const QString &directory)
{
    const QString path = directory + QStringLiteral("/fake-kubelogin");
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(fakeKubelogin);
    file.close();
    file.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    return path;
}

ResolvedContext execContext(const QUrl &url, const QString &plugin, const QString &directory, const QString &first,
                            const QString &good)
{
    ResolvedContext context = baseContext(url);
    context.user.name = QStringLiteral("clusterUser_rg_aks");
    ExecConfig exec;
    exec.apiVersion = QStringLiteral("client.authentication.k8s.io/v1beta1");
    exec.command = plugin;
    exec.args = {QStringLiteral("get-token"), QStringLiteral("--login"), QStringLiteral("devicecode")};
    exec.env = {{QStringLiteral("KVD_PLUGIN_DIR"), directory},
                {QStringLiteral("FIRST_TOKEN"), first},
                {QStringLiteral("GOOD_TOKEN"), good}};
    exec.interactiveMode = QStringLiteral("IfAvailable");
    exec.installHint = QStringLiteral("kubelogin is not installed which is required to connect to AAD enabled cluster.");
    context.user.exec = exec;
    context.authKind = AuthKind::Exec;
    return context;
}

int pluginRuns(const QString &directory)
{
    QFile file(directory + QStringLiteral("/count"));
    return file.open(QIODevice::ReadOnly) ? file.readAll().trimmed().toInt() : 0;
}
} // namespace

void TestKubeClient::execPlugin()
{
#ifdef Q_OS_WIN
    QSKIP("the fake kubelogin is a shell script");
#endif
    QTemporaryDir directory;
    const QString plugin = writePlugin(directory.path());
    QVERIFY(!plugin.isEmpty());
    const QString good = QStringLiteral("aad-token-from-fake-kubelogin");
    m_sim.addBearerToken(good, SimulatedCluster::tokenUser());
    // The first token is stale: the server answers 401, the plugin runs once more.
    auto c = client(execContext(m_url, plugin, directory.path(), QStringLiteral("stale-token"), good));
    QVERIFY2(c->isValid(), qPrintable(c->setupError()));
    QVERIFY(c->execProvider());
    QStringList prompts;
    connect(c.get(), &KubeClient::execPluginOutput, this, [&](const QString &line) {
        prompts << line;
        if (line.startsWith(QLatin1String("To sign in"))) {
            QFile go(directory.filePath(QStringLiteral("go")));
            go.open(QIODevice::WriteOnly);
        }
    });
    auto *job = c->get(QStringLiteral("/api/v1/namespaces/default/pods"));
    QVERIFY(runJob(job, 30000));
    QVERIFY2(job->state() == KubeJob::State::Finished, qPrintable(job->error().message));
    QCOMPARE(pluginRuns(directory.path()), 2); // exactly one re-run after the 401
    QVERIFY(prompts.first().contains(QLatin1String("enter the code KVD12345")));
    QCOMPARE(c->execProvider()->invocationCount(), 2);

    const QJsonObject info = QJsonDocument::fromJson([&] {
                                 QFile file(directory.filePath(QStringLiteral("execinfo")));
                                 file.open(QIODevice::ReadOnly);
                                 return file.readAll();
                             }())
                                 .object();
    QCOMPARE(info.value(QLatin1String("apiVersion")).toString(), QStringLiteral("client.authentication.k8s.io/v1beta1"));
    QCOMPARE(info.value(QLatin1String("spec")).toObject().value(QLatin1String("interactive")), QJsonValue(false));

    // Requests that follow use the cached credential: no new run.
    auto *again = c->version();
    QVERIFY(runJob(again));
    QCOMPARE(again->state(), KubeJob::State::Finished);
    QCOMPARE(pluginRuns(directory.path()), 2);
    const auto requests = m_sim.recordedRequests();
    QCOMPARE(requests.last().header("Authorization"), "Bearer " + good.toUtf8());
    int unauthorized = 0;
    for (const auto &request : requests)
        unauthorized += request.status == 401 ? 1 : 0;
    QCOMPARE(unauthorized, 1);
    m_sim.removeBearerToken(good);
}

void TestKubeClient::execPluginRejectedTwice()
{
#ifdef Q_OS_WIN
    QSKIP("the fake kubelogin is a shell script");
#endif
    QTemporaryDir directory;
    const QString plugin = writePlugin(directory.path());
    QFile(directory.filePath(QStringLiteral("go"))).open(QIODevice::WriteOnly);
    auto c = client(execContext(m_url, plugin, directory.path(), QStringLiteral("bad-1"), QStringLiteral("bad-2")));
    auto *job = c->version();
    QVERIFY(runJob(job, 30000));
    QCOMPARE(job->state(), KubeJob::State::Failed);
    QCOMPARE(job->error().httpStatus, 401);
    QCOMPARE(pluginRuns(directory.path()), 2); // one re-run, then the error
    QVERIFY2(job->error().message.contains(QLatin1String("was run again")), qPrintable(job->error().message));
    QVERIFY(!job->error().message.contains(QLatin1String("bad-2")));
}

void TestKubeClient::execPluginOneRunForConcurrentRequests()
{
#ifdef Q_OS_WIN
    QSKIP("the fake kubelogin is a shell script");
#endif
    QTemporaryDir directory;
    const QString plugin = writePlugin(directory.path());
    QFile(directory.filePath(QStringLiteral("go"))).open(QIODevice::WriteOnly);
    const QString good = QStringLiteral("aad-token-concurrent");
    m_sim.addBearerToken(good, SimulatedCluster::tokenUser());
    auto c = client(execContext(m_url, plugin, directory.path(), good, good));
    QList<KubeRequest *> jobs;
    for (int i = 0; i < 4; ++i) {
        jobs << c->version();
        jobs.last()->setAutoDelete(false);
    }
    for (KubeRequest *job : std::as_const(jobs)) {
        QVERIFY(runJob(job, 30000));
        QCOMPARE(job->state(), KubeJob::State::Finished);
    }
    QCOMPARE(pluginRuns(directory.path()), 1); // one invocation at a time, shared by all
    m_sim.removeBearerToken(good);
}

void TestKubeClient::execPluginExpiredCredential()
{
#ifdef Q_OS_WIN
    QSKIP("the fake kubelogin is a shell script");
#endif
    QTemporaryDir directory;
    const QString plugin = writePlugin(directory.path());
    QFile(directory.filePath(QStringLiteral("go"))).open(QIODevice::WriteOnly);
    const QString good = QStringLiteral("aad-token-expiring");
    m_sim.addBearerToken(good, SimulatedCluster::tokenUser());
    ResolvedContext context = execContext(m_url, plugin, directory.path(), good, good);
    // Already expired when it arrives: every request needs a new one.
    context.user.exec->env.append({QStringLiteral("EXPIRY"), QStringLiteral("2020-01-01T00:00:00Z")});
    auto c = client(context);
    auto *first = c->version();
    QVERIFY(runJob(first, 30000));
    QCOMPARE(first->state(), KubeJob::State::Finished);
    auto *second = c->version();
    QVERIFY(runJob(second, 30000));
    QCOMPARE(second->state(), KubeJob::State::Finished);
    QCOMPARE(pluginRuns(directory.path()), 2);

    // Valid for an hour: cached.
    QTemporaryDir directory2;
    const QString plugin2 = writePlugin(directory2.path());
    QFile(directory2.filePath(QStringLiteral("go"))).open(QIODevice::WriteOnly);
    ResolvedContext later = execContext(m_url, plugin2, directory2.path(), good, good);
    later.user.exec->env.append(
        {QStringLiteral("EXPIRY"), QDateTime::currentDateTimeUtc().addSecs(3600).toString(Qt::ISODate)});
    auto c2 = client(later);
    for (int i = 0; i < 2; ++i) {
        auto *job = c2->version();
        QVERIFY(runJob(job, 30000));
        QCOMPARE(job->state(), KubeJob::State::Finished);
    }
    QCOMPARE(pluginRuns(directory2.path()), 1);
    QVERIFY(c2->execProvider()->credential()->expiration.isValid());
    m_sim.removeBearerToken(good);
}

void TestKubeClient::execPluginMissing()
{
    ResolvedContext context = execContext(m_url, QStringLiteral("kubelogin-not-installed-kvdoctor"), m_dir.path(), {}, {});
    auto c = client(context);
    auto *job = c->version();
    QVERIFY(runJob(job));
    QCOMPARE(job->state(), KubeJob::State::Failed);
    QCOMPARE(job->error().kind, KubeError::Kind::Credentials);
    QVERIFY(job->error().message.contains(QLatin1String("\"kubelogin-not-installed-kvdoctor\" was not found")));
    QVERIFY(job->error().message.contains(context.user.exec->installHint));
    QVERIFY(job->error().message.contains(QLatin1String("PATH")));
}

void TestKubeClient::execPluginInteractiveAlways()
{
    ResolvedContext context = execContext(m_url, QStringLiteral("kubelogin"), m_dir.path(), {}, {});
    context.user.exec->interactiveMode = QStringLiteral("Always");
    auto c = client(context);
    auto *job = c->version();
    QVERIFY(runJob(job));
    QCOMPARE(job->state(), KubeJob::State::Failed);
    QVERIFY(job->error().message.contains(QLatin1String("interactiveMode: Always")));
}

void TestKubeClient::execPluginFails()
{
#ifdef Q_OS_WIN
    QSKIP("uses a shell script");
#endif
    QTemporaryDir directory;
    const QString path = directory.filePath(QStringLiteral("failing-plugin"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("#!/bin/sh\necho 'AADSTS700082: The refresh token has expired' >&2\nexit 1\n");
    file.close();
    file.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    auto c = client(execContext(m_url, path, directory.path(), {}, {}));
    auto *job = c->version();
    QVERIFY(runJob(job));
    QCOMPARE(job->state(), KubeJob::State::Failed);
    QCOMPARE(job->error().kind, KubeError::Kind::Credentials);
    QVERIFY(job->error().message.contains(QLatin1String("exit code 1")));
    QVERIFY(job->error().message.contains(QLatin1String("AADSTS700082")));
}

void TestKubeClient::tlsUntrustedCa()
{
    ResolvedContext context = certContext(m_url);
    // A certificate that did not sign the server's: the client certificate itself.
    context.cluster.certificateAuthorityData = SimulatedCluster::clientCertificatePem();
    auto c = client(context);
    auto *job = c->version();
    QVERIFY(runJob(job));
    QCOMPARE(job->state(), KubeJob::State::Failed);
    QCOMPARE(job->error().kind, KubeError::Kind::Tls);
    QVERIFY2(job->error().message.contains(QLatin1String("not signed by the certificate authority")),
             qPrintable(job->error().message));
}

void TestKubeClient::tlsServerName()
{
    ResolvedContext context = certContext(m_url);
    context.cluster.tlsServerName = QStringLiteral("kubernetes");
    auto c = client(context);
    auto *job = c->version();
    QVERIFY(runJob(job));
    QVERIFY2(job->state() == KubeJob::State::Finished, qPrintable(job->error().message));

    QString container, namespaceName;
    const QString pod = runningPod(&container, &namespaceName);
    ExecOptions options;
    options.namespaceName = namespaceName;
    options.pod = pod;
    options.container = container;
    options.command = {QStringLiteral("echo"), QStringLiteral("tls")};
    auto *exec = c->exec(options);
    QVERIFY(runJob(exec));
    QVERIFY2(exec->state() == KubeJob::State::Finished, qPrintable(exec->error().message));
}

void TestKubeClient::tlsServerNameMismatch()
{
    ResolvedContext context = certContext(m_url);
    context.cluster.tlsServerName = QStringLiteral("wrong.example.com");
    auto c = client(context);
    auto *job = c->version();
    QVERIFY(runJob(job));
    QCOMPARE(job->state(), KubeJob::State::Failed);
    QCOMPARE(job->error().kind, KubeError::Kind::Tls);
    QVERIFY2(job->error().message.contains(QLatin1String("not valid for the name \"wrong.example.com\"")),
             qPrintable(job->error().message));
    QVERIFY(job->error().message.contains(QLatin1String("kubernetes")));
}

void TestKubeClient::connectionRefused()
{
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost));
    const quint16 port = server.serverPort();
    server.close();
    QUrl url = m_url;
    url.setPort(port);
    auto c = client(certContext(url));
    auto *job = c->version();
    QVERIFY(runJob(job));
    QCOMPARE(job->state(), KubeJob::State::Failed);
    QCOMPARE(job->error().kind, KubeError::Kind::Network);
    QVERIFY2(job->error().message.contains(QLatin1String("refused")), qPrintable(job->error().message));
}

void TestKubeClient::silentServerTimesOut()
{
    // Accepts connections and never answers (a black-holed private endpoint behind a proxy).
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost));
    QUrl url = m_url;
    url.setPort(server.serverPort());
    auto c = client(certContext(url));
    c->setConnectTimeout(300);
    auto *job = c->version();
    QVERIFY(runJob(job));
    QCOMPARE(job->state(), KubeJob::State::Failed);
    QCOMPARE(job->error().kind, KubeError::Kind::Timeout);
    QVERIFY2(job->error().message.contains(QLatin1String("did not answer in time")), qPrintable(job->error().message));
}

void TestKubeClient::proxyUrl()
{
    ConnectProxy proxy;
    QVERIFY(proxy.listen(QHostAddress::LocalHost));
    ResolvedContext context = certContext(m_url);
    context.cluster.proxyUrl = QStringLiteral("http://127.0.0.1:%1").arg(proxy.serverPort());
    auto c = client(context);
    QCOMPARE(c->proxy().type(), QNetworkProxy::HttpProxy);
    auto *job = c->version();
    QVERIFY(runJob(job));
    QVERIFY2(job->state() == KubeJob::State::Finished, qPrintable(job->error().message));
    QCOMPARE(proxy.targets.size(), 1);
    QCOMPARE(proxy.targets.first(), QStringLiteral("127.0.0.1:%1").arg(m_url.port()));

    // Exec's WebSocket goes through the same proxy.
    QString container, namespaceName;
    const QString pod = runningPod(&container, &namespaceName);
    ExecOptions options;
    options.namespaceName = namespaceName;
    options.pod = pod;
    options.container = container;
    options.command = {QStringLiteral("echo"), QStringLiteral("via proxy")};
    auto *exec = c->exec(options);
    QByteArray out;
    connect(exec, &KubeExec::stdoutReceived, this, [&](const QByteArray &d) { out += d; });
    QVERIFY(runJob(exec));
    QVERIFY2(exec->state() == KubeJob::State::Finished, qPrintable(exec->error().message));
    QCOMPARE(out, QByteArray("via proxy\n"));
    QCOMPARE(proxy.targets.size(), 2);

    context.cluster.proxyUrl = QStringLiteral("https://proxy.example:443");
    auto unsupported = client(context);
    QVERIFY(!unsupported->isValid());
    auto *fails = unsupported->version();
    QVERIFY(runJob(fails));
    QCOMPARE(fails->error().kind, KubeError::Kind::Config);
}

void TestKubeClient::cancel()
{
    auto c = client(certContext(m_url));
    ListOptions options;
    options.path = QStringLiteral("/api/v1/pods");
    options.limit = 3;
    auto *job = c->list(options);
    job->setAutoDelete(false);
    QSignalSpy pages(job, &KubeListJob::pageReceived);
    QSignalSpy finished(job, &KubeJob::finished);
    QSignalSpy failed(job, &KubeJob::failed);
    QVERIFY(pages.wait(kWait));
    job->cancel();
    QCOMPARE(job->state(), KubeJob::State::Canceled);
    // Another request completes; the cancelled list stays silent.
    auto *probe = c->version();
    QVERIFY(runJob(probe));
    QCOMPARE(pages.size(), 1);
    QCOMPARE(finished.size() + failed.size(), 0);
    delete job;

    KubeJobSlot slot;
    auto *first = slot.set(c->version());
    first->setAutoDelete(false);
    QSignalSpy firstDone(first, &KubeJob::finished);
    auto *second = slot.set(c->version());
    QCOMPARE(first->state(), KubeJob::State::Canceled); // latest request wins
    QVERIFY(runJob(second));
    QCOMPARE(second->state(), KubeJob::State::Finished);
    QCOMPARE(firstDone.size(), 0);
    delete first;
}

QTEST_GUILESS_MAIN(TestKubeClient)
#include "tst_kubeclient.moc"
