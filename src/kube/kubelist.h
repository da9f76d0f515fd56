// SPDX-License-Identifier: MIT
#pragma once

#include "kube/kubeclient.h"

namespace kvd {

// A paginated list (limit/continue). Each page is parsed as it arrives and reported by
// pageReceived(), so callers can show partial data; result() holds all pages when
// accumulating. An expired continue token (410) restarts the list from scratch once,
// reported by restarted() (drop what the earlier pages gave).
class KubeListJob : public KubeJob
{
    Q_OBJECT
public:
    KubeListJob(KubeClient *client, const ListOptions &options);

    const ListOptions &options() const { return m_options; }
    const KubeListPage &result() const { return m_result; }
    KubeListPage takeResult() { return std::exchange(m_result, {}); }
    int pageCount() const { return m_pages; }
    int restartCount() const { return m_restarts; }
    QString resourceVersion() const { return m_resourceVersion; } // for a watch that follows

Q_SIGNALS:
    void pageReceived(const kvd::KubeListPage &page, int pageIndex);
    void restarted(const QString &reason);

protected:
    void start() override;
    void abort() override;

private:
    void requestPage();

    ListOptions m_options;
    KubeListPage m_result;
    QString m_continue;
    QString m_resourceVersion;
    KubeHttpCall *m_call = nullptr;
    int m_pages = 0;
    int m_restarts = 0;
};

} // namespace kvd
