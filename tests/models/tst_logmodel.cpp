// SPDX-License-Identifier: MIT
#include "models/loghighlighter.h"
#include "models/logmodel.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace kvd;
using namespace Qt::StringLiterals;

class TstLogModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void singleFileFilters();
    void mergedSources();
    void latestRequestWins();
    void highlighting_data();
    void highlighting();
};

static BufferLogDocument *buffer(const QByteArray &data)
{
    auto *doc = new BufferLogDocument;
    doc->append(data);
    doc->finish();
    return doc;
}

static const QByteArray kLog = "I0101 10:00:00.000000       1 a.go:1] start\n"
                               "E0101 10:00:01.000000       1 a.go:2] nmi response failed with status code: 404\n"
                               " continuation of the error\n"
                               "W0101 10:00:02.000000       1 a.go:3] slow\n"
                               "E0101 10:00:03.000000       1 a.go:4] failed again AADSTS700016\n";

void TstLogModel::singleFileFilters()
{
    QTemporaryDir dir;
    QFile f(dir.filePath(u"a.log"_s));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(kLog);
    f.close();
    LogModel model;
    auto *doc = new FileLogDocument(f.fileName());
    QVERIFY(doc->open());
    QSignalSpy loaded(&model, &LogModel::loadingFinished);
    model.addDocument(doc, u"a.log"_s);
    QVERIFY(loaded.wait());
    QCOMPARE(model.rowCount(), 5);
    QCOMPARE(model.line(1).severity, LogSeverity::Error);

    QSignalSpy finished(&model, &LogModel::filterFinished);
    LogFilter filter;
    filter.minSeverity = LogSeverity::Error; // grep ^E
    model.setFilter(filter);
    QVERIFY(finished.wait());
    QCOMPARE(model.rowCount(), 2);
    QVERIFY(model.text(0).contains(u"status code: 404"));
    QVERIFY(model.text(1).contains(u"AADSTS700016"));
    QCOMPARE(model.rowOf(0, 4), 1);
    QCOMPARE(model.rowOf(0, 2), 1); // a hidden line maps to the next visible one

    filter = {};
    filter.pattern = u"FAILED"_s;
    model.setFilter(filter);
    QVERIFY(finished.wait());
    QCOMPARE(model.rowCount(), 5);
    QCOMPARE(model.matchRows(), (std::vector<qint64>{1, 4}));
    QCOMPARE(model.nextMatch(1, true), 4);
    QCOMPARE(model.nextMatch(4, true), 1); // wraps
    QCOMPARE(model.nextMatch(1, false), 4);

    filter.caseSensitive = true;
    model.setFilter(filter);
    QVERIFY(finished.wait());
    QVERIFY(model.matchRows().empty());

    filter = {};
    filter.pattern = u"status code: \\d+|slow"_s;
    filter.regex = true;
    filter.onlyMatching = true;
    model.setFilter(filter);
    QVERIFY(finished.wait());
    QCOMPARE(model.rowCount(), 2);
    QVERIFY(model.text(1).endsWith(u"slow"));

    filter = {};
    filter.fromUs = model.document(0)->referenceYear() ? parseLogLine("W0101 10:00:02.000000       1 a.go:3] x", model.document(0)->referenceYear()).timestampUs : 0;
    model.setFilter(filter);
    QVERIFY(finished.wait());
    QCOMPARE(model.rowCount(), 2);

    filter = {};
    filter.pattern = u"("_s;
    filter.regex = true;
    model.setFilter(filter);
    QVERIFY(!model.searchError().isEmpty());
}

void TstLogModel::mergedSources()
{
    LogModel model;
    QSignalSpy finished(&model, &LogModel::filterFinished);
    model.addDocument(buffer("I0101 10:00:01.000000       1 p.go:1] provider one\n"
                             "I0101 10:00:03.000000       1 p.go:1] provider two\n"),
                      u"provider"_s);
    model.addDocument(buffer("2024-01-01T10:00:02Z driver plain line with kubectl time\n"
                             "E0101 10:00:04.000000       1 d.go:1] driver error\n"
                             "  continuation\n"),
                      u"driver"_s);
    model.document(0)->setReferenceYear(2024);
    model.document(1)->setReferenceYear(2024);
    QVERIFY(finished.wait());
    QVERIFY(model.isMerged());
    QCOMPARE(model.rowCount(), 5);
    QStringList order;
    for (qint64 r = 0; r < model.rowCount(); ++r)
        order << model.sourceLabel(model.refAt(r).source());
    QCOMPARE(order, (QStringList{u"provider"_s, u"driver"_s, u"provider"_s, u"driver"_s, u"driver"_s}));
    QCOMPARE(model.text(4), u"  continuation"_s);

    LogFilter filter;
    filter.minSeverity = LogSeverity::Error;
    model.setFilter(filter);
    QVERIFY(finished.wait());
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.refAt(0).source(), 1);
    QCOMPARE(model.rowOf(1, 1), 0);
}

void TstLogModel::latestRequestWins()
{
    LogModel model;
    QByteArray big;
    for (int i = 0; i < 50000; ++i)
        big += (i % 10 ? "I0101 10:00:00.000000       1 a.go:1] fine\n" : "E0101 10:00:00.000000       1 a.go:1] bad\n");
    model.addDocument(buffer(big), u"big"_s);
    QSignalSpy finished(&model, &LogModel::filterFinished);
    LogFilter a;
    a.pattern = u"fine"_s;
    a.onlyMatching = true;
    model.setFilter(a);
    LogFilter b;
    b.minSeverity = LogSeverity::Error;
    model.setFilter(b);
    QVERIFY(finished.wait());
    QTRY_VERIFY(!model.isBusy());
    QCOMPARE(model.filter(), b);
    QCOMPARE(model.rowCount(), 5000);
}

void TstLogModel::highlighting_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("token");
    QTest::addColumn<QString>("format");
    QTest::newRow("klog-error-header") << u"E0101 10:00:01.000000       1 a.go:2] x"_s << u"E0101 10:00:01.000000"_s << u"Error"_s;
    QTest::newRow("klog-warning-header") << u"W0101 10:00:01.000000       1 a.go:2] x"_s << u"W0101 10:00:01.000000"_s << u"Warning"_s;
    QTest::newRow("file-line") << u"I0101 10:00:01.000000       1 server.go:54] x"_s << u"server.go:54]"_s << u"Source"_s;
    QTest::newRow("http-status") << u"E0101 10:00:01.000000       1 a.go:2] nmi response failed with status code: 404"_s << u"status code: 404"_s << u"HTTP Status"_s;
    QTest::newRow("aadsts") << u"x AADSTS700016: Application not found"_s << u"AADSTS700016"_s << u"Azure Error"_s;
    QTest::newRow("grpc-code") << u"rpc error: code = DeadlineExceeded desc = x"_s << u"code = DeadlineExceeded"_s << u"gRPC Code"_s;
    QTest::newRow("url") << u"vaultURL=https://kv.vault.azure.net/ pod"_s << u"https://kv.vault.azure.net/"_s << u"URL"_s;
    QTest::newRow("key") << u"I0101 10:00:01.000000       1 a.go:2] \"m\" pod=\"a/b\""_s << u"pod"_s << u"Key"_s;
    QTest::newRow("quoted") << u"I0101 10:00:01.000000       1 a.go:2] \"fetching object\" x"_s << u"\"fetching object\""_s << u"String"_s;
    QTest::newRow("json-level") << uR"({"level":"error","msg":"x"})"_s << uR"("level":"error")"_s << u"Error"_s;
    QTest::newRow("kubectl-timestamp") << u"2024-05-01T10:00:00.123456789Z I0501 x"_s << u"2024-05-01T10:00:00.123456789Z"_s << u"Timestamp"_s;
}

void TstLogModel::highlighting()
{
    QFETCH(QString, line);
    QFETCH(QString, token);
    QFETCH(QString, format);
    LogHighlighter highlighter;
    QVERIFY(highlighter.isValid());
    const auto ranges = highlighter.highlight(line);
    const int at = int(line.indexOf(token));
    QVERIFY(at >= 0);
    bool found = false;
    for (const auto &range : ranges) {
        if (range.start <= at && range.start + range.length >= at + token.size()
            && range.format.property(LogHighlighter::FormatNameProperty).toString() == format) {
            found = true;
            QVERIFY(range.format.foreground().style() != Qt::NoBrush || range.format.fontWeight() == QFont::Bold);
        }
    }
    QVERIFY2(found, qPrintable(token + u" not highlighted as "_s + format));
}

QTEST_MAIN(TstLogModel)
#include "tst_logmodel.moc"
