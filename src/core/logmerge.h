// SPDX-License-Identifier: MIT
#pragma once

#include <QList>

#include <vector>

namespace kvd {

// A line of a merged timeline packed in 64 bits: the source in the top 16 bits, the line below.
struct TimelineRef
{
    quint64 packed = 0;
    static TimelineRef make(int source, qint64 line) { return {(quint64(source) << 48) | quint64(line)}; }
    int source() const { return int(packed >> 48); }
    qint64 line() const { return qint64(packed & ((quint64(1) << 48) - 1)); }
    friend bool operator==(TimelineRef a, TimelineRef b) { return a.packed == b.packed; }
};

// Merges several sources by time stamp (µs since the epoch, 0 = the line has none). Each source
// keeps its own order; a line without a time stamp stays right after the line before it in its
// source; equal times keep the order of the sources. Lines before a source's first time stamp come first.
std::vector<TimelineRef> mergeByTime(const QList<std::vector<qint64>> &timesPerSource);

} // namespace kvd
