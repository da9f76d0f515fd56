// SPDX-License-Identifier: MIT
// The Troubleshoot wizard walked with real widgets (Next clicked) against the simulated AKS
// cluster: per scenario the checks' verdicts equal DiagnoseJob's (the job kvdoctor-cli diagnose
// drives), the top finding, whether the connectivity test is offered, and the report carries
// them; healthy says no problem was found and what was checked; back, re-run, cancel, skipping
// ahead, resuming after closing, "Show in logs", offline files and the inline connectivity test.
#include "core/kubeconfig.h"
#include "../scenarioexpectations.h"
#include "core/rulecatalogue.h"
#include "kube/diagnosejob.h"
#include "kube/kubeclient.h"
#include "sim/simulatedcluster.h"
#include "widgets/exportdialog.h"
#include "widgets/probewizard.h"
#include "widgets/troubleshootwizard.h"
#include "widgettestutils.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include <algorithm>

using namespace kvd;
using namespace Qt::StringLiterals;

namespace {

constexpr int kTimeout = 30000;

ResolvedContext simContext(const sim::SimulatedCluster &cluster)
{
    const Kubeconfig config = Kubeconfig::fromData(cluster.kubeconfigYaml(), u"sim.yaml"_s);
    QString error;
    const auto resolved = config.resolve(u"kvdoctor-sim"_s, &error);
    if (!resolved)
        qFatal("cannot resolve the simulator's context: %s", qPrintable(error));
    return *resolved;
}

QString verdictOf(const QList<CheckResult> &checks, const QString &id)
{
    for (const CheckResult &c : checks) {
        if (c.id == id)
            return checkVerdictId(c.verdict);
    }
    return u"absent"_s;
}

struct Fixture
{
    sim::SimulatedCluster cluster;
    std::unique_ptr<KubeClient> client;
    std::unique_ptr<TroubleshootSession> session;
    std::unique_ptr<TroubleshootWizard> wizard;

    bool start(const QString &scenario)
    {
        QString error;
        if (!cluster.start({scenario, 0, 0, 0}, &error)) {
            qWarning() << error;
            return false;
        }
        client = std::make_unique<KubeClient>(simContext(cluster));
        session = std::make_unique<TroubleshootSession>(client.get(), u"kvdoctor-sim"_s);
        openWizard();
        // The target page reads the pods to offer by itself.
        return QTest::qWaitFor([this] { return !session->isLoadingCandidates() && session->hasCandidateInventory(); }, kTimeout);
    }
    void openWizard()
    {
        wizard = std::make_unique<TroubleshootWizard>(session.get());
        wizard->setProbePollInterval(100);
        wizard->show();
    }

    template<typename T>
    T *child(const QString &name) const
    {
        T *w = wizard->findChild<T *>(name);
        if (!w)
            qFatal("no child %s", qPrintable(name));
        return w;
    }
    QAbstractButton *next() const { return wizard->button(QWizard::NextButton); }
    QAbstractButton *back() const { return wizard->button(QWizard::BackButton); }

    bool waitFinished() const
    {
        return QTest::qWaitFor([this] { return !session->isRunning(); }, kTimeout) && session->hasResults();
    }
    // Target → checks (waits for the run) → the page `id`.
    bool walkTo(int id)
    {
        if (wizard->currentId() == TroubleshootWizard::TargetPageId) {
            next()->click();
            if (wizard->currentId() != TroubleshootWizard::ChecksPageId || !waitFinished())
                return false;
        }
        while (wizard->currentId() < id) {
            const int before = wizard->currentId();
            next()->click();
            if (wizard->currentId() == before)
                return false;
        }
        return wizard->currentId() == id;
    }

    // What the checks page shows: check id → verdict id, in order.
    QList<QPair<QString, QString>> shownVerdicts() const
    {
        QList<QPair<QString, QString>> out;
        auto *tree = child<QTreeWidget>(u"checksTree"_s);
        for (int i = 0; i < tree->topLevelItemCount(); ++i) {
            const QTreeWidgetItem *item = tree->topLevelItem(i);
            out.append({item->data(0, Qt::UserRole + 1).toString(), item->data(0, Qt::UserRole).toString()});
        }
        return out;
    }
};

QList<QPair<QString, QString>> verdictsOf(const QList<CheckResult> &checks)
{
    QList<QPair<QString, QString>> out;
    for (const CheckResult &c : checks)
        out.append({c.id, checkVerdictId(c.verdict)});
    return out;
}

// The report rows the wizard adds for the run: kind "check" and "next-step".
QStringList collectedOfKind(const QJsonObject &report, const QString &kind)
{
    QStringList out;
    for (const QJsonValue &v : report.value(u"collected"_s).toArray()) {
        const QJsonObject o = v.toObject();
        if (o.value(u"kind"_s).toString() == kind)
            out.append(o.value(u"source"_s).toString() + u" | "_s + o.value(u"note"_s).toString());
    }
    return out;
}

} // namespace

class tst_TroubleshootWizard : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_settings.isValid());
        test::isolateSettings(m_settings);
        QLocale::setDefault(QLocale(QLocale::English));
    }

    void scenarios_data() { fixture::addScenarioExpectationRows(); }
    void scenarios()
    {
        QFETCH(QString, scenario);
        QFETCH(QString, topCause);
        QFETCH(bool, offerTest);
        QFETCH(QString, failedCheck);

        Fixture fx;
        QVERIFY(fx.start(scenario));
        QCOMPARE(fx.wizard->currentId(), int(TroubleshootWizard::TargetPageId));
        // Failing pods first: the first one is prefilled, as the CLI picks it.
        auto *podEdit = fx.child<QLineEdit>(u"podEdit"_s);
        auto *tree = fx.child<QTreeWidget>(u"candidatesTree"_s);
        if (scenario == u"healthy"_s) {
            QVERIFY(podEdit->text().isEmpty());
        } else {
            QVERIFY(tree->topLevelItemCount() > 0);
            QVERIFY2(tree->topLevelItem(0)->text(1).contains(u"failing"_s), qPrintable(tree->topLevelItem(0)->text(1)));
            QCOMPARE(fx.child<QLineEdit>(u"namespaceEdit"_s)->text() + u'/' + podEdit->text(), tree->topLevelItem(0)->text(0));
        }

        // 2 Automatic checks
        fx.next()->click();
        QCOMPARE(fx.wizard->currentId(), int(TroubleshootWizard::ChecksPageId));
        QVERIFY(fx.session->isRunning());
        QVERIFY(fx.child<QPushButton>(u"cancelButton"_s)->isEnabled());
        QVERIFY(fx.waitFinished());
        QVERIFY(!fx.child<QPushButton>(u"cancelButton"_s)->isEnabled());

        // The same job with the same options, as kvdoctor-cli diagnose runs it.
        DiagnoseJob job(fx.client.get());
        QSignalSpy finished(&job, &DiagnoseJob::finished);
        const TroubleshootTarget target = fx.session->target();
        DiagnoseOptions options;
        options.namespaceName = target.namespaceName;
        options.pod = target.pod;
        options.sinceSeconds = target.sinceSeconds;
        job.start(options);
        QVERIFY(finished.wait(kTimeout));
        QCOMPARE(fx.shownVerdicts(), verdictsOf(job.checks()));
        QCOMPARE(fx.session->resultJson().value(u"topCause"_s).toString(), job.resultJson().value(u"topCause"_s).toString());
        QCOMPARE(fx.session->resultJson().value(u"topCause"_s).toString(), topCause);
        QCOMPARE(fx.session->nextStep().offerConnectivityTest, offerTest);
        QCOMPARE(fx.session->nextStep().causeId, job.nextStep().causeId);
        // Every row carries a symbol and a word, not colour alone.
        auto *checksTree = fx.child<QTreeWidget>(u"checksTree"_s);
        for (int i = 0; i < checksTree->topLevelItemCount(); ++i) {
            const QString text = checksTree->topLevelItem(i)->text(0);
            QVERIFY2(text.size() > 2 && QStringList({u"✓"_s, u"!"_s, u"✗"_s, u"–"_s}).contains(text.left(1)), qPrintable(text));
        }
        if (!failedCheck.isEmpty()) {
            QCOMPARE(verdictOf(fx.session->checks(), u"pod"_s), u"fail"_s);
            QCOMPARE(verdictOf(fx.session->checks(), failedCheck), u"fail"_s);
        }

        // 3 Findings: the likely cause first, with its fix.
        fx.next()->click();
        QCOMPARE(fx.wizard->currentId(), int(TroubleshootWizard::FindingsPageId));
        const QString headline = fx.child<QLabel>(u"headlineLabel"_s)->text();
        if (topCause.isEmpty()) {
            QVERIFY2(headline.contains(u"No problem was found"_s), qPrintable(headline));
            // ... and what was checked.
            for (const CheckResult &c : fx.session->checks())
                QVERIFY2(headline.contains(c.title.toHtmlEscaped()), qPrintable(headline));
        } else {
            const Rule *rule = RuleCatalogue::builtin().rule(topCause);
            QVERIFY(rule);
            QVERIFY(fx.wizard->currentFinding().has_value());
            QCOMPARE(fx.wizard->currentFinding()->cause, topCause);
            QVERIFY2(headline.contains(rule->title.text().toHtmlEscaped()), qPrintable(headline));
            QVERIFY2(headline.contains(rule->fix.list().constFirst().toHtmlEscaped()), qPrintable(headline));
        }

        // 4 Next steps: the connectivity test offered (with the reason) or not.
        fx.next()->click();
        QCOMPARE(fx.wizard->currentId(), int(TroubleshootWizard::NextStepsPageId));
        const QString reason = fx.child<QLabel>(u"reasonLabel"_s)->text();
        QVERIFY2(reason.contains(fx.session->nextStep().reason), qPrintable(reason));
        QCOMPARE(reason.startsWith(u"➜"_s), offerTest);
        auto *runTest = fx.child<QPushButton>(u"runTestButton"_s);
        QCOMPARE(runTest->isEnabled(), !fx.session->examinedPod().isEmpty());
        QCOMPARE(runTest->text().contains(u"anyway"_s), !offerTest);

        // 5 Report: the export form with the run in it.
        fx.next()->click();
        QCOMPARE(fx.wizard->currentId(), int(TroubleshootWizard::ReportPageId));
        const QJsonObject report = fx.wizard->exportForm()->report();
        const QJsonObject summary = report.value(u"summary"_s).toObject();
        const QStringList checkRows = collectedOfKind(report, u"check"_s);
        QCOMPARE(checkRows.size(), fx.session->checks().size());
        for (const CheckResult &c : fx.session->checks()) {
            const QString row = c.title + u" | "_s + checkVerdictSymbol(c.verdict) + u' ' + checkVerdictDisplayName(c.verdict);
            QVERIFY2(std::any_of(checkRows.cbegin(), checkRows.cend(), [&](const QString &r) { return r.startsWith(row); }),
                     qPrintable(row));
        }
        const QStringList nextRows = collectedOfKind(report, u"next-step"_s);
        QCOMPARE(nextRows.size(), 1);
        QVERIFY2(nextRows.first().contains(offerTest ? u"| Offered: "_s : u"| Not offered: "_s), qPrintable(nextRows.first()));
        const QString preview = fx.wizard->exportForm()->previewText();
        if (topCause.isEmpty()) {
            QCOMPARE(summary.value(u"verdict"_s).toString(), u"no-problem-found"_s);
            QVERIFY2(preview.contains(u"No problem was found"_s), qPrintable(preview.left(2000)));
        } else {
            QCOMPARE(summary.value(u"topCause"_s).toString(), topCause);
            QCOMPARE(report.value(u"findings"_s).toArray().first().toObject().value(u"cause"_s).toString(), topCause);
            QVERIFY(report.value(u"title"_s).toString().contains(fx.session->examinedPod()));
        }
        // The preview is the redacted document: the check rows are in it too.
        QVERIFY(preview.contains(fx.session->checks().constFirst().title));
    }

    void targetPrefill()
    {
        Fixture fx;
        QVERIFY(fx.start(u"nmi-404"_s));
        const QList<TroubleshootCandidate> candidates = fx.session->candidates();
        QVERIFY(candidates.size() >= 2);
        QVERIFY(candidates.first().failing);

        // A caller's inventory (the main window's session): the first failing pod is prefilled.
        TroubleshootSession session(fx.client.get(), u"kvdoctor-sim"_s);
        session.setInventory(*fx.session->candidateInventory());
        TroubleshootWizard wizard(&session);
        wizard.show();
        QVERIFY(!session.isLoadingCandidates());
        QCOMPARE(wizard.findChild<QLineEdit *>(u"podEdit"_s)->text(), candidates.first().pod);
        QCOMPARE(wizard.findChild<QLineEdit *>(u"namespaceEdit"_s)->text(), candidates.first().namespaceName);

        // setTarget (from a pod in the map): that pod, also selected in the list.
        const TroubleshootCandidate &other = candidates.last();
        wizard.setTarget(other.namespaceName, other.pod);
        QCOMPARE(wizard.findChild<QLineEdit *>(u"podEdit"_s)->text(), other.pod);
        auto *tree = wizard.findChild<QTreeWidget *>(u"candidatesTree"_s);
        QVERIFY(tree->currentItem());
        QCOMPARE(tree->currentItem()->text(0), other.namespaceName + u'/' + other.pod);
        wizard.button(QWizard::NextButton)->click();
        QVERIFY(QTest::qWaitFor([&] { return !session.isRunning(); }, kTimeout));
        QCOMPARE(session.examinedPod(), other.pod);
        QCOMPARE(session.resultJson().value(u"target"_s).toString(), other.namespaceName + u'/' + other.pod);

        // Choosing another row fills the fields.
        wizard.back();
        tree->setCurrentItem(tree->topLevelItem(0));
        QCOMPARE(wizard.findChild<QLineEdit *>(u"podEdit"_s)->text(), candidates.first().pod);
    }

    void backRerunCancelAndSkip()
    {
        Fixture fx;
        QVERIFY(fx.start(u"nmi-404"_s));
        QVERIFY(fx.walkTo(TroubleshootWizard::ChecksPageId));
        const auto firstVerdicts = fx.shownVerdicts();
        QVERIFY(!firstVerdicts.isEmpty());
        QSignalSpy started(fx.session.get(), &TroubleshootSession::started);

        // Re-run: the rows go and come back with the same verdicts.
        auto *rerun = fx.child<QPushButton>(u"rerunButton"_s);
        auto *cancel = fx.child<QPushButton>(u"cancelButton"_s);
        QVERIFY(rerun->isEnabled());
        rerun->click();
        QCOMPARE(started.size(), 1);
        QVERIFY(fx.session->isRunning());
        QVERIFY(!rerun->isEnabled());
        QCOMPARE(fx.child<QTreeWidget>(u"checksTree"_s)->topLevelItemCount(), 0);
        QVERIFY(fx.waitFinished());
        QCOMPARE(fx.shownVerdicts(), firstVerdicts);

        // Cancel: stopped at once, the GUI says so, re-run is possible.
        rerun->click();
        QVERIFY(cancel->isEnabled());
        cancel->click();
        QCOMPARE(fx.session->state(), TroubleshootSession::State::Cancelled);
        QVERIFY(!cancel->isEnabled());
        QVERIFY(rerun->isEnabled());
        QVERIFY(fx.child<QLabel>(u"stageLabel"_s)->text().contains(u"Stopped"_s));
        QTest::qWait(300); // a late result of the cancelled run must not appear
        QCOMPARE(fx.session->state(), TroubleshootSession::State::Cancelled);
        QCOMPARE(fx.child<QTreeWidget>(u"checksTree"_s)->topLevelItemCount(), 0);

        // Skip ahead: the findings page says the checks did not finish.
        fx.next()->click();
        QCOMPARE(fx.wizard->currentId(), int(TroubleshootWizard::FindingsPageId));
        QVERIFY(fx.child<QLabel>(u"headlineLabel"_s)->text().contains(u"did not finish"_s));

        // Back to the target, another time range: the checks run again for it.
        fx.back()->click();
        fx.back()->click();
        QCOMPARE(fx.wizard->currentId(), int(TroubleshootWizard::TargetPageId));
        auto *range = fx.child<QComboBox>(u"rangeCombo"_s);
        range->setCurrentIndex(range->findData(qint64(900)));
        started.clear();
        fx.next()->click();
        QCOMPARE(started.size(), 1);
        QCOMPARE(fx.session->target().sinceSeconds, qint64(900));
        // Skipping ahead while they run: the findings page follows the run when it ends.
        fx.next()->click();
        QCOMPARE(fx.wizard->currentId(), int(TroubleshootWizard::FindingsPageId));
        QVERIFY(fx.child<QLabel>(u"headlineLabel"_s)->text().contains(u"still running"_s));
        QVERIFY(fx.waitFinished());
        QTRY_VERIFY(fx.child<QLabel>(u"headlineLabel"_s)->text().contains(u"Likely cause"_s));
        QCOMPARE(fx.wizard->currentFinding()->cause, u"aad-pod-identity-nmi-404"_s);

        // Back and forward again without a change: no new run.
        started.clear();
        fx.back()->click();
        fx.back()->click();
        fx.next()->click();
        QCOMPARE(fx.wizard->currentId(), int(TroubleshootWizard::ChecksPageId));
        QCOMPARE(started.size(), 0);
        QCOMPARE(fx.shownVerdicts(), verdictsOf(fx.session->checks()));
    }

    void showInLogs()
    {
        Fixture fx;
        QVERIFY(fx.start(u"nmi-404"_s));
        QVERIFY(fx.walkTo(TroubleshootWizard::FindingsPageId));
        const std::optional<Finding> top = fx.wizard->currentFinding();
        QVERIFY(top.has_value());
        const auto it = std::find_if(top->evidence.cbegin(), top->evidence.cend(),
                                     [](const Evidence &e) { return e.kind == Evidence::Kind::LogLine; });
        QVERIFY(it != top->evidence.cend());
        QSignalSpy show(fx.wizard.get(), &TroubleshootWizard::showEvidence);
        auto *button = fx.child<QPushButton>(u"showInLogsButton"_s);
        QVERIFY(button->isEnabled());
        button->click();
        QCOMPARE(show.size(), 1);
        QCOMPARE(show.first().at(0).toString(), it->source);
        QCOMPARE(show.first().at(1).toLongLong(), it->line);
        QVERIFY(it->line > 0);
        QVERIFY(it->source.contains(u"provider"_s) || it->source.contains(u"secrets-store"_s));
    }

    void resumeAfterClosing()
    {
        Fixture fx;
        QVERIFY(fx.start(u"keyvault-403"_s));
        QVERIFY(fx.walkTo(TroubleshootWizard::FindingsPageId));
        const auto verdicts = verdictsOf(fx.session->checks());
        QSignalSpy started(fx.session.get(), &TroubleshootSession::started);
        fx.wizard->reject(); // Close
        fx.wizard.reset();

        fx.openWizard();
        QCOMPARE(fx.wizard->currentId(), int(TroubleshootWizard::FindingsPageId));
        QCOMPARE(fx.wizard->currentFinding()->cause, u"keyvault-rbac-role-missing"_s);
        QCOMPARE(started.size(), 0);
        fx.back()->click();
        QCOMPARE(fx.wizard->currentId(), int(TroubleshootWizard::ChecksPageId));
        QCOMPARE(fx.shownVerdicts(), verdicts);
        fx.back()->click();
        QCOMPARE(fx.wizard->currentId(), int(TroubleshootWizard::TargetPageId));
        QCOMPARE(fx.child<QLineEdit>(u"podEdit"_s)->text(), fx.session->examinedPod());

        // Closed while the checks run: the run goes on, the reopened wizard shows its rows.
        fx.next()->click();
        fx.child<QPushButton>(u"rerunButton"_s)->click();
        QVERIFY(fx.session->isRunning());
        fx.wizard->reject();
        fx.wizard.reset();
        QVERIFY(fx.waitFinished());
        fx.openWizard();
        QCOMPARE(fx.wizard->currentId(), int(TroubleshootWizard::ChecksPageId));
        QCOMPARE(fx.shownVerdicts(), verdicts);
    }

    void offlineFiles()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(u"provider-azure-installer.log"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("I1108 12:18:10.000000       1 main.go:10] Starting provider\n"
                   "E1108 12:18:14.695930       1 server.go:58] \"failed to process mount request\" err=\"failed to get keyvault "
                   "client: failed to get authorizer for keyvault client: nmi response failed with status code: 404, err: <nil>\"\n");
        file.close();

        TroubleshootSession session(nullptr, QString());
        TroubleshootWizard wizard(&session);
        wizard.show();
        auto *offline = wizard.findChild<QRadioButton *>(u"offlineRadio"_s);
        QVERIFY(offline->isChecked());
        QVERIFY(!wizard.findChild<QRadioButton *>(u"clusterRadio"_s)->isEnabled());
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled()); // no file yet
        wizard.setOfflineFiles({path});
        QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
        wizard.button(QWizard::NextButton)->click();
        QCOMPARE(wizard.currentId(), int(TroubleshootWizard::ChecksPageId));
        QTRY_VERIFY_WITH_TIMEOUT(session.hasResults(), kTimeout);

        // The logs check ran; every other check needs a cluster and says so.
        for (const CheckResult &c : session.checks()) {
            if (c.id == TroubleshootCheckIds::logs) {
                QCOMPARE(c.verdict, CheckVerdict::Fail);
                QCOMPARE(c.causeId, u"aad-pod-identity-nmi-404"_s);
            } else {
                QCOMPARE(c.verdict, CheckVerdict::Skipped);
                QVERIFY2(c.detail.contains(u"cluster connection"_s), qPrintable(c.detail));
            }
        }
        wizard.button(QWizard::NextButton)->click();
        QCOMPARE(wizard.currentFinding()->cause, u"aad-pod-identity-nmi-404"_s);
        QSignalSpy show(&wizard, &TroubleshootWizard::showEvidence);
        wizard.findChild<QPushButton *>(u"showInLogsButton"_s)->click();
        QCOMPARE(show.size(), 1);
        QCOMPARE(show.first().at(0).toString(), path);
        QCOMPARE(show.first().at(1).toLongLong(), qint64(2));

        wizard.button(QWizard::NextButton)->click();
        QVERIFY(session.nextStep().offerConnectivityTest);
        QVERIFY(!wizard.findChild<QPushButton *>(u"runTestButton"_s)->isEnabled());
        QVERIFY(wizard.findChild<QLabel *>(u"reasonLabel"_s)->text().contains(u"kvdoctor-cli probe"_s));

        wizard.button(QWizard::NextButton)->click();
        const QJsonObject report = wizard.exportForm()->report();
        QCOMPARE(report.value(u"summary"_s).toObject().value(u"topCause"_s).toString(), u"aad-pod-identity-nmi-404"_s);
        // The evidence excerpt comes from the file.
        const QJsonObject evidence =
            report.value(u"findings"_s).toArray().first().toObject().value(u"evidence"_s).toArray().first().toObject();
        QVERIFY(!evidence.value(u"excerpt"_s).toArray().isEmpty());
        QCOMPARE(wizard.exportForm()->previewText().contains(u"Starting provider"_s), true);
    }

    void offlineBadInput()
    {
        TroubleshootSession session(nullptr, QString());
        TroubleshootWizard wizard(&session);
        wizard.show();
        wizard.setOfflineFiles({u"/nonexistent/kvdoctor/nothing.log"_s});
        wizard.button(QWizard::NextButton)->click();
        QTRY_VERIFY_WITH_TIMEOUT(!session.isRunning(), kTimeout);
        QVERIFY(session.hasResults());
        const QString logs = verdictOf(session.checks(), u"logs"_s);
        QCOMPARE(logs, u"skipped"_s);
        for (const CheckResult &c : session.checks()) {
            if (c.id == TroubleshootCheckIds::logs)
                QVERIFY2(c.detail.contains(u"nothing.log"_s), qPrintable(c.detail));
        }
    }

    void connectivityTestInline()
    {
        Fixture fx;
        QVERIFY(fx.start(u"keyvault-403"_s));
        QVERIFY(fx.walkTo(TroubleshootWizard::NextStepsPageId));
        auto *runTest = fx.child<QPushButton>(u"runTestButton"_s);
        QVERIFY(runTest->isEnabled());
        runTest->click();
        ProbeWizard *probe = fx.wizard->probeWizard();
        QVERIFY(probe);
        QVERIFY(!runTest->isEnabled()); // one test at a time
        // The examined pod is preselected; walk the test: plan → consent → run → results.
        auto *next = probe->button(QWizard::NextButton);
        QVERIFY(QTest::qWaitFor([next] { return next->isEnabled(); }, kTimeout));
        QVERIFY(probe->findChild<QComboBox *>(u"podCombo"_s)->currentText().contains(fx.session->examinedPod()));
        next->click();
        next->click();
        QCOMPARE(probe->currentId(), int(ProbeWizard::ConsentPageId));
        probe->findChild<QCheckBox *>(u"consentCheck"_s)->setChecked(true);
        probe->button(QWizard::CommitButton)->click();
        QVERIFY(QTest::qWaitFor([probe] { return probe->hasResults(); }, 90000));
        QTRY_VERIFY_WITH_TIMEOUT(!fx.session->connectivity().isEmpty(), kTimeout);

        auto *results = fx.child<QTreeWidget>(u"testResultsTree"_s);
        QVERIFY(results->isVisible());
        QVERIFY(results->topLevelItemCount() > 0);
        QVERIFY(fx.child<QLabel>(u"testStatusLabel"_s)->text().contains(u"Connectivity test"_s));
        probe->close();
        QTRY_VERIFY(fx.wizard->probeWizard() == nullptr);
        QTRY_VERIFY(runTest->isEnabled());

        fx.next()->click();
        const QJsonObject report = fx.wizard->exportForm()->report();
        QVERIFY(report.contains(u"connectivityTest"_s));
        QVERIFY(!report.value(u"connectivityTest"_s).toObject().value(u"steps"_s).toArray().isEmpty());
    }

    void noClusterConnection()
    {
        // A cluster that is gone: the checks fail with a message, nothing hangs, re-run works.
        auto cluster = std::make_unique<sim::SimulatedCluster>();
        QString error;
        QVERIFY2(cluster->start({u"healthy"_s, 0, 0, 0}, &error), qPrintable(error));
        KubeClient client(simContext(*cluster));
        cluster.reset();
        TroubleshootSession session(&client, u"kvdoctor-sim"_s);
        TroubleshootWizard wizard(&session);
        wizard.show();
        QTRY_VERIFY_WITH_TIMEOUT(!session.isLoadingCandidates(), kTimeout);
        QVERIFY(!session.candidatesError().isEmpty());
        wizard.button(QWizard::NextButton)->click();
        QTRY_VERIFY_WITH_TIMEOUT(!session.isRunning(), kTimeout);
        QCOMPARE(session.state(), TroubleshootSession::State::Failed);
        QVERIFY(wizard.findChild<QPushButton *>(u"rerunButton"_s)->isEnabled());
        QVERIFY(!wizard.findChild<QLabel *>(u"stageLabel"_s)->text().isEmpty());
    }

private:
    QTemporaryDir m_settings;
};

QTEST_MAIN(tst_TroubleshootWizard)
#include "tst_troubleshootwizard.moc"
