// SPDX-License-Identifier: MIT
#include "widgets/apptheme.h"

#include <QApplication>
#include <QStyle>
#include <QStyleFactory>
#include <QStyleHints>

namespace kvd {

bool isDarkPalette(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x35, 0x35, 0x35);
    const QColor base(0x2a, 0x2a, 0x2a);
    const QColor text(0xe8, 0xe8, 0xe8);
    const QColor disabledText(0x80, 0x80, 0x80);
    const QColor accent(0x2f, 0x7d, 0xd3);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x32, 0x32, 0x32));
    p.setColor(QPalette::ToolTipBase, QColor(0x20, 0x20, 0x20));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xff, 0x6b, 0x6b));
    p.setColor(QPalette::Light, QColor(0x4a, 0x4a, 0x4a));
    p.setColor(QPalette::Midlight, QColor(0x40, 0x40, 0x40));
    p.setColor(QPalette::Mid, QColor(0x28, 0x28, 0x28));
    p.setColor(QPalette::Dark, QColor(0x1e, 0x1e, 0x1e));
    p.setColor(QPalette::Shadow, QColor(0x14, 0x14, 0x14));
    p.setColor(QPalette::Highlight, accent);
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x6c, 0xb0, 0xff));
    p.setColor(QPalette::LinkVisited, QColor(0xb0, 0x90, 0xff));
    for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabledText);
    p.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x50, 0x50, 0x50));
    return p;
}

void followSystemColorScheme(QApplication &app)
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    const auto apply = [] {
        if (QGuiApplication::styleHints()->colorScheme() != Qt::ColorScheme::Dark)
            return;
        const QString style = QApplication::style() ? QApplication::style()->name() : QString();
        if (style.compare(QLatin1String("windowsvista"), Qt::CaseInsensitive) == 0
            || style.compare(QLatin1String("windows"), Qt::CaseInsensitive) == 0)
            QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    };
    apply();
    QObject::connect(QGuiApplication::styleHints(), &QStyleHints::colorSchemeChanged, &app, apply);
#else
    Q_UNUSED(app);
#endif
}

bool forceColorScheme(QApplication &app, const QString &scheme)
{
    Q_UNUSED(app);
    if (scheme != QLatin1String("dark") && scheme != QLatin1String("light"))
        return false;
    QStyle *fusion = QStyleFactory::create(QStringLiteral("Fusion"));
    QApplication::setStyle(fusion);
    QApplication::setPalette(scheme == QLatin1String("dark") ? darkPalette() : fusion->standardPalette());
    return true;
}

} // namespace kvd
