// SPDX-License-Identifier: MIT
// The rule engine with the built-in catalogue (resources/rules/catalogue.json): log bytes fed in
// chunks to two sources, each line matched on its own, and the findings computed.
#include "core/detector.h"
#include "fuzzcommon.h"

#include <cstdlib>

namespace {
kvd::Detector *g_detector = nullptr;
}

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    kvd::fuzz::initApplication(argc, argv);
    // Compiling the catalogue's patterns is the expensive part; do it once.
    g_detector = new kvd::Detector();
    if (!g_detector->isValid())
        std::abort();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace kvd;
    const QByteArrayView input = fuzz::bytes(data, size);
    Detector &detector = *g_detector;
    detector.clear();
    detector.setEvidenceCap(size ? 1 + data[0] % 8 : 4);

    const LogSourceInfo a{QStringLiteral("kube-system/csi-a/secrets-store"), QStringLiteral("node-a"),
                          QStringLiteral("kube-system"), QStringLiteral("csi-a"), 2024};
    const LogSourceInfo b{QStringLiteral("/logs/provider.log"), QString(), QString(), QString(), 0};
    // Split at line boundaries as callers do; alternate sources by chunk.
    qsizetype pos = 0;
    qint64 lineA = 1, lineB = 1;
    bool useA = true;
    while (pos < input.size()) {
        qsizetype end = input.indexOf('\n', pos + qMin<qsizetype>(input.size() - pos - 1, qsizetype(quint8(input[pos]))));
        end = end < 0 ? input.size() : end + 1;
        const QByteArrayView chunk = input.sliced(pos, end - pos);
        if (useA)
            lineA += detector.addLogData(chunk, a, lineA);
        else
            lineB += detector.addLogData(chunk, b, lineB);
        useA = !useA;
        pos = end;
    }
    detector.finishSource(a.source);
    detector.finishSource(b.source);

    KubeEvent event;
    event.type = QStringLiteral("Warning");
    event.reason = QStringLiteral("FailedMount");
    event.message = QString::fromUtf8(input.first(qMin<qsizetype>(input.size(), 2048)));
    detector.addEvent(event, QStringLiteral("node-a"));

    const QList<Finding> findings = detector.findings();
    for (const Finding &f : findings) {
        if (f.count <= 0 || f.evidence.size() > detector.evidenceCap() || !detector.catalogue().rule(f.cause))
            std::abort();
        (void)f.nodes();
    }
    (void)findingCountsByNode(findings);
    (void)detector.matchText(input.first(qMin<qsizetype>(input.size(), 4096)));
    return 0;
}
