// SPDX-License-Identifier: MIT
#pragma once

#include <QIcon>
#include <QStringList>

namespace kvd {

// The icon theme's `themeName` icon where the desktop has an icon theme (Linux), else kvdoctor's
// own SVG resources/icons/actions/<file>.svg. Windows and macOS have no freedesktop theme, so
// QIcon::fromTheme() alone gave them no icons. The SVG is drawn at the requested size and
// device pixel ratio (sharp on high-DPI screens) in the application palette's text colour at
// paint time, so the icons follow a light/dark switch; it needs no SVG icon engine plugin.
QIcon actionIcon(const QString &themeName, const QString &file);
// Only kvdoctor's SVG (null when the resource does not exist).
QIcon bundledActionIcon(const QString &file);
// The names under resources/icons/actions/ without ".svg" (tests check each renders).
QStringList bundledActionIconNames();

} // namespace kvd
