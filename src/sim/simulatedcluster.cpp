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
    m_shared->faults = m_plan.faults;
    m_shared->wrongHostCertificate = m_plan.wrongHostCertificate;
    m_wrongHost = m_plan.wrongHostCertificate;
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
    // With the wrong-host certificate the other CA is trusted too: only the host name is wrong.
    const QByteArray ca = m_wrongHost ? caCertificatePem() + resource(u"other-ca.crt"_s) : caCertificatePem();
    y += "    certificate-authority-data: " + ca.toBase64() + "\n";
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

void SimulatedCluster::setRecordingEnabled(bool enabled)
{
    if (!m_shared)
        return;
    QMutexLocker lock(&m_shared->mutex);
    m_shared->recording = enabled;
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
    FaultSpec fault;
    fault.kind = FaultSpec::Kind::Status;
    fault.httpStatus = httpStatus;
    fault.count = count;
    fault.pathPrefix = pathPrefix;
    fault.retryAfterSeconds = retryAfterSeconds;
    injectFault(fault);
}

void SimulatedCluster::injectFault(const FaultSpec &fault)
{
    if (!m_shared)
        return;
    QMutexLocker lock(&m_shared->mutex);
    m_shared->faults.append(fault);
}

void SimulatedCluster::clearFaults()
{
    if (!m_shared)
        return;
    QMutexLocker lock(&m_shared->mutex);
    m_shared->faults.clear();
}

QString SimulatedCluster::faultSyntaxHelp()
{
    return u"status:CODE[:RETRY_AFTER][:PREFIX], html:CODE[:PREFIX], slow:MS[:PREFIX], reset-mid-body[:PREFIX], "
           "truncated[:PREFIX], truncated-chunked[:PREFIX], malformed-json[:PREFIX], tls-mismatch; "
           "each optionally followed by @N or @always"_s;
}

bool SimulatedCluster::parseFaults(const QString &spec, FaultPlan *plan, QString *error)
{
    const auto fail = [&](const QString &item, const QString &why) {
        if (error)
            *error = u"fault \"%1\": %2 (expected %3)"_s.arg(item, why, faultSyntaxHelp());
        return false;
    };
    QList<FaultSpec> faults;
    bool wrongHost = false;
    for (const QString &raw : spec.split(u',', Qt::SkipEmptyParts)) {
        const QString item = raw.trimmed();
        if (item.isEmpty())
            continue;
        QString body = item;
        FaultSpec fault;
        const qsizetype at = item.lastIndexOf(u'@');
        if (at >= 0) {
            const QString count = item.mid(at + 1);
            body = item.left(at);
            bool ok = false;
            fault.count = count == u"always"_s ? -1 : count.toInt(&ok);
            if (count != u"always"_s && (!ok || fault.count < 1))
                return fail(item, u"the count after @ must be a positive number or \"always\""_s);
        }
        QStringList parts = body.split(u':');
        const QString kind = parts.takeFirst();
        // The path prefix is the last part when it starts with '/'.
        if (!parts.isEmpty() && parts.last().startsWith(u'/'))
            fault.pathPrefix = parts.takeLast();
        QList<int> numbers;
        for (const QString &part : std::as_const(parts)) {
            bool ok = false;
            const int n = part.toInt(&ok);
            if (!ok || n < 0)
                return fail(item, u"\"%1\" is neither a number nor a path starting with /"_s.arg(part));
            numbers.append(n);
        }
        const auto expectNumbers = [&](qsizetype min, qsizetype max) { return numbers.size() >= min && numbers.size() <= max; };
        if (kind == u"status"_s || kind == u"html"_s) {
            if (!expectNumbers(1, kind == u"status"_s ? 2 : 1))
                return fail(item, u"wrong number of values"_s);
            fault.kind = kind == u"status"_s ? FaultSpec::Kind::Status : FaultSpec::Kind::Html;
            fault.httpStatus = numbers.at(0);
            if (fault.httpStatus < 400 || fault.httpStatus > 599)
                return fail(item, u"the HTTP status must be from 400 to 599"_s);
            if (numbers.size() > 1)
                fault.retryAfterSeconds = numbers.at(1);
        } else if (kind == u"slow"_s) {
            if (!expectNumbers(1, 1) || numbers.at(0) > 600000)
                return fail(item, u"give the delay in milliseconds (up to 600000)"_s);
            fault.kind = FaultSpec::Kind::Slow;
            fault.delayMs = numbers.at(0);
        } else if (kind == u"reset-mid-body"_s || kind == u"truncated"_s || kind == u"truncated-chunked"_s
                   || kind == u"malformed-json"_s) {
            if (!numbers.isEmpty())
                return fail(item, u"takes no number"_s);
            fault.kind = kind == u"reset-mid-body"_s ? FaultSpec::Kind::ResetMidBody
                       : kind == u"truncated"_s      ? FaultSpec::Kind::TruncatedBody
                       : kind == u"truncated-chunked"_s ? FaultSpec::Kind::TruncatedChunked
                                                        : FaultSpec::Kind::MalformedJson;
        } else if (kind == u"tls-mismatch"_s) {
            if (!numbers.isEmpty() || !fault.pathPrefix.isEmpty() || at >= 0)
                return fail(item, u"takes no values"_s);
            wrongHost = true;
            continue;
        } else {
            return fail(item, u"unknown fault \"%1\""_s.arg(kind));
        }
        faults.append(fault);
    }
    plan->faults += faults;
    plan->wrongHostCertificate = plan->wrongHostCertificate || wrongHost;
    return true;
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
