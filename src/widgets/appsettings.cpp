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
}

void AppSettings::save(QSettings &settings) const
{
    settings.setValue(kVersion, SchemaVersion);
    settings.setValue(kLastContext, lastContext);
    settings.setValue(kLastFile, lastKubeconfigFile);
    settings.setValue(kGeometry, mainWindowGeometry);
    settings.setValue(kState, mainWindowState);
    settings.setValue(kLanguage, language);
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
