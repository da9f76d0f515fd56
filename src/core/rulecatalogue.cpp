// SPDX-License-Identifier: MIT
#include "core/rulecatalogue.h"

#include "core/coretr.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>

namespace kvd {

using namespace Qt::StringLiterals;

QString findingSeverityId(FindingSeverity severity)
{
    switch (severity) {
    case FindingSeverity::Info: return u"info"_s;
    case FindingSeverity::Warning: return u"warning"_s;
    case FindingSeverity::Error: return u"error"_s;
    }
    return u"error"_s;
}

QString findingSeverityDisplayName(FindingSeverity severity)
{
    switch (severity) {
    case FindingSeverity::Info: return CoreTr::tr("Info");
    case FindingSeverity::Warning: return CoreTr::tr("Warning");
    case FindingSeverity::Error: return CoreTr::tr("Error");
    }
    return CoreTr::tr("Error");
}

bool parseFindingSeverity(const QString &id, FindingSeverity *severity)
{
    if (id == u"error")
        *severity = FindingSeverity::Error;
    else if (id == u"warning")
        *severity = FindingSeverity::Warning;
    else if (id == u"info")
        *severity = FindingSeverity::Info;
    else
        return false;
    return true;
}

namespace {

QString baseLanguage(const QString &language)
{
    // "ko_KR", "ko-KR" → "ko"
    const qsizetype cut = language.indexOf(QRegularExpression(u"[_-]"_s));
    return (cut > 0 ? language.left(cut) : language).toLower();
}

} // namespace

QString LocalizedText::text(const QString &language) const
{
    const QString value = byLanguage.value(baseLanguage(language));
    return value.isEmpty() ? byLanguage.value(u"en"_s) : value;
}

QStringList LocalizedList::list(const QString &language) const
{
    const QStringList value = byLanguage.value(baseLanguage(language));
    return value.isEmpty() ? byLanguage.value(u"en"_s) : value;
}

QString RuleCatalogue::builtinPath()
{
    return u":/kvdoctor/rules/catalogue.json"_s;
}

const RuleCatalogue &RuleCatalogue::builtin()
{
    static const RuleCatalogue catalogue = [] {
        RuleCatalogue c;
        QString error;
        const bool ok = c.load(builtinPath(), &error);
        Q_ASSERT_X(ok, "RuleCatalogue::builtin", qPrintable(error));
        if (!ok)
            qWarning("kvdoctor: built-in rule catalogue: %s", qPrintable(error));
        return c;
    }();
    return catalogue;
}

bool RuleCatalogue::load(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = CoreTr::tr("%1: cannot be read: %2").arg(path, file.errorString());
        return false;
    }
    return loadFromData(file.readAll(), QFileInfo(path).fileName(), error);
}

namespace {

struct Parser
{
    QString fileName;
    QString where; // "rule 3 (id)"
    QString error;

    bool fail(const QString &field, const QString &what)
    {
        if (error.isEmpty())
            error = CoreTr::tr("%1: %2: \"%3\" %4").arg(fileName, where, field, what);
        return false;
    }

    bool string(const QJsonObject &o, const QString &key, QString *out, bool required)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined()) {
            if (required)
                return fail(key, CoreTr::tr("is missing"));
            return true;
        }
        if (!v.isString() || (required && v.toString().trimmed().isEmpty()))
            return fail(key, CoreTr::tr("must be a non-empty string"));
        *out = v.toString();
        return true;
    }

    bool stringList(const QJsonObject &o, const QString &key, QStringList *out)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined())
            return true;
        if (!v.isArray())
            return fail(key, CoreTr::tr("must be an array of strings"));
        for (const QJsonValue &item : v.toArray()) {
            if (!item.isString() || item.toString().isEmpty())
                return fail(key, CoreTr::tr("must be an array of non-empty strings"));
            out->append(item.toString());
        }
        return true;
    }

    bool text(const QJsonObject &o, const QString &key, LocalizedText *out)
    {
        const QJsonValue v = o.value(key);
        if (!v.isObject())
            return fail(key, CoreTr::tr("must be an object of texts by language ({\"en\": ..., \"ko\": ...})"));
        const QJsonObject byLanguage = v.toObject();
        for (auto it = byLanguage.begin(); it != byLanguage.end(); ++it) {
            if (!it.value().isString() || it.value().toString().trimmed().isEmpty())
                return fail(key + u'.' + it.key(), CoreTr::tr("must be a non-empty string"));
            out->byLanguage.insert(it.key(), it.value().toString());
        }
        if (!out->has(u"en"_s))
            return fail(key + u".en"_s, CoreTr::tr("is missing (English is the fallback)"));
        return true;
    }

    bool list(const QJsonObject &o, const QString &key, LocalizedList *out)
    {
        const QJsonValue v = o.value(key);
        if (!v.isObject())
            return fail(key, CoreTr::tr("must be an object of string arrays by language"));
        const QJsonObject byLanguage = v.toObject();
        for (auto it = byLanguage.begin(); it != byLanguage.end(); ++it) {
            QStringList items;
            if (!stringList(byLanguage, it.key(), &items))
                return fail(key + u'.' + it.key(), CoreTr::tr("must be an array of non-empty strings"));
            if (items.isEmpty())
                return fail(key + u'.' + it.key(), CoreTr::tr("must not be empty"));
            out->byLanguage.insert(it.key(), items);
        }
        if (!out->has(u"en"_s))
            return fail(key + u".en"_s, CoreTr::tr("is missing (English is the fallback)"));
        return true;
    }

    bool patterns(const QJsonObject &o, const QString &key, QList<RulePattern> *out)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined())
            return true;
        if (!v.isArray())
            return fail(key, CoreTr::tr("must be an array of regular expressions"));
        const QJsonArray array = v.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QJsonValue item = array.at(i);
            RulePattern pattern;
            if (item.isString()) {
                pattern.regex = item.toString();
            } else if (item.isObject()) {
                pattern.regex = item.toObject().value(u"regex"_s).toString();
                pattern.caseInsensitive = item.toObject().value(u"caseInsensitive"_s).toBool();
            }
            const QString field = u"%1[%2]"_s.arg(key).arg(i);
            if (pattern.regex.isEmpty())
                return fail(field, CoreTr::tr("must be a non-empty regular expression or {\"regex\": ...}"));
            const QRegularExpression re(pattern.regex);
            if (!re.isValid())
                return fail(field, CoreTr::tr("does not compile: %1 (at offset %2)").arg(re.errorString()).arg(re.patternErrorOffset()));
            out->append(pattern);
        }
        return true;
    }
};

} // namespace

bool RuleCatalogue::loadFromData(const QByteArray &json, const QString &fileName, QString *error)
{
    auto failWith = [&](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return failWith(CoreTr::tr("%1: not valid JSON at offset %2: %3").arg(fileName).arg(parseError.offset).arg(parseError.errorString()));
    if (!document.isObject() || !document.object().value(u"rules"_s).isArray())
        return failWith(CoreTr::tr("%1: expected an object with a \"rules\" array").arg(fileName));

    QList<Rule> rules;
    QHash<QString, int> index;
    QHash<QString, int> byProblem;
    Parser p{fileName, {}, {}};
    const QJsonArray array = document.object().value(u"rules"_s).toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        p.where = CoreTr::tr("rule %1").arg(i + 1);
        if (!array.at(i).isObject())
            return failWith(CoreTr::tr("%1: %2 is not an object").arg(fileName, p.where));
        const QJsonObject o = array.at(i).toObject();
        Rule rule;
        if (!p.string(o, u"id"_s, &rule.id, true))
            return failWith(p.error);
        p.where = CoreTr::tr("rule %1 (%2)").arg(i + 1).arg(rule.id);
        if (!QRegularExpression(u"^[a-z0-9]+(-[a-z0-9]+)*$"_s).match(rule.id).hasMatch()) {
            p.fail(u"id"_s, CoreTr::tr("must be lowercase words joined by '-'"));
            return failWith(p.error);
        }
        if (index.contains(rule.id)) {
            p.fail(u"id"_s, CoreTr::tr("is used by an earlier rule too"));
            return failWith(p.error);
        }
        QString severity;
        if (!p.string(o, u"severity"_s, &severity, true))
            return failWith(p.error);
        if (!parseFindingSeverity(severity, &rule.severity)) {
            p.fail(u"severity"_s, CoreTr::tr("must be error, warning or info"));
            return failWith(p.error);
        }
        if (!p.string(o, u"component"_s, &rule.component, true))
            return failWith(p.error);
        if (o.contains(u"priority"_s)) {
            if (!o.value(u"priority"_s).isDouble()) {
                p.fail(u"priority"_s, CoreTr::tr("must be a number"));
                return failWith(p.error);
            }
            rule.priority = o.value(u"priority"_s).toInt();
        }
        rule.symptom = o.value(u"symptom"_s).toBool();
        if (!p.patterns(o, u"patterns"_s, &rule.patterns) || !p.patterns(o, u"exclude"_s, &rule.excludePatterns)
            || !p.stringList(o, u"subsumes"_s, &rule.subsumes) || !p.stringList(o, u"inventoryProblems"_s, &rule.inventoryProblems)
            || !p.text(o, u"title"_s, &rule.title) || !p.text(o, u"explanation"_s, &rule.explanation)
            || !p.list(o, u"fix"_s, &rule.fix) || !p.stringList(o, u"docs"_s, &rule.docs)
            || !p.stringList(o, u"kubectl"_s, &rule.kubectl))
            return failWith(p.error);
        if (rule.docs.isEmpty()) {
            p.fail(u"docs"_s, CoreTr::tr("must name at least one link"));
            return failWith(p.error);
        }
        for (const QString &doc : std::as_const(rule.docs)) {
            const QUrl url(doc, QUrl::StrictMode);
            if (!url.isValid() || url.scheme() != u"https") {
                p.fail(u"docs"_s, CoreTr::tr("\"%1\" is not an https URL").arg(doc));
                return failWith(p.error);
            }
        }
        if (rule.kubectl.isEmpty()) {
            p.fail(u"kubectl"_s, CoreTr::tr("must name at least one command"));
            return failWith(p.error);
        }
        if (rule.patterns.isEmpty() && rule.inventoryProblems.isEmpty() && !o.value(u"clusterState"_s).toBool()) {
            p.fail(u"patterns"_s, CoreTr::tr("is empty and the rule is not a cluster-state rule"));
            return failWith(p.error);
        }
        for (const QString &problem : std::as_const(rule.inventoryProblems)) {
            if (byProblem.contains(problem)) {
                p.fail(u"inventoryProblems"_s, CoreTr::tr("\"%1\" is already mapped by rule %2").arg(problem, rules.at(byProblem.value(problem)).id));
                return failWith(p.error);
            }
            byProblem.insert(problem, int(rules.size()));
        }
        index.insert(rule.id, int(rules.size()));
        rules.append(rule);
    }
    // References to other rules must resolve.
    for (qsizetype i = 0; i < rules.size(); ++i) {
        for (const QString &other : std::as_const(rules.at(i).subsumes)) {
            if (!index.contains(other))
                return failWith(CoreTr::tr("%1: rule %2 (%3): \"subsumes\" names an unknown rule \"%4\"")
                                    .arg(fileName).arg(i + 1).arg(rules.at(i).id, other));
        }
    }
    m_rules = rules;
    m_index = index;
    m_byProblem = byProblem;
    m_version = document.object().value(u"version"_s).toInt();
    return true;
}

const Rule *RuleCatalogue::rule(const QString &id) const
{
    const int i = indexOf(id);
    return i < 0 ? nullptr : &m_rules.at(i);
}

int RuleCatalogue::indexOf(const QString &id) const
{
    return m_index.value(id, -1);
}

const Rule *RuleCatalogue::ruleForInventoryProblem(const QString &problemId) const
{
    const int i = m_byProblem.value(problemId, -1);
    return i < 0 ? nullptr : &m_rules.at(i);
}

} // namespace kvd
