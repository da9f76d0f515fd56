// SPDX-License-Identifier: MIT
#include "sim/selectors.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace kvd::sim {

namespace {

QStringList splitTopLevel(const QString &text)
{
    QStringList parts;
    int depth = 0;
    QString current;
    for (const QChar c : text) {
        if (c == u'(')
            ++depth;
        else if (c == u')')
            --depth;
        if (c == u',' && depth == 0) {
            parts.append(current);
            current.clear();
        } else {
            current.append(c);
        }
    }
    parts.append(current);
    return parts;
}

bool validKey(const QString &key)
{
    static const QRegularExpression re(
        u"^([a-z0-9]([-a-z0-9.]*[a-z0-9])?/)?[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?$"_s);
    return key.size() <= 316 && re.match(key).hasMatch();
}

bool validValue(const QString &value)
{
    static const QRegularExpression re(u"^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$"_s);
    return value.size() <= 63 && re.match(value).hasMatch();
}

} // namespace

bool LabelSelector::parse(const QString &text, QString *error)
{
    m_requirements.clear();
    if (text.trimmed().isEmpty())
        return true;
    static const QRegularExpression setRe(u"^\\s*(\\S+)\\s+(in|notin)\\s*\\((.*)\\)\\s*$"_s);
    for (const QString &rawTerm : splitTopLevel(text)) {
        const QString term = rawTerm.trimmed();
        Requirement req;
        if (term.isEmpty()) {
            *error = u"unable to parse requirement: found '', expected: identifier"_s;
            return false;
        }
        if (const auto m = setRe.match(term); m.hasMatch()) {
            req.key = m.captured(1);
            req.op = m.captured(2) == u"in"_s ? Op::In : Op::NotIn;
            for (const QString &v : m.captured(3).split(u','))
                req.values.append(v.trimmed());
        } else if (term.startsWith(u'!') && !term.contains(u'=')) {
            req.key = term.mid(1).trimmed();
            req.op = Op::NotExists;
        } else if (const int ne = term.indexOf(u"!="_s); ne > 0) {
            req.key = term.left(ne).trimmed();
            req.op = Op::NotEquals;
            req.values.append(term.mid(ne + 2).trimmed());
        } else if (const int eq2 = term.indexOf(u"=="_s); eq2 > 0) {
            req.key = term.left(eq2).trimmed();
            req.op = Op::Equals;
            req.values.append(term.mid(eq2 + 2).trimmed());
        } else if (const int eq = term.indexOf(u'='); eq > 0) {
            req.key = term.left(eq).trimmed();
            req.op = Op::Equals;
            req.values.append(term.mid(eq + 1).trimmed());
        } else if (term.contains(u' ') || term.contains(u'(') || term.contains(u'=')) {
            *error = u"unable to parse requirement: found '%1', expected: in, notin, =, ==, !=, gt, lt"_s.arg(term);
            return false;
        } else {
            req.key = term;
            req.op = Op::Exists;
        }
        if (!validKey(req.key)) {
            *error = u"unable to parse requirement: values[0][%1]: Invalid value: \"%1\": name part must consist of "
                     "alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character"_s
                         .arg(req.key);
            return false;
        }
        for (const QString &v : std::as_const(req.values)) {
            if (!validValue(v)) {
                *error = u"unable to parse requirement: values[0][%1]: Invalid value: \"%2\": a valid label must be an "
                         "empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end "
                         "with an alphanumeric character"_s.arg(req.key, v);
                return false;
            }
        }
        m_requirements.append(req);
    }
    return true;
}

bool LabelSelector::matches(const QJsonObject &labels) const
{
    for (const Requirement &req : m_requirements) {
        const auto it = labels.constFind(req.key);
        const bool has = it != labels.constEnd();
        const QString value = has ? it->toString() : QString();
        switch (req.op) {
        case Op::Exists:
            if (!has)
                return false;
            break;
        case Op::NotExists:
            if (has)
                return false;
            break;
        case Op::Equals:
        case Op::In:
            if (!has || !req.values.contains(value))
                return false;
            break;
        case Op::NotEquals:
        case Op::NotIn:
            if (has && req.values.contains(value))
                return false;
            break;
        }
    }
    return true;
}

bool FieldSelector::parse(const QString &text, QString *error)
{
    m_requirements.clear();
    if (text.trimmed().isEmpty())
        return true;
    for (const QString &rawTerm : text.split(u',')) {
        const QString term = rawTerm.trimmed();
        Requirement req;
        int op = term.indexOf(u"!="_s);
        if (op > 0) {
            req.negated = true;
            req.field = term.left(op);
            req.value = term.mid(op + 2);
        } else if ((op = term.indexOf(u"=="_s)) > 0) {
            req.field = term.left(op);
            req.value = term.mid(op + 2);
        } else if ((op = term.indexOf(u'=')) > 0) {
            req.field = term.left(op);
            req.value = term.mid(op + 1);
        } else {
            *error = u"invalid selector: '%1'; can't understand '%2'"_s.arg(text, term);
            return false;
        }
        req.field = req.field.trimmed();
        req.value = req.value.trimmed();
        m_requirements.append(req);
    }
    return true;
}

QString FieldSelector::unsupportedField(const QStringList &supported) const
{
    for (const Requirement &req : m_requirements) {
        if (!supported.contains(req.field))
            return req.field;
    }
    return {};
}

bool FieldSelector::matches(const std::function<QString(const QString &)> &valueOf) const
{
    for (const Requirement &req : m_requirements) {
        const bool equal = valueOf(req.field) == req.value;
        if (equal == req.negated)
            return false;
    }
    return true;
}

} // namespace kvd::sim
