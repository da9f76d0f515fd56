// SPDX-License-Identifier: MIT
#include "models/reportexport.h"

#include "core/coretr.h"
#include "core/report.h"

#include <KZip>

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QSaveFile>
#include <QTemporaryFile>
#include <QTextDocument>

using namespace Qt::StringLiterals;

namespace kvd {

QByteArray ReportExport::toPdf(const QJsonObject &report, QString *error)
{
    QByteArray pdf;
    QBuffer buffer(&pdf);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setTitle(report.value(u"title"_s).toString());
    writer.setCreator(u"Key Vault CSI Doctor"_s);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(15, 15, 15, 15),
                                     QPageLayout::Millimeter));
    writer.setResolution(150);
    QTextDocument document;
    // Fonts chosen here rather than by the HTML's CSS list: with some CJK fonts as the first
    // family, Qt's PDF output loses the text mapping of digits (copy/paste and search break).
    // Latin text in DejaVu/Arial/Helvetica, Korean through the fallback families.
    QFont font;
    font.setFamilies({u"DejaVu Sans"_s, u"Arial"_s, u"Helvetica"_s, u"Noto Sans CJK KR"_s, u"Malgun Gothic"_s,
                      u"Apple SD Gothic Neo"_s});
    font.setPointSizeF(9);
    document.setDefaultFont(font);
    QString html = Report::toHtml(report);
    html.replace(QRegularExpression(u"body\\{font-family:[^;]*;"_s), u"body{"_s);
    // QTextDocument's CSS subset has no media queries; the shared HTML stays readable in it.
    document.setHtml(html);
    document.setPageSize(writer.pageLayout().paintRectPixels(writer.resolution()).size());
    document.print(&writer);
    buffer.close();
    if (pdf.isEmpty() && error)
        *error = CoreTr::tr("The PDF could not be produced.");
    return pdf;
}

namespace {

bool addRedactedLog(KZip &zip, const BundleLog &log, Redactor &redactor, QString *error)
{
    const QString name = u"logs/"_s + QString(log.name).replace(u'\\', u'/').remove(u"../"_s);
    // Opened before the entry begins: KZip frees an entry's compression device only in finishWriting.
    QFile file(log.filePath);
    if (!log.filePath.isEmpty() && !file.open(QIODevice::ReadOnly)) {
        *error = CoreTr::tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(log.filePath), file.errorString());
        return false;
    }
    if (!zip.prepareWriting(name, QString(), QString(), 0)) {
        *error = CoreTr::tr("Could not add %1 to the bundle.").arg(name);
        return false;
    }
    qint64 written = 0;
    auto writeLines = [&](QByteArrayView chunk) {
        const QByteArray out = redactor.redact(QString::fromUtf8(chunk)).toUtf8();
        written += out.size();
        return zip.writeData(out);
    };
    bool ok = true;
    if (!log.filePath.isEmpty()) {
        // Whole lines at a time, so a token is never split between two redaction passes.
        QByteArray pending;
        while (ok && !file.atEnd()) {
            pending += file.read(4 * 1024 * 1024);
            const qsizetype cut = file.atEnd() ? pending.size() : pending.lastIndexOf('\n') + 1;
            if (cut > 0) {
                ok = writeLines(QByteArrayView(pending).first(cut));
                pending.remove(0, cut);
            }
        }
        if (ok && !pending.isEmpty())
            ok = writeLines(pending);
    } else {
        ok = writeLines(log.data);
    }
    const bool finished = zip.finishWriting(written); // even after a failed write: it frees the entry
    if (!ok || !finished) {
        *error = CoreTr::tr("Could not add %1 to the bundle.").arg(name);
        return false;
    }
    return true;
}

} // namespace

bool ReportExport::writeBundle(const QString &path, const QJsonObject &report, const QList<BundleLog> &logs,
                               Redactor &redactor, QString *error, const std::function<bool(int, int)> &progress,
                               const QByteArray &precomputedPdf)
{
    QString message;
    // The zip is built in a temporary file next to nothing the user sees, then copied into place
    // through QSaveFile: a failure or a cancel never leaves a half bundle at `path`.
    QTemporaryFile temporary(QDir::temp().filePath(u"kvdoctor-bundle-XXXXXX.zip"_s));
    if (!temporary.open()) {
        if (error)
            *error = CoreTr::tr("Cannot create a temporary file: %1").arg(temporary.errorString());
        return false;
    }
    temporary.close();
    {
        KZip zip(temporary.fileName());
        if (!zip.open(QIODevice::WriteOnly)) {
            if (error)
                *error = CoreTr::tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), zip.errorString());
            return false;
        }
        const QByteArray pdf = precomputedPdf.isEmpty() ? toPdf(report, &message) : precomputedPdf;
        const bool ok = zip.writeFile(u"report.md"_s, Report::toMarkdown(report).toUtf8())
                        && zip.writeFile(u"report.html"_s, Report::toHtml(report).toUtf8())
                        && zip.writeFile(u"report.json"_s, Report::toJson(report))
                        && (pdf.isEmpty() || zip.writeFile(u"report.pdf"_s, pdf));
        if (!ok) {
            if (error)
                *error = CoreTr::tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), zip.errorString());
            return false;
        }
        for (qsizetype i = 0; i < logs.size(); ++i) {
            if (progress && !progress(int(i), int(logs.size()))) {
                if (error)
                    *error = CoreTr::tr("Cancelled.");
                return false;
            }
            if (!addRedactedLog(zip, logs.at(i), redactor, &message)) {
                if (error)
                    *error = message;
                return false;
            }
        }
        if (!zip.close()) {
            if (error)
                *error = CoreTr::tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), zip.errorString());
            return false;
        }
    }
    QFile built(temporary.fileName());
    if (!built.open(QIODevice::ReadOnly)) {
        if (error)
            *error = CoreTr::tr("Cannot read %1: %2").arg(temporary.fileName(), built.errorString());
        return false;
    }
    QSaveFile target(path);
    if (!target.open(QIODevice::WriteOnly)) {
        if (error)
            *error = CoreTr::tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), target.errorString());
        return false;
    }
    while (!built.atEnd()) {
        const QByteArray block = built.read(4 * 1024 * 1024);
        if (target.write(block) != block.size())
            break;
    }
    if (!built.atEnd() || !target.commit()) {
        if (error)
            *error = CoreTr::tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), target.errorString());
        target.cancelWriting();
        return false;
    }
    if (progress)
        progress(int(logs.size()), int(logs.size()));
    return true;
}

bool ReportExport::writeReport(const QString &path, const QJsonObject &report, const QList<BundleLog> &logs,
                               Redactor &redactor, QString *error)
{
    const QString format = Report::formatForPath(path);
    if (format == u"md"_s)
        return writeFileAtomically(path, Report::toMarkdown(report).toUtf8(), error);
    if (format == u"html"_s)
        return writeFileAtomically(path, Report::toHtml(report).toUtf8(), error);
    if (format == u"json"_s)
        return writeFileAtomically(path, Report::toJson(report), error);
    if (format == u"pdf"_s) {
        const QByteArray pdf = toPdf(report, error);
        return !pdf.isEmpty() && writeFileAtomically(path, pdf, error);
    }
    if (format == u"zip"_s)
        return writeBundle(path, report, logs, redactor, error);
    if (error) {
        *error = CoreTr::tr("Unknown report format for %1: use .md, .html, .pdf, .json or .zip.")
                     .arg(QDir::toNativeSeparators(path));
    }
    return false;
}

} // namespace kvd
