// SPDX-License-Identifier: MIT
#include "sim/containerlogs.h"

#include "sim/clustermodel.h"
#include "sim/scenario.h"
#include "sim/simutil.h"

#include <QJsonArray>
#include <QLocale>
#include <QTimeZone>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace kvd::sim {

namespace {

constexpr qint64 kRotationPeriodMs = 120000; // --rotation-poll-interval=2m
constexpr qint64 kLogWindowSecs = 2 * 3600;  // kubelet rotated older log files away

QByteArray quoted(const QString &value)
{
    QByteArray out = value.toUtf8();
    out.replace('\\', "\\\\").replace('"', "\\\"").replace('\n', "\\n");
    return '"' + out + '"';
}

struct Emitter
{
    QList<LogLine> lines;
    QDateTime from;
    QDateTime to;
    int pid = 1;

    bool inRange(const QDateTime &t) const { return t > from && t <= to; }

    void add(const QDateTime &t, char severity, const char *file, const QByteArray &message)
    {
        if (!inRange(t))
            return;
        QByteArray text = klogPrefix(severity, t, pid, file) + message;
        while (text.endsWith('\n'))
            text.chop(1); // klog adds the newline only when the message lacks one
        lines.append({t, text});
    }
};

// Mount attempts of a pod: the first at creation, then kubelet's exponential backoff for failing
// ones (500 ms doubling up to 2m2s) or the rotation reconciler every 2 minutes for mounted ones.
QList<QDateTime> mountAttempts(const MountedApp &app, const QDateTime &from, const QDateTime &to)
{
    QList<QDateTime> out;
    QDateTime t = app.created.addMSecs(1200 + qint64(hashOf(app.pod) % 900));
    qint64 backoff = 500;
    while (t <= to) {
        if (t > from)
            out.append(t);
        if (app.failing) {
            t = t.addMSecs(backoff + 2100 + qint64(hashOf(app.pod + t.toString()) % 400));
            backoff = qMin<qint64>(backoff * 2, 122000);
        } else {
            t = t.addMSecs(kRotationPeriodMs + qint64(hashOf(app.pod + QString::number(t.toMSecsSinceEpoch() / 100000)) % 300));
        }
    }
    return out;
}

QDateTime containerStart(const QJsonObject &pod, const QString &container, bool previous)
{
    for (const QJsonValue &v : pod.value(u"status"_s).toObject().value(u"containerStatuses"_s).toArray()) {
        const QJsonObject s = v.toObject();
        if (s.value(u"name"_s).toString() != container)
            continue;
        const QJsonObject last = s.value(u"lastState"_s).toObject().value(u"terminated"_s).toObject();
        if (previous || s.value(u"state"_s).toObject().contains(u"waiting"_s))
            return QDateTime::fromString(last.value(u"startedAt"_s).toString(), Qt::ISODate);
        return QDateTime::fromString(s.value(u"state"_s).toObject().value(u"running"_s).toObject().value(u"startedAt"_s).toString(), Qt::ISODate);
    }
    return {};
}

void registrarLines(Emitter &e, const QDateTime &start)
{
    const auto t = [&](int ms) { return start.addMSecs(ms); };
    e.add(t(306), 'I', "main.go:113", "Version: v2.12.0");
    e.add(t(307), 'I', "main.go:137", "Attempting to open a gRPC connection with: \"/csi/csi.sock\"");
    e.add(t(307), 'I', "connection.go:153", "Connecting to unix:///csi/csi.sock");
    e.add(t(4907), 'I', "main.go:144", "Calling CSI driver to discover driver name");
    e.add(t(4907), 'I', "connection.go:182", "GRPC call: /csi.v1.Identity/GetPluginInfo");
    e.add(t(4907), 'I', "connection.go:183", "GRPC request: {}");
    e.add(t(5109), 'I', "connection.go:185", "GRPC response: {\"name\":\"secrets-store.csi.k8s.io\",\"vendor_version\":\"v1.4.6\"}");
    e.add(t(5109), 'I', "connection.go:186", "GRPC error: <nil>");
    e.add(t(5109), 'I', "main.go:154", "CSI driver name: \"secrets-store.csi.k8s.io\"");
    e.add(t(5110), 'I', "node_register.go:52", "Starting Registration Server at: /registration/secrets-store.csi.k8s.io-reg.sock");
    e.add(t(5110), 'I', "node_register.go:61", "Registration Server started at: /registration/secrets-store.csi.k8s.io-reg.sock");
    e.add(t(5110), 'I', "node_register.go:83", "Skipping healthz server because HTTP endpoint is set to: \"\"");
    e.add(t(6190), 'I', "main.go:79", "Received GetInfo call: &InfoRequest{}");
    e.add(t(6208), 'I', "main.go:89", "Received NotifyRegistrationStatus call: &RegistrationStatus{PluginRegistered:true,Error:,}");
}

void livenessLines(Emitter &e, const QDateTime &start)
{
    e.add(start.addMSecs(652), 'I', "main.go:149", "calling CSI driver to discover driver name");
    e.add(start.addMSecs(653), 'I', "main.go:155", "CSI driver name: \"secrets-store.csi.k8s.io\"");
    e.add(start.addMSecs(654), 'I', "main.go:183", "ServeMux listening at \"0.0.0.0:9808\"");
}

void driverLines(Emitter &e, const ClusterModel &model, const Scenario &sc, const QString &node, const QDateTime &start)
{
    const auto t = [&](int ms) { return start.addMSecs(ms); };
    e.add(t(210), 'I', "exporter.go:35", "\"initializing metrics backend\" backend=\"prometheus\"");
    e.add(t(212), 'I', "main.go:195", "\"starting manager\\n\"");
    e.add(t(313), 'I', "secrets-store.go:46", "\"Initializing Secrets Store CSI Driver\" driver=\"secrets-store.csi.k8s.io\" version=\"v1.4.6\" buildTime=\"2024-10-15-22:18\"");
    e.add(t(314), 'I', "reconciler.go:130", "\"starting rotation reconciler\" rotationPollInterval=\"2m0s\"");
    e.add(t(406), 'I', "server.go:121", "\"Listening for connections\" address=\"//csi/csi.sock\"");
    for (const MountedApp &app : mountedApps(model, sc, node)) {
        const QString podRef = app.ns + u'/' + app.pod;
        const QString targetPath = u"/var/lib/kubelet/pods/"_s + app.podUid + u"/volumes/kubernetes.io~csi/secrets-store-inline/mount"_s;
        const QString spcps = app.ns + u'/' + app.pod + u'-' + app.ns + u'-' + app.spc;
        const QList<QDateTime> attempts = mountAttempts(app, e.from.addSecs(-1), e.to);
        for (int i = 0; i < attempts.size(); ++i) {
            const QDateTime a = attempts.at(i);
            if (app.failing) {
                if (!app.spcMissing)
                    e.add(a, 'I', "nodeserver.go:312", "\"Using grpc client\" provider=\"azure\" pod=" + quoted(app.pod));
                e.add(a.addMSecs(app.spcMissing ? 3 : 31000), 'I', "nodeserver.go:74",
                      "\"unmounting target path as node publish volume failed\" targetPath=" + quoted(targetPath) + " pod=" + quoted(podRef));
                e.add(a.addMSecs(app.spcMissing ? 4 : 31002), 'E', "utils.go:79", "GRPC error: " + sc.driverError(app, a).toUtf8());
            } else if (a > app.created.addSecs(5)) {
                // The SecretProviderClassPodStatus controller resyncs every 10 minutes.
                if ((a.toMSecsSinceEpoch() - app.created.toMSecsSinceEpoch()) / kRotationPeriodMs % 5 == 0) {
                    e.add(a.addMSecs(40), 'I', "secretproviderclasspodstatus_controller.go:227", "\"reconcile started\" spcps=" + quoted(spcps));
                    e.add(a.addMSecs(42), 'I', "secretproviderclasspodstatus_controller.go:367",
                          "\"reconcile complete\" spc=" + quoted(app.ns + u'/' + app.spc) + " pod=" + quoted(podRef) + " spcps=" + quoted(spcps));
                }
            } else {
                e.add(a, 'I', "nodeserver.go:312", "\"Using grpc client\" provider=\"azure\" pod=" + quoted(app.pod));
                e.add(a.addMSecs(187), 'I', "nodeserver.go:254", "\"node publish volume complete\" targetPath=" + quoted(targetPath)
                          + " pod=" + quoted(podRef) + " time=\"186.533215ms\"");
                e.add(a.addMSecs(1190), 'I', "secretproviderclasspodstatus_controller.go:227", "\"reconcile started\" spcps=" + quoted(spcps));
                e.add(a.addMSecs(1192), 'I', "secretproviderclasspodstatus_controller.go:367",
                      "\"reconcile complete\" spc=" + quoted(app.ns + u'/' + app.spc) + " pod=" + quoted(podRef) + " spcps=" + quoted(spcps));
            }
        }
    }
}

void providerLines(Emitter &e, const ClusterModel &model, const Scenario &sc, const QString &node, const QDateTime &start,
                   bool crashing)
{
    const auto t = [&](int ms) { return start.addMSecs(ms); };
    e.add(t(101), 'I', "exporter.go:33", "\"initializing metrics backend\" backend=\"prometheus\"");
    e.add(t(103), 'I', "main.go:98", "\"Starting Azure Key Vault Provider\" version=\"v1.6.0\" buildDate=\"2024-10-08-19:37\"");
    if (crashing) {
        e.add(t(104), 'E', "main.go:115", "\"failed to start metrics exporter\" err=\"listen tcp 0.0.0.0:8898: bind: address already in use\"");
        return;
    }
    e.add(t(104), 'I', "main.go:139", "\"Listening for connections\" address=\"/provider/azure.sock\"");
    e.add(t(105), 'I', "main.go:166", "\"Starting health server\" port=8989");
    for (const MountedApp &app : mountedApps(model, sc, node)) {
        if (app.spcMissing)
            continue;
        const QString podRef = app.ns + u'/' + app.pod;
        for (const QDateTime &a : mountAttempts(app, e.from.addSecs(-40), e.to)) {
            QDateTime at = a.addMSecs(4);
            if (sc.name == u"provider-crashloop"_s && app.node == sc.crashNode)
                break;
            // Benign: every SecretProviderClass here still uses the old parameter name.
            e.add(at.addMSecs(-1), 'I', "parameters.go:51", "tenantId is deprecated and will be removed in a future release. Use 'tenantID' instead");
            if (app.failing) {
                const bool clientFailure = app.identity != u"sp"_s
                    && (sc.name == u"nmi-404"_s || sc.name == u"workload-identity-mismatch"_s || sc.name == u"imds-identity-not-found"_s);
                if (!clientFailure) {
                    e.add(at, 'I', "provider.go:262", "\"fetching object from key vault\" objectName=" + quoted(app.objects.value(0))
                              + " objectType=\"secret\" keyvault=" + quoted(app.keyvault) + " pod=" + quoted(podRef));
                }
                const qint64 delay = sc.name == u"egress-blocked"_s ? 30500 : (sc.name == u"nmi-404"_s ? 29000 : 380);
                e.add(at.addMSecs(delay), 'E', "server.go:58", "\"failed to process mount request\" err=" + quoted(sc.providerError(app, at)));
            } else {
                if (app.identity == u"sp"_s) {
                    e.add(at, 'I', "auth.go:148", "\"using service principal to retrieve access token\" clientID=\"a41c##### REDACTED #####b964\" "
                                                  "secret=\"Qx8~##### REDACTED #####cret\" pod=" + quoted(podRef));
                }
                for (const QString &object : app.objects) {
                    at = at.addMSecs(3);
                    e.add(at, 'I', "provider.go:262", "\"fetching object from key vault\" objectName=" + quoted(object)
                              + " objectType=\"secret\" keyvault=" + quoted(app.keyvault) + " pod=" + quoted(podRef));
                    at = at.addMSecs(180 + qint64(hashOf(object) % 90));
                    e.add(at, 'I', "provider.go:302", "\"added file to the gRPC response\" file=" + quoted(object) + " pod=" + quoted(podRef));
                }
            }
        }
    }
}

void nmiLines(Emitter &e, const ClusterModel &model, const Scenario &sc, const QString &node, const QDateTime &start)
{
    e.add(start.addMSecs(120), 'I', "main.go:76", "starting nmi process. Version: v1.8.17. Build date: 2023-10-12-17:05.");
    e.add(start.addMSecs(250), 'I', "server.go:112", "listening on port 2579");
    for (const MountedApp &app : mountedApps(model, sc, node)) {
        if (!app.failing || app.identity != u"podidentity"_s)
            continue;
        for (const QDateTime &a : mountAttempts(app, e.from.addSecs(-90), e.to)) {
            const QDateTime end = a.addMSecs(80015);
            e.add(end, 'E', "server.go:281",
                  u"failed to get identities, error: getting assigned identities for pod %1/%2 in CREATED state failed after 16 attempts, "
                  "retry duration [5]s, error: <nil>. Check MIC pod logs for identity assignment errors"_s.arg(app.ns, app.pod).toUtf8());
            e.add(end.addMSecs(1), 'I', "server.go:239",
                  "status (404) took 80015517486 ns for req.method=GET reg.path=/host/token/ req.remote=127.0.0.1");
        }
    }
}

} // namespace

QByteArray klogPrefix(char severity, const QDateTime &t, int pid, const char *file)
{
    const QDateTime u = t.toUTC();
    const qint64 micros = (u.time().msec() * 1000) + qint64(mix64(quint64(u.toMSecsSinceEpoch())) % 1000);
    return severity + u.toString(u"MMdd HH:mm:ss."_s).toLatin1() + QByteArray::number(micros).rightJustified(6, '0') + ' '
        + QByteArray::number(pid).rightJustified(7, ' ') + ' ' + file + "] ";
}

QList<LogLine> containerLogLines(const ClusterModel &model, const Scenario &sc, const QJsonObject &pod,
                                 const QString &container, bool previous, const QDateTime &from, const QDateTime &to)
{
    const QJsonObject meta = pod.value(u"metadata"_s).toObject();
    const QJsonObject spec = pod.value(u"spec"_s).toObject();
    const QString node = spec.value(u"nodeName"_s).toString();
    const QJsonObject labels = meta.value(u"labels"_s).toObject();
    const QString app = labels.value(u"app"_s).toString();
    const bool windows = spec.value(u"nodeSelector"_s).toObject().value(u"kubernetes.io/os"_s).toString() == u"windows"_s;

    QDateTime start = containerStart(pod, container, previous);
    if (!start.isValid())
        return {};
    Emitter e;
    e.pid = windows ? 4000 + int(hashOf(meta.value(u"name"_s).toString()) % 12000) : 1;
    const QDateTime rotatedBefore = QDateTime::currentDateTimeUtc().addSecs(-kLogWindowSecs);
    const bool chatty = container == u"secrets-store"_s || container == u"provider-azure-installer"_s || container == u"nmi"_s;
    // The kubelet rotates a chatty container's log file, so only its recent lines remain.
    e.from = chatty ? std::max({from, start.addMSecs(-1), rotatedBefore}) : std::max(from, start.addMSecs(-1));
    e.to = to;
    bool crashing = false;
    for (const QJsonValue &v : pod.value(u"status"_s).toObject().value(u"containerStatuses"_s).toArray()) {
        const QJsonObject s = v.toObject();
        if (s.value(u"name"_s).toString() == container && s.value(u"state"_s).toObject().contains(u"waiting"_s) && s.value(u"restartCount"_s).toInt() > 0)
            crashing = true;
    }
    if (crashing) {
        // Each terminated instance lived about a second; `previous` is the one before the last.
        if (previous)
            start = start.addSecs(-300);
        e.from = start.addMSecs(-1);
        e.to = start.addSecs(2);
    }

    if (container == u"node-driver-registrar"_s && app == u"secrets-store-csi-driver"_s)
        registrarLines(e, start);
    else if (container == u"liveness-probe"_s && app == u"secrets-store-csi-driver"_s)
        livenessLines(e, start);
    else if (container == u"secrets-store"_s)
        driverLines(e, model, sc, node, start);
    else if (container == u"provider-azure-installer"_s)
        providerLines(e, model, sc, node, start, crashing);
    else if (container == u"nmi"_s)
        nmiLines(e, model, sc, node, start);
    else if (labels.contains(u"pod-template-hash"_s) && !meta.value(u"namespace"_s).toString().startsWith(u"kube-"_s)) {
        e.add(start.addMSecs(310), 'I', "main.go:41", "starting " + container.toUtf8() + " version 1.0");
        e.add(start.addMSecs(322), 'I', "config.go:88", "loaded secrets from /mnt/secrets-store");
        e.add(start.addMSecs(330), 'I', "server.go:57", "listening on :8080");
        // Access log of the kubelet's probes every 10 s, within the retained window.
        const QString hostIp = pod.value(u"status"_s).toObject().value(u"hostIP"_s).toString();
        const qint64 period = 10000;
        const qint64 startMs = start.toMSecsSinceEpoch() + 7000;
        const qint64 lowMs = std::max(e.from, rotatedBefore).toMSecsSinceEpoch();
        qint64 k = lowMs <= startMs ? 0 : (lowMs - startMs) / period;
        for (QDateTime t = QDateTime::fromMSecsSinceEpoch(startMs + k * period, QTimeZone::UTC); t <= e.to;
             t = QDateTime::fromMSecsSinceEpoch(startMs + (++k) * period, QTimeZone::UTC)) {
            if (!e.inRange(t))
                continue;
            e.lines.append({t, hostIp.toUtf8() + " - - [" + QLocale::c().toString(t, u"dd/MMM/yyyy:HH:mm:ss +0000"_s).toUtf8()
                                   + "] \"GET /healthz HTTP/1.1\" 200 2 \"-\" \"kube-probe/1.31\""});
        }
    } else {
        e.add(start.addMSecs(105), 'I', "main.go:52", "Starting " + container.toUtf8());
        e.add(start.addMSecs(480), 'I', "main.go:88", "Ready");
    }
    std::stable_sort(e.lines.begin(), e.lines.end(), [](const LogLine &a, const LogLine &b) { return a.time < b.time; });
    return e.lines;
}

} // namespace kvd::sim
