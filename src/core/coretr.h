// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>

namespace kvd {
// Translation context for free functions of the core library.
struct CoreTr
{
    Q_DECLARE_TR_FUNCTIONS(Core)
};
}
