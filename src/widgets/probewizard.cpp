// SPDX-License-Identifier: MIT
#include "widgets/probewizard.h"

#include "core/redactor.h"
#include "core/rulecatalogue.h"
#include "kube/clustersession.h"
#include "kube/kubeclient.h"
#include "kube/proberunner.h"
#include "models/statusicons.h"

#include "ui_probeconsentpage.h"
#include "ui_probeplanpage.h"
#include "ui_proberesultspage.h"
#include "ui_proberunpage.h"
#include "ui_probetargetpage.h"

#include <QAbstractButton>
#include <QClipboard>
#include <QDateTime>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHeaderView>
#include <QJsonArray>
#include <QLocale>
#include <QTimer>

#include <algorithm>
#include <functional>

using namespace Qt::StringLiterals;

namespace kvd {

namespace {

// A page whose behaviour the wizard supplies, so all logic stays in ProbeWizard.
class ProbePage : public QWizardPage
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
    void cleanupPage() override {} // keep what the user entered when going back
};

// Verdicts carry a glyph and a word, never colour alone.
QString verdictGlyph(ProbeVerdict verdict)
{
    switch (verdict) {
    case ProbeVerdict::Pass: return u"✓"_s;
    case ProbeVerdict::Fail: return u"✗"_s;
    case ProbeVerdict::Warning: return u"!"_s;
    case ProbeVerdict::Skipped: return u"–"_s;
    case ProbeVerdict::Pending: break;
    }
    return u"·"_s;
}

QString verdictText(ProbeVerdict verdict)
{
    return verdictGlyph(verdict) + u' ' + probeVerdictDisplayName(verdict);
}

QIcon verdictIcon(ProbeVerdict verdict)
{
    if (verdict == ProbeVerdict::Fail)
        return statusIcon(StatusIcon::Error);
    if (verdict == ProbeVerdict::Warning)
        return statusIcon(StatusIcon::Warning);
    return {};
}

QString uiLanguage()
{
    return QLocale().name();
}

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

// One Markdown table cell: no line breaks, no column separators.
QString cell(QString text)
{
    text.replace(u'\n', u' ');
    text.replace(u"|"_s, u"\\|"_s);
    return text;
}

void setMonospace(QWidget *widget)
{
    widget->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
}

} // namespace

ProbeWizard::ProbeWizard(KubeClient *client, const QString &contextName, const QList<AppPodEntry> &candidates, QWidget *parent)
    : QWizard(parent)
    , m_client(client)
    , m_contextName(contextName)
    , m_candidates(candidates)
    , m_target(std::make_unique<Ui::ProbeTargetPage>())
    , m_planUi(std::make_unique<Ui::ProbePlanPage>())
    , m_consent(std::make_unique<Ui::ProbeConsentPage>())
    , m_run(std::make_unique<Ui::ProbeRunPage>())
    , m_results(std::make_unique<Ui::ProbeResultsPage>())
{
    setObjectName(u"probeWizard"_s);
    setWindowTitle(tr("Test Connectivity"));
    setOption(QWizard::NoBackButtonOnStartPage);
    setOption(QWizard::HaveHelpButton, false);
    setOption(QWizard::NoCancelButtonOnLastPage); // Finish closes; nothing is left to cancel
    resize(980, 720);
    setUpTargetPage();
    setUpPlanPage();
    setUpConsentPage();
    setUpRunPage();
    setUpResultsPage();
    button(QWizard::NextButton)->setAccessibleName(tr("Next page"));
    button(QWizard::BackButton)->setAccessibleName(tr("Previous page"));
    button(QWizard::CancelButton)->setAccessibleName(tr("Cancel the connectivity test"));
    button(QWizard::FinishButton)->setAccessibleName(tr("Close the connectivity test"));
    button(QWizard::CommitButton)->setAccessibleName(tr("Continue"));

    // Probe pods left by an earlier run (kvdoctor killed before cleanup) are offered for deletion.
    m_target->leftoversFrame->setVisible(false);
    if (m_client) {
        m_leftovers = new ProbeLeftovers(m_client, this);
        connect(m_leftovers, &ProbeLeftovers::found, this, &ProbeWizard::onLeftoversFound);
        connect(m_leftovers, &ProbeLeftovers::removed, this, &ProbeWizard::onLeftoversRemoved);
        connect(m_leftovers, &ProbeLeftovers::failed, this, [this](const QString &) {
            // Listing all namespaces may be forbidden: try the selected pod's namespace once.
            if (m_leftoversRetried)
                return;
            m_leftoversRetried = true;
            const int index = m_target->podCombo->currentData().toInt();
            if (m_target->podCombo->currentIndex() >= 0 && index >= 0 && index < m_candidates.size())
                m_leftovers->list(m_candidates.at(index).pod.namespaceName);
        });
        m_leftovers->list();
    }
    onPodChanged();
}

ProbeWizard::~ProbeWizard()
{
    m_typedSecret.fill('\0');
    // The runner (a child) deletes the probe pod if it still exists when destroyed.
}

ProbeWizard *ProbeWizard::start(QWidget *parent, ClusterSession *session, const KubePod *selected)
{
    if (!session || !session->client())
        return nullptr;
    auto *wizard = new ProbeWizard(session->client(), session->context().context.name, candidatePods(session->inventory()), parent);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    if (selected)
        wizard->selectPod(selected->namespaceName, selected->name);
    wizard->show();
    wizard->raise();
    wizard->activateWindow();
    return wizard;
}

ProbeWizard *ProbeWizard::start(QWidget *parent, ClusterSession *session, const QString &namespaceName, const QString &podName)
{
    ProbeWizard *wizard = start(parent, session, nullptr);
    if (wizard && !podName.isEmpty())
        wizard->selectPod(namespaceName, podName);
    return wizard;
}

QList<AppPodEntry> ProbeWizard::candidatePods(const Inventory &inventory)
{
    QList<AppPodEntry> pods;
    for (const NodeEntry &node : inventory.nodes) {
        if (!node.known || node.isWindows())
            continue;
        for (const AppPodEntry &app : node.apps) {
            if (app.pod.usesSecretsStore() && !app.pod.nodeName.isEmpty())
                pods.append(app);
        }
    }
    std::stable_sort(pods.begin(), pods.end(), [](const AppPodEntry &a, const AppPodEntry &b) {
        const bool fa = a.mountFailing(), fb = b.mountFailing();
        if (fa != fb)
            return fa;
        if (a.pod.namespaceName != b.pod.namespaceName)
            return a.pod.namespaceName < b.pod.namespaceName;
        return a.pod.name < b.pod.name;
    });
    return pods;
}

void ProbeWizard::selectPod(const QString &namespaceName, const QString &podName)
{
    for (int i = 0; i < m_target->podCombo->count(); ++i) {
        const AppPodEntry &app = m_candidates.at(m_target->podCombo->itemData(i).toInt());
        if (app.pod.namespaceName == namespaceName && app.pod.name == podName) {
            m_target->podCombo->setCurrentIndex(i);
            return;
        }
    }
    // A pod the inventory does not list as a candidate (e.g. selected before it was read): offer
    // it anyway; the loader reads it from the cluster.
    AppPodEntry app;
    app.pod.namespaceName = namespaceName;
    app.pod.name = podName;
    m_candidates.append(app);
    m_target->podCombo->insertItem(0, u"%1/%2"_s.arg(namespaceName, podName), int(m_candidates.size() - 1));
    m_target->podCombo->setCurrentIndex(0);
}

bool ProbeWizard::isRunning() const
{
    return m_runner && !m_runFinished;
}

QList<ProbeStepResult> ProbeWizard::results() const
{
    return m_runner ? m_runner->results() : QList<ProbeStepResult>{};
}

ProbeSummary ProbeWizard::summary() const
{
    return m_runner ? m_runner->summary() : ProbeSummary{};
}

QJsonObject ProbeWizard::reportJson() const
{
    return m_report;
}

QList<Finding> ProbeWizard::findings() const
{
    QList<Finding> out;
    if (!m_runFinished)
        return out;
    const qint64 nowUs = QDateTime::currentMSecsSinceEpoch() * 1000;
    for (const ProbeStep &step : std::as_const(m_plan.steps)) {
        const ProbeStepResult r = resultFor(step.id);
        if (r.causeId.isEmpty() || (r.verdict != ProbeVerdict::Fail && r.verdict != ProbeVerdict::Warning))
            continue;
        Finding f;
        f.cause = r.causeId;
        const Rule *rule = RuleCatalogue::builtin().rule(r.causeId);
        f.severity = rule ? rule->severity : (r.verdict == ProbeVerdict::Fail ? FindingSeverity::Error : FindingSeverity::Warning);
        f.count = 1;
        f.firstSeenUs = f.lastSeenUs = nowUs;
        f.node = m_plan.nodeName;
        Evidence e;
        e.kind = Evidence::Kind::ClusterState;
        e.source = tr("connectivity test %1/%2").arg(m_plan.probeNamespace, m_plan.probePodName);
        e.text = step.title + u": "_s + r.actual;
        e.timestampUs = nowUs;
        e.node = m_plan.nodeName;
        e.namespaceName = m_plan.appNamespace;
        e.pod = m_plan.appPod;
        f.evidence.append(e);
        out.append(f);
    }
    return out;
}

QString ProbeWizard::causeTitle(const QString &causeId)
{
    if (causeId.isEmpty())
        return {};
    const Rule *rule = RuleCatalogue::builtin().rule(causeId);
    return rule ? rule->title.text(uiLanguage()) : causeId;
}

ProbeStepResult ProbeWizard::resultFor(const QString &stepId) const
{
    return m_runner ? m_runner->result(stepId) : ProbeStepResult{};
}

// ---------------------------------------------------------------------------------------------
// Target

void ProbeWizard::setUpTargetPage()
{
    auto *page = new ProbePage(this);
    m_target->setupUi(page);
    m_targetPage = page;
    page->complete = [this] { return targetComplete(); };
    page->validate = [this] { return validateTarget(); };
    setPage(TargetPageId, page);

    m_target->contextLabel->setText(m_contextName.isEmpty() ? tr("(unknown)") : m_contextName);
    for (int i = 0; i < m_candidates.size(); ++i) {
        const AppPodEntry &app = m_candidates.at(i);
        QString label = u"%1/%2"_s.arg(app.pod.namespaceName, app.pod.name);
        if (!app.pod.nodeName.isEmpty())
            label += tr(" on %1").arg(app.pod.nodeName);
        if (app.mountFailing())
            label = u"✗ "_s + tr("failing: %1").arg(label);
        m_target->podCombo->addItem(label, i);
    }
    m_target->identityCombo->addItem(tr("Automatic (from the SecretProviderClass)"), u"auto"_s);
    for (const QString &id : probeIdentityIds()) {
        if (const auto identity = probeIdentityFromId(id))
            m_target->identityCombo->addItem(probeIdentityDisplayName(*identity), id);
    }
    m_target->imageEdit->setText(ProbeInputs::defaultImage());
    m_target->apiVersionCombo->addItems(keyVaultApiVersions());
    m_target->probeNamespaceEdit->setPlaceholderText(tr("the application pod's namespace"));
    m_target->addonClientIdEdit->setPlaceholderText(tr("optional"));
    m_target->clientIdEdit->setPlaceholderText(tr("empty: the clientid in the Secret"));
    m_target->clientSecretEdit->setEchoMode(QLineEdit::Password);
    m_target->clientSecretEdit->setAttribute(Qt::WA_InputMethodEnabled, false);

    connect(m_target->podCombo, &QComboBox::currentIndexChanged, this, &ProbeWizard::onPodChanged);
    connect(m_target->spcCombo, &QComboBox::currentIndexChanged, this, &ProbeWizard::loadInputs);
    connect(m_target->identityCombo, &QComboBox::currentIndexChanged, this, [this] {
        updateDetected();
        updateSecretGroup();
    });
    connect(m_target->addonClientIdEdit, &QLineEdit::editingFinished, this, [this] {
        if (m_inputsLoaded)
            m_derived = deriveProbeIdentity(m_inputs.pod, m_inputs.spc, m_target->addonClientIdEdit->text().trimmed());
        updateDetected();
        updateSecretGroup();
    });
    const auto changed = [page] { Q_EMIT page->completeChanged(); };
    connect(m_target->imageEdit, &QLineEdit::textChanged, page, changed);
    connect(m_target->clientSecretEdit, &QLineEdit::textChanged, page, changed);
    connect(m_target->readSecretRadio, &QRadioButton::toggled, this, &ProbeWizard::updateSecretGroup);
    connect(m_target->deleteLeftoversButton, &QPushButton::clicked, this, [this] {
        m_target->deleteLeftoversButton->setEnabled(false);
        m_target->leftoversLabel->setText(tr("Deleting the leftover probe pods…"));
        m_leftovers->remove();
    });
    updateSecretGroup();
}

void ProbeWizard::onLeftoversFound(const QList<KubeObjectMeta> &pods)
{
    if (pods.isEmpty()) {
        m_target->leftoversFrame->setVisible(false);
        return;
    }
    QStringList names;
    for (const KubeObjectMeta &pod : pods)
        names << pod.namespaceName + u'/' + pod.name;
    m_target->leftoversLabel->setText(
        u"! "_s + tr("%n probe pod(s) from an earlier test are still in the cluster: %1. They run with hostNetwork until their deadline.", nullptr, int(pods.size()))
                      .arg(names.join(u", "_s)));
    m_target->deleteLeftoversButton->setVisible(true);
    m_target->deleteLeftoversButton->setEnabled(true);
    m_target->leftoversFrame->setVisible(true);
}

void ProbeWizard::onLeftoversRemoved(int count, const QStringList &errors)
{
    QString text = u"✓ "_s + tr("Deleted %n leftover probe pod(s).", nullptr, count);
    if (!errors.isEmpty())
        text = u"✗ "_s + tr("Some leftover probe pods could not be deleted: %1").arg(errors.join(u"; "_s));
    m_target->leftoversLabel->setText(text);
    m_target->deleteLeftoversButton->setVisible(!errors.isEmpty());
    m_target->deleteLeftoversButton->setEnabled(!errors.isEmpty());
}

void ProbeWizard::onPodChanged()
{
    m_target->spcCombo->blockSignals(true);
    m_target->spcCombo->clear();
    const int index = m_target->podCombo->currentData().toInt();
    if (m_target->podCombo->currentIndex() >= 0 && index >= 0 && index < m_candidates.size()) {
        QStringList seen;
        for (const KubeSecretsStoreVolume &volume : m_candidates.at(index).pod.secretsStoreVolumes) {
            if (volume.secretProviderClass.isEmpty() || seen.contains(volume.secretProviderClass))
                continue;
            seen << volume.secretProviderClass;
            m_target->spcCombo->addItem(volume.secretProviderClass, volume.secretProviderClass);
        }
    }
    if (m_target->spcCombo->count() == 0)
        m_target->spcCombo->addItem(tr("(the pod's first Secrets Store volume)"), QString());
    m_target->spcCombo->setEnabled(m_target->spcCombo->count() > 1);
    m_target->spcCombo->blockSignals(false);
    loadInputs();
}

void ProbeWizard::loadInputs()
{
    m_inputsLoaded = false;
    m_derived = ProbeIdentity::Unknown;
    if (m_loader)
        m_loader->deleteLater(); // its answer is no longer wanted
    const int index = m_target->podCombo->currentData().toInt();
    if (m_target->podCombo->currentIndex() < 0 || index < 0 || index >= m_candidates.size()) {
        m_target->statusLabel->setText(m_candidates.isEmpty()
                                           ? u"✗ "_s + tr("No application pod with a Secrets Store volume was found in this cluster.")
                                           : QString());
        updateDetected();
        updateSecretGroup();
        return;
    }
    if (!m_client) {
        m_target->statusLabel->setText(u"✗ "_s + tr("Not connected to a cluster."));
        updateSecretGroup();
        return;
    }
    const KubePod &pod = m_candidates.at(index).pod;
    m_target->statusLabel->setText(tr("Reading %1/%2, its SecretProviderClass and its node…").arg(pod.namespaceName, pod.name));
    m_loader = new ProbeInputsLoader(m_client, this);
    connect(m_loader, &ProbeInputsLoader::loaded, this, &ProbeWizard::onInputsLoaded);
    connect(m_loader, &ProbeInputsLoader::failed, this, &ProbeWizard::onInputsFailed);
    m_loader->load(pod.namespaceName, pod.name, m_target->spcCombo->currentData().toString());
    updateDetected();
    updateSecretGroup();
}

void ProbeWizard::onInputsLoaded()
{
    if (sender() != m_loader)
        return;
    m_inputs = m_loader->inputs();
    m_inputWarnings = m_loader->warnings();
    m_inputsLoaded = true;
    m_derived = deriveProbeIdentity(m_inputs.pod, m_inputs.spc, m_target->addonClientIdEdit->text().trimmed());
    QString status = u"✓ "_s + tr("Read %1/%2 (node %3) and the SecretProviderClass %4.")
                                  .arg(m_inputs.pod.namespaceName, m_inputs.pod.name, m_inputs.pod.nodeName, m_inputs.spc.name);
    for (const QString &warning : std::as_const(m_inputWarnings))
        status += u"\n! "_s + warning;
    m_target->statusLabel->setText(status);
    updateDetected();
    updateSecretGroup();
}

void ProbeWizard::onInputsFailed(const QString &error)
{
    if (sender() != m_loader)
        return;
    m_inputsLoaded = false;
    m_target->statusLabel->setText(u"✗ "_s + error);
    updateSecretGroup();
}

void ProbeWizard::updateDetected()
{
    if (!m_inputsLoaded) {
        m_target->detectedLabel->clear();
        return;
    }
    const ProbeIdentity chosen = chosenIdentity();
    if (chosen == ProbeIdentity::Unknown)
        m_target->detectedLabel->setText(tr("Detected: %1").arg(probeIdentityDisplayName(m_derived)));
    else if (chosen != m_derived)
        m_target->detectedLabel->setText(u"! "_s + tr("The SecretProviderClass suggests %1.").arg(probeIdentityDisplayName(m_derived)));
    else
        m_target->detectedLabel->clear();
}

ProbeIdentity ProbeWizard::chosenIdentity() const
{
    return probeIdentityFromId(m_target->identityCombo->currentData().toString()).value_or(ProbeIdentity::Unknown);
}

ProbeIdentity ProbeWizard::effectiveIdentity() const
{
    const ProbeIdentity chosen = chosenIdentity();
    return chosen == ProbeIdentity::Unknown ? m_derived : chosen;
}

void ProbeWizard::updateSecretGroup()
{
    const bool sp = m_inputsLoaded && effectiveIdentity() == ProbeIdentity::ServicePrincipal;
    m_target->secretGroup->setVisible(sp);
    QString secretName;
    for (const KubeSecretsStoreVolume &volume : m_inputs.pod.secretsStoreVolumes) {
        if (volume.secretProviderClass == m_inputs.spc.name && !volume.nodePublishSecretRef.isEmpty())
            secretName = volume.nodePublishSecretRef;
    }
    m_target->readSecretRadio->setText(
        secretName.isEmpty() ? tr("&Read clientid and clientsecret from the pod's nodePublishSecretRef Secret (needs get secrets)")
                             : tr("&Read clientid and clientsecret from the Secret %1 in namespace %2 (needs get secrets)")
                                   .arg(secretName, m_inputs.pod.namespaceName));
    const bool typed = m_target->typeSecretRadio->isChecked();
    m_target->clientIdEdit->setEnabled(typed);
    m_target->clientSecretEdit->setEnabled(typed);
    Q_EMIT m_targetPage->completeChanged();
}

bool ProbeWizard::targetComplete() const
{
    if (!m_inputsLoaded || m_target->imageEdit->text().trimmed().isEmpty())
        return false;
    if (effectiveIdentity() == ProbeIdentity::ServicePrincipal && m_target->typeSecretRadio->isChecked())
        return !m_target->clientSecretEdit->text().isEmpty();
    return true;
}

bool ProbeWizard::validateTarget()
{
    ProbeInputs inputs = m_inputs;
    inputs.identity = chosenIdentity();
    inputs.image = m_target->imageEdit->text().trimmed();
    inputs.probeNamespace = m_target->probeNamespaceEdit->text().trimmed();
    inputs.apiVersion = m_target->apiVersionCombo->currentText();
    inputs.addonIdentityClientId = m_target->addonClientIdEdit->text().trimmed();
    ProbePlan plan;
    QStringList errors;
    if (!m_client) {
        m_target->statusLabel->setText(u"✗ "_s + tr("Not connected to a cluster."));
        return false;
    }
    if (!buildProbePlan(inputs, &plan, &errors)) {
        QStringList lines;
        for (const QString &error : std::as_const(errors))
            lines << u"✗ "_s + error;
        m_target->statusLabel->setText(tr("The test cannot be planned:") + u'\n' + lines.join(u'\n'));
        return false;
    }
    m_plan = plan;
    return true;
}

// ---------------------------------------------------------------------------------------------
// Plan

void ProbeWizard::setUpPlanPage()
{
    auto *page = new ProbePage(this);
    m_planUi->setupUi(page);
    page->initialize = [this] { fillPlanPage(); };
    setPage(PlanPageId, page);
    setMonospace(m_planUi->yamlEdit);
    setMonospace(m_planUi->commandView);
    m_planUi->stepsSplitter->setStretchFactor(0, 2);
    m_planUi->stepsSplitter->setStretchFactor(1, 1);
    m_planUi->stepsTree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_planUi->stepsTree->header()->setSectionResizeMode(1, QHeaderView::Interactive);
    m_planUi->stepsTree->setColumnWidth(1, 320);
    connect(m_planUi->stepsTree, &QTreeWidget::currentItemChanged, this, &ProbeWizard::showPlanStep);
}

void ProbeWizard::fillPlanPage()
{
    const ProbePlan &p = m_plan;
    QStringList objects;
    for (const KeyVaultObjectSpec &o : p.objects)
        objects << esc(o.objectName) + u" (" + esc(o.objectType) + (o.objectVersion.isEmpty() ? QString() : u", " + esc(o.objectVersion)) + u')';
    QString rows;
    const auto row = [&rows](const QString &name, const QString &value) {
        rows += u"<tr><td><b>%1</b></td><td>%2</td></tr>"_s.arg(esc(name), value);
    };
    row(tr("Pod"), esc(p.appNamespace + u'/' + p.appPod) + u" — " + esc(tr("node %1").arg(p.nodeName)));
    row(tr("Identity"), esc(probeIdentityDisplayName(p.identity)) + (p.clientId.isEmpty() ? QString() : u" — " + esc(tr("client ID %1").arg(p.clientId))));
    row(tr("Cloud"), esc(p.cloud.name) + u" — " + esc(p.cloud.authorityHost));
    row(tr("Vault"), esc(p.vaultHost) + (p.tenantId.isEmpty() ? QString() : u" — " + esc(tr("tenant %1").arg(p.tenantId))));
    row(tr("Objects"), objects.isEmpty() ? esc(tr("none")) : objects.join(u", "_s));
    row(tr("Key Vault api-version"), esc(p.apiVersion));
    m_planUi->summaryLabel->setText(u"<table cellspacing=\"2\">"_s + rows + u"</table>"_s);

    QStringList warnings = p.warnings;
    warnings += m_inputWarnings;
    if (warnings.isEmpty()) {
        m_planUi->warningsLabel->setVisible(false);
    } else {
        QString html;
        for (const QString &w : std::as_const(warnings))
            html += u"<li>! "_s + esc(w) + u"</li>"_s;
        m_planUi->warningsLabel->setText(u"<b>"_s + esc(tr("Warnings")) + u"</b><ul>"_s + html + u"</ul>"_s);
        m_planUi->warningsLabel->setVisible(true);
    }

    m_planUi->stepsTree->clear();
    for (int i = 0; i < p.steps.size(); ++i) {
        const ProbeStep &step = p.steps.at(i);
        auto *item = new QTreeWidgetItem(m_planUi->stepsTree, {QString::number(i + 1), step.title, step.expected});
        item->setData(0, Qt::UserRole, i);
        item->setToolTip(1, step.description);
        item->setToolTip(2, step.expected);
    }
    if (m_planUi->stepsTree->topLevelItemCount() > 0)
        m_planUi->stepsTree->setCurrentItem(m_planUi->stepsTree->topLevelItem(0));
    m_planUi->yamlEdit->setPlainText(p.podYaml());
}

void ProbeWizard::showPlanStep()
{
    const QTreeWidgetItem *item = m_planUi->stepsTree->currentItem();
    if (!item) {
        m_planUi->commandView->clear();
        return;
    }
    const ProbeStep &step = m_plan.steps.at(item->data(0, Qt::UserRole).toInt());
    QString text = step.title + u"\n\n"_s + step.description + u"\n\n"_s;
    text += step.shownCommand.isEmpty() ? tr("Runs in kvdoctor against the Kubernetes API; nothing is executed in the pod.")
                                        : tr("Command:") + u'\n' + step.shownCommand;
    if (!step.stdinShown.isEmpty())
        text += u"\n\n"_s + tr("On stdin (secrets shown as placeholders; the real values never appear in a command line):") + u'\n' + step.stdinShown;
    if (!step.expected.isEmpty())
        text += u"\n\n"_s + tr("Expected: %1").arg(step.expected);
    m_planUi->commandView->setPlainText(text);
}

// ---------------------------------------------------------------------------------------------
// Consent

void ProbeWizard::setUpConsentPage()
{
    auto *page = new ProbePage(this);
    m_consent->setupUi(page);
    page->complete = [this] { return m_consent->consentCheck->isChecked(); };
    page->initialize = [this] { fillConsentPage(); };
    // Once the test runs, going back would only show a plan that already ran.
    page->setCommitPage(true);
    page->setButtonText(QWizard::CommitButton, tr("&Run Test"));
    connect(m_consent->consentCheck, &QCheckBox::toggled, page, [page] { Q_EMIT page->completeChanged(); });
    setPage(ConsentPageId, page);
}

void ProbeWizard::fillConsentPage()
{
    m_consent->consentCheck->setChecked(false);
    const ProbePlan &p = m_plan;
    const QJsonObject spec = p.podManifest.value(u"spec"_s).toObject();
    const int deadline = spec.value(u"activeDeadlineSeconds"_s).toInt();
    const auto item = [](const QString &html) { return u"<li>"_s + html + u"</li>"_s; };
    QString html = u"<p>"_s + esc(tr("kvdoctor will create one pod:")) + u"</p><ul>"_s;
    html += item(esc(tr("Pod %1 in namespace %2").arg(p.probePodName, p.probeNamespace)));
    html += item(esc(tr("On node %1 (pinned with nodeName, tolerating the node's taints)").arg(p.nodeName)));
    html += item(esc(tr("Image %1").arg(p.image)));
    html += item(esc(tr("hostNetwork: true — it uses the node's network, as the provider does")));
    if (deadline > 0)
        html += item(esc(tr("activeDeadlineSeconds: %1 — the pod ends itself even if kvdoctor stops").arg(deadline)));
    html += item(esc(tr("Label %1, so leftovers can be found").arg(ProbePlan::labelSelector())));
    html += u"</ul><p>"_s + esc(tr("Then it will:")) + u"</p><ul>"_s;
    html += item(esc(tr("Run %n check(s) in the pod by exec, as shown on the previous page.", nullptr, int(p.steps.size()))));
    html += item(esc(tr("Obtain a real access token for %1; tokens are kept in memory only, never shown or stored.")
                         .arg(probeIdentityDisplayName(p.identity))));
    if (p.identity == ProbeIdentity::ServicePrincipal) {
        if (m_target->typeSecretRadio->isChecked())
            html += item(esc(tr("Use the client secret you typed; it goes to the pod on stdin, never on a command line, and is not saved.")));
        else
            html += item(esc(tr("Read the Secret %1 in namespace %2 for the client ID and secret (kept in memory only).")
                                 .arg(p.nodePublishSecretRef, p.appNamespace)));
    }
    if (p.identity == ProbeIdentity::WorkloadIdentity)
        html += item(esc(tr("Request a short-lived token for the service account %1/%2 (audience api://AzureADTokenExchange), kept in memory only.")
                             .arg(p.appNamespace, p.serviceAccount)));
    html += item(esc(tr("Read only the metadata of each Key Vault object; secret values are never shown or stored.")));
    html += u"</ul><p><b>"_s
            + esc(tr("The pod is deleted at the end, when you cancel and on errors. This is the only write kvdoctor makes in a cluster; "
                     "everything else is read-only."))
            + u"</b></p>"_s;
    m_consent->consentText->setHtml(html);
}

// ---------------------------------------------------------------------------------------------
// Run

void ProbeWizard::setUpRunPage()
{
    auto *page = new ProbePage(this);
    m_run->setupUi(page);
    m_runPage = page;
    page->complete = [this] { return m_runFinished; };
    page->initialize = [this] { startRun(); };
    page->setCommitPage(true);
    page->setButtonText(QWizard::CommitButton, tr("Show &Results"));
    m_run->runTree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_run->runTree->setColumnWidth(1, 300);
    connect(m_run->cancelRunButton, &QPushButton::clicked, this, &ProbeWizard::cancelRun);
    setPage(RunPageId, page);
}

int ProbeWizard::stepRow(const QString &stepId) const
{
    for (int i = 0; i < m_plan.steps.size(); ++i) {
        if (m_plan.steps.at(i).id == stepId)
            return i;
    }
    return -1;
}

void ProbeWizard::startRun()
{
    if (m_runner)
        return; // one run per wizard
    if (!m_client) { // the session went away after the plan was made
        m_run->runStatusLabel->setText(u"✗ "_s + tr("Not connected to a cluster."));
        m_run->cancelRunButton->setEnabled(false);
        return;
    }
    m_run->runTree->clear();
    for (const ProbeStep &step : std::as_const(m_plan.steps))
        new QTreeWidgetItem(m_run->runTree, {verdictText(ProbeVerdict::Pending), step.title, QString()});
    m_run->progressBar->setRange(0, int(m_plan.steps.size()));
    m_run->progressBar->setValue(0);
    m_run->runStatusLabel->setText(tr("Starting…"));
    m_run->cancelRunButton->setEnabled(true);

    m_runner = new ProbeRunner(m_client, m_plan, this);
    m_runner->setPollInterval(m_pollIntervalMs);
    if (m_plan.identity == ProbeIdentity::ServicePrincipal) {
        if (m_target->typeSecretRadio->isChecked()) {
            // The typed secret moves into the runner; the field is emptied so it lives in as few
            // places as possible. A copy stays here only to redact copied text.
            m_typedSecret = m_target->clientSecretEdit->text().toUtf8();
            m_runner->setClientSecret(m_typedSecret);
            const QString clientId = m_target->clientIdEdit->text().trimmed();
            m_runner->setClientId(clientId);
            m_runner->setReadSecretFromCluster(clientId.isEmpty()); // the Secret's clientid is still needed
            m_target->clientSecretEdit->clear();
        } else {
            m_runner->setReadSecretFromCluster(true);
        }
    }
    connect(m_runner, &ProbeRunner::stepStarted, this, &ProbeWizard::onStepStarted);
    connect(m_runner, &ProbeRunner::stepFinished, this, &ProbeWizard::onStepFinished);
    connect(m_runner, &ProbeRunner::progress, this, [this](int done, int total, const QString &message) {
        m_run->progressBar->setRange(0, total);
        m_run->progressBar->setValue(done);
        if (!message.isEmpty() && !m_canceled)
            m_run->runStatusLabel->setText(message);
    });
    connect(m_runner, &ProbeRunner::podCreated, this, [this](const QString &ns, const QString &name) {
        m_run->runStatusLabel->setText(tr("Created the probe pod %1/%2; waiting for it to run…").arg(ns, name));
    });
    connect(m_runner, &ProbeRunner::podDeleted, this, [this](const QString &ns, const QString &name) {
        m_run->runStatusLabel->setText(tr("Deleted the probe pod %1/%2.").arg(ns, name));
    });
    connect(m_runner, &ProbeRunner::finished, this, &ProbeWizard::onRunFinished);
    // Started from the event loop so callers can connect to runner() first.
    QTimer::singleShot(0, m_runner, &ProbeRunner::start);
}

void ProbeWizard::onStepStarted(const QString &stepId)
{
    const int row = stepRow(stepId);
    if (QTreeWidgetItem *item = m_run->runTree->topLevelItem(row)) {
        item->setText(0, u"▶ "_s + tr("Running"));
        m_run->runTree->scrollToItem(item);
    }
}

void ProbeWizard::onStepFinished(const ProbeStepResult &result)
{
    QTreeWidgetItem *item = m_run->runTree->topLevelItem(stepRow(result.stepId));
    if (!item)
        return;
    item->setText(0, verdictText(result.verdict));
    item->setIcon(0, verdictIcon(result.verdict));
    item->setText(2, result.actual);
    item->setToolTip(2, result.actual);
    QFont font = item->font(1);
    font.setBold(result.verdict == ProbeVerdict::Fail);
    item->setFont(1, font);
}

void ProbeWizard::cancelRun()
{
    if (!isRunning() || m_canceled)
        return;
    m_canceled = true;
    m_run->cancelRunButton->setEnabled(false);
    m_run->runStatusLabel->setText(tr("Canceling; deleting the probe pod…"));
    m_runner->cancel();
}

void ProbeWizard::onRunFinished()
{
    m_runFinished = true;
    m_canceled = m_canceled || m_runner->phase() == ProbeRunner::Phase::Canceled;
    m_run->cancelRunButton->setEnabled(false);
    m_run->progressBar->setValue(m_run->progressBar->maximum());
    const ProbeSummary s = m_runner->summary();
    m_run->runStatusLabel->setText(m_canceled ? tr("Canceled. The probe pod was cleaned up; see the cleanup step.")
                                              : verdictGlyph(s.verdict) + u' ' + s.headline);
    m_report = probeReportJson(m_plan, m_runner->results(), s);
    m_report.insert(u"context"_s, m_contextName);
    m_report.insert(u"canceled"_s, m_canceled);
    m_report.insert(u"inputWarnings"_s, QJsonArray::fromStringList(m_inputWarnings));
    // The flat form the report (core/report.h, ReportInput::connectivity) reads next to the
    // probe's own: verdict, where, when, and one row per step.
    m_report.insert(u"verdict"_s, probeVerdictId(s.verdict));
    m_report.insert(u"target"_s, QString(m_plan.appNamespace + u'/' + m_plan.appPod));
    m_report.insert(u"identity"_s, probeIdentityDisplayName(m_plan.identity));
    m_report.insert(u"node"_s, m_plan.nodeName);
    m_report.insert(u"vault"_s, m_plan.vaultHost);
    m_report.insert(u"finished"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    QJsonArray rows;
    for (const ProbeStep &step : std::as_const(m_plan.steps)) {
        const ProbeStepResult r = m_runner->result(step.id);
        rows.append(QJsonObject{{u"stepId"_s, step.id}, {u"title"_s, step.title}, {u"verdict"_s, probeVerdictId(r.verdict)},
                                {u"actual"_s, r.actual}, {u"causeId"_s, r.causeId}, {u"causeTitle"_s, causeTitle(r.causeId)},
                                {u"fix"_s, r.fix}});
    }
    m_report.insert(u"results"_s, rows);
    Q_EMIT m_runPage->completeChanged();
    if (button(QWizard::CommitButton)->isVisible())
        button(QWizard::CommitButton)->setFocus();
    Q_EMIT probeFinished(m_report);
    if (m_closeWhenFinished)
        QWizard::reject();
}

void ProbeWizard::reject()
{
    if (isRunning()) {
        m_closeWhenFinished = true;
        cancelRun();
        return; // closes when the runner reports the pod deleted
    }
    QWizard::reject();
}

// ---------------------------------------------------------------------------------------------
// Results

void ProbeWizard::setUpResultsPage()
{
    auto *page = new ProbePage(this);
    m_results->setupUi(page);
    page->initialize = [this] { fillResultsPage(); };
    page->setFinalPage(true);
    m_results->resultsSplitter->setStretchFactor(0, 1);
    m_results->resultsSplitter->setStretchFactor(1, 1);
    m_results->resultsTree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_results->resultsTree->setColumnWidth(1, 260);
    m_results->resultsTree->setColumnWidth(2, 400);
    connect(m_results->resultsTree, &QTreeWidget::currentItemChanged, this, &ProbeWizard::showResultDetails);
    connect(m_results->copyButton, &QPushButton::clicked, this, &ProbeWizard::copyResults);
    setPage(ResultsPageId, page);
}

void ProbeWizard::fillResultsPage()
{
    const ProbeSummary s = summary();
    QString html = u"<p style=\"font-size:large\"><b>%1 %2</b> — %3</p>"_s.arg(esc(verdictGlyph(s.verdict)), esc(probeVerdictDisplayName(s.verdict)),
                                                                            esc(s.headline));
    if (m_canceled)
        html += u"<p>"_s + esc(tr("The test was canceled; steps that did not run are marked skipped.")) + u"</p>"_s;
    if (!s.causeId.isEmpty())
        html += u"<p><b>"_s + esc(tr("Cause:")) + u"</b> "_s + esc(causeTitle(s.causeId)) + u" <code>"_s + esc(s.causeId) + u"</code></p>"_s;
    if (!s.nextAction.isEmpty())
        html += u"<p><b>"_s + esc(tr("Next:")) + u"</b> "_s + esc(s.nextAction) + u"</p>"_s;
    m_results->verdictLabel->setText(html);

    m_results->resultsTree->clear();
    QTreeWidgetItem *focus = nullptr;
    for (const ProbeStep &step : std::as_const(m_plan.steps)) {
        const ProbeStepResult r = resultFor(step.id);
        auto *item = new QTreeWidgetItem(m_results->resultsTree, {verdictText(r.verdict), step.title, r.actual, causeTitle(r.causeId)});
        item->setData(0, Qt::UserRole, step.id);
        item->setIcon(0, verdictIcon(r.verdict));
        item->setToolTip(2, r.actual);
        item->setToolTip(3, r.causeId);
        if (step.id == s.failedStepId || (!focus && r.verdict == ProbeVerdict::Fail))
            focus = item;
    }
    if (!focus)
        focus = m_results->resultsTree->topLevelItem(0);
    m_results->resultsTree->setCurrentItem(focus);
    m_results->copiedLabel->clear();
}

void ProbeWizard::showResultDetails()
{
    const QTreeWidgetItem *item = m_results->resultsTree->currentItem();
    const ProbeStep *step = item ? m_plan.step(item->data(0, Qt::UserRole).toString()) : nullptr;
    if (!step) {
        m_results->detailsBrowser->clear();
        return;
    }
    const ProbeStepResult r = resultFor(step->id);
    QString html = u"<h3>"_s + esc(verdictGlyph(r.verdict) + u' ' + step->title) + u"</h3>"_s;
    // Paragraphs rather than a table: long command lines must not squeeze the labels.
    const auto row = [&html](const QString &name, const QString &value) {
        if (value.isEmpty())
            return;
        if (value.startsWith(u"<pre>"_s))
            html += u"<p><b>%1</b></p>%2"_s.arg(esc(name), value);
        else
            html += u"<p><b>%1:</b> %2</p>"_s.arg(esc(name), value);
    };
    // What happened and what to do first; how it was checked below.
    row(tr("Verdict"), esc(verdictText(r.verdict)));
    row(tr("Actual"), esc(r.actual));
    row(tr("Expected"), esc(step->expected));
    row(tr("Explanation"), esc(r.explanation));
    row(tr("Fix"), esc(r.fix));
    if (!r.causeId.isEmpty()) {
        QString cause = esc(causeTitle(r.causeId)) + u" <code>"_s + esc(r.causeId) + u"</code>"_s;
        if (const Rule *rule = RuleCatalogue::builtin().rule(r.causeId)) {
            for (const QString &url : rule->docs)
                cause += u"<br><a href=\"%1\">%2</a>"_s.arg(esc(url), esc(url));
        }
        row(tr("Cause"), cause);
    }
    row(tr("Command"), step->shownCommand.isEmpty() ? esc(tr("(Kubernetes API call by kvdoctor)")) : u"<pre>"_s + esc(step->shownCommand) + u"</pre>"_s);
    if (!step->stdinShown.isEmpty() && !step->shownCommand.contains(step->stdinShown))
        row(tr("Stdin"), u"<pre>"_s + esc(step->stdinShown) + u"</pre>"_s);
    if (r.httpStatus > 0)
        row(tr("HTTP status"), QString::number(r.httpStatus));
    if (r.exitCode >= 0 && step->kind == ProbeStep::Kind::Exec)
        row(tr("Exit code"), QString::number(r.exitCode));
    if (!r.facts.isEmpty()) {
        QStringList facts;
        for (auto it = r.facts.begin(); it != r.facts.end(); ++it)
            facts << esc(it.key()) + u": "_s + esc(it.value());
        row(tr("Facts"), facts.join(u"<br>"_s));
    }
    if (!r.output.isEmpty())
        row(tr("Output"), u"<pre>"_s + esc(r.output) + u"</pre>"_s);
    m_results->detailsBrowser->setHtml(html);
}

QString ProbeWizard::resultsMarkdown() const
{
    if (!m_runner)
        return {};
    const ProbePlan &p = m_plan;
    const ProbeSummary s = summary();
    QString md = u"## "_s + tr("Connectivity test: %1/%2 → %3").arg(p.appNamespace, p.appPod, p.vaultHost) + u"\n\n"_s;
    const auto line = [&md](const QString &name, const QString &value) {
        if (!value.isEmpty())
            md += u"- **"_s + name + u":** "_s + value + u'\n';
    };
    line(tr("Context"), m_contextName);
    line(tr("Identity"), probeIdentityDisplayName(p.identity) + (p.clientId.isEmpty() ? QString() : u" (`"_s + p.clientId + u"`)"_s));
    line(tr("Cloud"), p.cloud.name);
    line(tr("Node"), p.nodeName);
    line(tr("Probe pod"), p.probeNamespace + u'/' + p.probePodName + u", "_s + p.image);
    line(tr("Key Vault api-version"), p.apiVersion);
    md += u"\n**"_s + verdictText(s.verdict) + u"** — "_s + s.headline + u'\n';
    if (m_canceled)
        md += u'\n' + tr("The test was canceled.") + u'\n';
    if (!s.causeId.isEmpty())
        md += u'\n' + tr("Cause:") + u' ' + causeTitle(s.causeId) + u" (`"_s + s.causeId + u"`)\n"_s;
    if (!s.nextAction.isEmpty())
        md += u'\n' + tr("Next:") + u' ' + s.nextAction + u'\n';
    md += u"\n| "_s + tr("Verdict") + u" | "_s + tr("Step") + u" | "_s + tr("Actual") + u" | "_s + tr("Cause") + u" |\n|---|---|---|---|\n"_s;
    for (const ProbeStep &step : p.steps) {
        const ProbeStepResult r = resultFor(step.id);
        md += u"| "_s + cell(verdictText(r.verdict)) + u" | "_s + cell(step.title) + u" | "_s + cell(r.actual) + u" | "_s
              + cell(r.causeId.isEmpty() ? QString() : causeTitle(r.causeId) + u" (`"_s + r.causeId + u"`)"_s) + u" |\n"_s;
    }
    for (const ProbeStep &step : p.steps) {
        const ProbeStepResult r = resultFor(step.id);
        if (r.verdict != ProbeVerdict::Fail && r.verdict != ProbeVerdict::Warning)
            continue;
        md += u"\n### "_s + verdictGlyph(r.verdict) + u' ' + step.title + u"\n\n"_s;
        if (!step.shownCommand.isEmpty())
            md += u"```\n"_s + step.shownCommand + u"\n```\n"_s;
        line(tr("Expected"), step.expected);
        line(tr("Actual"), r.actual);
        line(tr("Explanation"), r.explanation);
        line(tr("Fix"), r.fix);
        if (!r.causeId.isEmpty())
            line(tr("Cause"), causeTitle(r.causeId) + u" (`"_s + r.causeId + u"`)"_s);
        if (!r.output.isEmpty())
            md += u"\n```\n"_s + r.output.trimmed() + u"\n```\n"_s;
    }
    // Results are redacted by the runner; this pass also removes the typed secret verbatim.
    Redactor redactor;
    if (!m_typedSecret.isEmpty())
        redactor.addSecret(QString::fromUtf8(m_typedSecret));
    return redactor.redact(redactSecrets(md));
}

void ProbeWizard::copyResults()
{
    const QString md = resultsMarkdown();
    if (md.isEmpty())
        return;
    QGuiApplication::clipboard()->setText(md);
    m_results->copiedLabel->setText(u"✓ "_s + tr("Copied as Markdown (secrets and tokens removed)."));
}

} // namespace kvd
