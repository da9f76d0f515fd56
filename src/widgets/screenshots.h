// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace kvd {

class MainWindow;

// For scripts/screenshots (hidden option --screenshot-dir): once the event loop runs, saves
// DIR/connect-dialog.png when the connect dialog is open, accepts it (Connect) when the
// preselected context is usable, saves DIR/main-window.png and quits the application with
// exit code 0 when every image was written. Widgets are rendered with grab(), so no window
// manager or screen grabber is involved.
void takeScreenshots(MainWindow *window, const QString &directory);

} // namespace kvd
