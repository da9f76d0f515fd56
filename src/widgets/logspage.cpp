// SPDX-License-Identifier: MIT
#include "widgets/logspage.h"

#include "kube/kubeclient.h"
#include "kube/kubewatch.h"
#include "models/logarchive.h"
#include "widgets/logview.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QSaveFile>
#include <QSettings>
#include <QShortcut>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

namespace kvd {

namespace {
const QString kRecentKey = QStringLiteral("logs/recentFiles");
constexpr int kMaxRecent = 10;

template<typename W>
W *named(W *widget, const QString &objectName, const QString &accessibleName)
{
    widget->setObjectName(objectName);
    widget->setAccessibleName(accessibleName);
    return widget;
}
}

LogsPage::LogsPage(QWidget *parent)
    : QWidget(parent)
    , m_model(new LogModel(this))
    , m_view(new LogView(this))
{
    setObjectName(QStringLiteral("logsPage"));
    setAcceptDrops(true);
    m_view->setModel(m_model);

    // --- sources row ---
    auto *sources = new QHBoxLayout;
    auto *open = named(new QPushButton(tr("Open Logs…")), QStringLiteral("logsOpenButton"), tr("Open log files"));
    connect(open, &QPushButton::clicked, this, &LogsPage::openFilesDialog);
    auto *folder = named(new QPushButton(tr("Open Folder…")), QStringLiteral("logsOpenFolderButton"), tr("Open a folder of logs"));
    connect(folder, &QPushButton::clicked, this, &LogsPage::openFolderDialog);
    m_recent = named(new QToolButton, QStringLiteral("logsRecentButton"), tr("Recent logs"));
    m_recent->setText(tr("Recent"));
    m_recent->setPopupMode(QToolButton::InstantPopup);
    m_recent->setMenu(new QMenu(m_recent));
    sources->addWidget(open);
    sources->addWidget(folder);
    sources->addWidget(m_recent);

    m_clusterBar = new QWidget;
    auto *cluster = new QHBoxLayout(m_clusterBar);
    cluster->setContentsMargins(0, 0, 0, 0);
    m_nodeLabel = named(new QLabel, QStringLiteral("logsNodeLabel"), tr("Node"));
    m_since = named(new QComboBox, QStringLiteral("logsSinceCombo"), tr("Since"));
    m_since->addItem(tr("Last 15 minutes"), QStringLiteral("15m"));
    m_since->addItem(tr("Last hour"), QStringLiteral("1h"));
    m_since->addItem(tr("Last 6 hours"), QStringLiteral("6h"));
    m_since->addItem(tr("Last 24 hours"), QStringLiteral("24h"));
    m_since->addItem(tr("All"), QStringLiteral("all"));
    m_since->addItem(tr("Custom (minutes)"), QStringLiteral("custom"));
    m_since->setCurrentIndex(1); // the runbook's --since=1h
    m_customMinutes = named(new QSpinBox, QStringLiteral("logsCustomMinutes"), tr("Custom minutes"));
    m_customMinutes->setRange(1, 60 * 24 * 30);
    m_customMinutes->setValue(120);
    m_customMinutes->setVisible(false);
    m_previous = named(new QCheckBox(tr("Previous container")), QStringLiteral("logsPreviousCheck"), tr("Previous container"));
    m_follow = named(new QCheckBox(tr("Follow")), QStringLiteral("logsFollowCheck"), tr("Follow"));
    auto *reloadButton = named(new QPushButton(tr("Reload")), QStringLiteral("logsReloadButton"), tr("Reload logs"));
    connect(m_since, &QComboBox::currentIndexChanged, this, [this] {
        m_customMinutes->setVisible(m_since->currentData().toString() == u"custom");
    });
    connect(reloadButton, &QPushButton::clicked, this, &LogsPage::reload);
    cluster->addWidget(m_nodeLabel);
    cluster->addWidget(m_since);
    cluster->addWidget(m_customMinutes);
    cluster->addWidget(m_previous);
    cluster->addWidget(m_follow);
    cluster->addWidget(reloadButton);
    m_clusterBar->setVisible(false);
    sources->addWidget(m_clusterBar);
    sources->addStretch();

    // --- search and filter row ---
    auto *searchRow = new QHBoxLayout;
    m_search = named(new QLineEdit, QStringLiteral("logsSearchEdit"), tr("Search"));
    m_search->setPlaceholderText(tr("Search (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_regex = named(new QCheckBox(tr("Regex")), QStringLiteral("logsRegexCheck"), tr("Regular expression"));
    m_case = named(new QCheckBox(tr("Case")), QStringLiteral("logsCaseCheck"), tr("Case sensitive"));
    m_onlyMatching = named(new QCheckBox(tr("Only matching lines")), QStringLiteral("logsOnlyMatchingCheck"), tr("Show only matching lines"));
    auto *prev = named(new QToolButton, QStringLiteral("logsFindPrevious"), tr("Previous match"));
    prev->setText(tr("Previous"));
    auto *next = named(new QToolButton, QStringLiteral("logsFindNext"), tr("Next match"));
    next->setText(tr("Next"));
    m_matchLabel = named(new QLabel, QStringLiteral("logsMatchLabel"), tr("Matches"));
    m_severity = named(new QComboBox, QStringLiteral("logsSeverityCombo"), tr("Severity"));
    m_severity->addItem(tr("All lines"), int(LogSeverity::Unknown));
    m_severity->addItem(tr("Warnings and errors"), int(LogSeverity::Warning));
    m_severity->addItem(tr("Errors only"), int(LogSeverity::Error));
    m_timeRange = named(new QCheckBox(tr("Time range")), QStringLiteral("logsTimeRangeCheck"), tr("Limit to a time range"));
    m_from = named(new QDateTimeEdit, QStringLiteral("logsFromEdit"), tr("From"));
    m_to = named(new QDateTimeEdit, QStringLiteral("logsToEdit"), tr("To"));
    for (QDateTimeEdit *edit : {m_from, m_to}) {
        edit->setTimeZone(QTimeZone::UTC);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        edit->setDateTime(QDateTime::currentDateTimeUtc());
        edit->setEnabled(false);
    }
    m_from->setDateTime(QDateTime::currentDateTimeUtc().addSecs(-3600));
    searchRow->addWidget(m_search, 1);
    searchRow->addWidget(m_regex);
    searchRow->addWidget(m_case);
    searchRow->addWidget(prev);
    searchRow->addWidget(next);
    searchRow->addWidget(m_matchLabel);
    searchRow->addWidget(m_onlyMatching);
    searchRow->addWidget(m_severity);
    searchRow->addWidget(m_timeRange);
    searchRow->addWidget(m_from);
    searchRow->addWidget(m_to);

    m_status = named(new QLabel, QStringLiteral("logsStatusLabel"), tr("Log status"));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(sources);
    layout->addLayout(searchRow);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_status);

    connect(m_search, &QLineEdit::textChanged, this, &LogsPage::applyFilter);
    connect(m_search, &QLineEdit::returnPressed, this, &LogsPage::findNext);
    for (QCheckBox *box : {m_regex, m_case, m_onlyMatching})
        connect(box, &QCheckBox::toggled, this, &LogsPage::applyFilter);
    connect(m_timeRange, &QCheckBox::toggled, this, [this](bool on) {
        m_from->setEnabled(on);
        m_to->setEnabled(on);
        applyFilter();
    });
    connect(m_from, &QDateTimeEdit::dateTimeChanged, this, &LogsPage::applyFilter);
    connect(m_to, &QDateTimeEdit::dateTimeChanged, this, &LogsPage::applyFilter);
    connect(m_severity, &QComboBox::currentIndexChanged, this, &LogsPage::applyFilter);
    connect(next, &QToolButton::clicked, this, &LogsPage::findNext);
    connect(prev, &QToolButton::clicked, this, &LogsPage::findPrevious);

    auto shortcut = [this](const QKeySequence &keys, auto slot) {
        auto *s = new QShortcut(keys, this, slot);
        s->setContext(Qt::WidgetWithChildrenShortcut);
    };
    shortcut(QKeySequence::Find, [this] { focusSearch(); });
    shortcut(QKeySequence::FindNext, [this] { findNext(); });
    shortcut(QKeySequence::FindPrevious, [this] { findPrevious(); });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_G), [this] { goToLineDialog(); });
    shortcut(QKeySequence::Save, [this] { saveDialog(); });

    connect(m_model, &LogModel::rowsReset, this, &LogsPage::updateStatus);
    connect(m_model, &LogModel::rowsAppended, this, &LogsPage::updateStatus);
    connect(m_model, &LogModel::filterFinished, this, &LogsPage::updateStatus);
    connect(m_model, &LogModel::filterStarted, this, &LogsPage::updateStatus);
    connect(m_model, &LogModel::indexingProgress, this, &LogsPage::updateStatus);
    connect(m_model, &LogModel::loadingFinished, this, &LogsPage::updateStatus);
    connect(m_model, &LogModel::documentFailed, this, [this](int, const QString &message) {
        m_error = message;
        updateStatus();
    });
    updateRecentMenu();
    updateStatus();
}

LogsPage::~LogsPage()
{
    stopStreams();
}

void LogsPage::setTitle(const QString &title)
{
    m_title = title;
    Q_EMIT titleChanged(title);
}

QString LogsPage::statusText() const
{
    return m_status->text();
}

bool LogsPage::openPaths(const QStringList &paths)
{
    stopStreams();
    m_clusterBar->setVisible(false);
    m_model->clear();
    m_error.clear();
    m_extractDir = std::make_unique<QTemporaryDir>();
    const LogFileList list = collectLogFiles(paths, m_extractDir->path());
    m_error = list.error;
    for (const QString &file : list.files) {
        auto *doc = new FileLogDocument(file);
        if (!doc->open()) {
            m_error = doc->errorString();
            delete doc;
            continue;
        }
        QString label = QFileInfo(file).fileName();
        if (label.endsWith(QStringLiteral(".log")))
            label.chop(4);
        m_model->addDocument(doc, label);
    }
    m_openedPaths = paths;
    if (m_model->sourceCount() > 0)
        addRecent(paths);
    setTitle(paths.size() == 1 ? QFileInfo(paths.first()).fileName() : tr("%n logs", nullptr, int(list.files.size())));
    updateStatus();
    return m_model->sourceCount() > 0;
}

void LogsPage::showNodeLogs(KubeClient *client, const NodeEntry &node, const QString &appNamespace, const QString &appPod)
{
    stopStreams();
    m_client = client;
    m_node = node.node.name;
    m_specs = nodeLogSources(node, appNamespace, appPod);
    m_openedPaths.clear();
    m_clusterBar->setVisible(true);
    m_nodeLabel->setText(tr("Node %1").arg(m_node));
    setTitle(tr("Logs of %1").arg(m_node));
    startStreams();
}

void LogsPage::startStreams()
{
    m_model->clear();
    m_error.clear();
    if (!m_client) {
        m_error = tr("Not connected to a cluster.");
        updateStatus();
        return;
    }
    if (m_specs.isEmpty())
        m_error = tr("Node %1 has no Secrets Store CSI driver or provider pod.").arg(m_node);
    const QString since = m_since->currentData().toString();
    std::optional<qint64> seconds = since == u"custom" ? std::optional<qint64>(qint64(m_customMinutes->value()) * 60)
                                                        : parseSinceDuration(since);
    for (const LogSourceSpec &spec : std::as_const(m_specs)) {
        auto *doc = new BufferLogDocument;
        doc->setName(spec.namespaceName + u'/' + spec.pod + u'/' + spec.container);
        m_model->addDocument(doc, spec.label());
        LogOptions options;
        options.namespaceName = spec.namespaceName;
        options.pod = spec.pod;
        options.container = spec.container;
        if (seconds && *seconds > 0)
            options.sinceSeconds = *seconds;
        options.timestamps = true; // exact times to merge the sources by
        options.previous = m_previous->isChecked();
        options.follow = m_follow->isChecked();
        KubeLogStream *stream = m_client->logs(options);
        QPointer<BufferLogDocument> target(doc);
        connect(stream, &KubeLogStream::dataReceived, this, [target](const QByteArray &data) {
            if (target)
                target->append(data);
        });
        connect(stream, &KubeJob::finished, this, [target] {
            if (target)
                target->finish();
        });
        connect(stream, &KubeJob::failed, this, [this, target, spec](const KubeError &error) {
            m_error = tr("%1: %2").arg(spec.label(), error.message);
            if (target)
                target->finish();
            updateStatus();
        });
        m_streams.append(stream);
    }
    updateStatus();
}

void LogsPage::stopStreams()
{
    for (const auto &stream : std::as_const(m_streams)) {
        if (stream)
            stream->cancel();
    }
    m_streams.clear();
}

void LogsPage::reload()
{
    if (!m_specs.isEmpty() || m_client)
        startStreams();
    else if (!m_openedPaths.isEmpty())
        openPaths(m_openedPaths);
}

void LogsPage::applyFilter()
{
    LogFilter filter;
    filter.pattern = m_search->text();
    filter.regex = m_regex->isChecked();
    filter.caseSensitive = m_case->isChecked();
    filter.onlyMatching = m_onlyMatching->isChecked();
    filter.minSeverity = LogSeverity(m_severity->currentData().toInt());
    if (m_timeRange->isChecked()) {
        filter.fromUs = m_from->dateTime().toMSecsSinceEpoch() * 1000;
        filter.toUs = m_to->dateTime().toMSecsSinceEpoch() * 1000 + 999999;
    }
    m_model->setFilter(filter);
    updateStatus();
}

void LogsPage::setSearch(const QString &text, bool regex, bool caseSensitive)
{
    m_regex->setChecked(regex);
    m_case->setChecked(caseSensitive);
    m_search->setText(text);
    applyFilter();
}

void LogsPage::setOnlyMatching(bool only)
{
    m_onlyMatching->setChecked(only);
}

void LogsPage::setErrorsOnly(bool errorsOnly)
{
    m_severity->setCurrentIndex(errorsOnly ? 2 : 0);
}

void LogsPage::setTimeRange(const QDateTime &from, const QDateTime &to)
{
    const QSignalBlocker b1(m_from), b2(m_to), b3(m_timeRange);
    const bool on = from.isValid() || to.isValid();
    m_timeRange->setChecked(on);
    m_from->setEnabled(on);
    m_to->setEnabled(on);
    m_from->setDateTime(from.isValid() ? from : QDateTime(QDate(1970, 1, 2), QTime(0, 0), QTimeZone::UTC));
    m_to->setDateTime(to.isValid() ? to : QDateTime(QDate(9999, 1, 1), QTime(0, 0), QTimeZone::UTC));
    applyFilter();
}

void LogsPage::findNext()
{
    const qint64 row = m_model->nextMatch(m_view->currentRow(), true);
    if (row >= 0)
        m_view->setCurrentRow(row);
    updateStatus();
}

void LogsPage::findPrevious()
{
    const qint64 row = m_model->nextMatch(std::max<qint64>(m_view->currentRow(), 0), false);
    if (row >= 0)
        m_view->setCurrentRow(row);
    updateStatus();
}

void LogsPage::focusSearch()
{
    m_search->setFocus();
    m_search->selectAll();
}

bool LogsPage::goToLine(qint64 lineNumber)
{
    if (m_model->sourceCount() == 0 || lineNumber < 1)
        return false;
    qint64 row = m_model->isMerged() ? lineNumber - 1 : m_model->rowOf(0, lineNumber - 1);
    if (row < 0 || row >= m_model->rowCount())
        return false;
    m_view->setCurrentRow(row);
    return true;
}

void LogsPage::goToLineDialog()
{
    bool ok = false;
    const int line = QInputDialog::getInt(this, tr("Go to Line"), tr("Line number:"), 1, 1, INT_MAX, 1, &ok);
    if (ok && !goToLine(line))
        m_status->setText(tr("Line %1 is not shown.").arg(line));
}

bool LogsPage::saveShownLines(const QString &path, QString *error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    const bool merged = m_model->isMerged();
    for (qint64 row = 0; row < m_model->rowCount(); ++row) {
        if (merged)
            file.write(m_model->sourceLabel(m_model->refAt(row).source()).toUtf8() + ' ');
        file.write(m_model->rawLine(row));
        file.write("\n");
    }
    if (!file.commit()) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

void LogsPage::saveDialog()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save Shown Lines"), QString(), tr("Log files (*.log *.txt)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!saveShownLines(path, &error))
        QMessageBox::warning(this, tr("Save Shown Lines"), error);
}

void LogsPage::openFilesDialog()
{
    const QStringList files = QFileDialog::getOpenFileNames(this, tr("Open Logs"), QString(),
                                                            tr("Logs and archives (*.log *.txt *.json *.zip);;All files (*)"));
    if (!files.isEmpty())
        openPaths(files);
}

void LogsPage::openFolderDialog()
{
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Open Folder of Logs"));
    if (!dir.isEmpty())
        openPaths({dir});
}

QStringList LogsPage::recentFiles()
{
    return QSettings().value(kRecentKey).toStringList();
}

void LogsPage::addRecent(const QStringList &paths)
{
    QStringList recent = recentFiles();
    for (const QString &path : paths) {
        const QString absolute = QFileInfo(path).absoluteFilePath();
        recent.removeAll(absolute);
        recent.prepend(absolute);
    }
    while (recent.size() > kMaxRecent)
        recent.removeLast();
    QSettings().setValue(kRecentKey, recent);
    updateRecentMenu();
}

void LogsPage::updateRecentMenu()
{
    QMenu *menu = m_recent->menu();
    menu->clear();
    const QStringList recent = recentFiles();
    for (const QString &path : recent)
        menu->addAction(QDir::toNativeSeparators(path), this, [this, path] { openPaths({path}); });
    m_recent->setEnabled(!recent.isEmpty());
}

void LogsPage::updateStatus()
{
    QStringList parts;
    const qint64 total = m_model->totalLines();
    parts << tr("%n lines shown", nullptr, int(std::min<qint64>(m_model->rowCount(), INT_MAX)));
    if (m_model->rowCount() != total)
        parts << tr("of %n", nullptr, int(std::min<qint64>(total, INT_MAX)));
    if (m_model->isLoading())
        parts << tr("loading…");
    if (m_model->isBusy())
        parts << tr("filtering…");
    if (!m_model->searchError().isEmpty())
        parts << m_model->searchError();
    if (!m_error.isEmpty())
        parts << m_error;
    m_status->setText(parts.join(QStringLiteral(" · ")));
    if (!m_search->text().isEmpty() && !m_model->isBusy())
        m_matchLabel->setText(tr("%n matches", nullptr, int(std::min<size_t>(m_model->matchRows().size(), INT_MAX))));
    else
        m_matchLabel->clear();
}

void LogsPage::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void LogsPage::dropEvent(QDropEvent *event)
{
    QStringList paths;
    for (const QUrl &url : event->mimeData()->urls()) {
        if (url.isLocalFile())
            paths << url.toLocalFile();
    }
    if (!paths.isEmpty()) {
        openPaths(paths);
        event->acceptProposedAction();
    }
}

} // namespace kvd
