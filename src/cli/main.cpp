// SPDX-License-Identifier: MIT
#include "core/version.h"

#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream(stdout) << "kvdoctor-cli " << kvd::applicationVersion() << '\n';
    return 0;
}
