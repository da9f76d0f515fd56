// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

class QSettings;

namespace kvd {

// A context the user connected to: where it is defined and its name, nothing else (the
// credentials stay in the kubeconfig).
struct RecentContext
{
    QString kubeconfigFile; // absolute; empty: kubectl's search (KUBECONFIG, ~/.kube/config)
    QString context;
    bool operator==(const RecentContext &) const = default;
};

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
    QList<RecentContext> recentContexts; // newest first, at most MaxRecentContexts

    static constexpr int MaxRecentContexts = 8;
    // Puts the context first (moving it when already listed) and keeps the newest entries.
    void addRecentContext(const RecentContext &recent);

    void load(const QSettings &settings);
    void save(QSettings &settings) const;

    // The application's QSettings (organisation/application name set in main()). Tests call
    // QStandardPaths::setTestModeEnabled(true) so this never touches the user's real file.
    static AppSettings read();
    void write() const;

    bool operator==(const AppSettings &) const = default;
};

} // namespace kvd
