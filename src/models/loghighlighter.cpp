// SPDX-License-Identifier: MIT
#include "models/loghighlighter.h"

#include "models/syntaxrepository.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Format>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/State>
#include <KSyntaxHighlighting/Theme>

namespace kvd {

QString logSyntaxDefinitionName()
{
    static const QString name = [] {
        // The resource holds syntax/kvdoctor-log.xml; the repository looks in <path>/syntax.
        KSyntaxHighlighting::Repository &repository = syntaxRepository();
        if (!repository.definitionForName(QStringLiteral("kvdoctor Log")).isValid())
            repository.addCustomSearchPath(QStringLiteral(":/kvdoctor"));
        return QStringLiteral("kvdoctor Log");
    }();
    return name;
}

LogHighlighter::LogHighlighter()
    : m_repository(syntaxRepository())
{
    setDefinition(m_repository.definitionForName(logSyntaxDefinitionName()));
    setPalette(QPalette());
}

LogHighlighter::LogHighlighter(KSyntaxHighlighting::Repository &repository)
    : m_repository(repository)
{
    const QString name = QStringLiteral("kvdoctor Log");
    if (!m_repository.definitionForName(name).isValid())
        m_repository.addCustomSearchPath(QStringLiteral(":/kvdoctor"));
    setDefinition(m_repository.definitionForName(name));
    setDark(false); // QPalette() reads the application palette: GUI thread only
}

void LogHighlighter::setPalette(const QPalette &palette)
{
    setDark(palette.color(QPalette::Base).lightness() < 128);
}

void LogHighlighter::setDark(bool dark)
{
    setTheme(m_repository.defaultTheme(dark ? KSyntaxHighlighting::Repository::DarkTheme
                                            : KSyntaxHighlighting::Repository::LightTheme));
}

bool LogHighlighter::isValid() const
{
    return definition().isValid();
}

QList<QTextLayout::FormatRange> LogHighlighter::highlight(const QString &text)
{
    m_ranges.clear();
    if (definition().isValid())
        highlightLine(text, KSyntaxHighlighting::State());
    return std::move(m_ranges);
}

void LogHighlighter::applyFormat(int offset, int length, const KSyntaxHighlighting::Format &format)
{
    if (length <= 0 || format.isDefaultTextStyle(theme()))
        return;
    QTextCharFormat f;
    if (format.hasTextColor(theme()))
        f.setForeground(format.textColor(theme()));
    if (format.hasBackgroundColor(theme()))
        f.setBackground(format.backgroundColor(theme()));
    if (format.isBold(theme()))
        f.setFontWeight(QFont::Bold);
    if (format.isItalic(theme()))
        f.setFontItalic(true);
    if (format.isUnderline(theme()))
        f.setFontUnderline(true);
    f.setProperty(FormatNameProperty, format.name());
    m_ranges.append({offset, length, f});
}

} // namespace kvd
