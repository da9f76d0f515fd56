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

// One injected fault (see SimulatedCluster::parseFaults for the --faults syntax).
struct FaultSpec
{
    enum class Kind {
        Status,           // a Status body with httpStatus (429/503 carry Retry-After)
        Html,             // an HTML error page as a proxy or gateway sends it (text/html)
        Slow,             // delayMs before the response headers, then the normal answer
        ResetMidBody,     // headers and part of the body (list, watch, log follow, exec), then a reset
        TruncatedBody,    // full Content-Length announced, half the body, then a clean close
        TruncatedChunked, // chunked, half the body, then a clean close without the last chunk
        MalformedJson,    // 200 with a body that is not valid JSON (a watch: a garbage line)
    };
    Kind kind = Kind::Status;
    int httpStatus = 500;
    int count = 1;         // requests affected; -1: every matching request
    QString pathPrefix;    // empty: every path
    int retryAfterSeconds = 1;
    int delayMs = 0;
};

// Faults for a whole run (kvdoctor-cli simulate --faults), set before start().
struct FaultPlan
{
    QList<FaultSpec> faults;
    // Serve a certificate for wrong-host.example.com (from a CA the kubeconfig also trusts),
    // so TLS verification fails on the host name alone.
    bool wrongHostCertificate = false;
};

struct SimulatorOptions
{
    QString scenario = QStringLiteral("healthy");
    int nodes = 0;    // 0 = the scenario's default
    int pods = 0;     // 0 = the scenario's default
    quint16 port = 0; // 0 = any free port
    int watchHistory = 0; // watch events kept per resource (etcd's window); 0 = the default, 5000
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
    // Parses a --faults SPEC (adding to *plan): comma-separated items
    //   status:CODE[:RETRY_AFTER][:PREFIX]  html:CODE[:PREFIX]  slow:MS[:PREFIX]
    //   reset-mid-body[:PREFIX]  truncated[:PREFIX]  truncated-chunked[:PREFIX]
    //   malformed-json[:PREFIX]  tls-mismatch
    // each optionally followed by @N (affect N requests, default 1) or @always.
    // False with *error naming the bad item.
    static bool parseFaults(const QString &spec, FaultPlan *plan, QString *error);
    // Takes effect at the next start() (the certificate is chosen then).
    void setFaultPlan(const FaultPlan &plan) { m_plan = plan; }
    static QString faultSyntaxHelp();
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
    // Off: requests are no longer recorded (long runs such as the soak benchmark; on by default).
    void setRecordingEnabled(bool enabled);

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
    // Any fault kind (reset mid-body, slow, HTML page, truncated or malformed body, ...).
    void injectFault(const FaultSpec &fault);
    void clearFaults();
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
    FaultPlan m_plan;
    bool m_wrongHost = false;
};

} // namespace kvd::sim
