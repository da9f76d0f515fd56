// SPDX-License-Identifier: MIT
#include "models/syntaxrepository.h"

#include <KSyntaxHighlighting/Repository>

namespace kvd {
KSyntaxHighlighting::Repository &syntaxRepository()
{
    static KSyntaxHighlighting::Repository repository;
    return repository;
}
}
