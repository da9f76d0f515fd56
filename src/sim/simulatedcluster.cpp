// SPDX-License-Identifier: MIT
#include "sim/simulatedcluster.h"

#include "sim/apiserver.h"
#include "sim/scenario.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QThread>

using namespace Qt::StringLiterals;

static void initSimResources()
{
    Q_INIT_RESOURCE(kvdoctor_sim);
}

namespace kvd::sim {

namespace {
// Demo-only credential, like the certificates in resources/sim: it protects nothing real.
const QString kBearerToken = u"kvdoctor-sim-token-7f3c9a1e5b2d4c6e8a0f1b3d5e7c9a2b"_s;
const QString kTokenUser = u"kvdoctor-sim-user"_s;

QByteArray resource(const QString &name)
{
    initSimResources();
    QFile f(u":/kvdoctor/sim/"_s + name);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}
} // namespace

QByteArray RecordedRequest::header(const QByteArray &name) const
{
    for (const auto &[k, v] : headers) {
        if (k.compare(name, Qt::CaseInsensitive) == 0)
            return v;
    }
    return {};
}

SimulatedCluster::SimulatedCluster(QObject *parent) : QObject(parent) {}

SimulatedCluster::~SimulatedCluster()
{
    stop();
}

QStringList SimulatedCluster::scenarioNames()
{
    QStringList out;
    for (const auto &entry : Scenario::catalogue())
        out.append(entry.first);
    return out;
}

QString SimulatedCluster::scenarioDescription(const QString &name)
{
    for (const auto &entry : Scenario::catalogue()) {
        if (entry.first == name)
            return entry.second;
    }
    return {};
}

QByteArray SimulatedCluster::caCertificatePem() { return resource(u"ca.crt"_s); }
QByteArray SimulatedCluster::clientCertificatePem() { return resource(u"client.crt"_s); }
QByteArray SimulatedCluster::clientKeyPem() { return resource(u"client.key"_s); }
QString SimulatedCluster::bearerToken() { return kBearerToken; }
QString SimulatedCluster::adminUser() { return u"kvdoctor-admin"_s; }
QString SimulatedCluster::tokenUser() { return kTokenUser; }

bool SimulatedCluster::start(const SimulatorOptions &options, QString *error)
{
    QString dummy;
    QString &err = error ? *error : dummy;
    if (m_thread) {
        err = u"the simulator is already running"_s;
        return false;
    }
    initSimResources();
    m_shared = std::make_shared<SharedState>();
    m_shared->tokens.insert(kBearerToken, kTokenUser);
    m_thread = new QThread;
    m_thread->setObjectName(u"kvdoctor-sim"_s);
    m_server = new ApiServer(m_shared);
    m_server->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_server, &QObject::deleteLater);
    m_thread->start();
    bool ok = false;
    quint16 port = 0;
    QMetaObject::invokeMethod(m_server, [&] { ok = m_server->start(options, &err, &port); }, Qt::BlockingQueuedConnection);
    if (!ok) {
        stop();
        return false;
    }
    m_url = QUrl(u"https://127.0.0.1:%1"_s.arg(port));
    return true;
}

void SimulatedCluster::stop()
{
    if (!m_thread)
        return;
    if (m_server)
        QMetaObject::invokeMethod(m_server, [s = m_server] { s->shutdown(); }, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    m_server = nullptr;
    m_url.clear();
}

bool SimulatedCluster::isRunning() const
{
    return m_thread != nullptr;
}

QUrl SimulatedCluster::url() const
{
    return m_url;
}

QByteArray SimulatedCluster::kubeconfigYaml() const
{
    const QByteArray server = m_url.toString().toUtf8();
    QByteArray y;
    y += "apiVersion: v1\n";
    y += "kind: Config\n";
    y += "# kvdoctor simulated AKS cluster: demo-only credentials, valid for this simulator only.\n";
    y += "clusters:\n";
    y += "- name: kvdoctor-sim\n";
    y += "  cluster:\n";
    y += "    server: " + server + "\n";
    y += "    certificate-authority-data: " + caCertificatePem().toBase64() + "\n";
    y += "contexts:\n";
    y += "- name: kvdoctor-sim\n";
    y += "  context:\n";
    y += "    cluster: kvdoctor-sim\n";
    y += "    user: kvdoctor-admin\n";
    y += "- name: kvdoctor-sim-token\n";
    y += "  context:\n";
    y += "    cluster: kvdoctor-sim\n";
    y += "    user: kvdoctor-sim-user\n";
    y += "current-context: kvdoctor-sim\n";
    y += "preferences: {}\n";
    y += "users:\n";
    y += "- name: kvdoctor-admin\n";
    y += "  user:\n";
    y += "    client-certificate-data: " + clientCertificatePem().toBase64() + "\n";
    y += "    client-key-data: " + clientKeyPem().toBase64() + "\n";
    y += "- name: kvdoctor-sim-user\n";
    y += "  user:\n";
    y += "    token: " + kBearerToken.toUtf8() + "\n";
    return y;
}

bool SimulatedCluster::writeKubeconfig(const QString &path, QString *error) const
{
    if (!m_thread) {
        if (error)
            *error = u"the simulator is not running"_s;
        return false;
    }
    const QFileInfo info(path);
    if (!info.absoluteDir().exists() && !QDir().mkpath(info.absolutePath())) {
        if (error)
            *error = u"cannot create the folder %1"_s.arg(QDir::toNativeSeparators(info.absolutePath()));
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = u"cannot write %1: %2"_s.arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    // It holds a (demo) private key: keep it private like kubectl does.
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(kubeconfigYaml());
    if (!file.commit()) {
        if (error)
            *error = u"cannot write %1: %2"_s.arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

QList<RecordedRequest> SimulatedCluster::recordedRequests() const
{
    if (!m_shared)
        return {};
    QMutexLocker lock(&m_shared->mutex);
    return m_shared->recorded;
}

void SimulatedCluster::clearRecordedRequests()
{
    if (!m_shared)
        return;
    QMutexLocker lock(&m_shared->mutex);
    m_shared->recorded.clear();
}

void SimulatedCluster::addBearerToken(const QString &token, const QString &user)
{
    if (!m_shared)
        return;
    QMutexLocker lock(&m_shared->mutex);
    m_shared->tokens.insert(token, user);
}

void SimulatedCluster::removeBearerToken(const QString &token)
{
    if (!m_shared)
        return;
    QMutexLocker lock(&m_shared->mutex);
    m_shared->tokens.remove(token);
}

void SimulatedCluster::injectFailure(int httpStatus, int count, const QString &pathPrefix, int retryAfterSeconds)
{
    if (!m_shared)
        return;
    QMutexLocker lock(&m_shared->mutex);
    m_shared->faults.append({httpStatus, count, pathPrefix, retryAfterSeconds});
}

void SimulatedCluster::compact()
{
    if (m_server)
        QMetaObject::invokeMethod(m_server, [s = m_server] { s->compact(); }, Qt::BlockingQueuedConnection);
}

void SimulatedCluster::dropConnections()
{
    if (m_server)
        QMetaObject::invokeMethod(m_server, [s = m_server] { s->dropConnections(); }, Qt::BlockingQueuedConnection);
}

void SimulatedCluster::setExecProtocols(const QStringList &protocols)
{
    if (!m_shared)
        return;
    QMutexLocker lock(&m_shared->mutex);
    m_shared->execProtocols = protocols;
}

void SimulatedCluster::appendLogLine(const QString &ns, const QString &pod, const QString &container, const QByteArray &line)
{
    if (m_server)
        QMetaObject::invokeMethod(m_server, [=, s = m_server] { s->appendLogLine(ns, pod, container, line); }, Qt::BlockingQueuedConnection);
}

int SimulatedCluster::objectCount(const QString &group, const QString &plural) const
{
    int count = -1;
    if (m_server)
        QMetaObject::invokeMethod(m_server, [&, s = m_server] { count = s->objectCount(group, plural); }, Qt::BlockingQueuedConnection);
    return count;
}

bool SimulatedCluster::addObject(const QString &group, const QString &plural, const QJsonObject &object)
{
    bool added = false;
    if (m_server)
        QMetaObject::invokeMethod(m_server, [&, s = m_server] { added = s->addObject(group, plural, object); }, Qt::BlockingQueuedConnection);
    return added;
}

} // namespace kvd::sim
