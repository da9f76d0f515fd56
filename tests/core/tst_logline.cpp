// SPDX-License-Identifier: MIT
#include "core/logline.h"
#include "fuzz/fuzzregressions.h"

#include <QFile>
#include <QTest>

using namespace kvd;
using namespace Qt::StringLiterals;

class TstLogLine : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parse_data();
    void parse();
    void excerpts_data();
    void excerpts();
    void badInput_data();
    void badInput();
    void quickMatchesFull_data();
    void quickMatchesFull();
    void fuzzRegressions_data();
    void fuzzRegressions();
};

static qint64 us(int y, int mo, int d, int h, int mi, int s, int micros)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s), QTimeZone::UTC).toMSecsSinceEpoch() * 1000 + micros;
}

void TstLogLine::parse_data()
{
    QTest::addColumn<QByteArray>("raw");
    QTest::addColumn<int>("format");
    QTest::addColumn<int>("severity");
    QTest::addColumn<qint64>("time");
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("fileLine");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("firstField");

    QTest::newRow("klog-error") << QByteArray("E0729 18:51:37.409343       1 utils.go:79] GRPC error: failed to mount")
                                << int(LogFormat::Klog) << int(LogSeverity::Error) << us(2024, 7, 29, 18, 51, 37, 409343)
                                << u"utils.go"_s << 79 << u"GRPC error: failed to mount"_s << QString();
    QTest::newRow("klog-structured") << QByteArray(R"(I0729 18:44:33.480050       1 provider.go:302] "added file to the gRPC response" file="test" pod="default/busybox")")
                                     << int(LogFormat::Klog) << int(LogSeverity::Info) << us(2024, 7, 29, 18, 44, 33, 480050)
                                     << u"provider.go"_s << 302 << u"added file to the gRPC response"_s << u"file=test"_s;
    QTest::newRow("klog-windows-pid") << QByteArray("W0303 07:36:57.612184   14532 server.go:150] slow")
                                      << int(LogFormat::Klog) << int(LogSeverity::Warning) << us(2024, 3, 3, 7, 36, 57, 612184)
                                      << u"server.go"_s << 150 << u"slow"_s << QString();
    QTest::newRow("kubectl-timestamps") << QByteArray("2024-05-01T10:00:00.123456789Z F0501 09:59:59.000001       1 main.go:1] boom")
                                        << int(LogFormat::Klog) << int(LogSeverity::Fatal) << us(2024, 5, 1, 10, 0, 0, 123456)
                                        << u"main.go"_s << 1 << u"boom"_s << QString();
    QTest::newRow("container-prefix") << QByteArray(R"(secrets-store E0909 07:37:48.739455       1 c.go:243] "failed to get pod" err="Pod \"x\" not found")")
                                      << int(LogFormat::Klog) << int(LogSeverity::Error) << us(2024, 9, 9, 7, 37, 48, 739455)
                                      << u"c.go"_s << 243 << u"failed to get pod"_s << u"err=Pod \"x\" not found"_s;
    QTest::newRow("json") << QByteArray(R"({"level":"error","timestamp":"2023-01-12T18:13:32.210242Z","caller":"a.go:35$m.F","message":"starting manager\n","backend":"prometheus"})")
                          << int(LogFormat::Json) << int(LogSeverity::Error) << us(2023, 1, 12, 18, 13, 32, 210242)
                          << u"a.go:35$m.F"_s << 0 << u"starting manager\n"_s << u"backend=prometheus"_s;
    QTest::newRow("json-ts-number") << QByteArray(R"({"level":"warn","ts":1700000000.5,"msg":"m"})")
                                    << int(LogFormat::Json) << int(LogSeverity::Warning) << qint64(1700000000500000)
                                    << QString() << 0 << u"m"_s << QString();
    QTest::newRow("logrus") << QByteArray(R"(time="2020-09-23T14:52:36Z" level=debug msg="GRPC response: {\"ready\":true}")")
                            << int(LogFormat::Logrus) << int(LogSeverity::Debug) << us(2020, 9, 23, 14, 52, 36, 0)
                            << QString() << 0 << u"GRPC response: {\"ready\":true}"_s << u"time=2020-09-23T14:52:36Z"_s;
    QTest::newRow("plain") << QByteArray("k logs -n kube-system pod --all-containers") << int(LogFormat::Plain)
                           << int(LogSeverity::Unknown) << qint64(0) << QString() << 0
                           << u"k logs -n kube-system pod --all-containers"_s << QString();
    QTest::newRow("klog-continuation") << QByteArray(" > pod=\"a/b\"") << int(LogFormat::Plain) << int(LogSeverity::Unknown)
                                       << qint64(0) << QString() << 0 << u" > pod=\"a/b\""_s << QString();
    QTest::newRow("not-json") << QByteArray("{broken json") << int(LogFormat::Plain) << int(LogSeverity::Unknown) << qint64(0)
                              << QString() << 0 << u"{broken json"_s << QString();
    QTest::newRow("klog-bad-date") << QByteArray("E1399 18:51:37.409343       1 u.go:79] x") << int(LogFormat::Klog)
                                   << int(LogSeverity::Error) << qint64(0) << u"u.go"_s << 79 << u"x"_s << QString();
}

void TstLogLine::parse()
{
    QFETCH(QByteArray, raw);
    QFETCH(int, format);
    QFETCH(int, severity);
    QFETCH(qint64, time);
    QFETCH(QString, file);
    QFETCH(int, fileLine);
    QFETCH(QString, message);
    QFETCH(QString, firstField);
    const LogLine line = parseLogLine(raw, 2024);
    QCOMPARE(int(line.format), format);
    QCOMPARE(int(line.severity), severity);
    QCOMPARE(line.timestampUs, time);
    QCOMPARE(line.sourceFile, file);
    QCOMPARE(line.sourceLine, fileLine);
    QCOMPARE(line.message, message);
    QCOMPARE(line.text, QString::fromUtf8(raw));
    if (!firstField.isEmpty()) {
        QVERIFY(!line.fields.isEmpty());
        QCOMPARE(line.fields.first().first + u'=' + line.fields.first().second, firstField);
    }
}

void TstLogLine::excerpts_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("format");
    QTest::addColumn<int>("errors");
    QTest::addColumn<int>("stamped");
    QTest::addColumn<int>("lines");
    QTest::newRow("01-nodedriverregistrar-startup-v1.2") << u"01-nodedriverregistrar-startup-v1.2.log"_s << int(LogFormat::Klog) << 0 << 11 << 11;
    QTest::newRow("02-driver-allcontainers") << u"02-driver-allcontainers-v0.0.23.log"_s << int(LogFormat::Klog) << 0 << 12 << 13;
    QTest::newRow("03-driver-klog-startup") << u"03-driver-klog-startup-pr365.log"_s << int(LogFormat::Klog) << 0 << 13 << 13;
    QTest::newRow("04-driver-json-startup") << u"04-driver-json-startup-pr1134.log"_s << int(LogFormat::Json) << 0 << 5 << 5;
    QTest::newRow("06-driver-mount-retries") << u"06-driver-mount-retries-then-success.log"_s << int(LogFormat::Klog) << 2 << 5 << 5;
    QTest::newRow("07-provider-multiline") << u"07-provider-verbose-multiline-values.log"_s << int(LogFormat::Klog) << 0 << 6 << 14;
    QTest::newRow("09-driver-logrus") << u"09-driver-legacy-logrus-grpc.log"_s << int(LogFormat::Logrus) << 0 << 6 << 6;
    QTest::newRow("10-driver-spcps-prefixed") << u"10-driver-spcps-pod-not-found.log"_s << int(LogFormat::Klog) << 3 << 4 << 4;
}

void TstLogLine::excerpts()
{
    QFETCH(QString, file);
    QFETCH(int, format);
    QFETCH(int, errors);
    QFETCH(int, stamped);
    QFETCH(int, lines);
    QFile f(QStringLiteral(KVDOCTOR_TEST_DATA "/logs/") + file);
    QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(f.fileName()));
    const QList<QByteArray> raw = f.readAll().split('\n');
    int e = 0, s = 0, n = 0;
    for (const QByteArray &r : raw) {
        if (r.isEmpty())
            continue;
        ++n;
        const LogLine line = parseLogLine(r, 2024);
        if (line.severity >= LogSeverity::Error)
            ++e;
        if (line.hasTimestamp()) {
            ++s;
            QCOMPARE(int(line.format), format);
        }
        QCOMPARE(quickSeverity(r), line.severity);
    }
    QCOMPARE(n, lines);
    QCOMPARE(e, errors);
    QCOMPARE(s, stamped);
}

void TstLogLine::badInput_data()
{
    QTest::addColumn<QByteArray>("raw");
    QTest::addColumn<QString>("shown");
    QTest::newRow("invalid-utf8") << QByteArray("E0101 00:00:00.000000       1 a.go:1] bad \xff\xfe bytes")
                                  << QStringLiteral("E0101 00:00:00.000000       1 a.go:1] bad \uFFFD\uFFFD bytes");
    QTest::newRow("binary-garbage") << QByteArray("\x00\x01\x02\x1b[31mred", 11) << QStringLiteral("\u2400\u2401\u2402\u241b[31mred");
    QTest::newRow("crlf") << QByteArray("I0101 00:00:00.000000       1 a.go:1] windows\r") << u"I0101 00:00:00.000000       1 a.go:1] windows"_s;
    QTest::newRow("truncated-klog") << QByteArray("E0101 00:00") << u"E0101 00:00"_s;
    QTest::newRow("truncated-timestamp") << QByteArray("2024-05-01T10:00") << u"2024-05-01T10:00"_s;
    QTest::newRow("empty") << QByteArray() << QString();
    QTest::newRow("lone-brace") << QByteArray("{") << u"{"_s;
    QTest::newRow("unterminated-quote") << QByteArray("I0101 00:00:00.000000       1 a.go:1] \"never closed key=\"v")
                                        << u"I0101 00:00:00.000000       1 a.go:1] \"never closed key=\"v"_s;
    QTest::newRow("logrus-unterminated") << QByteArray("level=\"") << u"level=\""_s;
}

void TstLogLine::badInput()
{
    QFETCH(QByteArray, raw);
    QFETCH(QString, shown);
    const LogLine line = parseLogLine(raw, 2024);
    QCOMPARE(line.text, shown);
    quickSeverity(raw);
    quickTimestamp(raw, 2024);
}

void TstLogLine::quickMatchesFull_data()
{
    QTest::addColumn<QByteArray>("raw");
    QTest::newRow("klog") << QByteArray("E0729 18:51:37.409343       1 utils.go:79] x");
    QTest::newRow("kubectl-prefix") << QByteArray("2024-05-01T10:00:00.5+02:00 I0501 09:59:59.000001       1 main.go:1] x");
    QTest::newRow("json") << QByteArray(R"({"level":"info","timestamp":"2023-01-12T18:13:32.210242Z","message":"m"})");
    QTest::newRow("logrus") << QByteArray(R"(time="2020-09-23T14:52:36Z" level=error msg="x")");
    QTest::newRow("megabyte-line") << (QByteArray("W0101 00:00:01.000000       1 a.go:1] ") + QByteArray(4 << 20, 'x'));
}

void TstLogLine::quickMatchesFull()
{
    QFETCH(QByteArray, raw);
    const LogLine line = parseLogLine(raw, 2024);
    QVERIFY(line.hasTimestamp());
    QCOMPARE(quickTimestamp(raw, 2024), line.timestampUs);
    QCOMPARE(quickSeverity(raw), line.severity);
    QCOMPARE(line.text.size(), raw.size());
}

// Inputs fuzz_logline crashed on (first byte: reference year - 1970, then lines).
void TstLogLine::fuzzRegressions_data()
{
    kvd::fuzz::addRegressionRows("fuzz_logline");
}

void TstLogLine::fuzzRegressions()
{
    QFETCH(QByteArray, input);
    QVERIFY(!input.isEmpty());
    const int year = 1970 + quint8(input.at(0));
    // Years 1..9999: a time stamp outside is garbage that must read as "no time stamp".
    const qint64 lowest = -62135596800LL * 1000000, highest = 253402300800LL * 1000000;
    for (const QByteArray &raw : input.split('\n')) {
        const LogLine line = parseLogLine(raw, year);
        QVERIFY(line.text.size() <= raw.size());
        QVERIFY2(line.timestampUs >= lowest && line.timestampUs < highest, raw.constData());
        const qint64 quick = quickTimestamp(raw, year);
        QVERIFY2(quick >= lowest && quick < highest, raw.constData());
        quickSeverity(raw);
    }
}

QTEST_GUILESS_MAIN(TstLogLine)
#include "tst_logline.moc"
