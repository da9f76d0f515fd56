// SPDX-License-Identifier: MIT
// List/object JSON decoding (simdjson On-Demand): the input as a list page of every item kind,
// the pager's metadata scan, and as single objects; the strings of metadata as RFC 3339 stamps.
#include "fuzzcommon.h"
#include "kube/listparser.h"

#include <cstdlib>

KVD_FUZZ_INIT

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace kvd;
    const QByteArrayView json = fuzz::bytes(data, size);
    QString error;
    // The first byte picks the label filter: default keys, or keep every label.
    ListParseOptions options;
    if (size && (data[0] & 1))
        options.labelKeys.clear();

    for (ListItemKind kind : {ListItemKind::Raw, ListItemKind::Node, ListItemKind::Pod, ListItemKind::Event,
                              ListItemKind::Metadata}) {
        error.clear();
        const auto page = parseListPage(json, kind, &error, options);
        // A failure always says why.
        if (!page && error.isEmpty())
            std::abort();
        if (page) {
            KubeListPage all;
            all.append(*page);
            if (all.size() != page->size())
                std::abort();
        }
    }
    (void)scanListMeta(json);
    (void)parseNode(json, &error);
    (void)parsePod(json, &error, options);
    (void)parseEvent(json, &error);
    (void)parseObjectMeta(json, &error, options);
    (void)parseKubeTimestamp(json.first(qMin<qsizetype>(json.size(), 64)));
    return 0;
}
