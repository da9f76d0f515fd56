// SPDX-License-Identifier: MIT
#include "models/contextlistmodel.h"
#include "widgets/appsettings.h"
#include "widgets/connectdialog.h"

#include "widgettestutils.h"

#include <QApplication>
#include <QFileDialog>
#include <QFrame>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTest>
#include <QTimer>
#include <QTreeView>

using namespace kvd;

class TestConnectDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();

    void listsEveryContext();
    void preselectsCurrentContext();
    void columns_data();
    void columns();
    void showsFilesRead();
    void brokenContextShowsErrorAndCannotBeChosen();
    void remembersChoice();
    void rememberedContextGoneFallsBackToCurrent();
    void rememberedContextOfAnotherFileIgnored();
    void preferredContext();
    void missingFileShowsFatalError();
    void openFileSwitchesKubeconfig();
    void interactiveWidgetsAreNamed();

private:
    struct Dialog
    {
        ConnectDialog dialog;
        QTreeView *view = nullptr;
        QPushButton *connect = nullptr;
    };
    static void open(Dialog &d, const QString &file);
    static void clickRow(Dialog &d, int row);

    QTemporaryDir m_settingsDir;
};

void TestConnectDialog::initTestCase()
{
    QVERIFY(m_settingsDir.isValid());
    test::isolateSettings(m_settingsDir);
}

void TestConnectDialog::init()
{
    test::clearSettings();
}

void TestConnectDialog::open(Dialog &d, const QString &file)
{
    d.dialog.setKubeconfigFile(file);
    d.dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&d.dialog));
    d.view = d.dialog.findChild<QTreeView *>(QStringLiteral("contextView"));
    d.connect = d.dialog.findChild<QPushButton *>(QStringLiteral("connectButton"));
    QVERIFY(d.view);
    QVERIFY(d.connect);
}

void TestConnectDialog::clickRow(Dialog &d, int row)
{
    const QModelIndex index = d.view->model()->index(row, ContextListModel::ContextColumn);
    const QRect rect = d.view->visualRect(index);
    QVERIFY(rect.isValid());
    QTest::mouseClick(d.view->viewport(), Qt::LeftButton, {}, rect.center());
    QCOMPARE(d.view->currentIndex().row(), row);
}

void TestConnectDialog::listsEveryContext()
{
    Dialog d;
    open(d, test::guiKubeconfig());
    const QAbstractItemModel *model = d.view->model();
    QStringList names;
    for (int row = 0; row < model->rowCount(); ++row)
        names << model->index(row, ContextListModel::ContextColumn).data().toString();
    QCOMPARE(names, (QStringList{QStringLiteral("aks-prod-westeu"), QStringLiteral("aks-dev"),
                                 QStringLiteral("broken-staging")}));
    QStringList headers;
    for (int column = 0; column < model->columnCount(); ++column)
        headers << model->headerData(column, Qt::Horizontal).toString();
    QCOMPARE(headers, (QStringList{QStringLiteral("Context"), QStringLiteral("Cluster"), QStringLiteral("Server"),
                                   QStringLiteral("User"), QStringLiteral("Authentication"),
                                   QStringLiteral("Namespace")}));
}

void TestConnectDialog::preselectsCurrentContext()
{
    Dialog d;
    open(d, test::guiKubeconfig());
    QCOMPARE(d.dialog.selectedContext(), QStringLiteral("aks-prod-westeu"));
    QCOMPARE(d.view->currentIndex().row(), 0);
    QVERIFY(d.view->selectionModel()->isRowSelected(0, {}));
    QVERIFY(d.view->currentIndex().data(ContextListModel::IsCurrentRole).toBool());
    QVERIFY(d.connect->isEnabled());
    auto *detail = d.dialog.findChild<QLabel *>(QStringLiteral("detailLabel"));
    QVERIFY(detail->text().contains(QLatin1String("aks-prod-westeu")));
    QVERIFY(detail->text().contains(QLatin1String("payments")));
}

void TestConnectDialog::columns_data()
{
    QTest::addColumn<QString>("context");
    QTest::addColumn<QString>("server");
    QTest::addColumn<QString>("authId");
    QTest::addColumn<QString>("authText");
    QTest::addColumn<QString>("namespaceName");

    QTest::newRow("aks-prod-westeu")
        << QStringLiteral("aks-prod-westeu")
        << QStringLiteral("https://aks-prod-westeu-dns-4f2a9c1b.hcp.westeurope.azmk8s.io:443")
        << QStringLiteral("exec") << authKindDisplayName(AuthKind::Exec) + QStringLiteral(": kubelogin")
        << QStringLiteral("payments");
    QTest::newRow("aks-dev") << QStringLiteral("aks-dev")
                             << QStringLiteral("https://127.0.0.1:9")
                             << QStringLiteral("token") << authKindDisplayName(AuthKind::Token)
                             << QStringLiteral("default");
}

void TestConnectDialog::columns()
{
    QFETCH(QString, context);
    QFETCH(QString, server);
    QFETCH(QString, authId);
    QFETCH(QString, authText);
    QFETCH(QString, namespaceName);

    Dialog d;
    open(d, test::guiKubeconfig());
    const auto *model = qobject_cast<const ContextListModel *>(d.view->model());
    QVERIFY(model);
    const int row = model->rowOfContext(context);
    QVERIFY(row >= 0);
    QCOMPARE(model->index(row, ContextListModel::ServerColumn).data().toString(), server);
    QCOMPARE(model->index(row, ContextListModel::AuthColumn).data().toString(), authText);
    QCOMPARE(model->index(row, 0).data(ContextListModel::AuthKindRole).toString(), authId);
    QCOMPARE(model->index(row, ContextListModel::NamespaceColumn).data().toString(), namespaceName);
    // The columns are shown, not only present in the model.
    QVERIFY(!d.view->header()->isSectionHidden(ContextListModel::ServerColumn));
    QVERIFY(!d.view->header()->isSectionHidden(ContextListModel::AuthColumn));
}

void TestConnectDialog::showsFilesRead()
{
    Dialog d;
    open(d, test::guiKubeconfig());
    auto *source = d.dialog.findChild<QLabel *>(QStringLiteral("sourceLabel"));
    QVERIFY(source);
    QVERIFY2(source->text().contains(QDir::toNativeSeparators(test::guiKubeconfig())), qPrintable(source->text()));
    QVERIFY(d.dialog.findChild<QPushButton *>(QStringLiteral("useDefaultButton"))->isEnabled());
    QVERIFY(!d.dialog.findChild<QFrame *>(QStringLiteral("messageFrame"))->isVisibleTo(&d.dialog));
}

void TestConnectDialog::brokenContextShowsErrorAndCannotBeChosen()
{
    Dialog d;
    open(d, test::guiKubeconfig());
    const int broken = 2;
    const QModelIndex index = d.view->model()->index(broken, ContextListModel::ContextColumn);
    QCOMPARE(index.data().toString(), QStringLiteral("broken-staging"));
    QVERIFY(!index.data(Qt::DecorationRole).value<QIcon>().isNull());
    QVERIFY(index.data(Qt::ToolTipRole).toString().contains(QLatin1String("aks-staging")));

    clickRow(d, broken);
    auto *detail = d.dialog.findChild<QLabel *>(QStringLiteral("detailLabel"));
    QVERIFY2(detail->text().contains(QLatin1String("cannot be used")), qPrintable(detail->text()));
    QVERIFY(detail->text().contains(QLatin1String("aks-staging")));
    QVERIFY(!d.connect->isEnabled());

    // Neither Enter, a double click nor accept() gets past an unusable context.
    QTest::keyClick(d.view, Qt::Key_Return);
    QTest::mouseDClick(d.view->viewport(), Qt::LeftButton, {}, d.view->visualRect(index).center());
    d.dialog.accept();
    QVERIFY(d.dialog.isVisible());
    QCOMPARE(d.dialog.result(), int(QDialog::Rejected));
    QVERIFY(!d.dialog.chosenContext());
    QCOMPARE(AppSettings::read().lastContext, QString());
}

void TestConnectDialog::remembersChoice()
{
    {
        Dialog d;
        open(d, test::guiKubeconfig());
        clickRow(d, 1);
        QVERIFY(d.connect->isEnabled());
        QTest::mouseClick(d.connect, Qt::LeftButton);
        QCOMPARE(d.dialog.result(), int(QDialog::Accepted));
        QVERIFY(d.dialog.chosenContext());
        QCOMPARE(d.dialog.chosenContext()->context.name, QStringLiteral("aks-dev"));
        QCOMPARE(d.dialog.chosenContext()->cluster.server,
                 QStringLiteral("https://127.0.0.1:9"));
    }
    const AppSettings settings = AppSettings::read();
    QCOMPARE(settings.lastContext, QStringLiteral("aks-dev"));
    QCOMPARE(settings.lastKubeconfigFile, test::guiKubeconfig());

    Dialog again;
    open(again, test::guiKubeconfig());
    QCOMPARE(again.dialog.selectedContext(), QStringLiteral("aks-dev"));
}

void TestConnectDialog::rememberedContextGoneFallsBackToCurrent()
{
    AppSettings settings;
    settings.lastContext = QStringLiteral("deleted-context");
    settings.lastKubeconfigFile = test::guiKubeconfig();
    settings.write();
    Dialog d;
    open(d, test::guiKubeconfig());
    QCOMPARE(d.dialog.selectedContext(), QStringLiteral("aks-prod-westeu"));
}

void TestConnectDialog::rememberedContextOfAnotherFileIgnored()
{
    AppSettings settings;
    settings.lastContext = QStringLiteral("aks-dev");
    settings.lastKubeconfigFile = QStringLiteral("/elsewhere/config");
    settings.write();
    Dialog d;
    open(d, test::guiKubeconfig());
    QCOMPARE(d.dialog.selectedContext(), QStringLiteral("aks-prod-westeu"));
}

void TestConnectDialog::preferredContext()
{
    Dialog d;
    open(d, test::guiKubeconfig());
    d.dialog.setPreferredContext(QStringLiteral("aks-dev"));
    QCOMPARE(d.dialog.selectedContext(), QStringLiteral("aks-dev"));

    d.dialog.setPreferredContext(QStringLiteral("no-such-context"));
    auto *frame = d.dialog.findChild<QFrame *>(QStringLiteral("messageFrame"));
    auto *message = d.dialog.findChild<QLabel *>(QStringLiteral("messageLabel"));
    QVERIFY(frame->isVisible());
    QVERIFY(message->text().contains(QLatin1String("no-such-context")));
}

void TestConnectDialog::missingFileShowsFatalError()
{
    QTemporaryDir dir;
    const QString missing = dir.filePath(QStringLiteral("missing-config"));
    Dialog d;
    open(d, missing);
    auto *frame = d.dialog.findChild<QFrame *>(QStringLiteral("messageFrame"));
    auto *message = d.dialog.findChild<QLabel *>(QStringLiteral("messageLabel"));
    QVERIFY(frame->isVisible());
    QVERIFY2(message->text().contains(QLatin1String("missing-config")), qPrintable(message->text()));
    QCOMPARE(d.view->model()->rowCount(), 0);
    QVERIFY(!d.connect->isEnabled());
    d.dialog.accept();
    QVERIFY(d.dialog.isVisible());

    // Switching back to a good file clears the message.
    d.dialog.setKubeconfigFile(test::guiKubeconfig());
    QVERIFY(!frame->isVisible());
    QCOMPARE(d.view->model()->rowCount(), 3);
}

void TestConnectDialog::openFileSwitchesKubeconfig()
{
    QTemporaryDir dir;
    const QString other = dir.filePath(QStringLiteral("other-config"));
    QFile file(other);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("apiVersion: v1\nkind: Config\ncurrent-context: lab\n"
               "clusters:\n- name: lab\n  cluster:\n    server: https://lab.example:6443\n"
               "users:\n- name: lab\n  user:\n    token: placeholder\n"
               "contexts:\n- name: lab\n  context:\n    cluster: lab\n    user: lab\n");
    file.close();

    Dialog d;
    open(d, test::guiKubeconfig());
    // The file dialog is modal with its own event loop: answer it from a queued call.
    bool answered = false;
    QTimer::singleShot(0, this, [&answered, other] {
        auto *picker = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
        if (!picker)
            return;
        picker->selectFile(other);
        QMetaObject::invokeMethod(picker, "accept"); // accept() is protected in QFileDialog
        answered = true;
    });
    QTest::mouseClick(d.dialog.findChild<QPushButton *>(QStringLiteral("chooseFileButton")), Qt::LeftButton);
    QVERIFY(answered);
    QCOMPARE(d.dialog.kubeconfigFile(), other);
    QCOMPARE(d.view->model()->rowCount(), 1);
    QCOMPARE(d.dialog.selectedContext(), QStringLiteral("lab"));
    QVERIFY(d.dialog.findChild<QLabel *>(QStringLiteral("sourceLabel"))->text().contains(QDir::toNativeSeparators(other)));

    QTest::mouseClick(d.connect, Qt::LeftButton);
    QCOMPARE(d.dialog.result(), int(QDialog::Accepted));
    QCOMPARE(AppSettings::read().lastKubeconfigFile, other);
    QCOMPARE(AppSettings::read().lastContext, QStringLiteral("lab"));
}

void TestConnectDialog::interactiveWidgetsAreNamed()
{
    Dialog d;
    open(d, test::guiKubeconfig());
    const QList<QWidget *> widgets = d.dialog.findChildren<QWidget *>();
    int checked = 0;
    for (QWidget *widget : widgets) {
        if (!widget->focusPolicy() || qobject_cast<QAbstractScrollArea *>(widget->parentWidget()))
            continue; // labels, frames, viewports
        if (widget->inherits("QScrollBar") || widget->inherits("QHeaderView"))
            continue;
        ++checked;
        QVERIFY2(!widget->objectName().isEmpty(), widget->metaObject()->className());
        QVERIFY2(!widget->accessibleName().isEmpty(), qPrintable(widget->objectName()));
    }
    QVERIFY(checked >= 6);
}

QTEST_MAIN(TestConnectDialog)
#include "tst_connectdialog.moc"
