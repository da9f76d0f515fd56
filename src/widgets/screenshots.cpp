// SPDX-License-Identifier: MIT
#include "widgets/screenshots.h"

#include "kube/clustersession.h"
#include "widgets/connectdialog.h"
#include "widgets/detailspane.h"
#include "widgets/mainwindow.h"
#include "widgets/nodemappage.h"
#include "widgets/probewizard.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QPixmap>
#include <QPointer>
#include <QPushButton>
#include <QTabWidget>
#include <QTimer>

#include <cstdio>
#include <memory>

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
    if (QFileInfo(file).fileName().startsWith(QLatin1String("probe-"))) {
        takeProbeScreenshot(window, file);
        return;
    }
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

void takeProbeScreenshot(MainWindow *window, const QString &file)
{
    window->resize(1360, 800);
    QPointer<MainWindow> guard(window);
    auto fail = [](const char *why) {
        std::fprintf(stderr, "probe screenshot: %s\n", why);
        QCoreApplication::exit(1);
    };
    auto walk = [guard, file, fail] {
        if (!guard)
            return;
        const QList<AppPodEntry> pods = ProbeWizard::candidatePods(guard->session()->inventory());
        if (pods.isEmpty())
            return fail("no application pod to test");
        ProbeWizard *wizard = ProbeWizard::start(guard, guard->session(), &pods.constFirst().pod);
        if (!wizard)
            return fail("no cluster client");
        wizard->setPollInterval(100);
        wizard->resize(1100, 760);
        // Each page is advanced once it allows it; the results page is grabbed when shown.
        auto *timer = new QTimer(wizard);
        QObject::connect(timer, &QTimer::timeout, wizard, [wizard, timer, file] {
            const int id = wizard->currentId();
            if (id == ProbeWizard::ConsentPageId) {
                if (auto *consent = wizard->findChild<QCheckBox *>(QStringLiteral("consentCheck")))
                    consent->setChecked(true);
            }
            if (id == ProbeWizard::ResultsPageId) {
                timer->stop();
                QTimer::singleShot(100, wizard, [wizard, file] {
                    QDir().mkpath(QFileInfo(file).absolutePath());
                    QCoreApplication::exit(save(wizard, file) ? 0 : 1);
                });
                return;
            }
            for (const auto which : {QWizard::NextButton, QWizard::CommitButton}) {
                QAbstractButton *button = wizard->button(which);
                if (button->isVisible() && button->isEnabled()) {
                    button->click();
                    return;
                }
            }
        });
        timer->start(200);
    };
    auto started = std::make_shared<bool>(false); // a later refresh connects again
    QObject::connect(window->session(), &ClusterSession::stateChanged, window, [walk, fail, started](ClusterSession::State state, const QString &message) {
        if (state == ClusterSession::State::Connected && !*started) {
            *started = true;
            QTimer::singleShot(300, walk);
        } else if (state == ClusterSession::State::Failed) {
            std::fprintf(stderr, "connection failed: %s\n", qPrintable(message));
            fail("not connected");
        }
    });
}

} // namespace kvd
