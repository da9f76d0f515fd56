// SPDX-License-Identifier: MIT
#include "core/report.h"

#include "../inventoryfixture.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace kvd;
using namespace Qt::StringLiterals;

namespace {

// A catalogue of its own, so the golden text does not change when the product's texts do.
const QByteArray kCatalogue = R"({"version": 1, "rules": [
 {"id": "aad-pod-identity-nmi-404", "severity": "error", "component": "provider", "priority": 80,
  "patterns": ["nmi response failed with status code: 404"],
  "title": {"en": "NMI has no identity for the pod", "ko": "NMI에 파드의 ID가 없음"},
  "explanation": {"en": "The pod identity was not assigned.", "ko": "파드 ID가 할당되지 않았습니다."},
  "fix": {"en": ["Check the AzureIdentityBinding selector.", "Read the MIC logs."], "ko": ["바인딩을 확인하세요.", "MIC 로그를 읽으세요."]},
  "docs": ["https://azure.github.io/aad-pod-identity/docs/"],
  "kubectl": ["kubectl get azureassignedidentity -A"]},
 {"id": "mount-rpc-deadline-exceeded", "severity": "warning", "component": "kubelet", "priority": 10,
  "patterns": ["DeadlineExceeded"],
  "title": {"en": "Mount timed out", "ko": "마운트 시간 초과"},
  "explanation": {"en": "The mount took too long.", "ko": "마운트가 너무 오래 걸렸습니다."},
  "fix": {"en": ["Look for the specific error."], "ko": ["구체적인 오류를 찾으세요."]},
  "docs": ["https://learn.microsoft.com/azure/aks/csi-secrets-store-driver"], "kubectl": ["kubectl describe pod <pod> -n <ns>"]}
]})";

const RuleCatalogue &catalogue()
{
    static const RuleCatalogue c = [] {
        RuleCatalogue cat;
        QString error;
        if (!cat.loadFromData(kCatalogue, u"test-catalogue.json"_s, &error))
            qFatal("test catalogue: %s", qPrintable(error));
        return cat;
    }();
    return c;
}

const QString kProviderSource = u"kube-system/secrets-store-provider-azure-abcde/provider-azure-installer"_s;

QList<QPair<qint64, QString>> fakeLog(const Evidence &e, int before, int after)
{
    QList<QPair<qint64, QString>> lines;
    for (qint64 n = std::max<qint64>(1, e.line - before); n <= e.line + after; ++n)
        lines.append({n, n == e.line ? e.text : u"I1128 10:00:%1.000000       1 main.go:1] line %2"_s.arg(int(n % 60), 2, 10, QLatin1Char('0')).arg(n)});
    return lines;
}

ReportInput sampleInput()
{
    ReportInput in;
    in.context = u"aks-prod"_s;
    in.server = u"https://aks-prod-dns-12345678.hcp.westeurope.azmk8s.io:443"_s;
    in.auth = u"exec: kubelogin"_s;
    in.kubernetesVersion = u"v1.30.5"_s;
    in.inventory = fixture::sampleInventory();
    in.catalogue = &catalogue();
    in.excerpt = fakeLog;
    in.generated = QDateTime(QDate(2026, 11, 29), QTime(8, 30), QTimeZone::UTC);

    Finding nmi;
    nmi.cause = u"aad-pod-identity-nmi-404"_s;
    nmi.severity = FindingSeverity::Error;
    nmi.count = 12;
    nmi.firstSeenUs = QDateTime(QDate(2026, 11, 28), QTime(9, 58), QTimeZone::UTC).toMSecsSinceEpoch() * 1000;
    nmi.lastSeenUs = QDateTime(QDate(2026, 11, 28), QTime(10, 1), QTimeZone::UTC).toMSecsSinceEpoch() * 1000;
    nmi.node = u"aks-shop-1"_s;
    nmi.contextCauses = {u"mount-rpc-deadline-exceeded"_s};
    Evidence e;
    e.kind = Evidence::Kind::LogLine;
    e.source = kProviderSource;
    e.line = 41;
    e.text = u"E1128 09:58:00.000000       1 server.go:54] failed to get key vault token: nmi response failed with status code: 404 | `x`"_s;
    e.timestampUs = nmi.firstSeenUs;
    e.node = u"aks-shop-1"_s;
    nmi.evidence = {e};
    in.findings = {nmi};
    in.collected = {{kProviderSource, u"log"_s, 1200, 180000, u"since 1h"_s}};
    return in;
}

ReportOptions fixedOptions()
{
    ReportOptions options;
    options.sections.environment = false; // machine dependent
    return options;
}

QString goldenPath(const QString &name)
{
    return QStringLiteral(KVDOCTOR_TEST_DATA "/report/") + name;
}

} // namespace

class tst_Report : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void markdownMatchesGolden()
    {
        const QString markdown = Report::toMarkdown(Report::build(sampleInput(), fixedOptions()));
        if (qEnvironmentVariableIsSet("KVDOCTOR_UPDATE_GOLDEN")) {
            QFile out(goldenPath(u"sample.md"_s));
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(markdown.toUtf8());
        }
        QFile golden(goldenPath(u"sample.md"_s));
        QVERIFY2(golden.open(QIODevice::ReadOnly), qPrintable(golden.fileName()));
        QCOMPARE(markdown, QString::fromUtf8(golden.readAll()));
    }

    void documentFields()
    {
        const QJsonObject r = Report::build(sampleInput(), fixedOptions());
        QCOMPARE(r.value(u"schema"_s).toString(), Report::schemaId);
        QCOMPARE(r.value(u"summary"_s)[u"verdict"_s].toString(), u"problems-found"_s);
        QCOMPARE(r.value(u"summary"_s)[u"topCause"_s].toString(), u"aad-pod-identity-nmi-404"_s);
        const QJsonObject f = r.value(u"findings"_s)[0].toObject();
        QCOMPARE(f.value(u"title"_s).toString(), u"NMI has no identity for the pod"_s);
        QCOMPARE(f.value(u"count"_s).toInteger(), 12);
        QCOMPARE(f.value(u"fix"_s).toArray().size(), 2);
        const QJsonObject ev = f.value(u"evidence"_s)[0].toObject();
        QCOMPARE(ev.value(u"line"_s).toInteger(), 41);
        QCOMPARE(ev.value(u"excerpt"_s).toArray().size(), 7); // 3 before, the line, 3 after
        const QJsonObject cluster = r.value(u"cluster"_s).toObject();
        QCOMPARE(cluster.value(u"nodes"_s).toInt(), 4);
        QCOMPARE(cluster.value(u"csiDriver"_s).toBool(), true);
        QCOMPARE(r.value(u"failingPods"_s).toArray().size(), 1);
        QCOMPARE(r.value(u"failingPods"_s)[0][u"name"_s].toString(), u"cart-2"_s);
        QVERIFY(!r.contains(u"environment"_s));
        QVERIFY(!r.contains(u"connectivityTest"_s));
        // The JSON export is the document itself.
        QCOMPARE(QJsonDocument::fromJson(Report::toJson(r)).object(), r);
    }

    void koreanRuleTexts()
    {
        ReportOptions options = fixedOptions();
        options.language = u"ko"_s;
        const QJsonObject r = Report::build(sampleInput(), options);
        QCOMPARE(r.value(u"findings"_s)[0][u"title"_s].toString(), u"NMI에 파드의 ID가 없음"_s);
        QVERIFY(Report::toHtml(r).contains(u"NMI에 파드의 ID가 없음"_s));
    }

    void sectionsCanBeLeftOut()
    {
        ReportOptions options = fixedOptions();
        options.sections = {};
        options.sections.findings = true;
        options.sections.cluster = false;
        options.sections.failingPods = false;
        options.sections.secretProviderClasses = false;
        options.sections.timeline = false;
        options.sections.collected = false;
        const QJsonObject r = Report::build(sampleInput(), options);
        for (const char *key : {"cluster", "failingPods", "secretProviderClasses", "timeline", "collected"})
            QVERIFY2(!r.contains(QLatin1String(key)), key);
        QVERIFY(r.contains(u"findings"_s));
        QVERIFY(r.contains(u"redaction"_s)); // always says what was redacted
        QVERIFY(!Report::toMarkdown(r).contains(u"## Cluster"_s));
    }

    void noProblem()
    {
        ReportInput in = sampleInput();
        in.findings.clear();
        const QJsonObject r = Report::build(in, fixedOptions());
        QCOMPARE(r.value(u"summary"_s)[u"verdict"_s].toString(), u"no-problem-found"_s);
        QVERIFY(Report::toMarkdown(r).contains(u"No known problem was recognised"_s));
    }

    void secretsNeverExported_data()
    {
        QTest::addColumn<QString>("where");
        QTest::addColumn<QString>("secret");
        const QString jwt = u"eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJzeXN0ZW06c2VydmljZWFjY291bnQ6ZGVmYXVsdDp3b3JrbG9hZCJ9.ZmFrZXNpZ25hdHVyZQ"_s;
        QTest::newRow("jwt-in-evidence") << u"evidence"_s << jwt;
        QTest::newRow("jwt-in-event") << u"event"_s << jwt;
        QTest::newRow("client-secret-in-excerpt") << u"excerpt"_s << u"client_secret=Zx9Q~abcdefghijklmnopqrstuvwxyz01234"_s;
        QTest::newRow("known-value-in-spc") << u"spc"_s << u"the-secret-value-from-key-vault"_s;
        QTest::newRow("bearer-in-probe") << u"probe"_s << u"Authorization: Bearer abcdefghijklmnopqrstuvwxyz0123456789"_s;
        QTest::newRow("kubeconfig-key-in-collected") << u"collected"_s << u"client-key-data: LS0tLS1CRUdJTiBQUklWQVRFIEtFWS0tLS0tCg=="_s;
    }
    void secretsNeverExported()
    {
        QFETCH(QString, where);
        QFETCH(QString, secret);
        ReportInput in = sampleInput();
        // The part after the first "=", ": " or "Bearer " is what must disappear.
        const QRegularExpressionMatch separator = QRegularExpression(u"=|: |Bearer "_s).match(secret);
        const QString value = separator.hasMatch() ? secret.mid(separator.capturedEnd()) : secret;
        QVERIFY(value.size() >= 16);
        in.knownSecrets = {u"the-secret-value-from-key-vault"_s};
        if (where == u"evidence"_s) {
            in.findings[0].evidence[0].text += u" assertion="_s + secret;
        } else if (where == u"event"_s) {
            in.inventory->nodes[1].apps[1].events[0].message += u" token "_s + secret;
        } else if (where == u"excerpt"_s) {
            in.excerpt = [secret](const Evidence &e, int, int) {
                return QList<QPair<qint64, QString>>{{e.line - 1, u"POST /token body: "_s + secret}, {e.line, e.text}};
            };
        } else if (where == u"spc"_s) {
            in.inventory->secretProviderClasses[0].parameters.insert(u"note"_s, secret);
        } else if (where == u"probe"_s) {
            in.connectivity = QJsonObject{{u"verdict"_s, u"fail"_s},
                                          {u"results"_s, QJsonArray{QJsonObject{{u"stepId"_s, u"token"_s},
                                                                                {u"verdict"_s, u"fail"_s},
                                                                                {u"actual"_s, QString(u"> "_s + secret)}}}}};
        } else if (where == u"collected"_s) {
            in.collected.append({u"kubeconfig "_s + secret, u"file"_s, 1, 10, {}});
        }
        Redactor redactor;
        const QJsonObject r = Report::build(in, fixedOptions(), &redactor);
        const QString formats[] = {Report::toMarkdown(r), Report::toHtml(r), QString::fromUtf8(Report::toJson(r)),
                                   Report::summaryMarkdown(r)};
        for (const QString &text : formats) {
            QVERIFY2(!text.contains(value), qPrintable(where));
            QVERIFY(text.contains(u"NMI has no identity for the pod"_s)); // the finding survives
        }
        QVERIFY(redactor.totalCount() > 0);
        QVERIFY(!r.value(u"redaction"_s)[u"removed"_s].toArray().isEmpty());
    }

    void masksAreStable()
    {
        ReportOptions options = fixedOptions();
        options.redaction.maskNodeNames = true;
        options.maskServer = true;
        const QJsonObject r = Report::build(sampleInput(), options);
        const QString md = Report::toMarkdown(r);
        QVERIFY(!md.contains(u"aks-shop-1"_s));
        QVERIFY(!md.contains(u"hcp.westeurope"_s));
        // The finding's node and the failing pod's node are the same pseudonym.
        QCOMPARE(r.value(u"findings"_s)[0][u"node"_s].toString(), r.value(u"failingPods"_s)[0][u"node"_s].toString());
    }

    void htmlIsSelfContainedAndEscaped()
    {
        ReportInput in = sampleInput();
        in.findings[0].evidence[0].text += u" <script>alert(1)</script>"_s;
        const QString html = Report::toHtml(Report::build(in, fixedOptions()));
        QVERIFY(!html.contains(u"<script"_s));
        QVERIFY(html.contains(u"&lt;script&gt;"_s));
        QVERIFY(!html.contains(u"src="_s));
        QVERIFY(!html.contains(u"<link"_s));
        QVERIFY(html.contains(u"<mark>"_s)); // the evidence line in its excerpt
    }

    void formatForPath_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("format");
        QTest::newRow("md") << u"case.md"_s << u"md"_s;
        QTest::newRow("html-upper") << u"C:/Users/a/Report.HTML"_s << u"html"_s;
        QTest::newRow("pdf") << u"r.pdf"_s << u"pdf"_s;
        QTest::newRow("json") << u"dir.v2/r.json"_s << u"json"_s;
        QTest::newRow("zip") << u"bundle.zip"_s << u"zip"_s;
        QTest::newRow("unknown") << u"r.docx"_s << QString();
        QTest::newRow("none") << u"report"_s << QString();
    }
    void formatForPath()
    {
        QFETCH(QString, path);
        QFETCH(QString, format);
        QCOMPARE(Report::formatForPath(path), format);
    }

    void atomicWrite()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"report.md"_s);
        QString error;
        QVERIFY(writeFileAtomically(path, "first", &error));
        // A directory in the way: the write fails with a message naming the file, nothing half-written.
        const QString blocked = dir.filePath(u"sub"_s);
        QVERIFY(QDir(dir.path()).mkdir(u"sub"_s));
        QVERIFY(!writeFileAtomically(blocked, "second", &error));
        QVERIFY2(error.contains(u"sub"_s), qPrintable(error));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("first"));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{u"report.md"_s});
    }
};

QTEST_GUILESS_MAIN(tst_Report)
#include "tst_report.moc"
