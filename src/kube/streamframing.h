// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

#include <optional>

namespace kvd {

// Splits a byte stream into '\n'-terminated lines (watch events, followed logs). A read may
// end in the middle of a line; the rest is kept until the next feed().
class LineSplitter
{
public:
    explicit LineSplitter(qsizetype maxLineLength = 256 * 1024 * 1024) : m_max(maxLineLength) {}

    // Complete lines in `data` (without '\n' and a trailing '\r'). Empty lines are skipped.
    // Returns false when a line grows beyond the limit (the buffer is then dropped).
    bool feed(QByteArrayView data, QList<QByteArray> *lines);
    // What is left after the last '\n' (an unterminated last line at end of stream).
    QByteArray takeRemainder();
    qsizetype pending() const { return m_buffer.size(); }
    void clear() { m_buffer.clear(); }

private:
    QByteArray m_buffer;
    qsizetype m_max;
};

// Binary framing of the channel.k8s.io WebSocket protocols (v4 and v5): each message is one
// channel byte followed by the payload.
namespace execchannel {
enum Channel : quint8 { Stdin = 0, Stdout = 1, Stderr = 2, Error = 3, Resize = 4, Close = 255 };

inline constexpr const char *v5Protocol = "v5.channel.k8s.io";
inline constexpr const char *v4Protocol = "v4.channel.k8s.io";

QByteArray encode(quint8 channel, QByteArrayView payload);
// v5 only: half-close a client stream, e.g. stdin → [255, 0].
QByteArray encodeClose(quint8 channel = Stdin);
// {"Width":cols,"Height":rows} on channel 4.
QByteArray encodeResize(int columns, int rows);

struct Frame
{
    quint8 channel = 0;
    QByteArray payload;
};
// std::nullopt for an empty message (no channel byte).
std::optional<Frame> decode(const QByteArray &message);

// The outcome of an exec, from the Status the server writes on channel 3 (empty: success).
struct ExitStatus
{
    bool success = false;
    int exitCode = -1;    // 0 on success, the ExitCode cause for NonZeroExitCode, -1 otherwise
    QString message;      // the Status message for failures that are not an exit code
    QString reason;
};
// Returns std::nullopt and sets *error when the bytes are not a Status.
std::optional<ExitStatus> parseExitStatus(const QByteArray &statusJson, QString *error);
} // namespace execchannel

} // namespace kvd
