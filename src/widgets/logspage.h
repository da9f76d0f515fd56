// SPDX-License-Identifier: MIT
#pragma once

#include "core/logsources.h"
#include "models/logmodel.h"

#include <QPointer>
#include <QTemporaryDir>
#include <QWidget>

#include <memory>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QSpinBox;
class QToolButton;

namespace kvd {

class KubeClient;
class KubeLogStream;
class LogView;

// The Logs page: opens log files, folders and zip archives (also by drag and drop; recent files
// remembered), or the provider and driver container logs of a node from the cluster (since,
// previous, follow), merged into one timeline; search, filters, go to line, save.
class LogsPage : public QWidget
{
    Q_OBJECT
public:
    explicit LogsPage(QWidget *parent = nullptr);
    ~LogsPage() override;

    LogModel *model() const { return m_model; }
    LogView *view() const { return m_view; }

    // Opens files, folders or zip archives (replacing what is shown). False with a message when nothing opened.
    bool openPaths(const QStringList &paths);
    // Fetches the node's provider/driver logs (and the app pod's when given) through `client`.
    void showNodeLogs(KubeClient *client, const NodeEntry &node, const QString &appNamespace = {}, const QString &appPod = {});
    QString title() const { return m_title; }
    QString statusText() const;

    void setSearch(const QString &text, bool regex = false, bool caseSensitive = false);
    void setOnlyMatching(bool only);
    void setErrorsOnly(bool errorsOnly);
    void setTimeRange(const QDateTime &from, const QDateTime &to); // invalid = open end
    bool goToLine(qint64 lineNumber);       // 1-based line of the first source, or of the shown rows
    bool saveShownLines(const QString &path, QString *error = nullptr) const;
    static QStringList recentFiles();

public Q_SLOTS:
    void openFilesDialog();
    void openFolderDialog();
    void findNext();
    void findPrevious();
    void focusSearch();
    void goToLineDialog();
    void saveDialog();
    void reload();

Q_SIGNALS:
    void titleChanged(const QString &title);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void applyFilter();
    void updateStatus();
    void updateRecentMenu();
    void addRecent(const QStringList &paths);
    void stopStreams();
    void startStreams();
    void setTitle(const QString &title);

    LogModel *m_model = nullptr;
    LogView *m_view = nullptr;
    QLineEdit *m_search = nullptr;
    QCheckBox *m_regex = nullptr;
    QCheckBox *m_case = nullptr;
    QCheckBox *m_onlyMatching = nullptr;
    QComboBox *m_severity = nullptr;
    QCheckBox *m_timeRange = nullptr;
    QDateTimeEdit *m_from = nullptr;
    QDateTimeEdit *m_to = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_matchLabel = nullptr;
    QToolButton *m_recent = nullptr;
    QWidget *m_clusterBar = nullptr;
    QComboBox *m_since = nullptr;
    QSpinBox *m_customMinutes = nullptr;
    QCheckBox *m_previous = nullptr;
    QCheckBox *m_follow = nullptr;
    QLabel *m_nodeLabel = nullptr;
    QString m_title;
    QString m_error;
    QStringList m_openedPaths;
    std::unique_ptr<QTemporaryDir> m_extractDir;
    // cluster sources
    QPointer<KubeClient> m_client;
    QList<LogSourceSpec> m_specs;
    QList<QPointer<KubeLogStream>> m_streams;
    QString m_node;
};

} // namespace kvd
