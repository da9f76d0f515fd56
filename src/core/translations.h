// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

class QCoreApplication;

namespace kvd {

// Installs kvdoctor's translations (":/i18n/kvdoctor_<lang>.qm", embedded in the core library)
// and, when Qt ships them, Qt's own qtbase translations. An empty `language` means the system's
// UI languages. Returns true when a kvdoctor translation was loaded.
bool installTranslations(QCoreApplication &app, const QString &language = {});

} // namespace kvd
