// SPDX-License-Identifier: MIT
#pragma once

// The catalogue of known causes (resources/rules/catalogue.json, compiled in as
// :/kvdoctor/rules/catalogue.json): for each cause its id, severity, component, the regexes that
// recognise it in one log line or event message, its texts in English and Korean, docs links and
// the kubectl commands that confirm it. Data, not code: support engineers extend it without C++.

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace kvd {

// Ordered so that a larger value is more severe (sorting puts errors first with >).
enum class FindingSeverity { Info, Warning, Error };
QString findingSeverityId(FindingSeverity severity);            // "info", "warning", "error"
QString findingSeverityDisplayName(FindingSeverity severity);   // translated
bool parseFindingSeverity(const QString &id, FindingSeverity *severity);

// A text in several languages ({"en": "...", "ko": "..."}).
struct LocalizedText
{
    QHash<QString, QString> byLanguage;
    // The text in `language` ("ko", "ko_KR" → "ko"), English when that language has none.
    QString text(const QString &language = QStringLiteral("en")) const;
    bool has(const QString &language) const { return !byLanguage.value(language).isEmpty(); }
};

struct LocalizedList
{
    QHash<QString, QStringList> byLanguage;
    QStringList list(const QString &language = QStringLiteral("en")) const;
    bool has(const QString &language) const { return !byLanguage.value(language).isEmpty(); }
};

struct RulePattern
{
    QString regex;
    bool caseInsensitive = false;
};

struct Rule
{
    QString id;                     // stable cause id, e.g. "aad-pod-identity-nmi-404"
    FindingSeverity severity = FindingSeverity::Error;
    QString component;              // provider, driver, kubelet, aad-pod-identity, cluster, ...
    // Higher is more specific. When one line/event matches several rules, the highest priority
    // is the finding's cause and the others become its context causes.
    int priority = 50;
    QList<RulePattern> patterns;    // empty for cluster-state rules
    // Lines matching the rule's patterns that also match one of these are not this cause
    // (e.g. "GRPC error: <nil>" for a rule on "GRPC error").
    QList<RulePattern> excludePatterns;
    // A generic symptom (DeadlineExceeded, "timed out waiting for the condition"): folded as
    // context into any specific error/warning finding on the same node.
    bool symptom = false;
    // Generic causes this cause explains: findings of these causes on the same node (or anywhere
    // when the node is unknown) are folded into this finding as context.
    QStringList subsumes;
    // InventoryProblem ids (core/inventory.h) raised as this cause.
    QStringList inventoryProblems;
    LocalizedText title;
    LocalizedText explanation;
    LocalizedList fix;              // steps, in order
    QStringList docs;               // https URLs
    QStringList kubectl;            // commands that confirm the cause; placeholders <ns>, <pod>, <node>
    bool isClusterState() const { return patterns.isEmpty(); }
};

class RuleCatalogue
{
public:
    // The catalogue compiled into the binary. Loaded once; a broken built-in catalogue is a
    // build defect and asserts in debug builds (tst_rulecatalogue checks it).
    static const RuleCatalogue &builtin();
    static QString builtinPath(); // ":/kvdoctor/rules/catalogue.json"

    // Loads a catalogue file. On failure returns false and `error` names the file, the rule (by
    // id or index) and the field: "catalogue.json: rule 12 (keyvault-x): \"severity\" must be ...".
    bool load(const QString &path, QString *error = nullptr);
    bool loadFromData(const QByteArray &json, const QString &fileName, QString *error = nullptr);

    const QList<Rule> &rules() const { return m_rules; }
    const Rule *rule(const QString &id) const; // nullptr when unknown
    int indexOf(const QString &id) const;      // -1 when unknown
    // The rule raised for an InventoryProblem id, nullptr when none maps to it.
    const Rule *ruleForInventoryProblem(const QString &problemId) const;
    int version() const { return m_version; }

private:
    QList<Rule> m_rules;
    QHash<QString, int> m_index;
    QHash<QString, int> m_byProblem;
    int m_version = 0;
};

} // namespace kvd
