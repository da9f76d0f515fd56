#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Writes a realistic mixed log of SIZE bytes: the line formats of the Secrets Store CSI driver and
# the Azure provider (klog with structured values and multi-line values, JSON, logrus, kubectl
# --timestamps prefixes, container-name prefixes), healthy traffic with the failures of the
# simulator's scenarios mixed in. Python is slow: the first 64 MiB are generated, then repeated
# (the viewer's work does not depend on unique text).  usage: genlogs.py OUT SIZE_BYTES
import random, sys, datetime

out, size = sys.argv[1], int(sys.argv[2])
rng = random.Random(7)
t = datetime.datetime(2026, 11, 28, 0, 0, 0)
pods = [f"app-{i:03d}-7d4ccdf78-{rng.randrange(16**5):05x}" for i in range(200)]
templates = [
    (30, 'I', 'secretproviderclasspodstatus_controller.go:227] "reconcile started" spcps="{ns}/{pod}-{ns}-azure-kv"'),
    (30, 'I', 'secretproviderclasspodstatus_controller.go:367] "reconcile complete" spc="{ns}/azure-kv" pod="{ns}/{pod}" spcps="{ns}/{pod}-{ns}-azure-kv"'),
    (20, 'I', 'provider.go:262] "fetching object from key vault" objectName="secret{n}" objectType="secret" keyvault="kv-{ns}" pod="{ns}/{pod}"'),
    (20, 'I', 'provider.go:302] "added file to the gRPC response" file="secret{n}" pod="{ns}/{pod}"'),
    (15, 'I', 'grpc.go:34] "request" method="/v1alpha1.CSIDriverProvider/Mount" deadline="1m59.99s"'),
    (15, 'I', 'server.go:150] "request" method="/csi.v1.Node/NodeGetCapabilities" req="{{}}" deadline="2m0s"'),
    (10, 'I', 'provider.go:214] "vault url" vaultName="kv-{ns}" vaultURL="https://kv-{ns}.vault.azure.net/" pod="{ns}/{pod}"'),
    (8, 'I', 'nodeserver.go:312] "Using grpc client" provider="azure" pod="{pod}"'),
    (5, 'I', 'parameters.go:51] tenantId is deprecated and will be removed in a future release. Use \'tenantID\' instead'),
    (4, 'W', 'reconciler.go:223] "failed to reconcile spc for pod" err="failed to get pod {ns}/{pod}, err: Pod \\"{pod}\\" not found" spc="azure-kv" pod="{pod}" controller="rotation"'),
    (2, 'E', 'utils.go:79] GRPC error: failed to mount secrets store objects for pod {ns}/{pod}, err: rpc error: code = Unknown desc = failed to mount objects, error: failed to get keyvault client: failed to get authorizer for keyvault client: nmi response failed with status code: 404, err: <nil>'),
    (2, 'E', 'server.go:54] "failed to process mount request" err="failed to get objectType:secret, objectName:secret{n}, objectVersion:: keyvault.BaseClient#GetSecret: Failure responding to request: StatusCode=403 -- Original Error: autorest/azure: Service returned an error. Status=403 Code=\\"Forbidden\\""'),
    (1, 'E', 'server.go:54] "failed to process mount request" err="AADSTS700016: Application with identifier \'6b36fe1c\' was not found in the directory" pod="{ns}/{pod}"'),
    (1, 'E', 'utils.go:79] GRPC error: rpc error: code = DeadlineExceeded desc = context deadline exceeded'),
]
weights = [w for w, _, _ in templates]
nss = ["default", "payments", "orders", "kube-system", "monitoring"]

unique = min(size, 64 << 20)
chunks = []
with open(out, "w", buffering=1 << 22) as f:
    written = 0
    batch = []
    while written < unique:
        for _ in range(5000):
            t += datetime.timedelta(microseconds=rng.randrange(200, 20000))
            kind = rng.random()
            ns, pod, n = rng.choice(nss), rng.choice(pods), rng.randrange(20)
            klog_time = t.strftime("%m%d %H:%M:%S.%f")
            _, sev, tpl = rng.choices(templates, weights)[0]
            body = tpl.format(ns=ns, pod=pod, n=n)
            pid = 1 if rng.random() < 0.9 else 14532
            klog = f"{sev}{klog_time} {pid:>7} {body}"
            if kind < 0.55:
                line = klog
            elif kind < 0.75:
                line = t.strftime("%Y-%m-%dT%H:%M:%S.%f") + "123Z " + klog
            elif kind < 0.80:
                line = rng.choice(["secrets-store ", "provider-azure-installer ", "node-driver-registrar "]) + klog
            elif kind < 0.92:
                level = {"I": "info", "W": "warn", "E": "error"}[sev]
                msg = body.split("] ", 1)[1].replace('"', '\\"')
                line = ('{"level":"%s","timestamp":"%sZ","caller":"/go/src/sigs.k8s.io/secrets-store-csi-driver/pkg/secrets-store/%s$secrets-store.(*nodeServer).NodePublishVolume","message":"%s","pod":"%s/%s"}'
                        % (level, t.strftime("%Y-%m-%dT%H:%M:%S.%f"), body.split("]")[0], msg, ns, pod))
            elif kind < 0.97:
                line = 'time="%sZ" level=%s msg="GRPC call: /csi.v1.Node/NodePublishVolume" pod=%s' % (
                    t.strftime("%Y-%m-%dT%H:%M:%S"), {"I": "info", "W": "warning", "E": "error"}[sev], pod)
            else:
                line = klog.split("]")[0] + '] "objects string defined in secret provider class" objects=<\n        array:\n          - |\n            objectName: secret%d\n            objectType: secret\n > pod="%s/%s"' % (n, ns, pod)
            batch.append(line)
        text = "\n".join(batch) + "\n"
        batch.clear()
        f.write(text)
        chunks.append(text)
        written += len(text)
    while written < size:
        for text in chunks:
            f.write(text)
            written += len(text)
            if written >= size:
                break
