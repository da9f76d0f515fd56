// SPDX-License-Identifier: MIT
// FindingsModel over a fixed catalogue and fixed findings: order (severity, specificity, time),
// the golden text of the table, languages, roles, and QAbstractItemModelTester on every change.
#include "models/findingsmodel.h"

#include <QAbstractItemModelTester>
#include <QIcon>
#include <QTest>

using namespace kvd;
using namespace Qt::StringLiterals;

namespace {

qint64 us(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toMSecsSinceEpoch() * 1000;
}

Evidence logEvidence(const QString &source, qint64 line, const QString &node, const QString &ns, const QString &pod)
{
    Evidence e;
    e.kind = Evidence::Kind::LogLine;
    e.source = source;
    e.line = line;
    e.text = u"some line"_s;
    e.node = node;
    e.namespaceName = ns;
    e.pod = pod;
    return e;
}

Finding finding(const QString &cause, FindingSeverity severity, qint64 count, qint64 first, qint64 last,
                const QList<Evidence> &evidence, const QString &node = {})
{
    Finding f;
    f.cause = cause;
    f.severity = severity;
    f.count = count;
    f.firstSeenUs = first;
    f.lastSeenUs = last;
    f.evidence = evidence;
    f.node = node;
    return f;
}

// Deliberately not in display order.
QList<Finding> sampleFindings()
{
    const QString node0 = u"aks-user-0"_s;
    const QString node1 = u"aks-user-1"_s;
    return {
        finding(u"tenant-deprecated"_s, FindingSeverity::Info, 3, us("2026-11-29T08:00:00Z"), us("2026-11-29T08:10:00Z"),
                {logEvidence(u"/tmp/logs/provider.log"_s, 4, {}, {}, {})}),
        finding(u"timeout-generic"_s, FindingSeverity::Warning, 2, us("2026-11-29T08:01:00Z"), us("2026-11-29T08:03:00Z"),
                {logEvidence(u"payments/api-1/app"_s, 9, node0, u"payments"_s, u"api-1"_s)}, node0),
        finding(u"rbac-403"_s, FindingSeverity::Error, 1, us("2026-11-29T08:02:00Z"), us("2026-11-29T08:02:00Z"),
                {logEvidence(u"kube-system/provider-x/provider"_s, 12, node1, u"kube-system"_s, u"provider-x"_s)}, node1),
        finding(u"nmi-404"_s, FindingSeverity::Error, 7, us("2026-11-29T08:05:00Z"), us("2026-11-29T08:09:30Z"),
                {logEvidence(u"kube-system/provider-y/provider"_s, 40, node0, u"payments"_s, u"api-1"_s),
                 logEvidence(u"kube-system/provider-y/provider"_s, 41, node0, u"payments"_s, u"api-2"_s)},
                node0),
        finding(u"unknown-cause"_s, FindingSeverity::Warning, 1, 0, 0, {}),
    };
}
} // namespace

class TestFindingsModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void goldenText_data();
    void goldenText();
    void order_data();
    void order();
    void roles();
    void reset();

private:
    RuleCatalogue m_catalogue;
};

void TestFindingsModel::initTestCase()
{
    // A small catalogue of its own, so the golden text does not change with the built-in one.
    QString error;
    QVERIFY2(m_catalogue.load(QStringLiteral(KVDOCTOR_TEST_DATA "/findingsmodel-catalogue.json"), &error), qPrintable(error));
}

void TestFindingsModel::goldenText_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("en") << u"en"_s
                        << QStringList{
                               u"Error | NMI has no identity for the pod | aks-user-0 · payments/api-1 (+1 more pod(s)) | 7 | 2026-11-29 08:05:00 | 2026-11-29 08:09:30"_s,
                               u"Error | No RBAC role on the vault | aks-user-1 · kube-system/provider-x | 1 | 2026-11-29 08:02:00 | 2026-11-29 08:02:00"_s,
                               u"Warning | Mount timed out | aks-user-0 · payments/api-1 | 2 | 2026-11-29 08:01:00 | 2026-11-29 08:03:00"_s,
                               u"Warning | unknown-cause | cluster-wide | 1 |  | "_s,
                               u"Info | tenantId parameter is deprecated | provider.log | 3 | 2026-11-29 08:00:00 | 2026-11-29 08:10:00"_s,
                           };
    // Titles follow the language; everything else (translated by the UI) stays as is here.
    QTest::newRow("ko") << u"ko"_s
                        << QStringList{
                               u"Error | NMI에 파드의 ID가 없음 | aks-user-0 · payments/api-1 (+1 more pod(s)) | 7 | 2026-11-29 08:05:00 | 2026-11-29 08:09:30"_s,
                               u"Error | 키 자격 증명 모음에 RBAC 역할 없음 | aks-user-1 · kube-system/provider-x | 1 | 2026-11-29 08:02:00 | 2026-11-29 08:02:00"_s,
                               u"Warning | 마운트 시간 초과 | aks-user-0 · payments/api-1 | 2 | 2026-11-29 08:01:00 | 2026-11-29 08:03:00"_s,
                               u"Warning | unknown-cause | cluster-wide | 1 |  | "_s,
                               u"Info | tenantId 매개 변수는 더 이상 사용되지 않음 | provider.log | 3 | 2026-11-29 08:00:00 | 2026-11-29 08:10:00"_s,
                           };
}

void TestFindingsModel::goldenText()
{
    QFETCH(QString, language);
    QFETCH(QStringList, expected);
    FindingsModel model(nullptr, m_catalogue);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setLanguage(language);
    QCOMPARE(model.language(), language);
    model.setFindings(sampleFindings());
    const QStringList text = model.tableText();
    if (text != expected)
        qWarning().noquote() << text.join(u'\n');
    QCOMPARE(text, expected);
    QCOMPARE(model.count(FindingSeverity::Error), 2);
    QCOMPARE(model.count(FindingSeverity::Warning), 2);
    QCOMPARE(model.count(FindingSeverity::Info), 1);
}

void TestFindingsModel::order_data()
{
    QTest::addColumn<QStringList>("causes");      // input order
    QTest::addColumn<QStringList>("severities");  // per input
    QTest::addColumn<QStringList>("firstSeen");   // per input, "" = no time
    QTest::addColumn<QStringList>("expected");    // causes, displayed order
    QTest::newRow("severity first") << QStringList{u"tenant-deprecated"_s, u"timeout-generic"_s, u"rbac-403"_s}
                                    << QStringList{u"info"_s, u"warning"_s, u"error"_s}
                                    << QStringList{u"2026-01-01T00:00:00Z"_s, u"2026-01-01T00:00:01Z"_s, u"2026-01-01T00:00:02Z"_s}
                                    << QStringList{u"rbac-403"_s, u"timeout-generic"_s, u"tenant-deprecated"_s};
    QTest::newRow("specific before earlier generic") << QStringList{u"timeout-generic"_s, u"nmi-404"_s}
                                                     << QStringList{u"error"_s, u"error"_s}
                                                     << QStringList{u"2026-01-01T00:00:00Z"_s, u"2026-01-01T00:05:00Z"_s}
                                                     << QStringList{u"nmi-404"_s, u"timeout-generic"_s};
    QTest::newRow("same rule earlier first") << QStringList{u"rbac-403"_s, u"rbac-403"_s}
                                             << QStringList{u"error"_s, u"error"_s}
                                             << QStringList{u"2026-01-01T00:09:00Z"_s, u"2026-01-01T00:01:00Z"_s}
                                             << QStringList{u"rbac-403@2026-01-01T00:01:00Z"_s, u"rbac-403@2026-01-01T00:09:00Z"_s};
    QTest::newRow("no time last") << QStringList{u"rbac-403"_s, u"rbac-403"_s}
                                  << QStringList{u"error"_s, u"error"_s}
                                  << QStringList{QString(), u"2026-01-01T00:01:00Z"_s}
                                  << QStringList{u"rbac-403@2026-01-01T00:01:00Z"_s, u"rbac-403@"_s};
}

void TestFindingsModel::order()
{
    QFETCH(QStringList, causes);
    QFETCH(QStringList, severities);
    QFETCH(QStringList, firstSeen);
    QFETCH(QStringList, expected);
    QList<Finding> input;
    for (int i = 0; i < causes.size(); ++i) {
        FindingSeverity severity;
        QVERIFY(parseFindingSeverity(severities.at(i), &severity));
        const qint64 first = firstSeen.at(i).isEmpty() ? 0 : us(firstSeen.at(i).toLatin1().constData());
        input << finding(causes.at(i), severity, 1, first, first, {}, u"node-%1"_s.arg(i));
    }
    FindingsModel model(nullptr, m_catalogue);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setFindings(input);
    QStringList shown;
    const bool withTime = expected.first().contains(u'@');
    for (const Finding &f : model.findings()) {
        shown << (withTime ? f.cause + u'@'
                          + (f.firstSeenUs ? QDateTime::fromMSecsSinceEpoch(f.firstSeenUs / 1000, QTimeZone::UTC).toString(Qt::ISODate) : QString())
                           : f.cause);
    }
    QCOMPARE(shown, expected);
}

void TestFindingsModel::roles()
{
    FindingsModel model(nullptr, m_catalogue);
    model.setLanguage(u"en"_s);
    model.setFindings(sampleFindings());
    const QModelIndex top = model.index(0, FindingsModel::SeverityColumn);
    QCOMPARE(top.data(FindingsModel::CauseIdRole).toString(), u"nmi-404"_s);
    QCOMPARE(top.data(FindingsModel::SeverityIdRole).toString(), u"error"_s);
    QCOMPARE(top.data(FindingsModel::SeverityRole).toInt(), int(FindingSeverity::Error));
    QCOMPARE(top.data(FindingsModel::NodeRole).toString(), u"aks-user-0"_s);
    const Finding f = top.data(FindingsModel::FindingRole).value<Finding>();
    QCOMPARE(f.cause, u"nmi-404"_s);
    QCOMPARE(f.evidence.size(), 2);
    QCOMPARE(f.evidence.at(1).line, 41);
    // Severity is an icon and a text, never colour alone; info has the text only.
    QVERIFY(!top.data(Qt::DecorationRole).value<QIcon>().isNull());
    QCOMPARE(top.data(Qt::DisplayRole).toString(), u"Error"_s);
    QVERIFY(model.index(4, 0).data(Qt::DecorationRole).isNull());
    QVERIFY(model.index(0, FindingsModel::CauseColumn).data(Qt::ToolTipRole).toString().contains(u"NMI answered 404."_s));
    QCOMPARE(model.index(0, FindingsModel::CountColumn).data(Qt::TextAlignmentRole).value<Qt::Alignment>(), Qt::AlignRight | Qt::AlignVCenter);
    QCOMPARE(model.headerData(FindingsModel::CauseColumn, Qt::Horizontal).toString(), u"Cause"_s);
    QCOMPARE(model.rowOfCause(u"rbac-403"_s), 1);
    QCOMPARE(model.rowOfCause(u"rbac-403"_s, u"aks-user-0"_s), -1);
    QCOMPARE(model.rowOfCause(u"timeout-generic"_s, u"aks-user-0"_s), 2);
    QCOMPARE(model.rowOfCause(u"absent"_s), -1);
    QVERIFY(model.roleNames().value(FindingsModel::FindingRole) == "finding");
}

void TestFindingsModel::reset()
{
    FindingsModel model(nullptr, m_catalogue);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setFindings(sampleFindings());
    QCOMPARE(model.rowCount(), 5);
    QCOMPARE(model.columnCount(), int(FindingsModel::ColumnCount));
    QCOMPARE(model.rowCount(model.index(0, 0)), 0); // a table: no children
    model.setLanguage(u"ko"_s);                      // dataChanged over all cells
    model.setFindings({});
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(model.tableText().isEmpty());
}

QTEST_MAIN(TestFindingsModel)
#include "tst_findingsmodel.moc"
