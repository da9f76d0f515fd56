// SPDX-License-Identifier: MIT
#pragma once

namespace KSyntaxHighlighting {
class Repository;
}

namespace kvd {
// The one KSyntaxHighlighting repository of the application. Loading definitions is costly,
// so every highlighter shares this instance (created on first use, GUI thread only).
KSyntaxHighlighting::Repository &syntaxRepository();
}
