// SPDX-License-Identifier: MIT
#include "core/translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace kvd {

bool installTranslations(QCoreApplication &app, const QString &language)
{
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);

    // QTranslator::load(QLocale, ...) walks the locale's UI languages (ko_KR, ko, ...), so a
    // regional system locale still finds kvdoctor_ko.qm.
    auto *own = new QTranslator(&app);
    const bool loaded = own->load(locale, QStringLiteral("kvdoctor"), QStringLiteral("_"), QStringLiteral(":/i18n"));
    // Any other language (and the "C" locale of scripts and containers) gets English, whose
    // catalogue carries the plural forms ("1 time", not "1 time(s)").
    if (loaded || own->load(QStringLiteral("kvdoctor_en"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(own);
    else
        delete own;

    // Qt's strings (standard buttons, QCommandLineParser's --help) in the same language.
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    return loaded;
}

} // namespace kvd
