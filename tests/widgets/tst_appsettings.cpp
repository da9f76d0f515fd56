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
    void recentContextsNewestFirstAndBounded();

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
    written.recentContexts = {{QStringLiteral("/home/me/.kube/other"), QStringLiteral("aks-prod-westeu")},
                              {QString(), QStringLiteral("aks-dev")}};
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

void TestAppSettings::recentContextsNewestFirstAndBounded()
{
    AppSettings settings;
    const RecentContext a{QStringLiteral("/k/a"), QStringLiteral("ctx-a")};
    const RecentContext b{QStringLiteral("/k/b"), QStringLiteral("ctx-b")};
    settings.addRecentContext(a);
    settings.addRecentContext(b);
    QCOMPARE(settings.recentContexts, (QList<RecentContext>{b, a}));
    settings.addRecentContext(a); // moves to the front, no duplicate
    QCOMPARE(settings.recentContexts, (QList<RecentContext>{a, b}));
    settings.addRecentContext({QStringLiteral("/k/a"), QString()}); // no name: ignored
    QCOMPARE(settings.recentContexts.size(), 2);
    // The same name from another file is another entry.
    settings.addRecentContext({QStringLiteral("/k/other"), QStringLiteral("ctx-a")});
    QCOMPARE(settings.recentContexts.size(), 3);
    for (int i = 0; i < 20; ++i)
        settings.addRecentContext({QStringLiteral("/k/many"), QStringLiteral("ctx-%1").arg(i)});
    QCOMPARE(settings.recentContexts.size(), AppSettings::MaxRecentContexts);
    QCOMPARE(settings.recentContexts.first().context, QStringLiteral("ctx-19"));
    settings.write();
    QCOMPARE(AppSettings::read().recentContexts, settings.recentContexts);
    // A shorter list written later does not leave old entries behind.
    settings.recentContexts = {b};
    settings.write();
    QCOMPARE(AppSettings::read().recentContexts, QList<RecentContext>{b});
}

QTEST_GUILESS_MAIN(TestAppSettings)
#include "tst_appsettings.moc"
