// SPDX-License-Identifier: MIT
// Watch stream decoding as KubeWatch does it: bytes arrive in uneven reads, LineSplitter cuts
// lines, parseWatchEvent decodes each, and the event's object goes to the object parsers; ERROR
// events carry a Status.
#include "fuzzcommon.h"
#include "kube/kubestatus.h"
#include "kube/kubewatch.h"
#include "kube/listparser.h"
#include "kube/streamframing.h"

#include <cstdlib>

KVD_FUZZ_INIT

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace kvd;
    const QByteArrayView input = fuzz::bytes(data, size);
    // A small limit so the over-long-line path runs too.
    LineSplitter splitter(size && (data[0] & 1) ? 512 : 256 * 1024 * 1024);
    QList<QByteArray> lines;
    qsizetype pos = 0;
    while (pos < input.size()) {
        const qsizetype chunk = qMin<qsizetype>(input.size() - pos, 1 + quint8(input[pos]) % 97);
        if (!splitter.feed(input.sliced(pos, chunk), &lines) && splitter.pending() != 0)
            std::abort(); // a dropped line must not leave its bytes behind
        pos += chunk;
    }
    const QByteArray rest = splitter.takeRemainder();
    if (!rest.isEmpty())
        lines.append(rest);

    QString error;
    for (const QByteArray &line : std::as_const(lines)) {
        error.clear();
        const auto event = parseWatchEvent(line, &error);
        if (!event) {
            if (error.isEmpty())
                std::abort();
            continue;
        }
        (void)event->json();
        switch (event->type) {
        case WatchEvent::Type::Error:
            (void)parseKubeStatus(event->object);
            (void)errorFromHttpResponse(410, event->object, QByteArray(), {});
            break;
        default:
            (void)parsePod(event->object, &error);
            (void)parseNode(event->object, &error);
            (void)parseEvent(event->object, &error);
            (void)parseObjectMeta(event->object, &error);
            break;
        }
    }
    return 0;
}
