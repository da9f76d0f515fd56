// SPDX-License-Identifier: MIT
#include "kube/streamframing.h"
#include "kube/kubewatch.h"

#include <QTest>

using namespace kvd;

class TestStreamFraming : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void lines_data();
    void lines();
    void lineLimit();
    void watchEvent_data();
    void watchEvent();
    void frames();
    void exitStatus_data();
    void exitStatus();
};

void TestStreamFraming::lines_data()
{
    QTest::addColumn<QList<QByteArray>>("chunks");
    QTest::addColumn<QList<QByteArray>>("expected");
    QTest::addColumn<QByteArray>("remainder");

    QTest::newRow("one event per chunk") << QList<QByteArray>{"{\"a\":1}\n", "{\"b\":2}\n"}
                                         << QList<QByteArray>{"{\"a\":1}", "{\"b\":2}"} << QByteArray();
    QTest::newRow("two events in one chunk") << QList<QByteArray>{"{\"a\":1}\n{\"b\":2}\n"}
                                             << QList<QByteArray>{"{\"a\":1}", "{\"b\":2}"} << QByteArray();
    QTest::newRow("event split across three reads") << QList<QByteArray>{"{\"ty", "pe\":\"ADD", "ED\"}\n{\"x"}
                                                    << QList<QByteArray>{"{\"type\":\"ADDED\"}"} << QByteArray("{\"x");
    QTest::newRow("CRLF and blank lines") << QList<QByteArray>{"a\r\n\n\r\nb\r", "\n"}
                                          << QList<QByteArray>{"a", "b"} << QByteArray();
    QTest::newRow("newline alone in a chunk") << QList<QByteArray>{"abc", "\n", "def"}
                                              << QList<QByteArray>{"abc"} << QByteArray("def");
    QTest::newRow("no newline at end") << QList<QByteArray>{"last line"} << QList<QByteArray>{} << QByteArray("last line");
}

void TestStreamFraming::lines()
{
    QFETCH(QList<QByteArray>, chunks);
    QFETCH(QList<QByteArray>, expected);
    QFETCH(QByteArray, remainder);
    LineSplitter splitter;
    QList<QByteArray> lines;
    for (const QByteArray &chunk : chunks)
        QVERIFY(splitter.feed(chunk, &lines));
    QCOMPARE(lines, expected);
    QCOMPARE(splitter.takeRemainder(), remainder);
    QCOMPARE(splitter.pending(), 0);
}

void TestStreamFraming::lineLimit()
{
    LineSplitter splitter(10);
    QList<QByteArray> lines;
    QVERIFY(splitter.feed("12345", &lines));
    QVERIFY(!splitter.feed("678901234", &lines));
    QCOMPARE(splitter.pending(), 0);
    QVERIFY(splitter.feed("ok\n", &lines));
    QCOMPARE(lines, QList<QByteArray>{"ok"});
}

void TestStreamFraming::watchEvent_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<int>("type");
    QTest::addColumn<QString>("resourceVersion");

    QTest::newRow("ADDED pod") << QByteArray(R"({"type":"ADDED","object":{"kind":"Pod","metadata":{"name":"p","resourceVersion":"42"}}})")
                               << true << int(WatchEvent::Type::Added) << "42";
    QTest::newRow("BOOKMARK") << QByteArray(R"({"type":"BOOKMARK","object":{"kind":"Pod","apiVersion":"v1","metadata":{"resourceVersion":"99","annotations":{"k8s.io/initial-events-end":"true"}}}})")
                              << true << int(WatchEvent::Type::Bookmark) << "99";
    QTest::newRow("ERROR 410") << QByteArray(R"j({"type":"ERROR","object":{"kind":"Status","apiVersion":"v1","metadata":{},"status":"Failure","message":"too old resource version: 1 (2692711)","reason":"Expired","code":410}})j")
                               << true << int(WatchEvent::Type::Error) << "";
    QTest::newRow("DELETED") << QByteArray(R"({"type":"DELETED","object":{"metadata":{"name":"p","resourceVersion":"43"}}})")
                             << true << int(WatchEvent::Type::Deleted) << "43";
    QTest::newRow("unknown type") << QByteArray(R"({"type":"RENAMED","object":{}})") << false << 0 << "";
    QTest::newRow("truncated") << QByteArray(R"({"type":"ADDED","object":{"metadata":)") << false << 0 << "";
}

void TestStreamFraming::watchEvent()
{
    QFETCH(QByteArray, line);
    QFETCH(bool, ok);
    QFETCH(int, type);
    QFETCH(QString, resourceVersion);
    QString error;
    const auto event = parseWatchEvent(line, &error);
    QCOMPARE(bool(event), ok);
    if (!ok) {
        QVERIFY(!error.isEmpty());
        return;
    }
    QCOMPARE(int(event->type), type);
    QCOMPARE(event->resourceVersion, resourceVersion);
    QVERIFY(event->json().contains(QLatin1String("metadata")));
}

void TestStreamFraming::frames()
{
    QCOMPARE(execchannel::encode(execchannel::Stdin, "ls\n"), QByteArray("\x00ls\n", 4));
    QCOMPARE(execchannel::encodeClose(), QByteArray("\xff\x00", 2));
    QCOMPARE(execchannel::encodeResize(80, 24), QByteArray("\x04{\"Width\":80,\"Height\":24}"));
    QVERIFY(!execchannel::decode(QByteArray()));
    const auto ready = execchannel::decode(QByteArray("\x01", 1));
    QVERIFY(ready);
    QCOMPARE(ready->channel, quint8(1));
    QVERIFY(ready->payload.isEmpty());
    const auto err = execchannel::decode(QByteArray("\x02oops"));
    QCOMPARE(err->channel, quint8(2));
    QCOMPARE(err->payload, QByteArray("oops"));
    const auto high = execchannel::decode(QByteArray("\xfe\x01\x02", 3));
    QCOMPARE(high->channel, quint8(254));
    QCOMPARE(high->payload, QByteArray("\x01\x02", 2));
}

void TestStreamFraming::exitStatus_data()
{
    QTest::addColumn<QByteArray>("status");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<bool>("success");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");

    QTest::newRow("empty stream means success") << QByteArray() << true << true << 0 << "";
    QTest::newRow("Success") << QByteArray(R"({"metadata":{},"status":"Success"})") << true << true << 0 << "";
    QTest::newRow("exit 3")
        << QByteArray(R"({"metadata":{},"status":"Failure","message":"command terminated with non-zero exit code: error executing command [sh -c exit 3], exit code 3","reason":"NonZeroExitCode","details":{"causes":[{"reason":"ExitCode","message":"3"}]}})")
        << true << false << 3 << "command terminated with non-zero exit code: error executing command [sh -c exit 3], exit code 3";
    QTest::newRow("exit 255") << QByteArray(R"({"status":"Failure","reason":"NonZeroExitCode","details":{"causes":[{"reason":"ExitCode","message":"255"}]}})")
                              << true << false << 255 << "";
    QTest::newRow("executable not found")
        << QByteArray(R"({"metadata":{},"status":"Failure","message":"exec: \"bash\": executable file not found in $PATH","reason":"InternalError","code":500})")
        << true << false << -1 << "exec: \"bash\": executable file not found in $PATH";
    QTest::newRow("NonZeroExitCode without cause") << QByteArray(R"({"status":"Failure","reason":"NonZeroExitCode","message":"x"})")
                                                   << false << false << 0 << "";
    QTest::newRow("exit code out of range") << QByteArray(R"({"status":"Failure","reason":"NonZeroExitCode","details":{"causes":[{"reason":"ExitCode","message":"300"}]}})")
                                            << false << false << 0 << "";
    QTest::newRow("garbage") << QByteArray("not json") << false << false << 0 << "";
}

void TestStreamFraming::exitStatus()
{
    QFETCH(QByteArray, status);
    QFETCH(bool, ok);
    QFETCH(bool, success);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    QString error;
    const auto result = execchannel::parseExitStatus(status, &error);
    QCOMPARE(bool(result), ok);
    if (!ok) {
        QVERIFY(!error.isEmpty());
        return;
    }
    QCOMPARE(result->success, success);
    QCOMPARE(result->exitCode, exitCode);
    QCOMPARE(result->message, message);
}

QTEST_GUILESS_MAIN(TestStreamFraming)
#include "tst_streamframing.moc"
