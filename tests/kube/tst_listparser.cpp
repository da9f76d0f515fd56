// SPDX-License-Identifier: MIT
#include "fuzz/fuzzregressions.h"
#include "kube/listparser.h"

#include <QFile>
#include <QTest>

using namespace kvd;

namespace {
QByteArray fixture(const QString &name)
{
    QFile file(QStringLiteral(KVDOCTOR_TEST_DATA "/kube/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(name));
    return file.readAll();
}
QDateTime utc(const char *text)
{
    return QDateTime::fromString(QString::fromLatin1(text), Qt::ISODateWithMs);
}
} // namespace

class TestListParser : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void pods();
    void podLabelsFilter();
    void nodes();
    void events();
    void metadataAndRaw();
    void emptyAndNullItems();
    void malformed_data();
    void malformed();
    void truncatedEveryLength();
    void singleObjects();
    void scanMeta();
    void timestamps_data();
    void timestamps();
    void bigPage();
    void benchmarkPodPage();
    void fuzzRegressions_data();
    void fuzzRegressions();
};

void TestListParser::pods()
{
    QString error;
    const auto page = parseListPage(fixture(QStringLiteral("podlist.json")), ListItemKind::Pod, &error);
    QVERIFY2(page, qPrintable(error));
    QCOMPARE(page->listKind, QStringLiteral("PodList"));
    QCOMPARE(page->resourceVersion, QStringLiteral("123456"));
    QCOMPARE(page->continueToken,
             QStringLiteral("eyJ2IjoibWV0YS5rOHMuaW8vdjEiLCJydiI6MTIzNDU2LCJzdGFydCI6ImRlZmF1bHQvYXBwLTEifQ+/="));
    QCOMPARE(page->remainingItemCount, 40);
    QCOMPARE(page->pods.size(), 4);
    QCOMPARE(page->size(), 4);

    const KubePod &driver = page->pods.at(0);
    QCOMPARE(driver.namespaceName, QStringLiteral("kube-system"));
    QCOMPARE(driver.name, QStringLiteral("aks-secrets-store-csi-driver-7xk2p"));
    QCOMPARE(driver.uid, QStringLiteral("0b9d7c1e-1111-4a2b-9c3d-000000000001"));
    QCOMPARE(driver.nodeName, QStringLiteral("aks-nodepool1-12345678-vmss000000"));
    QCOMPARE(driver.serviceAccountName, QStringLiteral("secrets-store-csi-driver"));
    QCOMPARE(driver.labels, (QMap<QString, QString>{{QStringLiteral("app"), QStringLiteral("secrets-store-csi-driver")}}));
    QCOMPARE(driver.phase, QStringLiteral("Running"));
    QCOMPARE(driver.ready, ConditionStatus::True);
    QCOMPARE(driver.containerNames,
             (QStringList{QStringLiteral("node-driver-registrar"), QStringLiteral("secrets-store"), QStringLiteral("liveness-probe")}));
    QCOMPARE(driver.containers.size(), 3);
    QCOMPARE(driver.containers.at(2).image, QStringLiteral("mcr.microsoft.com/oss/kubernetes-csi/secrets-store/driver:v1.4.4"));
    QCOMPARE(driver.containers.at(2).state, KubeContainerStatus::State::Running);
    QCOMPARE(driver.restartCount(), 1);
    QCOMPARE(driver.owners.size(), 1);
    QCOMPARE(driver.owners.first().kind, QStringLiteral("DaemonSet"));
    QVERIFY(driver.owners.first().controller);
    QCOMPARE(driver.created, utc("2024-05-01T10:00:00Z"));
    QVERIFY(!driver.usesSecretsStore());
    QVERIFY(!driver.terminating);

    const KubePod &provider = page->pods.at(1);
    QCOMPARE(provider.ready, ConditionStatus::False);
    QCOMPARE(provider.containers.size(), 1);
    const KubeContainerStatus &installer = provider.containers.first();
    QCOMPARE(installer.state, KubeContainerStatus::State::Waiting);
    QCOMPARE(installer.reason, QStringLiteral("CrashLoopBackOff"));
    QCOMPARE(installer.message, QStringLiteral("back-off 5m0s restarting failed container"));
    QCOMPARE(installer.restartCount, 17);
    QCOMPARE(installer.lastTerminationReason, QStringLiteral("OOMKilled"));
    QCOMPARE(installer.lastExitCode, 137);
    QVERIFY(!installer.ready);
    QCOMPARE(provider.created, utc("2024-05-01T10:00:01.500Z"));

    const KubePod &app = page->pods.at(2);
    QVERIFY(app.terminating);
    QCOMPARE(app.labels.value(QStringLiteral("azure.workload.identity/use")), QStringLiteral("true"));
    QVERIFY(!app.labels.contains(QStringLiteral("pod-template-hash")));
    QCOMPARE(app.secretsStoreVolumes.size(), 1);
    QCOMPARE(app.secretsStoreVolumes.first().volumeName, QStringLiteral("secrets-store01-inline"));
    QCOMPARE(app.secretsStoreVolumes.first().secretProviderClass, QStringLiteral("azure-kvname-wi"));
    QCOMPARE(app.secretsStoreVolumes.first().nodePublishSecretRef, QStringLiteral("secrets-store-creds"));
    QVERIFY(app.secretsStoreVolumes.first().readOnly);
    QCOMPARE(app.initContainers.size(), 1);
    QCOMPARE(app.initContainers.first().reason, QStringLiteral("Completed"));
    QCOMPARE(app.containers.at(1).state, KubeContainerStatus::State::Terminated);
    QCOMPARE(app.containers.at(1).exitCode, 2);
    QCOMPARE(app.containers.at(1).message, QStringLiteral("boom"));
    QCOMPARE(app.restartCount(), 3);
    QCOMPARE(app.serviceAccountName, QStringLiteral("workload-identity-sa"));

    const KubePod &evicted = page->pods.at(3);
    QCOMPARE(evicted.phase, QStringLiteral("Failed"));
    QCOMPARE(evicted.reason, QStringLiteral("Evicted"));
    QVERIFY(evicted.labels.isEmpty());
    QVERIFY(!evicted.created.isValid());
    QCOMPARE(evicted.ready, ConditionStatus::Unknown);
}

void TestListParser::podLabelsFilter()
{
    ListParseOptions all;
    all.labelKeys.clear();
    QString error;
    const auto page = parseListPage(fixture(QStringLiteral("podlist.json")), ListItemKind::Pod, &error, all);
    QVERIFY(page);
    QCOMPARE(page->pods.first().labels.size(), 4);
    QCOMPARE(page->pods.first().labels.value(QStringLiteral("pod-template-generation")), QStringLiteral("1"));
}

void TestListParser::nodes()
{
    QString error;
    const auto page = parseListPage(fixture(QStringLiteral("nodelist.json")), ListItemKind::Node, &error);
    QVERIFY2(page, qPrintable(error));
    QCOMPARE(page->nodes.size(), 2);
    const KubeNode &linux = page->nodes.at(0);
    QCOMPARE(linux.name, QStringLiteral("aks-nodepool1-12345678-vmss000000"));
    QCOMPARE(linux.os, QStringLiteral("linux"));
    QCOMPARE(linux.agentPool, QStringLiteral("nodepool1"));
    QCOMPARE(linux.ready, ConditionStatus::True);
    QCOMPARE(linux.readyReason, QStringLiteral("KubeletReady"));
    QCOMPARE(linux.kubeletVersion, QStringLiteral("v1.29.4"));
    QCOMPARE(linux.osImage, QStringLiteral("Ubuntu 22.04.4 LTS"));
    QCOMPARE(linux.created, utc("2024-04-30T09:00:00Z"));
    QVERIFY(!linux.unschedulable);
    QVERIFY(linux.taints.isEmpty());

    const KubeNode &windows = page->nodes.at(1);
    QCOMPARE(windows.os, QStringLiteral("windows")); // from nodeInfo: no os label
    QCOMPARE(windows.agentPool, QStringLiteral("win"));
    QCOMPARE(windows.ready, ConditionStatus::Unknown);
    QCOMPARE(windows.readyMessage, QStringLiteral("Kubelet stopped posting node status."));
    QVERIFY(windows.unschedulable);
    QCOMPARE(windows.taints.size(), 2);
    QCOMPARE(windows.taints.at(1), (KubeTaint{QStringLiteral("sku"), QStringLiteral("gpu"), QStringLiteral("NoExecute")}));
}

void TestListParser::events()
{
    QString error;
    const auto page = parseListPage(fixture(QStringLiteral("eventlist.json")), ListItemKind::Event, &error);
    QVERIFY2(page, qPrintable(error));
    QCOMPARE(page->events.size(), 2);
    const KubeEvent &mount = page->events.at(0);
    QCOMPARE(mount.reason, QStringLiteral("FailedMount"));
    QCOMPARE(mount.type, QStringLiteral("Warning"));
    QCOMPARE(mount.count, 9);
    QCOMPARE(mount.involvedObject.kind, QStringLiteral("Pod"));
    QCOMPARE(mount.involvedObject.name, QStringLiteral("app-1"));
    QCOMPARE(mount.involvedObject.uid, QStringLiteral("0b9d7c1e-1111-4a2b-9c3d-000000000003"));
    QVERIFY(mount.message.contains(QLatin1String("StatusCode=403")));
    QVERIFY(mount.message.contains(QLatin1String("\"secrets-store01-inline\"")));
    QCOMPARE(mount.sourceComponent, QStringLiteral("kubelet"));
    QCOMPARE(mount.sourceHost, QStringLiteral("aks-nodepool1-12345678-vmss000001"));
    QCOMPARE(mount.firstTimestamp, utc("2024-05-02T08:31:00Z"));
    QCOMPARE(mount.lastSeen(), utc("2024-05-02T08:45:10Z"));
    QVERIFY(!mount.eventTime.isValid());

    const KubeEvent &backoff = page->events.at(1);
    QCOMPARE(backoff.count, 14); // series.count wins
    QCOMPARE(backoff.involvedObject.fieldPath, QStringLiteral("spec.containers{web}"));
    QCOMPARE(backoff.eventTime, utc("2024-05-02T08:40:00.123Z"));
    QCOMPARE(backoff.lastSeen(), utc("2024-05-02T08:50:00.654Z"));
    QCOMPARE(backoff.sourceComponent, QStringLiteral("kubelet")); // from reportingComponent
}

void TestListParser::metadataAndRaw()
{
    const QByteArray body = R"({"kind":"PartialObjectMetadataList","apiVersion":"meta.k8s.io/v1","metadata":{"resourceVersion":"5"},
        "items":[{"kind":"PartialObjectMetadata","apiVersion":"meta.k8s.io/v1","metadata":{"name":"spc-1","namespace":"app","uid":"x",
        "labels":{"app":"web","other":"y"},"creationTimestamp":"2024-01-01T00:00:00Z"}}]})";
    QString error;
    const auto meta = parseListPage(body, ListItemKind::Metadata, &error);
    QVERIFY2(meta, qPrintable(error));
    QCOMPARE(meta->metadata.size(), 1);
    QCOMPARE(meta->metadata.first().name, QStringLiteral("spc-1"));
    QCOMPARE(meta->metadata.first().labels.size(), 1);

    const auto raw = parseListPage(body, ListItemKind::Raw, &error);
    QVERIFY2(raw, qPrintable(error));
    QCOMPARE(raw->objects.size(), 1);
    QCOMPARE(raw->objects.first().value(QLatin1String("metadata")).toObject().value(QLatin1String("name")).toString(),
             QStringLiteral("spc-1"));
}

void TestListParser::emptyAndNullItems()
{
    QString error;
    auto page = parseListPage(R"({"kind":"PodList","metadata":{"resourceVersion":"1"},"items":[]})", ListItemKind::Pod, &error);
    QVERIFY(page);
    QCOMPARE(page->size(), 0);
    page = parseListPage(R"({"kind":"PodList","metadata":{"resourceVersion":"1"},"items":null})", ListItemKind::Pod, &error);
    QVERIFY(page);
    QCOMPARE(page->size(), 0);
    QVERIFY(page->continueToken.isEmpty());
}

void TestListParser::malformed_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("errorPart");

    QTest::newRow("truncated inside an item") << QByteArray(R"({"kind":"PodList","items":[{"metadata":{"name":"a"}},{"metadata":{"na)")
                                              << int(ListItemKind::Pod) << "truncated";
    QTest::newRow("truncated after items") << QByteArray(R"({"kind":"PodList","items":[{"metadata":{"name":"a"}}])")
                                           << int(ListItemKind::Pod) << "";
    QTest::newRow("empty body") << QByteArray() << int(ListItemKind::Node) << "";
    QTest::newRow("HTML") << QByteArray("<html>502</html>") << int(ListItemKind::Node) << "";
    QTest::newRow("a Status, not a list") << QByteArray(R"({"kind":"Status","status":"Failure","code":500})")
                                          << int(ListItemKind::Pod) << "Status, not a list";
    QTest::newRow("items is an object") << QByteArray(R"({"kind":"PodList","items":{"a":1}})") << int(ListItemKind::Pod) << "";
    QTest::newRow("item is a string") << QByteArray(R"({"kind":"PodList","items":["pod"]})") << int(ListItemKind::Pod) << "";
    QTest::newRow("raw item is a number") << QByteArray(R"({"kind":"PodList","items":[1]})") << int(ListItemKind::Raw) << "";
    QTest::newRow("trailing garbage") << QByteArray(R"({"kind":"PodList","items":[]} xx)") << int(ListItemKind::Pod) << "";
    QTest::newRow("top-level array") << QByteArray("[]") << int(ListItemKind::Event) << "";
    QTest::newRow("invalid UTF-8 string") << QByteArray("{\"kind\":\"PodList\",\"items\":[{\"metadata\":{\"name\":\"\xff\xfe\"}}]}")
                                          << int(ListItemKind::Pod) << "";
}

void TestListParser::malformed()
{
    QFETCH(QByteArray, body);
    QFETCH(int, kind);
    QFETCH(QString, errorPart);
    QString error;
    const auto page = parseListPage(body, ListItemKind(kind), &error);
    QVERIFY(!page);
    QVERIFY(!error.isEmpty());
    QVERIFY2(error.contains(errorPart), qPrintable(error));
}

void TestListParser::truncatedEveryLength()
{
    // Cutting a real page anywhere must give an error, never a crash or a partial "success".
    const QByteArray body = fixture(QStringLiteral("podlist.json")).trimmed();
    for (qsizetype length = 0; length < body.size(); length += 7) {
        QString error;
        const auto page = parseListPage(body.left(length), ListItemKind::Pod, &error);
        QVERIFY2(!page, qPrintable(QStringLiteral("length %1 parsed").arg(length)));
        QVERIFY(!error.isEmpty());
    }
}

void TestListParser::singleObjects()
{
    QString error;
    const auto pod = parsePod(R"({"kind":"Pod","metadata":{"name":"p","namespace":"n","labels":{"app":"a"}},"spec":{"nodeName":"x"},"status":{"phase":"Running"}})", &error);
    QVERIFY2(pod, qPrintable(error));
    QCOMPARE(pod->name, QStringLiteral("p"));
    QCOMPARE(pod->nodeName, QStringLiteral("x"));
    const auto node = parseNode(R"({"metadata":{"name":"n1","labels":{"kubernetes.io/os":"linux"}}})", &error);
    QVERIFY(node);
    QCOMPARE(node->os, QStringLiteral("linux"));
    const auto event = parseEvent(R"({"metadata":{"name":"e"},"reason":"FailedMount","count":2})", &error);
    QVERIFY(event);
    QCOMPARE(event->count, 2);
    QVERIFY(!parsePod(R"({"metadata":{"name":)", &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!parseNode("[1]", &error));
}

void TestListParser::scanMeta()
{
    const auto meta = scanListMeta(fixture(QStringLiteral("podlist.json")));
    QVERIFY(meta);
    QCOMPARE(meta->resourceVersion, QStringLiteral("123456"));
    QVERIFY(meta->continueToken.endsWith(QLatin1String("+/=")));
    const auto last = scanListMeta(R"({"kind":"PodList","metadata":{"resourceVersion":"9"},"items":[]})");
    QVERIFY(last);
    QVERIFY(last->continueToken.isEmpty());
    QVERIFY(!scanListMeta("<html>"));
    QVERIFY(!scanListMeta(R"({"kind":"PodList","metadata":)"));
}

void TestListParser::timestamps_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("expected"); // ISO with ms in UTC, empty for invalid
    QTest::newRow("2024-05-01T12:34:56Z") << QByteArray("2024-05-01T12:34:56Z") << "2024-05-01T12:34:56.000Z";
    QTest::newRow("microseconds") << QByteArray("2024-05-01T12:34:56.123456Z") << "2024-05-01T12:34:56.123Z";
    QTest::newRow("one digit fraction") << QByteArray("2024-05-01T12:34:56.5Z") << "2024-05-01T12:34:56.500Z";
    QTest::newRow("offset") << QByteArray("2024-05-01T12:34:56+02:00") << "2024-05-01T10:34:56.000Z";
    QTest::newRow("negative offset") << QByteArray("2024-05-01T23:00:00-05:30") << "2024-05-02T04:30:00.000Z";
    QTest::newRow("no zone") << QByteArray("2024-05-01T12:34:56") << "";
    QTest::newRow("month 13") << QByteArray("2024-13-01T12:34:56Z") << "";
    QTest::newRow("letters") << QByteArray("yesterday at noon, UTC") << "";
    QTest::newRow("trailing junk") << QByteArray("2024-05-01T12:34:56Zjunk") << "";
    QTest::newRow("empty") << QByteArray() << "";
}

void TestListParser::timestamps()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, expected);
    const QDateTime parsed = parseKubeTimestamp(text);
    if (expected.isEmpty()) {
        QVERIFY(!parsed.isValid());
        return;
    }
    QVERIFY(parsed.isValid());
    QCOMPARE(parsed.toUTC().toString(Qt::ISODateWithMs), expected);
}

void TestListParser::bigPage()
{
    // A page the size kvdoctor asks for on big clusters.
    const QByteArray item = fixture(QStringLiteral("podlist.json"));
    const qsizetype start = item.indexOf("\"items\":[") + 9;
    const qsizetype end = item.indexOf("\n{\"metadata\":{\"name\":\"aks-secrets-store-provider");
    const QByteArray onePod = item.mid(start, end - start).trimmed().chopped(1); // drop the comma
    QByteArray body = R"({"kind":"PodList","metadata":{"resourceVersion":"1"},"items":[)";
    const int count = 2000;
    for (int i = 0; i < count; ++i) {
        if (i)
            body += ',';
        body += onePod;
    }
    body += "]}";
    QString error;
    const auto page = parseListPage(body, ListItemKind::Pod, &error);
    QVERIFY2(page, qPrintable(error));
    QCOMPARE(page->pods.size(), count);
    QCOMPARE(page->pods.last().containers.size(), 3);
}

void TestListParser::benchmarkPodPage()
{
    // 500 realistic pods, the page size kubectl uses; run with -tickcounter or -callgrind for
    // numbers. 150,000 pods are 300 such pages.
    const QByteArray item = fixture(QStringLiteral("podlist.json"));
    const qsizetype start = item.indexOf("\"items\":[") + 9;
    const qsizetype end = item.lastIndexOf("\n{\"metadata\":{\"name\":\"evicted\"");
    const QByteArray threePods = item.mid(start, end - start).trimmed().chopped(1);
    QByteArray body = R"({"kind":"PodList","metadata":{"resourceVersion":"1","continue":"x"},"items":[)";
    for (int i = 0; i < 167; ++i) {
        if (i)
            body += ',';
        body += threePods;
    }
    body += "]}";
    QString error;
    qsizetype parsed = 0;
    QBENCHMARK {
        const auto page = parseListPage(body, ListItemKind::Pod, &error);
        parsed = page ? page->pods.size() : -1;
    }
    QCOMPARE(parsed, 501);
}

// Bodies fuzz_listparser crashed on: each kind parses or fails with a message, never a crash
// (the sanitizer builds catch undefined behaviour, e.g. a count of 1e300 converted to an integer).
void TestListParser::fuzzRegressions_data()
{
    kvd::fuzz::addRegressionRows("fuzz_listparser");
}

void TestListParser::fuzzRegressions()
{
    QFETCH(QByteArray, input);
    for (ListItemKind kind : {ListItemKind::Raw, ListItemKind::Node, ListItemKind::Pod, ListItemKind::Event,
                              ListItemKind::Metadata}) {
        QString error;
        const auto page = parseListPage(input, kind, &error);
        QVERIFY2(page || !error.isEmpty(), qPrintable(QString::number(int(kind))));
        if (!page)
            continue;
        // A number that does not fit an integer reads as 0, not as whatever the conversion gives.
        for (const KubePod &pod : page->pods) {
            for (const KubeContainerStatus &container : pod.containers)
                QVERIFY(container.restartCount >= 0);
        }
        for (const KubeEvent &event : page->events)
            QVERIFY(event.count >= 0);
    }
    QString error;
    parsePod(input, &error);
    parseNode(input, &error);
    parseEvent(input, &error);
    parseObjectMeta(input, &error);
}

QTEST_GUILESS_MAIN(TestListParser)
#include "tst_listparser.moc"
