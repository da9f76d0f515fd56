// SPDX-License-Identifier: MIT
#pragma once

#include "core/kubeconfig.h"

#include <QSslConfiguration>
#include <QStringList>

#include <optional>

namespace kvd {

// TLS settings for one resolved kubeconfig context, as client-go builds them: the given CA
// replaces the system roots, the client certificate and key are loaded from file or data,
// tls-server-name overrides the name checked in the server certificate.
struct TlsSetup
{
    QSslConfiguration configuration;
    QString peerVerifyName; // tls-server-name, empty when the host of `server` is checked
    QStringList warnings;   // e.g. verification turned off by the kubeconfig
};

// Returns std::nullopt and sets *error (naming file and entry) when a file cannot be read or
// a PEM block does not parse.
std::optional<TlsSetup> tlsSetupFor(const ResolvedContext &context, QString *error);

// Parses a PEM private key of any algorithm Qt supports (RSA, EC, ...).
QSslKey privateKeyFromPem(const QByteArray &pem);

} // namespace kvd
