// SPDX-License-Identifier: MIT
#pragma once

// Geometry of the node map: cards of one size in a grid that reflows with the viewport width,
// three lanes per card (application pods, provider, driver) and chip slots in them. Pure math,
// so hit testing, painting only what is visible and keyboard moves share it and tests check it.

#include <QRect>
#include <QSize>

#include <utility>

namespace kvd {

class NodeMapLayout
{
public:
    enum class Lane { Apps = 0, Provider = 1, Driver = 2 };

    void setViewportWidth(int width);
    int viewportWidth() const { return m_viewportWidth; }
    // 0.5 .. 2.5; everything, fonts included, scales with it.
    void setZoom(double zoom);
    double zoom() const { return m_zoom; }
    static constexpr double minimumZoom = 0.5;
    static constexpr double maximumZoom = 2.5;

    int margin() const;
    int spacing() const;
    QSize cardSize() const;
    int columns() const;              // at least 1
    int rows(int cardCount) const;
    QSize contentSize(int cardCount) const;
    QRect cardRect(int index) const;  // in content coordinates
    // The card under a content point, or -1 (gaps and past the last card).
    int cardAt(QPoint point, int cardCount) const;
    // [first, last) of the cards that intersect rows y .. y+height in content coordinates.
    std::pair<int, int> visibleRange(int y, int height, int cardCount) const;
    // The card an arrow key moves to (clamped; dx/dy in cards).
    int moveIndex(int index, int dx, int dy, int cardCount) const;

    int headerHeight() const;
    int laneLabelWidth() const;
    QRect laneRect(const QRect &card, Lane lane) const;
    int appChipCapacity() const;      // chips that fit in the apps lane (the last may say "+N")
    QRect appChipRect(const QRect &card, int slot) const;
    QRect daemonChipRect(const QRect &card, Lane lane) const;

private:
    int scaled(int base) const;

    int m_viewportWidth = 800;
    double m_zoom = 1.0;
};

} // namespace kvd
