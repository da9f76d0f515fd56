// SPDX-License-Identifier: MIT
// ExecCredential parsing (a credential plugin's stdout). The first byte picks the apiVersion the
// kubeconfig expects. The error must never quote a token the output carried.
#include "fuzzcommon.h"
#include "kube/execcredential.h"

#include <cstdlib>

KVD_FUZZ_INIT

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace kvd;
    static const QString versions[] = {QStringLiteral("client.authentication.k8s.io/v1"),
                                       QStringLiteral("client.authentication.k8s.io/v1beta1"),
                                       QStringLiteral("client.authentication.k8s.io/v1alpha1")};
    const QString expected = versions[size ? data[0] % 3 : 0];
    const QByteArray output = fuzz::bytes(data, size).toByteArray();
    QString error;
    const auto credential = parseExecCredential(output, expected, &error);
    if (!credential) {
        if (error.isEmpty())
            std::abort();
        return 0;
    }
    // Accepted: a token or both halves of a client certificate.
    if (credential->token.isEmpty()
        && (credential->clientCertificatePem.isEmpty() || credential->clientKeyPem.isEmpty()))
        std::abort();
    (void)credential->isValidAt(QDateTime::currentDateTimeUtc());
    return 0;
}
