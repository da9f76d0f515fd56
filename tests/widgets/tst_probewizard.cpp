// SPDX-License-Identifier: MIT
// The Test Connectivity wizard walked with real widgets against the simulated AKS cluster: the
// right step fails with the right cause on the results page, the probe pod is always deleted,
// consent is required, and a typed client secret never reaches an exec argv or copied text.
#include "core/kubeconfig.h"
#include "core/probeplan.h"
#include "core/report.h"
#include "core/rulecatalogue.h"
#include "kube/clustersession.h"
#include "kube/kubeclient.h"
#include "kube/proberunner.h"
#include "sim/simulatedcluster.h"
#include "widgets/probewizard.h"
#include "widgettestutils.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDirIterator>
#include <QFile>
#include <QGroupBox>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTabBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QUrl>

using namespace kvd;
using namespace Qt::StringLiterals;

namespace {

const QString kTypedSecret = u"Typed~Secret.value-9876"_s;

struct Fixture
{
    sim::SimulatedCluster cluster;
    ClusterSession session;
    std::unique_ptr<ProbeWizard> wizard;
    int initialPods = 0;

    bool start(const QString &scenario)
    {
        QString error;
        if (!cluster.start({scenario, 0, 0, 0}, &error)) {
            qWarning() << error;
            return false;
        }
        const Kubeconfig config = Kubeconfig::fromData(cluster.kubeconfigYaml(), u"sim.yaml"_s);
        const auto context = config.resolve(u"kvdoctor-sim"_s, &error);
        if (!context) {
            qWarning() << error;
            return false;
        }
        session.connectTo(*context);
        QSignalSpy state(&session, &ClusterSession::stateChanged);
        while (session.state() != ClusterSession::State::Connected) {
            if (session.state() == ClusterSession::State::Failed || !state.wait(20000)) {
                qWarning() << session.stateMessage();
                return false;
            }
        }
        initialPods = cluster.objectCount(QString(), u"pods"_s);
        wizard = std::make_unique<ProbeWizard>(session.client(), session.context().context.name,
                                               ProbeWizard::candidatePods(session.inventory()));
        wizard->setPollInterval(100);
        wizard->show();
        return true;
    }

    bool podGone() const { return cluster.objectCount(QString(), u"pods"_s) == initialPods; }

    template<typename T>
    T *child(const QString &name) const
    {
        T *w = wizard->findChild<T *>(name);
        if (!w)
            qFatal("no child %s", qPrintable(name));
        return w;
    }
    QAbstractButton *next() const { return wizard->button(QWizard::NextButton); }
    QAbstractButton *commit() const { return wizard->button(QWizard::CommitButton); }

    // Selects the payments-api pod (the scenarios' failing application).
    bool selectPaymentsPod()
    {
        auto *combo = child<QComboBox>(u"podCombo"_s);
        for (int i = 0; i < combo->count(); ++i) {
            if (combo->itemText(i).contains(u"payments/payments-api-"_s)) {
                combo->setCurrentIndex(i);
                return true;
            }
        }
        return false;
    }

    // Target → plan → consent, with consent given; the run page is next.
    bool walkToConsent()
    {
        if (!QTest::qWaitFor([this] { return next()->isEnabled(); }, 20000)) {
            qWarning() << child<QLabel>(u"statusLabel"_s)->text();
            return false;
        }
        next()->click();
        if (wizard->currentId() != ProbeWizard::PlanPageId) {
            qWarning() << child<QLabel>(u"statusLabel"_s)->text();
            return false;
        }
        next()->click();
        return wizard->currentId() == ProbeWizard::ConsentPageId;
    }

    bool runToResults()
    {
        child<QCheckBox>(u"consentCheck"_s)->setChecked(true);
        if (!commit()->isEnabled())
            return false;
        commit()->click();
        if (wizard->currentId() != ProbeWizard::RunPageId || !wizard->runner())
            return false;
        if (!QTest::qWaitFor([this] { return wizard->hasResults(); }, 90000))
            return false;
        if (!commit()->isEnabled())
            return false;
        commit()->click();
        return wizard->currentId() == ProbeWizard::ResultsPageId;
    }

    QTreeWidgetItem *resultRow(const QString &stepId) const
    {
        auto *tree = child<QTreeWidget>(u"resultsTree"_s);
        for (int i = 0; i < tree->topLevelItemCount(); ++i) {
            if (tree->topLevelItem(i)->data(0, Qt::UserRole).toString() == stepId)
                return tree->topLevelItem(i);
        }
        return nullptr;
    }

    QString describeResults() const
    {
        QStringList lines;
        auto *tree = child<QTreeWidget>(u"resultsTree"_s);
        for (int i = 0; i < tree->topLevelItemCount(); ++i) {
            const QTreeWidgetItem *item = tree->topLevelItem(i);
            lines << item->data(0, Qt::UserRole).toString() + u": "_s + item->text(0) + u" | "_s + item->text(2) + u" | "_s + item->text(3);
        }
        return lines.join(u'\n');
    }
};

} // namespace

class TestProbeWizard : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_settingsDir.isValid());
        test::isolateSettings(m_settingsDir);
    }
    void healthyAllPass();
    void failureScenario_data();
    void failureScenario();
    void cancelMidRunDeletesThePod();
    void closingMidRunDeletesThePodFirst();
    void consentIsRequired();
    void typedClientSecretStaysSecret();
    void leftoversAreOffered();
    void startPreselectsThePod();

private:
    QTemporaryDir m_settingsDir;
};

void TestProbeWizard::healthyAllPass()
{
    Fixture f;
    QVERIFY(f.start(u"healthy"_s));
    QVERIFY(f.selectPaymentsPod());
    // Every interactive widget is named for assistive technology.
    const QList<QWidget *> widgets = f.wizard->findChildren<QWidget *>();
    for (QWidget *w : widgets) {
        if (qobject_cast<QComboBox *>(w) || qobject_cast<QLineEdit *>(w) || qobject_cast<QAbstractButton *>(w) || qobject_cast<QTreeWidget *>(w)) {
            // Qt's own parts (tab bar scrollers, combo internals) are not ours to name.
            if (w->objectName().isEmpty() || w->objectName().startsWith(u"qt_"_s) || w->objectName().startsWith(u"__qt__"_s)
                || qobject_cast<QTabBar *>(w->parentWidget()) || qobject_cast<QComboBox *>(w->parentWidget()))
                continue;
            QVERIFY2(!w->accessibleName().isEmpty(), qPrintable(w->objectName()));
        }
    }
    QSignalSpy finished(f.wizard.get(), &ProbeWizard::probeFinished);
    for (const auto which : {QWizard::NextButton, QWizard::BackButton, QWizard::CancelButton, QWizard::FinishButton, QWizard::CommitButton})
        QVERIFY(!f.wizard->button(which)->accessibleName().isEmpty());
    QVERIFY(f.walkToConsent());
    // The plan page showed the pod YAML and every step.
    QVERIFY(f.child<QPlainTextEdit>(u"yamlEdit"_s)->toPlainText().contains(u"hostNetwork: true"_s));
    QCOMPARE(f.child<QTreeWidget>(u"stepsTree"_s)->topLevelItemCount(), f.wizard->plan().steps.size());
    QCOMPARE(f.wizard->plan().identity, ProbeIdentity::WorkloadIdentity);
    QVERIFY(f.child<QTextBrowser>(u"consentText"_s)->toPlainText().contains(f.wizard->plan().nodeName));
    QVERIFY(f.runToResults());
    QVERIFY(f.podGone() || QTest::qWaitFor([&f] { return f.podGone(); }, 10000));
    QCOMPARE(finished.size(), 1);
    auto *tree = f.child<QTreeWidget>(u"resultsTree"_s);
    QCOMPARE(tree->topLevelItemCount(), f.wizard->plan().steps.size());
    for (int i = 0; i < tree->topLevelItemCount(); ++i)
        QVERIFY2(tree->topLevelItem(i)->text(0).startsWith(u"✓"_s), qPrintable(f.describeResults()));
    QVERIFY(f.child<QLabel>(u"verdictLabel"_s)->text().contains(probeVerdictDisplayName(ProbeVerdict::Pass)));
    QVERIFY(f.wizard->button(QWizard::FinishButton)->isVisible());
    // The report for the findings: every step with its result, the pod deleted.
    const QJsonObject report = finished.first().first().toJsonObject();
    QCOMPARE(report.value(u"summary"_s).toObject().value(u"verdict"_s).toString(), u"pass"_s);
    QCOMPARE(report.value(u"canceled"_s).toBool(), false);
    QCOMPARE(report.value(u"steps"_s).toArray().size(), f.wizard->plan().steps.size());
    QCOMPARE(report.value(u"verdict"_s).toString(), u"pass"_s);
    QCOMPARE(report.value(u"results"_s).toArray().size(), f.wizard->plan().steps.size());
    QVERIFY(f.wizard->findings().isEmpty());
    f.wizard->button(QWizard::FinishButton)->click();
    QVERIFY(!f.wizard->isVisible());
}

void TestProbeWizard::failureScenario_data()
{
    QTest::addColumn<QString>("scenario");
    QTest::addColumn<QString>("failingStep");
    QTest::addColumn<QString>("cause");
    QTest::newRow("nmi-404") << u"nmi-404"_s << ProbeStepIds::token << u"aad-pod-identity-nmi-404"_s;
    QTest::newRow("egress-blocked") << u"egress-blocked"_s << ProbeStepIds::tcpVault << u"keyvault-egress-blocked-timeout"_s;
    QTest::newRow("keyvault-403") << u"keyvault-403"_s << u"object:db-password"_s << u"keyvault-rbac-role-missing"_s;
    QTest::newRow("secret-not-found") << u"secret-not-found"_s << u"object:db-pasword"_s << u"keyvault-object-not-found"_s;
    QTest::newRow("sp-invalid-secret") << u"sp-invalid-secret"_s << ProbeStepIds::token << u"sp-invalid-client-secret"_s;
    QTest::newRow("workload-identity-mismatch") << u"workload-identity-mismatch"_s << ProbeStepIds::token << u"wi-no-matching-federated-credential"_s;
    QTest::newRow("imds-identity-not-found") << u"imds-identity-not-found"_s << ProbeStepIds::token << u"imds-identity-not-found"_s;
}

void TestProbeWizard::failureScenario()
{
    QFETCH(QString, scenario);
    QFETCH(QString, failingStep);
    QFETCH(QString, cause);
    Fixture f;
    QVERIFY(f.start(scenario));
    QVERIFY(f.selectPaymentsPod());
    QVERIFY(f.walkToConsent());
    QVERIFY(f.runToResults());
    QTreeWidgetItem *row = f.resultRow(failingStep);
    QVERIFY2(row, qPrintable(f.describeResults()));
    QVERIFY2(row->text(0).startsWith(u"✗"_s), qPrintable(f.describeResults()));
    // The cause is shown by the catalogue's title, on the row, in the summary and the details.
    const Rule *rule = RuleCatalogue::builtin().rule(cause);
    QVERIFY(rule);
    const QString title = rule->title.text(QLocale().name());
    QCOMPARE(row->text(3), title);
    QCOMPARE(f.wizard->summary().failedStepId, failingStep);
    QVERIFY(f.child<QLabel>(u"verdictLabel"_s)->text().contains(title.toHtmlEscaped()));
    QVERIFY(f.child<QLabel>(u"verdictLabel"_s)->text().contains(probeVerdictDisplayName(ProbeVerdict::Fail)));
    // The failing step is selected and its details show the fix and the command.
    QCOMPARE(f.child<QTreeWidget>(u"resultsTree"_s)->currentItem(), row);
    const QString details = f.child<QTextBrowser>(u"detailsBrowser"_s)->toPlainText();
    const ProbeStepResult result = f.wizard->runner()->result(failingStep);
    QVERIFY(!result.fix.isEmpty());
    QVERIFY2(details.simplified().contains(result.fix.simplified().left(40)), qPrintable(details));
    QVERIFY(details.contains(cause));
    // Cleanup ran and the pod is gone.
    QVERIFY(f.resultRow(ProbeStepIds::cleanup)->text(0).startsWith(u"✓"_s));
    QVERIFY(QTest::qWaitFor([&f] { return f.podGone(); }, 10000));
    // The results feed the findings: the failing step's cause on the probed node and pod.
    const QList<Finding> findings = f.wizard->findings();
    QVERIFY(!findings.isEmpty());
    QCOMPARE(findings.first().cause, cause);
    QCOMPARE(findings.first().node, f.wizard->plan().nodeName);
    QCOMPARE(findings.first().evidence.first().pod, f.wizard->plan().appPod);
    // The results feed the report: its verdict and the failing step with its cause.
    ReportInput input;
    input.connectivity = f.wizard->reportJson();
    const QJsonObject report = Report::build(input);
    QCOMPARE(report.value(u"summary"_s).toObject().value(u"verdict"_s).toString(), u"problems-found"_s);
    const QString reportMd = Report::toMarkdown(report);
    const QString stepTitle = QString(f.wizard->plan().step(failingStep)->title).replace(u"_"_s, u"\\_"_s); // Markdown-escaped
    QVERIFY2(reportMd.contains(cause) && reportMd.contains(stepTitle), qPrintable(reportMd));
    // The copied Markdown names the failing step's cause.
    f.child<QPushButton>(u"copyButton"_s)->click();
    const QString copied = QGuiApplication::clipboard()->text();
    QVERIFY2(copied.contains(title) && copied.contains(cause), qPrintable(copied));
    QVERIFY(!copied.contains(u"eyJ"_s));
}

void TestProbeWizard::cancelMidRunDeletesThePod()
{
    Fixture f;
    QVERIFY(f.start(u"healthy"_s));
    QVERIFY(f.selectPaymentsPod());
    QVERIFY(f.walkToConsent());
    f.child<QCheckBox>(u"consentCheck"_s)->setChecked(true);
    f.commit()->click();
    QCOMPARE(f.wizard->currentId(), int(ProbeWizard::RunPageId));
    ProbeRunner *runner = f.wizard->runner();
    QVERIFY(runner);
    auto *stop = f.child<QPushButton>(u"cancelRunButton"_s);
    bool podWasCreated = false;
    connect(runner, &ProbeRunner::podCreated, runner, [&podWasCreated] { podWasCreated = true; });
    connect(runner, &ProbeRunner::stepStarted, runner, [stop](const QString &id) {
        if (id == ProbeStepIds::dnsVault)
            stop->click();
    });
    // The results page stays unreachable while the test runs.
    QVERIFY(!f.commit()->isEnabled());
    QVERIFY(QTest::qWaitFor([&f] { return f.wizard->hasResults(); }, 60000));
    QVERIFY(podWasCreated);
    QCOMPARE(runner->phase(), ProbeRunner::Phase::Canceled);
    QVERIFY(f.wizard->isVisible()); // Stop keeps the wizard open on its results
    QVERIFY(QTest::qWaitFor([&f] { return f.podGone(); }, 10000));
    // The run page shows the cleanup step done and the steps after the cancel skipped.
    auto *runTree = f.child<QTreeWidget>(u"runTree"_s);
    const int cleanupRow = int(f.wizard->plan().steps.size()) - 1;
    QCOMPARE(f.wizard->plan().steps.at(cleanupRow).id, ProbeStepIds::cleanup);
    QVERIFY(runTree->topLevelItem(cleanupRow)->text(0).startsWith(u"✓"_s));
    QVERIFY(f.commit()->isEnabled());
    f.commit()->click();
    QCOMPARE(f.wizard->currentId(), int(ProbeWizard::ResultsPageId));
    QVERIFY(f.resultRow(ProbeStepIds::token)->text(0).startsWith(u"–"_s));
    QVERIFY(f.wizard->reportJson().value(u"canceled"_s).toBool());
}

void TestProbeWizard::closingMidRunDeletesThePodFirst()
{
    Fixture f;
    QVERIFY(f.start(u"healthy"_s));
    QVERIFY(f.selectPaymentsPod());
    QVERIFY(f.walkToConsent());
    f.child<QCheckBox>(u"consentCheck"_s)->setChecked(true);
    f.commit()->click();
    ProbeRunner *runner = f.wizard->runner();
    QVERIFY(runner);
    QVERIFY(QTest::qWaitFor([runner] { return runner->phase() == ProbeRunner::Phase::RunningSteps; }, 30000));
    QVERIFY(!f.podGone());
    QSignalSpy finished(f.wizard.get(), &ProbeWizard::probeFinished);
    f.wizard->button(QWizard::CancelButton)->click();
    QVERIFY(f.wizard->isVisible()); // stays until the pod is deleted
    QVERIFY(finished.wait(30000));
    QVERIFY(QTest::qWaitFor([&f] { return !f.wizard->isVisible(); }, 5000));
    QVERIFY(f.podGone());
}

void TestProbeWizard::consentIsRequired()
{
    Fixture f;
    QVERIFY(f.start(u"healthy"_s));
    QVERIFY(f.selectPaymentsPod());
    QVERIFY(f.walkToConsent());
    auto *consent = f.child<QCheckBox>(u"consentCheck"_s);
    QVERIFY(!consent->isChecked());
    QVERIFY(!f.commit()->isEnabled());
    QTest::mouseClick(f.commit(), Qt::LeftButton);
    QCOMPARE(f.wizard->currentId(), int(ProbeWizard::ConsentPageId));
    consent->click();
    QVERIFY(f.commit()->isEnabled());
    consent->click();
    QVERIFY(!f.commit()->isEnabled());
    // Going back and forth asks again.
    consent->click();
    f.wizard->back();
    f.next()->click();
    QVERIFY(!consent->isChecked());
    QVERIFY(!f.commit()->isEnabled());
    QVERIFY(!f.wizard->runner());
    QCOMPARE(f.cluster.objectCount(QString(), u"pods"_s), f.initialPods);
    for (const sim::RecordedRequest &r : f.cluster.recordedRequests())
        QVERIFY2(!(r.method == "POST" && r.target.contains("/pods")), r.target.constData());
}

void TestProbeWizard::typedClientSecretStaysSecret()
{
    Fixture f;
    QVERIFY(f.start(u"sp-invalid-secret"_s));
    QVERIFY(f.selectPaymentsPod());
    auto *group = f.child<QGroupBox>(u"secretGroup"_s);
    QVERIFY(QTest::qWaitFor([group] { return group->isVisible(); }, 20000)); // service principal detected
    auto *secretEdit = f.child<QLineEdit>(u"clientSecretEdit"_s);
    QCOMPARE(secretEdit->echoMode(), QLineEdit::Password);
    f.child<QRadioButton>(u"typeSecretRadio"_s)->click();
    QVERIFY(!f.next()->isEnabled()); // a secret is needed now
    QTest::keyClicks(f.child<QLineEdit>(u"clientIdEdit"_s), u"11111111-2222-3333-4444-555555555555"_s);
    QTest::keyClicks(secretEdit, kTypedSecret);
    QVERIFY(f.next()->isEnabled());
    QVERIFY(f.walkToConsent());
    QVERIFY(!f.child<QTextBrowser>(u"consentText"_s)->toPlainText().contains(kTypedSecret));
    QVERIFY(!f.child<QPlainTextEdit>(u"commandView"_s)->toPlainText().contains(kTypedSecret));
    QSignalSpy finished(f.wizard.get(), &ProbeWizard::probeFinished);
    QVERIFY(f.runToResults());
    QVERIFY(secretEdit->text().isEmpty());
    // The typed secret reached the pod on stdin only (and Entra rejected it, as the scenario says).
    bool viaStdin = false;
    for (const sim::RecordedRequest &r : f.cluster.recordedRequests()) {
        const QString target = QUrl::fromPercentEncoding(r.target);
        QVERIFY2(!target.contains(kTypedSecret), qPrintable(target));
        QVERIFY(!r.body.contains(kTypedSecret.toUtf8()));
        for (const QString &arg : r.execCommand)
            QVERIFY2(!arg.contains(kTypedSecret), qPrintable(arg));
        viaStdin = viaStdin || r.execStdin.contains(kTypedSecret.toUtf8());
    }
    QVERIFY(viaStdin);
    QVERIFY2(f.resultRow(ProbeStepIds::token)->text(0).startsWith(u"✗"_s), qPrintable(f.describeResults()));
    // Not in the copied results, the report, the details or the settings.
    f.child<QPushButton>(u"copyButton"_s)->click();
    const QString copied = QGuiApplication::clipboard()->text();
    QVERIFY(!copied.isEmpty());
    QVERIFY(!copied.contains(kTypedSecret));
    QVERIFY(!f.wizard->resultsMarkdown().contains(kTypedSecret));
    QCOMPARE(finished.size(), 1);
    QVERIFY(!QJsonDocument(finished.first().first().toJsonObject()).toJson().contains(kTypedSecret.toUtf8()));
    auto *tree = f.child<QTreeWidget>(u"resultsTree"_s);
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        tree->setCurrentItem(tree->topLevelItem(i));
        QVERIFY(!f.child<QTextBrowser>(u"detailsBrowser"_s)->toPlainText().contains(kTypedSecret));
    }
    QSettings().sync();
    QDirIterator it(m_settingsDir.path(), QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY2(!file.readAll().contains(kTypedSecret.toUtf8()), qPrintable(file.fileName()));
    }
    QVERIFY(QTest::qWaitFor([&f] { return f.podGone(); }, 10000));
}

void TestProbeWizard::leftoversAreOffered()
{
    Fixture f;
    QVERIFY(f.start(u"healthy"_s));
    // A probe pod left behind by a run that never cleaned up.
    QVERIFY(f.selectPaymentsPod());
    QVERIFY(f.walkToConsent());
    QJsonObject manifest = f.wizard->plan().podManifest;
    const QString ns = f.wizard->plan().probeNamespace;
    KubeRequest *create = f.session.client()->create(u"/api/v1/namespaces/%1/pods"_s.arg(ns), manifest);
    QSignalSpy created(create, &KubeJob::finished);
    QVERIFY(created.wait(10000));
    QVERIFY(!f.podGone());
    // The next wizard offers to delete it.
    ProbeWizard second(f.session.client(), f.session.context().context.name, ProbeWizard::candidatePods(f.session.inventory()));
    second.show();
    auto *frame = second.findChild<QWidget *>(u"leftoversFrame"_s);
    auto *label = second.findChild<QLabel *>(u"leftoversLabel"_s);
    QVERIFY(QTest::qWaitFor([frame] { return frame->isVisible(); }, 10000));
    QVERIFY2(label->text().contains(ns + u'/' + f.wizard->plan().probePodName), qPrintable(label->text()));
    second.findChild<QPushButton *>(u"deleteLeftoversButton"_s)->click();
    QVERIFY(QTest::qWaitFor([&f] { return f.podGone(); }, 10000));
    QVERIFY(QTest::qWaitFor([label] { return label->text().startsWith(u"✓"_s); }, 10000));
}

void TestProbeWizard::startPreselectsThePod()
{
    QCOMPARE(ProbeWizard::start(nullptr, nullptr, nullptr), nullptr);
    Fixture f;
    QVERIFY(f.start(u"nmi-404"_s));
    const QList<AppPodEntry> candidates = ProbeWizard::candidatePods(f.session.inventory());
    QVERIFY(candidates.size() > 1);
    // Failing mounts are offered first.
    QVERIFY(candidates.first().mountFailing());
    QVERIFY(!candidates.last().mountFailing());
    const KubePod &last = candidates.last().pod;
    QPointer<ProbeWizard> wizard = ProbeWizard::start(nullptr, &f.session, &last);
    QVERIFY(wizard);
    QVERIFY(wizard->isVisible());
    auto *combo = wizard->findChild<QComboBox *>(u"podCombo"_s);
    QVERIFY(combo->currentText().contains(last.namespaceName + u'/' + last.name));
    QVERIFY(combo->itemText(0).startsWith(u"✗"_s));
    QCOMPARE(wizard->findChild<QLabel *>(u"contextLabel"_s)->text(), u"kvdoctor-sim"_s);
    QVERIFY(QTest::qWaitFor([&wizard] { return wizard->button(QWizard::NextButton)->isEnabled(); }, 20000));
    // Closed before anything ran: nothing was created and the wizard deletes itself.
    wizard->button(QWizard::CancelButton)->click();
    QVERIFY(QTest::qWaitFor([&wizard] { return wizard.isNull(); }, 5000));
    QVERIFY(f.podGone());
}

QTEST_MAIN(TestProbeWizard)
#include "tst_probewizard.moc"
