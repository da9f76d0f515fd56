// SPDX-License-Identifier: MIT
#pragma once

// Finds known causes (core/rulecatalogue.h) in log lines, Kubernetes events and the inventory.
// Log data streams in as raw bytes of whole lines and goes through one multi-pattern scan
// (PatternSet), so analysing a gigabyte of logs costs about one grep over it. Repeated
// occurrences collapse into one Finding per cause and node; a specific cause (an AADSTS code)
// wins over the generic symptom it explains (DeadlineExceeded), which is kept as context.

#include "core/inventory.h"
#include "core/kubeobjects.h"
#include "core/rulecatalogue.h"

#include <QByteArrayView>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace kvd {

struct Evidence
{
    enum class Kind { LogLine, Event, ClusterState };
    Kind kind = Kind::LogLine;
    QString source;          // file path, "ns/pod/container", "event ns/name", or the object named
    qint64 line = 0;         // 1-based line in `source`, 0 when none (events, cluster state)
    QString text;            // the line / event message / problem sentence
    qint64 timestampUs = 0;  // microseconds since the epoch (UTC), 0 when unknown
    QString node;
    QString namespaceName;
    QString pod;
};
QString evidenceKindId(Evidence::Kind kind); // "log", "event", "cluster"

struct Finding
{
    QString cause;                  // rule id in the catalogue
    FindingSeverity severity = FindingSeverity::Error;
    qint64 count = 0;               // occurrences (exact, also beyond the evidence cap)
    qint64 firstSeenUs = 0;         // 0 when no occurrence had a time
    qint64 lastSeenUs = 0;
    QList<Evidence> evidence;       // first Detector::evidenceCap() occurrences, in arrival order
    QStringList contextCauses;      // generic causes this one explains (folded into it), sorted
    QString node;                   // the node this finding is about; empty: unknown / cluster-wide
    QStringList nodes() const;      // nodes named by the evidence, sorted (node first when set)
};

// Where a stream of log lines comes from.
struct LogSourceInfo
{
    QString source;          // file path or "ns/pod/container"
    QString node;            // empty when unknown (offline files)
    QString namespaceName;
    QString pod;
    int referenceYear = 0;   // year for klog's MMDD stamps; 0: the current year
};

class Detector
{
public:
    // `catalogue` must outlive the detector.
    explicit Detector(const RuleCatalogue &catalogue = RuleCatalogue::builtin());
    ~Detector();
    Detector(const Detector &) = delete;
    Detector &operator=(const Detector &) = delete;

    const RuleCatalogue &catalogue() const { return *m_catalogue; }
    // False (and the reason) when a catalogue pattern did not compile.
    bool isValid() const;
    QString errorString() const;

    void setEvidenceCap(int cap) { m_evidenceCap = cap; } // default 1000 per finding
    int evidenceCap() const { return m_evidenceCap; }

    // Raw bytes of whole lines separated by '\n' (a last line without '\n' counts as a line);
    // `firstLine` is the 1-based number of the first line in `data`. Call repeatedly with the
    // following chunks of the same source: a multi-line klog value split across calls is still
    // one entry. Returns the number of lines in `data`.
    qint64 addLogData(QByteArrayView data, const LogSourceInfo &source, qint64 firstLine);
    // Marks the end of a source's stream (pending multi-line entries are resolved).
    void finishSource(const QString &source);
    // One kube event. `node` is the node of the involved pod when the caller knows it.
    void addEvent(const KubeEvent &event, const QString &node = {});
    // Cluster-state causes: InventoryProblems mapped through the catalogue, plus the rules
    // computed here (Windows DaemonSets, versions, workload identity without tokenRequests,
    // identity switches). With `includeEvents` the Warning events of the app pods are added too.
    void addInventory(const Inventory &inventory, bool includeEvents = true);

    // All findings: generic findings explained by a specific one on the same node folded into it,
    // sorted by severity (errors first), then specificity (rule priority), then first seen time.
    QList<Finding> findings() const;
    void clear();

    // Lines scanned so far (statistics for the CLI and the benchmark).
    qint64 linesScanned() const { return m_linesScanned; }

    // Rule indexes (catalogue order) matching one line or message, the primary (highest
    // priority) first. For tests and the log viewer's marks.
    QList<int> matchText(QByteArrayView utf8) const;

private:
    struct Private;
    const RuleCatalogue *m_catalogue;
    std::unique_ptr<Private> d;
    int m_evidenceCap = 1000;
    qint64 m_linesScanned = 0;
};

// Findings per node (errors and warnings only), for node map badges.
QHash<QString, int> findingCountsByNode(const QList<Finding> &findings);

} // namespace kvd
