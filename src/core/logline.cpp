// SPDX-License-Identifier: MIT
#include "core/logline.h"

#include "core/coretr.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>

namespace kvd {

namespace {

constexpr qsizetype kJsonParseLimit = 1 << 20; // larger "JSON" lines are shown as plain text

bool isDigit(char c) { return c >= '0' && c <= '9'; }

// Reads `count` digits at pos; -1 when they are not all digits or the text ends.
int digits(QByteArrayView s, qsizetype pos, int count)
{
    if (pos < 0 || pos + count > s.size())
        return -1;
    int value = 0;
    for (int i = 0; i < count; ++i) {
        const char c = s[pos + i];
        if (!isDigit(c))
            return -1;
        value = value * 10 + (c - '0');
    }
    return value;
}

// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's algorithm).
qint64 daysFromCivil(qint64 y, unsigned m, unsigned d)
{
    y -= m <= 2;
    const qint64 era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = unsigned(y - era * 400);
    const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + qint64(doe) - 719468;
}

qint64 toMicros(int year, int month, int day, int h, int min, int sec, qint64 micros)
{
    if (month < 1 || month > 12 || day < 1 || day > 31 || h > 23 || min > 59 || sec > 60)
        return 0;
    const qint64 days = daysFromCivil(year, unsigned(month), unsigned(day));
    const qint64 value = ((days * 24 + h) * 60 + min) * 60 + sec;
    const qint64 us = value * 1000000 + micros;
    return us == 0 ? 1 : us; // 0 means "none"
}

// RFC 3339 at pos ("2023-01-12T18:13:32.210242Z", "...+02:00", fraction optional). Returns the
// time in microseconds and sets `end` past it, or 0.
qint64 parseRfc3339(QByteArrayView s, qsizetype pos, qsizetype *end)
{
    const int year = digits(s, pos, 4);
    if (year < 0 || pos + 19 > s.size() || s[pos + 4] != '-' || s[pos + 7] != '-' || (s[pos + 10] != 'T' && s[pos + 10] != ' ')
        || s[pos + 13] != ':' || s[pos + 16] != ':')
        return 0;
    const int month = digits(s, pos + 5, 2), day = digits(s, pos + 8, 2);
    const int h = digits(s, pos + 11, 2), min = digits(s, pos + 14, 2), sec = digits(s, pos + 17, 2);
    if (month < 0 || day < 0 || h < 0 || min < 0 || sec < 0)
        return 0;
    qsizetype p = pos + 19;
    qint64 micros = 0;
    if (p < s.size() && (s[p] == '.' || s[p] == ',')) {
        ++p;
        int n = 0;
        while (p < s.size() && isDigit(s[p])) {
            if (n < 6) {
                micros = micros * 10 + (s[p] - '0');
                ++n;
            }
            ++p;
        }
        for (; n < 6; ++n)
            micros *= 10;
    }
    qint64 offsetSeconds = 0;
    if (p < s.size() && (s[p] == 'Z' || s[p] == 'z')) {
        ++p;
    } else if (p + 6 <= s.size() && (s[p] == '+' || s[p] == '-') && s[p + 3] == ':') {
        const int oh = digits(s, p + 1, 2), om = digits(s, p + 4, 2);
        if (oh < 0 || om < 0)
            return 0;
        offsetSeconds = (oh * 60 + om) * 60 * (s[p] == '+' ? 1 : -1);
        p += 6;
    }
    const qint64 t = toMicros(year, month, day, h, min, sec, micros);
    if (t == 0)
        return 0;
    if (end)
        *end = p;
    return t - offsetSeconds * 1000000;
}

// kubectl logs --timestamps: "2024-05-01T10:00:00.123456789Z " at the start.
qsizetype skipKubeTimestamp(QByteArrayView s, qint64 *time)
{
    qsizetype end = 0;
    const qint64 t = parseRfc3339(s, 0, &end);
    if (t == 0 || end >= s.size() || s[end] != ' ')
        return 0;
    if (time)
        *time = t;
    return end + 1;
}

LogSeverity klogSeverity(char c)
{
    switch (c) {
    case 'I': return LogSeverity::Info;
    case 'W': return LogSeverity::Warning;
    case 'E': return LogSeverity::Error;
    case 'F': return LogSeverity::Fatal;
    default: return LogSeverity::Unknown;
    }
}

// "E0909 07:37:48.739455       1 file.go:243] " at pos: the length of the header up to the message
// start, or 0. Only the fixed part is required; thread and file:line are read when present.
qsizetype klogHeader(QByteArrayView s, qsizetype pos)
{
    if (pos + 21 > s.size() || klogSeverity(s[pos]) == LogSeverity::Unknown)
        return 0;
    if (digits(s, pos + 1, 4) < 0 || s[pos + 5] != ' ' || digits(s, pos + 6, 2) < 0 || s[pos + 8] != ':'
        || digits(s, pos + 9, 2) < 0 || s[pos + 11] != ':' || digits(s, pos + 12, 2) < 0 || s[pos + 14] != '.'
        || digits(s, pos + 15, 6) < 0)
        return 0;
    const qsizetype limit = std::min(s.size(), pos + kLogHeaderScanLimit);
    qsizetype p = pos + 21;
    while (p < limit && s[p] == ' ')
        ++p;
    while (p < limit && isDigit(s[p]))
        ++p;
    if (p < limit && s[p] == ' ') {
        // file:line] — stop at the first "] "
        for (qsizetype q = p + 1; q < limit; ++q) {
            if (s[q] == ']')
                return q + 1 < s.size() && s[q + 1] == ' ' ? q + 2 - pos : q + 1 - pos;
            if (s[q] == ' ')
                break;
        }
    }
    return pos + 21 - pos; // header without thread/file
}

qint64 klogTime(QByteArrayView s, qsizetype pos, int year)
{
    const int month = digits(s, pos + 1, 2), day = digits(s, pos + 3, 2);
    const int h = digits(s, pos + 6, 2), min = digits(s, pos + 9, 2), sec = digits(s, pos + 12, 2);
    const int us = digits(s, pos + 15, 6);
    return toMicros(year, month, day, h, min, sec, us);
}

// "secrets-store E0909 ..." — a container name pasted in front of a klog header.
qsizetype containerPrefixLength(QByteArrayView s, qsizetype pos)
{
    const qsizetype limit = std::min(s.size(), pos + 64);
    qsizetype p = pos;
    while (p < limit && ((s[p] >= 'a' && s[p] <= 'z') || isDigit(s[p]) || s[p] == '-'))
        ++p;
    if (p == pos || p >= limit || s[p] != ' ')
        return 0;
    return klogHeader(s, p + 1) > 0 ? p + 1 - pos : 0;
}

LogSeverity levelFromWord(QStringView word)
{
    const QString w = word.toString().toLower();
    if (w.startsWith(u"err") || w == u"dpanic")
        return LogSeverity::Error;
    if (w.startsWith(u"warn"))
        return LogSeverity::Warning;
    if (w.startsWith(u"info") || w == u"notice")
        return LogSeverity::Info;
    if (w.startsWith(u"debug") || w.startsWith(u"trace"))
        return LogSeverity::Debug;
    if (w.startsWith(u"fatal") || w == u"panic" || w == u"critical")
        return LogSeverity::Fatal;
    return LogSeverity::Unknown;
}

// key=value pairs with Go-quoted values (klog structured, logrus). Stops at a key that does not parse.
void parsePairs(QStringView s, QList<QPair<QString, QString>> *out, QString *msg)
{
    qsizetype p = 0;
    const qsizetype n = s.size();
    while (p < n) {
        while (p < n && s[p] == u' ')
            ++p;
        const qsizetype keyStart = p;
        while (p < n && s[p] != u'=' && s[p] != u' ')
            ++p;
        if (p >= n || s[p] != u'=' || p == keyStart)
            return;
        const QString key = s.mid(keyStart, p - keyStart).toString();
        ++p;
        QString value;
        if (p < n && s[p] == u'"') {
            ++p;
            while (p < n && s[p] != u'"') {
                if (s[p] == u'\\' && p + 1 < n) {
                    ++p;
                    const QChar e = s[p];
                    value += e == u'n' ? QChar(u'\n') : e == u't' ? QChar(u'\t') : e;
                } else {
                    value += s[p];
                }
                ++p;
            }
            ++p;
        } else if (p < n && s[p] == u'<') {
            value = s.mid(p).toString(); // klog multi-line value starts here; the rest follows on later lines
            p = n;
        } else {
            const qsizetype v = p;
            while (p < n && s[p] != u' ')
                ++p;
            value = s.mid(v, p - v).toString();
        }
        if (msg && (key == u"msg"))
            *msg = value;
        out->append({key, value});
    }
}

// A JSON time in seconds (zap's "ts") as microseconds; 0 when out of years 1..9999 or NaN, so a
// garbage number never overflows the integer conversion.
qint64 secondsToMicros(double seconds)
{
    if (!(seconds > -62135596800.0 && seconds < 253402300800.0))
        return 0;
    return qint64(seconds * 1e6);
}

QString jsonValueText(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    if (v.isDouble())
        return QString::number(v.toDouble(), 'g', 15);
    if (v.isBool())
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (v.isNull())
        return QStringLiteral("null");
    if (v.isArray() || v.isObject())
        return QString::fromUtf8((v.isArray() ? QJsonDocument(v.toArray()) : QJsonDocument(v.toObject())).toJson(QJsonDocument::Compact));
    return {};
}

bool parseJson(QByteArrayView raw, qsizetype pos, LogLine *line)
{
    if (raw.size() - pos > kJsonParseLimit)
        return false;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(raw.sliced(pos).toByteArray(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return false;
    const QJsonObject object = doc.object();
    line->format = LogFormat::Json;
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString key = it.key();
        const QString value = jsonValueText(it.value());
        if (key == u"level" || key == u"severity" || key == u"lvl")
            line->severity = levelFromWord(value);
        else if (key == u"msg" || key == u"message")
            line->message = value;
        else if (key == u"caller") {
            line->sourceFile = value;
        } else if ((key == u"ts" || key == u"timestamp" || key == u"time") && !line->kubeTimestamp) {
            if (it.value().isDouble()) {
                line->timestampUs = secondsToMicros(it.value().toDouble());
            } else {
                const QByteArray bytes = value.toLatin1();
                line->timestampUs = parseRfc3339(bytes, 0, nullptr);
            }
            continue;
        }
        line->fields.append({key, value});
    }
    return true;
}

} // namespace

QString decodeLogText(QByteArrayView raw)
{
    if (raw.endsWith('\r'))
        raw.chop(1);
    QString text = QString::fromUtf8(raw);
    for (QChar &c : text) {
        const char16_t u = c.unicode();
        if (u < 0x20 && u != u'\t')
            c = QChar(char16_t(0x2400 + u)); // control pictures keep garbage visible without breaking layout
        else if (u == 0x7f)
            c = QChar(char16_t(0x2421));
    }
    return text;
}

LogLine parseLogLine(QByteArrayView raw, int referenceYear)
{
    LogLine line;
    if (raw.endsWith('\r'))
        raw.chop(1);
    line.text = decodeLogText(raw);
    qint64 kubeTime = 0;
    qsizetype pos = skipKubeTimestamp(raw, &kubeTime);
    if (pos > 0) {
        line.kubeTimestamp = true;
        line.timestampUs = kubeTime;
    }
    if (const qsizetype prefix = containerPrefixLength(raw, pos); prefix > 0) {
        line.containerPrefix = QString::fromUtf8(raw.sliced(pos, prefix - 1));
        pos += prefix;
    }
    if (const qsizetype header = klogHeader(raw, pos); header > 0) {
        line.format = LogFormat::Klog;
        line.severity = klogSeverity(raw[pos]);
        if (!line.kubeTimestamp)
            line.timestampUs = klogTime(raw, pos, referenceYear);
        const QByteArrayView head = raw.sliced(pos + 21, header - 21);
        const QString headText = QString::fromUtf8(head).trimmed();
        const qsizetype space = headText.indexOf(u' ');
        if (space > 0) {
            line.thread = headText.left(space).toLongLong();
            QString where = headText.mid(space + 1);
            if (where.endsWith(u']'))
                where.chop(1);
            const qsizetype colon = where.lastIndexOf(u':');
            if (colon > 0) {
                line.sourceFile = where.left(colon);
                line.sourceLine = where.mid(colon + 1).toInt();
            } else {
                line.sourceFile = where;
            }
        }
        const QString body = decodeLogText(raw.sliced(pos + header));
        if (body.startsWith(u'"') && body.size() < kJsonParseLimit) {
            // structured klog: "message" key="value" ...
            qsizetype q = 1;
            QString msg;
            while (q < body.size() && body[q] != u'"') {
                if (body[q] == u'\\' && q + 1 < body.size())
                    ++q;
                msg += body[q];
                ++q;
            }
            line.message = msg;
            if (q + 1 < body.size())
                parsePairs(QStringView(body).mid(q + 1), &line.fields, nullptr);
        } else {
            line.message = body;
        }
        return line;
    }
    qsizetype p = pos;
    while (p < raw.size() && (raw[p] == ' ' || raw[p] == '\t'))
        ++p;
    if (p < raw.size() && raw[p] == '{' && parseJson(raw, p, &line))
        return line;
    if (raw.sliced(pos).startsWith("time=\"") || raw.sliced(pos).startsWith("level=")) {
        const QString body = decodeLogText(raw.sliced(pos));
        parsePairs(body, &line.fields, &line.message);
        bool any = false;
        for (const auto &[key, value] : std::as_const(line.fields)) {
            if (key == u"level") {
                line.severity = levelFromWord(value);
                any = true;
            } else if (key == u"time" && !line.kubeTimestamp) {
                line.timestampUs = parseRfc3339(value.toLatin1(), 0, nullptr);
            }
        }
        if (any) {
            line.format = LogFormat::Logrus;
            return line;
        }
        line.fields.clear();
        line.message.clear();
    }
    line.message = decodeLogText(raw.sliced(pos));
    return line;
}

LogSeverity quickSeverity(QByteArrayView raw)
{
    qsizetype pos = skipKubeTimestamp(raw, nullptr);
    pos += containerPrefixLength(raw, pos);
    if (klogHeader(raw, pos) > 0)
        return klogSeverity(raw[pos]);
    const QByteArrayView head = raw.sliced(pos, std::min<qsizetype>(raw.size() - pos, 512));
    qsizetype at = head.indexOf("\"level\":\"");
    qsizetype skip = 9;
    if (at < 0) {
        at = head.indexOf("level=");
        skip = 6;
        if (at >= 0 && at + skip < head.size() && head[at + skip] == '"')
            ++skip;
    }
    if (at < 0)
        return LogSeverity::Unknown;
    qsizetype end = at + skip;
    while (end < head.size() && ((head[end] >= 'a' && head[end] <= 'z') || (head[end] >= 'A' && head[end] <= 'Z')))
        ++end;
    return levelFromWord(QString::fromLatin1(head.sliced(at + skip, end - at - skip)));
}

qint64 quickTimestamp(QByteArrayView raw, int referenceYear)
{
    qint64 t = 0;
    qsizetype pos = skipKubeTimestamp(raw, &t);
    if (t != 0)
        return t;
    pos += containerPrefixLength(raw, pos);
    if (klogHeader(raw, pos) > 0)
        return klogTime(raw, pos, referenceYear);
    const QByteArrayView head = raw.sliced(pos, std::min<qsizetype>(raw.size() - pos, 512));
    for (const char *key : {"\"timestamp\":\"", "\"ts\":\"", "\"time\":\"", "time=\""}) {
        const qsizetype at = head.indexOf(key);
        if (at >= 0)
            return parseRfc3339(head, at + qsizetype(qstrlen(key)), nullptr);
    }
    const qsizetype ts = head.indexOf("\"ts\":");
    if (ts >= 0) {
        const QByteArrayView rest = head.sliced(ts + 5);
        qsizetype end = 0;
        while (end < rest.size() && (isDigit(rest[end]) || rest[end] == '.'))
            ++end;
        bool ok = false;
        const double v = rest.first(end).toByteArray().toDouble(&ok);
        if (ok && v > 0)
            return secondsToMicros(v);
    }
    return 0;
}

QString severityName(LogSeverity severity)
{
    switch (severity) {
    case LogSeverity::Debug: return QStringLiteral("debug");
    case LogSeverity::Info: return QStringLiteral("info");
    case LogSeverity::Warning: return QStringLiteral("warning");
    case LogSeverity::Error: return QStringLiteral("error");
    case LogSeverity::Fatal: return QStringLiteral("fatal");
    case LogSeverity::Unknown: break;
    }
    return QStringLiteral("unknown");
}

QString severityDisplayName(LogSeverity severity)
{
    switch (severity) {
    case LogSeverity::Debug: return CoreTr::tr("Debug");
    case LogSeverity::Info: return CoreTr::tr("Info");
    case LogSeverity::Warning: return CoreTr::tr("Warning");
    case LogSeverity::Error: return CoreTr::tr("Error");
    case LogSeverity::Fatal: return CoreTr::tr("Fatal");
    case LogSeverity::Unknown: break;
    }
    return CoreTr::tr("Unknown");
}

} // namespace kvd
