// SPDX-License-Identifier: MIT
#pragma once

#include "core/detector.h"

#include <QPointer>
#include <QWidget>

#include <memory>
#include <optional>

class QListWidget;
class QListWidgetItem;
class QTableView;

namespace Ui {
class FindingsPanel;
}

namespace kvd {

class AnalysisJob;
class FindingsModel;

// The Findings tab: the table of findings (severity icon and text, cause, where, count, first and
// last seen) and, below it, the selected finding: explanation, fix steps, evidence (activating one
// asks the window to show the log line or the pod), docs links, kubectl commands that confirm it
// (copied with placeholders filled) and the generic causes it explains.
class FindingsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit FindingsPanel(QWidget *parent = nullptr);
    ~FindingsPanel() override;

    FindingsModel *model() const { return m_model; }
    QTableView *table() const;
    QListWidget *evidenceList() const;
    QListWidget *kubectlList() const;

    // Shows the analysis' state (progress, Cancel) and its findings when it finishes.
    void setAnalysisJob(AnalysisJob *job);
    // Replaces the findings; the selected cause stays selected when it is still there, else the
    // top finding is selected.
    void setFindings(const QList<Finding> &findings);
    // kubectl commands get "--context 'name'" so they run against the cluster analysed.
    void setKubectlContext(const QString &context);

    int currentRow() const;
    void selectRow(int row);
    std::optional<Finding> currentFinding() const;
    // The selected finding's kubectl commands with <ns>, <pod> and <node> filled in.
    QStringList kubectlCommands() const;
    QString statusText() const;
    // The details below the table as plain text (tests, screen readers' summary).
    QString detailsText() const;
    int errorCount() const;
    int warningCount() const;

    // The rule's command with the finding's namespace, pod and node, and --context when set.
    static QString fillCommand(const QString &command, const Finding &finding, const QString &context = {});
    // "Log · ns/pod/container:42 — text", "Event · ns/pod — text", "Cluster · text".
    static QString evidenceText(const Evidence &evidence);

public Q_SLOTS:
    void copyKubectlCommand();
    void activateEvidence(int index); // of the selected finding's evidence

Q_SIGNALS:
    // Asks the window to show it: a log line in the log viewer, an event's pod in the details.
    void evidenceActivated(const kvd::Evidence &evidence);
    void countsChanged(int errors, int warnings, int total);
    void currentFindingChanged();

private:
    void updateDetails();
    void updateStatus();
    void onEvidenceItem(QListWidgetItem *item);

    std::unique_ptr<Ui::FindingsPanel> m_ui;
    FindingsModel *m_model = nullptr;
    QPointer<AnalysisJob> m_job;
    QString m_context;
    bool m_analysed = false;
    QString m_failure;
};

} // namespace kvd
