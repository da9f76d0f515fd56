// SPDX-License-Identifier: MIT
#include "kube/kubeexec.h"

#include "kube/kubetr.h"

#include <QRegularExpression>
#include <QTimer>
#include <QUuid>
#include <QWebSocket>
#include <QWebSocketHandshakeOptions>

namespace kvd {

KubeExec::KubeExec(KubeClient *client, const ExecOptions &options) : KubeJob(client), m_options(options)
{
}

KubeExec::~KubeExec()
{
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
    }
}

QUrl KubeExec::requestUrl() const
{
    if (!client())
        return {};
    QUrlQuery query;
    for (const QString &argument : m_options.command)
        query.addQueryItem(QStringLiteral("command"), argument);
    if (!m_options.container.isEmpty())
        query.addQueryItem(QStringLiteral("container"), m_options.container);
    // kubectl sends true flags and omits false ones.
    if (m_options.stdinEnabled)
        query.addQueryItem(QStringLiteral("stdin"), QStringLiteral("true"));
    if (m_options.stdoutEnabled)
        query.addQueryItem(QStringLiteral("stdout"), QStringLiteral("true"));
    if (m_options.stderrEnabled && !m_options.tty)
        query.addQueryItem(QStringLiteral("stderr"), QStringLiteral("true"));
    if (m_options.tty)
        query.addQueryItem(QStringLiteral("tty"), QStringLiteral("true"));
    return client()->url(QStringLiteral("/api/v1/namespaces/%1/pods/%2/exec").arg(m_options.namespaceName, m_options.pod),
                         query);
}

void KubeExec::start()
{
    if (m_options.command.isEmpty() || m_options.pod.isEmpty() || m_options.namespaceName.isEmpty()) {
        emitFailed(KubeError::make(KubeError::Kind::Config,
                                   KubeTr::tr("Exec needs a namespace, a pod and a command.")));
        return;
    }
    client()->acquireCredentials(this, [this](const KubeError &error) {
        if (state() != State::Running)
            return;
        if (error.isError())
            emitFailed(error);
        else
            open();
    });
}

void KubeExec::abort()
{
    if (m_pingTimer)
        m_pingTimer->stop();
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->close(QWebSocketProtocol::CloseCodeNormal);
        m_socket->deleteLater();
        m_socket = nullptr;
    }
}

void KubeExec::open()
{
    const QUrl httpUrl = requestUrl();
    QUrl wsUrl = httpUrl;
    wsUrl.setScheme(httpUrl.scheme() == QLatin1String("https") ? QStringLiteral("wss") : QStringLiteral("ws"));
    QNetworkRequest request = client()->networkRequest(httpUrl, {}, true);
    request.setUrl(wsUrl);
    request.setRawHeader("Accept", "*/*");
    m_socket = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this);
    m_socket->setProxy(client()->proxy());
    if (client()->credentialsOverTls())
        m_socket->setSslConfiguration(client()->sslConfiguration());
    connect(m_socket, &QWebSocket::connected, this, &KubeExec::onConnected);
    connect(m_socket, &QWebSocket::disconnected, this, &KubeExec::onDisconnected);
    connect(m_socket, &QWebSocket::binaryMessageReceived, this, &KubeExec::onMessage);
    connect(m_socket, &QWebSocket::errorOccurred, this, [this] {
        // The first error names the cause (e.g. the HTTP status of a refused upgrade); later
        // ones only say that the connection closed.
        if (m_socketError.isEmpty() && m_socket)
            m_socketError = m_socket->errorString();
    });
    connect(m_socket, &QWebSocket::textMessageReceived, this, [this] {
        if (m_socket)
            m_socket->abort();
        emitFailed(KubeError::make(KubeError::Kind::Protocol,
                                   KubeTr::tr("The exec stream sent a text message; the binary %1 protocol was expected.")
                                       .arg(m_protocol),
                                   QStringLiteral("BadResponse")));
    });
    connect(m_socket, &QWebSocket::sslErrors, this, [this](const QList<QSslError> &errors) {
        // QWebSocket cannot be told the name to verify (tls-server-name): accept a host name
        // mismatch when the certificate is valid for that name, and nothing else.
        const QString verifyName = client() ? client()->peerVerifyName() : QString();
        bool onlyMismatch = !verifyName.isEmpty() && !errors.isEmpty();
        for (const QSslError &error : errors) {
            if (error.error() != QSslError::HostNameMismatch
                || !certificateMatchesHostName(error.certificate(), verifyName))
                onlyMismatch = false;
        }
        if (onlyMismatch)
            m_socket->ignoreSslErrors(errors);
        else
            m_sslErrors = errors;
    });
    QWebSocketHandshakeOptions options;
    options.setSubprotocols(m_options.protocols);
    m_socket->open(request, options);
}

void KubeExec::onConnected()
{
    m_protocol = m_socket->subprotocol();
    if (m_protocol.isEmpty() || !m_options.protocols.contains(m_protocol)) {
        const QString offered = m_protocol.isEmpty() ? KubeTr::tr("none") : m_protocol;
        m_socket->disconnect(this);
        m_socket->abort();
        emitFailed(KubeError::make(KubeError::Kind::Protocol,
                                   KubeTr::tr("The API server did not agree to a WebSocket exec protocol kvdoctor speaks "
                                              "(asked for %1, the server chose %2). Clusters before Kubernetes 1.30 "
                                              "serve exec over SPDY only: use \"kubectl exec\" there, or upgrade the "
                                              "cluster.")
                                       .arg(m_options.protocols.join(QLatin1String(", ")), offered),
                                   QStringLiteral("UnsupportedProtocol")));
        return;
    }
    m_connected = true;
    const QList<QByteArray> pending = std::exchange(m_pending, {});
    for (const QByteArray &frame : pending)
        m_socket->sendBinaryMessage(frame);
    if (m_closeQueued) {
        m_closeQueued = false;
        closeStdin();
    }
    m_pingTimer = new QTimer(this);
    connect(m_pingTimer, &QTimer::timeout, this, [this] {
        if (m_socket)
            m_socket->ping();
    });
    m_pingTimer->start(30000); // keeps NAT and proxy state alive on quiet commands
    Q_EMIT started(m_protocol);
}

void KubeExec::sendOrQueue(const QByteArray &frame)
{
    if (m_connected && m_socket)
        m_socket->sendBinaryMessage(frame);
    else if (!isDone())
        m_pending.append(frame);
}

void KubeExec::writeStdin(const QByteArray &data)
{
    if (!m_options.stdinEnabled || m_stdinClosed || data.isEmpty())
        return;
    sendOrQueue(execchannel::encode(execchannel::Stdin, data));
}

void KubeExec::closeStdin()
{
    if (!m_options.stdinEnabled || m_stdinClosed)
        return;
    if (!m_connected) {
        m_closeQueued = true;
        return;
    }
    m_stdinClosed = true;
    if (m_protocol == QLatin1String(execchannel::v5Protocol))
        sendOrQueue(execchannel::encodeClose(execchannel::Stdin));
}

void KubeExec::resizeTerminal(int columns, int rows)
{
    if (m_options.tty)
        sendOrQueue(execchannel::encodeResize(columns, rows));
}

void KubeExec::onMessage(const QByteArray &message)
{
    const auto frame = execchannel::decode(message);
    if (!frame || frame->payload.isEmpty())
        return; // the server's empty "ready" frame
    switch (frame->channel) {
    case execchannel::Stdout:
        Q_EMIT stdoutReceived(frame->payload);
        break;
    case execchannel::Stderr:
        Q_EMIT stderrReceived(frame->payload);
        break;
    case execchannel::Error:
        m_status += frame->payload;
        break;
    default:
        break; // unknown channels are dropped, as client-go does
    }
}

void KubeExec::onDisconnected()
{
    if (isDone() || !m_socket)
        return;
    if (m_pingTimer)
        m_pingTimer->stop();
    if (!m_connected) {
        onSocketError();
        return;
    }
    const auto closeCode = m_socket->closeCode();
    // A reset or a close without a close frame leaves closeCode() at its default (normal):
    // the socket error tells the broken connection apart from a clean end.
    if (m_status.isEmpty() && (closeCode != QWebSocketProtocol::CloseCodeNormal || !m_socketError.isEmpty())) {
        emitFailed(KubeError::make(KubeError::Kind::Network,
                                   KubeTr::tr("The exec connection to pod %1 broke before the command finished (%2).")
                                       .arg(m_options.pod, !m_socketError.isEmpty() ? m_socketError
                                                           : m_socket->errorString().isEmpty()
                                                               ? KubeTr::tr("close code %1").arg(int(closeCode))
                                                               : m_socket->errorString()),
                                   QStringLiteral("ConnectionDropped")));
        return;
    }
    QString error;
    const auto exit = execchannel::parseExitStatus(m_status, &error);
    if (!exit) {
        emitFailed(KubeError::make(KubeError::Kind::Protocol, error, QStringLiteral("BadResponse")));
        return;
    }
    m_exit = *exit;
    if (!m_exit.success && m_exit.exitCode < 0) {
        emitFailed(KubeError::make(KubeError::Kind::HttpStatus,
                                   KubeTr::tr("The command could not run in pod %1: %2").arg(m_options.pod, m_exit.message),
                                   m_exit.reason));
        return;
    }
    emitFinished();
}

KubeError KubeExec::transientUpgradeError(int httpStatus) const
{
    // The same request asked again was accepted: the first answer was no lasting refusal (an
    // overloaded or restarting API server, a gateway hiccup), so don't blame a proxy or RBAC.
    KubeError error = KubeError::make(
        KubeError::Kind::HttpStatus,
        KubeTr::tr("The API server refused the exec connection to pod %1 with HTTP status %2, then accepted the same "
                   "request when asked again: the error was probably temporary; try again.")
            .arg(m_options.pod, QString::number(httpStatus)),
        QStringLiteral("UpgradeFailed"));
    error.httpStatus = httpStatus;
    return error;
}

void KubeExec::onSocketError()
{
    if (isDone() || m_probing || !m_socket)
        return;
    const QString socketError = m_socketError.isEmpty() ? m_socket->errorString() : m_socketError;
    m_socket->disconnect(this);
    m_socket->deleteLater();
    m_socket = nullptr;
    if (!m_sslErrors.isEmpty()) {
        emitFailed(client()->sslError(m_sslErrors, socketError));
        return;
    }
    // QWebSocket hides the body of a refused upgrade (and for a 400 even the status). The API
    // server decides 401/403/404/400 before upgrading, so the same request without QWebSocket
    // gives us its Status.
    static const QRegularExpression statusPattern(QStringLiteral("status code:? *(\\d{3})"),
                                                  QRegularExpression::CaseInsensitiveOption);
    const auto match = statusPattern.match(socketError);
    const int httpStatus = match.hasMatch() ? match.captured(1).toInt() : 0;
    m_probing = true;
    // The probe repeats the upgrade headers so the server takes the same path as before.
    KubeHttpCall::Spec spec;
    spec.url = requestUrl();
    spec.headers = {{"Connection", "Upgrade"},
                    {"Upgrade", "websocket"},
                    {"Sec-WebSocket-Version", "13"},
                    {"Sec-WebSocket-Key", QUuid::createUuid().toRfc4122().toBase64()},
                    {"Sec-WebSocket-Protocol", m_options.protocols.join(QLatin1String(", ")).toLatin1()}};
    auto *probe = new KubeHttpCall(client(), spec, this);
    connect(probe, &KubeHttpCall::failed, this, [this, httpStatus](const KubeError &errorIn) {
        KubeError error = errorIn;
        if (error.status && error.status->message.contains(QLatin1String("subprotocol"))) {
            error.message = KubeTr::tr("The API server does not offer the WebSocket exec protocols kvdoctor speaks "
                                       "(%1). Clusters before Kubernetes 1.30 serve exec over SPDY only: use "
                                       "\"kubectl exec\" there, or upgrade the cluster.")
                                .arg(m_options.protocols.join(QLatin1String(", ")))
                            + QLatin1Char(' ') + error.message;
            error.reason = QStringLiteral("UnsupportedProtocol");
        }
        if (error.kind != KubeError::Kind::HttpStatus || httpStatus == 0 || error.httpStatus == httpStatus)
            emitFailed(error);
        else if (error.httpStatus < 400)
            emitFailed(transientUpgradeError(httpStatus)); // 101 this time: the refusal did not last
        else
            emitFailed(errorFromHttpResponse(httpStatus, {}, {}, client()->errorContext("GET", requestUrl())));
    });
    connect(probe, &KubeHttpCall::succeeded, this, [this, httpStatus, socketError] {
        if (httpStatus != 0)
            emitFailed(transientUpgradeError(httpStatus));
        else
            emitFailed(KubeError::make(KubeError::Kind::Protocol,
                                       KubeTr::tr("Cannot open the exec connection to pod %1: %2").arg(m_options.pod, socketError),
                                       QStringLiteral("UpgradeFailed")));
    });
    probe->start();
}

} // namespace kvd
