// SPDX-License-Identifier: MIT
#pragma once

#include "core/kubeconfig.h"
#include "core/kubeobjects.h"
#include "kube/kubestatus.h"
#include "kube/listparser.h"
#include "kube/proxyrules.h"
#include "kube/tlsconfig.h"

#include <QJsonObject>
#include <QNetworkProxy>
#include <QNetworkRequest>
#include <QObject>
#include <QPointer>
#include <QSslError>
#include <QUrlQuery>

#include <functional>
#include <optional>

class QNetworkAccessManager;
class QNetworkReply;
class QTimer;

namespace kvd {

class ExecCredentialProvider;
class KubeClient;
class KubeListJob;
class KubeWatch;
class KubeLogStream;
class KubeExec;
class KubeRequest;

// Base of every asynchronous operation. A job starts on its own once control returns to the
// event loop (connect its signals right after creating it) and ends with exactly one of
// finished() or failed(), unless cancel() was called first: a cancelled job emits nothing more.
// Jobs delete themselves after ending (setAutoDelete(false) to keep one for inspection).
class KubeJob : public QObject
{
    Q_OBJECT
public:
    enum class State { Pending, Running, Finished, Failed, Canceled };

    State state() const { return m_state; }
    bool isDone() const { return m_state == State::Finished || m_state == State::Failed || m_state == State::Canceled; }
    const KubeError &error() const { return m_error; }
    void setAutoDelete(bool autoDelete) { m_autoDelete = autoDelete; }
    bool autoDelete() const { return m_autoDelete; }

public Q_SLOTS:
    void cancel();

Q_SIGNALS:
    void finished();
    void failed(const kvd::KubeError &error);

protected:
    explicit KubeJob(KubeClient *client);
    virtual void start() = 0;
    virtual void abort() {}
    void emitFinished();
    void emitFailed(const KubeError &error);
    KubeClient *client() const { return m_client; }

private:
    QPointer<KubeClient> m_client;
    State m_state = State::Pending;
    KubeError m_error;
    bool m_autoDelete = true;
};

// Holds the current job of one purpose ("latest request wins"): setting a new job cancels the
// previous one, so stale results never arrive.
class KubeJobSlot
{
public:
    template<typename Job>
    Job *set(Job *job)
    {
        if (m_job && m_job != job && !m_job->isDone())
            m_job->cancel();
        m_job = job;
        return job;
    }
    KubeJob *current() const { return m_job; }
    void cancel()
    {
        if (m_job && !m_job->isDone())
            m_job->cancel();
        m_job = nullptr;
    }

private:
    QPointer<KubeJob> m_job;
};

// One HTTP exchange with authentication, the 401 re-authentication and bounded Retry-After
// retries; the building block of the jobs (not a job itself).
class KubeHttpCall : public QObject
{
    Q_OBJECT
public:
    struct Spec
    {
        QByteArray method = "GET";
        QUrl url;
        QByteArray body;
        QByteArray contentType;
        QByteArray accept;
        bool streaming = false; // watch, log follow: no request timeout, data() as it arrives
        QList<QPair<QByteArray, QByteArray>> headers; // extra request headers
        // A connection of its own (watches, followed logs): long-lived streams must not take
        // the 6 HTTP/1.1 connections per host that every other request shares.
        bool dedicatedConnection = false;
    };
    KubeHttpCall(KubeClient *client, const Spec &spec, QObject *parent);
    ~KubeHttpCall() override;

    void start();
    void abort();
    int httpStatus() const { return m_status; }
    const QByteArray &body() const { return m_body; }
    QByteArray takeBody() { return std::exchange(m_body, {}); }
    const Spec &spec() const { return m_spec; }

Q_SIGNALS:
    void responseStarted(int httpStatus); // streaming: a 2xx status arrived
    void data(const QByteArray &chunk);  // streaming only
    void succeeded();                    // body() complete; streaming: clean end of stream
    void failed(const kvd::KubeError &error);
    void retrying(int attempt, int delayMs, const kvd::KubeError &reason);

private:
    void send();
    void onMetaData();
    void onReadyRead();
    void onFinished();
    void fail(const KubeError &error);

    QPointer<KubeClient> m_client;
    Spec m_spec;
    QPointer<QNetworkReply> m_reply;
    QNetworkAccessManager *m_ownNam = nullptr;
    QTimer *m_connectTimer = nullptr;
    QList<QSslError> m_sslErrors;
    QByteArray m_body;
    int m_status = 0;
    int m_generation = -1;
    int m_attempts = 0;
    bool m_retried401 = false;
    bool m_retriedReset = false;
    bool m_streamOpen = false;
    bool m_timedOut = false;
    bool m_aborted = false;
};

// A plain request: the whole body is read, then finished() or failed().
class KubeRequest : public KubeJob
{
    Q_OBJECT
public:
    KubeRequest(KubeClient *client, const KubeHttpCall::Spec &spec);
    int httpStatus() const { return m_status; }
    const QByteArray &body() const { return m_body; }
    // The body as a JSON object (empty when it is not one).
    QJsonObject json() const;

Q_SIGNALS:
    void retrying(int attempt, int delayMs, const kvd::KubeError &reason);

protected:
    void start() override;
    void abort() override;

private:
    KubeHttpCall *m_call = nullptr;
    QByteArray m_body;
    int m_status = 0;
};

struct KubeVersion
{
    int major = 0;
    int minor = 0;          // leading digits of "minor" ("30+" → 30)
    QString gitVersion;     // v1.30.3
    QString platform;
};
std::optional<KubeVersion> parseKubeVersion(const QJsonObject &object);

// spec.resourceAttributes of a SelfSubjectAccessReview.
struct ResourceAttributes
{
    QString verb;
    QString group;
    QString resource;
    QString subresource;
    QString namespaceName;
    QString name;
};
struct AccessReviewResult
{
    bool allowed = false;
    bool denied = false;
    QString reason;
    QString evaluationError;
};
AccessReviewResult parseAccessReview(const QJsonObject &object);

struct ListOptions
{
    QString path;            // e.g. /api/v1/pods, /api/v1/namespaces/NS/pods
    QString labelSelector;
    QString fieldSelector;
    int limit = 500;         // 0: no pagination
    ListItemKind itemKind = ListItemKind::Raw;
    ListParseOptions parseOptions;
    bool metadataOnly = false; // ask for PartialObjectMetadataList (use with ListItemKind::Metadata)
    bool accumulate = true;    // keep every page in result(); off when only pageReceived() is used
};

struct WatchOptions
{
    QString path;
    QString labelSelector;
    QString fieldSelector;
    QString resourceVersion;   // from the list; empty: start now
    bool allowBookmarks = true;
    int timeoutSeconds = 0;    // 0: the server's default
    int initialReconnectDelayMs = 500;
    int maxReconnectDelayMs = 30000;
    int maxReconnectAttempts = -1; // consecutive failed attempts; -1: unlimited
};

struct LogOptions
{
    QString namespaceName;
    QString pod;
    QString container;
    std::optional<qint64> sinceSeconds;
    QDateTime sinceTime;       // only one of sinceSeconds/sinceTime
    std::optional<qint64> tailLines;
    bool timestamps = false;
    bool previous = false;
    bool follow = false;
    std::optional<qint64> limitBytes;
};

struct ExecOptions
{
    QString namespaceName;
    QString pod;
    QString container;
    QStringList command;   // argv, sent as repeated command= query items; never put secrets here
    bool stdinEnabled = false;
    bool stdoutEnabled = true;
    bool stderrEnabled = true;
    bool tty = false;
    QStringList protocols = {QStringLiteral("v5.channel.k8s.io"), QStringLiteral("v4.channel.k8s.io")};
};

// The client for one resolved kubeconfig context. Owns one QNetworkAccessManager; TLS, proxy,
// credentials and headers follow client-go (see ../shared/reference/kubernetes-api.md).
class KubeClient : public QObject
{
    Q_OBJECT
public:
    explicit KubeClient(const ResolvedContext &context, QObject *parent = nullptr);
    ~KubeClient() override;

    // False when the context cannot be used (bad certificate file, bad proxy, ...);
    // setupError() says why. Jobs created on an invalid client fail with that message.
    bool isValid() const { return m_setupError.isEmpty(); }
    QString setupError() const { return m_setupError; }
    QStringList warnings() const { return m_warnings; }
    const ResolvedContext &context() const { return m_context; }
    QUrl baseUrl() const { return m_baseUrl; }
    QString defaultNamespace() const { return m_context.context.effectiveNamespace(); }
    ExecCredentialProvider *execProvider() const { return m_exec; }

    // Settings; defaults follow kubectl where it has one.
    void setProxyEnvironment(const ProxyEnvironment &environment); // default: the process environment
    QNetworkProxy proxy() const { return m_proxy; }
    void setRequestTimeout(int milliseconds) { m_requestTimeoutMs = milliseconds; }  // default 60 s
    int requestTimeout() const { return m_requestTimeoutMs; }
    void setConnectTimeout(int milliseconds) { m_connectTimeoutMs = milliseconds; }  // default 30 s
    int connectTimeout() const { return m_connectTimeoutMs; }
    void setMaxRetries(int retries) { m_maxRetries = retries; }                     // 429/5xx GETs, default 3
    int maxRetries() const { return m_maxRetries; }
    void setMaxRetryDelay(int milliseconds) { m_maxRetryDelayMs = milliseconds; }   // cap on Retry-After, 30 s
    int maxRetryDelay() const { return m_maxRetryDelayMs; }
    void setTokenFileRefreshInterval(int milliseconds) { m_tokenFileRefreshMs = milliseconds; } // 60 s
    void setHttp2Enabled(bool enabled) { m_http2 = enabled; } // off: HTTP/1.1 everywhere (default)

    QUrl url(const QString &path, const QUrlQuery &query = {}) const;

    KubeRequest *get(const QString &path, const QUrlQuery &query = {}, const QByteArray &accept = {});
    KubeRequest *create(const QString &path, const QJsonObject &object, const QUrlQuery &query = {});
    KubeRequest *remove(const QString &path, const QJsonObject &deleteOptions = {}, const QUrlQuery &query = {});
    KubeRequest *send(const QByteArray &method, const QString &path, const QUrlQuery &query, const QByteArray &body,
                      const QByteArray &contentType, const QByteArray &accept = {});
    KubeRequest *version();                                // GET /version
    KubeRequest *discovery(const QString &groupVersion = {}); // /api, /apis or /apis/<group>/<version> ("v1": /api/v1)
    KubeRequest *accessReview(const ResourceAttributes &attributes); // SelfSubjectAccessReview
    KubeListJob *list(const ListOptions &options);
    // core/v1 events about one object (kind, name and, when known, uid).
    KubeListJob *events(const QString &namespaceName, const KubeObjectReference &involvedObject);
    KubeWatch *watch(const WatchOptions &options);
    KubeLogStream *logs(const LogOptions &options);
    KubeExec *exec(const ExecOptions &options);

    // --- used by the jobs ---
    // Makes sure credentials are ready (runs the exec plugin when needed), then calls done on
    // receiver's thread; not at all if receiver is destroyed first.
    void acquireCredentials(QObject *receiver, std::function<void(const KubeError &)> done);
    int credentialGeneration() const;
    // A 401 came back for a request sent with credentials of `generation`: forget them.
    // Returns true when sending again with fresh credentials can help.
    bool handleUnauthorized(int generation);
    QNetworkRequest networkRequest(const QUrl &url, const QByteArray &accept, bool streaming) const;
    QSslConfiguration sslConfiguration() const;
    QString peerVerifyName() const { return m_tls.peerVerifyName; }
    QNetworkAccessManager *networkAccessManager() const { return m_nam; }
    // A new manager with the client's proxy and policies, owned by `parent`.
    QNetworkAccessManager *createNetworkAccessManager(QObject *parent) const;
    ErrorContext errorContext(const QByteArray &method, const QUrl &url) const;
    KubeError transportError(QNetworkReply *reply, const QList<QSslError> &sslErrors, bool timedOut) const;
    KubeError sslError(const QList<QSslError> &errors, const QString &fallback) const;
    bool credentialsOverTls() const;
    void reportWarningHeader(const QByteArray &value);

Q_SIGNALS:
    void warningReceived(const QString &warning);  // "Warning: 299 - ..." response headers
    void execPluginOutput(const QString &line);     // the credential plugin's stderr, live
    void credentialsRefreshed();

private:
    QString bearerToken() const;
    void refreshTokenFile(bool force) const;

    ResolvedContext m_context;
    QUrl m_baseUrl;
    TlsSetup m_tls;
    QString m_setupError;
    QStringList m_warnings;
    QNetworkAccessManager *m_nam = nullptr;
    QNetworkProxy m_proxy;
    ExecCredentialProvider *m_exec = nullptr;
    QByteArray m_execCertificate;
    mutable QString m_fileToken;
    mutable QDateTime m_fileTokenRead;
    mutable int m_tokenFileGeneration = 0;
    int m_requestTimeoutMs = 60000;
    int m_connectTimeoutMs = 30000;
    int m_maxRetries = 3;
    int m_maxRetryDelayMs = 30000;
    int m_tokenFileRefreshMs = 60000;
    bool m_http2 = false;
    QSet<QString> m_seenWarnings;
};

// Matches a host name against a certificate's DNS names (and CN when there are none), with
// single-label wildcards; used for tls-server-name where Qt cannot set the verify name.
bool certificateMatchesHostName(const QSslCertificate &certificate, const QString &hostName);

} // namespace kvd
