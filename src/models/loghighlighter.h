// SPDX-License-Identifier: MIT
#pragma once

#include <KSyntaxHighlighting/AbstractHighlighter>

#include <QList>
#include <QPalette>
#include <QTextLayout>

namespace kvd {

// Highlights single log lines with kvdoctor's syntax definition (resources/syntax/kvdoctor-log.xml)
// from the shared repository. Each line starts from the initial state, so any visible line can be
// highlighted alone. Each range's format carries the syntax format's name in FormatNameProperty.
class LogHighlighter : public KSyntaxHighlighting::AbstractHighlighter
{
public:
    static constexpr int FormatNameProperty = QTextFormat::UserProperty + 1;

    LogHighlighter();
    // Light or dark theme after the palette's base colour.
    void setPalette(const QPalette &palette);
    bool isValid() const;
    QList<QTextLayout::FormatRange> highlight(const QString &text);

protected:
    void applyFormat(int offset, int length, const KSyntaxHighlighting::Format &format) override;

private:
    QList<QTextLayout::FormatRange> m_ranges;
};

// The definition name of kvdoctor's log syntax; loads it into the shared repository on first use.
QString logSyntaxDefinitionName();

} // namespace kvd
