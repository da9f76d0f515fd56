// SPDX-License-Identifier: MIT
// Soak benchmark (not part of ctest): memory over time. A simulated cluster churns (application
// pods created and deleted continuously through the API, log lines appended to them) while the
// client watches it the way the GUI does: a ClusterSession (lists, then pod and event watches,
// relists after 410) and followed logs (one long-lived follow of a provider pod plus a follow of
// every churned pod, ended by the pod's deletion). The resident set size of the process (client
// and simulator together) is sampled after a warm-up; the growth from the end of the warm-up to
// the end is the figure (target <= 1 MB). Run by scripts/bench-soak.
//   bench_soak [SECONDS] [--warmup SECONDS] [--rate PODS_PER_SECOND] [--live PODS] [--verbose]
// Prints "key value" lines (for scripts/bench-all) and a short summary.
#include "core/kubeconfig.h"
#include "kube/clustersession.h"
#include "kube/kubeclient.h"
#include "kube/kubewatch.h"
#include "sim/simulatedcluster.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QPointer>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <deque>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

using namespace kvd;

namespace {
// Resident set size in KiB, -1 where it cannot be read (only Linux has /proc/self/status).
qint64 statusKb(const char *key)
{
#ifdef Q_OS_LINUX
    QFile status(QStringLiteral("/proc/self/status"));
    if (status.open(QIODevice::ReadOnly)) {
        const QByteArray prefix = QByteArray(key) + ':';
        for (const QByteArray &line : status.readAll().split('\n')) {
            if (line.startsWith(prefix))
                return line.mid(prefix.size()).trimmed().split(' ').first().toLongLong();
        }
    }
#else
    Q_UNUSED(key);
#endif
    return -1;
}

qint64 rssKb() { return statusKb("VmRSS"); }

// Bytes the allocator hands out right now (glibc only, else -1): apart from RSS, it tells a leak
// (in use grows) from free memory the allocator keeps (RSS grows, in use does not).
qint64 heapInUseKb()
{
#if defined(__GLIBC__) && (__GLIBC__ > 2 || (__GLIBC__ == 2 && __GLIBC_MINOR__ >= 33))
    const struct mallinfo2 info = mallinfo2();
    return qint64((info.uordblks + info.hblkhd) / 1024);
#else
    return -1;
#endif
}
qint64 peakRssKb() { return statusKb("VmHWM"); }

QString mb(qint64 kb)
{
    return kb < 0 ? QStringLiteral("n/a") : QString::number(double(kb) / 1024.0, 'f', 1) + QStringLiteral(" MB");
}

// Least-squares slope of the samples in KiB per minute.
double slopeKbPerMinute(const QList<QPair<double, qint64>> &samples)
{
    if (samples.size() < 2)
        return 0;
    double sx = 0, sy = 0, sxx = 0, sxy = 0;
    for (const auto &[t, kb] : samples) {
        sx += t;
        sy += double(kb);
        sxx += t * t;
        sxy += t * double(kb);
    }
    const double n = double(samples.size());
    const double d = n * sxx - sx * sx;
    return d == 0 ? 0 : (n * sxy - sx * sy) / d * 60.0;
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    int seconds = 600;
    int warmup = -1;
    double rate = 4; // pods created (and as many deleted) per second
    int live = 20;   // churned pods alive at once
    bool verbose = false;
    for (int i = 1; i < args.size(); ++i) {
        bool ok = true;
        if (args.at(i) == QLatin1String("--warmup") && i + 1 < args.size())
            warmup = args.at(++i).toInt(&ok);
        else if (args.at(i) == QLatin1String("--rate") && i + 1 < args.size())
            rate = args.at(++i).toDouble(&ok);
        else if (args.at(i) == QLatin1String("--verbose"))
            verbose = true;
        else if (args.at(i) == QLatin1String("--live") && i + 1 < args.size())
            live = args.at(++i).toInt(&ok);
        else
            seconds = args.at(i).toInt(&ok);
        if (!ok || seconds <= 0 || rate <= 0 || live < 1) {
            std::fprintf(stderr, "usage: bench_soak [SECONDS] [--warmup SECONDS] [--rate PODS_PER_SECOND] [--live PODS] [--verbose]\n");
            return 2;
        }
    }
    // Measured: RSS converges within ~100 s (the allocator's arenas and cached thread stacks of
    // the streams' network threads fill) while the heap in use stays flat from the first minute.
    if (warmup < 0)
        warmup = std::clamp(seconds / 5, 10, 120);
    warmup = std::min(warmup, seconds / 2);

    const qint64 startKb = rssKb();
    sim::SimulatedCluster cluster;
    sim::SimulatorOptions options;
    // The watch history is bounded by design (5000 events per resource); a small window fills
    // during the warm-up, so what grows afterwards is not the simulator's by-design buffer.
    options.watchHistory = 300;
    QString error;
    if (!cluster.start(options, &error)) {
        std::fprintf(stderr, "simulator: %s\n", qPrintable(error));
        return 1;
    }
    cluster.setRecordingEnabled(false); // the request log grows by design (tests read it)
    const Kubeconfig config = Kubeconfig::fromData(cluster.kubeconfigYaml(), QStringLiteral("soak.yaml"));
    const auto context = config.resolve(QStringLiteral("kvdoctor-sim"), &error);
    if (!context) {
        std::fprintf(stderr, "kubeconfig: %s\n", qPrintable(error));
        return 1;
    }

    ClusterSession session;
    qint64 inventoryUpdates = 0;
    qint64 relists = 0;
    int appPods = 0;
    QObject::connect(&session, &ClusterSession::inventoryChanged, &app, [&] {
        ++inventoryUpdates;
        appPods = session.inventory().appPodCount(); // the GUI rebuilds its views from it
    });
    QObject::connect(&session, &ClusterSession::stateChanged, &app, [&](ClusterSession::State state, const QString &message) {
        if (state == ClusterSession::State::Failed) {
            std::fprintf(stderr, "connection failed: %s\n", qPrintable(message));
            QCoreApplication::exit(1);
        } else if (state == ClusterSession::State::Loading) {
            ++relists;
        }
    });
    session.connectTo(*context);

    // The churn: another client, like a deployment controller creating and deleting pods.
    KubeClient churn(*context);
    QJsonObject podTemplate;
    QString ns;
    QString container;
    std::deque<QString> alive;
    qint64 created = 0, deleted = 0, churnErrors = 0, linesAppended = 0;
    qint64 followsOpened = 0, followsEnded = 0, followsFailed = 0, followBytes = 0;
    QList<QPointer<KubeLogStream>> follows;

    const auto follow = [&](const QString &podNs, const QString &pod, const QString &containerName) {
        LogOptions logOptions;
        logOptions.namespaceName = podNs;
        logOptions.pod = pod;
        logOptions.container = containerName;
        logOptions.follow = true;
        logOptions.tailLines = 10;
        KubeLogStream *stream = session.client()->logs(logOptions);
        ++followsOpened;
        QObject::connect(stream, &KubeLogStream::dataReceived, &app, [&](const QByteArray &data) { followBytes += data.size(); });
        QObject::connect(stream, &KubeJob::finished, &app, [&] { ++followsEnded; });
        QObject::connect(stream, &KubeJob::failed, &app, [&](const KubeError &e) {
            ++followsEnded;
            if (++followsFailed <= 3)
                std::fprintf(stderr, "log follow failed: %s\n", qPrintable(e.message));
        });
        follows.append(stream);
    };

    QTimer createTimer;
    createTimer.setInterval(int(1000.0 / rate));
    QObject::connect(&createTimer, &QTimer::timeout, &app, [&] {
        const QString name = QStringLiteral("soak-%1").arg(created);
        QJsonObject pod = podTemplate;
        QJsonObject meta = pod.value(QStringLiteral("metadata")).toObject();
        meta.insert(QStringLiteral("name"), name);
        pod.insert(QStringLiteral("metadata"), meta);
        KubeRequest *request = churn.create(QStringLiteral("/api/v1/namespaces/%1/pods").arg(ns), pod);
        ++created;
        QObject::connect(request, &KubeJob::failed, &app, [&](const KubeError &e) {
            if (++churnErrors <= 3)
                std::fprintf(stderr, "create failed: %s\n", qPrintable(e.message));
        });
        // Followed once it runs (the simulator starts it after ~1.2 s; before, logs answer 400).
        QObject::connect(request, &KubeJob::finished, &app, [&, name] {
            QTimer::singleShot(1500, &app, [&, name] {
                if (std::find(alive.begin(), alive.end(), name) != alive.end())
                    follow(ns, name, container);
            });
        });
        alive.push_back(name);
        while (int(alive.size()) > live) {
            KubeRequest *removal = churn.remove(QStringLiteral("/api/v1/namespaces/%1/pods/%2").arg(ns, alive.front()),
                                                QJsonObject{{QStringLiteral("gracePeriodSeconds"), 0}});
            alive.pop_front();
            ++deleted;
            QObject::connect(removal, &KubeJob::failed, &app, [&](const KubeError &e) {
                if (++churnErrors <= 3)
                    std::fprintf(stderr, "delete failed: %s\n", qPrintable(e.message));
            });
        }
        // Pruned so the list of followed streams itself does not grow.
        follows.removeIf([](const QPointer<KubeLogStream> &s) { return s.isNull(); });
    });
    QTimer logTimer; // every live pod logs a line every 200 ms
    logTimer.setInterval(200);
    QObject::connect(&logTimer, &QTimer::timeout, &app, [&] {
        for (const QString &pod : alive) {
            cluster.appendLogLine(ns, pod, container,
                                  "I1129 08:00:00.000000       1 soak.go:42] \"line\" pod=\"" + pod.toUtf8() + "\" n=" + QByteArray::number(linesAppended));
            ++linesAppended;
        }
    });

    QElapsedTimer clock;
    QList<QPair<double, qint64>> samples; // after the warm-up: (seconds, KiB)
    qint64 connectedKb = -1, warmKb = -1, warmHeapKb = -1;
    QTimer sampler;
    sampler.setInterval(5000);
    QObject::connect(&sampler, &QTimer::timeout, &app, [&] {
        const double t = double(clock.elapsed()) / 1000.0;
        if (t >= warmup) {
            if (warmKb < 0) {
                warmKb = rssKb();
                warmHeapKb = heapInUseKb();
            }
            samples.append({t, rssKb()});
        }
        if (verbose)
            std::fprintf(stderr, "%6.0f s  RSS %s  heap in use %s  pods %d  follows %lld/%lld\n", t, qPrintable(mb(rssKb())),
                         qPrintable(mb(heapInUseKb())), appPods,
                         static_cast<long long>(followsOpened), static_cast<long long>(followsEnded));
        if (t >= seconds)
            QCoreApplication::quit();
    });

    bool started = false;
    QObject::connect(&session, &ClusterSession::stateChanged, &app, [&](ClusterSession::State state) {
        if (state != ClusterSession::State::Connected || started)
            return;
        started = true;
        connectedKb = rssKb();
        // The template: an application pod of the scenario (it mounts a secrets-store volume,
        // so the inventory keeps it), renamed for each copy.
        const Inventory &inventory = session.inventory();
        for (const NodeEntry &node : inventory.nodes) {
            if (!node.apps.isEmpty() && podTemplate.isEmpty()) {
                const KubePod &pod = node.apps.first().pod;
                ns = pod.namespaceName;
                container = pod.containerNames.value(0);
                KubeRequest *get = churn.get(QStringLiteral("/api/v1/namespaces/%1/pods/%2").arg(ns, pod.name));
                QObject::connect(get, &KubeJob::finished, &app, [&, get] {
                    QJsonObject object = get->json();
                    QJsonObject meta;
                    meta.insert(QStringLiteral("namespace"), ns);
                    meta.insert(QStringLiteral("labels"), object.value(QStringLiteral("metadata")).toObject().value(QStringLiteral("labels")));
                    object.insert(QStringLiteral("metadata"), meta);
                    object.remove(QStringLiteral("status"));
                    podTemplate = object;
                    clock.start();
                    createTimer.start();
                    logTimer.start();
                    sampler.start();
                });
                QObject::connect(get, &KubeJob::failed, &app, [](const KubeError &e) {
                    std::fprintf(stderr, "reading the template pod failed: %s\n", qPrintable(e.message));
                    QCoreApplication::exit(1);
                });
            }
            if (node.provider && follows.isEmpty()) // the long-lived follow, as in the Logs page
                follow(node.provider->namespaceName, node.provider->name, node.provider->containerNames.value(0));
        }
        if (ns.isEmpty()) {
            std::fprintf(stderr, "the simulated cluster has no application pod\n");
            QCoreApplication::exit(1);
        }
    });

    QTimer::singleShot(60000, &app, [&] {
        if (!started) {
            std::fprintf(stderr, "not connected after 60 s\n");
            QCoreApplication::exit(1);
        }
    });
    const int rc = app.exec();
    createTimer.stop();
    logTimer.stop();
    sampler.stop();
    if (rc != 0)
        return rc;

    const qint64 endKb = rssKb();
    const qint64 endHeapKb = heapInUseKb();
    const qint64 heapGrowthKb = (endHeapKb >= 0 && warmHeapKb >= 0) ? endHeapKb - warmHeapKb : -1;
    const qint64 growthKb = (endKb >= 0 && warmKb >= 0) ? endKb - warmKb : -1;
    const double slope = slopeKbPerMinute(samples);
    std::printf("soak_seconds %d\nsoak_warmup_seconds %d\n", seconds, warmup);
    std::printf("rss_start_kb %lld\nrss_connected_kb %lld\nrss_warm_kb %lld\nrss_end_kb %lld\nrss_growth_kb %lld\n",
                static_cast<long long>(startKb), static_cast<long long>(connectedKb), static_cast<long long>(warmKb),
                static_cast<long long>(endKb), static_cast<long long>(growthKb));
    std::printf("heap_warm_kb %lld\nheap_end_kb %lld\nheap_growth_kb %lld\n", static_cast<long long>(warmHeapKb),
                static_cast<long long>(endHeapKb), static_cast<long long>(heapGrowthKb));
    std::printf("rss_slope_kb_per_min %.1f\npeak_rss_kb %lld\n", slope, static_cast<long long>(peakRssKb()));
    std::printf("pods_created %lld\npods_deleted %lld\nchurn_errors %lld\nlog_lines_appended %lld\n",
                static_cast<long long>(created), static_cast<long long>(deleted), static_cast<long long>(churnErrors),
                static_cast<long long>(linesAppended));
    std::printf("follows_failed %lld\n", static_cast<long long>(followsFailed));
    std::printf("follows_opened %lld\nfollows_ended %lld\nfollow_bytes %lld\ninventory_updates %lld\nrelists %lld\napp_pods_end %d\n",
                static_cast<long long>(followsOpened), static_cast<long long>(followsEnded), static_cast<long long>(followBytes),
                static_cast<long long>(inventoryUpdates), static_cast<long long>(relists - 1), appPods);
    std::printf("soak: %d s (warm-up %d s), %lld pods created and %lld deleted, %lld log lines followed in %lld streams\n",
                seconds, warmup, static_cast<long long>(created), static_cast<long long>(deleted),
                static_cast<long long>(linesAppended), static_cast<long long>(followsOpened));
    std::printf("  RSS start %s, connected %s, after warm-up %s, end %s, peak %s\n", qPrintable(mb(startKb)),
                qPrintable(mb(connectedKb)), qPrintable(mb(warmKb)), qPrintable(mb(endKb)), qPrintable(mb(peakRssKb())));
    if (growthKb == -1 && endKb < 0)
        std::printf("  RSS growth after warm-up: n/a (no /proc/self/status on this OS)\n");
    else
        std::printf("  RSS growth after warm-up: %+.2f MB (target <= 1 MB), trend %+.1f KB/min; heap in use %+.2f MB\n",
                    double(growthKb) / 1024.0, slope, double(heapGrowthKb) / 1024.0);
    return 0;
}
