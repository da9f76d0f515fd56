// SPDX-License-Identifier: MIT
#include "models/logarchive.h"

#include <KZip>

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

namespace kvd {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(LogArchive)
};

constexpr int kMaxFiles = 500;

bool looksLikeText(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"log" || suffix == u"txt" || suffix == u"json" || suffix == u"jsonl")
        return true;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    return !f.read(4096).contains('\0');
}

void addFolder(const QString &dir, LogFileList *out, const QString &extractDir);

void addPath(const QString &path, LogFileList *out, const QString &extractDir)
{
    const QFileInfo info(path);
    if (!info.exists()) {
        out->error = Tr::tr("%1 does not exist.").arg(QDir::toNativeSeparators(path));
        return;
    }
    if (info.isDir()) {
        addFolder(path, out, extractDir);
    } else if (isZipArchive(path)) {
        KZip zip(path);
        if (!zip.open(QIODevice::ReadOnly)) {
            out->error = Tr::tr("%1 is not a readable zip archive.").arg(QDir::toNativeSeparators(path));
            return;
        }
        const QString target = QDir(extractDir).filePath(info.completeBaseName());
        QDir().mkpath(target);
        // copyTo refuses entries that would escape the target (".."), so a hostile archive stays inside.
        if (!zip.directory()->copyTo(target, true)) {
            out->error = Tr::tr("Could not extract %1.").arg(QDir::toNativeSeparators(path));
            return;
        }
        addFolder(target, out, extractDir);
    } else if (looksLikeText(path)) {
        out->files.append(info.absoluteFilePath());
    }
}

void addFolder(const QString &dir, LogFileList *out, const QString &extractDir)
{
    QStringList found;
    QDirIterator it(dir, QDir::Files | QDir::NoDotAndDotDot | QDir::Readable, QDirIterator::Subdirectories);
    while (it.hasNext())
        found.append(it.next());
    found.sort();
    for (const QString &file : std::as_const(found)) {
        if (out->files.size() >= kMaxFiles) {
            out->error = Tr::tr("Only the first %1 files were opened.").arg(kMaxFiles);
            return;
        }
        if (isZipArchive(file))
            addPath(file, out, extractDir);
        else if (looksLikeText(file))
            out->files.append(QFileInfo(file).absoluteFilePath());
    }
}

} // namespace

bool isZipArchive(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    return f.read(4) == QByteArrayView("PK\x03\x04");
}

LogFileList collectLogFiles(const QStringList &paths, const QString &extractDir)
{
    LogFileList out;
    for (const QString &path : paths)
        addPath(path, &out, extractDir);
    if (out.files.isEmpty() && out.error.isEmpty())
        out.error = Tr::tr("No log files found.");
    return out;
}

} // namespace kvd
