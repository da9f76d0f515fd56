// SPDX-License-Identifier: MIT
#pragma once

#include "kube/kubeclient.h"
#include "kube/streamframing.h"

#include <QJsonObject>

class QTimer;

namespace kvd {

struct WatchEvent
{
    enum class Type { Added, Modified, Deleted, Bookmark, Error };
    Type type = Type::Added;
    QByteArray object;          // the object's JSON (feed it to parsePod(), parseNode(), ...)
    QString resourceVersion;    // object.metadata.resourceVersion

    QJsonObject json() const;
};

// Parses one line of a watch stream. std::nullopt and *error for malformed lines.
std::optional<WatchEvent> parseWatchEvent(QByteArrayView line, QString *error);

// A watch that survives dropped connections: it reconnects with exponential backoff and
// resumes from the last resourceVersion it saw (events and bookmarks). The server ending
// the stream (timeoutSeconds) reconnects at once. A 410 (as an ERROR event or an HTTP
// status) means the position is gone: expired() then failed() with isExpired(); list again
// and start a new watch from the list's resourceVersion. Runs until cancelled.
class KubeWatch : public KubeJob
{
    Q_OBJECT
public:
    KubeWatch(KubeClient *client, const WatchOptions &options);

    QString resourceVersion() const { return m_resourceVersion; }
    int connectionCount() const { return m_connections; }

Q_SIGNALS:
    void connected();
    void eventReceived(const kvd::WatchEvent &event); // ADDED, MODIFIED, DELETED
    void bookmark(const QString &resourceVersion);
    void expired(const kvd::KubeError &error);
    void reconnecting(int attempt, int delayMs, const QString &reason);

protected:
    void start() override;
    void abort() override;

private:
    void connectStream();
    void handleLine(const QByteArray &line);
    void scheduleReconnect(const QString &reason, bool immediately);

    WatchOptions m_options;
    QString m_resourceVersion;
    KubeHttpCall *m_call = nullptr;
    QTimer *m_retryTimer = nullptr;
    LineSplitter m_lines;
    int m_failures = 0;
    int m_connections = 0;
    bool m_gotData = false;
};

// Pod logs; with follow the stream stays open (no idle timeout) until the container ends or
// the job is cancelled. Bytes arrive by dataReceived() as they come (raw, not necessarily
// UTF-8).
class KubeLogStream : public KubeJob
{
    Q_OBJECT
public:
    KubeLogStream(KubeClient *client, const LogOptions &options);
    qint64 bytesReceived() const { return m_bytes; }

Q_SIGNALS:
    void dataReceived(const QByteArray &data);

protected:
    void start() override;
    void abort() override;

private:
    LogOptions m_options;
    KubeHttpCall *m_call = nullptr;
    qint64 m_bytes = 0;
};

} // namespace kvd

Q_DECLARE_METATYPE(kvd::WatchEvent)
