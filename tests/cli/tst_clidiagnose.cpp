// SPDX-License-Identifier: MIT
// kvdoctor-cli diagnose against the simulated cluster: the same verdicts as the DiagnoseJob the
// Troubleshoot wizard runs, and a report in every format.
#include "kube/diagnosejob.h"
#include "kube/kubeclient.h"
#include "sim/simulatedcluster.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace kvd;
using namespace Qt::StringLiterals;

namespace {

struct Result
{
    int exitCode = -1;
    QString out, err;
};

Result run(const QStringList &args)
{
    QProcess process;
    process.setProgram(QStringLiteral(KVDOCTOR_BIN_DIR "/kvdoctor-cli"));
    process.setArguments(QStringList{u"diagnose"_s} + args);
    process.start();
    Result result;
    // The simulated API server runs in this process: keep its event loop turning.
    QSignalSpy done(&process, &QProcess::finished);
    if (!done.wait(120000))
        process.kill();
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

QJsonObject jobVerdicts(const sim::SimulatedCluster &cluster)
{
    const Kubeconfig config = Kubeconfig::fromData(cluster.kubeconfigYaml(), u"sim.yaml"_s);
    KubeClient client(*config.resolve(u"kvdoctor-sim"_s, nullptr));
    DiagnoseJob job(&client);
    QSignalSpy finished(&job, &DiagnoseJob::finished);
    job.start({});
    if (!finished.wait(60000))
        return {};
    return job.resultJson();
}

} // namespace

class tst_CliDiagnose : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void sameVerdictsAsTheWizardsJob_data()
    {
        QTest::addColumn<QString>("scenario");
        QTest::addColumn<QString>("topCause");
        for (const auto &[scenario, cause] : {std::pair{u"healthy"_s, QString()}, std::pair{u"nmi-404"_s, u"aad-pod-identity-nmi-404"_s},
                                              std::pair{u"keyvault-403"_s, u"keyvault-rbac-role-missing"_s},
                                              std::pair{u"spc-not-found"_s, u"secretproviderclass-not-found"_s}})
            QTest::newRow(qPrintable(scenario)) << scenario << cause;
    }
    void sameVerdictsAsTheWizardsJob()
    {
        QFETCH(QString, scenario);
        QFETCH(QString, topCause);
        sim::SimulatedCluster cluster;
        QString error;
        QVERIFY2(cluster.start({scenario, 0, 0, 0}, &error), qPrintable(error));
        QTemporaryDir dir;
        const QString kubeconfig = dir.filePath(u"sim.yaml"_s);
        QVERIFY2(cluster.writeKubeconfig(kubeconfig, &error), qPrintable(error));

        const Result result = run({u"--kubeconfig"_s, kubeconfig, u"--json"_s});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        const QJsonObject cli = QJsonDocument::fromJson(result.out.toUtf8()).object();
        QCOMPARE(cli.value(u"topCause"_s).toString(), topCause);
        const QJsonObject job = jobVerdicts(cluster);
        QVERIFY(!job.isEmpty());
        QCOMPARE(cli.value(u"target"_s), job.value(u"target"_s));
        QCOMPARE(cli.value(u"nextStep"_s).toObject().value(u"offerConnectivityTest"_s),
                 job.value(u"nextStep"_s).toObject().value(u"offerConnectivityTest"_s));
        // Check by check, the same verdicts (details may quote times).
        const QJsonArray a = cli.value(u"checks"_s).toArray(), b = job.value(u"checks"_s).toArray();
        QCOMPARE(a.size(), b.size());
        for (qsizetype i = 0; i < a.size(); ++i) {
            QCOMPARE(a[i][u"id"_s], b[i][u"id"_s]);
            QCOMPARE(a[i][u"verdict"_s], b[i][u"verdict"_s]);
        }
    }

    void textOutputAndReports_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QByteArray>("magic");
        QTest::newRow("md") << u"case.md"_s << QByteArray("# ");
        QTest::newRow("html") << u"case.html"_s << QByteArray("<!DOCTYPE html>");
        QTest::newRow("json") << u"case.json"_s << QByteArray("{");
        QTest::newRow("pdf") << u"case.pdf"_s << QByteArray("%PDF-");
        QTest::newRow("zip") << u"case.zip"_s << QByteArray("PK");
    }
    void textOutputAndReports()
    {
        QFETCH(QString, file);
        QFETCH(QByteArray, magic);
        sim::SimulatedCluster cluster;
        QString error;
        QVERIFY2(cluster.start({u"nmi-404"_s, 0, 0, 0}, &error), qPrintable(error));
        QTemporaryDir dir;
        const QString kubeconfig = dir.filePath(u"sim.yaml"_s);
        QVERIFY2(cluster.writeKubeconfig(kubeconfig, &error), qPrintable(error));
        const QString report = dir.filePath(file);
        const Result result = run({u"--kubeconfig"_s, kubeconfig, u"--since"_s, u"24h"_s, u"--report"_s, report});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QVERIFY2(result.out.contains(u"aad-pod-identity-nmi-404"_s), qPrintable(result.out));
        QVERIFY(result.out.contains(u"kvdoctor-cli probe --context"_s)); // the next step, as a command
        QFile f(report);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray data = f.readAll();
        QVERIFY(data.startsWith(magic));
        if (magic != "%PDF-" && magic != "PK")
            QVERIFY(data.contains("aad-pod-identity-nmi-404"));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("bad-since") << QStringList{u"--since"_s, u"soon"_s} << u"--since"_s;
        QTest::newRow("bad-report") << QStringList{u"--report"_s, u"x.docx"_s} << u"--report"_s;
        QTest::newRow("probe-without-consent") << QStringList{u"--probe"_s} << u"--yes"_s;
        QTest::newRow("bad-mask") << QStringList{u"--mask"_s, u"everything"_s} << u"--mask"_s;
    }
    void usageErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const Result result = run(args);
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(message), qPrintable(result.err));
    }
};

QTEST_GUILESS_MAIN(tst_CliDiagnose)
#include "tst_clidiagnose.moc"
