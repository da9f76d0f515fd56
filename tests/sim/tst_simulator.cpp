// SPDX-License-Identifier: MIT
// The simulated AKS cluster, checked over real TLS sockets with Qt's own HTTP and WebSocket
// clients (test side only): authentication, lists, selectors, watch, logs, exec, scenarios.
#include "sim/simulatedcluster.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QTest>
#include <QUrlQuery>
#include <QWebSocket>
#include <QWebSocketHandshakeOptions>

using namespace Qt::StringLiterals;
using kvd::sim::SimulatedCluster;
using kvd::sim::SimulatorOptions;

namespace {

enum class Auth { ClientCert, Token, None, WrongToken };

struct Reply
{
    int status = 0;
    QByteArray body;
    QJsonObject json;
    QList<QNetworkReply::RawHeaderPair> headers;
};

QSslConfiguration sslConfig(Auth auth)
{
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setCaCertificates(QSslCertificate::fromData(SimulatedCluster::caCertificatePem(), QSsl::Pem));
    if (auth == Auth::ClientCert) {
        config.setLocalCertificate(QSslCertificate(SimulatedCluster::clientCertificatePem(), QSsl::Pem));
        config.setPrivateKey(QSslKey(SimulatedCluster::clientKeyPem(), QSsl::Rsa, QSsl::Pem));
    }
    return config;
}

QNetworkRequest request(const SimulatedCluster &cluster, const QString &pathAndQuery, Auth auth, const QByteArray &accept = "application/json")
{
    QNetworkRequest req(QUrl(cluster.url().toString() + pathAndQuery));
    req.setSslConfiguration(sslConfig(auth));
    req.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    req.setRawHeader("Accept", accept);
    if (auth == Auth::Token)
        req.setRawHeader("Authorization", "Bearer " + SimulatedCluster::bearerToken().toLatin1());
    if (auth == Auth::WrongToken)
        req.setRawHeader("Authorization", "Bearer not-a-valid-token");
    return req;
}

Reply finish(QNetworkReply *reply)
{
    Reply r;
    if (!reply->isFinished()) {
        QSignalSpy spy(reply, &QNetworkReply::finished);
        if (!spy.wait(20000))
            qWarning("request timed out");
    }
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.body = reply->readAll();
    r.json = QJsonDocument::fromJson(r.body).object();
    r.headers = reply->rawHeaderPairs();
    reply->deleteLater();
    return r;
}

QStringList names(const QJsonObject &list)
{
    QStringList out;
    for (const QJsonValue &v : list.value(u"items"_s).toArray())
        out.append(v.toObject().value(u"metadata"_s).toObject().value(u"name"_s).toString());
    return out;
}

QByteArray frame(char channel, const QByteArray &payload)
{
    return QByteArray(1, channel) + payload;
}

} // namespace

class TestSimulator : public QObject
{
    Q_OBJECT

private:
    Reply get(const QString &path, Auth auth = Auth::ClientCert, const QByteArray &accept = "application/json")
    {
        // QNetworkAccessManager reuses TLS connections: keep one manager per identity so a
        // request never rides on a connection that presented another client certificate.
        QNetworkAccessManager &nam = auth == Auth::ClientCert ? m_nam : m_otherNam;
        if (auth != Auth::ClientCert)
            nam.clearConnectionCache();
        return finish(nam.get(request(*m_cluster, path, auth, accept)));
    }
    Reply get(SimulatedCluster &cluster, const QString &path)
    {
        return finish(m_nam.get(request(cluster, path, Auth::ClientCert)));
    }
    Reply post(SimulatedCluster &cluster, const QString &path, const QJsonObject &body, Auth auth = Auth::ClientCert)
    {
        QNetworkRequest req = request(cluster, path, auth);
        req.setRawHeader("Content-Type", "application/json");
        QNetworkAccessManager &nam = auth == Auth::ClientCert ? m_nam : m_otherNam;
        if (auth != Auth::ClientCert)
            nam.clearConnectionCache();
        return finish(nam.post(req, QJsonDocument(body).toJson(QJsonDocument::Compact)));
    }
    // Lists every page (limit/continue) and returns all items.
    QJsonArray listAll(SimulatedCluster &cluster, const QString &path, int limit, int *pages = nullptr)
    {
        QJsonArray items;
        QString token;
        int count = 0;
        do {
            QUrlQuery q;
            q.addQueryItem(u"limit"_s, QString::number(limit));
            if (!token.isEmpty())
                q.addQueryItem(u"continue"_s, token);
            const QString sep = path.contains(u'?') ? u"&"_s : u"?"_s;
            const Reply r = get(cluster, path + sep + q.toString(QUrl::FullyEncoded));
            if (r.status != 200)
                return {};
            for (const QJsonValue &v : r.json.value(u"items"_s).toArray())
                items.append(v);
            token = r.json.value(u"metadata"_s).toObject().value(u"continue"_s).toString();
            ++count;
        } while (!token.isEmpty() && count < 100000);
        if (pages)
            *pages = count;
        return items;
    }
    QString firstPod(SimulatedCluster &cluster, const QString &ns, const QString &labelSelector)
    {
        const Reply r = get(cluster, u"/api/v1/namespaces/%1/pods?labelSelector=%2"_s.arg(ns, QString::fromLatin1(QUrl::toPercentEncoding(labelSelector))));
        return names(r.json).value(0);
    }
    QJsonObject createProbePod(SimulatedCluster &cluster, const QString &node)
    {
        const QJsonObject pod{{u"apiVersion"_s, u"v1"_s}, {u"kind"_s, u"Pod"_s},
                              {u"metadata"_s, QJsonObject{{u"generateName"_s, u"kvdoctor-probe-"_s},
                                                          {u"labels"_s, QJsonObject{{u"app.kubernetes.io/managed-by"_s, u"kvdoctor"_s}}}}},
                              {u"spec"_s, QJsonObject{{u"nodeName"_s, node}, {u"hostNetwork"_s, true},
                                                      {u"containers"_s, QJsonArray{QJsonObject{{u"name"_s, u"probe"_s},
                                                                                               {u"image"_s, u"curlimages/curl:8.11.0"_s},
                                                                                               {u"command"_s, QJsonArray{u"sleep"_s, u"3600"_s}}}}}}}};
        const Reply r = post(cluster, u"/api/v1/namespaces/default/pods"_s, pod);
        return r.json;
    }
    struct ExecResult
    {
        bool connected = false;
        QByteArray out;
        QByteArray err;
        QJsonObject status;
        int closeCode = -1;
        QByteArray protocol;
        QList<QByteArray> frames;
    };
    ExecResult exec(SimulatedCluster &cluster, const QString &ns, const QString &pod, const QStringList &command,
                    const QByteArray &stdinData = {}, const QStringList &protocols = {u"v5.channel.k8s.io"_s}, Auth auth = Auth::ClientCert)
    {
        QUrlQuery q;
        for (const QString &c : command)
            q.addQueryItem(u"command"_s, QString::fromLatin1(QUrl::toPercentEncoding(c)));
        q.addQueryItem(u"stdout"_s, u"true"_s);
        q.addQueryItem(u"stderr"_s, u"true"_s);
        if (!stdinData.isNull())
            q.addQueryItem(u"stdin"_s, u"true"_s);
        QUrl url(cluster.url());
        url.setScheme(u"wss"_s);
        url.setPath(u"/api/v1/namespaces/%1/pods/%2/exec"_s.arg(ns, pod));
        url.setQuery(q.toString(QUrl::FullyEncoded), QUrl::StrictMode);
        QNetworkRequest req(url);
        if (auth == Auth::Token)
            req.setRawHeader("Authorization", "Bearer " + SimulatedCluster::bearerToken().toLatin1());
        QWebSocket ws;
        ws.setSslConfiguration(sslConfig(auth));
        QWebSocketHandshakeOptions options;
        options.setSubprotocols(protocols);
        ExecResult result;
        QObject::connect(&ws, &QWebSocket::binaryMessageReceived, &ws, [&](const QByteArray &m) {
            result.frames.append(m);
            if (m.isEmpty())
                return;
            if (m.at(0) == 1)
                result.out += m.mid(1);
            else if (m.at(0) == 2)
                result.err += m.mid(1);
            else if (m.at(0) == 3)
                result.status = QJsonDocument::fromJson(m.mid(1)).object();
        });
        QObject::connect(&ws, &QWebSocket::connected, &ws, [&] {
            result.connected = true;
            result.protocol = ws.subprotocol().toLatin1();
            if (!stdinData.isNull()) {
                ws.sendBinaryMessage(frame(0, stdinData));
                ws.sendBinaryMessage(QByteArray("\xff\x00", 2));
            }
        });
        QSignalSpy disconnected(&ws, &QWebSocket::disconnected);
        ws.open(req, options);
        disconnected.wait(20000);
        result.closeCode = int(ws.closeCode());
        return result;
    }

    QNetworkAccessManager m_nam;
    QNetworkAccessManager m_otherNam;
    std::unique_ptr<SimulatedCluster> m_cluster;

private Q_SLOTS:
    void initTestCase()
    {
        m_cluster = std::make_unique<SimulatedCluster>();
        QString error;
        QVERIFY2(m_cluster->start(SimulatorOptions{}, &error), qPrintable(error));
        QCOMPARE(m_cluster->url().host(), u"127.0.0.1"_s);
    }

    void clientCertificateAuthenticates()
    {
        m_cluster->clearRecordedRequests();
        const Reply r = get(u"/api/v1/nodes"_s);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(u"kind"_s).toString(), u"NodeList"_s);
        QCOMPARE(r.json.value(u"items"_s).toArray().size(), m_cluster->objectCount(QString(), u"nodes"_s));
        QVERIFY(!r.json.value(u"metadata"_s).toObject().value(u"resourceVersion"_s).toString().isEmpty());
        const auto recorded = m_cluster->recordedRequests();
        QCOMPARE(recorded.size(), 1);
        QCOMPARE(recorded.first().user, SimulatedCluster::adminUser());
        QCOMPARE(recorded.first().target, QByteArray("/api/v1/nodes"));
    }

    void bearerTokenAuthenticates()
    {
        m_cluster->clearRecordedRequests();
        const Reply r = get(u"/api/v1/namespaces/payments/pods"_s, Auth::Token);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(u"kind"_s).toString(), u"PodList"_s);
        QCOMPARE(m_cluster->recordedRequests().value(0).user, SimulatedCluster::tokenUser());
        QCOMPARE(m_cluster->recordedRequests().value(0).header("Authorization"), "Bearer " + SimulatedCluster::bearerToken().toLatin1());
    }

    void missingCredentialsGet401_data()
    {
        QTest::addColumn<int>("auth");
        QTest::newRow("no credentials") << int(Auth::None);
        QTest::newRow("wrong token") << int(Auth::WrongToken);
    }
    void missingCredentialsGet401()
    {
        QFETCH(int, auth);
        const Reply r = get(u"/api/v1/pods"_s, Auth(auth));
        QCOMPARE(r.status, 401);
        QCOMPARE(r.json.value(u"kind"_s).toString(), u"Status"_s);
        QCOMPARE(r.json.value(u"reason"_s).toString(), u"Unauthorized"_s);
        QCOMPARE(r.json.value(u"code"_s).toInt(), 401);
    }

    void addedBearerTokens()
    {
        // An exec credential plugin's token, accepted until removed (then 401, as after expiry).
        m_cluster->addBearerToken(u"plugin-issued-token"_s, u"alice@contoso.com"_s);
        m_otherNam.clearConnectionCache();
        QNetworkRequest req = request(*m_cluster, u"/api/v1/namespaces"_s, Auth::None);
        req.setRawHeader("Authorization", "Bearer plugin-issued-token");
        m_cluster->clearRecordedRequests();
        QCOMPARE(finish(m_otherNam.get(req)).status, 200);
        QCOMPARE(m_cluster->recordedRequests().value(0).user, u"alice@contoso.com"_s);
        m_cluster->removeBearerToken(u"plugin-issued-token"_s);
        m_otherNam.clearConnectionCache();
        QCOMPARE(finish(m_otherNam.get(req)).status, 401);
    }

    void dropConnectionsEndsStreams()
    {
        QNetworkReply *watch = m_nam.get(request(*m_cluster, u"/api/v1/namespaces/orders/pods?watch=true"_s, Auth::ClientCert));
        QByteArray stream;
        connect(watch, &QNetworkReply::readyRead, this, [&] { stream += watch->readAll(); });
        QTRY_VERIFY_WITH_TIMEOUT(stream.count("\"type\":\"ADDED\"") == 2, 10000);
        m_cluster->dropConnections();
        QTRY_VERIFY_WITH_TIMEOUT(watch->isFinished(), 10000);
        watch->deleteLater();
        QCOMPARE(get(u"/api/v1/namespaces/orders/pods"_s).status, 200); // and new connections work
    }

    void portInUse()
    {
        SimulatedCluster second;
        QString error;
        SimulatorOptions options;
        options.port = quint16(m_cluster->url().port());
        QVERIFY(!second.start(options, &error));
        QVERIFY2(error.contains(u"cannot listen on 127.0.0.1:%1"_s.arg(options.port)), qPrintable(error));
        QVERIFY(!second.isRunning());
    }

    void tokenUserIsDeniedExec()
    {
        const QString pod = firstPod(*m_cluster, u"kube-system"_s, u"app=secrets-store-csi-driver"_s);
        const QJsonObject review{{u"kind"_s, u"SelfSubjectAccessReview"_s}, {u"apiVersion"_s, u"authorization.k8s.io/v1"_s},
                                 {u"spec"_s, QJsonObject{{u"resourceAttributes"_s, QJsonObject{{u"namespace"_s, u"kube-system"_s},
                                                                                             {u"verb"_s, u"create"_s}, {u"resource"_s, u"pods"_s},
                                                                                             {u"subresource"_s, u"exec"_s}}}}}};
        const Reply denied = post(*m_cluster, u"/apis/authorization.k8s.io/v1/selfsubjectaccessreviews"_s, review, Auth::Token);
        QCOMPARE(denied.status, 201);
        QCOMPARE(denied.json.value(u"status"_s).toObject().value(u"allowed"_s).toBool(), false);
        const Reply allowed = post(*m_cluster, u"/apis/authorization.k8s.io/v1/selfsubjectaccessreviews"_s, review);
        QCOMPARE(allowed.json.value(u"status"_s).toObject().value(u"allowed"_s).toBool(), true);

        const ExecResult r = exec(*m_cluster, u"kube-system"_s, pod, {u"echo"_s, u"hi"_s}, QByteArray(), {u"v5.channel.k8s.io"_s}, Auth::Token);
        QVERIFY(!r.connected);
        const auto recorded = m_cluster->recordedRequests();
        QCOMPARE(recorded.last().status, 403);
    }

    void discovery()
    {
        const Reply version = get(u"/version"_s);
        QCOMPARE(version.json.value(u"gitVersion"_s).toString(), u"v1.31.2"_s);
        const Reply api = get(u"/api"_s);
        QCOMPARE(api.json.value(u"versions"_s).toArray().first().toString(), u"v1"_s);
        const Reply apis = get(u"/apis"_s);
        QStringList groups;
        for (const QJsonValue &g : apis.json.value(u"groups"_s).toArray())
            groups.append(g.toObject().value(u"name"_s).toString());
        QVERIFY(groups.contains(u"secrets-store.csi.x-k8s.io"_s));
        QVERIFY(groups.contains(u"apps"_s));
        const Reply crd = get(u"/apis/secrets-store.csi.x-k8s.io/v1"_s);
        QStringList resources;
        for (const QJsonValue &r : crd.json.value(u"resources"_s).toArray())
            resources.append(r.toObject().value(u"name"_s).toString());
        QVERIFY(resources.contains(u"secretproviderclasses"_s));
        QVERIFY(resources.contains(u"secretproviderclasspodstatuses"_s));
        const Reply core = get(u"/api/v1"_s);
        QVERIFY(QString::fromUtf8(core.body).contains(u"\"pods/exec\""_s));
        QCOMPARE(get(u"/apis/example.com/v1"_s).status, 404);
    }

    void csiDriverAndCrds()
    {
        const Reply driver = get(u"/apis/storage.k8s.io/v1/csidrivers/secrets-store.csi.k8s.io"_s);
        QCOMPARE(driver.status, 200);
        QCOMPARE(driver.json.value(u"spec"_s).toObject().value(u"podInfoOnMount"_s).toBool(), true);
        const Reply spcs = get(u"/apis/secrets-store.csi.x-k8s.io/v1/secretproviderclasses"_s);
        QCOMPARE(spcs.json.value(u"kind"_s).toString(), u"SecretProviderClassList"_s);
        QVERIFY(names(spcs.json).contains(u"payments-kv"_s));
        const Reply missing = get(u"/apis/secrets-store.csi.x-k8s.io/v1/namespaces/payments/secretproviderclasses/nope"_s);
        QCOMPARE(missing.status, 404);
        QCOMPARE(missing.json.value(u"message"_s).toString(), u"secretproviderclasses.secrets-store.csi.x-k8s.io \"nope\" not found"_s);
    }

    void paginationWithContinue()
    {
        int pages = 0;
        const QJsonArray items = listAll(*m_cluster, u"/api/v1/pods"_s, 7, &pages);
        const int total = m_cluster->objectCount(QString(), u"pods"_s);
        QCOMPARE(items.size(), total);
        QCOMPARE(pages, (total + 6) / 7);
        QSet<QString> seen;
        for (const QJsonValue &v : items) {
            const QJsonObject meta = v.toObject().value(u"metadata"_s).toObject();
            seen.insert(meta.value(u"namespace"_s).toString() + u'/' + meta.value(u"name"_s).toString());
            QVERIFY(!v.toObject().contains(u"kind"_s)); // list items carry no TypeMeta
        }
        QCOMPARE(seen.size(), total);
        const Reply first = get(u"/api/v1/pods?limit=5"_s);
        QCOMPARE(first.json.value(u"metadata"_s).toObject().value(u"remainingItemCount"_s).toInt(), total - 5);
    }

    void expiredContinueGives410()
    {
        const Reply first = get(u"/api/v1/pods?limit=3"_s);
        const QString token = first.json.value(u"metadata"_s).toObject().value(u"continue"_s).toString();
        QVERIFY(!token.isEmpty());
        m_cluster->compact();
        const Reply expired = get(u"/api/v1/pods?limit=3&continue="_s + QString::fromLatin1(QUrl::toPercentEncoding(token)));
        QCOMPARE(expired.status, 410);
        QCOMPARE(expired.json.value(u"reason"_s).toString(), u"Expired"_s);
        QVERIFY(expired.json.value(u"message"_s).toString().startsWith(u"The provided continue parameter is too old"_s));
        QVERIFY(!expired.json.value(u"metadata"_s).toObject().value(u"continue"_s).toString().isEmpty());
        const Reply garbage = get(u"/api/v1/pods?limit=3&continue=garbage"_s);
        QCOMPARE(garbage.status, 400);
    }

    void selectors_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("selector");
        QTest::addColumn<int>("expected");
        QTest::addColumn<int>("status");
        // 4 Linux nodes + 1 Windows node in the healthy scenario.
        QTest::newRow("label =") << u"/api/v1/pods"_s << u"labelSelector=app=secrets-store-csi-driver"_s << 5 << 200;
        QTest::newRow("label in") << u"/api/v1/pods"_s
                                  << u"labelSelector=app in (secrets-store-provider-azure,csi-secrets-store-provider-azure)"_s << 5 << 200;
        QTest::newRow("label notin") << u"/api/v1/namespaces/payments/pods"_s << u"labelSelector=app notin (payments-api)"_s << 0 << 200;
        QTest::newRow("label !=") << u"/api/v1/namespaces/payments/pods"_s << u"labelSelector=app!=other"_s << 2 << 200;
        QTest::newRow("label exists") << u"/api/v1/pods"_s << u"labelSelector=aadpodidbinding"_s << 0 << 200;
        QTest::newRow("label exists wi") << u"/api/v1/namespaces/storefront/pods"_s << u"labelSelector=azure.workload.identity/use"_s << 2 << 200;
        QTest::newRow("label not exists") << u"/api/v1/namespaces/storefront/pods"_s << u"labelSelector=!azure.workload.identity/use"_s << 0 << 200;
        QTest::newRow("label and field") << u"/api/v1/pods"_s
                                         << u"labelSelector=app=secrets-store-csi-driver&fieldSelector=spec.nodeName=aks-userpool-38291746-vmss000000"_s
                                         << 1 << 200;
        QTest::newRow("field phase") << u"/api/v1/namespaces/payments/pods"_s << u"fieldSelector=status.phase=Running"_s << 2 << 200;
        QTest::newRow("field name") << u"/api/v1/nodes"_s << u"fieldSelector=metadata.name=aksnpwin000000"_s << 1 << 200;
        QTest::newRow("field !=") << u"/api/v1/namespaces/payments/pods"_s << u"fieldSelector=status.phase!=Running"_s << 0 << 200;
        QTest::newRow("field unsupported") << u"/api/v1/pods"_s << u"fieldSelector=spec.containers=x"_s << 0 << 400;
        QTest::newRow("label malformed") << u"/api/v1/pods"_s << u"labelSelector=app in"_s << 0 << 400;
        QTest::newRow("namespaces") << u"/api/v1/namespaces"_s << u"fieldSelector=metadata.name=payments"_s << 1 << 200;
    }
    void selectors()
    {
        QFETCH(QString, path);
        QFETCH(QString, selector);
        QFETCH(int, expected);
        QFETCH(int, status);
        QUrlQuery q;
        for (const QString &part : selector.split(u'&')) {
            const qsizetype eq = part.indexOf(u'=');
            q.addQueryItem(part.left(eq), QString::fromLatin1(QUrl::toPercentEncoding(part.mid(eq + 1))));
        }
        const Reply r = get(path + u'?' + q.toString(QUrl::FullyEncoded));
        QCOMPARE(r.status, status);
        if (status == 200)
            QCOMPARE(r.json.value(u"items"_s).toArray().size(), expected);
        else
            QCOMPARE(r.json.value(u"reason"_s).toString(), u"BadRequest"_s);
    }

    void tableAndMetadata()
    {
        const Reply table = get(u"/api/v1/pods?limit=500"_s, Auth::ClientCert,
                                "application/json;as=Table;v=v1;g=meta.k8s.io,application/json;as=Table;v=v1beta1;g=meta.k8s.io,application/json");
        QCOMPARE(table.json.value(u"kind"_s).toString(), u"Table"_s);
        QCOMPARE(table.json.value(u"columnDefinitions"_s).toArray().first().toObject().value(u"name"_s).toString(), u"Name"_s);
        const QJsonArray rows = table.json.value(u"rows"_s).toArray();
        QCOMPARE(rows.size(), m_cluster->objectCount(QString(), u"pods"_s));
        QCOMPARE(rows.first().toObject().value(u"object"_s).toObject().value(u"kind"_s).toString(), u"PartialObjectMetadata"_s);
        const Reply meta = get(u"/api/v1/nodes"_s, Auth::ClientCert, "application/json;as=PartialObjectMetadataList;g=meta.k8s.io;v=v1,application/json");
        QCOMPARE(meta.json.value(u"kind"_s).toString(), u"PartialObjectMetadataList"_s);
    }

    void eventsByInvolvedObject()
    {
        SimulatedCluster cluster;
        QString error;
        QVERIFY2(cluster.start(SimulatorOptions{u"keyvault-403"_s}, &error), qPrintable(error));
        const QString pod = firstPod(cluster, u"payments"_s, u"app=payments-api"_s);
        QVERIFY(!pod.isEmpty());
        const Reply r = get(cluster, u"/api/v1/namespaces/payments/events?fieldSelector="_s
                                         + QString::fromLatin1(QUrl::toPercentEncoding(u"involvedObject.name=%1,involvedObject.kind=Pod,involvedObject.namespace=payments"_s.arg(pod))));
        QCOMPARE(r.status, 200);
        QStringList reasons;
        for (const QJsonValue &v : r.json.value(u"items"_s).toArray()) {
            QCOMPARE(v.toObject().value(u"involvedObject"_s).toObject().value(u"name"_s).toString(), pod);
            reasons.append(v.toObject().value(u"reason"_s).toString());
        }
        QVERIFY(reasons.contains(u"FailedMount"_s));
    }

    void watchReceivesEvents()
    {
        const Reply list = get(u"/api/v1/namespaces/default/pods"_s);
        const QString rv = list.json.value(u"metadata"_s).toObject().value(u"resourceVersion"_s).toString();
        QNetworkReply *watch = m_nam.get(request(*m_cluster, u"/api/v1/namespaces/default/pods?watch=true&allowWatchBookmarks=true&resourceVersion="_s + rv,
                                                 Auth::ClientCert));
        QByteArray stream;
        connect(watch, &QNetworkReply::readyRead, this, [&] { stream += watch->readAll(); });
        QTRY_VERIFY(watch->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 200);
        const QJsonObject created = createProbePod(*m_cluster, u"aks-userpool-38291746-vmss000000"_s);
        const QString name = created.value(u"metadata"_s).toObject().value(u"name"_s).toString();
        QVERIFY(name.startsWith(u"kvdoctor-probe-"_s));
        QTRY_VERIFY_WITH_TIMEOUT(stream.contains("\"type\":\"ADDED\""), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(stream.contains("\"phase\":\"Running\""), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(stream.contains("\"type\":\"BOOKMARK\""), 15000);
        QNetworkRequest del = request(*m_cluster, u"/api/v1/namespaces/default/pods/"_s + name, Auth::ClientCert);
        const Reply deleted = finish(m_nam.deleteResource(del));
        QCOMPARE(deleted.status, 200);
        QVERIFY(deleted.json.value(u"metadata"_s).toObject().contains(u"deletionTimestamp"_s));
        QTRY_VERIFY_WITH_TIMEOUT(stream.contains("\"type\":\"DELETED\""), 10000);
        QTRY_COMPARE(get(u"/api/v1/namespaces/default/pods/"_s + name).status, 404);
        for (const QByteArray &line : stream.split('\n')) {
            if (!line.isEmpty())
                QVERIFY2(QJsonDocument::fromJson(line).isObject(), line.constData());
        }
        watch->abort();
        watch->deleteLater();
    }

    void watchTooOldGivesError410()
    {
        const Reply list = get(u"/api/v1/pods?limit=1"_s);
        const QString rv = list.json.value(u"metadata"_s).toObject().value(u"resourceVersion"_s).toString();
        m_cluster->compact();
        const Reply r = get(u"/api/v1/pods?watch=1&resourceVersion="_s + rv);
        QCOMPARE(r.status, 200); // the 410 lives inside the stream
        const QJsonObject event = QJsonDocument::fromJson(r.body.trimmed()).object();
        QCOMPARE(event.value(u"type"_s).toString(), u"ERROR"_s);
        QCOMPARE(event.value(u"object"_s).toObject().value(u"code"_s).toInt(), 410);
        QCOMPARE(event.value(u"object"_s).toObject().value(u"reason"_s).toString(), u"Expired"_s);
    }

    void watchTimeoutEndsStream()
    {
        const Reply r = get(u"/api/v1/namespaces/payments/pods?watch=true&timeoutSeconds=1"_s);
        QCOMPARE(r.status, 200);
        // Without a resourceVersion, the current objects arrive as ADDED first.
        QCOMPARE(r.body.count("\"type\":\"ADDED\""), 2);
    }

    void createValidation()
    {
        const QJsonObject noContainers{{u"apiVersion"_s, u"v1"_s}, {u"kind"_s, u"Pod"_s},
                                       {u"metadata"_s, QJsonObject{{u"name"_s, u"x"_s}}}, {u"spec"_s, QJsonObject{}}};
        const Reply invalid = post(*m_cluster, u"/api/v1/namespaces/default/pods"_s, noContainers);
        QCOMPARE(invalid.status, 422);
        QCOMPARE(invalid.json.value(u"details"_s).toObject().value(u"causes"_s).toArray().first().toObject().value(u"field"_s).toString(),
                 u"spec.containers"_s);
        const Reply noNamespace = post(*m_cluster, u"/api/v1/namespaces/nope/pods"_s, noContainers);
        QCOMPARE(noNamespace.status, 404);
        const QString existing = firstPod(*m_cluster, u"payments"_s, u"app=payments-api"_s);
        QJsonObject dup = noContainers;
        dup.insert(u"metadata"_s, QJsonObject{{u"name"_s, existing}});
        dup.insert(u"spec"_s, QJsonObject{{u"containers"_s, QJsonArray{QJsonObject{{u"name"_s, u"c"_s}, {u"image"_s, u"busybox"_s}}}}});
        QCOMPARE(post(*m_cluster, u"/api/v1/namespaces/payments/pods"_s, dup).status, 409);
    }

    void logs()
    {
        const QString pod = firstPod(*m_cluster, u"payments"_s, u"app=payments-api"_s);
        // The tail first: a line may be logged between the two requests.
        const Reply tail = get(u"/api/v1/namespaces/payments/pods/%1/log?tailLines=3"_s.arg(pod));
        const Reply all = get(u"/api/v1/namespaces/payments/pods/%1/log"_s.arg(pod));
        QCOMPARE(all.status, 200);
        QVERIFY(all.body.contains("listening on :8080"));
        const int total = int(all.body.count('\n'));
        QVERIFY(total > 10);
        QCOMPARE(tail.body.count('\n'), 3);
        QVERIFY(all.body.contains(tail.body));
        const Reply since = get(u"/api/v1/namespaces/payments/pods/%1/log?sinceSeconds=60"_s.arg(pod));
        QVERIFY(since.body.count('\n') >= 5 && since.body.count('\n') <= 7); // a probe line every 10 s
        const Reply stamped = get(u"/api/v1/namespaces/payments/pods/%1/log?tailLines=1&timestamps=true"_s.arg(pod));
        QVERIFY(QDateTime::fromString(QString::fromLatin1(stamped.body.split(' ').first()), Qt::ISODateWithMs).isValid());
        const Reply limited = get(u"/api/v1/namespaces/payments/pods/%1/log?limitBytes=10"_s.arg(pod));
        QCOMPARE(limited.body.size(), 10);

        const QString driver = firstPod(*m_cluster, u"kube-system"_s, u"app=secrets-store-csi-driver"_s);
        const Reply noContainer = get(u"/api/v1/namespaces/kube-system/pods/%1/log"_s.arg(driver));
        QCOMPARE(noContainer.status, 400);
        QVERIFY(noContainer.json.value(u"message"_s).toString().startsWith(u"a container name must be specified"_s));
        QCOMPARE(get(u"/api/v1/namespaces/kube-system/pods/%1/log?container=nope"_s.arg(driver)).status, 400);
        QCOMPARE(get(u"/api/v1/namespaces/kube-system/pods/%1/log?container=secrets-store&previous=true"_s.arg(driver)).status, 400);
        QCOMPARE(get(u"/api/v1/namespaces/kube-system/pods/nope/log"_s).status, 404);
    }

    void logFollowStreams()
    {
        const QString pod = firstPod(*m_cluster, u"orders"_s, u"app=orders-worker"_s);
        QNetworkReply *follow = m_nam.get(request(*m_cluster, u"/api/v1/namespaces/orders/pods/%1/log?follow=true&tailLines=1"_s.arg(pod), Auth::ClientCert));
        QByteArray stream;
        connect(follow, &QNetworkReply::readyRead, this, [&] { stream += follow->readAll(); });
        QTRY_VERIFY_WITH_TIMEOUT(stream.count('\n') >= 1, 10000);
        m_cluster->appendLogLine(u"orders"_s, pod, u"orders-worker"_s, "I1129 10:00:00.000000       1 worker.go:1] appended by the test");
        QTRY_VERIFY_WITH_TIMEOUT(stream.contains("appended by the test"), 10000);
        QVERIFY(!follow->isFinished());
        follow->abort();
        follow->deleteLater();
    }

    void logFollowEndsWithThePod()
    {
        const QString probe = createProbePod(*m_cluster, u"aks-userpool-38291746-vmss000001"_s).value(u"metadata"_s).toObject().value(u"name"_s).toString();
        QTRY_COMPARE(get(u"/api/v1/namespaces/default/pods/"_s + probe).json.value(u"status"_s).toObject().value(u"phase"_s).toString(), u"Running"_s);
        QNetworkReply *follow = m_nam.get(request(*m_cluster, u"/api/v1/namespaces/default/pods/%1/log?follow=true"_s.arg(probe), Auth::ClientCert));
        QByteArray stream;
        connect(follow, &QNetworkReply::readyRead, this, [&] { stream += follow->readAll(); });
        QTRY_VERIFY_WITH_TIMEOUT(stream.contains("Starting probe"), 10000);
        QNetworkRequest del = request(*m_cluster, u"/api/v1/namespaces/default/pods/"_s + probe, Auth::ClientCert);
        QCOMPARE(finish(m_nam.deleteResource(del)).status, 200);
        QTRY_VERIFY_WITH_TIMEOUT(follow->isFinished(), 10000);
        QCOMPARE(follow->error(), QNetworkReply::NoError);
        follow->deleteLater();
        // The same connections keep serving plain requests afterwards.
        QCOMPARE(get(u"/api/v1/namespaces/default/pods"_s).status, 200);
    }

    void execFraming()
    {
        const QString pod = firstPod(*m_cluster, u"orders"_s, u"app=orders-worker"_s);
        m_cluster->clearRecordedRequests();
        const ExecResult ok = exec(*m_cluster, u"orders"_s, pod, {u"sh"_s, u"-c"_s, u"echo hello"_s});
        QVERIFY(ok.connected);
        QCOMPARE(ok.protocol, QByteArray("v5.channel.k8s.io"));
        QCOMPARE(ok.frames.first(), QByteArray(1, 1)); // the empty "ready" frame on stdout
        QCOMPARE(ok.out, QByteArray("hello\n"));
        QCOMPARE(ok.status.value(u"status"_s).toString(), u"Success"_s);
        QCOMPARE(ok.closeCode, 1000);
        QCOMPARE(m_cluster->recordedRequests().value(0).execCommand, (QStringList{u"sh"_s, u"-c"_s, u"echo hello"_s}));

        const ExecResult failed = exec(*m_cluster, u"orders"_s, pod, {u"sh"_s, u"-c"_s, u"echo before; exit 3"_s});
        QCOMPARE(failed.out, QByteArray("before\n"));
        QCOMPARE(failed.status.value(u"reason"_s).toString(), u"NonZeroExitCode"_s);
        const QJsonObject cause = failed.status.value(u"details"_s).toObject().value(u"causes"_s).toArray().first().toObject();
        QCOMPARE(cause.value(u"reason"_s).toString(), u"ExitCode"_s);
        QCOMPARE(cause.value(u"message"_s).toString(), u"3"_s);

        const ExecResult missing = exec(*m_cluster, u"orders"_s, pod, {u"nosuchtool"_s});
        QCOMPARE(missing.status.value(u"reason"_s).toString(), u"InternalError"_s);
        QVERIFY(missing.status.value(u"message"_s).toString().contains(u"executable file not found in $PATH"_s));

        m_cluster->clearRecordedRequests();
        const ExecResult cat = exec(*m_cluster, u"orders"_s, pod, {u"cat"_s}, QByteArray("from stdin"));
        QCOMPARE(cat.out, QByteArray("from stdin"));
        QCOMPARE(cat.status.value(u"status"_s).toString(), u"Success"_s);
        QCOMPARE(m_cluster->recordedRequests().value(0).execStdin, QByteArray("from stdin"));

        const ExecResult v4 = exec(*m_cluster, u"orders"_s, pod, {u"echo"_s, u"v4"_s}, QByteArray(), {u"v4.channel.k8s.io"_s});
        QCOMPARE(v4.protocol, QByteArray("v4.channel.k8s.io"));
        QCOMPARE(v4.out, QByteArray("v4\n"));
    }

    void execOnlyOlderProtocols()
    {
        SimulatedCluster cluster;
        QString error;
        QVERIFY(cluster.start(SimulatorOptions{}, &error));
        cluster.setExecProtocols({u"v4.channel.k8s.io"_s});
        const QString pod = firstPod(cluster, u"orders"_s, u"app=orders-worker"_s);
        const ExecResult r = exec(cluster, u"orders"_s, pod, {u"echo"_s, u"x"_s});
        QVERIFY(!r.connected);
        QCOMPARE(cluster.recordedRequests().last().status, 200); // answered with a 400 Status before any upgrade
    }

    void injectedFailures()
    {
        m_cluster->injectFailure(429, 1, u"/api/v1/nodes"_s, 2);
        const Reply throttled = get(u"/api/v1/nodes"_s);
        QCOMPARE(throttled.status, 429);
        QCOMPARE(throttled.json.value(u"details"_s).toObject().value(u"retryAfterSeconds"_s).toInt(), 2);
        bool retryAfter = false;
        for (const auto &[k, v] : throttled.headers)
            retryAfter = retryAfter || (k.compare("Retry-After", Qt::CaseInsensitive) == 0 && v == "2");
        QVERIFY(retryAfter);
        QCOMPARE(get(u"/api/v1/nodes"_s).status, 200);
    }

    void scenarioContent_data()
    {
        QTest::addColumn<QString>("scenario");
        QTest::addColumn<QString>("eventText");   // in a FailedMount event of the failing namespace
        QTest::addColumn<QString>("logLabel");    // pod whose log shows the error
        QTest::addColumn<QString>("container");
        QTest::addColumn<QString>("logText");
        const QString provider = u"app=secrets-store-provider-azure"_s;
        const QString helmProvider = u"app=csi-secrets-store-provider-azure"_s;
        const QString c = u"provider-azure-installer"_s;
        QTest::newRow("nmi-404") << u"nmi-404"_s << u"nmi response failed with status code: 404"_s << provider << c
                                 << u"nmi response failed with status code: 404"_s;
        QTest::newRow("egress-blocked") << u"egress-blocked"_s << u"Original Error: context deadline exceeded"_s << provider << c
                                        << u"keyvault.BaseClient#GetSecret: Failure sending request: StatusCode=0"_s;
        QTest::newRow("keyvault-403") << u"keyvault-403"_s << u"ForbiddenByRbac"_s << provider << c
                                      << u"Caller is not authorized to perform action on resource"_s;
        QTest::newRow("secret-not-found") << u"secret-not-found"_s << u"Code=\"SecretNotFound\""_s << provider << c
                                          << u"A secret with (name/id) db-pasword was not found"_s;
        QTest::newRow("sp-invalid-secret") << u"sp-invalid-secret"_s << u"AADSTS7000215"_s << helmProvider << c << u"AADSTS7000215"_s;
        QTest::newRow("workload-identity-mismatch") << u"workload-identity-mismatch"_s << u"AADSTS70021"_s << provider << c
                                                    << u"No matching federated identity record found"_s;
        QTest::newRow("imds-identity-not-found") << u"imds-identity-not-found"_s << u"Identity not found"_s << provider << c
                                                 << u"\\\"error_description\\\":\\\"Identity not found\\\""_s;
        QTest::newRow("spc-not-found") << u"spc-not-found"_s << u"SecretProviderClass.secrets-store.csi.x-k8s.io \"payments-kv\" not found"_s
                                       << u"app=secrets-store-csi-driver"_s << u"secrets-store"_s << u"GRPC error: failed to get secretproviderclass payments/payments-kv"_s;
        QTest::newRow("provider-crashloop") << u"provider-crashloop"_s << u"azure.sock: connect: no such file or directory"_s
                                            << u"app=secrets-store-csi-driver"_s << u"secrets-store"_s << u"azure.sock: connect: no such file or directory"_s;
        QTest::newRow("driver-missing-on-node") << u"driver-missing-on-node"_s
                                                << u"driver name secrets-store.csi.k8s.io not found in the list of registered CSI drivers"_s
                                                << QString() << QString() << QString();
    }
    void scenarioContent()
    {
        QFETCH(QString, scenario);
        QFETCH(QString, eventText);
        QFETCH(QString, logLabel);
        QFETCH(QString, container);
        QFETCH(QString, logText);
        SimulatedCluster cluster;
        QString error;
        QVERIFY2(cluster.start(SimulatorOptions{scenario}, &error), qPrintable(error));
        const Reply events = get(cluster, u"/api/v1/events?fieldSelector=reason%3DFailedMount"_s);
        bool found = false;
        QStringList failingPods;
        QString failingNs;
        for (const QJsonValue &v : events.json.value(u"items"_s).toArray()) {
            const QJsonObject e = v.toObject();
            QCOMPARE(e.value(u"type"_s).toString(), u"Warning"_s);
            QVERIFY(e.value(u"message"_s).toString().startsWith(u"MountVolume.SetUp failed for volume \"secrets-store-inline\" : "_s));
            found = found || e.value(u"message"_s).toString().contains(eventText);
            failingPods.append(e.value(u"involvedObject"_s).toObject().value(u"name"_s).toString());
            failingNs = e.value(u"involvedObject"_s).toObject().value(u"namespace"_s).toString();
        }
        QVERIFY2(found, qPrintable(QString::fromUtf8(events.body.left(2000))));
        // The failing pods are stuck in ContainerCreating on the nodes named in their events.
        for (const QJsonValue &v : events.json.value(u"items"_s).toArray()) {
            const QJsonObject involved = v.toObject().value(u"involvedObject"_s).toObject();
            const Reply pod = get(cluster, u"/api/v1/namespaces/%1/pods/%2"_s.arg(involved.value(u"namespace"_s).toString(),
                                                                                  involved.value(u"name"_s).toString()));
            QCOMPARE(pod.json.value(u"status"_s).toObject().value(u"phase"_s).toString(), u"Pending"_s);
            QCOMPARE(v.toObject().value(u"source"_s).toObject().value(u"host"_s).toString(),
                     pod.json.value(u"spec"_s).toObject().value(u"nodeName"_s).toString());
        }
        if (logLabel.isEmpty()) {
            // driver-missing-on-node: the failing pods' node has no driver pod.
            const Reply pod = get(cluster, u"/api/v1/namespaces/ml/pods/"_s + failingPods.value(0));
            const QString node = pod.json.value(u"spec"_s).toObject().value(u"nodeName"_s).toString();
            const Reply drivers = get(cluster, u"/api/v1/pods?labelSelector=app%3Dsecrets-store-csi-driver&fieldSelector=spec.nodeName%3D"_s + node);
            QCOMPARE(drivers.json.value(u"items"_s).toArray().size(), 0);
            const Reply nodeObject = get(cluster, u"/api/v1/nodes/"_s + node);
            QVERIFY(!nodeObject.json.value(u"spec"_s).toObject().value(u"taints"_s).toArray().isEmpty());
            return;
        }
        // The component's log on a failing pod's node has the error line.
        const Reply failing = get(cluster, u"/api/v1/namespaces/%1/pods/%2"_s.arg(failingNs, failingPods.last()));
        const QString node = failing.json.value(u"spec"_s).toObject().value(u"nodeName"_s).toString();
        const Reply pods = get(cluster, u"/api/v1/namespaces/kube-system/pods?labelSelector=%1&fieldSelector=spec.nodeName%3D%2"_s
                                            .arg(QString::fromLatin1(QUrl::toPercentEncoding(logLabel)), node));
        const QString component = names(pods.json).value(0);
        QVERIFY(!component.isEmpty());
        const Reply log = get(cluster, u"/api/v1/namespaces/kube-system/pods/%1/log?container=%2&sinceSeconds=3600"_s.arg(component, container));
        QCOMPARE(log.status, 200);
        QVERIFY2(QString::fromUtf8(log.body).contains(logText), log.body.right(1500).constData());
        for (const QByteArray &line : log.body.split('\n')) {
            if (!line.isEmpty())
                QVERIFY2(QByteArrayView("IWEF").contains(line.at(0)), line.constData()); // klog lines, nothing else
        }
    }

    void crashLoopHasPreviousLogs()
    {
        SimulatedCluster cluster;
        QString error;
        QVERIFY(cluster.start(SimulatorOptions{u"provider-crashloop"_s}, &error));
        const Reply pods = get(cluster, u"/api/v1/namespaces/kube-system/pods?labelSelector=app%3Dcsi-secrets-store-provider-azure"_s);
        QString crashing;
        for (const QJsonValue &v : pods.json.value(u"items"_s).toArray()) {
            const QJsonObject status = v.toObject().value(u"status"_s).toObject().value(u"containerStatuses"_s).toArray().first().toObject();
            if (status.value(u"state"_s).toObject().value(u"waiting"_s).toObject().value(u"reason"_s).toString() == u"CrashLoopBackOff"_s) {
                crashing = v.toObject().value(u"metadata"_s).toObject().value(u"name"_s).toString();
                QVERIFY(status.value(u"restartCount"_s).toInt() > 3);
            }
        }
        QVERIFY(!crashing.isEmpty());
        const Reply previous = get(cluster, u"/api/v1/namespaces/kube-system/pods/%1/log?previous=true"_s.arg(crashing));
        QCOMPARE(previous.status, 200);
        QVERIFY(previous.body.contains("bind: address already in use"));
    }

    void healthyHasNoFailures()
    {
        const Reply events = get(u"/api/v1/events?fieldSelector=reason%3DFailedMount"_s);
        QCOMPARE(events.json.value(u"items"_s).toArray().size(), 0);
        const Reply statuses = get(u"/apis/secrets-store.csi.x-k8s.io/v1/secretproviderclasspodstatuses"_s);
        int mounted = 0;
        for (const QJsonValue &v : statuses.json.value(u"items"_s).toArray())
            mounted += v.toObject().value(u"status"_s).toObject().value(u"mounted"_s).toBool() ? 1 : 0;
        QCOMPARE(mounted, 7); // payments 2, orders 2, storefront 2, billing 1
        QCOMPARE(statuses.json.value(u"items"_s).toArray().size(), 7);
    }

    void probeExec_data()
    {
        QTest::addColumn<QString>("scenario");
        QTest::addColumn<QStringList>("command");
        QTest::addColumn<QByteArray>("stdinData");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("outText");
        const QString token = u"https://login.microsoftonline.com/8d3c4f1e-5a2b-4e7d-9c6f-1b2a3c4d5e6f/oauth2/v2.0/token"_s;
        QTest::newRow("healthy token") << u"healthy"_s << QStringList{u"curl"_s, u"-sS"_s, u"-K"_s, u"-"_s} << QByteArray("url = \"" + token.toLatin1() + "\"\ndata = \"client_id=abc&client_secret=s3cr3t&scope=https://vault.azure.net/.default&grant_type=client_credentials\"\n")
                                       << 0 << u"\"token_type\":\"Bearer\""_s;
        QTest::newRow("egress timeout") << u"egress-blocked"_s
                                        << QStringList{u"curl"_s, u"-sS"_s, u"--connect-timeout"_s, u"5"_s, u"https://login.microsoftonline.com/"_s}
                                        << QByteArray() << 28 << QString();
        QTest::newRow("sp invalid secret") << u"sp-invalid-secret"_s << QStringList{u"curl"_s, u"-sS"_s, u"-K"_s, u"-"_s}
                                           << QByteArray("url = \"" + token.toLatin1() + "\"\ndata = \"client_id=abc&client_secret=wrong&grant_type=client_credentials\"\n")
                                           << 0 << u"AADSTS7000215"_s;
        QTest::newRow("keyvault 403") << u"keyvault-403"_s
                                      << QStringList{u"curl"_s, u"-s"_s, u"-H"_s, u"Authorization: Bearer x"_s, u"https://kv-payments-prod.vault.azure.net/secrets/db-password?api-version=7.4"_s}
                                      << QByteArray() << 0 << u"ForbiddenByRbac"_s;
        QTest::newRow("secret not found") << u"secret-not-found"_s
                                          << QStringList{u"curl"_s, u"-s"_s, u"-H"_s, u"Authorization: Bearer x"_s, u"https://kv-payments-prod.vault.azure.net/secrets/db-pasword?api-version=7.4"_s}
                                          << QByteArray() << 0 << u"SecretNotFound"_s;
        QTest::newRow("imds identity") << u"imds-identity-not-found"_s
                                       << QStringList{u"curl"_s, u"-s"_s, u"-H"_s, u"Metadata: true"_s, u"http://169.254.169.254/metadata/identity/oauth2/token?api-version=2018-02-01&resource=https%3A%2F%2Fvault.azure.net&client_id=0c7d9e21-4b3a-4f5e-a8c6-d2e1f0b9a737"_s}
                                       << QByteArray() << 0 << u"Identity not found"_s;
        QTest::newRow("nmi 404") << u"nmi-404"_s
                                 << QStringList{u"curl"_s, u"-s"_s, u"-w"_s, u"%{http_code}"_s, u"-H"_s, u"podns: payments"_s, u"-H"_s, u"podname: p"_s, u"http://127.0.0.1:2579/host/token/?resource=https://vault.azure.net"_s}
                                 << QByteArray() << 0 << u"CREATED state failed after 16 attempts"_s;
        QTest::newRow("dns") << u"healthy"_s << QStringList{u"nslookup"_s, u"kv-payments-prod.vault.azure.net"_s} << QByteArray() << 0
                             << u"canonical name = data-prod-eus.vaultcore.azure.net"_s;
        QTest::newRow("dns nxdomain") << u"healthy"_s << QStringList{u"getent"_s, u"hosts"_s, u"kv-typo.vault.example"_s} << QByteArray() << 2 << QString();
    }
    void probeExec()
    {
        QFETCH(QString, scenario);
        QFETCH(QStringList, command);
        QFETCH(QByteArray, stdinData);
        QFETCH(int, exitCode);
        QFETCH(QString, outText);
        SimulatedCluster cluster;
        QString error;
        QVERIFY(cluster.start(SimulatorOptions{scenario}, &error));
        const QString probe = createProbePod(cluster, u"aks-userpool-38291746-vmss000000"_s).value(u"metadata"_s).toObject().value(u"name"_s).toString();
        QTRY_COMPARE(get(cluster, u"/api/v1/namespaces/default/pods/"_s + probe).json.value(u"status"_s).toObject().value(u"phase"_s).toString(),
                     u"Running"_s);
        const ExecResult r = exec(cluster, u"default"_s, probe, command, stdinData.isEmpty() ? QByteArray() : stdinData);
        QVERIFY(r.connected);
        const QJsonArray causes = r.status.value(u"details"_s).toObject().value(u"causes"_s).toArray();
        const int code = causes.isEmpty() ? 0 : causes.first().toObject().value(u"message"_s).toString().toInt();
        QCOMPARE(code, exitCode);
        QVERIFY2(QString::fromUtf8(r.out).contains(outText), r.out.constData());
        if (exitCode == 28)
            QVERIFY(r.err.contains("curl: (28) Failed to connect to login.microsoftonline.com port 443"));
    }

    void scaleCountsAreExact()
    {
        SimulatedCluster cluster;
        QString error;
        QVERIFY2(cluster.start(SimulatorOptions{u"healthy"_s, 60, 3000}, &error), qPrintable(error));
        QCOMPARE(cluster.objectCount(QString(), u"nodes"_s), 60);
        QCOMPARE(cluster.objectCount(QString(), u"pods"_s), 3000);
        const QJsonArray pods = listAll(cluster, u"/api/v1/pods"_s, 500);
        QCOMPARE(pods.size(), 3000);
        // Every Linux node has a driver and a provider pod.
        const Reply drivers = get(cluster, u"/api/v1/pods?labelSelector=app%3Dsecrets-store-csi-driver"_s);
        QCOMPARE(drivers.json.value(u"items"_s).toArray().size(), 60);
        int withCsi = 0;
        for (const QJsonValue &v : pods) {
            for (const QJsonValue &vol : v.toObject().value(u"spec"_s).toObject().value(u"volumes"_s).toArray())
                withCsi += vol.toObject().value(u"csi"_s).toObject().value(u"driver"_s).toString() == u"secrets-store.csi.k8s.io"_s ? 1 : 0;
        }
        QVERIFY2(withCsi > 200 && withCsi < 400, qPrintable(QString::number(withCsi))); // ~10% of the pods
        QCOMPARE(cluster.objectCount(u"secrets-store.csi.x-k8s.io"_s, u"secretproviderclasspodstatuses"_s), withCsi);
        // Pages of generated pods are rendered from byte patterns; they must equal the single-object form.
        for (int i : {0, 1, 700, 1999, 2999}) {
            QJsonObject listed = pods.at(i).toObject();
            const QJsonObject meta = listed.value(u"metadata"_s).toObject();
            QJsonObject single = get(cluster, u"/api/v1/namespaces/%1/pods/%2"_s.arg(meta.value(u"namespace"_s).toString(),
                                                                                     meta.value(u"name"_s).toString())).json;
            single.remove(u"kind"_s);
            single.remove(u"apiVersion"_s);
            QCOMPARE(listed, single);
        }
        QSet<QString> uids;
        for (const QJsonValue &v : pods)
            uids.insert(v.toObject().value(u"metadata"_s).toObject().value(u"uid"_s).toString());
        QCOMPARE(uids.size(), 3000);

        SimulatedCluster tooSmall;
        QVERIFY(!tooSmall.start(SimulatorOptions{u"healthy"_s, 100, 50}, &error));
        QVERIFY(error.contains(u"--pods must be at least"_s));
        QVERIFY(!tooSmall.start(SimulatorOptions{u"no-such-scenario"_s}, &error));
        QVERIFY(error.contains(u"unknown scenario"_s));
    }

    void kubeconfigHasBothUsers()
    {
        const QByteArray yaml = m_cluster->kubeconfigYaml();
        QVERIFY(yaml.contains("current-context: kvdoctor-sim\n"));
        QVERIFY(yaml.contains("- name: kvdoctor-sim-token\n"));
        QVERIFY(yaml.contains("client-certificate-data: "));
        QVERIFY(yaml.contains(QByteArray("server: " + m_cluster->url().toString().toUtf8())));
    }

    void cleanupTestCase()
    {
        m_cluster->stop();
        QVERIFY(!m_cluster->isRunning());
    }
};

QTEST_MAIN(TestSimulator)
#include "tst_simulator.moc"
