// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

namespace kvd {

// meta/v1 Status, the body of every error the API server itself returns.
struct KubeStatus
{
    struct Cause
    {
        QString reason; // StatusCause.type is serialised as "reason"
        QString message;
        QString field;
    };
    QString status;   // "Success" or "Failure"
    QString message;
    QString reason;   // NotFound, Forbidden, Expired, ...
    int code = 0;
    QString detailsName;
    QString detailsGroup;
    QString detailsKind;
    int retryAfterSeconds = -1; // details.retryAfterSeconds
    QList<Cause> causes;
    QString continueToken;      // metadata.continue of a 410 on a list
};

// Parses a Status; std::nullopt when the body is not JSON with "kind":"Status" (or at least a
// "status" and "code"), e.g. an HTML page from a proxy.
std::optional<KubeStatus> parseKubeStatus(const QByteArray &body);

// A failed request, with a translated message ready for the user.
struct KubeError
{
    enum class Kind {
        None,
        HttpStatus,   // the server answered with an error status (status/httpStatus set)
        Network,      // connection refused, DNS, reset, proxy
        Tls,          // certificate not trusted, hostname mismatch, client certificate refused
        Timeout,
        Credentials,  // exec plugin failed, token file unreadable
        Protocol,     // unexpected response (bad JSON, WebSocket subprotocol, ...)
        Config,       // the kubeconfig cannot be used
    };
    Kind kind = Kind::None;
    int httpStatus = 0;
    QString reason;        // Status.reason, or a short name for non-HTTP errors
    QString message;       // translated, for the user
    std::optional<KubeStatus> status;
    int retryAfterSeconds = -1;

    bool isError() const { return kind != Kind::None; }
    bool isExpired() const { return httpStatus == 410 || reason == QLatin1String("Expired") || reason == QLatin1String("Gone"); }

    static KubeError make(Kind kind, const QString &message, const QString &reason = {});
};

struct ErrorContext
{
    QString method;           // GET, POST, ...
    QString path;             // request path for the generic messages
    bool execCredentials = false; // the user's credentials come from an exec plugin
    QString execCommand;      // e.g. kubelogin, for the 401 hint
};

// Turns an HTTP error reply into a KubeError: the Status is parsed when the body is one,
// otherwise the message says honestly that something in between (a proxy, a gateway)
// answered. `retryAfter` is the Retry-After header value.
KubeError errorFromHttpResponse(int httpStatus, const QByteArray &body, const QByteArray &retryAfter,
                                const ErrorContext &context);

// The user-facing sentence for a Status (exposed for tests and for watch ERROR events).
QString messageForStatus(int httpStatus, const KubeStatus &status, const ErrorContext &context);

// Retry-After as seconds (-1 when absent or not a number of seconds).
int parseRetryAfter(const QByteArray &value);

} // namespace kvd

Q_DECLARE_METATYPE(kvd::KubeError)
