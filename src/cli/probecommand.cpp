// SPDX-License-Identifier: MIT
// kvdoctor-cli probe: the guided connectivity test from a pod's node to Key Vault (issue 7),
// without the wizard. It creates a short-lived hostNetwork pod, so it asks for consent first.
#include "cli/cliconnection.h"
#include "cli/clicommands.h"
#include "core/probeplan.h"
#include "kube/proberunner.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>
#include <QTimer>

#include <csignal>
#include <cstdio>

#ifdef Q_OS_WIN
#include <io.h>
#include <windows.h>
#else
#include <termios.h>
#include <unistd.h>
#endif

namespace kvd {

namespace {

// Exit codes beyond the common 0/1/2 (see clicommands.h).
constexpr int kExitCheckFailed = 3;

volatile std::sig_atomic_t g_interrupted = 0;

extern "C" void onInterrupt(int)
{
    g_interrupted = 1;
}

bool stdinIsTerminal()
{
#ifdef Q_OS_WIN
    return _isatty(_fileno(stdin)) != 0;
#else
    return isatty(STDIN_FILENO) != 0;
#endif
}

QString verdictTag(ProbeVerdict verdict)
{
    switch (verdict) {
    case ProbeVerdict::Pass: return QStringLiteral("PASS");
    case ProbeVerdict::Warning: return QStringLiteral("WARN");
    case ProbeVerdict::Fail: return QStringLiteral("FAIL");
    case ProbeVerdict::Skipped: return QStringLiteral("SKIP");
    case ProbeVerdict::Pending: break;
    }
    return QStringLiteral("....");
}

// One reader for stdin, so the consent answer and the secret do not fight over buffers.
QFile &standardInput()
{
    static QFile in;
    if (!in.isOpen())
        in.open(stdin, QIODevice::ReadOnly);
    return in;
}

// Typed secrets are not echoed.
class EchoOff
{
public:
    explicit EchoOff(bool active)
    {
        if (!active)
            return;
#ifdef Q_OS_WIN
        m_handle = GetStdHandle(STD_INPUT_HANDLE);
        m_ok = GetConsoleMode(m_handle, &m_mode) != 0 && SetConsoleMode(m_handle, m_mode & ~DWORD(ENABLE_ECHO_INPUT)) != 0;
#else
        m_ok = tcgetattr(STDIN_FILENO, &m_mode) == 0;
        if (m_ok) {
            termios quiet = m_mode;
            quiet.c_lflag &= ~tcflag_t(ECHO);
            m_ok = tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet) == 0;
        }
#endif
    }
    ~EchoOff()
    {
        if (!m_ok)
            return;
#ifdef Q_OS_WIN
        SetConsoleMode(m_handle, m_mode);
#else
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &m_mode);
#endif
        QTextStream(stderr) << '\n';
    }
    EchoOff(const EchoOff &) = delete;
    EchoOff &operator=(const EchoOff &) = delete;

private:
    bool m_ok = false;
#ifdef Q_OS_WIN
    HANDLE m_handle = nullptr;
    DWORD m_mode = 0;
#else
    termios m_mode{};
#endif
};

// The secret as typed (one line) or piped (all of it): a trailing line break is not part of it.
QByteArray readSecretFromStdin(bool interactive)
{
    QFile &in = standardInput();
    const EchoOff quiet(interactive);
    QByteArray secret = interactive ? in.readLine() : in.readAll();
    if (secret.endsWith('\n'))
        secret.chop(1);
    if (secret.endsWith('\r'))
        secret.chop(1);
    return secret;
}

} // namespace

int runProbeCommand(const QStringList &args)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        CliTr::tr("Tests the path from a pod's node to Azure Key Vault as the provider takes it: creates a short-lived "
                  "hostNetwork curl pod on the node, checks proxy, clock, DNS, TCP, TLS, the token for the pod's identity "
                  "mode and a metadata-only GET of each object, then deletes the pod. Secrets and tokens go to the pod "
                  "on stdin, never on a command line. Exit codes: 0 all checks passed (warnings allowed), 1 the probe "
                  "could not run, 2 usage error or no consent, 3 a check failed."));
    parser.addHelpOption();
    ClusterOptions cluster;
    cluster.addTo(parser);
    const QCommandLineOption podOption(QStringLiteral("pod"), CliTr::tr("The failing application pod."), CliTr::tr("NAMESPACE/NAME"));
    const QCommandLineOption spcOption(QStringLiteral("spc"), CliTr::tr("The SecretProviderClass to test (default: the pod's first Secrets Store volume's)."),
                                       CliTr::tr("NAME"));
    const QCommandLineOption identityOption(QStringLiteral("identity"),
                                            CliTr::tr("Identity mode: auto (from the SecretProviderClass), %1.").arg(probeIdentityIds().join(QStringLiteral(", "))),
                                            CliTr::tr("MODE"), QStringLiteral("auto"));
    const QCommandLineOption imageOption(QStringLiteral("image"),
                                         CliTr::tr("Image of the probe pod (needs curl and nslookup; default %1). Use a mirror in your registry when Docker Hub is blocked.")
                                             .arg(ProbeInputs::defaultImage()),
                                         CliTr::tr("IMAGE"), ProbeInputs::defaultImage());
    const QCommandLineOption namespaceOption(QStringLiteral("probe-namespace"),
                                             CliTr::tr("Namespace for the probe pod (must allow privileged pods; default: the pod's)."), CliTr::tr("NAMESPACE"));
    const QCommandLineOption apiVersionOption(QStringLiteral("api-version"),
                                              CliTr::tr("Key Vault api-version (%1).").arg(keyVaultApiVersions().join(QStringLiteral(", "))),
                                              CliTr::tr("VERSION"), keyVaultApiVersions().first());
    const QCommandLineOption addonOption(QStringLiteral("addon-client-id"),
                                         CliTr::tr("Client ID of the AKS add-on identity (azurekeyvaultsecretsprovider-CLUSTER), to recognise it."),
                                         CliTr::tr("GUID"));
    const QCommandLineOption secretStdinOption(QStringLiteral("client-secret-stdin"),
                                               CliTr::tr("Service principal mode: read the client secret from stdin instead of the pod's nodePublishSecretRef Secret."));
    const QCommandLineOption clientIdOption(QStringLiteral("client-id"),
                                            CliTr::tr("Service principal mode: the client ID to use with --client-secret-stdin."), CliTr::tr("GUID"));
    const QCommandLineOption yesOption(QStringLiteral("yes"), CliTr::tr("Do not ask for consent (needed when stdin is not a terminal)."));
    const QCommandLineOption jsonOption(QStringLiteral("json"), CliTr::tr("Print the plan, every step's result and the summary as JSON."));
    const QCommandLineOption timeoutOption(QStringLiteral("pod-timeout"), CliTr::tr("Seconds to wait for the probe pod to run (default 180)."),
                                           CliTr::tr("SECONDS"), QStringLiteral("180"));
    parser.addOptions({podOption, spcOption, identityOption, imageOption, namespaceOption, apiVersionOption, addonOption, secretStdinOption,
                       clientIdOption, yesOption, jsonOption, timeoutOption});
    if (!parser.parse(QStringList{QStringLiteral("kvdoctor-cli probe")} + args)) {
        err << parser.errorText() << '\n';
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText();
        return 0;
    }
    const QStringList podParts = parser.value(podOption).split(u'/');
    if (podParts.size() != 2 || podParts[0].isEmpty() || podParts[1].isEmpty()) {
        err << CliTr::tr("kvdoctor-cli probe: --pod NAMESPACE/NAME is required.") << '\n';
        return 2;
    }
    const auto identity = probeIdentityFromId(parser.value(identityOption));
    if (!identity) {
        err << CliTr::tr("kvdoctor-cli probe: --identity \"%1\" is not one of auto, %2.")
                   .arg(parser.value(identityOption), probeIdentityIds().join(QStringLiteral(", ")))
            << '\n';
        return 2;
    }
    bool timeoutOk = false;
    const int podTimeout = parser.value(timeoutOption).toInt(&timeoutOk);
    if (!timeoutOk || podTimeout < 5 || podTimeout > 3600) {
        err << CliTr::tr("kvdoctor-cli probe: --pod-timeout must be a number of seconds between 5 and 3600.") << '\n';
        return 2;
    }
    const bool json = parser.isSet(jsonOption);
    const bool interactive = stdinIsTerminal();
    if (!parser.isSet(yesOption) && !interactive) {
        err << CliTr::tr("kvdoctor-cli probe: creates a pod in the cluster and needs consent; stdin is not a terminal, so pass --yes.") << '\n';
        return 2;
    }

    auto client = connectFromOptions(parser, cluster);
    if (!client)
        return 1;

    // What the plan is made from.
    ProbeInputsLoader loader(client.get());
    QEventLoop loop;
    QString loadError;
    QObject::connect(&loader, &ProbeInputsLoader::loaded, &loop, &QEventLoop::quit);
    QObject::connect(&loader, &ProbeInputsLoader::failed, &loop, [&](const QString &error) {
        loadError = error;
        loop.quit();
    });
    loader.load(podParts[0], podParts[1], parser.value(spcOption));
    loop.exec();
    if (!loadError.isEmpty()) {
        err << CliTr::tr("kvdoctor-cli probe: %1").arg(loadError) << '\n';
        return 1;
    }
    for (const QString &warning : loader.warnings())
        err << CliTr::tr("warning: %1").arg(warning) << '\n';
    ProbeInputs inputs = loader.inputs();
    inputs.identity = *identity;
    inputs.image = parser.value(imageOption);
    inputs.probeNamespace = parser.value(namespaceOption);
    inputs.apiVersion = parser.value(apiVersionOption);
    inputs.addonIdentityClientId = parser.value(addonOption);
    ProbePlan plan;
    QStringList errors;
    if (!buildProbePlan(inputs, &plan, &errors)) {
        for (const QString &error : std::as_const(errors))
            err << CliTr::tr("kvdoctor-cli probe: %1").arg(error) << '\n';
        return 1;
    }

    // The plan, on stderr with --json so stdout stays one JSON document.
    QTextStream &info = json ? err : out;
    info << CliTr::tr("Identity: %1").arg(probeIdentityDisplayName(plan.identity)) << '\n'
         << CliTr::tr("Vault: %1 (%2)").arg(plan.vaultHost, plan.cloud.name) << '\n'
         << CliTr::tr("Probe pod: %1/%2 on node %3, image %4").arg(plan.probeNamespace, plan.probePodName, plan.nodeName, plan.image) << '\n';
    for (const QString &warning : std::as_const(plan.warnings))
        info << CliTr::tr("warning: %1").arg(warning) << '\n';
    const bool readSecret = plan.identity == ProbeIdentity::ServicePrincipal && !parser.isSet(secretStdinOption);
    info.flush();

    if (!parser.isSet(yesOption)) {
        err << CliTr::tr("This creates the hostNetwork pod %1/%2 on node %3 for a few minutes and runs %n check(s) in it, "
                         "with real tokens for the pod's identity (kept in memory only).", nullptr, int(plan.steps.size()))
                   .arg(plan.probeNamespace, plan.probePodName, plan.nodeName)
            << '\n';
        if (readSecret)
            err << CliTr::tr("It reads the client secret from the Secret %1 in namespace %2.").arg(plan.nodePublishSecretRef, plan.appNamespace) << '\n';
        err << CliTr::tr("Continue? [y/N] ");
        err.flush();
        const QString answer = QString::fromLocal8Bit(standardInput().readLine()).trimmed().toLower();
        if (answer != QStringLiteral("y") && answer != QStringLiteral("yes")) {
            err << CliTr::tr("kvdoctor-cli probe: nothing was created.") << '\n';
            return 2;
        }
    }

    ProbeRunner runner(client.get(), plan);
    runner.setPodStartTimeout(podTimeout * 1000);
    if (plan.identity == ProbeIdentity::ServicePrincipal) {
        if (parser.isSet(secretStdinOption)) {
            if (interactive)
                err << CliTr::tr("Client secret (one line): ") << Qt::flush;
            QByteArray secret = readSecretFromStdin(interactive);
            if (secret.isEmpty()) {
                err << CliTr::tr("kvdoctor-cli probe: no client secret on stdin.") << '\n';
                return 2;
            }
            runner.setClientSecret(secret);
            secret.fill('\0');
            runner.setClientId(parser.value(clientIdOption));
            // Without --client-id the Secret's clientid is still needed.
            runner.setReadSecretFromCluster(!parser.isSet(clientIdOption));
        } else {
            runner.setReadSecretFromCluster(true);
        }
    }

    QObject::connect(&runner, &ProbeRunner::stepFinished, &runner, [&](const ProbeStepResult &result) {
        if (json)
            return;
        const ProbeStep *step = plan.step(result.stepId);
        out << '[' << verdictTag(result.verdict) << "] " << (step ? step->title : result.stepId);
        if (!result.actual.isEmpty())
            out << QStringLiteral(": ") << result.actual;
        out << '\n';
        if (result.verdict == ProbeVerdict::Fail || result.verdict == ProbeVerdict::Warning) {
            if (!result.explanation.isEmpty())
                out << QStringLiteral("       ") << result.explanation << '\n';
            if (!result.fix.isEmpty())
                out << QStringLiteral("       ") << CliTr::tr("Fix: %1").arg(result.fix) << '\n';
            if (!result.causeId.isEmpty())
                out << QStringLiteral("       ") << CliTr::tr("Cause: %1").arg(result.causeId) << '\n';
        }
        out.flush();
    });
    QObject::connect(&runner, &ProbeRunner::finished, &loop, &QEventLoop::quit);
    // Ctrl+C cancels: the pod is deleted before the process ends.
    g_interrupted = 0;
    auto previous = std::signal(SIGINT, onInterrupt);
    QTimer interruptPoll;
    QObject::connect(&interruptPoll, &QTimer::timeout, &runner, [&] {
        if (g_interrupted && runner.isRunning()) {
            g_interrupted = 0;
            err << CliTr::tr("Canceling; deleting the probe pod…") << '\n' << Qt::flush;
            runner.cancel();
        }
    });
    interruptPoll.start(200);
    QTimer::singleShot(0, &runner, &ProbeRunner::start);
    loop.exec();
    interruptPoll.stop();
    std::signal(SIGINT, previous == SIG_ERR ? SIG_DFL : previous);

    const ProbeSummary summary = runner.summary();
    if (json) {
        QJsonObject report = probeReportJson(plan, runner.results(), summary);
        report.insert(QStringLiteral("canceled"), runner.phase() == ProbeRunner::Phase::Canceled);
        report.insert(QStringLiteral("inputWarnings"), QJsonArray::fromStringList(loader.warnings()));
        out << QString::fromUtf8(QJsonDocument(report).toJson(QJsonDocument::Indented));
    } else {
        out << '\n' << summary.headline << '\n';
        if (!summary.nextAction.isEmpty())
            out << CliTr::tr("Next: %1").arg(summary.nextAction) << '\n';
    }
    out.flush();
    if (runner.phase() == ProbeRunner::Phase::Canceled)
        return 1;
    return summary.verdict == ProbeVerdict::Fail ? kExitCheckFailed : 0;
}

} // namespace kvd
