// SPDX-License-Identifier: MIT
#pragma once

#include "core/logindex.h"
#include "core/logline.h"
#include "core/logmerge.h"

#include <QCache>
#include <QObject>
#include <QRegularExpression>
#include <QTimer>

#include <memory>
#include <vector>

class QThread;

namespace kvd {

struct LogFilter
{
    QString pattern;            // search text; empty = no search
    bool regex = false;
    bool caseSensitive = false;
    bool onlyMatching = false;  // hide lines that do not match the search
    LogSeverity minSeverity = LogSeverity::Unknown; // Error = the runbook's `grep ^E`
    qint64 fromUs = 0;          // time range, 0 = open; lines without a time take the previous one's
    qint64 toUs = 0;
    bool hidesLines() const { return minSeverity != LogSeverity::Unknown || fromUs || toUs || (onlyMatching && !pattern.isEmpty()); }
    bool operator==(const LogFilter &) const = default;
};

// The lines of one or more log documents as rows: one document's lines in order, or several merged
// into one timeline by time stamp; then filtered (severity, time range, search). Row numbers are
// 64-bit: this is not a QAbstractItemModel (its int rows would cap a log at 2^31 lines) but the
// data source of the painted LogView. Merging and filtering run in a background thread over each
// document's own scanner; the latest request wins.
class LogModel : public QObject
{
    Q_OBJECT
public:
    explicit LogModel(QObject *parent = nullptr);
    ~LogModel() override;

    // Takes ownership. Returns the source index.
    int addDocument(LogDocument *document, const QString &label);
    void clear();
    int sourceCount() const { return int(m_sources.size()); }
    QString sourceLabel(int source) const;
    LogDocument *document(int source) const;
    bool isMerged() const { return m_sources.size() > 1; }
    bool isLoading() const;   // a document is still being indexed or streamed
    bool isBusy() const { return m_jobRunning || m_jobTimer.isActive(); } // a filter/merge is pending or running
    qint64 totalLines() const;

    qint64 rowCount() const;
    TimelineRef refAt(qint64 row) const;
    const LogLine &line(qint64 row); // parsed, cached
    // The decoded text only (no parsing): what the view paints.
    QString text(qint64 row);
    QByteArray rawLine(qint64 row);
    // Where a row's bytes are, for a reader on another thread: a file range (no reading here) or,
    // for a document held in memory, the bytes themselves.
    struct LineLocation
    {
        QString path;
        qint64 begin = 0;
        qint64 end = 0;
        QByteArray bytes;
    };
    LineLocation lineLocation(qint64 row);
    // The row's text when it is decoded and cached already; never reads.
    bool cachedText(qint64 row, QString *text) const;
    // Lines read from documents for line(), text() and rawLine() so far (tests: painting reads none).
    qint64 linesRead() const { return m_linesRead; }
    // The visible row showing this line of this source, or the nearest visible row after it; -1 if none.
    qint64 rowOf(int source, qint64 line) const;

    void setFilter(const LogFilter &filter);
    const LogFilter &filter() const { return m_filter; }
    // The search as a regular expression (a plain search escaped), invalid when there is none.
    QRegularExpression searchExpression() const { return m_search; }
    QString searchError() const { return m_searchError; }
    // Whether searches may use PatternSet's multi-pattern engine (Vectorscan/Hyperscan) when it
    // takes the pattern; off = QRegularExpression/byte search on every line. Same results either
    // way (tests compare them); on by default.
    void setAcceleratedSearch(bool on) { m_accelerated = on; }
    bool acceleratedSearch() const { return m_accelerated; }
    // Whether the last filter job scanned with the accelerated engine.
    bool lastSearchAccelerated() const { return m_lastAccelerated; }
    // Rows (visible) that match the search, ascending; complete once filterFinished() came.
    const std::vector<qint64> &matchRows() const { return m_matches; }
    bool isMatch(qint64 row) const;
    qint64 nextMatch(qint64 fromRow, bool forward) const; // -1 when there is none

Q_SIGNALS:
    void rowsReset();                  // the row mapping changed: re-read everything
    void rowsAppended(qint64 rowCount);// rows were added at the end, earlier rows unchanged
    void indexingProgress(qint64 bytesDone, qint64 bytesTotal);
    void loadingFinished();
    void filterStarted();
    void filterFinished();
    void documentFailed(int source, const QString &message);

private:
    struct Source
    {
        LogDocument *document = nullptr;
        QString label;
    };
    struct JobResult;
    void documentGrew(int source);
    void scheduleJob(int delayMs);
    void startJob();
    void applyResult(quint64 generation, const std::shared_ptr<JobResult> &result);
    qint64 baseRowCount() const;
    TimelineRef baseRef(qint64 baseRow) const;
    qint64 baseRowOf(int source, qint64 line) const;
    void compileSearch();

    std::vector<Source> m_sources;
    LogFilter m_filter;
    QRegularExpression m_search;
    bool m_accelerated = true;
    bool m_lastAccelerated = false;
    QString m_searchError;
    // Merged timeline (several sources) as of the last job; lines added since follow in source order.
    std::vector<TimelineRef> m_timeline;
    bool m_hasTimeline = false;
    // Visible base rows when the filter hides lines.
    std::vector<qint64> m_visible;
    bool m_hasVisible = false;
    std::vector<qint64> m_matches;
    QCache<quint64, LogLine> m_cache{4000};
    QCache<quint64, QString> m_textCache{4000};
    qint64 m_linesRead = 0;
    QTimer m_jobTimer;
    quint64 m_generation = 0;
    bool m_jobRunning = false;
    std::vector<QThread *> m_threads;
    std::shared_ptr<std::atomic_bool> m_cancel;
};

} // namespace kvd
