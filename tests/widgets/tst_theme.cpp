// SPDX-License-Identifier: MIT
// Light/dark: the log highlighting theme, the node map and kvdoctor's action icons follow the
// application palette when it changes at run time; every action that should have an icon has one
// even where no icon theme exists (Windows, macOS; here: offscreen with a theme that is not there).
#include "models/loghighlighter.h"
#include "models/logmodel.h"
#include "models/syntaxrepository.h"
#include "widgets/actionicons.h"
#include "widgets/apptheme.h"
#include "widgets/logspage.h"
#include "widgets/logview.h"
#include "widgets/mainwindow.h"
#include "widgets/nodemapview.h"

#include "widgettestutils.h"

#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/Theme>

#include <QAction>
#include <QApplication>
#include <QImage>
#include <QMenu>
#include <QSignalSpy>
#include <QStyle>
#include <QStyleFactory>
#include <QTest>
#include <QToolBar>

using namespace kvd;
using namespace Qt::StringLiterals;

class TestTheme : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void logHighlightingFollowsPalette();
    void nodeMapFollowsPalette();
    void bundledIconsRender_data();
    void bundledIconsRender();
    void iconsFollowPalette();
    void actionsHaveIconsWithoutTheme_data();
    void actionsHaveIconsWithoutTheme();

private:
    QPalette m_light;
    QTemporaryDir m_settingsDir;
};

namespace {
QColor errorColor(LogView *view, qint64 row)
{
    const QList<QTextLayout::FormatRange> formats = view->formatsForRow(row);
    for (const auto &range : formats) {
        if (range.format.property(LogHighlighter::FormatNameProperty).toString() == u"Error"_s)
            return range.format.foreground().color();
    }
    return {};
}

QColor themeErrorColor(KSyntaxHighlighting::Repository::DefaultTheme which)
{
    return QColor::fromRgba(syntaxRepository().defaultTheme(which).textColor(KSyntaxHighlighting::Theme::Error));
}

// The colour of the most opaque pixel: the icon's stroke (currentColor).
QColor strokeColor(const QImage &image)
{
    QColor best;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            if (c.alpha() > best.alpha() || !best.isValid())
                best = c;
        }
    }
    return best;
}

int opaquePixels(const QImage &image)
{
    int n = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x)
            n += qAlpha(image.pixel(x, y)) > 128 ? 1 : 0;
    }
    return n;
}
} // namespace

void TestTheme::initTestCase()
{
    QVERIFY(m_settingsDir.isValid());
    test::isolateSettings(m_settingsDir);
    QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));
    m_light = QApplication::style()->standardPalette();
    QVERIFY(!isDarkPalette(m_light));
    QVERIFY(isDarkPalette(darkPalette()));
}

void TestTheme::init()
{
    test::clearSettings();
    QApplication::setPalette(m_light);
}

void TestTheme::cleanup()
{
    QApplication::setPalette(m_light);
    QCoreApplication::processEvents();
}

void TestTheme::logHighlightingFollowsPalette()
{
    const QColor light = themeErrorColor(KSyntaxHighlighting::Repository::LightTheme);
    const QColor dark = themeErrorColor(KSyntaxHighlighting::Repository::DarkTheme);
    QVERIFY2(light.rgb() != dark.rgb(), "the light and dark themes must differ for this test to mean anything");

    LogsPage page;
    page.resize(900, 400);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QSignalSpy loaded(page.model(), &LogModel::loadingFinished);
    QVERIFY(page.openPaths({QStringLiteral(KVDOCTOR_TEST_DATA "/logs/06-driver-mount-retries-then-success.log")}));
    QVERIFY(loaded.wait());
    const qint64 errorRow = 1; // "E0729 ... GRPC error: ..."
    QVERIFY(page.model()->text(errorRow).startsWith(u'E'));
    QCOMPARE(errorColor(page.view(), errorRow).rgb(), light.rgb());

    // Qt delivers the application palette to widgets through posted events.
    QApplication::setPalette(darkPalette());
    QTRY_VERIFY(isDarkPalette(page.view()->palette()));
    QCOMPARE(errorColor(page.view(), errorRow).rgb(), dark.rgb());

    QApplication::setPalette(m_light);
    QTRY_VERIFY(!isDarkPalette(page.view()->palette()));
    QCOMPARE(errorColor(page.view(), errorRow).rgb(), light.rgb());
}

void TestTheme::nodeMapFollowsPalette()
{
    NodeMapView view;
    view.show();
    const QColor lightHealthy = view.stateColor(PodHealth::Healthy);
    const QColor lightFill = view.chipFill(PodHealth::Failed);
    QVERIFY(lightFill.lightness() > 128); // a tint of the light base

    QApplication::setPalette(darkPalette());
    QTRY_VERIFY(isDarkPalette(view.palette()));
    const QColor darkHealthy = view.stateColor(PodHealth::Healthy);
    QVERIFY(darkHealthy != lightHealthy);
    // Lighter state colours on dark backgrounds (contrast both ways), dark chip fills.
    QVERIFY2(darkHealthy.lightness() > lightHealthy.lightness(), qPrintable(darkHealthy.name() + u' ' + lightHealthy.name()));
    QVERIFY(view.chipFill(PodHealth::Failed).lightness() < 128);

    QApplication::setPalette(m_light);
    QTRY_VERIFY(!isDarkPalette(view.palette()));
    QCOMPARE(view.stateColor(PodHealth::Healthy), lightHealthy);
    QCOMPARE(view.chipFill(PodHealth::Failed), lightFill);
}

void TestTheme::bundledIconsRender_data()
{
    QTest::addColumn<QString>("name");
    const QStringList names = bundledActionIconNames();
    QVERIFY(names.size() >= 10);
    for (const QString &name : names)
        QTest::newRow(qPrintable(name)) << name;
}

void TestTheme::bundledIconsRender()
{
    QFETCH(QString, name);
    const QIcon icon = bundledActionIcon(name);
    QVERIFY(!icon.isNull());
    const QPixmap normal = icon.pixmap(QSize(24, 24), 1.0);
    QCOMPARE(normal.size(), QSize(24, 24));
    QVERIFY(opaquePixels(normal.toImage()) > 20);
    // High DPI: drawn from the vector at the device size, not scaled up from 24 px.
    const QPixmap retina = icon.pixmap(QSize(24, 24), 2.0);
    QCOMPARE(retina.size(), QSize(48, 48));
    QCOMPARE(retina.devicePixelRatio(), 2.0);
    QVERIFY(opaquePixels(retina.toImage()) > 3 * opaquePixels(normal.toImage()));
    // Disabled is fainter.
    const QImage disabled = icon.pixmap(QSize(24, 24), 1.0, QIcon::Disabled).toImage();
    QVERIFY(strokeColor(disabled).alpha() < strokeColor(normal.toImage()).alpha());
}

void TestTheme::iconsFollowPalette()
{
    const QIcon icon = bundledActionIcon(u"quit"_s); // strokes in currentColor only
    const QColor onLight = strokeColor(icon.pixmap(QSize(24, 24), 1.0).toImage());
    QVERIFY2(onLight.lightness() < 100, qPrintable(onLight.name()));
    QApplication::setPalette(darkPalette());
    const QColor onDark = strokeColor(icon.pixmap(QSize(24, 24), 1.0).toImage());
    QVERIFY2(onDark.lightness() > 160, qPrintable(onDark.name()));
    QCOMPARE(onDark.rgb(), darkPalette().color(QPalette::WindowText).rgb());
    QVERIFY(bundledActionIcon(u"no-such-icon"_s).isNull());
}

void TestTheme::actionsHaveIconsWithoutTheme_data()
{
    QTest::addColumn<QString>("action");
    for (const char *name : {"actionConnect", "actionReload", "actionQuit", "actionRefreshCluster", "actionOpenLogs",
                             "actionTestConnectivity", "actionExportReport", "actionTroubleshoot", "actionShortcuts",
                             "actionStartDemo", "actionAbout"})
        QTest::newRow(name) << QString::fromLatin1(name);
}

void TestTheme::actionsHaveIconsWithoutTheme()
{
    QFETCH(QString, action);
    // As on Windows and macOS: no freedesktop icon theme to take icons from.
    QIcon::setThemeSearchPaths({});
    QIcon::setThemeName(u"kvdoctor-no-such-theme"_s);
    QIcon::setFallbackThemeName(u"kvdoctor-no-such-theme"_s);
    QVERIFY(QIcon::fromTheme(u"application-exit"_s).isNull());

    MainWindow window;
    window.setDemoAvailable(true);
    auto *a = window.findChild<QAction *>(action);
    QVERIFY(a);
    QVERIFY(!a->icon().isNull());
    QVERIFY(opaquePixels(a->icon().pixmap(QSize(24, 24), 1.0).toImage()) > 20);
    // Toolbar actions are shown with their icon.
    auto *toolBar = window.findChild<QToolBar *>(u"mainToolBar"_s);
    for (QAction *shown : toolBar->actions()) {
        if (!shown->isSeparator())
            QVERIFY2(!shown->icon().isNull(), qPrintable(shown->objectName()));
    }
    auto *recent = window.findChild<QMenu *>(u"menuRecentContexts"_s);
    QVERIFY(recent);
    QVERIFY(!recent->icon().isNull());
}

QTEST_MAIN(TestTheme)
#include "tst_theme.moc"
