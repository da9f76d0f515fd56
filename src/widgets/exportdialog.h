// SPDX-License-Identifier: MIT
#pragma once

#include "core/report.h"
#include "models/reportexport.h"

#include <QDialog>
#include <QJsonObject>

#include <atomic>
#include <memory>

class QThread;

namespace Ui {
class ExportDialog;
}

namespace kvd {

// Export report…: choose sections, redaction masks, language and format; the preview shows
// exactly what will be written (already redacted, with what was removed counted); "Copy
// summary" puts a short Markdown summary on the clipboard; saving runs in the background with
// cancel, and writes atomically.
class ExportDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ExportDialog(QWidget *parent = nullptr);
    ~ExportDialog() override;

    void setInput(const ReportInput &input, const QList<BundleLog> &logs = {});
    ReportOptions options() const;
    void setOptions(const ReportOptions &options);
    // The redacted document the preview shows and a save would write.
    const QJsonObject &report() const { return m_report; }
    QString previewText() const;
    bool isSaving() const { return m_worker != nullptr; }

public Q_SLOTS:
    // Writes the report to `path` in the background (the Save button asks for the path first).
    void saveTo(const QString &path);
    void copySummary();
    void cancelSaving();

Q_SIGNALS:
    void saved(const QString &path);
    void saveFailed(const QString &message);

protected:
    void reject() override;

private:
    void rebuild();
    void chooseFileAndSave();
    void finishSaving(bool ok, const QString &path, const QString &message);
    QString currentFormat() const;

    std::unique_ptr<Ui::ExportDialog> m_ui;
    ReportInput m_input;
    QList<BundleLog> m_logs;
    QJsonObject m_report;
    QThread *m_worker = nullptr;
    std::shared_ptr<std::atomic_bool> m_cancel;
};

} // namespace kvd
