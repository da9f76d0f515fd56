// SPDX-License-Identifier: MIT
// kvdoctor-cli: a thin dispatcher; each subcommand lives in its own file (see clicommands.h).
#include "cli/clicommands.h"
#include "core/translations.h"
#include "core/version.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QTextStream>

#include <array>
#include <memory>

namespace {

struct Command
{
    const char *name;
    int (*run)(const QStringList &args);
    const char *summary; // translated in context "Cli"
};

// One line per subcommand.
const std::array kCommands{
    Command{"analyze", &kvd::runAnalyzeCommand,
            QT_TRANSLATE_NOOP("Cli", "Find known causes in log files, folders, zips or a cluster, with fixes (--json).")},
    Command{"contexts", &kvd::runContextsCommand,
            QT_TRANSLATE_NOOP("Cli", "List the kubeconfig contexts (--json for a machine-readable list).")},
    Command{"diagnose", &kvd::runDiagnoseCommand,
            QT_TRANSLATE_NOOP("Cli", "Diagnose why a pod cannot mount its secrets: checks, causes, next step, ticket report (--report).")},
    Command{"inventory", &kvd::runInventoryCommand,
            QT_TRANSLATE_NOOP("Cli", "Show the driver, provider and application pods of every node, and what is wrong.")},
    Command{"logs", &kvd::runLogsCommand,
            QT_TRANSLATE_NOOP("Cli", "Save a node's provider and driver container logs to files (--since, --previous, --follow).")},
    Command{"probe", &kvd::runProbeCommand,
            QT_TRANSLATE_NOOP("Cli", "Test the path from a pod's node to Key Vault with a short-lived curl pod (asks for consent).")},
    Command{"simulate", &kvd::runSimulateCommand,
            QT_TRANSLATE_NOOP("Cli", "Run a simulated AKS cluster and write a kubeconfig for it (--list-scenarios).")},
};

const Command *findCommand(const QString &name)
{
    for (const Command &command : kCommands) {
        if (name == QLatin1StringView(command.name))
            return &command;
    }
    return nullptr;
}

QString usage()
{
    QString text = kvd::CliTr::tr("Usage: kvdoctor-cli COMMAND [OPTIONS]\n"
                                  "       kvdoctor-cli help [COMMAND]\n"
                                  "       kvdoctor-cli --version\n\nCommands:\n");
    for (const Command &command : kCommands)
        text += QStringLiteral("  %1  %2\n")
                    .arg(QLatin1StringView(command.name), -12)
                    .arg(QCoreApplication::translate("Cli", command.summary));
    text += kvd::CliTr::tr("\nRun `kvdoctor-cli COMMAND --help` for the options of a command.\n");
    return text;
}

// PDF reports (also inside zip bundles) lay text out with fonts, which needs a QGuiApplication;
// it runs on the offscreen platform, so no display is needed. Everything else stays GUI-free.
bool needsFonts(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        QByteArray file;
        if (arg == "--report" && i + 1 < argc)
            file = QByteArray(argv[i + 1]).toLower();
        else if (arg.startsWith("--report="))
            file = arg.mid(9).toLower();
        if (file.endsWith(".pdf") || file.endsWith(".zip"))
            return true;
    }
    return false;
}

} // namespace

int main(int argc, char **argv)
{
    std::unique_ptr<QCoreApplication> application;
    if (needsFonts(argc, argv)) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        application = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        application = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication &app = *application;
    QCoreApplication::setOrganizationName(QStringLiteral("kvdoctor"));
    QCoreApplication::setApplicationName(QStringLiteral("kvdoctor-cli"));
    QCoreApplication::setApplicationVersion(kvd::applicationVersion());
    kvd::installTranslations(app);

    const QStringList args = QCoreApplication::arguments();
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (args.size() < 2) {
        err << usage();
        return 2;
    }
    const QString name = args.at(1);
    if (name == QLatin1StringView("--version") || name == QLatin1StringView("-v")) {
        out << "kvdoctor-cli " << kvd::applicationVersion() << '\n';
        return 0;
    }
    if (name == QLatin1StringView("help") || name == QLatin1StringView("--help") || name == QLatin1StringView("-h")) {
        if (args.size() > 2) {
            if (const Command *command = findCommand(args.at(2)))
                return command->run({QStringLiteral("--help")});
            err << kvd::CliTr::tr("kvdoctor-cli: unknown command \"%1\"").arg(args.at(2)) << '\n' << usage();
            return 2;
        }
        out << usage();
        return 0;
    }
    if (const Command *command = findCommand(name)) {
        out.flush();
        return command->run(args.mid(2));
    }
    err << kvd::CliTr::tr("kvdoctor-cli: unknown command \"%1\"").arg(name) << '\n' << usage();
    return 2;
}
