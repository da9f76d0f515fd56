// SPDX-License-Identifier: MIT
#pragma once

#include "core/logmerge.h"
#include "models/logmodel.h"

#include <QAbstractScrollArea>
#include <QCache>
#include <QPointer>
#include <QGlyphRun>
#include <QSet>
#include <QStaticText>
#include <QTextLayout>
#include <QTimer>

#include <memory>

namespace kvd {

class LogModel;
class LogHighlighter;

// A painted view of a LogModel (the klogg way): only the visible rows are fetched, highlighted and
// laid out; the int scroll bar is mapped onto 64-bit row numbers. Columns: line number, source
// (merged logs), text. Bookmarks and the evidence mark belong to lines, so they survive filtering.
class LogView : public QAbstractScrollArea
{
    Q_OBJECT
public:
    explicit LogView(QWidget *parent = nullptr);
    ~LogView() override;

    void setModel(LogModel *model);
    LogModel *model() const { return m_model; }

    qint64 topRow() const { return m_top; }
    qint64 currentRow() const { return m_current; }
    int visibleRowCapacity() const;
    // Rows on screen now, top to bottom.
    QList<qint64> visibleRows() const;
    // Highlighting of a row as painted (syntax formats plus search matches).
    QList<QTextLayout::FormatRange> formatsForRow(qint64 row);
    // Text of the selected rows (or the current row), one line each.
    QString selectedText();
    QPair<qint64, qint64> selection() const;

    void toggleBookmark(qint64 row);
    bool isBookmarked(qint64 row) const;
    int bookmarkCount() const { return int(m_bookmarks.size()); }
    // Jumps to a line of a source and marks it as evidence (findings use this). False when the
    // line is not visible under the current filter.
    bool markEvidence(int source, qint64 line);
    bool isEvidence(qint64 row) const;

    // Longest painted text in characters; longer lines are shown cut, with a note (copy gives all).
    static constexpr int kMaxPaintedChars = 20000;
    // Rows of the last painted frame shown without highlighting yet: a frame prepares (reads,
    // highlights, lays out) new rows only within a time budget and paints the rest plain; they are
    // prepared in idle slices next and repainted. 0 once every visible row is highlighted.
    int plainRowsPainted() const { return m_plainRows; }
    // True while rows on or around the screen still wait for idle preparation.
    bool isPreparing() const { return m_prepareTimer.isActive(); }

public Q_SLOTS:
    void scrollToRow(qint64 row);     // makes the row visible, centred when it was off screen
    void setCurrentRow(qint64 row);
    void nextBookmark(bool forward = true);
    void copySelection();
    void selectAll();

Q_SIGNALS:
    void currentRowChanged(qint64 row);
    void bookmarksChanged();

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void modelReset();
    void updateScrollBars();
    void setTop(qint64 row);
    qint64 rowAt(int y) const;
    int lineHeight() const;
    int gutterWidth() const;
    int sourceWidth() const;
    QColor sourceColor(int source) const;
    void resetFormats();
    struct PreparedRow;
    PreparedRow *preparedRow(qint64 row, bool create);
    qsizetype wantedPrefix() const;
    QList<QTextLayout::FormatRange> computeFormats(const QString &text) const;
    void prepareIdle();
    void clearPrepared();

    QPointer<LogModel> m_model;
    std::unique_ptr<LogHighlighter> m_highlighter;
    QCache<quint64, QList<QTextLayout::FormatRange>> m_formatCache{2000};
    // Rows ready to paint (glyph runs with their colours), by TimelineRef::packed: scrolling back
    // and forth and neighbouring rows prepared while idle cost only drawing.
    QCache<quint64, PreparedRow> m_prepared{3000};
    QTimer m_prepareTimer;
    int m_plainRows = 0;
    qint64 m_top = 0;
    qint64 m_current = -1;
    qint64 m_anchor = -1;
    int m_maxWidth = 0;
    bool m_settingScroll = false;
    QSet<quint64> m_bookmarks; // TimelineRef::packed
    quint64 m_evidence = ~quint64(0);
};

} // namespace kvd
