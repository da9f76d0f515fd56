// SPDX-License-Identifier: MIT
#pragma once

#include "core/kubeobjects.h"

#include <QByteArrayView>
#include <QJsonObject>
#include <QList>
#include <QStringList>

#include <optional>

namespace kvd {

// What the items of a list are parsed into. Node/Pod/Event/Metadata keep only the fields of
// core/kubeobjects.h (a streaming parse with simdjson's On-Demand API, no DOM of the page);
// Raw keeps each item as a QJsonObject and is meant for short lists (SecretProviderClasses,
// DaemonSets, CSIDrivers).
enum class ListItemKind { Raw, Node, Pod, Event, Metadata };

struct ListParseOptions
{
    // Label keys kept in KubePod::labels / KubeObjectMeta::labels; empty keeps every label.
    QStringList labelKeys = defaultLabelKeys();

    static QStringList defaultLabelKeys();
};

// One page of a list response (PodList, NodeList, PartialObjectMetadataList, ...).
struct KubeListPage
{
    ListItemKind itemKind = ListItemKind::Raw;
    QString listKind;          // "PodList", ...
    QString resourceVersion;   // metadata.resourceVersion
    QString continueToken;     // metadata.continue; empty on the last page
    qint64 remainingItemCount = -1;
    QList<KubeNode> nodes;
    QList<KubePod> pods;
    QList<KubeEvent> events;
    QList<KubeObjectMeta> metadata;
    QList<QJsonObject> objects;

    qsizetype size() const;
    // Appends the items of `page` and takes its resourceVersion (used to accumulate pages).
    void append(const KubeListPage &page);
};

// Parses a list response body. Returns std::nullopt and sets *error (clear, not translated
// internals) for malformed or truncated JSON, or when the body is not a list.
std::optional<KubeListPage> parseListPage(QByteArrayView json, ListItemKind kind, QString *error,
                                          const ListParseOptions &options = {});

// Only metadata.continue and metadata.resourceVersion of a list page, without reading the
// items (the API server writes metadata first). Lets a pager ask for the next page before
// parsing this one. std::nullopt when the page is not readable.
struct ListMeta
{
    QString continueToken;
    QString resourceVersion;
};
std::optional<ListMeta> scanListMeta(QByteArrayView json);

// Single objects (a GET, or the object of a watch event).
std::optional<KubeNode> parseNode(QByteArrayView json, QString *error);
std::optional<KubePod> parsePod(QByteArrayView json, QString *error, const ListParseOptions &options = {});
std::optional<KubeEvent> parseEvent(QByteArrayView json, QString *error);
std::optional<KubeObjectMeta> parseObjectMeta(QByteArrayView json, QString *error,
                                              const ListParseOptions &options = {});

// RFC 3339 timestamps as the API server writes them ("2024-05-01T12:34:56Z", with optional
// fraction and offset). Invalid QDateTime for anything else.
QDateTime parseKubeTimestamp(QByteArrayView text);

} // namespace kvd
