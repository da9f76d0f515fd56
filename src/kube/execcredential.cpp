// SPDX-License-Identifier: MIT
#include "kube/execcredential.h"

#include "kube/kubetr.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTimer>

namespace kvd {

namespace {
QDateTime parseRfc3339(const QString &text)
{
    QDateTime result = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!result.isValid())
        result = QDateTime::fromString(text, Qt::ISODate);
    return result;
}

QString commandName(const ExecConfig &config)
{
    return QFileInfo(config.command).fileName();
}
} // namespace

std::optional<ExecCredential> parseExecCredential(const QByteArray &output, const QString &expectedApiVersion,
                                                  QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(output.trimmed(), &parseError);
    if (!document.isObject()) {
        *error = output.trimmed().isEmpty()
                     ? KubeTr::tr("the plugin printed nothing on standard output")
                     : KubeTr::tr("the plugin's output is not a JSON ExecCredential (%1)").arg(parseError.errorString());
        return std::nullopt;
    }
    const QJsonObject object = document.object();
    const QString kind = object.value(QLatin1String("kind")).toString();
    if (kind != QLatin1String("ExecCredential")) {
        *error = KubeTr::tr("the plugin returned kind \"%1\" instead of ExecCredential").arg(kind);
        return std::nullopt;
    }
    const QString apiVersion = object.value(QLatin1String("apiVersion")).toString();
    if (apiVersion != expectedApiVersion) {
        *error = KubeTr::tr("exec plugin is configured to use API version %1, plugin returned version %2")
                     .arg(expectedApiVersion, apiVersion.isEmpty() ? QStringLiteral("(none)") : apiVersion);
        return std::nullopt;
    }
    if (!object.value(QLatin1String("status")).isObject()) {
        *error = KubeTr::tr("the plugin's ExecCredential has no status");
        return std::nullopt;
    }
    const QJsonObject status = object.value(QLatin1String("status")).toObject();
    ExecCredential credential;
    credential.token = status.value(QLatin1String("token")).toString();
    credential.clientCertificatePem = status.value(QLatin1String("clientCertificateData")).toString().toUtf8();
    credential.clientKeyPem = status.value(QLatin1String("clientKeyData")).toString().toUtf8();
    if (credential.clientCertificatePem.isEmpty() != credential.clientKeyPem.isEmpty()) {
        *error = credential.clientKeyPem.isEmpty()
                     ? KubeTr::tr("the plugin returned clientCertificateData without clientKeyData")
                     : KubeTr::tr("the plugin returned clientKeyData without clientCertificateData");
        return std::nullopt;
    }
    if (credential.token.isEmpty() && credential.clientCertificatePem.isEmpty()) {
        *error = KubeTr::tr("the plugin returned neither a token nor a client certificate");
        return std::nullopt;
    }
    if (credential.hasClientCertificate() && !credential.clientCertificatePem.contains("-----BEGIN")) {
        *error = KubeTr::tr("the plugin's clientCertificateData is not PEM text");
        return std::nullopt;
    }
    const QJsonValue expiration = status.value(QLatin1String("expirationTimestamp"));
    if (expiration.isString() && !expiration.toString().isEmpty()) {
        credential.expiration = parseRfc3339(expiration.toString());
        if (!credential.expiration.isValid()) {
            *error = KubeTr::tr("the plugin's expirationTimestamp \"%1\" is not an RFC 3339 time")
                         .arg(expiration.toString());
            return std::nullopt;
        }
    }
    return credential;
}

QByteArray execInfoJson(const ExecConfig &config, const KubeCluster &cluster)
{
    QJsonObject spec{{QStringLiteral("interactive"), false}};
    if (config.provideClusterInfo) {
        // Keys are kebab-case here, and empty values are left out as Go's omitempty does.
        QJsonObject info{{QStringLiteral("server"), cluster.server}};
        if (!cluster.tlsServerName.isEmpty())
            info.insert(QStringLiteral("tls-server-name"), cluster.tlsServerName);
        if (cluster.insecureSkipTlsVerify)
            info.insert(QStringLiteral("insecure-skip-tls-verify"), true);
        if (!cluster.certificateAuthorityData.isEmpty())
            info.insert(QStringLiteral("certificate-authority-data"),
                        QString::fromLatin1(cluster.certificateAuthorityData.toBase64()));
        if (!cluster.proxyUrl.isEmpty())
            info.insert(QStringLiteral("proxy-url"), cluster.proxyUrl);
        if (cluster.disableCompression)
            info.insert(QStringLiteral("disable-compression"), true);
        if (!cluster.execExtension.isEmpty()) {
            const QJsonDocument extension = QJsonDocument::fromJson(cluster.execExtension);
            if (extension.isObject())
                info.insert(QStringLiteral("config"), extension.object());
        }
        spec.insert(QStringLiteral("cluster"), info);
    }
    const QJsonObject root{{QStringLiteral("kind"), QStringLiteral("ExecCredential")},
                           {QStringLiteral("apiVersion"), config.apiVersion},
                           {QStringLiteral("spec"), spec}};
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

QString missingExecPluginMessage(const ExecConfig &config, const QString &pathValue)
{
    QStringList parts;
    parts << KubeTr::tr("The credential plugin \"%1\" was not found.").arg(config.command);
    if (!config.installHint.trimmed().isEmpty())
        parts << config.installHint.trimmed();
    if (QFileInfo(config.command).isAbsolute() || config.command.contains(QLatin1Char('/'))
        || config.command.contains(QLatin1Char('\\'))) {
        parts << KubeTr::tr("The kubeconfig names the file %1, which does not exist or is not executable.")
                     .arg(QDir::toNativeSeparators(config.command));
    } else {
        parts << KubeTr::tr("kvdoctor looked for it in the folders of PATH: %1")
                     .arg(pathValue.isEmpty() ? KubeTr::tr("(PATH is empty)") : pathValue);
    }
#if defined(Q_OS_WIN)
    parts << KubeTr::tr("On Windows install it with \"winget install --id=Microsoft.Azure.Kubelogin -e\" or "
                        "\"choco install azure-kubelogin\" (or \"az aks install-cli\"), then restart kvdoctor so it "
                        "sees the new PATH. The file must be %1.exe or %1.cmd in a PATH folder.")
                 .arg(commandName(config));
#elif defined(Q_OS_MACOS)
    parts << KubeTr::tr("On macOS install it with \"brew install Azure/kubelogin/kubelogin\". Apps started from "
                        "the Dock do not see your shell's PATH: if it is installed in /opt/homebrew/bin or "
                        "/usr/local/bin, start kvdoctor from a terminal or put the full path in the kubeconfig's "
                        "exec command.");
#else
    parts << KubeTr::tr("Install it (for kubelogin: \"az aks install-cli\" or the release from "
                        "https://github.com/Azure/kubelogin), make sure its folder is in PATH, or put the full path "
                        "in the kubeconfig's exec command.");
#endif
    return parts.join(QLatin1Char('\n'));
}

QString findExecPlugin(const ExecConfig &config)
{
    const QString &command = config.command;
    if (command.contains(QLatin1Char('/')) || command.contains(QLatin1Char('\\')))
        return QFileInfo(command).isFile() ? command : QString();
    return QStandardPaths::findExecutable(command);
}

ExecCredentialProvider::ExecCredentialProvider(const ExecConfig &config, const KubeCluster &cluster, QObject *parent)
    : QObject(parent), m_config(config), m_cluster(cluster)
{
}

ExecCredentialProvider::~ExecCredentialProvider()
{
    if (m_process) {
        m_process->disconnect(this);
        m_process->kill();
        m_process->waitForFinished(1000);
        delete m_process;
    }
}

std::optional<ExecCredential> ExecCredentialProvider::credential() const
{
    if (m_credential && m_credential->isValidAt(QDateTime::currentDateTimeUtc()))
        return m_credential;
    return std::nullopt;
}

void ExecCredentialProvider::invalidate()
{
    m_credential.reset();
}

void ExecCredentialProvider::cancel()
{
    if (!m_process)
        return;
    m_process->disconnect(this);
    m_process->kill();
    m_process->deleteLater();
    m_process = nullptr;
    fail(KubeTr::tr("Signing in with \"%1\" was cancelled.").arg(commandName(m_config)));
}

void ExecCredentialProvider::fail(const QString &message)
{
    if (m_timer)
        m_timer->stop();
    Q_EMIT failed(KubeError::make(KubeError::Kind::Credentials, message, QStringLiteral("ExecPluginFailed")));
}

void ExecCredentialProvider::refresh()
{
    if (m_process)
        return;
    if (m_config.interactiveMode == QLatin1String("Always")) {
        // Deferred so callers always receive the signal after refresh() returns.
        QMetaObject::invokeMethod(
            this,
            [this] {
                fail(KubeTr::tr("The credential plugin \"%1\" is configured with interactiveMode: Always, which needs "
                                "a terminal; kvdoctor runs plugins without one. Set interactiveMode to IfAvailable "
                                "or Never, or use a non-interactive login (e.g. \"kubelogin convert-kubeconfig -l "
                                "azurecli\").")
                         .arg(commandName(m_config)));
            },
            Qt::QueuedConnection);
        return;
    }
    const QProcessEnvironment system = QProcessEnvironment::systemEnvironment();
    const QString path = system.value(QStringLiteral("PATH"));
    QString program = findExecPlugin(m_config);
    if (program.isEmpty()) {
        QMetaObject::invokeMethod(
            this, [this, path] { fail(missingExecPluginMessage(m_config, path)); }, Qt::QueuedConnection);
        return;
    }
    QStringList arguments = m_config.args;
#if defined(Q_OS_WIN)
    // CreateProcess cannot start batch files; winget/npm shims are often .cmd.
    if (program.endsWith(QLatin1String(".cmd"), Qt::CaseInsensitive)
        || program.endsWith(QLatin1String(".bat"), Qt::CaseInsensitive)) {
        arguments.prepend(QDir::toNativeSeparators(program));
        arguments.prepend(QStringLiteral("/c"));
        program = QStringLiteral("cmd.exe");
    }
#endif
    QProcessEnvironment environment = system;
    for (const auto &variable : m_config.env)
        environment.insert(variable.name, variable.value);
    environment.insert(QStringLiteral("KUBERNETES_EXEC_INFO"), QString::fromUtf8(execInfoJson(m_config, m_cluster)));

    m_stdout.clear();
    m_stderrPending.clear();
    m_stderrTail.clear();
    ++m_invocations;
    auto *process = new QProcess(this);
    m_process = process;
    process->setProcessEnvironment(environment);
    process->setStandardInputFile(QProcess::nullDevice());
    connect(process, &QProcess::readyReadStandardOutput, this, [this, process] { m_stdout += process->readAllStandardOutput(); });
    connect(process, &QProcess::readyReadStandardError, this, [this] { readStderr(false); });
    if (!m_stderrFlush) {
        // A prompt printed without a final newline must not wait for the plugin to exit.
        m_stderrFlush = new QTimer(this);
        m_stderrFlush->setSingleShot(true);
        m_stderrFlush->setInterval(250);
        connect(m_stderrFlush, &QTimer::timeout, this, [this] { readStderr(true); });
    }
    connect(process, &QProcess::finished, this, &ExecCredentialProvider::finishRun);
    connect(process, &QProcess::errorOccurred, this, [this, process](QProcess::ProcessError error) {
        if (error != QProcess::FailedToStart || m_process != process)
            return;
        m_process = nullptr;
        process->deleteLater();
        fail(KubeTr::tr("The credential plugin \"%1\" could not be started: %2")
                 .arg(m_config.command, process->errorString()));
    });
    if (!m_timer) {
        m_timer = new QTimer(this);
        m_timer->setSingleShot(true);
        connect(m_timer, &QTimer::timeout, this, [this] {
            if (!m_process)
                return;
            m_process->disconnect(this);
            m_process->kill();
            m_process->deleteLater();
            m_process = nullptr;
            fail(KubeTr::tr("The credential plugin \"%1\" did not finish within %n minute(s); it may be waiting for "
                            "a sign-in that was not completed.",
                            nullptr, m_timeoutMs / 60000)
                     .arg(commandName(m_config)));
        });
    }
    m_timer->start(m_timeoutMs);
    process->start(program, arguments);
}

void ExecCredentialProvider::readStderr(bool flushAll)
{
    if (!m_process)
        return;
    m_stderrPending += m_process->readAllStandardError();
    qsizetype newline;
    while ((newline = m_stderrPending.indexOf('\n')) >= 0) {
        QString line = QString::fromUtf8(m_stderrPending.left(newline)).trimmed();
        m_stderrPending.remove(0, newline + 1);
        if (line.isEmpty())
            continue;
        m_stderrTail << line;
        if (m_stderrTail.size() > 20)
            m_stderrTail.removeFirst();
        Q_EMIT stderrLine(line);
    }
    if (!flushAll && m_stderrFlush && !m_stderrPending.isEmpty())
        m_stderrFlush->start();
    if (flushAll && !m_stderrPending.trimmed().isEmpty()) {
        const QString line = QString::fromUtf8(m_stderrPending).trimmed();
        m_stderrPending.clear();
        m_stderrTail << line;
        Q_EMIT stderrLine(line);
    } else if (flushAll) {
        m_stderrPending.clear();
    }
}

void ExecCredentialProvider::finishRun(int exitCode, QProcess::ExitStatus status)
{
    QProcess *process = m_process;
    if (!process)
        return;
    m_stdout += process->readAllStandardOutput();
    readStderr(true);
    m_process = nullptr;
    process->deleteLater();
    const QString stderrText = m_stderrTail.join(QLatin1Char('\n'));
    if (status != QProcess::NormalExit || exitCode != 0) {
        QString message = status != QProcess::NormalExit
                              ? KubeTr::tr("The credential plugin \"%1\" crashed.").arg(commandName(m_config))
                              : KubeTr::tr("The credential plugin \"%1\" failed with exit code %2.")
                                    .arg(commandName(m_config))
                                    .arg(exitCode);
        if (!stderrText.isEmpty())
            message += QLatin1Char('\n') + stderrText;
        fail(message);
        return;
    }
    QString error;
    auto credential = parseExecCredential(m_stdout, m_config.apiVersion, &error);
    m_stdout.clear(); // holds the token
    if (!credential) {
        fail(KubeTr::tr("The credential plugin \"%1\" returned unusable credentials: %2")
                 .arg(commandName(m_config), error));
        return;
    }
    if (m_timer)
        m_timer->stop();
    m_credential = std::move(credential);
    ++m_generation;
    Q_EMIT credentialReady();
}

} // namespace kvd
