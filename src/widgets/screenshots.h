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

// For scripts/screenshots (hidden option --screenshot-nodemap FILE, with --demo): waits until
// the session is Connected, shows the Node map tab, selects the first application pod on a
// node with findings (else the first application pod) so the Details dock is filled, saves the
// window to FILE and quits (exit code 0 when written, 1 when the connection failed).
void takeNodeMapScreenshot(MainWindow *window, const QString &file);

} // namespace kvd
