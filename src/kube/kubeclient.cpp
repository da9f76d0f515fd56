// SPDX-License-Identifier: MIT
#include "kube/kubeclient.h"

#include "core/version.h"
#include "kube/execcredential.h"
#include "kube/kubeexec.h"
#include "kube/kubelist.h"
#include "kube/kubetr.h"
#include "kube/kubewatch.h"

#include <QFile>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSslCertificateExtension>
#include <QSslKey>
#include <QTimer>

namespace kvd {

// ---------------------------------------------------------------------------------------------
// KubeJob

KubeJob::KubeJob(KubeClient *client) : QObject(client), m_client(client)
{
    qRegisterMetaType<kvd::KubeError>();
    QMetaObject::invokeMethod(
        this,
        [this] {
            if (m_state != State::Pending)
                return;
            m_state = State::Running;
            if (!m_client) {
                emitFailed(KubeError::make(KubeError::Kind::Config, KubeTr::tr("The connection was closed.")));
                return;
            }
            if (!m_client->isValid()) {
                emitFailed(KubeError::make(KubeError::Kind::Config, m_client->setupError()));
                return;
            }
            start();
        },
        Qt::QueuedConnection);
}

void KubeJob::cancel()
{
    if (isDone())
        return;
    const bool wasRunning = m_state == State::Running;
    m_state = State::Canceled;
    if (wasRunning)
        abort();
    if (m_autoDelete)
        deleteLater();
}

void KubeJob::emitFinished()
{
    if (isDone())
        return;
    m_state = State::Finished;
    Q_EMIT finished();
    if (m_autoDelete)
        deleteLater();
}

void KubeJob::emitFailed(const KubeError &error)
{
    if (isDone())
        return;
    m_state = State::Failed;
    m_error = error;
    Q_EMIT failed(error);
    if (m_autoDelete)
        deleteLater();
}

// ---------------------------------------------------------------------------------------------
// KubeHttpCall

KubeHttpCall::KubeHttpCall(KubeClient *client, const Spec &spec, QObject *parent)
    : QObject(parent), m_client(client), m_spec(spec)
{
    m_connectTimer = new QTimer(this);
    m_connectTimer->setSingleShot(true);
    connect(m_connectTimer, &QTimer::timeout, this, [this] {
        // No response headers in time: the connection or the TLS handshake hangs.
        if (m_reply && m_status == 0) {
            m_timedOut = true;
            m_reply->abort();
        }
    });
}

KubeHttpCall::~KubeHttpCall()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void KubeHttpCall::start()
{
    if (!m_client || m_aborted)
        return;
    m_client->acquireCredentials(this, [this](const KubeError &error) {
        if (m_aborted)
            return;
        if (error.isError())
            fail(error);
        else
            send();
    });
}

void KubeHttpCall::abort()
{
    m_aborted = true;
    m_connectTimer->stop();
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
        m_reply = nullptr;
    }
}

void KubeHttpCall::send()
{
    if (!m_client)
        return;
    ++m_attempts;
    m_status = 0;
    m_body.clear();
    m_sslErrors.clear();
    m_streamOpen = false;
    m_timedOut = false;
    m_generation = m_client->credentialGeneration();
    // Only the long-lived streams (watch, followed logs) go without a transfer timeout; a
    // plain log download still fails when the server stops sending.
    QNetworkRequest request = m_client->networkRequest(m_spec.url, m_spec.accept, m_spec.dedicatedConnection);
    if (!m_spec.contentType.isEmpty())
        request.setRawHeader("Content-Type", m_spec.contentType);
    for (const auto &[name, value] : std::as_const(m_spec.headers))
        request.setRawHeader(name, value);
    QNetworkAccessManager *nam = m_client->networkAccessManager();
    if (m_spec.dedicatedConnection) {
        if (!m_ownNam)
            m_ownNam = m_client->createNetworkAccessManager(this);
        nam = m_ownNam;
    }
    QNetworkReply *reply = nullptr;
    if (m_spec.method == "GET")
        reply = nam->get(request);
    else if (m_spec.body.isEmpty() && m_spec.method == "DELETE")
        reply = nam->deleteResource(request);
    else
        reply = nam->sendCustomRequest(request, m_spec.method, m_spec.body);
    m_reply = reply;
    connect(reply, &QNetworkReply::metaDataChanged, this, &KubeHttpCall::onMetaData);
    connect(reply, &QNetworkReply::readyRead, this, &KubeHttpCall::onReadyRead);
    connect(reply, &QNetworkReply::finished, this, &KubeHttpCall::onFinished);
    connect(reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError> &errors) { m_sslErrors = errors; });
    m_connectTimer->start(m_client->connectTimeout());
}

void KubeHttpCall::onMetaData()
{
    if (!m_reply)
        return;
    const QVariant status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (!status.isValid())
        return;
    m_connectTimer->stop();
    m_status = status.toInt();
    if (m_client && m_reply->hasRawHeader("Warning"))
        m_client->reportWarningHeader(m_reply->rawHeader("Warning"));
    if (m_spec.streaming && m_status >= 200 && m_status < 300 && !m_streamOpen) {
        m_streamOpen = true;
        Q_EMIT responseStarted(m_status);
    }
}

void KubeHttpCall::onReadyRead()
{
    if (!m_reply)
        return;
    if (m_status == 0)
        onMetaData();
    if (m_streamOpen) {
        const QByteArray chunk = m_reply->readAll();
        if (!chunk.isEmpty())
            Q_EMIT data(chunk);
    }
    // Non-streaming bodies and error bodies are read once at the end.
}

void KubeHttpCall::fail(const KubeError &error)
{
    m_connectTimer->stop();
    Q_EMIT failed(error);
}

void KubeHttpCall::onFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply || !m_client)
        return;
    m_reply = nullptr;
    reply->deleteLater();
    m_connectTimer->stop();
    if (m_status == 0) {
        const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
        if (status.isValid())
            m_status = status.toInt();
    }
    if (m_spec.streaming && !m_streamOpen && m_status >= 200 && m_status < 300) {
        // A short response can end before metaDataChanged was delivered.
        m_streamOpen = true;
        Q_EMIT responseStarted(m_status);
    }
    if (m_streamOpen) {
        const QByteArray rest = reply->readAll();
        if (!rest.isEmpty())
            Q_EMIT data(rest);
        if (reply->error() != QNetworkReply::NoError && reply->error() != QNetworkReply::OperationCanceledError) {
            // Name the stream: the user may follow several logs and watches at once.
            const ErrorContext context = m_client->errorContext(m_spec.method, m_spec.url);
            KubeError error = KubeError::make(KubeError::Kind::Network,
                                              KubeTr::tr("The connection to the API server was interrupted during %1 %2: %3")
                                                  .arg(context.method, context.path, reply->errorString()),
                                              QStringLiteral("ConnectionDropped"));
            fail(error);
        } else {
            Q_EMIT succeeded();
        }
        return;
    }
    if (m_status == 0) {
        // No HTTP answer at all. client-go retries GETs on a reset connection; so do we, once.
        if (!m_timedOut && reply->error() == QNetworkReply::RemoteHostClosedError && m_spec.method == "GET"
            && !m_retriedReset) {
            m_retriedReset = true;
            send();
            return;
        }
        // We never abort a reply we still listen to, so a cancelled one hit the transfer timeout.
        fail(m_client->transportError(reply, m_sslErrors,
                                      m_timedOut || reply->error() == QNetworkReply::OperationCanceledError));
        return;
    }
    m_body = reply->readAll();
    if (m_status >= 200 && m_status < 300) {
        if (reply->error() != QNetworkReply::NoError) {
            // Headers came, the body did not: a reset or a close in the middle (a proxy's idle
            // cut, a crashed API server). Half a body is no answer; say so instead of letting a
            // parser report broken JSON.
            const QByteArray length = reply->rawHeader("Content-Length");
            const QString received = length.isEmpty()
                                         ? KubeTr::tr("%1 bytes received").arg(m_body.size())
                                         : KubeTr::tr("%1 of %2 bytes received").arg(QString::number(m_body.size()),
                                                                                     QString::fromLatin1(length));
            const ErrorContext context = m_client->errorContext(m_spec.method, m_spec.url);
            m_body.clear();
            fail(KubeError::make(KubeError::Kind::Network,
                                 KubeTr::tr("The connection to the API server was interrupted while the answer to %1 %2 "
                                            "was being read (%3): %4")
                                     .arg(context.method, context.path, received, reply->errorString()),
                                 QStringLiteral("ConnectionDropped")));
            return;
        }
        Q_EMIT succeeded();
        return;
    }
    const ErrorContext context = m_client->errorContext(m_spec.method, m_spec.url);
    KubeError error = errorFromHttpResponse(m_status, m_body, reply->rawHeader("Retry-After"), context);
    if (m_status == 401 && !m_retried401 && m_client->handleUnauthorized(m_generation)) {
        // client-go re-runs the exec plugin after a 401 but fails the request; we send it
        // once more with the new credentials, so a token that just expired costs the user no
        // error. Safe for POST/DELETE too: a 401 means the server did not act on it.
        m_retried401 = true;
        --m_attempts;
        start();
        return;
    }
    // client-go retries 429/5xx only when a numeric Retry-After came with them; we do the same
    // for GETs (a repeated POST could act twice), a bounded number of times.
    if ((m_status == 429 || m_status >= 500) && error.retryAfterSeconds >= 0 && m_spec.method == "GET"
        && !m_spec.streaming && m_attempts <= m_client->maxRetries()) {
        const int delay = qMin(error.retryAfterSeconds * 1000, m_client->maxRetryDelay());
        Q_EMIT retrying(m_attempts, delay, error);
        QTimer::singleShot(delay, this, [this] {
            if (!m_aborted)
                send();
        });
        return;
    }
    fail(error);
}

// ---------------------------------------------------------------------------------------------
// KubeRequest

KubeRequest::KubeRequest(KubeClient *client, const KubeHttpCall::Spec &spec) : KubeJob(client)
{
    m_call = new KubeHttpCall(client, spec, this);
    connect(m_call, &KubeHttpCall::retrying, this, &KubeRequest::retrying);
    connect(m_call, &KubeHttpCall::succeeded, this, [this] {
        m_status = m_call->httpStatus();
        m_body = m_call->takeBody();
        emitFinished();
    });
    connect(m_call, &KubeHttpCall::failed, this, [this](const KubeError &error) {
        m_status = m_call->httpStatus();
        m_body = m_call->takeBody();
        emitFailed(error);
    });
}

void KubeRequest::start()
{
    m_call->start();
}

void KubeRequest::abort()
{
    m_call->abort();
}

QJsonObject KubeRequest::json() const
{
    return QJsonDocument::fromJson(m_body).object();
}

std::optional<KubeVersion> parseKubeVersion(const QJsonObject &object)
{
    if (!object.contains(QLatin1String("gitVersion")) && !object.contains(QLatin1String("major")))
        return std::nullopt;
    KubeVersion version;
    version.gitVersion = object.value(QLatin1String("gitVersion")).toString();
    version.platform = object.value(QLatin1String("platform")).toString();
    static const QRegularExpression digits(QStringLiteral("^(\\d+)"));
    version.major = digits.match(object.value(QLatin1String("major")).toString()).captured(1).toInt();
    version.minor = digits.match(object.value(QLatin1String("minor")).toString()).captured(1).toInt();
    if (version.major == 0) {
        static const QRegularExpression git(QStringLiteral("^v?(\\d+)\\.(\\d+)"));
        const auto match = git.match(version.gitVersion);
        if (!match.hasMatch())
            return std::nullopt;
        version.major = match.captured(1).toInt();
        version.minor = match.captured(2).toInt();
    }
    return version;
}

AccessReviewResult parseAccessReview(const QJsonObject &object)
{
    const QJsonObject status = object.value(QLatin1String("status")).toObject();
    AccessReviewResult result;
    result.allowed = status.value(QLatin1String("allowed")).toBool();
    result.denied = status.value(QLatin1String("denied")).toBool();
    result.reason = status.value(QLatin1String("reason")).toString();
    result.evaluationError = status.value(QLatin1String("evaluationError")).toString();
    return result;
}

// ---------------------------------------------------------------------------------------------
// KubeClient

KubeClient::KubeClient(const ResolvedContext &context, QObject *parent) : QObject(parent), m_context(context)
{
    qRegisterMetaType<kvd::KubeError>();
    m_nam = new QNetworkAccessManager(this);
    m_nam->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy); // never send credentials elsewhere
    m_nam->setAutoDeleteReplies(false);

    QString server = context.cluster.server.trimmed();
    m_baseUrl = QUrl(server, QUrl::StrictMode);
    const QString scheme = m_baseUrl.scheme().toLower();
    if (server.isEmpty()) {
        m_setupError = KubeTr::tr("cluster \"%1\" has no server address.").arg(context.cluster.name);
        return;
    }
    if (!m_baseUrl.isValid() || m_baseUrl.host().isEmpty()
        || (scheme != QLatin1String("https") && scheme != QLatin1String("http"))) {
        m_setupError = KubeTr::tr("cluster \"%1\": the server address \"%2\" is not an http(s) URL.")
                           .arg(context.cluster.name, server);
        return;
    }
    m_baseUrl.setQuery(QString());
    m_baseUrl.setFragment(QString());
    QString path = m_baseUrl.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    m_baseUrl.setPath(path);

    QString error;
    auto tls = tlsSetupFor(context, &error);
    if (!tls) {
        m_setupError = error;
        return;
    }
    m_tls = *tls;
    m_warnings += m_tls.warnings;
    if (context.cluster.insecureSkipTlsVerify
        && (!context.cluster.certificateAuthority.isEmpty() || !context.cluster.certificateAuthorityData.isEmpty())) {
        m_setupError = KubeTr::tr("cluster \"%1\": specifying a root certificates file with the insecure flag is not "
                                  "allowed; remove one of certificate-authority and insecure-skip-tls-verify.")
                           .arg(context.cluster.name);
        return;
    }
    setProxyEnvironment(ProxyEnvironment::fromSystem());

    const KubeUser &user = context.user;
    if (user.authProvider && !user.exec) {
        m_warnings << KubeTr::tr("user \"%1\" uses the removed auth-provider \"%2\"; convert the kubeconfig with "
                                 "\"kubelogin convert-kubeconfig\".")
                          .arg(user.name, user.authProvider->name);
    }
    // client-go skips the plugin when the user entry already has a token, basic auth or a
    // client certificate.
    const bool hasStaticCredentials = !user.token.isEmpty() || !user.tokenFile.isEmpty() || !user.username.isEmpty()
                                      || user.hasClientCertificate();
    if (user.exec && !hasStaticCredentials) {
        m_exec = new ExecCredentialProvider(*user.exec, context.cluster, this);
        connect(m_exec, &ExecCredentialProvider::stderrLine, this, &KubeClient::execPluginOutput);
        connect(m_exec, &ExecCredentialProvider::credentialReady, this, [this] {
            const auto &credential = m_exec->lastCredential();
            const QByteArray certificate = credential ? credential->clientCertificatePem : QByteArray();
            if (certificate != m_execCertificate) {
                // As client-go: a rotated client certificate closes the open connections.
                m_execCertificate = certificate;
                m_nam->clearConnectionCache();
            }
            Q_EMIT credentialsRefreshed();
        });
    }
    if (user.impersonateGroups.size() > 1) {
        m_warnings << KubeTr::tr("user \"%1\" impersonates several groups (as-groups); kvdoctor can send only the "
                                 "first, \"%2\".")
                          .arg(user.name, user.impersonateGroups.first());
    }
    if (scheme == QLatin1String("http") && (!user.token.isEmpty() || !user.tokenFile.isEmpty() || user.exec
                                            || !user.username.isEmpty())) {
        m_warnings << KubeTr::tr("cluster \"%1\" uses plain http://; credentials are not sent without TLS.")
                          .arg(context.cluster.name);
    }
}

KubeClient::~KubeClient() = default;

QNetworkAccessManager *KubeClient::createNetworkAccessManager(QObject *parent) const
{
    auto *nam = new QNetworkAccessManager(parent);
    nam->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    nam->setAutoDeleteReplies(false);
    nam->setProxy(m_proxy);
    return nam;
}

void KubeClient::setProxyEnvironment(const ProxyEnvironment &environment)
{
    const QUrl proxyUrl = proxyUrlFor(m_baseUrl, m_context.cluster.proxyUrl, environment);
    QString error;
    if (!networkProxyFor(proxyUrl, &m_proxy, &error)) {
        m_setupError = error;
        return;
    }
    m_nam->setProxy(m_proxy);
}

QUrl KubeClient::url(const QString &path, const QUrlQuery &query) const
{
    QUrl result = m_baseUrl;
    result.setPath(m_baseUrl.path() + (path.startsWith(QLatin1Char('/')) ? path : QLatin1Char('/') + path));
    if (!query.isEmpty()) {
        // Encode every value ourselves: QUrlQuery leaves '+' alone, which the API server
        // reads as a space, and continue tokens are base64 ('+', '/', '=').
        QStringList items;
        for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded))
            items << QString::fromLatin1(QUrl::toPercentEncoding(key) + '=' + QUrl::toPercentEncoding(value));
        result.setQuery(items.join(QLatin1Char('&')), QUrl::StrictMode);
    }
    return result;
}

bool KubeClient::credentialsOverTls() const
{
    return m_baseUrl.scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) == 0;
}

void KubeClient::refreshTokenFile(bool force) const
{
    const QString &path = m_context.user.tokenFile;
    if (path.isEmpty())
        return;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (!force && m_fileTokenRead.isValid() && m_fileTokenRead.msecsTo(now) < m_tokenFileRefreshMs)
        return;
    QFile file(path);
    if (file.open(QIODevice::ReadOnly)) {
        const QString token = QString::fromUtf8(file.readAll()).trimmed();
        if (token != m_fileToken)
            ++m_tokenFileGeneration;
        m_fileToken = token;
    }
    // On a read error the previous token stays in use (the file may be mid-rotation).
    m_fileTokenRead = now;
}

QString KubeClient::bearerToken() const
{
    if (!m_context.user.token.isEmpty())
        return m_context.user.token;
    if (!m_context.user.tokenFile.isEmpty()) {
        refreshTokenFile(false);
        return m_fileToken;
    }
    if (m_exec) {
        if (const auto &credential = m_exec->lastCredential())
            return credential->token;
    }
    return {};
}

int KubeClient::credentialGeneration() const
{
    return m_exec ? m_exec->generation() : m_tokenFileGeneration;
}

void KubeClient::acquireCredentials(QObject *receiver, std::function<void(const KubeError &)> done)
{
    if (!m_exec || !credentialsOverTls() || m_exec->credential()) {
        if (!m_context.user.tokenFile.isEmpty() && credentialsOverTls()) {
            refreshTokenFile(false);
            if (m_fileToken.isEmpty()) {
                done(KubeError::make(KubeError::Kind::Credentials,
                                     KubeTr::tr("user \"%1\": the token file %2 cannot be read or is empty.")
                                         .arg(m_context.user.name, m_context.user.tokenFile)));
                return;
            }
        }
        done(KubeError{});
        return;
    }
    auto *waiter = new QObject(receiver);
    auto finish = [this, waiter, done](const KubeError &error) {
        QObject::disconnect(m_exec, nullptr, waiter, nullptr);
        waiter->deleteLater();
        done(error);
    };
    connect(m_exec, &ExecCredentialProvider::credentialReady, waiter, [finish] { finish(KubeError{}); });
    connect(m_exec, &ExecCredentialProvider::failed, waiter, [finish](const KubeError &error) { finish(error); });
    m_exec->refresh();
}

bool KubeClient::handleUnauthorized(int generation)
{
    if (m_exec) {
        if (m_exec->generation() == generation)
            m_exec->invalidate();
        return true;
    }
    if (!m_context.user.tokenFile.isEmpty() && m_context.user.token.isEmpty()) {
        refreshTokenFile(true);
        return m_tokenFileGeneration != generation;
    }
    return false;
}

QSslConfiguration KubeClient::sslConfiguration() const
{
    QSslConfiguration configuration = m_tls.configuration;
    if (m_exec) {
        if (const auto &credential = m_exec->lastCredential(); credential && credential->hasClientCertificate()) {
            configuration.setLocalCertificateChain(QSslCertificate::fromData(credential->clientCertificatePem));
            configuration.setPrivateKey(privateKeyFromPem(credential->clientKeyPem));
        }
    }
    return configuration;
}

QNetworkRequest KubeClient::networkRequest(const QUrl &url, const QByteArray &accept, bool streaming) const
{
    QNetworkRequest request(url);
    request.setRawHeader("User-Agent", userAgent());
    request.setRawHeader("Accept", accept.isEmpty() ? QByteArrayLiteral("application/json, */*") : accept);
    if (m_context.cluster.disableCompression)
        request.setRawHeader("Accept-Encoding", "identity");
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, m_http2);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    request.setTransferTimeout(streaming ? 0 : m_requestTimeoutMs);
    if (credentialsOverTls()) {
        request.setSslConfiguration(sslConfiguration());
        if (!m_tls.peerVerifyName.isEmpty())
            request.setPeerVerifyName(m_tls.peerVerifyName);
        const KubeUser &user = m_context.user;
        const QString token = bearerToken();
        if (!token.isEmpty())
            request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
        else if (!user.username.isEmpty())
            request.setRawHeader("Authorization",
                                 "Basic " + (user.username + QLatin1Char(':') + user.password).toUtf8().toBase64());
        if (!user.impersonate.isEmpty())
            request.setRawHeader("Impersonate-User", user.impersonate.toUtf8());
        if (!user.impersonateUid.isEmpty())
            request.setRawHeader("Impersonate-Uid", user.impersonateUid.toUtf8());
        // Qt's HTTP stack keeps one value per header name, and the API server does not split
        // a comma-joined Impersonate-Group: only the first group can be sent (warned at setup).
        if (!user.impersonateGroups.isEmpty())
            request.setRawHeader("Impersonate-Group", user.impersonateGroups.first().toUtf8());
    }
    return request;
}

ErrorContext KubeClient::errorContext(const QByteArray &method, const QUrl &url) const
{
    ErrorContext context;
    context.method = QString::fromLatin1(method);
    context.path = url.path();
    context.execCredentials = m_exec != nullptr;
    if (m_exec)
        context.execCommand = m_exec->config().command;
    return context;
}

bool certificateMatchesHostName(const QSslCertificate &certificate, const QString &hostName)
{
    const QString host = hostName.toLower();
    QStringList names = certificate.subjectAlternativeNames().values(QSsl::DnsEntry);
    if (names.isEmpty())
        names = certificate.subjectInfo(QSslCertificate::CommonName);
    for (const QString &nameIn : std::as_const(names)) {
        const QString name = nameIn.toLower();
        if (name == host)
            return true;
        if (name.startsWith(QLatin1String("*."))) {
            const qsizetype dot = host.indexOf(QLatin1Char('.'));
            if (dot > 0 && QStringView(host).mid(dot) == QStringView(name).mid(1))
                return true;
        }
    }
    return false;
}

KubeError KubeClient::sslError(const QList<QSslError> &errors, const QString &fallback) const
{
    const QString host = m_tls.peerVerifyName.isEmpty() ? m_baseUrl.host() : m_tls.peerVerifyName;
    QStringList reasons;
    bool untrusted = false;
    bool mismatch = false;
    bool expired = false;
    QStringList names;
    for (const QSslError &error : errors) {
        switch (error.error()) {
        case QSslError::HostNameMismatch:
            mismatch = true;
            names = error.certificate().subjectAlternativeNames().values(QSsl::DnsEntry);
            names += error.certificate().subjectAlternativeNames().values(QSsl::IpAddressEntry);
            break;
        case QSslError::SelfSignedCertificate:
        case QSslError::SelfSignedCertificateInChain:
        case QSslError::UnableToGetLocalIssuerCertificate:
        case QSslError::UnableToGetIssuerCertificate:
        case QSslError::UnableToVerifyFirstCertificate:
        case QSslError::CertificateUntrusted:
        case QSslError::InvalidCaCertificate:
            untrusted = true;
            break;
        case QSslError::CertificateExpired:
        case QSslError::CertificateNotYetValid:
            expired = true;
            break;
        default:
            break;
        }
        reasons << error.errorString();
    }
    reasons.removeDuplicates();
    QStringList parts;
    if (untrusted) {
        parts << (m_context.cluster.certificateAuthority.isEmpty() && m_context.cluster.certificateAuthorityData.isEmpty()
                      ? KubeTr::tr("The API server's certificate is not trusted: the kubeconfig has no "
                                   "certificate-authority for cluster \"%1\", and the system's trusted roots do not "
                                   "cover it (a TLS-inspecting proxy can also cause this).")
                            .arg(m_context.cluster.name)
                      : KubeTr::tr("The API server's certificate is not signed by the certificate authority in the "
                                   "kubeconfig for cluster \"%1\". The kubeconfig may be outdated (fetch it again), "
                                   "or a TLS-inspecting proxy is in between.")
                            .arg(m_context.cluster.name));
    }
    if (mismatch) {
        parts << KubeTr::tr("The API server's certificate is not valid for the name \"%1\" (it is valid for: %2). "
                            "Check the server address, or set tls-server-name in the kubeconfig.")
                     .arg(host, names.isEmpty() ? KubeTr::tr("no names") : names.join(QLatin1String(", ")));
    }
    if (expired)
        parts << KubeTr::tr("The API server's certificate has expired or is not valid yet (check the computer's clock).");
    if (parts.isEmpty())
        parts << KubeTr::tr("The TLS connection to the API server failed: %1")
                     .arg(reasons.isEmpty() ? fallback : reasons.join(QLatin1String("; ")));
    else if (!reasons.isEmpty())
        parts << KubeTr::tr("(TLS: %1)").arg(reasons.join(QLatin1String("; ")));
    return KubeError::make(KubeError::Kind::Tls, parts.join(QLatin1Char(' ')), QStringLiteral("TlsError"));
}

KubeError KubeClient::transportError(QNetworkReply *reply, const QList<QSslError> &sslErrors, bool timedOut) const
{
    const QString server = m_baseUrl.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemovePath);
    if (timedOut || reply->error() == QNetworkReply::TimeoutError
        || (reply->error() == QNetworkReply::OperationCanceledError && timedOut)) {
        return KubeError::make(KubeError::Kind::Timeout,
                               KubeTr::tr("The API server %1 did not answer in time. Check the network path to the "
                                          "cluster (VPN, private cluster, firewall, proxy).")
                                   .arg(server),
                               QStringLiteral("Timeout"));
    }
    if (!sslErrors.isEmpty() || reply->error() == QNetworkReply::SslHandshakeFailedError)
        return sslError(sslErrors, reply->errorString());
    QString message;
    switch (reply->error()) {
    case QNetworkReply::ConnectionRefusedError:
        message = KubeTr::tr("The API server %1 refused the connection: nothing is listening at that address.").arg(server);
        break;
    case QNetworkReply::HostNotFoundError:
        message = KubeTr::tr("The API server's host name \"%1\" cannot be resolved (DNS). A private cluster's name "
                             "resolves only inside its network or VPN.")
                      .arg(m_baseUrl.host());
        break;
    case QNetworkReply::RemoteHostClosedError:
        message = KubeTr::tr("The API server %1 closed the connection unexpectedly. A client certificate may have been "
                             "refused, or a proxy or firewall cut the connection.")
                      .arg(server);
        break;
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::ProxyAuthenticationRequiredError:
        message = KubeTr::tr("The proxy %1:%2 failed: %3")
                      .arg(m_proxy.hostName(), QString::number(m_proxy.port()), reply->errorString());
        break;
    default:
        message = KubeTr::tr("Cannot reach the API server %1: %2").arg(server, reply->errorString());
        break;
    }
    return KubeError::make(KubeError::Kind::Network, message, QStringLiteral("NetworkError"));
}

void KubeClient::reportWarningHeader(const QByteArray &value)
{
    // Warning: 299 - "message"
    static const QRegularExpression pattern(QStringLiteral("^\\s*\\d{3}\\s+\\S+\\s+\"(.*)\"\\s*$"));
    for (const QByteArray &part : value.split('\n')) {
        const QString text = QString::fromUtf8(part);
        const auto match = pattern.match(text);
        const QString warning = match.hasMatch() ? match.captured(1) : text.trimmed();
        if (warning.isEmpty() || m_seenWarnings.contains(warning))
            continue;
        m_seenWarnings.insert(warning);
        Q_EMIT warningReceived(warning);
    }
}

KubeRequest *KubeClient::send(const QByteArray &method, const QString &path, const QUrlQuery &query,
                              const QByteArray &body, const QByteArray &contentType, const QByteArray &accept)
{
    KubeHttpCall::Spec spec;
    spec.method = method;
    spec.url = url(path, query);
    spec.body = body;
    spec.contentType = contentType;
    spec.accept = accept;
    return new KubeRequest(this, spec);
}

KubeRequest *KubeClient::get(const QString &path, const QUrlQuery &query, const QByteArray &accept)
{
    return send("GET", path, query, {}, {}, accept);
}

KubeRequest *KubeClient::create(const QString &path, const QJsonObject &object, const QUrlQuery &query)
{
    return send("POST", path, query, QJsonDocument(object).toJson(QJsonDocument::Compact), "application/json");
}

KubeRequest *KubeClient::remove(const QString &path, const QJsonObject &deleteOptions, const QUrlQuery &query)
{
    return send("DELETE", path, query,
                deleteOptions.isEmpty() ? QByteArray() : QJsonDocument(deleteOptions).toJson(QJsonDocument::Compact),
                deleteOptions.isEmpty() ? QByteArray() : QByteArrayLiteral("application/json"));
}

KubeRequest *KubeClient::version()
{
    return get(QStringLiteral("/version"), QUrlQuery(QStringLiteral("timeout=32s")));
}

KubeRequest *KubeClient::discovery(const QString &groupVersion)
{
    QString path;
    if (groupVersion.isEmpty())
        path = QStringLiteral("/apis");
    else if (groupVersion == QLatin1String("v1"))
        path = QStringLiteral("/api/v1");
    else if (groupVersion == QLatin1String("core") || groupVersion == QLatin1String("api"))
        path = QStringLiteral("/api");
    else
        path = QStringLiteral("/apis/") + groupVersion;
    return get(path, QUrlQuery(QStringLiteral("timeout=32s")));
}

KubeRequest *KubeClient::accessReview(const ResourceAttributes &attributes)
{
    QJsonObject resource{{QStringLiteral("verb"), attributes.verb},
                         {QStringLiteral("group"), attributes.group},
                         {QStringLiteral("resource"), attributes.resource}};
    if (!attributes.subresource.isEmpty())
        resource.insert(QStringLiteral("subresource"), attributes.subresource);
    if (!attributes.namespaceName.isEmpty())
        resource.insert(QStringLiteral("namespace"), attributes.namespaceName);
    if (!attributes.name.isEmpty())
        resource.insert(QStringLiteral("name"), attributes.name);
    const QJsonObject review{{QStringLiteral("kind"), QStringLiteral("SelfSubjectAccessReview")},
                             {QStringLiteral("apiVersion"), QStringLiteral("authorization.k8s.io/v1")},
                             {QStringLiteral("spec"), QJsonObject{{QStringLiteral("resourceAttributes"), resource}}}};
    return create(QStringLiteral("/apis/authorization.k8s.io/v1/selfsubjectaccessreviews"), review);
}

KubeListJob *KubeClient::list(const ListOptions &options)
{
    return new KubeListJob(this, options);
}

KubeListJob *KubeClient::events(const QString &namespaceName, const KubeObjectReference &involvedObject)
{
    ListOptions options;
    options.path = namespaceName.isEmpty() ? QStringLiteral("/api/v1/events")
                                           : QStringLiteral("/api/v1/namespaces/%1/events").arg(namespaceName);
    QStringList selectors;
    if (!involvedObject.kind.isEmpty())
        selectors << QStringLiteral("involvedObject.kind=") + involvedObject.kind;
    if (!involvedObject.name.isEmpty())
        selectors << QStringLiteral("involvedObject.name=") + involvedObject.name;
    if (!involvedObject.namespaceName.isEmpty())
        selectors << QStringLiteral("involvedObject.namespace=") + involvedObject.namespaceName;
    if (!involvedObject.uid.isEmpty())
        selectors << QStringLiteral("involvedObject.uid=") + involvedObject.uid;
    options.fieldSelector = selectors.join(QLatin1Char(','));
    options.itemKind = ListItemKind::Event;
    return new KubeListJob(this, options);
}

KubeWatch *KubeClient::watch(const WatchOptions &options)
{
    return new KubeWatch(this, options);
}

KubeLogStream *KubeClient::logs(const LogOptions &options)
{
    return new KubeLogStream(this, options);
}

KubeExec *KubeClient::exec(const ExecOptions &options)
{
    return new KubeExec(this, options);
}

} // namespace kvd
