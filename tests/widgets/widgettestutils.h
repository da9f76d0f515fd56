// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QDir>
#include <QSettings>
#include <QStandardPaths>
#include <QString>
#include <QTemporaryDir>

namespace kvd::test {

// Points every QSettings of the process at `dir` so GUI tests never read or write the user's
// real configuration. Call before the first QSettings is made (initTestCase).
inline void isolateSettings(const QTemporaryDir &dir)
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("kvdoctor-tests"));
    QCoreApplication::setApplicationName(QCoreApplication::applicationName() + QStringLiteral("-settings"));
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, dir.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, dir.path());
}

inline void clearSettings()
{
    QSettings settings;
    settings.clear();
    settings.sync();
}

// tests/data/kubeconfig-gui/config: contexts aks-prod-westeu (current, exec kubelogin),
// aks-dev (token) and broken-staging (its cluster is not defined).
inline QString guiKubeconfig()
{
    return QDir(QStringLiteral(KVDOCTOR_TEST_DATA)).absoluteFilePath(QStringLiteral("kubeconfig-gui/config"));
}

} // namespace kvd::test
