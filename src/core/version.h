// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace kvd {
inline QString applicationVersion()
{
    return QStringLiteral(KVDOCTOR_VERSION);
}
// The User-Agent kvdoctor sends, as kubectl sends "kubectl/<version>".
inline QByteArray userAgent()
{
    return QByteArrayLiteral("kvdoctor/" KVDOCTOR_VERSION);
}
}
