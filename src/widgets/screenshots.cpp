// SPDX-License-Identifier: MIT
#include "widgets/screenshots.h"

#include "kube/clustersession.h"
#include "widgets/connectdialog.h"
#include "widgets/detailspane.h"
#include "widgets/mainwindow.h"
#include "widgets/nodemappage.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QPixmap>
#include <QPointer>
#include <QPushButton>
#include <QTabWidget>
#include <QTimer>

#include <cstdio>

namespace kvd {

namespace {
bool save(QWidget *widget, const QString &file)
{
    const bool ok = widget->grab().save(file, "PNG");
    std::fprintf(stderr, "%s %s\n", ok ? "saved" : "could not save", qPrintable(QDir::toNativeSeparators(file)));
    return ok;
}
} // namespace

void takeScreenshots(MainWindow *window, const QString &directory)
{
    QDir().mkpath(directory);
    const QDir dir(directory);
    QPointer<MainWindow> guard(window);
    QTimer::singleShot(0, window, [guard, dir] {
        bool ok = true;
        if (ConnectDialog *dialog = guard->connectDialog()) {
            ok = save(dialog, dir.filePath(QStringLiteral("connect-dialog.png")));
            auto *connect = dialog->findChild<QPushButton *>(QStringLiteral("connectButton"));
            if (connect && connect->isEnabled())
                connect->click();
        }
        // Let the dialog close and the window update before grabbing it.
        QTimer::singleShot(0, guard, [guard, dir, ok] {
            const bool windowOk = save(guard, dir.filePath(QStringLiteral("main-window.png")));
            QCoreApplication::exit(ok && windowOk ? 0 : 1);
        });
    });
}

void takeNodeMapScreenshot(MainWindow *window, const QString &file)
{
    window->resize(1360, 800);
    QPointer<MainWindow> guard(window);
    auto grab = [guard, file] {
        if (!guard)
            return;
        guard->connectedTabs()->setCurrentWidget(guard->nodeMapPage());
        const Inventory &inventory = guard->session()->inventory();
        MapSelection selection;
        for (const bool needProblems : {true, false}) {
            for (const NodeEntry &node : inventory.nodes) {
                if ((needProblems && !node.hasProblems()) || node.apps.isEmpty() || !selection.isEmpty())
                    continue;
                selection = {node.node.name, node.apps.constFirst().pod.namespaceName, node.apps.constFirst().pod.name};
            }
        }
        if (!selection.isEmpty()) {
            guard->nodeMapPage()->select(selection);
            guard->detailsPane()->setSelection(selection);
        }
        // Two turns of the event loop: layouts settle, then the grab paints the final state.
        QTimer::singleShot(50, guard, [guard, file] {
            QTimer::singleShot(50, guard, [guard, file] {
                QDir().mkpath(QFileInfo(file).absolutePath());
                QCoreApplication::exit(save(guard, file) ? 0 : 1);
            });
        });
    };
    ClusterSession *session = window->session();
    QObject::connect(session, &ClusterSession::stateChanged, window, [grab](ClusterSession::State state, const QString &message) {
        if (state == ClusterSession::State::Connected) {
            QTimer::singleShot(300, grab); // after the throttled last inventoryChanged
        } else if (state == ClusterSession::State::Failed) {
            std::fprintf(stderr, "connection failed: %s\n", qPrintable(message));
            QCoreApplication::exit(1);
        }
    });
}

} // namespace kvd
