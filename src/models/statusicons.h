// SPDX-License-Identifier: MIT
#pragma once

#include <QIcon>

namespace kvd {

// Small status markers for item views. They are painted in code, not loaded from SVG, so
// they show even where Qt's SVG icon plugin is not deployed. Shapes differ, not only colours:
// a disc with a cross, a triangle with "!", a star.
enum class StatusIcon { Error, Warning, Current };
QIcon statusIcon(StatusIcon kind);

} // namespace kvd
