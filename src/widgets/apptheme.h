// SPDX-License-Identifier: MIT
#pragma once

#include <QPalette>
#include <QString>

class QApplication;

namespace kvd {

// True when the palette is a dark one (dark window background); the log highlighter, the node
// map and the icons decide light or dark the same way.
bool isDarkPalette(const QPalette &palette);

// A dark palette for the Fusion style (the colours of Qt's own dark Fusion palette, with
// kvdoctor's blue for highlights and links).
QPalette darkPalette();

// Keeps the application in step with the operating system's light/dark setting at run time.
// Qt swaps the palette itself when the platform reports a new colour scheme; widgets that
// derive colours from it (log highlighting theme, node map, action icons) react to the palette
// change. This only covers styles that cannot draw dark: the classic Windows style ignores a
// dark scheme, so kvdoctor switches to Fusion, which follows the platform palette.
void followSystemColorScheme(QApplication &app);

// For the hidden option --color-scheme (screenshots of both looks from one machine): "dark"
// forces Fusion and darkPalette(), "light" Fusion and its light standard palette. False for any
// other value.
bool forceColorScheme(QApplication &app, const QString &scheme);

} // namespace kvd
