// SPDX-License-Identifier: MIT
#include "kube/kubestatus.h"

#include <QTest>

using namespace kvd;

class TestKubeStatus : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parseStatus();
    void parseNotAStatus_data();
    void parseNotAStatus();
    void messages_data();
    void messages();
    void retryAfter_data();
    void retryAfter();
};

void TestKubeStatus::parseStatus()
{
    const QByteArray body = R"({"kind":"Status","apiVersion":"v1","metadata":{"continue":"abc"},"status":"Failure",
        "message":"Pod \"x\" is invalid: spec.containers: Required value","reason":"Invalid",
        "details":{"name":"x","kind":"pods","retryAfterSeconds":3,
                   "causes":[{"reason":"FieldValueRequired","message":"Required value","field":"spec.containers"}]},
        "code":422})";
    const auto status = parseKubeStatus(body);
    QVERIFY(status);
    QCOMPARE(status->code, 422);
    QCOMPARE(status->reason, QStringLiteral("Invalid"));
    QCOMPARE(status->detailsName, QStringLiteral("x"));
    QCOMPARE(status->detailsKind, QStringLiteral("pods"));
    QCOMPARE(status->retryAfterSeconds, 3);
    QCOMPARE(status->continueToken, QStringLiteral("abc"));
    QCOMPARE(status->causes.size(), 1);
    QCOMPARE(status->causes.first().reason, QStringLiteral("FieldValueRequired"));
    QCOMPARE(status->causes.first().field, QStringLiteral("spec.containers"));
}

void TestKubeStatus::parseNotAStatus_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("<html>502 Bad Gateway") << QByteArray("<html><body><h1>502 Bad Gateway</h1></body></html>");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("a Pod") << QByteArray(R"({"kind":"Pod","apiVersion":"v1","metadata":{"name":"p"}})");
    QTest::newRow("truncated Status") << QByteArray(R"({"kind":"Status","code":4)");
    QTest::newRow("JSON array") << QByteArray("[1,2]");
}

void TestKubeStatus::parseNotAStatus()
{
    QFETCH(QByteArray, body);
    QVERIFY(!parseKubeStatus(body));
}

void TestKubeStatus::messages_data()
{
    QTest::addColumn<int>("httpStatus");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("retryAfter");
    QTest::addColumn<bool>("exec");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QStringList>("mustContain");

    QTest::newRow("401 Unauthorized")
        << 401 << QByteArray(R"({"kind":"Status","status":"Failure","message":"Unauthorized","reason":"Unauthorized","code":401})")
        << QByteArray() << false << QStringLiteral("Unauthorized")
        << QStringList{QStringLiteral("401"), QStringLiteral("expired"), QStringLiteral("az aks get-credentials")};
    QTest::newRow("401 Unauthorized exec")
        << 401 << QByteArray(R"({"kind":"Status","status":"Failure","message":"Unauthorized","reason":"Unauthorized","code":401})")
        << QByteArray() << true << QStringLiteral("Unauthorized")
        << QStringList{QStringLiteral("kubelogin"), QStringLiteral("remove-tokens")};
    QTest::newRow("401 without body") << 401 << QByteArray() << QByteArray() << false << QStringLiteral("Unauthorized")
                                      << QStringList{QStringLiteral("401")};
    QTest::newRow("403 list pods in namespace")
        << 403
        << QByteArray(R"({"kind":"Status","status":"Failure","message":"pods is forbidden: User \"alice@corp.com\" cannot list resource \"pods\" in API group \"\" in the namespace \"default\"","reason":"Forbidden","details":{"kind":"pods"},"code":403})")
        << QByteArray() << false << QStringLiteral("Forbidden")
        << QStringList{QStringLiteral("\"alice@corp.com\" may not list pods in namespace \"default\"")};
    QTest::newRow("403 create pods/exec")
        << 403
        << QByteArray(R"({"kind":"Status","status":"Failure","message":"pods \"p\" is forbidden: User \"bob\" cannot create resource \"pods/exec\" in API group \"\" in the namespace \"app\"","reason":"Forbidden","code":403})")
        << QByteArray() << false << QStringLiteral("Forbidden")
        << QStringList{QStringLiteral("may not create pods/exec in namespace \"app\"")};
    QTest::newRow("403 cluster scope with group")
        << 403
        << QByteArray(R"({"kind":"Status","status":"Failure","message":"csidrivers.storage.k8s.io is forbidden: User \"bob\" cannot list resource \"csidrivers\" in API group \"storage.k8s.io\" at the cluster scope: User does not have access to the resource in Azure. Update role assignment to allow access.","reason":"Forbidden","code":403})")
        << QByteArray() << false << QStringLiteral("Forbidden")
        << QStringList{QStringLiteral("may not list csidrivers.storage.k8s.io cluster-wide"), QStringLiteral("Azure RBAC")};
    QTest::newRow("403 unparsed")
        << 403 << QByteArray(R"({"kind":"Status","status":"Failure","message":"access denied by webhook","reason":"Forbidden","code":403})")
        << QByteArray() << false << QStringLiteral("Forbidden") << QStringList{QStringLiteral("access denied by webhook")};
    QTest::newRow("404 pod")
        << 404 << QByteArray(R"({"kind":"Status","status":"Failure","message":"pods \"web-1\" not found","reason":"NotFound","code":404})")
        << QByteArray() << false << QStringLiteral("NotFound") << QStringList{QStringLiteral("pods \"web-1\" not found")};
    QTest::newRow("409 AlreadyExists")
        << 409 << QByteArray(R"({"kind":"Status","status":"Failure","message":"pods \"x\" already exists","reason":"AlreadyExists","code":409})")
        << QByteArray() << false << QStringLiteral("AlreadyExists") << QStringList{QStringLiteral("already exists")};
    QTest::newRow("410 Expired")
        << 410 << QByteArray(R"({"kind":"Status","status":"Failure","message":"The provided continue parameter is too old","reason":"Expired","code":410})")
        << QByteArray() << false << QStringLiteral("Expired") << QStringList{QStringLiteral("410 Expired"), QStringLiteral("too old")};
    QTest::newRow("422 Invalid")
        << 422
        << QByteArray(R"({"kind":"Status","status":"Failure","message":"Pod \"x\" is invalid","reason":"Invalid","details":{"causes":[{"reason":"FieldValueRequired","message":"Required value","field":"spec.containers"}]},"code":422})")
        << QByteArray() << false << QStringLiteral("Invalid") << QStringList{QStringLiteral("spec.containers: Required value")};
    QTest::newRow("429 Retry-After")
        << 429 << QByteArray(R"({"kind":"Status","status":"Failure","message":"Too many requests, please try again later.","reason":"TooManyRequests","code":429})")
        << QByteArray("2") << false << QStringLiteral("TooManyRequests") << QStringList{QStringLiteral("429"), QStringLiteral("2 second")};
    QTest::newRow("503 ServiceUnavailable")
        << 503 << QByteArray(R"({"kind":"Status","status":"Failure","message":"service unavailable","reason":"ServiceUnavailable","code":503})")
        << QByteArray("1") << false << QStringLiteral("ServiceUnavailable") << QStringList{QStringLiteral("503 ServiceUnavailable")};
    QTest::newRow("502 HTML from a proxy")
        << 502 << QByteArray("<html><body>Bad Gateway</body></html>") << QByteArray() << false << QString()
        << QStringList{QStringLiteral("HTTP status 502"), QStringLiteral("proxy")};
    QTest::newRow("404 HTML") << 404 << QByteArray("<html>nope</html>") << QByteArray() << false << QString()
                              << QStringList{QStringLiteral("could not find the requested resource")};
}

void TestKubeStatus::messages()
{
    QFETCH(int, httpStatus);
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, retryAfter);
    QFETCH(bool, exec);
    QFETCH(QString, reason);
    QFETCH(QStringList, mustContain);
    ErrorContext context{QStringLiteral("GET"), QStringLiteral("/api/v1/pods"), exec, QStringLiteral("kubelogin")};
    const KubeError error = errorFromHttpResponse(httpStatus, body, retryAfter, context);
    QCOMPARE(error.kind, KubeError::Kind::HttpStatus);
    QCOMPARE(error.httpStatus, httpStatus);
    QCOMPARE(error.reason, reason);
    for (const QString &part : mustContain)
        QVERIFY2(error.message.contains(part), qPrintable(error.message + QStringLiteral(" | ") + part));
    QCOMPARE(error.isExpired(), httpStatus == 410);
}

void TestKubeStatus::retryAfter_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<int>("seconds");
    QTest::newRow("1") << QByteArray("1") << 1;
    QTest::newRow(" 30 ") << QByteArray(" 30 ") << 30;
    QTest::newRow("empty") << QByteArray() << -1;
    QTest::newRow("HTTP date") << QByteArray("Wed, 21 Oct 2015 07:28:00 GMT") << -1;
    QTest::newRow("-5") << QByteArray("-5") << -1;
}

void TestKubeStatus::retryAfter()
{
    QFETCH(QByteArray, value);
    QFETCH(int, seconds);
    QCOMPARE(parseRetryAfter(value), seconds);
}

QTEST_GUILESS_MAIN(TestKubeStatus)
#include "tst_kubestatus.moc"
