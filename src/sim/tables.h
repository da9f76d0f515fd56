// SPDX-License-Identifier: MIT
#pragma once

// Server-side printing (meta.k8s.io/v1 Table) as `kubectl get` asks for it.

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>

namespace kvd::sim {

struct ResourceType;

enum class IncludeObject { None, Metadata, Object };

QJsonArray tableColumns(const ResourceType &type);
QJsonObject tableRow(const ResourceType &type, const QJsonObject &object, IncludeObject include, const QDateTime &now);
QJsonObject partialObjectMetadata(const QJsonObject &object);

} // namespace kvd::sim
