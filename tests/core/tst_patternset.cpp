// SPDX-License-Identifier: MIT
#include "core/patternset.h"

#include <QTest>

#include <thread>

using namespace kvd;
using namespace Qt::StringLiterals;

namespace {

struct Hit
{
    qsizetype offset;
    qsizetype length;
    QList<int> ids;
    bool operator==(const Hit &) const = default;
};

QList<Hit> scan(const PatternSet &set, QByteArrayView data)
{
    QList<Hit> hits;
    set.scanLines(data, [&](qsizetype offset, qsizetype length, const QList<int> &ids) {
        hits.append({offset, length, ids});
        return true;
    });
    return hits;
}

QString describe(const QList<Hit> &hits)
{
    QStringList parts;
    for (const Hit &h : hits) {
        QStringList ids;
        for (int id : h.ids)
            ids.append(QString::number(id));
        parts.append(u"%1+%2:[%3]"_s.arg(h.offset).arg(h.length).arg(ids.join(u',')));
    }
    return parts.join(u' ');
}

const QByteArray kLog =
    "I1029 17:37:42.461313       1 server.go:54] starting provider\n"
    "E1029 17:37:43.000001       1 server.go:77] failed to get key vault token: nmi response failed with status code: 404\r\n"
    "E1029 17:37:44.000001       1 keyvault.go:12] GetSecret: Failure sending request: StatusCode=0 -- Original Error: context deadline exceeded\n"
    "W1029 17:37:45.000001       1 main.go:9] AADSTS7000215: Invalid client secret provided.\n"
    "\n"
    "binary \x01\x02\xff\xfe garbage with AADSTS70021 inside\n"
    "{\"level\":\"error\",\"message\":\"rpc error: code = DeadlineExceeded desc = context deadline exceeded\"}\n"
    "foo\n"
    "bar at the start of a line\n"
    "last line without newline: Status 403 ForbiddenByRbac";

} // namespace

class tst_PatternSet : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void enginesAgree_data()
    {
        QTest::addColumn<QStringList>("patterns");
        QTest::addColumn<bool>("caseInsensitive");
        QTest::addColumn<QString>("expected");

        QTest::newRow("one-literal") << QStringList{u"nmi response failed"_s} << false << u"62+116:[0]"_s;
        QTest::newRow("several-patterns-one-line")
            << QStringList{u"status code: 40[34]"_s, u"nmi"_s, u"^E\\d{4}"_s} << false
            << u"62+116:[0,1,2] 180+139:[2]"_s;
        QTest::newRow("aadsts-codes") << QStringList{u"AADSTS\\d+"_s} << false << u"320+87:[0] 409+43:[0]"_s;
        QTest::newRow("case-insensitive") << QStringList{u"deadline EXCEEDED"_s} << true
                                          << u"180+139:[0] 453+97:[0]"_s;
        QTest::newRow("case-sensitive-misses") << QStringList{u"deadline EXCEEDED"_s} << false << QString();
        // `$` must match before the '\r' of a CRLF line, as in the display text.
        QTest::newRow("dollar-crlf") << QStringList{u"404$"_s} << false << u"62+116:[0]"_s;
        QTest::newRow("anchor-line-start") << QStringList{u"^bar"_s, u"^foo$"_s} << false
                                           << u"551+3:[1] 555+26:[0]"_s;
        // `\s` could span the newline between "foo" and "bar" in the raw buffer: never across lines.
        QTest::newRow("no-cross-line") << QStringList{u"foo\\sbar"_s} << false << QString();
        QTest::newRow("last-line-without-newline") << QStringList{u"ForbiddenBy(Rbac|Policy)"_s} << false
                                                   << u"582+53:[0]"_s;
        // Hyperscan refuses patterns that match the empty string: they still work.
        QTest::newRow("empty-match-pattern") << QStringList{u"x*"_s, u"Forbidden"_s} << false
                                             << u"0+61:[0] 62+116:[0] 180+139:[0] 320+87:[0] 408+0:[0] "
                                                "409+43:[0] 453+97:[0] 551+3:[0] 555+26:[0] 582+53:[0,1]"_s;
        QTest::newRow("non-ascii-pattern") << QStringList{u"garbage\u00e9?"_s} << false << u"409+43:[0]"_s;
    }
    void enginesAgree()
    {
        QFETCH(QStringList, patterns);
        QFETCH(bool, caseInsensitive);
        QFETCH(QString, expected);
        QList<PatternSet::Pattern> list;
        for (const QString &p : std::as_const(patterns))
            list.append({p, caseInsensitive});

        PatternSet accelerated;
        QString error;
        QVERIFY2(accelerated.compile(list, &error), qPrintable(error));
        PatternSet plain;
        QVERIFY(plain.compile(list, &error, PatternSet::Engine::QRegularExpressionOnly));
        QCOMPARE(plain.acceleratedCount(), 0);

        QCOMPARE(describe(scan(plain, kLog)), expected);
        QCOMPARE(describe(scan(accelerated, kLog)), expected);
    }

    void usesAcceleratedEngineForPlainPatterns()
    {
        if (!PatternSet::hasAcceleratedEngine())
            QSKIP("built without Vectorscan/Hyperscan");
        PatternSet set;
        QVERIFY(set.compile({{u"AADSTS\\d+"_s}, {u"x*"_s}, {u"caf\u00e9"_s}, {u"end$"_s}, {u"StatusCode=0"_s}}));
        QCOMPARE(set.size(), 5);
        QCOMPARE(set.acceleratedCount(), 2); // the empty-matching, non-ASCII and `$` ones are not
    }

    void invalidPatternNamesIt()
    {
        PatternSet set;
        QVERIFY(set.compile({{u"ok"_s}}));
        QString error;
        QVERIFY(!set.compile({{u"fine"_s}, {u"broken(group"_s}}, &error));
        QVERIFY2(error.contains(u"pattern 2 'broken(group'"_s), qPrintable(error));
        QVERIFY(set.isEmpty());
        QVERIFY(scan(set, kLog).isEmpty());
    }

    void stopsWhenAsked()
    {
        PatternSet set;
        QVERIFY(set.compile({{u"E1029"_s}}));
        int calls = 0;
        set.scanLines(kLog, [&](qsizetype, qsizetype, const QList<int> &) { return ++calls < 1; });
        QCOMPARE(calls, 1);
    }

    void longLinesAndManyChunks()
    {
        // 20 MiB: several scan chunks, one line longer than a chunk, matches on both sides of cuts.
        QByteArray data;
        data.reserve(21 * 1024 * 1024);
        qsizetype expectedLines = 0;
        QList<qsizetype> expectedOffsets;
        for (int i = 0; data.size() < 6 * 1024 * 1024; ++i) {
            if (i % 1000 == 7) {
                expectedOffsets.append(data.size());
                data += "E0101 00:00:00.000000 1 x.go:1] code = DeadlineExceeded number " + QByteArray::number(i) + '\n';
            } else {
                data += "I0101 00:00:00.000000 1 x.go:1] all good " + QByteArray::number(i) + '\n';
            }
        }
        expectedOffsets.append(data.size());
        data += QByteArray(9 * 1024 * 1024, 'a') + " code = DeadlineExceeded\n";
        expectedOffsets.append(data.size());
        data += "code = DeadlineExceeded at the end";
        expectedLines = expectedOffsets.size();

        for (auto engine : {PatternSet::Engine::Auto, PatternSet::Engine::QRegularExpressionOnly}) {
            PatternSet set;
            QVERIFY(set.compile({{u"code = DeadlineExceeded"_s}}, nullptr, engine));
            const QList<Hit> hits = scan(set, data);
            QCOMPARE(hits.size(), expectedLines);
            for (qsizetype i = 0; i < hits.size(); ++i)
                QCOMPARE(hits.at(i).offset, expectedOffsets.at(i));
        }
        QCOMPARE(PatternSet::countNewlines(data), qsizetype(data.count('\n')));
    }

    void matchLine()
    {
        PatternSet set;
        QVERIFY(set.compile({{u"nmi"_s}, {u"404"_s}, {u"absent"_s}}));
        QCOMPARE(set.matchLine("nmi response failed with status code: 404\r"), (QList<int>{0, 1}));
        QVERIFY(set.matchLine("").isEmpty());
    }

    void concurrentScansAgree()
    {
        PatternSet set;
        QVERIFY(set.compile({{u"AADSTS\\d+"_s}, {u"deadline"_s}}));
        const QString reference = describe(scan(set, kLog));
        QList<QString> results(4);
        std::vector<std::thread> threads;
        for (int t = 0; t < 4; ++t)
            threads.emplace_back([&, t] {
                for (int i = 0; i < 50; ++i)
                    results[t] = describe(scan(set, kLog));
            });
        for (auto &thread : threads)
            thread.join();
        for (const QString &r : std::as_const(results))
            QCOMPARE(r, reference);
    }
};

QTEST_GUILESS_MAIN(tst_PatternSet)
#include "tst_patternset.moc"
