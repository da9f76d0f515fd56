// SPDX-License-Identifier: MIT
#pragma once

// The simulated API server: lives in SimulatedCluster's worker thread, owns the TLS listener,
// the cluster model and every open stream (watch, log follow, exec).

#include "sim/clustermodel.h"
#include "sim/containerlogs.h"
#include "sim/httpconnection.h"
#include "sim/scenario.h"
#include "sim/simulatedcluster.h"

#include <QHash>
#include <QMutex>
#include <QObject>
#include <QSet>

class QSslServer;
class QTimer;

namespace kvd::sim {

// State shared between the caller's thread and the server thread.
struct SharedState
{
    mutable QMutex mutex;
    QList<RecordedRequest> recorded;
    bool recording = true;
    QHash<QString, QString> tokens; // bearer token -> user
    QList<FaultSpec> faults;
    bool wrongHostCertificate = false; // set before start
    QStringList execProtocols{QStringLiteral("v5.channel.k8s.io"), QStringLiteral("v4.channel.k8s.io")};
};

class LabelSelector;
class FieldSelector;
struct Watcher;
struct LogFollower;
struct ExecSession;

class ApiServer : public QObject
{
    Q_OBJECT

public:
    ApiServer(std::shared_ptr<SharedState> shared, QObject *parent = nullptr);
    ~ApiServer() override;

    // Called in the server thread.
    bool start(const kvd::sim::SimulatorOptions &options, QString *error, quint16 *port);
    void shutdown();
    void compact();
    void dropConnections();
    void appendLogLine(const QString &ns, const QString &pod, const QString &container, const QByteArray &line);
    int objectCount(const QString &group, const QString &plural) const;
    bool addObject(const QString &group, const QString &plural, const QJsonObject &object);

private:
    void onNewConnection();
    void handleRequest(HttpConnection *conn, const HttpRequest &req);
    void route(HttpConnection *conn, const HttpRequest &req, int recordIndex, const QString &user);
    void sendInjectedStatus(HttpConnection *conn, const FaultSpec &fault);
    int record(const HttpRequest &req);
    void setRecordedStatus(int index, int status, const QString &user);
    QString authenticate(HttpConnection *conn, const HttpRequest &req) const;
    bool allowed(const QString &user, const QString &verb, const QString &group, const QString &resource,
                 const QString &subresource, const QString &ns) const;

    void sendJson(HttpConnection *conn, int status, const QJsonObject &body, const HeaderList &extra = {});
    void sendStatus(HttpConnection *conn, int code, const QString &reason, const QString &message,
                    const QJsonObject &details = {}, const HeaderList &extra = {});
    void sendForbidden(HttpConnection *conn, const QString &user, const QString &verb, const QString &group,
                       const QString &resource, const QString &subresource, const QString &ns, const QString &name);

    void serveDiscovery(HttpConnection *conn, const QStringList &segments);
    void serveList(HttpConnection *conn, const HttpRequest &req, const Collection &c, const QString &ns);
    void serveWatch(HttpConnection *conn, const HttpRequest &req, Collection &c, const QString &ns, const QString &name);
    void serveGet(HttpConnection *conn, const HttpRequest &req, const Collection &c, const QString &ns, const QString &name);
    void serveCreate(HttpConnection *conn, const HttpRequest &req, Collection &c, const QString &ns);
    void serveDelete(HttpConnection *conn, const HttpRequest &req, Collection &c, const QString &ns, const QString &name);
    void serveTokenRequest(HttpConnection *conn, const HttpRequest &req, const Collection &c, const QString &ns, const QString &name);
    void serveLogs(HttpConnection *conn, const HttpRequest &req, const QString &ns, const QString &name);
    void serveExec(HttpConnection *conn, const HttpRequest &req, const QString &ns, const QString &name, int recordIndex,
                   const QString &user);
    void serveAccessReview(HttpConnection *conn, const HttpRequest &req, const QString &user);

    bool parseSelectors(HttpConnection *conn, const HttpRequest &req, const Collection &c, LabelSelector *labels,
                        FieldSelector *fields);
    void notifyWatchers(Collection &c);
    void pumpWatcher(Watcher *w);
    void finishWatcher(Watcher *w);
    void pumpFollower(LogFollower *f);
    void endFollower(LogFollower *f);
    void runExec(ExecSession *s);
    void schedulePodRunning(const QString &ns, const QString &name);

    std::shared_ptr<SharedState> m_shared;
    QSslServer *m_server = nullptr;
    ClusterModel m_model;
    Scenario m_scenario;
    QSet<HttpConnection *> m_connections;
    QList<Watcher *> m_watchers;
    QList<LogFollower *> m_followers;
    QList<ExecSession *> m_execs;
    QHash<QString, QList<LogLine>> m_extraLogLines; // ns/pod/container -> appended lines
    QTimer *m_tickTimer = nullptr;
    QTimer *m_compactTimer = nullptr;
    quint64 m_lastCompactionRv = 0;
};

} // namespace kvd::sim
