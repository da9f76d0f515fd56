// SPDX-License-Identifier: MIT
#include "models/logarchive.h"

#include <KZip>
#include <KZipFileEntry>

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
// What an archive may expand to on disk; larger ones the user extracts by hand.
constexpr qint64 kMaxExtractBytes = qint64(4) << 30;
// Deflate expands at most about 1032:1, a stored entry (KZip encoding 0) not at all.
constexpr qint64 kMaxDeflateRatio = 1040;
// Zips inside zips (support bundles do that) are opened this deep; a zip that contains itself
// would otherwise recurse forever.
constexpr int kMaxZipNesting = 4;

// What one collectLogFiles() call may write, across nested archives.
struct CollectState
{
    QString extractDir;
    qint64 extracted = 0; // declared bytes of every archive extracted so far
};

struct ExtractBudget
{
    qint64 archiveBytes = 0; // size of the zip file
    qint64 packed = 0;       // compressed bytes of the entries so far
    qint64 unpacked = 0;     // declared sizes so far
};

// Why the archive must not be extracted, empty when it may. KArchive writes each entry's declared
// size whatever the data holds, so a 200-byte zip declaring a 4 GB entry would fill the disk.
QString extractionProblem(const QString &path, const KArchiveDirectory *dir, ExtractBudget *budget)
{
    const QStringList names = dir->entries();
    for (const QString &name : names) {
        const KArchiveEntry *entry = dir->entry(name);
        if (!entry)
            continue;
        if (entry->isDirectory()) {
            const QString problem = extractionProblem(path, static_cast<const KArchiveDirectory *>(entry), budget);
            if (!problem.isEmpty())
                return problem;
            continue;
        }
        if (!entry->isFile())
            continue;
        const qint64 size = static_cast<const KArchiveFile *>(entry)->size();
        if (const auto *zipEntry = dynamic_cast<const KZipFileEntry *>(entry)) {
            const qint64 packed = zipEntry->compressedSize();
            const bool impossible = zipEntry->encoding() == 0   ? size > packed
                                    : zipEntry->encoding() == 8 ? size / kMaxDeflateRatio > packed
                                                                : false; // bzip2/xz: the total limit below
            // The entries' compressed data must fit in the file (no more than once: overlapping
            // entries are a known zip bomb).
            if (size < 0 || packed < 0 || impossible || packed > budget->archiveBytes - budget->packed)
                return Tr::tr("%1 is damaged: the entry \"%2\" claims more data than the archive holds.")
                    .arg(QDir::toNativeSeparators(path), name);
            budget->packed += packed;
        }
        if (size > kMaxExtractBytes - budget->unpacked) // unpacked <= kMaxExtractBytes: no overflow
            return Tr::tr("%1 would extract to more than %2 GB. Extract it yourself and open the folder.")
                .arg(QDir::toNativeSeparators(path))
                .arg(kMaxExtractBytes >> 30);
        budget->unpacked += size;
    }
    return {};
}

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

void addFolder(const QString &dir, LogFileList *out, CollectState *state, int depth);

void addPath(const QString &path, LogFileList *out, CollectState *state, int depth)
{
    const QFileInfo info(path);
    if (!info.exists()) {
        out->error = Tr::tr("%1 does not exist.").arg(QDir::toNativeSeparators(path));
        return;
    }
    if (info.isDir()) {
        addFolder(path, out, state, depth);
    } else if (isZipArchive(path)) {
        if (depth >= kMaxZipNesting) {
            out->error = Tr::tr("%1 is nested in more than %2 zip archives and was not opened.")
                             .arg(QDir::toNativeSeparators(path))
                             .arg(kMaxZipNesting);
            return;
        }
        KZip zip(path);
        if (!zip.open(QIODevice::ReadOnly)) {
            out->error = Tr::tr("%1 is not a readable zip archive.").arg(QDir::toNativeSeparators(path));
            return;
        }
        ExtractBudget budget;
        budget.archiveBytes = info.size();
        budget.unpacked = state->extracted; // nested archives share one limit
        if (const QString problem = extractionProblem(path, zip.directory(), &budget); !problem.isEmpty()) {
            out->error = problem;
            return;
        }
        state->extracted = budget.unpacked;
        const QString target = QDir(state->extractDir).filePath(info.completeBaseName());
        QDir().mkpath(target);
        // copyTo refuses entries that would escape the target (".."), so a hostile archive stays inside.
        if (!zip.directory()->copyTo(target, true)) {
            out->error = Tr::tr("Could not extract %1.").arg(QDir::toNativeSeparators(path));
            return;
        }
        addFolder(target, out, state, depth + 1);
    } else if (looksLikeText(path)) {
        out->files.append(info.absoluteFilePath());
    }
}

void addFolder(const QString &dir, LogFileList *out, CollectState *state, int depth)
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
            addPath(file, out, state, depth);
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
    CollectState state{extractDir};
    for (const QString &path : paths)
        addPath(path, &out, &state, 0);
    if (out.files.isEmpty() && out.error.isEmpty())
        out.error = Tr::tr("No log files found.");
    return out;
}

} // namespace kvd
