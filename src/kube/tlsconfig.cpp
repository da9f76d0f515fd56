// SPDX-License-Identifier: MIT
#include "kube/tlsconfig.h"

#include "core/coretr.h"

#include <QFile>
#include <QSslCertificate>
#include <QSslKey>

namespace kvd {

namespace {
bool readFile(const QString &path, QByteArray *data, QString *error, const QString &entry)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = CoreTr::tr("%1: cannot read %2: %3").arg(entry, path, file.errorString());
        return false;
    }
    *data = file.readAll();
    return true;
}
}

QSslKey privateKeyFromPem(const QByteArray &pem)
{
    for (const auto algorithm : {QSsl::Rsa, QSsl::Ec, QSsl::Dsa}) {
        QSslKey key(pem, algorithm, QSsl::Pem, QSsl::PrivateKey);
        if (!key.isNull())
            return key;
    }
    return {};
}

std::optional<TlsSetup> tlsSetupFor(const ResolvedContext &context, QString *error)
{
    TlsSetup setup;
    setup.configuration = QSslConfiguration::defaultConfiguration();
    setup.configuration.setProtocol(QSsl::TlsV1_2OrLater);
    const QString clusterEntry = CoreTr::tr("cluster \"%1\"").arg(context.cluster.name);
    const QString userEntry = CoreTr::tr("user \"%1\"").arg(context.user.name);

    QByteArray caPem = context.cluster.certificateAuthorityData;
    if (caPem.isEmpty() && !context.cluster.certificateAuthority.isEmpty()
        && !readFile(context.cluster.certificateAuthority, &caPem, error, clusterEntry))
        return std::nullopt;
    if (!caPem.isEmpty()) {
        const auto cas = QSslCertificate::fromData(caPem, QSsl::Pem);
        if (cas.isEmpty()) {
            *error = CoreTr::tr("%1: the certificate authority is not a PEM certificate").arg(clusterEntry);
            return std::nullopt;
        }
        setup.configuration.setCaCertificates(cas);
    }

    if (context.cluster.insecureSkipTlsVerify) {
        setup.configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
        setup.warnings << CoreTr::tr("%1 turns TLS verification off (insecure-skip-tls-verify): the server's "
                                     "identity is not checked.")
                              .arg(clusterEntry);
    } else {
        setup.configuration.setPeerVerifyMode(QSslSocket::VerifyPeer);
    }
    setup.peerVerifyName = context.cluster.tlsServerName;

    if (context.user.hasClientCertificate()) {
        QByteArray certPem = context.user.clientCertificateData;
        if (certPem.isEmpty() && !readFile(context.user.clientCertificate, &certPem, error, userEntry))
            return std::nullopt;
        QByteArray keyPem = context.user.clientKeyData;
        if (keyPem.isEmpty() && !context.user.clientKey.isEmpty()
            && !readFile(context.user.clientKey, &keyPem, error, userEntry))
            return std::nullopt;
        const auto certs = QSslCertificate::fromData(certPem, QSsl::Pem);
        if (certs.isEmpty()) {
            *error = CoreTr::tr("%1: the client certificate is not a PEM certificate").arg(userEntry);
            return std::nullopt;
        }
        const QSslKey key = privateKeyFromPem(keyPem);
        if (key.isNull()) {
            *error = CoreTr::tr("%1: the client key is missing or not a PEM private key").arg(userEntry);
            return std::nullopt;
        }
        setup.configuration.setLocalCertificateChain(certs);
        setup.configuration.setPrivateKey(key);
    }
    return setup;
}

} // namespace kvd
