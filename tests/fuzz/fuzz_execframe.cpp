// SPDX-License-Identifier: MIT
// Exec WebSocket frame decoding (channel.k8s.io v4/v5) as KubeExec does it: the input is a
// sequence of messages (a length byte, then that many bytes), each decoded into channel and
// payload; channel 3 collects the Status that parseExitStatus turns into the exit outcome.
#include "fuzzcommon.h"
#include "kube/streamframing.h"

#include <cstdlib>

KVD_FUZZ_INIT

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace kvd;
    const QByteArrayView input = fuzz::bytes(data, size);
    QByteArray status;
    qsizetype pos = 0;
    while (pos < input.size()) {
        const qsizetype length = qMin<qsizetype>(input.size() - pos - 1, quint8(input[pos]));
        const QByteArray message = input.sliced(pos + 1, length).toByteArray();
        pos += 1 + length;
        const auto frame = execchannel::decode(message);
        if (!frame) {
            if (!message.isEmpty())
                std::abort();
            continue;
        }
        // decode() is the inverse of encode().
        if (execchannel::encode(frame->channel, frame->payload) != message)
            std::abort();
        if (frame->channel == execchannel::Error)
            status += frame->payload;
    }
    // The whole input as one message too (a status larger than one frame).
    if (const auto frame = execchannel::decode(input.toByteArray()))
        (void)frame->payload.size();

    QString error;
    if (const auto exit = execchannel::parseExitStatus(status, &error)) {
        if (exit->success && exit->exitCode != 0)
            std::abort();
    } else if (error.isEmpty()) {
        std::abort();
    }
    (void)execchannel::parseExitStatus(input.toByteArray(), &error);
    (void)execchannel::encodeResize(size ? data[0] : 80, int(size));
    return 0;
}
