// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>

#include <functional>

namespace kvd {

// The parts of the process environment that decide where kubeconfig files are, captured so
// the Windows rules can be unit-tested on any OS.
struct KubeconfigEnvironment
{
    bool windows = false;
    QString kubeconfig;  // KUBECONFIG
    QString home;        // HOME
    QString homeDrive;   // HOMEDRIVE (Windows)
    QString homePath;    // HOMEPATH (Windows)
    QString userProfile; // USERPROFILE (Windows)

    static KubeconfigEnvironment current();
};

// Splits a KUBECONFIG value as Go's filepath.SplitList does: on ';' on Windows, ':' elsewhere.
// Empty entries and later duplicates are dropped.
QStringList splitKubeconfigList(const QString &value, bool windows);

// client-go's homedir.HomeDir(). `exists(path)` and `isWritableDir(path)` are injectable so the
// Windows rules can be tested without a Windows file system.
QString kubeHomeDir(const KubeconfigEnvironment &env,
                    const std::function<bool(const QString &)> &exists,
                    const std::function<bool(const QString &)> &isWritableDir);
QString kubeHomeDir(const KubeconfigEnvironment &env);

// The files kubectl would read, in precedence order: the explicit file alone, else the
// KUBECONFIG list, else <home>/.kube/config.
QStringList kubeconfigSearchPaths(const QString &explicitFile, const KubeconfigEnvironment &env);

// Resolves `path` relative to the directory of `definingFile`; absolute and empty paths are
// returned unchanged.
QString resolveAgainstFile(const QString &path, const QString &definingFile);

} // namespace kvd
