// SPDX-License-Identifier: MIT
#pragma once

#include "kube/kubeclient.h"
#include "kube/streamframing.h"

class QWebSocket;

class QTimer;

namespace kvd {

// A command in a pod's container over WebSocket (v5.channel.k8s.io preferred, v4 accepted).
// finished() means the command ran to its end: exitCode() is its exit status (possibly
// non-zero). failed() means it could not run or the connection broke: the handshake was
// refused (the Status body is reported: 403, 404, 400 ...), the server agreed to no binary
// channel protocol (clusters before Kubernetes 1.30 that speak only SPDY), or the command
// could not start in the container. The argv travels in the URL; pass secrets via stdin.
class KubeExec : public KubeJob
{
    Q_OBJECT
public:
    KubeExec(KubeClient *client, const ExecOptions &options);
    ~KubeExec() override;

    QString protocol() const { return m_protocol; }   // negotiated subprotocol
    int exitCode() const { return m_exit.exitCode; }
    const execchannel::ExitStatus &exitStatus() const { return m_exit; }
    QUrl requestUrl() const;

    // Data for the command's stdin (needs stdinEnabled); queued until the connection is up.
    void writeStdin(const QByteArray &data);
    // Ends the command's stdin (v5 CLOSE frame); v4 cannot, so nothing is sent there.
    void closeStdin();
    void resizeTerminal(int columns, int rows);

Q_SIGNALS:
    void started(const QString &protocol);
    void stdoutReceived(const QByteArray &data);
    void stderrReceived(const QByteArray &data);

protected:
    void start() override;
    void abort() override;

private:
    void open();
    void onConnected();
    void onMessage(const QByteArray &message);
    void onDisconnected();
    void onSocketError();
    KubeError transientUpgradeError(int httpStatus) const;
    void sendOrQueue(const QByteArray &frame);

    ExecOptions m_options;
    QWebSocket *m_socket = nullptr;
    QString m_protocol;
    QByteArray m_status;
    QList<QByteArray> m_pending;
    QList<QSslError> m_sslErrors;
    QString m_socketError;
    execchannel::ExitStatus m_exit;
    QTimer *m_pingTimer = nullptr;
    bool m_connected = false;
    bool m_stdinClosed = false;
    bool m_closeQueued = false;
    bool m_probing = false;
};

} // namespace kvd
