// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArrayView>
#include <QList>
#include <QString>

#include <functional>
#include <memory>

namespace kvd {

// A set of regular expressions compiled once and matched against many log lines, the way ripgrep
// searches for many patterns at once. With Vectorscan/Hyperscan (KVDOCTOR_HAVE_HYPERSCAN) one pass
// over a buffer of many lines finds the candidate lines for all patterns; each candidate is then
// confirmed with QRegularExpression on the line's display text (decodeLogText), so a reported match
// is always a QRegularExpression match. Without Hyperscan, or for a pattern it cannot take
// (non-ASCII, `$`, constructs outside its subset), every line is decoded and matched with
// QRegularExpression. Patterns never match across lines. Thread-safe: scans may run concurrently.
class PatternSet
{
public:
    struct Pattern
    {
        QString regex;
        bool caseInsensitive = false;
    };
    enum class Engine { Auto, QRegularExpressionOnly };

    PatternSet();
    ~PatternSet();
    PatternSet(PatternSet &&) noexcept;
    PatternSet &operator=(PatternSet &&) noexcept;

    // Replaces the set. On failure the set is empty and `error` names the first bad pattern
    // ("pattern 3 'a(b': missing closing parenthesis").
    bool compile(const QList<Pattern> &patterns, QString *error = nullptr, Engine engine = Engine::Auto);
    void clear();
    int size() const;
    bool isEmpty() const { return size() == 0; }
    // How many patterns the multi-pattern engine scans (the rest run through QRegularExpression).
    int acceleratedCount() const;
    static bool hasAcceleratedEngine(); // built with Hyperscan

    // Called for each line (in order) that matches at least one pattern: the line's offset and
    // length in the scanned data (without '\n' and a trailing '\r') and the matching pattern
    // indexes, ascending. Return false to stop the scan.
    using LineCallback = std::function<bool(qsizetype lineOffset, qsizetype lineLength, const QList<int> &patterns)>;
    // `data` holds whole lines separated by '\n'; a last line without '\n' counts as a line.
    void scanLines(QByteArrayView data, const LineCallback &onLine) const;
    // The patterns matching one line (without its '\n'), ascending; empty when none.
    QList<int> matchLine(QByteArrayView line) const;

    // Number of '\n' in data: callers turn offsets into line numbers incrementally with it.
    static qsizetype countNewlines(QByteArrayView data);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace kvd
