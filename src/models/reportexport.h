// SPDX-License-Identifier: MIT
#pragma once

// The report formats that need more than Qt::Core: PDF (QTextDocument + QPdfWriter, fonts with
// Korean glyphs) and the zip bundle (KArchive) holding the report in every format plus the
// collected logs, redacted line by line with the report's own Redactor.

#include "core/redactor.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <functional>

namespace kvd {

// A log to put in the bundle: its name inside logs/ and where to read it from (a file), or
// its lines (a stream the app holds in memory).
struct BundleLog
{
    QString name;          // "aks-nodepool1-...-vmss000000/provider-azure-installer.log"
    QString filePath;      // read from here when set
    QByteArray data;       // otherwise these bytes
};

namespace ReportExport {
// PDF bytes of the report (A4, fonts from the system with CJK fallback). Needs a QGuiApplication.
QByteArray toPdf(const QJsonObject &report, QString *error = nullptr);

// Writes report.md, report.html, report.json, report.pdf and logs/* (redacted) into a zip at
// `path`, atomically. `progress(done, total)` is called between logs; returning false cancels
// (the target is left untouched). Runs in any thread when `pdf` (from toPdf, which uses fonts and
// so belongs in the GUI thread) is given; without it the PDF is made here.
bool writeBundle(const QString &path, const QJsonObject &report, const QList<BundleLog> &logs, Redactor &redactor,
                 QString *error = nullptr, const std::function<bool(int done, int total)> &progress = {},
                 const QByteArray &pdf = {});

// Writes the report in the format the file name's extension names (md, html, pdf, json, zip),
// atomically. False with a message naming the file or the unknown extension.
bool writeReport(const QString &path, const QJsonObject &report, const QList<BundleLog> &logs, Redactor &redactor,
                 QString *error = nullptr);
} // namespace ReportExport

} // namespace kvd
