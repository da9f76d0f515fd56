// SPDX-License-Identifier: MIT
#include "core/kubeconfig.h"
