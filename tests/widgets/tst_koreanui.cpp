// SPDX-License-Identifier: MIT
#include "core/translations.h"
#include "widgets/mainwindow.h"

#include "widgettestutils.h"

#include <QAction>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QTabWidget>
#include <QTest>

using namespace kvd;

// The main window built after installTranslations(app, "ko") shows Korean text: the .ui form's
// strings (uic's MainWindow context) and the ones set in code (kvd::MainWindow).
class TestKoreanUi : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void widgets_data();
    void widgets();

private:
    QTemporaryDir m_settingsDir;
};

void TestKoreanUi::initTestCase()
{
    QVERIFY(m_settingsDir.isValid());
    test::isolateSettings(m_settingsDir);
    QVERIFY(installTranslations(*QCoreApplication::instance(), QStringLiteral("ko")));
}

void TestKoreanUi::widgets_data()
{
    QTest::addColumn<QString>("objectName");
    QTest::addColumn<QString>("text");

    QTest::newRow("menuFile") << "menuFile" << QStringLiteral("파일(&F)");
    QTest::newRow("menuView") << "menuView" << QStringLiteral("보기(&V)");
    QTest::newRow("menuHelp") << "menuHelp" << QStringLiteral("도움말(&H)");
    QTest::newRow("actionConnect") << "actionConnect" << QStringLiteral("연결(&C)…");
    QTest::newRow("actionQuit") << "actionQuit" << QStringLiteral("끝내기(&Q)");
    QTest::newRow("startConnectButton") << "startConnectButton" << QStringLiteral("클러스터에 연결…");
    QTest::newRow("connectionStatusLabel") << "connectionStatusLabel" << QStringLiteral("연결되지 않음");
    QTest::newRow("contextStatusLabel") << "contextStatusLabel" << QStringLiteral("선택한 컨텍스트 없음");
}

void TestKoreanUi::widgets()
{
    QFETCH(QString, objectName);
    QFETCH(QString, text);

    QTemporaryDir dir;
    MainWindow window;
    // No kubeconfig: the window stays on its start page and opens no dialog.
    window.setKubeconfigFile(dir.filePath(QStringLiteral("no-config")));
    window.show();
    window.startUp();

    QString shown;
    if (auto *menu = window.findChild<QMenu *>(objectName))
        shown = menu->title();
    else if (auto *action = window.findChild<QAction *>(objectName))
        shown = action->text();
    else if (auto *button = window.findChild<QPushButton *>(objectName))
        shown = button->text();
    else if (auto *label = window.findChild<QLabel *>(objectName))
        shown = label->text();
    else
        QFAIL(qPrintable(QStringLiteral("no widget named %1").arg(objectName)));
    QCOMPARE(shown, text);
}

QTEST_MAIN(TestKoreanUi)
#include "tst_koreanui.moc"
