// SPDX-License-Identifier: MIT
#pragma once

// The ticket report (issue 8): one JSON document (schema "kvdoctor-report/1", documented in
// docs/report-schema.md) built from what kvdoctor collected, with every string passed through a
// Redactor, then rendered as Markdown or self-contained HTML here, and as PDF and zip bundles in
// models/reportexport.h. Renderers only read the document, so all formats say the same thing.

#include "core/detector.h"
#include "core/inventory.h"
#include "core/redactor.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace kvd {

struct ReportSections
{
    bool cluster = true;        // context, server, versions, pools, DaemonSets, CSIDriver
    bool failingPods = true;    // with their events
    bool secretProviderClasses = true;
    bool findings = true;       // with evidence excerpts
    bool connectivity = true;   // the connectivity test's results, when one ran
    bool timeline = true;
    bool environment = true;
    bool collected = true;      // what was collected and what was redacted
    bool operator==(const ReportSections &) const = default;
};

struct ReportOptions
{
    ReportSections sections;
    RedactionOptions redaction;
    bool maskServer = false;    // show the API server as "https://[server]"
    QString language = QStringLiteral("en"); // rule texts and headings
    int excerptLines = 3;       // lines before and after each evidence line
    int evidencePerFinding = 5; // evidence items shown per finding (the count stays exact)
};

// One collected source: a log stream or file, the inventory, events.
struct CollectedSource
{
    QString source;     // "kube-system/secrets-store-provider-azure-x/provider-azure-installer", a file
    QString kind;       // "log", "file", "inventory", "events", "probe"
    qint64 lines = 0;
    qint64 bytes = 0;
    QString note;       // e.g. "since 1h", "previous container"
};

// Lines around an evidence line: (1-based line number, text). Empty when unavailable.
using ExcerptProvider = std::function<QList<QPair<qint64, QString>>(const Evidence &evidence, int before, int after)>;

struct ReportInput
{
    QString title;                  // empty: "Key Vault CSI Doctor report"
    QString context;                // kubeconfig context ("" when offline)
    QString server;
    QString auth;                   // "exec: kubelogin", "client certificate", "token", ...
    QString kubernetesVersion;
    std::optional<Inventory> inventory;
    QList<Finding> findings;
    const RuleCatalogue *catalogue = nullptr; // nullptr: the built-in one
    ExcerptProvider excerpt;
    // The connectivity test's results as the probe serialises them ({"target", "identity",
    // "verdict", "steps": [...]}); empty when none ran.
    QJsonObject connectivity;
    QList<CollectedSource> collected;
    QStringList knownSecrets;       // literal values to remove wherever they appear
    QDateTime generated;            // invalid: now
};

namespace Report {
inline const QString schemaId = QStringLiteral("kvdoctor-report/1");

// Builds the redacted document. `redactor` (optional) receives the counts; a default one is used
// otherwise. Every string value in the result has passed through the redactor.
QJsonObject build(const ReportInput &input, const ReportOptions &options = {}, Redactor *redactor = nullptr);

QString toMarkdown(const QJsonObject &report);
// Self-contained (inline CSS, no scripts, no external resources), UTF-8.
QString toHtml(const QJsonObject &report);
QByteArray toJson(const QJsonObject &report);
// A few lines for a ticket's first comment: verdict, top findings with their fix, what to attach.
QString summaryMarkdown(const QJsonObject &report);

// Format from a file name's extension: "md", "html", "pdf", "json", "zip"; empty when unknown.
QString formatForPath(const QString &path);
} // namespace Report

// Writes `data` to `path` atomically (QSaveFile): a failed write leaves any earlier file as it
// was and never a half file. False with a message naming the file when it fails.
bool writeFileAtomically(const QString &path, const QByteArray &data, QString *error);

} // namespace kvd
