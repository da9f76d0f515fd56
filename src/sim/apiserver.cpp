// SPDX-License-Identifier: MIT
#include "sim/apiserver.h"

#include "sim/execsim.h"
#include "sim/selectors.h"
#include "sim/simutil.h"
#include "sim/tables.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTimer>
#include <QTimeZone>
#include <QUuid>

#include <optional>

using namespace Qt::StringLiterals;

namespace kvd::sim {

namespace {

constexpr qint64 kStreamThreshold = 512 * 1024;
constexpr int kBookmarkIntervalMs = 5000;
constexpr int kFollowIntervalMs = 1000;
const QString kTokenUser = u"kvdoctor-sim-user"_s;

QByteArray toJson(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QJsonObject statusObject(int code, const QString &reason, const QString &message, const QJsonObject &details = {})
{
    QJsonObject s{{u"kind"_s, u"Status"_s}, {u"apiVersion"_s, u"v1"_s}, {u"metadata"_s, QJsonObject{}},
                  {u"status"_s, u"Failure"_s}, {u"message"_s, message}, {u"reason"_s, reason}, {u"code"_s, code}};
    if (!details.isEmpty())
        s.insert(u"details"_s, details);
    return s;
}

QString resourceRef(const ResourceType &t)
{
    return t.group.isEmpty() ? t.plural : t.plural + u'.' + t.group;
}

QJsonObject notFoundDetails(const ResourceType &t, const QString &name)
{
    QJsonObject d{{u"name"_s, name}, {u"kind"_s, t.plural}};
    if (!t.group.isEmpty())
        d.insert(u"group"_s, t.group);
    return d;
}

QByteArray encodeContinue(qint64 rv, const QString &ns, const QString &name)
{
    const QString start = (ns.isEmpty() ? name : ns + u'/' + name) + QChar(0);
    const QJsonObject token{{u"v"_s, u"meta.k8s.io/v1"_s}, {u"rv"_s, rv}, {u"start"_s, start}};
    return toJson(token).toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

bool decodeContinue(const QString &token, bool namespaced, qint64 *rv, QString *ns, QString *name)
{
    const auto decoded = QByteArray::fromBase64Encoding(token.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return false;
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(*decoded, &err);
    if (!doc.isObject() || doc.object().value(u"v"_s).toString() != u"meta.k8s.io/v1"_s)
        return false;
    *rv = doc.object().value(u"rv"_s).toInteger();
    QString start = doc.object().value(u"start"_s).toString();
    if (!start.endsWith(QChar(0)))
        return false;
    start.chop(1);
    if (namespaced && start.contains(u'/')) {
        *ns = start.section(u'/', 0, 0);
        *name = start.section(u'/', 1);
    } else {
        ns->clear();
        *name = start;
    }
    return true;
}

QJsonObject stripTypeMeta(QJsonObject o)
{
    o.remove(u"kind"_s);
    o.remove(u"apiVersion"_s);
    return o;
}

bool acceptsTable(const HttpRequest &req)
{
    return req.header("Accept").contains("as=Table");
}

bool acceptsPartialMetadata(const HttpRequest &req)
{
    return req.header("Accept").contains("as=PartialObjectMetadata");
}

IncludeObject includeObject(const HttpRequest &req)
{
    const QString v = req.query.queryItemValue(u"includeObject"_s);
    if (v == u"None"_s)
        return IncludeObject::None;
    if (v == u"Object"_s)
        return IncludeObject::Object;
    return IncludeObject::Metadata;
}

QString timestampPrefix(const QDateTime &t)
{
    const QDateTime u = t.toUTC();
    return u.toString(u"yyyy-MM-ddTHH:mm:ss.zzz"_s) + QString::number(mix64(quint64(u.toMSecsSinceEpoch())) % 1000000).rightJustified(6, u'0')
        + u"Z "_s;
}

} // namespace

struct Watcher
{
    HttpConnection *conn = nullptr;
    Collection *collection = nullptr;
    QString ns;
    QString name;
    LabelSelector labels;
    FieldSelector fields;
    bool bookmarks = false;
    bool initialEnd = false;
    qsizetype initialIndex = -1;
    quint64 sentRv = 0;
    QTimer *timeout = nullptr;
    QTimer *bookmark = nullptr;
    bool finished = false;
};

struct LogFollower
{
    HttpConnection *conn = nullptr;
    QString ns;
    QString pod;
    QString container;
    bool timestamps = false;
    qint64 bytesLeft = -1;
    QDateTime last;
    qsizetype extraSent = 0;
    QTimer *timer = nullptr;
};

struct ExecSession
{
    HttpConnection *conn = nullptr;
    int recordIndex = -1;
    QString ns;
    QString pod;
    QString container;
    QStringList argv;
    bool v5 = true;
    bool wantsStdin = false;
    bool wantsStdout = false;
    bool wantsStderr = false;
    bool tty = false;
    QByteArray stdinData;
    bool stdinClosed = false;
    bool done = false;
    QTimer *quiet = nullptr;
};

ApiServer::ApiServer(std::shared_ptr<SharedState> shared, QObject *parent) : QObject(parent), m_shared(std::move(shared)) {}

ApiServer::~ApiServer()
{
    shutdown();
}

static QByteArray readResource(const QString &name)
{
    QFile f(u":/kvdoctor/sim/"_s + name);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

bool ApiServer::start(const SimulatorOptions &options, QString *error, quint16 *port)
{
    if (!Scenario::isKnown(options.scenario)) {
        *error = u"unknown scenario \"%1\"; known scenarios: %2"_s.arg(options.scenario, SimulatedCluster::scenarioNames().join(u", "_s));
        return false;
    }
    m_model.now = QDateTime::currentDateTimeUtc();
    if (options.watchHistory > 0)
        m_model.historyLimit = size_t(options.watchHistory);
    if (!buildCluster(m_model, m_scenario, options, error))
        return false;
    m_lastCompactionRv = m_model.rv;

    const QString certName = m_shared->wrongHostCertificate ? u"wronghost"_s : u"server"_s;
    const QList<QSslCertificate> serverCert = QSslCertificate::fromData(readResource(certName + u".crt"_s), QSsl::Pem);
    const QSslKey key(readResource(certName + u".key"_s), QSsl::Rsa, QSsl::Pem);
    const QList<QSslCertificate> ca = QSslCertificate::fromData(readResource(u"ca.crt"_s), QSsl::Pem);
    if (serverCert.isEmpty() || key.isNull() || ca.isEmpty()) {
        *error = u"the simulator's embedded TLS certificates could not be loaded"_s;
        return false;
    }
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setLocalCertificateChain(serverCert);
    config.setPrivateKey(key);
    config.setCaCertificates(ca);
    // QueryPeer: ask for a client certificate but let bearer-token clients in without one.
    config.setPeerVerifyMode(QSslSocket::QueryPeer);
    config.setProtocol(QSsl::TlsV1_2OrLater);
    config.setAllowedNextProtocols({QByteArrayLiteral("http/1.1")});

    m_server = new QSslServer(this);
    m_server->setSslConfiguration(config);
    m_server->setHandshakeTimeout(10000);
    connect(m_server, &QSslServer::pendingConnectionAvailable, this, &ApiServer::onNewConnection);
    connect(m_server, &QSslServer::errorOccurred, this, [](QSslSocket *socket, QAbstractSocket::SocketError) { socket->deleteLater(); });
    connect(m_server, &QSslServer::sslErrors, this, [](QSslSocket *socket, const QList<QSslError> &) {
        // Only client-certificate problems arrive here (QueryPeer); the request is then
        // authenticated by token or rejected with 401.
        Q_UNUSED(socket);
    });
    if (!m_server->listen(QHostAddress::LocalHost, options.port)) {
        *error = u"cannot listen on 127.0.0.1:%1: %2"_s.arg(options.port).arg(m_server->errorString());
        return false;
    }
    *port = m_server->serverPort();

    m_compactTimer = new QTimer(this);
    m_compactTimer->setInterval(5 * 60 * 1000);
    connect(m_compactTimer, &QTimer::timeout, this, [this] {
        // Like etcd's periodic compaction: revisions older than the previous tick expire.
        m_model.compactedRv = m_lastCompactionRv;
        m_lastCompactionRv = m_model.rv;
    });
    m_compactTimer->start();
    return true;
}

void ApiServer::shutdown()
{
    // Their timers capture the raw pointers: they go first.
    for (Watcher *w : std::as_const(m_watchers)) {
        delete w->timeout;
        delete w->bookmark;
        delete w;
    }
    m_watchers.clear();
    for (LogFollower *f : std::as_const(m_followers)) {
        delete f->timer;
        delete f;
    }
    m_followers.clear();
    for (ExecSession *s : std::as_const(m_execs)) {
        delete s->quiet;
        delete s;
    }
    m_execs.clear();
    const QSet<HttpConnection *> conns = m_connections;
    m_connections.clear();
    for (HttpConnection *c : conns) {
        c->disconnect(this);
        c->abort();
        c->deleteLater();
    }
    if (m_server) {
        m_server->close();
        delete m_server;
        m_server = nullptr;
    }
}

void ApiServer::compact()
{
    ++m_model.rv;
    m_model.compactedRv = m_model.rv;
    for (const Collection *c : m_model.collections()) {
        auto *mc = const_cast<Collection *>(c);
        mc->history.clear();
        mc->historyStart = m_model.rv;
    }
}

void ApiServer::dropConnections()
{
    const QSet<HttpConnection *> conns = m_connections;
    for (HttpConnection *c : conns)
        c->abort();
}

void ApiServer::appendLogLine(const QString &ns, const QString &pod, const QString &container, const QByteArray &line)
{
    m_extraLogLines[ns + u'/' + pod + u'/' + container].append({QDateTime::currentDateTimeUtc(), line});
    const QList<LogFollower *> followers = m_followers;
    for (LogFollower *f : followers) {
        if (f->ns == ns && f->pod == pod && f->container == container)
            pumpFollower(f);
    }
}

int ApiServer::objectCount(const QString &group, const QString &plural) const
{
    const Collection *c = m_model.collection(group, plural);
    return c ? int(c->items.size()) : -1;
}

bool ApiServer::addObject(const QString &group, const QString &plural, const QJsonObject &object)
{
    Collection *c = m_model.collection(group, plural);
    if (!c)
        return false;
    m_model.add(*c, object);
    return true;
}

void ApiServer::onNewConnection()
{
    while (m_server->hasPendingConnections()) {
        auto *socket = qobject_cast<QSslSocket *>(m_server->nextPendingConnection());
        if (!socket)
            continue;
        auto *conn = new HttpConnection(socket, this);
        m_connections.insert(conn);
        connect(conn, &HttpConnection::requestReceived, this, [this, conn](const HttpRequest &req) { handleRequest(conn, req); });
        connect(conn, &HttpConnection::closed, this, [this, conn] {
            m_connections.remove(conn);
            for (qsizetype i = m_watchers.size() - 1; i >= 0; --i) {
                if (m_watchers.at(i)->conn == conn) {
                    // Deferred: this may run inside a signal of one of these timers.
                    Watcher *w = m_watchers.takeAt(i);
                    w->finished = true;
                    for (QTimer *t : {w->timeout, w->bookmark}) {
                        if (t) {
                            t->stop();
                            t->deleteLater();
                        }
                    }
                    QTimer::singleShot(0, this, [w] { delete w; });
                }
            }
            for (qsizetype i = m_followers.size() - 1; i >= 0; --i) {
                if (m_followers.at(i)->conn == conn) {
                    LogFollower *f = m_followers.takeAt(i);
                    f->timer->stop();
                    f->timer->deleteLater();
                    QTimer::singleShot(0, this, [f] { delete f; });
                }
            }
            for (qsizetype i = m_execs.size() - 1; i >= 0; --i) {
                if (m_execs.at(i)->conn == conn) {
                    ExecSession *s = m_execs.takeAt(i);
                    s->done = true;
                    s->quiet->stop();
                    s->quiet->deleteLater();
                    QTimer::singleShot(0, this, [s] { delete s; });
                }
            }
            conn->deleteLater();
        });
    }
}

int ApiServer::record(const HttpRequest &req)
{
    RecordedRequest r;
    r.method = req.method;
    r.target = req.target;
    r.headers = req.headers;
    r.body = req.body;
    r.time = QDateTime::currentDateTimeUtc();
    QMutexLocker lock(&m_shared->mutex);
    if (!m_shared->recording)
        return -1;
    m_shared->recorded.append(r);
    if (m_shared->recorded.size() > 20000)
        m_shared->recorded.removeFirst();
    return int(m_shared->recorded.size() - 1);
}

void ApiServer::setRecordedStatus(int index, int status, const QString &user)
{
    QMutexLocker lock(&m_shared->mutex);
    if (index >= 0 && index < m_shared->recorded.size()) {
        m_shared->recorded[index].status = status;
        if (!user.isEmpty())
            m_shared->recorded[index].user = user;
    }
}

QString ApiServer::authenticate(HttpConnection *conn, const HttpRequest &req) const
{
    const QByteArray auth = req.header("Authorization");
    if (auth.startsWith("Bearer ")) {
        const QString token = QString::fromLatin1(auth.mid(7).trimmed());
        QMutexLocker lock(&m_shared->mutex);
        const auto it = m_shared->tokens.constFind(token);
        if (it != m_shared->tokens.constEnd())
            return *it;
    }
    QSslSocket *socket = conn->socket();
    const QSslCertificate peer = socket->peerCertificate();
    if (!peer.isNull() && socket->sslHandshakeErrors().isEmpty()) {
        const QStringList cn = peer.subjectInfo(QSslCertificate::CommonName);
        if (!cn.isEmpty())
            return cn.first();
    }
    return {};
}

bool ApiServer::allowed(const QString &user, const QString &verb, const QString &group, const QString &resource,
                        const QString &subresource, const QString &ns) const
{
    Q_UNUSED(ns);
    Q_UNUSED(group);
    if (user != kTokenUser)
        return true;
    // The token user is a typical support-engineer role: read everything but secrets, manage
    // pods (the probe pod), read logs, and no exec.
    if (resource == u"pods"_s && subresource == u"exec"_s)
        return false;
    if (resource == u"pods"_s && subresource == u"attach"_s)
        return false;
    if (resource == u"secrets"_s)
        return false;
    if (verb == u"get"_s || verb == u"list"_s || verb == u"watch"_s)
        return true;
    if (resource == u"pods"_s && subresource.isEmpty() && (verb == u"create"_s || verb == u"delete"_s))
        return true;
    if (resource == u"selfsubjectaccessreviews"_s || resource == u"selfsubjectrulesreviews"_s)
        return verb == u"create"_s;
    return false;
}

void ApiServer::sendJson(HttpConnection *conn, int status, const QJsonObject &body, const HeaderList &extra)
{
    HeaderList headers{{"Audit-Id", QUuid::createUuid().toByteArray(QUuid::WithoutBraces)},
                       {"Cache-Control", "no-cache, private"},
                       {"Content-Type", "application/json"},
                       {"X-Kubernetes-Pf-Flowschema-Uid", "6d3b3e94-3b2a-4f43-9d8e-1f0c6b7e4a21"},
                       {"X-Kubernetes-Pf-Prioritylevel-Uid", "b4c1a3f2-7e65-4d0a-8c9b-5a2e1f3d7c60"}};
    headers += extra;
    conn->sendResponse(status, headers, toJson(body));
}

void ApiServer::sendStatus(HttpConnection *conn, int code, const QString &reason, const QString &message,
                           const QJsonObject &details, const HeaderList &extra)
{
    sendJson(conn, code, statusObject(code, reason, message, details), extra);
}

void ApiServer::sendForbidden(HttpConnection *conn, const QString &user, const QString &verb, const QString &group,
                              const QString &resource, const QString &subresource, const QString &ns, const QString &name)
{
    const QString full = subresource.isEmpty() ? resource : resource + u'/' + subresource;
    QString message = (name.isEmpty() ? resourceRef(ResourceType{group, {}, resource, {}, {}, true, {}, {}, {}, {}})
                                      : resourceRef(ResourceType{group, {}, resource, {}, {}, true, {}, {}, {}, {}}) + u" \""_s + name + u'"')
        + u" is forbidden: User \"%1\" cannot %2 resource \"%3\" in API group \"%4\""_s.arg(user, verb, full, group);
    if (!ns.isEmpty())
        message += u" in the namespace \"%1\""_s.arg(ns);
    else
        message += u" at the cluster scope"_s;
    QJsonObject details{{u"kind"_s, resource}};
    if (!name.isEmpty())
        details.insert(u"name"_s, name);
    if (!group.isEmpty())
        details.insert(u"group"_s, group);
    sendStatus(conn, 403, u"Forbidden"_s, message, details);
}

void ApiServer::handleRequest(HttpConnection *conn, const HttpRequest &req)
{
    const int recordIndex = record(req);
    const QString user = authenticate(conn, req);
    if (user.isEmpty()) {
        setRecordedStatus(recordIndex, 401, QString());
        sendStatus(conn, 401, u"Unauthorized"_s, u"Unauthorized"_s);
        return;
    }
    std::optional<FaultSpec> fault;
    {
        QMutexLocker lock(&m_shared->mutex);
        for (qsizetype i = 0; i < m_shared->faults.size(); ++i) {
            FaultSpec &f = m_shared->faults[i];
            if (!req.path.startsWith(f.pathPrefix))
                continue;
            fault = f;
            if (f.count > 0 && --f.count == 0)
                m_shared->faults.removeAt(i);
            break;
        }
    }
    if (fault) {
        switch (fault->kind) {
        case FaultSpec::Kind::Status:
            setRecordedStatus(recordIndex, fault->httpStatus, user);
            sendInjectedStatus(conn, *fault);
            return;
        case FaultSpec::Kind::Html: {
            setRecordedStatus(recordIndex, fault->httpStatus, user);
            // What nginx or an application gateway in front of the API server sends.
            const QByteArray code = QByteArray::number(fault->httpStatus) + ' ' + HttpConnection::reasonPhrase(fault->httpStatus);
            conn->sendResponse(fault->httpStatus, {{"Content-Type", "text/html"}, {"Server", "nginx"}},
                               "<html>\r\n<head><title>" + code + "</title></head>\r\n<body>\r\n<center><h1>" + code
                                   + "</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n");
            return;
        }
        case FaultSpec::Kind::Slow: {
            // Late headers; the connection may close meanwhile (conn is the timer's context).
            const QPointer<HttpConnection> guard(conn);
            QTimer::singleShot(fault->delayMs, conn, [this, guard, req, recordIndex, user] {
                if (guard && m_connections.contains(guard.data())) {
                    setRecordedStatus(recordIndex, 200, user);
                    route(guard.data(), req, recordIndex, user);
                }
            });
            return;
        }
        case FaultSpec::Kind::ResetMidBody:
            conn->setNextResponseFault(HttpConnection::Fault::ResetMidBody);
            break;
        case FaultSpec::Kind::TruncatedBody:
            conn->setNextResponseFault(HttpConnection::Fault::TruncatedBody);
            break;
        case FaultSpec::Kind::TruncatedChunked:
            conn->setNextResponseFault(HttpConnection::Fault::TruncatedChunked);
            break;
        case FaultSpec::Kind::MalformedJson:
            conn->setNextResponseFault(HttpConnection::Fault::MalformedJson);
            break;
        }
    }
    setRecordedStatus(recordIndex, 200, user);
    route(conn, req, recordIndex, user);
}

void ApiServer::sendInjectedStatus(HttpConnection *conn, const FaultSpec &fault)
{
    HeaderList extra;
    QJsonObject details;
    QString reason = u"InternalError"_s;
    QString message = u"an error on the server (\"injected by the simulator\") has prevented the request from succeeding"_s;
    switch (fault.httpStatus) {
    case 401: reason = u"Unauthorized"_s; message = u"Unauthorized"_s; break;
    case 403: reason = u"Forbidden"_s; message = u"forbidden: injected by the simulator"_s; break;
    case 404: reason = u"NotFound"_s; message = u"the server could not find the requested resource"_s; break;
    case 409: reason = u"Conflict"_s; message = u"Operation cannot be fulfilled: the object has been modified; please apply your changes to the latest version and try again"_s; break;
    case 410: reason = u"Expired"_s; message = u"too old resource version"_s; break;
    case 422: reason = u"Invalid"_s; message = u"the request is invalid"_s; break;
    case 429:
        reason = u"TooManyRequests"_s;
        message = u"Too many requests, please try again later."_s;
        details.insert(u"retryAfterSeconds"_s, fault.retryAfterSeconds);
        extra.append({"Retry-After", QByteArray::number(fault.retryAfterSeconds)});
        break;
    case 503:
        reason = u"ServiceUnavailable"_s;
        message = u"the server is currently unable to handle the request"_s;
        details.insert(u"retryAfterSeconds"_s, fault.retryAfterSeconds);
        extra.append({"Retry-After", QByteArray::number(fault.retryAfterSeconds)});
        break;
    case 504: reason = u"Timeout"_s; message = u"the server was unable to return a response in the time allotted, but may still be processing the request"_s; break;
    default: break;
    }
    sendStatus(conn, fault.httpStatus, reason, message, details, extra);
}

void ApiServer::route(HttpConnection *conn, const HttpRequest &req, int recordIndex, const QString &user)
{

    const QString path = req.path;
    const QStringList seg = path.split(u'/', Qt::SkipEmptyParts);
    if (path == u"/version"_s) {
        sendJson(conn, 200, QJsonObject{{u"major"_s, u"1"_s}, {u"minor"_s, u"31"_s}, {u"gitVersion"_s, u"v1.31.2"_s},
                                         {u"gitCommit"_s, u"5864a4677267e6adeae276ad85882a8714d69d9d"_s},
                                         {u"gitTreeState"_s, u"clean"_s}, {u"buildDate"_s, u"2024-10-22T20:28:14Z"_s},
                                         {u"goVersion"_s, u"go1.22.8"_s}, {u"compiler"_s, u"gc"_s}, {u"platform"_s, u"linux/amd64"_s}});
        return;
    }
    if (path == u"/healthz"_s || path == u"/livez"_s || path == u"/readyz"_s) {
        conn->sendResponse(200, {{"Content-Type", "text/plain; charset=utf-8"}, {"X-Content-Type-Options", "nosniff"}}, "ok");
        return;
    }
    if (seg.isEmpty() || (seg.first() != u"api"_s && seg.first() != u"apis"_s)) {
        sendStatus(conn, 404, u"NotFound"_s, u"the server could not find the requested resource"_s);
        return;
    }
    QString group;
    QString version;
    QStringList rest;
    if (seg.first() == u"api"_s) {
        if (seg.size() < 3) {
            serveDiscovery(conn, seg);
            return;
        }
        version = seg.at(1);
        rest = seg.mid(2);
    } else {
        if (seg.size() < 4) {
            serveDiscovery(conn, seg);
            return;
        }
        group = seg.at(1);
        version = seg.at(2);
        rest = seg.mid(3);
    }
    if (group == u"authorization.k8s.io"_s && version == u"v1"_s && rest.size() == 1) {
        if (req.method != "POST") {
            sendStatus(conn, 405, u"MethodNotAllowed"_s, u"the server does not allow this method on the requested resource"_s);
            return;
        }
        serveAccessReview(conn, req, user);
        return;
    }
    QString ns, plural, name, sub;
    if (rest.first() == u"namespaces"_s && rest.size() >= 3) {
        ns = rest.at(1);
        plural = rest.at(2);
        name = rest.value(3);
        sub = rest.value(4);
    } else {
        plural = rest.at(0);
        name = rest.value(1);
        sub = rest.value(2);
    }
    Collection *c = m_model.collection(group, plural);
    if (!c || c->type.version != version || (c->type.namespaced == false && !ns.isEmpty())
        || rest.size() > (ns.isEmpty() ? 3 : 5)) {
        sendStatus(conn, 404, u"NotFound"_s, u"the server could not find the requested resource"_s);
        return;
    }
    QString verb;
    if (req.method == "GET")
        verb = name.isEmpty() ? (req.query.queryItemValue(u"watch"_s) == u"true"_s || req.query.queryItemValue(u"watch"_s) == u"1"_s ? u"watch"_s : u"list"_s) : u"get"_s;
    else if (req.method == "POST")
        verb = u"create"_s;
    else if (req.method == "DELETE")
        verb = name.isEmpty() ? u"deletecollection"_s : u"delete"_s;
    else if (req.method == "PUT")
        verb = u"update"_s;
    else if (req.method == "PATCH")
        verb = u"patch"_s;
    if (!allowed(user, verb, group, plural, sub, ns)) {
        setRecordedStatus(recordIndex, 403, user);
        sendForbidden(conn, user, verb, group, plural, sub, ns, name);
        return;
    }
    if (!sub.isEmpty()) {
        if (plural == u"pods"_s && sub == u"log"_s && req.method == "GET") {
            serveLogs(conn, req, ns, name);
            return;
        }
        if (plural == u"pods"_s && sub == u"exec"_s) {
            serveExec(conn, req, ns, name, recordIndex, user);
            return;
        }
        if (plural == u"serviceaccounts"_s && sub == u"token"_s && req.method == "POST") {
            serveTokenRequest(conn, req, *c, ns, name);
            return;
        }
        if (sub == u"status"_s && req.method == "GET") {
            serveGet(conn, req, *c, ns, name);
            return;
        }
        sendStatus(conn, 404, u"NotFound"_s, u"the server could not find the requested resource"_s);
        return;
    }
    if (verb == u"watch"_s) {
        serveWatch(conn, req, *c, ns, QString());
        return;
    }
    if (verb == u"list"_s) {
        serveList(conn, req, *c, ns);
        return;
    }
    if (verb == u"get"_s) {
        serveGet(conn, req, *c, ns, name);
        return;
    }
    if (verb == u"create"_s && name.isEmpty()) {
        serveCreate(conn, req, *c, ns);
        return;
    }
    if (verb == u"delete"_s) {
        serveDelete(conn, req, *c, ns, name);
        return;
    }
    sendStatus(conn, 405, u"MethodNotAllowed"_s, u"the server does not allow this method on the requested resource"_s);
}

void ApiServer::serveDiscovery(HttpConnection *conn, const QStringList &seg)
{
    QMap<QString, QList<const Collection *>> byGroup;
    for (const Collection *c : m_model.collections())
        byGroup[c->type.group].append(c);
    auto resourceList = [&](const QString &group) {
        QJsonArray resources;
        for (const Collection *c : byGroup.value(group)) {
            const ResourceType &t = c->type;
            QJsonObject r{{u"name"_s, t.plural}, {u"singularName"_s, t.singular}, {u"namespaced"_s, t.namespaced},
                          {u"kind"_s, t.kind}, {u"verbs"_s, QJsonArray::fromStringList(t.verbs)},
                          {u"storageVersionHash"_s, QString::fromLatin1(QCryptographicHash::hash(t.key().toUtf8(), QCryptographicHash::Sha256).toBase64().left(11))}};
            if (!t.shortNames.isEmpty())
                r.insert(u"shortNames"_s, QJsonArray::fromStringList(t.shortNames));
            if (!t.categories.isEmpty())
                r.insert(u"categories"_s, QJsonArray::fromStringList(t.categories));
            resources.append(r);
            auto subresource = [&](const QString &name, const QString &kind, const QStringList &verbs) {
                resources.append(QJsonObject{{u"name"_s, QString(t.plural + u'/' + name)}, {u"singularName"_s, QString()},
                                             {u"namespaced"_s, t.namespaced}, {u"kind"_s, kind},
                                             {u"verbs"_s, QJsonArray::fromStringList(verbs)}});
            };
            if (t.plural == u"pods"_s) {
                subresource(u"exec"_s, u"PodExecOptions"_s, {u"create"_s, u"get"_s});
                subresource(u"log"_s, u"Pod"_s, {u"get"_s});
                subresource(u"status"_s, u"Pod"_s, {u"get"_s, u"patch"_s, u"update"_s});
            } else if (t.plural == u"nodes"_s || t.plural == u"namespaces"_s || t.plural == u"daemonsets"_s
                       || t.plural == u"deployments"_s || t.plural == u"secretproviderclasses"_s
                       || t.plural == u"secretproviderclasspodstatuses"_s) {
                subresource(u"status"_s, t.kind, {u"get"_s, u"patch"_s, u"update"_s});
            }
        }
        if (group == u"authorization.k8s.io"_s) {
            resources.append(QJsonObject{{u"name"_s, u"selfsubjectaccessreviews"_s}, {u"singularName"_s, u"selfsubjectaccessreview"_s},
                                         {u"namespaced"_s, false}, {u"kind"_s, u"SelfSubjectAccessReview"_s},
                                         {u"verbs"_s, QJsonArray{u"create"_s}}});
            resources.append(QJsonObject{{u"name"_s, u"selfsubjectrulesreviews"_s}, {u"singularName"_s, u"selfsubjectrulesreview"_s},
                                         {u"namespaced"_s, false}, {u"kind"_s, u"SelfSubjectRulesReview"_s},
                                         {u"verbs"_s, QJsonArray{u"create"_s}}});
        }
        return resources;
    };
    QStringList groups = byGroup.keys();
    groups.removeAll(QString());
    groups.append(u"authorization.k8s.io"_s);
    groups.sort();
    auto groupObject = [](const QString &g) {
        const QJsonObject v{{u"groupVersion"_s, QString(g + u"/v1"_s)}, {u"version"_s, u"v1"_s}};
        return QJsonObject{{u"name"_s, g}, {u"versions"_s, QJsonArray{v}}, {u"preferredVersion"_s, v}};
    };
    if (seg.size() == 1 && seg.first() == u"api"_s) {
        sendJson(conn, 200, QJsonObject{{u"kind"_s, u"APIVersions"_s}, {u"versions"_s, QJsonArray{u"v1"_s}},
                                         {u"serverAddressByClientCIDRs"_s, QJsonArray{QJsonObject{{u"clientCIDR"_s, u"0.0.0.0/0"_s},
                                                                                                  {u"serverAddress"_s, u"10.224.0.4:443"_s}}}}});
        return;
    }
    if (seg.size() == 2 && seg.first() == u"api"_s && seg.at(1) == u"v1"_s) {
        sendJson(conn, 200, QJsonObject{{u"kind"_s, u"APIResourceList"_s}, {u"groupVersion"_s, u"v1"_s}, {u"resources"_s, resourceList(QString())}});
        return;
    }
    if (seg.size() == 1 && seg.first() == u"apis"_s) {
        QJsonArray list;
        for (const QString &g : std::as_const(groups))
            list.append(groupObject(g));
        sendJson(conn, 200, QJsonObject{{u"kind"_s, u"APIGroupList"_s}, {u"apiVersion"_s, u"v1"_s}, {u"groups"_s, list}});
        return;
    }
    if (seg.size() == 2 && groups.contains(seg.at(1))) {
        QJsonObject g = groupObject(seg.at(1));
        g.insert(u"kind"_s, u"APIGroup"_s);
        g.insert(u"apiVersion"_s, u"v1"_s);
        sendJson(conn, 200, g);
        return;
    }
    if (seg.size() == 3 && groups.contains(seg.at(1)) && seg.at(2) == u"v1"_s) {
        sendJson(conn, 200, QJsonObject{{u"kind"_s, u"APIResourceList"_s}, {u"apiVersion"_s, u"v1"_s},
                                         {u"groupVersion"_s, QString(seg.at(1) + u"/v1"_s)}, {u"resources"_s, resourceList(seg.at(1))}});
        return;
    }
    sendStatus(conn, 404, u"NotFound"_s, u"the server could not find the requested resource"_s);
}

bool ApiServer::parseSelectors(HttpConnection *conn, const HttpRequest &req, const Collection &c, LabelSelector *labels,
                               FieldSelector *fields)
{
    QString error;
    if (!labels->parse(req.query.queryItemValue(u"labelSelector"_s, QUrl::FullyDecoded), &error)) {
        sendStatus(conn, 400, u"BadRequest"_s, error);
        return false;
    }
    if (!fields->parse(req.query.queryItemValue(u"fieldSelector"_s, QUrl::FullyDecoded), &error)) {
        sendStatus(conn, 400, u"BadRequest"_s, error);
        return false;
    }
    QStringList supported = c.type.fieldSelectors;
    supported << u"metadata.name"_s << u"metadata.namespace"_s;
    const QString bad = fields->unsupportedField(supported);
    if (!bad.isEmpty()) {
        sendStatus(conn, 400, u"BadRequest"_s, u"field label not supported: "_s + bad);
        return false;
    }
    return true;
}

void ApiServer::serveList(HttpConnection *conn, const HttpRequest &req, const Collection &c, const QString &ns)
{
    LabelSelector labels;
    FieldSelector fields;
    if (!parseSelectors(conn, req, c, &labels, &fields))
        return;
    const qint64 limit = qMax<qint64>(0, req.query.queryItemValue(u"limit"_s).toLongLong());
    const QString token = req.query.queryItemValue(u"continue"_s, QUrl::FullyDecoded);
    qint64 listRv = qint64(m_model.rv);
    qsizetype index = ns.isEmpty() ? 0 : c.lowerBound(ns, QString());
    if (!token.isEmpty()) {
        qint64 rv = 0;
        QString startNs, startName;
        if (!decodeContinue(token, c.type.namespaced, &rv, &startNs, &startName)) {
            sendStatus(conn, 400, u"BadRequest"_s, u"continue key is not valid: incorrect encoded start resourceVersion (version meta.k8s.io/v1)"_s);
            return;
        }
        if (rv >= 0 && quint64(rv) < m_model.compactedRv) {
            QJsonObject s = statusObject(410, u"Expired"_s,
                u"The provided continue parameter is too old to display a consistent list result. You can start a new list without "
                "the continue parameter, or use the continue token in this response to retrieve the remainder of the results. "
                "Continuing with the provided token results in an inconsistent list - objects that were created, modified, or "
                "deleted between the time the first chunk was returned and now may show up in the list."_s);
            s.insert(u"metadata"_s, QJsonObject{{u"continue"_s, QString::fromLatin1(encodeContinue(-1, startNs, startName))}});
            sendJson(conn, 410, s);
            return;
        }
        if (rv >= 0)
            listRv = rv;
        index = c.lowerBound(startNs, startName + QChar(0));
    }
    const bool table = acceptsTable(req);
    const bool partial = !table && acceptsPartialMetadata(req);
    const IncludeObject include = includeObject(req);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const bool needsFields = !fields.isEmpty();
    const bool fastPods = !table && !partial && c.type.plural == u"pods"_s;
    QJsonArray items;
    QByteArray itemBytes; // plain lists are assembled as bytes (generated pods skip QJsonObject)
    qsizetype itemCount = 0;
    qsizetype i = index;
    const qsizetype n = qsizetype(c.items.size());
    bool more = false;
    for (; i < n; ++i) {
        const StoredObject &o = c.items[size_t(i)];
        if (!ns.isEmpty() && o.ns != ns)
            break;
        if (limit > 0 && itemCount >= limit) {
            more = true;
            break;
        }
        if (!labels.isEmpty() && !labels.matches(m_model.labelsOf(c, o)))
            continue;
        if (needsFields && !fields.matches([&](const QString &f) { return m_model.fieldValue(c, o, f); }))
            continue;
        ++itemCount;
        if (fastPods && o.generated >= 0) {
            if (!itemBytes.isEmpty())
                itemBytes += ',';
            itemBytes += m_model.renderGeneratedPodItem(o);
            continue;
        }
        const QJsonObject obj = m_model.objectJson(c, o);
        if (table) {
            items.append(tableRow(c.type, obj, include, now));
        } else if (partial) {
            items.append(partialObjectMetadata(obj));
        } else {
            if (!itemBytes.isEmpty())
                itemBytes += ',';
            itemBytes += toJson(stripTypeMeta(obj));
        }
    }
    QJsonObject meta{{u"resourceVersion"_s, QString::number(listRv)}};
    if (more) {
        const StoredObject &lastObj = c.items[size_t(i - 1)];
        meta.insert(u"continue"_s, QString::fromLatin1(encodeContinue(listRv, lastObj.ns, lastObj.name)));
        if (labels.isEmpty() && fields.isEmpty()) {
            qsizetype end = n;
            if (!ns.isEmpty())
                end = c.lowerBound(ns + QChar(0), QString());
            meta.insert(u"remainingItemCount"_s, qint64(end - i));
        }
    }
    QJsonObject body;
    if (table) {
        body = QJsonObject{{u"kind"_s, u"Table"_s}, {u"apiVersion"_s, u"meta.k8s.io/v1"_s}, {u"metadata"_s, meta},
                           {u"columnDefinitions"_s, tableColumns(c.type)}, {u"rows"_s, items}};
    } else if (partial) {
        body = QJsonObject{{u"kind"_s, u"PartialObjectMetadataList"_s}, {u"apiVersion"_s, u"meta.k8s.io/v1"_s},
                           {u"metadata"_s, meta}, {u"items"_s, items}};
    } else {
        QByteArray bytes = toJson(QJsonObject{{u"kind"_s, QString(c.type.kind + u"List"_s)}, {u"apiVersion"_s, c.type.groupVersion()},
                                              {u"metadata"_s, meta}});
        bytes.chop(1);
        bytes += ",\"items\":[" + itemBytes + "]}";
        HeaderList headers{{"Audit-Id", QUuid::createUuid().toByteArray(QUuid::WithoutBraces)},
                           {"Cache-Control", "no-cache, private"},
                           {"Content-Type", "application/json"},
                           {"X-Kubernetes-Pf-Flowschema-Uid", "6d3b3e94-3b2a-4f43-9d8e-1f0c6b7e4a21"},
                           {"X-Kubernetes-Pf-Prioritylevel-Uid", "b4c1a3f2-7e65-4d0a-8c9b-5a2e1f3d7c60"}};
        conn->sendResponse(200, headers, bytes);
        return;
    }
    sendJson(conn, 200, body);
}

void ApiServer::serveGet(HttpConnection *conn, const HttpRequest &req, const Collection &c, const QString &ns, const QString &name)
{
    const int index = c.find(c.type.namespaced ? ns : QString(), name);
    if (index < 0 || (c.type.namespaced && ns.isEmpty())) {
        sendStatus(conn, 404, u"NotFound"_s, u"%1 \"%2\" not found"_s.arg(resourceRef(c.type), name), notFoundDetails(c.type, name));
        return;
    }
    const QJsonObject obj = m_model.objectJson(c, c.items[size_t(index)]);
    if (acceptsTable(req)) {
        sendJson(conn, 200, QJsonObject{{u"kind"_s, u"Table"_s}, {u"apiVersion"_s, u"meta.k8s.io/v1"_s},
                                         {u"metadata"_s, QJsonObject{{u"resourceVersion"_s, QString::number(m_model.rv)}}},
                                         {u"columnDefinitions"_s, tableColumns(c.type)},
                                         {u"rows"_s, QJsonArray{tableRow(c.type, obj, includeObject(req), QDateTime::currentDateTimeUtc())}}});
        return;
    }
    if (acceptsPartialMetadata(req)) {
        sendJson(conn, 200, partialObjectMetadata(obj));
        return;
    }
    sendJson(conn, 200, obj);
}

void ApiServer::serveWatch(HttpConnection *conn, const HttpRequest &req, Collection &c, const QString &ns, const QString &name)
{
    LabelSelector labels;
    FieldSelector fields;
    if (!parseSelectors(conn, req, c, &labels, &fields))
        return;
    auto *w = new Watcher;
    w->conn = conn;
    w->collection = &c;
    w->ns = ns;
    w->name = name;
    w->labels = labels;
    w->fields = fields;
    w->bookmarks = req.query.queryItemValue(u"allowWatchBookmarks"_s) == u"true"_s;
    const QString rvText = req.query.queryItemValue(u"resourceVersion"_s);
    const bool sendInitial = req.query.queryItemValue(u"sendInitialEvents"_s) == u"true"_s;
    conn->beginChunked(200, {{"Audit-Id", QUuid::createUuid().toByteArray(QUuid::WithoutBraces)},
                             {"Cache-Control", "no-cache, private"},
                             {"Content-Type", "application/json"}});
    m_watchers.append(w);
    if (rvText.isEmpty() || rvText == u"0"_s || sendInitial) {
        w->initialIndex = ns.isEmpty() ? 0 : c.lowerBound(ns, QString());
        w->initialEnd = sendInitial;
        w->sentRv = m_model.rv;
    } else {
        bool ok = false;
        const quint64 rv = rvText.toULongLong(&ok);
        if (!ok || rv < m_model.compactedRv || rv < c.historyStart) {
            const QJsonObject ev{{u"type"_s, u"ERROR"_s},
                                 {u"object"_s, statusObject(410, u"Expired"_s, u"too old resource version: %1 (%2)"_s.arg(rvText).arg(m_model.rv))}};
            conn->writeChunk(toJson(ev) + '\n');
            finishWatcher(w);
            return;
        }
        w->sentRv = rv;
    }
    const int timeoutSecs = req.query.queryItemValue(u"timeoutSeconds"_s).toInt();
    w->timeout = new QTimer(this);
    w->timeout->setSingleShot(true);
    w->timeout->setInterval(std::chrono::seconds(timeoutSecs > 0 ? timeoutSecs : 1800 + int(hashOf(QString::number(quintptr(w))) % 1800)));
    connect(w->timeout, &QTimer::timeout, this, [this, w] { finishWatcher(w); });
    w->timeout->start();
    if (w->bookmarks) {
        w->bookmark = new QTimer(this);
        w->bookmark->setInterval(kBookmarkIntervalMs);
        connect(w->bookmark, &QTimer::timeout, this, [this, w] {
            if (w->initialIndex >= 0)
                return;
            const QJsonObject ev{{u"type"_s, u"BOOKMARK"_s},
                                 {u"object"_s, QJsonObject{{u"kind"_s, w->collection->type.kind}, {u"apiVersion"_s, w->collection->type.groupVersion()},
                                                           {u"metadata"_s, QJsonObject{{u"resourceVersion"_s, QString::number(m_model.rv)}}}}}};
            w->conn->writeChunk(toJson(ev) + '\n');
        });
        w->bookmark->start();
    }
    connect(conn, &HttpConnection::drained, w->timeout, [this, w] { pumpWatcher(w); });
    pumpWatcher(w);
}

void ApiServer::finishWatcher(Watcher *w)
{
    if (w->finished)
        return;
    w->finished = true;
    m_watchers.removeAll(w);
    w->conn->endChunked();
    if (w->timeout)
        w->timeout->deleteLater();
    if (w->bookmark)
        w->bookmark->deleteLater();
    w->timeout = nullptr;
    w->bookmark = nullptr;
    QTimer::singleShot(0, this, [w] { delete w; });
}

static bool matchesJson(const Watcher *w, const QJsonObject &object)
{
    const QJsonObject meta = object.value(u"metadata"_s).toObject();
    if (!w->ns.isEmpty() && meta.value(u"namespace"_s).toString() != w->ns)
        return false;
    if (!w->name.isEmpty() && meta.value(u"name"_s).toString() != w->name)
        return false;
    if (!w->labels.matches(meta.value(u"labels"_s).toObject()))
        return false;
    return w->fields.matches([&](const QString &f) {
        if (f == u"metadata.name"_s)
            return meta.value(u"name"_s).toString();
        if (f == u"metadata.namespace"_s)
            return meta.value(u"namespace"_s).toString();
        return ClusterModel::fieldValueFromJson(object, f);
    });
}

void ApiServer::pumpWatcher(Watcher *w)
{
    if (w->finished)
        return;
    Collection &c = *w->collection;
    if (w->initialIndex >= 0) {
        const qsizetype n = qsizetype(c.items.size());
        while (w->initialIndex < n && w->conn->pendingBytes() < kStreamThreshold) {
            QByteArray batch;
            for (int k = 0; k < 200 && w->initialIndex < n; ++k, ++w->initialIndex) {
                const StoredObject &o = c.items[size_t(w->initialIndex)];
                if (!w->ns.isEmpty() && o.ns != w->ns) {
                    w->initialIndex = n;
                    break;
                }
                if (!w->labels.isEmpty() && !w->labels.matches(m_model.labelsOf(c, o)))
                    continue;
                const QJsonObject obj = m_model.objectJson(c, o);
                if (!matchesJson(w, obj))
                    continue;
                batch += toJson(QJsonObject{{u"type"_s, u"ADDED"_s}, {u"object"_s, obj}}) + '\n';
            }
            w->conn->writeChunk(batch);
        }
        if (w->initialIndex < n)
            return; // continue when the socket drains
        w->initialIndex = -1;
        if (w->initialEnd) {
            const QJsonObject ev{{u"type"_s, u"BOOKMARK"_s},
                                 {u"object"_s, QJsonObject{{u"kind"_s, c.type.kind}, {u"apiVersion"_s, c.type.groupVersion()},
                                                           {u"metadata"_s, QJsonObject{{u"resourceVersion"_s, QString::number(w->sentRv)},
                                                                                       {u"annotations"_s, QJsonObject{{u"k8s.io/initial-events-end"_s, u"true"_s}}}}}}}};
            w->conn->writeChunk(toJson(ev) + '\n');
        }
    }
    QByteArray out;
    for (const WatchEvent &e : c.history) {
        if (e.rv <= w->sentRv)
            continue;
        w->sentRv = e.rv;
        const bool now = matchesJson(w, e.object);
        QString type = e.type;
        if (e.type == u"MODIFIED"_s) {
            const bool before = matchesJson(w, e.previous);
            if (!now && !before)
                continue;
            if (now && !before)
                type = u"ADDED"_s;
            else if (!now && before)
                type = u"DELETED"_s;
        } else if (!now) {
            continue;
        }
        out += toJson(QJsonObject{{u"type"_s, type}, {u"object"_s, e.object}}) + '\n';
    }
    w->conn->writeChunk(out);
}

void ApiServer::notifyWatchers(Collection &c)
{
    const QList<Watcher *> watchers = m_watchers;
    for (Watcher *w : watchers) {
        if (w->collection == &c)
            pumpWatcher(w);
    }
}

void ApiServer::serveCreate(HttpConnection *conn, const HttpRequest &req, Collection &c, const QString &ns)
{
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(req.body, &err);
    if (!doc.isObject()) {
        sendStatus(conn, 400, u"BadRequest"_s, u"the object provided is unrecognized (must be of type %1): couldn't get version/kind; json parse error: %2"_s
                                                   .arg(c.type.kind, err.errorString()));
        return;
    }
    QJsonObject obj = doc.object();
    if (obj.value(u"kind"_s).toString() != c.type.kind) {
        sendStatus(conn, 400, u"BadRequest"_s, u"the API version in the data (%1) does not match the expected API version (%2)"_s
                                                   .arg(obj.value(u"apiVersion"_s).toString(), c.type.groupVersion()));
        return;
    }
    QJsonObject meta = obj.value(u"metadata"_s).toObject();
    QString name = meta.value(u"name"_s).toString();
    if (name.isEmpty() && !meta.value(u"generateName"_s).toString().isEmpty())
        name = meta.value(u"generateName"_s).toString() + nameSuffix(QDateTime::currentMSecsSinceEpoch() + m_model.rv, 5);
    if (name.isEmpty()) {
        sendStatus(conn, 422, u"Invalid"_s, u"%1 \"\" is invalid: metadata.name: Required value: name or generateName is required"_s.arg(c.type.kind),
                   QJsonObject{{u"kind"_s, c.type.kind}, {u"causes"_s, QJsonArray{QJsonObject{{u"reason"_s, u"FieldValueRequired"_s},
                                                                                                 {u"message"_s, u"Required value: name or generateName is required"_s},
                                                                                                 {u"field"_s, u"metadata.name"_s}}}}});
        return;
    }
    if (c.type.namespaced) {
        const Collection &nsC = *m_model.collection(QString(), u"namespaces"_s);
        if (nsC.find(QString(), ns) < 0) {
            sendStatus(conn, 404, u"NotFound"_s, u"namespaces \"%1\" not found"_s.arg(ns), QJsonObject{{u"name"_s, ns}, {u"kind"_s, u"namespaces"_s}});
            return;
        }
        if (meta.contains(u"namespace"_s) && meta.value(u"namespace"_s).toString() != ns) {
            sendStatus(conn, 400, u"BadRequest"_s, u"the namespace of the provided object does not match the namespace sent on the request"_s);
            return;
        }
    }
    if (c.find(c.type.namespaced ? ns : QString(), name) >= 0) {
        sendStatus(conn, 409, u"AlreadyExists"_s, u"%1 \"%2\" already exists"_s.arg(resourceRef(c.type), name), notFoundDetails(c.type, name));
        return;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (c.type.plural == u"pods"_s) {
        QJsonObject spec = obj.value(u"spec"_s).toObject();
        const QJsonArray containers = spec.value(u"containers"_s).toArray();
        QJsonArray causes;
        if (containers.isEmpty())
            causes.append(QJsonObject{{u"reason"_s, u"FieldValueRequired"_s}, {u"message"_s, u"Required value"_s}, {u"field"_s, u"spec.containers"_s}});
        for (qsizetype i = 0; i < containers.size(); ++i) {
            if (containers.at(i).toObject().value(u"image"_s).toString().isEmpty())
                causes.append(QJsonObject{{u"reason"_s, u"FieldValueRequired"_s}, {u"message"_s, u"Required value"_s},
                                          {u"field"_s, u"spec.containers[%1].image"_s.arg(i)}});
        }
        if (!causes.isEmpty()) {
            QStringList parts;
            for (const QJsonValue &v : std::as_const(causes))
                parts.append(v.toObject().value(u"field"_s).toString() + u": Required value"_s);
            sendStatus(conn, 422, u"Invalid"_s, u"Pod \"%1\" is invalid: %2"_s.arg(name, parts.join(u", "_s)),
                       QJsonObject{{u"name"_s, name}, {u"kind"_s, u"Pod"_s}, {u"causes"_s, causes}});
            return;
        }
        // Pod Security admission: baseline and restricted forbid host namespaces.
        {
            const Collection &nsC = *m_model.collection(QString(), u"namespaces"_s);
            const int nsIndex = nsC.find(QString(), ns);
            const QJsonObject nsLabels = nsIndex < 0 ? QJsonObject()
                                                     : m_model.objectJson(nsC, nsC.items[size_t(nsIndex)]).value(u"metadata"_s).toObject().value(u"labels"_s).toObject();
            const QString level = nsLabels.value(u"pod-security.kubernetes.io/enforce"_s).toString();
            if ((level == u"baseline"_s || level == u"restricted"_s) && spec.value(u"hostNetwork"_s).toBool()) {
                sendStatus(conn, 403, u"Forbidden"_s,
                           u"pods \"%1\" is forbidden: violates PodSecurity \"%2:latest\": host namespaces (hostNetwork=true)"_s.arg(name, level),
                           QJsonObject{{u"name"_s, name}, {u"kind"_s, u"pods"_s}});
                return;
            }
        }
        QString node = spec.value(u"nodeName"_s).toString();
        if (node.isEmpty()) {
            for (const NodeInfo &n : std::as_const(m_model.nodes)) {
                if (!n.windows && n.pool != u"nodepool1"_s) {
                    node = n.name;
                    break;
                }
            }
        }
        if (m_model.nodeIndex(node) < 0) {
            sendStatus(conn, 422, u"Invalid"_s, u"Pod \"%1\" is invalid: spec.nodeName: Not found: \"%2\""_s.arg(name, node));
            return;
        }
        spec.insert(u"nodeName"_s, node);
        for (const auto &[k, v] : std::initializer_list<std::pair<QString, QJsonValue>>{
                 {u"restartPolicy"_s, u"Always"_s}, {u"dnsPolicy"_s, u"ClusterFirst"_s}, {u"schedulerName"_s, u"default-scheduler"_s},
                 {u"serviceAccountName"_s, u"default"_s}, {u"serviceAccount"_s, u"default"_s},
                 {u"terminationGracePeriodSeconds"_s, 30}, {u"securityContext"_s, QJsonObject{}},
                 {u"enableServiceLinks"_s, true}, {u"priority"_s, 0}}) {
            if (!spec.contains(k))
                spec.insert(k, v);
        }
        QJsonArray filled;
        for (const QJsonValue &v : containers) {
            QJsonObject ct = v.toObject();
            if (!ct.contains(u"imagePullPolicy"_s))
                ct.insert(u"imagePullPolicy"_s, ct.value(u"image"_s).toString().endsWith(u":latest"_s) || !ct.value(u"image"_s).toString().contains(u':') ? u"Always"_s : u"IfNotPresent"_s);
            if (!ct.contains(u"terminationMessagePath"_s))
                ct.insert(u"terminationMessagePath"_s, u"/dev/termination-log"_s);
            if (!ct.contains(u"terminationMessagePolicy"_s))
                ct.insert(u"terminationMessagePolicy"_s, u"File"_s);
            if (!ct.contains(u"resources"_s))
                ct.insert(u"resources"_s, QJsonObject{});
            filled.append(ct);
        }
        spec.insert(u"containers"_s, filled);
        obj.insert(u"spec"_s, spec);
        obj.insert(u"status"_s, QJsonObject{{u"phase"_s, u"Pending"_s}, {u"qosClass"_s, u"BestEffort"_s},
                                            {u"conditions"_s, QJsonArray{QJsonObject{{u"type"_s, u"PodScheduled"_s}, {u"status"_s, u"True"_s},
                                                                                     {u"lastProbeTime"_s, QJsonValue::Null},
                                                                                     {u"lastTransitionTime"_s, rfc3339(now)}}}}});
    }
    meta.insert(u"name"_s, name);
    if (c.type.namespaced)
        meta.insert(u"namespace"_s, ns);
    meta.insert(u"uid"_s, QUuid::createUuid().toString(QUuid::WithoutBraces));
    meta.insert(u"creationTimestamp"_s, rfc3339(now));
    meta.remove(u"resourceVersion"_s);
    obj.insert(u"metadata"_s, meta);
    obj.insert(u"apiVersion"_s, c.type.groupVersion());
    if (req.query.queryItemValue(u"dryRun"_s) == u"All"_s) {
        sendJson(conn, 201, obj);
        return;
    }
    const QJsonObject stored = m_model.add(c, obj);
    sendJson(conn, 201, stored);
    notifyWatchers(c);
    if (c.type.plural == u"pods"_s)
        schedulePodRunning(ns, name);
}

void ApiServer::schedulePodRunning(const QString &ns, const QString &name)
{
    QTimer::singleShot(1200, this, [this, ns, name] {
        Collection &pods = m_model.pods();
        const int index = pods.find(ns, name);
        if (index < 0)
            return;
        QJsonObject pod = m_model.objectJson(pods, pods.items[size_t(index)]);
        if (pod.value(u"metadata"_s).toObject().contains(u"deletionTimestamp"_s))
            return;
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const QJsonObject spec = pod.value(u"spec"_s).toObject();
        const int nodeIndex = m_model.nodeIndex(spec.value(u"nodeName"_s).toString());
        const NodeInfo &node = m_model.nodes.at(nodeIndex);
        const QString ip = spec.value(u"hostNetwork"_s).toBool() ? node.ip : node.podCidrPrefix + QString::number(200 + int(m_model.rv % 50));
        // Registries under the reserved .invalid/.example domains do not resolve: the pull fails.
        for (const QJsonValue &v : spec.value(u"containers"_s).toArray()) {
            const QString image = v.toObject().value(u"image"_s).toString();
            const QString registry = image.section(u'/', 0, 0).section(u':', 0, 0);
            if (!image.contains(u'/') || !(registry.endsWith(u".invalid"_s) || registry.endsWith(u".example"_s)))
                continue;
            QJsonObject status = pod.value(u"status"_s).toObject();
            status.insert(u"containerStatuses"_s, QJsonArray{QJsonObject{
                {u"name"_s, v.toObject().value(u"name"_s)}, {u"image"_s, image}, {u"imageID"_s, QString()}, {u"ready"_s, false},
                {u"restartCount"_s, 0}, {u"started"_s, false}, {u"lastState"_s, QJsonObject{}},
                {u"state"_s, QJsonObject{{u"waiting"_s, QJsonObject{{u"reason"_s, u"ErrImagePull"_s},
                                                                   {u"message"_s, u"failed to pull and unpack image \"%1\": failed to resolve reference \"%1\": failed to do request: Head \"https://%2/v2/\": dial tcp: lookup %2: no such host"_s.arg(image, registry)}}}}}}});
            status.insert(u"hostIP"_s, node.ip);
            status.insert(u"podIP"_s, ip);
            pod.insert(u"status"_s, status);
            m_model.update(pods, index, pod);
            notifyWatchers(pods);
            return;
        }
        QJsonArray statuses;
        for (const QJsonValue &v : spec.value(u"containers"_s).toArray()) {
            const QJsonObject ct = v.toObject();
            statuses.append(QJsonObject{{u"name"_s, ct.value(u"name"_s)}, {u"image"_s, ct.value(u"image"_s)},
                                        {u"imageID"_s, QString(ct.value(u"image"_s).toString().section(u':', 0, 0) + u"@sha256:"_s
                                             + QString::fromLatin1(QCryptographicHash::hash(ct.value(u"image"_s).toString().toUtf8(), QCryptographicHash::Sha256).toHex()))},
                                        {u"containerID"_s, QString(u"containerd://"_s + QString::fromLatin1(QCryptographicHash::hash(QString(name + ct.value(u"name"_s).toString()).toUtf8(), QCryptographicHash::Sha256).toHex()))},
                                        {u"ready"_s, true}, {u"restartCount"_s, 0}, {u"started"_s, true},
                                        {u"lastState"_s, QJsonObject{}},
                                        {u"state"_s, QJsonObject{{u"running"_s, QJsonObject{{u"startedAt"_s, rfc3339(now)}}}}}});
        }
        auto cond = [&](const QString &type) {
            return QJsonObject{{u"type"_s, type}, {u"status"_s, u"True"_s}, {u"lastProbeTime"_s, QJsonValue::Null}, {u"lastTransitionTime"_s, rfc3339(now)}};
        };
        QJsonObject status = pod.value(u"status"_s).toObject();
        status.insert(u"phase"_s, u"Running"_s);
        status.insert(u"conditions"_s, QJsonArray{cond(u"PodReadyToStartContainers"_s), cond(u"Initialized"_s), cond(u"Ready"_s),
                                                  cond(u"ContainersReady"_s), cond(u"PodScheduled"_s)});
        status.insert(u"containerStatuses"_s, statuses);
        status.insert(u"hostIP"_s, node.ip);
        status.insert(u"hostIPs"_s, QJsonArray{QJsonObject{{u"ip"_s, node.ip}}});
        status.insert(u"podIP"_s, ip);
        status.insert(u"podIPs"_s, QJsonArray{QJsonObject{{u"ip"_s, ip}}});
        status.insert(u"startTime"_s, rfc3339(now));
        pod.insert(u"status"_s, status);
        m_model.update(pods, index, pod);
        notifyWatchers(pods);
    });
}

void ApiServer::serveTokenRequest(HttpConnection *conn, const HttpRequest &req, const Collection &c, const QString &ns,
                                  const QString &name)
{
    if (c.find(ns, name) < 0) {
        sendStatus(conn, 404, u"NotFound"_s, u"serviceaccounts \"%1\" not found"_s.arg(name),
                   QJsonObject{{u"name"_s, name}, {u"kind"_s, u"serviceaccounts"_s}});
        return;
    }
    const QJsonObject body = QJsonDocument::fromJson(req.body).object();
    if (body.value(u"kind"_s).toString() != u"TokenRequest"_s) {
        sendStatus(conn, 400, u"BadRequest"_s, u"the object provided is unrecognized (must be of type TokenRequest)"_s);
        return;
    }
    const QJsonObject spec = body.value(u"spec"_s).toObject();
    QJsonArray audiences = spec.value(u"audiences"_s).toArray();
    if (audiences.isEmpty())
        audiences.append(u"https://kubernetes.default.svc.cluster.local"_s);
    const qint64 seconds = qBound(qint64(600), qint64(spec.value(u"expirationSeconds"_s).toDouble(3600)), qint64(86400 * 2));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDateTime expires = now.addSecs(seconds);
    const QString issuer = m_scenario.oidcIssuer;
    const QJsonObject claims{{u"aud"_s, audiences}, {u"exp"_s, expires.toSecsSinceEpoch()}, {u"iat"_s, now.toSecsSinceEpoch()},
                             {u"iss"_s, issuer}, {u"nbf"_s, now.toSecsSinceEpoch()},
                             {u"sub"_s, QString(u"system:serviceaccount:"_s + ns + u':' + name)},
                             {u"kubernetes.io"_s, QJsonObject{{u"namespace"_s, ns}, {u"serviceaccount"_s, QJsonObject{{u"name"_s, name}, {u"uid"_s, uidFor(ns + name)}}}}}};
    const auto enc = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;
    const QByteArray jwt = QByteArrayLiteral(R"({"alg":"RS256","kid":"kvdoctor-sim"})").toBase64(enc) + '.'
        + QJsonDocument(claims).toJson(QJsonDocument::Compact).toBase64(enc) + '.'
        + QUuid::createUuid().toRfc4122().toBase64(enc) + QByteArrayLiteral("c2ltdWxhdGVkLXNpZ25hdHVyZQ");
    QJsonObject out{{u"kind"_s, u"TokenRequest"_s}, {u"apiVersion"_s, u"authentication.k8s.io/v1"_s},
                    {u"metadata"_s, QJsonObject{{u"name"_s, name}, {u"namespace"_s, ns}, {u"creationTimestamp"_s, QJsonValue::Null}}},
                    {u"spec"_s, QJsonObject{{u"audiences"_s, audiences}, {u"expirationSeconds"_s, seconds}, {u"boundObjectRef"_s, QJsonValue::Null}}},
                    {u"status"_s, QJsonObject{{u"token"_s, QString::fromLatin1(jwt)}, {u"expirationTimestamp"_s, rfc3339(expires)}}}};
    sendJson(conn, 201, out);
}

void ApiServer::serveDelete(HttpConnection *conn, const HttpRequest &req, Collection &c, const QString &ns, const QString &name)
{
    const QString key = c.type.namespaced ? ns : QString();
    const int index = c.find(key, name);
    if (index < 0) {
        sendStatus(conn, 404, u"NotFound"_s, u"%1 \"%2\" not found"_s.arg(resourceRef(c.type), name), notFoundDetails(c.type, name));
        return;
    }
    int grace = 30;
    const QJsonObject options = QJsonDocument::fromJson(req.body).object();
    if (options.contains(u"gracePeriodSeconds"_s))
        grace = options.value(u"gracePeriodSeconds"_s).toInt();
    if (req.query.hasQueryItem(u"gracePeriodSeconds"_s))
        grace = req.query.queryItemValue(u"gracePeriodSeconds"_s).toInt();
    if (req.query.queryItemValue(u"dryRun"_s) == u"All"_s) {
        sendJson(conn, 200, m_model.objectJson(c, c.items[size_t(index)]));
        return;
    }
    if (c.type.plural != u"pods"_s) {
        const QJsonObject last = m_model.remove(c, index);
        sendJson(conn, 200, last);
        notifyWatchers(c);
        return;
    }
    QJsonObject pod = m_model.objectJson(c, c.items[size_t(index)]);
    QJsonObject meta = pod.value(u"metadata"_s).toObject();
    if (!meta.contains(u"deletionTimestamp"_s)) {
        meta.insert(u"deletionTimestamp"_s, rfc3339(QDateTime::currentDateTimeUtc().addSecs(grace)));
        meta.insert(u"deletionGracePeriodSeconds"_s, grace);
        pod.insert(u"metadata"_s, meta);
        pod = m_model.update(c, index, pod);
        notifyWatchers(c);
    }
    sendJson(conn, 200, pod);
    // The kubelet stops the containers quickly; the object then disappears.
    QTimer::singleShot(grace == 0 ? 0 : 800, this, [this, ns, name] {
        Collection &pods = m_model.pods();
        const int i = pods.find(ns, name);
        if (i < 0)
            return;
        m_model.remove(pods, i);
        notifyWatchers(pods);
        // The logs go with the pod (else lines appended under churn pile up forever).
        const QString logPrefix = ns + u'/' + name + u'/';
        m_extraLogLines.removeIf([&logPrefix](const auto &entry) { return entry.key().startsWith(logPrefix); });
        const QList<LogFollower *> followers = m_followers;
        for (LogFollower *f : followers) {
            if (f->ns == ns && f->pod == name)
                endFollower(f); // the container is gone: kubectl logs -f ends
        }
    });
}

void ApiServer::serveLogs(HttpConnection *conn, const HttpRequest &req, const QString &ns, const QString &name)
{
    const Collection &pods = m_model.pods();
    const int index = pods.find(ns, name);
    if (index < 0) {
        sendStatus(conn, 404, u"NotFound"_s, u"pods \"%1\" not found"_s.arg(name), QJsonObject{{u"name"_s, name}, {u"kind"_s, u"pods"_s}});
        return;
    }
    const QJsonObject pod = m_model.objectJson(pods, pods.items[size_t(index)]);
    QStringList names;
    for (const QJsonValue &v : pod.value(u"spec"_s).toObject().value(u"containers"_s).toArray())
        names.append(v.toObject().value(u"name"_s).toString());
    QString container = req.query.queryItemValue(u"container"_s);
    if (container.isEmpty()) {
        if (names.size() != 1) {
            sendStatus(conn, 400, u"BadRequest"_s, u"a container name must be specified for pod %1, choose one of: [%2]"_s.arg(name, names.join(u' ')));
            return;
        }
        container = names.first();
    }
    if (!names.contains(container)) {
        sendStatus(conn, 400, u"BadRequest"_s, u"container %1 is not valid for pod %2"_s.arg(container, name));
        return;
    }
    const bool previous = req.query.queryItemValue(u"previous"_s) == u"true"_s;
    const bool follow = req.query.queryItemValue(u"follow"_s) == u"true"_s;
    const bool timestamps = req.query.queryItemValue(u"timestamps"_s) == u"true"_s;
    const bool hasSinceSeconds = req.query.hasQueryItem(u"sinceSeconds"_s);
    const bool hasSinceTime = req.query.hasQueryItem(u"sinceTime"_s);
    if (hasSinceSeconds && hasSinceTime) {
        sendStatus(conn, 422, u"Invalid"_s, u"PodLogOptions \"%1\" is invalid: []: Forbidden: at most one of `sinceTime` or `sinceSeconds` may be specified"_s.arg(name));
        return;
    }
    QJsonObject cstatus;
    for (const QJsonValue &v : pod.value(u"status"_s).toObject().value(u"containerStatuses"_s).toArray()) {
        if (v.toObject().value(u"name"_s).toString() == container)
            cstatus = v.toObject();
    }
    const QJsonObject state = cstatus.value(u"state"_s).toObject();
    const bool hasLast = cstatus.value(u"lastState"_s).toObject().contains(u"terminated"_s);
    if (previous && !hasLast) {
        sendStatus(conn, 400, u"BadRequest"_s, u"previous terminated container \"%1\" in pod \"%2\" not found"_s.arg(container, name));
        return;
    }
    if (!previous && state.contains(u"waiting"_s) && !hasLast) {
        sendStatus(conn, 400, u"BadRequest"_s, u"container \"%1\" in pod \"%2\" is waiting to start: %3"_s
                                                   .arg(container, name, state.value(u"waiting"_s).toObject().value(u"reason"_s).toString()));
        return;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QDateTime from = QDateTime::fromMSecsSinceEpoch(0, QTimeZone::UTC);
    if (hasSinceSeconds) {
        const qint64 s = req.query.queryItemValue(u"sinceSeconds"_s).toLongLong();
        if (s <= 0) {
            sendStatus(conn, 422, u"Invalid"_s, u"PodLogOptions \"%1\" is invalid: sinceSeconds: Invalid value: %2: must be greater than 0"_s.arg(name).arg(s));
            return;
        }
        from = now.addSecs(-s);
    } else if (hasSinceTime) {
        from = QDateTime::fromString(req.query.queryItemValue(u"sinceTime"_s, QUrl::FullyDecoded), Qt::ISODateWithMs);
        if (!from.isValid()) {
            sendStatus(conn, 400, u"BadRequest"_s, u"parsing time \"%1\" as \"2006-01-02T15:04:05Z07:00\": cannot parse"_s
                                                       .arg(req.query.queryItemValue(u"sinceTime"_s)));
            return;
        }
    }
    QList<LogLine> lines = containerLogLines(m_model, m_scenario, pod, container, previous, from, now);
    const QString extraKey = ns + u'/' + name + u'/' + container;
    const QList<LogLine> extra = m_extraLogLines.value(extraKey);
    if (!previous) {
        for (const LogLine &l : extra) {
            if (l.time > from)
                lines.append(l);
        }
    }
    if (req.query.hasQueryItem(u"tailLines"_s)) {
        const qint64 tail = req.query.queryItemValue(u"tailLines"_s).toLongLong();
        if (tail >= 0 && tail < lines.size())
            lines = lines.mid(lines.size() - tail);
    }
    qint64 limitBytes = -1;
    if (req.query.hasQueryItem(u"limitBytes"_s)) {
        limitBytes = req.query.queryItemValue(u"limitBytes"_s).toLongLong();
        if (limitBytes <= 0) {
            sendStatus(conn, 422, u"Invalid"_s, u"PodLogOptions \"%1\" is invalid: limitBytes: Invalid value: %2: must be greater than 0"_s.arg(name).arg(limitBytes));
            return;
        }
    }
    QByteArray body;
    for (const LogLine &l : std::as_const(lines))
        body += (timestamps ? timestampPrefix(l.time).toLatin1() : QByteArray()) + l.text + '\n';
    if (limitBytes > 0 && body.size() > limitBytes)
        body.truncate(limitBytes);
    const HeaderList headers{{"Audit-Id", QUuid::createUuid().toByteArray(QUuid::WithoutBraces)},
                             {"Cache-Control", "no-cache, private"},
                             {"Content-Type", "text/plain"}};
    const bool running = state.contains(u"running"_s);
    if (!follow || previous || !running) {
        conn->sendResponse(200, headers, body);
        return;
    }
    conn->beginChunked(200, headers);
    conn->writeChunk(body);
    auto *f = new LogFollower;
    f->conn = conn;
    f->ns = ns;
    f->pod = name;
    f->container = container;
    f->timestamps = timestamps;
    f->bytesLeft = limitBytes > 0 ? limitBytes - body.size() : -1;
    f->last = now;
    f->extraSent = extra.size();
    f->timer = new QTimer(this);
    f->timer->setInterval(kFollowIntervalMs);
    connect(f->timer, &QTimer::timeout, this, [this, f] { pumpFollower(f); });
    f->timer->start();
    m_followers.append(f);
    if (f->bytesLeft == 0)
        endFollower(f);
}

void ApiServer::endFollower(LogFollower *f)
{
    // The connection may serve other requests afterwards: forget the stream right away.
    if (!m_followers.removeAll(f))
        return;
    f->conn->endChunked();
    f->timer->stop();
    f->timer->deleteLater();
    QTimer::singleShot(0, this, [f] { delete f; });
}

void ApiServer::pumpFollower(LogFollower *f)
{
    if (!m_followers.contains(f) || !f->conn->isStreaming())
        return;
    const Collection &pods = m_model.pods();
    const int index = pods.find(f->ns, f->pod);
    if (index < 0) {
        endFollower(f);
        return;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QJsonObject pod = m_model.objectJson(pods, pods.items[size_t(index)]);
    QList<LogLine> lines = containerLogLines(m_model, m_scenario, pod, f->container, false, f->last, now);
    f->last = now;
    const QList<LogLine> extra = m_extraLogLines.value(f->ns + u'/' + f->pod + u'/' + f->container);
    for (qsizetype i = f->extraSent; i < extra.size(); ++i)
        lines.append(extra.at(i));
    f->extraSent = extra.size();
    QByteArray out;
    for (const LogLine &l : std::as_const(lines))
        out += (f->timestamps ? timestampPrefix(l.time).toLatin1() : QByteArray()) + l.text + '\n';
    if (f->bytesLeft >= 0 && out.size() >= f->bytesLeft) {
        out.truncate(f->bytesLeft);
        f->conn->writeChunk(out);
        f->bytesLeft = 0;
        endFollower(f);
        return;
    }
    if (f->bytesLeft > 0)
        f->bytesLeft -= out.size();
    f->conn->writeChunk(out);
}

void ApiServer::serveExec(HttpConnection *conn, const HttpRequest &req, const QString &ns, const QString &name, int recordIndex,
                          const QString &user)
{
    Q_UNUSED(user);
    const Collection &pods = m_model.pods();
    const int index = pods.find(ns, name);
    if (index < 0) {
        sendStatus(conn, 404, u"NotFound"_s, u"pods \"%1\" not found"_s.arg(name), QJsonObject{{u"name"_s, name}, {u"kind"_s, u"pods"_s}});
        return;
    }
    const bool upgrade = req.header("Upgrade").toLower() == "websocket";
    if (!upgrade) {
        sendStatus(conn, 400, u"BadRequest"_s, u"Upgrade request required"_s);
        return;
    }
    const QJsonObject pod = m_model.objectJson(pods, pods.items[size_t(index)]);
    QStringList names;
    for (const QJsonValue &v : pod.value(u"spec"_s).toObject().value(u"containers"_s).toArray())
        names.append(v.toObject().value(u"name"_s).toString());
    QString container = req.query.queryItemValue(u"container"_s);
    if (container.isEmpty()) {
        if (names.size() != 1) {
            sendStatus(conn, 400, u"BadRequest"_s, u"a container name must be specified for pod %1, choose one of: [%2]"_s.arg(name, names.join(u' ')));
            return;
        }
        container = names.first();
    }
    if (!names.contains(container)) {
        sendStatus(conn, 400, u"BadRequest"_s, u"container %1 is not valid for pod %2"_s.arg(container, name));
        return;
    }
    QStringList argv;
    for (const auto &[k, v] : req.query.queryItems(QUrl::FullyDecoded)) {
        if (k == u"command"_s)
            argv.append(v);
    }
    auto flag = [&](const QString &key) {
        const QString v = req.query.queryItemValue(key);
        return v == u"true"_s || v == u"1"_s;
    };
    if (argv.isEmpty()) {
        sendStatus(conn, 400, u"BadRequest"_s, u"you must specify at least 1 command"_s);
        return;
    }
    if (!flag(u"stdin"_s) && !flag(u"stdout"_s) && !flag(u"stderr"_s)) {
        sendStatus(conn, 400, u"BadRequest"_s, u"you must specify at least 1 of stdin, stdout, stderr"_s);
        return;
    }
    bool running = false;
    for (const QJsonValue &v : pod.value(u"status"_s).toObject().value(u"containerStatuses"_s).toArray()) {
        const QJsonObject s = v.toObject();
        if (s.value(u"name"_s).toString() == container)
            running = s.value(u"state"_s).toObject().contains(u"running"_s);
    }
    if (pod.value(u"spec"_s).toObject().value(u"nodeName"_s).toString().isEmpty()) {
        sendStatus(conn, 400, u"BadRequest"_s, u"pod %1 does not have a host assigned"_s.arg(name));
        return;
    }
    if (!running) {
        sendStatus(conn, 400, u"BadRequest"_s, u"container %1 is not valid for pod %2: container is not running"_s.arg(container, name));
        return;
    }
    QStringList offered;
    for (const QByteArray &h : req.headerValues("Sec-WebSocket-Protocol")) {
        for (const QByteArray &p : h.split(','))
            offered.append(QString::fromLatin1(p.trimmed()));
    }
    QStringList supported;
    {
        QMutexLocker lock(&m_shared->mutex);
        supported = m_shared->execProtocols;
    }
    QString protocol;
    for (const QString &p : std::as_const(supported)) {
        if (offered.contains(p)) {
            protocol = p;
            break;
        }
    }
    if (protocol.isEmpty()) {
        sendStatus(conn, 400, u"BadRequest"_s, u"unable to upgrade connection: none of the requested subprotocols (%1) is supported; supported: %2"_s
                                                   .arg(offered.join(u", "_s), supported.join(u", "_s)));
        return;
    }
    const QByteArray key = req.header("Sec-WebSocket-Key");
    if (key.isEmpty() || req.header("Sec-WebSocket-Version") != "13") {
        sendStatus(conn, 400, u"BadRequest"_s, u"websocket handshake: missing Sec-WebSocket-Key or unsupported Sec-WebSocket-Version"_s);
        return;
    }
    {
        QMutexLocker lock(&m_shared->mutex);
        if (recordIndex >= 0 && recordIndex < m_shared->recorded.size()) {
            m_shared->recorded[recordIndex].execCommand = argv;
            m_shared->recorded[recordIndex].status = 101;
        }
    }
    auto *s = new ExecSession;
    s->conn = conn;
    s->recordIndex = recordIndex;
    s->ns = ns;
    s->pod = name;
    s->container = container;
    s->argv = argv;
    s->v5 = protocol == u"v5.channel.k8s.io"_s;
    s->wantsStdin = flag(u"stdin"_s);
    s->wantsStdout = flag(u"stdout"_s);
    s->wantsStderr = flag(u"stderr"_s);
    s->tty = flag(u"tty"_s);
    m_execs.append(s);
    conn->acceptWebSocket(key, protocol.toLatin1());
    // An empty first frame marks the streams as ready.
    conn->sendWebSocketBinary(QByteArray(1, char(s->wantsStdout ? 1 : (s->wantsStderr ? 2 : 3))));
    s->quiet = new QTimer(this);
    s->quiet->setSingleShot(true);
    s->quiet->setInterval(400);
    connect(s->quiet, &QTimer::timeout, this, [this, s] { runExec(s); });
    connect(conn, &HttpConnection::webSocketMessage, s->quiet, [this, s](const QByteArray &payload, bool binary) {
        if (!binary || payload.isEmpty() || s->done)
            return;
        const quint8 channel = quint8(payload.at(0));
        if (channel == 0) {
            s->stdinData += payload.mid(1);
            {
                QMutexLocker lock(&m_shared->mutex);
                if (s->recordIndex >= 0 && s->recordIndex < m_shared->recorded.size())
                    m_shared->recorded[s->recordIndex].execStdin = s->stdinData;
            }
            if (!s->v5)
                s->quiet->start(); // v4 cannot signal EOF: run after a quiet period
        } else if (channel == 255 && s->v5 && payload.size() >= 2 && quint8(payload.at(1)) == 0) {
            s->stdinClosed = true;
            runExec(s);
        }
    });
    if (!s->wantsStdin || !execReadsStdin(argv))
        runExec(s);
}

void ApiServer::runExec(ExecSession *s)
{
    if (s->done)
        return;
    s->done = true;
    const Collection &pods = m_model.pods();
    const int index = pods.find(s->ns, s->pod);
    const QJsonObject pod = index >= 0 ? m_model.objectJson(pods, pods.items[size_t(index)]) : QJsonObject();
    const ExecResult r = simulateExec(m_model, m_scenario, pod, s->container, s->argv, s->stdinData);
    auto send = [&](quint8 channel, const QByteArray &data) {
        for (qsizetype pos = 0; pos < data.size(); pos += 32 * 1024)
            s->conn->sendWebSocketBinary(char(channel) + data.mid(pos, 32 * 1024));
    };
    if (s->wantsStdout)
        send(1, r.out);
    if (s->tty && s->wantsStdout)
        send(1, r.err);
    else if (s->wantsStderr)
        send(2, r.err);
    QJsonObject status;
    if (!r.failure.isEmpty()) {
        status = QJsonObject{{u"metadata"_s, QJsonObject{}}, {u"status"_s, u"Failure"_s},
                             {u"message"_s, u"Internal error occurred: error executing command in container: failed to exec in container: failed to start exec \"%1\": %2"_s
                                                .arg(QString::fromLatin1(QCryptographicHash::hash(s->pod.toUtf8(), QCryptographicHash::Sha256).toHex()), r.failure)},
                             {u"reason"_s, u"InternalError"_s},
                             {u"details"_s, QJsonObject{{u"causes"_s, QJsonArray{QJsonObject{{u"message"_s, r.failure}}}}}},
                             {u"code"_s, 500}};
    } else if (r.exitCode != 0) {
        status = QJsonObject{{u"metadata"_s, QJsonObject{}}, {u"status"_s, u"Failure"_s},
                             {u"message"_s, u"command terminated with non-zero exit code: error executing command [%1], exit code %2"_s
                                                .arg(s->argv.join(u' ')).arg(r.exitCode)},
                             {u"reason"_s, u"NonZeroExitCode"_s},
                             {u"details"_s, QJsonObject{{u"causes"_s, QJsonArray{QJsonObject{{u"reason"_s, u"ExitCode"_s},
                                                                                             {u"message"_s, QString::number(r.exitCode)}}}}}}};
    } else {
        status = QJsonObject{{u"metadata"_s, QJsonObject{}}, {u"status"_s, u"Success"_s}};
    }
    send(3, toJson(status));
    s->conn->closeWebSocket(1000);
}

void ApiServer::serveAccessReview(HttpConnection *conn, const HttpRequest &req, const QString &user)
{
    const QJsonObject body = QJsonDocument::fromJson(req.body).object();
    const QString path = req.path;
    if (path.endsWith(u"selfsubjectrulesreviews"_s)) {
        const QString ns = body.value(u"spec"_s).toObject().value(u"namespace"_s).toString();
        const bool admin = user != kTokenUser;
        QJsonArray rules;
        if (admin) {
            rules.append(QJsonObject{{u"verbs"_s, QJsonArray{u"*"_s}}, {u"apiGroups"_s, QJsonArray{u"*"_s}}, {u"resources"_s, QJsonArray{u"*"_s}}});
        } else {
            rules.append(QJsonObject{{u"verbs"_s, QJsonArray{u"get"_s, u"list"_s, u"watch"_s}}, {u"apiGroups"_s, QJsonArray{u"*"_s}},
                                     {u"resources"_s, QJsonArray{u"pods"_s, u"pods/log"_s, u"nodes"_s, u"events"_s, u"daemonsets"_s,
                                                                 u"secretproviderclasses"_s, u"secretproviderclasspodstatuses"_s, u"csidrivers"_s}}});
            rules.append(QJsonObject{{u"verbs"_s, QJsonArray{u"create"_s, u"delete"_s}}, {u"apiGroups"_s, QJsonArray{QString()}},
                                     {u"resources"_s, QJsonArray{u"pods"_s}}});
        }
        QJsonObject out = body;
        out.insert(u"kind"_s, u"SelfSubjectRulesReview"_s);
        out.insert(u"apiVersion"_s, u"authorization.k8s.io/v1"_s);
        out.insert(u"metadata"_s, QJsonObject{{u"creationTimestamp"_s, QJsonValue::Null}});
        out.insert(u"status"_s, QJsonObject{{u"resourceRules"_s, rules},
                                            {u"nonResourceRules"_s, QJsonArray{QJsonObject{{u"verbs"_s, QJsonArray{u"get"_s}},
                                                                                           {u"nonResourceURLs"_s, QJsonArray{u"/api"_s, u"/api/*"_s, u"/apis"_s, u"/apis/*"_s, u"/version"_s}}}}},
                                            {u"incomplete"_s, false}});
        Q_UNUSED(ns);
        sendJson(conn, 201, out);
        return;
    }
    if (body.value(u"kind"_s).toString() != u"SelfSubjectAccessReview"_s && !body.contains(u"spec"_s)) {
        sendStatus(conn, 400, u"BadRequest"_s, u"the object provided is unrecognized (must be of type SelfSubjectAccessReview)"_s);
        return;
    }
    const QJsonObject spec = body.value(u"spec"_s).toObject();
    const QJsonObject ra = spec.value(u"resourceAttributes"_s).toObject();
    bool ok;
    QString reason;
    if (!ra.isEmpty()) {
        ok = allowed(user, ra.value(u"verb"_s).toString(), ra.value(u"group"_s).toString(), ra.value(u"resource"_s).toString(),
                     ra.value(u"subresource"_s).toString(), ra.value(u"namespace"_s).toString());
        reason = ok ? (user == kTokenUser ? u"RBAC: allowed by RoleBinding \"kvdoctor-support/kvdoctor\" of ClusterRole \"kvdoctor-support\" to User \"kvdoctor-sim-user\""_s
                                          : u"RBAC: allowed by ClusterRoleBinding \"cluster-admin\" of ClusterRole \"cluster-admin\" to Group \"system:masters\""_s)
                    : QString();
    } else {
        ok = true;
        reason = u"RBAC: allowed by ClusterRoleBinding \"system:discovery\" of ClusterRole \"system:discovery\" to Group \"system:authenticated\""_s;
    }
    QJsonObject out{{u"kind"_s, u"SelfSubjectAccessReview"_s}, {u"apiVersion"_s, u"authorization.k8s.io/v1"_s},
                    {u"metadata"_s, QJsonObject{{u"creationTimestamp"_s, QJsonValue::Null}}}, {u"spec"_s, spec}};
    QJsonObject status{{u"allowed"_s, ok}};
    if (!reason.isEmpty())
        status.insert(u"reason"_s, reason);
    out.insert(u"status"_s, status);
    sendJson(conn, 201, out);
}

} // namespace kvd::sim
