// SPDX-License-Identifier: MIT
// kvdoctor-cli contexts: the kubeconfig contexts as kubectl would see them.
#include "cli/clicommands.h"
#include "core/kubeconfig.h"
#include "core/kubeconfigpaths.h"

#include <QCommandLineParser>
#include <QDir>
#include <QJsonDocument>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace kvd {

namespace {

// Exit code when the list was printed but some entries are unusable (named on stderr).
constexpr int kExitEntryErrors = 3;

QString nativeList(const QStringList &files)
{
    QStringList shown;
    for (const QString &file : files)
        shown.append(QDir::toNativeSeparators(file));
    return shown.join(u", "_s);
}

// Where kubectl's rules looked, so "nothing found" can be acted on.
QString searchExplanation(const KubeconfigEnvironment &env)
{
    if (!env.kubeconfig.isEmpty())
        return CliTr::tr("KUBECONFIG is set to \"%1\"; none of its files exist.").arg(env.kubeconfig);
    return CliTr::tr("KUBECONFIG is not set, so only %1 was looked for. Use --kubeconfig FILE or set KUBECONFIG.")
        .arg(QDir::toNativeSeparators(kubeconfigSearchPaths({}, env).value(0)));
}

void printTable(QTextStream &out, const Kubeconfig &config)
{
    const QStringList header{CliTr::tr("CURRENT"), CliTr::tr("NAME"),   CliTr::tr("CLUSTER"), CliTr::tr("USER"),
                             CliTr::tr("NAMESPACE"), CliTr::tr("SERVER"), CliTr::tr("AUTH")};
    QList<QStringList> rows{header};
    for (const KubeContext &c : config.contexts()) {
        const KubeCluster *cluster = config.cluster(c.cluster);
        const KubeUser *user = config.user(c.user);
        rows.append({c.name == config.currentContext() ? u"*"_s : QString(), c.name, c.cluster, c.user,
                     c.effectiveNamespace(), cluster ? cluster->server : QString(),
                     authKindId(user ? authKindOf(*user) : AuthKind::None)});
    }
    QList<qsizetype> widths(header.size(), 0);
    for (const QStringList &row : std::as_const(rows)) {
        for (qsizetype i = 0; i < row.size(); ++i)
            widths[i] = std::max(widths[i], row.at(i).size());
    }
    for (const QStringList &row : std::as_const(rows)) {
        QString line;
        for (qsizetype i = 0; i < row.size(); ++i) {
            if (i + 1 < row.size())
                line += row.at(i).leftJustified(widths.at(i) + 3);
            else
                line += row.at(i);
        }
        // Trailing spaces help nobody copying from a terminal.
        while (line.endsWith(u' '))
            line.chop(1);
        out << line << '\n';
    }
}

} // namespace

int runContextsCommand(const QStringList &args)
{
    QTextStream out(stdout);
    QTextStream err(stderr);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        CliTr::tr("Lists the contexts of the kubeconfig, found and merged as kubectl does: the --kubeconfig "
                  "file alone, else the files in KUBECONFIG, else ~/.kube/config.\n\n"
                  "Exit codes: 0 success, 1 the kubeconfig cannot be read, 2 usage error, "
                  "3 listed, but some contexts are unusable (see stderr)."));
    parser.addHelpOption();
    const QCommandLineOption kubeconfigOption(u"kubeconfig"_s, CliTr::tr("Read only this kubeconfig file."),
                                              CliTr::tr("file"));
    const QCommandLineOption jsonOption(
        u"json"_s, CliTr::tr("Print {\"currentContext\", \"contexts\": [{name, cluster, user, namespace, server, "
                             "auth}]} as JSON."));
    parser.addOptions({kubeconfigOption, jsonOption});
    if (!parser.parse(QStringList{u"kvdoctor-cli contexts"_s} + args)) {
        err << "kvdoctor-cli contexts: " << parser.errorText() << '\n';
        return 2;
    }
    if (parser.isSet(u"help"_s)) {
        // Qt names the executable's full path in "Usage:"; show the command instead.
        QString help = parser.helpText();
        const qsizetype at = help.indexOf(QCoreApplication::arguments().constFirst());
        if (at >= 0 && at < help.indexOf(u'\n'))
            help.replace(at, QCoreApplication::arguments().constFirst().size(), u"kvdoctor-cli contexts"_s);
        out << help;
        return 0;
    }
    if (!parser.positionalArguments().isEmpty()) {
        err << CliTr::tr("kvdoctor-cli contexts: unexpected argument \"%1\"").arg(parser.positionalArguments().constFirst())
            << '\n';
        return 2;
    }
    const QString explicitFile = parser.value(kubeconfigOption);
    if (parser.isSet(kubeconfigOption) && explicitFile.isEmpty()) {
        err << CliTr::tr("kvdoctor-cli contexts: --kubeconfig needs a file name") << '\n';
        return 2;
    }

    const KubeconfigEnvironment env = KubeconfigEnvironment::current();
    KubeconfigSource source;
    source.explicitFile = explicitFile;
    source.files = kubeconfigSearchPaths(explicitFile, env);
    const Kubeconfig config = Kubeconfig::load(source);

    const QStringList fatal = config.fatalErrors();
    if (!fatal.isEmpty()) {
        for (const QString &message : fatal)
            err << CliTr::tr("kvdoctor-cli contexts: error: %1").arg(message) << '\n';
        if (explicitFile.isEmpty() && config.loadedFiles().isEmpty())
            err << searchExplanation(env) << '\n';
        return 1;
    }

    if (parser.isSet(jsonOption)) {
        out << QJsonDocument(config.contextsJson()).toJson(QJsonDocument::Indented);
    } else if (config.contexts().isEmpty()) {
        err << CliTr::tr("No contexts in %1.").arg(nativeList(config.loadedFiles())) << '\n';
    } else {
        printTable(out, config);
    }
    out.flush();

    for (const KubeconfigIssue &issue : config.issues()) {
        const QString text = issue.severity == KubeconfigIssue::Severity::Error
            ? CliTr::tr("kvdoctor-cli contexts: error: %1")
            : CliTr::tr("kvdoctor-cli contexts: warning: %1");
        err << text.arg(issue.toString()) << '\n';
    }
    // Problems of entries no context uses are reported but do not fail the command.
    bool unusable = !config.currentContext().isEmpty() && !config.context(config.currentContext());
    for (const KubeContext &c : config.contexts()) {
        const QList<KubeconfigIssue> issues = config.contextIssues(c.name);
        for (const KubeconfigIssue &issue : issues)
            unusable = unusable || issue.severity == KubeconfigIssue::Severity::Error;
    }
    return unusable ? kExitEntryErrors : 0;
}

} // namespace kvd
