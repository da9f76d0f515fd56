// SPDX-License-Identifier: MIT
#include "widgets/findingspanel.h"

#include "models/analysisjob.h"
#include "models/findingsmodel.h"
#include "models/statusicons.h"

#include "ui_findingspanel.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QListWidget>
#include <QTableView>

namespace kvd {

namespace {
constexpr int kEvidenceIndexRole = Qt::UserRole + 1;

void makeHeading(QLabel *label)
{
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
}

QString shellQuote(const QString &value)
{
    QString quoted = value;
    quoted.replace(QLatin1Char('\''), QStringLiteral("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}
} // namespace

FindingsPanel::FindingsPanel(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::FindingsPanel>())
{
    m_ui->setupUi(this);
    m_model = new FindingsModel(this);
    m_ui->findingsTable->setModel(m_model);
    m_ui->findingsTable->verticalHeader()->hide();
    m_ui->findingsTable->horizontalHeader()->setSectionResizeMode(FindingsModel::CauseColumn, QHeaderView::Stretch);
    m_ui->findingsTable->horizontalHeader()->setSectionResizeMode(FindingsModel::WhereColumn, QHeaderView::Interactive);
    m_ui->findingsTable->horizontalHeader()->setStretchLastSection(false);
    m_ui->findingsTable->setColumnWidth(FindingsModel::WhereColumn, 280);
    m_ui->findingsSplitter->setStretchFactor(0, 2);
    m_ui->findingsSplitter->setStretchFactor(1, 3);
    for (QLabel *heading : {m_ui->findingsFixHeading, m_ui->findingsEvidenceHeading, m_ui->findingsDocsHeading, m_ui->findingsKubectlHeading, m_ui->findingsContextHeading})
        makeHeading(heading);
    QFont titleFont = m_ui->findingsTitleLabel->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    m_ui->findingsTitleLabel->setFont(titleFont);
    m_ui->findingsAnalysisProgress->hide();
    m_ui->findingsCancelButton->hide();
    m_ui->findingsCopyKubectlButton->setIcon(QIcon::fromTheme(QStringLiteral("edit-copy")));

    connect(m_ui->findingsTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        updateDetails();
        Q_EMIT currentFindingChanged();
    });
    connect(m_ui->findingsEvidenceList, &QListWidget::itemClicked, this, &FindingsPanel::onEvidenceItem);
    connect(m_ui->findingsEvidenceList, &QListWidget::itemActivated, this, &FindingsPanel::onEvidenceItem);
    connect(m_ui->findingsCopyKubectlButton, &QPushButton::clicked, this, &FindingsPanel::copyKubectlCommand);
    connect(m_ui->findingsKubectlList, &QListWidget::itemDoubleClicked, this, &FindingsPanel::copyKubectlCommand);
    connect(m_ui->findingsCancelButton, &QPushButton::clicked, this, [this] {
        if (m_job)
            m_job->cancel();
    });
    updateDetails();
    updateStatus();
}

FindingsPanel::~FindingsPanel() = default;

QTableView *FindingsPanel::table() const
{
    return m_ui->findingsTable;
}

QListWidget *FindingsPanel::evidenceList() const
{
    return m_ui->findingsEvidenceList;
}

QListWidget *FindingsPanel::kubectlList() const
{
    return m_ui->findingsKubectlList;
}

void FindingsPanel::setAnalysisJob(AnalysisJob *job)
{
    if (m_job)
        disconnect(m_job, nullptr, this, nullptr);
    m_job = job;
    if (!job)
        return;
    connect(job, &AnalysisJob::runningChanged, this, &FindingsPanel::updateStatus);
    connect(job, &AnalysisJob::started, this, [this] { m_failure.clear(); });
    connect(job, &AnalysisJob::progress, this, [this](qint64 done, qint64 total) {
        // Scaled to int: logs can be larger than 2 GiB.
        m_ui->findingsAnalysisProgress->setRange(0, total > 0 ? 1000 : 0);
        m_ui->findingsAnalysisProgress->setValue(total > 0 ? int(done * 1000 / total) : 0);
    });
    connect(job, &AnalysisJob::finished, this, [this](const QList<Finding> &findings) {
        m_analysed = true;
        setFindings(findings);
    });
    connect(job, &AnalysisJob::failed, this, [this](const QString &message) {
        m_failure = message;
        updateStatus();
    });
    connect(job, &AnalysisJob::cancelled, this, &FindingsPanel::updateStatus);
    updateStatus();
}

void FindingsPanel::setFindings(const QList<Finding> &findings)
{
    QString cause, node;
    if (const auto current = currentFinding()) {
        cause = current->cause;
        node = current->node;
    }
    m_analysed = true;
    m_model->setFindings(findings);
    int row = cause.isEmpty() ? -1 : m_model->rowOfCause(cause, node);
    if (row < 0 && m_model->rowCount() > 0)
        row = 0;
    m_ui->findingsTable->resizeColumnToContents(FindingsModel::SeverityColumn);
    m_ui->findingsTable->resizeColumnToContents(FindingsModel::CountColumn);
    m_ui->findingsTable->resizeColumnToContents(FindingsModel::FirstSeenColumn);
    m_ui->findingsTable->resizeColumnToContents(FindingsModel::LastSeenColumn);
    selectRow(row);
    updateDetails();
    updateStatus();
    Q_EMIT countsChanged(errorCount(), warningCount(), m_model->rowCount());
}

void FindingsPanel::setKubectlContext(const QString &context)
{
    m_context = context;
    updateDetails();
}

int FindingsPanel::currentRow() const
{
    const QModelIndex current = m_ui->findingsTable->selectionModel()->currentIndex();
    return current.isValid() ? current.row() : -1;
}

void FindingsPanel::selectRow(int row)
{
    if (row < 0 || row >= m_model->rowCount()) {
        m_ui->findingsTable->selectionModel()->clearCurrentIndex();
        m_ui->findingsTable->clearSelection();
        return;
    }
    m_ui->findingsTable->selectionModel()->setCurrentIndex(m_model->index(row, FindingsModel::CauseColumn),
                                                           QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

std::optional<Finding> FindingsPanel::currentFinding() const
{
    const int row = currentRow();
    if (row < 0 || row >= m_model->rowCount())
        return std::nullopt;
    return m_model->finding(row);
}

int FindingsPanel::errorCount() const
{
    return m_model->count(FindingSeverity::Error);
}

int FindingsPanel::warningCount() const
{
    return m_model->count(FindingSeverity::Warning);
}

QString FindingsPanel::fillCommand(const QString &command, const Finding &finding, const QString &context)
{
    QString ns, pod;
    for (const Evidence &e : finding.evidence) {
        if (!e.pod.isEmpty()) {
            ns = e.namespaceName;
            pod = e.pod;
            break;
        }
    }
    QString node = finding.node;
    if (node.isEmpty() && !finding.nodes().isEmpty())
        node = finding.nodes().first();
    QString out = command;
    if (!ns.isEmpty())
        out.replace(QStringLiteral("<ns>"), ns);
    if (!pod.isEmpty())
        out.replace(QStringLiteral("<pod>"), pod);
    if (!node.isEmpty())
        out.replace(QStringLiteral("<node>"), node);
    if (!context.isEmpty() && out.startsWith(QLatin1String("kubectl ")) && !out.contains(QLatin1String("--context")))
        out.insert(8, QStringLiteral("--context ") + shellQuote(context) + QLatin1Char(' '));
    return out;
}

QString FindingsPanel::evidenceText(const Evidence &evidence)
{
    QString text = evidence.text.simplified();
    if (text.size() > 400)
        text = text.left(400) + QStringLiteral("…");
    switch (evidence.kind) {
    case Evidence::Kind::LogLine:
        return tr("Log · %1:%2 — %3").arg(evidence.source).arg(evidence.line).arg(text);
    case Evidence::Kind::Event: {
        const QString pod = evidence.pod.isEmpty() ? evidence.source : evidence.namespaceName + QLatin1Char('/') + evidence.pod;
        return tr("Event · %1 — %2").arg(pod, text);
    }
    case Evidence::Kind::ClusterState:
        return tr("Cluster · %1").arg(text);
    }
    return text;
}

QStringList FindingsPanel::kubectlCommands() const
{
    const auto finding = currentFinding();
    if (!finding)
        return {};
    QStringList commands;
    if (const Rule *rule = m_model->catalogue().rule(finding->cause)) {
        for (const QString &command : rule->kubectl)
            commands << fillCommand(command, *finding, m_context);
    }
    return commands;
}

void FindingsPanel::copyKubectlCommand()
{
    const QStringList commands = kubectlCommands();
    if (commands.isEmpty())
        return;
    const int row = m_ui->findingsKubectlList->currentRow();
    QGuiApplication::clipboard()->setText(commands.value(row >= 0 ? row : 0));
}

void FindingsPanel::activateEvidence(int index)
{
    const auto finding = currentFinding();
    if (!finding || index < 0 || index >= finding->evidence.size())
        return;
    Q_EMIT evidenceActivated(finding->evidence.at(index));
}

void FindingsPanel::onEvidenceItem(QListWidgetItem *item)
{
    if (item)
        activateEvidence(item->data(kEvidenceIndexRole).toInt());
}

void FindingsPanel::updateStatus()
{
    const bool running = m_job && m_job->isRunning();
    m_ui->findingsAnalysisProgress->setVisible(running);
    m_ui->findingsCancelButton->setVisible(running);
    QString text;
    if (running) {
        text = tr("Analysing…");
    } else if (!m_failure.isEmpty()) {
        text = tr("The analysis could not run: %1").arg(m_failure);
    } else if (!m_analysed) {
        text = tr("Nothing analysed yet: connect to a cluster or open logs.");
    } else if (m_model->rowCount() == 0) {
        text = tr("No known problem found.");
    } else {
        text = tr("%n finding(s):", nullptr, m_model->rowCount()) + QLatin1Char(' ')
            + QStringList{tr("%n error(s)", nullptr, errorCount()), tr("%n warning(s)", nullptr, warningCount()),
                          tr("%n info", nullptr, m_model->count(FindingSeverity::Info))}
                  .join(QStringLiteral(", "));
    }
    m_ui->findingsStatusLabel->setText(text);
}

void FindingsPanel::updateDetails()
{
    const auto finding = currentFinding();
    const bool has = finding.has_value();
    const QList<QWidget *> detailWidgets{m_ui->findingsTitleLabel, m_ui->findingsExplanationLabel, m_ui->findingsFixHeading, m_ui->findingsFixLabel,
                                         m_ui->findingsEvidenceHeading, m_ui->findingsEvidenceList, m_ui->findingsDocsHeading, m_ui->findingsDocsLabel,
                                         m_ui->findingsKubectlHeading, m_ui->findingsKubectlList, m_ui->findingsCopyKubectlButton,
                                         m_ui->findingsContextHeading, m_ui->findingsContextLabel};
    for (QWidget *widget : detailWidgets)
        widget->setVisible(has);
    m_ui->findingsPlaceholderLabel->setVisible(!has);
    m_ui->findingsEvidenceList->clear();
    m_ui->findingsKubectlList->clear();
    if (!has)
        return;
    const Finding &f = *finding;
    const Rule *rule = m_model->catalogue().rule(f.cause);
    const QString language = m_model->language();
    m_ui->findingsTitleLabel->setText(tr("%1: %2").arg(FindingsModel::severityText(f.severity), m_model->causeTitle(f)));
    m_ui->findingsExplanationLabel->setText(rule ? rule->explanation.text(language) : QString());

    const QStringList steps = rule ? rule->fix.list(language) : QStringList();
    QString fix = QStringLiteral("<ol style=\"margin-left: 0px; -qt-list-indent: 1;\">");
    for (const QString &step : steps)
        fix += QStringLiteral("<li>") + step.toHtmlEscaped() + QStringLiteral("</li>");
    fix += QStringLiteral("</ol>");
    m_ui->findingsFixLabel->setText(fix);
    m_ui->findingsFixHeading->setVisible(!steps.isEmpty());
    m_ui->findingsFixLabel->setVisible(!steps.isEmpty());

    m_ui->findingsEvidenceHeading->setText(f.count > f.evidence.size()
                                       ? tr("&Evidence (%1 of %2 occurrences; click to show)").arg(f.evidence.size()).arg(f.count)
                                       : tr("&Evidence (click to show)"));
    for (int i = 0; i < f.evidence.size(); ++i) {
        const Evidence &e = f.evidence.at(i);
        auto *item = new QListWidgetItem(evidenceText(e));
        item->setData(kEvidenceIndexRole, i);
        item->setToolTip(e.text);
        m_ui->findingsEvidenceList->addItem(item);
    }
    if (m_ui->findingsEvidenceList->count() > 0)
        m_ui->findingsEvidenceList->setCurrentRow(0);
    m_ui->findingsEvidenceHeading->setVisible(!f.evidence.isEmpty());
    m_ui->findingsEvidenceList->setVisible(!f.evidence.isEmpty());

    QStringList links;
    if (rule) {
        for (const QString &url : rule->docs)
            links << QStringLiteral("<a href=\"%1\">%2</a>").arg(url.toHtmlEscaped(), url.toHtmlEscaped());
    }
    m_ui->findingsDocsLabel->setText(links.join(QStringLiteral("<br>")));
    m_ui->findingsDocsHeading->setVisible(!links.isEmpty());
    m_ui->findingsDocsLabel->setVisible(!links.isEmpty());

    const QStringList commands = kubectlCommands();
    m_ui->findingsKubectlList->addItems(commands);
    if (!commands.isEmpty())
        m_ui->findingsKubectlList->setCurrentRow(0);
    m_ui->findingsKubectlHeading->setVisible(!commands.isEmpty());
    m_ui->findingsKubectlList->setVisible(!commands.isEmpty());
    m_ui->findingsCopyKubectlButton->setVisible(!commands.isEmpty());

    QStringList context;
    for (const QString &cause : f.contextCauses) {
        const Rule *contextRule = m_model->catalogue().rule(cause);
        const QString title = contextRule ? contextRule->title.text(language) : QString();
        context << (title.isEmpty() ? cause : tr("%1 (%2)").arg(title, cause));
    }
    m_ui->findingsContextLabel->setText(context.join(QLatin1Char('\n')));
    m_ui->findingsContextHeading->setVisible(!context.isEmpty());
    m_ui->findingsContextLabel->setVisible(!context.isEmpty());
}

QString FindingsPanel::detailsText() const
{
    if (!currentFinding())
        return m_ui->findingsPlaceholderLabel->text();
    QStringList parts{m_ui->findingsTitleLabel->text(), m_ui->findingsExplanationLabel->text()};
    const auto finding = currentFinding();
    if (const Rule *rule = m_model->catalogue().rule(finding->cause)) {
        const QStringList steps = rule->fix.list(m_model->language());
        for (int i = 0; i < steps.size(); ++i)
            parts << QStringLiteral("%1. %2").arg(i + 1).arg(steps.at(i));
        parts << rule->docs;
    }
    for (int i = 0; i < m_ui->findingsEvidenceList->count(); ++i)
        parts << m_ui->findingsEvidenceList->item(i)->text();
    parts << kubectlCommands();
    if (!m_ui->findingsContextLabel->text().isEmpty())
        parts << m_ui->findingsContextLabel->text();
    return parts.join(QLatin1Char('\n'));
}

QString FindingsPanel::statusText() const
{
    return m_ui->findingsStatusLabel->text();
}

} // namespace kvd
