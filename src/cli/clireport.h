// SPDX-License-Identifier: MIT
#pragma once

#include "core/report.h"
#include "models/reportexport.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QTextStream>

namespace kvd {

// The report options the commands that can write a ticket report share (--report, --mask,
// --language), parsed once here so `analyze` and `diagnose` behave the same.
struct ReportCliOptions
{
    QCommandLineOption report;
    QCommandLineOption mask;
    ReportCliOptions();
    void addTo(QCommandLineParser &parser) const;
    // False (and a message on `err`) for an unknown extension or mask.
    bool parse(const QCommandLineParser &parser, const QString &command, QString *path, ReportOptions *options,
               QTextStream &err) const;
};

// Lines around `line` (1-based) of a text file, for evidence excerpts.
QList<QPair<qint64, QString>> fileExcerpt(const QString &path, qint64 line, int before, int after);

// Builds the redacted report and writes it; false after printing why.
bool writeCliReport(const QString &path, const ReportInput &input, const ReportOptions &options,
                    const QList<BundleLog> &logs, const QString &command, QTextStream &err);

} // namespace kvd
