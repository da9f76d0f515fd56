// SPDX-License-Identifier: MIT
// `kvdoctor-cli contexts` run as a process on the kubeconfig fixtures: exact --json output, exit
// codes and messages of the error cases, and the same answers as `kubectl config view`.
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QString fixture(const QString &name)
{
    return QStringLiteral(KVDOCTOR_TEST_DATA "/kubeconfig/") + name;
}

QString cliPath()
{
    return QStringLiteral(KVDOCTOR_BIN_DIR "/kvdoctor-cli");
}

struct Result
{
    int exitCode = -1;
    QByteArray out;
    QString err;
};

// `kubeconfig` is the KUBECONFIG value; a null string leaves the variable unset.
Result run(const QString &program, const QStringList &args, const QString &home, const QString &kubeconfig)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"HOME"_s, home); // never the user's own ~/.kube/config
    env.insert(u"LANG"_s, u"C.UTF-8"_s);
    env.insert(u"LANGUAGE"_s, u"en"_s);
    env.remove(u"LC_ALL"_s);
    env.remove(u"LC_MESSAGES"_s);
    if (kubeconfig.isNull())
        env.remove(u"KUBECONFIG"_s);
    else
        env.insert(u"KUBECONFIG"_s, kubeconfig);
    QProcess process;
    process.setProcessEnvironment(env);
    process.setWorkingDirectory(fixture({}));
    process.start(program, args);
    Result result;
    if (!process.waitForStarted() || !process.waitForFinished(60000)) {
        result.err = u"could not run %1: %2"_s.arg(program, process.errorString());
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

QJsonObject readJson(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

QString listOf(const QStringList &files)
{
    QStringList paths;
    for (const QString &file : files)
        paths.append(fixture(file));
    return paths.join(u':');
}

struct ContextView
{
    QString cluster, user, ns, server;
    bool operator==(const ContextView &) const = default;
};

} // namespace

class TestCliContexts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void json_data();
    void json();
    void table();
    void errors_data();
    void errors();
    void versionAndHelp();
    void matchesKubectl_data();
    void matchesKubectl();

private:
    void addJsonRows();
    QTemporaryDir m_home;
};

void TestCliContexts::initTestCase()
{
    QVERIFY(QFileInfo::exists(cliPath()));
    QVERIFY(m_home.isValid());
}

// Rows shared by json() and matchesKubectl(): the arguments and environment of one run.
void TestCliContexts::addJsonRows()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("kubeconfig"); // KUBECONFIG; null: unset
    QTest::addColumn<QString>("homeConfig"); // fixture copied to $HOME/.kube/config; empty: none
    QTest::addColumn<QString>("expected");   // expected/<file>
    QTest::addColumn<int>("exitCode");

    const auto explicitFile = [](const char *tag, const QString &file, const QString &expected, int exitCode) {
        QTest::newRow(tag) << QStringList{u"--kubeconfig"_s, fixture(file)} << QString() << QString() << expected
                           << exitCode;
    };
    explicitFile("aks-admin.yaml", u"aks-admin.yaml"_s, u"aks-admin.json"_s, 0);
    explicitFile("aks-aad-exec.yaml", u"aks-aad-exec.yaml"_s, u"aks-aad-exec.json"_s, 0);
    explicitFile("aks-azurecli.yaml", u"aks-azurecli.yaml"_s, u"aks-azurecli.json"_s, 0);
    // Listed, but the removed azure auth-provider makes the context unusable: exit code 3.
    explicitFile("aks-authprovider-azure.yaml", u"aks-authprovider-azure.yaml"_s, u"aks-authprovider-azure.json"_s, 3);
    explicitFile("kinds.yaml", u"kinds.yaml"_s, u"kinds.json"_s, 0);
    explicitFile("config.json", u"config.json"_s, u"config.json"_s, 0);
    explicitFile("empty.yaml", u"empty.yaml"_s, u"empty.json"_s, 0);
    QTest::newRow("KUBECONFIG=a:b:c") << QStringList{} << listOf({u"merge/a.yaml"_s, u"merge/b/b.yaml"_s, u"merge/c/c.yaml"_s})
                                      << QString() << u"merge-abc.json"_s << 0;
    QTest::newRow("KUBECONFIG=c:b:a") << QStringList{} << listOf({u"merge/c/c.yaml"_s, u"merge/b/b.yaml"_s, u"merge/a.yaml"_s})
                                      << QString() << u"merge-cba.json"_s << 0;
    QTest::newRow("KUBECONFIG=missing:a::b:c:a")
        << QStringList{}
        << listOf({u"nope.yaml"_s, u"merge/a.yaml"_s}) + u"::"_s
               + listOf({u"merge/b/b.yaml"_s, u"merge/c/c.yaml"_s, u"merge/a.yaml"_s})
        << QString() << u"merge-abc.json"_s << 0;
    // --kubeconfig wins over KUBECONFIG and is not merged with it.
    QTest::newRow("explicit-beats-KUBECONFIG") << QStringList{u"--kubeconfig"_s, fixture(u"aks-admin.yaml"_s)}
                                               << listOf({u"merge/a.yaml"_s}) << QString() << u"aks-admin.json"_s << 0;
    QTest::newRow("home-default") << QStringList{} << QString() << u"aks-aad-exec.yaml"_s << u"aks-aad-exec.json"_s << 0;
}

void TestCliContexts::json_data()
{
    addJsonRows();
}

void TestCliContexts::json()
{
    QFETCH(QStringList, args);
    QFETCH(QString, kubeconfig);
    QFETCH(QString, homeConfig);
    QFETCH(QString, expected);
    QFETCH(int, exitCode);

    QTemporaryDir home;
    QVERIFY(home.isValid());
    if (!homeConfig.isEmpty()) {
        QVERIFY(QDir(home.path()).mkpath(u".kube"_s));
        QVERIFY(QFile::copy(fixture(homeConfig), home.filePath(u".kube/config"_s)));
    }
    const Result result = run(cliPath(), QStringList{u"contexts"_s, u"--json"_s} + args, home.path(), kubeconfig);
    QVERIFY2(result.exitCode == exitCode, qPrintable(u"exit code %1, stderr:\n%2"_s.arg(result.exitCode).arg(result.err)));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(result.out, &parseError);
    QVERIFY2(parseError.error == QJsonParseError::NoError, qPrintable(parseError.errorString()));
    QCOMPARE(doc.object(), readJson(fixture(u"expected/"_s + expected)));
    if (exitCode == 0) // warnings (kinds.yaml's oidc user) may be printed, errors not
        QVERIFY2(!result.err.contains(u"error:"_s), qPrintable(result.err));
}

void TestCliContexts::table()
{
    const Result result = run(cliPath(), {u"contexts"_s, u"--kubeconfig"_s, fixture(u"kinds.yaml"_s)},
                              m_home.path(), QString());
    QCOMPARE(result.exitCode, 0);
    const QStringList lines = QString::fromUtf8(result.out).split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 8); // header + 7 contexts
    QVERIFY2(lines.at(0).startsWith(u"CURRENT"_s) && lines.at(0).contains(u"NAMESPACE"_s)
                 && lines.at(0).contains(u"SERVER"_s) && lines.at(0).contains(u"AUTH"_s),
             qPrintable(lines.at(0)));
    // The current context is marked, the others are not; columns line up.
    const qsizetype nameColumn = lines.at(0).indexOf(u"NAME"_s);
    QCOMPARE(lines.at(1).simplified(),
             u"* token plain token-user kv-system https://10.0.0.1:6443 token"_s);
    QCOMPARE(lines.at(1).indexOf(u"token"_s), nameColumn);
    QCOMPARE(lines.at(7).simplified(), u"anonymous insecure nobody default https://192.168.49.2:8443 none"_s);
    QVERIFY(!lines.at(7).startsWith(u'*'));
    QCOMPARE(lines.at(7).indexOf(u"anonymous"_s), nameColumn);
    for (const QString &line : lines)
        QVERIFY2(!line.endsWith(u' '), qPrintable(line));
    // Secrets never reach the output.
    QVERIFY(!result.out.contains("not-a-real-token"));
    QVERIFY(!result.out.contains("not-a-real-password"));
}

void TestCliContexts::errors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("kubeconfig");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QStringList>("messages"); // each must appear on stderr
    QTest::addColumn<bool>("printsList");

    QTest::newRow("missing-explicit-file")
        << QStringList{u"--kubeconfig"_s, fixture(u"nope.yaml"_s)} << QString() << 1
        << QStringList{fixture(u"nope.yaml"_s), u"does not exist"_s} << false;
    QTest::newRow("bad-yaml") << QStringList{u"--kubeconfig"_s, fixture(u"bad/syntax.yaml"_s)} << QString() << 1
                              << QStringList{fixture(u"bad/syntax.yaml"_s), u"line 6, column 35"_s} << false;
    QTest::newRow("bad-yaml-in-KUBECONFIG")
        << QStringList{} << listOf({u"merge/a.yaml"_s, u"bad/syntax.yaml"_s}) << 1
        << QStringList{fixture(u"bad/syntax.yaml"_s), u"line 6"_s} << false;
    QTest::newRow("not-a-mapping") << QStringList{u"--kubeconfig"_s, fixture(u"bad/not-a-mapping.yaml"_s)}
                                   << QString() << 1 << QStringList{u"not a kubeconfig"_s} << false;
    QTest::newRow("nothing-in-home") << QStringList{} << QString() << 1
                                     << QStringList{u"no kubeconfig file found"_s, u"/.kube/config"_s,
                                                    u"KUBECONFIG is not set"_s}
                                     << false;
    QTest::newRow("KUBECONFIG-all-missing")
        << QStringList{} << listOf({u"nope-1.yaml"_s, u"nope-2.yaml"_s}) << 1
        << QStringList{fixture(u"nope-1.yaml"_s), fixture(u"nope-2.yaml"_s), u"KUBECONFIG is set to"_s} << false;
    QTest::newRow("broken-references")
        << QStringList{u"--kubeconfig"_s, fixture(u"bad/refs.yaml"_s)} << QString() << 3
        << QStringList{fixture(u"bad/refs.yaml"_s) + u": context \"missing-cluster\": cluster \"nowhere\""_s,
                       fixture(u"bad/refs.yaml"_s) + u": current-context: context was not found for specified context: does-not-exist"_s}
        << true;
    QTest::newRow("broken-users")
        << QStringList{u"--kubeconfig"_s, fixture(u"bad/users.yaml"_s)} << QString() << 3
        << QStringList{u"user \"cert-without-key\": client-certificate is set but client-key-data or client-key is missing"_s,
                       u"user \"exec-v1alpha1\""_s}
        << true;
    QTest::newRow("empty-file-table") << QStringList{u"--kubeconfig"_s, fixture(u"empty.yaml"_s)} << QString() << 0
                                      << QStringList{u"No contexts in"_s, fixture(u"empty.yaml"_s)} << false;
    QTest::newRow("unknown-option") << QStringList{u"--bogus"_s} << QString() << 2 << QStringList{u"bogus"_s}
                                    << false;
    QTest::newRow("extra-argument") << QStringList{u"extra"_s} << QString() << 2 << QStringList{u"extra"_s} << false;
}

void TestCliContexts::errors()
{
    QFETCH(QStringList, args);
    QFETCH(QString, kubeconfig);
    QFETCH(int, exitCode);
    QFETCH(QStringList, messages);
    QFETCH(bool, printsList);

    QTemporaryDir home;
    QVERIFY(home.isValid());
    for (const bool json : {false, true}) {
        QStringList fullArgs{u"contexts"_s};
        if (json)
            fullArgs.append(u"--json"_s);
        const Result result = run(cliPath(), fullArgs + args, home.path(), kubeconfig);
        QVERIFY2(result.exitCode == exitCode,
                 qPrintable(u"exit code %1, stderr:\n%2"_s.arg(result.exitCode).arg(result.err)));
        for (const QString &message : messages) {
            if (exitCode == 0 && json)
                break; // the JSON form has nothing to explain
            QVERIFY2(result.err.contains(message), qPrintable(u"[%1] not in:\n%2"_s.arg(message, result.err)));
        }
        if (exitCode == 0 && json) // an empty list is still a JSON document
            QVERIFY(QJsonDocument::fromJson(result.out).isObject());
        else
            QCOMPARE(!result.out.isEmpty(), printsList);
        if (json && printsList)
            QVERIFY(QJsonDocument::fromJson(result.out).isObject());
        QVERIFY(!result.err.contains(u"secret-"_s));
    }
}

void TestCliContexts::versionAndHelp()
{
    Result result = run(cliPath(), {u"--version"_s}, m_home.path(), QString());
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.out, QByteArray("kvdoctor-cli " KVDOCTOR_VERSION "\n"));

    result = run(cliPath(), {u"help"_s}, m_home.path(), QString());
    QCOMPARE(result.exitCode, 0);
    QVERIFY(result.out.contains("contexts"));

    result = run(cliPath(), {u"help"_s, u"contexts"_s}, m_home.path(), QString());
    QCOMPARE(result.exitCode, 0);
    QVERIFY(result.out.contains("--kubeconfig"));
    QVERIFY(result.out.contains("--json"));
    QVERIFY2(result.out.startsWith("Usage: kvdoctor-cli contexts [options]"), result.out.constData());

    result = run(cliPath(), {}, m_home.path(), QString());
    QCOMPARE(result.exitCode, 2);
    QVERIFY(result.err.contains(u"Usage"_s));

    result = run(cliPath(), {u"no-such-command"_s}, m_home.path(), QString());
    QCOMPARE(result.exitCode, 2);
    QVERIFY(result.err.contains(u"no-such-command"_s));
}

void TestCliContexts::matchesKubectl_data()
{
    addJsonRows();
    QTest::newRow("broken-references") << QStringList{u"--kubeconfig"_s, fixture(u"bad/refs.yaml"_s)} << QString()
                                       << QString() << QString() << 3;
}

void TestCliContexts::matchesKubectl()
{
    QFETCH(QStringList, args);
    QFETCH(QString, kubeconfig);
    QFETCH(QString, homeConfig);
    QFETCH(int, exitCode);

    const QString kubectl = QStandardPaths::findExecutable(u"kubectl"_s);
    if (kubectl.isEmpty())
        QSKIP("kubectl is not on PATH");

    QTemporaryDir home;
    QVERIFY(home.isValid());
    if (!homeConfig.isEmpty()) {
        QVERIFY(QDir(home.path()).mkpath(u".kube"_s));
        QVERIFY(QFile::copy(fixture(homeConfig), home.filePath(u".kube/config"_s)));
    }

    const Result ours = run(cliPath(), QStringList{u"contexts"_s, u"--json"_s} + args, home.path(), kubeconfig);
    QVERIFY2(ours.exitCode == exitCode, qPrintable(ours.err));
    const Result theirs = run(kubectl, QStringList{u"config"_s, u"view"_s, u"-o"_s, u"json"_s} + args, home.path(),
                              kubeconfig);
    QVERIFY2(theirs.exitCode == 0, qPrintable(theirs.err));

    const QJsonObject o = QJsonDocument::fromJson(ours.out).object();
    const QJsonObject k = QJsonDocument::fromJson(theirs.out).object();
    QVERIFY(!k.isEmpty());

    // kubectl prints "" for no current-context; we print null.
    QCOMPARE(o.value(u"currentContext"_s).toString(), k.value(u"current-context"_s).toString());

    QMap<QString, QString> servers;
    const QJsonArray kubectlClusters = k.value(u"clusters"_s).toArray();
    for (const QJsonValue &c : kubectlClusters)
        servers.insert(c[u"name"_s].toString(), c[u"cluster"_s][u"server"_s].toString());

    QMap<QString, ContextView> expected;
    const QJsonArray kubectlContexts = k.value(u"contexts"_s).toArray();
    for (const QJsonValue &c : kubectlContexts) {
        const QJsonValue ctx = c[u"context"_s];
        QString ns = ctx[u"namespace"_s].toString();
        if (ns.isEmpty())
            ns = u"default"_s;
        const QString cluster = ctx[u"cluster"_s].toString();
        expected.insert(c[u"name"_s].toString(),
                        {cluster, ctx[u"user"_s].toString(), ns, servers.value(cluster)});
    }
    QMap<QString, ContextView> actual;
    const QJsonArray ourContexts = o.value(u"contexts"_s).toArray();
    for (const QJsonValue &c : ourContexts) {
        actual.insert(c[u"name"_s].toString(), {c[u"cluster"_s].toString(), c[u"user"_s].toString(),
                                                c[u"namespace"_s].toString(), c[u"server"_s].toString()});
    }
    QCOMPARE(actual.keys(), expected.keys());
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        const ContextView &mine = actual.value(it.key());
        QCOMPARE(mine.cluster, it->cluster);
        QCOMPARE(mine.user, it->user);
        QCOMPARE(mine.ns, it->ns);
        QCOMPARE(mine.server, it->server);
    }
}

QTEST_GUILESS_MAIN(TestCliContexts)
#include "tst_clicontexts.moc"
