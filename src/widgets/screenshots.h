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
// A FILE whose name contains "overview" (demo-overview.png) grabs the Overview tab instead.
// A FILE named probe-*.png (e.g. docs/screenshots/probe-result.png) selects
// takeProbeScreenshot() instead, so the demo scenarios need no further option.
void takeNodeMapScreenshot(MainWindow *window, const QString &file);

// For scripts/screenshots (--screenshot-nodemap FILE with FILE named first-run*.png, started
// without a kubeconfig): saves the start page to FILE, clicks Start Demo and quits with exit code
// 0 once the demo cluster is Connected (1 when the button is missing or the connection failed).
void takeFirstRunScreenshot(MainWindow *window, const QString &file);

// For scripts/screenshots-demo: waits until the session is Connected, opens the Test
// Connectivity wizard on the first failing application pod, walks it (consent given) to the
// results page, saves the wizard to FILE and quits (exit code 0 when written).
void takeProbeScreenshot(MainWindow *window, const QString &file);

// For scripts/screenshots-demo (hidden option --screenshot-logs FILE, with --demo nmi-404): waits
// until Connected, selects a failing application pod on the node map, clicks the Details dock's
// Logs button, waits for the node's provider and driver logs, searches the NMI 404 error, makes
// its line current, waits until every visible row is painted highlighted, saves the window to
// FILE and quits (exit code 0 when written, 1 when a step failed).
void takeLogsScreenshot(MainWindow *window, const QString &file);

// For scripts/screenshots-demo (--screenshot-nodemap FILE with FILE named troubleshoot-*.png, with
// --demo nmi-404): waits until Connected, opens the Troubleshoot wizard, walks it with Next (on
// Next steps it runs the connectivity test, consent given, so its results show inline) and saves
// each page as troubleshoot-{target,checks,findings,next-steps,report}.png in FILE's folder,
// then quits (exit code 0 when all were written).
void takeTroubleshootScreenshots(MainWindow *window, const QString &file);

} // namespace kvd
