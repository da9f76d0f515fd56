// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QString>

class QSettings;

namespace kvd {

// The GUI's persistent settings as a typed value: defaults are the member initialisers, and
// load()/save() are the only places that know keys. Never store credentials here: a context
// name and a file path are fine, a token is not.
struct AppSettings
{
    // Bump when keys change meaning; load() ignores newer or unknown layouts.
    static constexpr int SchemaVersion = 1;

    QString lastContext;        // context chosen in the connect dialog
    QString lastKubeconfigFile; // file picked in the connect dialog; empty: kubectl's search
    QByteArray mainWindowGeometry;
    QByteArray mainWindowState;
    QString language;           // "en", "ko"; empty: follow the operating system

    void load(const QSettings &settings);
    void save(QSettings &settings) const;

    // The application's QSettings (organisation/application name set in main()). Tests call
    // QStandardPaths::setTestModeEnabled(true) so this never touches the user's real file.
    static AppSettings read();
    void write() const;

    bool operator==(const AppSettings &) const = default;
};

} // namespace kvd
