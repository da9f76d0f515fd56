// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;
class QTreeWidget;

namespace kvd {

class ClusterSession;
class FindingsModel;

// The page shown while connected: a banner when the connection or credentials fail (with the
// reason and Retry), the summary strip (versions, DaemonSet readiness, CSIDriver,
// SecretProviderClasses, failing application pods) and the problems the inventory found.
class OverviewPage : public QWidget
{
    Q_OBJECT
public:
    explicit OverviewPage(ClusterSession *session, QWidget *parent = nullptr);

    // Texts as shown, for tests and the screenshot tool.
    QString bannerText() const;
    QString summaryText() const;
    QStringList problemRows() const;
    QStringList topFindingRows() const; // "Severity | title | one-line fix | where"

    // Shows the first findings (errors and warnings, in the model's order) with their one-line fix.
    void setTopFindings(const FindingsModel *model);
    static constexpr int kTopFindings = 5;

Q_SIGNALS:
    void findingActivated(const QString &cause, const QString &node); // a top finding was opened

private:
    void updateState();
    void updateInventory();

    ClusterSession *m_session;
    QLabel *m_banner = nullptr;
    QPushButton *m_retryButton = nullptr;
    QLabel *m_header = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_nodes = nullptr;
    QLabel *m_apps = nullptr;
    QLabel *m_driver = nullptr;
    QLabel *m_provider = nullptr;
    QLabel *m_csiDriver = nullptr;
    QLabel *m_spcs = nullptr;
    QTreeWidget *m_problems = nullptr;
    QLabel *m_findingsTitle = nullptr;
    QTreeWidget *m_topFindings = nullptr;
    QPushButton *m_copyCommands = nullptr;
};

} // namespace kvd
