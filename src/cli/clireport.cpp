// SPDX-License-Identifier: MIT
#include "cli/clireport.h"

#include "cli/clicommands.h"
#include "core/logline.h"

#include <QDir>
#include <QFile>

using namespace Qt::StringLiterals;

namespace kvd {

ReportCliOptions::ReportCliOptions()
    : report(u"report"_s, CliTr::tr("Write the report to FILE (.md, .html, .pdf, .json or .zip with the logs)."), CliTr::tr("FILE"))
    , mask(u"mask"_s, CliTr::tr("Mask in the report: ips, nodes, ids, server (comma-separated)."), CliTr::tr("WHAT"))
{
}

void ReportCliOptions::addTo(QCommandLineParser &parser) const
{
    parser.addOptions({report, mask});
}

bool ReportCliOptions::parse(const QCommandLineParser &parser, const QString &command, QString *path, ReportOptions *options,
                             QTextStream &err) const
{
    *path = parser.value(report);
    if (!path->isEmpty() && Report::formatForPath(*path).isEmpty()) {
        err << CliTr::tr("kvdoctor-cli %1: --report needs a file ending in .md, .html, .pdf, .json or .zip.").arg(command) << '\n';
        return false;
    }
    const QStringList masks = parser.value(mask).split(u',', Qt::SkipEmptyParts);
    for (const QString &m : masks) {
        if (m == u"ips"_s)
            options->redaction.maskIpAddresses = true;
        else if (m == u"nodes"_s)
            options->redaction.maskNodeNames = true;
        else if (m == u"ids"_s)
            options->redaction.maskIds = true;
        else if (m == u"server"_s)
            options->maskServer = true;
        else {
            err << CliTr::tr("kvdoctor-cli %1: --mask takes ips, nodes, ids, server; not \"%2\".").arg(command, m) << '\n';
            return false;
        }
    }
    return true;
}

QList<QPair<qint64, QString>> fileExcerpt(const QString &path, qint64 line, int before, int after)
{
    QList<QPair<qint64, QString>> lines;
    QFile file(path);
    if (line <= 0 || !file.open(QIODevice::ReadOnly))
        return lines;
    qint64 number = 0;
    while (!file.atEnd() && number < line + after) {
        QByteArray raw = file.readLine();
        ++number;
        if (number < line - before)
            continue;
        if (raw.endsWith('\n'))
            raw.chop(1);
        lines.append({number, decodeLogText(raw)});
    }
    return lines;
}

bool writeCliReport(const QString &path, const ReportInput &input, const ReportOptions &options, const QList<BundleLog> &logs,
                    const QString &command, QTextStream &err)
{
    Redactor redactor(options.redaction);
    const QJsonObject report = Report::build(input, options, &redactor);
    QString error;
    if (!ReportExport::writeReport(path, report, logs, redactor, &error)) {
        err << CliTr::tr("kvdoctor-cli %1: %2").arg(command, error) << '\n';
        return false;
    }
    err << CliTr::tr("Report written to %1.").arg(QDir::toNativeSeparators(path)) << '\n';
    return true;
}

} // namespace kvd
