// SPDX-License-Identifier: MIT
// klog / JSON / logrus log line parsers, line by line, and the same bytes streamed into a
// BufferLogDocument (LogIndex) in uneven chunks.
#include "core/logindex.h"
#include "core/logline.h"
#include "fuzzcommon.h"

#include <cstdlib>

KVD_FUZZ_INIT

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace kvd;
    const QByteArrayView input = fuzz::bytes(data, size);
    // The first byte picks the reference year (klog omits it), 1970..2225.
    const int year = size ? 1970 + data[0] : 2024;

    qsizetype start = 0;
    qint64 lines = 0;
    while (start <= input.size()) {
        qsizetype end = input.indexOf('\n', start);
        if (end < 0)
            end = input.size();
        const QByteArrayView raw = input.sliced(start, end - start);
        const LogLine line = parseLogLine(raw, year);
        (void)decodeLogText(raw);
        (void)quickSeverity(raw);
        (void)quickTimestamp(raw, year);
        (void)severityName(line.severity);
        ++lines;
        start = end + 1;
    }

    // Chunk sizes come from the data itself so splits fall everywhere, also inside a CR LF.
    BufferLogDocument doc;
    doc.setReferenceYear(year);
    qsizetype pos = 0;
    while (pos < input.size()) {
        const qsizetype chunk = qMin<qsizetype>(input.size() - pos, 1 + quint8(input[pos]) % 64);
        doc.append(input.sliced(pos, chunk));
        pos += chunk;
    }
    doc.finish();
    for (qint64 i = 0; i < doc.lineCount(); ++i)
        (void)doc.lineBytes(i);
    (void)doc.lines(0, doc.lineCount());
    auto scanner = doc.scanner();
    QByteArrayView line;
    qint64 scanned = 0;
    while (scanner->next(&line))
        ++scanned;
    // Both views of the text must agree on its lines.
    if (scanned != doc.lineCount())
        std::abort();
    return 0;
}
