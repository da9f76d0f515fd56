// SPDX-License-Identifier: MIT
#include "core/translations.h"

#include <algorithm>

#include <QCoreApplication>
#include <QFileInfo>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace kvd;

namespace {

struct TsMessage
{
    QString context;
    QString source;
    bool numerus = false;
    QString type; // "", "unfinished", "vanished", "obsolete"
    QStringList translations; // one entry, or one per numerusform
};

QString translationsDir()
{
    return QDir(QStringLiteral(KVDOCTOR_SOURCE_DIR)).absoluteFilePath(QStringLiteral("translations"));
}

// Reads a Qt Linguist .ts file; `error` names the file and line when it is not readable XML.
QList<TsMessage> readTs(const QString &path, QString *error)
{
    QList<TsMessage> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("%1: %2").arg(path, file.errorString());
        return messages;
    }
    QXmlStreamReader xml(&file);
    QString context;
    TsMessage message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == u"name") {
                context = xml.readElementText();
            } else if (name == u"message") {
                message = TsMessage{context, {}, xml.attributes().value(u"numerus") == u"yes", {}, {}};
            } else if (name == u"source") {
                message.source = xml.readElementText();
            } else if (name == u"translation") {
                message.type = xml.attributes().value(u"type").toString();
                if (!message.numerus)
                    message.translations << xml.readElementText();
            } else if (name == u"numerusform") {
                message.translations << xml.readElementText();
            }
        } else if (xml.isEndElement() && xml.name() == u"message") {
            messages << message;
        }
    }
    if (xml.hasError())
        *error = QStringLiteral("%1:%2: %3").arg(path).arg(xml.lineNumber()).arg(xml.errorString());
    return messages;
}

QStringList placeholders(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("%[1-9n]"));
    QStringList found;
    for (auto it = re.globalMatch(text); it.hasNext();)
        found << it.next().captured();
    found.sort();
    return found;
}

QString describe(const TsMessage &m)
{
    return QStringLiteral("  [%1] \"%2\"").arg(m.context, m.source);
}

bool isLive(const TsMessage &m)
{
    return m.type != u"vanished" && m.type != u"obsolete";
}

void removeTranslators()
{
    const auto translators = QCoreApplication::instance()->findChildren<QTranslator *>();
    for (QTranslator *translator : translators)
        delete translator; // ~QTranslator uninstalls it
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void koreanIsComplete();
    void koreanKeepsPlaceholders();
    void englishHasPluralForms();
    void sourcesHaveNoNewStrings();
    void koreanQmTranslates();
    void englishQmHasPlurals();
    void otherLanguagesGetEnglishPlurals_data();
    void otherLanguagesGetEnglishPlurals();
    void cleanup() { removeTranslators(); }
};

void TestTranslations::koreanIsComplete()
{
    QString error;
    const auto messages = readTs(translationsDir() + QStringLiteral("/kvdoctor_ko.ts"), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(messages.size() > 100);
    QStringList missing;
    for (const TsMessage &m : messages) {
        if (!isLive(m))
            continue;
        const bool empty = m.translations.isEmpty()
            || std::any_of(m.translations.cbegin(), m.translations.cend(), [](const QString &t) { return t.isEmpty(); });
        if (m.type == u"unfinished" || empty)
            missing << describe(m);
    }
    QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("%1 message(s) without a finished Korean translation:\n%2")
                                               .arg(missing.size()).arg(missing.join(u'\n'))));
}

void TestTranslations::koreanKeepsPlaceholders()
{
    QString error;
    const auto messages = readTs(translationsDir() + QStringLiteral("/kvdoctor_ko.ts"), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QStringList wrong;
    for (const TsMessage &m : messages) {
        if (!isLive(m))
            continue;
        const QStringList expected = placeholders(m.source);
        for (const QString &t : m.translations) {
            if (!t.isEmpty() && placeholders(t) != expected)
                wrong << describe(m) + QStringLiteral(" -> \"%1\"").arg(t);
            // Menu and button accelerators must survive translation.
            if (!t.isEmpty() && m.source.count(u'&') != t.count(u'&'))
                wrong << describe(m) + QStringLiteral(" -> \"%1\" (accelerator)").arg(t);
        }
    }
    QVERIFY2(wrong.isEmpty(), qPrintable(QStringLiteral("Korean translations whose placeholders differ:\n%1")
                                             .arg(wrong.join(u'\n'))));
}

void TestTranslations::englishHasPluralForms()
{
    QString error;
    const auto messages = readTs(translationsDir() + QStringLiteral("/kvdoctor_en.ts"), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QStringList wrong;
    int numerus = 0;
    for (const TsMessage &m : messages) {
        if (!isLive(m) || !m.numerus)
            continue;
        ++numerus;
        const bool ok = m.type != u"unfinished" && m.translations.size() == 2
            && !m.translations.contains(QString()) && placeholders(m.translations[0]) == placeholders(m.source)
            && placeholders(m.translations[1]) == placeholders(m.source);
        if (!ok)
            wrong << describe(m) + QStringLiteral(" -> %1").arg(m.translations.join(QStringLiteral(" | ")));
    }
    QVERIFY(numerus > 0);
    QVERIFY2(wrong.isEmpty(), qPrintable(QStringLiteral("English plural messages without singular/plural forms:\n%1")
                                             .arg(wrong.join(u'\n'))));
}

// Runs lupdate over a copy of kvdoctor_ko.ts: a tr() string added to src/ or ui/ without running
// update_translations shows up there as a new, unfinished message.
void TestTranslations::sourcesHaveNoNewStrings()
{
    const QString lupdate = QStringLiteral(KVDOCTOR_LUPDATE);
    if (!QFileInfo(lupdate).isExecutable())
        QSKIP("lupdate is not available");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString copy = dir.filePath(QStringLiteral("kvdoctor_ko.ts"));
    QVERIFY(QFile::copy(translationsDir() + QStringLiteral("/kvdoctor_ko.ts"), copy));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
    const QDir root(QStringLiteral(KVDOCTOR_SOURCE_DIR));
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(lupdate, {QStringLiteral("-no-obsolete"), QStringLiteral("-locations"), QStringLiteral("none"),
                            root.absoluteFilePath(QStringLiteral("src")), root.absoluteFilePath(QStringLiteral("ui")),
                            QStringLiteral("-ts"), copy});
    QVERIFY2(process.waitForFinished(120000), qPrintable(process.errorString()));
    QVERIFY2(process.exitCode() == 0, process.readAll().constData());

    QString error;
    const auto messages = readTs(copy, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QStringList untranslated;
    for (const TsMessage &m : messages) {
        if (isLive(m) && (m.type == u"unfinished" || m.translations.contains(QString())))
            untranslated << describe(m);
    }
    QVERIFY2(untranslated.isEmpty(),
             qPrintable(QStringLiteral("Strings in the sources without Korean translation (run the "
                                       "update_translations target and translate them):\n%1")
                            .arg(untranslated.join(u'\n'))));
}

void TestTranslations::koreanQmTranslates()
{
    QVERIFY(installTranslations(*QCoreApplication::instance(), QStringLiteral("ko")));
    QCOMPARE(QCoreApplication::translate("Core", "no cluster is set"), QStringLiteral("클러스터가 설정되지 않았습니다"));
    QCOMPARE(QCoreApplication::translate("kvd::MainWindow", "%n context(s) defined.", nullptr, 3),
             QStringLiteral("컨텍스트 3개가 정의되어 있습니다."));
    QCOMPARE(QCoreApplication::translate("MainWindow", "&File"), QStringLiteral("파일(&F)"));
}

void TestTranslations::englishQmHasPlurals()
{
    QVERIFY(installTranslations(*QCoreApplication::instance(), QStringLiteral("en")));
    QCOMPARE(QCoreApplication::translate("kvd::MainWindow", "%n context(s) defined.", nullptr, 1),
             QStringLiteral("1 context defined."));
    QCOMPARE(QCoreApplication::translate("kvd::MainWindow", "%n context(s) defined.", nullptr, 3),
             QStringLiteral("3 contexts defined."));
    // Messages without an English translation fall back to the source text.
    QCOMPARE(QCoreApplication::translate("Core", "no cluster is set"), QStringLiteral("no cluster is set"));
}

// A language kvdoctor does not ship (or the "C" locale of a script) reads English, plurals included.
void TestTranslations::otherLanguagesGetEnglishPlurals_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("French") << QStringLiteral("fr");
    QTest::newRow("C locale") << QStringLiteral("C");
}

void TestTranslations::otherLanguagesGetEnglishPlurals()
{
    QFETCH(QString, language);
    QVERIFY(!installTranslations(*QCoreApplication::instance(), language)); // no catalogue of its own
    QCOMPARE(QCoreApplication::translate("kvd::MainWindow", "%n context(s) defined.", nullptr, 1),
             QStringLiteral("1 context defined."));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
