// SPDX-License-Identifier: MIT
#pragma once

// The findings of an analysis as a table: severity (icon and text), cause title in the UI
// language, where (node, pod, source), count, first and last seen. Rows are ordered by severity
// (errors first), then by how specific the cause is, then by time, so the top row is the answer.

#include "core/detector.h"

#include <QAbstractTableModel>
#include <QList>

namespace kvd {

class FindingsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { SeverityColumn, CauseColumn, WhereColumn, CountColumn, FirstSeenColumn, LastSeenColumn, ColumnCount };
    enum Role {
        FindingRole = Qt::UserRole + 1, // QVariant of kvd::Finding
        CauseIdRole,                    // rule id (QString)
        SeverityRole,                   // int(FindingSeverity)
        SeverityIdRole,                 // "error", "warning", "info"
        NodeRole,                       // the node the finding is about (may be empty)
    };

    // `catalogue` must outlive the model.
    explicit FindingsModel(QObject *parent = nullptr, const RuleCatalogue &catalogue = RuleCatalogue::builtin());

    // Replaces the findings (sorted here, whatever order they come in).
    void setFindings(const QList<Finding> &findings);
    const QList<Finding> &findings() const { return m_findings; }
    const Finding &finding(int row) const { return m_findings.at(row); }
    int rowOfCause(const QString &cause, const QString &node = {}) const; // -1 when absent
    int count(FindingSeverity severity) const;
    const RuleCatalogue &catalogue() const { return *m_catalogue; }

    // The language texts are shown in: the UI translation's ("ko" when the Korean one is
    // installed), else English. Set explicitly by tests.
    QString language() const { return m_language; }
    void setLanguage(const QString &language);
    static QString uiLanguage();

    // The cause's title in language(); the id when the catalogue does not know it.
    QString causeTitle(const Finding &finding) const;
    // "node · ns/pod · source" as far as the evidence tells; "cluster-wide" when it names nothing.
    static QString whereText(const Finding &finding);
    // UTC, "yyyy-MM-dd HH:mm:ss"; empty for 0 (no time known).
    static QString timeText(qint64 microsecondsSinceEpoch);
    static QString severityText(FindingSeverity severity);
    // The model's display text, one line per row with columns joined by " | " (tests, reports).
    QStringList tableText() const;
    // The order the model shows: true when `a` comes before `b`.
    bool lessThan(const Finding &a, const Finding &b) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    const RuleCatalogue *m_catalogue;
    QList<Finding> m_findings;
    QString m_language;
};

} // namespace kvd
