// SPDX-License-Identifier: MIT
#include "widgets/appsettings.h"

#include <QSettings>

namespace kvd {

namespace {
const QString kVersion = QStringLiteral("schemaVersion");
const QString kLastContext = QStringLiteral("connect/lastContext");
const QString kLastFile = QStringLiteral("connect/lastKubeconfigFile");
const QString kGeometry = QStringLiteral("mainWindow/geometry");
const QString kState = QStringLiteral("mainWindow/state");
const QString kLanguage = QStringLiteral("ui/language");
const QString kRecentContexts = QStringLiteral("recentContexts");
const QString kRecentFile = QStringLiteral("kubeconfigFile");
const QString kRecentContext = QStringLiteral("context");
} // namespace

void AppSettings::load(const QSettings &settings)
{
    *this = AppSettings();
    const int version = settings.value(kVersion, SchemaVersion).toInt();
    if (version > SchemaVersion)
        return; // written by a newer kvdoctor: keep defaults rather than misread it
    lastContext = settings.value(kLastContext).toString();
    lastKubeconfigFile = settings.value(kLastFile).toString();
    mainWindowGeometry = settings.value(kGeometry).toByteArray();
    mainWindowState = settings.value(kState).toByteArray();
    language = settings.value(kLanguage).toString();
    // QSettings arrays need a non-const object; read the keys directly instead.
    const int recent = settings.value(kRecentContexts + QStringLiteral("/size")).toInt();
    for (int i = 1; i <= recent && recentContexts.size() < MaxRecentContexts; ++i) {
        const QString prefix = kRecentContexts + QLatin1Char('/') + QString::number(i) + QLatin1Char('/');
        RecentContext entry{settings.value(prefix + kRecentFile).toString(), settings.value(prefix + kRecentContext).toString()};
        if (!entry.context.isEmpty() && !recentContexts.contains(entry))
            recentContexts.append(entry);
    }
}

void AppSettings::save(QSettings &settings) const
{
    settings.setValue(kVersion, SchemaVersion);
    settings.setValue(kLastContext, lastContext);
    settings.setValue(kLastFile, lastKubeconfigFile);
    settings.setValue(kGeometry, mainWindowGeometry);
    settings.setValue(kState, mainWindowState);
    settings.setValue(kLanguage, language);
    settings.beginWriteArray(kRecentContexts, int(recentContexts.size()));
    for (int i = 0; i < recentContexts.size(); ++i) {
        settings.setArrayIndex(i);
        settings.setValue(kRecentFile, recentContexts.at(i).kubeconfigFile);
        settings.setValue(kRecentContext, recentContexts.at(i).context);
    }
    settings.endArray();
}

void AppSettings::addRecentContext(const RecentContext &recent)
{
    if (recent.context.isEmpty())
        return;
    recentContexts.removeAll(recent);
    recentContexts.prepend(recent);
    while (recentContexts.size() > MaxRecentContexts)
        recentContexts.removeLast();
}

AppSettings AppSettings::read()
{
    const QSettings settings;
    AppSettings result;
    result.load(settings);
    return result;
}

void AppSettings::write() const
{
    QSettings settings;
    save(settings);
}

} // namespace kvd
