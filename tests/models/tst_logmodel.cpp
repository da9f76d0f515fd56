// SPDX-License-Identifier: MIT
#include "models/loghighlighter.h"
#include "models/logmodel.h"
#include "models/logrowloader.h"

#include "core/patternset.h"

#include <QFontDatabase>
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
    void acceleratedSearchSameResults_data();
    void acceleratedSearchSameResults();
    void highlighting_data();
    void highlighting();
    void lineLocations();
    void rowLoaderPreparesRows();
    void rowLoaderLatestRequestWins();
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

// Lines of every kind the search meets: klog, JSON, kubectl time stamps, CRLF, invalid UTF-8,
// control characters, non-ASCII text, an empty line, a long line; repeated past one scan batch.
static QByteArray searchCorpus()
{
    const QByteArray lines[] = {
        "I0101 10:00:00.000000       1 a.go:1] \"fetching object\" objectName=\"secret1\" pod=\"default/app\"\n",
        "E0101 10:00:01.000000       1 utils.go:79] GRPC error: nmi response failed with status code: 404, err: <nil>\n",
        "E0101 10:00:02.000000       1 server.go:54] \"failed\" err=\"AADSTS700016: Application (6b36fe1c?) not found\"\r\n",
        "{\"level\":\"error\",\"msg\":\"rpc error: code = DeadlineExceeded desc = context deadline exceeded\"}\n",
        "2024-01-01T10:00:03.123Z W0101 10:00:03.000000       1 r.go:2] Status Code: 403 Forbidden\n",
        "binary \xff\xfe garbage \x01\x02 with status code: 404 inside\n",
        "caf\xc3\xa9 na\xc3\xafve \xed\x95\x9c\xea\xb5\xad\xec\x96\xb4 FAILED status\n",
        "\n",
        "\ttab indented continuation failed\n",
    };
    QByteArray data;
    for (int i = 0; data.size() < (5 << 20); ++i) {
        data += lines[i % std::size(lines)];
        if (i % 1000 == 999)
            data += "I0101 10:00:04.000000       1 long.go:1] " + QByteArray(20000, 'x') + " status code: 404\n";
    }
    return data;
}

void TstLogModel::acceleratedSearchSameResults_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<bool>("regex");
    QTest::addColumn<bool>("caseSensitive");
    QTest::addColumn<bool>("onlyMatching");
    QTest::addColumn<bool>("errorsOnly");
    QTest::addColumn<bool>("acceleratable"); // the multi-pattern engine takes it (when built with one)
    QTest::newRow("plain-status-code") << u"status code: 404"_s << false << false << false << false << true;
    QTest::newRow("plain-case-sensitive-FAILED") << u"FAILED"_s << false << true << false << false << true;
    QTest::newRow("plain-case-insensitive-failed") << u"failed"_s << false << false << false << false << true;
    QTest::newRow("plain-regex-metacharacters") << u"Application (6b36fe1c?) not"_s << false << false << true << false << true;
    QTest::newRow("regex-bench-alternation") << uR"(status code: 40[34]|AADSTS\d+|code = DeadlineExceeded)"_s << true << true << false << false << true;
    QTest::newRow("regex-case-insensitive-only-matching") << uR"(status code: 40\d)"_s << true << false << true << false << true;
    QTest::newRow("regex-errors-only-matching") << uR"(AADSTS\d+|nmi response)"_s << true << true << true << true << true;
    QTest::newRow("regex-line-start") << uR"(^E\d{4} )"_s << true << true << false << false << true;
    QTest::newRow("regex-dollar-falls-back") << uR"(<nil>$)"_s << true << true << false << false << false;
    QTest::newRow("non-ascii-falls-back") << u"café"_s << false << false << false << false << false;
    QTest::newRow("non-ascii-korean-falls-back") << u"\ud55c\uad6d"_s << false << true << true << false << false;
}

void TstLogModel::acceleratedSearchSameResults()
{
    QFETCH(QString, pattern);
    QFETCH(bool, regex);
    QFETCH(bool, caseSensitive);
    QFETCH(bool, onlyMatching);
    QFETCH(bool, errorsOnly);
    QFETCH(bool, acceleratable);
    static const QByteArray corpus = searchCorpus();
    LogFilter filter;
    filter.pattern = pattern;
    filter.regex = regex;
    filter.caseSensitive = caseSensitive;
    filter.onlyMatching = onlyMatching;
    if (errorsOnly)
        filter.minSeverity = LogSeverity::Error;
    struct Result
    {
        std::vector<qint64> matches;
        std::vector<TimelineRef> rows;
        bool accelerated = false;
    };
    auto run = [&](bool accelerated) {
        LogModel model;
        model.setAcceleratedSearch(accelerated);
        model.addDocument(buffer(corpus), u"corpus"_s);
        QSignalSpy finished(&model, &LogModel::filterFinished);
        model.setFilter(filter);
        Result result;
        if (!finished.wait(60000))
            return result;
        result.matches = model.matchRows();
        for (qint64 r = 0; r < model.rowCount(); ++r)
            result.rows.push_back(model.refAt(r));
        result.accelerated = model.lastSearchAccelerated();
        return result;
    };
    const Result accelerated = run(true);
    const Result plain = run(false);
    QVERIFY(!plain.accelerated);
    QCOMPARE(accelerated.accelerated, acceleratable && PatternSet::hasAcceleratedEngine());
    QVERIFY(!plain.matches.empty());
    QCOMPARE(accelerated.matches.size(), plain.matches.size());
    QVERIFY(accelerated.matches == plain.matches);
    QCOMPARE(accelerated.rows.size(), plain.rows.size());
    QVERIFY(accelerated.rows == plain.rows);
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

void TstLogModel::lineLocations()
{
    // file documents: a byte range to read elsewhere, nothing read here; memory documents: the bytes
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
    const qint64 reads = model.linesRead();
    const LogModel::LineLocation second = model.lineLocation(1);
    QCOMPARE(second.path, f.fileName());
    QCOMPARE(kLog.mid(second.begin, second.end - second.begin), kLog.split('\n').at(1) + '\n');
    QVERIFY(second.bytes.isEmpty());
    QString text;
    QVERIFY(!model.cachedText(1, &text));
    QCOMPARE(model.linesRead(), reads);
    QVERIFY(model.text(1).contains(u"status code: 404"));
    QCOMPARE(model.linesRead(), reads + 1);
    QVERIFY(model.cachedText(1, &text));
    QCOMPARE(text, model.text(1));
    QCOMPARE(model.lineLocation(99).path, QString());

    LogModel memory;
    memory.addDocument(buffer(kLog), u"mem"_s);
    const LogModel::LineLocation inMemory = memory.lineLocation(3);
    QVERIFY(inMemory.path.isEmpty());
    QCOMPARE(inMemory.bytes, QByteArray("W0101 10:00:02.000000       1 a.go:3] slow"));
}

static LogRowSettings rowSettings(quint64 epoch)
{
    LogRowSettings settings;
    settings.epoch = epoch;
    settings.font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    settings.search = QRegularExpression(u"404"_s);
    settings.matchBackground = Qt::yellow;
    settings.prefix = 512;
    return settings;
}

// Takes the loader's results until it is idle.
static void takeAll(LogRowLoader &loader, std::vector<LogRowLayout> *all)
{
    auto drained = [&] {
        for (LogRowLayout &row : loader.takeResults())
            all->push_back(std::move(row));
        return !loader.isBusy();
    };
    QTRY_VERIFY_WITH_TIMEOUT(drained(), 30000);
}

void TstLogModel::rowLoaderPreparesRows()
{
    QTemporaryDir dir;
    QFile f(dir.filePath(u"a.log"_s));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(kLog);
    f.write("long " + QByteArray(30000, 'y') + "\r\n");
    f.close();
    const QByteArray all = kLog + "long " + QByteArray(30000, 'y') + "\r\n";
    const QList<QByteArray> lines = all.split('\n');
    std::vector<LogRowSource> rows;
    qint64 offset = 0;
    for (qint64 i = 0; i < 6; ++i) {
        const qint64 end = offset + lines.at(i).size() + 1;
        rows.push_back({quint64(100 + i), i, f.fileName(), offset, end, {}});
        offset = end;
    }
    rows.push_back({7, 41, {}, 0, 0, QByteArray("E0101 10:00:03.000000       1 a.go:4] in memory, status code: 404")});
    rows.push_back({8, 42, dir.filePath(u"missing.log"_s), 0, 10, {}}); // gone: an empty row, no crash
    LogRowLoader loader;
    loader.request(rowSettings(1), rows);
    std::vector<LogRowLayout> done;
    takeAll(loader, &done);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(done.size(), rows.size());
    for (size_t i = 0; i < done.size(); ++i)
        QCOMPARE(done[i].key, rows[i].key); // in the order asked
    const LogRowLayout &error = done[1]; // "E0101 ... status code: 404"
    QCOMPARE(error.fullChars, lines.at(1).size());
    QCOMPARE(error.preparedChars, error.fullChars);
    QVERIFY(!error.runs.empty() || error.needsGuiLayout);
    QVERIFY(error.width > 0);
    // the search match's background, and colours from the syntax (the severity, the status code)
    const auto matches = [](const LogRowLayout &row) {
        return int(std::count_if(row.backgrounds.begin(), row.backgrounds.end(),
                                 [](const auto &background) { return background.second == QColor(Qt::yellow); }));
    };
    QCOMPARE(matches(error), 1);
    if (!error.needsGuiLayout) {
        qsizetype glyphs = 0;
        int coloured = 0;
        for (const LogRowLayout::Run &run : error.runs) {
            glyphs += run.glyphs.size();
            QCOMPARE(run.glyphs.size(), run.positions.size());
            coloured += run.color.isValid() ? 1 : 0;
        }
        QCOMPARE(glyphs, lines.at(1).size()); // ASCII: a glyph a character
        QVERIFY(coloured >= 2);
        QVERIFY(error.numberWidth > 0);
        QCOMPARE(error.number.glyphs.size(), qsizetype(1)); // "2"
    }
    const LogRowLayout &longRow = done[5]; // CRLF removed, only the visible prefix laid out
    QCOMPARE(longRow.fullChars, qsizetype(30005));
    QCOMPARE(longRow.paintedChars, qsizetype(20000));
    QCOMPARE(longRow.preparedChars, qsizetype(512));
    QCOMPARE(done[6].fullChars, qsizetype(65));
    QCOMPARE(matches(done[6]), 1);
    QCOMPARE(done[7].fullChars, qsizetype(0));
    QVERIFY(loader.preparedCount() == qint64(rows.size()));
}

void TstLogModel::rowLoaderLatestRequestWins()
{
    QByteArray line = "I0101 10:00:00.000000       1 a.go:1] \"msg\" key=\"value\"";
    std::vector<LogRowSource> many;
    for (int i = 0; i < 200000; ++i)
        many.push_back({quint64(i), i, {}, 0, 0, line});
    LogRowLoader loader;
    loader.request(rowSettings(1), many);
    std::vector<LogRowSource> few;
    for (int i = 0; i < 3; ++i)
        few.push_back({quint64(1000000 + i), i, {}, 0, 0, line});
    loader.request(rowSettings(2), few);
    std::vector<LogRowLayout> done;
    takeAll(loader, &done);
    if (QTest::currentTestFailed())
        return;
    QVERIFY(!loader.isBusy());
    // the first request was cut short (its rows so far still came), the last one completed
    QVERIFY2(loader.preparedCount() < 200000, qPrintable(QString::number(loader.preparedCount())));
    QVERIFY(done.size() >= 3);
    for (int i = 0; i < 3; ++i) {
        const LogRowLayout &row = done[done.size() - 3 + size_t(i)];
        QCOMPARE(row.key, quint64(1000000 + i));
        QCOMPARE(row.epoch, quint64(2));
    }
    loader.request(rowSettings(3), many); // destroyed while busy: stops without a hang
}

QTEST_MAIN(TstLogModel)
#include "tst_logmodel.moc"
