// SPDX-License-Identifier: MIT
#pragma once

#include "models/nodefilter.h"
#include "widgets/nodemapview.h"

#include <QTimer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QStackedWidget;
class QToolButton;
class QTreeView;

namespace kvd {

class ClusterSession;
class ClusterTreeModel;

// The "Node map" tab: filters (debounced), the painted node map and, one toggle away, the same
// nodes as an accessible tree.
class NodeMapPage : public QWidget
{
    Q_OBJECT
public:
    explicit NodeMapPage(ClusterSession *session, QWidget *parent = nullptr);

    NodeMapView *mapView() const { return m_map; }
    QTreeView *treeView() const { return m_tree; }
    ClusterTreeModel *treeModel() const { return m_model; }
    NodeFilter filter() const { return m_filter; }
    bool showsTree() const;
    void setShowTree(bool tree);
    // How many times the filtered views were rebuilt (tests check the debounce with it).
    int applyCount() const { return m_applyCount; }

public Q_SLOTS:
    void select(const kvd::MapSelection &selection); // from outside: no signal back

Q_SIGNALS:
    void selectionActivated(const kvd::MapSelection &selection);

private:
    void scheduleFilter();
    void applyFilter();
    void updateChoices();
    NodeFilter filterFromWidgets() const;

    ClusterSession *m_session;
    NodeFilter m_filter;
    QTimer m_debounce;
    QCheckBox *m_onlyProblems = nullptr;
    QCheckBox *m_onlyApps = nullptr;
    QComboBox *m_namespace = nullptr;
    QComboBox *m_spc = nullptr;
    QComboBox *m_pool = nullptr;
    QLineEdit *m_search = nullptr;
    QToolButton *m_treeToggle = nullptr;
    QLabel *m_count = nullptr;
    QStackedWidget *m_stack = nullptr;
    NodeMapView *m_map = nullptr;
    QTreeView *m_tree = nullptr;
    ClusterTreeModel *m_model = nullptr;
    int m_applyCount = 0;
    bool m_syncing = false;
};

} // namespace kvd
