// SPDX-License-Identifier: MIT
// Where kubectl looks for kubeconfig files: --kubeconfig, KUBECONFIG (split per OS) and the home
// directory rules, including Windows' HomeDir() which is tested here through fake predicates.
#include "core/kubeconfigpaths.h"

#include <QDir>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using kvd::KubeconfigEnvironment;

class TestKubeconfigPaths : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void splitList_data();
    void splitList();
    void searchPaths_data();
    void searchPaths();
    void windowsHomeDir_data();
    void windowsHomeDir();
    void unixHomeDirIsHome();
    void windowsHomeDirChecksKubeConfigPath();
    void resolveAgainstFile_data();
    void resolveAgainstFile();
    void currentEnvironmentReadsVariables();
};

void TestKubeconfigPaths::splitList_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("windows");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("unix-three") << u"/a/config:/b/config:/c/config"_s << false
                                << QStringList{u"/a/config"_s, u"/b/config"_s, u"/c/config"_s};
    QTest::newRow("unix-empty-entries") << u"::/a::/b:"_s << false << QStringList{u"/a"_s, u"/b"_s};
    QTest::newRow("unix-duplicates-first-kept") << u"/b:/a:/b:/a"_s << false << QStringList{u"/b"_s, u"/a"_s};
    QTest::newRow("unix-semicolon-is-part-of-name") << u"/a;b:/c"_s << false << QStringList{u"/a;b"_s, u"/c"_s};
    QTest::newRow("unix-only-separators") << u":::"_s << false << QStringList{};
    QTest::newRow("windows-drive-letters") << uR"(C:\Users\me\.kube\config;D:\kube\aks.yaml)"_s << true
                                           << QStringList{uR"(C:\Users\me\.kube\config)"_s, uR"(D:\kube\aks.yaml)"_s};
    QTest::newRow("windows-colon-does-not-split") << u"C:/a:b"_s << true << QStringList{u"C:/a:b"_s};
    QTest::newRow("windows-empty-and-duplicates") << uR"(;C:\a;;C:\b;C:\a;)"_s << true
                                                  << QStringList{uR"(C:\a)"_s, uR"(C:\b)"_s};
    QTest::newRow("empty") << QString() << false << QStringList{};
}

void TestKubeconfigPaths::splitList()
{
    QFETCH(QString, value);
    QFETCH(bool, windows);
    QFETCH(QStringList, expected);
    QCOMPARE(kvd::splitKubeconfigList(value, windows), expected);
}

void TestKubeconfigPaths::searchPaths_data()
{
    QTest::addColumn<QString>("explicitFile");
    QTest::addColumn<bool>("windows");
    QTest::addColumn<QString>("kubeconfig");
    QTest::addColumn<QString>("home");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("explicit-beats-env") << u"/x/explicit.yaml"_s << false << u"/a:/b"_s << u"/home/me"_s
                                        << QStringList{u"/x/explicit.yaml"_s};
    QTest::newRow("env-list") << QString() << false << u"/a:/b:/a"_s << u"/home/me"_s
                              << QStringList{u"/a"_s, u"/b"_s};
    QTest::newRow("home-default") << QString() << false << QString() << u"/home/me"_s
                                  << QStringList{u"/home/me/.kube/config"_s};
    QTest::newRow("home-trailing-slash") << QString() << false << QString() << u"/home/me/"_s
                                         << QStringList{u"/home/me/.kube/config"_s};
    // client-go: a set KUBECONFIG never falls back to the home file, even when it names nothing.
    QTest::newRow("env-only-separators-no-fallback") << QString() << false << u":"_s << u"/home/me"_s
                                                     << QStringList{};
    QTest::newRow("windows-env-list") << QString() << true << uR"(C:\a\config;C:\b\config)"_s << QString()
                                      << QStringList{uR"(C:\a\config)"_s, uR"(C:\b\config)"_s};
}

void TestKubeconfigPaths::searchPaths()
{
    QFETCH(QString, explicitFile);
    QFETCH(bool, windows);
    QFETCH(QString, kubeconfig);
    QFETCH(QString, home);
    QFETCH(QStringList, expected);
    KubeconfigEnvironment env;
    env.windows = windows;
    env.kubeconfig = kubeconfig;
    env.home = home;
    QCOMPARE(kvd::kubeconfigSearchPaths(explicitFile, env), expected);
}

void TestKubeconfigPaths::windowsHomeDir_data()
{
    QTest::addColumn<QString>("home");
    QTest::addColumn<QString>("homeDrive");
    QTest::addColumn<QString>("homePath");
    QTest::addColumn<QString>("userProfile");
    QTest::addColumn<QStringList>("existing");      // paths for which exists() is true
    QTest::addColumn<QStringList>("writableDirs");   // paths for which isWritableDir() is true
    QTest::addColumn<QString>("expected");

    const QString home = uR"(H:\home)"_s;
    const QString drive = u"C:"_s;
    const QString path = uR"(\Users\legacy)"_s;
    const QString drivePath = uR"(C:\Users\legacy)"_s;
    const QString profile = uR"(C:\Users\me)"_s;

    // Step 1: the first of HOME, HOMEDRIVE+HOMEPATH, USERPROFILE that has .kube\config.
    QTest::newRow("step1-userprofile-has-config")
        << home << drive << path << profile << QStringList{uR"(C:\Users\me\.kube\config)"_s, home, profile}
        << QStringList{home, profile} << profile;
    QTest::newRow("step1-homedrive-before-userprofile")
        << QString() << drive << path << profile
        << QStringList{uR"(C:\Users\legacy\.kube\config)"_s, uR"(C:\Users\me\.kube\config)"_s}
        << QStringList{profile} << drivePath;
    QTest::newRow("step1-home-first")
        << home << drive << path << profile
        << QStringList{uR"(H:\home\.kube\config)"_s, uR"(C:\Users\me\.kube\config)"_s} << QStringList{} << home;
    // Step 2: no config anywhere: the first writable directory, USERPROFILE before HOMEDRIVE+HOMEPATH.
    QTest::newRow("step2-userprofile-before-homedrive")
        << QString() << drive << path << profile << QStringList{drivePath, profile}
        << QStringList{drivePath, profile} << profile;
    QTest::newRow("step2-home-writable") << home << drive << path << profile << QStringList{home, profile}
                                         << QStringList{home, profile} << home;
    QTest::newRow("step2-skips-readonly-home") << home << drive << path << profile << QStringList{home, profile}
                                               << QStringList{profile} << profile;
    // Step 3: nothing writable: the first that exists, else the first that is set.
    QTest::newRow("step3-first-existing") << home << drive << path << profile << QStringList{drivePath}
                                          << QStringList{} << drivePath;
    QTest::newRow("step3-first-set") << QString() << drive << path << profile << QStringList{} << QStringList{}
                                     << profile;
    QTest::newRow("homedrive-needs-homepath") << QString() << drive << QString() << QString() << QStringList{}
                                              << QStringList{} << QString();
    QTest::newRow("nothing-set") << QString() << QString() << QString() << QString() << QStringList{}
                                 << QStringList{} << QString();
}

void TestKubeconfigPaths::windowsHomeDir()
{
    QFETCH(QString, home);
    QFETCH(QString, homeDrive);
    QFETCH(QString, homePath);
    QFETCH(QString, userProfile);
    QFETCH(QStringList, existing);
    QFETCH(QStringList, writableDirs);
    QFETCH(QString, expected);

    KubeconfigEnvironment env;
    env.windows = true;
    env.home = home;
    env.homeDrive = homeDrive;
    env.homePath = homePath;
    env.userProfile = userProfile;
    const QSet<QString> existingSet(existing.cbegin(), existing.cend());
    const QSet<QString> writableSet(writableDirs.cbegin(), writableDirs.cend());
    const QString result = kvd::kubeHomeDir(
        env, [&](const QString &p) { return existingSet.contains(p); },
        [&](const QString &p) { return writableSet.contains(p); });
    QCOMPARE(result, expected);
}

void TestKubeconfigPaths::unixHomeDirIsHome()
{
    KubeconfigEnvironment env;
    env.windows = false;
    env.home = u"/home/me"_s;
    env.userProfile = u"/should/not/be/used"_s;
    QCOMPARE(kvd::kubeHomeDir(env, [](const QString &) { return false; }, [](const QString &) { return false; }),
             u"/home/me"_s);
}

void TestKubeconfigPaths::windowsHomeDirChecksKubeConfigPath()
{
    // The predicate is asked about "<candidate>\.kube\config" (no doubled separators).
    KubeconfigEnvironment env;
    env.windows = true;
    env.userProfile = uR"(C:\Users\me\)"_s;
    QStringList asked;
    kvd::kubeHomeDir(
        env,
        [&](const QString &p) {
            asked.append(p);
            return false;
        },
        [](const QString &) { return false; });
    QVERIFY2(asked.contains(uR"(C:\Users\me\.kube\config)"_s), qPrintable(asked.join(u" | "_s)));

    KubeconfigEnvironment setOnly;
    setOnly.windows = true;
    setOnly.home = uR"(Z:\nowhere)"_s; // does not exist on this machine: step 3, first set
    QCOMPARE(kvd::kubeconfigSearchPaths({}, setOnly), QStringList{uR"(Z:\nowhere\.kube\config)"_s});
}

void TestKubeconfigPaths::resolveAgainstFile_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("definingFile");
    QTest::addColumn<QString>("expected");

    QTest::newRow("relative") << u"ca/dev.pem"_s << u"/home/me/.kube/config"_s << u"/home/me/.kube/ca/dev.pem"_s;
    QTest::newRow("dot-slash") << u"./bin/kubelogin"_s << u"/etc/kube/aks.yaml"_s << u"/etc/kube/bin/kubelogin"_s;
    QTest::newRow("parent") << u"../certs/ca.pem"_s << u"/srv/kube/a/config"_s << u"/srv/kube/certs/ca.pem"_s;
    QTest::newRow("absolute-unchanged") << u"/opt/ca.pem"_s << u"/home/me/.kube/config"_s << u"/opt/ca.pem"_s;
    QTest::newRow("empty-unchanged") << QString() << u"/home/me/.kube/config"_s << QString();
    QTest::newRow("relative-defining-file") << u"ca.pem"_s << u"sub/config"_s
                                            << QDir::cleanPath(QDir::currentPath() + u"/sub/ca.pem"_s);
}

void TestKubeconfigPaths::resolveAgainstFile()
{
    QFETCH(QString, path);
    QFETCH(QString, definingFile);
    QFETCH(QString, expected);
    QCOMPARE(kvd::resolveAgainstFile(path, definingFile), expected);
}

void TestKubeconfigPaths::currentEnvironmentReadsVariables()
{
    qputenv("KUBECONFIG", "/from/env/a:/from/env/b");
    qputenv("HOME", "/from/env/home");
    const KubeconfigEnvironment env = KubeconfigEnvironment::current();
    QCOMPARE(env.kubeconfig, u"/from/env/a:/from/env/b"_s);
    QCOMPARE(env.home, u"/from/env/home"_s);
#ifdef Q_OS_WIN
    QVERIFY(env.windows);
#else
    QVERIFY(!env.windows);
#endif
    qunsetenv("KUBECONFIG");
}

QTEST_GUILESS_MAIN(TestKubeconfigPaths)
#include "tst_kubeconfigpaths.moc"
