// SPDX-License-Identifier: MIT
#include "models/reportexport.h"

#include "core/report.h"

#include <KZip>

#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace kvd;
using namespace Qt::StringLiterals;

namespace {

const QString kJwt = u"eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJzeXN0ZW06c2VydmljZWFjY291bnQ6ZGVmYXVsdDp3b3JrbG9hZCJ9.ZmFrZXNpZ25hdHVyZQ"_s;
const QString kSecretValue = u"planted-secret-value-0042"_s;

QJsonObject sampleReport(Redactor &redactor, const QString &language = u"en"_s)
{
    ReportInput in;
    in.title = language == u"ko"_s ? u"키 자격 증명 모음 진단 보고서"_s : u"Case 1234"_s;
    in.context = u"aks-prod"_s;
    in.knownSecrets = {kSecretValue};
    Finding f;
    f.cause = u"aad-pod-identity-nmi-404"_s;
    f.count = 3;
    Evidence e;
    e.source = u"provider.log"_s;
    e.line = 7;
    e.text = u"E1128 nmi response failed with status code: 404 token="_s + kJwt + u" value "_s + kSecretValue;
    f.evidence = {e};
    in.findings = {f};
    ReportOptions options;
    options.language = language;
    options.sections.environment = false;
    return Report::build(in, options, &redactor);
}

QString pdfText(const QByteArray &pdf)
{
    const QString tool = QStandardPaths::findExecutable(u"pdftotext"_s);
    if (tool.isEmpty())
        return {};
    QProcess p;
    p.start(tool, {u"-enc"_s, u"UTF-8"_s, u"-"_s, u"-"_s});
    p.write(pdf);
    p.closeWriteChannel();
    p.waitForFinished(60000);
    return QString::fromUtf8(p.readAllStandardOutput());
}

} // namespace

class tst_ReportExport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void pdfHasTextAndNoSecrets_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("title");
        QTest::newRow("english") << u"en"_s << u"Case 1234"_s;
        QTest::newRow("korean") << u"ko"_s << u"키 자격 증명 모음 진단 보고서"_s;
    }
    void pdfHasTextAndNoSecrets()
    {
        QFETCH(QString, language);
        QFETCH(QString, title);
        if (QStandardPaths::findExecutable(u"pdftotext"_s).isEmpty())
            QSKIP("pdftotext (poppler-utils) is not installed");
        Redactor redactor;
        QString error;
        const QByteArray pdf = ReportExport::toPdf(sampleReport(redactor, language), &error);
        QVERIFY2(pdf.startsWith("%PDF-"), qPrintable(error));
        const QString text = pdfText(pdf);
        // Korean glyphs come out as Korean text, not boxes: the font fallback found a CJK font.
        QVERIFY2(text.simplified().contains(title), qPrintable(text.left(1200)));
        QVERIFY(text.contains(u"aad-pod-identity-nmi-404"_s));
        QVERIFY(!text.contains(kSecretValue));
        QVERIFY(!text.contains(kJwt.left(40)));
    }

    void writeEveryFormat_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QByteArray>("magic");
        QTest::newRow("md") << u"r.md"_s << QByteArray("# Case 1234");
        QTest::newRow("html") << u"r.html"_s << QByteArray("<!DOCTYPE html>");
        QTest::newRow("json") << u"r.json"_s << QByteArray("{");
        QTest::newRow("pdf") << u"r.pdf"_s << QByteArray("%PDF-");
        QTest::newRow("zip") << u"r.zip"_s << QByteArray("PK");
    }
    void writeEveryFormat()
    {
        QFETCH(QString, file);
        QFETCH(QByteArray, magic);
        QTemporaryDir dir;
        Redactor redactor;
        const QJsonObject report = sampleReport(redactor);
        QString error;
        const QString path = dir.filePath(file);
        QVERIFY2(ReportExport::writeReport(path, report, {}, redactor, &error), qPrintable(error));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray data = f.readAll();
        QVERIFY(data.startsWith(magic));
        if (magic != "%PDF-" && magic != "PK") {
            QVERIFY(!data.contains(kSecretValue.toUtf8()));
            QVERIFY(!data.contains(kJwt.toUtf8()));
            QVERIFY(data.contains("aad-pod-identity-nmi-404"));
        }
    }

    void unknownFormatIsAnError()
    {
        QTemporaryDir dir;
        Redactor redactor;
        QString error;
        QVERIFY(!ReportExport::writeReport(dir.filePath(u"r.docx"_s), sampleReport(redactor), {}, redactor, &error));
        QVERIFY2(error.contains(u".docx"_s) || error.contains(u"r.docx"_s), qPrintable(error));
        QVERIFY(QDir(dir.path()).isEmpty());
    }

    void bundleHoldsRedactedLogs()
    {
        QTemporaryDir dir;
        const QString logPath = dir.filePath(u"provider.log"_s);
        {
            QFile log(logPath);
            QVERIFY(log.open(QIODevice::WriteOnly));
            for (int i = 0; i < 20000; ++i)
                log.write("I1128 10:00:00.000000 1 main.go:1] healthy line " + QByteArray::number(i) + '\n');
            log.write("E1128 10:00:01.000000 1 auth.go:9] Authorization: Bearer " + kJwt.toUtf8() + '\n');
            log.write("E1128 10:00:02.000000 1 auth.go:9] value " + kSecretValue.toUtf8()); // no final newline
        }
        Redactor redactor;
        const QJsonObject report = sampleReport(redactor);
        const QList<BundleLog> logs{{u"aks-node-1/provider.log"_s, logPath, {}},
                                    {u"events.txt"_s, {}, "Warning FailedMount token=" + kJwt.toUtf8() + '\n'}};
        const QString path = dir.filePath(u"bundle.zip"_s);
        QString error;
        QVERIFY2(ReportExport::writeBundle(path, report, logs, redactor, &error), qPrintable(error));

        KZip zip(path);
        QVERIFY(zip.open(QIODevice::ReadOnly));
        const KArchiveDirectory *root = zip.directory();
        for (const QString &name : {u"report.md"_s, u"report.html"_s, u"report.json"_s, u"report.pdf"_s,
                                    u"logs/aks-node-1/provider.log"_s, u"logs/events.txt"_s}) {
            const KArchiveFile *entry = root->file(name);
            QVERIFY2(entry, qPrintable(name));
            const QByteArray data = entry->data();
            QVERIFY2(!data.contains(kSecretValue.toUtf8()), qPrintable(name));
            QVERIFY2(!data.contains(kJwt.toUtf8()), qPrintable(name));
        }
        const QByteArray log = root->file(u"logs/aks-node-1/provider.log"_s)->data();
        QCOMPARE(log.count('\n'), 20001);             // every line kept
        QVERIFY(log.contains("healthy line 19999\n"));
        QVERIFY(log.endsWith("value [REDACTED secret-value]"));
    }

    void cancelledBundleLeavesTargetUntouched()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"bundle.zip"_s);
        {
            QFile old(path);
            QVERIFY(old.open(QIODevice::WriteOnly));
            old.write("previous bundle");
        }
        Redactor redactor;
        QString error;
        const QList<BundleLog> logs{{u"a.log"_s, {}, "a\n"}, {u"b.log"_s, {}, "b\n"}};
        QVERIFY(!ReportExport::writeBundle(path, sampleReport(redactor), logs, redactor, &error,
                                           [](int done, int) { return done < 1; }));
        QVERIFY(!error.isEmpty());
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("previous bundle"));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{u"bundle.zip"_s});
    }

    void unreadableLogFails()
    {
        QTemporaryDir dir;
        Redactor redactor;
        QString error;
        const QString path = dir.filePath(u"bundle.zip"_s);
        QVERIFY(!ReportExport::writeBundle(path, sampleReport(redactor), {{u"x.log"_s, dir.filePath(u"missing.log"_s), {}}},
                                           redactor, &error));
        QVERIFY2(error.contains(u"missing.log"_s), qPrintable(error));
        QVERIFY(!QFile::exists(path));
    }
};

QTEST_MAIN(tst_ReportExport)
#include "tst_reportexport.moc"
