// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>

namespace kvd {

struct LogFileList
{
    QStringList files;   // readable log files, sorted
    QString error;       // why nothing (or not everything) could be opened
};

// Expands what a user opened into log files: a file stays itself, a folder gives its files
// (recursively, up to a limit), a zip archive (AKS Periscope bundles, ticket attachments) is
// extracted into `extractDir` first. Files that look binary (NUL bytes in their first 4 KiB, other
// than .log/.txt) are skipped.
LogFileList collectLogFiles(const QStringList &paths, const QString &extractDir);

bool isZipArchive(const QString &path);

} // namespace kvd
