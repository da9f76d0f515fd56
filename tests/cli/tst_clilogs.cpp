// SPDX-License-Identifier: MIT
// kvdoctor-cli logs against the simulated cluster: one file per container, the scenario's error inside.
#include "sim/simulatedcluster.h"

#include <QDir>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TstCliLogs : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void savesNodeLogs();
    void usageErrors_data();
    void usageErrors();

private:
    struct Result
    {
        int exitCode = -1;
        QString out, err;
    };
    Result run(const QStringList &args);
};

TstCliLogs::Result TstCliLogs::run(const QStringList &args)
{
    QProcess process;
    process.setProgram(QStringLiteral(KVDOCTOR_BIN_DIR "/kvdoctor-cli"));
    process.setArguments(QStringList{u"logs"_s} + args);
    process.start();
    Result result;
    // the simulated API server runs in this process: keep its event loop turning
    QSignalSpy done(&process, &QProcess::finished);
    if (!done.wait(60000))
        process.kill();
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

void TstCliLogs::savesNodeLogs()
{
    kvd::sim::SimulatedCluster cluster;
    QString error;
    QVERIFY2(cluster.start({u"nmi-404"_s, 0, 0, 0}, &error), qPrintable(error));
    QTemporaryDir dir;
    const QString kubeconfig = dir.filePath(u"sim.yaml"_s);
    QVERIFY2(cluster.writeKubeconfig(kubeconfig, &error), qPrintable(error));
    // find a node: the first of `inventory`
    QProcess inventory;
    inventory.start(QStringLiteral(KVDOCTOR_BIN_DIR "/kvdoctor-cli"), {u"inventory"_s, u"--kubeconfig"_s, kubeconfig});
    QSignalSpy invDone(&inventory, &QProcess::finished);
    QVERIFY(invDone.wait(60000));
    const QStringList lines = QString::fromUtf8(inventory.readAllStandardOutput()).split(u'\n');
    QVERIFY(lines.size() > 2);
    QString node;
    for (const QString &line : lines.mid(1)) {
        const QStringList cells = line.split(u"  "_s);
        if (cells.size() > 6 && !cells.last().startsWith(u"0 (0)")) { // a node with failing app pods
            node = cells.first();
            break;
        }
    }
    QVERIFY2(!node.isEmpty(), qPrintable(lines.join(u'\n')));
    const QString outDir = dir.filePath(u"out"_s);
    const Result result = run({u"--kubeconfig"_s, kubeconfig, u"--node"_s, node, u"--since"_s, u"24h"_s, u"-o"_s, outDir});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    const QStringList files = QDir(outDir).entryList(QDir::Files);
    QVERIFY2(files.size() >= 4, qPrintable(files.join(u',')));
    bool registrar = false, found404 = false;
    for (const QString &file : files) {
        QVERIFY(file.endsWith(u".log"));
        QCOMPARE(file.count(u'_'), 2); // ns_pod_container.log
        registrar |= file.endsWith(u"_node-driver-registrar.log");
        QFile f(QDir(outDir).filePath(file));
        QVERIFY(f.open(QIODevice::ReadOnly));
        found404 |= f.readAll().contains("nmi response failed with status code: 404");
    }
    QVERIFY(registrar);
    QVERIFY(found404);

    const Result missing = run({u"--kubeconfig"_s, kubeconfig, u"--node"_s, u"no-such-node"_s, u"-o"_s, outDir});
    QCOMPARE(missing.exitCode, 1);
    QVERIFY(missing.err.contains(u"no-such-node"));
}

void TstCliLogs::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    QTest::newRow("no-node") << QStringList{} << u"--node"_s;
    QTest::newRow("bad-since") << QStringList{u"--node"_s, u"n"_s, u"--since"_s, u"soon"_s} << u"soon"_s;
    QTest::newRow("bad-pod") << QStringList{u"--node"_s, u"n"_s, u"--pod"_s, u"nameonly"_s} << u"NAMESPACE/NAME"_s;
}

void TstCliLogs::usageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    const Result result = run(args);
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains(message), qPrintable(result.err));
}

QTEST_GUILESS_MAIN(TstCliLogs)
#include "tst_clilogs.moc"
