// SPDX-License-Identifier: MIT
#pragma once

// Small helpers shared by the simulator: deterministic randomness, UIDs, Kubernetes time formats.

#include <QByteArray>
#include <QCryptographicHash>
#include <QDateTime>
#include <QString>
#include <QtGlobal>

namespace kvd::sim {

// splitmix64: cheap, deterministic; the simulated cluster must look the same on every run.
inline quint64 mix64(quint64 x)
{
    x += 0x9e3779b97f4a7c15ULL;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}

inline quint64 hashOf(const QString &text, quint64 salt = 0)
{
    const QByteArray digest = QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Md5);
    quint64 value = 0;
    for (int i = 0; i < 8; ++i)
        value = (value << 8) | quint8(digest.at(i));
    return mix64(value ^ salt);
}

class Rng
{
public:
    explicit Rng(quint64 seed) : m_state(seed) {}
    quint64 next() { m_state = mix64(m_state); return m_state; }
    int bounded(int n) { return n <= 0 ? 0 : int(next() % quint64(n)); }

private:
    quint64 m_state;
};

// A UUID-looking string derived from a key, so objects keep their uid across requests.
inline QString uidFor(const QString &key)
{
    const QByteArray d = QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha1).toHex();
    return QString::fromLatin1(d.mid(0, 8) + '-' + d.mid(8, 4) + "-4" + d.mid(13, 3) + '-'
                               + "89ab"[d.at(16) % 4] + d.mid(17, 3) + '-' + d.mid(20, 12));
}

// Kubernetes object-name suffixes use consonants and digits only (no vowels, no 0/1/3).
inline QString nameSuffix(quint64 seed, int length)
{
    static const char alphabet[] = "bcdfghjklmnpqrstvwxz2456789";
    QString out;
    out.reserve(length);
    for (int i = 0; i < length; ++i) {
        seed = mix64(seed + quint64(i));
        out.append(QLatin1Char(alphabet[seed % 27]));
    }
    return out;
}

inline QString rfc3339(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODate);
}

inline QString rfc3339Micro(const QDateTime &t)
{
    return t.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz")) + QStringLiteral("000Z");
}

// kubectl-style age: 45s, 5m, 3h12m, 2d4h, 41d.
inline QString shortAge(qint64 seconds)
{
    if (seconds < 0)
        seconds = 0;
    if (seconds < 120)
        return QString::number(seconds) + QLatin1Char('s');
    const qint64 minutes = seconds / 60;
    if (minutes < 10)
        return QString::number(minutes) + QLatin1Char('m') + (seconds % 60 ? QString::number(seconds % 60) + QLatin1Char('s') : QString());
    if (minutes < 180)
        return QString::number(minutes) + QLatin1Char('m');
    const qint64 hours = minutes / 60;
    if (hours < 8)
        return QString::number(hours) + QLatin1Char('h') + (minutes % 60 ? QString::number(minutes % 60) + QLatin1Char('m') : QString());
    if (hours < 48)
        return QString::number(hours) + QLatin1Char('h');
    const qint64 days = hours / 24;
    if (days < 8)
        return QString::number(days) + QLatin1Char('d') + (hours % 24 ? QString::number(hours % 24) + QLatin1Char('h') : QString());
    if (days < 365 * 2)
        return QString::number(days) + QLatin1Char('d');
    return QString::number(days / 365) + QLatin1Char('y');
}

} // namespace kvd::sim
