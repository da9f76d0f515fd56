// SPDX-License-Identifier: MIT
#include "widgets/exportdialog.h"

#include "ui_exportdialog.h"

#include <QClipboard>
#include <QDir>
#include <QFileDialog>
#include <QGuiApplication>
#include <QPointer>
#include <QPushButton>
#include <QStandardPaths>
#include <QThread>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace kvd {

namespace {
struct FormatEntry
{
    const char *id;
    const char *name;
    const char *filter;
};
const FormatEntry kFormats[] = {
    {"md", QT_TRANSLATE_NOOP("kvd::ExportDialog", "Markdown (for the ticket)"), QT_TRANSLATE_NOOP("kvd::ExportDialog", "Markdown (*.md)")},
    {"html", QT_TRANSLATE_NOOP("kvd::ExportDialog", "HTML (one self-contained file)"), QT_TRANSLATE_NOOP("kvd::ExportDialog", "HTML (*.html)")},
    {"pdf", QT_TRANSLATE_NOOP("kvd::ExportDialog", "PDF"), QT_TRANSLATE_NOOP("kvd::ExportDialog", "PDF (*.pdf)")},
    {"json", QT_TRANSLATE_NOOP("kvd::ExportDialog", "JSON (machine-readable)"), QT_TRANSLATE_NOOP("kvd::ExportDialog", "JSON (*.json)")},
    {"zip", QT_TRANSLATE_NOOP("kvd::ExportDialog", "Zip bundle (report and redacted logs)"), QT_TRANSLATE_NOOP("kvd::ExportDialog", "Zip archive (*.zip)")},
};
} // namespace

ExportDialog::ExportDialog(QWidget *parent) : QDialog(parent), m_ui(std::make_unique<Ui::ExportDialog>())
{
    m_ui->setupUi(this);
    for (const FormatEntry &f : kFormats)
        m_ui->formatCombo->addItem(tr(f.name), QString::fromLatin1(f.id));
    m_ui->languageCombo->addItem(tr("English"), u"en"_s);
    m_ui->languageCombo->addItem(tr("Korean"), u"ko"_s);
    // Rule texts follow the UI language unless the ticket needs another one.
    if (QLocale().language() == QLocale::Korean)
        m_ui->languageCombo->setCurrentIndex(1);
    m_ui->splitter->setStretchFactor(1, 1);
    m_ui->cancelButton->setVisible(false);

    // Rebuilding on every click of a group of checkboxes would redo the report several times;
    // one rebuild after the clicks settle.
    auto *rebuildTimer = new QTimer(this);
    rebuildTimer->setSingleShot(true);
    rebuildTimer->setInterval(80);
    connect(rebuildTimer, &QTimer::timeout, this, &ExportDialog::rebuild);
    const QList<QCheckBox *> boxes = findChildren<QCheckBox *>();
    for (QCheckBox *box : boxes)
        connect(box, &QCheckBox::toggled, rebuildTimer, qOverload<>(&QTimer::start));
    connect(m_ui->languageCombo, &QComboBox::currentIndexChanged, rebuildTimer, qOverload<>(&QTimer::start));
    connect(m_ui->formatCombo, &QComboBox::currentIndexChanged, rebuildTimer, qOverload<>(&QTimer::start));

    connect(m_ui->copySummaryButton, &QPushButton::clicked, this, &ExportDialog::copySummary);
    connect(m_ui->saveButton, &QPushButton::clicked, this, &ExportDialog::chooseFileAndSave);
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &ExportDialog::cancelSaving);
    connect(m_ui->closeButton, &QPushButton::clicked, this, &ExportDialog::reject);
}

ExportDialog::~ExportDialog()
{
    if (m_worker) {
        m_cancel->store(true);
        m_worker->wait();
    }
}

void ExportDialog::setInput(const ReportInput &input, const QList<BundleLog> &logs)
{
    m_input = input;
    m_logs = logs;
    m_ui->sectionConnectivity->setEnabled(!input.connectivity.isEmpty());
    rebuild();
}

ReportOptions ExportDialog::options() const
{
    ReportOptions o;
    o.sections.cluster = m_ui->sectionCluster->isChecked();
    o.sections.failingPods = m_ui->sectionFailingPods->isChecked();
    o.sections.secretProviderClasses = m_ui->sectionSpcs->isChecked();
    o.sections.findings = m_ui->sectionFindings->isChecked();
    o.sections.connectivity = m_ui->sectionConnectivity->isChecked();
    o.sections.timeline = m_ui->sectionTimeline->isChecked();
    o.sections.environment = m_ui->sectionEnvironment->isChecked();
    o.sections.collected = m_ui->sectionCollected->isChecked();
    o.redaction.maskIpAddresses = m_ui->maskIps->isChecked();
    o.redaction.maskNodeNames = m_ui->maskNodes->isChecked();
    o.redaction.maskIds = m_ui->maskIds->isChecked();
    o.maskServer = m_ui->maskServer->isChecked();
    o.language = m_ui->languageCombo->currentData().toString();
    return o;
}

void ExportDialog::setOptions(const ReportOptions &o)
{
    const QSignalBlocker blockFormat(m_ui->formatCombo);
    m_ui->sectionCluster->setChecked(o.sections.cluster);
    m_ui->sectionFailingPods->setChecked(o.sections.failingPods);
    m_ui->sectionSpcs->setChecked(o.sections.secretProviderClasses);
    m_ui->sectionFindings->setChecked(o.sections.findings);
    m_ui->sectionConnectivity->setChecked(o.sections.connectivity);
    m_ui->sectionTimeline->setChecked(o.sections.timeline);
    m_ui->sectionEnvironment->setChecked(o.sections.environment);
    m_ui->sectionCollected->setChecked(o.sections.collected);
    m_ui->maskIps->setChecked(o.redaction.maskIpAddresses);
    m_ui->maskNodes->setChecked(o.redaction.maskNodeNames);
    m_ui->maskIds->setChecked(o.redaction.maskIds);
    m_ui->maskServer->setChecked(o.maskServer);
    const int language = m_ui->languageCombo->findData(o.language);
    if (language >= 0)
        m_ui->languageCombo->setCurrentIndex(language);
    rebuild();
}

QString ExportDialog::currentFormat() const
{
    return m_ui->formatCombo->currentData().toString();
}

void ExportDialog::rebuild()
{
    Redactor redactor(options().redaction);
    m_report = Report::build(m_input, options(), &redactor);
    const QString format = currentFormat();
    if (format == u"md"_s)
        m_ui->preview->setPlainText(Report::toMarkdown(m_report));
    else if (format == u"json"_s)
        m_ui->preview->setPlainText(QString::fromUtf8(Report::toJson(m_report)));
    else
        m_ui->preview->setHtml(Report::toHtml(m_report));
    const QStringList summary = redactor.summary();
    m_ui->redactionCount->setText(summary.isEmpty() ? tr("Nothing needed redacting in this report.")
                                                    : tr("Removed from this report: %1.").arg(summary.join(u"; "_s)));
}

QString ExportDialog::previewText() const
{
    return m_ui->preview->toPlainText();
}

void ExportDialog::copySummary()
{
    QGuiApplication::clipboard()->setText(Report::summaryMarkdown(m_report));
    m_ui->statusLabel->setText(tr("The summary is on the clipboard."));
}

void ExportDialog::chooseFileAndSave()
{
    const QString format = currentFormat();
    QString filter;
    for (const FormatEntry &f : kFormats) {
        if (format == QLatin1String(f.id))
            filter = tr(f.filter);
    }
    const QString stamp = QDateTime::currentDateTime().toString(u"yyyyMMdd-HHmm"_s);
    const QString suggested = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                                  .filePath(u"kvdoctor-report-%1.%2"_s.arg(stamp, format));
    QString path = QFileDialog::getSaveFileName(this, tr("Save Report"), suggested, filter);
    if (path.isEmpty())
        return;
    if (Report::formatForPath(path).isEmpty())
        path += u'.' + format;
    saveTo(path);
}

void ExportDialog::saveTo(const QString &path)
{
    if (m_worker)
        return;
    const QString format = Report::formatForPath(path);
    // Fonts and text layout stay in the GUI thread; writing and the logs' redaction do not.
    QByteArray pdf;
    if (format == u"pdf"_s || format == u"zip"_s) {
        QString error;
        pdf = ReportExport::toPdf(m_report, &error);
        if (pdf.isEmpty()) {
            finishSaving(false, path, error);
            return;
        }
    }
    m_cancel = std::make_shared<std::atomic_bool>(false);
    const QJsonObject report = m_report;
    const QList<BundleLog> logs = m_logs;
    const ReportOptions opts = options();
    const QStringList secrets = m_input.knownSecrets;
    const auto cancel = m_cancel;
    QPointer<ExportDialog> self(this);
    m_worker = QThread::create([=] {
        QString error;
        bool ok = false;
        if (format == u"pdf"_s) {
            ok = writeFileAtomically(path, pdf, &error);
        } else if (format == u"zip"_s) {
            Redactor redactor(opts.redaction);
            for (const QString &s : secrets)
                redactor.addSecret(s);
            ok = ReportExport::writeBundle(path, report, logs, redactor, &error,
                                           [cancel](int, int) { return !cancel->load(); }, pdf);
        } else {
            Redactor unused;
            ok = ReportExport::writeReport(path, report, {}, unused, &error);
        }
        QMetaObject::invokeMethod(
            self, [self, ok, path, error] {
                if (self)
                    self->finishSaving(ok, path, error);
            },
            Qt::QueuedConnection);
    });
    m_ui->saveButton->setEnabled(false);
    m_ui->cancelButton->setVisible(format == u"zip"_s);
    m_ui->statusLabel->setText(tr("Saving %1…").arg(QDir::toNativeSeparators(path)));
    m_worker->start();
}

void ExportDialog::cancelSaving()
{
    if (m_cancel)
        m_cancel->store(true);
}

void ExportDialog::finishSaving(bool ok, const QString &path, const QString &message)
{
    if (m_worker) {
        m_worker->wait();
        delete m_worker;
        m_worker = nullptr;
    }
    m_ui->saveButton->setEnabled(true);
    m_ui->cancelButton->setVisible(false);
    if (ok) {
        m_ui->statusLabel->setText(tr("Saved %1.").arg(QDir::toNativeSeparators(path)));
        Q_EMIT saved(path);
    } else {
        m_ui->statusLabel->setText(tr("Not saved: %1").arg(message));
        Q_EMIT saveFailed(message);
    }
}

void ExportDialog::reject()
{
    // Closing while saving cancels the save (the target file stays as it was).
    cancelSaving();
    QDialog::reject();
}

} // namespace kvd
