// SPDX-License-Identifier: MIT
#pragma once

#include <QColor>
#include <QFont>
#include <QGlyphRun>
#include <QObject>
#include <QRectF>
#include <QRegularExpression>
#include <QTextLayout>

#include <memory>
#include <vector>

class QThread;

namespace kvd {

// Where a row's bytes are, for the worker: a range of a file (with the line break), or the bytes
// themselves for documents held in memory.
struct LogRowSource
{
    quint64 key = 0;  // TimelineRef::packed
    qint64 line = 0;  // 0-based line number in its source (the gutter shows line + 1)
    QString path;     // empty: use bytes
    qint64 begin = 0;
    qint64 end = 0;
    QByteArray bytes;
};

// What every row of a request is prepared with; a new epoch whenever any of it changes.
struct LogRowSettings
{
    quint64 epoch = 0;
    QFont font;
    bool dark = false;              // the highlighting theme
    QRegularExpression search;      // matches get matchBackground; invalid/empty: none
    QColor matchBackground;
    qsizetype prefix = 512;         // characters laid out (what can show)
    qsizetype maxChars = 20000;     // characters ever painted
};

// A row read, decoded, highlighted and laid out on the worker. Glyph runs are kept as plain data
// (glyph indexes, positions, which of the four variants of the font) because a QRawFont made on the
// worker belongs to that thread's font engines; the GUI thread rebuilds QGlyphRuns on its own fonts.
struct LogRowLayout
{
    struct Run
    {
        int variant = 0; // bit 0 bold, bit 1 italic (LogRowLoader::fontVariant)
        QList<quint32> glyphs;
        QList<QPointF> positions;
        QGlyphRun::GlyphRunFlags flags;
        QColor color; // invalid: the palette's text colour
    };
    quint64 key = 0;
    quint64 epoch = 0;
    std::vector<Run> runs;
    std::vector<std::pair<QRectF, QColor>> backgrounds; // x and width (height: the row's)
    Run number;                 // the line number; numberWidth < 0 when it could not be mapped
    qreal numberWidth = -1;
    qsizetype preparedChars = 0; // laid out prefix of the painted text
    qsizetype paintedChars = 0;  // min(full size, maxChars)
    qsizetype fullChars = 0;
    int width = 0;               // of the painted text (estimated from the prefix when only that is laid out)
    // A run used a font outside the four variants (a fallback font for another script): the GUI
    // thread lays out text with formats itself; runs are empty then.
    bool needsGuiLayout = false;
    QString text;                // the laid out prefix, for needsGuiLayout
    QList<QTextLayout::FormatRange> formats;
};

// Reads, decodes, highlights and lays out log rows in a background thread so that painting never
// waits for the disk or for text shaping. One request at a time: a new one replaces the pending or
// running one (the latest wins); rows finished so far are still delivered. Rows come out in the
// order requested (screen first), in batches announced by resultsReady().
class LogRowLoader : public QObject
{
    Q_OBJECT
public:
    explicit LogRowLoader(QObject *parent = nullptr);
    ~LogRowLoader() override; // stops the worker; results not taken are dropped

    void request(const LogRowSettings &settings, std::vector<LogRowSource> rows);
    void cancel();
    std::vector<LogRowLayout> takeResults();
    // A request is pending or running, or results wait to be taken.
    bool isBusy() const;
    // While the GUI thread paints, the worker waits between rows: on a busy machine the two threads
    // would otherwise share the CPU time the frame gets.
    void setPainting(bool painting);
    // Rows prepared so far (all requests), for tests and benchmarks.
    qint64 preparedCount() const;

    static QFont fontVariant(const QFont &font, int variant);
    // The formats a row is painted with: syntax formats plus search matches.
    static QList<QTextLayout::FormatRange> searchFormats(const QString &text, const QRegularExpression &search,
                                                          const QColor &matchBackground);
    // Lays text out on one line (no wrapping) and cuts it into glyph runs, one per colour and font.
    struct Laid
    {
        std::vector<std::pair<QGlyphRun, QColor>> runs;
        std::vector<std::pair<QRectF, QColor>> backgrounds;
        qreal naturalWidth = 0;
    };
    static Laid layOut(const QString &text, const QList<QTextLayout::FormatRange> &formats, const QFont &font);

Q_SIGNALS:
    void resultsReady();

private:
    struct Shared;
    void run();
    std::shared_ptr<Shared> m_shared;
    QThread *m_thread = nullptr;
};

} // namespace kvd
