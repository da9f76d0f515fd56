// SPDX-License-Identifier: MIT
#include "core/troubleshoot.h"

#include "../inventoryfixture.h"

#include <QTest>

using namespace kvd;
using namespace Qt::StringLiterals;

namespace {

Finding finding(const QString &cause, const QString &node, FindingSeverity severity = FindingSeverity::Error)
{
    Finding f;
    f.cause = cause;
    f.severity = severity;
    f.count = 3;
    f.node = node;
    Evidence e;
    e.kind = Evidence::Kind::LogLine;
    e.source = u"kube-system/provider/provider-azure-installer"_s;
    e.line = 5;
    e.text = u"line"_s;
    e.node = node;
    f.evidence = {e};
    return f;
}

QString verdicts(const QList<CheckResult> &checks)
{
    QStringList out;
    for (const CheckResult &c : checks)
        out.append(c.id + u'=' + checkVerdictId(c.verdict) + (c.causeId.isEmpty() ? QString() : u'(' + c.causeId + u')'));
    return out.join(u' ');
}

} // namespace

class tst_Troubleshoot : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void candidatesFailingFirst()
    {
        const Inventory inv = fixture::sampleInventory();
        const QList<TroubleshootCandidate> c = troubleshootCandidates(inv);
        QCOMPARE(c.size(), 3);
        QCOMPARE(c.first().pod, u"cart-2"_s);
        QVERIFY(c.first().failing);
        QCOMPARE(c.first().node, u"aks-shop-1"_s);
        QCOMPARE(c.first().lastEvent, u"MountVolume.SetUp failed"_s);
        QVERIFY(!c.at(1).failing);
    }

    void checks_data()
    {
        QTest::addColumn<QString>("ns");
        QTest::addColumn<QString>("pod");
        QTest::addColumn<QStringList>("findingCauses");
        QTest::addColumn<bool>("logsAnalysed");
        QTest::addColumn<QStringList>("denied");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<bool>("offer");
        QTest::addColumn<QString>("nextCause");

        const QString healthyChain = u"pod=fail(app-mount-failing) secret-provider-class=pass csidriver=pass driver-pod=pass "
                                     "provider-pod=pass versions=pass events=fail"_s;
        QTest::newRow("nmi-404-in-logs")
            << u"shop"_s << u"cart-2"_s << QStringList{u"aad-pod-identity-nmi-404"_s} << true << QStringList{}
            << healthyChain + u" logs=fail(aad-pod-identity-nmi-404) permissions=pass"_s << true << u"aad-pod-identity-nmi-404"_s;
        QTest::newRow("keyvault-rbac")
            << u"shop"_s << u"cart-2"_s << QStringList{u"keyvault-rbac-role-missing"_s} << true << QStringList{}
            << healthyChain + u" logs=fail(keyvault-rbac-role-missing) permissions=pass"_s << true << u"keyvault-rbac-role-missing"_s;
        QTest::newRow("only-a-symptom")
            << u"shop"_s << u"cart-2"_s << QStringList{u"mount-rpc-deadline-exceeded"_s} << true << QStringList{}
            << healthyChain + u" logs=warning(mount-rpc-deadline-exceeded) permissions=pass"_s << true << u"mount-rpc-deadline-exceeded"_s;
        QTest::newRow("configuration-cause")
            << u"shop"_s << u"cart-2"_s << QStringList{u"invalid-object-type"_s} << true << QStringList{}
            << healthyChain + u" logs=fail(invalid-object-type) permissions=pass"_s << false << u"invalid-object-type"_s;
        QTest::newRow("nothing-recognised-offline-logs")
            << u"shop"_s << u"cart-2"_s << QStringList{} << false << QStringList{u"create pods"_s}
            << healthyChain + u" logs=skipped permissions=warning"_s << true << QString();
        QTest::newRow("driver-missing-on-node")
            << u"billing"_s << u"invoice-3"_s << QStringList{} << true << QStringList{}
            << u"pod=pass secret-provider-class=pass csidriver=pass driver-pod=fail(driver-not-registered-on-node) "
               "provider-pod=pass versions=pass events=pass logs=pass permissions=pass"_s
            << false << u"driver-not-registered-on-node"_s;
        QTest::newRow("healthy-pod")
            << u"shop"_s << u"web-1"_s << QStringList{} << true << QStringList{}
            << u"pod=pass secret-provider-class=pass csidriver=pass driver-pod=pass provider-pod=pass versions=pass "
               "events=pass logs=pass permissions=pass"_s
            << false << QString();
        QTest::newRow("unknown-pod")
            << u"shop"_s << u"nope"_s << QStringList{} << true << QStringList{}
            << u"pod=fail secret-provider-class=skipped csidriver=pass driver-pod=skipped provider-pod=skipped versions=pass "
               "events=skipped logs=pass permissions=pass"_s
            << false << QString();
    }
    void checks()
    {
        QFETCH(QString, ns);
        QFETCH(QString, pod);
        QFETCH(QStringList, findingCauses);
        QFETCH(bool, logsAnalysed);
        QFETCH(QStringList, denied);
        QFETCH(QString, expected);
        QFETCH(bool, offer);
        QFETCH(QString, nextCause);

        const Inventory inv = fixture::sampleInventory();
        TroubleshootInput in;
        in.inventory = &inv;
        in.namespaceName = ns;
        in.pod = pod;
        for (const QString &cause : std::as_const(findingCauses))
            in.findings.append(finding(cause, u"aks-shop-1"_s,
                                       cause.startsWith(u"mount-rpc"_s) ? FindingSeverity::Warning : FindingSeverity::Error));
        in.logsAnalysed = logsAnalysed;
        in.logsSkippedReason = u"offline"_s;
        in.logLines = 1000;
        in.deniedPermissions = denied;
        const QList<CheckResult> checks = runTroubleshootChecks(in);
        QCOMPARE(verdicts(checks), expected);
        for (const CheckResult &c : checks) {
            QVERIFY2(!c.title.isEmpty() && !c.detail.isEmpty(), qPrintable(c.id));
            QCOMPARE(c.toJson().value(u"verdict"_s).toString(), checkVerdictId(c.verdict));
        }
        const NextStep next = recommendNextStep(in.findings, checks);
        QCOMPARE(next.offerConnectivityTest, offer);
        QCOMPARE(next.causeId, nextCause);
        QVERIFY(!next.reason.isEmpty());
    }

    void logsOfOtherNodesDoNotCount()
    {
        const Inventory inv = fixture::sampleInventory();
        TroubleshootInput in;
        in.inventory = &inv;
        in.namespaceName = u"shop"_s;
        in.pod = u"cart-2"_s;
        in.logsAnalysed = true;
        in.findings = {finding(u"keyvault-rbac-role-missing"_s, u"aks-system-0"_s)};
        const QList<CheckResult> checks = runTroubleshootChecks(in);
        const auto logs = std::find_if(checks.cbegin(), checks.cend(), [](const CheckResult &c) { return c.id == u"logs"_s; });
        QCOMPARE(logs->verdict, CheckVerdict::Pass);
    }

    void windowsAndTaintsExplained()
    {
        InventoryInput in;
        KubeNode win = fixture::node(u"akswin000000"_s, true, u"windows"_s);
        win.taints = {{u"sku"_s, u"gpu"_s, u"NoSchedule"_s}};
        in.nodes = {win};
        in.pods = {fixture::app(u"shop"_s, u"win-app"_s, u"akswin000000"_s, u"kv"_s, false)};
        in.secretProviderClasses = {fixture::spc(u"shop"_s, u"kv"_s)};
        in.csiDriver = CsiDriverInfo{u"secrets-store.csi.k8s.io"_s, true, false, {}};
        const Inventory inv = buildInventory(in);
        TroubleshootInput t;
        t.inventory = &inv;
        t.namespaceName = u"shop"_s;
        t.pod = u"win-app"_s;
        const QList<CheckResult> checks = runTroubleshootChecks(t);
        const auto driver = std::find_if(checks.cbegin(), checks.cend(), [](const CheckResult &c) { return c.id == u"driver-pod"_s; });
        QCOMPARE(driver->verdict, CheckVerdict::Fail);
        QVERIFY2(driver->detail.contains(u"sku:NoSchedule"_s), qPrintable(driver->detail));
        QVERIFY(driver->detail.contains(u"windows.enabled=true"_s));
    }

    void isConnectivityCause_data()
    {
        QTest::addColumn<QString>("cause");
        QTest::addColumn<bool>("connectivity");
        QTest::newRow("egress") << u"keyvault-egress-blocked-timeout"_s << true;
        QTest::newRow("aad-unreachable") << u"aad-endpoint-unreachable"_s << true;
        QTest::newRow("sp-secret") << u"sp-invalid-client-secret"_s << true;
        QTest::newRow("wi") << u"wi-no-matching-federated-credential"_s << true;
        QTest::newRow("imds") << u"imds-identity-not-found"_s << true;
        QTest::newRow("nmi") << u"aad-pod-identity-nmi-404"_s << true;
        QTest::newRow("object-missing") << u"keyvault-object-not-found"_s << true;
        QTest::newRow("spc-missing") << u"secretproviderclass-not-found"_s << false;
        QTest::newRow("driver-missing") << u"driver-not-registered-on-node"_s << false;
        QTest::newRow("unknown-id") << u"no-such-cause"_s << false;
    }
    void isConnectivityCause()
    {
        QFETCH(QString, cause);
        QFETCH(bool, connectivity);
        QCOMPARE(kvd::isConnectivityCause(cause), connectivity);
    }
};

QTEST_GUILESS_MAIN(tst_Troubleshoot)
#include "tst_troubleshoot.moc"
