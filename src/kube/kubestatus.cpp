// SPDX-License-Identifier: MIT
#include "kube/kubestatus.h"

#include "kube/kubetr.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace kvd {

KubeError KubeError::make(Kind kind, const QString &message, const QString &reason)
{
    KubeError error;
    error.kind = kind;
    error.message = message;
    error.reason = reason;
    return error;
}

std::optional<KubeStatus> parseKubeStatus(const QByteArray &body)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (!document.isObject())
        return std::nullopt;
    const QJsonObject object = document.object();
    const QString kind = object.value(QLatin1String("kind")).toString();
    // The exec status channel omits kind/apiVersion; "status" is then "Success" or "Failure".
    const QString statusField = object.value(QLatin1String("status")).toString();
    if (kind != QLatin1String("Status") && statusField != QLatin1String("Success")
        && statusField != QLatin1String("Failure"))
        return std::nullopt;
    KubeStatus status;
    status.status = object.value(QLatin1String("status")).toString();
    status.message = object.value(QLatin1String("message")).toString();
    status.reason = object.value(QLatin1String("reason")).toString();
    status.code = object.value(QLatin1String("code")).toInt();
    status.continueToken = object.value(QLatin1String("metadata")).toObject().value(QLatin1String("continue")).toString();
    const QJsonObject details = object.value(QLatin1String("details")).toObject();
    status.detailsName = details.value(QLatin1String("name")).toString();
    status.detailsGroup = details.value(QLatin1String("group")).toString();
    status.detailsKind = details.value(QLatin1String("kind")).toString();
    if (details.contains(QLatin1String("retryAfterSeconds")))
        status.retryAfterSeconds = details.value(QLatin1String("retryAfterSeconds")).toInt(-1);
    const QJsonArray causes = details.value(QLatin1String("causes")).toArray();
    for (const auto &value : causes) {
        const QJsonObject cause = value.toObject();
        status.causes.append({cause.value(QLatin1String("reason")).toString(),
                              cause.value(QLatin1String("message")).toString(),
                              cause.value(QLatin1String("field")).toString()});
    }
    return status;
}

int parseRetryAfter(const QByteArray &value)
{
    bool ok = false;
    const int seconds = value.trimmed().toInt(&ok);
    return ok && seconds >= 0 ? seconds : -1;
}

namespace {

QString withServerMessage(const QString &sentence, const QString &serverMessage)
{
    if (serverMessage.isEmpty())
        return sentence;
    return KubeTr::tr("%1 The server said: %2").arg(sentence, serverMessage);
}

QString forbiddenMessage(const KubeStatus &status)
{
    // pods is forbidden: User "alice@corp.com" cannot list resource "pods" in API group "" in
    // the namespace "default" (or "at the cluster scope").
    static const QRegularExpression pattern(
        QStringLiteral("User \"([^\"]*)\" cannot (\\S+) resource \"([^\"]+)\"(?: in API group \"([^\"]*)\")?"
                       "(?: in the namespace \"([^\"]*)\"| at the cluster scope)?"));
    const auto match = pattern.match(status.message);
    if (!match.hasMatch()) {
        return withServerMessage(KubeTr::tr("Permission denied (403 Forbidden): your identity is not allowed to do "
                                            "this. Ask a cluster administrator for the missing RBAC permission."),
                                 status.message);
    }
    const QString user = match.captured(1);
    const QString verb = match.captured(2);
    const QString resource = match.captured(3);
    const QString group = match.captured(4);
    const QString namespaceName = match.captured(5);
    const QString resourceText = group.isEmpty() ? resource : QStringLiteral("%1.%2").arg(resource, group);
    const QString where = namespaceName.isEmpty() ? KubeTr::tr("cluster-wide")
                                                  : KubeTr::tr("in namespace \"%1\"").arg(namespaceName);
    QString sentence = KubeTr::tr("Permission denied (403 Forbidden): \"%1\" may not %2 %3 %4. Ask a cluster "
                                  "administrator for a role that grants \"%2\" on \"%3\".")
                           .arg(user, verb, resourceText, where);
    if (status.message.contains(QLatin1String("Azure")))
        sentence += QLatin1Char(' ')
                    + KubeTr::tr("The cluster uses Azure RBAC: the role assignment is made in Azure "
                                 "(e.g. \"Azure Kubernetes Service RBAC Reader\").");
    return withServerMessage(sentence, status.message);
}

QString causesText(const KubeStatus &status)
{
    QStringList parts;
    for (const auto &cause : status.causes) {
        if (!cause.field.isEmpty())
            parts << QStringLiteral("%1: %2").arg(cause.field, cause.message);
        else if (!cause.message.isEmpty())
            parts << cause.message;
    }
    return parts.join(QLatin1String("; "));
}

QString genericMessage(int httpStatus, const ErrorContext &context)
{
    // client-go's wording for bodies that are not a Status, plus the hint that someone other
    // than the API server probably answered.
    const QString what = context.method.isEmpty() ? context.path : context.method + QLatin1Char(' ') + context.path;
    switch (httpStatus) {
    case 404:
        return KubeTr::tr("The server could not find the requested resource (404, %1).").arg(what);
    case 409:
        return KubeTr::tr("The server reported a conflict (409, %1).").arg(what);
    default:
        return KubeTr::tr("The server responded with HTTP status %1 but did not return more information (%2). "
                          "The answer did not come from the Kubernetes API server itself; a proxy, firewall or "
                          "gateway between you and the cluster may have answered.")
            .arg(QString::number(httpStatus), what);
    }
}

// An HTML page (a proxy's or gateway's error page) instead of an API answer: its <title>, or
// std::nullopt when the body is not HTML.
std::optional<QString> htmlPageTitle(const QByteArray &body)
{
    const QByteArray head = body.left(2048).trimmed().toLower();
    if (!head.startsWith('<') || (!head.contains("<html") && !head.contains("<!doctype html")))
        return std::nullopt;
    static const QRegularExpression title(QStringLiteral("<title[^>]*>([^<]*)</title>"),
                                          QRegularExpression::CaseInsensitiveOption);
    const auto match = title.match(QString::fromUtf8(body.left(16384)));
    return match.hasMatch() ? match.captured(1).simplified().left(200) : QString();
}

QString htmlMessage(int httpStatus, const QString &title, const ErrorContext &context)
{
    const QString what = context.method.isEmpty() ? context.path : context.method + QLatin1Char(' ') + context.path;
    const QString page = title.isEmpty() ? QString() : QStringLiteral(" (\"%1\")").arg(title);
    if (httpStatus == 404 || httpStatus == 409) {
        // A wrong path behind a gateway is still a wrong path: keep client-go's sentence first.
        return genericMessage(httpStatus, context) + QLatin1Char(' ')
               + KubeTr::tr("The answer was an HTML page%1, so a proxy or gateway may have answered instead of the "
                            "API server.")
                     .arg(page);
    }
    return KubeTr::tr("The server answered %1 with HTTP status %2 and an HTML page%3 instead of a Kubernetes API "
                      "response. A proxy, firewall or gateway between you and the cluster answered, not the API "
                      "server: check the proxy settings (HTTPS_PROXY, proxy-url in the kubeconfig) and the network "
                      "path.")
        .arg(what, QString::number(httpStatus), page);
}

} // namespace

QString messageForStatus(int httpStatus, const KubeStatus &status, const ErrorContext &context)
{
    const int code = httpStatus != 0 ? httpStatus : status.code;
    switch (code) {
    case 400:
        return withServerMessage(KubeTr::tr("The server rejected the request as invalid (400 Bad Request)."),
                                 status.message);
    case 401: {
        QString sentence = KubeTr::tr("The cluster did not accept your credentials (401 Unauthorized): the token or "
                                      "certificate has expired or is not valid for this cluster.");
        if (context.execCredentials) {
            sentence += QLatin1Char(' ')
                        + KubeTr::tr("The credential plugin \"%1\" was run again and its new token was rejected "
                                     "too. Sign in again (for kubelogin: \"kubelogin remove-tokens\", then retry; "
                                     "with the azurecli login mode: \"az login\").")
                              .arg(context.execCommand);
        } else {
            sentence += QLatin1Char(' ')
                        + KubeTr::tr("Fetch new credentials (for AKS: \"az aks get-credentials\").");
        }
        return sentence;
    }
    case 403:
        return forbiddenMessage(status);
    case 404:
        return withServerMessage(KubeTr::tr("Not found (404)."), status.message);
    case 405:
        return withServerMessage(KubeTr::tr("The server does not allow this operation (405)."), status.message);
    case 406:
    case 415:
        return withServerMessage(KubeTr::tr("The server cannot handle the requested format (%1).").arg(code),
                                 status.message);
    case 409:
        if (status.reason == QLatin1String("AlreadyExists"))
            return withServerMessage(KubeTr::tr("The object already exists (409 AlreadyExists)."), status.message);
        return withServerMessage(KubeTr::tr("Conflict (409): the object was changed by someone else; reload it and "
                                            "try again."),
                                 status.message);
    case 410:
        return withServerMessage(KubeTr::tr("The list or watch position expired (410 %1): the server no longer has "
                                            "that version; the data must be read again from the start.")
                                     .arg(status.reason.isEmpty() ? QStringLiteral("Gone") : status.reason),
                                 status.message);
    case 422: {
        QString sentence = KubeTr::tr("The server rejected the object as invalid (422).");
        const QString causes = causesText(status);
        if (!causes.isEmpty())
            sentence += QLatin1Char(' ') + KubeTr::tr("Problems: %1.").arg(causes);
        return withServerMessage(sentence, status.message);
    }
    case 429:
        return withServerMessage(KubeTr::tr("The API server is throttling requests (429 Too Many Requests); try "
                                            "again in a moment."),
                                 status.message);
    case 504:
        return withServerMessage(KubeTr::tr("The API server timed out (504)."), status.message);
    default:
        break;
    }
    if (code >= 500)
        return withServerMessage(KubeTr::tr("The API server reported an error (%1 %2).")
                                     .arg(QString::number(code),
                                          status.reason.isEmpty() ? QStringLiteral("InternalError") : status.reason),
                                 status.message);
    if (!status.message.isEmpty())
        return withServerMessage(KubeTr::tr("The request failed (%1).").arg(code), status.message);
    return genericMessage(code, context);
}

KubeError errorFromHttpResponse(int httpStatus, const QByteArray &body, const QByteArray &retryAfter,
                                const ErrorContext &context)
{
    KubeError error;
    error.kind = KubeError::Kind::HttpStatus;
    error.httpStatus = httpStatus;
    error.retryAfterSeconds = parseRetryAfter(retryAfter);
    error.status = parseKubeStatus(body);
    if (error.status) {
        error.reason = error.status->reason;
        if (error.retryAfterSeconds < 0)
            error.retryAfterSeconds = error.status->retryAfterSeconds;
        error.message = messageForStatus(httpStatus, *error.status, context);
    } else if (httpStatus == 401) {
        // Some front ends answer 401 without a Status; the advice is the same.
        error.reason = QStringLiteral("Unauthorized");
        error.message = messageForStatus(401, KubeStatus{}, context);
    } else if (const auto title = htmlPageTitle(body)) {
        error.message = htmlMessage(httpStatus, *title, context);
    } else {
        error.message = genericMessage(httpStatus, context);
    }
    if (error.retryAfterSeconds >= 0 && (httpStatus == 429 || httpStatus >= 500))
        error.message += QLatin1Char(' ') + KubeTr::tr("(The server asked to retry after %n second(s).)", nullptr,
                                                       error.retryAfterSeconds);
    return error;
}

} // namespace kvd
