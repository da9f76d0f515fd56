// SPDX-License-Identifier: MIT
#include "widgets/nodemappage.h"

#include "kube/clustersession.h"
#include "models/clustertreemodel.h"

#include <QCheckBox>
#include <QAbstractItemView>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QStackedWidget>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace kvd {

namespace {
void fillCombo(QComboBox *combo, const QString &anyText, const QStringList &items)
{
    const QString current = combo->currentIndex() > 0 ? combo->currentText() : QString();
    QStringList existing;
    for (int i = 1; i < combo->count(); ++i)
        existing << combo->itemText(i);
    if (existing == items && combo->count() > 0)
        return;
    const QSignalBlocker blocker(combo);
    combo->clear();
    combo->addItem(anyText);
    combo->addItems(items);
    const int index = current.isEmpty() ? 0 : combo->findText(current);
    if (index < 0) { // keep a choice the cluster lost, so the filter does not change under the user
        combo->addItem(current);
        combo->setCurrentIndex(combo->count() - 1);
    } else {
        combo->setCurrentIndex(index);
    }
}

QComboBox *makeCombo(QWidget *parent, const QString &name, const QString &accessible, const QString &any)
{
    auto *combo = new QComboBox(parent);
    combo->setObjectName(name);
    combo->setAccessibleName(accessible);
    combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    combo->setMinimumContentsLength(8);
    combo->addItem(any);
    // The popup list is a child too; name it for tests and accessibility tools.
    combo->view()->setObjectName(name + QStringLiteral("List"));
    combo->view()->setAccessibleName(accessible);
    return combo;
}
} // namespace

NodeMapPage::NodeMapPage(ClusterSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    auto *bar = new QHBoxLayout;
    m_onlyProblems = new QCheckBox(tr("&Problems only"), this);
    m_onlyProblems->setObjectName(QStringLiteral("onlyProblemsCheck"));
    m_onlyProblems->setAccessibleName(tr("Only nodes with problems"));
    m_onlyApps = new QCheckBox(tr("With &app pods"), this);
    m_onlyApps->setObjectName(QStringLiteral("onlyAppsCheck"));
    m_onlyApps->setAccessibleName(tr("Only nodes with application pods"));
    m_namespace = makeCombo(this, QStringLiteral("namespaceFilter"), tr("Namespace filter"), tr("All namespaces"));
    m_spc = makeCombo(this, QStringLiteral("spcFilter"), tr("SecretProviderClass filter"), tr("All SecretProviderClasses"));
    m_pool = makeCombo(this, QStringLiteral("poolFilter"), tr("Node pool filter"), tr("All node pools"));
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("nodeSearch"));
    m_search->setAccessibleName(tr("Search node and pod names"));
    m_search->setPlaceholderText(tr("Search nodes and pods…"));
    m_search->setClearButtonEnabled(true);
    m_treeToggle = new QToolButton(this);
    m_treeToggle->setObjectName(QStringLiteral("treeToggle"));
    m_treeToggle->setText(tr("Show as &list"));
    m_treeToggle->setAccessibleName(tr("Show the nodes as a list"));
    m_treeToggle->setToolTip(tr("Switch between the node map and an accessible tree of the same nodes"));
    m_treeToggle->setCheckable(true);
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("nodeCountLabel"));
    m_count->setAccessibleName(tr("Nodes shown"));
    auto *zoomOut = new QToolButton(this);
    zoomOut->setObjectName(QStringLiteral("zoomOutButton"));
    zoomOut->setText(QStringLiteral("−"));
    zoomOut->setAccessibleName(tr("Zoom out"));
    zoomOut->setToolTip(tr("Zoom out (Ctrl+-)"));
    auto *zoomIn = new QToolButton(this);
    zoomIn->setObjectName(QStringLiteral("zoomInButton"));
    zoomIn->setText(QStringLiteral("+"));
    zoomIn->setAccessibleName(tr("Zoom in"));
    zoomIn->setToolTip(tr("Zoom in (Ctrl++)"));
    bar->addWidget(m_onlyProblems);
    bar->addWidget(m_onlyApps);
    bar->addWidget(m_namespace);
    bar->addWidget(m_spc);
    bar->addWidget(m_pool);
    bar->addWidget(m_search, 1);
    bar->addWidget(m_count);
    bar->addWidget(zoomOut);
    bar->addWidget(zoomIn);
    bar->addWidget(m_treeToggle);
    layout->addLayout(bar);

    m_stack = new QStackedWidget(this);
    m_stack->setObjectName(QStringLiteral("nodeMapStack"));
    m_map = new NodeMapView(m_stack);
    m_map->setObjectName(QStringLiteral("nodeMap"));
    m_map->setAccessibleName(tr("Node map"));
    m_map->setAccessibleDescription(tr("Arrow keys move between nodes, Tab between the pods of a node, Enter selects."));
    m_tree = new QTreeView(m_stack);
    m_tree->setObjectName(QStringLiteral("clusterTree"));
    m_tree->setAccessibleName(tr("Nodes and their pods"));
    m_model = new ClusterTreeModel(this);
    m_tree->setModel(m_model);
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setSectionResizeMode(QHeaderView::Interactive);
    m_tree->header()->resizeSection(0, 320);
    m_stack->addWidget(m_map);
    m_stack->addWidget(m_tree);
    layout->addWidget(m_stack, 1);

    m_debounce.setSingleShot(true);
    m_debounce.setInterval(300);
    connect(&m_debounce, &QTimer::timeout, this, &NodeMapPage::applyFilter);
    connect(m_onlyProblems, &QCheckBox::toggled, this, &NodeMapPage::scheduleFilter);
    connect(m_onlyApps, &QCheckBox::toggled, this, &NodeMapPage::scheduleFilter);
    connect(m_namespace, &QComboBox::currentIndexChanged, this, &NodeMapPage::scheduleFilter);
    connect(m_spc, &QComboBox::currentIndexChanged, this, &NodeMapPage::scheduleFilter);
    connect(m_pool, &QComboBox::currentIndexChanged, this, &NodeMapPage::scheduleFilter);
    connect(m_search, &QLineEdit::textChanged, this, &NodeMapPage::scheduleFilter);
    connect(m_treeToggle, &QToolButton::toggled, this, &NodeMapPage::setShowTree);
    connect(zoomIn, &QToolButton::clicked, m_map, &NodeMapView::zoomIn);
    connect(zoomOut, &QToolButton::clicked, m_map, &NodeMapView::zoomOut);
    connect(m_map, &NodeMapView::selectionActivated, this, [this](const MapSelection &selection) {
        Q_EMIT selectionActivated(selection);
    });
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &current) {
        if (m_syncing || !current.isValid())
            return;
        const QModelIndex first = current.siblingAtColumn(0);
        MapSelection selection{first.data(ClusterTreeModel::NodeNameRole).toString(),
                               first.data(ClusterTreeModel::PodNamespaceRole).toString(),
                               first.data(ClusterTreeModel::PodNameRole).toString()};
        if (selection.podName.isEmpty())
            selection.podNamespace.clear();
        m_map->setSelection(selection);
        Q_EMIT selectionActivated(selection);
    });
    connect(m_session, &ClusterSession::inventoryChanged, this, [this] {
        updateChoices();
        applyFilter();
    });
    updateChoices();
    applyFilter();
}

bool NodeMapPage::showsTree() const
{
    return m_stack->currentWidget() == m_tree;
}

void NodeMapPage::setShowTree(bool tree)
{
    {
        const QSignalBlocker blocker(m_treeToggle);
        m_treeToggle->setChecked(tree);
    }
    m_stack->setCurrentWidget(tree ? static_cast<QWidget *>(m_tree) : m_map);
    select(m_map->selection());
}

void NodeMapPage::select(const MapSelection &selection)
{
    m_map->setSelection(selection);
    m_syncing = true;
    QModelIndex index = selection.isPod() ? m_model->podIndex(selection.node, selection.podNamespace, selection.podName)
                                          : m_model->nodeIndex(selection.node);
    if (index.isValid()) {
        if (index.parent().isValid())
            m_tree->expand(index.parent());
        m_tree->setCurrentIndex(index);
        m_tree->scrollTo(index);
    }
    m_syncing = false;
}

NodeFilter NodeMapPage::filterFromWidgets() const
{
    NodeFilter filter;
    filter.onlyProblems = m_onlyProblems->isChecked();
    filter.onlyWithApps = m_onlyApps->isChecked();
    filter.namespaceName = m_namespace->currentIndex() > 0 ? m_namespace->currentText() : QString();
    filter.secretProviderClass = m_spc->currentIndex() > 0 ? m_spc->currentText() : QString();
    filter.pool = m_pool->currentIndex() > 0 ? m_pool->currentText() : QString();
    filter.text = m_search->text();
    return filter;
}

void NodeMapPage::scheduleFilter()
{
    m_debounce.start();
}

void NodeMapPage::applyFilter()
{
    m_debounce.stop();
    ++m_applyCount;
    m_filter = filterFromWidgets();
    const Inventory &inventory = m_session->inventory();
    const QList<int> rows = m_filter.apply(inventory);
    m_map->setInventory(inventory, rows);
    m_model->setInventory(inventory, rows);
    m_count->setText(tr("%1 of %n node(s)", nullptr, int(inventory.nodes.size())).arg(rows.size()));
    if (!m_map->selection().isEmpty())
        select(m_map->selection());
}

void NodeMapPage::updateChoices()
{
    const Inventory &inventory = m_session->inventory();
    fillCombo(m_namespace, tr("All namespaces"), NodeFilter::namespacesOf(inventory));
    fillCombo(m_spc, tr("All SecretProviderClasses"), NodeFilter::secretProviderClassesOf(inventory));
    fillCombo(m_pool, tr("All node pools"), NodeFilter::poolsOf(inventory));
}

} // namespace kvd
