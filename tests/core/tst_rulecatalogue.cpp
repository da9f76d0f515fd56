// SPDX-License-Identifier: MIT
// The rule catalogue: every rule complete in English and Korean, patterns valid in both matching
// engines, ids unique, every cause of the public corpus present, clear load errors.
#include "core/patternset.h"
#include "core/rulecatalogue.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using kvd::RuleCatalogue;

class TstRuleCatalogue : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void builtinLoads();
    void ruleComplete_data();
    void ruleComplete();
    void patternsCompileInBothEngines_data();
    void patternsCompileInBothEngines();
    void idsUnique();
    void corpusCausePresent_data();
    void corpusCausePresent();
    void inventoryProblemsMapped_data();
    void inventoryProblemsMapped();
    void languageFallback();
    void loadErrors_data();
    void loadErrors();

private:
    static QByteArray minimalRule(const QJsonObject &overrides, const QStringList &remove = {});
};

namespace {

bool hasHangul(const QString &text)
{
    return std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() >= 0xAC00 && c.unicode() <= 0xD7A3; });
}

} // namespace

void TstRuleCatalogue::builtinLoads()
{
    RuleCatalogue catalogue;
    QString error;
    QVERIFY2(catalogue.load(RuleCatalogue::builtinPath(), &error), qPrintable(error));
    QVERIFY(catalogue.rules().size() >= 60);
    QCOMPARE(RuleCatalogue::builtin().rules().size(), catalogue.rules().size());
    QVERIFY(RuleCatalogue::builtin().rule(u"aad-pod-identity-nmi-404"_s));
    QVERIFY(!RuleCatalogue::builtin().rule(u"no-such-rule"_s));
}

void TstRuleCatalogue::ruleComplete_data()
{
    QTest::addColumn<QString>("id");
    for (const kvd::Rule &rule : RuleCatalogue::builtin().rules())
        QTest::newRow(qPrintable(rule.id)) << rule.id;
}

void TstRuleCatalogue::ruleComplete()
{
    QFETCH(QString, id);
    const kvd::Rule *rule = RuleCatalogue::builtin().rule(id);
    QVERIFY(rule);
    QVERIFY(!rule->component.isEmpty());
    for (const QString &lang : {u"en"_s, u"ko"_s}) {
        QVERIFY2(rule->title.has(lang), qPrintable(lang));
        QVERIFY2(rule->explanation.has(lang), qPrintable(lang));
        QVERIFY2(rule->fix.has(lang), qPrintable(lang));
    }
    // Korean must be Korean, not a copy of the English text.
    QVERIFY2(hasHangul(rule->title.text(u"ko"_s)), qPrintable(rule->title.text(u"ko"_s)));
    QVERIFY(hasHangul(rule->explanation.text(u"ko"_s)));
    QCOMPARE(rule->fix.list(u"ko"_s).size(), rule->fix.list(u"en"_s).size());
    for (const QString &step : rule->fix.list(u"ko"_s))
        QVERIFY2(hasHangul(step), qPrintable(step));
    QVERIFY(!hasHangul(rule->title.text(u"en"_s)));
    QVERIFY(!rule->docs.isEmpty());
    for (const QString &doc : rule->docs)
        QVERIFY2(doc.startsWith(u"https://"), qPrintable(doc));
    QVERIFY(!rule->kubectl.isEmpty());
    for (const QString &command : rule->kubectl)
        QVERIFY2(command.startsWith(u"kubectl "), qPrintable(command));
    for (const QString &other : rule->subsumes)
        QVERIFY2(RuleCatalogue::builtin().rule(other), qPrintable(other));
}

void TstRuleCatalogue::patternsCompileInBothEngines_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("regex");
    QTest::addColumn<bool>("caseInsensitive");
    for (const kvd::Rule &rule : RuleCatalogue::builtin().rules()) {
        int i = 0;
        for (const kvd::RulePattern &p : rule.patterns + rule.excludePatterns)
            QTest::addRow("%s/%d", qPrintable(rule.id), i++) << rule.id << p.regex << p.caseInsensitive;
    }
}

void TstRuleCatalogue::patternsCompileInBothEngines()
{
    QFETCH(QString, id);
    QFETCH(QString, regex);
    QFETCH(bool, caseInsensitive);
    QVERIFY2(QRegularExpression(regex).isValid(), qPrintable(regex));
    // Hyperscan's subset: no backreferences, no lookaround, no anchors that differ per engine.
    QVERIFY2(!QRegularExpression(u"\\\\[1-9]|\\(\\?<?[=!]|\\$"_s).match(regex).hasMatch(), qPrintable(regex));
    kvd::PatternSet qre;
    QString error;
    QVERIFY2(qre.compile({{regex, caseInsensitive}}, &error, kvd::PatternSet::Engine::QRegularExpressionOnly), qPrintable(error));
    kvd::PatternSet automatic;
    QVERIFY2(automatic.compile({{regex, caseInsensitive}}, &error), qPrintable(error));
    if (kvd::PatternSet::hasAcceleratedEngine())
        QVERIFY2(automatic.acceleratedCount() == 1, qPrintable(u"not taken by Hyperscan: "_s + regex));
}

void TstRuleCatalogue::idsUnique()
{
    QSet<QString> ids;
    for (const kvd::Rule &rule : RuleCatalogue::builtin().rules()) {
        QVERIFY2(!ids.contains(rule.id), qPrintable(rule.id));
        ids.insert(rule.id);
    }
}

void TstRuleCatalogue::corpusCausePresent_data()
{
    QTest::addColumn<QString>("cause");
    QFile file(QStringLiteral(KVDOCTOR_TEST_DATA "/corpus/causes.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonArray causes = QJsonDocument::fromJson(file.readAll()).array();
    QVERIFY(causes.size() >= 42);
    for (const QJsonValue &cause : causes) {
        const QString id = cause.toObject().value(u"cause"_s).toString();
        QTest::newRow(qPrintable(id)) << id;
    }
}

void TstRuleCatalogue::corpusCausePresent()
{
    QFETCH(QString, cause);
    QVERIFY2(RuleCatalogue::builtin().rule(cause), qPrintable(cause));
}

void TstRuleCatalogue::inventoryProblemsMapped_data()
{
    QTest::addColumn<QString>("problem");
    QTest::addColumn<QString>("cause");
    QTest::newRow("driver-missing-on-node") << u"driver-missing-on-node"_s << u"driver-not-registered-on-node"_s;
    QTest::newRow("driver-unhealthy") << u"driver-unhealthy"_s << u"driver-pod-unhealthy"_s;
    QTest::newRow("provider-missing-on-node") << u"provider-missing-on-node"_s << u"provider-missing-on-node"_s;
    QTest::newRow("provider-unhealthy") << u"provider-unhealthy"_s << u"provider-pod-unhealthy"_s;
    QTest::newRow("spc-not-found") << u"spc-not-found"_s << u"secretproviderclass-not-found"_s;
    QTest::newRow("csidriver-missing") << u"csidriver-missing"_s << u"csidriver-missing"_s;
    QTest::newRow("daemonset-not-ready") << u"daemonset-not-ready"_s << u"daemonset-not-ready"_s;
    QTest::newRow("spc-invalid") << u"spc-invalid"_s << u"spc-parameters-invalid"_s;
    QTest::newRow("node-not-ready") << u"node-not-ready"_s << u"node-not-ready"_s;
    QTest::newRow("app-mount-failing") << u"app-mount-failing"_s << u"app-mount-failing"_s;
}

void TstRuleCatalogue::inventoryProblemsMapped()
{
    QFETCH(QString, problem);
    QFETCH(QString, cause);
    const kvd::Rule *rule = RuleCatalogue::builtin().ruleForInventoryProblem(problem);
    QVERIFY(rule);
    QCOMPARE(rule->id, cause);
}

void TstRuleCatalogue::languageFallback()
{
    const kvd::Rule *rule = RuleCatalogue::builtin().rule(u"keyvault-object-not-found"_s);
    QVERIFY(rule);
    QVERIFY(hasHangul(rule->title.text(u"ko"_s)));
    QCOMPARE(rule->title.text(u"ko_KR"_s), rule->title.text(u"ko"_s));
    QCOMPARE(rule->title.text(u"de"_s), rule->title.text(u"en"_s));
    QCOMPARE(rule->fix.list(u"fr"_s), rule->fix.list(u"en"_s));
}

QByteArray TstRuleCatalogue::minimalRule(const QJsonObject &overrides, const QStringList &remove)
{
    QJsonObject rule{
        {u"id"_s, u"test-rule"_s},
        {u"severity"_s, u"error"_s},
        {u"component"_s, u"provider"_s},
        {u"patterns"_s, QJsonArray{u"some error"_s}},
        {u"title"_s, QJsonObject{{u"en"_s, u"T"_s}, {u"ko"_s, u"제목"_s}}},
        {u"explanation"_s, QJsonObject{{u"en"_s, u"E"_s}, {u"ko"_s, u"설명"_s}}},
        {u"fix"_s, QJsonObject{{u"en"_s, QJsonArray{u"F"_s}}, {u"ko"_s, QJsonArray{u"해결"_s}}}},
        {u"docs"_s, QJsonArray{u"https://example.org/doc"_s}},
        {u"kubectl"_s, QJsonArray{u"kubectl get pods"_s}},
    };
    for (auto it = overrides.begin(); it != overrides.end(); ++it)
        rule.insert(it.key(), it.value());
    for (const QString &key : remove)
        rule.remove(key);
    return QJsonDocument(QJsonObject{{u"rules"_s, QJsonArray{rule}}}).toJson();
}

void TstRuleCatalogue::loadErrors_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("valid") << minimalRule({}) << QStringList{};
    QTest::newRow("not-json") << QByteArray("{\"rules\": [") << QStringList{u"rules.json"_s, u"not valid JSON"_s};
    QTest::newRow("no-rules") << QByteArray("{}") << QStringList{u"\"rules\""_s};
    QTest::newRow("missing-title") << minimalRule({}, {u"title"_s}) << QStringList{u"test-rule"_s, u"\"title\""_s};
    QTest::newRow("missing-ko-ok-but-en-required")
        << minimalRule({{u"title"_s, QJsonObject{{u"ko"_s, u"제목"_s}}}}) << QStringList{u"test-rule"_s, u"title.en"_s};
    QTest::newRow("bad-severity") << minimalRule({{u"severity"_s, u"fatal"_s}}) << QStringList{u"test-rule"_s, u"\"severity\""_s};
    QTest::newRow("bad-regex") << minimalRule({{u"patterns"_s, QJsonArray{u"ok"_s, u"a(b"_s}}})
                               << QStringList{u"test-rule"_s, u"patterns[1]"_s, u"does not compile"_s};
    QTest::newRow("no-docs") << minimalRule({}, {u"docs"_s}) << QStringList{u"test-rule"_s, u"\"docs\""_s};
    QTest::newRow("http-doc") << minimalRule({{u"docs"_s, QJsonArray{u"http://example.org"_s}}}) << QStringList{u"https"_s};
    QTest::newRow("no-kubectl") << minimalRule({}, {u"kubectl"_s}) << QStringList{u"\"kubectl\""_s};
    QTest::newRow("no-patterns") << minimalRule({}, {u"patterns"_s}) << QStringList{u"\"patterns\""_s};
    QTest::newRow("bad-id") << minimalRule({{u"id"_s, u"Bad Id"_s}}) << QStringList{u"\"id\""_s};
    QTest::newRow("unknown-subsumes") << minimalRule({{u"subsumes"_s, QJsonArray{u"nothing"_s}}}) << QStringList{u"nothing"_s};
    QJsonObject rule = QJsonDocument::fromJson(minimalRule({})).object().value(u"rules"_s).toArray().first().toObject();
    QTest::newRow("duplicate-id") << QJsonDocument(QJsonObject{{u"rules"_s, QJsonArray{rule, rule}}}).toJson()
                                  << QStringList{u"rule 2 (test-rule)"_s, u"earlier rule"_s};
}

void TstRuleCatalogue::loadErrors()
{
    QFETCH(QByteArray, json);
    QFETCH(QStringList, expected);
    RuleCatalogue catalogue;
    QString error;
    const bool ok = catalogue.loadFromData(json, u"rules.json"_s, &error);
    if (expected.isEmpty()) {
        QVERIFY2(ok, qPrintable(error));
        QCOMPARE(catalogue.rules().size(), 1);
        return;
    }
    QVERIFY(!ok);
    for (const QString &part : expected)
        QVERIFY2(error.contains(part), qPrintable(error));
}

QTEST_GUILESS_MAIN(TstRuleCatalogue)
#include "tst_rulecatalogue.moc"
