// SPDX-License-Identifier: MIT
#include "core/logsources.h"

#include <QRegularExpression>

namespace kvd {

namespace {
const QStringList kDriverContainers{QStringLiteral("secrets-store"), QStringLiteral("node-driver-registrar"),
                                    QStringLiteral("liveness-probe")};

QString safe(QString part)
{
    static const QRegularExpression bad(QStringLiteral("[^A-Za-z0-9._-]"));
    return part.replace(bad, QStringLiteral("-"));
}
}

QString LogSourceSpec::label() const
{
    return container.isEmpty() ? pod : container;
}

QString LogSourceSpec::fileName() const
{
    return safe(namespaceName) + u'_' + safe(pod) + u'_' + safe(container) + QStringLiteral(".log");
}

QList<LogSourceSpec> nodeLogSources(const NodeEntry &node, const QString &appNamespace, const QString &appPod)
{
    QList<LogSourceSpec> specs;
    if (node.provider) {
        const KubePod &pod = *node.provider;
        const QStringList containers = pod.containerNames.isEmpty() ? QStringList{QString()} : pod.containerNames;
        for (const QString &c : containers)
            specs.append({pod.namespaceName, pod.name, c});
    }
    if (node.driver) {
        const KubePod &pod = *node.driver;
        for (const QString &c : kDriverContainers) {
            if (pod.containerNames.isEmpty() || pod.containerNames.contains(c))
                specs.append({pod.namespaceName, pod.name, c});
        }
    }
    if (!appPod.isEmpty()) {
        for (const AppPodEntry &app : node.apps) {
            if (app.pod.name == appPod && (appNamespace.isEmpty() || app.pod.namespaceName == appNamespace)) {
                for (const QString &c : app.pod.containerNames)
                    specs.append({app.pod.namespaceName, app.pod.name, c});
                if (app.pod.containerNames.isEmpty())
                    specs.append({app.pod.namespaceName, app.pod.name, QString()});
            }
        }
    }
    return specs;
}

std::optional<qint64> parseSinceDuration(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t.isEmpty() || t == u"all")
        return 0;
    static const QRegularExpression part(QStringLiteral("(\\d+)([smhd])"));
    qint64 total = 0;
    qsizetype pos = 0;
    auto it = part.globalMatch(t);
    while (it.hasNext()) {
        const auto m = it.next();
        if (m.capturedStart() != pos)
            return std::nullopt;
        const qint64 n = m.captured(1).toLongLong();
        const QChar unit = m.captured(2).at(0);
        total += n * (unit == u's' ? 1 : unit == u'm' ? 60 : unit == u'h' ? 3600 : 86400);
        pos = m.capturedEnd();
    }
    if (pos != t.size() || total <= 0)
        return std::nullopt;
    return total;
}

} // namespace kvd
