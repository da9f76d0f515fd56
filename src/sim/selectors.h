// SPDX-License-Identifier: MIT
#pragma once

// Label and field selectors with the syntax and errors of the Kubernetes API server.

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace kvd::sim {

class LabelSelector
{
public:
    enum class Op { Exists, NotExists, Equals, NotEquals, In, NotIn };
    struct Requirement
    {
        QString key;
        Op op = Op::Exists;
        QStringList values;
    };

    // Parses `a=b,c!=d,e in (x,y),f notin (z),g,!h`. Returns false with a message on bad input.
    bool parse(const QString &text, QString *error);
    bool isEmpty() const { return m_requirements.isEmpty(); }
    bool matches(const QJsonObject &labels) const;
    const QList<Requirement> &requirements() const { return m_requirements; }

private:
    QList<Requirement> m_requirements;
};

class FieldSelector
{
public:
    struct Requirement
    {
        QString field;
        bool negated = false;
        QString value;
    };

    bool parse(const QString &text, QString *error);
    bool isEmpty() const { return m_requirements.isEmpty(); }
    // Checks every field against `supported`; returns the first unsupported one.
    QString unsupportedField(const QStringList &supported) const;
    bool matches(const std::function<QString(const QString &)> &valueOf) const;
    const QList<Requirement> &requirements() const { return m_requirements; }

private:
    QList<Requirement> m_requirements;
};

} // namespace kvd::sim
