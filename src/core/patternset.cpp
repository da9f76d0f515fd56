// SPDX-License-Identifier: MIT
#include "core/patternset.h"

#include "core/logline.h"

#include <QRegularExpression>

#include <algorithm>
#include <cstring>
#include <mutex>
#include <vector>

#ifdef KVDOCTOR_HAVE_HYPERSCAN
#include <hs.h>
#endif

namespace kvd {

namespace {

// Chunks bound the candidate list's memory whatever the match rate, and let a scan stop early.
constexpr qsizetype kChunkSize = 8 * 1024 * 1024;

bool isAscii(const QString &text)
{
    return std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() < 0x80; });
}

// `$` would not match before the '\r' of a CRLF line in the raw bytes, while the display text has
// no '\r': such patterns stay with QRegularExpression so the two engines agree.
bool hasUnescapedDollar(const QString &regex)
{
    for (qsizetype i = 0; i < regex.size(); ++i) {
        if (regex.at(i) == u'\\')
            ++i;
        else if (regex.at(i) == u'$')
            return true;
    }
    return false;
}

qsizetype lineEndFrom(QByteArrayView data, qsizetype pos)
{
    const void *nl = std::memchr(data.data() + pos, '\n', size_t(data.size() - pos));
    return nl ? static_cast<const char *>(nl) - data.data() : data.size();
}

qsizetype lineStartBefore(QByteArrayView data, qsizetype pos)
{
    while (pos > 0 && data.at(pos - 1) != '\n')
        --pos;
    return pos;
}

QByteArrayView withoutCr(QByteArrayView line)
{
    return line.endsWith('\r') ? line.chopped(1) : line;
}

} // namespace

struct PatternSet::Private
{
    QList<QRegularExpression> regexes;
    QList<int> plainIds;        // matched with QRegularExpression on every line
    QList<int> acceleratedIds;  // found by the multi-pattern engine, confirmed with QRegularExpression
#ifdef KVDOCTOR_HAVE_HYPERSCAN
    hs_database_t *database = nullptr;
    hs_scratch_t *prototype = nullptr;
    mutable std::mutex scratchMutex;
    mutable std::vector<hs_scratch_t *> freeScratch;

    ~Private()
    {
        for (hs_scratch_t *s : freeScratch)
            hs_free_scratch(s);
        if (prototype)
            hs_free_scratch(prototype);
        if (database)
            hs_free_database(database);
    }
    hs_scratch_t *acquireScratch() const
    {
        std::lock_guard lock(scratchMutex);
        if (!freeScratch.empty()) {
            hs_scratch_t *s = freeScratch.back();
            freeScratch.pop_back();
            return s;
        }
        hs_scratch_t *s = nullptr;
        return hs_clone_scratch(prototype, &s) == HS_SUCCESS ? s : nullptr;
    }
    void releaseScratch(hs_scratch_t *s) const
    {
        std::lock_guard lock(scratchMutex);
        freeScratch.push_back(s);
    }
#endif

    bool confirm(int id, const QString &text) const { return regexes.at(id).match(text).hasMatch(); }

    bool scanChunk(QByteArrayView chunk, qsizetype base, const LineCallback &onLine) const;
};

PatternSet::PatternSet() : d(std::make_unique<Private>()) { }
PatternSet::~PatternSet() = default;
PatternSet::PatternSet(PatternSet &&) noexcept = default;
PatternSet &PatternSet::operator=(PatternSet &&) noexcept = default;

bool PatternSet::hasAcceleratedEngine()
{
#ifdef KVDOCTOR_HAVE_HYPERSCAN
    return true;
#else
    return false;
#endif
}

void PatternSet::clear()
{
    d = std::make_unique<Private>();
}

int PatternSet::size() const
{
    return int(d->regexes.size());
}

int PatternSet::acceleratedCount() const
{
    return int(d->acceleratedIds.size());
}

bool PatternSet::compile(const QList<Pattern> &patterns, QString *error, Engine engine)
{
    clear();
    auto next = std::make_unique<Private>();
    for (qsizetype i = 0; i < patterns.size(); ++i) {
        const Pattern &p = patterns.at(i);
        QRegularExpression re(p.regex, p.caseInsensitive ? QRegularExpression::CaseInsensitiveOption
                                                         : QRegularExpression::NoPatternOption);
        if (!re.isValid()) {
            if (error) {
                *error = QStringLiteral("pattern %1 '%2': %3 (at offset %4)")
                             .arg(i + 1)
                             .arg(p.regex, re.errorString())
                             .arg(re.patternErrorOffset());
            }
            return false;
        }
        re.optimize();
        next->regexes.append(re);
    }

#ifdef KVDOCTOR_HAVE_HYPERSCAN
    QList<int> candidates;
    if (engine == Engine::Auto) {
        for (int i = 0; i < patterns.size(); ++i) {
            if (isAscii(patterns.at(i).regex) && !hasUnescapedDollar(patterns.at(i).regex))
                candidates.append(i);
        }
    }
    // Hyperscan rejects the whole set for one pattern it cannot take; that pattern moves to the
    // QRegularExpression side and the rest is compiled again.
    while (!candidates.isEmpty()) {
        std::vector<QByteArray> bytes;
        std::vector<const char *> expressions;
        std::vector<unsigned int> flags;
        std::vector<unsigned int> ids;
        for (int id : std::as_const(candidates)) {
            bytes.push_back(patterns.at(id).regex.toUtf8());
            flags.push_back(HS_FLAG_MULTILINE | (patterns.at(id).caseInsensitive ? HS_FLAG_CASELESS : 0u));
            ids.push_back(unsigned(id));
        }
        for (const QByteArray &b : bytes)
            expressions.push_back(b.constData());
        hs_database_t *database = nullptr;
        hs_compile_error_t *compileError = nullptr;
        const hs_error_t rc = hs_compile_multi(expressions.data(), flags.data(), ids.data(), unsigned(ids.size()),
                                               HS_MODE_BLOCK, nullptr, &database, &compileError);
        if (rc == HS_SUCCESS) {
            hs_scratch_t *scratch = nullptr;
            if (hs_alloc_scratch(database, &scratch) != HS_SUCCESS) {
                hs_free_database(database);
                break;
            }
            next->database = database;
            next->prototype = scratch;
            next->acceleratedIds = candidates;
            break;
        }
        const int bad = compileError ? compileError->expression : -1;
        hs_free_compile_error(compileError);
        if (bad < 0 || bad >= candidates.size())
            break; // a failure of the whole set (memory): everything stays with QRegularExpression
        candidates.removeAt(bad);
    }
#else
    Q_UNUSED(engine)
#endif
    for (int i = 0; i < patterns.size(); ++i) {
        if (!next->acceleratedIds.contains(i))
            next->plainIds.append(i);
    }
    d = std::move(next);
    return true;
}

qsizetype PatternSet::countNewlines(QByteArrayView data)
{
    return std::count(data.begin(), data.end(), '\n');
}

QList<int> PatternSet::matchLine(QByteArrayView line) const
{
    QList<int> ids;
    if (d->regexes.isEmpty())
        return ids;
    const QString text = decodeLogText(line);
    for (int id = 0; id < d->regexes.size(); ++id) {
        if (d->confirm(id, text))
            ids.append(id);
    }
    return ids;
}

void PatternSet::scanLines(QByteArrayView data, const LineCallback &onLine) const
{
    if (d->regexes.isEmpty() || data.isEmpty())
        return;
    qsizetype pos = 0;
    while (pos < data.size()) {
        qsizetype end = std::min(data.size(), pos + kChunkSize);
        if (end < data.size()) {
            // Cut after the chunk's last '\n'; a line longer than a chunk makes the chunk longer.
            qsizetype cut = end;
            while (cut > pos && data.at(cut - 1) != '\n')
                --cut;
            end = cut > pos ? cut : std::min(data.size(), lineEndFrom(data, end) + 1);
        }
        if (!d->scanChunk(data.sliced(pos, end - pos), pos, onLine))
            return;
        pos = end;
    }
}

#ifdef KVDOCTOR_HAVE_HYPERSCAN
namespace {
struct HsContext
{
    QByteArrayView chunk;
    qsizetype currentStart = -1;
    qsizetype currentEnd = -1;
    QList<int> currentIds;
    std::vector<std::tuple<qsizetype, qsizetype, QList<int>>> lines;

    void flush()
    {
        if (currentStart >= 0 && !currentIds.isEmpty()) {
            std::sort(currentIds.begin(), currentIds.end());
            lines.emplace_back(currentStart, currentEnd, currentIds);
        }
        currentIds.clear();
    }
};

int onHsMatch(unsigned int id, unsigned long long, unsigned long long to, unsigned int, void *context)
{
    auto *ctx = static_cast<HsContext *>(context);
    // The match's last byte; a match ending at a '\n' belongs to the line that '\n' ends.
    const qsizetype pos = to > 0 ? qsizetype(to) - 1 : 0;
    if (pos < ctx->currentStart || pos > ctx->currentEnd) {
        ctx->flush();
        ctx->currentStart = lineStartBefore(ctx->chunk, pos);
        ctx->currentEnd = lineEndFrom(ctx->chunk, pos);
    }
    if (!ctx->currentIds.contains(int(id)))
        ctx->currentIds.append(int(id));
    return 0;
}
} // namespace
#endif

bool PatternSet::Private::scanChunk(QByteArrayView chunk, qsizetype base, const LineCallback &onLine) const
{
    // Hyperscan's candidates, line by line (line offsets within the chunk).
    std::vector<std::tuple<qsizetype, qsizetype, QList<int>>> candidates;
#ifdef KVDOCTOR_HAVE_HYPERSCAN
    if (database) {
        HsContext ctx;
        ctx.chunk = chunk;
        hs_scratch_t *scratch = acquireScratch();
        if (scratch) {
            hs_scan(database, chunk.data(), unsigned(chunk.size()), 0, scratch, onHsMatch, &ctx);
            releaseScratch(scratch);
            ctx.flush();
            // Matches arrive by end offset per engine, not always globally ordered: merge lines.
            std::sort(ctx.lines.begin(), ctx.lines.end(),
                      [](const auto &a, const auto &b) { return std::get<0>(a) < std::get<0>(b); });
            for (auto &line : ctx.lines) {
                if (!candidates.empty() && std::get<0>(candidates.back()) == std::get<0>(line)) {
                    QList<int> &ids = std::get<2>(candidates.back());
                    for (int id : std::as_const(std::get<2>(line))) {
                        if (!ids.contains(id))
                            ids.append(id);
                    }
                    std::sort(ids.begin(), ids.end());
                } else {
                    candidates.push_back(std::move(line));
                }
            }
        } else {
            // No scratch memory: treat every accelerated pattern as a QRegularExpression one.
            for (qsizetype start = 0; start < chunk.size();) {
                const qsizetype end = lineEndFrom(chunk, start);
                candidates.emplace_back(start, end, acceleratedIds);
                start = end + 1;
            }
        }
    }
#endif

    QList<int> matched;
    auto report = [&](qsizetype start, qsizetype end, const QList<int> &candidateIds, bool withPlain) {
        matched.clear();
        const QByteArrayView line = withoutCr(chunk.sliced(start, end - start));
        const QString text = decodeLogText(line);
        if (withPlain) {
            // Both lists are ascending; merge so the reported ids stay ascending.
            qsizetype a = 0, b = 0;
            while (a < candidateIds.size() || b < plainIds.size()) {
                const bool takeCandidate =
                    b >= plainIds.size() || (a < candidateIds.size() && candidateIds.at(a) < plainIds.at(b));
                const int id = takeCandidate ? candidateIds.at(a++) : plainIds.at(b++);
                if (confirm(id, text))
                    matched.append(id);
            }
        } else {
            for (int id : candidateIds) {
                if (confirm(id, text))
                    matched.append(id);
            }
        }
        return matched.isEmpty() || onLine(base + start, line.size(), matched);
    };

    if (plainIds.isEmpty()) {
        for (const auto &[start, end, ids] : candidates) {
            if (!report(start, end, ids, false))
                return false;
        }
        return true;
    }
    // Some patterns need every line: walk all lines, folding in the candidates as they come.
    size_t next = 0;
    const QList<int> none;
    for (qsizetype start = 0; start < chunk.size();) {
        const qsizetype end = lineEndFrom(chunk, start);
        const bool isCandidate = next < candidates.size() && std::get<0>(candidates[next]) == start;
        if (!report(start, end, isCandidate ? std::get<2>(candidates[next]) : none, true))
            return false;
        if (isCandidate)
            ++next;
        start = end + 1;
    }
    return true;
}

} // namespace kvd
