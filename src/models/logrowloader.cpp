// SPDX-License-Identifier: MIT
#include "models/logrowloader.h"

#include "core/logindex.h"
#include "core/logline.h"
#include "models/loghighlighter.h"

#include <KSyntaxHighlighting/Repository>

#include <QFile>
#include <QMutex>
#include <QPointer>
#include <QRawFont>
#include <QThread>
#include <QWaitCondition>

#include <atomic>
#include <optional>

namespace kvd {

struct LogRowLoader::Shared
{
    struct Request
    {
        LogRowSettings settings;
        std::vector<LogRowSource> rows;
    };
    mutable QMutex mutex;
    QWaitCondition wake;
    std::optional<Request> pending;
    std::atomic_bool newer{false}; // a request waits: the running one stops between rows
    bool running = false;
    bool stop = false;
    bool painting = false;
    std::vector<LogRowLayout> results;
    std::atomic<qint64> prepared{0};
};

namespace {

// The file window the worker keeps: neighbouring rows come from one read.
class RangeReader
{
public:
    void reset()
    {
        m_file.close();
        m_window.clear();
        m_windowStart = -1;
    }

    QByteArray read(const QString &path, qint64 from, qint64 to)
    {
        constexpr qint64 kWindow = 256 << 10;
        constexpr qint64 kBehind = 32 << 10; // rows above are prefetched too
        if (path != m_file.fileName() || !m_file.isOpen()) {
            reset();
            m_file.setFileName(path);
            if (!m_file.open(QIODevice::ReadOnly))
                return {};
        }
        if (m_windowStart >= 0 && from >= m_windowStart && to <= m_windowStart + m_window.size())
            return m_window.mid(from - m_windowStart, to - from);
        if (to - from > kWindow) { // a huge line: read it alone, do not keep it
            m_file.seek(from);
            return m_file.read(to - from);
        }
        const qint64 start = std::max<qint64>(0, from - kBehind);
        m_file.seek(start);
        m_window = m_file.read(std::max(kWindow, to - start));
        m_windowStart = start;
        if (to > m_windowStart + m_window.size())
            return {}; // the file shrank
        return m_window.mid(from - m_windowStart, to - from);
    }

private:
    QFile m_file;
    QByteArray m_window;
    qint64 m_windowStart = -1;
};

} // namespace

LogRowLoader::LogRowLoader(QObject *parent)
    : QObject(parent)
    , m_shared(std::make_shared<Shared>())
{
    m_thread = QThread::create([this] { run(); });
    m_thread->setObjectName(QStringLiteral("kvdoctor log rows"));
    m_thread->start();
}

LogRowLoader::~LogRowLoader()
{
    {
        QMutexLocker lock(&m_shared->mutex);
        m_shared->stop = true;
        m_shared->newer = true;
        m_shared->pending.reset();
        m_shared->results.clear();
        m_shared->wake.wakeAll();
    }
    m_thread->wait();
    delete m_thread;
}

void LogRowLoader::request(const LogRowSettings &settings, std::vector<LogRowSource> rows)
{
    QMutexLocker lock(&m_shared->mutex);
    m_shared->pending = Shared::Request{settings, std::move(rows)};
    m_shared->newer = true;
    m_shared->wake.wakeAll();
}

void LogRowLoader::setPainting(bool painting)
{
    QMutexLocker lock(&m_shared->mutex);
    m_shared->painting = painting;
    if (!painting)
        m_shared->wake.wakeAll();
}

void LogRowLoader::cancel()
{
    request({}, {});
}

std::vector<LogRowLayout> LogRowLoader::takeResults()
{
    QMutexLocker lock(&m_shared->mutex);
    return std::exchange(m_shared->results, {});
}

bool LogRowLoader::isBusy() const
{
    QMutexLocker lock(&m_shared->mutex);
    return m_shared->running || m_shared->pending || !m_shared->results.empty();
}

qint64 LogRowLoader::preparedCount() const
{
    return m_shared->prepared.load();
}

QFont LogRowLoader::fontVariant(const QFont &font, int variant)
{
    QFont f = font;
    if (variant & 1)
        f.setWeight(QFont::Bold);
    if (variant & 2)
        f.setItalic(true);
    return f;
}

QList<QTextLayout::FormatRange> LogRowLoader::searchFormats(const QString &text, const QRegularExpression &search,
                                                             const QColor &matchBackground)
{
    QList<QTextLayout::FormatRange> ranges;
    if (!search.isValid() || search.pattern().isEmpty())
        return ranges;
    QTextCharFormat match;
    match.setBackground(matchBackground);
    match.setProperty(LogHighlighter::FormatNameProperty, QStringLiteral("Search Match"));
    auto it = search.globalMatch(text);
    int guard = 0;
    while (it.hasNext() && guard++ < 1000) {
        const auto m = it.next();
        if (m.capturedLength() > 0)
            ranges.append({int(m.capturedStart()), int(m.capturedLength()), match});
    }
    return ranges;
}

LogRowLoader::Laid LogRowLoader::layOut(const QString &text, const QList<QTextLayout::FormatRange> &formats, const QFont &font)
{
    Laid laid;
    QTextLayout layout(text, font);
    QTextOption option;
    option.setWrapMode(QTextOption::NoWrap);
    layout.setTextOption(option);
    layout.setFormats(formats);
    layout.beginLayout();
    QTextLine line = layout.createLine();
    layout.endLayout();
    if (!line.isValid())
        return laid;
    laid.naturalWidth = line.naturalTextWidth();
    // Glyph runs piece by piece: syntax ranges do not overlap (search matches only add a
    // background), so the text splits into coloured ranges and default-coloured gaps.
    constexpr auto flags = QTextLayout::RetrieveGlyphIndexes | QTextLayout::RetrieveGlyphPositions;
    std::vector<std::pair<QGlyphRun, QColor>> runs;
    auto addRuns = [&](int from, int length, const QColor &color) {
        if (length <= 0)
            return;
        const QList<QGlyphRun> pieces = layout.glyphRuns(from, length, flags);
        for (const QGlyphRun &run : pieces)
            runs.push_back({run, color});
    };
    QList<QTextLayout::FormatRange> coloured;
    for (const QTextLayout::FormatRange &range : formats) {
        if (range.format.hasProperty(QTextFormat::BackgroundBrush)) {
            const qreal x1 = line.cursorToX(range.start), x2 = line.cursorToX(range.start + range.length);
            laid.backgrounds.push_back({QRectF(std::min(x1, x2), 0, std::abs(x2 - x1), 1), range.format.background().color()});
        }
        if (range.format.hasProperty(QTextFormat::ForegroundBrush) || range.format.hasProperty(QTextFormat::FontWeight)
            || range.format.hasProperty(QTextFormat::FontItalic) || range.format.hasProperty(QTextFormat::TextUnderlineStyle))
            coloured.append(range);
    }
    std::sort(coloured.begin(), coloured.end(), [](const auto &a, const auto &b) { return a.start < b.start; });
    int pos = 0;
    for (const QTextLayout::FormatRange &range : std::as_const(coloured)) {
        const int start = std::max(pos, range.start);
        addRuns(pos, start - pos, QColor());
        const int end = std::max(start, range.start + range.length);
        addRuns(start, end - start, range.format.hasProperty(QTextFormat::ForegroundBrush) ? range.format.foreground().color() : QColor());
        pos = end;
    }
    addRuns(pos, int(text.size()) - pos, QColor());
    // one run per colour and font: fewer, longer draw calls
    for (auto &run : runs) {
        auto same = std::find_if(laid.runs.begin(), laid.runs.end(), [&](const auto &m) {
            return m.second == run.second && m.first.rawFont() == run.first.rawFont() && m.first.flags() == run.first.flags();
        });
        if (same == laid.runs.end()) {
            laid.runs.push_back(std::move(run));
            continue;
        }
        same->first.setGlyphIndexes(same->first.glyphIndexes() + run.first.glyphIndexes());
        same->first.setPositions(same->first.positions() + run.first.positions());
    }
    return laid;
}

void LogRowLoader::run()
{
    // Everything here belongs to this thread: a repository of its own (they are not thread-safe),
    // and the fonts' engines of this thread.
    KSyntaxHighlighting::Repository repository;
    LogHighlighter highlighter(repository);
    RangeReader reader;
    quint64 epoch = ~quint64(0);
    LogRowSettings settings;
    QRawFont variants[4];
    const auto shared = m_shared;
    QPointer<LogRowLoader> self(this);

    auto toRun = [&](const QGlyphRun &glyphs, const QColor &color, LogRowLayout::Run *out) {
        for (int v = 0; v < 4; ++v) {
            if (glyphs.rawFont() == variants[v]) {
                *out = {v, glyphs.glyphIndexes(), glyphs.positions(), glyphs.flags(), color};
                return true;
            }
        }
        return false;
    };

    auto prepare = [&](const LogRowSource &source) {
        LogRowLayout row;
        row.key = source.key;
        row.epoch = settings.epoch;
        const QByteArray bytes = source.path.isEmpty() ? source.bytes : reader.read(source.path, source.begin, source.end);
        QString text = decodeLogText(chopLineBreak(bytes));
        row.fullChars = text.size();
        row.paintedChars = std::min(text.size(), settings.maxChars);
        row.preparedChars = std::min(row.paintedChars, settings.prefix);
        text.truncate(row.preparedChars);
        QList<QTextLayout::FormatRange> formats = highlighter.highlight(text);
        formats += searchFormats(text, settings.search, settings.matchBackground);
        Laid laid = layOut(text, formats, settings.font);
        row.width = int(row.preparedChars < row.paintedChars
                            ? laid.naturalWidth * double(row.paintedChars) / double(std::max<qsizetype>(1, row.preparedChars))
                            : laid.naturalWidth);
        row.backgrounds = std::move(laid.backgrounds);
        for (const auto &[glyphs, color] : laid.runs) {
            LogRowLayout::Run plain;
            if (!toRun(glyphs, color, &plain)) {
                row.needsGuiLayout = true;
                row.runs.clear();
                row.text = text;
                row.formats = formats;
                break;
            }
            row.runs.push_back(std::move(plain));
        }
        const Laid number = layOut(QString::number(source.line + 1), {}, settings.font);
        if (number.runs.size() == 1 && toRun(number.runs.front().first, QColor(), &row.number))
            row.numberWidth = number.naturalWidth;
        return row;
    };

    for (;;) {
        Shared::Request request;
        {
            QMutexLocker lock(&shared->mutex);
            shared->running = false;
            while (!shared->pending && !shared->stop)
                shared->wake.wait(&shared->mutex);
            if (shared->stop)
                break;
            request = std::move(*shared->pending);
            shared->pending.reset();
            shared->newer = false;
            shared->running = true;
        }
        if (request.settings.epoch != epoch) {
            epoch = request.settings.epoch;
            settings = request.settings;
            reader.reset(); // a new model may have a new file under the same name
            highlighter.setDark(settings.dark);
            for (int v = 0; v < 4; ++v)
                variants[v] = QRawFont::fromFont(fontVariant(settings.font, v));
        } else {
            settings.prefix = request.settings.prefix;
        }
        for (const LogRowSource &source : request.rows) {
            if (shared->newer.load())
                break; // the latest request wins
            {
                QMutexLocker lock(&shared->mutex);
                while (shared->painting && !shared->stop)
                    shared->wake.wait(&shared->mutex);
                if (shared->stop)
                    break;
            }
            LogRowLayout row = prepare(source);
            ++shared->prepared;
            bool first = false;
            {
                QMutexLocker lock(&shared->mutex);
                if (shared->stop)
                    break;
                first = shared->results.empty();
                shared->results.push_back(std::move(row));
            }
            if (first) {
                // one notification per batch: the GUI thread takes all that gathered meanwhile
                QMetaObject::invokeMethod(self, [self] {
                    if (self)
                        Q_EMIT self->resultsReady();
                }, Qt::QueuedConnection);
            }
        }
    }
}

} // namespace kvd
