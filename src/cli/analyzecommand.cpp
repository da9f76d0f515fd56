// SPDX-License-Identifier: MIT
// kvdoctor-cli analyze: known causes in log files/folders/zips, or in a cluster's inventory,
// events and provider/driver logs (core/detector.h). Exit 0 whenever the analysis ran.
#include "cli/cliconnection.h"
#include "cli/clireport.h"
#include "cli/clicommands.h"
#include "core/detector.h"
#include "core/logsources.h"
#include "kube/inventorycollector.h"
#include "kube/kubewatch.h"
#include "models/logarchive.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTemporaryDir>
#include <QTextStream>

#include <memory>

namespace kvd {

using namespace Qt::StringLiterals;

namespace {

// Bytes handed to the detector at once: large enough for the multi-pattern scan to stream.
constexpr qint64 kChunkBytes = 32 * 1024 * 1024;
// Nodes whose logs are fetched when --node is not given (the ones with problems first).
constexpr int kMaxNodes = 20;
// Evidence lines printed per finding in text mode.
constexpr int kTextEvidence = 5;

QString isoTime(qint64 us)
{
    return us == 0 ? QString() : QDateTime::fromMSecsSinceEpoch(us / 1000, QTimeZone::UTC).toString(Qt::ISODateWithMs);
}

// Feeds one file to the detector in chunks of whole lines (mapped when possible: no copy).
bool analyzeFile(Detector &detector, const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = CliTr::tr("%1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    LogSourceInfo source{path, {}, {}, {}, QFileInfo(path).lastModified().date().year()};
    qint64 line = 1;
    const qint64 size = file.size();
    if (uchar *mapped = size > 0 ? file.map(0, size) : nullptr) {
        const char *data = reinterpret_cast<const char *>(mapped);
        qint64 pos = 0;
        while (pos < size) {
            qint64 end = std::min(size, pos + kChunkBytes);
            if (end < size) {
                // cut after the last '\n' of the chunk (a line longer than a chunk goes whole)
                const QByteArrayView chunk(data + pos, end - pos);
                const qsizetype nl = chunk.lastIndexOf('\n');
                if (nl >= 0) {
                    end = pos + nl + 1;
                } else {
                    const qsizetype next = QByteArrayView(data + end, size - end).indexOf('\n');
                    end = next < 0 ? size : end + next + 1;
                }
            }
            line += detector.addLogData(QByteArrayView(data + pos, end - pos), source, line);
            pos = end;
        }
        file.unmap(mapped);
    } else {
        QByteArray carry;
        while (!file.atEnd()) {
            QByteArray chunk = carry + file.read(kChunkBytes);
            if (file.error() != QFileDevice::NoError) {
                *error = CliTr::tr("%1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
                return false;
            }
            const qsizetype nl = chunk.lastIndexOf('\n');
            if (nl < 0 && !file.atEnd()) {
                carry = chunk;
                continue;
            }
            carry = file.atEnd() ? QByteArray() : chunk.mid(nl + 1);
            if (!file.atEnd())
                chunk.truncate(nl + 1);
            line += detector.addLogData(chunk, source, line);
        }
    }
    detector.finishSource(path);
    return true;
}

QJsonObject findingToJson(const Finding &f, const Rule &rule, const QString &language, bool filesAreFiles)
{
    QJsonArray evidence;
    for (const Evidence &e : f.evidence) {
        QJsonObject o;
        if (e.kind == Evidence::Kind::LogLine && filesAreFiles)
            o.insert(u"file"_s, QDir::toNativeSeparators(e.source));
        else
            o.insert(u"source"_s, e.source);
        o.insert(u"line"_s, e.line);
        o.insert(u"text"_s, e.text);
        o.insert(u"kind"_s, evidenceKindId(e.kind));
        if (e.timestampUs != 0)
            o.insert(u"time"_s, isoTime(e.timestampUs));
        if (!e.node.isEmpty())
            o.insert(u"node"_s, e.node);
        if (!e.pod.isEmpty())
            o.insert(u"pod"_s, QString(e.namespaceName + u'/' + e.pod));
        evidence.append(o);
    }
    QJsonObject o{
        {u"cause"_s, f.cause},
        {u"severity"_s, findingSeverityId(f.severity)},
        {u"title"_s, rule.title.text(language)},
        {u"count"_s, f.count},
        {u"evidence"_s, evidence},
        {u"fix"_s, QJsonArray::fromStringList(rule.fix.list(language))},
        {u"docs"_s, QJsonArray::fromStringList(rule.docs)},
        {u"explanation"_s, rule.explanation.text(language)},
        {u"component"_s, rule.component},
        {u"kubectl"_s, QJsonArray::fromStringList(rule.kubectl)},
        {u"contextCauses"_s, QJsonArray::fromStringList(f.contextCauses)},
    };
    if (!f.node.isEmpty())
        o.insert(u"node"_s, f.node);
    if (f.firstSeenUs != 0) {
        o.insert(u"firstSeen"_s, isoTime(f.firstSeenUs));
        o.insert(u"lastSeen"_s, isoTime(f.lastSeenUs));
    }
    return o;
}

QString elide(const QString &text, int max)
{
    return text.size() <= max ? text : text.left(max - 1) + u'…';
}

void printText(QTextStream &out, const QList<Finding> &findings, const RuleCatalogue &catalogue, const QString &language,
               const QString &scope)
{
    int errors = 0, warnings = 0, infos = 0;
    for (const Finding &f : findings)
        (f.severity == FindingSeverity::Error ? errors : f.severity == FindingSeverity::Warning ? warnings : infos)++;
    if (findings.isEmpty()) {
        out << CliTr::tr("No known problem found in %1.").arg(scope) << '\n';
        return;
    }
    out << CliTr::tr("%1: %2 errors, %3 warnings, %4 notes.").arg(scope).arg(errors).arg(warnings).arg(infos) << "\n\n";
    int index = 0;
    for (const Finding &f : findings) {
        const Rule *rule = catalogue.rule(f.cause);
        if (!rule)
            continue;
        out << ++index << ". [" << findingSeverityDisplayName(f.severity).toUpper() << "] " << rule->title.text(language) << "  ("
            << f.cause << ")\n";
        QString where = u"   "_s + CliTr::tr("%n time(s)", nullptr, int(std::min<qint64>(f.count, INT_MAX)));
        if (!f.node.isEmpty())
            where += CliTr::tr(", node %1").arg(f.node);
        if (f.firstSeenUs != 0)
            where += CliTr::tr(", first %1, last %2").arg(isoTime(f.firstSeenUs), isoTime(f.lastSeenUs));
        out << where << '\n';
        out << "   " << rule->explanation.text(language) << '\n';
        out << "   " << CliTr::tr("Evidence:") << '\n';
        for (int i = 0; i < f.evidence.size() && i < kTextEvidence; ++i) {
            const Evidence &e = f.evidence.at(i);
            const QString location = e.line > 0 ? u"%1:%2"_s.arg(QDir::toNativeSeparators(e.source)).arg(e.line) : e.source;
            out << "     " << location << ": " << elide(e.text.simplified(), 240) << '\n';
        }
        if (f.count > qMin<qint64>(f.evidence.size(), kTextEvidence))
            out << "     " << CliTr::tr("… and %1 more").arg(f.count - qMin<qint64>(f.evidence.size(), kTextEvidence)) << '\n';
        if (!f.contextCauses.isEmpty())
            out << "   " << CliTr::tr("Also explains: %1").arg(f.contextCauses.join(u", "_s)) << '\n';
        out << "   " << CliTr::tr("Fix:") << '\n';
        int step = 0;
        for (const QString &s : rule->fix.list(language))
            out << "     " << ++step << ". " << s << '\n';
        out << "   " << CliTr::tr("Confirm:") << ' ' << rule->kubectl.join(u"\n            "_s) << '\n';
        out << "   " << CliTr::tr("Docs:") << ' ' << rule->docs.join(u"\n         "_s) << "\n\n";
    }
}

// Fetches the provider and driver logs of `nodes` and feeds them to the detector as they come.
int fetchNodeLogs(KubeClient *client, const QList<const NodeEntry *> &nodes, std::optional<qint64> since, Detector &detector,
                  QTextStream &err)
{
    struct Stream
    {
        LogSourceInfo source;
        QByteArray carry;
        qint64 line = 1;
    };
    QEventLoop loop;
    int pending = 0;
    int failures = 0;
    std::vector<std::unique_ptr<Stream>> streams;
    for (const NodeEntry *node : nodes) {
        for (const LogSourceSpec &spec : nodeLogSources(*node)) {
            auto stream = std::make_unique<Stream>();
            stream->source = {spec.namespaceName + u'/' + spec.pod + u'/' + spec.container, node->node.name, spec.namespaceName,
                              spec.pod, QDate::currentDate().year()};
            LogOptions options;
            options.namespaceName = spec.namespaceName;
            options.pod = spec.pod;
            options.container = spec.container;
            if (since && *since > 0)
                options.sinceSeconds = *since;
            KubeLogStream *job = client->logs(options);
            Stream *s = stream.get();
            QObject::connect(job, &KubeLogStream::dataReceived, &loop, [s, &detector](const QByteArray &data) {
                s->carry += data;
                const qsizetype nl = s->carry.lastIndexOf('\n');
                if (nl < 0)
                    return;
                s->line += detector.addLogData(QByteArrayView(s->carry).first(nl + 1), s->source, s->line);
                s->carry.remove(0, nl + 1);
            });
            auto done = [s, &detector, &pending, &loop] {
                if (!s->carry.isEmpty())
                    s->line += detector.addLogData(s->carry, s->source, s->line);
                s->carry.clear();
                detector.finishSource(s->source.source);
                if (--pending == 0)
                    loop.quit();
            };
            QObject::connect(job, &KubeJob::finished, &loop, done);
            QObject::connect(job, &KubeJob::failed, &loop, [&, done, s](const KubeError &error) {
                err << CliTr::tr("kvdoctor-cli analyze: log of %1: %2").arg(s->source.source, error.message) << '\n';
                ++failures;
                done();
            });
            ++pending;
            streams.push_back(std::move(stream));
        }
    }
    if (pending > 0)
        loop.exec();
    return failures;
}

} // namespace

int runAnalyzeCommand(const QStringList &args)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        CliTr::tr("Finds known causes of Key Vault CSI problems and says how to fix them. Offline: give log files, folders or "
                  "zip archives. Against a cluster: give --context (reads the inventory, the pods' events and the provider and "
                  "driver logs; read-only). Exit code 0 when the analysis ran, whatever it found."));
    parser.addHelpOption();
    ClusterOptions cluster;
    cluster.addTo(parser);
    const QCommandLineOption jsonOption(u"json"_s, CliTr::tr("Print the findings as JSON."));
    const QCommandLineOption nodeOption(u"node"_s, CliTr::tr("Only this node's logs (cluster mode)."), CliTr::tr("NODE"));
    const QCommandLineOption sinceOption(u"since"_s, CliTr::tr("Only log lines newer than this (15m, 1h, 24h, all). Default 1h."),
                                         CliTr::tr("DURATION"), u"1h"_s);
    const QCommandLineOption languageOption(u"language"_s, CliTr::tr("Language of the texts (en, ko). Default: the system's."),
                                            CliTr::tr("LANG"));
    parser.addOptions({jsonOption, nodeOption, sinceOption, languageOption});
    const ReportCliOptions reportCli;
    reportCli.addTo(parser);
    parser.addPositionalArgument(u"PATH"_s, CliTr::tr("Log files, folders or zip archives to analyse."), u"[PATH...]"_s);
    if (!parser.parse(QStringList{u"kvdoctor-cli analyze"_s} + args)) {
        err << parser.errorText() << '\n';
        return 2;
    }
    if (parser.isSet(u"help"_s)) {
        out << parser.helpText();
        return 0;
    }
    const QStringList paths = parser.positionalArguments();
    const bool clusterMode = parser.isSet(cluster.context) || parser.isSet(cluster.kubeconfig);
    if (paths.isEmpty() && !clusterMode) {
        err << CliTr::tr("kvdoctor-cli analyze: give log files/folders/zip archives, or --context for a cluster.") << '\n';
        return 2;
    }
    if (!paths.isEmpty() && clusterMode) {
        err << CliTr::tr("kvdoctor-cli analyze: give either paths or --context, not both.") << '\n';
        return 2;
    }
    if (!clusterMode && parser.isSet(nodeOption)) {
        err << CliTr::tr("kvdoctor-cli analyze: --node needs --context.") << '\n';
        return 2;
    }
    const std::optional<qint64> since = parseSinceDuration(parser.value(sinceOption));
    if (!since) {
        err << CliTr::tr("kvdoctor-cli analyze: --since \"%1\" is not a duration such as 15m, 1h or 24h.").arg(parser.value(sinceOption))
            << '\n';
        return 2;
    }
    QString language = parser.value(languageOption);
    if (language.isEmpty())
        language = QLocale::system().uiLanguages().value(0, u"en"_s);
    ReportOptions reportOptions;
    QString reportPath;
    if (!reportCli.parse(parser, u"analyze"_s, &reportPath, &reportOptions, err))
        return 2;
    reportOptions.language = language.section(u'-', 0, 0).section(u'_', 0, 0);

    Detector detector;
    if (!detector.isValid()) {
        err << detector.errorString() << '\n';
        return 1;
    }
    QElapsedTimer clock;
    clock.start();
    QString scope;
    if (!clusterMode) {
        QTemporaryDir extractDir;
        const LogFileList list = collectLogFiles(paths, extractDir.path());
        if (!list.error.isEmpty())
            err << CliTr::tr("kvdoctor-cli analyze: %1").arg(list.error) << '\n';
        if (list.files.isEmpty()) {
            err << CliTr::tr("kvdoctor-cli analyze: no readable log file in the given paths.") << '\n';
            return 1;
        }
        int read = 0;
        for (const QString &file : list.files) {
            QString error;
            if (analyzeFile(detector, file, &error))
                ++read;
            else
                err << CliTr::tr("kvdoctor-cli analyze: %1").arg(error) << '\n';
        }
        if (read == 0)
            return 1;
        const QList<Finding> findings = detector.findings();
        scope = CliTr::tr("%n file(s)", nullptr, read) + u", "_s + CliTr::tr("%n line(s)", nullptr, int(std::min<qint64>(detector.linesScanned(), INT_MAX)));
        // Paths inside an extracted zip point into a temporary folder: name them by the archive.
        QList<Finding> shown = findings;
        const QString tempPrefix = extractDir.path() + u'/';
        for (Finding &f : shown) {
            for (Evidence &e : f.evidence) {
                if (e.source.startsWith(tempPrefix))
                    e.source = e.source.mid(tempPrefix.size());
            }
        }
        if (parser.isSet(jsonOption)) {
            QJsonArray array;
            for (const Finding &f : shown)
                array.append(findingToJson(f, *detector.catalogue().rule(f.cause), language, true));
            out << QJsonDocument(QJsonObject{{u"findings"_s, array},
                                             {u"files"_s, read},
                                             {u"lines"_s, detector.linesScanned()},
                                             {u"elapsedMs"_s, clock.elapsed()}})
                       .toJson(QJsonDocument::Indented);
        } else {
            printText(out, shown, detector.catalogue(), language, scope);
        }
        if (!reportPath.isEmpty()) {
            // The report names files as shown above; excerpts and the bundle read the real ones.
            QHash<QString, QString> realPath;
            ReportInput input;
            input.title = CliTr::tr("Key Vault CSI Doctor report (offline logs)");
            input.findings = shown;
            QList<BundleLog> logs;
            for (const QString &file : list.files) {
                const QString display = file.startsWith(tempPrefix) ? file.mid(tempPrefix.size()) : file;
                realPath.insert(display, file);
                input.collected.append({display, u"file"_s, 0, QFileInfo(file).size(), {}});
                logs.append({QString(display).remove(QRegularExpression(u"^([A-Za-z]:)?/+"_s)), file, {}});
            }
            input.excerpt = [realPath](const Evidence &e, int before, int after) {
                return fileExcerpt(realPath.value(e.source, e.source), e.line, before, after);
            };
            if (!writeCliReport(reportPath, input, reportOptions, logs, u"analyze"_s, err))
                return 1;
        }
        return 0;
    }

    auto client = connectFromOptions(parser, cluster);
    if (!client)
        return 1;
    InventoryCollector collector(client.get());
    QEventLoop loop;
    KubeError failure;
    QObject::connect(&collector, &InventoryCollector::finished, &loop, &QEventLoop::quit);
    QObject::connect(&collector, &InventoryCollector::failed, &loop, [&](const KubeError &error) {
        failure = error;
        loop.quit();
    });
    collector.start({QString(), 500});
    loop.exec();
    if (failure.isError()) {
        err << CliTr::tr("kvdoctor-cli analyze: the cluster could not be read: %1").arg(failure.message) << '\n';
        return 1;
    }
    for (const QString &warning : collector.warnings())
        err << CliTr::tr("kvdoctor-cli analyze: %1").arg(warning) << '\n';
    const Inventory inventory = collector.inventory();
    QList<const NodeEntry *> nodes;
    if (parser.isSet(nodeOption)) {
        const NodeEntry *node = inventory.node(parser.value(nodeOption));
        if (!node) {
            err << CliTr::tr("kvdoctor-cli analyze: no node named \"%1\".").arg(parser.value(nodeOption)) << '\n';
            return 1;
        }
        nodes.append(node);
    } else {
        // Nodes with problems first; their logs hold the reasons.
        for (const NodeEntry &node : inventory.nodes) {
            if (node.hasProblems() && nodes.size() < kMaxNodes)
                nodes.append(&node);
        }
        if (nodes.size() > kMaxNodes)
            nodes.resize(kMaxNodes);
    }
    detector.addInventory(inventory);
    fetchNodeLogs(client.get(), nodes, since, detector, err);

    QList<Finding> findings = detector.findings();
    if (parser.isSet(nodeOption)) {
        const QString node = parser.value(nodeOption);
        findings.removeIf([&](const Finding &f) { return !f.node.isEmpty() && f.node != node; });
    }
    scope = CliTr::tr("context %1, %n node log(s) read", nullptr, int(nodes.size())).arg(client->context().context.name);
    if (parser.isSet(jsonOption)) {
        QJsonArray array;
        for (const Finding &f : findings)
            array.append(findingToJson(f, *detector.catalogue().rule(f.cause), language, false));
        QJsonArray nodeNames;
        for (const NodeEntry *node : nodes)
            nodeNames.append(node->node.name);
        out << QJsonDocument(QJsonObject{{u"findings"_s, array},
                                         {u"context"_s, client->context().context.name},
                                         {u"nodesRead"_s, nodeNames},
                                         {u"lines"_s, detector.linesScanned()},
                                         {u"warnings"_s, QJsonArray::fromStringList(collector.warnings())}})
                   .toJson(QJsonDocument::Indented);
    } else {
        printText(out, findings, detector.catalogue(), language, scope);
    }
    if (!reportPath.isEmpty()) {
        ReportInput input;
        input.context = client->context().context.name;
        input.server = client->context().cluster.server;
        input.auth = authKindDisplayName(client->context().authKind);
        input.inventory = inventory;
        input.findings = findings;
        for (const NodeEntry *node : std::as_const(nodes))
            input.collected.append({CliTr::tr("provider and driver logs of %1").arg(node->node.name), u"log"_s, 0, 0, {}});
        if (!writeCliReport(reportPath, input, reportOptions, {}, u"analyze"_s, err))
            return 1;
    }
    return 0;
}

} // namespace kvd
