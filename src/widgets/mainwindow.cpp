// SPDX-License-Identifier: MIT
#include "widgets/mainwindow.h"

namespace kvd {
MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setWindowTitle(tr("Key Vault CSI Doctor"));
}
MainWindow::~MainWindow() = default;
}
