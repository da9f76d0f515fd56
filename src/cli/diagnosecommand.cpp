// SPDX-License-Identifier: MIT
// kvdoctor-cli diagnose: the Troubleshoot wizard without the GUI, for customers who can run a
// command but not an app. Inventory, the failing pod's node logs, detection and checks come from
// the same DiagnoseJob the wizard uses; --probe adds the connectivity test; --report writes the
// ticket report (.md .html .pdf .json .zip).
#include "cli/clicommands.h"
#include "cli/cliconnection.h"
#include "cli/clireport.h"
#include "core/logsources.h"
#include "core/report.h"
#include "kube/diagnosejob.h"
#include "kube/proberunner.h"
#include "models/reportexport.h"

#include <QCommandLineParser>
#include <QDir>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>

#include <climits>

using namespace Qt::StringLiterals;

namespace kvd {

namespace {

// Runs the connectivity test for the diagnosed pod; the results as the report wants them.
QJsonObject runProbe(KubeClient *client, const QString &ns, const QString &pod, QTextStream &out, QTextStream &err, bool quiet)
{
    ProbeInputsLoader loader(client);
    QEventLoop loop;
    QString loadError;
    QObject::connect(&loader, &ProbeInputsLoader::loaded, &loop, &QEventLoop::quit);
    QObject::connect(&loader, &ProbeInputsLoader::failed, &loop, [&](const QString &error) {
        loadError = error;
        loop.quit();
    });
    loader.load(ns, pod);
    loop.exec();
    if (!loadError.isEmpty()) {
        err << CliTr::tr("connectivity test: %1").arg(loadError) << '\n';
        return {};
    }
    ProbePlan plan;
    QStringList errors;
    if (!buildProbePlan(loader.inputs(), &plan, &errors)) {
        err << CliTr::tr("connectivity test: %1").arg(errors.join(u"; "_s)) << '\n';
        return {};
    }
    ProbeRunner runner(client, plan);
    runner.setReadSecretFromCluster(plan.identity == ProbeIdentity::ServicePrincipal);
    QObject::connect(&runner, &ProbeRunner::stepFinished, &runner, [&](const ProbeStepResult &result) {
        if (quiet)
            return;
        const ProbeStep *step = plan.step(result.stepId);
        out << "  " << checkVerdictSymbol(result.verdict == ProbeVerdict::Pass      ? CheckVerdict::Pass
                                          : result.verdict == ProbeVerdict::Fail    ? CheckVerdict::Fail
                                          : result.verdict == ProbeVerdict::Warning ? CheckVerdict::Warning
                                                                                    : CheckVerdict::Skipped)
            << ' ' << (step ? step->title : result.stepId);
        if (!result.actual.isEmpty())
            out << ": " << Redactor().redact(result.actual);
        out << '\n' << Qt::flush;
    });
    QObject::connect(&runner, &ProbeRunner::finished, &loop, &QEventLoop::quit);
    runner.start();
    loop.exec();
    QJsonObject json = probeReportJson(plan, runner.results(), runner.summary());
    json.insert(u"verdict"_s, probeVerdictId(runner.summary().verdict));
    json.insert(u"finished"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    return json;
}

} // namespace

int runDiagnoseCommand(const QStringList &args)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        CliTr::tr("Diagnose why a pod cannot mount its Key Vault secrets: reads the cluster, the provider and driver logs "
                  "of the pod's node, recognises known causes, checks the driver, provider, SecretProviderClass and your "
                  "permissions, and says what to do next. Without --pod, the first failing pod is taken."));
    parser.addHelpOption();
    const ClusterOptions cluster;
    cluster.addTo(parser);
    const QCommandLineOption namespaceOption({u"n"_s, u"namespace"_s}, CliTr::tr("Namespace of the pod."), CliTr::tr("NAMESPACE"));
    const QCommandLineOption podOption(u"pod"_s, CliTr::tr("The pod to diagnose (NAME or NAMESPACE/NAME)."), CliTr::tr("POD"));
    const QCommandLineOption sinceOption(u"since"_s, CliTr::tr("Time range of the logs read (15m, 1h, 6h, 24h, all). Default 1h."),
                                         CliTr::tr("DURATION"), u"1h"_s);
    const ReportCliOptions reportCli;
    const QCommandLineOption probeOption(u"probe"_s, CliTr::tr("Also run the connectivity test from the pod's node (creates a "
                                                                "short-lived pod; needs --yes)."));
    const QCommandLineOption yesOption(u"yes"_s, CliTr::tr("Consent to creating the probe pod for --probe."));
    const QCommandLineOption jsonOption(u"json"_s, CliTr::tr("Print the verdicts as JSON."));
    const QCommandLineOption languageOption(u"language"_s, CliTr::tr("Language of the report's rule texts (en, ko)."),
                                            CliTr::tr("LANG"), u"en"_s);
    parser.addOptions({namespaceOption, podOption, sinceOption, probeOption, yesOption, jsonOption, languageOption});
    reportCli.addTo(parser);
    if (!parser.parse(QStringList{u"kvdoctor-cli diagnose"_s} + args)) {
        err << parser.errorText() << '\n';
        return 2;
    }
    if (parser.isSet(u"help"_s)) {
        out << parser.helpText();
        return 0;
    }
    const std::optional<qint64> since = parseSinceDuration(parser.value(sinceOption));
    if (!since) {
        err << CliTr::tr("kvdoctor-cli diagnose: --since \"%1\" is not a duration such as 15m, 1h or all.").arg(parser.value(sinceOption))
            << '\n';
        return 2;
    }
    if (parser.isSet(probeOption) && !parser.isSet(yesOption)) {
        err << CliTr::tr("kvdoctor-cli diagnose: --probe creates a pod in the cluster; add --yes to consent.") << '\n';
        return 2;
    }
    ReportOptions reportOptions;
    QString reportPath;
    if (!reportCli.parse(parser, u"diagnose"_s, &reportPath, &reportOptions, err))
        return 2;
    reportOptions.language = parser.value(languageOption);

    DiagnoseOptions options;
    options.namespaceName = parser.value(namespaceOption);
    options.pod = parser.value(podOption);
    if (options.pod.contains(u'/')) {
        options.namespaceName = options.pod.section(u'/', 0, 0);
        options.pod = options.pod.section(u'/', 1);
    }
    options.sinceSeconds = *since;

    auto client = connectFromOptions(parser, cluster);
    if (!client)
        return 1;
    const bool json = parser.isSet(jsonOption);
    QTextStream &live = json ? err : out;

    DiagnoseJob job(client.get());
    QEventLoop loop;
    QString failure;
    QObject::connect(&job, &DiagnoseJob::stageChanged, &loop, [&](DiagnoseJob::Stage stage, const QString &description) {
        if (stage != DiagnoseJob::Stage::Finished && stage != DiagnoseJob::Stage::Failed)
            err << description << '\n' << Qt::flush;
    });
    QObject::connect(&job, &DiagnoseJob::finished, &loop, &QEventLoop::quit);
    QObject::connect(&job, &DiagnoseJob::failed, &loop, [&](const QString &message) {
        failure = message;
        loop.quit();
    });
    job.start(options);
    loop.exec();
    if (!failure.isEmpty()) {
        err << CliTr::tr("kvdoctor-cli diagnose: %1").arg(failure) << '\n';
        return 1;
    }

    if (!json) {
        // Everything printed quotes cluster text (events, log lines): redacted like a report,
        // since terminal output ends up pasted into tickets too.
        QString text;
        QTextStream info(&text);
        info << '\n'
             << (job.targetPod().isEmpty() ? CliTr::tr("No pod is failing to mount its secrets.")
                                           : CliTr::tr("Pod %1/%2 on node %3").arg(job.targetNamespace(), job.targetPod(),
                                                                                    job.targetNode().isEmpty() ? u"-"_s : job.targetNode()))
             << "\n\n";
        for (const CheckResult &check : job.checks())
            info << "  " << checkVerdictSymbol(check.verdict) << ' ' << check.title << "\n      " << check.detail << '\n';
        const QList<Finding> findings = job.podFindings();
        int shown = 0;
        for (const Finding &f : findings) {
            if (f.severity == FindingSeverity::Info || shown == 3)
                continue;
            if (shown++ == 0)
                info << '\n' << CliTr::tr("Findings:") << '\n';
            const Rule *rule = RuleCatalogue::builtin().rule(f.cause);
            info << "  [" << findingSeverityId(f.severity) << "] " << (rule ? rule->title.text(reportOptions.language) : f.cause)
                 << " (" << f.cause << ", " << CliTr::tr("%n time(s)", nullptr, int(std::min<qint64>(f.count, INT_MAX))) << ")\n";
            if (rule && !rule->fix.list(reportOptions.language).isEmpty())
                info << "      " << CliTr::tr("Fix: %1").arg(rule->fix.list(reportOptions.language).constFirst()) << '\n';
        }
        const NextStep next = job.nextStep();
        info << '\n' << CliTr::tr("Next step: %1").arg(next.reason) << '\n';
        if (next.offerConnectivityTest && !parser.isSet(probeOption) && !job.targetPod().isEmpty())
            info << "  kvdoctor-cli probe --context " << client->context().context.name << " --pod " << job.targetNamespace() << '/'
                 << job.targetPod() << '\n';
        info.flush();
        Redactor screen;
        out << screen.redact(text);
        out.flush();
    }

    QJsonObject probe;
    if (parser.isSet(probeOption) && !job.targetPod().isEmpty()) {
        live << '\n' << CliTr::tr("Connectivity test:") << '\n' << Qt::flush;
        probe = runProbe(client.get(), job.targetNamespace(), job.targetPod(), live, err, json);
    }

    if (json) {
        QJsonObject result = job.resultJson();
        QJsonArray findings;
        for (const Finding &f : job.podFindings()) {
            findings.append(QJsonObject{{u"cause"_s, f.cause}, {u"severity"_s, findingSeverityId(f.severity)}, {u"count"_s, f.count}});
        }
        result.insert(u"findings"_s, findings);
        if (!probe.isEmpty())
            result.insert(u"connectivityTest"_s, QJsonObject{{u"verdict"_s, probe.value(u"verdict"_s)}});
        // Redacted like a report: the verdicts quote log lines.
        Redactor redactor;
        out << redactor.redact(QString::fromUtf8(QJsonDocument(result).toJson(QJsonDocument::Indented)));
        out.flush();
    }

    if (!reportPath.isEmpty()) {
        ReportInput input = job.reportInput();
        input.connectivity = probe;
        QList<BundleLog> logs;
        const auto collectedLogs = job.logs();
        for (const auto &[source, data] : collectedLogs)
            logs.append({QString(source).replace(u'/', u'_') + u".log"_s, {}, data});
        if (!writeCliReport(reportPath, input, reportOptions, logs, u"diagnose"_s, err))
            return 1;
    }
    return 0;
}

} // namespace kvd
