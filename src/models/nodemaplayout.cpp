// SPDX-License-Identifier: MIT
#include "models/nodemaplayout.h"

#include <algorithm>
#include <cmath>

namespace kvd {

namespace {
// Base metrics at zoom 1 (pixels). A card fits a node name, a row of badges and three lanes.
constexpr int baseMargin = 8;
constexpr int baseSpacing = 8;
constexpr int baseCardWidth = 300;
constexpr int baseHeader = 42;
constexpr int baseLaneHeight = 24;
constexpr int baseLaneGap = 3;
constexpr int baseLaneLabel = 62;
constexpr int baseChipWidth = 70;
constexpr int baseDaemonChipWidth = 230;
constexpr int baseChipGap = 4;
constexpr int basePadding = 6;
} // namespace

int NodeMapLayout::scaled(int base) const
{
    return std::max(1, int(std::lround(base * m_zoom)));
}

void NodeMapLayout::setViewportWidth(int width)
{
    m_viewportWidth = std::max(0, width);
}

void NodeMapLayout::setZoom(double zoom)
{
    m_zoom = std::clamp(zoom, minimumZoom, maximumZoom);
}

int NodeMapLayout::margin() const
{
    return scaled(baseMargin);
}

int NodeMapLayout::spacing() const
{
    return scaled(baseSpacing);
}

QSize NodeMapLayout::cardSize() const
{
    const int height = baseHeader + 3 * baseLaneHeight + 2 * baseLaneGap + basePadding;
    return {scaled(baseCardWidth), scaled(height)};
}

int NodeMapLayout::columns() const
{
    const int available = m_viewportWidth - 2 * margin() + spacing();
    return std::max(1, available / (cardSize().width() + spacing()));
}

int NodeMapLayout::rows(int cardCount) const
{
    if (cardCount <= 0)
        return 0;
    return (cardCount + columns() - 1) / columns();
}

QSize NodeMapLayout::contentSize(int cardCount) const
{
    const int r = rows(cardCount);
    const int cols = std::min(columns(), std::max(1, cardCount));
    const QSize card = cardSize();
    const int width = 2 * margin() + cols * card.width() + (cols - 1) * spacing();
    const int height = r == 0 ? 0 : 2 * margin() + r * card.height() + (r - 1) * spacing();
    return {width, height};
}

QRect NodeMapLayout::cardRect(int index) const
{
    const QSize card = cardSize();
    const int column = index % columns();
    const int row = index / columns();
    return {margin() + column * (card.width() + spacing()), margin() + row * (card.height() + spacing()),
            card.width(), card.height()};
}

int NodeMapLayout::cardAt(QPoint point, int cardCount) const
{
    const QSize card = cardSize();
    const int x = point.x() - margin();
    const int y = point.y() - margin();
    if (x < 0 || y < 0)
        return -1;
    const int column = x / (card.width() + spacing());
    const int row = y / (card.height() + spacing());
    if (column >= columns())
        return -1;
    const int index = row * columns() + column;
    if (index >= cardCount || !cardRect(index).contains(point))
        return -1;
    return index;
}

std::pair<int, int> NodeMapLayout::visibleRange(int y, int height, int cardCount) const
{
    if (cardCount <= 0 || height <= 0)
        return {0, 0};
    const int pitch = cardSize().height() + spacing();
    const int firstRow = std::max(0, (y - margin()) / pitch);
    const int lastRow = std::max(0, (y + height - margin()) / pitch); // inclusive
    const int first = std::min(cardCount, firstRow * columns());
    const int last = std::min(cardCount, (lastRow + 1) * columns());
    return {first, last};
}

int NodeMapLayout::moveIndex(int index, int dx, int dy, int cardCount) const
{
    if (cardCount <= 0)
        return -1;
    if (index < 0)
        return 0;
    int target = index + dx + dy * columns();
    if (dy != 0 && (target < 0 || target >= cardCount))
        target = index; // no row above/below: stay
    return std::clamp(target, 0, cardCount - 1);
}

int NodeMapLayout::headerHeight() const
{
    return scaled(baseHeader);
}

int NodeMapLayout::laneLabelWidth() const
{
    return scaled(baseLaneLabel);
}

QRect NodeMapLayout::laneRect(const QRect &card, Lane lane) const
{
    const int padding = scaled(basePadding);
    const int top = card.top() + headerHeight() + int(lane) * (scaled(baseLaneHeight) + scaled(baseLaneGap));
    return {card.left() + padding, top, card.width() - 2 * padding, scaled(baseLaneHeight)};
}

int NodeMapLayout::appChipCapacity() const
{
    const int width = laneRect(QRect(0, 0, cardSize().width(), cardSize().height()), Lane::Apps).width() - laneLabelWidth();
    return std::max(1, (width + scaled(baseChipGap)) / (scaled(baseChipWidth) + scaled(baseChipGap)));
}

QRect NodeMapLayout::appChipRect(const QRect &card, int slot) const
{
    const QRect lane = laneRect(card, Lane::Apps);
    const int inset = scaled(2);
    const int x = lane.left() + laneLabelWidth() + slot * (scaled(baseChipWidth) + scaled(baseChipGap));
    return {x, lane.top() + inset, scaled(baseChipWidth), lane.height() - 2 * inset};
}

QRect NodeMapLayout::daemonChipRect(const QRect &card, Lane lane) const
{
    const QRect rect = laneRect(card, lane);
    const int inset = scaled(2);
    const int width = std::min(scaled(baseDaemonChipWidth), rect.width() - laneLabelWidth());
    return {rect.left() + laneLabelWidth(), rect.top() + inset, width, rect.height() - 2 * inset};
}

} // namespace kvd
