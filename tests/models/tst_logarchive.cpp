// SPDX-License-Identifier: MIT
#include "fuzz/fuzzregressions.h"
#include "models/logarchive.h"

#include <KZip>

#include <QDirIterator>
#include <QTemporaryDir>
#include <QTest>

using namespace kvd;

class TestLogArchive : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void bundleIsExtracted();
    void nestedZips_data();
    void nestedZips();
    void fuzzRegressions_data();
    void fuzzRegressions();
};

namespace {
QString writeZip(const QTemporaryDir &dir, const QByteArray &bytes)
{
    const QString path = dir.filePath(QStringLiteral("in.zip"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        return {};
    return path;
}

qint64 bytesBelow(const QString &dir)
{
    qint64 total = 0;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        total += it.fileInfo().size();
    }
    return total;
}
} // namespace

void TestLogArchive::bundleIsExtracted()
{
    // A Periscope-like bundle: folders, a deflated and a stored log, a binary file that is skipped.
    QFile seed(QStringLiteral(KVDOCTOR_TEST_DATA "/../fuzz/corpus/fuzz_logarchive/bundle.zip"));
    QVERIFY(seed.open(QIODevice::ReadOnly));
    QTemporaryDir dir;
    const QString zip = writeZip(dir, seed.readAll());
    QVERIFY(!zip.isEmpty());
    QVERIFY(isZipArchive(zip));
    const LogFileList list = collectLogFiles({zip}, dir.filePath(QStringLiteral("x")));
    QVERIFY2(list.error.isEmpty(), qPrintable(list.error));
    QCOMPARE(list.files.size(), 2);
    QVERIFY(list.files.at(0).endsWith(QStringLiteral("aks-node-0/provider.txt")));
    QVERIFY(list.files.at(1).endsWith(QStringLiteral("aks-node-0/secrets-store.log")));
}

// Zips inside zips are opened a few levels deep; deeper ones (a zip that contains itself would
// recurse forever) are refused with a message, the logs found so far are kept.
void TestLogArchive::nestedZips_data()
{
    QTest::addColumn<int>("levels");
    QTest::addColumn<bool>("opened");
    QTest::newRow("one zip") << 1 << true;
    QTest::newRow("zip in zip in zip") << 3 << true;
    QTest::newRow("four levels") << 4 << true;
    QTest::newRow("five levels") << 5 << false;
    QTest::newRow("twenty levels") << 20 << false;
}

void TestLogArchive::nestedZips()
{
    QFETCH(int, levels);
    QFETCH(bool, opened);
    QTemporaryDir dir;
    QByteArray content = "E1029 17:37:42.461313       1 server.go:54] nmi response failed with status code: 404\n";
    QString name = QStringLiteral("provider.log");
    for (int level = levels; level >= 1; --level) {
        const QString path = dir.filePath(QStringLiteral("level%1.zip").arg(level));
        KZip zip(path);
        QVERIFY(zip.open(QIODevice::WriteOnly));
        QVERIFY(zip.writeFile(name, content));
        QVERIFY(zip.close());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        content = file.readAll();
        name = QStringLiteral("level%1.zip").arg(level);
    }
    const QString outer = dir.filePath(QStringLiteral("level1.zip"));
    const LogFileList list = collectLogFiles({outer}, dir.filePath(QStringLiteral("x")));
    if (opened) {
        QVERIFY2(list.error.isEmpty(), qPrintable(list.error));
        QCOMPARE(list.files.size(), 1);
        QVERIFY(list.files.first().endsWith(QStringLiteral("provider.log")));
    } else {
        QVERIFY(list.files.isEmpty());
        QVERIFY2(list.error.contains(QStringLiteral("level5.zip")) && list.error.contains(QStringLiteral("nested")),
                 qPrintable(list.error));
    }
}

// Archives fuzz_logarchive hung on: entries that declare far more data than the archive holds
// (KArchive would write the declared gigabytes). They are refused with a message naming the file.
void TestLogArchive::fuzzRegressions_data()
{
    kvd::fuzz::addRegressionRows("fuzz_logarchive");
}

void TestLogArchive::fuzzRegressions()
{
    QFETCH(QByteArray, input);
    QTemporaryDir dir;
    const QString zip = writeZip(dir, input);
    QVERIFY(!zip.isEmpty());
    const QString extract = dir.filePath(QStringLiteral("x"));
    const LogFileList list = collectLogFiles({zip}, extract);
    QVERIFY(list.files.isEmpty());
    QVERIFY2(list.error.contains(QStringLiteral("in.zip")), qPrintable(list.error));
    QVERIFY2(bytesBelow(extract) < 1024 * 1024, qPrintable(QString::number(bytesBelow(extract))));
}

QTEST_GUILESS_MAIN(TestLogArchive)
#include "tst_logarchive.moc"
