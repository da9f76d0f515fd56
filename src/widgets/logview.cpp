// SPDX-License-Identifier: MIT
#include "widgets/logview.h"

#include "models/loghighlighter.h"
#include "models/logmodel.h"

#include <QApplication>
#include <QClipboard>
#include <QElapsedTimer>
#include <QFontDatabase>
#include <QKeyEvent>
#include <QPainter>
#include <QScopeGuard>
#include <QScrollBar>

namespace kvd {

namespace {
constexpr qint64 kScrollMax = 1000000000; // the int scroll bar covers at most this many steps
// Placeholders drawn from text the model has decoded already, for this long per frame at most.
constexpr qint64 kFramePlainBudgetNs = 2000000;
// Rows the worker could not lay out for the GUI thread's fonts are laid out here this long per slice.
constexpr qint64 kIdleSliceNs = 4000000;
// Screens prepared around the visible one: ahead in the scroll direction, and behind.
constexpr int kScreensAhead = 2;
constexpr int kScreensBehind = 1;
}

// A row laid out once and kept as glyph runs with their colours: drawing them again is several
// times cheaper than drawing a QTextLayout with formats (no itemizing, shaping or format merging).
struct LogView::PreparedRow
{
    struct Run
    {
        QGlyphRun glyphs;
        QColor color; // invalid: the palette's text colour
    };
    std::vector<Run> runs;
    std::vector<std::pair<QRectF, QColor>> backgrounds;
    QGlyphRun number;
    qreal numberWidth = -1;      // < 0: draw the number as text
    qsizetype preparedChars = 0; // laid out prefix of the painted text
    qsizetype paintedChars = 0;  // min(full size, kMaxPaintedChars)
    qsizetype fullChars = 0;
    int width = 0;               // of the painted text (estimated from the prefix when only that is laid out)
};

LogView::LogView(QWidget *parent)
    : QAbstractScrollArea(parent)
    , m_highlighter(std::make_unique<LogHighlighter>())
    , m_loader(std::make_unique<LogRowLoader>())
{
    setObjectName(QStringLiteral("logView"));
    setAccessibleName(tr("Log lines"));
    QFont font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    setFont(font);
    setFocusPolicy(Qt::StrongFocus);
    viewport()->setCursor(Qt::IBeamCursor);
    m_highlighter->setPalette(palette());
    verticalScrollBar()->setSingleStep(1);
    m_prepareTimer.setSingleShot(true);
    connect(&m_prepareTimer, &QTimer::timeout, this, &LogView::layOutFallbackRows);
    connect(m_loader.get(), &LogRowLoader::resultsReady, this, &LogView::takeRows);
}

LogView::~LogView() = default;

void LogView::setModel(LogModel *model)
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    if (m_model) {
        connect(m_model, &LogModel::rowsReset, this, &LogView::modelReset);
        connect(m_model, &LogModel::filterFinished, this, [this] {
            clearPrepared(); // search matches changed
            viewport()->update();
        });
        connect(m_model, &LogModel::rowsAppended, this, [this] {
            updateScrollBars();
            viewport()->update();
        });
    }
    modelReset();
}

void LogView::clearPrepared()
{
    // a new epoch: rows the worker prepares with the old settings are dropped when they arrive
    ++m_epoch;
    m_formatCache.clear();
    m_prepared.clear();
    m_fallback.clear();
    m_fallbackKeys.clear();
    m_sent = {};
}

void LogView::modelReset()
{
    clearPrepared();
    const qint64 rows = m_model ? m_model->rowCount() : 0;
    if (m_current >= rows)
        m_current = rows ? rows - 1 : -1;
    if (m_top >= rows)
        m_top = std::max<qint64>(0, rows - 1);
    m_anchor = std::min(m_anchor, rows - 1);
    updateScrollBars();
    viewport()->update();
}

int LogView::lineHeight() const
{
    return fontMetrics().height();
}

int LogView::visibleRowCapacity() const
{
    return std::max(1, viewport()->height() / lineHeight());
}

int LogView::gutterWidth() const
{
    qint64 maxLine = 1;
    if (m_model) {
        for (int s = 0; s < m_model->sourceCount(); ++s)
            maxLine = std::max(maxLine, m_model->document(s)->lineCount());
    }
    int digits = 1;
    for (qint64 n = maxLine; n >= 10; n /= 10)
        ++digits;
    return fontMetrics().horizontalAdvance(QLatin1Char('9')) * (digits + 1) + 12;
}

int LogView::sourceWidth() const
{
    if (!m_model || !m_model->isMerged())
        return 0;
    int width = 0;
    for (int s = 0; s < m_model->sourceCount(); ++s)
        width = std::max(width, fontMetrics().horizontalAdvance(m_model->sourceLabel(s).left(28)));
    return width + 12;
}

QColor LogView::sourceColor(int source) const
{
    const bool dark = palette().color(QPalette::Base).lightness() < 128;
    QColor c = QColor::fromHsv((source * 67 + 200) % 360, dark ? 120 : 160, dark ? 230 : 150);
    return c;
}

void LogView::updateScrollBars()
{
    const qint64 rows = m_model ? m_model->rowCount() : 0;
    const qint64 maxTop = std::max<qint64>(0, rows - visibleRowCapacity() + 1);
    m_settingScroll = true;
    QScrollBar *v = verticalScrollBar();
    const int range = int(std::min(maxTop, kScrollMax));
    v->setRange(0, range);
    v->setPageStep(visibleRowCapacity());
    v->setValue(maxTop <= kScrollMax ? int(m_top) : int(double(m_top) / double(maxTop) * double(range)));
    QScrollBar *h = horizontalScrollBar();
    h->setRange(0, std::max(0, m_maxWidth - (viewport()->width() - gutterWidth() - sourceWidth()) + 20));
    h->setPageStep(viewport()->width());
    h->setSingleStep(fontMetrics().horizontalAdvance(QLatin1Char('x')) * 4);
    m_settingScroll = false;
}

void LogView::scrollContentsBy(int dx, int dy)
{
    Q_UNUSED(dx);
    Q_UNUSED(dy);
    if (!m_settingScroll && m_model) {
        const qint64 rows = m_model->rowCount();
        const qint64 maxTop = std::max<qint64>(0, rows - visibleRowCapacity() + 1);
        const int value = verticalScrollBar()->value();
        m_top = maxTop <= kScrollMax ? value
                                     : qint64(double(value) / double(verticalScrollBar()->maximum()) * double(maxTop));
    }
    viewport()->update();
}

void LogView::setTop(qint64 row)
{
    const qint64 rows = m_model ? m_model->rowCount() : 0;
    m_top = std::clamp<qint64>(row, 0, std::max<qint64>(0, rows - visibleRowCapacity() + 1));
    updateScrollBars();
    viewport()->update();
}

void LogView::scrollToRow(qint64 row)
{
    if (!m_model || row < 0 || row >= m_model->rowCount())
        return;
    if (row < m_top || row >= m_top + visibleRowCapacity() - 1)
        setTop(row - visibleRowCapacity() / 2);
}

void LogView::setCurrentRow(qint64 row)
{
    if (!m_model || m_model->rowCount() == 0)
        return;
    row = std::clamp<qint64>(row, 0, m_model->rowCount() - 1);
    m_current = row;
    if (!(QApplication::keyboardModifiers() & Qt::ShiftModifier))
        m_anchor = row;
    scrollToRow(row);
    viewport()->update();
    Q_EMIT currentRowChanged(row);
}

QList<qint64> LogView::visibleRows() const
{
    QList<qint64> rows;
    if (!m_model)
        return rows;
    const qint64 end = std::min(m_model->rowCount(), m_top + visibleRowCapacity());
    for (qint64 r = m_top; r < end; ++r)
        rows.append(r);
    return rows;
}

QColor LogView::matchBackground() const
{
    return palette().color(QPalette::Highlight).lighter(palette().color(QPalette::Base).lightness() < 128 ? 70 : 160);
}

QList<QTextLayout::FormatRange> LogView::computeFormats(const QString &text) const
{
    QList<QTextLayout::FormatRange> ranges = m_highlighter->highlight(text);
    ranges += LogRowLoader::searchFormats(text, m_model->searchExpression(), matchBackground());
    return ranges;
}

QList<QTextLayout::FormatRange> LogView::formatsForRow(qint64 row)
{
    if (!m_model || row < 0 || row >= m_model->rowCount())
        return {};
    const quint64 key = m_model->refAt(row).packed;
    if (auto *cached = m_formatCache.object(key))
        return *cached;
    QString text = m_model->text(row);
    if (text.size() > kMaxPaintedChars)
        text.truncate(kMaxPaintedChars);
    auto *ranges = new QList<QTextLayout::FormatRange>(computeFormats(text));
    const QList<QTextLayout::FormatRange> copy = *ranges;
    m_formatCache.insert(key, ranges);
    return copy;
}

qsizetype LogView::wantedPrefix() const
{
    // Only what can show is laid out: a megabyte line costs no more than a short one. Twice the
    // columns that fit (narrow or combining characters), in steps so scrolling right rarely redoes it.
    const int charWidth = std::max(1, fontMetrics().horizontalAdvance(QLatin1Char('9')));
    const qsizetype columns = (horizontalScrollBar()->value() + viewport()->width()) / charWidth;
    return ((columns * 2 + 64) / 512 + 1) * 512;
}

LogView::PreparedRow *LogView::readyRow(quint64 key, qsizetype prefix) const
{
    PreparedRow *cached = m_prepared.object(key);
    if (cached && cached->preparedChars >= std::min(prefix, cached->paintedChars))
        return cached;
    return nullptr;
}

void LogView::ensureSettings()
{
    if (m_settingsEpoch == m_epoch)
        return;
    m_settingsEpoch = m_epoch;
    // The worker gets a font of its own (same description): a QFont's engine data is per thread.
    const QString description = font().toString();
    QFont workerFont;
    workerFont.fromString(description);
    QFont guiFont;
    guiFont.fromString(description);
    m_settings = {};
    m_settings.epoch = m_epoch;
    m_settings.font = workerFont;
    m_settings.dark = palette().color(QPalette::Base).lightness() < 128;
    m_settings.search = m_model ? m_model->searchExpression() : QRegularExpression();
    m_settings.matchBackground = matchBackground();
    m_settings.maxChars = kMaxPaintedChars;
    for (int v = 0; v < 4; ++v)
        m_rawFonts[v] = QRawFont::fromFont(LogRowLoader::fontVariant(guiFont, v));
    // line numbers of rows not prepared yet are put together from these, without shaping
    m_digitGlyphs = m_rawFonts[0].glyphIndexesForString(QStringLiteral("0123456789"));
    m_digitAdvances = m_rawFonts[0].advancesForGlyphIndexes(m_digitGlyphs);
    if (m_digitGlyphs.size() != 10 || m_digitGlyphs.contains(0u))
        m_digitGlyphs.clear();
}

bool LogView::numberRun(qint64 number, QGlyphRun *run, qreal *width) const
{
    if (m_digitGlyphs.isEmpty())
        return false;
    const QString digits = QString::number(number);
    QList<quint32> glyphs;
    QList<QPointF> positions;
    glyphs.reserve(digits.size());
    positions.reserve(digits.size());
    qreal x = 0;
    const qreal baseline = fontMetrics().ascent();
    for (QChar c : digits) {
        const int d = c.unicode() - u'0';
        glyphs.append(m_digitGlyphs[d]);
        positions.append(QPointF(x, baseline));
        x += m_digitAdvances[d].x();
    }
    run->setRawFont(m_rawFonts[0]);
    run->setGlyphIndexes(glyphs);
    run->setPositions(positions);
    *width = x;
    return true;
}

void LogView::requestRows()
{
    if (!m_model)
        return;
    ensureSettings();
    absorbRows(); // rows finished meanwhile are not asked for again
    const qint64 rows = m_model->rowCount();
    const int capacity = visibleRowCapacity();
    const qsizetype prefix = wantedPrefix();
    const Sent sent{m_top, rows, m_epoch, prefix, capacity, m_direction};
    if (sent == m_sent && m_loader->isBusy())
        return; // it is being prepared
    // the screen, then the screens ahead in the scroll direction, then behind
    const qint64 ahead = qint64(kScreensAhead) * capacity, behind = qint64(kScreensBehind) * capacity;
    const std::pair<qint64, qint64> spans[] = {
        {m_top, m_top + capacity},
        m_direction >= 0 ? std::pair{m_top + capacity, m_top + capacity + ahead} : std::pair{m_top - ahead, m_top},
        m_direction >= 0 ? std::pair{m_top - behind, m_top} : std::pair{m_top + capacity, m_top + capacity + behind}};
    std::vector<LogRowSource> wanted;
    for (const auto &[first, last] : spans) {
        const qint64 from = std::max<qint64>(0, first), to = std::min(rows, last);
        // above the screen the nearest rows come first
        const bool upwards = last <= m_top;
        for (qint64 i = 0; i < to - from; ++i) {
            const qint64 row = upwards ? to - 1 - i : from + i;
            const TimelineRef ref = m_model->refAt(row);
            if (readyRow(ref.packed, prefix) || m_fallbackKeys.contains(ref.packed))
                continue;
            LogModel::LineLocation location = m_model->lineLocation(row);
            wanted.push_back({ref.packed, ref.line(), std::move(location.path), location.begin, location.end, std::move(location.bytes)});
        }
    }
    m_sent = sent;
    if (wanted.empty())
        return;
    m_settings.prefix = prefix;
    m_loader->request(m_settings, std::move(wanted));
}

void LogView::takeRows()
{
    const bool changed = absorbRows();
    if (changed)
        viewport()->update();
    if (visibleRowsReady())
        Q_EMIT rowsReady();
    else if (!m_loader->isBusy() && m_fallback.empty())
        requestRows(); // e.g. the prefix grew meanwhile
}

bool LogView::absorbRows()
{
    std::vector<LogRowLayout> results = m_loader->takeResults();
    if (!m_model)
        return false;
    bool changed = false;
    for (LogRowLayout &result : results) {
        if (result.epoch != m_epoch)
            continue;
        if (result.needsGuiLayout) {
            m_fallbackKeys.insert(result.key);
            m_fallback.push_back(std::move(result));
            continue;
        }
        auto prepared = std::make_unique<PreparedRow>();
        auto glyphRun = [this](const LogRowLayout::Run &run) {
            QGlyphRun glyphs;
            glyphs.setRawFont(m_rawFonts[run.variant & 3]);
            glyphs.setGlyphIndexes(run.glyphs);
            glyphs.setPositions(run.positions);
            glyphs.setFlags(run.flags);
            return glyphs;
        };
        prepared->runs.reserve(result.runs.size());
        for (const LogRowLayout::Run &run : result.runs)
            prepared->runs.push_back({glyphRun(run), run.color});
        prepared->backgrounds = std::move(result.backgrounds);
        if (result.numberWidth >= 0) {
            prepared->number = glyphRun(result.number);
            prepared->numberWidth = result.numberWidth;
        }
        prepared->preparedChars = result.preparedChars;
        prepared->paintedChars = result.paintedChars;
        prepared->fullChars = result.fullChars;
        prepared->width = result.width;
        m_prepared.insert(result.key, prepared.release());
        changed = true;
    }
    if (!m_fallback.empty() && !m_prepareTimer.isActive())
        m_prepareTimer.start(0);
    return changed;
}

void LogView::layOutFallbackRows()
{
    if (!m_model)
        return;
    QElapsedTimer timer;
    timer.start();
    bool changed = false;
    while (!m_fallback.empty() && timer.nsecsElapsed() < kIdleSliceNs) {
        const LogRowLayout result = std::move(m_fallback.front());
        m_fallback.pop_front();
        m_fallbackKeys.remove(result.key);
        if (result.epoch != m_epoch)
            continue;
        const LogRowLoader::Laid laid = LogRowLoader::layOut(result.text, result.formats, font());
        auto prepared = std::make_unique<PreparedRow>();
        for (const auto &[glyphs, color] : laid.runs)
            prepared->runs.push_back({glyphs, color});
        prepared->backgrounds = laid.backgrounds;
        prepared->preparedChars = result.preparedChars;
        prepared->paintedChars = result.paintedChars;
        prepared->fullChars = result.fullChars;
        prepared->width = result.width;
        m_prepared.insert(result.key, prepared.release());
        changed = true;
    }
    if (!m_fallback.empty())
        m_prepareTimer.start(0);
    if (changed)
        viewport()->update();
    if (changed && visibleRowsReady())
        Q_EMIT rowsReady();
}

bool LogView::isPreparing() const
{
    return m_loader->isBusy() || !m_fallback.empty() || m_prepareTimer.isActive();
}

bool LogView::visibleRowsReady() const
{
    if (!m_model)
        return true;
    const qint64 end = std::min(m_model->rowCount(), m_top + visibleRowCapacity());
    const qsizetype prefix = wantedPrefix();
    for (qint64 row = m_top; row < end; ++row) {
        if (!readyRow(m_model->refAt(row).packed, prefix))
            return false;
    }
    return true;
}

void LogView::paintEvent(QPaintEvent *)
{
    m_loader->setPainting(true);
    const auto resume = qScopeGuard([this] { m_loader->setPainting(false); });
    QPainter p(viewport());
    const QPalette pal = palette();
    p.fillRect(viewport()->rect(), pal.color(QPalette::Base));
    if (!m_model)
        return;
    const int lh = lineHeight();
    const int gutter = gutterWidth();
    const int srcWidth = sourceWidth();
    const int textX = gutter + srcWidth + 4 - horizontalScrollBar()->value();
    const int ascent = fontMetrics().ascent();
    const auto [selFirst, selLast] = selection();
    const QColor gutterBg = pal.color(QPalette::AlternateBase);
    p.fillRect(QRect(0, 0, gutter, viewport()->height()), gutterBg);
    const QList<qint64> rows = visibleRows();
    const QColor text = pal.color(QPalette::Text);
    if (m_top != m_lastTop) {
        m_direction = m_top > m_lastTop ? 1 : -1;
        m_lastTop = m_top;
    }
    ensureSettings();
    absorbRows(); // what the worker finished since
    const qsizetype prefix = wantedPrefix();
    QElapsedTimer frame;
    frame.start();
    m_plainRows = 0;
    int y = 0;
    for (qint64 row : rows) {
        const TimelineRef ref = m_model->refAt(row);
        const QRect rowRect(0, y, viewport()->width(), lh);
        if (ref.packed == m_evidence) {
            p.fillRect(rowRect.adjusted(gutter, 0, 0, 0), QColor(255, 196, 0, 90));
        } else if (row >= selFirst && row <= selLast && selFirst >= 0) {
            p.fillRect(rowRect.adjusted(gutter, 0, 0, 0), pal.color(QPalette::Highlight).lighter(pal.color(QPalette::Base).lightness() < 128 ? 60 : 170));
        }
        PreparedRow *prepared = readyRow(ref.packed, prefix);
        // gutter: line number in its source, bookmark/evidence marks
        p.setPen(pal.color(QPalette::PlaceholderText));
        QGlyphRun number;
        qreal numberWidth = 0;
        if (prepared && prepared->numberWidth >= 0)
            p.drawGlyphRun(QPointF(gutter - 8 - prepared->numberWidth, y), prepared->number);
        else if (numberRun(ref.line() + 1, &number, &numberWidth))
            p.drawGlyphRun(QPointF(gutter - 8 - numberWidth, y), number);
        else
            p.drawText(QRect(0, y, gutter - 8, lh), Qt::AlignRight | Qt::AlignVCenter, QString::number(ref.line() + 1));
        if (m_bookmarks.contains(ref.packed))
            p.fillRect(QRect(1, y + 2, 4, lh - 4), pal.color(QPalette::Highlight));
        if (ref.packed == m_evidence)
            p.fillRect(QRect(1, y + 2, 4, lh - 4), QColor(230, 120, 0));
        if (srcWidth > 0) {
            p.setPen(sourceColor(ref.source()));
            p.drawText(QRect(gutter + 4, y, srcWidth - 8, lh), Qt::AlignLeft | Qt::AlignVCenter,
                       fontMetrics().elidedText(m_model->sourceLabel(ref.source()), Qt::ElideMiddle, srcWidth - 8));
        }
        p.setClipRect(QRect(gutter + srcWidth, y, viewport()->width(), lh));
        int width = 0;
        qsizetype fullSize = 0;
        if (prepared) {
            for (const auto &[rect, color] : prepared->backgrounds)
                p.fillRect(QRectF(textX + rect.x(), y, rect.width(), lh), color);
            for (const PreparedRow::Run &run : prepared->runs) {
                p.setPen(run.color.isValid() ? run.color : text);
                p.drawGlyphRun(QPointF(textX, y), run.glyphs);
            }
            width = prepared->width;
            fullSize = prepared->fullChars;
        } else {
            // not prepared yet: plain from text the model decoded already, else a placeholder bar;
            // never a read here. The worker's rows repaint it.
            ++m_plainRows;
            QString line;
            if (frame.nsecsElapsed() < kFramePlainBudgetNs && m_model->cachedText(row, &line)) {
                fullSize = line.size();
                line.truncate(std::min<qsizetype>(kMaxPaintedChars, prefix));
                p.setPen(text);
                p.drawText(QPointF(textX, y + ascent), line);
            } else {
                QColor bar = pal.color(QPalette::PlaceholderText);
                bar.setAlpha(40);
                p.fillRect(QRect(textX, y + lh / 2 - 2, std::min(viewport()->width() / 3, 400), 4), bar);
            }
        }
        if (fullSize > kMaxPaintedChars) {
            p.setPen(pal.color(QPalette::PlaceholderText));
            const QString note = tr(" … %n more characters (copy the line to get all)", nullptr, int(std::min<qsizetype>(fullSize - kMaxPaintedChars, INT_MAX)));
            p.drawText(textX + width, y + ascent, note);
            width += fontMetrics().horizontalAdvance(note);
        }
        p.setClipping(false);
        if (width > m_maxWidth) {
            m_maxWidth = width;
            QMetaObject::invokeMethod(this, &LogView::updateScrollBars, Qt::QueuedConnection);
        }
        if (row == m_current && hasFocus()) {
            p.setPen(QPen(pal.color(QPalette::Highlight), 1, Qt::DotLine));
            p.drawRect(rowRect.adjusted(gutter, 0, -1, -1));
        }
        y += lh;
    }
    // the rows missing here, then the neighbouring screens, from the worker
    if (!rows.isEmpty())
        requestRows();
    if (rows.isEmpty()) {
        p.setPen(pal.color(QPalette::PlaceholderText));
        const QString message = m_model->isBusy() ? tr("Filtering…")
                               : m_model->sourceCount() == 0 ? tr("No log opened.")
                                                             : m_model->isLoading() ? tr("Loading…") : tr("No lines to show.");
        p.drawText(viewport()->rect(), Qt::AlignCenter, message);
    }
}

void LogView::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    // room for the screens requestRows() keeps ready, so preparing never evicts its own work
    m_prepared.setMaxCost(std::max(3000, 2 * (1 + kScreensAhead + kScreensBehind) * visibleRowCapacity()));
    updateScrollBars();
}

qint64 LogView::rowAt(int y) const
{
    if (!m_model)
        return -1;
    const qint64 row = m_top + y / lineHeight();
    return row < m_model->rowCount() ? row : -1;
}

QPair<qint64, qint64> LogView::selection() const
{
    if (m_current < 0)
        return {-1, -1};
    const qint64 anchor = m_anchor < 0 ? m_current : m_anchor;
    return {std::min(anchor, m_current), std::max(anchor, m_current)};
}

QString LogView::selectedText()
{
    if (!m_model)
        return {};
    const auto [first, last] = selection();
    if (first < 0)
        return {};
    QStringList lines;
    for (qint64 r = first; r <= last && r - first < 1000000; ++r)
        lines << m_model->text(r);
    return lines.join(QLatin1Char('\n'));
}

void LogView::copySelection()
{
    QApplication::clipboard()->setText(selectedText());
}

void LogView::selectAll()
{
    if (!m_model || m_model->rowCount() == 0)
        return;
    m_anchor = 0;
    m_current = m_model->rowCount() - 1;
    viewport()->update();
}

void LogView::toggleBookmark(qint64 row)
{
    if (!m_model || row < 0 || row >= m_model->rowCount())
        return;
    const quint64 key = m_model->refAt(row).packed;
    if (!m_bookmarks.remove(key))
        m_bookmarks.insert(key);
    viewport()->update();
    Q_EMIT bookmarksChanged();
}

bool LogView::isBookmarked(qint64 row) const
{
    return m_model && row >= 0 && row < m_model->rowCount() && m_bookmarks.contains(m_model->refAt(row).packed);
}

void LogView::nextBookmark(bool forward)
{
    if (!m_model || m_bookmarks.isEmpty())
        return;
    qint64 best = -1;
    qint64 wrap = -1;
    for (quint64 key : std::as_const(m_bookmarks)) {
        const TimelineRef ref{key};
        const qint64 row = m_model->rowOf(ref.source(), ref.line());
        if (row < 0 || m_model->refAt(row).packed != key)
            continue; // filtered out
        if (forward ? row > m_current : row < m_current) {
            if (best < 0 || (forward ? row < best : row > best))
                best = row;
        }
        if (wrap < 0 || (forward ? row < wrap : row > wrap))
            wrap = row;
    }
    if (best < 0)
        best = wrap;
    if (best >= 0)
        setCurrentRow(best);
}

bool LogView::markEvidence(int source, qint64 line)
{
    if (!m_model)
        return false;
    m_evidence = TimelineRef::make(source, line).packed;
    const qint64 row = m_model->rowOf(source, line);
    viewport()->update();
    if (row < 0 || m_model->refAt(row).packed != m_evidence)
        return false;
    setCurrentRow(row);
    setTop(row - visibleRowCapacity() / 3);
    return true;
}

bool LogView::isEvidence(qint64 row) const
{
    return m_model && row >= 0 && row < m_model->rowCount() && m_model->refAt(row).packed == m_evidence;
}

void LogView::keyPressEvent(QKeyEvent *event)
{
    if (!m_model)
        return QAbstractScrollArea::keyPressEvent(event);
    if (event->matches(QKeySequence::Copy)) {
        copySelection();
        return;
    }
    if (event->matches(QKeySequence::SelectAll)) {
        selectAll();
        return;
    }
    const qint64 page = visibleRowCapacity() - 1;
    const qint64 current = std::max<qint64>(m_current, 0);
    switch (event->key()) {
    case Qt::Key_Down: setCurrentRow(current + 1); break;
    case Qt::Key_Up: setCurrentRow(current - 1); break;
    case Qt::Key_PageDown: setCurrentRow(current + page); break;
    case Qt::Key_PageUp: setCurrentRow(current - page); break;
    case Qt::Key_Home:
        if (event->modifiers() & Qt::ControlModifier)
            setCurrentRow(0);
        else
            horizontalScrollBar()->setValue(0);
        break;
    case Qt::Key_End:
        if (event->modifiers() & Qt::ControlModifier)
            setCurrentRow(m_model->rowCount() - 1);
        break;
    case Qt::Key_F2: nextBookmark(!(event->modifiers() & Qt::ShiftModifier)); break;
    case Qt::Key_B:
        if (event->modifiers() & Qt::ControlModifier) {
            toggleBookmark(current);
            break;
        }
        [[fallthrough]];
    default: QAbstractScrollArea::keyPressEvent(event); return;
    }
}

void LogView::mousePressEvent(QMouseEvent *event)
{
    const qint64 row = rowAt(event->position().toPoint().y());
    if (row < 0)
        return;
    if (event->position().x() < gutterWidth() && event->button() == Qt::LeftButton) {
        toggleBookmark(row);
        return;
    }
    const bool extend = event->modifiers() & Qt::ShiftModifier;
    m_current = row;
    if (!extend)
        m_anchor = row;
    viewport()->update();
    Q_EMIT currentRowChanged(row);
}

void LogView::mouseMoveEvent(QMouseEvent *event)
{
    if (!(event->buttons() & Qt::LeftButton))
        return;
    const qint64 row = rowAt(std::clamp(event->position().toPoint().y(), 0, viewport()->height() - 1));
    if (row >= 0 && row != m_current) {
        m_current = row;
        scrollToRow(row);
        viewport()->update();
    }
}

void LogView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange) {
        m_highlighter->setPalette(palette());
        clearPrepared();
    } else if (event->type() == QEvent::FontChange) {
        clearPrepared();
    }
    QAbstractScrollArea::changeEvent(event);
}

} // namespace kvd
