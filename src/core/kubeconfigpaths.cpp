// SPDX-License-Identifier: MIT
#include "core/kubeconfigpaths.h"
