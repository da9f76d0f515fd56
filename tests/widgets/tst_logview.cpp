// SPDX-License-Identifier: MIT
#include "models/loghighlighter.h"
#include "models/logmodel.h"
#include "widgets/logspage.h"
#include "widgets/logview.h"

#include <KZip>

#include <QApplication>
#include <QClipboard>
#include <QImage>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace kvd;
using namespace Qt::StringLiterals;

class TstLogView : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void searchFilterHighlight();
    void folderMergesSources();
    void zipArchive();
    void bookmarksEvidenceCopySave();
    void hugeFileScrolls();
};

static QString data(const QString &name)
{
    return QStringLiteral(KVDOCTOR_TEST_DATA "/logs/") + name;
}

void TstLogView::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TstLogView::searchFilterHighlight()
{
    LogsPage page;
    page.resize(1200, 600);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QSignalSpy loaded(page.model(), &LogModel::loadingFinished);
    QVERIFY(page.openPaths({data(u"06-driver-mount-retries-then-success.log"_s)}));
    QVERIFY(loaded.wait());
    QCOMPARE(page.model()->rowCount(), 5);
    QCOMPARE(page.view()->visibleRows().size(), 5);
    QVERIFY(LogsPage::recentFiles().first().endsWith(u"06-driver-mount-retries-then-success.log"));

    QSignalSpy filtered(page.model(), &LogModel::filterFinished);
    page.setSearch(u"grpc"_s);
    QVERIFY(filtered.wait());
    QCOMPARE(page.model()->matchRows(), (std::vector<qint64>{1, 2, 3}));
    page.findNext();
    QCOMPARE(page.view()->currentRow(), 1);
    page.findNext();
    QCOMPARE(page.view()->currentRow(), 2);
    page.findPrevious();
    QCOMPARE(page.view()->currentRow(), 1);

    page.setErrorsOnly(true);
    QVERIFY(filtered.wait());
    QCOMPARE(page.view()->visibleRows(), (QList<qint64>{0, 1}));
    for (qint64 row : page.view()->visibleRows())
        QVERIFY(page.model()->text(row).startsWith(u'E'));
    // the painted formats: severity header as Error, the search match, the gRPC code
    const auto formats = page.view()->formatsForRow(0);
    QStringList names;
    for (const auto &range : formats)
        names << range.format.property(LogHighlighter::FormatNameProperty).toString();
    QVERIFY2(names.contains(u"Error"_s), qPrintable(names.join(u',')));
    QVERIFY(names.contains(u"Search Match"_s));
    QVERIFY(names.contains(u"gRPC Code"_s));
    QVERIFY(names.contains(u"Source"_s));
    // and painted so: once idle preparation ran, no row is plain and the Error format's colour is
    // on the first row's pixels (rows are drawn from cached glyph runs with their colours)
    QColor errorColor;
    for (const auto &range : formats) {
        if (range.format.property(LogHighlighter::FormatNameProperty).toString() == u"Error")
            errorColor = range.format.foreground().color();
    }
    QVERIFY(errorColor.isValid());
    page.view()->viewport()->repaint();
    QTRY_COMPARE(page.view()->plainRowsPainted(), 0);
    QTRY_VERIFY(!page.view()->isPreparing());
    const QImage painted = page.view()->viewport()->grab().toImage();
    bool errorPainted = false;
    for (int y = 0; y < page.view()->fontMetrics().height() && !errorPainted; ++y) {
        for (int x = 0; x < painted.width() && !errorPainted; ++x)
            errorPainted = painted.pixelColor(x, y).rgb() == errorColor.rgb();
    }
    QVERIFY2(errorPainted, qPrintable(errorColor.name()));

    page.setOnlyMatching(true);
    page.setSearch(u"not found"_s);
    QVERIFY(filtered.wait());
    QCOMPARE(page.model()->rowCount(), 1);
    QVERIFY(page.model()->text(0).contains(u"\"azure-kvname\" not found"));
    QVERIFY(page.statusText().contains(u"of 5"));

    page.setOnlyMatching(false);
    page.setSearch(QString());
    page.setErrorsOnly(false);
    QTRY_COMPARE(page.model()->rowCount(), 5);
    QVERIFY(page.goToLine(4));
    QCOMPARE(page.view()->currentRow(), 3);
    QVERIFY(!page.goToLine(99));
}

void TstLogView::folderMergesSources()
{
    QTemporaryDir dir;
    QFile a(dir.filePath(u"provider.log"_s));
    QVERIFY(a.open(QIODevice::WriteOnly));
    a.write("2024-05-01T10:00:01Z I0501 10:00:01.000000       1 p.go:1] provider first\n"
            "2024-05-01T10:00:03Z E0501 10:00:03.000000       1 p.go:2] nmi response failed with status code: 404\n");
    a.close();
    QFile b(dir.filePath(u"secrets-store.log"_s));
    QVERIFY(b.open(QIODevice::WriteOnly));
    b.write("2024-05-01T10:00:02Z I0501 10:00:02.000000       1 d.go:1] driver second\n");
    b.close();
    QFile bin(dir.filePath(u"core.bin"_s));
    QVERIFY(bin.open(QIODevice::WriteOnly));
    bin.write(QByteArray("\x7f" "ELF\0\0\0", 7));
    bin.close();
    LogsPage page;
    QSignalSpy filtered(page.model(), &LogModel::filterFinished);
    QVERIFY(page.openPaths({dir.path()}));
    QCOMPARE(page.model()->sourceCount(), 2); // the binary file is skipped
    QTRY_VERIFY(!page.model()->isLoading() && !page.model()->isBusy());
    QCOMPARE(page.model()->rowCount(), 3);
    QCOMPARE(page.model()->sourceLabel(page.model()->refAt(1).source()), u"secrets-store"_s);
    QVERIFY(page.model()->text(2).contains(u"status code: 404"));
}

void TstLogView::zipArchive()
{
    QTemporaryDir dir;
    const QString zipPath = dir.filePath(u"periscope.zip"_s);
    {
        KZip zip(zipPath);
        QVERIFY(zip.open(QIODevice::WriteOnly));
        QFile f(data(u"10-driver-spcps-pod-not-found.log"_s));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(zip.writeFile(u"node1/secrets-store.log"_s, f.readAll()));
        QVERIFY(zip.writeFile(u"node1/registrar.log"_s, QByteArray("I0909 07:37:48.000000       1 main.go:1] registered\n")));
        zip.close();
    }
    LogsPage page;
    QVERIFY(page.openPaths({zipPath}));
    QCOMPARE(page.model()->sourceCount(), 2);
    QTRY_VERIFY(!page.model()->isLoading() && !page.model()->isBusy());
    QCOMPARE(page.model()->rowCount(), 5);
    page.setErrorsOnly(true);
    QTRY_COMPARE(page.model()->rowCount(), 3);

    QFile broken(dir.filePath(u"broken.zip"_s));
    QVERIFY(broken.open(QIODevice::WriteOnly));
    broken.write("PK\x03\x04 this is not really a zip");
    broken.close();
    LogsPage other;
    QVERIFY(!other.openPaths({broken.fileName()}));
    QVERIFY2(other.statusText().contains(u"broken.zip"), qPrintable(other.statusText()));
}

void TstLogView::bookmarksEvidenceCopySave()
{
    LogsPage page;
    page.resize(1000, 500);
    page.show();
    QVERIFY(page.openPaths({data(u"07-provider-verbose-multiline-values.log"_s)}));
    QTRY_VERIFY(!page.model()->isLoading());
    LogView *view = page.view();
    view->toggleBookmark(2);
    view->toggleBookmark(9);
    QCOMPARE(view->bookmarkCount(), 2);
    view->setCurrentRow(0);
    view->nextBookmark();
    QCOMPARE(view->currentRow(), 2);
    view->nextBookmark();
    QCOMPARE(view->currentRow(), 9);
    QVERIFY(view->markEvidence(0, 13));
    QVERIFY(view->isEvidence(view->currentRow()));
    QVERIFY(view->visibleRows().contains(13));
    QVERIFY(view->selectedText().contains(u"vault url"));
    view->copySelection();
    QCOMPARE(QApplication::clipboard()->text(), view->selectedText());

    page.setErrorsOnly(true); // no error lines: nothing shown, the evidence line is hidden
    QTRY_COMPARE(page.model()->rowCount(), 0);
    QVERIFY(!view->markEvidence(0, 13));
    page.setErrorsOnly(false);
    QTRY_COMPARE(page.model()->rowCount(), 14);

    QTemporaryDir dir;
    const QString out = dir.filePath(u"saved.log"_s);
    QVERIFY(page.saveShownLines(out));
    QFile saved(out);
    QVERIFY(saved.open(QIODevice::ReadOnly));
    QFile original(data(u"07-provider-verbose-multiline-values.log"_s));
    QVERIFY(original.open(QIODevice::ReadOnly));
    QCOMPARE(saved.readAll(), original.readAll());
    QString error;
    QVERIFY(!page.saveShownLines(u"/nonexistent-dir/x.log"_s, &error));
    QVERIFY(error.contains(u"x.log"));
}

void TstLogView::hugeFileScrolls()
{
    QTemporaryDir dir;
    QFile f(dir.filePath(u"huge.log"_s));
    QVERIFY(f.open(QIODevice::WriteOnly));
    QByteArray block;
    for (int i = 0; i < 1000; ++i)
        block += "I0101 10:00:00.000000       1 a.go:1] \"msg\" key=\"value\" n=" + QByteArray::number(i) + '\n';
    for (int i = 0; i < 200; ++i)
        f.write(block);
    f.write(QByteArray(2 << 20, 'x')); // a 2 MiB last line without a newline
    f.close();
    LogsPage page;
    page.resize(800, 400);
    page.show();
    QVERIFY(page.openPaths({f.fileName()}));
    QTRY_VERIFY(page.model()->rowCount() > 0); // the first screen, maybe before the index is complete
    QTRY_VERIFY(!page.model()->isLoading());
    QCOMPARE(page.model()->rowCount(), 200001);
    LogView *view = page.view();
    view->setCurrentRow(200000);
    QVERIFY(view->visibleRows().contains(200000));
    QCOMPARE(page.model()->text(200000).size(), 2 << 20);
    view->grab(); // paints the cut 2 MiB line without trouble
    QTRY_COMPARE(view->plainRowsPainted(), 0); // highlighted too (only its visible prefix is laid out)
    view->grab();
    // a jump far away: painting reads nothing from the file (a worker thread prepares the rows,
    // placeholders stand in until they arrive) and the rows come highlighted soon after
    QSignalSpy ready(view, &LogView::rowsReady);
    view->setCurrentRow(150000);
    const qint64 reads = page.model()->linesRead();
    view->grab();
    QCOMPARE(page.model()->linesRead(), reads);
    QTRY_VERIFY(view->visibleRowsReady());
    QVERIFY(!ready.isEmpty());
    view->grab();
    QCOMPARE(view->plainRowsPainted(), 0);
    // and the screens ahead are prepared too: a page down paints them at once
    QTRY_VERIFY(!view->isPreparing());
    view->setCurrentRow(view->currentRow() + view->visibleRowCapacity());
    view->grab();
    QCOMPARE(view->plainRowsPainted(), 0);
    view->setCurrentRow(100000);
    QVERIFY(view->visibleRows().contains(100000));
    QVERIFY(page.model()->text(100000).endsWith(u"n=0"));
}

QTEST_MAIN(TstLogView)
#include "tst_logview.moc"
