// SPDX-License-Identifier: MIT
#pragma once

#include <KSyntaxHighlighting/AbstractHighlighter>

#include <QList>
#include <QPalette>
#include <QTextLayout>

namespace KSyntaxHighlighting {
class Repository;
}

namespace kvd {

// Highlights single log lines with kvdoctor's syntax definition (resources/syntax/kvdoctor-log.xml)
// from the shared repository. Each line starts from the initial state, so any visible line can be
// highlighted alone. Each range's format carries the syntax format's name in FormatNameProperty.
// A repository is not thread-safe: a highlighter on another thread uses a repository of its own.
class LogHighlighter : public KSyntaxHighlighting::AbstractHighlighter
{
public:
    static constexpr int FormatNameProperty = QTextFormat::UserProperty + 1;

    LogHighlighter(); // the shared repository (GUI thread)
    explicit LogHighlighter(KSyntaxHighlighting::Repository &repository);
    // Light or dark theme after the palette's base colour.
    void setPalette(const QPalette &palette);
    void setDark(bool dark);
    bool isValid() const;
    QList<QTextLayout::FormatRange> highlight(const QString &text);

protected:
    void applyFormat(int offset, int length, const KSyntaxHighlighting::Format &format) override;

private:
    KSyntaxHighlighting::Repository &m_repository;
    QList<QTextLayout::FormatRange> m_ranges;
};

// The definition name of kvdoctor's log syntax; loads it into the shared repository on first use.
QString logSyntaxDefinitionName();

} // namespace kvd
