// SPDX-License-Identifier: MIT
#include "core/redactor.h"

#include "core/coretr.h"

#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace kvd {

namespace {

// A credential pattern: with a `keep` group the text before the value stays ("Authorization:
// Bearer "), only the `value` group is replaced.
struct CredentialRule
{
    QRegularExpression regex;
    QString kind;
    bool keepsPrefix = false;
};

const QList<CredentialRule> &credentialRules()
{
    using RE = QRegularExpression;
    static const QList<CredentialRule> rules = [] {
        QList<CredentialRule> r;
        auto add = [&r](const char *pattern, const char *kind, RE::PatternOptions options = RE::NoPatternOption) {
            RE re(QString::fromLatin1(pattern), options);
            Q_ASSERT_X(re.isValid(), "redactor", pattern);
            re.optimize();
            r.append({re, QString::fromLatin1(kind), re.namedCaptureGroups().contains(QStringLiteral("keep"))});
        };
        // PEM private keys, whole block (a kubeconfig's client-key-data decoded, a pasted key).
        add(R"((?<value>-----BEGIN [A-Z ]*PRIVATE KEY-----[\s\S]*?(?:-----END [A-Z ]*PRIVATE KEY-----|$)))",
            "private-key");
        // JWTs anywhere (access tokens, service account tokens, client assertions).
        add(R"((?<value>\beyJ[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]*))", "jwt");
        // Authorization headers and bearer tokens.
        add(R"((?<keep>\bauthorization["']?\s*[:=]\s*["']?(?:bearer|basic|negotiate)?\s*)(?<value>[A-Za-z0-9\-._~+/]{8,}=*))",
            "bearer-token", RE::CaseInsensitiveOption);
        add(R"((?<keep>\bbearer\s+)(?<value>[A-Za-z0-9\-._~+/]{16,}=*))", "bearer-token", RE::CaseInsensitiveOption);
        // client_assertion=... (form bodies) and "clientAssertion": "..."
        add(R"((?<keep>\bclient[_-]?assertion["']?\s*[:=]\s*["']?)(?<value>[^\s"'&,;]{4,}))", "client-assertion",
            RE::CaseInsensitiveOption);
        add(R"((?<keep>\bclient[_-]?secret["']?\s*[:=]\s*["']?)(?<value>[^\s"'&,;]{4,}))", "client-secret",
            RE::CaseInsensitiveOption);
        // Microsoft Entra client secret values have a recognisable shape: xxxNQ~ + 31..34 characters.
        add(R"((?<value>(?<![A-Za-z0-9_\-.~])[A-Za-z0-9_\-.]{3}\dQ~[A-Za-z0-9_\-.~]{31,34}(?![A-Za-z0-9_\-.~])))",
            "client-secret");
        // kubeconfig and API credentials in YAML/JSON/key=value form.
        add(R"((?<keep>\b(?:client-key-data|token-data|id-token|refresh-token|access[_-]?token|refresh[_-]?token|id[_-]?token)["']?\s*[:=]\s*["']?)(?<value>[^\s"'&,;]{4,}))",
            "kubeconfig-credential", RE::CaseInsensitiveOption);
        add(R"((?<keep>(?:^|[{,\s])["']?token["']?\s*[:=]\s*["']?)(?<value>[A-Za-z0-9\-._~+/]{16,}=*))",
            "kubeconfig-credential", RE::CaseInsensitiveOption | RE::MultilineOption);
        add(R"((?<keep>\b(?:password|passwd|pwd)["']?\s*[:=]\s*["']?)(?<value>[^\s"'&,;]{1,}))", "password",
            RE::CaseInsensitiveOption);
        // SAS signatures and storage account keys.
        add(R"((?<keep>[?&]sig=)(?<value>[^&\s"'<>]+))", "sas-signature", RE::CaseInsensitiveOption);
        add(R"((?<keep>\b(?:AccountKey|SharedAccessKey)=)(?<value>[^;\s"']+))", "storage-key", RE::CaseInsensitiveOption);
        return r;
    }();
    return rules;
}

const QRegularExpression &ipv4Regex()
{
    static const QRegularExpression re(QStringLiteral(
        R"((?<![\d.])(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(?:\.(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}(?![\d.]*\d))"));
    return re;
}

const QRegularExpression &ipv6Regex()
{
    // Full form or compressed with "::" and at least one hex letter or two groups, so times such
    // as 17:37:42 never look like addresses.
    static const QRegularExpression re(QStringLiteral(
        R"((?<![0-9A-Fa-f:])(?:(?:[0-9A-Fa-f]{1,4}:){7}[0-9A-Fa-f]{1,4}|(?:[0-9A-Fa-f]{1,4}:){1,6}:(?:[0-9A-Fa-f]{1,4}:){0,5}[0-9A-Fa-f]{1,4})(?![0-9A-Fa-f:]))"));
    return re;
}

const QRegularExpression &guidRegex()
{
    static const QRegularExpression re(QStringLiteral(R"(\b[0-9A-Fa-f]{8}-(?:[0-9A-Fa-f]{4}-){3}[0-9A-Fa-f]{12}\b)"));
    return re;
}

const QRegularExpression &aksNodeRegex()
{
    // aks-<pool>-<8 digits>-vmss<6 base36> (Linux VMSS), aks<pool><6 digits or base36> (Windows).
    static const QRegularExpression re(QStringLiteral(
        R"((?:aks-[a-z0-9]{1,12}-\d{8}-vmss[0-9a-z]{6}|aks[a-z0-9]{1,6}\d{6}|akswin[0-9a-z]{6,}))"));
    return re;
}

// Replaces every match of `re` with what `replace` returns for it; counts replacements.
template<typename Replace>
QString replaceMatches(const QString &text, const QRegularExpression &re, Replace replace)
{
    QString out;
    qsizetype last = 0;
    QRegularExpressionMatchIterator it = re.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        out += QStringView(text).sliced(last, m.capturedStart() - last);
        out += replace(m);
        last = m.capturedEnd();
    }
    if (last == 0)
        return text;
    out += QStringView(text).sliced(last);
    return out;
}

} // namespace

Redactor::Redactor(const RedactionOptions &options) : m_options(options) { }

void Redactor::addSecret(const QString &value)
{
    const QString trimmed = value.trimmed();
    if (trimmed.size() < 4)
        return;
    auto insert = [this](const QString &s) {
        if (!s.isEmpty() && !m_secrets.contains(s))
            m_secrets.append(s);
    };
    insert(trimmed);
    // As stored in a Kubernetes Secret's data and as pasted by people who copy it from there.
    insert(QString::fromLatin1(trimmed.toUtf8().toBase64()));
    insert(QString::fromLatin1(trimmed.toUtf8().toBase64(QByteArray::OmitTrailingEquals)));
    std::sort(m_secrets.begin(), m_secrets.end(), [](const QString &a, const QString &b) { return a.size() > b.size(); });
}

void Redactor::addNodeName(const QString &name)
{
    if (name.size() >= 3 && !m_nodeNames.contains(name)) {
        m_nodeNames.append(name);
        std::sort(m_nodeNames.begin(), m_nodeNames.end(),
                  [](const QString &a, const QString &b) { return a.size() > b.size(); });
    }
}

QString Redactor::placeholder(const QString &kind)
{
    return QStringLiteral("[REDACTED %1]").arg(kind);
}

QString Redactor::pseudonym(const QString &kind, const QString &value)
{
    QHash<QString, QString> &names = m_pseudonyms[kind];
    auto it = names.constFind(value);
    if (it != names.cend())
        return *it;
    const QString prefix = kind == QLatin1String("ip-address") ? QStringLiteral("ip")
                           : kind == QLatin1String("node-name") ? QStringLiteral("node")
                                                                : QStringLiteral("id");
    const QString name = QStringLiteral("[%1-%2]").arg(prefix).arg(names.size() + 1);
    names.insert(value, name);
    return name;
}

QString Redactor::redact(const QString &input)
{
    QString text = input;
    // Known literals first: they are exact, and the patterns below must not cut them in half.
    for (const QString &secret : std::as_const(m_secrets)) {
        const qsizetype n = text.count(secret);
        if (n > 0) {
            text.replace(secret, placeholder(QStringLiteral("secret-value")));
            m_counts[QStringLiteral("secret-value")] += int(n);
        }
    }
    // Key Vault secret bundles ({"value": "...", "id": "https://<vault>.vault.azure.net/secrets/..."}),
    // e.g. an SDK debug log of a response: the value is the secret itself.
    static const QRegularExpression vaultBundle(QStringLiteral(R"(\.vault(core)?\.(azure\.net|azure\.cn|usgovcloudapi\.net|microsoftazure\.de)/(secrets|keys|certificates)/)"));
    static const QRegularExpression bundleValue(QStringLiteral(R"((?<keep>"value"\s*:\s*")(?<value>(?:[^"\\]|\\.)+))"));
    if (text.contains(vaultBundle)) {
        text = replaceMatches(text, bundleValue, [&](const QRegularExpressionMatch &m) -> QString {
            if (m.captured(u"value").startsWith(u"[REDACTED"))
                return m.captured(0);
            m_counts[QStringLiteral("secret-value")] += 1;
            return m.captured(u"keep") + placeholder(QStringLiteral("secret-value"));
        });
    }
    for (const CredentialRule &rule : credentialRules()) {
        text = replaceMatches(text, rule.regex, [&](const QRegularExpressionMatch &m) -> QString {
            // An earlier rule's placeholder is not a credential.
            if (m.captured(u"value").startsWith(u"[REDACTED"))
                return m.captured(0);
            m_counts[rule.kind] += 1;
            return (rule.keepsPrefix ? m.captured(u"keep") : QString()) + placeholder(rule.kind);
        });
    }
    if (m_options.maskNodeNames) {
        // Known names and AKS-shaped names in one pass, so pseudonyms follow the order of appearance.
        QStringList alternatives;
        for (const QString &node : std::as_const(m_nodeNames))
            alternatives.append(QRegularExpression::escape(node));
        alternatives.append(aksNodeRegex().pattern());
        const QRegularExpression nodes(u"(?<![A-Za-z0-9-])(?:"_s + alternatives.join(u'|') + u")(?![A-Za-z0-9-])"_s);
        text = replaceMatches(text, nodes, [&](const QRegularExpressionMatch &m) {
            m_counts[QStringLiteral("node-name")] += 1;
            return pseudonym(QStringLiteral("node-name"), m.captured(0));
        });
    }
    if (m_options.maskIds) {
        text = replaceMatches(text, guidRegex(), [&](const QRegularExpressionMatch &m) {
            m_counts[QStringLiteral("id")] += 1;
            return pseudonym(QStringLiteral("id"), m.captured(0).toLower());
        });
    }
    if (m_options.maskIpAddresses) {
        for (const QRegularExpression *re : {&ipv4Regex(), &ipv6Regex()}) {
            text = replaceMatches(text, *re, [&](const QRegularExpressionMatch &m) {
                m_counts[QStringLiteral("ip-address")] += 1;
                return pseudonym(QStringLiteral("ip-address"), m.captured(0).toLower());
            });
        }
    }
    return text;
}

int Redactor::totalCount() const
{
    int total = 0;
    for (int n : m_counts)
        total += n;
    return total;
}

QString Redactor::kindDisplayName(const QString &kind)
{
    if (kind == QLatin1String("bearer-token"))
        return CoreTr::tr("Bearer tokens and Authorization headers");
    if (kind == QLatin1String("jwt"))
        return CoreTr::tr("JSON Web Tokens");
    if (kind == QLatin1String("client-secret"))
        return CoreTr::tr("Client secrets");
    if (kind == QLatin1String("client-assertion"))
        return CoreTr::tr("Client assertions");
    if (kind == QLatin1String("kubeconfig-credential"))
        return CoreTr::tr("Kubeconfig credentials");
    if (kind == QLatin1String("password"))
        return CoreTr::tr("Passwords");
    if (kind == QLatin1String("private-key"))
        return CoreTr::tr("Private keys");
    if (kind == QLatin1String("sas-signature"))
        return CoreTr::tr("SAS signatures");
    if (kind == QLatin1String("storage-key"))
        return CoreTr::tr("Storage account keys");
    if (kind == QLatin1String("secret-value"))
        return CoreTr::tr("Secret values");
    if (kind == QLatin1String("ip-address"))
        return CoreTr::tr("IP addresses (masked)");
    if (kind == QLatin1String("node-name"))
        return CoreTr::tr("Node names (masked)");
    if (kind == QLatin1String("id"))
        return CoreTr::tr("Subscription, tenant and client IDs (masked)");
    return kind;
}

QStringList Redactor::summary() const
{
    QStringList lines;
    for (auto it = m_counts.cbegin(); it != m_counts.cend(); ++it)
        lines.append(CoreTr::tr("%1: %2").arg(kindDisplayName(it.key())).arg(it.value()));
    return lines;
}

} // namespace kvd
