// SPDX-License-Identifier: MIT
#pragma once

#include <QIcon>

namespace kvd {

// kvdoctor's icon (resources/icons/kvdoctor.svg), rendered with QSvgRenderer at the usual
// icon sizes so it does not depend on Qt's SVG icon plugin being deployed.
QIcon appIcon();

} // namespace kvd
