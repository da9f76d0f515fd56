// SPDX-License-Identifier: MIT
#include "core/logmerge.h"

#include <queue>

namespace kvd {

std::vector<TimelineRef> mergeByTime(const QList<std::vector<qint64>> &timesPerSource)
{
    size_t total = 0;
    for (const auto &times : timesPerSource)
        total += times.size();
    std::vector<TimelineRef> result;
    result.reserve(total);

    struct Head
    {
        qint64 time; // effective: the last time stamp seen in this source
        int source;
        size_t line;
    };
    // min-heap on (time, source): a source's lines are taken in order, so its own order is kept
    auto later = [](const Head &a, const Head &b) { return a.time != b.time ? a.time > b.time : a.source > b.source; };
    std::priority_queue<Head, std::vector<Head>, decltype(later)> heads(later);
    std::vector<qint64> effective(size_t(timesPerSource.size()), std::numeric_limits<qint64>::min());
    for (int s = 0; s < timesPerSource.size(); ++s) {
        const auto &times = timesPerSource[s];
        if (!times.empty()) {
            if (times[0] != 0)
                effective[size_t(s)] = times[0];
            heads.push({effective[size_t(s)], s, 0});
        }
    }
    while (!heads.empty()) {
        const Head head = heads.top();
        heads.pop();
        const auto &times = timesPerSource[head.source];
        // take this line and the following lines without a time stamp (they belong to it)
        size_t line = head.line;
        result.push_back(TimelineRef::make(head.source, qint64(line)));
        ++line;
        while (line < times.size() && times[line] == 0) {
            result.push_back(TimelineRef::make(head.source, qint64(line)));
            ++line;
        }
        if (line < times.size()) {
            effective[size_t(head.source)] = std::max(effective[size_t(head.source)], times[line]);
            heads.push({times[line], head.source, line});
        }
    }
    return result;
}

} // namespace kvd
