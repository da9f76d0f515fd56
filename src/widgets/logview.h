// SPDX-License-Identifier: MIT
#pragma once

#include "core/logmerge.h"
#include "models/logmodel.h"
#include "models/logrowloader.h"

#include <QAbstractScrollArea>
#include <QCache>
#include <QPointer>
#include <QGlyphRun>
#include <QRawFont>
#include <QSet>
#include <QTextLayout>
#include <QTimer>

#include <deque>
#include <memory>

namespace kvd {

class LogModel;
class LogHighlighter;

// A painted view of a LogModel (the klogg way): only the rows on and around the screen are fetched,
// highlighted and laid out, by a LogRowLoader in a background thread (screen first, then ahead in
// the scroll direction); painting draws the rows that are ready and a placeholder for the others,
// and never reads the file. The int scroll bar is mapped onto 64-bit row numbers. Columns: line
// number, source (merged logs), text. Bookmarks and the evidence mark belong to lines, so they
// survive filtering.
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
    // Rows of the last painted frame shown as a placeholder (not highlighted): rows the worker has
    // not prepared yet; the view repaints when they arrive. 0 once every visible row is highlighted.
    int plainRowsPainted() const { return m_plainRows; }
    // True while rows on or around the screen still wait for preparation.
    bool isPreparing() const;
    // Whether every row on screen is prepared (painted highlighted at the next paint).
    bool visibleRowsReady() const;

public Q_SLOTS:
    void scrollToRow(qint64 row);     // makes the row visible, centred when it was off screen
    void setCurrentRow(qint64 row);
    void nextBookmark(bool forward = true);
    void copySelection();
    void selectAll();

Q_SIGNALS:
    void currentRowChanged(qint64 row);
    void bookmarksChanged();
    // Every row on screen is prepared now (after rows arrived from the worker).
    void rowsReady();

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
    PreparedRow *readyRow(quint64 key, qsizetype prefix) const;
    qsizetype wantedPrefix() const;
    QList<QTextLayout::FormatRange> computeFormats(const QString &text) const;
    QColor matchBackground() const;
    void ensureSettings();
    bool numberRun(qint64 number, QGlyphRun *run, qreal *width) const;
    void requestRows();
    void takeRows();
    bool absorbRows();
    void layOutFallbackRows();
    void clearPrepared();

    QPointer<LogModel> m_model;
    std::unique_ptr<LogHighlighter> m_highlighter;
    QCache<quint64, QList<QTextLayout::FormatRange>> m_formatCache{2000};
    // Rows ready to paint (glyph runs with their colours), by TimelineRef::packed: scrolling back
    // and forth and neighbouring rows prepared ahead cost only drawing.
    QCache<quint64, PreparedRow> m_prepared{3000};
    std::unique_ptr<LogRowLoader> m_loader;
    // Settings rows are prepared with; m_epoch changes with them (results of older ones are dropped).
    quint64 m_epoch = 1;
    quint64 m_settingsEpoch = 0;
    LogRowSettings m_settings;
    QRawFont m_rawFonts[4]; // the GUI thread's fonts for the worker's glyph indexes
    QList<quint32> m_digitGlyphs;
    QList<QPointF> m_digitAdvances;
    struct Sent
    {
        qint64 top = -1, rows = -1;
        quint64 epoch = 0;
        qsizetype prefix = 0;
        int capacity = 0, direction = 0;
        bool operator==(const Sent &) const = default;
    } m_sent;
    int m_direction = 1;   // of the last scroll: rows ahead are prepared first
    qint64 m_lastTop = 0;
    // Rows in a font the worker's glyphs cannot be mapped to (other scripts): laid out here, in slices.
    std::deque<LogRowLayout> m_fallback;
    QSet<quint64> m_fallbackKeys;
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
