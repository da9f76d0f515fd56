// SPDX-License-Identifier: MIT
#pragma once

// For the unit tests that keep fuzzer crashers as regressions: one data row per file in
// tests/data/fuzz-regressions/<target>/, named after the file, carrying its bytes in "input".
// The files are the fuzz target's raw input (see tests/fuzz/fuzz_<unit>.cpp for its layout).

#include <QDir>
#include <QFile>
#include <QTest>

namespace kvd::fuzz {

inline void addRegressionRows(const char *target)
{
    QTest::addColumn<QByteArray>("input");
    const QDir dir(QStringLiteral(KVDOCTOR_TEST_DATA "/fuzz-regressions/") + QLatin1String(target));
    const QStringList files = dir.entryList(QDir::Files, QDir::Name);
    if (files.isEmpty())
        QFAIL(qPrintable(QStringLiteral("no regression inputs in ") + dir.path()));
    for (const QString &name : files) {
        QFile file(dir.filePath(name));
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
        QTest::newRow(qPrintable(name)) << file.readAll();
    }
}

} // namespace kvd::fuzz
