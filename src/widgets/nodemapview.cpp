// SPDX-License-Identifier: MIT
#include "widgets/nodemapview.h"

#include "models/statusicons.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QPainter>
#include <QPainterPath>
#include <QScrollBar>
#include <QToolTip>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace kvd {

namespace {
// A glyph per state, so colour is never the only signal.
QString glyphOf(PodHealth health)
{
    switch (health) {
    case PodHealth::Healthy: return QStringLiteral("✓");
    case PodHealth::Pending: return QStringLiteral("◔");
    case PodHealth::NotReady: return QStringLiteral("!");
    case PodHealth::CrashLooping: return QStringLiteral("↻");
    case PodHealth::Failed: return QStringLiteral("✗");
    case PodHealth::Terminating: return QStringLiteral("↓");
    case PodHealth::Missing: return QStringLiteral("✗");
    }
    return {};
}

QString laneId(NodeMapLayout::Lane lane)
{
    switch (lane) {
    case NodeMapLayout::Lane::Apps: return QStringLiteral("apps");
    case NodeMapLayout::Lane::Provider: return QStringLiteral("provider");
    case NodeMapLayout::Lane::Driver: return QStringLiteral("driver");
    }
    return {};
}

bool keepsDaemonSetsAway(const KubeTaint &taint)
{
    return taint.effect == QLatin1String("NoSchedule") || taint.effect == QLatin1String("NoExecute");
}

QString taintText(const KubeTaint &taint)
{
    if (taint.value.isEmpty())
        return taint.key + QLatin1Char(':') + taint.effect;
    return taint.key + QLatin1Char('=') + taint.value + QLatin1Char(':') + taint.effect;
}
} // namespace

NodeMapView::NodeMapView(QWidget *parent)
    : QAbstractScrollArea(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    viewport()->setMouseTracking(true);
    viewport()->setAttribute(Qt::WA_OpaquePaintEvent);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    m_dark = palette().color(QPalette::Window).lightness() < 128;
    qRegisterMetaType<MapSelection>();
}

void NodeMapView::setInventory(const Inventory &inventory, const QList<int> &rows)
{
    const QString currentNode = m_current >= 0 && m_current < m_rows.size() ? entry(m_current).node.name : QString();
    m_inventory = inventory;
    m_rows.clear();
    m_rows.reserve(rows.size());
    for (int row : rows) {
        if (row >= 0 && row < m_inventory.nodes.size())
            m_rows.append(row);
    }
    m_current = currentNode.isEmpty() ? -1 : cardOf(currentNode);
    m_currentChip = -1;
    updateScrollBars();
    viewport()->update();
}

int NodeMapView::cardOf(const QString &nodeName) const
{
    for (int card = 0; card < m_rows.size(); ++card) {
        if (entry(card).node.name == nodeName)
            return card;
    }
    return -1;
}

void NodeMapView::setSelection(const MapSelection &selection)
{
    m_selection = selection;
    const int card = cardOf(selection.node);
    if (card >= 0) {
        m_current = card;
        ensureCardVisible(card);
    }
    viewport()->update();
}

void NodeMapView::select(const MapSelection &selection)
{
    m_selection = selection;
    viewport()->update();
    Q_EMIT selectionActivated(selection);
}

void NodeMapView::setZoom(double zoom)
{
    const double before = m_layout.zoom();
    // Keep the current card in view across the reflow.
    m_layout.setZoom(zoom);
    if (m_layout.zoom() == before)
        return;
    updateScrollBars();
    if (m_current >= 0)
        ensureCardVisible(m_current);
    viewport()->update();
    Q_EMIT zoomChanged(m_layout.zoom());
}

void NodeMapView::zoomIn()
{
    setZoom(m_layout.zoom() * 1.25);
}

void NodeMapView::zoomOut()
{
    setZoom(m_layout.zoom() / 1.25);
}

void NodeMapView::resetZoom()
{
    setZoom(1.0);
}

QPoint NodeMapView::offset() const
{
    return {horizontalScrollBar()->value(), verticalScrollBar()->value()};
}

void NodeMapView::updateScrollBars()
{
    m_layout.setViewportWidth(viewport()->width());
    const QSize content = m_layout.contentSize(int(m_rows.size()));
    const QSize view = viewport()->size();
    verticalScrollBar()->setRange(0, std::max(0, content.height() - view.height()));
    verticalScrollBar()->setPageStep(view.height());
    verticalScrollBar()->setSingleStep(m_layout.cardSize().height() / 4);
    horizontalScrollBar()->setRange(0, std::max(0, content.width() - view.width()));
    horizontalScrollBar()->setPageStep(view.width());
    horizontalScrollBar()->setSingleStep(20);
}

void NodeMapView::ensureCardVisible(int card)
{
    const QRect rect = m_layout.cardRect(card);
    const int top = verticalScrollBar()->value();
    const int height = viewport()->height();
    if (rect.top() - m_layout.margin() < top)
        verticalScrollBar()->setValue(rect.top() - m_layout.margin());
    else if (rect.bottom() + m_layout.margin() > top + height)
        verticalScrollBar()->setValue(rect.bottom() + m_layout.margin() - height);
}

QColor NodeMapView::stateColor(PodHealth health) const
{
    // Darker hues on light backgrounds, lighter ones on dark backgrounds (contrast both ways).
    switch (health) {
    case PodHealth::Healthy: return m_dark ? QColor(0x6a, 0xd3, 0x7a) : QColor(0x1e, 0x7e, 0x34);
    case PodHealth::Pending: return m_dark ? QColor(0xf2, 0xc1, 0x4e) : QColor(0xb2, 0x6b, 0x00);
    case PodHealth::NotReady: return m_dark ? QColor(0xf2, 0xa0, 0x4e) : QColor(0xc0, 0x56, 0x00);
    case PodHealth::CrashLooping: return m_dark ? QColor(0xff, 0x7b, 0x72) : QColor(0xc6, 0x28, 0x28);
    case PodHealth::Failed: return m_dark ? QColor(0xff, 0x7b, 0x72) : QColor(0x9b, 0x1c, 0x1c);
    case PodHealth::Terminating: return m_dark ? QColor(0xa0, 0xa8, 0xb8) : QColor(0x5f, 0x63, 0x68);
    case PodHealth::Missing: return m_dark ? QColor(0xff, 0x5c, 0x5c) : QColor(0xd3, 0x1f, 0x1f);
    }
    return palette().color(QPalette::Text);
}

QColor NodeMapView::chipFill(PodHealth health) const
{
    const QColor base = palette().color(QPalette::Base);
    const QColor state = stateColor(health);
    const double mix = m_dark ? 0.35 : 0.18;
    return QColor::fromRgbF(float(base.redF() * (1 - mix) + state.redF() * mix),
                            float(base.greenF() * (1 - mix) + state.greenF() * mix),
                            float(base.blueF() * (1 - mix) + state.blueF() * mix));
}

QList<NodeMapView::Chip> NodeMapView::chipsOf(int card, const QRect &cardRect) const
{
    const NodeEntry &node = entry(card);
    QList<Chip> chips;
    const int capacity = m_layout.appChipCapacity();
    const int appCount = int(node.apps.size());
    const int shown = appCount > capacity ? capacity - 1 : appCount;
    for (int i = 0; i < shown; ++i) {
        Chip chip{m_layout.appChipRect(cardRect, i), NodeMapLayout::Lane::Apps};
        chip.appIndex = i;
        chip.pod = &node.apps.at(i).pod;
        chips << chip;
    }
    if (appCount > shown) {
        Chip chip{m_layout.appChipRect(cardRect, shown), NodeMapLayout::Lane::Apps};
        chip.more = true;
        chips << chip;
    }
    const auto addDaemon = [&](NodeMapLayout::Lane lane, const std::optional<KubePod> &pod) {
        if (!pod && node.apps.isEmpty())
            return; // nothing needs it here: an empty lane, not a "missing" chip
        Chip chip{m_layout.daemonChipRect(cardRect, lane), lane};
        chip.missing = !pod;
        chip.pod = pod ? &*pod : nullptr;
        chips << chip;
    };
    addDaemon(NodeMapLayout::Lane::Provider, node.provider);
    addDaemon(NodeMapLayout::Lane::Driver, node.driver);
    return chips;
}

PodHealth NodeMapView::chipHealth(const Chip &chip) const
{
    if (chip.missing || !chip.pod)
        return PodHealth::Missing;
    return podHealthOf(*chip.pod);
}

QString NodeMapView::chipText(const Chip &chip, const NodeEntry &node) const
{
    if (chip.more)
        return tr("+%n more", nullptr, int(node.apps.size()) - m_layout.appChipCapacity() + 1);
    if (chip.missing)
        return glyphOf(PodHealth::Missing) + QLatin1Char(' ') + tr("missing");
    const PodHealth health = chipHealth(chip);
    return glyphOf(health) + QLatin1Char(' ') + chip.pod->name;
}

void NodeMapView::setFindingCounts(const QHash<QString, int> &errors, const QHash<QString, int> &warnings)
{
    m_errorCounts = errors;
    m_warningCounts = warnings;
    viewport()->update();
}

bool NodeMapView::hasFindingBadge(const NodeEntry &node) const
{
    return m_errorCounts.value(node.node.name) > 0 || m_warningCounts.value(node.node.name) > 0;
}

QString NodeMapView::findingBadgeText(const NodeEntry &node) const
{
    const int errors = m_errorCounts.value(node.node.name);
    const int warnings = m_warningCounts.value(node.node.name);
    QStringList parts;
    if (errors > 0)
        parts << tr("%n error(s)", nullptr, errors);
    if (warnings > 0)
        parts << tr("%n warning(s)", nullptr, warnings);
    return tr("findings: %1").arg(parts.join(QStringLiteral(", ")));
}

QStringList NodeMapView::badgesOf(const NodeEntry &node) const
{
    QStringList badges;
    if (!node.known)
        badges << tr("not in node list");
    else if (node.node.ready != ConditionStatus::True)
        badges << tr("NotReady");
    if (node.node.unschedulable)
        badges << tr("cordoned");
    if (hasFindingBadge(node))
        badges << findingBadgeText(node);
    else if (node.problemCount > 0)
        badges << tr("%n finding(s)", nullptr, node.problemCount);
    // Taints before OS and pool: when the row is full, what explains a missing pod stays visible.
    for (const KubeTaint &taint : node.node.taints) {
        if (keepsDaemonSetsAway(taint))
            badges << tr("taint %1").arg(taintText(taint));
    }
    badges << (node.isWindows() ? tr("Windows") : tr("Linux"));
    if (!node.node.agentPool.isEmpty())
        badges << tr("pool %1").arg(node.node.agentPool);
    return badges;
}

void NodeMapView::paintEvent(QPaintEvent *)
{
    QElapsedTimer timer;
    timer.start();
    QPainter painter(viewport());
    painter.fillRect(viewport()->rect(), palette().color(QPalette::Window));
    if (m_rows.isEmpty()) {
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(viewport()->rect(), Qt::AlignCenter | Qt::TextWordWrap,
                         m_inventory.nodes.isEmpty() ? tr("No nodes yet.") : tr("No node matches the filters."));
        return;
    }
    painter.setRenderHint(QPainter::Antialiasing);
    const QPoint shift = offset();
    const auto [first, last] = m_layout.visibleRange(shift.y(), viewport()->height(), int(m_rows.size()));
    painter.translate(-shift);
    QFont base = font();
    base.setPointSizeF(std::max(5.0, base.pointSizeF() * 0.9 * m_layout.zoom()));
    painter.setFont(base);
    for (int card = first; card < last; ++card)
        paintCard(painter, card, m_layout.cardRect(card));
    m_lastPaintMs = double(timer.nsecsElapsed()) / 1e6;
}

void NodeMapView::paintCard(QPainter &painter, int card, const QRect &rect)
{
    const NodeEntry &node = entry(card);
    const QPalette &pal = palette();
    const bool selected = !m_selection.isEmpty() && m_selection.node == node.node.name;
    const bool current = card == m_current && hasFocus();
    const double z = m_layout.zoom();

    painter.setPen(QPen(selected && !m_selection.isPod() ? pal.color(QPalette::Highlight) : pal.color(QPalette::Mid),
                        selected && !m_selection.isPod() ? 2.5 : 1));
    painter.setBrush(pal.color(QPalette::Base));
    painter.drawRoundedRect(QRectF(rect).adjusted(0.5, 0.5, -0.5, -0.5), 6 * z, 6 * z);
    if (current && m_currentChip < 0) {
        painter.setPen(QPen(pal.color(QPalette::Highlight), 1, Qt::DashLine));
        painter.setBrush(Qt::NoBrush);
        painter.drawRoundedRect(QRectF(rect).adjusted(3, 3, -3, -3), 5 * z, 5 * z);
    }

    // Header: name, then badges.
    const int pad = int(6 * z);
    const QFont baseFont = painter.font();
    QFont bold = baseFont;
    bold.setBold(true);
    painter.setFont(bold);
    painter.setPen(pal.color(QPalette::Text));
    const QRect nameRect(rect.left() + pad, rect.top() + int(3 * z), rect.width() - 2 * pad, int(18 * z));
    painter.drawText(nameRect, Qt::AlignLeft | Qt::AlignVCenter,
                     painter.fontMetrics().elidedText(node.node.name, Qt::ElideMiddle, nameRect.width()));
    QFont small = baseFont;
    small.setPointSizeF(std::max(4.0, baseFont.pointSizeF() * 0.85));
    painter.setFont(small);
    const QFontMetrics smallMetrics = painter.fontMetrics();
    int x = nameRect.left();
    const int badgeTop = nameRect.bottom() + int(2 * z);
    const int badgeHeight = int(16 * z);
    const bool daemonMissing = !node.apps.isEmpty() && (!node.driver || !node.provider);
    const QStringList badges = badgesOf(node);
    const bool findingBadge = hasFindingBadge(node);
    const QString findingText = findingBadge ? findingBadgeText(node) : QString();
    for (const QString &badge : badges) {
        if (findingBadge && badge == findingText) {
            // Painted compactly as icon + number per severity; the text is the tooltip's and the tree's.
            const int icon = std::max(8, badgeHeight - int(4 * z));
            const int errors = m_errorCounts.value(node.node.name);
            const int warnings = m_warningCounts.value(node.node.name);
            int width = int(4 * z);
            if (errors > 0)
                width += icon + int(2 * z) + smallMetrics.horizontalAdvance(QString::number(errors)) + int(4 * z);
            if (warnings > 0)
                width += icon + int(2 * z) + smallMetrics.horizontalAdvance(QString::number(warnings)) + int(4 * z);
            if (x + width > rect.right() - pad)
                break;
            const QRect badgeRect(x, badgeTop, width, badgeHeight);
            const QColor color = errors > 0 ? stateColor(PodHealth::Failed) : stateColor(PodHealth::Pending);
            painter.setPen(QPen(color, 1));
            painter.setBrush(errors > 0 ? chipFill(PodHealth::Failed) : chipFill(PodHealth::Pending));
            painter.drawRoundedRect(QRectF(badgeRect).adjusted(0.5, 0.5, -0.5, -0.5), 3 * z, 3 * z);
            int bx = x + int(4 * z);
            const auto part = [&](int count, StatusIcon kind) {
                if (count <= 0)
                    return;
                statusIcon(kind).paint(&painter, QRect(bx, badgeTop + (badgeHeight - icon) / 2, icon, icon));
                bx += icon + int(2 * z);
                const QString number = QString::number(count);
                painter.setPen(pal.color(QPalette::Text));
                painter.drawText(QRect(bx, badgeTop, smallMetrics.horizontalAdvance(number) + 1, badgeHeight), Qt::AlignLeft | Qt::AlignVCenter, number);
                bx += smallMetrics.horizontalAdvance(number) + int(4 * z);
            };
            part(errors, StatusIcon::Error);
            part(warnings, StatusIcon::Warning);
            x += width + int(4 * z);
            continue;
        }
        const int width = smallMetrics.horizontalAdvance(badge) + int(8 * z);
        if (x + width > rect.right() - pad) {
            painter.setPen(pal.color(QPalette::PlaceholderText));
            painter.drawText(QRect(x, badgeTop, rect.right() - pad - x, badgeHeight), Qt::AlignLeft | Qt::AlignVCenter,
                             QStringLiteral("…"));
            break;
        }
        const bool alarming = badge == tr("NotReady") || badge == tr("not in node list")
            || (badge.startsWith(tr("taint %1").arg(QString())) && daemonMissing)
            || (node.problemCount > 0 && badge == tr("%n finding(s)", nullptr, node.problemCount));
        const QColor color = alarming ? stateColor(PodHealth::Failed) : pal.color(QPalette::PlaceholderText);
        const QRect badgeRect(x, badgeTop, width, badgeHeight);
        painter.setPen(QPen(color, 1));
        painter.setBrush(alarming ? chipFill(PodHealth::Failed) : pal.color(QPalette::AlternateBase));
        painter.drawRoundedRect(QRectF(badgeRect).adjusted(0.5, 0.5, -0.5, -0.5), 3 * z, 3 * z);
        painter.setPen(alarming ? stateColor(PodHealth::Failed) : pal.color(QPalette::Text));
        painter.drawText(badgeRect, Qt::AlignCenter, badge);
        x += width + int(4 * z);
    }

    // Lanes.
    const QString laneNames[] = {tr("Apps"), tr("Provider"), tr("Driver")};
    for (int lane = 0; lane < 3; ++lane) {
        const QRect laneRect = m_layout.laneRect(rect, NodeMapLayout::Lane(lane));
        painter.setPen(pal.color(QPalette::PlaceholderText));
        painter.drawText(QRect(laneRect.left(), laneRect.top(), m_layout.laneLabelWidth() - int(4 * z), laneRect.height()),
                         Qt::AlignLeft | Qt::AlignVCenter, laneNames[lane]);
    }
    const QList<Chip> chips = chipsOf(card, rect);
    if (node.apps.isEmpty()) {
        const QRect laneRect = m_layout.laneRect(rect, NodeMapLayout::Lane::Apps);
        painter.setPen(pal.color(QPalette::PlaceholderText));
        painter.drawText(laneRect.adjusted(m_layout.laneLabelWidth(), 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter,
                         tr("no application pods"));
    }
    for (NodeMapLayout::Lane lane : {NodeMapLayout::Lane::Provider, NodeMapLayout::Lane::Driver}) {
        const bool hasChip = std::any_of(chips.cbegin(), chips.cend(), [lane](const Chip &c) { return c.lane == lane; });
        if (!hasChip) {
            const QRect laneRect = m_layout.laneRect(rect, lane);
            painter.setPen(pal.color(QPalette::PlaceholderText));
            painter.drawText(laneRect.adjusted(m_layout.laneLabelWidth(), 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter,
                             tr("none (not needed here)"));
        }
    }
    for (int i = 0; i < chips.size(); ++i) {
        paintChip(painter, chips.at(i), node);
        if (current && i == m_currentChip) {
            painter.setPen(QPen(pal.color(QPalette::Highlight), 1.5, Qt::DashLine));
            painter.setBrush(Qt::NoBrush);
            painter.drawRoundedRect(QRectF(chips.at(i).rect).adjusted(-2, -2, 2, 2), 5 * z, 5 * z);
        }
    }
    painter.setFont(baseFont);
}

void NodeMapView::paintChip(QPainter &painter, const Chip &chip, const NodeEntry &node)
{
    const double z = m_layout.zoom();
    const QPalette &pal = palette();
    const PodHealth health = chip.more ? PodHealth::Terminating : chipHealth(chip);
    const QColor color = chip.more ? pal.color(QPalette::Mid) : stateColor(health);
    const bool selected = chip.pod && m_selection.isPod() && m_selection.podName == chip.pod->name
        && m_selection.podNamespace == chip.pod->namespaceName;
    QPen pen(selected ? pal.color(QPalette::Highlight) : color, selected ? 2.5 : 1.2);
    if (chip.missing)
        pen.setStyle(Qt::DashLine);
    painter.setPen(pen);
    painter.setBrush(chip.more ? pal.color(QPalette::AlternateBase) : chipFill(health));
    painter.drawRoundedRect(QRectF(chip.rect).adjusted(0.5, 0.5, -0.5, -0.5), 4 * z, 4 * z);
    painter.setPen(chip.more ? pal.color(QPalette::Text) : (chip.missing ? color : pal.color(QPalette::Text)));
    const QRect textRect = chip.rect.adjusted(int(4 * z), 0, -int(3 * z), 0);
    const QString text = chipText(chip, node);
    if (chip.pod && !chip.more) {
        // Glyph first, always whole; application pods keep their workload name (elided at the
        // end), DaemonSet pods their distinguishing suffix (elided in the middle).
        const QString glyph = glyphOf(health) + QLatin1Char(' ');
        const int glyphWidth = painter.fontMetrics().horizontalAdvance(glyph);
        painter.drawText(textRect, Qt::AlignLeft | Qt::AlignVCenter, glyph);
        const Qt::TextElideMode mode = chip.lane == NodeMapLayout::Lane::Apps ? Qt::ElideRight : Qt::ElideMiddle;
        painter.drawText(textRect.adjusted(glyphWidth, 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter,
                         painter.fontMetrics().elidedText(chip.pod->name, mode, textRect.width() - glyphWidth));
        return;
    }
    painter.drawText(textRect, Qt::AlignLeft | Qt::AlignVCenter,
                     painter.fontMetrics().elidedText(text, Qt::ElideRight, textRect.width()));
}

void NodeMapView::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    updateScrollBars();
}

NodeMapView::ChipInfo NodeMapView::chipAt(QPoint viewportPoint) const
{
    const QPoint point = viewportPoint + offset();
    const int card = m_layout.cardAt(point, int(m_rows.size()));
    if (card < 0)
        return {};
    const NodeEntry &node = entry(card);
    const QList<Chip> chips = chipsOf(card, m_layout.cardRect(card));
    for (const Chip &chip : chips) {
        if (!chip.rect.contains(point))
            continue;
        ChipInfo info;
        info.node = node.node.name;
        info.lane = laneId(chip.lane);
        if (chip.pod) {
            info.podNamespace = chip.pod->namespaceName;
            info.podName = chip.pod->name;
        }
        info.healthId = chip.more ? QStringLiteral("more") : podHealthId(chipHealth(chip));
        info.fill = chip.more ? palette().color(QPalette::AlternateBase) : chipFill(chipHealth(chip));
        info.text = chipText(chip, node);
        return info;
    }
    ChipInfo info;
    info.node = node.node.name;
    return info;
}

QRect NodeMapView::visualRect(const MapSelection &selection)
{
    const int card = cardOf(selection.node);
    if (card < 0)
        return {};
    ensureCardVisible(card);
    const QRect cardRect = m_layout.cardRect(card);
    if (!selection.isPod())
        return QRect(cardRect.topLeft(), QSize(cardRect.width(), m_layout.headerHeight())).translated(-offset());
    const QList<Chip> chips = chipsOf(card, cardRect);
    for (const Chip &chip : chips) {
        if (chip.pod && chip.pod->name == selection.podName && chip.pod->namespaceName == selection.podNamespace)
            return chip.rect.translated(-offset());
    }
    return {};
}

MapSelection NodeMapView::selectionForChip(int card, const Chip &chip) const
{
    MapSelection selection;
    selection.node = entry(card).node.name;
    if (chip.pod) {
        selection.podNamespace = chip.pod->namespaceName;
        selection.podName = chip.pod->name;
    }
    return selection;
}

void NodeMapView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        QAbstractScrollArea::mousePressEvent(event);
        return;
    }
    const QPoint point = event->position().toPoint() + offset();
    const int card = m_layout.cardAt(point, int(m_rows.size()));
    if (card < 0)
        return;
    m_current = card;
    m_currentChip = -1;
    const QList<Chip> chips = chipsOf(card, m_layout.cardRect(card));
    for (int i = 0; i < chips.size(); ++i) {
        if (chips.at(i).rect.contains(point)) {
            m_currentChip = i;
            select(selectionForChip(card, chips.at(i)));
            return;
        }
    }
    select({entry(card).node.name, {}, {}});
}

void NodeMapView::keyPressEvent(QKeyEvent *event)
{
    const int count = int(m_rows.size());
    if (event->matches(QKeySequence::ZoomIn) || ((event->modifiers() & Qt::ControlModifier) && event->key() == Qt::Key_Equal)) {
        zoomIn();
        return;
    }
    if (event->matches(QKeySequence::ZoomOut)) {
        zoomOut();
        return;
    }
    if ((event->modifiers() & Qt::ControlModifier) && event->key() == Qt::Key_0) {
        resetZoom();
        return;
    }
    int dx = 0;
    int dy = 0;
    switch (event->key()) {
    case Qt::Key_Left: dx = -1; break;
    case Qt::Key_Right: dx = 1; break;
    case Qt::Key_Up: dy = -1; break;
    case Qt::Key_Down: dy = 1; break;
    case Qt::Key_PageUp: dy = -std::max(1, viewport()->height() / (m_layout.cardSize().height() + m_layout.spacing())); break;
    case Qt::Key_PageDown: dy = std::max(1, viewport()->height() / (m_layout.cardSize().height() + m_layout.spacing())); break;
    case Qt::Key_Home:
        if (count > 0) {
            m_current = 0;
            m_currentChip = -1;
            ensureCardVisible(0);
            select({entry(0).node.name, {}, {}});
        }
        return;
    case Qt::Key_End:
        if (count > 0) {
            m_current = count - 1;
            m_currentChip = -1;
            ensureCardVisible(m_current);
            select({entry(m_current).node.name, {}, {}});
        }
        return;
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Space:
        if (m_current >= 0 && m_current < count) {
            const QList<Chip> chips = chipsOf(m_current, m_layout.cardRect(m_current));
            if (m_currentChip >= 0 && m_currentChip < chips.size())
                select(selectionForChip(m_current, chips.at(m_currentChip)));
            else
                select({entry(m_current).node.name, {}, {}});
        }
        return;
    default:
        QAbstractScrollArea::keyPressEvent(event);
        return;
    }
    if (event->key() == Qt::Key_PageUp || event->key() == Qt::Key_PageDown) {
        // Clamp to the first/last row rather than staying put.
        int target = m_current < 0 ? 0 : m_current + dy * m_layout.columns();
        target = std::clamp(target, 0, std::max(0, count - 1));
        m_current = count > 0 ? target : -1;
    } else {
        m_current = m_layout.moveIndex(m_current, dx, dy, count);
    }
    m_currentChip = -1;
    if (m_current >= 0) {
        ensureCardVisible(m_current);
        select({entry(m_current).node.name, {}, {}});
    }
}

bool NodeMapView::focusNextPrevChild(bool next)
{
    // Tab walks the chips of the current card, then leaves the view.
    if (m_current >= 0 && m_current < m_rows.size()) {
        const int chipCount = int(chipsOf(m_current, m_layout.cardRect(m_current)).size());
        const int target = m_currentChip + (next ? 1 : -1);
        if (target >= -1 && target < chipCount && !(target == -1 && next)) {
            m_currentChip = target;
            viewport()->update();
            return true;
        }
        m_currentChip = -1;
        viewport()->update();
    }
    return QAbstractScrollArea::focusNextPrevChild(next);
}

void NodeMapView::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        if (event->angleDelta().y() > 0)
            zoomIn();
        else if (event->angleDelta().y() < 0)
            zoomOut();
        event->accept();
        return;
    }
    QAbstractScrollArea::wheelEvent(event);
}

QString NodeMapView::tooltipAt(QPoint viewportPoint) const
{
    const QPoint point = viewportPoint + offset();
    const int card = m_layout.cardAt(point, int(m_rows.size()));
    if (card < 0)
        return {};
    const NodeEntry &node = entry(card);
    const QList<Chip> chips = chipsOf(card, m_layout.cardRect(card));
    for (const Chip &chip : chips) {
        if (!chip.rect.contains(point))
            continue;
        if (chip.more)
            return tr("%n more application pod(s); select the node to see all.", nullptr,
                      int(node.apps.size()) - m_layout.appChipCapacity() + 1);
        if (chip.missing)
            return chip.lane == NodeMapLayout::Lane::Driver
                ? tr("No Secrets Store CSI driver pod runs on %1, but application pods there mount secrets.").arg(node.node.name)
                : tr("No Azure provider pod runs on %1, but application pods there mount secrets.").arg(node.node.name);
        QString text = chip.pod->namespaceName + QLatin1Char('/') + chip.pod->name + QLatin1Char('\n')
            + podHealthDisplayName(chipHealth(chip));
        const QString summary = podStateSummary(*chip.pod);
        if (!summary.isEmpty())
            text += QStringLiteral(" (") + summary + QLatin1Char(')');
        if (chip.appIndex >= 0 && !node.apps.at(chip.appIndex).secretProviderClass.isEmpty())
            text += QLatin1Char('\n') + tr("SecretProviderClass: %1").arg(node.apps.at(chip.appIndex).secretProviderClass);
        return text;
    }
    QString text = node.node.name + QLatin1Char('\n') + badgesOf(node).join(QStringLiteral(", "));
    if (node.node.ready != ConditionStatus::True && !node.node.readyMessage.isEmpty())
        text += QLatin1Char('\n') + node.node.readyMessage;
    return text;
}

bool NodeMapView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QString text = tooltipAt(help->pos());
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, viewport());
        return true;
    }
    return QAbstractScrollArea::viewportEvent(event);
}

void NodeMapView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange) {
        m_dark = palette().color(QPalette::Window).lightness() < 128;
        viewport()->update();
    }
    QAbstractScrollArea::changeEvent(event);
}

QStringList NodeMapView::cardDescriptions() const
{
    QStringList lines;
    lines.reserve(m_rows.size());
    for (int card = 0; card < m_rows.size(); ++card) {
        const NodeEntry &node = entry(card);
        const QList<Chip> chips = chipsOf(card, m_layout.cardRect(card));
        QStringList apps;
        QString provider = tr("none");
        QString driver = tr("none");
        for (const Chip &chip : chips) {
            QString text;
            if (chip.more)
                text = chipText(chip, node);
            else if (chip.missing)
                text = QStringLiteral("[") + podHealthDisplayName(PodHealth::Missing) + QLatin1Char(']');
            else
                text = (chip.lane == NodeMapLayout::Lane::Apps ? chip.pod->namespaceName + QLatin1Char('/') : QString())
                    + chip.pod->name + QStringLiteral(" [") + podHealthDisplayName(chipHealth(chip)) + QLatin1Char(']');
            if (chip.lane == NodeMapLayout::Lane::Apps)
                apps << text;
            else if (chip.lane == NodeMapLayout::Lane::Provider)
                provider = text;
            else
                driver = text;
        }
        lines << QStringList{node.node.name, badgesOf(node).join(QStringLiteral(", ")),
                             QStringLiteral("apps: ") + (apps.isEmpty() ? tr("none") : apps.join(QStringLiteral(", "))),
                             QStringLiteral("provider: ") + provider, QStringLiteral("driver: ") + driver}
                     .join(QStringLiteral(" | "));
    }
    return lines;
}

} // namespace kvd
