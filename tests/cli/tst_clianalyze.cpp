// SPDX-License-Identifier: MIT
// kvdoctor-cli analyze: files, folders and zip archives offline, the JSON shape, every failure
// scenario of the simulated cluster giving its cause as the top finding, and the exit codes.
#include "sim/simulatedcluster.h"

#include <KZip>

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TstCliAnalyze : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void file();
    void folder();
    void zipArchive();
    void textOutput();
    void wholeCorpus();
    void benignCorpusHasNoProblem();
    void scenario_data();
    void scenario();
    void nodeOption();
    void exitCodes_data();
    void exitCodes();

private:
    struct Result
    {
        int exitCode = -1;
        QString out, err;
        QJsonObject json() const { return QJsonDocument::fromJson(out.toUtf8()).object(); }
    };
    static Result run(const QStringList &args);
    static void checkShape(const QJsonObject &document, bool files);
    QTemporaryDir m_dir;
    QString m_provider; // provider log with an NMI 404 on line 3
    QString m_driver;   // healthy driver log
};

TstCliAnalyze::Result TstCliAnalyze::run(const QStringList &args)
{
    QProcess process;
    process.setProgram(QStringLiteral(KVDOCTOR_BIN_DIR "/kvdoctor-cli"));
    process.setArguments(QStringList{u"analyze"_s} + args);
    process.start();
    // the simulated API server runs in this process: keep its event loop turning
    QSignalSpy done(&process, &QProcess::finished);
    if (!done.wait(120000))
        process.kill();
    Result result;
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

void TstCliAnalyze::checkShape(const QJsonObject &document, bool files)
{
    QVERIFY(document.value(u"findings"_s).isArray());
    for (const QJsonValue &value : document.value(u"findings"_s).toArray()) {
        const QJsonObject f = value.toObject();
        QVERIFY(!f.value(u"cause"_s).toString().isEmpty());
        QVERIFY(QStringList({u"error"_s, u"warning"_s, u"info"_s}).contains(f.value(u"severity"_s).toString()));
        QVERIFY(!f.value(u"title"_s).toString().isEmpty());
        QVERIFY(f.value(u"count"_s).toInteger() >= 1);
        QVERIFY(!f.value(u"fix"_s).toArray().isEmpty());
        QVERIFY(f.value(u"docs"_s).toArray().first().toString().startsWith(u"https://"));
        const QJsonArray evidence = f.value(u"evidence"_s).toArray();
        QVERIFY(!evidence.isEmpty());
        for (const QJsonValue &e : evidence) {
            const QJsonObject o = e.toObject();
            QVERIFY(o.contains(u"file"_s) != o.contains(u"source"_s));
            if (o.value(u"kind"_s).toString() == u"log") {
                QCOMPARE(o.contains(u"file"_s), files);
                QVERIFY(o.value(u"line"_s).toInteger() >= 1);
            }
            QVERIFY(o.value(u"line"_s).isDouble());
            QVERIFY(!o.value(u"text"_s).toString().isEmpty());
        }
    }
}

void TstCliAnalyze::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QDir(m_dir.path()).mkpath(u"logs"_s);
    m_provider = m_dir.filePath(u"logs/kube-system_provider-azure-x_provider-azure-installer.log"_s);
    m_driver = m_dir.filePath(u"logs/kube-system_csi-secrets-store-x_secrets-store.log"_s);
    QFile provider(m_provider);
    QVERIFY(provider.open(QIODevice::WriteOnly));
    provider.write("I1108 12:18:10.000000       1 main.go:10] Starting provider\n"
                   "I1108 12:18:12.000000       1 provider.go:255] \"fetching object from key vault\" objectName=\"db\"\n"
                   "E1108 12:18:14.695930       1 server.go:58] \"failed to process mount request\" err=\"failed to get keyvault client: "
                   "failed to get authorizer for keyvault client: nmi response failed with status code: 404, err: <nil>\"\n"
                   "E1108 12:20:14.695930       1 server.go:58] \"failed to process mount request\" err=\"failed to get keyvault client: "
                   "failed to get authorizer for keyvault client: nmi response failed with status code: 404, err: <nil>\"\n");
    QFile driver(m_driver);
    QVERIFY(driver.open(QIODevice::WriteOnly));
    driver.write("I1103 19:54:33.932774       1 main.go:111] starting manager\n"
                 "W1103 19:54:33.628501       1 main.go:75] --debug flag has been DEPRECATED and will be removed in future releases.\n"
                 "I1103 19:54:34.429326       1 secrets-store.go:65] minimum compatible provider versions not specified with --min-provider-version\n");
}

void TstCliAnalyze::file()
{
    const Result result = run({u"--json"_s, m_provider});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    const QJsonObject doc = result.json();
    checkShape(doc, true);
    const QJsonArray findings = doc.value(u"findings"_s).toArray();
    QCOMPARE(findings.size(), 1);
    const QJsonObject f = findings.first().toObject();
    QCOMPARE(f.value(u"cause"_s).toString(), u"aad-pod-identity-nmi-404"_s);
    QCOMPARE(f.value(u"severity"_s).toString(), u"error"_s);
    QCOMPARE(f.value(u"count"_s).toInt(), 2);
    const QJsonObject e = f.value(u"evidence"_s).toArray().first().toObject();
    QCOMPARE(QDir::fromNativeSeparators(e.value(u"file"_s).toString()), m_provider);
    QCOMPARE(e.value(u"line"_s).toInt(), 3);
    QVERIFY(e.value(u"text"_s).toString().contains(u"status code: 404"_s));
    QCOMPARE(doc.value(u"lines"_s).toInt(), 4);
}

void TstCliAnalyze::folder()
{
    const Result result = run({u"--json"_s, m_dir.filePath(u"logs"_s)});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    const QJsonObject doc = result.json();
    checkShape(doc, true);
    QCOMPARE(doc.value(u"files"_s).toInt(), 2);
    QCOMPARE(doc.value(u"lines"_s).toInt(), 7);
    const QJsonArray findings = doc.value(u"findings"_s).toArray();
    QCOMPARE(findings.size(), 1); // the healthy driver log adds nothing
    QCOMPARE(findings.first().toObject().value(u"cause"_s).toString(), u"aad-pod-identity-nmi-404"_s);
}

void TstCliAnalyze::zipArchive()
{
    const QString zipPath = m_dir.filePath(u"ticket.zip"_s);
    {
        KZip zip(zipPath);
        QVERIFY(zip.open(QIODevice::WriteOnly));
        QFile provider(m_provider);
        QVERIFY(provider.open(QIODevice::ReadOnly));
        QVERIFY(zip.writeFile(u"node1/provider.log"_s, provider.readAll()));
        QVERIFY(zip.writeFile(u"node1/events.txt"_s,
                              "  Warning  FailedMount  2m (x3 over 5m)  kubelet  MountVolume.SetUp failed for volume \"kv\" : rpc error: code = "
                              "Unknown desc = failed to get secretproviderclass shop/kv, error: secretproviderclasses.secrets-store.csi.x-k8s.io "
                              "\"kv\" not found\n"));
        zip.close();
    }
    const Result result = run({u"--json"_s, zipPath});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    const QJsonObject doc = result.json();
    checkShape(doc, true);
    QStringList causes;
    for (const QJsonValue &v : doc.value(u"findings"_s).toArray())
        causes << v.toObject().value(u"cause"_s).toString();
    causes.sort();
    QCOMPARE(causes, (QStringList{u"aad-pod-identity-nmi-404"_s, u"secretproviderclass-not-found"_s}));
    // evidence names the archive and the file inside it, not the temporary extraction folder
    for (const QJsonValue &v : doc.value(u"findings"_s).toArray()) {
        const QString file = QDir::fromNativeSeparators(v.toObject().value(u"evidence"_s).toArray().first().toObject().value(u"file"_s).toString());
        QVERIFY2(file.startsWith(u"ticket/node1/"_s), qPrintable(file));
    }
}

void TstCliAnalyze::textOutput()
{
    const Result en = run({u"--language"_s, u"en"_s, m_provider});
    QCOMPARE(en.exitCode, 0);
    QVERIFY2(en.out.contains(u"aad-pod-identity-nmi-404"_s), qPrintable(en.out));
    QVERIFY(en.out.contains(u"Pod identity (NMI) found no identity for the pod (404)"_s));
    QVERIFY(en.out.contains(u":3: "_s)); // file:line of the first evidence
    QVERIFY(en.out.contains(u"kubectl get azureidentity"_s));
    const Result ko = run({u"--language"_s, u"ko"_s, m_provider});
    QCOMPARE(ko.exitCode, 0);
    QVERIFY2(ko.out.contains(u"파드 ID(NMI)"_s), qPrintable(ko.out));
    const Result healthy = run({m_driver});
    QCOMPARE(healthy.exitCode, 0);
    QVERIFY2(!healthy.out.contains(u"ERROR"_s) && !healthy.out.contains(u"WARNING"_s), qPrintable(healthy.out));
}

void TstCliAnalyze::wholeCorpus()
{
    // Every real error line in one file: each cause is a finding or explained by one.
    QFile corpus(QStringLiteral(KVDOCTOR_TEST_DATA "/corpus/error-lines.jsonl"));
    QVERIFY(corpus.open(QIODevice::ReadOnly));
    QStringList expected;
    QFile out(m_dir.filePath(u"corpus.log"_s));
    QVERIFY(out.open(QIODevice::WriteOnly));
    while (!corpus.atEnd()) {
        const QJsonObject o = QJsonDocument::fromJson(corpus.readLine()).object();
        out.write(o.value(u"line"_s).toString().toUtf8() + '\n');
        expected << o.value(u"cause"_s).toString();
    }
    out.close();
    const Result result = run({u"--json"_s, out.fileName()});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    checkShape(result.json(), true);
    QSet<QString> seen;
    for (const QJsonValue &v : result.json().value(u"findings"_s).toArray()) {
        seen.insert(v.toObject().value(u"cause"_s).toString());
        for (const QJsonValue &c : v.toObject().value(u"contextCauses"_s).toArray())
            seen.insert(c.toString());
    }
    for (const QString &cause : expected)
        QVERIFY2(seen.contains(cause), qPrintable(cause));
}

void TstCliAnalyze::benignCorpusHasNoProblem()
{
    QFile corpus(QStringLiteral(KVDOCTOR_TEST_DATA "/corpus/benign-lines.jsonl"));
    QVERIFY(corpus.open(QIODevice::ReadOnly));
    QFile out(m_dir.filePath(u"benign.log"_s));
    QVERIFY(out.open(QIODevice::WriteOnly));
    while (!corpus.atEnd())
        out.write(QJsonDocument::fromJson(corpus.readLine()).object().value(u"line"_s).toString().toUtf8() + '\n');
    out.close();
    const Result result = run({u"--json"_s, out.fileName(), QStringLiteral(KVDOCTOR_TEST_DATA "/corpus/excerpts/07-provider-verbose-multiline-values.log")});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    for (const QJsonValue &v : result.json().value(u"findings"_s).toArray())
        QVERIFY2(v.toObject().value(u"severity"_s).toString() == u"info", qPrintable(v.toObject().value(u"cause"_s).toString()));
}

void TstCliAnalyze::scenario_data()
{
    QTest::addColumn<QString>("scenario");
    QTest::addColumn<QString>("cause");
    QTest::newRow("healthy") << u"healthy"_s << QString();
    QTest::newRow("nmi-404") << u"nmi-404"_s << u"aad-pod-identity-nmi-404"_s;
    QTest::newRow("egress-blocked") << u"egress-blocked"_s << u"keyvault-egress-blocked-timeout"_s;
    QTest::newRow("keyvault-403") << u"keyvault-403"_s << u"keyvault-rbac-role-missing"_s;
    QTest::newRow("secret-not-found") << u"secret-not-found"_s << u"keyvault-object-not-found"_s;
    QTest::newRow("sp-invalid-secret") << u"sp-invalid-secret"_s << u"sp-invalid-client-secret"_s;
    QTest::newRow("workload-identity-mismatch") << u"workload-identity-mismatch"_s << u"wi-no-matching-federated-credential"_s;
    QTest::newRow("imds-identity-not-found") << u"imds-identity-not-found"_s << u"imds-identity-not-found"_s;
    QTest::newRow("driver-missing-on-node") << u"driver-missing-on-node"_s << u"driver-not-registered-on-node"_s;
    QTest::newRow("provider-crashloop") << u"provider-crashloop"_s << u"provider-pod-unhealthy"_s;
    QTest::newRow("spc-not-found") << u"spc-not-found"_s << u"secretproviderclass-not-found"_s;
}

void TstCliAnalyze::scenario()
{
    QFETCH(QString, scenario);
    QFETCH(QString, cause);
    kvd::sim::SimulatedCluster cluster;
    QString error;
    QVERIFY2(cluster.start({scenario, 0, 0, 0}, &error), qPrintable(error));
    QTemporaryDir dir;
    const QString kubeconfig = dir.filePath(u"sim.yaml"_s);
    QVERIFY2(cluster.writeKubeconfig(kubeconfig, &error), qPrintable(error));
    const Result result = run({u"--kubeconfig"_s, kubeconfig, u"--since"_s, u"24h"_s, u"--json"_s});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    const QJsonObject doc = result.json();
    checkShape(doc, false);
    const QJsonArray findings = doc.value(u"findings"_s).toArray();
    QStringList summary;
    for (const QJsonValue &v : findings)
        summary << v.toObject().value(u"cause"_s).toString() + u'/' + v.toObject().value(u"severity"_s).toString();
    if (cause.isEmpty()) {
        for (const QJsonValue &v : findings)
            QVERIFY2(v.toObject().value(u"severity"_s).toString() != u"error", qPrintable(summary.join(u", "_s)));
        return;
    }
    QVERIFY2(!findings.isEmpty(), qPrintable(result.err));
    const QJsonObject top = findings.first().toObject();
    QVERIFY2(top.value(u"cause"_s).toString() == cause, qPrintable(summary.join(u", "_s)));
    QCOMPARE(top.value(u"severity"_s).toString(), u"error"_s);
    QVERIFY(!top.value(u"node"_s).toString().isEmpty());
}

void TstCliAnalyze::nodeOption()
{
    kvd::sim::SimulatedCluster cluster;
    QString error;
    QVERIFY2(cluster.start({u"driver-missing-on-node"_s, 0, 0, 0}, &error), qPrintable(error));
    QTemporaryDir dir;
    const QString kubeconfig = dir.filePath(u"sim.yaml"_s);
    QVERIFY2(cluster.writeKubeconfig(kubeconfig, &error), qPrintable(error));
    const Result all = run({u"--kubeconfig"_s, kubeconfig, u"--json"_s});
    QCOMPARE(all.exitCode, 0);
    const QString node = all.json().value(u"findings"_s).toArray().first().toObject().value(u"node"_s).toString();
    QVERIFY(!node.isEmpty());
    const Result one = run({u"--kubeconfig"_s, kubeconfig, u"--node"_s, node, u"--json"_s});
    QVERIFY2(one.exitCode == 0, qPrintable(one.err));
    QCOMPARE(one.json().value(u"nodesRead"_s).toArray(), QJsonArray{node});
    for (const QJsonValue &v : one.json().value(u"findings"_s).toArray()) {
        const QString n = v.toObject().value(u"node"_s).toString();
        QVERIFY(n.isEmpty() || n == node);
    }
    const Result missing = run({u"--kubeconfig"_s, kubeconfig, u"--node"_s, u"no-such-node"_s});
    QCOMPARE(missing.exitCode, 1);
    QVERIFY(missing.err.contains(u"no-such-node"_s));
}

void TstCliAnalyze::exitCodes_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("message");
    QTest::newRow("nothing") << QStringList{} << 2 << u"--context"_s;
    QTest::newRow("missing-path") << QStringList{u"/no/such/file.log"_s} << 1 << u"file.log"_s;
    QTest::newRow("node-without-context") << QStringList{u"--node"_s, u"n"_s, u"x.log"_s} << 2 << u"--node"_s;
    QTest::newRow("bad-since") << QStringList{u"--context"_s, u"c"_s, u"--since"_s, u"soon"_s} << 2 << u"soon"_s;
    QTest::newRow("paths-and-context") << QStringList{u"--context"_s, u"c"_s, u"x.log"_s} << 2 << u"not both"_s;
    QTest::newRow("unknown-option") << QStringList{u"--frobnicate"_s} << 2 << u"frobnicate"_s;
}

void TstCliAnalyze::exitCodes()
{
    QFETCH(QStringList, args);
    QFETCH(int, code);
    QFETCH(QString, message);
    const Result result = run(args);
    QCOMPARE(result.exitCode, code);
    QVERIFY2(result.err.contains(message), qPrintable(result.err));
}

QTEST_GUILESS_MAIN(TstCliAnalyze)
#include "tst_clianalyze.moc"
