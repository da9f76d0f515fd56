// SPDX-License-Identifier: MIT
#include "kube/kubewatch.h"

#include "kube/kubetr.h"

#include <QJsonDocument>
#include <QTimer>

namespace kvd {

QJsonObject WatchEvent::json() const
{
    return QJsonDocument::fromJson(object).object();
}

std::optional<WatchEvent> parseWatchEvent(QByteArrayView line, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(line.toByteArray(), &parseError);
    if (!document.isObject()) {
        *error = KubeTr::tr("a watch event is not a JSON object (%1)").arg(parseError.errorString());
        return std::nullopt;
    }
    const QJsonObject root = document.object();
    const QString type = root.value(QLatin1String("type")).toString();
    WatchEvent event;
    if (type == QLatin1String("ADDED"))
        event.type = WatchEvent::Type::Added;
    else if (type == QLatin1String("MODIFIED"))
        event.type = WatchEvent::Type::Modified;
    else if (type == QLatin1String("DELETED"))
        event.type = WatchEvent::Type::Deleted;
    else if (type == QLatin1String("BOOKMARK"))
        event.type = WatchEvent::Type::Bookmark;
    else if (type == QLatin1String("ERROR"))
        event.type = WatchEvent::Type::Error;
    else {
        *error = KubeTr::tr("a watch event has the unknown type \"%1\"").arg(type);
        return std::nullopt;
    }
    const QJsonObject object = root.value(QLatin1String("object")).toObject();
    event.object = QJsonDocument(object).toJson(QJsonDocument::Compact);
    event.resourceVersion =
        object.value(QLatin1String("metadata")).toObject().value(QLatin1String("resourceVersion")).toString();
    return event;
}

KubeWatch::KubeWatch(KubeClient *client, const WatchOptions &options)
    : KubeJob(client), m_options(options), m_resourceVersion(options.resourceVersion)
{
    qRegisterMetaType<kvd::WatchEvent>();
    m_retryTimer = new QTimer(this);
    m_retryTimer->setSingleShot(true);
    connect(m_retryTimer, &QTimer::timeout, this, &KubeWatch::connectStream);
}

void KubeWatch::start()
{
    connectStream();
}

void KubeWatch::abort()
{
    m_retryTimer->stop();
    if (m_call)
        m_call->abort();
}

void KubeWatch::connectStream()
{
    if (state() != State::Running || !client())
        return;
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("watch"), QStringLiteral("1"));
    if (!m_resourceVersion.isEmpty())
        query.addQueryItem(QStringLiteral("resourceVersion"), m_resourceVersion);
    if (m_options.allowBookmarks)
        query.addQueryItem(QStringLiteral("allowWatchBookmarks"), QStringLiteral("true"));
    if (!m_options.labelSelector.isEmpty())
        query.addQueryItem(QStringLiteral("labelSelector"), m_options.labelSelector);
    if (!m_options.fieldSelector.isEmpty())
        query.addQueryItem(QStringLiteral("fieldSelector"), m_options.fieldSelector);
    if (m_options.timeoutSeconds > 0)
        query.addQueryItem(QStringLiteral("timeoutSeconds"), QString::number(m_options.timeoutSeconds));
    KubeHttpCall::Spec spec;
    spec.url = client()->url(m_options.path, query);
    spec.streaming = true;
    spec.dedicatedConnection = true;
    if (m_call)
        m_call->deleteLater();
    m_lines.clear();
    m_gotData = false;
    m_call = new KubeHttpCall(client(), spec, this);
    connect(m_call, &KubeHttpCall::responseStarted, this, [this] {
        ++m_connections;
        Q_EMIT connected();
    });
    connect(m_call, &KubeHttpCall::data, this, [this](const QByteArray &chunk) {
        QList<QByteArray> lines;
        if (!m_lines.feed(chunk, &lines)) {
            scheduleReconnect(KubeTr::tr("a watch event exceeded the size limit"), false);
            return;
        }
        for (const QByteArray &line : std::as_const(lines)) {
            if (state() != State::Running)
                return;
            handleLine(line);
        }
    });
    connect(m_call, &KubeHttpCall::succeeded, this, [this] {
        const QByteArray rest = m_lines.takeRemainder();
        if (!rest.isEmpty())
            handleLine(rest);
        if (state() == State::Running)
            scheduleReconnect(KubeTr::tr("the server ended the watch"), true);
    });
    connect(m_call, &KubeHttpCall::failed, this, [this](const KubeError &error) {
        if (error.isExpired()) {
            Q_EMIT expired(error);
            emitFailed(error);
            return;
        }
        // Errors that another attempt cannot fix end the watch.
        if (error.kind == KubeError::Kind::HttpStatus && error.httpStatus != 429 && error.httpStatus < 500) {
            emitFailed(error);
            return;
        }
        if (error.kind == KubeError::Kind::Tls || error.kind == KubeError::Kind::Credentials
            || error.kind == KubeError::Kind::Config) {
            emitFailed(error);
            return;
        }
        scheduleReconnect(error.message, false);
    });
    m_call->start();
}

void KubeWatch::handleLine(const QByteArray &line)
{
    QString error;
    auto event = parseWatchEvent(line, &error);
    if (!event) {
        emitFailed(KubeError::make(KubeError::Kind::Protocol,
                                   KubeTr::tr("The watch of %1 sent data that cannot be read: %2").arg(m_options.path, error),
                                   QStringLiteral("BadResponse")));
        if (m_call)
            m_call->abort();
        return;
    }
    m_gotData = true;
    m_failures = 0;
    if (event->type == WatchEvent::Type::Error) {
        const auto status = parseKubeStatus(event->object);
        KubeError kubeError;
        kubeError.kind = KubeError::Kind::HttpStatus;
        kubeError.httpStatus = status ? status->code : 500;
        kubeError.reason = status ? status->reason : QString();
        kubeError.status = status;
        kubeError.message = messageForStatus(kubeError.httpStatus, status.value_or(KubeStatus{}),
                                             client() ? client()->errorContext("GET", QUrl(m_options.path)) : ErrorContext{});
        if (m_call)
            m_call->abort();
        if (kubeError.isExpired()) {
            Q_EMIT expired(kubeError);
            emitFailed(kubeError);
        } else {
            scheduleReconnect(kubeError.message, false);
        }
        return;
    }
    if (!event->resourceVersion.isEmpty())
        m_resourceVersion = event->resourceVersion;
    if (event->type == WatchEvent::Type::Bookmark)
        Q_EMIT bookmark(m_resourceVersion);
    else
        Q_EMIT eventReceived(*event);
}

void KubeWatch::scheduleReconnect(const QString &reason, bool immediately)
{
    if (state() != State::Running)
        return;
    if (m_call) {
        m_call->abort();
        m_call->deleteLater();
        m_call = nullptr;
    }
    int delay = 0;
    if (!immediately || !m_gotData) {
        ++m_failures;
        if (m_options.maxReconnectAttempts >= 0 && m_failures > m_options.maxReconnectAttempts) {
            emitFailed(KubeError::make(KubeError::Kind::Network,
                                       KubeTr::tr("The watch of %1 failed %n time(s) in a row: %2", nullptr, m_failures)
                                           .arg(m_options.path, reason),
                                       QStringLiteral("WatchFailed")));
            return;
        }
        delay = m_options.initialReconnectDelayMs;
        for (int i = 1; i < m_failures && delay < m_options.maxReconnectDelayMs; ++i)
            delay *= 2;
        delay = qMin(delay, m_options.maxReconnectDelayMs);
    }
    Q_EMIT reconnecting(m_failures, delay, reason);
    m_retryTimer->start(delay);
}

KubeLogStream::KubeLogStream(KubeClient *client, const LogOptions &options) : KubeJob(client), m_options(options)
{
}

void KubeLogStream::start()
{
    if (m_options.sinceSeconds && m_options.sinceTime.isValid()) {
        emitFailed(KubeError::make(KubeError::Kind::Config,
                                   KubeTr::tr("Logs can be limited by sinceSeconds or by sinceTime, not both.")));
        return;
    }
    if (m_options.namespaceName.isEmpty() || m_options.pod.isEmpty()) {
        emitFailed(KubeError::make(KubeError::Kind::Config, KubeTr::tr("Logs need a namespace and a pod name.")));
        return;
    }
    QUrlQuery query;
    if (!m_options.container.isEmpty())
        query.addQueryItem(QStringLiteral("container"), m_options.container);
    if (m_options.sinceSeconds)
        query.addQueryItem(QStringLiteral("sinceSeconds"), QString::number(*m_options.sinceSeconds));
    if (m_options.sinceTime.isValid())
        query.addQueryItem(QStringLiteral("sinceTime"),
                           m_options.sinceTime.toUTC().toString(Qt::ISODate));
    if (m_options.tailLines)
        query.addQueryItem(QStringLiteral("tailLines"), QString::number(*m_options.tailLines));
    if (m_options.timestamps)
        query.addQueryItem(QStringLiteral("timestamps"), QStringLiteral("true"));
    if (m_options.previous)
        query.addQueryItem(QStringLiteral("previous"), QStringLiteral("true"));
    if (m_options.follow)
        query.addQueryItem(QStringLiteral("follow"), QStringLiteral("true"));
    if (m_options.limitBytes)
        query.addQueryItem(QStringLiteral("limitBytes"), QString::number(*m_options.limitBytes));
    KubeHttpCall::Spec spec;
    spec.url = client()->url(
        QStringLiteral("/api/v1/namespaces/%1/pods/%2/log").arg(m_options.namespaceName, m_options.pod), query);
    spec.accept = "text/plain, application/json, */*";
    spec.streaming = true; // even without follow: the data is shown as it arrives
    spec.dedicatedConnection = m_options.follow;
    m_call = new KubeHttpCall(client(), spec, this);
    connect(m_call, &KubeHttpCall::data, this, [this](const QByteArray &chunk) {
        m_bytes += chunk.size();
        Q_EMIT dataReceived(chunk);
    });
    connect(m_call, &KubeHttpCall::succeeded, this, [this] { emitFinished(); });
    connect(m_call, &KubeHttpCall::failed, this, [this](const KubeError &error) { emitFailed(error); });
    m_call->start();
}

void KubeLogStream::abort()
{
    if (m_call)
        m_call->abort();
}

} // namespace kvd
