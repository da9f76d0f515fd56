// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>

namespace kvd {
// Translation context for free functions of the Kubernetes client library.
struct KubeTr
{
    Q_DECLARE_TR_FUNCTIONS(Kube)
};
}
