// SPDX-License-Identifier: MIT
#include "widgets/mainwindow.h"

#include <QApplication>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    kvd::MainWindow window;
    window.show();
    return app.exec();
}
