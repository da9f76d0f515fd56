// SPDX-License-Identifier: MIT
#include "core/logindex.h"

#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace kvd;

class TstLogIndex : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void offsets();
    void randomAccess_data();
    void randomAccess();
    void stagedLargeFile();
    void missingFile();
    void buffer();
};

// The reference: split exactly as the viewer must (on '\n', a CR before it removed, a last line
// without '\n' kept, no line after a final '\n').
static QList<QByteArray> referenceLines(const QByteArray &data)
{
    QList<QByteArray> lines = data.split('\n');
    if (!data.isEmpty() && data.endsWith('\n'))
        lines.removeLast();
    if (data.isEmpty())
        lines.clear();
    for (QByteArray &line : lines) {
        if (line.endsWith('\r'))
            line.chop(1);
    }
    return lines;
}

void TstLogIndex::offsets()
{
    LineOffsets offsets;
    QList<qint64> reference;
    qint64 pos = 0;
    for (int i = 0; i < 10000; ++i) {
        pos += i == 5000 ? (qint64(5) << 30) : 1 + i % 300; // one 5 GiB "line" forces a wide block
        offsets.append(pos);
        reference.append(pos);
    }
    QCOMPARE(offsets.size(), reference.size());
    for (int i = 0; i < reference.size(); ++i)
        QCOMPARE(offsets.at(i), reference.at(i));
    QVERIFY(offsets.memoryBytes() < 10000 * 8 + 4096 * 8 + 1024);
}

void TstLogIndex::randomAccess_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::newRow("lf") << QByteArray("a\nbb\nccc\n");
    QTest::newRow("crlf") << QByteArray("a\r\nbb\r\n\r\nccc\r\n");
    QTest::newRow("no-final-newline") << QByteArray("one\ntwo\nlast");
    QTest::newRow("empty-lines") << QByteArray("\n\n\nx\n\n");
    QTest::newRow("empty-file") << QByteArray();
    QTest::newRow("only-newline") << QByteArray("\n");
    QTest::newRow("huge-line") << (QByteArray("start\n") + QByteArray(3 << 20, 'h') + QByteArray("\nend"));
    QTest::newRow("binary") << QByteArray("\x00\xff\n\x01\x02\r\n\xfe", 9);
    QByteArray many;
    QRandomGenerator rng(42);
    for (int i = 0; i < 20000; ++i)
        many += QByteArray(int(rng.bounded(200)), char('a' + i % 26)) + (i % 7 ? "\n" : "\r\n");
    QTest::newRow("many-lines") << many;
}

void TstLogIndex::randomAccess()
{
    QFETCH(QByteArray, data);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("x.log"));
    QFile out(path);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(data);
    out.close();

    FileLogDocument doc(path);
    QSignalSpy done(&doc, &LogDocument::completed);
    QVERIFY(doc.open());
    QVERIFY(done.wait(10000));
    QVERIFY(doc.isComplete());
    const QList<QByteArray> reference = referenceLines(data);
    QCOMPARE(doc.lineCount(), reference.size());
    QRandomGenerator rng(7);
    for (int i = 0; i < std::min<qsizetype>(reference.size(), 3000); ++i) {
        const qint64 line = reference.size() <= 3000 ? i : rng.bounded(int(reference.size()));
        QCOMPARE(doc.lineBytes(line), reference.at(line));
    }
    QCOMPARE(doc.lineBytes(-1), QByteArray());
    QCOMPARE(doc.lineBytes(reference.size()), QByteArray());
    // the sequential scanner (filters, merge) sees the same lines
    auto scanner = doc.scanner();
    QByteArrayView view;
    qsizetype n = 0;
    while (scanner->next(&view)) {
        QCOMPARE(view.toByteArray(), reference.at(n));
        ++n;
    }
    QCOMPARE(n, reference.size());
}

void TstLogIndex::stagedLargeFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("big.log"));
    QFile out(path);
    QVERIFY(out.open(QIODevice::WriteOnly));
    const QByteArray line("I0101 00:00:00.000000       1 a.go:1] a line of a big file\n");
    QByteArray block;
    for (int i = 0; i < 10000; ++i)
        block += line;
    for (int i = 0; i < 40; ++i)
        out.write(block);
    out.close();
    FileLogDocument doc(path);
    QSignalSpy added(&doc, &LogDocument::linesAdded);
    QSignalSpy done(&doc, &LogDocument::completed);
    QVERIFY(doc.open());
    QVERIFY(done.wait(20000));
    QVERIFY2(added.size() >= 2, "lines arrive in stages, the first screen before the end");
    QVERIFY(added.first().at(0).toLongLong() < 400000);
    QCOMPARE(doc.lineCount(), 400000);
    QCOMPARE(doc.lineBytes(399999) + '\n', line);
    QVERIFY(doc.indexMemoryBytes() < 400000 * 5);
}

void TstLogIndex::missingFile()
{
    FileLogDocument doc(QStringLiteral("/nonexistent/dir/x.log"));
    QVERIFY(!doc.open());
    QVERIFY(doc.errorString().contains(QStringLiteral("x.log")));
}

void TstLogIndex::buffer()
{
    BufferLogDocument doc;
    QSignalSpy added(&doc, &LogDocument::linesAdded);
    doc.append("first\nsec");
    QCOMPARE(doc.lineCount(), 1);
    doc.append("ond\r\nthi");
    QCOMPARE(doc.lineCount(), 2);
    QCOMPARE(doc.lineBytes(1), QByteArray("second"));
    doc.finish();
    QCOMPARE(doc.lineCount(), 3);
    QCOMPARE(doc.lineBytes(2), QByteArray("thi"));
    QCOMPARE(added.size(), 3);
    auto scanner = doc.scanner();
    QByteArrayView v;
    QStringList seen;
    while (scanner->next(&v))
        seen << QString::fromUtf8(v);
    QCOMPARE(seen, (QStringList{QStringLiteral("first"), QStringLiteral("second"), QStringLiteral("thi")}));
}

QTEST_GUILESS_MAIN(TstLogIndex)
#include "tst_logindex.moc"
