// SPDX-License-Identifier: MIT
#pragma once

// A simulated AKS cluster: a real Kubernetes API server on 127.0.0.1 over TLS, with realistic
// contents per scenario (healthy, nmi-404, keyvault-403, ...). It serves from its own thread,
// so a busy server never blocks the caller. The certificates are demo-only (resources/sim/).

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QJsonObject>
#include <QObject>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <memory>

class QThread;

namespace kvd::sim {

struct SimulatorOptions
{
    QString scenario = QStringLiteral("healthy");
    int nodes = 0;    // 0 = the scenario's default
    int pods = 0;     // 0 = the scenario's default
    quint16 port = 0; // 0 = any free port
};

// What the server received, for tests. Headers are kept raw (Authorization included) so tests
// can check where a credential was sent; never print these.
struct RecordedRequest
{
    QByteArray method;
    QByteArray target; // path + query, as sent
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    QString user;      // authenticated user, empty when rejected
    int status = 0;    // HTTP status answered (101 for an accepted exec upgrade)
    QStringList execCommand;
    QByteArray execStdin; // everything received on the exec stdin channel
    QDateTime time;

    QByteArray header(const QByteArray &name) const;
};

class ApiServer;
struct SharedState;

class SimulatedCluster : public QObject
{
    Q_OBJECT

public:
    explicit SimulatedCluster(QObject *parent = nullptr);
    ~SimulatedCluster() override;

    static QStringList scenarioNames();
    static QString scenarioDescription(const QString &name);

    bool start(const SimulatorOptions &options, QString *error);
    void stop();
    bool isRunning() const;

    QUrl url() const; // https://127.0.0.1:PORT
    // contexts "kvdoctor-sim" (client certificate user, current) and "kvdoctor-sim-token" (bearer
    // token user); CA and client certificate/key inline as *-data.
    QByteArray kubeconfigYaml() const;
    bool writeKubeconfig(const QString &path, QString *error) const;

    QList<RecordedRequest> recordedRequests() const;
    void clearRecordedRequests();

    // Demo credentials (the token is printed nowhere; tests use it directly).
    static QByteArray caCertificatePem();
    static QByteArray clientCertificatePem();
    static QByteArray clientKeyPem();
    static QString bearerToken();      // user "kvdoctor-sim-user": read-only plus pods, no exec
    static QString adminUser();        // "kvdoctor-admin" (client certificate, system:masters)
    static QString tokenUser();

    // --- Test hooks (thread-safe) ---
    // Accept another bearer token (e.g. one an exec plugin prints) for `user`; remove it again.
    void addBearerToken(const QString &token, const QString &user);
    void removeBearerToken(const QString &token);
    // The next `count` requests whose path starts with `pathPrefix` get `httpStatus` as a Status
    // (429/503 carry Retry-After: `retryAfterSeconds`).
    void injectFailure(int httpStatus, int count = 1, const QString &pathPrefix = QString(), int retryAfterSeconds = 1);
    // Simulates etcd compaction: every continue token and older resourceVersion expires (410).
    void compact();
    // Abruptly closes every open connection (watch resume tests).
    void dropConnections();
    // Offer only these exec subprotocols (default v5.channel.k8s.io, v4.channel.k8s.io).
    void setExecProtocols(const QStringList &protocols);
    // Appends a line to a container's log now (follow streams receive it).
    void appendLogLine(const QString &ns, const QString &pod, const QString &container, const QByteArray &line);
    // Number of objects of a resource (group "" for core), e.g. ("", "pods").
    int objectCount(const QString &group, const QString &plural) const;
    // Stores an object as a create would (resourceVersion bumped, watchers notified), e.g. an
    // Event a test wants the client to see. False when the resource is unknown.
    bool addObject(const QString &group, const QString &plural, const QJsonObject &object);

private:
    QThread *m_thread = nullptr;
    ApiServer *m_server = nullptr;
    std::shared_ptr<SharedState> m_shared;
    QUrl m_url;
};

} // namespace kvd::sim
