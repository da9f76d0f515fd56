// SPDX-License-Identifier: MIT
#include "core/report.h"

#include "core/coretr.h"
#include "core/secretsstore.h"
#include "core/version.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QSysInfo>
#include <QTimeZone>

#include <algorithm>
#include <climits>

using namespace Qt::StringLiterals;

namespace kvd {

namespace {

QString isoTime(qint64 us)
{
    if (us <= 0)
        return {};
    return QDateTime::fromMSecsSinceEpoch(us / 1000, QTimeZone::UTC).toString(Qt::ISODateWithMs);
}

QString isoTime(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODate) : QString();
}

QJsonArray toArray(const QStringList &list)
{
    QJsonArray a;
    for (const QString &s : list)
        a.append(s);
    return a;
}

// Every string value (not the keys) through the redactor; `schema` and ids stay as they are
// because they are ours.
QJsonValue redactValue(const QJsonValue &value, Redactor &redactor)
{
    if (value.isString())
        return redactor.redact(value.toString());
    if (value.isArray()) {
        QJsonArray out;
        for (const QJsonValue &v : value.toArray())
            out.append(redactValue(v, redactor));
        return out;
    }
    if (value.isObject()) {
        QJsonObject out;
        const QJsonObject in = value.toObject();
        for (auto it = in.begin(); it != in.end(); ++it)
            out.insert(it.key(), redactValue(it.value(), redactor));
        return out;
    }
    return value;
}

QJsonObject eventJson(const KubeEvent &e)
{
    return {{u"type"_s, e.type},
            {u"reason"_s, e.reason},
            {u"message"_s, e.message},
            {u"count"_s, e.count},
            {u"lastSeen"_s, isoTime(e.lastSeen())},
            {u"source"_s, e.sourceComponent}};
}

QJsonObject clusterSection(const ReportInput &input, const ReportOptions &options)
{
    QJsonObject cluster{{u"context"_s, input.context},
                        {u"server"_s, options.maskServer && !input.server.isEmpty() ? u"https://[server]"_s : input.server},
                        {u"auth"_s, input.auth},
                        {u"kubernetesVersion"_s, input.kubernetesVersion}};
    if (!input.inventory)
        return cluster;
    const Inventory &inv = *input.inventory;
    struct Pool { int nodes = 0; int notReady = 0; QString os; };
    QMap<QString, Pool> pools;
    int windowsNodes = 0;
    for (const NodeEntry &node : inv.nodes) {
        if (!node.known)
            continue;
        Pool &pool = pools[node.node.agentPool.isEmpty() ? u"-"_s : node.node.agentPool];
        ++pool.nodes;
        if (node.node.ready != ConditionStatus::True)
            ++pool.notReady;
        pool.os = node.node.os;
        if (node.isWindows())
            ++windowsNodes;
    }
    QJsonArray poolArray;
    for (auto it = pools.cbegin(); it != pools.cend(); ++it)
        poolArray.append(QJsonObject{{u"name"_s, it.key()}, {u"nodes"_s, it->nodes}, {u"notReady"_s, it->notReady}, {u"os"_s, it->os}});
    QJsonArray daemonSets;
    for (const DaemonSetInfo &ds : inv.daemonSets) {
        daemonSets.append(QJsonObject{{u"namespace"_s, ds.namespaceName}, {u"name"_s, ds.name}, {u"desired"_s, ds.desired},
                                      {u"ready"_s, ds.ready}, {u"available"_s, ds.available},
                                      {u"images"_s, toArray(ds.images)}, {u"fullyReady"_s, ds.fullyReady()}});
    }
    cluster.insert(u"nodes"_s, int(std::count_if(inv.nodes.cbegin(), inv.nodes.cend(), [](const NodeEntry &n) { return n.known; })));
    cluster.insert(u"windowsNodes"_s, windowsNodes);
    cluster.insert(u"pools"_s, poolArray);
    cluster.insert(u"driverVersions"_s, toArray(inv.driverVersions));
    cluster.insert(u"providerVersions"_s, toArray(inv.providerVersions));
    cluster.insert(u"csiDriver"_s, inv.csiDriver.has_value());
    cluster.insert(u"daemonSets"_s, daemonSets);
    cluster.insert(u"appPods"_s, inv.appPodCount());
    cluster.insert(u"failingAppPods"_s, inv.failingAppPodCount());
    return cluster;
}

QJsonArray failingPodsSection(const Inventory &inv)
{
    QJsonArray pods;
    auto add = [&](const AppPodEntry &app, const QString &node) {
        if (!app.mountFailing())
            return;
        QJsonArray events;
        for (const KubeEvent &e : app.events)
            events.append(eventJson(e));
        pods.append(QJsonObject{{u"namespace"_s, app.pod.namespaceName},
                                {u"name"_s, app.pod.name},
                                {u"node"_s, node},
                                {u"state"_s, podStateSummary(app.pod)},
                                {u"secretProviderClass"_s, app.secretProviderClass},
                                {u"secretProviderClassFound"_s, app.secretProviderClassFound},
                                {u"identityMode"_s, identityModeId(app.identityMode)},
                                {u"events"_s, events}});
    };
    for (const NodeEntry &node : inv.nodes) {
        for (const AppPodEntry &app : node.apps)
            add(app, node.node.name);
    }
    for (const AppPodEntry &app : inv.unscheduledApps)
        add(app, QString());
    return pods;
}

QJsonArray spcSection(const Inventory &inv)
{
    QJsonArray spcs;
    for (const SecretProviderClassInfo &spc : inv.secretProviderClasses) {
        QJsonObject parameters;
        for (auto it = spc.parameters.cbegin(); it != spc.parameters.cend(); ++it) {
            if (it.key() != u"objects"_s)
                parameters.insert(it.key(), it.value());
        }
        QJsonArray objects;
        for (const KeyVaultObjectSpec &o : spc.objects) {
            objects.append(QJsonObject{{u"name"_s, o.objectName}, {u"type"_s, o.objectType},
                                       {u"version"_s, o.objectVersion}, {u"alias"_s, o.objectAlias}});
        }
        spcs.append(QJsonObject{{u"namespace"_s, spc.namespaceName},
                                {u"name"_s, spc.name},
                                {u"provider"_s, spc.provider},
                                {u"identityMode"_s, identityModeId(spc.identityMode())},
                                {u"keyvaultName"_s, spc.keyvaultName()},
                                {u"tenantId"_s, spc.tenantId()},
                                {u"cloudName"_s, spc.cloudName()},
                                {u"parameters"_s, parameters},
                                {u"objects"_s, objects},
                                {u"problems"_s, toArray(spc.validationProblems())}});
    }
    return spcs;
}

QJsonArray findingsSection(const ReportInput &input, const ReportOptions &options, const RuleCatalogue &catalogue)
{
    QJsonArray findings;
    for (const Finding &f : input.findings) {
        const Rule *rule = catalogue.rule(f.cause);
        QJsonArray evidence;
        for (qsizetype i = 0; i < f.evidence.size() && i < options.evidencePerFinding; ++i) {
            const Evidence &e = f.evidence.at(i);
            QJsonObject item{{u"kind"_s, evidenceKindId(e.kind)}, {u"source"_s, e.source}, {u"text"_s, e.text},
                             {u"time"_s, isoTime(e.timestampUs)}, {u"node"_s, e.node}};
            if (e.line > 0)
                item.insert(u"line"_s, e.line);
            if (!e.pod.isEmpty())
                item.insert(u"pod"_s, QString(e.namespaceName + u'/' + e.pod));
            if (e.kind == Evidence::Kind::LogLine && input.excerpt && options.excerptLines > 0) {
                QJsonArray excerpt;
                const auto lines = input.excerpt(e, options.excerptLines, options.excerptLines);
                for (const auto &[number, text] : lines)
                    excerpt.append(QJsonObject{{u"line"_s, number}, {u"text"_s, text}});
                if (!excerpt.isEmpty())
                    item.insert(u"excerpt"_s, excerpt);
            }
            evidence.append(item);
        }
        QJsonObject finding{{u"cause"_s, f.cause},
                            {u"severity"_s, findingSeverityId(f.severity)},
                            {u"count"_s, f.count},
                            {u"firstSeen"_s, isoTime(f.firstSeenUs)},
                            {u"lastSeen"_s, isoTime(f.lastSeenUs)},
                            {u"node"_s, f.node},
                            {u"nodes"_s, toArray(f.nodes())},
                            {u"contextCauses"_s, toArray(f.contextCauses)},
                            {u"evidence"_s, evidence},
                            {u"evidenceShown"_s, int(evidence.size())}};
        if (rule) {
            finding.insert(u"title"_s, rule->title.text(options.language));
            finding.insert(u"component"_s, rule->component);
            finding.insert(u"explanation"_s, rule->explanation.text(options.language));
            finding.insert(u"fix"_s, toArray(rule->fix.list(options.language)));
            finding.insert(u"docs"_s, toArray(rule->docs));
            finding.insert(u"kubectl"_s, toArray(rule->kubectl));
        } else {
            finding.insert(u"title"_s, f.cause);
        }
        findings.append(finding);
    }
    return findings;
}

QJsonArray timelineSection(const ReportInput &input, const ReportOptions &options, const RuleCatalogue &catalogue)
{
    struct Entry { QDateTime time; QString kind; QString what; };
    QList<Entry> entries;
    if (input.inventory) {
        auto addEvents = [&](const AppPodEntry &app) {
            for (const KubeEvent &e : app.events) {
                entries.append({e.lastSeen(), u"event"_s,
                                u"%1 %2 %3/%4: %5"_s.arg(e.type, e.reason, app.pod.namespaceName, app.pod.name, e.message)});
            }
        };
        for (const NodeEntry &node : input.inventory->nodes) {
            for (const AppPodEntry &app : node.apps)
                addEvents(app);
        }
        for (const AppPodEntry &app : input.inventory->unscheduledApps)
            addEvents(app);
    }
    for (const Finding &f : input.findings) {
        const Rule *rule = catalogue.rule(f.cause);
        const QString title = rule ? rule->title.text(options.language) : f.cause;
        if (f.firstSeenUs > 0)
            entries.append({QDateTime::fromMSecsSinceEpoch(f.firstSeenUs / 1000, QTimeZone::UTC), u"finding"_s,
                            CoreTr::tr("First seen: %1").arg(title)});
        if (f.lastSeenUs > f.firstSeenUs)
            entries.append({QDateTime::fromMSecsSinceEpoch(f.lastSeenUs / 1000, QTimeZone::UTC), u"finding"_s,
                            CoreTr::tr("Last seen (%n occurrence(s)): %1", nullptr, int(std::min<qint64>(f.count, INT_MAX))).arg(title)});
    }
    const QString probeTime = input.connectivity.value(u"finished"_s).toString();
    if (!probeTime.isEmpty()) {
        entries.append({QDateTime::fromString(probeTime, Qt::ISODate), u"connectivity"_s,
                        CoreTr::tr("Connectivity test: %1").arg(input.connectivity.value(u"verdict"_s).toString())});
    }
    entries.removeIf([](const Entry &e) { return !e.time.isValid(); });
    std::stable_sort(entries.begin(), entries.end(), [](const Entry &a, const Entry &b) { return a.time < b.time; });
    constexpr qsizetype kMaxEntries = 200; // the latest matter most: keep the end
    if (entries.size() > kMaxEntries)
        entries.remove(0, entries.size() - kMaxEntries);
    QJsonArray timeline;
    for (const Entry &e : std::as_const(entries))
        timeline.append(QJsonObject{{u"time"_s, isoTime(e.time)}, {u"kind"_s, e.kind}, {u"what"_s, e.what}});
    return timeline;
}

QJsonObject summarySection(const ReportInput &input, const ReportOptions &options, const RuleCatalogue &catalogue)
{
    int errors = 0, warnings = 0;
    for (const Finding &f : input.findings) {
        if (f.severity == FindingSeverity::Error)
            ++errors;
        else if (f.severity == FindingSeverity::Warning)
            ++warnings;
    }
    QString verdict = errors ? u"problems-found"_s : warnings ? u"warnings"_s : u"no-problem-found"_s;
    const QString probeVerdict = input.connectivity.value(u"verdict"_s).toString();
    if (probeVerdict == u"fail"_s && !errors)
        verdict = u"problems-found"_s;
    QJsonObject summary{{u"verdict"_s, verdict}, {u"errors"_s, errors}, {u"warnings"_s, warnings}};
    QString headline;
    const Finding *top = nullptr;
    for (const Finding &f : input.findings) {
        if (f.severity != FindingSeverity::Info) {
            top = &f;
            break;
        }
    }
    if (top) {
        const Rule *rule = catalogue.rule(top->cause);
        const QString title = rule ? rule->title.text(options.language) : top->cause;
        summary.insert(u"topCause"_s, top->cause);
        summary.insert(u"topTitle"_s, title);
        if (rule && !rule->fix.list(options.language).isEmpty())
            summary.insert(u"topFix"_s, rule->fix.list(options.language).constFirst());
        headline = CoreTr::tr("Likely cause: %1").arg(title);
    } else if (verdict == u"problems-found"_s) {
        headline = CoreTr::tr("The connectivity test failed; no known cause was recognised in the logs.");
    } else {
        headline = CoreTr::tr("No problem was found in what was collected.");
    }
    summary.insert(u"headline"_s, headline);
    return summary;
}

} // namespace

QJsonObject Report::build(const ReportInput &input, const ReportOptions &options, Redactor *redactorArg)
{
    Redactor local(options.redaction);
    Redactor &redactor = redactorArg ? *redactorArg : local;
    for (const QString &secret : input.knownSecrets)
        redactor.addSecret(secret);
    if (input.inventory) {
        for (const NodeEntry &node : input.inventory->nodes)
            redactor.addNodeName(node.node.name);
    }
    const RuleCatalogue &catalogue = input.catalogue ? *input.catalogue : RuleCatalogue::builtin();
    const QDateTime generated = input.generated.isValid() ? input.generated : QDateTime::currentDateTimeUtc();

    QJsonObject doc;
    doc.insert(u"title"_s, input.title.isEmpty() ? CoreTr::tr("Key Vault CSI Doctor report") : input.title);
    doc.insert(u"generated"_s, isoTime(generated));
    doc.insert(u"language"_s, options.language);
    doc.insert(u"summary"_s, summarySection(input, options, catalogue));
    const ReportSections &s = options.sections;
    if (s.cluster)
        doc.insert(u"cluster"_s, clusterSection(input, options));
    if (s.failingPods && input.inventory)
        doc.insert(u"failingPods"_s, failingPodsSection(*input.inventory));
    if (s.secretProviderClasses && input.inventory)
        doc.insert(u"secretProviderClasses"_s, spcSection(*input.inventory));
    if (s.findings)
        doc.insert(u"findings"_s, findingsSection(input, options, catalogue));
    if (s.connectivity && !input.connectivity.isEmpty())
        doc.insert(u"connectivityTest"_s, input.connectivity);
    if (s.timeline)
        doc.insert(u"timeline"_s, timelineSection(input, options, catalogue));
    if (s.environment) {
        doc.insert(u"environment"_s,
                   QJsonObject{{u"kvdoctorVersion"_s, applicationVersion()},
                               {u"qtVersion"_s, QString::fromLatin1(qVersion())},
                               {u"os"_s, QSysInfo::prettyProductName()},
                               {u"generatedLocal"_s, generated.toLocalTime().toString(Qt::ISODate)},
                               {u"timeZone"_s, QString::fromUtf8(QTimeZone::systemTimeZoneId())}});
    }
    if (s.collected) {
        QJsonArray collected;
        for (const CollectedSource &c : input.collected) {
            collected.append(QJsonObject{{u"source"_s, c.source}, {u"kind"_s, c.kind}, {u"lines"_s, c.lines},
                                         {u"bytes"_s, c.bytes}, {u"note"_s, c.note}});
        }
        doc.insert(u"collected"_s, collected);
    }

    doc = redactValue(doc, redactor).toObject();
    doc.insert(u"schema"_s, schemaId);

    QJsonArray removed;
    for (auto it = redactor.counts().cbegin(); it != redactor.counts().cend(); ++it) {
        removed.append(QJsonObject{{u"kind"_s, it.key()}, {u"name"_s, Redactor::kindDisplayName(it.key())},
                                   {u"count"_s, it.value()}});
    }
    doc.insert(u"redaction"_s,
               QJsonObject{{u"credentials"_s, true},
                           {u"maskIpAddresses"_s, options.redaction.maskIpAddresses},
                           {u"maskNodeNames"_s, options.redaction.maskNodeNames},
                           {u"maskIds"_s, options.redaction.maskIds},
                           {u"maskServer"_s, options.maskServer},
                           {u"removed"_s, removed}});
    return doc;
}

QByteArray Report::toJson(const QJsonObject &report)
{
    return QJsonDocument(report).toJson(QJsonDocument::Indented);
}

QString Report::formatForPath(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"md"_s || suffix == u"markdown"_s)
        return u"md"_s;
    if (suffix == u"html"_s || suffix == u"htm"_s)
        return u"html"_s;
    if (suffix == u"pdf"_s || suffix == u"json"_s || suffix == u"zip"_s)
        return suffix;
    return {};
}

bool writeFileAtomically(const QString &path, const QByteArray &data, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = CoreTr::tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    if (file.write(data) != data.size() || !file.commit()) {
        if (error)
            *error = CoreTr::tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        file.cancelWriting();
        return false;
    }
    return true;
}

} // namespace kvd
