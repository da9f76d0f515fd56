// SPDX-License-Identifier: MIT
#include "kube/kubelist.h"

#include "kube/kubetr.h"

namespace kvd {

KubeListJob::KubeListJob(KubeClient *client, const ListOptions &options) : KubeJob(client), m_options(options)
{
    qRegisterMetaType<kvd::KubeListPage>();
    m_result.itemKind = options.itemKind;
}

void KubeListJob::start()
{
    requestPage();
}

void KubeListJob::abort()
{
    if (m_call)
        m_call->abort();
}

void KubeListJob::requestPage()
{
    QUrlQuery query;
    if (!m_options.labelSelector.isEmpty())
        query.addQueryItem(QStringLiteral("labelSelector"), m_options.labelSelector);
    if (!m_options.fieldSelector.isEmpty())
        query.addQueryItem(QStringLiteral("fieldSelector"), m_options.fieldSelector);
    if (m_options.limit > 0)
        query.addQueryItem(QStringLiteral("limit"), QString::number(m_options.limit));
    if (!m_continue.isEmpty())
        query.addQueryItem(QStringLiteral("continue"), m_continue);
    KubeHttpCall::Spec spec;
    spec.url = client()->url(m_options.path, query);
    if (m_options.metadataOnly)
        spec.accept = "application/json;as=PartialObjectMetadataList;g=meta.k8s.io;v=v1,application/json";
    if (m_call)
        m_call->deleteLater();
    m_call = new KubeHttpCall(client(), spec, this);
    connect(m_call, &KubeHttpCall::failed, this, [this](const KubeError &error) {
        if (error.httpStatus == 410 && !m_continue.isEmpty() && m_restarts == 0) {
            // The continue token expired (etcd compacted): start over, as client-go's pager does.
            ++m_restarts;
            m_continue.clear();
            m_result = KubeListPage{};
            m_result.itemKind = m_options.itemKind;
            m_pages = 0;
            Q_EMIT restarted(error.message);
            requestPage();
            return;
        }
        emitFailed(error);
    });
    connect(m_call, &KubeHttpCall::succeeded, this, [this] {
        const QByteArray body = m_call->takeBody();
        const bool firstPage = m_continue.isEmpty();
        bool pipelined = false;
        if (const auto meta = scanListMeta(body); meta && !meta->continueToken.isEmpty()) {
            // Ask for the next page before parsing this one: the server prepares it meanwhile.
            m_continue = meta->continueToken;
            requestPage();
            pipelined = true;
        }
        QString error;
        auto page = parseListPage(body, m_options.itemKind, &error, m_options.parseOptions);
        if (!page) {
            if (pipelined)
                m_call->abort();
            emitFailed(KubeError::make(KubeError::Kind::Protocol,
                                       KubeTr::tr("The list of %1 cannot be read: %2").arg(m_options.path, error),
                                       QStringLiteral("BadResponse")));
            return;
        }
        if (firstPage)
            m_resourceVersion = page->resourceVersion;
        const int index = m_pages++;
        if (!pipelined)
            m_continue = page->continueToken;
        if (m_options.accumulate) {
            m_result.append(*page);
        } else {
            m_result.resourceVersion = page->resourceVersion;
            m_result.listKind = page->listKind;
        }
        Q_EMIT pageReceived(*page, index);
        if (state() != State::Running || pipelined)
            return; // cancelled from a slot, or the next page is on its way
        if (m_continue.isEmpty())
            emitFinished();
        else
            requestPage();
    });
    m_call->start();
}

} // namespace kvd
