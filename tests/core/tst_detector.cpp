// SPDX-License-Identifier: MIT
// The detector: every real error line of the corpus gives its cause, benign lines give no warning
// or error, occurrences collapse with counts and times, specific causes win over symptoms, log
// formats and multi-line klog values, cluster-state rules, and the simulator's failure texts.
#include "core/detector.h"
#include "inventoryfixture.h"
#include "sim/scenario.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using kvd::Detector;
using kvd::Finding;
using kvd::FindingSeverity;

class TstDetector : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void corpusErrorLine_data();
    void corpusErrorLine();
    void corpusErrorLineAsEvent_data() { corpusErrorLine_data(); }
    void corpusErrorLineAsEvent();
    void benignLine_data();
    void benignLine();
    void excerpt_data();
    void excerpt();
    void collapsesOccurrences();
    void evidenceCapKeepsCount();
    void chunksContinueLineNumbers();
    void multiLineKlogValue();
    void multiLineValueAcrossChunks();
    void specificOverGenericInEvent();
    void symptomFoldsIntoSpecificCause();
    void symptomAloneStays();
    void excludePatterns();
    void eventCountsAndTimes();
    void perNodeFindings();
    void sortedBySeverityThenSpecificity();
    void logFormats_data();
    void logFormats();
    void clusterStateFromInventory();
    void clusterStateRules();
    void simulatorTexts_data();
    void simulatorTexts();
    void simulatorDriverLogLine_data() { simulatorTexts_data(); }
    void simulatorDriverLogLine();

private:
    static QList<Finding> analyze(const QByteArray &text, const QString &node = {});
    static const Finding *find(const QList<Finding> &findings, const QString &cause);
    static QString describe(const QList<Finding> &findings);
};

QList<Finding> TstDetector::analyze(const QByteArray &text, const QString &node)
{
    Detector detector;
    kvd::LogSourceInfo source{u"test.log"_s, node, {}, {}, 2026};
    detector.addLogData(text, source, 1);
    detector.finishSource(source.source);
    return detector.findings();
}

const Finding *TstDetector::find(const QList<Finding> &findings, const QString &cause)
{
    for (const Finding &f : findings) {
        if (f.cause == cause)
            return &f;
    }
    return nullptr;
}

QString TstDetector::describe(const QList<Finding> &findings)
{
    QStringList out;
    for (const Finding &f : findings)
        out << u"%1(%2,%3,x%4,ctx=%5)"_s.arg(f.cause, kvd::findingSeverityId(f.severity), f.node).arg(f.count).arg(f.contextCauses.join(u'+'));
    return out.join(u", "_s);
}

namespace {

QList<QJsonObject> readJsonLines(const QString &path)
{
    QList<QJsonObject> out;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return out;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine().trimmed();
        if (!line.isEmpty())
            out.append(QJsonDocument::fromJson(line).object());
    }
    return out;
}

} // namespace

void TstDetector::corpusErrorLine_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("cause");
    const QList<QJsonObject> lines = readJsonLines(QStringLiteral(KVDOCTOR_TEST_DATA "/corpus/error-lines.jsonl"));
    QVERIFY(lines.size() >= 46);
    int i = 0;
    for (const QJsonObject &o : lines)
        QTest::addRow("%s-%d", qPrintable(o.value(u"cause"_s).toString()), ++i) << o.value(u"line"_s).toString() << o.value(u"cause"_s).toString();
}

void TstDetector::corpusErrorLine()
{
    QFETCH(QString, line);
    QFETCH(QString, cause);
    const QList<Finding> findings = analyze(line.toUtf8());
    const Finding *f = find(findings, cause);
    QVERIFY2(f, qPrintable(describe(findings)));
    QCOMPARE(f->count, 1);
    QCOMPARE(f->evidence.size(), 1);
    QCOMPARE(f->evidence.first().line, 1);
    QCOMPARE(f->evidence.first().text, line);
    QCOMPARE(f->evidence.first().kind, kvd::Evidence::Kind::LogLine);
    // The labelled cause is the primary one of its line.
    QCOMPARE(findings.first().cause, cause);
}

void TstDetector::corpusErrorLineAsEvent()
{
    QFETCH(QString, line);
    QFETCH(QString, cause);
    Detector detector;
    kvd::KubeEvent event = kvd::fixture::failedMount(u"default"_s, u"app-1"_s, line);
    detector.addEvent(event, u"aks-node-1"_s);
    const QList<Finding> findings = detector.findings();
    QVERIFY2(find(findings, cause), qPrintable(describe(findings)));
    QCOMPARE(find(findings, cause)->count, 4); // the event's count
    QCOMPARE(find(findings, cause)->node, u"aks-node-1"_s);
}

void TstDetector::benignLine_data()
{
    QTest::addColumn<QString>("line");
    const QList<QJsonObject> lines = readJsonLines(QStringLiteral(KVDOCTOR_TEST_DATA "/corpus/benign-lines.jsonl"));
    QVERIFY(lines.size() >= 90);
    int i = 0;
    for (const QJsonObject &o : lines)
        QTest::addRow("benign-%d", ++i) << o.value(u"line"_s).toString();
    // The README's error-looking but harmless lines.
    QTest::newRow("tenantId-deprecated") << u"I0120 07:34:09.150569       1 parameters.go:51] tenantId is deprecated and will be removed in a future release. Use 'tenantID' instead"_s;
    QTest::newRow("sdk-401-debug") << u"(2021-09-22T14:07:24.5818047Z) INFO: RESPONSE: 401 Unauthorized"_s;
    QTest::newRow("grpc-error-nil") << u"I1019 16:19:03.922993       1 connection.go:184] GRPC error: <nil>"_s;
}

void TstDetector::benignLine()
{
    QFETCH(QString, line);
    for (const Finding &f : analyze(line.toUtf8()))
        QVERIFY2(f.severity == FindingSeverity::Info, qPrintable(f.cause));
}

void TstDetector::excerpt_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("expected"); // warning/error causes
    const QDir dir(QStringLiteral(KVDOCTOR_TEST_DATA "/corpus/excerpts"));
    const QStringList files = dir.entryList({u"*.log"_s}, QDir::Files, QDir::Name);
    QCOMPARE(files.size(), 10);
    for (const QString &file : files) {
        QStringList expected;
        if (file.startsWith(u"06-"))
            expected = {u"invalid-object-type"_s, u"secretproviderclass-not-found"_s};
        QTest::newRow(qPrintable(file)) << dir.filePath(file) << expected;
    }
}

void TstDetector::excerpt()
{
    QFETCH(QString, file);
    QFETCH(QStringList, expected);
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QList<Finding> findings = analyze(f.readAll());
    QStringList got;
    for (const Finding &finding : findings) {
        if (finding.severity != FindingSeverity::Info)
            got << finding.cause;
    }
    got.sort();
    QCOMPARE(got, expected);
    if (file.contains(u"10-driver-spcps"_s)) {
        QVERIFY(find(findings, u"spcps-stale-pod-not-found"_s));
        QCOMPARE(find(findings, u"spcps-stale-pod-not-found"_s)->count, 3);
    }
}

void TstDetector::collapsesOccurrences()
{
    const QByteArray text = "I1108 12:18:10.000000       1 server.go:10] starting\n"
                            "E1108 12:18:14.000000       1 server.go:281] nmi response failed with status code: 404, err: <nil>\n"
                            "I1108 12:18:15.000000       1 server.go:10] retry\n"
                            "E1108 12:19:14.500000       1 server.go:281] nmi response failed with status code: 404, err: <nil>\n"
                            "E1108 12:20:00.000000       1 server.go:281] nmi response failed with status code: 404, err: <nil>";
    const QList<Finding> findings = analyze(text);
    QCOMPARE(findings.size(), 1);
    const Finding &f = findings.first();
    QCOMPARE(f.cause, u"aad-pod-identity-nmi-404"_s);
    QCOMPARE(f.severity, FindingSeverity::Error);
    QCOMPARE(f.count, 3);
    QCOMPARE(f.evidence.size(), 3);
    QCOMPARE(f.evidence.at(0).line, 2);
    QCOMPARE(f.evidence.at(1).line, 4);
    QCOMPARE(f.evidence.at(2).line, 5);
    QCOMPARE(f.evidence.at(0).source, u"test.log"_s);
    const qint64 first = QDateTime(QDate(2026, 11, 8), QTime(12, 18, 14), QTimeZone::UTC).toMSecsSinceEpoch() * 1000;
    const qint64 last = QDateTime(QDate(2026, 11, 8), QTime(12, 20, 0), QTimeZone::UTC).toMSecsSinceEpoch() * 1000;
    QCOMPARE(f.firstSeenUs, first);
    QCOMPARE(f.lastSeenUs, last);
}

void TstDetector::evidenceCapKeepsCount()
{
    QByteArray text;
    for (int i = 0; i < 50; ++i)
        text += "E1108 12:18:14.000000       1 server.go:281] nmi response failed with status code: 404\n";
    Detector detector;
    detector.setEvidenceCap(5);
    detector.addLogData(text, {u"a.log"_s, {}, {}, {}, 2026}, 1);
    const QList<Finding> findings = detector.findings();
    QCOMPARE(findings.size(), 1);
    QCOMPARE(findings.first().count, 50);
    QCOMPARE(findings.first().evidence.size(), 5);
    QCOMPARE(findings.first().evidence.last().line, 5);
    QCOMPARE(detector.linesScanned(), 50);
}

void TstDetector::chunksContinueLineNumbers()
{
    Detector detector;
    const kvd::LogSourceInfo source{u"b.log"_s, {}, {}, {}, 2026};
    QCOMPARE(detector.addLogData("I1108 12:00:00.000000 1 a.go:1] ok\nI1108 12:00:01.000000 1 a.go:1] ok\n", source, 1), 2);
    QCOMPARE(detector.addLogData("I1108 12:00:02.000000 1 a.go:1] ok\nE1108 12:00:03.000000 1 a.go:1] failed to get objectType:secret, "
                                 "objectName:x, objectVersion:: Invalid vaultObjectTypes. Should be secret, key, or cert\n",
                                 source, 3),
             2);
    detector.finishSource(source.source);
    const QList<Finding> findings = detector.findings();
    QVERIFY(find(findings, u"invalid-object-type"_s));
    QCOMPARE(find(findings, u"invalid-object-type"_s)->evidence.first().line, 4);
}

void TstDetector::multiLineKlogValue()
{
    // The driver prints the provider's error with a raw newline: the AADSTS body is a
    // continuation line without a klog header.
    const QByteArray text =
        "I1129 10:00:00.000000       1 nodeserver.go:1] \"Using grpc client\" provider=\"azure\"\n"
        "E1129 10:00:01.000000       1 utils.go:79] GRPC error: failed to mount secrets store objects for pod payments/api-1, err: rpc error: "
        "code = Unknown desc = failed to mount objects, error: failed to get keyvault client: failed to get authorizer for keyvault client: "
        "failed to acquire token: FromAssertion(): http call(https://login.microsoftonline.com/t/oauth2/v2.0/token)(POST) error: reply status code was 400:\n"
        "{\"error\":\"invalid_request\",\"error_description\":\"AADSTS70021: No matching federated identity record found for presented assertion.\"}\n"
        "I1129 10:00:02.000000       1 nodeserver.go:1] next\n";
    const QList<Finding> findings = analyze(text);
    QCOMPARE(findings.size(), 1);
    const Finding &f = findings.first();
    QCOMPARE(f.cause, u"wi-no-matching-federated-credential"_s);
    QVERIFY2(f.contextCauses.contains(u"wi-token-exchange-failed"_s), qPrintable(f.contextCauses.join(u',')));
    QVERIFY(f.contextCauses.contains(u"mount-failed-other"_s));
    QCOMPARE(f.evidence.first().line, 3);
    QCOMPARE(f.firstSeenUs, QDateTime(QDate(2026, 11, 29), QTime(10, 0, 1), QTimeZone::UTC).toMSecsSinceEpoch() * 1000);
}

void TstDetector::multiLineValueAcrossChunks()
{
    Detector detector;
    const kvd::LogSourceInfo source{u"c.log"_s, {}, {}, {}, 2026};
    detector.addLogData("E1129 10:00:01.000000       1 utils.go:79] GRPC error: failed to acquire token: FromAssertion(): "
                        "http call(https://login.microsoftonline.com/t/oauth2/v2.0/token)(POST) error: reply status code was 400:\n",
                        source, 1);
    detector.addLogData("{\"error\":\"invalid_request\",\"error_description\":\"AADSTS700016: Application with identifier 'x' was not found "
                        "in the directory 'y'.\"}\n",
                        source, 2);
    detector.finishSource(source.source);
    const QList<Finding> findings = detector.findings();
    QCOMPARE(findings.size(), 1);
    QCOMPARE(findings.first().cause, u"wi-application-not-found"_s);
    QVERIFY(findings.first().contextCauses.contains(u"wi-token-exchange-failed"_s));
    QCOMPARE(findings.first().evidence.first().line, 2);
}

void TstDetector::specificOverGenericInEvent()
{
    Detector detector;
    detector.addEvent(kvd::fixture::failedMount(
                          u"shop"_s, u"web-1"_s,
                          u"MountVolume.SetUp failed for volume \"kv\" : rpc error: code = DeadlineExceeded desc = failed to get keyvault "
                          "client: ... {\"error\":\"unauthorized_client\",\"error_description\":\"AADSTS700016: Application with identifier "
                          "'abc' was not found in the directory 'contoso'.\"}"_s),
                      u"aks-1"_s);
    const QList<Finding> findings = detector.findings();
    QCOMPARE(findings.size(), 1);
    QCOMPARE(findings.first().cause, u"wi-application-not-found"_s);
    QVERIFY(findings.first().contextCauses.contains(u"mount-rpc-deadline-exceeded"_s));
    QCOMPARE(findings.first().evidence.first().kind, kvd::Evidence::Kind::Event);
    QCOMPARE(findings.first().evidence.first().pod, u"web-1"_s);
    QCOMPARE(findings.first().evidence.first().namespaceName, u"shop"_s);
}

void TstDetector::symptomFoldsIntoSpecificCause()
{
    const QByteArray text =
        "E1029 17:37:42.461313       1 nodeserver.go:242] \"failed to mount secrets store object content\" err=\"rpc error: code = "
        "DeadlineExceeded desc = context deadline exceeded\"\n"
        "E1029 17:37:42.561313       1 server.go:54] failed to process mount request, error: keyvault.BaseClient#GetSecret: Failure "
        "sending request: StatusCode=0 -- Original Error: context deadline exceeded\n";
    const QList<Finding> findings = analyze(text);
    QCOMPARE(findings.size(), 1);
    QCOMPARE(findings.first().cause, u"keyvault-egress-blocked-timeout"_s);
    QVERIFY(findings.first().contextCauses.contains(u"mount-rpc-deadline-exceeded"_s));
}

void TstDetector::symptomAloneStays()
{
    const QList<Finding> findings =
        analyze("E1029 17:37:42.461313       1 utils.go:79] GRPC error: rpc error: code = DeadlineExceeded desc = context deadline exceeded");
    QCOMPARE(findings.size(), 1);
    QCOMPARE(findings.first().cause, u"mount-rpc-deadline-exceeded"_s);
    QCOMPARE(findings.first().severity, FindingSeverity::Error);
}

void TstDetector::excludePatterns()
{
    // An AADSTS code without a rule of its own is the generic Entra ID cause...
    QList<Finding> findings = analyze("E0101 10:00:00.000000 1 a.go:1] AADSTS50079: Due to a configuration change made by your administrator");
    QCOMPARE(findings.size(), 1);
    QCOMPARE(findings.first().cause, u"entra-id-other-error"_s);
    // ...a code with its own rule is not "other": not even as context.
    findings = analyze("E0101 10:00:00.000000 1 a.go:1] AADSTS7000215: Invalid client secret provided.");
    QCOMPARE(findings.size(), 1);
    QCOMPARE(findings.first().cause, u"sp-invalid-client-secret"_s);
    QVERIFY(findings.first().contextCauses.isEmpty());
    // A Key Vault 403 without its inner code is the generic refusal; with it, only the specific cause.
    const QByteArray forbidden = "E0101 10:00:00.000000 1 server.go:54] keyvault.BaseClient#GetSecret: Failure responding to request: "
                                 "StatusCode=403 -- Original Error: autorest/azure: Service returned an error. Status=403 Code=\"Forbidden\"";
    findings = analyze(forbidden);
    QCOMPARE(findings.size(), 1);
    QCOMPARE(findings.first().cause, u"keyvault-forbidden"_s);
    findings = analyze(forbidden + " Message=\"Caller is not authorized to perform action on resource.\" InnerError={\"code\":\"ForbiddenByRbac\"}");
    QCOMPARE(findings.size(), 1);
    QCOMPARE(findings.first().cause, u"keyvault-rbac-role-missing"_s);
    QVERIFY2(findings.first().contextCauses.isEmpty(), qPrintable(findings.first().contextCauses.join(u',')));
}

void TstDetector::eventCountsAndTimes()
{
    Detector detector;
    kvd::KubeEvent e = kvd::fixture::failedMount(u"shop"_s, u"web-1"_s,
                                                 u"MountVolume.SetUp failed for volume \"kv\" : rpc error: code = Unknown desc = failed "
                                                 "to get secretproviderclass shop/kv, error: secretproviderclasses.secrets-store.csi.x-k8s.io "
                                                 "\"kv\" not found"_s);
    e.count = 224;
    e.firstTimestamp = QDateTime(QDate(2026, 11, 28), QTime(8, 0), QTimeZone::UTC);
    detector.addEvent(e, u"aks-1"_s);
    const QList<Finding> findings = detector.findings();
    QCOMPARE(findings.size(), 1);
    QCOMPARE(findings.first().cause, u"secretproviderclass-not-found"_s);
    QCOMPARE(findings.first().count, 224);
    QCOMPARE(findings.first().firstSeenUs, e.firstTimestamp.toMSecsSinceEpoch() * 1000);
    QCOMPARE(findings.first().lastSeenUs, e.lastTimestamp.toMSecsSinceEpoch() * 1000);
}

void TstDetector::perNodeFindings()
{
    const QByteArray line = "E1108 12:18:14.000000       1 server.go:281] nmi response failed with status code: 404\n";
    Detector detector;
    detector.addLogData(line, {u"n1/provider.log"_s, u"node-1"_s, u"kube-system"_s, u"provider-1"_s, 2026}, 1);
    detector.addLogData(QByteArray(line + line), {u"n2/provider.log"_s, u"node-2"_s, u"kube-system"_s, u"provider-2"_s, 2026}, 1);
    const QList<Finding> findings = detector.findings();
    QCOMPARE(findings.size(), 2);
    QCOMPARE(findings.at(0).cause, findings.at(1).cause);
    QSet<QString> nodes{findings.at(0).node, findings.at(1).node};
    QCOMPARE(nodes, (QSet<QString>{u"node-1"_s, u"node-2"_s}));
    const QHash<QString, int> counts = kvd::findingCountsByNode(findings);
    QCOMPARE(counts.value(u"node-1"_s), 1);
    QCOMPARE(counts.value(u"node-2"_s), 1);
    QCOMPARE(find(findings, findings.at(0).cause)->evidence.first().pod.isEmpty(), false);
}

void TstDetector::sortedBySeverityThenSpecificity()
{
    const QByteArray text =
        "E0101 10:00:00.000000       1 a.go:1] Warning SecretRotationFailed 21m csi-secrets-store-rotation failed to patch secret x-tls with new "
        "data, err: timed out waiting for the condition\n"
        "E0101 10:00:01.000000       1 a.go:1] error: failed to get objectType:secret, objectName:x, objectVersion:: StatusCode=429\n"
        "E0101 10:00:02.000000       1 a.go:1] failed to get keyvault client: Identity not found 169.254.169.254\n"
        "E0101 10:00:03.000000       1 a.go:1] failed to mount objects, error: failed to get objectType:secret, objectName:y, objectVersion:: "
        "Code=\"SecretNotFound\"\n"
        "secrets-store E0909 07:37:48.739455       1 secretproviderclasspodstatus_controller.go:243] \"failed to get pod\" err=\"Pod "
        "\\\"gone\\\" not found\" pod=\"ns/gone\"\n";
    const QList<Finding> findings = analyze(text);
    QStringList order;
    for (const Finding &f : findings)
        order << f.cause;
    // errors (more specific first), then warnings, then info
    QCOMPARE(order, (QStringList{u"keyvault-object-not-found"_s, u"imds-identity-not-found"_s, u"keyvault-throttled-429"_s,
                                 u"rotation-secret-patch-failed"_s, u"spcps-stale-pod-not-found"_s}));
}

void TstDetector::logFormats_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<QString>("cause");
    QTest::addColumn<bool>("timed");
    QTest::newRow("klog") << QByteArray("E0807 09:47:05.093533       1 server.go:58] \"failed to process mount request\" err=\"failed to get "
                                        "objectType:secret, objectName:certName, objectVersion:: no leaf found\"")
                          << u"cert-no-leaf-found"_s << true;
    QTest::newRow("klog-windows-pid") << QByteArray("E0807 09:47:05.093533    6324 server.go:58] keyvaultName is not set") << u"keyvaultname-not-set"_s
                                      << true;
    QTest::newRow("kubectl-timestamps") << QByteArray("2026-11-29T10:00:00.123456789Z E1129 10:00:00.123456       1 server.go:58] tenantId is not set")
                                        << u"tenantid-not-set"_s << true;
    QTest::newRow("container-prefix") << QByteArray("secrets-store E0909 07:37:48.739455       1 utils.go:79] GRPC error: failed to get "
                                                    "secretproviderclass ns/x, error: secretproviderclasses.secrets-store.csi.x-k8s.io \"x\" not found")
                                      << u"secretproviderclass-not-found"_s << true;
    QTest::newRow("json") << QByteArray("{\"level\":\"error\",\"timestamp\":\"2023-01-12T18:13:32.212199Z\",\"caller\":\"provider/provider.go:"
                                        "58$provider.(*Provider).Mount\",\"message\":\"failed to process mount request\",\"err\":\"AADSTS7000215: "
                                        "Invalid client secret provided.\\n\"}")
                          << u"sp-invalid-client-secret"_s << true;
    QTest::newRow("logrus") << QByteArray("time=\"2020-07-09T12:42:23Z\" level=fatal msg=\"[error] : failed to get objectType:secret, "
                                          "objectName:aks-tls-cert, objectVersion:: pkcs12: expected exactly two items in the authenticated safe\"")
                            << u"cert-pkcs12-parse-error"_s << true;
    QTest::newRow("describe-event") << QByteArray("  Warning  FailedMount  3m (x5 over 10m)  kubelet  MountVolume.SetUp failed for volume "
                                                  "\"kv\" : rpc error: code = Unknown desc = grpc: received message larger than max (5242880 vs. 4194304)")
                                    << u"grpc-message-too-large"_s << false;
    QTest::newRow("plain") << QByteArray("Response body: {\"error\":\"invalid_request\",\"error_description\":\"Multiple user assigned identities "
                                         "exist, please specify the clientId / resourceId of the identity in the token request\"}")
                           << u"imds-multiple-identities-no-clientid"_s << false;
    QTest::newRow("crlf") << QByteArray("E0101 10:00:00.000000 1 a.go:1] x509: certificate signed by unknown authority\r\n") << u"tls-interception-untrusted-ca"_s
                          << true;
}

void TstDetector::logFormats()
{
    QFETCH(QByteArray, line);
    QFETCH(QString, cause);
    QFETCH(bool, timed);
    const QList<Finding> findings = analyze(line);
    QVERIFY2(!findings.isEmpty(), line.constData());
    QCOMPARE(findings.first().cause, cause);
    QCOMPARE(findings.first().firstSeenUs != 0, timed);
    QVERIFY(!findings.first().evidence.first().text.endsWith(u'\r'));
}

void TstDetector::clusterStateFromInventory()
{
    using namespace kvd::fixture;
    Detector detector;
    detector.addInventory(sampleInventory());
    const QList<Finding> findings = detector.findings();
    const Finding *driverMissing = nullptr;
    for (const Finding &f : findings) {
        if (f.cause == u"driver-not-registered-on-node" && f.node == u"aks-shop-2")
            driverMissing = &f;
    }
    QVERIFY2(driverMissing, qPrintable(describe(findings)));
    QCOMPARE(driverMissing->severity, FindingSeverity::Error);
    QCOMPARE(driverMissing->evidence.first().kind, kvd::Evidence::Kind::ClusterState);
    QCOMPARE(findings.first().cause, u"driver-not-registered-on-node"_s);
    // aks-gpu-3 has no apps: missing daemon pods there are warnings, the node not being ready too.
    for (const Finding &f : findings) {
        if (f.node == u"aks-gpu-3")
            QVERIFY2(f.severity == FindingSeverity::Warning, qPrintable(f.cause));
    }
    QVERIFY(find(findings, u"node-not-ready"_s));
    QVERIFY(find(findings, u"app-mount-failing"_s)); // cart-2 on aks-shop-1, no specific cause known
    QCOMPARE(kvd::findingCountsByNode(findings).value(u"aks-shop-2"_s), 1);
}

void TstDetector::clusterStateRules()
{
    using namespace kvd::fixture;
    kvd::InventoryInput in;
    in.nodes << node(u"aks-lin-0"_s) << node(u"aks-win-1"_s, true, u"windows"_s);
    kvd::KubePod crashing = provider(u"aks-lin-0"_s);
    crashing.ready = kvd::ConditionStatus::False;
    crashing.containers.first().ready = false;
    crashing.containers.first().state = kvd::KubeContainerStatus::State::Waiting;
    crashing.containers.first().reason = u"CrashLoopBackOff"_s;
    crashing.containers.first().restartCount = 7;
    kvd::KubePod oldDriver = driver(u"aks-lin-0"_s);
    oldDriver.containers.first().image = u"mcr.microsoft.com/oss/kubernetes-csi/secrets-store/driver:v0.0.19"_s;
    in.pods << oldDriver << crashing << app(u"shop"_s, u"web-1"_s, u"aks-lin-0"_s, u"wi"_s)
            << app(u"shop"_s, u"win-1"_s, u"aks-win-1"_s, u"wi"_s, false);
    kvd::SecretProviderClassInfo wi = spc(u"shop"_s, u"wi"_s);
    wi.parameters.remove(u"useVMManagedIdentity"_s);
    wi.parameters.remove(u"userAssignedIdentityID"_s);
    wi.parameters.insert(u"clientID"_s, u"22222222-2222-2222-2222-222222222222"_s);
    kvd::SecretProviderClassInfo broken = spc(u"shop"_s, u"broken"_s);
    broken.parameters.remove(u"keyvaultName"_s);
    broken.parameters.insert(u"usePodIdentity"_s, u"true"_s);
    in.secretProviderClasses << wi << broken;
    in.csiDriver = kvd::CsiDriverInfo{u"secrets-store.csi.k8s.io"_s, true, false, {}}; // no tokenRequests
    in.events << failedMount(u"shop"_s, u"win-1"_s, u"MountVolume.SetUp failed for volume \"kv\" : rpc error: code = Unknown desc = failed "
                                                    "to mount objects, error: failed to get credentials, nodePublishSecretRef secret is not set"_s);
    Detector detector;
    detector.addInventory(kvd::buildInventory(in));
    detector.addLogData("E1129 10:00:00.000000       1 utils.go:79] GRPC error: rpc error: code = Unavailable desc = connection error: desc = "
                        "\"transport: Error while dialing: dial unix /etc/kubernetes/secrets-store-csi-providers/azure.sock: connect: no such "
                        "file or directory\"\n",
                        {u"driver.log"_s, u"aks-lin-0"_s, u"kube-system"_s, u"csi-secrets-store-0"_s, 2026}, 1);
    const QList<Finding> findings = detector.findings();
    const QString all = describe(findings);
    auto on = [&](const QString &cause, const QString &node) -> const Finding * {
        for (const Finding &f : findings) {
            if (f.cause == cause && f.node == node)
                return &f;
        }
        return nullptr;
    };
    QVERIFY2(on(u"provider-pod-unhealthy"_s, u"aks-lin-0"_s), qPrintable(all));
    QVERIFY(on(u"provider-pod-unhealthy"_s, u"aks-lin-0"_s)->contextCauses.contains(u"provider-socket-not-found"_s));
    QVERIFY2(!find(findings, u"provider-socket-not-found"_s), qPrintable(all));
    QVERIFY2(on(u"windows-daemonsets-missing"_s, u"aks-win-1"_s), qPrintable(all));
    QCOMPARE(on(u"windows-daemonsets-missing"_s, u"aks-win-1"_s)->severity, FindingSeverity::Error);
    QVERIFY(on(u"windows-daemonsets-missing"_s, u"aks-win-1"_s)->contextCauses.contains(u"driver-not-registered-on-node"_s));
    QVERIFY2(on(u"windows-provider-wi-unsupported-or-old"_s, u"aks-win-1"_s), qPrintable(all));
    QVERIFY(on(u"windows-provider-wi-unsupported-or-old"_s, u"aks-win-1"_s)->contextCauses.contains(u"node-publish-secret-ref-not-set"_s));
    QVERIFY2(on(u"wi-service-account-token-missing"_s, u"aks-lin-0"_s), qPrintable(all));
    QVERIFY2(find(findings, u"keyvaultname-not-set"_s), qPrintable(all));
    QCOMPARE(find(findings, u"keyvaultname-not-set"_s)->severity, FindingSeverity::Warning); // no pod uses it
    QVERIFY(find(findings, u"keyvaultname-not-set"_s)->contextCauses.contains(u"spc-parameters-invalid"_s));
    QVERIFY2(find(findings, u"identity-mode-conflicting"_s), qPrintable(all));
    QVERIFY2(find(findings, u"driver-provider-version-too-old"_s), qPrintable(all));
    QVERIFY(find(findings, u"driver-provider-version-too-old"_s)->evidence.first().text.contains(u"v0.0.19"_s));
    QVERIFY2(!find(findings, u"spc-parameters-invalid"_s), qPrintable(all));
}

void TstDetector::simulatorTexts_data()
{
    QTest::addColumn<QString>("scenario");
    QTest::addColumn<QString>("cause");
    QTest::newRow("nmi-404") << u"nmi-404"_s << u"aad-pod-identity-nmi-404"_s;
    QTest::newRow("egress-blocked") << u"egress-blocked"_s << u"keyvault-egress-blocked-timeout"_s;
    QTest::newRow("keyvault-403") << u"keyvault-403"_s << u"keyvault-rbac-role-missing"_s;
    QTest::newRow("secret-not-found") << u"secret-not-found"_s << u"keyvault-object-not-found"_s;
    QTest::newRow("sp-invalid-secret") << u"sp-invalid-secret"_s << u"sp-invalid-client-secret"_s;
    QTest::newRow("workload-identity-mismatch") << u"workload-identity-mismatch"_s << u"wi-no-matching-federated-credential"_s;
    QTest::newRow("imds-identity-not-found") << u"imds-identity-not-found"_s << u"imds-identity-not-found"_s;
    QTest::newRow("driver-missing-on-node") << u"driver-missing-on-node"_s << u"driver-not-registered-on-node"_s;
    QTest::newRow("provider-crashloop") << u"provider-crashloop"_s << u"provider-socket-not-found"_s;
    QTest::newRow("spc-not-found") << u"spc-not-found"_s << u"secretproviderclass-not-found"_s;
}

namespace {

kvd::sim::MountedApp failingApp(kvd::sim::Scenario &sc)
{
    kvd::sim::MountedApp app;
    app.ns = u"payments"_s;
    app.pod = u"payments-api-7c9d-x2k4p"_s;
    app.node = u"aks-nodepool1-0"_s;
    app.spc = u"kv-payments"_s;
    app.keyvault = u"kv-payments-prod"_s;
    app.objects = {u"db-password"_s};
    app.clientId = u"3f9a2c71-8e4b-4d0a-b6c5-2e1f7a9d4c83"_s;
    app.failing = true;
    if (sc.name == u"driver-missing-on-node")
        sc.driverlessNode = app.node;
    if (sc.name == u"spc-not-found")
        app.spcMissing = true;
    return app;
}

} // namespace

void TstDetector::simulatorTexts()
{
    QFETCH(QString, scenario);
    QFETCH(QString, cause);
    kvd::sim::Scenario sc;
    sc.name = scenario;
    const kvd::sim::MountedApp app = failingApp(sc);
    const QDateTime when(QDate(2026, 11, 29), QTime(10, 0), QTimeZone::UTC);
    Detector detector;
    const QString event = sc.failedMountMessage(app, when);
    const QList<int> rules = detector.matchText(event.toUtf8());
    QVERIFY2(!rules.isEmpty(), qPrintable(event));
    QCOMPARE(detector.catalogue().rules().at(rules.first()).id, cause);
    const QString provider = sc.providerError(app, when);
    if (!provider.isEmpty() && !app.spcMissing) {
        const QList<int> providerRules = detector.matchText(provider.toUtf8());
        QVERIFY2(!providerRules.isEmpty(), qPrintable(provider));
        QCOMPARE(detector.catalogue().rules().at(providerRules.first()).id, cause);
    }
}

void TstDetector::simulatorDriverLogLine()
{
    QFETCH(QString, scenario);
    QFETCH(QString, cause);
    kvd::sim::Scenario sc;
    sc.name = scenario;
    const kvd::sim::MountedApp app = failingApp(sc);
    if (scenario == u"driver-missing-on-node")
        QSKIP("no driver on that node, so no driver log line");
    const QDateTime when(QDate(2026, 11, 29), QTime(10, 0), QTimeZone::UTC);
    // As the simulator's driver prints it: klog header, raw newlines kept.
    const QByteArray log = "I1129 09:59:59.000000       1 nodeserver.go:312] \"Using grpc client\" provider=\"azure\"\n"
                           "E1129 10:00:00.000000       1 utils.go:79] GRPC error: "
                           + sc.driverError(app, when).toUtf8() + "\nI1129 10:00:05.000000       1 nodeserver.go:312] next\n";
    const QList<Finding> findings = analyze(log, u"aks-nodepool1-0"_s);
    QVERIFY2(!findings.isEmpty(), log.constData());
    QCOMPARE(findings.first().cause, cause);
    QCOMPARE(findings.size(), 1);
}

QTEST_GUILESS_MAIN(TstDetector)
#include "tst_detector.moc"
