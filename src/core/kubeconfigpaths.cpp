// SPDX-License-Identifier: MIT
#include "core/kubeconfigpaths.h"

#include <QDir>
#include <QFileInfo>
#include <QSet>

namespace kvd {

KubeconfigEnvironment KubeconfigEnvironment::current()
{
    KubeconfigEnvironment env;
#ifdef Q_OS_WIN
    env.windows = true;
#endif
    env.kubeconfig = qEnvironmentVariable("KUBECONFIG");
    env.home = qEnvironmentVariable("HOME");
    env.homeDrive = qEnvironmentVariable("HOMEDRIVE");
    env.homePath = qEnvironmentVariable("HOMEPATH");
    env.userProfile = qEnvironmentVariable("USERPROFILE");
    return env;
}

QStringList splitKubeconfigList(const QString &value, bool windows)
{
    // Go's filepath.SplitList: only the OS list separator splits, so "C:\a;D:\b" keeps its
    // drive letters on Windows.
    const QChar separator = windows ? u';' : u':';
    QStringList result;
    QSet<QString> seen;
    const QStringList parts = value.split(separator, Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        if (seen.contains(part))
            continue;
        seen.insert(part);
        result.append(part);
    }
    return result;
}

namespace {

// filepath.Join for the target OS: one separator between the parts, none doubled.
QString joinPath(const QString &base, const QString &child, bool windows)
{
    const QChar sep = windows ? u'\\' : u'/';
    QString b = base;
    while (b.size() > 1 && (b.endsWith(sep) || (windows && b.endsWith(u'/'))))
        b.chop(1);
    if (b.isEmpty())
        return child;
    return b + sep + child;
}

QString kubeConfigUnder(const QString &home, bool windows)
{
    return joinPath(joinPath(home, QStringLiteral(".kube"), windows), QStringLiteral("config"), windows);
}

} // namespace

QString kubeHomeDir(const KubeconfigEnvironment &env,
                    const std::function<bool(const QString &)> &exists,
                    const std::function<bool(const QString &)> &isWritableDir)
{
    if (!env.windows)
        return env.home;

    // client-go's homedir.HomeDir() for Windows.
    QString homeDriveHomePath;
    if (!env.homeDrive.isEmpty() && !env.homePath.isEmpty())
        homeDriveHomePath = env.homeDrive + env.homePath;

    // 1. The first candidate that already holds .kube\config (HOMEDRIVE+HOMEPATH before
    //    USERPROFILE, for backwards compatibility).
    for (const QString &candidate : {env.home, homeDriveHomePath, env.userProfile}) {
        if (!candidate.isEmpty() && exists(kubeConfigUnder(candidate, true)))
            return candidate;
    }

    // 2. The first writable directory (USERPROFILE now before HOMEDRIVE+HOMEPATH, matching
    //    other tools that write credentials), 3. else the first existing, else the first set.
    QString firstSet;
    QString firstExisting;
    for (const QString &candidate : {env.home, env.userProfile, homeDriveHomePath}) {
        if (candidate.isEmpty())
            continue;
        if (firstSet.isEmpty())
            firstSet = candidate;
        if (!exists(candidate))
            continue;
        if (firstExisting.isEmpty())
            firstExisting = candidate;
        if (isWritableDir(candidate))
            return candidate;
    }
    if (!firstExisting.isEmpty())
        return firstExisting;
    return firstSet;
}

QString kubeHomeDir(const KubeconfigEnvironment &env)
{
    return kubeHomeDir(
        env, [](const QString &path) { return QFileInfo::exists(path); },
        [](const QString &path) {
            const QFileInfo info(path);
            return info.isDir() && info.isWritable();
        });
}

QStringList kubeconfigSearchPaths(const QString &explicitFile, const KubeconfigEnvironment &env)
{
    if (!explicitFile.isEmpty())
        return {explicitFile};
    // Like client-go, a set-but-useless KUBECONFIG (":" say) does not fall back to the home file.
    if (!env.kubeconfig.isEmpty())
        return splitKubeconfigList(env.kubeconfig, env.windows);
    return {kubeConfigUnder(kubeHomeDir(env), env.windows)};
}

QString resolveAgainstFile(const QString &path, const QString &definingFile)
{
    if (path.isEmpty() || QDir::isAbsolutePath(path) || definingFile.isEmpty())
        return path;
    const QString base = QFileInfo(definingFile).absolutePath();
    return QDir::cleanPath(base + u'/' + path);
}

} // namespace kvd
