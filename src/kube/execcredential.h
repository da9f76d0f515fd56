// SPDX-License-Identifier: MIT
#pragma once

#include "core/kubeconfig.h"
#include "kube/kubestatus.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QProcess>

#include <optional>

class QTimer;

namespace kvd {

// status of an ExecCredential printed by a credential plugin (kubelogin, ...).
struct ExecCredential
{
    QString token;
    QByteArray clientCertificatePem; // PEM text, not base64
    QByteArray clientKeyPem;
    QDateTime expiration;            // invalid: valid until the server rejects it

    bool hasClientCertificate() const { return !clientCertificatePem.isEmpty(); }
    bool isValidAt(const QDateTime &now) const { return !expiration.isValid() || now < expiration; }
};

// Parses the plugin's stdout. The apiVersion must be the configured one; status must carry a
// token and/or both PEM fields. Errors never quote the output (it may hold a token).
std::optional<ExecCredential> parseExecCredential(const QByteArray &output, const QString &expectedApiVersion,
                                                  QString *error);

// KUBERNETES_EXEC_INFO for a non-interactive run; spec.cluster when provideClusterInfo is set.
QByteArray execInfoJson(const ExecConfig &config, const KubeCluster &cluster);

// The message for a plugin binary that cannot be found: the installHint, where we looked
// (PATH), and the usual fixes on Windows (winget/choco, .exe/.cmd) and macOS (Homebrew; GUI
// apps do not see the PATH of a login shell).
QString missingExecPluginMessage(const ExecConfig &config, const QString &pathValue);

// The plugin's executable as kubectl finds it: the named file when the command has a path,
// else the first match in PATH (with PATHEXT on Windows). Empty when it is not installed.
QString findExecPlugin(const ExecConfig &config);

// Runs a user's exec credential plugin and caches its result, as client-go does: one
// invocation at a time, cached until expirationTimestamp (forever when absent), invalidated
// by a 401. The plugin runs without a terminal: stdin is the null device and
// spec.interactive is false. Its stderr is forwarded live (kubelogin's device-code prompt
// "To sign in, use a web browser to open ... and enter the code ..." must reach the user while
// the plugin waits).
class ExecCredentialProvider : public QObject
{
    Q_OBJECT
public:
    ExecCredentialProvider(const ExecConfig &config, const KubeCluster &cluster, QObject *parent = nullptr);
    ~ExecCredentialProvider() override;

    const ExecConfig &config() const { return m_config; }
    // The cached credential if it has not expired.
    std::optional<ExecCredential> credential() const;
    // The last credential the plugin returned, even when expired: a request that waited for a
    // run uses what the run gave, as client-go does.
    const std::optional<ExecCredential> &lastCredential() const { return m_credential; }
    // Increases each time the plugin returns new credentials.
    int generation() const { return m_generation; }
    int invocationCount() const { return m_invocations; }
    bool isRunning() const { return m_process != nullptr; }

    // Runs the plugin unless it is already running; credentialReady() or failed() follows.
    void refresh();
    // Forgets the cached credential (the server answered 401 with it).
    void invalidate();
    // Stops a running plugin; failed() is emitted so waiting requests end.
    void cancel();

    // How long a run may take (device-code logins wait for the user). Default 5 minutes.
    void setTimeout(int milliseconds) { m_timeoutMs = milliseconds; }

Q_SIGNALS:
    void stderrLine(const QString &line);
    void credentialReady();
    void failed(const kvd::KubeError &error);

private:
    void finishRun(int exitCode, QProcess::ExitStatus status);
    void fail(const QString &message);
    void readStderr(bool flushAll);

    ExecConfig m_config;
    KubeCluster m_cluster;
    std::optional<ExecCredential> m_credential;
    QPointer<QProcess> m_process;
    QByteArray m_stdout;
    QByteArray m_stderrPending;
    QStringList m_stderrTail;
    int m_generation = 0;
    int m_invocations = 0;
    int m_timeoutMs = 5 * 60 * 1000;
    QTimer *m_timer = nullptr;
    QTimer *m_stderrFlush = nullptr;
};

} // namespace kvd
