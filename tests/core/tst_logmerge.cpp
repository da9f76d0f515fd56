// SPDX-License-Identifier: MIT
#include "core/logmerge.h"

#include <QTest>

using namespace kvd;
using namespace Qt::StringLiterals;

class TstLogMerge : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void merge_data();
    void merge();
};

using Times = QList<std::vector<qint64>>;

void TstLogMerge::merge_data()
{
    QTest::addColumn<Times>("times");
    QTest::addColumn<QStringList>("order"); // "source:line"
    QTest::newRow("interleaved") << Times{{10, 30}, {20, 40}} << QStringList{u"0:0"_s, u"1:0"_s, u"0:1"_s, u"1:1"_s};
    QTest::newRow("equal-times-stable") << Times{{10, 10}, {10}} << QStringList{u"0:0"_s, u"0:1"_s, u"1:0"_s};
    QTest::newRow("unstamped-follow-previous") << Times{{10, 0, 0, 50}, {20, 30}}
                                               << QStringList{u"0:0"_s, u"0:1"_s, u"0:2"_s, u"1:0"_s, u"1:1"_s, u"0:3"_s};
    QTest::newRow("leading-unstamped-first") << Times{{5}, {0, 0, 1}} << QStringList{u"1:0"_s, u"1:1"_s, u"1:2"_s, u"0:0"_s};
    QTest::newRow("own-order-kept-when-clock-goes-back") << Times{{30, 10}, {20}} << QStringList{u"1:0"_s, u"0:0"_s, u"0:1"_s};
    QTest::newRow("empty-source") << Times{{}, {1, 2}} << QStringList{u"1:0"_s, u"1:1"_s};
    QTest::newRow("no-sources") << Times{} << QStringList{};
}

void TstLogMerge::merge()
{
    QFETCH(Times, times);
    QFETCH(QStringList, order);
    QStringList got;
    for (const TimelineRef ref : mergeByTime(times))
        got << QStringLiteral("%1:%2").arg(ref.source()).arg(ref.line());
    QCOMPARE(got, order);
}

QTEST_GUILESS_MAIN(TstLogMerge)
#include "tst_logmerge.moc"
