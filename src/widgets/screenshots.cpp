// SPDX-License-Identifier: MIT
#include "widgets/screenshots.h"

#include "kube/clustersession.h"
#include "widgets/connectdialog.h"
#include "widgets/detailspane.h"
#include "widgets/logspage.h"
#include "widgets/logview.h"
#include "widgets/mainwindow.h"
#include "widgets/nodemappage.h"
#include "widgets/overviewpage.h"
#include "widgets/probewizard.h"
#include "widgets/troubleshootwizard.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QPixmap>
#include <QPointer>
#include <QPushButton>
#include <QScrollBar>
#include <QTabWidget>
#include <QTimer>

#include <cstdio>
#include <functional>
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

void takeFirstRunScreenshot(MainWindow *window, const QString &file)
{
    window->resize(1000, 560);
    QPointer<MainWindow> guard(window);
    QTimer::singleShot(100, window, [guard, file] {
        if (!guard)
            return;
        QDir().mkpath(QFileInfo(file).absolutePath());
        if (!save(guard, file)) {
            QCoreApplication::exit(1);
            return;
        }
        // Then the first-run path itself: Start Demo must end Connected.
        auto *demo = guard->findChild<QPushButton *>(QStringLiteral("startDemoButton"));
        if (!demo || !demo->isVisible()) {
            std::fprintf(stderr, "first-run screenshot: no Start Demo button on the start page\n");
            QCoreApplication::exit(1);
            return;
        }
        QObject::connect(guard->session(), &ClusterSession::stateChanged, guard,
                         [](ClusterSession::State state, const QString &message) {
                             if (state == ClusterSession::State::Connected) {
                                 std::fprintf(stderr, "Start Demo connected\n");
                                 QCoreApplication::exit(0);
                             } else if (state == ClusterSession::State::Failed) {
                                 std::fprintf(stderr, "Start Demo failed: %s\n", qPrintable(message));
                                 QCoreApplication::exit(1);
                             }
                         });
        demo->click();
    });
}

void takeNodeMapScreenshot(MainWindow *window, const QString &file)
{
    if (QFileInfo(file).fileName().startsWith(QLatin1String("first-run"))) {
        takeFirstRunScreenshot(window, file);
        return;
    }
    if (QFileInfo(file).fileName().startsWith(QLatin1String("probe-"))) {
        takeProbeScreenshot(window, file);
        return;
    }
    if (QFileInfo(file).fileName().startsWith(QLatin1String("troubleshoot-"))) {
        takeTroubleshootScreenshots(window, file);
        return;
    }
    window->resize(1360, 800);
    QPointer<MainWindow> guard(window);
    // A FILE named *overview*.png (demo-overview.png) shows the Overview tab instead of the map.
    const bool overview = QFileInfo(file).fileName().contains(QLatin1String("overview"));
    auto grab = [guard, file, overview] {
        if (!guard)
            return;
        guard->connectedTabs()->setCurrentWidget(overview ? static_cast<QWidget *>(guard->overviewPage())
                                                          : static_cast<QWidget *>(guard->nodeMapPage()));
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

void takeLogsScreenshot(MainWindow *window, const QString &file)
{
    window->resize(1360, 860);
    QPointer<MainWindow> guard(window);
    auto fail = [](const char *why) {
        std::fprintf(stderr, "logs screenshot: %s\n", why);
        QCoreApplication::exit(1);
    };
    // Polls until `ready`, then runs `next`; gives up after 30 s.
    auto when = [guard, fail](std::function<bool()> ready, std::function<void()> next, const char *what) {
        auto *timer = new QTimer(guard);
        auto clock = std::make_shared<QElapsedTimer>();
        clock->start();
        QObject::connect(timer, &QTimer::timeout, guard, [timer, clock, ready, next, fail, what] {
            if (ready()) {
                timer->deleteLater();
                timer->stop();
                next();
            } else if (clock->elapsed() > 30000) {
                timer->stop();
                fail(what);
            }
        });
        timer->start(100);
    };
    auto open = [guard, fail, when, file] {
        if (!guard)
            return;
        // The user's path: a failing application pod (with driver and provider on its node)
        // selected on the node map, then the Details dock's Logs button.
        MapSelection selection;
        for (const NodeEntry &node : guard->session()->inventory().nodes) {
            for (const AppPodEntry &app : node.apps) {
                if (selection.isEmpty() && app.mountFailing() && node.provider && node.driver)
                    selection = {node.node.name, app.pod.namespaceName, app.pod.name};
            }
        }
        if (selection.isEmpty())
            return fail("no failing application pod with driver and provider on its node");
        guard->connectedTabs()->setCurrentWidget(guard->nodeMapPage());
        guard->nodeMapPage()->select(selection);
        guard->detailsPane()->setSelection(selection);
        auto *logsButton = guard->detailsPane()->findChild<QPushButton *>(QStringLiteral("detailsLogsButton"));
        if (!logsButton || !logsButton->isEnabled())
            return fail("no enabled Logs button");
        logsButton->click();
        if (auto *dock = guard->findChild<QDockWidget *>(QStringLiteral("logsDock")))
            guard->resizeDocks({dock}, {560}, Qt::Vertical);
        LogsPage *page = guard->logsPage();
        const QString nmi = QStringLiteral("nmi response failed with status code: 404");
        when([page] { return !page->model()->isLoading() && !page->model()->isBusy() && page->model()->rowCount() > 0; },
             [guard, page, nmi, when, file] {
                 page->setSearch(nmi);
                 when([page] { return !page->model()->isBusy() && !page->model()->matchRows().empty(); },
                      [guard, page, when, file] {
                          page->findNext(); // the NMI line current and on screen, search matches marked
                          // the error sits far right in its long line: scroll so it shows
                          LogView *view = page->view();
                          const QString line = page->model()->text(view->currentRow());
                          const int at = view->fontMetrics().horizontalAdvance(line.left(line.indexOf(QStringLiteral("failed to get keyvault client"))));
                          view->horizontalScrollBar()->setValue(std::max(0, at - 40));
                          page->view()->viewport()->repaint();
                          when([page] { return page->view()->plainRowsPainted() == 0 && !page->view()->isPreparing(); },
                               [guard, file] {
                                   QDir().mkpath(QFileInfo(file).absolutePath());
                                   QCoreApplication::exit(save(guard, file) ? 0 : 1);
                               },
                               "visible rows not highlighted");
                      },
                      "no NMI 404 line in the node's logs");
             },
             "the node's logs did not load");
    };
    auto started = std::make_shared<bool>(false); // a later refresh connects again
    QObject::connect(window->session(), &ClusterSession::stateChanged, window, [open, fail, started](ClusterSession::State state, const QString &message) {
        if (state == ClusterSession::State::Connected && !*started) {
            *started = true;
            QTimer::singleShot(300, open); // after the throttled last inventoryChanged
        } else if (state == ClusterSession::State::Failed) {
            std::fprintf(stderr, "connection failed: %s\n", qPrintable(message));
            fail("not connected");
        }
    });
}

void takeTroubleshootScreenshots(MainWindow *window, const QString &file)
{
    window->resize(1360, 800);
    QPointer<MainWindow> guard(window);
    const QDir dir = QFileInfo(file).absoluteDir();
    auto fail = [](const char *why) {
        std::fprintf(stderr, "troubleshoot screenshots: %s\n", why);
        QCoreApplication::exit(1);
    };
    auto walk = [guard, dir, fail] {
        if (!guard || !guard->session()->client())
            return fail("no cluster client");
        dir.mkpath(QStringLiteral("."));
        auto *session = new TroubleshootSession(guard->session()->client(), guard->session()->context().context.name, guard);
        session->setInventory(guard->session()->inventory());
        auto *wizard = TroubleshootWizard::open(guard, session);
        wizard->resize(1100, 780);
        wizard->setProbePollInterval(100);
        static const char *const names[] = {"troubleshoot-target.png", "troubleshoot-checks.png", "troubleshoot-findings.png",
                                            "troubleshoot-next-steps.png", "troubleshoot-report.png"};
        // Each page is grabbed once it settled (the checks once they finished), then Next.
        auto *timer = new QTimer(wizard);
        auto shot = std::make_shared<int>(-1);
        QObject::connect(timer, &QTimer::timeout, wizard, [wizard, session, timer, dir, shot, fail] {
            const int id = wizard->currentId();
            if (id < 0 || id > TroubleshootWizard::ReportPageId || session->isRunning())
                return;
            if (id == TroubleshootWizard::ChecksPageId && !session->hasResults())
                return fail("the checks did not finish");
            // Next steps: run the connectivity test (consent given) and show its results inline.
            if (id == TroubleshootWizard::NextStepsPageId && session->connectivity().isEmpty()) {
                ProbeWizard *probe = wizard->probeWizard();
                if (!probe) {
                    auto *run = wizard->findChild<QPushButton *>(QStringLiteral("runTestButton"));
                    if (!run || !run->isEnabled())
                        return fail("the connectivity test cannot start");
                    run->click();
                    return;
                }
                if (probe->currentId() == ProbeWizard::ConsentPageId) {
                    if (auto *consent = probe->findChild<QCheckBox *>(QStringLiteral("consentCheck")))
                        consent->setChecked(true);
                }
                for (const auto which : {QWizard::NextButton, QWizard::CommitButton}) {
                    QAbstractButton *button = probe->button(which);
                    if (button->isVisible() && button->isEnabled()) {
                        button->click();
                        return;
                    }
                }
                return;
            }
            if (ProbeWizard *probe = wizard->probeWizard()) {
                probe->close();
                return;
            }
            if (*shot < id) {
                *shot = id; // grab on the next tick, after the page painted
                return;
            }
            if (!save(wizard, dir.filePath(QLatin1String(names[id]))))
                return fail("could not save");
            if (id == TroubleshootWizard::ReportPageId) {
                timer->stop();
                QCoreApplication::exit(0);
                return;
            }
            wizard->next();
        });
        timer->start(300);
    };
    auto started = std::make_shared<bool>(false); // a later refresh connects again
    QObject::connect(window->session(), &ClusterSession::stateChanged, window,
                     [walk, fail, started](ClusterSession::State state, const QString &message) {
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
