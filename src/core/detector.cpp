// SPDX-License-Identifier: MIT
#include "core/detector.h"

#include "core/coretr.h"
#include "core/logline.h"
#include "core/patternset.h"
#include "core/secretsstore.h"

#include <QDate>
#include <QDateTime>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <map>
#include <memory>
#include <mutex>

namespace kvd {

using namespace Qt::StringLiterals;

QString evidenceKindId(Evidence::Kind kind)
{
    switch (kind) {
    case Evidence::Kind::LogLine: return u"log"_s;
    case Evidence::Kind::Event: return u"event"_s;
    case Evidence::Kind::ClusterState: return u"cluster"_s;
    }
    return u"log"_s;
}

QStringList Finding::nodes() const
{
    QStringList out;
    for (const Evidence &e : evidence) {
        if (!e.node.isEmpty() && e.node != node && !out.contains(e.node))
            out.append(e.node);
    }
    out.sort();
    if (!node.isEmpty())
        out.prepend(node);
    return out;
}

QHash<QString, int> findingCountsByNode(const QList<Finding> &findings)
{
    QHash<QString, int> counts;
    for (const Finding &f : findings) {
        if (f.severity == FindingSeverity::Info)
            continue;
        for (const QString &node : f.nodes())
            ++counts[node];
    }
    return counts;
}

namespace {

// A klog value spanning lines continues at most this many lines after its header.
constexpr qint64 kMaxContinuationLines = 100;

bool isHeaderLine(QByteArrayView raw, int year)
{
    return quickSeverity(raw) != LogSeverity::Unknown || quickTimestamp(raw, year) != 0;
}

qint64 toUs(const QDateTime &t)
{
    return t.isValid() ? t.toMSecsSinceEpoch() * 1000 : 0;
}

// A parsed image tag "v1.4.2" / "1.4.2" → major version, -1 when not a version.
int majorVersion(const QString &tag)
{
    static const QRegularExpression re(u"^v?(\\d+)\\.(\\d+)"_s);
    const auto m = re.match(tag);
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}

FindingSeverity minSeverity(FindingSeverity a, FindingSeverity b)
{
    return a < b ? a : b;
}

// Orders the matched rules of one entry: the highest priority first (catalogue order on ties).
void sortByPriority(QList<int> &rules, const RuleCatalogue &catalogue)
{
    std::stable_sort(rules.begin(), rules.end(), [&](int a, int b) {
        return catalogue.rules().at(a).priority > catalogue.rules().at(b).priority;
    });
}

struct PatternRef
{
    int rule;
    bool exclude;
};

// The catalogue's patterns compiled once: a Vectorscan database of ~100 patterns takes a while to
// build, and the views create detectors often. Only the built-in catalogue is shared (it lives
// for the whole process).
struct CompiledPatterns
{
    PatternSet set;
    QList<PatternRef> refs;
    QString error;
};

std::shared_ptr<const CompiledPatterns> compilePatterns(const RuleCatalogue &catalogue)
{
    auto compiled = std::make_shared<CompiledPatterns>();
    QList<PatternSet::Pattern> list;
    const QList<Rule> &rules = catalogue.rules();
    for (int r = 0; r < rules.size(); ++r) {
        for (const RulePattern &p : rules.at(r).patterns) {
            list.append({p.regex, p.caseInsensitive});
            compiled->refs.append({r, false});
        }
        for (const RulePattern &p : rules.at(r).excludePatterns) {
            list.append({p.regex, p.caseInsensitive});
            compiled->refs.append({r, true});
        }
    }
    QString error;
    if (!compiled->set.compile(list, &error))
        compiled->error = CoreTr::tr("The rule catalogue's patterns do not compile: %1").arg(error);
    return compiled;
}

std::shared_ptr<const CompiledPatterns> patternsFor(const RuleCatalogue &catalogue)
{
    if (&catalogue != &RuleCatalogue::builtin())
        return compilePatterns(catalogue);
    static std::mutex mutex;
    static std::shared_ptr<const CompiledPatterns> builtin;
    std::lock_guard lock(mutex);
    if (!builtin)
        builtin = compilePatterns(catalogue);
    return builtin;
}

} // namespace

struct Detector::Private
{
    std::shared_ptr<const CompiledPatterns> compiled;
    const PatternSet &patterns() const { return compiled->set; }

    // One entry being collected: a log line plus its continuation lines.
    struct Pending
    {
        bool active = false;
        qint64 entryLine = 0;       // header line (or the line itself)
        qint64 timestampUs = 0;
        QMap<int, std::pair<qint64, QByteArray>> ruleLines; // rule → first matching line and its bytes
        QSet<int> excluded;
    };
    struct SourceState
    {
        LogSourceInfo info;
        qint64 lastHeaderLine = 0;  // last header line seen in earlier chunks
        qint64 lastHeaderTs = 0;
        Pending pending;
    };
    std::map<QString, SourceState> sources;

    struct Occurrence
    {
        FindingSeverity severity;
        qint64 timestampUs = 0;
        qint64 count = 1;
        QStringList context;
        Evidence evidence;
    };
    struct Key
    {
        int rule;
        QString node;
        bool operator<(const Key &o) const { return rule != o.rule ? rule < o.rule : node < o.node; }
    };
    std::map<Key, Finding> findings;

    static void addOccurrence(std::map<Key, Finding> &findings, const RuleCatalogue &catalogue, int rule,
                       FindingSeverity severity, qint64 count, const QStringList &context, const Evidence &evidence, int cap)
    {
        const Rule &r = catalogue.rules().at(rule);
        Finding &f = findings[{rule, evidence.node}];
        if (f.count == 0) {
            f.cause = r.id;
            f.node = evidence.node;
            f.severity = severity;
        } else if (severity > f.severity) {
            f.severity = severity;
        }
        f.count += count;
        if (evidence.timestampUs != 0) {
            if (f.firstSeenUs == 0 || evidence.timestampUs < f.firstSeenUs)
                f.firstSeenUs = evidence.timestampUs;
            f.lastSeenUs = std::max(f.lastSeenUs, evidence.timestampUs);
        }
        for (const QString &c : context) {
            if (c != f.cause && !f.contextCauses.contains(c))
                f.contextCauses.append(c);
        }
        if (f.evidence.size() < cap)
            f.evidence.append(evidence);
    }

    static void flushPending(SourceState &state, const RuleCatalogue &catalogue, int cap, std::map<Key, Finding> &findings)
    {
        Pending &p = state.pending;
        if (!p.active)
            return;
        QList<int> rules;
        for (auto it = p.ruleLines.cbegin(); it != p.ruleLines.cend(); ++it) {
            if (!p.excluded.contains(it.key()))
                rules.append(it.key());
        }
        if (!rules.isEmpty()) {
            sortByPriority(rules, catalogue);
            const int primary = rules.first();
            QStringList context;
            for (qsizetype i = 1; i < rules.size(); ++i)
                context.append(catalogue.rules().at(rules.at(i)).id);
            Evidence e;
            e.kind = Evidence::Kind::LogLine;
            e.source = state.info.source;
            e.line = p.ruleLines.value(primary).first;
            e.timestampUs = p.timestampUs;
            e.node = state.info.node;
            e.namespaceName = state.info.namespaceName;
            e.pod = state.info.pod;
            const Key key{primary, e.node};
            const auto existing = findings.find(key);
            if (existing == findings.end() || existing->second.evidence.size() < cap)
                e.text = decodeLogText(p.ruleLines.value(primary).second);
            addOccurrence(findings, catalogue, primary, catalogue.rules().at(primary).severity, 1, context, e, cap);
        }
        p = {};
    }


    QList<int> rulesFor(const QList<int> &patternIds, QSet<int> *excluded = nullptr) const
    {
        QList<int> out;
        QSet<int> ex;
        for (int id : patternIds) {
            if (compiled->refs.at(id).exclude)
                ex.insert(compiled->refs.at(id).rule);
        }
        for (int id : patternIds) {
            const int rule = compiled->refs.at(id).rule;
            if (!compiled->refs.at(id).exclude && !ex.contains(rule) && !out.contains(rule))
                out.append(rule);
        }
        if (excluded)
            excluded->unite(ex);
        return out;
    }
};

Detector::Detector(const RuleCatalogue &catalogue) : m_catalogue(&catalogue), d(std::make_unique<Private>())
{
    d->compiled = patternsFor(catalogue);
}

Detector::~Detector() = default;

bool Detector::isValid() const
{
    return d->compiled->error.isEmpty();
}

QString Detector::errorString() const
{
    return d->compiled->error;
}

void Detector::clear()
{
    d->sources.clear();
    d->findings.clear();
    m_linesScanned = 0;
}


QList<int> Detector::matchText(QByteArrayView utf8) const
{
    QList<int> rules;
    QSet<int> excluded;
    qsizetype start = 0;
    while (start <= utf8.size()) {
        qsizetype end = utf8.indexOf('\n', start);
        if (end < 0)
            end = utf8.size();
        QByteArrayView line = utf8.sliced(start, end - start);
        if (line.endsWith('\r'))
            line.chop(1);
        for (int r : d->rulesFor(d->patterns().matchLine(line), &excluded)) {
            if (!rules.contains(r))
                rules.append(r);
        }
        start = end + 1;
    }
    rules.removeIf([&](int r) { return excluded.contains(r); });
    sortByPriority(rules, *m_catalogue);
    return rules;
}


qint64 Detector::addLogData(QByteArrayView data, const LogSourceInfo &source, qint64 firstLine)
{
    Private::SourceState &state = d->sources[source.source];
    state.info = source;
    if (state.info.referenceYear == 0)
        state.info.referenceYear = QDate::currentDate().year();
    const int year = state.info.referenceYear;
    const int cap = m_evidenceCap;
    if (data.isEmpty())
        return 0;

    qsizetype countedUpTo = 0;
    qint64 lineAtCounted = firstLine;
    d->patterns().scanLines(data, [&](qsizetype offset, qsizetype length, const QList<int> &patternIds) {
        lineAtCounted += PatternSet::countNewlines(data.sliced(countedUpTo, offset - countedUpTo));
        countedUpTo = offset;
        const qint64 lineNo = lineAtCounted;
        const QByteArrayView raw = data.sliced(offset, length);

        // Which entry does this line belong to? Its own when it has a header; else the nearest
        // header line above it (a multi-line klog value), when close enough.
        qint64 entryLine = lineNo;
        qint64 entryTs = 0;
        if (isHeaderLine(raw, year)) {
            entryTs = quickTimestamp(raw, year);
        } else {
            qsizetype end = offset; // start of the line below the candidate
            bool found = false;
            for (qint64 back = 1; back <= kMaxContinuationLines && end > 0; ++back) {
                const qsizetype lineEnd = end - 1; // the '\n' before
                qsizetype lineStart = lineEnd;
                while (lineStart > 0 && data.at(lineStart - 1) != '\n')
                    --lineStart;
                QByteArrayView above = data.sliced(lineStart, lineEnd - lineStart);
                if (above.endsWith('\r'))
                    above.chop(1);
                if (above.isEmpty())
                    break; // an empty line ends a value
                if (isHeaderLine(above, year)) {
                    entryLine = lineNo - back;
                    entryTs = quickTimestamp(above, year);
                    found = true;
                    break;
                }
                end = lineStart;
            }
            if (!found && end == 0 && state.lastHeaderLine > 0 && lineNo - state.lastHeaderLine <= kMaxContinuationLines) {
                entryLine = state.lastHeaderLine;
                entryTs = state.lastHeaderTs;
                found = true;
            }
            // A headerless line continues the entry above when that entry already matched (the
            // driver printing a provider error with raw newlines) or when it is indented (klog's
            // `key=<` values); otherwise it is a line of its own (pasted events, other formats).
            const bool indented = raw.startsWith(' ') || raw.startsWith('\t');
            if (found && !indented && !(state.pending.active && state.pending.entryLine == entryLine)) {
                entryLine = lineNo;
                entryTs = 0;
            }
        }
        Private::Pending &p = state.pending;
        if (p.active && p.entryLine != entryLine)
            Private::flushPending(state, *m_catalogue, cap, d->findings);
        if (!p.active) {
            p.active = true;
            p.entryLine = entryLine;
            p.timestampUs = entryTs;
        }
        for (int rule : d->rulesFor(patternIds, &p.excluded)) {
            if (!p.ruleLines.contains(rule))
                p.ruleLines.insert(rule, {lineNo, raw.toByteArray()});
        }
        return true;
    });
    const qint64 lines = PatternSet::countNewlines(data) + (data.endsWith('\n') ? 0 : 1);
    m_linesScanned += lines;

    // Remember the last header of this chunk for continuation lines at the start of the next.
    qsizetype end = data.size();
    if (data.endsWith('\n'))
        --end;
    qint64 lineNo = firstLine + lines - 1;
    for (qint64 back = 0; back < kMaxContinuationLines && end >= 0; ++back, --lineNo) {
        qsizetype start = end;
        while (start > 0 && data.at(start - 1) != '\n')
            --start;
        QByteArrayView line = data.sliced(start, end - start);
        if (line.endsWith('\r'))
            line.chop(1);
        if (isHeaderLine(line, year)) {
            state.lastHeaderLine = lineNo;
            state.lastHeaderTs = quickTimestamp(line, year);
            break;
        }
        if (start == 0)
            break;
        end = start - 1;
    }
    return lines;
}

void Detector::finishSource(const QString &source)
{
    const auto it = d->sources.find(source);
    if (it == d->sources.end())
        return;
    Private::flushPending(it->second, *m_catalogue, m_evidenceCap, d->findings);
    d->sources.erase(it);
}

void Detector::addEvent(const KubeEvent &event, const QString &node)
{
    const QList<int> rules = matchText(event.message.toUtf8());
    if (rules.isEmpty())
        return;
    Evidence e;
    e.kind = Evidence::Kind::Event;
    e.namespaceName = event.involvedObject.namespaceName.isEmpty() ? event.namespaceName : event.involvedObject.namespaceName;
    e.pod = event.involvedObject.kind == u"Pod" || event.involvedObject.kind.isEmpty() ? event.involvedObject.name : QString();
    e.source = e.namespaceName + u'/' + event.involvedObject.name;
    e.text = event.reason.isEmpty() ? event.message : event.reason + u": "_s + event.message;
    e.node = node.isEmpty() && event.sourceComponent == u"kubelet" ? event.sourceHost : node;
    QStringList context;
    for (qsizetype i = 1; i < rules.size(); ++i)
        context.append(m_catalogue->rules().at(rules.at(i)).id);
    const qint64 count = std::max(1, event.count);
    // Both ends of the series count: first and last seen.
    const QDateTime first = event.firstTimestamp.isValid() ? event.firstTimestamp
                            : event.eventTime.isValid()    ? event.eventTime
                                                           : event.created;
    const QDateTime last = event.lastSeen();
    e.timestampUs = toUs(first.isValid() ? first : last);
    Private::addOccurrence(d->findings, *m_catalogue, rules.first(), m_catalogue->rules().at(rules.first()).severity, count, context, e,
                  m_evidenceCap);
    if (last.isValid() && toUs(last) != e.timestampUs) {
        Finding &f = d->findings[{rules.first(), e.node}];
        f.firstSeenUs = f.firstSeenUs == 0 ? toUs(last) : std::min(f.firstSeenUs, toUs(last));
        f.lastSeenUs = std::max(f.lastSeenUs, toUs(last));
    }
}

void Detector::addInventory(const Inventory &inventory, bool includeEvents)
{
    const RuleCatalogue &catalogue = *m_catalogue;
    auto raise = [&](const QString &ruleId, FindingSeverity severity, const QString &node, const QString &ns, const QString &pod,
                     const QString &source, const QString &text) {
        const int rule = catalogue.indexOf(ruleId);
        if (rule < 0)
            return;
        Evidence e;
        e.kind = Evidence::Kind::ClusterState;
        e.node = node;
        e.namespaceName = ns;
        e.pod = pod;
        e.source = source;
        e.text = text;
        Private::addOccurrence(d->findings, catalogue, rule, minSeverity(severity, catalogue.rules().at(rule).severity), 1, {}, e,
                      m_evidenceCap);
    };
    auto toFinding = [](InventoryProblem::Severity s) {
        switch (s) {
        case InventoryProblem::Severity::Error: return FindingSeverity::Error;
        case InventoryProblem::Severity::Warning: return FindingSeverity::Warning;
        case InventoryProblem::Severity::Info: return FindingSeverity::Info;
        }
        return FindingSeverity::Error;
    };

    for (const InventoryProblem &problem : inventory.problems) {
        const Rule *rule = catalogue.ruleForInventoryProblem(problem.id);
        if (!rule)
            continue;
        const QString source = !problem.pod.isEmpty() ? problem.namespaceName + u'/' + problem.pod
                               : !problem.node.isEmpty() ? u"node/"_s + problem.node
                               : !problem.namespaceName.isEmpty() ? problem.namespaceName
                                                                  : u"cluster"_s;
        raise(rule->id, toFinding(problem.severity), problem.node, problem.namespaceName, problem.pod, source, problem.message);
    }

    // SecretProviderClass checks, finer than the inventory's spc-invalid. An SPC no pod uses
    // cannot break a mount yet: warning at most.
    QSet<QString> usedSpcs;
    auto noteApps = [&](const QList<AppPodEntry> &apps) {
        for (const AppPodEntry &app : apps)
            usedSpcs.insert(app.pod.namespaceName + u'/' + app.secretProviderClass);
    };
    for (const NodeEntry &node : inventory.nodes)
        noteApps(node.apps);
    noteApps(inventory.unscheduledApps);
    for (const SecretProviderClassInfo &spc : inventory.secretProviderClasses) {
        if (spc.provider != u"azure" && !spc.provider.isEmpty())
            continue;
        const QString name = spc.namespaceName + u'/' + spc.name;
        const FindingSeverity severity = usedSpcs.contains(name) ? FindingSeverity::Error : FindingSeverity::Warning;
        const QString source = u"secretproviderclass/"_s + name;
        if (spc.keyvaultName().isEmpty())
            raise(u"keyvaultname-not-set"_s, severity, {}, spc.namespaceName, {}, source,
                  CoreTr::tr("SecretProviderClass %1 has no keyvaultName.").arg(name));
        else if (!isValidKeyVaultName(spc.keyvaultName()))
            raise(u"keyvault-name-invalid"_s, severity, {}, spc.namespaceName, {}, source,
                  CoreTr::tr("SecretProviderClass %1: keyvaultName \"%2\" is not a valid vault name.").arg(name, spc.keyvaultName()));
        if (spc.tenantId().isEmpty())
            raise(u"tenantid-not-set"_s, severity, {}, spc.namespaceName, {}, source,
                  CoreTr::tr("SecretProviderClass %1 has no tenantId.").arg(name));
        if (spc.identityMode() == IdentityMode::Conflicting)
            raise(u"identity-mode-conflicting"_s, FindingSeverity::Warning, {}, spc.namespaceName, {}, source,
                  CoreTr::tr("SecretProviderClass %1 enables more than one identity mode.").arg(name));
    }

    const bool csiDriverHasWiAudience =
        inventory.csiDriver && inventory.csiDriver->tokenAudiences.contains(u"api://AzureADTokenExchange"_s);
    for (const NodeEntry &node : inventory.nodes) {
        const QString nodeName = node.node.name;
        if (node.known && node.isWindows() && !node.driver && !node.provider) {
            raise(u"windows-daemonsets-missing"_s, node.apps.isEmpty() ? FindingSeverity::Warning : FindingSeverity::Error, nodeName, {},
                  {}, u"node/"_s + nodeName,
                  CoreTr::tr("Windows node %1 runs neither the Secrets Store CSI driver nor the Azure provider.").arg(nodeName));
        }
        for (const AppPodEntry &app : node.apps) {
            const QString podName = app.pod.namespaceName + u'/' + app.pod.name;
            if (app.identityMode == IdentityMode::WorkloadIdentity && inventory.csiDriver && !csiDriverHasWiAudience)
                raise(u"wi-service-account-token-missing"_s, FindingSeverity::Error, nodeName, app.pod.namespaceName, app.pod.name, podName,
                      CoreTr::tr("Pod %1 uses workload identity, but the CSIDriver secrets-store.csi.k8s.io requests no token for "
                                 "api://AzureADTokenExchange.")
                          .arg(podName));
            if (node.isWindows() && app.identityMode == IdentityMode::WorkloadIdentity && app.mountFailing())
                raise(u"windows-provider-wi-unsupported-or-old"_s, FindingSeverity::Error, nodeName, app.pod.namespaceName, app.pod.name,
                      podName, CoreTr::tr("Pod %1 on Windows node %2 uses workload identity and cannot mount.").arg(podName, nodeName));
            if (includeEvents) {
                for (const KubeEvent &event : app.events)
                    addEvent(event, nodeName);
            }
        }
    }
    if (includeEvents) {
        for (const AppPodEntry &app : inventory.unscheduledApps) {
            for (const KubeEvent &event : app.events)
                addEvent(event, {});
        }
    }

    QStringList old;
    for (const QString &tag : inventory.driverVersions) {
        if (majorVersion(tag) == 0)
            old.append(CoreTr::tr("driver %1").arg(tag));
    }
    for (const QString &tag : inventory.providerVersions) {
        if (majorVersion(tag) == 0)
            old.append(CoreTr::tr("provider %1").arg(tag));
    }
    if (!old.isEmpty())
        raise(u"driver-provider-version-too-old"_s, FindingSeverity::Warning, {}, {}, {}, u"cluster"_s,
              CoreTr::tr("Versions older than v1.0 are installed: %1.").arg(old.join(u", "_s)));
}

QList<Finding> Detector::findings() const
{
    // Pending multi-line entries count too; resolve them on a copy of the state.
    std::map<Private::Key, Finding> all = d->findings;
    for (auto &[name, state] : d->sources) {
        Private::SourceState copy = state;
        Private::flushPending(copy, *m_catalogue, m_evidenceCap, all);
    }
    const QList<Rule> &rules = m_catalogue->rules();
    struct Item
    {
        int rule;
        Finding finding;
        bool folded = false;
    };
    std::vector<Item> items;
    items.reserve(all.size());
    for (auto &[key, finding] : all)
        items.push_back({key.rule, std::move(finding)});

    auto fold = [&](Item &from, Item &into) {
        from.folded = true;
        QStringList add = from.finding.contextCauses;
        add.prepend(from.finding.cause);
        for (const QString &c : add) {
            if (c != into.finding.cause && !into.finding.contextCauses.contains(c))
                into.finding.contextCauses.append(c);
        }
    };
    // Explicit subsumption first (provider-pod-unhealthy explains provider-socket-not-found on its node).
    for (Item &into : items) {
        const QStringList &subsumes = rules.at(into.rule).subsumes;
        if (subsumes.isEmpty() || into.folded)
            continue;
        for (Item &from : items) {
            if (&from != &into && !from.folded && from.finding.node == into.finding.node && subsumes.contains(from.finding.cause))
                fold(from, into);
        }
    }
    // Then generic symptoms into the most specific error/warning on the same node, else a
    // cluster-wide one, else (offline files without nodes) anywhere.
    auto better = [&](const Item *a, const Item *b) {
        if (!b)
            return true;
        if (a->finding.severity != b->finding.severity)
            return a->finding.severity > b->finding.severity;
        return rules.at(a->rule).priority > rules.at(b->rule).priority;
    };
    for (Item &from : items) {
        if (from.folded || !rules.at(from.rule).symptom)
            continue;
        const Item *sameNode = nullptr, *clusterWide = nullptr, *anywhere = nullptr;
        for (const Item &into : items) {
            if (&into == &from || into.folded || rules.at(into.rule).symptom || into.finding.severity == FindingSeverity::Info)
                continue;
            if (into.finding.node == from.finding.node && better(&into, sameNode))
                sameNode = &into;
            if (into.finding.node.isEmpty() && better(&into, clusterWide))
                clusterWide = &into;
            if (better(&into, anywhere))
                anywhere = &into;
        }
        const Item *target = sameNode ? sameNode : clusterWide ? clusterWide : from.finding.node.isEmpty() ? anywhere : nullptr;
        if (target)
            fold(from, const_cast<Item &>(*target));
    }

    QList<Finding> out;
    std::vector<const Item *> kept;
    for (const Item &item : items) {
        if (!item.folded)
            kept.push_back(&item);
    }
    std::stable_sort(kept.begin(), kept.end(), [&](const Item *a, const Item *b) {
        if (a->finding.severity != b->finding.severity)
            return a->finding.severity > b->finding.severity;
        const int pa = rules.at(a->rule).priority, pb = rules.at(b->rule).priority;
        if (pa != pb)
            return pa > pb;
        const qint64 ta = a->finding.firstSeenUs, tb = b->finding.firstSeenUs;
        if (ta != tb)
            return tb == 0 || (ta != 0 && ta < tb);
        return a->finding.node < b->finding.node;
    });
    for (const Item *item : kept) {
        Finding f = item->finding;
        f.contextCauses.sort();
        out.append(f);
    }
    return out;
}

} // namespace kvd
