// SPDX-License-Identifier: MIT
#pragma once

#include "core/inventory.h"
#include "models/nodemaplayout.h"

#include <QAbstractScrollArea>
#include <QColor>

namespace kvd {

// What the node map, the tree and the details pane have selected: a node, or a pod on it.
struct MapSelection
{
    QString node;
    QString podNamespace; // empty for a node (and for a missing pod)
    QString podName;
    bool isPod() const { return !podName.isEmpty(); }
    bool isEmpty() const { return node.isEmpty(); }
    bool operator==(const MapSelection &) const = default;
};

// The node map: one painted card per node in a grid that reflows with the width, with three
// lanes (application pods, Azure provider, CSI driver) of chips. A chip shows its state by
// colour, glyph and text; an absent driver or provider on a node with application pods is an
// explicit "missing" chip. Only the visible cards are painted, so 5,000 nodes scroll smoothly.
// Keyboard: arrows move between cards, Tab/Shift+Tab between the chips of the current card,
// Enter/Space select; Ctrl+wheel and Ctrl+plus/minus/0 zoom.
class NodeMapView : public QAbstractScrollArea
{
    Q_OBJECT
public:
    explicit NodeMapView(QWidget *parent = nullptr);

    // rows: indexes into inventory.nodes to show, in order (NodeFilter::apply()).
    void setInventory(const Inventory &inventory, const QList<int> &rows);
    int cardCount() const { return int(m_rows.size()); }
    // Findings per node (errors, warnings; core/detector.h findingCountsByNode), shown as a badge
    // with an icon and the number for each severity. Before the first analysis, the inventory's
    // own problem count is shown instead.
    void setFindingCounts(const QHash<QString, int> &errors, const QHash<QString, int> &warnings);
    int errorCount(const QString &node) const { return m_errorCounts.value(node); }
    int warningCount(const QString &node) const { return m_warningCounts.value(node); }

    MapSelection selection() const { return m_selection; }
    void setSelection(const MapSelection &selection); // scrolls to it; no signal
    double zoom() const { return m_layout.zoom(); }
    void setZoom(double zoom);

    // A test-friendly description of the painted model, one line per card (in order):
    // "node | badges | apps: ns/pod [state], ... | provider: pod [state] | driver: [Missing]".
    QStringList cardDescriptions() const;
    // The chip under a viewport point (pods and missing chips); an empty node when none.
    struct ChipInfo
    {
        QString node;
        QString podNamespace;
        QString podName;      // empty for a missing chip and the "+N" chip
        QString lane;         // apps, provider, driver
        QString healthId;     // podHealthId(); "missing"; "more" for the "+N" chip
        QColor fill;
        QString text;         // as painted (glyph and label)
    };
    ChipInfo chipAt(QPoint viewportPoint) const;
    // Where a pod's chip (or, with an empty pod name, the node's card header) is, in viewport
    // coordinates, after scrolling it into view; invalid when not shown.
    QRect visualRect(const MapSelection &selection);
    QColor stateColor(PodHealth health) const; // palette-aware (light/dark)
    QColor chipFill(PodHealth health) const;
    // Longest paint of the cards seen so far (ms), for the benchmark.
    double lastPaintMilliseconds() const { return m_lastPaintMs; }

public Q_SLOTS:
    void zoomIn();
    void zoomOut();
    void resetZoom();

Q_SIGNALS:
    void selectionActivated(const kvd::MapSelection &selection); // by click or keyboard
    void zoomChanged(double zoom);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    bool viewportEvent(QEvent *event) override;
    bool focusNextPrevChild(bool next) override;
    void changeEvent(QEvent *event) override;

private:
    struct Chip
    {
        QRect rect;
        NodeMapLayout::Lane lane;
        int appIndex = -1;   // into NodeEntry::apps; -1 for daemon pods and missing/more chips
        bool missing = false;
        bool more = false;   // "+N" overflow chip
        const KubePod *pod = nullptr;
    };
    QList<Chip> chipsOf(int card, const QRect &cardRect) const;
    const NodeEntry &entry(int card) const { return m_inventory.nodes.at(m_rows.at(card)); }
    QPoint offset() const;
    void updateScrollBars();
    void paintCard(QPainter &painter, int card, const QRect &rect);
    void paintChip(QPainter &painter, const Chip &chip, const NodeEntry &node);
    QStringList badgesOf(const NodeEntry &node) const;
    bool hasFindingBadge(const NodeEntry &node) const;
    QString findingBadgeText(const NodeEntry &node) const;
    QString chipText(const Chip &chip, const NodeEntry &node) const;
    PodHealth chipHealth(const Chip &chip) const;
    int cardOf(const QString &nodeName) const;
    void ensureCardVisible(int card);
    void select(const MapSelection &selection);
    MapSelection selectionForChip(int card, const Chip &chip) const;
    QString tooltipAt(QPoint viewportPoint) const;

    Inventory m_inventory;
    QHash<QString, int> m_errorCounts;
    QHash<QString, int> m_warningCounts;
    QList<int> m_rows;
    NodeMapLayout m_layout;
    MapSelection m_selection;
    int m_current = -1;      // keyboard card
    int m_currentChip = -1;  // chip index within it; -1 the card
    double m_lastPaintMs = 0;
    bool m_dark = false;
};

} // namespace kvd

Q_DECLARE_METATYPE(kvd::MapSelection)
