// SPDX-License-Identifier: MIT
#include "core/probeplan.h"

#include "core/redactor.h"

#include "core/coretr.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTimeZone>
#include <QUrl>
#include <QUrlQuery>

#include <algorithm>
#include <cstring>

using namespace Qt::StringLiterals;

namespace kvd {

namespace {

const QString kAdExchangeAudience = u"api://AzureADTokenExchange"_s;
const QString kManagedBy = u"kvdoctor"_s;

bool matches(const QString &pattern, const QString &text)
{
    return QRegularExpression(pattern).match(text).hasMatch();
}

bool isGuid(const QString &text)
{
    return matches(u"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"_s, text);
}

// A tenant goes into the token URL: a GUID or a domain name (or "adfs" on Azure Stack).
bool isValidTenant(const QString &tenant)
{
    return isGuid(tenant) || matches(u"^[A-Za-z0-9]([A-Za-z0-9-]{0,62}\\.)*[A-Za-z0-9-]{1,63}$"_s, tenant);
}

bool isDnsLabel(const QString &name, int max = 63)
{
    return name.size() <= max && matches(u"^[a-z0-9]([-a-z0-9]*[a-z0-9])?$"_s, name);
}

bool isDnsSubdomain(const QString &name)
{
    return name.size() <= 253 && matches(u"^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$"_s, name);
}

bool isValidImage(const QString &image)
{
    return !image.isEmpty() && image.size() <= 512 && matches(u"^[A-Za-z0-9][A-Za-z0-9./:@_-]*$"_s, image);
}

bool isValidApiVersion(const QString &version)
{
    return matches(u"^([0-9]{1,2}\\.[0-9]{1,2}|[0-9]{4}-[0-9]{2}-[0-9]{2}(-preview)?)$"_s, version);
}

// Quoting for the command shown to the user (POSIX shell): only what needs it.
QString shellQuote(const QString &word)
{
    if (!word.isEmpty() && matches(u"^[A-Za-z0-9_./:=@%+,-]+$"_s, word))
        return word;
    QString quoted = word;
    quoted.replace(u"'"_s, u"'\\''"_s);
    return u"'"_s + quoted + u"'"_s;
}

// A value in curl's config syntax: double quotes with \\ \" \n \r \t escaped.
QByteArray curlQuote(const QByteArray &value)
{
    QByteArray out = "\"";
    for (const char c : value) {
        switch (c) {
        case '\\': out += "\\\\"; break;
        case '"': out += "\\\""; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        default: out += c; break;
        }
    }
    return out + '"';
}

QString objectTypePath(const QString &type)
{
    if (type == u"key"_s)
        return u"keys"_s;
    if (type == u"cert"_s)
        return u"certificates"_s;
    return u"secrets"_s;
}

// Core links Qt::Core only, so addresses are parsed here rather than with QHostAddress.
std::optional<quint32> parseIpv4(const QString &text)
{
    const QStringList parts = text.split(u'.');
    if (parts.size() != 4)
        return std::nullopt;
    quint32 value = 0;
    for (const QString &part : parts) {
        bool ok = false;
        const uint octet = part.toUInt(&ok);
        if (!ok || part.isEmpty() || part.size() > 3 || octet > 255)
            return std::nullopt;
        value = (value << 8) | octet;
    }
    return value;
}

bool isIpv6(const QString &text)
{
    return text.contains(u':') && matches(u"^[0-9A-Fa-f:.]+$"_s, text);
}

bool isIpAddress(const QString &text)
{
    return parseIpv4(text).has_value() || isIpv6(text);
}

// Private (RFC 1918), carrier-grade NAT, link-local and loopback addresses.
bool isPrivateAddress(const QString &text)
{
    if (const auto ip = parseIpv4(text)) {
        for (const auto &[net, bits] : std::initializer_list<std::pair<quint32, int>>{
                 {0x0A000000u, 8}, {0xAC100000u, 12}, {0xC0A80000u, 16}, {0x64400000u, 10}, {0xA9FE0000u, 16}, {0x7F000000u, 8}}) {
            const quint32 mask = bits == 0 ? 0 : ~quint32(0) << (32 - bits);
            if ((*ip & mask) == net)
                return true;
        }
        return false;
    }
    if (!isIpv6(text))
        return false;
    const QString lower = text.toLower();
    return lower == u"::1"_s || lower.startsWith(u"fc"_s) || lower.startsWith(u"fd"_s) || lower.startsWith(u"fe80"_s);
}

QByteArray base64UrlDecode(const QByteArray &part)
{
    return QByteArray::fromBase64(part, QByteArray::Base64UrlEncoding);
}

// The non-secret claims of a JWT (azure.md §4.1, §6.1).
QMap<QString, QString> jwtClaims(const QByteArray &jwt)
{
    QMap<QString, QString> claims;
    const QList<QByteArray> parts = jwt.split('.');
    if (parts.size() < 2)
        return claims;
    const QJsonObject payload = QJsonDocument::fromJson(base64UrlDecode(parts.at(1))).object();
    for (const char *key : {"aud", "iss", "sub", "tid", "appid", "azp", "oid", "xms_mirid", "exp", "nbf", "iat"}) {
        const QJsonValue value = payload.value(QLatin1StringView(key));
        if (value.isString())
            claims.insert(QLatin1StringView(key), value.toString());
        else if (value.isDouble())
            claims.insert(QLatin1StringView(key), QString::number(qint64(value.toDouble())));
        else if (value.isArray() && !value.toArray().isEmpty())
            claims.insert(QLatin1StringView(key), value.toArray().first().toString());
    }
    return claims;
}

QString stepTitleForObject(const KeyVaultObjectSpec &object)
{
    return CoreTr::tr("Get %1 \"%2\" (metadata only)").arg(object.objectType, object.objectName);
}

struct StepBuilder
{
    const ProbePlan &plan;

    QString execPrefix(bool withStdin) const
    {
        return u"kubectl exec%1 -n %2 %3 -- "_s.arg(withStdin ? u" -i"_s : QString(), plan.probeNamespace, plan.probePodName);
    }

    ProbeStep exec(const QString &id, const QString &title, const QString &description, const QStringList &argv,
                   const QString &expected, const QString &host = {}) const
    {
        ProbeStep step;
        step.id = id;
        step.kind = ProbeStep::Kind::Exec;
        step.title = title;
        step.description = description;
        step.argv = argv;
        step.expected = expected;
        step.host = host;
        QStringList quoted;
        for (const QString &word : argv)
            quoted.append(shellQuote(word));
        step.shownCommand = execPrefix(false) + quoted.join(u' ');
        return step;
    }

    // A curl reading its options from stdin (`curl -sS -K -`): the shown stdin has placeholders.
    ProbeStep curlConfig(const QString &id, const QString &title, const QString &description, const QString &stdinShown,
                         ProbeSecretKind secret, const QString &expected, const QString &host) const
    {
        ProbeStep step = exec(id, title, description, {u"curl"_s, u"-sS"_s, u"-K"_s, u"-"_s}, expected, host);
        step.stdinShown = stdinShown;
        step.secret = secret;
        step.shownCommand = execPrefix(true) + u"curl -sS -K - <<'EOF'\n"_s + stdinShown + u"EOF"_s;
        return step;
    }
};

const QString kWriteOut = u"\\n%{json}\\n"_s; // curl expands \n itself
QStringList curlBase()
{
    return {u"curl"_s, u"-sS"_s, u"--connect-timeout"_s, u"5"_s, u"--max-time"_s, u"20"_s, u"-w"_s, kWriteOut};
}

QString configCommon()
{
    return u"connect-timeout = 5\nmax-time = 20\nwrite-out = \"\\n%{json}\\n\"\n"_s;
}

QString tokenUrl(const ProbePlan &plan)
{
    return u"https://%1/%2/oauth2/v2.0/token"_s.arg(plan.cloud.authorityHost, plan.tenantId);
}

QString objectUrl(const ProbePlan &plan, const KeyVaultObjectSpec &object)
{
    QString path = u"/"_s + objectTypePath(object.objectType) + u"/"_s + object.objectName;
    if (!object.objectVersion.isEmpty())
        path += u"/"_s + object.objectVersion;
    return u"https://%1%2?api-version=%3"_s.arg(plan.vaultHost, path, plan.apiVersion);
}

QString imdsUrl(const ProbePlan &plan, bool withClientId)
{
    QString url = u"http://169.254.169.254/metadata/identity/oauth2/token?api-version=2018-02-01&resource="_s
        + QString::fromLatin1(QUrl::toPercentEncoding(plan.cloud.keyVaultResource));
    if (withClientId)
        url += u"&client_id="_s + plan.clientId;
    return url;
}

// --- output parsing -------------------------------------------------------------------------

struct CurlOutput
{
    QJsonObject meta;          // the -w %{json} object (empty if absent)
    QByteArray body;           // what came before it (minus the -D - headers)
    QList<QPair<QByteArray, QByteArray>> headers;
    int httpStatus = 0;
    int curlExit = 0;          // from the meta when present, else the process exit code
    QString errorMessage;      // curl's errormsg or the "curl: (N) ..." line
    QString remoteIp;

    QByteArray header(const QByteArray &name) const
    {
        for (const auto &[key, value] : headers) {
            if (key.compare(name, Qt::CaseInsensitive) == 0)
                return value;
        }
        return {};
    }
};

CurlOutput parseCurl(const ProbeExecOutput &output)
{
    CurlOutput out;
    QByteArray data = output.stdoutData;
    // The write-out object is the last line that is a JSON object with curl's fields.
    qsizetype end = data.size();
    while (end > 0) {
        const qsizetype start = data.lastIndexOf('\n', end - 1);
        const QByteArray line = data.mid(start + 1, end - start - 1).trimmed();
        if (!line.isEmpty()) {
            const QJsonObject object = QJsonDocument::fromJson(line).object();
            if (object.contains(u"exitcode"_s) || object.contains(u"response_code"_s) || object.contains(u"http_code"_s)) {
                out.meta = object;
                data = data.left(qMax<qsizetype>(0, start));
            }
            break;
        }
        end = start;
        if (start < 0)
            break;
    }
    if (data.startsWith("HTTP/")) {
        qsizetype split = data.indexOf("\r\n\r\n");
        qsizetype skip = 4;
        if (split < 0) {
            split = data.indexOf("\n\n");
            skip = 2;
        }
        const QByteArray head = split < 0 ? data : data.left(split);
        data = split < 0 ? QByteArray() : data.mid(split + skip);
        const QList<QByteArray> lines = head.split('\n');
        out.httpStatus = lines.value(0).split(' ').value(1).toInt();
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines.at(i).trimmed();
            const qsizetype colon = line.indexOf(':');
            if (colon > 0)
                out.headers.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
        }
    }
    out.body = data;
    out.curlExit = output.exitCode;
    if (!out.meta.isEmpty()) {
        const int code = out.meta.value(u"response_code"_s).toInt(out.meta.value(u"http_code"_s).toInt());
        if (code > 0)
            out.httpStatus = code;
        if (out.meta.contains(u"exitcode"_s) && output.exitCode <= 0)
            out.curlExit = out.meta.value(u"exitcode"_s).toInt();
        out.errorMessage = out.meta.value(u"errormsg"_s).toString();
        out.remoteIp = out.meta.value(u"remote_ip"_s).toString();
    }
    if (out.errorMessage.isEmpty()) {
        static const QRegularExpression curlError(u"curl: \\((\\d+)\\) ([^\\n]*)"_s);
        const auto match = curlError.match(QString::fromUtf8(output.stderrData));
        if (match.hasMatch())
            out.errorMessage = match.captured(2).trimmed();
    }
    return out;
}

struct AadError
{
    bool present = false;
    QString error;
    int code = 0;
    QString description; // first line of error_description
    QString traceId;
    QString correlationId;
};

AadError parseAadError(const QByteArray &body)
{
    AadError e;
    const QJsonObject object = QJsonDocument::fromJson(body).object();
    if (!object.contains(u"error"_s) || !object.value(u"error"_s).isString())
        return e;
    e.present = true;
    e.error = object.value(u"error"_s).toString();
    const QString description = object.value(u"error_description"_s).toString();
    e.description = description.section(u"\r\n"_s, 0, 0).section(u" Trace ID:"_s, 0, 0).trimmed();
    const QJsonArray codes = object.value(u"error_codes"_s).toArray();
    if (!codes.isEmpty())
        e.code = codes.first().toInt();
    if (e.code == 0) {
        static const QRegularExpression aadsts(u"AADSTS(\\d+)"_s);
        const auto match = aadsts.match(description);
        if (match.hasMatch())
            e.code = match.captured(1).toInt();
    }
    e.traceId = object.value(u"trace_id"_s).toString();
    e.correlationId = object.value(u"correlation_id"_s).toString();
    return e;
}

struct KeyVaultError
{
    bool present = false;
    QString code;
    QString innerCode;
    QString message;
};

KeyVaultError parseKeyVaultError(const QByteArray &body)
{
    KeyVaultError e;
    const QJsonObject error = QJsonDocument::fromJson(body).object().value(u"error"_s).toObject();
    if (error.isEmpty())
        return e;
    e.present = true;
    e.code = error.value(u"code"_s).toString();
    e.message = error.value(u"message"_s).toString();
    e.innerCode = error.value(u"innererror"_s).toObject().value(u"code"_s).toString();
    return e;
}

QString firstMatch(const QString &pattern, const QString &text)
{
    const auto match = QRegularExpression(pattern).match(text);
    return match.hasMatch() ? match.captured(1).trimmed() : QString();
}

// The wording of curl's exit codes (azure.md §5).
QString curlExitMeaning(int exitCode)
{
    switch (exitCode) {
    case 5: return CoreTr::tr("the proxy host name in HTTPS_PROXY does not resolve");
    case 6: return CoreTr::tr("the host name does not resolve (DNS: custom DNS, private zone, typo in the vault name or cloud)");
    case 7: return CoreTr::tr("the connection was refused or there is no route (NSG reject, nothing listening, proxy refused)");
    case 28: return CoreTr::tr("the operation timed out: packets are dropped (firewall, UDR or NSG deny, unreachable private endpoint)");
    case 35: return CoreTr::tr("the TLS handshake failed (SNI-filtering firewall, TLS interception, TLS version)");
    case 52: return CoreTr::tr("the server closed the connection without a reply (a middlebox)");
    case 56: return CoreTr::tr("the connection was reset (firewall reset after the TLS hello, proxy CONNECT refused)");
    case 60: return CoreTr::tr("the server certificate is not trusted: TLS interception, or the proxy CA is missing from the image's CA bundle");
    default: return CoreTr::tr("curl exit code %1").arg(exitCode);
    }
}

ProbeStepResult base(const ProbeStep &step, const ProbeExecOutput &output, const QList<QByteArray> &secrets = {})
{
    ProbeStepResult r;
    r.stepId = step.id;
    r.exitCode = output.exitCode;
    QString text = QString::fromUtf8(output.stdoutData);
    if (!output.stderrData.isEmpty())
        text += (text.isEmpty() || text.endsWith(u'\n') ? QString() : u"\n"_s) + QString::fromUtf8(output.stderrData);
    r.output = redactSecrets(text, secrets).left(64 * 1024);
    return r;
}

void setVerdict(ProbeStepResult &r, ProbeVerdict verdict, const QString &actual, const QString &explanation,
                const QString &fix = {}, const QString &cause = {})
{
    r.verdict = verdict;
    r.actual = actual;
    r.explanation = explanation;
    r.fix = fix;
    r.causeId = cause;
}

const ProbeStepResult *findResult(const QList<ProbeStepResult> &results, const QString &id)
{
    for (const ProbeStepResult &r : results) {
        if (r.stepId == id)
            return &r;
    }
    return nullptr;
}

bool isAuthorityStep(const ProbeStep &step, const ProbePlan &plan)
{
    return step.host == plan.cloud.authorityHost;
}

// Service principals and workload identity call Entra ID from the node; the managed identity
// modes go through IMDS (or NMI), which reaches Entra ID on its own path.
bool usesEntraFromNode(const ProbePlan &plan)
{
    return plan.identity == ProbeIdentity::ServicePrincipal || plan.identity == ProbeIdentity::WorkloadIdentity
        || plan.identity == ProbeIdentity::IdentityBinding || plan.identity == ProbeIdentity::Unknown;
}

// Fails a step because curl could not complete the exchange; the cause depends on the endpoint.
void networkFailure(ProbeStepResult &r, const ProbePlan &plan, const ProbeStep &step, const CurlOutput &curl,
                    const QList<ProbeStepResult> &earlier)
{
    const int exit = curl.curlExit;
    const QString what = curlExitMeaning(exit);
    const QString actual = CoreTr::tr("curl exit %1: %2").arg(exit).arg(curl.errorMessage.isEmpty() ? what : curl.errorMessage);
    r.facts.insert(u"curlExit"_s, QString::number(exit));
    if (isAuthorityStep(step, plan) && !usesEntraFromNode(plan)) {
        setVerdict(r, ProbeVerdict::Warning, actual,
                   CoreTr::tr("The node cannot reach Microsoft Entra ID (%1): %2. This identity mode gets its token from the node's %3, so the provider does not need it directly.")
                       .arg(step.host, what, plan.identity == ProbeIdentity::PodIdentity ? u"NMI"_s : u"IMDS"_s),
                   CoreTr::tr("Nothing to do for this mode; workload identity and service principals need %1:443.").arg(step.host));
        return;
    }
    if (isAuthorityStep(step, plan)) {
        setVerdict(r, ProbeVerdict::Fail, actual,
                   CoreTr::tr("The node cannot reach Microsoft Entra ID (%1): %2. The provider cannot get a token either.").arg(step.host, what),
                   CoreTr::tr("Allow egress from the nodes to %1:443 (AKS outbound rules, firewall application rules, proxy settings) and check the node's DNS.")
                       .arg(step.host),
                   exit == 35 || exit == 60 ? QString() : u"aad-endpoint-unreachable"_s);
        return;
    }
    if (step.host == plan.vaultHost) {
        const ProbeStepResult *dns = findResult(earlier, ProbeStepIds::dnsVault);
        const bool privateIp = dns && dns->facts.value(u"private"_s) == u"true"_s;
        QString cause;
        QString fix;
        if ((exit == 7 || exit == 28) && privateIp) {
            cause = u"keyvault-private-endpoint-unreachable"_s;
            fix = CoreTr::tr("The vault resolves to its private endpoint (%1) but the node cannot connect: check VNet peering, UDRs and NSGs between the node subnet and the private endpoint.")
                      .arg(dns->facts.value(u"ip"_s));
        } else if (exit == 6) {
            cause = QString();
            fix = CoreTr::tr("Check the vault name and cloudName in the SecretProviderClass, and the node's DNS (custom DNS servers must forward to 168.63.129.16 for private DNS zones).");
        } else if (exit == 35 || exit == 60) {
            fix = CoreTr::tr("A proxy or firewall intercepts TLS: exempt %1 from TLS inspection, or make sure the provider trusts the proxy CA.").arg(step.host);
        } else {
            cause = u"keyvault-egress-blocked-timeout"_s;
            fix = CoreTr::tr("Allow egress from the nodes to %1:443 (firewall, NSG, UDR, proxy), or use a private endpoint.").arg(step.host);
        }
        setVerdict(r, ProbeVerdict::Fail, actual, CoreTr::tr("The node cannot reach the Key Vault %1: %2.").arg(step.host, what), fix, cause);
        return;
    }
    setVerdict(r, ProbeVerdict::Fail, actual, CoreTr::tr("The node cannot reach %1: %2.").arg(step.host, what),
               CoreTr::tr("Check the node's egress (firewall, NSG, UDR, proxy) to %1.").arg(step.host));
}

// The command did not run (exec refused, image without the tool, connection lost).
bool commandDidNotRun(ProbeStepResult &r, const ProbeStep &step, const ProbeExecOutput &output)
{
    if (!output.error.isEmpty() || output.exitCode < 0 || output.exitCode == 127) {
        const QString tool = step.argv.value(0);
        if (output.error.contains(u"executable file not found"_s) || output.exitCode == 127) {
            setVerdict(r, ProbeVerdict::Skipped, CoreTr::tr("%1 is not available in the probe image").arg(tool),
                       CoreTr::tr("The probe image has no %1, so this check could not run.").arg(tool),
                       CoreTr::tr("Use an image that contains curl and BusyBox (the default curlimages/curl does)."));
            return true;
        }
        setVerdict(r, ProbeVerdict::Fail, CoreTr::tr("The command could not run: %1").arg(output.error),
                   CoreTr::tr("The check could not be run in the probe pod."),
                   CoreTr::tr("Check that the probe pod is running and that you may exec into it."));
        return true;
    }
    return false;
}

// --- step interpretations ------------------------------------------------------------------

ProbeStepResult interpretDns(const ProbePlan &plan, const ProbeStep &step, const ProbeExecOutput &output)
{
    ProbeStepResult r = base(step, output);
    if (commandDidNotRun(r, step, output))
        return r;
    const QString text = QString::fromUtf8(output.stdoutData);
    QStringList aliases;
    QStringList addresses;
    bool answer = false;
    for (const QString &raw : text.split(u'\n')) {
        const QString line = raw.trimmed();
        if (line.startsWith(u"Non-authoritative answer"_s) || line.startsWith(u"Name:"_s))
            answer = true;
        const qsizetype cname = line.indexOf(u"canonical name = "_s);
        if (cname >= 0)
            aliases.append(line.mid(cname + 17).chopped(line.endsWith(u'.') ? 1 : 0));
        if (answer && line.startsWith(u"Address"_s)) {
            const QString address = line.section(u':', 1).trimmed();
            if (isIpAddress(address))
                addresses.append(address);
        }
    }
    const bool isVault = step.id == ProbeStepIds::dnsVault;
    const bool isAuthority = step.id == ProbeStepIds::dnsAuthority;
    if (addresses.isEmpty()) {
        const QString actual = text.contains(u"NXDOMAIN"_s) ? CoreTr::tr("%1 does not exist (NXDOMAIN)").arg(step.host)
                                                            : CoreTr::tr("%1 did not resolve").arg(step.host);
        if (isVault) {
            setVerdict(r, ProbeVerdict::Fail, actual,
                       CoreTr::tr("The node's DNS cannot resolve the vault. Either the vault name or cloudName is wrong, or a custom DNS server or private DNS zone does not answer for it."),
                       CoreTr::tr("Check keyvaultName and cloudName in the SecretProviderClass; with custom DNS, forward %1 to 168.63.129.16 or link the %2 zone to the cluster's VNet.")
                           .arg(plan.cloud.keyVaultSuffix, plan.cloud.privateLinkZone));
        } else if (isAuthority && !usesEntraFromNode(plan)) {
            setVerdict(r, ProbeVerdict::Warning, actual, CoreTr::tr("The node's DNS cannot resolve Microsoft Entra ID; this identity mode does not need it from the node."));
        } else if (isAuthority) {
            setVerdict(r, ProbeVerdict::Fail, actual, CoreTr::tr("The node's DNS cannot resolve Microsoft Entra ID, so no token can be obtained."),
                       CoreTr::tr("Check the node's DNS servers (custom DNS must resolve public names)."), u"aad-endpoint-unreachable"_s);
        } else {
            setVerdict(r, ProbeVerdict::Warning, actual,
                       CoreTr::tr("The node cannot resolve the cluster's OIDC issuer. The node does not need it, but Entra ID must reach it to validate workload identity tokens."));
        }
        return r;
    }
    const QString ip = addresses.first();
    const bool privateIp = isPrivateAddress(ip);
    bool privateLink = false;
    for (const QString &alias : std::as_const(aliases))
        privateLink = privateLink || alias.contains(u".privatelink."_s);
    r.facts.insert(u"ip"_s, ip);
    r.facts.insert(u"addresses"_s, addresses.join(u", "_s));
    r.facts.insert(u"aliases"_s, aliases.join(u", "_s));
    r.facts.insert(u"private"_s, privateIp ? u"true"_s : u"false"_s);
    r.facts.insert(u"privateLink"_s, privateLink ? u"true"_s : u"false"_s);
    if (!isVault) {
        setVerdict(r, ProbeVerdict::Pass, CoreTr::tr("%1 resolves to %2").arg(step.host, ip),
                   privateIp ? CoreTr::tr("The name resolves to a private address: a private endpoint or DNS override is in use.")
                             : CoreTr::tr("The name resolves to a public address."));
        return r;
    }
    if (privateLink && privateIp) {
        setVerdict(r, ProbeVerdict::Pass, CoreTr::tr("%1 resolves to the private endpoint %2").arg(step.host, ip),
                   CoreTr::tr("The vault has a private endpoint and the node resolves it to its private address."));
    } else if (privateLink) {
        setVerdict(r, ProbeVerdict::Warning, CoreTr::tr("%1 has a privatelink alias but resolves to the public address %2").arg(step.host, ip),
                   CoreTr::tr("The vault has an approved private endpoint, but the node's DNS does not answer from the private zone, so traffic goes to the public endpoint. If public access is disabled on the vault, requests fail with ForbiddenByConnection."),
                   CoreTr::tr("Link the private DNS zone %1 to the cluster's VNet, or make the custom DNS servers forward to 168.63.129.16.").arg(plan.cloud.privateLinkZone),
                   u"keyvault-public-access-disabled-private-link"_s);
    } else if (privateIp) {
        setVerdict(r, ProbeVerdict::Pass, CoreTr::tr("%1 resolves to the private address %2").arg(step.host, ip),
                   CoreTr::tr("The vault resolves to a private address without a privatelink alias (custom DNS or hosts override)."));
    } else {
        setVerdict(r, ProbeVerdict::Pass, CoreTr::tr("%1 resolves to the public address %2").arg(step.host, ip),
                   CoreTr::tr("The vault has no private endpoint in use from this node: requests go to its public endpoint."));
    }
    return r;
}

ProbeStepResult interpretTcp(const ProbePlan &plan, const ProbeStep &step, const ProbeExecOutput &output,
                             const QList<ProbeStepResult> &earlier)
{
    ProbeStepResult r = base(step, output);
    if (commandDidNotRun(r, step, output))
        return r;
    const CurlOutput curl = parseCurl(output);
    if (!curl.remoteIp.isEmpty())
        r.facts.insert(u"ip"_s, curl.remoteIp);
    r.httpStatus = curl.httpStatus;
    const int exit = curl.curlExit;
    // Anything after the TCP connect (TLS failure, reset, HTTP status) proves port 443 answers.
    if (exit == 0 || exit == 35 || exit == 52 || exit == 56 || exit == 60 || exit == 22) {
        setVerdict(r, ProbeVerdict::Pass, CoreTr::tr("Connected to %1 port 443").arg(step.host),
                   CoreTr::tr("A TCP connection to port 443 could be opened."));
        return r;
    }
    networkFailure(r, plan, step, curl, earlier);
    return r;
}

bool trustedIssuer(const QString &issuer)
{
    static const QStringList known = {u"Microsoft"_s, u"DigiCert"_s, u"Baltimore"_s};
    for (const QString &name : known) {
        if (issuer.contains(name, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

ProbeStepResult interpretTls(const ProbePlan &plan, const ProbeStep &step, const ProbeExecOutput &output,
                             const QList<ProbeStepResult> &earlier)
{
    ProbeStepResult r = base(step, output);
    if (commandDidNotRun(r, step, output))
        return r;
    const CurlOutput curl = parseCurl(output);
    r.httpStatus = curl.httpStatus;
    const QString trace = QString::fromUtf8(output.stderrData);
    const QString issuer = firstMatch(u"\\*\\s+issuer:\\s*([^\\n]+)"_s, trace);
    const QString subject = firstMatch(u"\\*\\s+subject:\\s*([^\\n]+)"_s, trace);
    if (!issuer.isEmpty())
        r.facts.insert(u"issuer"_s, issuer);
    if (!subject.isEmpty())
        r.facts.insert(u"subject"_s, subject);
    if (curl.curlExit != 0) {
        networkFailure(r, plan, step, curl, earlier);
        if (curl.curlExit == 60 || curl.curlExit == 35)
            r.explanation += u" "_s + CoreTr::tr("If the cluster uses an HTTP proxy with a custom CA (AKS trustedCa), the node may trust it while this image does not.");
        return r;
    }
    if (!issuer.isEmpty() && !trustedIssuer(issuer)) {
        setVerdict(r, ProbeVerdict::Warning, CoreTr::tr("Certificate issued by \"%1\"").arg(issuer),
                   CoreTr::tr("The certificate for %1 is not issued by Microsoft or DigiCert: a proxy or firewall intercepts TLS. Key Vault and Entra ID do not support TLS-intercepting proxies.").arg(step.host),
                   CoreTr::tr("Exempt %1 from TLS inspection on the proxy or firewall.").arg(step.host));
        return r;
    }
    if (step.id == ProbeStepIds::tlsAuthority) {
        const AadError aad = parseAadError(curl.body);
        if (curl.httpStatus >= 400 && aad.present) {
            r.facts.insert(u"aadsts"_s, QString::number(aad.code));
            const bool tenant = aad.code == 90002 || aad.code == 900023 || aad.code == 90038;
            setVerdict(r, ProbeVerdict::Fail, CoreTr::tr("HTTP %1, AADSTS%2: %3").arg(curl.httpStatus).arg(aad.code).arg(aad.description),
                       tenant ? CoreTr::tr("Entra ID does not know the tenant %1 in this cloud (%2).").arg(plan.tenantId, plan.cloud.name)
                              : CoreTr::tr("Entra ID rejected the tenant's OpenID configuration request."),
                       CoreTr::tr("Check tenantID and cloudName in the SecretProviderClass."));
            return r;
        }
        if (curl.httpStatus != 200) {
            setVerdict(r, ProbeVerdict::Warning, CoreTr::tr("HTTP %1 from %2").arg(curl.httpStatus).arg(step.host),
                       CoreTr::tr("Something other than Entra ID may have answered (a proxy or captive portal)."));
            return r;
        }
    }
    setVerdict(r, ProbeVerdict::Pass,
               issuer.isEmpty() ? CoreTr::tr("TLS to %1 works").arg(step.host) : CoreTr::tr("TLS to %1 works, issuer \"%2\"").arg(step.host, issuer),
               CoreTr::tr("The TLS handshake succeeded with a trusted certificate; no interception was seen."));
    return r;
}

ProbeStepResult interpretHealth(const ProbePlan &plan, const ProbeStep &step, const ProbeExecOutput &output,
                                const QList<ProbeStepResult> &earlier)
{
    ProbeStepResult r = base(step, output);
    if (commandDidNotRun(r, step, output))
        return r;
    const CurlOutput curl = parseCurl(output);
    r.httpStatus = curl.httpStatus;
    if (curl.curlExit != 0) {
        networkFailure(r, plan, step, curl, earlier);
        return r;
    }
    const QString info = QString::fromLatin1(curl.header("x-ms-keyvault-network-info"));
    const QString address = firstMatch(u"addr=([^;]+)"_s, info);
    if (!address.isEmpty()) {
        r.facts.insert(u"clientAddress"_s, address);
        r.facts.insert(u"clientAddressPrivate"_s, isPrivateAddress(address) ? u"true"_s : u"false"_s);
    }
    if (curl.httpStatus != 200 || info.isEmpty()) {
        setVerdict(r, ProbeVerdict::Warning, CoreTr::tr("HTTP %1 without Key Vault's network header").arg(curl.httpStatus),
                   CoreTr::tr("Something other than Key Vault answered (a proxy or firewall)."),
                   CoreTr::tr("Check the proxy and firewall between the node and %1.").arg(plan.vaultHost));
        return r;
    }
    setVerdict(r, ProbeVerdict::Pass, CoreTr::tr("Key Vault answered; it sees the node as %1").arg(address),
               isPrivateAddress(address)
                   ? CoreTr::tr("Key Vault sees a private address: the request uses a private endpoint or service endpoint. Vault firewall rules must allow that subnet.")
                   : CoreTr::tr("Key Vault sees the public address %1: the node's egress IP. If the vault firewall is on, this address must be allowed.").arg(address));
    return r;
}

QString proxyValue(const QMap<QString, QString> &env, const QString &name)
{
    const QString upper = env.value(name.toUpper());
    return upper.isEmpty() ? env.value(name.toLower()) : upper;
}

// Proxy URLs may carry user:password.
QString withoutCredentials(const QString &value)
{
    QString out = value;
    out.replace(QRegularExpression(u"//[^/@\\s]+@"_s), u"//[REDACTED]@"_s);
    return out;
}

ProbeStepResult interpretProxy(const ProbePlan &plan, const ProbeStep &step, const ProbeExecOutput &output)
{
    ProbeStepResult r = base(step, output);
    if (commandDidNotRun(r, step, output))
        return r;
    QMap<QString, QString> env;
    for (const QString &line : QString::fromUtf8(output.stdoutData).split(u'\n')) {
        const qsizetype eq = line.indexOf(u'=');
        if (eq > 0 && line.left(eq).endsWith(u"_proxy"_s, Qt::CaseInsensitive))
            env.insert(line.left(eq), line.mid(eq + 1).trimmed());
    }
    // Only the proxy variables are kept: the rest of the environment is nobody's business.
    QStringList shown;
    for (auto it = env.cbegin(); it != env.cend(); ++it)
        shown.append(it.key() + u'=' + withoutCredentials(it.value()));
    r.output = shown.isEmpty() ? CoreTr::tr("(no proxy variables)") : shown.join(u'\n');
    const QString podHttps = proxyValue(env, u"https_proxy"_s);
    const QString podNoProxy = proxyValue(env, u"no_proxy"_s);
    r.facts.insert(u"httpsProxy"_s, withoutCredentials(podHttps));
    r.facts.insert(u"noProxy"_s, podNoProxy);
    QStringList notes;
    ProbeVerdict verdict = ProbeVerdict::Pass;
    if (plan.providerEnvKnown) {
        const QString providerHttps = proxyValue(plan.providerEnv, u"https_proxy"_s);
        const QString providerNoProxy = proxyValue(plan.providerEnv, u"no_proxy"_s);
        r.facts.insert(u"providerHttpsProxy"_s, withoutCredentials(providerHttps));
        r.facts.insert(u"providerNoProxy"_s, providerNoProxy);
        if (providerHttps != podHttps || providerNoProxy != podNoProxy) {
            verdict = ProbeVerdict::Warning;
            notes.append(CoreTr::tr("The provider pod's proxy settings differ from the probe pod's (HTTPS_PROXY \"%1\" vs \"%2\"), so the probe may not see what the provider sees.")
                             .arg(withoutCredentials(providerHttps), withoutCredentials(podHttps)));
        }
        const bool imds = plan.identity == ProbeIdentity::UserAssignedIdentity || plan.identity == ProbeIdentity::SystemAssignedIdentity
            || plan.identity == ProbeIdentity::AddonIdentity;
        if (imds && !providerHttps.isEmpty() && !providerNoProxy.contains(u"169.254.169.254"_s)) {
            verdict = ProbeVerdict::Warning;
            notes.append(CoreTr::tr("The provider uses a proxy but its NO_PROXY does not contain 169.254.169.254: its IMDS token requests go to the proxy, which is not supported."));
        }
    }
    if (podHttps.isEmpty() && notes.isEmpty()) {
        setVerdict(r, ProbeVerdict::Pass, CoreTr::tr("No proxy configured"), CoreTr::tr("Requests go to Azure directly (no HTTP proxy variables)."));
        return r;
    }
    const QString actual = podHttps.isEmpty() ? CoreTr::tr("No proxy in the probe pod") : CoreTr::tr("HTTPS proxy %1").arg(withoutCredentials(podHttps));
    if (!podHttps.isEmpty())
        notes.prepend(CoreTr::tr("Requests go through the HTTP proxy; NO_PROXY is \"%1\".").arg(podNoProxy));
    setVerdict(r, verdict, actual, notes.join(u' '),
               verdict == ProbeVerdict::Warning ? CoreTr::tr("Make the provider's proxy settings match the node's (AKS HTTP proxy configuration) and exclude 169.254.169.254 from the proxy.") : QString());
    return r;
}

ProbeStepResult interpretClock(const ProbeStep &step, const ProbeExecOutput &output)
{
    ProbeStepResult r = base(step, output);
    if (commandDidNotRun(r, step, output))
        return r;
    bool ok = false;
    const qint64 podTime = QString::fromUtf8(output.stdoutData).trimmed().toLongLong(&ok);
    const QDateTime local = output.localTime.isValid() ? output.localTime : QDateTime::currentDateTimeUtc();
    if (!ok || output.exitCode != 0) {
        setVerdict(r, ProbeVerdict::Warning, CoreTr::tr("The node's time could not be read"), CoreTr::tr("date did not print a number."));
        return r;
    }
    const qint64 skew = podTime - local.toSecsSinceEpoch();
    r.facts.insert(u"skewSeconds"_s, QString::number(skew));
    const qint64 magnitude = skew < 0 ? -skew : skew;
    if (magnitude > 300) {
        setVerdict(r, ProbeVerdict::Fail, CoreTr::tr("The node's clock differs from this computer's by %1 s").arg(skew),
                   CoreTr::tr("A skew of more than 5 minutes breaks token and assertion validation (AADSTS700024, expired tokens)."),
                   CoreTr::tr("Check time synchronisation on the node (chrony) and on this computer."));
    } else if (magnitude > 60) {
        setVerdict(r, ProbeVerdict::Warning, CoreTr::tr("The node's clock differs from this computer's by %1 s").arg(skew),
                   CoreTr::tr("More than a minute of skew; tokens may be rejected near their validity limits."),
                   CoreTr::tr("Check time synchronisation on the node and on this computer."));
    } else {
        setVerdict(r, ProbeVerdict::Pass, CoreTr::tr("Clock skew %1 s").arg(skew), CoreTr::tr("The node's clock agrees with this computer's."));
    }
    return r;
}

// Entra ID's answer to a client-credentials request (SP, WI).
void interpretAadToken(ProbeStepResult &r, const ProbePlan &plan, const CurlOutput &curl)
{
    const AadError aad = parseAadError(curl.body);
    if (!aad.present) {
        setVerdict(r, ProbeVerdict::Fail, CoreTr::tr("HTTP %1 without a token").arg(curl.httpStatus),
                   CoreTr::tr("The answer is not from Entra ID's token endpoint (a proxy may have answered)."),
                   CoreTr::tr("Check the proxy between the node and %1.").arg(plan.cloud.authorityHost));
        return;
    }
    r.facts.insert(u"aadsts"_s, QString::number(aad.code));
    r.facts.insert(u"error"_s, aad.error);
    if (!aad.traceId.isEmpty())
        r.facts.insert(u"traceId"_s, aad.traceId);
    if (!aad.correlationId.isEmpty())
        r.facts.insert(u"correlationId"_s, aad.correlationId);
    const QString actual = CoreTr::tr("HTTP %1, AADSTS%2: %3").arg(curl.httpStatus).arg(aad.code).arg(aad.description);
    const bool wi = plan.identity == ProbeIdentity::WorkloadIdentity;
    switch (aad.code) {
    case 7000215:
        setVerdict(r, ProbeVerdict::Fail, actual,
                   CoreTr::tr("The client secret in the Secret %1 is wrong: often the secret's ID was stored instead of its value, or the value is stale.").arg(plan.nodePublishSecretRef),
                   CoreTr::tr("Create a new client secret for the app registration and store its value as clientsecret in the Secret %1 (namespace %2), without a trailing newline.")
                       .arg(plan.nodePublishSecretRef, plan.appNamespace),
                   u"sp-invalid-client-secret"_s);
        return;
    case 7000222:
        setVerdict(r, ProbeVerdict::Fail, actual, CoreTr::tr("The client secret has expired."),
                   CoreTr::tr("Create a new client secret and update the Secret %1 (namespace %2).").arg(plan.nodePublishSecretRef, plan.appNamespace),
                   u"sp-client-secret-expired"_s);
        return;
    case 70021:
    case 700211:
    case 700212:
    case 700213:
        setVerdict(r, ProbeVerdict::Fail, actual,
                   CoreTr::tr("No federated identity credential of the identity %1 matches the service account token (issuer, subject system:serviceaccount:%2:%3, audience %4).")
                       .arg(plan.clientId, plan.appNamespace, plan.serviceAccount, kAdExchangeAudience),
                   CoreTr::tr("Add or fix the federated credential: issuer exactly the cluster's OIDC issuer URL (with the trailing /), subject system:serviceaccount:%1:%2, audience %3.")
                       .arg(plan.appNamespace, plan.serviceAccount, kAdExchangeAudience),
                   u"wi-no-matching-federated-credential"_s);
        return;
    case 90002:
    case 900023:
    case 90038:
        setVerdict(r, ProbeVerdict::Fail, actual, CoreTr::tr("The tenant %1 is not known in %2.").arg(plan.tenantId, plan.cloud.name),
                   CoreTr::tr("Check tenantID and cloudName in the SecretProviderClass."));
        return;
    case 700016:
        setVerdict(r, ProbeVerdict::Fail, actual, CoreTr::tr("The client ID is not an application in tenant %1.").arg(plan.tenantId),
                   wi ? CoreTr::tr("Check clientID in the SecretProviderClass and the tenant.") : CoreTr::tr("Check clientid in the Secret %1 and the tenant.").arg(plan.nodePublishSecretRef),
                   wi ? u"wi-token-exchange-failed"_s : QString());
        return;
    default:
        break;
    }
    if (wi) {
        QString fix = CoreTr::tr("Look up AADSTS%1 and fix the identity's configuration.").arg(aad.code);
        if (aad.code == 700024)
            fix = CoreTr::tr("The assertion is outside its validity: check the node's clock (see the clock step).");
        else if (aad.code == 90061)
            fix = CoreTr::tr("Entra ID cannot reach the cluster's OIDC issuer: reconcile the cluster (az aks update) and check the issuer URL.");
        setVerdict(r, ProbeVerdict::Fail, actual, CoreTr::tr("Entra ID rejected the workload identity token exchange."), fix, u"wi-token-exchange-failed"_s);
        return;
    }
    setVerdict(r, ProbeVerdict::Fail, actual, CoreTr::tr("Entra ID did not issue a token."),
               CoreTr::tr("Look up AADSTS%1 and fix the service principal's configuration.").arg(aad.code));
}

void interpretImds(ProbeStepResult &r, const ProbePlan &plan, const CurlOutput &curl)
{
    const QJsonObject object = QJsonDocument::fromJson(curl.body).object();
    const QString description = object.value(u"error_description"_s).toString();
    const QString actual = CoreTr::tr("HTTP %1: %2").arg(curl.httpStatus).arg(description.isEmpty() ? QString::fromUtf8(curl.body.left(200)).trimmed() : description);
    if (description.contains(u"Identity not found"_s)) {
        setVerdict(r, ProbeVerdict::Fail, actual,
                   CoreTr::tr("The managed identity %1 is not assigned to this node's scale set.").arg(plan.clientId),
                   CoreTr::tr("Set userAssignedIdentityID to the client ID of an identity on the node pool (for the AKS add-on: az aks show --query addonProfiles.azureKeyvaultSecretsProvider.identity.clientId), or assign the identity to the scale set."),
                   u"imds-identity-not-found"_s);
        return;
    }
    if (description.contains(u"Multiple user assigned identities"_s)) {
        setVerdict(r, ProbeVerdict::Fail, actual,
                   CoreTr::tr("The node has several user-assigned identities and no system-assigned one, so IMDS needs a client_id. AKS node pools normally have no system-assigned identity."),
                   CoreTr::tr("Set userAssignedIdentityID in the SecretProviderClass to the add-on or kubelet identity's client ID."),
                   u"imds-multiple-identities-no-clientid"_s);
        return;
    }
    if (curl.httpStatus == 429 || curl.httpStatus == 410 || curl.httpStatus >= 500 || curl.httpStatus == 404) {
        setVerdict(r, ProbeVerdict::Warning, actual, CoreTr::tr("IMDS is busy or updating; this is usually temporary."),
                   CoreTr::tr("Run the probe again in a minute."));
        return;
    }
    setVerdict(r, ProbeVerdict::Fail, actual, CoreTr::tr("IMDS did not issue a token."),
               CoreTr::tr("Check the managed identity configuration of the node pool."));
}

void interpretNmi(ProbeStepResult &r, const ProbePlan &plan, const CurlOutput &curl)
{
    const QString text = QString::fromUtf8(curl.body.left(300)).trimmed();
    const QString actual = CoreTr::tr("HTTP %1: %2").arg(curl.httpStatus).arg(text);
    if (curl.httpStatus == 404) {
        setVerdict(r, ProbeVerdict::Fail, actual,
                   CoreTr::tr("NMI found an AzureAssignedIdentity for %1/%2 that is still being assigned (CREATED, not ASSIGNED): MIC has not finished attaching the identity to the node.")
                       .arg(plan.appNamespace, plan.appPod),
                   CoreTr::tr("Check the MIC pod logs for assignment errors and the AzureAssignedIdentity's state; plan the move to workload identity (aad-pod-identity is deprecated)."),
                   u"aad-pod-identity-nmi-404"_s);
        return;
    }
    if (curl.httpStatus == 403) {
        setVerdict(r, ProbeVerdict::Fail, actual,
                   CoreTr::tr("NMI has no assigned identity for %1/%2: the aadpodidbinding label does not match an AzureIdentityBinding, or the binding is in another namespace.")
                       .arg(plan.appNamespace, plan.appPod),
                   CoreTr::tr("Check the pod's aadpodidbinding label against the AzureIdentityBinding selector and the AzureIdentity."),
                   u"aad-pod-identity-nmi-403"_s);
        return;
    }
    setVerdict(r, ProbeVerdict::Fail, actual, CoreTr::tr("NMI did not return a token."),
               CoreTr::tr("Read the NMI pod's logs on node %1.").arg(plan.nodeName));
}

ProbeStepResult interpretToken(const ProbePlan &plan, const ProbeStep &step, const ProbeExecOutput &output,
                               QByteArray *accessToken, const QList<ProbeStepResult> &earlier)
{
    ProbeStepResult r = base(step, output);
    if (commandDidNotRun(r, step, output))
        return r;
    const CurlOutput curl = parseCurl(output);
    r.httpStatus = curl.httpStatus;
    const bool nmi = plan.identity == ProbeIdentity::PodIdentity;
    const bool imds = step.host == u"169.254.169.254"_s;
    if (curl.curlExit != 0) {
        if (nmi && curl.curlExit == 7) {
            setVerdict(r, ProbeVerdict::Fail, CoreTr::tr("curl exit 7: nothing listens on 127.0.0.1:2579"),
                       CoreTr::tr("No NMI (aad-pod-identity) is running on node %1.").arg(plan.nodeName),
                       CoreTr::tr("Install aad-pod-identity or, better, move to workload identity."), u"pod-identity-nmi-not-running"_s);
            r.facts.insert(u"curlExit"_s, u"7"_s);
            return r;
        }
        if (imds) {
            setVerdict(r, ProbeVerdict::Fail, CoreTr::tr("curl exit %1: %2").arg(curl.curlExit).arg(curlExitMeaning(curl.curlExit)),
                       CoreTr::tr("IMDS (169.254.169.254) is not reachable from the node."),
                       CoreTr::tr("Check that nothing on the node blocks 169.254.169.254 and that it is not sent to a proxy."));
            r.facts.insert(u"curlExit"_s, QString::number(curl.curlExit));
            return r;
        }
        networkFailure(r, plan, step, curl, earlier);
        return r;
    }
    // Success: NMI nests the token; Entra ID and IMDS put it at the top level.
    QJsonObject object = QJsonDocument::fromJson(curl.body).object();
    if (nmi && object.value(u"token"_s).isObject())
        object = object.value(u"token"_s).toObject();
    const QByteArray token = object.value(u"access_token"_s).toString().toUtf8();
    if (curl.httpStatus == 200 && !token.isEmpty()) {
        const QMap<QString, QString> claims = jwtClaims(token);
        for (auto it = claims.cbegin(); it != claims.cend(); ++it)
            r.facts.insert(u"claim."_s + it.key(), it.value());
        if (accessToken)
            *accessToken = token;
        r.output = redactSecrets(r.output, {token});
        const QString audience = claims.value(u"aud"_s);
        const QString who = claims.value(u"appid"_s, claims.value(u"azp"_s));
        if (!audience.isEmpty() && audience.chopped(audience.endsWith(u'/') ? 1 : 0) != plan.cloud.keyVaultResource) {
            setVerdict(r, ProbeVerdict::Warning, CoreTr::tr("Token for audience %1").arg(audience),
                       CoreTr::tr("The token is for %1, not %2: Key Vault will reject it (AKV10022).").arg(audience, plan.cloud.keyVaultResource),
                       CoreTr::tr("Check cloudName in the SecretProviderClass."));
            return r;
        }
        setVerdict(r, ProbeVerdict::Pass,
                   who.isEmpty() ? CoreTr::tr("Token issued") : CoreTr::tr("Token issued for %1 (object ID %2)").arg(who, claims.value(u"oid"_s)),
                   CoreTr::tr("The identity obtained a Key Vault token the way the provider does. The token stays in memory and is shown nowhere."));
        return r;
    }
    if (nmi)
        interpretNmi(r, plan, curl);
    else if (imds)
        interpretImds(r, plan, curl);
    else
        interpretAadToken(r, plan, curl);
    return r;
}

ProbeStepResult interpretObject(const ProbePlan &plan, const ProbeStep &step, const ProbeExecOutput &output,
                                const QList<ProbeStepResult> &earlier)
{
    ProbeStepResult r = base(step, output);
    if (commandDidNotRun(r, step, output))
        return r;
    const CurlOutput curl = parseCurl(output);
    r.httpStatus = curl.httpStatus;
    const KeyVaultObjectSpec object = plan.objects.value(step.objectIndex);
    if (curl.curlExit != 0) {
        networkFailure(r, plan, step, curl, earlier);
        return r;
    }
    if (curl.httpStatus == 200) {
        const QJsonObject body = QJsonDocument::fromJson(curl.body).object();
        const QJsonObject attributes = body.value(u"attributes"_s).toObject();
        // Metadata only: the value (secret) and key material are never kept.
        QString id = body.value(u"id"_s).toString();
        if (id.isEmpty())
            id = body.value(u"key"_s).toObject().value(u"kid"_s).toString();
        r.facts.insert(u"id"_s, id);
        r.facts.insert(u"version"_s, id.section(u'/', -1));
        r.facts.insert(u"enabled"_s, attributes.value(u"enabled"_s).toBool(true) ? u"true"_s : u"false"_s);
        if (body.contains(u"contentType"_s))
            r.facts.insert(u"contentType"_s, body.value(u"contentType"_s).toString());
        if (body.contains(u"value"_s))
            r.facts.insert(u"valueLength"_s, QString::number(body.value(u"value"_s).toString().size()));
        const qint64 expires = qint64(attributes.value(u"exp"_s).toDouble());
        if (expires > 0)
            r.facts.insert(u"expires"_s, QDateTime::fromSecsSinceEpoch(expires, QTimeZone::UTC).toString(Qt::ISODate));
        QJsonObject shown{{u"id"_s, id}, {u"attributes"_s, attributes}};
        if (body.contains(u"contentType"_s))
            shown.insert(u"contentType"_s, body.value(u"contentType"_s));
        r.output = QString::fromUtf8(QJsonDocument(shown).toJson(QJsonDocument::Indented));
        if (!attributes.value(u"enabled"_s).toBool(true)) {
            setVerdict(r, ProbeVerdict::Fail, CoreTr::tr("%1 is disabled").arg(object.objectName), CoreTr::tr("The object exists but is disabled."),
                       CoreTr::tr("Enable the object (or the version) in Key Vault."), u"keyvault-secret-disabled"_s);
        } else if (expires > 0 && expires < QDateTime::currentSecsSinceEpoch()) {
            setVerdict(r, ProbeVerdict::Warning, CoreTr::tr("%1 has expired").arg(object.objectName),
                       CoreTr::tr("The object's expiry date has passed."), CoreTr::tr("Renew the object in Key Vault."));
        } else {
            setVerdict(r, ProbeVerdict::Pass, CoreTr::tr("HTTP 200, %1 version %2").arg(object.objectName, r.facts.value(u"version"_s)),
                       CoreTr::tr("The identity can read the object. Only its metadata is shown; the value is never displayed or stored."));
        }
        return r;
    }
    const KeyVaultError kv = parseKeyVaultError(curl.body);
    const QString caller = firstMatch(u"(appid=[^;\\s]*;oid=[^;\\s]*)"_s, kv.message);
    const QString oid = firstMatch(u"oid=([0-9a-fA-F-]{36})"_s, kv.message);
    if (!oid.isEmpty())
        r.facts.insert(u"oid"_s, oid);
    if (!kv.code.isEmpty())
        r.facts.insert(u"errorCode"_s, kv.code);
    if (!kv.innerCode.isEmpty())
        r.facts.insert(u"innerCode"_s, kv.innerCode);
    const QString firstLine = kv.message.section(u'\n', 0, 0).trimmed();
    const QString actual = kv.present ? CoreTr::tr("HTTP %1 %2%3: %4")
                                            .arg(curl.httpStatus)
                                            .arg(kv.code)
                                            .arg(kv.innerCode.isEmpty() ? QString() : u"/"_s + kv.innerCode)
                                            .arg(firstLine)
                                      : CoreTr::tr("HTTP %1").arg(curl.httpStatus);
    const QString role = object.objectType == u"secret"_s ? u"Key Vault Secrets User"_s
        : object.objectType == u"key"_s                  ? u"Key Vault Crypto User"_s
                                                          : u"Key Vault Certificate User"_s;
    const QString who = oid.isEmpty() ? plan.clientId : oid;
    if (curl.httpStatus == 403) {
        if (kv.innerCode == u"ForbiddenByRbac"_s) {
            setVerdict(r, ProbeVerdict::Fail, actual,
                       CoreTr::tr("The vault uses Azure RBAC and the identity (%1) has no role that allows reading %2.").arg(caller.isEmpty() ? who : caller, object.objectName),
                       CoreTr::tr("Assign the role \"%1\" to the principal %2 on the vault (or the object); role assignments can take a few minutes to apply.").arg(role, who),
                       u"keyvault-rbac-role-missing"_s);
        } else if (kv.innerCode == u"ForbiddenByFirewall"_s) {
            const QString address = firstMatch(u"Client address:\\s*([0-9a-fA-F:.]+)"_s, kv.message);
            if (!address.isEmpty())
                r.facts.insert(u"clientAddress"_s, address);
            setVerdict(r, ProbeVerdict::Fail, actual,
                       CoreTr::tr("The vault firewall does not allow the node's address %1.").arg(address),
                       CoreTr::tr("Allow %1 (the node's egress address) or the node subnet in the vault's networking settings, or use a private endpoint.").arg(address),
                       u"keyvault-firewall-blocked"_s);
        } else if (kv.innerCode == u"ForbiddenByConnection"_s) {
            setVerdict(r, ProbeVerdict::Fail, actual,
                       CoreTr::tr("Public network access to the vault is disabled and the node reached its public endpoint."),
                       CoreTr::tr("Make the node resolve the vault to its private endpoint: link %1 to the cluster's VNet, or peer the VNets.").arg(plan.cloud.privateLinkZone),
                       u"keyvault-public-access-disabled-private-link"_s);
        } else if (kv.message.contains(u"disabled"_s, Qt::CaseInsensitive)) {
            setVerdict(r, ProbeVerdict::Fail, actual, CoreTr::tr("The object is disabled."),
                       CoreTr::tr("Enable the object (or the version) in Key Vault."), u"keyvault-secret-disabled"_s);
        } else {
            setVerdict(r, ProbeVerdict::Fail, actual,
                       CoreTr::tr("The vault uses access policies and the identity (%1) has no get permission for %2s.").arg(caller.isEmpty() ? who : caller, object.objectType),
                       CoreTr::tr("Add an access policy with get on %1s for the principal %2, or switch the vault to Azure RBAC and assign \"%3\".").arg(object.objectType, who, role),
                       u"keyvault-access-policy-missing"_s);
        }
        return r;
    }
    if (curl.httpStatus == 404) {
        setVerdict(r, ProbeVerdict::Fail, actual,
                   CoreTr::tr("Key Vault %1 has no %2 named \"%3\"%4.")
                       .arg(plan.vaultName, object.objectType, object.objectName,
                            object.objectVersion.isEmpty() ? QString() : CoreTr::tr(" with version %1").arg(object.objectVersion)),
                   CoreTr::tr("Check objectName, objectType and objectVersion in the SecretProviderClass (a certificate must be requested as cert, or as secret for its private key); recover the object if it was deleted."),
                   u"keyvault-object-not-found"_s);
        return r;
    }
    if (curl.httpStatus == 429) {
        setVerdict(r, ProbeVerdict::Warning, actual, CoreTr::tr("Key Vault is throttling requests for this vault."),
                   CoreTr::tr("Reduce the request rate (rotation poll interval, number of pods mounting the vault) and retry."),
                   u"keyvault-throttled-429"_s);
        return r;
    }
    if (curl.httpStatus == 401) {
        QString explanation = CoreTr::tr("Key Vault rejected the token.");
        if (kv.message.contains(u"AKV10032"_s))
            explanation = CoreTr::tr("The token comes from another tenant than the vault's (AKV10032).");
        else if (kv.message.contains(u"AKV10022"_s))
            explanation = CoreTr::tr("The token is for another audience (AKV10022): the cloud does not match.");
        setVerdict(r, ProbeVerdict::Fail, actual, explanation, CoreTr::tr("Check tenantID and cloudName in the SecretProviderClass."));
        return r;
    }
    if (curl.httpStatus >= 500) {
        setVerdict(r, ProbeVerdict::Warning, actual, CoreTr::tr("Key Vault had a service-side problem."), CoreTr::tr("Retry later."));
        return r;
    }
    setVerdict(r, ProbeVerdict::Fail, actual, CoreTr::tr("Key Vault did not return the object."),
               CoreTr::tr("Check the object's name and type in the SecretProviderClass."));
    return r;
}

// --- the YAML view of the manifest -----------------------------------------------------------

QString yamlString(const QString &value)
{
    static const QRegularExpression plain(u"^[A-Za-z0-9_./@-][A-Za-z0-9_./:@ -]*$"_s);
    static const QStringList reserved = {u"true"_s, u"false"_s, u"null"_s, u"yes"_s, u"no"_s, u"on"_s, u"off"_s, u"~"_s};
    bool number = false;
    value.toDouble(&number);
    if (!value.isEmpty() && plain.match(value).hasMatch() && !number && !reserved.contains(value.toLower()) && !value.endsWith(u' '))
        return value;
    QString quoted = value;
    quoted.replace(u"\\"_s, u"\\\\"_s).replace(u"\""_s, u"\\\""_s).replace(u"\n"_s, u"\\n"_s);
    return u"\""_s + quoted + u"\""_s;
}

void yamlValue(QString &out, const QJsonValue &value, int indent);

void yamlObject(QString &out, const QJsonObject &object, int indent, bool firstInline)
{
    bool first = true;
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!(first && firstInline))
            out += QString(indent, u' ');
        first = false;
        out += it.key() + u':';
        const QJsonValue v = it.value();
        if (v.isObject() && !v.toObject().isEmpty()) {
            out += u'\n';
            yamlObject(out, v.toObject(), indent + 2, false);
        } else if (v.isArray() && !v.toArray().isEmpty()) {
            out += u'\n';
            yamlValue(out, v, indent);
        } else {
            out += u' ';
            yamlValue(out, v, indent);
        }
    }
}

void yamlValue(QString &out, const QJsonValue &value, int indent)
{
    if (value.isObject()) {
        if (value.toObject().isEmpty())
            out += u"{}\n"_s;
        else
            yamlObject(out, value.toObject(), indent, false);
    } else if (value.isArray()) {
        const QJsonArray array = value.toArray();
        if (array.isEmpty()) {
            out += u"[]\n"_s;
            return;
        }
        for (const QJsonValue &item : array) {
            out += QString(indent, u' ') + u"- "_s;
            if (item.isObject() && !item.toObject().isEmpty())
                yamlObject(out, item.toObject(), indent + 2, true);
            else
                yamlValue(out, item, indent + 2);
        }
    } else if (value.isBool()) {
        out += value.toBool() ? u"true\n"_s : u"false\n"_s;
    } else if (value.isDouble()) {
        out += QString::number(value.toDouble()) + u'\n';
    } else if (value.isNull()) {
        out += u"null\n"_s;
    } else {
        out += yamlString(value.toString()) + u'\n';
    }
}

QString randomSuffix()
{
    static const char alphabet[] = "bcdfghjklmnpqrstvwxz2456789";
    QString out;
    for (int i = 0; i < 5; ++i)
        out += QLatin1Char(alphabet[QRandomGenerator::global()->bounded(int(sizeof(alphabet) - 1))]);
    return out;
}

QJsonObject podManifest(const ProbeInputs &inputs, const ProbePlan &plan)
{
    QJsonArray tolerations;
    if (inputs.node) {
        // nodeName bypasses the scheduler, so only NoExecute taints would evict the pod; the
        // node's own taints are tolerated so that nothing else is.
        for (const KubeTaint &taint : inputs.node->taints) {
            QJsonObject toleration{{u"key"_s, taint.key}, {u"operator"_s, u"Exists"_s}};
            if (!taint.effect.isEmpty())
                toleration.insert(u"effect"_s, taint.effect);
            tolerations.append(toleration);
        }
    } else {
        tolerations.append(QJsonObject{{u"operator"_s, u"Exists"_s}});
    }
    const QJsonObject container{
        {u"name"_s, u"probe"_s},
        {u"image"_s, plan.image},
        {u"imagePullPolicy"_s, u"IfNotPresent"_s},
        // Idles until kvdoctor execs the checks; ends by itself at the deadline.
        {u"command"_s, QJsonArray{u"sleep"_s, QString::number(inputs.activeDeadlineSeconds)}},
        {u"resources"_s, QJsonObject{{u"requests"_s, QJsonObject{{u"cpu"_s, u"10m"_s}, {u"memory"_s, u"16Mi"_s}}},
                                      {u"limits"_s, QJsonObject{{u"cpu"_s, u"200m"_s}, {u"memory"_s, u"64Mi"_s}}}}},
        {u"securityContext"_s, QJsonObject{{u"allowPrivilegeEscalation"_s, false},
                                            {u"readOnlyRootFilesystem"_s, true},
                                            {u"runAsNonRoot"_s, true},
                                            {u"runAsUser"_s, 100},
                                            {u"capabilities"_s, QJsonObject{{u"drop"_s, QJsonArray{u"ALL"_s}}}}}},
    };
    QJsonObject spec{
        {u"nodeName"_s, plan.nodeName},
        {u"hostNetwork"_s, true},
        {u"dnsPolicy"_s, inputs.dnsPolicy.isEmpty() ? u"ClusterFirstWithHostNet"_s : inputs.dnsPolicy},
        {u"restartPolicy"_s, u"Never"_s},
        {u"activeDeadlineSeconds"_s, inputs.activeDeadlineSeconds},
        {u"terminationGracePeriodSeconds"_s, 0},
        // Workload identity tokens are requested through the API by kvdoctor, so the pod needs
        // no service account token of its own.
        {u"automountServiceAccountToken"_s, false},
        {u"enableServiceLinks"_s, false},
        {u"tolerations"_s, tolerations},
        {u"containers"_s, QJsonArray{container}},
    };
    const QJsonObject metadata{
        {u"name"_s, plan.probePodName},
        {u"namespace"_s, plan.probeNamespace},
        {u"labels"_s, QJsonObject{{u"app.kubernetes.io/managed-by"_s, kManagedBy},
                                  {u"app.kubernetes.io/component"_s, u"probe"_s},
                                  {u"app.kubernetes.io/name"_s, u"kvdoctor-probe"_s}}},
        {u"annotations"_s, QJsonObject{{u"kvdoctor.io/target-pod"_s, QString(plan.appNamespace + u'/' + plan.appPod)},
                                       {u"kvdoctor.io/purpose"_s, u"Key Vault connectivity probe; safe to delete"_s}}},
    };
    return QJsonObject{{u"apiVersion"_s, u"v1"_s}, {u"kind"_s, u"Pod"_s}, {u"metadata"_s, metadata}, {u"spec"_s, spec}};
}

void addSteps(ProbePlan &plan)
{
    const StepBuilder b{plan};
    const QString authority = plan.cloud.authorityHost;
    const QString vault = plan.vaultHost;
    QList<ProbeStep> &steps = plan.steps;

    ProbeStep rbac;
    rbac.id = ProbeStepIds::rbac;
    rbac.kind = ProbeStep::Kind::AccessReview;
    rbac.title = CoreTr::tr("Your permissions");
    rbac.description = CoreTr::tr("Checks with SelfSubjectAccessReviews that you may create, exec into and delete the probe pod%1.")
                           .arg(plan.identity == ProbeIdentity::WorkloadIdentity ? CoreTr::tr(" and request a token for the service account")
                                : plan.identity == ProbeIdentity::ServicePrincipal ? CoreTr::tr(" and read the service principal's Secret")
                                                                                 : QString());
    QStringList canI = {u"kubectl auth can-i create pods -n %1"_s.arg(plan.probeNamespace),
                        u"kubectl auth can-i get pods/exec -n %1"_s.arg(plan.probeNamespace),
                        u"kubectl auth can-i create pods/exec -n %1"_s.arg(plan.probeNamespace),
                        u"kubectl auth can-i delete pods -n %1"_s.arg(plan.probeNamespace)};
    if (plan.identity == ProbeIdentity::WorkloadIdentity)
        canI.append(u"kubectl auth can-i create serviceaccounts/token -n %1"_s.arg(plan.appNamespace));
    if (plan.identity == ProbeIdentity::ServicePrincipal)
        canI.append(u"kubectl auth can-i get secrets/%1 -n %2"_s.arg(plan.nodePublishSecretRef, plan.appNamespace));
    rbac.shownCommand = canI.join(u'\n');
    rbac.expected = CoreTr::tr("All allowed.");
    steps.append(rbac);

    if (plan.identity == ProbeIdentity::ServicePrincipal) {
        ProbeStep secret;
        secret.id = ProbeStepIds::clientSecret;
        secret.kind = ProbeStep::Kind::ReadClientSecret;
        secret.title = CoreTr::tr("Service principal Secret");
        secret.description = CoreTr::tr("Reads the Secret %1 in namespace %2 (keys clientid and clientsecret). The values stay in memory and are never shown.")
                                 .arg(plan.nodePublishSecretRef, plan.appNamespace);
        secret.shownCommand = u"kubectl get secret %1 -n %2 -o jsonpath='{.data}'   # values not shown"_s.arg(plan.nodePublishSecretRef, plan.appNamespace);
        secret.expected = CoreTr::tr("The Secret exists with clientid and clientsecret, labelled secrets-store.csi.k8s.io/used=true.");
        steps.append(secret);
    }

    ProbeStep pod;
    pod.id = ProbeStepIds::pod;
    pod.kind = ProbeStep::Kind::CreatePod;
    pod.title = CoreTr::tr("Probe pod on node %1").arg(plan.nodeName);
    pod.description = CoreTr::tr("Creates the pod %1 (hostNetwork, image %2) on node %3 and waits until it runs.").arg(plan.probePodName, plan.image, plan.nodeName);
    pod.shownCommand = u"kubectl apply -f kvdoctor-probe.yaml\nkubectl wait --for=condition=Ready pod/%1 -n %2 --timeout=180s"_s.arg(plan.probePodName, plan.probeNamespace);
    pod.expected = CoreTr::tr("The pod is admitted, its image is pulled and it runs.");
    steps.append(pod);

    steps.append(b.exec(ProbeStepIds::proxy, CoreTr::tr("Proxy settings"),
                        CoreTr::tr("Compares the HTTP proxy variables on the node with the provider pod's."), {u"env"_s},
                        CoreTr::tr("The same proxy settings as the provider, with Azure endpoints reachable.")));
    steps.append(b.exec(ProbeStepIds::clock, CoreTr::tr("Clock"), CoreTr::tr("Compares the node's clock with this computer's."),
                        {u"date"_s, u"-u"_s, u"+%s"_s}, CoreTr::tr("Less than a minute of difference.")));
    steps.append(b.exec(ProbeStepIds::dnsAuthority, CoreTr::tr("DNS: %1").arg(authority),
                        CoreTr::tr("Resolves Microsoft Entra ID's host name with the node's DNS."), {u"nslookup"_s, authority},
                        CoreTr::tr("A public address."), authority));
    steps.append(b.exec(ProbeStepIds::dnsVault, CoreTr::tr("DNS: %1").arg(vault),
                        CoreTr::tr("Resolves the vault with the node's DNS: a privatelink alias with a private address means a private endpoint."),
                        {u"nslookup"_s, vault}, CoreTr::tr("An address; with a private endpoint, a private one."), vault));
    if (plan.identity == ProbeIdentity::WorkloadIdentity && !plan.oidcIssuer.isEmpty()) {
        const QString issuerHost = QUrl(plan.oidcIssuer).host();
        if (!issuerHost.isEmpty())
            steps.append(b.exec(ProbeStepIds::dnsIssuer, CoreTr::tr("DNS: %1").arg(issuerHost),
                                CoreTr::tr("Resolves the cluster's OIDC issuer (Entra ID fetches its keys from there)."), {u"nslookup"_s, issuerHost},
                                CoreTr::tr("A public address."), issuerHost));
    }
    const QStringList tcp = {u"curl"_s, u"-sS"_s, u"-k"_s, u"-o"_s, u"/dev/null"_s, u"--connect-timeout"_s, u"5"_s, u"--max-time"_s, u"10"_s, u"-w"_s, kWriteOut};
    steps.append(b.exec(ProbeStepIds::tcpAuthority, CoreTr::tr("TCP 443: %1").arg(authority),
                        CoreTr::tr("Opens a connection to port 443."), tcp + QStringList{u"https://%1/"_s.arg(authority)},
                        CoreTr::tr("Connected."), authority));
    steps.append(b.exec(ProbeStepIds::tcpVault, CoreTr::tr("TCP 443: %1").arg(vault), CoreTr::tr("Opens a connection to port 443."),
                        tcp + QStringList{u"https://%1/"_s.arg(vault)}, CoreTr::tr("Connected."), vault));
    QStringList tlsAuthority = curlBase();
    tlsAuthority.insert(2, u"-v"_s);
    tlsAuthority.append(u"https://%1/%2/v2.0/.well-known/openid-configuration"_s.arg(authority, plan.tenantId));
    steps.append(b.exec(ProbeStepIds::tlsAuthority, CoreTr::tr("TLS and tenant: %1").arg(authority),
                        CoreTr::tr("Fetches the tenant's OpenID configuration (no credentials): shows the certificate issuer (TLS interception) and whether the tenant exists in this cloud."),
                        tlsAuthority, CoreTr::tr("HTTP 200 with a certificate issued by Microsoft or DigiCert."), authority));
    QStringList tlsVault = curlBase();
    tlsVault.insert(2, u"-v"_s);
    tlsVault.insert(3, u"-o"_s);
    tlsVault.insert(4, u"/dev/null"_s);
    tlsVault.append(u"https://%1/healthstatus"_s.arg(vault));
    steps.append(b.exec(ProbeStepIds::tlsVault, CoreTr::tr("TLS: %1").arg(vault), CoreTr::tr("Shows the certificate issuer of the vault's endpoint (TLS interception)."),
                        tlsVault, CoreTr::tr("A certificate issued by Microsoft or DigiCert."), vault));
    QStringList health = curlBase();
    health.insert(2, u"-D"_s);
    health.insert(3, u"-"_s);
    health.insert(4, u"-o"_s);
    health.insert(5, u"/dev/null"_s);
    health.append(u"https://%1/healthstatus"_s.arg(vault));
    steps.append(b.exec(ProbeStepIds::health, CoreTr::tr("Key Vault health and network path"),
                        CoreTr::tr("GET /healthstatus without credentials: Key Vault reports the address it sees the node as (x-ms-keyvault-network-info)."),
                        health, CoreTr::tr("HTTP 200 with the network header."), vault));

    const QString scope = plan.cloud.keyVaultResource + u"/.default"_s;
    switch (plan.identity) {
    case ProbeIdentity::ServicePrincipal: {
        const QString config = u"url = \"%1\"\ndata-urlencode = \"grant_type=client_credentials\"\ndata-urlencode = \"client_id=<clientid from %2>\"\ndata-urlencode = \"client_secret=<client-secret>\"\ndata-urlencode = \"scope=%3\"\n"_s
                                   .arg(tokenUrl(plan), plan.nodePublishSecretRef, scope)
            + configCommon();
        steps.append(b.curlConfig(ProbeStepIds::token, CoreTr::tr("Token: client credentials"),
                                  CoreTr::tr("Requests a Key Vault token from Entra ID with the service principal's client secret, passed on stdin (never on the command line)."),
                                  config, ProbeSecretKind::ClientSecret, CoreTr::tr("HTTP 200 with an access token."), authority));
        break;
    }
    case ProbeIdentity::WorkloadIdentity: {
        ProbeStep sa;
        sa.id = ProbeStepIds::saToken;
        sa.kind = ProbeStep::Kind::ServiceAccountToken;
        sa.title = CoreTr::tr("Service account token");
        sa.description = CoreTr::tr("Requests a 10-minute token for the service account %1/%2 with audience %3, as the driver does. It stays in memory.")
                             .arg(plan.appNamespace, plan.serviceAccount, kAdExchangeAudience);
        sa.shownCommand = u"kubectl create token %1 -n %2 --audience %3 --duration 10m   # kept in memory, not printed"_s
                              .arg(plan.serviceAccount, plan.appNamespace, kAdExchangeAudience);
        sa.expected = CoreTr::tr("A token whose subject is system:serviceaccount:%1:%2.").arg(plan.appNamespace, plan.serviceAccount);
        steps.append(sa);
        const QString config = u"url = \"%1\"\ndata-urlencode = \"grant_type=client_credentials\"\ndata-urlencode = \"client_id=%2\"\ndata-urlencode = \"scope=%3\"\ndata-urlencode = \"client_assertion_type=urn:ietf:params:oauth:client-assertion-type:jwt-bearer\"\ndata-urlencode = \"client_assertion=<service-account-token>\"\n"_s
                                   .arg(tokenUrl(plan), plan.clientId, scope)
            + configCommon();
        ProbeStep token = b.curlConfig(ProbeStepIds::token, CoreTr::tr("Token: workload identity exchange"),
                                       CoreTr::tr("Exchanges the service account token for a Key Vault token at Entra ID (assertion on stdin)."),
                                       config, ProbeSecretKind::ClientAssertion, CoreTr::tr("HTTP 200 with an access token."), authority);
        steps.append(token);
        break;
    }
    case ProbeIdentity::PodIdentity: {
        QStringList argv = curlBase();
        argv.insert(2, u"--noproxy"_s);
        argv.insert(3, u"*"_s);
        argv += {u"-H"_s, u"podns: "_s + plan.appNamespace, u"-H"_s, u"podname: "_s + plan.appPod,
                 u"http://127.0.0.1:2579/host/token/?resource="_s + QString::fromLatin1(QUrl::toPercentEncoding(plan.cloud.keyVaultResource))};
        steps.append(b.exec(ProbeStepIds::token, CoreTr::tr("Token: NMI (aad-pod-identity)"),
                            CoreTr::tr("Asks the node's NMI for a token on behalf of %1/%2, as the provider does.").arg(plan.appNamespace, plan.appPod), argv,
                            CoreTr::tr("HTTP 200 with a token."), u"127.0.0.1"_s));
        break;
    }
    case ProbeIdentity::UserAssignedIdentity:
    case ProbeIdentity::AddonIdentity:
    case ProbeIdentity::SystemAssignedIdentity: {
        const bool withClientId = plan.identity != ProbeIdentity::SystemAssignedIdentity;
        QStringList argv = curlBase();
        argv.insert(2, u"--noproxy"_s);
        argv.insert(3, u"*"_s);
        argv += {u"-H"_s, u"Metadata: true"_s, imdsUrl(plan, withClientId)};
        steps.append(b.exec(ProbeStepIds::token, withClientId ? CoreTr::tr("Token: IMDS with client_id %1").arg(plan.clientId) : CoreTr::tr("Token: IMDS (system-assigned)"),
                            CoreTr::tr("Asks the node's Instance Metadata Service for a Key Vault token, as the provider does."), argv,
                            CoreTr::tr("HTTP 200 with a token."), u"169.254.169.254"_s));
        break;
    }
    case ProbeIdentity::IdentityBinding: {
        ProbeStep info;
        info.id = ProbeStepIds::token;
        info.kind = ProbeStep::Kind::Info;
        info.title = CoreTr::tr("Token: identity binding");
        info.description = CoreTr::tr("Identity binding exchanges the token through the AKS token proxy, which curl cannot reproduce. The network checks above still apply; read the provider's logs for the token error.");
        info.expected = CoreTr::tr("Not checked.");
        steps.append(info);
        break;
    }
    case ProbeIdentity::Unknown: break;
    }

    QHash<QString, int> seen;
    for (int i = 0; i < plan.objects.size(); ++i) {
        const KeyVaultObjectSpec &object = plan.objects.at(i);
        const int n = seen[object.objectName]++;
        const QString id = ProbeStepIds::objectPrefix + object.objectName + (n > 0 ? u"#%1"_s.arg(n + 1) : QString());
        const QString config = u"url = \"%1\"\nheader = \"Authorization: Bearer <access-token>\"\n"_s.arg(objectUrl(plan, object)) + configCommon();
        ProbeStep step = b.curlConfig(id, stepTitleForObject(object),
                                      CoreTr::tr("GET of the %1 with the token (on stdin). Only metadata is kept: the value is never shown or stored.").arg(object.objectType),
                                      config, ProbeSecretKind::AccessToken, CoreTr::tr("HTTP 200."), vault);
        step.objectIndex = i;
        step.needsAccessToken = true;
        steps.append(step);
    }

    ProbeStep cleanup;
    cleanup.id = ProbeStepIds::cleanup;
    cleanup.kind = ProbeStep::Kind::DeletePod;
    cleanup.title = CoreTr::tr("Clean up");
    cleanup.description = CoreTr::tr("Deletes the probe pod (also on cancel and on errors).");
    cleanup.shownCommand = u"kubectl delete pod %1 -n %2 --grace-period=0"_s.arg(plan.probePodName, plan.probeNamespace);
    cleanup.expected = CoreTr::tr("The pod is gone.");
    steps.append(cleanup);
}

} // namespace

// --- public API ------------------------------------------------------------------------------

QString probeIdentityId(ProbeIdentity identity)
{
    switch (identity) {
    case ProbeIdentity::ServicePrincipal: return u"sp"_s;
    case ProbeIdentity::PodIdentity: return u"podidentity"_s;
    case ProbeIdentity::UserAssignedIdentity: return u"uami"_s;
    case ProbeIdentity::SystemAssignedIdentity: return u"sami"_s;
    case ProbeIdentity::AddonIdentity: return u"addon"_s;
    case ProbeIdentity::WorkloadIdentity: return u"workload"_s;
    case ProbeIdentity::IdentityBinding: return u"binding"_s;
    case ProbeIdentity::Unknown: break;
    }
    return {};
}

QStringList probeIdentityIds()
{
    return {u"sp"_s, u"podidentity"_s, u"uami"_s, u"sami"_s, u"addon"_s, u"workload"_s, u"binding"_s};
}

std::optional<ProbeIdentity> probeIdentityFromId(const QString &id)
{
    const QString key = id.trimmed().toLower();
    if (key == u"auto"_s || key.isEmpty())
        return ProbeIdentity::Unknown;
    for (const ProbeIdentity identity : {ProbeIdentity::ServicePrincipal, ProbeIdentity::PodIdentity, ProbeIdentity::UserAssignedIdentity,
                                         ProbeIdentity::SystemAssignedIdentity, ProbeIdentity::AddonIdentity, ProbeIdentity::WorkloadIdentity,
                                         ProbeIdentity::IdentityBinding}) {
        if (probeIdentityId(identity) == key)
            return identity;
    }
    return std::nullopt;
}

QString probeIdentityDisplayName(ProbeIdentity identity)
{
    switch (identity) {
    case ProbeIdentity::ServicePrincipal: return CoreTr::tr("Service principal (nodePublishSecretRef)");
    case ProbeIdentity::PodIdentity: return CoreTr::tr("AAD pod identity (NMI, deprecated)");
    case ProbeIdentity::UserAssignedIdentity: return CoreTr::tr("User-assigned managed identity");
    case ProbeIdentity::SystemAssignedIdentity: return CoreTr::tr("System-assigned managed identity");
    case ProbeIdentity::AddonIdentity: return CoreTr::tr("AKS add-on identity (azurekeyvaultsecretsprovider)");
    case ProbeIdentity::WorkloadIdentity: return CoreTr::tr("Workload identity");
    case ProbeIdentity::IdentityBinding: return CoreTr::tr("Identity binding (Azure token proxy)");
    case ProbeIdentity::Unknown: break;
    }
    return CoreTr::tr("Unknown");
}

std::optional<AzureCloud> azureCloudFromName(const QString &cloudName, QString *error)
{
    const QString key = cloudName.trimmed().toUpper();
    if (key.isEmpty() || key == u"AZUREPUBLICCLOUD"_s)
        return AzureCloud{u"AzurePublicCloud"_s, u"login.microsoftonline.com"_s, u"vault.azure.net"_s, u"https://vault.azure.net"_s,
                          u"privatelink.vaultcore.azure.net"_s, false};
    if (key == u"AZUREUSGOVERNMENTCLOUD"_s)
        return AzureCloud{u"AzureUSGovernmentCloud"_s, u"login.microsoftonline.us"_s, u"vault.usgovcloudapi.net"_s,
                          u"https://vault.usgovcloudapi.net"_s, u"privatelink.vaultcore.usgovcloudapi.net"_s, false};
    if (key == u"AZURECHINACLOUD"_s)
        return AzureCloud{u"AzureChinaCloud"_s, u"login.chinacloudapi.cn"_s, u"vault.azure.cn"_s, u"https://vault.azure.cn"_s,
                          u"privatelink.vaultcore.azure.cn"_s, false};
    if (key == u"AZUREGERMANCLOUD"_s)
        return AzureCloud{u"AzureGermanCloud"_s, u"login.microsoftonline.de"_s, u"vault.microsoftazure.de"_s,
                          u"https://vault.microsoftazure.de"_s, QString(), true};
    if (error) {
        if (key == u"AZURESTACKCLOUD"_s)
            *error = CoreTr::tr("cloudName AzureStackCloud takes its endpoints from the provider's environment file, which kvdoctor cannot read: the probe does not support Azure Stack Hub");
        else if (key == u"AZURECLOUD"_s || key == u"AZUREUSGOVERNMENT"_s)
            *error = CoreTr::tr("cloudName \"%1\" is an Azure CLI name, not one the provider accepts (AzurePublicCloud, AzureUSGovernmentCloud, AzureChinaCloud)").arg(cloudName);
        else
            *error = CoreTr::tr("cloudName \"%1\" is not a cloud the provider knows (AzurePublicCloud, AzureUSGovernmentCloud, AzureChinaCloud, AzureGermanCloud, AzureStackCloud)").arg(cloudName);
    }
    return std::nullopt;
}

bool isValidKeyVaultObjectName(const QString &name)
{
    return matches(u"^[0-9A-Za-z-]{1,127}$"_s, name);
}

bool isValidKeyVaultObjectVersion(const QString &version)
{
    return matches(u"^[0-9A-Fa-f]{32}$"_s, version);
}

QStringList keyVaultApiVersions()
{
    return {u"7.2"_s, u"7.4"_s, u"7.5"_s, u"7.6"_s, u"2025-07-01"_s};
}

QString probeVerdictId(ProbeVerdict verdict)
{
    switch (verdict) {
    case ProbeVerdict::Pending: return u"pending"_s;
    case ProbeVerdict::Pass: return u"pass"_s;
    case ProbeVerdict::Warning: return u"warning"_s;
    case ProbeVerdict::Fail: return u"fail"_s;
    case ProbeVerdict::Skipped: return u"skipped"_s;
    }
    return {};
}

QString probeVerdictDisplayName(ProbeVerdict verdict)
{
    switch (verdict) {
    case ProbeVerdict::Pending: return CoreTr::tr("Pending");
    case ProbeVerdict::Pass: return CoreTr::tr("Pass");
    case ProbeVerdict::Warning: return CoreTr::tr("Warning");
    case ProbeVerdict::Fail: return CoreTr::tr("Fail");
    case ProbeVerdict::Skipped: return CoreTr::tr("Skipped");
    }
    return {};
}

void ProbeSecrets::clear()
{
    for (QByteArray *secret : {&clientSecret, &clientAssertion, &accessToken}) {
        std::fill(secret->begin(), secret->end(), '\0');
        secret->clear();
    }
    clientId.clear();
}

const ProbeStep *ProbePlan::step(const QString &id) const
{
    for (const ProbeStep &s : steps) {
        if (s.id == id)
            return &s;
    }
    return nullptr;
}

QString ProbePlan::podYaml() const
{
    QString out;
    yamlObject(out, podManifest, 0, false);
    return out;
}

QByteArray ProbePlan::stdinPayload(const ProbeStep &step, const ProbeSecrets &secrets) const
{
    if (step.stdinShown.isEmpty())
        return {};
    // Rebuilt from the shown text: every placeholder line is replaced by the real value, quoted
    // for curl's config syntax.
    QByteArray out;
    for (const QString &line : step.stdinShown.split(u'\n', Qt::SkipEmptyParts)) {
        if (line.contains(u"<client-secret>"_s))
            out += "data-urlencode = " + curlQuote("client_secret=" + secrets.clientSecret) + '\n';
        else if (line.contains(u"<service-account-token>"_s))
            out += "data-urlencode = " + curlQuote("client_assertion=" + secrets.clientAssertion) + '\n';
        else if (line.contains(u"<access-token>"_s))
            out += "header = " + curlQuote("Authorization: Bearer " + secrets.accessToken) + '\n';
        else if (line.contains(u"<clientid from "_s))
            out += "data-urlencode = " + curlQuote("client_id=" + secrets.clientId.toUtf8()) + '\n';
        else
            out += line.toUtf8() + '\n';
    }
    return out;
}

QString ProbePlan::labelSelector()
{
    return u"app.kubernetes.io/managed-by=kvdoctor,app.kubernetes.io/component=probe"_s;
}

ProbeIdentity deriveProbeIdentity(const KubePod &pod, const SecretProviderClassInfo &spc, const QString &addonIdentityClientId)
{
    QString secretRef;
    for (const KubeSecretsStoreVolume &volume : pod.secretsStoreVolumes) {
        if (volume.secretProviderClass == spc.name && !volume.nodePublishSecretRef.isEmpty())
            secretRef = volume.nodePublishSecretRef;
    }
    switch (spc.identityMode(secretRef)) {
    case IdentityMode::ServicePrincipal: return ProbeIdentity::ServicePrincipal;
    case IdentityMode::PodIdentity: return ProbeIdentity::PodIdentity;
    case IdentityMode::UserAssignedIdentity: {
        const QString id = spc.parameters.value(u"userAssignedIdentityID"_s).trimmed();
        return !addonIdentityClientId.isEmpty() && id.compare(addonIdentityClientId.trimmed(), Qt::CaseInsensitive) == 0
                   ? ProbeIdentity::AddonIdentity
                   : ProbeIdentity::UserAssignedIdentity;
    }
    case IdentityMode::SystemAssignedIdentity: return ProbeIdentity::SystemAssignedIdentity;
    case IdentityMode::WorkloadIdentity: return ProbeIdentity::WorkloadIdentity;
    case IdentityMode::IdentityBinding: return ProbeIdentity::IdentityBinding;
    case IdentityMode::Conflicting:
    case IdentityMode::Unknown: break;
    }
    return ProbeIdentity::Unknown;
}

bool buildProbePlan(const ProbeInputs &inputs, ProbePlan *plan, QStringList *errors)
{
    QStringList problems;
    ProbePlan p;
    const KubePod &pod = inputs.pod;
    const SecretProviderClassInfo &spc = inputs.spc;
    const QString spcRef = spc.namespaceName + u'/' + spc.name;

    p.appNamespace = pod.namespaceName;
    p.appPod = pod.name;
    p.nodeName = pod.nodeName;
    p.serviceAccount = pod.serviceAccountName.isEmpty() ? u"default"_s : pod.serviceAccountName;
    if (!isDnsLabel(pod.namespaceName) || !isDnsSubdomain(pod.name))
        problems << CoreTr::tr("The pod \"%1/%2\" does not have a valid namespace and name").arg(pod.namespaceName, pod.name);
    if (pod.nodeName.isEmpty())
        problems << CoreTr::tr("The pod %1/%2 is not scheduled on a node yet, so there is no node to probe from").arg(pod.namespaceName, pod.name);
    else if (!isDnsSubdomain(pod.nodeName))
        problems << CoreTr::tr("The node name \"%1\" is not a valid node name").arg(pod.nodeName);
    if (inputs.node && inputs.node->os.compare(u"windows"_s, Qt::CaseInsensitive) == 0)
        problems << CoreTr::tr("Node %1 runs Windows; the probe pod needs a Linux node").arg(pod.nodeName);
    if (!isDnsSubdomain(p.serviceAccount))
        problems << CoreTr::tr("The service account name \"%1\" is not valid").arg(p.serviceAccount);

    bool usesSpc = false;
    for (const KubeSecretsStoreVolume &volume : pod.secretsStoreVolumes) {
        if (volume.secretProviderClass == spc.name) {
            usesSpc = true;
            if (!volume.nodePublishSecretRef.isEmpty())
                p.nodePublishSecretRef = volume.nodePublishSecretRef;
        }
    }
    if (!usesSpc)
        problems << CoreTr::tr("The pod %1/%2 has no Secrets Store volume using the SecretProviderClass %3").arg(pod.namespaceName, pod.name, spc.name);
    if (!spc.provider.isEmpty() && spc.provider != u"azure"_s)
        problems << CoreTr::tr("The SecretProviderClass %1 is for provider \"%2\", not azure").arg(spcRef, spc.provider);

    p.vaultName = spc.keyvaultName().trimmed();
    if (p.vaultName.isEmpty())
        problems << CoreTr::tr("The SecretProviderClass %1 has no keyvaultName").arg(spcRef);
    else if (!isValidKeyVaultName(p.vaultName))
        problems << CoreTr::tr("keyvaultName \"%1\" in the SecretProviderClass %2 is not a valid Key Vault name: 3 to 24 letters, digits and dashes")
                        .arg(p.vaultName, spcRef);
    p.tenantId = spc.tenantId().trimmed();
    if (p.tenantId.isEmpty())
        problems << CoreTr::tr("The SecretProviderClass %1 has no tenantID").arg(spcRef);
    else if (!isValidTenant(p.tenantId))
        problems << CoreTr::tr("tenantID \"%1\" in the SecretProviderClass %2 is neither a GUID nor a domain name").arg(spc.tenantId(), spcRef);
    else if (spc.tenantId() != p.tenantId)
        p.warnings << CoreTr::tr("tenantID has leading or trailing spaces; the provider sends it as it is, which fails (AADSTS900023).");

    QString cloudError;
    if (const auto cloud = azureCloudFromName(spc.parameters.value(u"cloudName"_s), &cloudError)) {
        p.cloud = *cloud;
        if (cloud->retired)
            p.warnings << CoreTr::tr("Azure Germany (AzureGermanCloud) closed in October 2021; its endpoints no longer serve customers.");
    } else {
        problems << CoreTr::tr("%1 (SecretProviderClass %2)").arg(cloudError, spcRef);
    }
    p.vaultHost = p.vaultName.toLower() + u'.' + p.cloud.keyVaultSuffix;

    if (!spc.objectsError.isEmpty())
        problems << CoreTr::tr("The objects of the SecretProviderClass %1 cannot be read: %2").arg(spcRef, spc.objectsError);
    else if (spc.objects.isEmpty())
        problems << CoreTr::tr("The SecretProviderClass %1 lists no objects").arg(spcRef);
    for (const KeyVaultObjectSpec &object : spc.objects) {
        if (!isValidKeyVaultObjectName(object.objectName))
            problems << CoreTr::tr("objectName \"%1\" in the SecretProviderClass %2 is not a valid Key Vault object name: 1 to 127 letters, digits and dashes")
                            .arg(object.objectName, spcRef);
        if (object.objectType != u"secret"_s && object.objectType != u"key"_s && object.objectType != u"cert"_s)
            problems << CoreTr::tr("objectType \"%1\" of \"%2\" in the SecretProviderClass %3 must be secret, key or cert")
                            .arg(object.objectType, object.objectName, spcRef);
        if (!object.objectVersion.isEmpty() && !isValidKeyVaultObjectVersion(object.objectVersion))
            problems << CoreTr::tr("objectVersion \"%1\" of \"%2\" in the SecretProviderClass %3 is not a Key Vault version (32 hexadecimal digits)")
                            .arg(object.objectVersion, object.objectName, spcRef);
    }
    p.objects = spc.objects;

    p.apiVersion = inputs.apiVersion.isEmpty() ? keyVaultApiVersions().first() : inputs.apiVersion.trimmed();
    if (!isValidApiVersion(p.apiVersion))
        problems << CoreTr::tr("\"%1\" is not a Key Vault api-version (for example 7.2 or 7.5)").arg(inputs.apiVersion);

    const ProbeIdentity derived = deriveProbeIdentity(pod, spc, inputs.addonIdentityClientId);
    p.identity = inputs.identity == ProbeIdentity::Unknown ? derived : inputs.identity;
    if (inputs.identity == ProbeIdentity::Unknown && spc.identityMode(p.nodePublishSecretRef) == IdentityMode::Conflicting)
        problems << CoreTr::tr("The SecretProviderClass %1 switches on more than one identity mode (usePodIdentity, useVMManagedIdentity, useAzureTokenProxy)").arg(spcRef);
    else if (p.identity == ProbeIdentity::Unknown)
        problems << CoreTr::tr("The identity mode cannot be told: the SecretProviderClass %1 sets no identity and the pod's volume has no nodePublishSecretRef (the provider then fails with \"nodePublishSecretRef secret is not set\"). Choose the identity to test.")
                        .arg(spcRef);
    switch (p.identity) {
    case ProbeIdentity::ServicePrincipal:
        if (p.nodePublishSecretRef.isEmpty())
            problems << CoreTr::tr("Service principal mode needs nodePublishSecretRef on the pod's Secrets Store volume; it is not set");
        else if (!isDnsSubdomain(p.nodePublishSecretRef))
            problems << CoreTr::tr("nodePublishSecretRef \"%1\" is not a valid Secret name").arg(p.nodePublishSecretRef);
        break;
    case ProbeIdentity::UserAssignedIdentity:
    case ProbeIdentity::AddonIdentity:
        p.clientId = spc.parameters.value(u"userAssignedIdentityID"_s).trimmed();
        if (p.clientId.isEmpty() && p.identity == ProbeIdentity::AddonIdentity)
            p.clientId = inputs.addonIdentityClientId.trimmed();
        if (p.clientId.isEmpty())
            problems << CoreTr::tr("A user-assigned identity needs userAssignedIdentityID (its client ID) in the SecretProviderClass %1").arg(spcRef);
        else if (!isGuid(p.clientId))
            problems << CoreTr::tr("userAssignedIdentityID \"%1\" in the SecretProviderClass %2 is not a client ID (a GUID)").arg(p.clientId, spcRef);
        if (p.identity == ProbeIdentity::AddonIdentity && !inputs.addonIdentityClientId.isEmpty()
            && p.clientId.compare(inputs.addonIdentityClientId.trimmed(), Qt::CaseInsensitive) != 0)
            p.warnings << CoreTr::tr("userAssignedIdentityID %1 is not the AKS add-on identity %2: the provider uses the SecretProviderClass's value.")
                              .arg(p.clientId, inputs.addonIdentityClientId);
        break;
    case ProbeIdentity::WorkloadIdentity:
    case ProbeIdentity::IdentityBinding:
        p.clientId = spc.parameters.value(u"clientID"_s).trimmed();
        if (p.clientId.isEmpty())
            problems << CoreTr::tr("%1 needs clientID in the SecretProviderClass %2").arg(probeIdentityDisplayName(p.identity), spcRef);
        else if (!isGuid(p.clientId))
            problems << CoreTr::tr("clientID \"%1\" in the SecretProviderClass %2 is not a client ID (a GUID)").arg(p.clientId, spcRef);
        if (p.identity == ProbeIdentity::IdentityBinding)
            p.warnings << CoreTr::tr("Identity binding goes through the AKS token proxy, which the probe cannot reproduce: only the network and Key Vault path are checked.");
        break;
    case ProbeIdentity::PodIdentity:
        p.warnings << CoreTr::tr("aad-pod-identity is deprecated; plan the move to workload identity.");
        break;
    case ProbeIdentity::SystemAssignedIdentity:
    case ProbeIdentity::Unknown: break;
    }

    p.probeNamespace = inputs.probeNamespace.isEmpty() ? pod.namespaceName : inputs.probeNamespace.trimmed();
    if (!isDnsLabel(p.probeNamespace))
        problems << CoreTr::tr("\"%1\" is not a valid namespace for the probe pod").arg(p.probeNamespace);
    p.probePodName = inputs.podName.isEmpty() ? u"kvdoctor-probe-"_s + randomSuffix() : inputs.podName.trimmed();
    if (!isDnsLabel(p.probePodName))
        problems << CoreTr::tr("\"%1\" is not a valid pod name").arg(p.probePodName);
    p.image = inputs.image.trimmed();
    if (!isValidImage(p.image))
        problems << CoreTr::tr("\"%1\" is not a valid image reference").arg(inputs.image);
    if (inputs.activeDeadlineSeconds < 60 || inputs.activeDeadlineSeconds > 86400)
        problems << CoreTr::tr("The probe pod's deadline must be between 60 seconds and a day");
    if (!inputs.dnsPolicy.isEmpty() && !QStringList{u"ClusterFirst"_s, u"ClusterFirstWithHostNet"_s, u"Default"_s, u"None"_s}.contains(inputs.dnsPolicy))
        problems << CoreTr::tr("\"%1\" is not a dnsPolicy").arg(inputs.dnsPolicy);
    p.oidcIssuer = inputs.oidcIssuer.trimmed();
    if (!p.oidcIssuer.isEmpty() && !QUrl(p.oidcIssuer).isValid())
        problems << CoreTr::tr("\"%1\" is not a valid OIDC issuer URL").arg(p.oidcIssuer);
    p.providerEnv = inputs.providerEnv;
    p.providerEnvKnown = inputs.providerEnvKnown;

    if (!problems.isEmpty()) {
        if (errors)
            *errors = problems;
        return false;
    }
    p.podManifest = podManifest(inputs, p);
    addSteps(p);
    if (errors)
        errors->clear();
    if (plan)
        *plan = p;
    return true;
}

QJsonObject ProbeStepResult::toJson() const
{
    QJsonObject factsJson;
    for (auto it = facts.cbegin(); it != facts.cend(); ++it)
        factsJson.insert(it.key(), it.value());
    QJsonObject out{{u"step"_s, stepId}, {u"verdict"_s, probeVerdictId(verdict)}, {u"actual"_s, actual},
                    {u"explanation"_s, explanation}, {u"fix"_s, fix}, {u"cause"_s, causeId}, {u"facts"_s, factsJson}};
    if (exitCode >= 0)
        out.insert(u"exitCode"_s, exitCode);
    if (httpStatus > 0)
        out.insert(u"httpStatus"_s, httpStatus);
    if (!output.isEmpty())
        out.insert(u"output"_s, output);
    return out;
}

ProbeStepResult interpretProbeStep(const ProbePlan &plan, const ProbeStep &step, const ProbeExecOutput &output,
                                   QByteArray *accessToken, const QList<ProbeStepResult> &earlier)
{
    if (step.id == ProbeStepIds::proxy)
        return interpretProxy(plan, step, output);
    if (step.id == ProbeStepIds::clock)
        return interpretClock(step, output);
    if (step.id == ProbeStepIds::dnsAuthority || step.id == ProbeStepIds::dnsVault || step.id == ProbeStepIds::dnsIssuer)
        return interpretDns(plan, step, output);
    if (step.id == ProbeStepIds::tcpAuthority || step.id == ProbeStepIds::tcpVault)
        return interpretTcp(plan, step, output, earlier);
    if (step.id == ProbeStepIds::tlsAuthority || step.id == ProbeStepIds::tlsVault)
        return interpretTls(plan, step, output, earlier);
    if (step.id == ProbeStepIds::health)
        return interpretHealth(plan, step, output, earlier);
    if (step.id == ProbeStepIds::token)
        return interpretToken(plan, step, output, accessToken, earlier);
    if (step.id.startsWith(ProbeStepIds::objectPrefix))
        return interpretObject(plan, step, output, earlier);
    ProbeStepResult r = base(step, output);
    setVerdict(r, output.exitCode == 0 ? ProbeVerdict::Pass : ProbeVerdict::Fail, CoreTr::tr("Exit code %1").arg(output.exitCode), QString());
    return r;
}

ProbeStepResult accessReviewResult(const QStringList &denied, const QString &error)
{
    ProbeStepResult r;
    r.stepId = ProbeStepIds::rbac;
    if (!error.isEmpty()) {
        setVerdict(r, ProbeVerdict::Fail, CoreTr::tr("The permission check failed: %1").arg(error),
                   CoreTr::tr("kvdoctor could not ask the API server what you may do."), CoreTr::tr("Check the connection to the cluster and try again."));
        return r;
    }
    if (denied.isEmpty()) {
        setVerdict(r, ProbeVerdict::Pass, CoreTr::tr("All needed permissions are granted"), CoreTr::tr("You may create, exec into and delete the probe pod."));
        return r;
    }
    r.facts.insert(u"denied"_s, denied.join(u", "_s));
    setVerdict(r, ProbeVerdict::Fail, CoreTr::tr("Not allowed: %1").arg(denied.join(u", "_s)),
               CoreTr::tr("Your Kubernetes permissions do not allow the probe. Nothing was created."),
               CoreTr::tr("Ask a cluster administrator for these permissions (a Role in the probe's namespace), or run the probe with an account that has them."));
    return r;
}

ProbeStepResult clientSecretResult(const ProbePlan &plan, bool found, const QMap<QString, QByteArray> &data,
                                   const QMap<QString, QString> &labels, const QString &error, ProbeSecrets *secrets)
{
    ProbeStepResult r;
    r.stepId = ProbeStepIds::clientSecret;
    if (!error.isEmpty()) {
        setVerdict(r, ProbeVerdict::Warning, CoreTr::tr("The Secret could not be read: %1").arg(error),
                   CoreTr::tr("Without the client secret the token and object checks are skipped."),
                   CoreTr::tr("Enter the client secret in the wizard or pass it with --client-secret-stdin."));
        return r;
    }
    if (!found) {
        setVerdict(r, ProbeVerdict::Fail, CoreTr::tr("Secret %1 not found in namespace %2").arg(plan.nodePublishSecretRef, plan.appNamespace),
                   CoreTr::tr("The pod's nodePublishSecretRef names a Secret that does not exist in the pod's namespace; the mount fails."),
                   CoreTr::tr("Create the Secret %1 in namespace %2 with keys clientid and clientsecret.").arg(plan.nodePublishSecretRef, plan.appNamespace),
                   u"node-publish-secret-not-found"_s);
        return r;
    }
    QByteArray clientId;
    QByteArray clientSecret;
    for (auto it = data.cbegin(); it != data.cend(); ++it) {
        // The provider matches the keys case-insensitively.
        if (it.key().toLower() == u"clientid"_s)
            clientId = it.value();
        else if (it.key().toLower() == u"clientsecret"_s)
            clientSecret = it.value();
    }
    QStringList missing;
    if (clientId.isEmpty())
        missing << u"clientid"_s;
    if (clientSecret.isEmpty())
        missing << u"clientsecret"_s;
    if (!missing.isEmpty()) {
        setVerdict(r, ProbeVerdict::Fail, CoreTr::tr("The Secret has no %1").arg(missing.join(u", "_s)),
                   CoreTr::tr("The provider needs the keys clientid and clientsecret in the Secret %1.").arg(plan.nodePublishSecretRef),
                   CoreTr::tr("Add the missing keys to the Secret %1 (namespace %2).").arg(plan.nodePublishSecretRef, plan.appNamespace));
        return r;
    }
    r.facts.insert(u"clientId"_s, QString::fromUtf8(clientId.trimmed()));
    r.facts.insert(u"secretLength"_s, QString::number(clientSecret.size()));
    if (secrets) {
        secrets->clientId = QString::fromUtf8(clientId.trimmed());
        if (secrets->clientSecret.isEmpty())
            secrets->clientSecret = clientSecret;
    }
    QStringList notes;
    if (clientSecret != clientSecret.trimmed() || clientId != clientId.trimmed())
        notes << CoreTr::tr("A value ends or starts with whitespace or a newline (often from echo without -n); Entra ID then rejects the secret.");
    if (labels.value(u"secrets-store.csi.k8s.io/used"_s) != u"true"_s)
        notes << CoreTr::tr("The Secret lacks the label secrets-store.csi.k8s.io/used=true, which the driver's filtered secret watch needs for rotation.");
    if (!notes.isEmpty()) {
        setVerdict(r, ProbeVerdict::Warning, CoreTr::tr("Secret %1 found, with problems").arg(plan.nodePublishSecretRef), notes.join(u' '),
                   CoreTr::tr("Fix the Secret's values or labels (kubectl label secret %1 -n %2 secrets-store.csi.k8s.io/used=true).").arg(plan.nodePublishSecretRef, plan.appNamespace));
        return r;
    }
    setVerdict(r, ProbeVerdict::Pass, CoreTr::tr("Secret %1 has clientid %2 and a client secret").arg(plan.nodePublishSecretRef, r.facts.value(u"clientId"_s)),
               CoreTr::tr("The Secret is complete; the client secret is kept in memory for the token step."));
    return r;
}

ProbeStepResult podStartResult(const QString &reason, const QString &message, bool running)
{
    ProbeStepResult r;
    r.stepId = ProbeStepIds::pod;
    if (running) {
        setVerdict(r, ProbeVerdict::Pass, CoreTr::tr("The probe pod is running"), CoreTr::tr("The pod was admitted and its image pulled."));
        return r;
    }
    if (!reason.isEmpty())
        r.facts.insert(u"reason"_s, reason);
    const QString actual = message.isEmpty() ? reason : reason + u": "_s + message;
    if (reason == u"ErrImagePull"_s || reason == u"ImagePullBackOff"_s || reason == u"InvalidImageName"_s) {
        setVerdict(r, ProbeVerdict::Fail, actual,
                   CoreTr::tr("The node cannot pull the probe image. In clusters with restricted egress Docker Hub is often blocked, which is itself an egress finding."),
                   CoreTr::tr("Use an image from a registry the cluster can reach (for example a copy of curlimages/curl in your ACR) with the image option."));
    } else if (reason == u"Forbidden"_s || reason == u"Admission"_s || reason == u"Invalid"_s) {
        setVerdict(r, ProbeVerdict::Fail, actual,
                   CoreTr::tr("The API server or an admission controller (Pod Security, Azure Policy, Gatekeeper) rejected the probe pod; a hostNetwork pod needs the privileged Pod Security level."),
                   CoreTr::tr("Run the probe in a namespace that allows privileged pods, or ask for an exemption for pods labelled app.kubernetes.io/managed-by=kvdoctor."));
    } else if (reason == u"Timeout"_s) {
        setVerdict(r, ProbeVerdict::Fail, actual, CoreTr::tr("The probe pod did not start in time."),
                   CoreTr::tr("Look at the pod's events (kubectl describe pod) and the node's state."));
    } else {
        setVerdict(r, ProbeVerdict::Fail, actual, CoreTr::tr("The probe pod could not be started."),
                   CoreTr::tr("Look at the pod's events (kubectl describe pod)."));
    }
    return r;
}

ProbeStepResult serviceAccountTokenResult(bool ok, const QString &error, const QByteArray &token)
{
    ProbeStepResult r;
    r.stepId = ProbeStepIds::saToken;
    if (!ok) {
        setVerdict(r, ProbeVerdict::Fail, CoreTr::tr("No token: %1").arg(error),
                   CoreTr::tr("kvdoctor could not request a service account token, so the workload identity exchange cannot be tested."),
                   CoreTr::tr("You need create on serviceaccounts/token in the application's namespace."));
        return r;
    }
    const QMap<QString, QString> claims = jwtClaims(token);
    for (auto it = claims.cbegin(); it != claims.cend(); ++it)
        r.facts.insert(u"claim."_s + it.key(), it.value());
    setVerdict(r, ProbeVerdict::Pass,
               CoreTr::tr("Token issued by %1 for %2").arg(claims.value(u"iss"_s), claims.value(u"sub"_s)),
               CoreTr::tr("Compare issuer and subject with the identity's federated credential (the issuer must match exactly, including the trailing /). The token stays in memory."));
    return r;
}

ProbeStepResult skippedResult(const ProbeStep &step, const QString &why)
{
    ProbeStepResult r;
    r.stepId = step.id;
    setVerdict(r, ProbeVerdict::Skipped, why, step.kind == ProbeStep::Kind::Info ? step.description : why);
    return r;
}

ProbeStepResult cleanupResult(bool deleted, const QString &error)
{
    ProbeStepResult r;
    r.stepId = ProbeStepIds::cleanup;
    if (deleted) {
        setVerdict(r, ProbeVerdict::Pass, CoreTr::tr("The probe pod was deleted"), CoreTr::tr("Nothing is left behind."));
        return r;
    }
    setVerdict(r, ProbeVerdict::Warning, CoreTr::tr("The probe pod could not be deleted: %1").arg(error),
               CoreTr::tr("The pod ends by itself at its deadline, but it stays in the cluster until deleted."),
               CoreTr::tr("Delete it with: kubectl delete pods -A -l %1").arg(ProbePlan::labelSelector()));
    return r;
}

QString redactSecrets(const QString &text, const QList<QByteArray> &exactSecrets)
{
    // Every probe output is an answer of Entra ID, IMDS, NMI or Key Vault: there a "value" field
    // is a secret whatever else the body holds. The rest is the shared redactor's job.
    static const QRegularExpression valueField(u"\"value\"\\s*:\\s*\"(?:[^\"\\\\]|\\\\.)*\""_s);
    QString out = text;
    out.replace(valueField, u"\"value\":\"[REDACTED secret-value]\""_s);
    Redactor redactor;
    for (const QByteArray &secret : exactSecrets)
        redactor.addSecret(QString::fromUtf8(secret));
    return redactor.redact(out);
}

ProbeSummary summarizeProbe(const ProbePlan &plan, const QList<ProbeStepResult> &results)
{
    ProbeSummary s;
    auto rank = [](ProbeVerdict v) {
        switch (v) {
        case ProbeVerdict::Fail: return 4;
        case ProbeVerdict::Warning: return 3;
        case ProbeVerdict::Pass: return 2;
        case ProbeVerdict::Skipped: return 1;
        case ProbeVerdict::Pending: return 0;
        }
        return 0;
    };
    s.verdict = results.isEmpty() ? ProbeVerdict::Pending : ProbeVerdict::Skipped;
    const ProbeStepResult *firstFail = nullptr;
    const ProbeStepResult *firstWarning = nullptr;
    for (const ProbeStepResult &r : results) {
        if (rank(r.verdict) > rank(s.verdict))
            s.verdict = r.verdict;
        if (r.verdict == ProbeVerdict::Fail && !firstFail)
            firstFail = &r;
        if (r.verdict == ProbeVerdict::Warning && !firstWarning)
            firstWarning = &r;
    }
    auto title = [&](const QString &id) {
        const ProbeStep *step = plan.step(id);
        return step ? step->title : id;
    };
    if (firstFail) {
        s.failedStepId = firstFail->stepId;
        s.causeId = firstFail->causeId;
        s.headline = CoreTr::tr("Failed at \"%1\": %2").arg(title(firstFail->stepId), firstFail->actual);
        s.nextAction = firstFail->fix.isEmpty() ? firstFail->explanation : firstFail->fix;
    } else if (firstWarning) {
        s.causeId = firstWarning->causeId;
        s.headline = CoreTr::tr("Passed with a warning at \"%1\": %2").arg(title(firstWarning->stepId), firstWarning->actual);
        s.nextAction = firstWarning->fix.isEmpty() ? firstWarning->explanation : firstWarning->fix;
    } else if (s.verdict == ProbeVerdict::Pass) {
        s.headline = CoreTr::tr("The node reaches Key Vault and the identity can read every object");
        s.nextAction = CoreTr::tr("The path from node %1 to %2 works now. If the mount still fails, read the provider's logs on that node.").arg(plan.nodeName, plan.vaultHost);
    } else {
        s.headline = CoreTr::tr("Nothing was checked");
    }
    return s;
}

QJsonObject probeReportJson(const ProbePlan &plan, const QList<ProbeStepResult> &results, const ProbeSummary &summary)
{
    QJsonArray objects;
    for (const KeyVaultObjectSpec &o : plan.objects)
        objects.append(QJsonObject{{u"objectName"_s, o.objectName}, {u"objectType"_s, o.objectType}, {u"objectVersion"_s, o.objectVersion}});
    QJsonArray steps;
    for (const ProbeStep &step : plan.steps) {
        QJsonObject s{{u"id"_s, step.id}, {u"title"_s, step.title}, {u"command"_s, step.shownCommand}, {u"expected"_s, step.expected}};
        for (const ProbeStepResult &r : results) {
            if (r.stepId == step.id)
                s.insert(u"result"_s, r.toJson());
        }
        steps.append(s);
    }
    const QJsonObject planJson{
        {u"identity"_s, probeIdentityId(plan.identity)}, {u"cloud"_s, plan.cloud.name}, {u"tenantId"_s, plan.tenantId},
        {u"vault"_s, plan.vaultName}, {u"vaultHost"_s, plan.vaultHost}, {u"clientId"_s, plan.clientId},
        {u"pod"_s, QString(plan.appNamespace + u'/' + plan.appPod)}, {u"node"_s, plan.nodeName},
        {u"probePod"_s, QString(plan.probeNamespace + u'/' + plan.probePodName)}, {u"image"_s, plan.image},
        {u"apiVersion"_s, plan.apiVersion}, {u"objects"_s, objects}, {u"warnings"_s, QJsonArray::fromStringList(plan.warnings)}};
    return QJsonObject{{u"plan"_s, planJson},
                       {u"steps"_s, steps},
                       {u"summary"_s, QJsonObject{{u"verdict"_s, probeVerdictId(summary.verdict)}, {u"headline"_s, summary.headline},
                                                   {u"nextAction"_s, summary.nextAction}, {u"failedStep"_s, summary.failedStepId},
                                                   {u"cause"_s, summary.causeId}}}};
}

} // namespace kvd
