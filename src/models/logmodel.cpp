// SPDX-License-Identifier: MIT
#include "models/logmodel.h"

#include "core/patternset.h"

#include <QByteArrayMatcher>
#include <QDate>
#include <QPointer>
#include <QThread>

namespace kvd {

struct LogModel::JobResult
{
    std::vector<TimelineRef> timeline;
    bool hasTimeline = false;
    std::vector<qint64> visible;
    bool hasVisible = false;
    std::vector<qint64> matches;
};

namespace {

constexpr qsizetype kBatchBytes = 2 << 20; // lines scanned at once by the accelerated search

struct Matcher
{
    bool active = false;
    bool regex = false;
    bool caseSensitive = false;
    QByteArrayMatcher bytes;
    QString text;
    QRegularExpression expression;
    // The search compiled for the multi-pattern engine when it takes it: a source's lines are
    // then copied into batches and scanned at once, and only candidates are decoded.
    std::shared_ptr<const PatternSet> patterns;

    bool matches(QByteArrayView raw) const
    {
        if (!regex && caseSensitive)
            return bytes.indexIn(raw) >= 0;
        const QString line = QString::fromUtf8(raw);
        if (!regex)
            return line.contains(text, Qt::CaseInsensitive);
        return expression.match(line).hasMatch();
    }
};

} // namespace

LogModel::LogModel(QObject *parent)
    : QObject(parent)
{
    m_jobTimer.setSingleShot(true);
    connect(&m_jobTimer, &QTimer::timeout, this, &LogModel::startJob);
}

LogModel::~LogModel()
{
    if (m_cancel)
        m_cancel->store(true);
    for (QThread *thread : m_threads) {
        thread->wait();
        delete thread;
    }
}

int LogModel::addDocument(LogDocument *document, const QString &label)
{
    const int index = int(m_sources.size());
    document->setParent(this);
    if (document->referenceYear() == 0)
        document->setReferenceYear(QDate::currentDate().year());
    m_sources.push_back({document, label});
    connect(document, &LogDocument::linesAdded, this, [this, index] { documentGrew(index); });
    connect(document, &LogDocument::progress, this, [this](qint64, qint64) {
        qint64 done = 0, total = 0;
        for (const Source &s : m_sources) {
            total += s.document->byteSize();
            done += s.document->isComplete() ? s.document->byteSize() : 0;
        }
        Q_EMIT indexingProgress(done, total);
    });
    connect(document, &LogDocument::completed, this, [this] {
        if (!isLoading()) {
            if (isMerged() || m_filter.hidesLines() || !m_filter.pattern.isEmpty())
                scheduleJob(0);
            Q_EMIT loadingFinished();
        }
    });
    connect(document, &LogDocument::failed, this, [this, index](const QString &message) { Q_EMIT documentFailed(index, message); });
    m_cache.clear();
    if (isMerged())
        scheduleJob(0);
    Q_EMIT rowsReset();
    return index;
}

void LogModel::clear()
{
    if (m_cancel)
        m_cancel->store(true);
    ++m_generation;
    m_jobRunning = false;
    for (const Source &s : m_sources)
        delete s.document;
    m_sources.clear();
    m_timeline.clear();
    m_hasTimeline = false;
    m_visible.clear();
    m_hasVisible = false;
    m_matches.clear();
    m_cache.clear();
    m_textCache.clear();
    Q_EMIT rowsReset();
}

QString LogModel::sourceLabel(int source) const
{
    return source >= 0 && source < sourceCount() ? m_sources[size_t(source)].label : QString();
}

LogDocument *LogModel::document(int source) const
{
    return source >= 0 && source < sourceCount() ? m_sources[size_t(source)].document : nullptr;
}

bool LogModel::isLoading() const
{
    for (const Source &s : m_sources) {
        if (!s.document->isComplete())
            return true;
    }
    return false;
}

qint64 LogModel::totalLines() const
{
    qint64 n = 0;
    for (const Source &s : m_sources)
        n += s.document->lineCount();
    return n;
}

qint64 LogModel::baseRowCount() const
{
    if (m_sources.empty())
        return 0;
    if (m_sources.size() == 1)
        return m_sources[0].document->lineCount();
    if (m_hasTimeline)
        return qint64(m_timeline.size());
    return totalLines();
}

TimelineRef LogModel::baseRef(qint64 baseRow) const
{
    if (m_sources.size() == 1)
        return TimelineRef::make(0, baseRow);
    if (m_hasTimeline)
        return m_timeline[size_t(baseRow)];
    for (int s = 0; s < sourceCount(); ++s) { // not merged yet: one source after the other
        const qint64 n = m_sources[size_t(s)].document->lineCount();
        if (baseRow < n)
            return TimelineRef::make(s, baseRow);
        baseRow -= n;
    }
    return {};
}

qint64 LogModel::baseRowOf(int source, qint64 line) const
{
    if (m_sources.size() == 1)
        return line;
    if (m_hasTimeline) {
        const TimelineRef wanted = TimelineRef::make(source, line);
        for (size_t i = 0; i < m_timeline.size(); ++i) { // linear, but only used for jumps
            if (m_timeline[i] == wanted)
                return qint64(i);
        }
        return -1;
    }
    qint64 offset = 0;
    for (int s = 0; s < source; ++s)
        offset += m_sources[size_t(s)].document->lineCount();
    return offset + line;
}

qint64 LogModel::rowCount() const
{
    return m_hasVisible ? qint64(m_visible.size()) : baseRowCount();
}

TimelineRef LogModel::refAt(qint64 row) const
{
    return baseRef(m_hasVisible ? m_visible[size_t(row)] : row);
}

const LogLine &LogModel::line(qint64 row)
{
    static const LogLine empty;
    if (row < 0 || row >= rowCount())
        return empty;
    const TimelineRef ref = refAt(row);
    if (LogLine *cached = m_cache.object(ref.packed))
        return *cached;
    LogDocument *doc = m_sources[size_t(ref.source())].document;
    ++m_linesRead;
    auto *parsed = new LogLine(parseLogLine(doc->lineBytes(ref.line()), doc->referenceYear()));
    m_cache.insert(ref.packed, parsed);
    return *parsed;
}

QString LogModel::text(qint64 row)
{
    if (row < 0 || row >= rowCount())
        return {};
    const TimelineRef ref = refAt(row);
    if (LogLine *parsed = m_cache.object(ref.packed))
        return parsed->text;
    if (QString *cached = m_textCache.object(ref.packed))
        return *cached;
    ++m_linesRead;
    auto *text = new QString(decodeLogText(m_sources[size_t(ref.source())].document->lineBytes(ref.line())));
    const QString copy = *text;
    m_textCache.insert(ref.packed, text);
    return copy;
}

QByteArray LogModel::rawLine(qint64 row)
{
    if (row < 0 || row >= rowCount())
        return {};
    const TimelineRef ref = refAt(row);
    ++m_linesRead;
    return m_sources[size_t(ref.source())].document->lineBytes(ref.line());
}

LogModel::LineLocation LogModel::lineLocation(qint64 row)
{
    LineLocation location;
    if (row < 0 || row >= rowCount())
        return location;
    const TimelineRef ref = refAt(row);
    LogDocument *doc = m_sources[size_t(ref.source())].document;
    if (auto *file = qobject_cast<FileLogDocument *>(doc)) {
        const LineOffsets &ends = file->offsets();
        if (ref.line() < ends.size()) {
            location.path = file->path();
            location.begin = ref.line() ? ends.at(ref.line() - 1) : 0;
            location.end = ends.at(ref.line());
        }
        return location;
    }
    location.bytes = doc->lineBytes(ref.line()); // in memory: a copy
    return location;
}

bool LogModel::cachedText(qint64 row, QString *text) const
{
    if (row < 0 || row >= rowCount())
        return false;
    const TimelineRef ref = refAt(row);
    if (const LogLine *parsed = m_cache.object(ref.packed)) {
        *text = parsed->text;
        return true;
    }
    if (const QString *cached = m_textCache.object(ref.packed)) {
        *text = *cached;
        return true;
    }
    return false;
}

qint64 LogModel::rowOf(int source, qint64 line) const
{
    const qint64 base = baseRowOf(source, line);
    if (base < 0)
        return -1;
    if (!m_hasVisible)
        return base < rowCount() ? base : -1;
    const auto it = std::lower_bound(m_visible.begin(), m_visible.end(), base);
    return it == m_visible.end() ? -1 : qint64(it - m_visible.begin());
}

bool LogModel::isMatch(qint64 row) const
{
    return std::binary_search(m_matches.begin(), m_matches.end(), row);
}

qint64 LogModel::nextMatch(qint64 fromRow, bool forward) const
{
    if (m_matches.empty())
        return -1;
    if (forward) {
        const auto it = std::upper_bound(m_matches.begin(), m_matches.end(), fromRow);
        return it == m_matches.end() ? m_matches.front() : *it; // wraps around
    }
    const auto it = std::lower_bound(m_matches.begin(), m_matches.end(), fromRow);
    return it == m_matches.begin() ? m_matches.back() : *(it - 1);
}

void LogModel::compileSearch()
{
    m_searchError.clear();
    if (m_filter.pattern.isEmpty()) {
        m_search = QRegularExpression();
        return;
    }
    const QString pattern = m_filter.regex ? m_filter.pattern : QRegularExpression::escape(m_filter.pattern);
    m_search = QRegularExpression(pattern, m_filter.caseSensitive ? QRegularExpression::NoPatternOption
                                                                  : QRegularExpression::CaseInsensitiveOption);
    if (!m_search.isValid())
        m_searchError = tr("Invalid regular expression: %1").arg(m_search.errorString());
}

void LogModel::setFilter(const LogFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    compileSearch();
    if (!m_filter.hidesLines() && m_filter.pattern.isEmpty() && !isMerged()) {
        // nothing to compute: show every line at once
        if (m_cancel)
            m_cancel->store(true);
        ++m_generation;
        m_jobRunning = false;
        m_hasVisible = false;
        m_visible.clear();
        m_matches.clear();
        Q_EMIT rowsReset();
        Q_EMIT filterFinished();
        return;
    }
    scheduleJob(0);
}

void LogModel::documentGrew(int source)
{
    Q_UNUSED(source);
    if (!isMerged() && !m_hasVisible && m_filter.pattern.isEmpty()) {
        Q_EMIT rowsAppended(rowCount());
        return;
    }
    if (!isMerged() && !m_hasVisible) // a search only: new lines show, matches follow
        Q_EMIT rowsAppended(rowCount());
    if (!m_hasTimeline && isMerged() && !m_hasVisible)
        Q_EMIT rowsAppended(rowCount());
    if (!m_jobTimer.isActive())
        scheduleJob(300); // batches of appended lines are merged/filtered together
}

void LogModel::scheduleJob(int delayMs)
{
    m_jobTimer.start(delayMs);
}

void LogModel::startJob()
{
    if (m_cancel)
        m_cancel->store(true);
    m_cancel = std::make_shared<std::atomic_bool>(false);
    const quint64 generation = ++m_generation;
    m_jobRunning = true;
    Q_EMIT filterStarted();

    struct Input
    {
        std::unique_ptr<LogLineScanner> scanner;
        qint64 lines;
        int year;
    };
    auto inputs = std::make_shared<std::vector<Input>>();
    for (const Source &s : m_sources)
        inputs->push_back({s.document->scanner(), s.document->lineCount(), s.document->referenceYear()});
    Matcher matcher;
    if (!m_filter.pattern.isEmpty() && m_search.isValid()) {
        matcher.active = true;
        matcher.regex = m_filter.regex;
        matcher.caseSensitive = m_filter.caseSensitive;
        matcher.bytes = QByteArrayMatcher(m_filter.pattern.toUtf8());
        matcher.text = m_filter.pattern;
        matcher.expression = m_search;
        matcher.expression.optimize();
        if (m_accelerated && PatternSet::hasAcceleratedEngine()) {
            auto patterns = std::make_shared<PatternSet>();
            if (patterns->compile({{m_search.pattern(), !m_filter.caseSensitive}}) && patterns->acceleratedCount() == 1)
                matcher.patterns = std::move(patterns);
        }
    }
    m_lastAccelerated = bool(matcher.patterns);
    const LogFilter filter = m_filter;
    const bool merge = m_sources.size() > 1;
    auto cancel = m_cancel;
    QPointer<LogModel> self(this);

    QThread *thread = QThread::create([inputs, matcher, filter, merge, cancel, self, generation]() {
        auto result = std::make_shared<JobResult>();
        const bool needTimes = merge || filter.fromUs || filter.toUs;
        const bool hides = filter.hidesLines();
        QList<std::vector<qint64>> times;
        std::vector<std::vector<bool>> pass(inputs->size()), match(inputs->size());
        for (size_t s = 0; s < inputs->size(); ++s) {
            Input &input = (*inputs)[s];
            std::vector<qint64> t;
            if (needTimes)
                t.reserve(size_t(input.lines));
            pass[s].reserve(size_t(input.lines));
            if (matcher.active)
                match[s].reserve(size_t(input.lines));
            QByteArrayView raw;
            qint64 n = 0;
            qint64 effective = 0;
            // accelerated search: lines of the current batch, '\n'-separated, and their starts
            QByteArray batch;
            std::vector<qsizetype> starts;
            qint64 batchFirst = 0;
            auto scanBatch = [&] {
                if (!matcher.patterns || starts.empty())
                    return;
                matcher.patterns->scanLines(batch, [&](qsizetype offset, qsizetype, const QList<int> &) {
                    const auto it = std::upper_bound(starts.begin(), starts.end(), offset) - 1;
                    const size_t l = size_t(batchFirst + (it - starts.begin()));
                    match[s][l] = true;
                    return true;
                });
                if (filter.onlyMatching) {
                    for (size_t l = size_t(batchFirst); l < pass[s].size(); ++l)
                        pass[s][l] = pass[s][l] && match[s][l];
                }
                batch.clear();
                starts.clear();
                batchFirst = n;
            };
            if (matcher.patterns)
                batch.reserve(kBatchBytes + 4096);
            while (n < input.lines && input.scanner->next(&raw)) {
                if ((n & 0xfff) == 0 && cancel->load())
                    return;
                if (matcher.patterns) {
                    starts.push_back(batch.size());
                    batch.append(raw.data(), raw.size());
                    batch.append('\n');
                }
                qint64 stamp = 0;
                if (needTimes) {
                    stamp = quickTimestamp(raw, input.year);
                    t.push_back(stamp);
                    if (stamp)
                        effective = stamp;
                }
                bool ok = true;
                if (filter.minSeverity != LogSeverity::Unknown)
                    ok = quickSeverity(raw) >= filter.minSeverity;
                if (ok && (filter.fromUs || filter.toUs))
                    ok = effective != 0 && (!filter.fromUs || effective >= filter.fromUs) && (!filter.toUs || effective <= filter.toUs);
                if (matcher.patterns) {
                    // decided by scanBatch(); lines the other filters hide may match too, unused
                    pass[s].push_back(ok);
                    match[s].push_back(false);
                    ++n;
                    if (batch.size() >= kBatchBytes)
                        scanBatch();
                    continue;
                }
                const bool m = matcher.active && (ok || !hides) && matcher.matches(raw);
                if (filter.onlyMatching && matcher.active)
                    ok = ok && m;
                pass[s].push_back(ok);
                if (matcher.active)
                    match[s].push_back(m);
                ++n;
            }
            scanBatch();
            times.append(std::move(t));
        }
        if (merge) {
            result->timeline = mergeByTime(times);
            result->hasTimeline = true;
        }
        times.clear();
        const qint64 baseCount = merge ? qint64(result->timeline.size()) : (inputs->empty() ? 0 : qint64(pass[0].size()));
        result->hasVisible = hides;
        qint64 visibleRow = 0;
        for (qint64 b = 0; b < baseCount; ++b) {
            if ((b & 0xffff) == 0 && cancel->load())
                return;
            const TimelineRef ref = merge ? result->timeline[size_t(b)] : TimelineRef::make(0, b);
            const size_t s = size_t(ref.source()), l = size_t(ref.line());
            if (hides && !pass[s][l])
                continue;
            if (hides)
                result->visible.push_back(b);
            if (matcher.active && match[s][l])
                result->matches.push_back(visibleRow);
            ++visibleRow;
        }
        QMetaObject::invokeMethod(self, [self, generation, result] {
            if (self)
                self->applyResult(generation, result);
        }, Qt::QueuedConnection);
    });
    connect(thread, &QThread::finished, this, [this, thread] {
        m_threads.erase(std::remove(m_threads.begin(), m_threads.end(), thread), m_threads.end());
        thread->deleteLater();
    });
    m_threads.push_back(thread);
    thread->start(QThread::LowPriority);
}

void LogModel::applyResult(quint64 generation, const std::shared_ptr<JobResult> &result)
{
    if (generation != m_generation)
        return; // a newer request won
    m_jobRunning = false;
    m_timeline = std::move(result->timeline);
    m_hasTimeline = result->hasTimeline;
    m_visible = std::move(result->visible);
    m_hasVisible = result->hasVisible;
    m_matches = std::move(result->matches);
    Q_EMIT rowsReset();
    Q_EMIT filterFinished();
}

} // namespace kvd
