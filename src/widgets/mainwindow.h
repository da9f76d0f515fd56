// SPDX-License-Identifier: MIT
#pragma once

#include <QMainWindow>

namespace kvd {
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;
};
}
