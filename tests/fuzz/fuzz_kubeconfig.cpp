// SPDX-License-Identifier: MIT
// Kubeconfig loader: arbitrary bytes as one kubeconfig document (YAML or JSON), then everything
// a caller does with the result (resolve each context, its issues, contexts --json).
#include "core/kubeconfig.h"
#include "fuzzcommon.h"

#include <QJsonDocument>

KVD_FUZZ_INIT

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace kvd;
    // A directory that does not exist: relative paths in the document resolve below it.
    const Kubeconfig config = Kubeconfig::fromData(fuzz::bytes(data, size).toByteArray(),
                                                   QStringLiteral("/nonexistent-kvdoctor-fuzz/config"));
    (void)config.hasErrors();
    (void)config.fatalErrors();
    for (const KubeconfigIssue &issue : config.issues())
        (void)issue.toString();
    QString error;
    (void)config.resolve(QString(), &error);
    for (const KubeContext &context : config.contexts()) {
        (void)config.contextIssues(context.name);
        (void)config.resolve(context.name, &error);
    }
    for (const KubeUser &user : config.users())
        (void)authKindOf(user);
    (void)QJsonDocument(config.contextsJson()).toJson();
    return 0;
}
