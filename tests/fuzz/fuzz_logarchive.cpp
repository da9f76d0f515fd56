// SPDX-License-Identifier: MIT
// Zip opening: the input as a .zip a user opened (AKS Periscope bundle, ticket attachment),
// expanded by collectLogFiles() into a scratch folder. A hostile archive must stay inside the
// extract folder: after each run the sandbox holds nothing but the input and that folder.
#include "fuzzcommon.h"
#include "models/logarchive.h"

#include <QDir>
#include <QFile>
#include <QLoggingCategory>
#include <QTemporaryDir>

#include <cstdio>
#include <cstdlib>

namespace {
QTemporaryDir *g_root = nullptr;
}

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    kvd::fuzz::initApplication(argc, argv);
    g_root = new QTemporaryDir(QDir::tempPath() + QStringLiteral("/kvdoctor-fuzz-zip-XXXXXX"));
    if (!g_root->isValid())
        std::abort();
    // libFuzzer ends with exit(): remove the scratch folder then (a crash leaves it for inspection).
    std::atexit([] { delete g_root; });
    // KArchive warns about every ".." entry it redirects; thousands of lines slow the run down.
    QLoggingCategory::setFilterRules(QStringLiteral("kf.archive.warning=false"));
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace kvd;
    // <root>/sandbox/in.zip and <root>/sandbox/extract; entries with ".." would land in sandbox or root.
    const QString sandbox = g_root->filePath(QStringLiteral("sandbox"));
    const QString extract = sandbox + QStringLiteral("/extract");
    const QString zipPath = sandbox + QStringLiteral("/in.zip");
    QDir(sandbox).removeRecursively();
    QDir().mkpath(extract);
    {
        QFile file(zipPath);
        if (!file.open(QIODevice::WriteOnly))
            std::abort();
        file.write(reinterpret_cast<const char *>(data), qint64(size));
    }
    const LogFileList list = collectLogFiles({zipPath}, extract);
    for (const QString &file : list.files) {
        if (file != QFileInfo(zipPath).absoluteFilePath() && !file.startsWith(QFileInfo(extract).absoluteFilePath() + u'/'))
            std::abort();
    }
    if (list.files.isEmpty() && list.error.isEmpty())
        std::abort();
    const QStringList inRoot = QDir(g_root->path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System);
    const QStringList inSandbox = QDir(sandbox).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System);
    if (inRoot != QStringList{QStringLiteral("sandbox")}
        || !(inSandbox == QStringList{QStringLiteral("extract"), QStringLiteral("in.zip")})) {
        std::fprintf(stderr, "zip extraction escaped its folder: root %s, sandbox %s\n",
                     qPrintable(inRoot.join(u',')), qPrintable(inSandbox.join(u',')));
        std::abort();
    }
    return 0;
}
