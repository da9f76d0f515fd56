// SPDX-License-Identifier: MIT
#include "kube/streamframing.h"

#include "kube/kubestatus.h"
#include "kube/kubetr.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace kvd {

bool LineSplitter::feed(QByteArrayView data, QList<QByteArray> *lines)
{
    qsizetype start = 0;
    while (start < data.size()) {
        const qsizetype newline = data.indexOf('\n', start);
        if (newline < 0) {
            m_buffer.append(data.mid(start));
            break;
        }
        QByteArray line;
        if (m_buffer.isEmpty()) {
            line = data.mid(start, newline - start).toByteArray();
        } else {
            m_buffer.append(data.mid(start, newline - start));
            line = std::exchange(m_buffer, {});
        }
        if (line.endsWith('\r'))
            line.chop(1);
        if (!line.isEmpty())
            lines->append(line);
        start = newline + 1;
    }
    if (m_buffer.size() > m_max) {
        m_buffer.clear();
        return false;
    }
    return true;
}

QByteArray LineSplitter::takeRemainder()
{
    QByteArray rest = std::exchange(m_buffer, {});
    if (rest.endsWith('\r'))
        rest.chop(1);
    return rest;
}

namespace execchannel {

QByteArray encode(quint8 channel, QByteArrayView payload)
{
    QByteArray message;
    message.reserve(payload.size() + 1);
    message.append(char(channel));
    message.append(payload);
    return message;
}

QByteArray encodeClose(quint8 channel)
{
    QByteArray message;
    message.append(char(Close));
    message.append(char(channel));
    return message;
}

QByteArray encodeResize(int columns, int rows)
{
    // Capitalised keys: the Go struct (TerminalSize) has no json tags.
    return encode(Resize, QStringLiteral("{\"Width\":%1,\"Height\":%2}").arg(columns).arg(rows).toUtf8());
}

std::optional<Frame> decode(const QByteArray &message)
{
    if (message.isEmpty())
        return std::nullopt;
    return Frame{quint8(message.at(0)), message.mid(1)};
}

std::optional<ExitStatus> parseExitStatus(const QByteArray &statusJson, QString *error)
{
    ExitStatus result;
    if (statusJson.trimmed().isEmpty()) {
        result.success = true;
        result.exitCode = 0;
        return result;
    }
    const auto status = parseKubeStatus(statusJson);
    if (!status) {
        *error = KubeTr::tr("the exec status channel carried data that is not a Kubernetes Status: %1")
                     .arg(QString::fromUtf8(statusJson.left(200)));
        return std::nullopt;
    }
    result.reason = status->reason;
    if (status->status == QLatin1String("Success")) {
        result.success = true;
        result.exitCode = 0;
        return result;
    }
    result.message = status->message;
    if (status->reason == QLatin1String("NonZeroExitCode")) {
        for (const auto &cause : status->causes) {
            if (cause.reason != QLatin1String("ExitCode"))
                continue;
            bool ok = false;
            const uint code = cause.message.toUInt(&ok);
            if (ok && code <= 255) {
                result.exitCode = int(code);
                return result;
            }
        }
        *error = KubeTr::tr("the exec status reports a non-zero exit code but does not say which: %1")
                     .arg(status->message);
        return std::nullopt;
    }
    return result;
}

} // namespace execchannel
} // namespace kvd
