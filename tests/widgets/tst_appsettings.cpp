// SPDX-License-Identifier: MIT
#include "widgets/appsettings.h"

#include "widgettestutils.h"

#include <QSettings>
#include <QTest>

using namespace kvd;

class TestAppSettings : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void defaults();
    void roundTrip();
    void newerSchemaIsNotMisread();
    void isolatedFromUserSettings();

private:
    QTemporaryDir m_settingsDir;
};

void TestAppSettings::initTestCase()
{
    QVERIFY(m_settingsDir.isValid());
    test::isolateSettings(m_settingsDir);
}

void TestAppSettings::init()
{
    test::clearSettings();
}

void TestAppSettings::defaults()
{
    const AppSettings settings = AppSettings::read();
    QCOMPARE(settings, AppSettings());
    QVERIFY(settings.lastContext.isEmpty());
    QVERIFY(settings.lastKubeconfigFile.isEmpty());
}

void TestAppSettings::roundTrip()
{
    AppSettings written;
    written.lastContext = QStringLiteral("aks-prod-westeu");
    written.lastKubeconfigFile = QStringLiteral("/home/me/.kube/other");
    written.mainWindowGeometry = QByteArray("\\x01\\x02geometry");
    written.mainWindowState = QByteArray("state");
    written.write();
    QCOMPARE(AppSettings::read(), written);
}

void TestAppSettings::newerSchemaIsNotMisread()
{
    QSettings raw;
    raw.setValue(QStringLiteral("schemaVersion"), AppSettings::SchemaVersion + 1);
    raw.setValue(QStringLiteral("connect/lastContext"), QStringLiteral("meant-differently"));
    raw.sync();
    QCOMPARE(AppSettings::read(), AppSettings());
}

void TestAppSettings::isolatedFromUserSettings()
{
    AppSettings written;
    written.lastContext = QStringLiteral("x");
    written.write();
    QSettings settings;
    QVERIFY2(settings.fileName().startsWith(m_settingsDir.path()), qPrintable(settings.fileName()));
}

QTEST_GUILESS_MAIN(TestAppSettings)
#include "tst_appsettings.moc"
