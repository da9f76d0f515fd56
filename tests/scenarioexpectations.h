// SPDX-License-Identifier: MIT
#pragma once

// What troubleshooting must conclude for each simulator scenario: the top cause, whether the
// connectivity test is offered, and the check that fails. DiagnoseJob (the CLI's diagnose) and
// the Troubleshoot wizard are tested against these same rows, so they cannot drift apart.

#include <QString>
#include <QTest>

namespace kvd::fixture {

inline void addScenarioExpectationRows()
{
    using namespace Qt::StringLiterals;
    QTest::addColumn<QString>("scenario");
    QTest::addColumn<QString>("topCause");
    QTest::addColumn<bool>("offerTest");
    QTest::addColumn<QString>("failedCheck");

    QTest::newRow("healthy") << u"healthy"_s << QString() << false << QString();
    QTest::newRow("nmi-404") << u"nmi-404"_s << u"aad-pod-identity-nmi-404"_s << true << u"logs"_s;
    QTest::newRow("egress-blocked") << u"egress-blocked"_s << u"keyvault-egress-blocked-timeout"_s << true << u"logs"_s;
    QTest::newRow("keyvault-403") << u"keyvault-403"_s << u"keyvault-rbac-role-missing"_s << true << u"logs"_s;
    QTest::newRow("secret-not-found") << u"secret-not-found"_s << u"keyvault-object-not-found"_s << true << u"logs"_s;
    QTest::newRow("sp-invalid-secret") << u"sp-invalid-secret"_s << u"sp-invalid-client-secret"_s << true << u"logs"_s;
    QTest::newRow("workload-identity-mismatch")
        << u"workload-identity-mismatch"_s << u"wi-no-matching-federated-credential"_s << true << u"logs"_s;
    QTest::newRow("imds-identity-not-found") << u"imds-identity-not-found"_s << u"imds-identity-not-found"_s << true << u"logs"_s;
    QTest::newRow("driver-missing-on-node")
        << u"driver-missing-on-node"_s << u"driver-not-registered-on-node"_s << false << u"driver-pod"_s;
    QTest::newRow("provider-crashloop") << u"provider-crashloop"_s << u"provider-pod-unhealthy"_s << false << u"provider-pod"_s;
    QTest::newRow("spc-not-found")
        << u"spc-not-found"_s << u"secretproviderclass-not-found"_s << false << u"secret-provider-class"_s;
}

} // namespace kvd::fixture
