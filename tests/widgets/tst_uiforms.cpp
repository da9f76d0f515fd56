// SPDX-License-Identifier: MIT
// Every form in ui/ gives each interactive widget an accessible name (screen readers announce it;
// the GUI tests find widgets by object name). Forms are read as Designer writes them.
#include <QDir>
#include <QFile>
#include <QTemporaryFile>
#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace {

const QStringList kInteractive{u"QPushButton"_s, u"QToolButton"_s, u"QCheckBox"_s, u"QRadioButton"_s, u"QComboBox"_s,
                               u"QLineEdit"_s, u"QSpinBox"_s, u"QDoubleSpinBox"_s, u"QPlainTextEdit"_s, u"QTextEdit"_s,
                               u"QTextBrowser"_s, u"QTableView"_s, u"QTreeView"_s, u"QListView"_s, u"QTableWidget"_s,
                               u"QTreeWidget"_s, u"QListWidget"_s, u"QSlider"_s, u"QDateTimeEdit"_s, u"QTabWidget"_s};

struct Widget
{
    QString className;
    QString name;
    bool hasAccessibleName = false;
};

// Widgets of one form with whether they set accessibleName (a direct <property> of the widget).
QList<Widget> widgetsOf(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QList<Widget> widgets;
    QList<qsizetype> open; // index into widgets of each open <widget>, -1 for other elements
    QXmlStreamReader xml(&file);
    QString propertyName;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            if (xml.name() == u"widget"_s) {
                widgets.append({xml.attributes().value(u"class"_s).toString(), xml.attributes().value(u"name"_s).toString(), false});
                open.append(widgets.size() - 1);
            } else {
                if (xml.name() == u"property"_s && !open.isEmpty() && open.last() >= 0)
                    propertyName = xml.attributes().value(u"name"_s).toString();
                open.append(-1);
            }
        } else if (xml.isEndElement()) {
            if (xml.name() == u"property"_s) {
                // The property belongs to the nearest enclosing widget.
                if (propertyName == u"accessibleName"_s) {
                    for (qsizetype i = open.size() - 2; i >= 0; --i) {
                        if (open.at(i) >= 0) {
                            widgets[open.at(i)].hasAccessibleName = true;
                            break;
                        }
                    }
                }
                propertyName.clear();
            }
            if (!open.isEmpty())
                open.removeLast();
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return widgets;
}

} // namespace

class tst_UiForms : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void interactiveWidgetsAreNamed_data()
    {
        QTest::addColumn<QString>("path");
        const QDir dir(QStringLiteral(KVDOCTOR_SOURCE_DIR "/ui"));
        const QStringList forms = dir.entryList({u"*.ui"_s}, QDir::Files, QDir::Name);
        QVERIFY(forms.size() >= 10);
        for (const QString &form : forms)
            QTest::newRow(qPrintable(form)) << dir.filePath(form);
    }
    void interactiveWidgetsAreNamed()
    {
        QFETCH(QString, path);
        QString error;
        const QList<Widget> widgets = widgetsOf(path, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(!widgets.isEmpty());
        QStringList unnamed;
        for (const Widget &w : widgets) {
            if (kInteractive.contains(w.className) && !w.hasAccessibleName)
                unnamed.append(w.className + u' ' + w.name);
        }
        QVERIFY2(unnamed.isEmpty(), qPrintable(u"without accessibleName: "_s + unnamed.join(u", "_s)));
    }

    void checkerSeesAMissingName()
    {
        // The parser itself: a form with one named and one unnamed button.
        QTemporaryFile file;
        QVERIFY(file.open());
        file.write(R"(<ui version="4.0"><widget class="QWidget" name="Form"><layout class="QVBoxLayout" name="l">
<item><widget class="QPushButton" name="named"><property name="text"><string>A</string></property>
<property name="accessibleName"><string>A</string></property></widget></item>
<item><widget class="QPushButton" name="unnamed"><property name="text"><string>B</string></property></widget></item>
</layout></widget></ui>)");
        file.close();
        QString error;
        const QList<Widget> widgets = widgetsOf(file.fileName(), &error);
        QVERIFY(error.isEmpty());
        QCOMPARE(widgets.size(), 3);
        QVERIFY(!widgets.at(0).hasAccessibleName); // the form itself
        QVERIFY(widgets.at(1).hasAccessibleName);
        QVERIFY(!widgets.at(2).hasAccessibleName);
    }
};

QTEST_GUILESS_MAIN(tst_UiForms)
#include "tst_uiforms.moc"
