// SPDX-License-Identifier: MIT
#include "widgets/screenshots.h"

#include "widgets/connectdialog.h"
#include "widgets/mainwindow.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QPixmap>
#include <QPointer>
#include <QPushButton>
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

} // namespace kvd
