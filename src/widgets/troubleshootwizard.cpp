// SPDX-License-Identifier: MIT
#include "widgets/troubleshootwizard.h"

#include "core/logline.h"
#include "core/rulecatalogue.h"
#include "kube/diagnosejob.h"
#include "kube/inventorycollector.h"
#include "kube/kubeclient.h"
#include "models/logarchive.h"
#include "models/statusicons.h"
#include "widgets/exportdialog.h"
#include "widgets/probewizard.h"

#include "ui_troubleshootcheckspage.h"
#include "ui_troubleshootfindingspage.h"
#include "ui_troubleshootnextpage.h"
#include "ui_troubleshootreportpage.h"
#include "ui_troubleshoottargetpage.h"

#include <QAbstractButton>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QJsonArray>
#include <QKeyEvent>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>
#include <functional>

using namespace Qt::StringLiterals;

namespace kvd {

namespace {

// Bytes handed to the detector at once (whole lines), as `kvdoctor-cli analyze` does.
constexpr qint64 kChunkBytes = 32 * 1024 * 1024;

// A page whose behaviour the wizard supplies, so the logic stays in one class.
class TroubleshootPage : public QWizardPage
{
public:
    using QWizardPage::QWizardPage;
    std::function<bool()> complete;
    std::function<bool()> validate;
    std::function<void()> initialize;

    bool isComplete() const override { return complete ? complete() : QWizardPage::isComplete(); }
    bool validatePage() override { return validate ? validate() : true; }
    void initializePage() override
    {
        if (initialize)
            initialize();
    }
    void cleanupPage() override {} // going back keeps what the page shows
    void emitCompleteChanged() { Q_EMIT completeChanged(); }
};

// Escape in the embedded export form would hide the form (QDialog::reject); it closes the
// wizard instead, as everywhere else in the wizard.
class EscapeToWizard : public QObject
{
public:
    EscapeToWizard(QWizard *wizard, QObject *parent) : QObject(parent), m_wizard(wizard) {}
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::KeyPress && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape) {
            m_wizard->reject();
            return true;
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QWizard *m_wizard;
};

QString uiLanguage()
{
    return QLocale().name();
}

QString verdictText(CheckVerdict verdict)
{
    return checkVerdictSymbol(verdict) + u' ' + checkVerdictDisplayName(verdict);
}

QIcon verdictIcon(CheckVerdict verdict)
{
    if (verdict == CheckVerdict::Fail)
        return statusIcon(StatusIcon::Error);
    if (verdict == CheckVerdict::Warning)
        return statusIcon(StatusIcon::Warning);
    return {};
}

const Finding *topFinding(const QList<Finding> &findings)
{
    for (const Finding &f : findings) {
        if (f.severity != FindingSeverity::Info)
            return &f;
    }
    return nullptr;
}

// One file through the detector in chunks of whole lines; false when it could not be read.
bool analyseFile(Detector &detector, const QString &path, const std::atomic_bool &cancel, qint64 *lines, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = u"%1: %2"_s.arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    const LogSourceInfo source{path, {}, {}, {}, QFileInfo(path).lastModified().date().year()};
    qint64 line = 1;
    QByteArray carry;
    while (!file.atEnd() && !cancel.load()) {
        QByteArray chunk = carry + file.read(kChunkBytes);
        if (file.error() != QFileDevice::NoError) {
            *error = u"%1: %2"_s.arg(QDir::toNativeSeparators(path), file.errorString());
            return false;
        }
        if (!file.atEnd()) {
            const qsizetype nl = chunk.lastIndexOf('\n');
            if (nl < 0) { // a line longer than a chunk goes whole
                carry = chunk;
                continue;
            }
            carry = chunk.mid(nl + 1);
            chunk.truncate(nl + 1);
        } else {
            carry.clear();
        }
        line += detector.addLogData(chunk, source, line);
    }
    detector.finishSource(path);
    *lines = line - 1;
    return true;
}

// Lines around an evidence line of a file (offline excerpts).
QList<QPair<qint64, QString>> fileExcerpt(const Evidence &evidence, int before, int after)
{
    QList<QPair<qint64, QString>> out;
    if (evidence.kind != Evidence::Kind::LogLine || evidence.line <= 0)
        return out;
    QFile file(evidence.source);
    if (!file.open(QIODevice::ReadOnly))
        return out;
    qint64 number = 0;
    while (!file.atEnd()) {
        const QByteArray raw = file.readLine();
        ++number;
        if (number > evidence.line + after)
            break;
        if (number >= evidence.line - before) {
            QByteArrayView view(raw);
            while (view.endsWith('\n') || view.endsWith('\r'))
                view.chop(1);
            out.append({number, decodeLogText(view)});
        }
    }
    return out;
}

} // namespace

// ---------------------------------------------------------------------------------------------
// TroubleshootSession

struct TroubleshootSession::OfflineResult
{
    QList<Finding> findings;
    QStringList files;
    QStringList errors;
    QString fatal;
    qint64 lines = 0;
    QList<CollectedSource> collected;
    bool cancelled = false;
};

TroubleshootSession::TroubleshootSession(KubeClient *client, const QString &contextName, QObject *parent)
    : QObject(parent), m_client(client), m_contextName(contextName)
{
    m_target.offline = client == nullptr;
}

TroubleshootSession::~TroubleshootSession()
{
    if (m_collector)
        m_collector->cancel();
    if (m_job)
        m_job->disconnect(this);
    stopOffline();
}

KubeClient *TroubleshootSession::client() const
{
    return m_client.data();
}

void TroubleshootSession::setInventory(const Inventory &inventory)
{
    m_candidateInventory = inventory;
    m_candidates = troubleshootCandidates(inventory);
    m_candidatesError.clear();
    Q_EMIT candidatesChanged();
}

void TroubleshootSession::loadCandidates()
{
    if (m_collector)
        return;
    if (!m_client) {
        m_candidatesError = tr("Not connected to a cluster: only offline analysis is possible.");
        Q_EMIT candidatesChanged();
        return;
    }
    m_candidatesError.clear();
    m_collector = new InventoryCollector(m_client, this);
    connect(m_collector, &InventoryCollector::finished, this, [this] {
        InventoryCollector *collector = std::exchange(m_collector, nullptr);
        collector->deleteLater();
        setInventory(collector->inventory());
    });
    connect(m_collector, &InventoryCollector::failed, this, [this](const KubeError &error) {
        InventoryCollector *collector = std::exchange(m_collector, nullptr);
        collector->deleteLater();
        m_candidatesError = tr("The pods could not be read: %1").arg(error.message);
        Q_EMIT candidatesChanged();
    });
    m_collector->start();
    Q_EMIT candidatesChanged();
}

void TroubleshootSession::setTarget(const TroubleshootTarget &target)
{
    m_target = target;
}

bool TroubleshootSession::needsRun() const
{
    return m_state == State::NotRun || !(m_ranTarget == m_target);
}

void TroubleshootSession::clearResults()
{
    m_examinedNamespace.clear();
    m_examinedPod.clear();
    m_examinedNode.clear();
    m_checks.clear();
    m_findings.clear();
    m_next = {};
    m_inventory.reset();
    m_connectivity = {};
    m_reportBase = {};
    m_bundleLogs.clear();
    m_progressDone = m_progressTotal = 0;
}

void TroubleshootSession::setState(State state, const QString &message)
{
    m_state = state;
    m_stateMessage = message;
    Q_EMIT stateChanged(state);
}

void TroubleshootSession::run()
{
    cancel();
    clearResults();
    m_ranTarget = m_target;
    setState(State::Running, tr("Starting…"));
    Q_EMIT started();
    if (m_target.offline) {
        runOffline();
        return;
    }
    if (!m_job) {
        m_job = new DiagnoseJob(m_client, this);
        connect(m_job, &DiagnoseJob::stageChanged, this, [this](DiagnoseJob::Stage, const QString &description) {
            if (m_state != State::Running)
                return;
            m_stateMessage = description;
            Q_EMIT stageChanged(description);
        });
        connect(m_job, &DiagnoseJob::progress, this, [this](int done, int total, const QString &message) {
            m_progressDone = done;
            m_progressTotal = total;
            Q_EMIT progress(done, total, message);
        });
        connect(m_job, &DiagnoseJob::checkFinished, this, [this](const CheckResult &check) {
            m_checks.append(check);
            Q_EMIT checkFinished(check);
        });
        connect(m_job, &DiagnoseJob::finished, this, &TroubleshootSession::onJobFinished);
        connect(m_job, &DiagnoseJob::failed, this, [this](const QString &message) {
            if (m_state == State::Running)
                setState(State::Failed, message);
        });
    }
    DiagnoseOptions options;
    options.namespaceName = m_target.namespaceName;
    options.pod = m_target.pod;
    options.sinceSeconds = m_target.sinceSeconds;
    m_job->start(options);
}

void TroubleshootSession::cancel()
{
    if (m_state != State::Running)
        return;
    // Cancelled before the job's own "failed" arrives, so the state says what the user did.
    setState(State::Cancelled, tr("Stopped. The checks that finished are kept; run them again for the rest."));
    if (m_job)
        m_job->cancel();
    stopOffline();
}

void TroubleshootSession::onJobFinished()
{
    m_examinedNamespace = m_job->targetNamespace();
    m_examinedPod = m_job->targetPod();
    m_examinedNode = m_job->targetNode();
    m_checks = m_job->checks();
    m_findings = m_job->podFindings();
    m_next = m_job->nextStep();
    m_inventory = m_job->inventory();
    m_reportBase = m_job->reportInput();
    m_bundleLogs.clear();
    const auto logs = m_job->logs();
    for (const auto &log : logs) {
        QString name = log.first;
        name.replace(u'/', u'_');
        m_bundleLogs.append({(m_examinedNode.isEmpty() ? QString() : m_examinedNode + u'/') + name + u".log"_s, {}, log.second});
    }
    // The fresh inventory also refreshes the pods the target page offers, unless the run read
    // only one namespace's pods.
    if (m_ranTarget.namespaceName.isEmpty())
        setInventory(*m_inventory);
    setState(State::Finished, tr("Done."));
}

void TroubleshootSession::stopOffline()
{
    if (!m_thread)
        return;
    m_cancelOffline->store(true);
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    ++m_generation; // its queued result is dropped
}

void TroubleshootSession::runOffline()
{
    m_extractDir = std::make_unique<QTemporaryDir>();
    const QStringList paths = m_target.files;
    const QString extractDir = m_extractDir->isValid() ? m_extractDir->path() : QString();
    auto result = std::make_shared<OfflineResult>();
    m_cancelOffline = std::make_shared<std::atomic_bool>(false);
    const auto cancel = m_cancelOffline;
    const quint64 generation = ++m_generation;
    m_stateMessage = tr("Reading the files…");
    Q_EMIT stageChanged(m_stateMessage);
    m_thread = QThread::create([this, paths, extractDir, result, cancel, generation] {
        const LogFileList list = collectLogFiles(paths, extractDir);
        if (!list.error.isEmpty())
            result->errors.append(list.error);
        Detector detector;
        if (!detector.isValid()) {
            result->fatal = detector.errorString();
            return;
        }
        const int total = int(list.files.size());
        for (int i = 0; i < total; ++i) {
            if (cancel->load()) {
                result->cancelled = true;
                return;
            }
            const QString &path = list.files.at(i);
            // The session outlives the thread (its destructor waits), so posting to it is safe.
            QMetaObject::invokeMethod(
                this, [this, i, total, path, generation] {
                    if (generation != m_generation || m_state != State::Running)
                        return;
                    m_progressDone = i;
                    m_progressTotal = total;
                    Q_EMIT progress(i, total, QDir::toNativeSeparators(path));
                },
                Qt::QueuedConnection);
            qint64 lines = 0;
            QString error;
            if (analyseFile(detector, path, *cancel, &lines, &error)) {
                result->files.append(path);
                result->lines += lines;
                result->collected.append({QDir::toNativeSeparators(path), u"file"_s, lines, QFileInfo(path).size(), {}});
            } else {
                result->errors.append(error);
            }
        }
        result->findings = detector.findings();
    });
    connect(m_thread, &QThread::finished, this, [this, result, generation] { onOfflineFinished(result, generation); });
    m_thread->start();
}

void TroubleshootSession::onOfflineFinished(const std::shared_ptr<OfflineResult> &result, quint64 generation)
{
    if (generation != m_generation)
        return;
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    if (m_state != State::Running || result->cancelled)
        return;
    if (!result->fatal.isEmpty()) {
        setState(State::Failed, tr("The rule catalogue could not be compiled: %1").arg(result->fatal));
        return;
    }
    m_examinedNamespace = m_target.namespaceName;
    m_examinedPod = m_target.pod;
    TroubleshootInput input;
    input.namespaceName = m_examinedNamespace;
    input.pod = m_examinedPod;
    input.findings = result->findings;
    input.logsAnalysed = !result->files.isEmpty();
    input.logsSkippedReason = result->errors.isEmpty() ? tr("No readable log file was given.") : result->errors.join(u"; "_s);
    input.logLines = result->lines;
    m_checks = runTroubleshootChecks(input);
    // Offline every check but the logs needs the cluster: say so instead of "no pod to check".
    for (CheckResult &check : m_checks) {
        if (check.verdict == CheckVerdict::Skipped && check.id != TroubleshootCheckIds::logs)
            check.detail = tr("Needs a cluster connection (offline analysis of files).");
    }
    m_findings = m_examinedPod.isEmpty() ? result->findings : findingsForPod(result->findings, m_examinedNamespace, m_examinedPod, {});
    m_next = recommendNextStep(m_findings, m_checks);
    if (m_next.offerConnectivityTest)
        m_next.reason += u' '
                         + tr("It runs in the customer's cluster: connect to it (or ask the customer to run "
                              "kvdoctor-cli probe) to test.");
    m_reportBase = {};
    m_reportBase.findings = m_findings;
    m_reportBase.collected = result->collected;
    m_reportBase.excerpt = fileExcerpt;
    m_bundleLogs.clear();
    for (int i = 0; i < result->files.size(); ++i)
        m_bundleLogs.append({u"%1-%2"_s.arg(i + 1).arg(QFileInfo(result->files.at(i)).fileName()), result->files.at(i), {}});
    for (const CheckResult &check : std::as_const(m_checks))
        Q_EMIT checkFinished(check);
    setState(State::Finished, tr("Done."));
}

QJsonObject TroubleshootSession::resultJson() const
{
    QJsonArray checks;
    for (const CheckResult &c : m_checks)
        checks.append(c.toJson());
    const Finding *top = topFinding(m_findings);
    return QJsonObject{{u"target"_s, m_examinedPod.isEmpty() ? QString() : m_examinedNamespace + u'/' + m_examinedPod},
                       {u"node"_s, m_examinedNode},
                       {u"checks"_s, checks},
                       {u"topCause"_s, top ? top->cause : QString()},
                       {u"nextStep"_s, QJsonObject{{u"offerConnectivityTest"_s, m_next.offerConnectivityTest},
                                                   {u"reason"_s, m_next.reason},
                                                   {u"cause"_s, m_next.causeId}}}};
}

void TroubleshootSession::setConnectivity(const QJsonObject &report)
{
    m_connectivity = report;
    Q_EMIT connectivityChanged();
}

ReportInput TroubleshootSession::reportInput() const
{
    ReportInput input = m_reportBase;
    if (input.context.isEmpty() && !m_ranTarget.offline)
        input.context = m_contextName;
    if (!m_examinedPod.isEmpty())
        input.title = tr("Troubleshooting %1/%2").arg(m_examinedNamespace, m_examinedPod);
    input.connectivity = m_connectivity;
    // The run itself: what was checked with its verdict, and the next step. The report schema
    // has no section of its own for them yet, so they are listed with what was collected.
    if (m_state != State::Finished && m_state != State::NotRun)
        input.collected.append({tr("Automatic checks"), u"check"_s, 0, 0, m_stateMessage});
    for (const CheckResult &check : m_checks)
        input.collected.append({check.title, u"check"_s, 0, 0, verdictText(check.verdict) + u": "_s + check.detail});
    if (m_state == State::Finished)
        input.collected.append({tr("Next step: connectivity test"), u"next-step"_s, 0, 0,
                                (m_next.offerConnectivityTest ? tr("Offered") : tr("Not offered")) + u": "_s + m_next.reason});
    return input;
}

QList<BundleLog> TroubleshootSession::bundleLogs() const
{
    return m_bundleLogs;
}

// ---------------------------------------------------------------------------------------------
// TroubleshootWizard

TroubleshootWizard::TroubleshootWizard(KubeClient *client, const QString &contextName, QWidget *parent)
    : QWizard(parent)
{
    m_session = new TroubleshootSession(client, contextName, parent ? static_cast<QObject *>(parent) : this);
    setUp();
}

TroubleshootWizard::TroubleshootWizard(TroubleshootSession *session, QWidget *parent) : QWizard(parent), m_session(session)
{
    setUp();
    resume();
}

TroubleshootWizard::~TroubleshootWizard() = default;

TroubleshootWizard *TroubleshootWizard::open(QWidget *parent, TroubleshootSession *session)
{
    if (!session)
        return nullptr;
    auto *wizard = new TroubleshootWizard(session, parent);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    wizard->show();
    wizard->raise();
    wizard->activateWindow();
    return wizard;
}

void TroubleshootWizard::setUp()
{
    setObjectName(u"troubleshootWizard"_s);
    setWindowTitle(tr("Troubleshoot"));
    setOption(QWizard::NoBackButtonOnStartPage);
    setOption(QWizard::HaveHelpButton, false);
    setOption(QWizard::NoCancelButtonOnLastPage);
    resize(1000, 700); // fits a 1366×768 laptop screen
    setUpTargetPage();
    setUpChecksPage();
    setUpFindingsPage();
    setUpNextPage();
    setUpReportPage();
    setButtonText(QWizard::CancelButton, tr("Close"));
    button(QWizard::NextButton)->setAccessibleName(tr("Next step"));
    button(QWizard::BackButton)->setAccessibleName(tr("Previous step"));
    button(QWizard::CancelButton)->setAccessibleName(tr("Close the wizard (the run is kept)"));
    button(QWizard::FinishButton)->setAccessibleName(tr("Close the wizard"));
    connect(this, &QWizard::currentIdChanged, this, [this](int id) {
        if (m_session && id >= 0)
            m_session->setCurrentPage(id);
    });

    TroubleshootSession *s = m_session;
    connect(s, &TroubleshootSession::started, this, [this] {
        m_checksUi->checksTree->clear();
        updateChecksStatus();
    });
    connect(s, &TroubleshootSession::checkFinished, this, &TroubleshootWizard::addCheckRow);
    connect(s, &TroubleshootSession::stageChanged, this, &TroubleshootWizard::updateChecksStatus);
    connect(s, &TroubleshootSession::progress, this, &TroubleshootWizard::updateChecksStatus);
    connect(s, &TroubleshootSession::stateChanged, this, [this] {
        updateChecksStatus();
        // Later pages follow the run when it ends while they are shown (the user skipped ahead).
        if (currentId() == FindingsPageId)
            fillFindingsPage();
        else if (currentId() == NextStepsPageId)
            fillNextPage();
        else if (currentId() == ReportPageId)
            fillReportPage();
    });
    connect(s, &TroubleshootSession::connectivityChanged, this, [this] {
        fillNextPage();
        if (currentId() == ReportPageId)
            fillReportPage();
    });
    connect(s, &TroubleshootSession::candidatesChanged, this, &TroubleshootWizard::fillCandidates);
}

void TroubleshootWizard::resume()
{
    const int page = m_session->currentPage();
    if (page <= TargetPageId)
        return;
    // Exactly the target that ran (not a prefilled pod), so resuming does not run again.
    showTargetOnPage(m_session->target());
    restart();
    // Walking forward rebuilds the history, so Back works after resuming.
    while (currentId() >= 0 && currentId() < page) {
        const int before = currentId();
        next();
        if (currentId() == before)
            break;
    }
}

// --- 1 Target --------------------------------------------------------------------------------

void TroubleshootWizard::setUpTargetPage()
{
    auto *page = new TroubleshootPage;
    m_targetPage = page;
    m_targetUi = std::make_unique<Ui::TroubleshootTargetPage>();
    m_targetUi->setupUi(page);
    Ui::TroubleshootTargetPage *ui = m_targetUi.get();

    ui->contextLabel->setText(m_session->client()
                                  ? tr("Cluster: <b>%1</b>").arg(m_session->contextName().toHtmlEscaped())
                                  : tr("Not connected to a cluster: only offline analysis is possible."));
    ui->clusterRadio->setEnabled(m_session->client() != nullptr);
    const struct
    {
        const char *text;
        qint64 seconds;
    } ranges[] = {{QT_TR_NOOP("15 minutes"), 15 * 60},
                  {QT_TR_NOOP("1 hour"), 3600},
                  {QT_TR_NOOP("6 hours"), 6 * 3600},
                  {QT_TR_NOOP("24 hours"), 24 * 3600},
                  {QT_TR_NOOP("whole log"), 0}};
    for (const auto &r : ranges)
        ui->rangeCombo->addItem(tr(r.text), r.seconds);
    ui->rangeCombo->setCurrentIndex(1);
    ui->candidatesTree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    ui->candidatesTree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);

    connect(ui->candidatesTree, &QTreeWidget::currentItemChanged, this, [ui](QTreeWidgetItem *item) {
        if (!item)
            return;
        ui->namespaceEdit->setText(item->data(0, Qt::UserRole).toString());
        ui->podEdit->setText(item->data(0, Qt::UserRole + 1).toString());
    });
    connect(ui->reloadButton, &QPushButton::clicked, m_session, &TroubleshootSession::loadCandidates);
    connect(ui->clusterRadio, &QRadioButton::toggled, this, &TroubleshootWizard::updateTargetMode);
    connect(ui->offlineRadio, &QRadioButton::toggled, this, &TroubleshootWizard::updateTargetMode);
    connect(ui->addFilesButton, &QPushButton::clicked, this, [this] {
        const QStringList files = QFileDialog::getOpenFileNames(this, tr("Open Log Files"), {},
                                                                tr("Logs and bundles (*.log *.txt *.zip);;All files (*)"));
        for (const QString &f : files)
            m_targetUi->filesList->addItem(QDir::toNativeSeparators(f));
        updateTargetMode();
    });
    connect(ui->addFolderButton, &QPushButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Open a Folder of Logs"));
        if (!dir.isEmpty())
            m_targetUi->filesList->addItem(QDir::toNativeSeparators(dir));
        updateTargetMode();
    });
    connect(ui->removeFileButton, &QPushButton::clicked, this, [this] {
        delete m_targetUi->filesList->currentItem();
        updateTargetMode();
    });

    page->complete = [this] { return targetComplete(); };
    page->validate = [this] {
        m_session->setTarget(targetFromPage());
        return true;
    };
    setPage(TargetPageId, page);

    showTargetOnPage(m_session->target());
    if (m_session->client() && !m_session->hasCandidateInventory() && !m_session->isLoadingCandidates())
        m_session->loadCandidates();
    fillCandidates();
}

void TroubleshootWizard::updateTargetMode()
{
    const bool offline = m_targetUi->offlineRadio->isChecked();
    m_targetUi->clusterPanel->setEnabled(!offline);
    m_targetUi->offlinePanel->setEnabled(offline);
    m_targetUi->removeFileButton->setEnabled(m_targetUi->filesList->count() > 0);
    static_cast<TroubleshootPage *>(m_targetPage)->emitCompleteChanged();
}

bool TroubleshootWizard::targetComplete() const
{
    if (m_targetUi->offlineRadio->isChecked())
        return m_targetUi->filesList->count() > 0;
    return m_session->client() != nullptr;
}

TroubleshootTarget TroubleshootWizard::targetFromPage() const
{
    TroubleshootTarget t;
    t.offline = m_targetUi->offlineRadio->isChecked();
    t.sinceSeconds = m_targetUi->rangeCombo->currentData().toLongLong();
    t.namespaceName = m_targetUi->namespaceEdit->text().trimmed();
    t.pod = m_targetUi->podEdit->text().trimmed();
    if (t.offline) {
        for (int i = 0; i < m_targetUi->filesList->count(); ++i)
            t.files.append(QDir::fromNativeSeparators(m_targetUi->filesList->item(i)->text()));
    }
    return t;
}

void TroubleshootWizard::showTargetOnPage(const TroubleshootTarget &target)
{
    Ui::TroubleshootTargetPage *ui = m_targetUi.get();
    (target.offline || !m_session->client() ? ui->offlineRadio : ui->clusterRadio)->setChecked(true);
    ui->namespaceEdit->setText(target.namespaceName);
    ui->podEdit->setText(target.pod);
    const int range = ui->rangeCombo->findData(target.sinceSeconds);
    if (range >= 0)
        ui->rangeCombo->setCurrentIndex(range);
    ui->filesList->clear();
    for (const QString &f : target.files)
        ui->filesList->addItem(QDir::toNativeSeparators(f));
    updateTargetMode();
}

void TroubleshootWizard::fillCandidates()
{
    Ui::TroubleshootTargetPage *ui = m_targetUi.get();
    const QString ns = ui->namespaceEdit->text().trimmed();
    const QString pod = ui->podEdit->text().trimmed();
    const QSignalBlocker block(ui->candidatesTree);
    ui->candidatesTree->clear();
    const QList<TroubleshootCandidate> candidates = m_session->candidates();
    int failing = 0;
    QTreeWidgetItem *match = nullptr;
    QTreeWidgetItem *firstFailing = nullptr;
    for (const TroubleshootCandidate &c : candidates) {
        auto *item = new QTreeWidgetItem(ui->candidatesTree);
        item->setText(0, c.namespaceName + u'/' + c.pod);
        // Colour is never the only signal: the state says "failing" in words too.
        item->setText(1, c.failing ? u"✗ "_s + tr("failing: %1").arg(c.state) : c.state);
        item->setText(2, c.lastEvent.simplified());
        item->setToolTip(2, c.lastEvent);
        if (c.failing) {
            item->setIcon(0, statusIcon(StatusIcon::Error));
            ++failing;
            if (!firstFailing)
                firstFailing = item;
        }
        item->setData(0, Qt::UserRole, c.namespaceName);
        item->setData(0, Qt::UserRole + 1, c.pod);
        if (!pod.isEmpty() && c.pod == pod && (ns.isEmpty() || ns == c.namespaceName))
            match = item;
    }
    if (match) {
        ui->candidatesTree->setCurrentItem(match);
    } else if (pod.isEmpty() && firstFailing && m_session->state() == TroubleshootSession::State::NotRun
               && (ns.isEmpty() || firstFailing->data(0, Qt::UserRole).toString() == ns)) {
        // The first failing pod is the one the checks examine when no pod is named.
        ui->candidatesTree->setCurrentItem(firstFailing);
        ui->namespaceEdit->setText(firstFailing->data(0, Qt::UserRole).toString());
        ui->podEdit->setText(firstFailing->data(0, Qt::UserRole + 1).toString());
    }
    if (m_session->isLoadingCandidates())
        ui->candidatesStatus->setText(tr("Reading the pods…"));
    else if (!m_session->candidatesError().isEmpty())
        ui->candidatesStatus->setText(m_session->candidatesError());
    else if (!m_session->hasCandidateInventory())
        ui->candidatesStatus->clear();
    else if (candidates.isEmpty())
        ui->candidatesStatus->setText(tr("No pod mounts a secrets-store volume. Type a pod's name, or leave it empty to "
                                         "check the cluster."));
    else
        ui->candidatesStatus->setText(tr("%n pod(s) with a secrets-store volume, %1 failing.", nullptr, int(candidates.size()))
                                          .arg(failing));
    ui->reloadButton->setEnabled(m_session->client() && !m_session->isLoadingCandidates());
}

void TroubleshootWizard::setTarget(const QString &namespaceName, const QString &pod)
{
    m_targetUi->clusterRadio->setChecked(m_session->client() != nullptr);
    m_targetUi->namespaceEdit->setText(namespaceName);
    m_targetUi->podEdit->setText(pod);
    fillCandidates();
    updateTargetMode();
}

void TroubleshootWizard::setOfflineFiles(const QStringList &paths)
{
    m_targetUi->offlineRadio->setChecked(true);
    m_targetUi->filesList->clear();
    for (const QString &p : paths)
        m_targetUi->filesList->addItem(QDir::toNativeSeparators(p));
    updateTargetMode();
}

// --- 2 Automatic checks ----------------------------------------------------------------------

void TroubleshootWizard::setUpChecksPage()
{
    auto *page = new TroubleshootPage;
    m_checksPage = page;
    m_checksUi = std::make_unique<Ui::TroubleshootChecksPage>();
    m_checksUi->setupUi(page);
    m_checksUi->checksTree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_checksUi->checksTree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_checksUi->progressBar->setMaximumWidth(260);
    connect(m_checksUi->cancelButton, &QPushButton::clicked, m_session, &TroubleshootSession::cancel);
    connect(m_checksUi->rerunButton, &QPushButton::clicked, m_session, &TroubleshootSession::run);
    // Skipping ahead while the checks run is allowed: the later pages follow the run.
    page->initialize = [this] { initChecksPage(); };
    setPage(ChecksPageId, page);
}

void TroubleshootWizard::initChecksPage()
{
    const TroubleshootTarget t = m_session->target();
    QString what;
    if (t.offline)
        what = tr("Offline analysis of %n file(s) or folder(s).", nullptr, int(t.files.size()));
    else if (t.pod.isEmpty())
        what = tr("The first failing pod in %1, logs of the last %2.")
                   .arg(t.namespaceName.isEmpty() ? tr("any namespace") : t.namespaceName, m_targetUi->rangeCombo->currentText());
    else
        what = tr("Pod %1/%2, logs of the last %3.").arg(t.namespaceName, t.pod, m_targetUi->rangeCombo->currentText());
    if (t.sinceSeconds == 0 && !t.offline)
        what = t.pod.isEmpty() ? tr("The first failing pod in %1, whole logs.").arg(t.namespaceName.isEmpty() ? tr("any namespace") : t.namespaceName)
                               : tr("Pod %1/%2, whole logs.").arg(t.namespaceName, t.pod);
    m_checksUi->targetLabel->setText(what);
    if (m_session->needsRun()) {
        m_session->run();
    } else {
        m_checksUi->checksTree->clear();
        const QList<CheckResult> checks = m_session->checks();
        for (const CheckResult &c : checks)
            addCheckRow(c);
    }
    updateChecksStatus();
}

void TroubleshootWizard::addCheckRow(const CheckResult &check)
{
    auto *item = new QTreeWidgetItem(m_checksUi->checksTree);
    item->setText(0, verdictText(check.verdict));
    item->setIcon(0, verdictIcon(check.verdict));
    item->setText(1, check.title);
    item->setText(2, check.detail);
    item->setToolTip(2, check.detail);
    item->setData(0, Qt::UserRole, checkVerdictId(check.verdict));
    item->setData(0, Qt::UserRole + 1, check.id);
    m_checksUi->checksTree->scrollToItem(item);
}

void TroubleshootWizard::updateChecksStatus()
{
    Ui::TroubleshootChecksPage *ui = m_checksUi.get();
    const bool running = m_session->isRunning();
    ui->cancelButton->setEnabled(running);
    ui->rerunButton->setEnabled(!running);
    if (running) {
        ui->progressBar->setRange(0, m_session->progressTotal() > 0 ? m_session->progressTotal() : 0);
        if (m_session->progressTotal() > 0)
            ui->progressBar->setValue(m_session->progressDone());
        ui->stageLabel->setText(m_session->stateMessage());
        return;
    }
    ui->progressBar->setRange(0, 1);
    ui->progressBar->setValue(m_session->hasResults() ? 1 : 0);
    if (m_session->state() == TroubleshootSession::State::Finished) {
        int counts[4] = {0, 0, 0, 0};
        const QList<CheckResult> checks = m_session->checks();
        for (const CheckResult &c : checks)
            ++counts[int(c.verdict)];
        ui->stageLabel->setText(tr("%n check(s): %1 failed, %2 with a warning, %3 passed, %4 skipped.", nullptr, int(checks.size()))
                                    .arg(counts[int(CheckVerdict::Fail)])
                                    .arg(counts[int(CheckVerdict::Warning)])
                                    .arg(counts[int(CheckVerdict::Pass)])
                                    .arg(counts[int(CheckVerdict::Skipped)]));
    } else if (m_session->state() == TroubleshootSession::State::NotRun) {
        ui->stageLabel->setText(tr("Not run yet."));
    } else {
        ui->stageLabel->setText(m_session->stateMessage());
    }
}

// --- 3 Findings ------------------------------------------------------------------------------

void TroubleshootWizard::setUpFindingsPage()
{
    auto *page = new TroubleshootPage;
    m_findingsUi = std::make_unique<Ui::TroubleshootFindingsPage>();
    m_findingsUi->setupUi(page);
    Ui::TroubleshootFindingsPage *ui = m_findingsUi.get();
    ui->findingsTree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    ui->findingsTree->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    ui->findingsTree->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    ui->findingsTree->header()->setSectionResizeMode(3, QHeaderView::ResizeToContents);
    ui->findingsSplitter->setStretchFactor(1, 1);
    ui->findingsSplitter->setSizes({110, 260, 200});
    connect(ui->findingsTree, &QTreeWidget::currentItemChanged, this, &TroubleshootWizard::showFindingDetails);
    connect(ui->evidenceList, &QListWidget::itemActivated, this, &TroubleshootWizard::showSelectedEvidence);
    connect(ui->evidenceList, &QListWidget::currentRowChanged, this, [this] {
        const std::optional<Finding> f = currentFinding();
        const int row = m_findingsUi->evidenceList->currentRow();
        m_findingsUi->showInLogsButton->setEnabled(f && row >= 0 && row < f->evidence.size()
                                                   && f->evidence.at(row).kind == Evidence::Kind::LogLine);
    });
    connect(ui->showInLogsButton, &QPushButton::clicked, this, &TroubleshootWizard::showSelectedEvidence);
    page->initialize = [this] { fillFindingsPage(); };
    setPage(FindingsPageId, page);
}

std::optional<Finding> TroubleshootWizard::currentFinding() const
{
    const QTreeWidgetItem *item = m_findingsUi->findingsTree->currentItem();
    const QList<Finding> findings = m_session->findings();
    const int index = item ? item->data(0, Qt::UserRole).toInt() : -1;
    if (index < 0 || index >= findings.size())
        return std::nullopt;
    return findings.at(index);
}

QString TroubleshootWizard::evidenceText(const Evidence &e)
{
    QString where;
    switch (e.kind) {
    case Evidence::Kind::LogLine:
        where = u"%1:%2"_s.arg(QDir::toNativeSeparators(e.source)).arg(e.line);
        break;
    case Evidence::Kind::Event:
        where = tr("event %1/%2").arg(e.namespaceName, e.pod);
        break;
    case Evidence::Kind::ClusterState:
        where = tr("cluster");
        break;
    }
    QString text = e.text.simplified();
    if (text.size() > 300)
        text = text.left(299) + u'…';
    return where + u" — "_s + text;
}

void TroubleshootWizard::showFindingDetails()
{
    Ui::TroubleshootFindingsPage *ui = m_findingsUi.get();
    ui->evidenceList->clear();
    const std::optional<Finding> f = currentFinding();
    if (!f) {
        ui->detailsBrowser->clear();
        ui->showInLogsButton->setEnabled(false);
        return;
    }
    const Rule *rule = RuleCatalogue::builtin().rule(f->cause);
    const QString language = uiLanguage();
    QString html = u"<h3>"_s + (rule ? rule->title.text(language) : f->cause).toHtmlEscaped() + u"</h3>"_s;
    if (rule) {
        html += u"<p>"_s + rule->explanation.text(language).toHtmlEscaped() + u"</p>"_s;
        const QStringList fix = rule->fix.list(language);
        if (!fix.isEmpty()) {
            html += u"<p><b>"_s + tr("What to do:").toHtmlEscaped() + u"</b></p><ol>"_s;
            for (const QString &step : fix)
                html += u"<li>"_s + step.toHtmlEscaped() + u"</li>"_s;
            html += u"</ol>"_s;
        }
        if (!rule->kubectl.isEmpty()) {
            html += u"<p><b>"_s + tr("To confirm:").toHtmlEscaped() + u"</b></p>"_s;
            for (const QString &command : rule->kubectl)
                html += u"<pre>"_s + command.toHtmlEscaped() + u"</pre>"_s;
        }
        for (const QString &url : rule->docs)
            html += u"<p><a href=\""_s + url.toHtmlEscaped() + u"\">"_s + url.toHtmlEscaped() + u"</a></p>"_s;
    }
    if (!f->contextCauses.isEmpty())
        html += u"<p>"_s + tr("Also explains: %1").arg(f->contextCauses.join(u", "_s)).toHtmlEscaped() + u"</p>"_s;
    ui->detailsBrowser->setHtml(html);
    for (const Evidence &e : f->evidence)
        ui->evidenceList->addItem(evidenceText(e));
    ui->evidenceLabel->setText(f->count > f->evidence.size()
                                   ? tr("&Evidence (%1 of %2 occurrences; double-click to show it in the logs):")
                                         .arg(f->evidence.size())
                                         .arg(f->count)
                                   : tr("&Evidence (double-click to show it in the logs):"));
    // The first log line is where "Show in logs" goes.
    int row = 0;
    for (int i = 0; i < f->evidence.size(); ++i) {
        if (f->evidence.at(i).kind == Evidence::Kind::LogLine) {
            row = i;
            break;
        }
    }
    if (ui->evidenceList->count() > 0)
        ui->evidenceList->setCurrentRow(row);
    ui->showInLogsButton->setEnabled(row < f->evidence.size() && f->evidence.at(row).kind == Evidence::Kind::LogLine);
}

void TroubleshootWizard::fillFindingsPage()
{
    const QList<Finding> findings = m_session->findings();
    QTreeWidget *tree = m_findingsUi->findingsTree;
    {
        const QSignalBlocker block(tree);
        tree->clear();
        for (int i = 0; i < findings.size(); ++i) {
            const Finding &f = findings.at(i);
            const Rule *rule = RuleCatalogue::builtin().rule(f.cause);
            auto *item = new QTreeWidgetItem(tree);
            const QString symbol = f.severity == FindingSeverity::Error ? u"✗"_s : f.severity == FindingSeverity::Warning ? u"!"_s : u"i"_s;
            item->setText(0, symbol + u' ' + findingSeverityDisplayName(f.severity));
            if (f.severity == FindingSeverity::Error)
                item->setIcon(0, statusIcon(StatusIcon::Error));
            else if (f.severity == FindingSeverity::Warning)
                item->setIcon(0, statusIcon(StatusIcon::Warning));
            item->setText(1, rule ? rule->title.text(uiLanguage()) : f.cause);
            item->setToolTip(1, f.cause);
            item->setText(2, f.node.isEmpty() ? f.nodes().join(u", "_s) : f.node);
            item->setText(3, QLocale().toString(f.count));
            item->setData(0, Qt::UserRole, i);
        }
    }
    if (tree->topLevelItemCount() > 0)
        tree->setCurrentItem(tree->topLevelItem(0)); // the likely cause
    showFindingDetails();
    m_findingsUi->findingsSplitter->setVisible(!findings.isEmpty());

    QString html;
    const auto state = m_session->state();
    if (state == TroubleshootSession::State::Running) {
        html = tr("The checks are still running; the findings appear here when they finish.");
    } else if (state != TroubleshootSession::State::Finished) {
        html = tr("The checks did not finish (%1). Go back to run them; what is shown may be incomplete.")
                   .arg(m_session->stateMessage().toHtmlEscaped());
    } else if (const Finding *top = topFinding(findings)) {
        const Rule *rule = RuleCatalogue::builtin().rule(top->cause);
        const QString language = uiLanguage();
        html = tr("<b>Likely cause:</b> %1").arg((rule ? rule->title.text(language) : top->cause).toHtmlEscaped());
        if (rule) {
            html += u"<br>"_s + rule->explanation.text(language).toHtmlEscaped();
            const QStringList fix = rule->fix.list(language);
            if (!fix.isEmpty())
                html += u"<br><b>"_s + tr("Fix:").toHtmlEscaped() + u"</b> "_s + fix.constFirst().toHtmlEscaped();
        }
    } else {
        QStringList failed, checked;
        const QList<CheckResult> checks = m_session->checks();
        for (const CheckResult &c : checks) {
            checked.append(QString(checkVerdictSymbol(c.verdict) + u' ' + c.title).toHtmlEscaped());
            if (c.verdict == CheckVerdict::Fail)
                failed.append(c.title.toHtmlEscaped());
        }
        if (failed.isEmpty())
            html = tr("<b>No problem was found.</b> Checked:") + u"<br>"_s + checked.join(u"<br>"_s);
        else
            html = tr("<b>No known cause was recognised</b>, but these checks failed: %1. The connectivity test shows where "
                      "the path to Key Vault breaks.")
                       .arg(failed.join(u", "_s));
    }
    m_findingsUi->headlineLabel->setText(html);
}

void TroubleshootWizard::showSelectedEvidence()
{
    const std::optional<Finding> f = currentFinding();
    if (!f)
        return;
    const int row = m_findingsUi->evidenceList->currentRow();
    if (row < 0 || row >= f->evidence.size())
        return;
    const Evidence &e = f->evidence.at(row);
    Q_EMIT evidenceActivated(e);
    if (e.kind == Evidence::Kind::LogLine)
        Q_EMIT showEvidence(e.source, e.line);
}

// --- 4 Next steps ----------------------------------------------------------------------------

void TroubleshootWizard::setUpNextPage()
{
    auto *page = new TroubleshootPage;
    m_nextUi = std::make_unique<Ui::TroubleshootNextPage>();
    m_nextUi->setupUi(page);
    m_nextUi->testResultsTree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_nextUi->testResultsTree->setColumnWidth(1, 300);
    connect(m_nextUi->runTestButton, &QPushButton::clicked, this, &TroubleshootWizard::runConnectivityTest);
    page->initialize = [this] { fillNextPage(); };
    setPage(NextStepsPageId, page);
}

void TroubleshootWizard::fillNextPage()
{
    Ui::TroubleshootNextPage *ui = m_nextUi.get();
    const NextStep next = m_session->nextStep();
    const bool finished = m_session->hasResults();
    const bool offline = m_session->target().offline;
    if (!finished)
        ui->reasonLabel->setText(tr("The checks did not finish, so kvdoctor cannot say whether the connectivity test would "
                                    "help. Go back to run them, or run the test anyway."));
    else
        ui->reasonLabel->setText((next.offerConnectivityTest ? u"➜ "_s : u"✓ "_s) + next.reason);
    const bool probeOpen = !m_probe.isNull();
    const bool canRun = !offline && m_session->client() && !m_session->examinedPod().isEmpty();
    ui->runTestButton->setEnabled(canRun && !probeOpen);
    ui->runTestButton->setText(!finished || next.offerConnectivityTest ? tr("Run the &connectivity test…")
                                                                       : tr("Run the &connectivity test anyway…"));
    ui->runTestButton->setToolTip(offline ? tr("The connectivity test needs a cluster connection.")
                                  : m_session->examinedPod().isEmpty() ? tr("No pod was examined.")
                                                                        : tr("Creates a short-lived probe pod on node %1 after you agree.")
                                                                              .arg(m_session->examinedNode()));
    ui->testResultsTree->clear();
    const QJsonObject report = m_session->connectivity();
    if (report.isEmpty()) {
        if (probeOpen)
            ui->testStatusLabel->setText(tr("The connectivity test is open in its own window; its results appear here."));
        else if (offline && next.offerConnectivityTest)
            ui->testStatusLabel->setText(tr("The connectivity test needs a cluster connection."));
        else
            ui->testStatusLabel->setText(next.offerConnectivityTest ? tr("Not run yet.") : QString());
        ui->testResultsTree->setVisible(false);
        return;
    }
    const QJsonObject summary = report.value(u"summary"_s).toObject();
    ui->testStatusLabel->setText(tr("<b>Connectivity test:</b> %1").arg(summary.value(u"headline"_s).toString().toHtmlEscaped())
                                 + (report.value(u"canceled"_s).toBool() ? u" "_s + tr("(cancelled)") : QString()));
    ui->testResultsTree->setVisible(true);
    const QJsonArray steps = report.value(u"steps"_s).toArray();
    for (const QJsonValue &v : steps) {
        const QJsonObject step = v.toObject();
        const QJsonObject result = step.value(u"result"_s).toObject();
        const QString id = result.value(u"verdict"_s).toString();
        CheckVerdict cv = CheckVerdict::Skipped;
        if (id == u"pass"_s)
            cv = CheckVerdict::Pass;
        else if (id == u"fail"_s)
            cv = CheckVerdict::Fail;
        else if (id == u"warning"_s)
            cv = CheckVerdict::Warning;
        auto *item = new QTreeWidgetItem(ui->testResultsTree);
        item->setText(0, result.isEmpty() ? tr("– not run") : verdictText(cv));
        item->setIcon(0, verdictIcon(cv));
        item->setText(1, step.value(u"title"_s).toString());
        item->setText(2, result.value(u"actual"_s).toString().simplified());
        item->setToolTip(2, result.value(u"explanation"_s).toString());
    }
}

void TroubleshootWizard::runConnectivityTest()
{
    if (m_probe) {
        m_probe->raise();
        m_probe->activateWindow();
        return;
    }
    if (!m_session->client() || m_session->examinedPod().isEmpty())
        return;
    const std::optional<Inventory> &inventory = m_session->inventory() ? m_session->inventory() : m_session->candidateInventory();
    const QList<AppPodEntry> pods = inventory ? ProbeWizard::candidatePods(*inventory) : QList<AppPodEntry>{};
    // Parented to the main window when there is one, so a test keeps running (and its results
    // reach the session) when this wizard is closed.
    QWidget *owner = parentWidget() ? parentWidget() : this;
    auto *probe = new ProbeWizard(m_session->client(), m_session->contextName(), pods, owner);
    probe->setAttribute(Qt::WA_DeleteOnClose);
    probe->setPollInterval(m_probePollMs);
    probe->selectPod(m_session->examinedNamespace(), m_session->examinedPod());
    connect(probe, &ProbeWizard::probeFinished, m_session, &TroubleshootSession::setConnectivity);
    connect(probe, &QObject::destroyed, this, &TroubleshootWizard::fillNextPage, Qt::QueuedConnection);
    m_probe = probe;
    probe->show();
    probe->raise();
    probe->activateWindow();
    fillNextPage();
}

// --- 5 Report --------------------------------------------------------------------------------

void TroubleshootWizard::setUpReportPage()
{
    auto *page = new TroubleshootPage;
    m_reportUi = std::make_unique<Ui::TroubleshootReportPage>();
    m_reportUi->setupUi(page);
    // The export form itself, embedded: sections, masks, language, format, the redacted
    // preview, Copy summary and Save. Closing is the wizard's job.
    m_export = new ExportDialog(page);
    m_export->setWindowFlags(Qt::Widget);
    m_export->setSizeGripEnabled(false);
    if (auto *close = m_export->findChild<QPushButton *>(u"closeButton"_s))
        close->hide();
    m_export->installEventFilter(new EscapeToWizard(this, m_export));
    m_reportUi->reportLayout->addWidget(m_export);
    page->initialize = [this] { fillReportPage(); };
    setPage(ReportPageId, page);
}

void TroubleshootWizard::fillReportPage()
{
    m_export->setInput(m_session->reportInput(), m_session->bundleLogs());
}

void TroubleshootWizard::done(int result)
{
    if (m_session && currentId() >= 0)
        m_session->setCurrentPage(currentId());
    QWizard::done(result);
}

} // namespace kvd
