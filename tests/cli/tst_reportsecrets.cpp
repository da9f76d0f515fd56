// SPDX-License-Identifier: MIT
// Secrets planted in the simulated cluster's logs, events and probe responses never reach a
// report, in any format, while the findings still do (issue 8's "done when").
#include "kube/diagnosejob.h"
#include "kube/kubeclient.h"
#include "sim/simulatedcluster.h"

#include <KZip>

#include <QFile>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace kvd;
using namespace Qt::StringLiterals;

namespace {

// Realistic shapes, none a real credential.
const QByteArray kJwt = "eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.eyJhdWQiOiJodHRwczovL3ZhdWx0LmF6dXJlLm5ldCIsIm9pZCI6IjEyMyJ9.c2lnbmF0dXJlLXBsYW50ZWQtaW4tdGVzdA";
const QByteArray kClientSecret = "Pla8Q~plantedClientSecretValue0123456789";
const QByteArray kKeyData = "LS0tLS1CRUdJTiBFQyBQUklWQVRFIEtFWS0tLS0tClBsYW50ZWRLZXlEYXRh";
const QByteArray kBearer = "plantedBearerTokenValue0123456789abcdef";
const QByteArray kSecretValue = "planted-secret-value-from-key-vault";
// What the simulator itself hands out during a probe: the service principal's secret (from the
// nodePublishSecretRef Secret) and Key Vault's secret value.
const QByteArray kSimClientSecret = "Qx8~demo.not-a-real-secret";
const QByteArray kSimSecretValue = "demo-value-not-a-secret";

const QList<QByteArray> kForbidden{kJwt, kClientSecret, kKeyData, kBearer, kSecretValue, kSimClientSecret, kSimSecretValue};

QByteArray plantedText()
{
    return "failed to get key vault token: nmi response failed with status code: 404, token=" + kJwt + " client_secret=" + kClientSecret
           + " client-key-data: " + kKeyData + " Authorization: Bearer " + kBearer + " RESPONSE 200: {\"value\":\"" + kSecretValue
           + "\",\"id\":\"https://kv-payments-prod.vault.azure.net/secrets/db-password/0123\"}";
}

struct Result
{
    int exitCode = -1;
    QString out, err;
};

Result runCli(const QStringList &args)
{
    QProcess process;
    process.setProgram(QStringLiteral(KVDOCTOR_BIN_DIR "/kvdoctor-cli"));
    process.setArguments(args);
    process.start();
    QSignalSpy done(&process, &QProcess::finished);
    if (!done.wait(180000))
        process.kill();
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

QByteArray pdfText(const QByteArray &pdf)
{
    QProcess p;
    p.start(QStandardPaths::findExecutable(u"pdftotext"_s), {u"-enc"_s, u"UTF-8"_s, u"-"_s, u"-"_s});
    p.write(pdf);
    p.closeWriteChannel();
    p.waitForFinished(60000);
    return p.readAllStandardOutput();
}

// Every text a report file holds: itself, or its entries and the PDF text.
QList<QPair<QString, QByteArray>> texts(const QString &path)
{
    QList<QPair<QString, QByteArray>> out;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return out;
    const QByteArray data = f.readAll();
    if (path.endsWith(u".pdf"_s)) {
        out.append({path, pdfText(data)});
    } else if (path.endsWith(u".zip"_s)) {
        KZip zip(path);
        if (!zip.open(QIODevice::ReadOnly))
            return out;
        const QStringList names = zip.directory()->entries();
        std::function<void(const KArchiveDirectory *, const QString &)> walk = [&](const KArchiveDirectory *dir, const QString &prefix) {
            const QStringList entries = dir->entries();
            for (const QString &name : entries) {
                const KArchiveEntry *e = dir->entry(name);
                if (e->isDirectory())
                    walk(static_cast<const KArchiveDirectory *>(e), prefix + name + u'/');
                else {
                    const QByteArray content = static_cast<const KArchiveFile *>(e)->data();
                    out.append({prefix + name, name.endsWith(u".pdf"_s) ? pdfText(content) : content});
                }
            }
        };
        walk(zip.directory(), {});
    } else {
        out.append({path, data});
    }
    return out;
}

} // namespace

class tst_ReportSecrets : public QObject
{
    Q_OBJECT
private Q_SLOTS:

    void noSecretInAnyFormat_data()
    {
        QTest::addColumn<QString>("scenario");
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("cause");
        for (const QString &format : {u"md"_s, u"html"_s, u"json"_s, u"pdf"_s, u"zip"_s}) {
            QTest::addRow("nmi-404-%s", qPrintable(format)) << u"nmi-404"_s << format << u"aad-pod-identity-nmi-404"_s;
            QTest::addRow("sp-invalid-secret-probe-%s", qPrintable(format)) << u"sp-invalid-secret"_s << format << u"sp-invalid-client-secret"_s;
        }
    }
    void noSecretInAnyFormat()
    {
        QFETCH(QString, scenario);
        QFETCH(QString, format);
        QFETCH(QString, cause);
        if ((format == u"pdf"_s || format == u"zip"_s) && QStandardPaths::findExecutable(u"pdftotext"_s).isEmpty())
            QSKIP("pdftotext (poppler-utils) is needed to read the PDF reports");
        sim::SimulatedCluster cluster;
        QString error;
        QVERIFY2(cluster.start({scenario, 0, 0, 0}, &error), qPrintable(error));
        QTemporaryDir dir;
        const QString kubeconfig = dir.filePath(u"sim.yaml"_s);
        QVERIFY2(cluster.writeKubeconfig(kubeconfig, &error), qPrintable(error));

        // Where the planted lines go: the failing pod's node's provider, and an event of the pod.
        const Kubeconfig config = Kubeconfig::fromData(cluster.kubeconfigYaml(), u"sim.yaml"_s);
        KubeClient client(*config.resolve(u"kvdoctor-sim"_s, nullptr));
        DiagnoseJob job(&client);
        QSignalSpy finished(&job, &DiagnoseJob::finished);
        job.start({});
        QVERIFY(finished.wait(60000));
        QVERIFY(!job.targetPod().isEmpty());
        const NodeEntry *node = job.inventory().node(job.targetNode());
        QVERIFY(node && node->provider);
        const QByteArray line = "E1129 08:00:00.000000       1 server.go:54] " + plantedText();
        cluster.appendLogLine(node->provider->namespaceName, node->provider->name, node->provider->containerNames.value(0), line);
        QVERIFY(cluster.addObject({}, u"events"_s,
                                  QJsonObject{{u"apiVersion"_s, u"v1"_s},
                                              {u"kind"_s, u"Event"_s},
                                              {u"metadata"_s, QJsonObject{{u"name"_s, QString(job.targetPod() + u".planted"_s)},
                                                                          {u"namespace"_s, job.targetNamespace()}}},
                                              {u"involvedObject"_s, QJsonObject{{u"kind"_s, u"Pod"_s},
                                                                                {u"namespace"_s, job.targetNamespace()},
                                                                                {u"name"_s, job.targetPod()}}},
                                              {u"type"_s, u"Warning"_s},
                                              {u"reason"_s, u"FailedMount"_s},
                                              {u"message"_s, QString::fromUtf8(plantedText())},
                                              {u"count"_s, 1},
                                              {u"lastTimestamp"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODate)}}));

        const QString report = dir.filePath(u"case."_s + format);
        QStringList args{u"diagnose"_s, u"--kubeconfig"_s, kubeconfig, u"--since"_s, u"all"_s, u"--report"_s, report};
        if (scenario == u"sp-invalid-secret"_s)
            args << u"--probe"_s << u"--yes"_s; // the probe reads the SP's Secret and gets tokens back
        const Result result = runCli(args);
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        for (const QByteArray &secret : kForbidden) {
            QVERIFY2(!result.out.toUtf8().contains(secret), secret.constData());
            QVERIFY2(!result.err.toUtf8().contains(secret), secret.constData());
        }
        const auto files = texts(report);
        QVERIFY(!files.isEmpty());
        bool causeSeen = false;
        for (const auto &[name, text] : files) {
            for (const QByteArray &secret : kForbidden)
                QVERIFY2(!text.contains(secret), qPrintable(name + u": "_s + QString::fromLatin1(secret)));
            causeSeen |= text.contains(cause.toUtf8());
        }
        QVERIFY2(causeSeen, qPrintable(cause));
        if (format == u"zip"_s) {
            // The bundle carries the logs, redacted: the planted line is there without its secrets.
            bool plantedLogSeen = false;
            for (const auto &[name, text] : files)
                plantedLogSeen |= name.startsWith(u"logs/"_s) && text.contains("[REDACTED jwt]");
            QVERIFY(plantedLogSeen);
        }
    }

    // kvdoctor-cli analyze PATH... --report: the same report from offline logs, as redacted.
    void offlineAnalyzeReport_data()
    {
        QTest::addColumn<QString>("format");
        for (const QString &format : {u"md"_s, u"html"_s, u"json"_s, u"pdf"_s, u"zip"_s})
            QTest::newRow(qPrintable(format)) << format;
    }
    void offlineAnalyzeReport()
    {
        QFETCH(QString, format);
        QTemporaryDir dir;
        const QString logPath = dir.filePath(u"provider-azure-installer.log"_s);
        {
            QFile log(logPath);
            QVERIFY(log.open(QIODevice::WriteOnly));
            for (int i = 1; i <= 40; ++i)
                log.write("I1129 08:00:00.000000       1 main.go:1] healthy line " + QByteArray::number(i) + '\n');
            log.write("E1129 08:00:01.000000       1 server.go:54] " + plantedText() + '\n');
            log.write("I1129 08:00:02.000000       1 main.go:1] after the error\n");
        }
        const QString report = dir.filePath(u"offline."_s + format);
        const Result result = runCli({u"analyze"_s, logPath, u"--report"_s, report});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QVERIFY(result.err.contains(u"Report written"_s));
        const auto files = texts(report);
        QVERIFY(!files.isEmpty());
        bool causeSeen = false, excerptSeen = false;
        for (const auto &[name, text] : files) {
            for (const QByteArray &secret : kForbidden)
                QVERIFY2(!text.contains(secret), qPrintable(name + u": "_s + QString::fromLatin1(secret)));
            causeSeen |= text.contains("aad-pod-identity-nmi-404");
            excerptSeen |= text.contains("healthy line 40") && text.contains("after the error");
        }
        QVERIFY(causeSeen);
        if (format != u"pdf"_s)
            QVERIFY(excerptSeen); // the lines around the evidence line
    }
};

QTEST_MAIN(tst_ReportSecrets)
#include "tst_reportsecrets.moc"
