// SPDX-License-Identifier: MIT
#include "core/redactor.h"

#include <QTest>

using namespace kvd;
using namespace Qt::StringLiterals;

namespace {
// Realistic shapes, none of them a real credential.
const QString kJwt = u"eyJhbGciOiJSUzI1NiIsImtpZCI6IkFCQyJ9.eyJhdWQiOiJhcGk6Ly9BenVyZUFEVG9rZW5FeGNoYW5nZSJ9.c2lnbmF0dXJlLW5vdC1yZWFs"_s;
const QString kEntraSecret = u"Abc8Q~0123456789abcdefghijKLMNOPqrstuvw"_s; // 3 + digit + Q~ + 31
const QString kPem = u"-----BEGIN RSA PRIVATE KEY-----\nMIIEpAIBAAKCAQEA0Z3VS5JJcds3xfn/ygWyF8PbnGy0AHB7MhgHcTz6sE2I2yPB\n"
                     "aNMAFXkFnm6BbcoyNMoq1wGf7mRBpG3eRc5EVcq3ETUkO4xQ==\n-----END RSA PRIVATE KEY-----"_s;
} // namespace

class tst_Redactor : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void credentialsRemoved_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<QString>("kind");

        QTest::newRow("authorization-header")
            << u"> Authorization: Bearer abcdefghijklmnop1234567890\n> Accept: */*"_s
            << u"> Authorization: Bearer [REDACTED bearer-token]\n> Accept: */*"_s << u"bearer-token"_s;
        QTest::newRow("jwt-in-log-line")
            << u"I1029 auth.go:12] token exchange with assertion "_s + kJwt + u" failed"_s
            << u"I1029 auth.go:12] token exchange with assertion [REDACTED jwt] failed"_s << u"jwt"_s;
        QTest::newRow("jwt-as-bearer") << u"Authorization: Bearer "_s + kJwt
                                       << u"Authorization: Bearer [REDACTED jwt]"_s << u"jwt"_s;
        QTest::newRow("client-secret-form-body")
            << u"client_id=11111111-2222-3333-4444-555555555555&client_secret=s3cr3t-Value_x&grant_type=client_credentials"_s
            << u"client_id=11111111-2222-3333-4444-555555555555&client_secret=[REDACTED client-secret]&grant_type=client_credentials"_s
            << u"client-secret"_s;
        QTest::newRow("entra-secret-shape") << u"secret=\"%1\" pod=default/app"_s.arg(kEntraSecret)
                                            << u"secret=\"[REDACTED client-secret]\" pod=default/app"_s
                                            << u"client-secret"_s;
        QTest::newRow("client-assertion-json") << u"{\"clientAssertion\": \"abc.def.ghi-not-a-jwt\"}"_s
                                               << u"{\"clientAssertion\": \"[REDACTED client-assertion]\"}"_s
                                               << u"client-assertion"_s;
        QTest::newRow("kubeconfig-key-data") << u"    client-key-data: LS0tLS1CRUdJTiBSU0EgUFJJVkFURSBLRVktLS0tLQo=\n"_s
                                             << u"    client-key-data: [REDACTED kubeconfig-credential]\n"_s
                                             << u"kubeconfig-credential"_s;
        QTest::newRow("kubeconfig-token") << u"users:\n- name: u\n  user:\n    token: 0123456789abcdef0123456789abcdef\n"_s
                                          << u"users:\n- name: u\n  user:\n    token: [REDACTED kubeconfig-credential]\n"_s
                                          << u"kubeconfig-credential"_s;
        QTest::newRow("private-key-block") << u"key:\n"_s + kPem + u"\nend"_s << u"key:\n[REDACTED private-key]\nend"_s
                                           << u"private-key"_s;
        QTest::newRow("sas-url") << u"GET https://acct.blob.core.windows.net/c/b?sv=2022-11-02&se=2026-01-01&sig=AbC%2Bdef%3D&sp=r"_s
                                 << u"GET https://acct.blob.core.windows.net/c/b?sv=2022-11-02&se=2026-01-01&sig=[REDACTED sas-signature]&sp=r"_s
                                 << u"sas-signature"_s;
        QTest::newRow("storage-key") << u"DefaultEndpointsProtocol=https;AccountName=a;AccountKey=QUJDREVGR0g=;EndpointSuffix=x"_s
                                     << u"DefaultEndpointsProtocol=https;AccountName=a;AccountKey=[REDACTED storage-key];EndpointSuffix=x"_s
                                     << u"storage-key"_s;
        QTest::newRow("key-vault-secret-bundle")
            << u"RESPONSE 200: {\"value\":\"s3cr3t \\\"quoted\\\" value\",\"id\":\"https://kv1.vault.azure.net/secrets/db-password/0123\"}"_s
            << u"RESPONSE 200: {\"value\":\"[REDACTED secret-value]\",\"id\":\"https://kv1.vault.azure.net/secrets/db-password/0123\"}"_s
            << u"secret-value"_s;
        QTest::newRow("password") << u"--password=hunter2 --user admin"_s << u"--password=[REDACTED password] --user admin"_s
                                  << u"password"_s;
    }
    void credentialsRemoved()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QFETCH(QString, kind);
        Redactor redactor;
        QCOMPARE(redactor.redact(input), expected);
        QVERIFY2(redactor.counts().value(kind) >= 1, qPrintable(kind));
        // Redacting twice changes nothing and counts nothing more.
        const int before = redactor.totalCount();
        QCOMPARE(redactor.redact(expected), expected);
        QCOMPARE(redactor.totalCount(), before);
    }

    void ordinaryTextUntouched_data()
    {
        QTest::addColumn<QString>("input");
        QTest::newRow("nmi-404") << u"E1029 17:37:42.461313       1 server.go:54] failed to get key vault token: nmi response "
                                    "failed with status code: 404, err: <nil>"_s;
        QTest::newRow("bearer-phrase") << u"the provider sends a bearer token to Key Vault"_s;
        QTest::newRow("token-word") << u"\"failed to acquire token\" err=\"context deadline exceeded\" token: refresh failed"_s;
        QTest::newRow("times-and-versions") << u"10:12:13 v1.4.1 code = DeadlineExceeded 2024-01-02T03:04:05Z"_s;
        QTest::newRow("guid-without-mask") << u"tenant 72f988bf-86f1-41af-91ab-2d7cd011db47 client 11111111-2222-3333-4444-555555555555"_s;
        QTest::newRow("ip-without-mask") << u"dial tcp 10.240.0.4:443: i/o timeout"_s;
        QTest::newRow("json-value-elsewhere") << u"{\"name\":\"x\",\"value\":\"kept\"}"_s;
        QTest::newRow("korean") << u"키 자격 증명 모음 토큰을 가져오지 못했습니다"_s;
    }
    void ordinaryTextUntouched()
    {
        QFETCH(QString, input);
        Redactor redactor;
        QCOMPARE(redactor.redact(input), input);
        QCOMPARE(redactor.totalCount(), 0);
    }

    void knownSecretsAndBase64()
    {
        Redactor redactor;
        redactor.addSecret(u"my-secret-value-42"_s);
        redactor.addSecret(u"ab"_s); // too short to redact safely: ignored
        const QString base64 = QString::fromLatin1(QByteArray("my-secret-value-42").toBase64());
        const QString out = redactor.redact(u"value=my-secret-value-42 data: "_s + base64 + u" about"_s);
        QCOMPARE(out, u"value=[REDACTED secret-value] data: [REDACTED secret-value] about"_s);
        QCOMPARE(redactor.counts().value(u"secret-value"_s), 2);
    }

    void masksWithStablePseudonyms()
    {
        Redactor redactor({.maskIpAddresses = true, .maskNodeNames = true, .maskIds = true});
        redactor.addNodeName(u"worker-custom-7"_s);
        const QString first = redactor.redact(
            u"node aks-nodepool1-12345678-vmss000001 (10.240.0.4) tenant 72F988BF-86F1-41AF-91AB-2D7CD011DB47 worker-custom-7"_s);
        QCOMPARE(first, u"node [node-1] ([ip-1]) tenant [id-1] [node-2]"_s);
        const QString second = redactor.redact(
            u"10.240.0.5 then 10.240.0.4 on aks-nodepool1-12345678-vmss000001, fe80::1:2:3 and 72f988bf-86f1-41af-91ab-2d7cd011db47 at 17:37:42"_s);
        QCOMPARE(second, u"[ip-2] then [ip-1] on [node-1], [ip-3] and [id-1] at 17:37:42"_s);
        QCOMPARE(redactor.counts().value(u"ip-address"_s), 4);
        QCOMPARE(redactor.counts().value(u"node-name"_s), 3);
        QCOMPARE(redactor.counts().value(u"id"_s), 2);
        QCOMPARE(redactor.summary().size(), 3);
    }

    void summaryNamesKinds()
    {
        Redactor redactor;
        redactor.redact(u"Authorization: Bearer "_s + kJwt + u" and client_secret=xyz12345"_s);
        const QStringList summary = redactor.summary();
        QCOMPARE(summary, (QStringList{u"Client secrets: 1"_s, u"JSON Web Tokens: 1"_s}));
    }
};

QTEST_GUILESS_MAIN(tst_Redactor)
#include "tst_redactor.moc"
