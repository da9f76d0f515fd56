// SPDX-License-Identifier: MIT
#include "widgets/overviewpage.h"

#include "kube/clustersession.h"
#include "models/findingsmodel.h"
#include "models/statusicons.h"

#include <QApplication>
#include <QClipboard>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace kvd {

namespace {
QLabel *summaryCell(QGridLayout *grid, int row, int column, const QString &title, const QString &objectName)
{
    auto *titleLabel = new QLabel(title);
    QFont font = titleLabel->font();
    font.setBold(true);
    titleLabel->setFont(font);
    auto *value = new QLabel;
    value->setObjectName(objectName);
    value->setAccessibleName(title);
    value->setWordWrap(true);
    value->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    grid->addWidget(titleLabel, row * 2, column);
    grid->addWidget(value, row * 2 + 1, column);
    return value;
}

QString daemonSetText(const Inventory &inventory, bool driver, const QStringList &versions)
{
    QStringList parts;
    parts << (versions.isEmpty() ? OverviewPage::tr("no pods found") : versions.join(QLatin1String(", ")));
    for (const auto &ds : inventory.daemonSets) {
        const QString app = ds.selector.value(QStringLiteral("app"));
        if ((app == QLatin1String("secrets-store-csi-driver")) == driver)
            parts << OverviewPage::tr("%1: %2/%3 ready").arg(ds.name).arg(ds.ready).arg(ds.desired);
    }
    return parts.join(QLatin1Char('\n'));
}
}

OverviewPage::OverviewPage(ClusterSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{
    auto *layout = new QVBoxLayout(this);

    auto *bannerRow = new QHBoxLayout;
    m_banner = new QLabel;
    m_banner->setObjectName(QStringLiteral("connectionBanner"));
    m_banner->setAccessibleName(tr("Connection problem"));
    m_banner->setWordWrap(true);
    m_banner->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_banner->setFrameShape(QFrame::StyledPanel);
    m_banner->setMargin(8);
    m_retryButton = new QPushButton(tr("&Retry"));
    m_retryButton->setObjectName(QStringLiteral("retryButton"));
    m_retryButton->setAccessibleName(tr("Retry connecting"));
    bannerRow->addWidget(m_banner, 1);
    bannerRow->addWidget(m_retryButton, 0, Qt::AlignTop);
    layout->addLayout(bannerRow);

    auto *headerRow = new QHBoxLayout;
    m_header = new QLabel;
    m_header->setObjectName(QStringLiteral("overviewHeader"));
    m_header->setAccessibleName(tr("Cluster"));
    m_header->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont headerFont = m_header->font();
    headerFont.setPointSizeF(headerFont.pointSizeF() * 1.3);
    headerFont.setBold(true);
    m_header->setFont(headerFont);
    m_progress = new QProgressBar;
    m_progress->setObjectName(QStringLiteral("loadingProgress"));
    m_progress->setAccessibleName(tr("Loading"));
    m_progress->setRange(0, 0);
    m_progress->setMaximumWidth(160);
    headerRow->addWidget(m_header, 1);
    headerRow->addWidget(m_progress);
    layout->addLayout(headerRow);

    auto *summary = new QFrame;
    summary->setObjectName(QStringLiteral("summaryStrip"));
    summary->setFrameShape(QFrame::StyledPanel);
    auto *grid = new QGridLayout(summary);
    m_nodes = summaryCell(grid, 0, 0, tr("Nodes"), QStringLiteral("nodesSummary"));
    m_apps = summaryCell(grid, 0, 1, tr("Pods using Key Vault"), QStringLiteral("appsSummary"));
    m_spcs = summaryCell(grid, 0, 2, tr("SecretProviderClasses"), QStringLiteral("spcSummary"));
    m_driver = summaryCell(grid, 1, 0, tr("Secrets Store CSI driver"), QStringLiteral("driverSummary"));
    m_provider = summaryCell(grid, 1, 1, tr("Azure Key Vault provider"), QStringLiteral("providerSummary"));
    m_csiDriver = summaryCell(grid, 1, 2, tr("CSIDriver object"), QStringLiteral("csiDriverSummary"));
    layout->addWidget(summary);

    m_findingsTitle = new QLabel(tr("Top findings"));
    QFont findingsFont = m_findingsTitle->font();
    findingsFont.setBold(true);
    m_findingsTitle->setFont(findingsFont);
    layout->addWidget(m_findingsTitle);
    m_topFindings = new QTreeWidget;
    m_topFindings->setObjectName(QStringLiteral("topFindingsView"));
    m_topFindings->setAccessibleName(tr("Top findings"));
    m_topFindings->setAccessibleDescription(tr("Press Enter or double-click to open the finding in the Findings tab"));
    m_topFindings->setRootIsDecorated(false);
    m_topFindings->setUniformRowHeights(true);
    m_topFindings->setWordWrap(false);
    m_topFindings->setHeaderLabels({tr("Severity"), tr("Finding"), tr("Fix"), tr("Where")});
    m_topFindings->header()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_topFindings->header()->setStretchLastSection(false);
    m_topFindings->setMaximumHeight(m_topFindings->sizeHintForRow(0) > 0 ? m_topFindings->sizeHintForRow(0) * 7 : 160);
    m_findingsTitle->hide();
    m_topFindings->hide();
    layout->addWidget(m_topFindings);
    connect(m_topFindings, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        Q_EMIT findingActivated(item->data(0, Qt::UserRole).toString(), item->data(0, Qt::UserRole + 1).toString());
    });

    auto *problemsTitle = new QLabel(tr("Problems found"));
    QFont titleFont = problemsTitle->font();
    titleFont.setBold(true);
    problemsTitle->setFont(titleFont);
    layout->addWidget(problemsTitle);
    m_problems = new QTreeWidget;
    m_problems->setObjectName(QStringLiteral("problemsView"));
    m_problems->setAccessibleName(tr("Problems found"));
    m_problems->setRootIsDecorated(false);
    m_problems->setAlternatingRowColors(true);
    m_problems->setUniformRowHeights(true);
    m_problems->setWordWrap(false);
    m_problems->setHeaderLabels({tr("Severity"), tr("Problem"), tr("Node"), tr("Pod")});
    m_problems->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_problems->header()->setStretchLastSection(false);
    layout->addWidget(m_problems, 1);

    auto *buttons = new QHBoxLayout;
    m_copyCommands = new QPushButton(tr("Copy as &kubectl commands"));
    m_copyCommands->setObjectName(QStringLiteral("copyKubectlButton"));
    m_copyCommands->setAccessibleName(tr("Copy the reads as kubectl commands"));
    m_copyCommands->setToolTip(tr("Copies the kubectl commands that show the same data kvdoctor read."));
    buttons->addWidget(m_copyCommands);
    buttons->addStretch(1);
    layout->addLayout(buttons);

    connect(m_retryButton, &QPushButton::clicked, this, [this] {
        if (m_session->client())
            m_session->connectTo(m_session->context());
    });
    connect(m_copyCommands, &QPushButton::clicked, this, [this] {
        QGuiApplication::clipboard()->setText(m_session->kubectlCommands().join(QLatin1Char('\n')) + QLatin1Char('\n'));
    });
    connect(m_session, &ClusterSession::stateChanged, this, &OverviewPage::updateState);
    connect(m_session, &ClusterSession::inventoryChanged, this, &OverviewPage::updateInventory);
    updateState();
    updateInventory();
}

QString OverviewPage::bannerText() const
{
    return m_banner->isVisibleTo(this) ? m_banner->text() : QString();
}

QString OverviewPage::summaryText() const
{
    return QStringList{m_nodes->text(), m_apps->text(), m_spcs->text(), m_driver->text(), m_provider->text(), m_csiDriver->text()}
        .join(QLatin1Char('\n'));
}

QStringList OverviewPage::problemRows() const
{
    QStringList rows;
    for (int i = 0; i < m_problems->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = m_problems->topLevelItem(i);
        rows << QStringList{item->text(0), item->text(1), item->text(2), item->text(3)}.join(QLatin1String(" | "));
    }
    return rows;
}

QStringList OverviewPage::topFindingRows() const
{
    QStringList rows;
    for (int i = 0; i < m_topFindings->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = m_topFindings->topLevelItem(i);
        rows << QStringList{item->text(0), item->text(1), item->text(2), item->text(3)}.join(QLatin1String(" | "));
    }
    return rows;
}

void OverviewPage::setTopFindings(const FindingsModel *model)
{
    m_topFindings->clear();
    QList<QTreeWidgetItem *> items;
    for (const Finding &finding : model->findings()) {
        if (finding.severity == FindingSeverity::Info || items.size() >= kTopFindings)
            continue;
        auto *item = new QTreeWidgetItem;
        item->setText(0, FindingsModel::severityText(finding.severity));
        item->setIcon(0, statusIcon(finding.severity == FindingSeverity::Error ? StatusIcon::Error : StatusIcon::Warning));
        item->setData(0, Qt::UserRole, finding.cause);
        item->setData(0, Qt::UserRole + 1, finding.node);
        item->setText(1, model->causeTitle(finding));
        item->setToolTip(1, model->causeTitle(finding));
        const Rule *rule = model->catalogue().rule(finding.cause);
        const QString fix = rule ? rule->fix.list(model->language()).value(0) : QString();
        item->setText(2, fix);
        item->setToolTip(2, fix);
        item->setText(3, FindingsModel::whereText(finding));
        items << item;
    }
    m_topFindings->addTopLevelItems(items);
    m_topFindings->resizeColumnToContents(0);
    m_topFindings->resizeColumnToContents(1);
    m_findingsTitle->setText(items.isEmpty() ? tr("Top findings: no known problem found") : tr("Top findings"));
    m_findingsTitle->setVisible(true);
    m_topFindings->setVisible(!items.isEmpty());
}

void OverviewPage::updateState()
{
    const auto state = m_session->state();
    const ResolvedContext &context = m_session->context();
    QString header = context.context.name;
    if (!m_session->serverVersion().isEmpty())
        header = tr("%1 — Kubernetes %2").arg(context.context.name, m_session->serverVersion());
    m_header->setText(header);
    m_progress->setVisible(state == ClusterSession::State::Connecting || state == ClusterSession::State::Loading);
    m_progress->setFormat(m_session->stateMessage());

    const bool failed = state == ClusterSession::State::Failed;
    const QString message = m_session->stateMessage();
    if (failed) {
        m_banner->setText(tr("Cannot read the cluster %1: %2").arg(context.cluster.server, message));
        m_banner->setStyleSheet(QStringLiteral("QLabel { background: palette(base); border: 2px solid #c0392b; }"));
    } else if (state == ClusterSession::State::Connected && !message.isEmpty()) {
        m_banner->setText(tr("Some data could not be read; what is shown is incomplete:\n%1").arg(message));
        m_banner->setStyleSheet(QStringLiteral("QLabel { background: palette(base); border: 2px solid #d68910; }"));
    }
    const bool showBanner = failed || (state == ClusterSession::State::Connected && !message.isEmpty());
    m_banner->setVisible(showBanner);
    m_retryButton->setVisible(failed);
    m_copyCommands->setEnabled(!m_session->kubectlCommands().isEmpty());
}

void OverviewPage::updateInventory()
{
    const Inventory &inventory = m_session->inventory();
    int notReady = 0;
    int nodesWithApps = 0;
    for (const auto &node : inventory.nodes) {
        notReady += node.known && node.node.ready != ConditionStatus::True ? 1 : 0;
        nodesWithApps += node.apps.isEmpty() ? 0 : 1;
    }
    m_nodes->setText(notReady ? tr("%1 (%2 not ready), %3 with pods using Key Vault").arg(inventory.nodes.size()).arg(notReady).arg(nodesWithApps)
                              : tr("%1, %2 with pods using Key Vault").arg(inventory.nodes.size()).arg(nodesWithApps));
    m_apps->setText(tr("%1, %2 failing to mount").arg(inventory.appPodCount()).arg(inventory.failingAppPodCount()));
    m_spcs->setText(QString::number(inventory.secretProviderClasses.size()));
    m_driver->setText(daemonSetText(inventory, true, inventory.driverVersions));
    m_provider->setText(daemonSetText(inventory, false, inventory.providerVersions));
    m_csiDriver->setText(inventory.csiDriver ? tr("present") : tr("absent"));

    m_problems->setUpdatesEnabled(false);
    m_problems->clear();
    QList<QTreeWidgetItem *> items;
    items.reserve(inventory.problems.size());
    for (const auto &problem : inventory.problems) {
        auto *item = new QTreeWidgetItem;
        const bool error = problem.severity == InventoryProblem::Severity::Error;
        item->setText(0, error ? tr("Error") : problem.severity == InventoryProblem::Severity::Warning ? tr("Warning") : tr("Info"));
        item->setIcon(0, statusIcon(error ? StatusIcon::Error : StatusIcon::Warning));
        item->setText(1, problem.message);
        item->setToolTip(1, problem.message);
        item->setText(2, problem.node);
        item->setText(3, problem.pod.isEmpty() ? QString() : problem.namespaceName + QLatin1Char('/') + problem.pod);
        items.append(item);
    }
    m_problems->addTopLevelItems(items);
    m_problems->resizeColumnToContents(0);
    m_problems->setUpdatesEnabled(true);
}

} // namespace kvd
