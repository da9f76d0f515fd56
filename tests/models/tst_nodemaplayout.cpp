// SPDX-License-Identifier: MIT
#include "models/nodemaplayout.h"

#include <QTest>

using namespace kvd;

class TestNodeMapLayout : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void columns_data();
    void columns();
    void cardGeometry();
    void hitTesting();
    void visibleRange();
    void moves();
    void zoom();
    void lanes();
};

void TestNodeMapLayout::columns_data()
{
    QTest::addColumn<int>("width");
    QTest::addColumn<int>("expected");
    // margin 8, card 300, spacing 8: n columns need 16 + 300n + 8(n-1).
    QTest::newRow("0") << 0 << 1;
    QTest::newRow("315") << 315 << 1;
    QTest::newRow("316") << 316 << 1;
    QTest::newRow("623") << 623 << 1;
    QTest::newRow("624") << 624 << 2;
    QTest::newRow("1240") << 1240 << 4;
}

void TestNodeMapLayout::columns()
{
    QFETCH(int, width);
    QFETCH(int, expected);
    NodeMapLayout layout;
    layout.setViewportWidth(width);
    QCOMPARE(layout.columns(), expected);
}

void TestNodeMapLayout::cardGeometry()
{
    NodeMapLayout layout;
    layout.setViewportWidth(1000); // 3 columns
    QCOMPARE(layout.columns(), 3);
    const QSize card = layout.cardSize();
    QCOMPARE(layout.cardRect(0), QRect(8, 8, card.width(), card.height()));
    QCOMPARE(layout.cardRect(4), QRect(8 + 308, 8 + card.height() + 8, card.width(), card.height()));
    QCOMPARE(layout.rows(0), 0);
    QCOMPARE(layout.rows(7), 3);
    QCOMPARE(layout.contentSize(7), QSize(16 + 3 * 300 + 16, 16 + 3 * card.height() + 16));
    QCOMPARE(layout.contentSize(2).width(), 16 + 2 * 300 + 8);
    QCOMPARE(layout.contentSize(0).height(), 0);
}

void TestNodeMapLayout::hitTesting()
{
    NodeMapLayout layout;
    layout.setViewportWidth(1000);
    QCOMPARE(layout.cardAt(QPoint(10, 10), 7), 0);
    QCOMPARE(layout.cardAt(QPoint(4, 10), 7), -1);                      // margin
    QCOMPARE(layout.cardAt(QPoint(8 + 302, 10), 7), -1);                // gap between cards
    QCOMPARE(layout.cardAt(layout.cardRect(5).center(), 7), 5);
    QCOMPARE(layout.cardAt(layout.cardRect(6).center(), 7), 6);
    QCOMPARE(layout.cardAt(layout.cardRect(6).center() + QPoint(308, 0), 7), -1); // past the last card
    QCOMPARE(layout.cardAt(QPoint(5000, 10), 7), -1);
}

void TestNodeMapLayout::visibleRange()
{
    NodeMapLayout layout;
    layout.setViewportWidth(1000);
    const int pitch = layout.cardSize().height() + layout.spacing();
    QCOMPARE(layout.visibleRange(0, 10, 5000), std::make_pair(0, 3));
    QCOMPARE(layout.visibleRange(0, pitch, 5000), std::make_pair(0, 3)); // the second row starts below
    QCOMPARE(layout.visibleRange(0, pitch + 10, 5000), std::make_pair(0, 6));
    QCOMPARE(layout.visibleRange(100 * pitch + 8, pitch - 1, 5000), std::make_pair(300, 303));
    QCOMPARE(layout.visibleRange(0, 100000, 7), std::make_pair(0, 7));
    QCOMPARE(layout.visibleRange(0, 0, 7), std::make_pair(0, 0));
    QCOMPARE(layout.visibleRange(0, 10, 0), std::make_pair(0, 0));
    // Every card reported visible intersects the band, and its neighbours outside do not.
    const auto [first, last] = layout.visibleRange(5000, 700, 5000);
    const QRect band(0, 5000, 1000, 700);
    QVERIFY(layout.cardRect(first).intersects(band));
    QVERIFY(layout.cardRect(last - 1).intersects(band));
    QVERIFY(!layout.cardRect(first - 3).intersects(band));
    QVERIFY(!layout.cardRect(last + 2).intersects(band));
}

void TestNodeMapLayout::moves()
{
    NodeMapLayout layout;
    layout.setViewportWidth(1000); // 3 columns, 7 cards: rows 0-2, 3-5, 6
    QCOMPARE(layout.moveIndex(-1, 1, 0, 7), 0);
    QCOMPARE(layout.moveIndex(0, 1, 0, 7), 1);
    QCOMPARE(layout.moveIndex(0, -1, 0, 7), 0);
    QCOMPARE(layout.moveIndex(2, 1, 0, 7), 3); // wraps to the next row
    QCOMPARE(layout.moveIndex(1, 0, 1, 7), 4);
    QCOMPARE(layout.moveIndex(4, 0, 1, 7), 4); // nothing below
    QCOMPARE(layout.moveIndex(3, 0, 1, 7), 6);
    QCOMPARE(layout.moveIndex(1, 0, -1, 7), 1);
    QCOMPARE(layout.moveIndex(6, 1, 0, 7), 6);
    QCOMPARE(layout.moveIndex(0, 0, 1, 0), -1);
}

void TestNodeMapLayout::zoom()
{
    NodeMapLayout layout;
    layout.setViewportWidth(1300);
    QCOMPARE(layout.columns(), 4);
    layout.setZoom(2.0);
    QCOMPARE(layout.cardSize().width(), 600);
    QCOMPARE(layout.columns(), 2);
    layout.setZoom(10);
    QCOMPARE(layout.zoom(), NodeMapLayout::maximumZoom);
    layout.setZoom(0.1);
    QCOMPARE(layout.zoom(), NodeMapLayout::minimumZoom);
    QCOMPARE(layout.cardSize().width(), 150);
    QCOMPARE(layout.columns(), 8);
}

void TestNodeMapLayout::lanes()
{
    NodeMapLayout layout;
    const QRect card = layout.cardRect(0);
    const QRect apps = layout.laneRect(card, NodeMapLayout::Lane::Apps);
    const QRect provider = layout.laneRect(card, NodeMapLayout::Lane::Provider);
    const QRect driver = layout.laneRect(card, NodeMapLayout::Lane::Driver);
    QVERIFY(apps.top() >= card.top() + layout.headerHeight());
    QVERIFY(apps.bottom() < provider.top());
    QVERIFY(provider.bottom() < driver.top());
    QVERIFY(card.contains(driver));
    const int capacity = layout.appChipCapacity();
    QCOMPARE(capacity, 3);
    QVERIFY(apps.contains(layout.appChipRect(card, capacity - 1)));
    QVERIFY(!apps.contains(layout.appChipRect(card, capacity)));
    QVERIFY(!layout.appChipRect(card, 0).intersects(layout.appChipRect(card, 1)));
    QVERIFY(provider.contains(layout.daemonChipRect(card, NodeMapLayout::Lane::Provider)));
    QVERIFY(driver.contains(layout.daemonChipRect(card, NodeMapLayout::Lane::Driver)));
}

QTEST_GUILESS_MAIN(TestNodeMapLayout)
#include "tst_nodemaplayout.moc"
