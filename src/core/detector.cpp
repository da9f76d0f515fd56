// SPDX-License-Identifier: MIT
#include "core/detector.h"

namespace kvd {

QString evidenceKindId(Evidence::Kind kind)
{
    switch (kind) {
    case Evidence::Kind::LogLine: return QStringLiteral("log");
    case Evidence::Kind::Event: return QStringLiteral("event");
    case Evidence::Kind::ClusterState: return QStringLiteral("cluster");
    }
    return QStringLiteral("log");
}

QStringList Finding::nodes() const
{
    QStringList out;
    if (!node.isEmpty())
        out.append(node);
    return out;
}

struct Detector::Private
{
};

Detector::Detector(const RuleCatalogue &catalogue) : m_catalogue(&catalogue), d(std::make_unique<Private>()) {}
Detector::~Detector() = default;
bool Detector::isValid() const { return true; }
QString Detector::errorString() const { return {}; }
qint64 Detector::addLogData(QByteArrayView, const LogSourceInfo &, qint64) { return 0; }
void Detector::finishSource(const QString &) {}
void Detector::addEvent(const KubeEvent &, const QString &) {}
void Detector::addInventory(const Inventory &, bool) {}
QList<Finding> Detector::findings() const { return {}; }
void Detector::clear() {}
QList<int> Detector::matchText(QByteArrayView) const { return {}; }

QHash<QString, int> findingCountsByNode(const QList<Finding> &) { return {}; }

} // namespace kvd
