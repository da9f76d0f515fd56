// SPDX-License-Identifier: MIT
#include "models/findingsmodel.h"

#include "models/statusicons.h"

#include <QDateTime>
#include <QFileInfo>
#include <QSet>
#include <QTimeZone>

#include <algorithm>
#include <limits>

namespace kvd {

namespace {
QString shortSource(const QString &source)
{
    // A file path names the file; "ns/pod/container" stays as it is (the pod is shown apart).
    if (source.contains(QLatin1Char('\\')) || source.startsWith(QLatin1Char('/')) || source.contains(QLatin1Char(':')))
        return QFileInfo(source).fileName();
    return source;
}
} // namespace

FindingsModel::FindingsModel(QObject *parent, const RuleCatalogue &catalogue)
    : QAbstractTableModel(parent)
    , m_catalogue(&catalogue)
    , m_language(uiLanguage())
{
}

QString FindingsModel::uiLanguage()
{
    // The installed translation says which language the UI speaks; QLocale could disagree
    // (a Korean system with the English UI picked, or no Korean translation loaded).
    const QString language = tr("en", "Language code of this translation (ko for Korean); picks the language of the findings' texts");
    return language.isEmpty() ? QStringLiteral("en") : language;
}

void FindingsModel::setLanguage(const QString &language)
{
    if (language == m_language)
        return;
    m_language = language;
    if (!m_findings.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

bool FindingsModel::lessThan(const Finding &a, const Finding &b) const
{
    if (a.severity != b.severity)
        return a.severity > b.severity;
    const Rule *ra = m_catalogue->rule(a.cause);
    const Rule *rb = m_catalogue->rule(b.cause);
    const int pa = ra ? ra->priority : 0;
    const int pb = rb ? rb->priority : 0;
    if (pa != pb)
        return pa > pb;
    // Earliest first: the first failure usually explains what follows. No time sorts last.
    const qint64 ta = a.firstSeenUs ? a.firstSeenUs : std::numeric_limits<qint64>::max();
    const qint64 tb = b.firstSeenUs ? b.firstSeenUs : std::numeric_limits<qint64>::max();
    if (ta != tb)
        return ta < tb;
    if (a.count != b.count)
        return a.count > b.count;
    if (a.cause != b.cause)
        return a.cause < b.cause;
    return a.node < b.node;
}

void FindingsModel::setFindings(const QList<Finding> &findings)
{
    beginResetModel();
    m_findings = findings;
    std::stable_sort(m_findings.begin(), m_findings.end(), [this](const Finding &a, const Finding &b) { return lessThan(a, b); });
    endResetModel();
}

int FindingsModel::rowOfCause(const QString &cause, const QString &node) const
{
    for (int row = 0; row < m_findings.size(); ++row) {
        const Finding &f = m_findings.at(row);
        if (f.cause == cause && (node.isEmpty() || f.node == node || f.nodes().contains(node)))
            return row;
    }
    return -1;
}

int FindingsModel::count(FindingSeverity severity) const
{
    return int(std::count_if(m_findings.cbegin(), m_findings.cend(), [severity](const Finding &f) { return f.severity == severity; }));
}

QString FindingsModel::causeTitle(const Finding &finding) const
{
    const Rule *rule = m_catalogue->rule(finding.cause);
    if (!rule)
        return finding.cause;
    const QString title = rule->title.text(m_language);
    return title.isEmpty() ? finding.cause : title;
}

QString FindingsModel::whereText(const Finding &finding)
{
    QStringList parts;
    const QStringList nodes = finding.nodes();
    if (!nodes.isEmpty())
        parts << (nodes.size() == 1 ? nodes.first() : tr("%1 (+%n more node(s))", nullptr, int(nodes.size() - 1)).arg(nodes.first()));
    QStringList pods;
    QStringList sources;
    for (const Evidence &e : finding.evidence) {
        if (!e.pod.isEmpty()) {
            const QString pod = e.namespaceName.isEmpty() ? e.pod : e.namespaceName + QLatin1Char('/') + e.pod;
            if (!pods.contains(pod))
                pods << pod;
        } else if (!e.source.isEmpty() && e.kind == Evidence::Kind::LogLine) {
            const QString source = shortSource(e.source);
            if (!sources.contains(source))
                sources << source;
        }
    }
    if (!pods.isEmpty())
        parts << (pods.size() == 1 ? pods.first() : tr("%1 (+%n more pod(s))", nullptr, int(pods.size() - 1)).arg(pods.first()));
    else if (!sources.isEmpty())
        parts << (sources.size() == 1 ? sources.first() : tr("%1 (+%n more source(s))", nullptr, int(sources.size() - 1)).arg(sources.first()));
    if (parts.isEmpty())
        return tr("cluster-wide");
    return parts.join(QStringLiteral(" · "));
}

QString FindingsModel::timeText(qint64 us)
{
    if (us == 0)
        return {};
    return QDateTime::fromMSecsSinceEpoch(us / 1000, QTimeZone::UTC).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

QString FindingsModel::severityText(FindingSeverity severity)
{
    return findingSeverityDisplayName(severity);
}

int FindingsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_findings.size());
}

int FindingsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FindingsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Finding &f = m_findings.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (Column(index.column())) {
        case SeverityColumn: return severityText(f.severity);
        case CauseColumn: return causeTitle(f);
        case WhereColumn: return whereText(f);
        case CountColumn: return QString::number(f.count);
        case FirstSeenColumn: return timeText(f.firstSeenUs);
        case LastSeenColumn: return timeText(f.lastSeenUs);
        case ColumnCount: break;
        }
        break;
    case Qt::DecorationRole:
        if (index.column() == SeverityColumn) {
            if (f.severity == FindingSeverity::Error)
                return statusIcon(StatusIcon::Error);
            if (f.severity == FindingSeverity::Warning)
                return statusIcon(StatusIcon::Warning);
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == CauseColumn) {
            const Rule *rule = m_catalogue->rule(f.cause);
            return rule ? causeTitle(f) + QLatin1Char('\n') + rule->explanation.text(m_language) : f.cause;
        }
        if (index.column() == WhereColumn)
            return whereText(f);
        if (index.column() == FirstSeenColumn || index.column() == LastSeenColumn) {
            const qint64 us = index.column() == FirstSeenColumn ? f.firstSeenUs : f.lastSeenUs;
            return us ? tr("%1 UTC (%2 local time)")
                            .arg(timeText(us), QDateTime::fromMSecsSinceEpoch(us / 1000).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")))
                      : tr("No time stamp");
        }
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == CountColumn)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        break;
    case FindingRole: return QVariant::fromValue(f);
    case CauseIdRole: return f.cause;
    case SeverityRole: return int(f.severity);
    case SeverityIdRole: return findingSeverityId(f.severity);
    case NodeRole: return f.node;
    default: break;
    }
    return {};
}

QVariant FindingsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return {};
    switch (Column(section)) {
    case SeverityColumn: return tr("Severity");
    case CauseColumn: return tr("Cause");
    case WhereColumn: return tr("Where");
    case CountColumn: return tr("Count");
    case FirstSeenColumn: return role == Qt::ToolTipRole ? tr("First occurrence, in UTC") : tr("First seen");
    case LastSeenColumn: return role == Qt::ToolTipRole ? tr("Last occurrence, in UTC") : tr("Last seen");
    case ColumnCount: break;
    }
    return {};
}

QHash<int, QByteArray> FindingsModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(FindingRole, QByteArrayLiteral("finding"));
    names.insert(CauseIdRole, QByteArrayLiteral("cause"));
    names.insert(SeverityRole, QByteArrayLiteral("severity"));
    names.insert(SeverityIdRole, QByteArrayLiteral("severityId"));
    names.insert(NodeRole, QByteArrayLiteral("node"));
    return names;
}

QStringList FindingsModel::tableText() const
{
    QStringList lines;
    for (int row = 0; row < rowCount(); ++row) {
        QStringList cells;
        for (int column = 0; column < ColumnCount; ++column)
            cells << data(index(row, column)).toString();
        lines << cells.join(QStringLiteral(" | "));
    }
    return lines;
}

} // namespace kvd
