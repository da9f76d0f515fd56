#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Regenerates tests/fuzz/corpus/<target>/ from tests/data (run from anywhere; no network).

The seeds are small on purpose (libFuzzer's default max_len is the largest seed): log excerpts are
cut to their first 4 KiB, corpus lines are grouped a few dozen per file."""
import io
import json
import os
import shutil
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, '..', 'data')
OUT = os.path.join(HERE, 'corpus')


def put(target, name, data):
    d = os.path.join(OUT, target)
    os.makedirs(d, exist_ok=True)
    if isinstance(data, str):
        data = data.encode()
    with open(os.path.join(d, name), 'wb') as f:
        f.write(data)


def read(*parts):
    with open(os.path.join(DATA, *parts), 'rb') as f:
        return f.read()


def corpus_lines(name):
    lines = []
    with open(os.path.join(DATA, 'corpus', name), encoding='utf-8') as f:
        for row in f:
            row = row.strip()
            if row:
                lines.append(json.loads(row)['line'])
    return lines


def groups(items, n):
    for i in range(0, len(items), n):
        yield items[i:i + n]


def cut(data, limit=4096):
    if len(data) <= limit:
        return data
    end = data.rfind(b'\n', 0, limit)
    return data[:end + 1] if end > 0 else data[:limit]


def main():
    shutil.rmtree(OUT, ignore_errors=True)
    logs = sorted(f for f in os.listdir(os.path.join(DATA, 'logs')) if f.endswith('.log'))
    error_lines = corpus_lines('error-lines.jsonl')
    benign_lines = corpus_lines('benign-lines.jsonl')

    # Log lines: the excerpts (klog, JSON, logrus, kubectl --timestamps/--prefix) and real lines.
    for f in logs:
        put('fuzz_logline', f, cut(read('logs', f)))
    for i, g in enumerate(groups(error_lines + benign_lines, 25)):
        put('fuzz_logline', 'lines-%02d.log' % i, '\n'.join(g) + '\n')

    # The rule engine: the lines that name each cause, benign lines, and the excerpts.
    for i, g in enumerate(groups(error_lines, 12)):
        put('fuzz_detector', 'error-%02d.log' % i, '\n'.join(g) + '\n')
    for i, g in enumerate(groups(benign_lines, 40)):
        put('fuzz_detector', 'benign-%02d.log' % i, '\n'.join(g) + '\n')
    for f in logs:
        put('fuzz_detector', f, cut(read('logs', f)))

    # Kubeconfig: every fixture (YAML and JSON, broken ones too).
    kc = os.path.join(DATA, 'kubeconfig')
    for root, _, files in os.walk(kc):
        for f in files:
            if f.endswith(('.yaml', '.json')) and 'expected' not in root:
                rel = os.path.relpath(os.path.join(root, f), kc).replace(os.sep, '-')
                put('fuzz_kubeconfig', rel, read('kubeconfig', os.path.relpath(os.path.join(root, f), kc)))

    # Lists and single objects.
    lists = {f: json.loads(read('kube', f)) for f in sorted(os.listdir(os.path.join(DATA, 'kube')))}
    for f, doc in lists.items():
        put('fuzz_listparser', f, json.dumps(doc, separators=(',', ':')))
        for i, item in enumerate(doc.get('items', [])[:3]):
            put('fuzz_listparser', '%s-item%d.json' % (f[:-5], i), json.dumps(item))
        paged = dict(doc)
        paged['metadata'] = {'resourceVersion': '12345', 'continue': 'eyJ2IjoibWV0YS5rOHMuaW8vdjEiLCJydiI6MX0',
                             'remainingItemCount': 7}
        put('fuzz_listparser', '%s-paged.json' % f[:-5], json.dumps(paged))
    put('fuzz_listparser', 'status-410.json',
        '{"kind":"Status","apiVersion":"v1","metadata":{},"status":"Failure","message":"The provided continue '
        'parameter is too old","reason":"Expired","code":410}')
    put('fuzz_listparser', 'metadata-list.json',
        '{"kind":"PartialObjectMetadataList","apiVersion":"meta.k8s.io/v1","metadata":{"resourceVersion":"9"},'
        '"items":[{"kind":"PartialObjectMetadata","metadata":{"name":"spc","namespace":"default","uid":"u1",'
        '"creationTimestamp":"2024-05-01T12:34:56.123456+02:00","labels":{"app":"x"},"ownerReferences":'
        '[{"kind":"DaemonSet","name":"ds","uid":"u2","controller":true}]}}]}')

    # Watch streams: events built from the list items, bookmarks, a 410 ERROR; several per input.
    events = []
    for f, doc in lists.items():
        for item in doc.get('items', [])[:2]:
            events.append(json.dumps({'type': 'ADDED', 'object': item}, separators=(',', ':')))
            events.append(json.dumps({'type': 'MODIFIED', 'object': item}))
    events.append('{"type":"DELETED","object":{"kind":"Pod","metadata":{"name":"p","resourceVersion":"43"}}}')
    events.append('{"type":"BOOKMARK","object":{"kind":"Pod","apiVersion":"v1","metadata":{"resourceVersion":"99",'
                  '"annotations":{"k8s.io/initial-events-end":"true"}}}}')
    events.append('{"type":"ERROR","object":{"kind":"Status","apiVersion":"v1","metadata":{},"status":"Failure",'
                  '"message":"too old resource version: 1 (2692711)","reason":"Expired","code":410}}')
    for i, g in enumerate(groups(events, 3)):
        put('fuzz_watch', 'stream-%02d.jsonl' % i, '\n'.join(g) + '\n')
    put('fuzz_watch', 'crlf.jsonl', '\r\n'.join(events[-3:]) + '\r\n')

    # Exec frames: [length][channel][payload]... as KubeExec receives them.
    def frames(*msgs):
        out = b''
        for ch, payload in msgs:
            m = bytes([ch]) + payload
            out += bytes([len(m)]) + m
        return out
    success = b'{"metadata":{},"status":"Success"}'
    exit3 = (b'{"metadata":{},"status":"Failure","message":"command terminated with non-zero exit code: error '
             b'executing command [sh -c exit 3], exit code 3","reason":"NonZeroExitCode","details":{"causes":'
             b'[{"reason":"ExitCode","message":"3"}]}}')
    notfound = (b'{"kind":"Status","apiVersion":"v1","metadata":{},"status":"Failure","message":"pods \\"p\\" not '
                b'found","reason":"NotFound","code":404}')
    put('fuzz_execframe', 'stdout-success', frames((1, b'hello\n'), (2, b'warn\n'), (3, success)))
    put('fuzz_execframe', 'exit-code', frames((1, b'x'), (3, exit3[:120]), (3, exit3[120:])))
    put('fuzz_execframe', 'not-found', frames((3, notfound)))
    put('fuzz_execframe', 'close-resize', frames((255, b'\x00'), (4, b'{"Width":80,"Height":24}'), (1, b'')))
    put('fuzz_execframe', 'empty-messages', b'\x00\x00' + frames((1, b'a')))

    # ExecCredential: kubelogin / azure CLI style outputs; first byte picks the expected version.
    v1 = 'client.authentication.k8s.io/v1'
    v1b = 'client.authentication.k8s.io/v1beta1'
    pem = read('kubeconfig', 'certs', 'client.pem').decode()
    key = read('kubeconfig', 'certs', 'client-key.pem').decode()
    creds = {
        'v1beta1-token': {'kind': 'ExecCredential', 'apiVersion': v1b, 'spec': {'interactive': False},
                          'status': {'expirationTimestamp': '2024-05-01T12:34:56Z', 'token': 'eyJ0eXAi'}},
        'v1-token': {'kind': 'ExecCredential', 'apiVersion': v1, 'status': {'token': 't'}},
        'v1-cert': {'kind': 'ExecCredential', 'apiVersion': v1,
                    'status': {'clientCertificateData': pem, 'clientKeyData': key,
                               'expirationTimestamp': '2024-05-01T12:34:56.123+02:00'}},
        'wrong-kind': {'kind': 'Status', 'apiVersion': v1, 'status': {'token': 't'}},
    }
    for name, doc in creds.items():
        # Leading white space (trimmed by the parser) picks the version: '\t' v1, '\n' v1beta1.
        put('fuzz_execcredential', name + '.json', ('\n' if doc['apiVersion'] == v1b else '\t') + json.dumps(doc))
    put('fuzz_execcredential', 'empty', '')

    # Zips: a Periscope-like bundle (folders, deflated and stored logs), a nested zip, a binary
    # file, and a hostile entry name ("..").
    def zipbytes(entries):
        buf = io.BytesIO()
        with zipfile.ZipFile(buf, 'w') as z:
            for name, data, method in entries:
                z.writestr(zipfile.ZipInfo(name), data, compress_type=method)
        return buf.getvalue()
    D, S = zipfile.ZIP_DEFLATED, zipfile.ZIP_STORED
    small = [cut(read('logs', f), 1024) for f in logs[:3]]
    put('fuzz_logarchive', 'bundle.zip', zipbytes([
        ('aks-node-0/', b'', S),
        ('aks-node-0/secrets-store.log', small[0], D),
        ('aks-node-0/provider.txt', small[1], S),
        ('aks-node-0/blob.bin', b'\x00\x01\x02' * 20, S),
    ]))
    put('fuzz_logarchive', 'nested.zip', zipbytes([
        ('inner.zip', zipbytes([('a.log', small[2], D)]), S),
        ('b.log', b'I0909 10:00:00.000000       1 main.go:1] hello\n', D),
    ]))
    put('fuzz_logarchive', 'dotdot.zip', zipbytes([('../escape.log', b'x\n', S), ('ok.log', b'y\n', S)]))
    put('fuzz_logarchive', 'empty.zip', zipbytes([]))


if __name__ == '__main__':
    main()
