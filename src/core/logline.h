// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArrayView>
#include <QList>
#include <QPair>
#include <QString>

namespace kvd {

enum class LogSeverity : quint8 { Unknown, Debug, Info, Warning, Error, Fatal };
enum class LogFormat : quint8 { Plain, Klog, Json, Logrus };

// One parsed log line. The text is never altered beyond decoding: `text` is the whole line (a
// trailing CR removed, invalid UTF-8 replaced by U+FFFD, NUL and other C0 controls except TAB
// shown as U+2400..), and the fields point into it or were taken from it.
struct LogLine
{
    QString text;
    LogFormat format = LogFormat::Plain;
    LogSeverity severity = LogSeverity::Unknown;
    // Microseconds since the epoch (UTC); 0 when the line has no time stamp.
    qint64 timestampUs = 0;
    bool hasTimestamp() const { return timestampUs != 0; }
    bool kubeTimestamp = false;     // `kubectl logs --timestamps` prefix present
    QString containerPrefix;        // "secrets-store E0909 ..." as pasted from --prefix/--all-containers
    qint64 thread = -1;
    QString sourceFile;             // "server.go" or the JSON caller
    int sourceLine = 0;
    QString message;
    QList<QPair<QString, QString>> fields; // JSON / logrus / klog structured key=value pairs
};

// Lines longer than this are decoded for display up to this length only by callers that ask for
// it; the parser never looks further for the header (headers are short), so megabyte lines stay cheap.
constexpr qsizetype kLogHeaderScanLimit = 4096;

// Decodes raw bytes of one line for display. Never fails.
QString decodeLogText(QByteArrayView raw);

// Parses one line (without its '\n'). referenceYear fills the year klog omits.
LogLine parseLogLine(QByteArrayView raw, int referenceYear);

// Cheap checks used by filters over millions of lines: no decoding, no allocation.
LogSeverity quickSeverity(QByteArrayView raw);
// Time stamp in microseconds since the epoch, 0 when none (klog: MMDD in referenceYear).
qint64 quickTimestamp(QByteArrayView raw, int referenceYear);

QString severityName(LogSeverity severity);      // "error", untranslated id
QString severityDisplayName(LogSeverity severity); // translated

} // namespace kvd
