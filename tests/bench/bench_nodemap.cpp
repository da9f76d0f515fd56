// SPDX-License-Identifier: MIT
// GUI benchmark (not part of ctest): the main window connected to a large simulated cluster.
// Prints the time to the first picture (first inventory with nodes painted on the map), the
// time to the complete inventory, the worst frame while scrolling the node map and filtering,
// and the peak RSS. Run by scripts/bench-gui.
//   bench_nodemap KUBECONFIG [CONTEXT]
#include "kube/clustersession.h"
#include "widgets/mainwindow.h"
#include "widgets/nodemappage.h"
#include "widgets/nodemapview.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QLineEdit>
#include <QScrollBar>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTimer>

#include <algorithm>
#include <cstdio>

using namespace kvd;

namespace {
qint64 peakRssKb()
{
    // Linux only (the benchmark runs in the build environment); elsewhere 0.
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return 0;
}
} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: bench_nodemap KUBECONFIG [CONTEXT]\n");
        return 2;
    }
    MainWindow window;
    window.resize(1600, 1000);
    window.setKubeconfigFile(args.at(1));
    window.setRequestedContext(args.value(2, QStringLiteral("kvdoctor-sim")));
    window.connectedTabs()->setCurrentWidget(window.nodeMapPage());
    window.show();
    NodeMapView *map = window.nodeMapPage()->mapView();

    QElapsedTimer clock;
    qint64 firstPicture = -1;
    qint64 firstPictureNodes = 0;
    double firstPaint = 0;
    int updates = 0;
    QObject::connect(window.session(), &ClusterSession::inventoryChanged, &window, [&] {
        ++updates;
        if (firstPicture < 0 && map->cardCount() > 0) {
            window.connectedTabs()->setCurrentWidget(window.nodeMapPage());
            QElapsedTimer paint;
            paint.start();
            map->viewport()->repaint();
            firstPaint = double(paint.nsecsElapsed()) / 1e6;
            firstPicture = clock.elapsed();
            firstPictureNodes = map->cardCount();
        }
    });
    int exitCode = 0;
    QObject::connect(window.session(), &ClusterSession::stateChanged, &window, [&](ClusterSession::State state, const QString &message) {
        if (state == ClusterSession::State::Failed) {
            std::fprintf(stderr, "connection failed: %s\n", qPrintable(message));
            exitCode = 1;
            app.quit();
            return;
        }
        if (state != ClusterSession::State::Connected)
            return;
        const qint64 complete = clock.elapsed();
        const Inventory &inventory = window.session()->inventory();
        window.connectedTabs()->setCurrentWidget(window.nodeMapPage());
        QCoreApplication::processEvents();
        QTimer::singleShot(400, &window, [&, complete] { // after the last throttled update
            QScrollBar *bar = map->verticalScrollBar();
            double worst = 0;
            double total = 0;
            int steps = 0;
            for (int value = 0; value <= bar->maximum() && steps < 2000; value += std::max(1, bar->pageStep() / 3), ++steps) {
                bar->setValue(value);
                QElapsedTimer frame;
                frame.start();
                map->viewport()->repaint();
                const double ms = double(frame.nsecsElapsed()) / 1e6;
                worst = std::max(worst, ms);
                total += ms;
            }
            // Filtering: the debounced search applied at once, then cleared.
            auto *search = window.findChild<QLineEdit *>(QStringLiteral("nodeSearch"));
            QElapsedTimer filter;
            filter.start();
            search->setText(QStringLiteral("vmss0001"));
            QTimer::singleShot(350, &window, [&, worst, total, steps, complete] {
                QElapsedTimer applied;
                applied.start();
                QCoreApplication::processEvents();
                map->viewport()->repaint();
                const double filterMs = double(applied.nsecsElapsed()) / 1e6;
                const int filtered = map->cardCount();
                std::printf("node map benchmark: %lld nodes, %d app pods, %d inventory updates\n",
                            static_cast<long long>(inventory.nodes.size()), inventory.appPodCount(), updates);
                std::printf("  time to first picture : %8lld ms (%lld nodes on the map, first paint %.1f ms)\n",
                            static_cast<long long>(firstPicture), static_cast<long long>(firstPictureNodes), firstPaint);
                std::printf("  time to full inventory: %8lld ms\n", static_cast<long long>(complete));
                std::printf("  scrolling             : %d frames, worst %.2f ms, mean %.2f ms\n", steps, worst,
                            steps > 0 ? total / steps : 0.0);
                std::printf("  search filter         : %d nodes match, applied and painted in %.1f ms\n", filtered, filterMs);
                std::printf("  peak RSS              : %8lld MB\n", static_cast<long long>(peakRssKb() / 1024));
                app.quit();
            });
        });
    });
    clock.start();
    window.startUp();
    const int rc = app.exec();
    return exitCode ? exitCode : rc;
}
