// SPDX-License-Identifier: MIT
#pragma once

#include <QHash>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace kvd {

struct RedactionOptions
{
    // Credentials are always removed. These optional masks replace identifying values with stable
    // pseudonyms ("[ip-1]", "[node-2]", "[id-3]") so a report stays readable: the same value gets
    // the same pseudonym everywhere in one report.
    bool maskIpAddresses = false;
    bool maskNodeNames = false;
    bool maskIds = false;          // GUIDs: subscription, tenant, client and object ids
    bool operator==(const RedactionOptions &) const = default;
};

// Removes secrets from text that leaves the application (reports, exports, copied text, CLI output
// meant for tickets): bearer tokens and Authorization headers, JWTs, AAD client secrets,
// client_assertion values, kubeconfig credentials (token, client-key-data, passwords), private
// keys, SAS signatures and storage keys, plus any literal the caller knows to be secret (a
// Kubernetes Secret's values, a client secret typed into the wizard) and its base64 form.
// One Redactor per report: it counts what it removed and keeps the pseudonyms stable.
class Redactor
{
public:
    explicit Redactor(const RedactionOptions &options = {});

    // A value that must never appear (shorter than 4 characters is ignored: it would shred text).
    void addSecret(const QString &value);
    // Node names known from the cluster, masked when maskNodeNames is on (AKS-style names are
    // recognised without this).
    void addNodeName(const QString &name);

    QString redact(const QString &text);
    QByteArray redact(const QByteArray &utf8) { return redact(QString::fromUtf8(utf8)).toUtf8(); }

    const RedactionOptions &options() const { return m_options; }
    // What was replaced: kind id -> number of replacements. Kind ids: bearer-token, jwt,
    // client-secret, client-assertion, kubeconfig-credential, password, private-key,
    // sas-signature, storage-key, secret-value, ip-address, node-name, id.
    const QMap<QString, int> &counts() const { return m_counts; }
    int totalCount() const;
    // Translated kind names for the report's "what was redacted" section.
    static QString kindDisplayName(const QString &kind);
    // One line per kind, e.g. "JSON Web Tokens: 3", in a stable order.
    QStringList summary() const;

    // The placeholder used for removed credentials.
    static QString placeholder(const QString &kind);

private:
    QString pseudonym(const QString &kind, const QString &value);

    RedactionOptions m_options;
    QStringList m_secrets;        // longest first, so a secret containing another goes whole
    QStringList m_nodeNames;
    QMap<QString, int> m_counts;
    QHash<QString, QHash<QString, QString>> m_pseudonyms; // kind -> value -> pseudonym
};

} // namespace kvd
