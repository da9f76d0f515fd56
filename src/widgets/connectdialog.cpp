// SPDX-License-Identifier: MIT
#include "widgets/connectdialog.h"

#include "core/kubeconfigpaths.h"
#include "kube/execcredential.h"
#include "models/contextlistmodel.h"
#include "widgets/appsettings.h"

#include "ui_connectdialog.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QProcessEnvironment>
#include <QPushButton>
#include <QStyle>
#include <QTreeView>

namespace kvd {


ConnectDialog::ConnectDialog(QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ConnectDialog>())
    , m_model(new ContextListModel(this))
{
    m_ui->setupUi(this);
    m_ui->contextView->setModel(m_model);
    m_ui->contextView->header()->setStretchLastSection(true);
    m_ui->contextView->header()->setSectionResizeMode(QHeaderView::Interactive);
    // AKS server names differ in the middle and end alike ("...hcp.westeurope.azmk8s.io:443").
    m_ui->contextView->setTextElideMode(Qt::ElideMiddle);

    m_connectButton = m_ui->buttonBox->button(QDialogButtonBox::Ok);
    m_connectButton->setText(tr("&Connect"));
    m_connectButton->setObjectName(QStringLiteral("connectButton"));
    m_connectButton->setAccessibleName(tr("Connect to the selected context"));
    QPushButton *cancel = m_ui->buttonBox->button(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelButton"));
    cancel->setAccessibleName(tr("Cancel"));

    const int iconSize = style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, this) / 2;
    m_ui->messageIcon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxCritical, nullptr, this).pixmap(iconSize));
    m_ui->messageFrame->hide();

    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ConnectDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &ConnectDialog::reject);
    connect(m_ui->contextView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ConnectDialog::updateDetails);
    connect(m_ui->contextView, &QAbstractItemView::doubleClicked, this, [this](const QModelIndex &index) {
        if (m_model->isUsable(index.row()))
            accept();
    });
    connect(m_ui->chooseFileButton, &QPushButton::clicked, this, &ConnectDialog::chooseFile);
    connect(m_ui->useDefaultButton, &QPushButton::clicked, this, [this] { setKubeconfigFile({}); });
    connect(m_ui->reloadButton, &QPushButton::clicked, this, &ConnectDialog::reload);
}

ConnectDialog::~ConnectDialog() = default;

void ConnectDialog::setKubeconfigFile(const QString &file)
{
    m_file = file;
    reload();
}

void ConnectDialog::setPreferredContext(const QString &name)
{
    m_preferred = name;
    if (const int row = m_model->rowOfContext(name); row >= 0)
        selectRow(row);
    updateMessages();
}

void ConnectDialog::reload()
{
    // Keep the user's selection across a reload when the context is still there.
    const QString previous = selectedContext();
    m_model->setKubeconfig(Kubeconfig::loadDefault(m_file));
    m_ui->useDefaultButton->setEnabled(!m_file.isEmpty());
    m_ui->sourceLabel->setText(describeSource(m_model->kubeconfig(), m_file));

    fitColumns();

    int row = m_model->rowOfContext(previous);
    if (row < 0)
        row = preferredRow();
    selectRow(row);
    updateMessages();
}

const Kubeconfig &ConnectDialog::kubeconfig() const
{
    return m_model->kubeconfig();
}

QString ConnectDialog::selectedContext() const
{
    const QModelIndex current = m_ui->contextView->selectionModel()->currentIndex();
    return current.isValid() ? m_model->contextName(current.row()) : QString();
}

void ConnectDialog::fitColumns()
{
    // Fit the contents, but keep long user names and AKS server names from pushing the other
    // columns out of sight; the detail label below shows the full values.
    QTreeView *view = m_ui->contextView;
    const int x = fontMetrics().horizontalAdvance(QLatin1Char('x'));
    for (int column = 0; column < ContextListModel::ColumnCount; ++column) {
        view->resizeColumnToContents(column);
        int limit = x * 22;
        if (column == ContextListModel::ServerColumn)
            limit = x * 44;
        else if (column == ContextListModel::AuthColumn)
            limit = x * 36;
        // A little slack: the current context is bold, which the size hint can miss.
        view->header()->resizeSection(column, qMin(view->header()->sectionSize(column) + x * 2, limit));
    }
}

int ConnectDialog::preferredRow() const
{
    // --context first, then what the user chose last time (when it came from the same
    // kubeconfig source), then the kubeconfig's current-context, then the first usable one.
    if (const int row = m_model->rowOfContext(m_preferred); !m_preferred.isEmpty() && row >= 0)
        return row;
    const AppSettings settings = AppSettings::read();
    if (!settings.lastContext.isEmpty() && settings.lastKubeconfigFile == m_file) {
        if (const int row = m_model->rowOfContext(settings.lastContext); row >= 0)
            return row;
    }
    if (const int row = m_model->rowOfContext(kubeconfig().currentContext());
        row >= 0 && !kubeconfig().currentContext().isEmpty())
        return row;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->isUsable(row))
            return row;
    }
    return m_model->rowCount() > 0 ? 0 : -1;
}

void ConnectDialog::selectRow(int row)
{
    QItemSelectionModel *selection = m_ui->contextView->selectionModel();
    if (row < 0) {
        selection->clear();
        updateDetails();
        return;
    }
    const QModelIndex index = m_model->index(row, 0);
    selection->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_ui->contextView->scrollTo(index);
    updateDetails();
}

void ConnectDialog::updateDetails()
{
    const QModelIndex current = m_ui->contextView->selectionModel()->currentIndex();
    const int row = current.isValid() ? current.row() : -1;
    m_connectButton->setEnabled(row >= 0 && m_model->isUsable(row));
    if (row < 0) {
        m_ui->detailLabel->setText(m_model->rowCount() > 0 ? tr("Select a context.") : QString());
        return;
    }

    const KubeContext &context = kubeconfig().contexts().at(row);
    const QString server = m_model->data(m_model->index(row, ContextListModel::ServerColumn)).toString();
    QStringList lines;
    lines << tr("Context “%1”: cluster “%2” at %3, user “%4” (%5), namespace “%6”.")
                 .arg(context.name, context.cluster, server.isEmpty() ? tr("no server") : server, context.user,
                      m_model->authText(row), context.effectiveNamespace());
    if (!context.origin.isEmpty())
        lines << tr("Defined in %1.").arg(QDir::toNativeSeparators(context.origin));
    const QList<KubeconfigIssue> issues = m_model->issues(row);
    if (!m_model->isUsable(row))
        lines << tr("This context cannot be used:");
    else if (!issues.isEmpty())
        lines << tr("Warnings:");
    for (const KubeconfigIssue &issue : issues)
        lines << QStringLiteral("• ") + issue.toString();
    const KubeUser *user = kubeconfig().user(context.user);
    if (user && user->exec && !user->exec->command.isEmpty() && findExecPlugin(*user->exec).isEmpty())
        lines << missingExecPluginMessage(*user->exec, QProcessEnvironment::systemEnvironment().value(QStringLiteral("PATH")));
    m_ui->detailLabel->setText(lines.join(QLatin1Char('\n')));
}

void ConnectDialog::updateMessages(const QString &extra)
{
    QStringList messages = kubeconfig().fatalErrors();
    if (messages.isEmpty() && m_model->rowCount() == 0)
        messages << tr("The kubeconfig defines no contexts.");
    if (!m_preferred.isEmpty() && m_model->rowOfContext(m_preferred) < 0)
        messages << tr("The requested context “%1” is not in the kubeconfig.").arg(m_preferred);
    if (!extra.isEmpty())
        messages << extra;
    m_ui->messageLabel->setText(messages.join(QLatin1Char('\n')));
    m_ui->messageFrame->setVisible(!messages.isEmpty());
}

QString ConnectDialog::describeSource(const Kubeconfig &config, const QString &explicitFile)
{
    QStringList lines;
    if (!explicitFile.isEmpty()) {
        lines << tr("Chosen file: %1").arg(QDir::toNativeSeparators(explicitFile));
    } else if (!KubeconfigEnvironment::current().kubeconfig.isEmpty()) {
        lines << tr("From the KUBECONFIG environment variable.");
    } else {
        lines << tr("From the default location, as kubectl uses it.");
    }
    QStringList read;
    QStringList missing;
    for (const QString &file : config.files()) {
        (config.loadedFiles().contains(file) ? read : missing) << QDir::toNativeSeparators(file);
    }
    if (!read.isEmpty())
        lines << tr("Read: %1").arg(read.join(QStringLiteral(", ")));
    if (!missing.isEmpty())
        lines << tr("Not found: %1").arg(missing.join(QStringLiteral(", ")));
    if (config.files().isEmpty())
        lines << tr("No kubeconfig file to read.");
    return lines.join(QLatin1Char('\n'));
}

void ConnectDialog::chooseFile()
{
    QString start = m_file;
    if (start.isEmpty() && !kubeconfig().loadedFiles().isEmpty())
        start = kubeconfig().loadedFiles().constFirst();
    const QString file = QFileDialog::getOpenFileName(this, tr("Open Kubeconfig"), start,
                                                      tr("All files (*);;YAML files (*.yaml *.yml)"));
    if (!file.isEmpty())
        setKubeconfigFile(file);
}

void ConnectDialog::accept()
{
    const QModelIndex current = m_ui->contextView->selectionModel()->currentIndex();
    if (!current.isValid() || !m_model->isUsable(current.row()))
        return;
    QString error;
    const QString name = m_model->contextName(current.row());
    std::optional<ResolvedContext> resolved = kubeconfig().resolve(name, &error);
    if (!resolved) {
        updateMessages(error);
        return;
    }
    m_chosen = std::move(resolved);

    AppSettings settings = AppSettings::read();
    settings.lastContext = name;
    settings.lastKubeconfigFile = m_file;
    settings.write();
    QDialog::accept();
}

} // namespace kvd
