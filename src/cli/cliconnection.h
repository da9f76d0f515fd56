// SPDX-License-Identifier: MIT
#pragma once

#include "kube/kubeclient.h"

#include <QCommandLineOption>
#include <QCommandLineParser>

#include <memory>

namespace kvd {

// The --kubeconfig/--context options every cluster command takes, and the client they give.
struct ClusterOptions
{
    QCommandLineOption kubeconfig;
    QCommandLineOption context;
    ClusterOptions();
    void addTo(QCommandLineParser &parser) const;
};

// Loads the kubeconfig as kubectl would, resolves the context and creates a client whose
// exec-plugin stderr (kubelogin's device-code prompt) goes to our stderr as it comes.
// Returns nullptr and prints the reason on stderr when that is not possible.
std::unique_ptr<KubeClient> connectFromOptions(const QCommandLineParser &parser, const ClusterOptions &options);

} // namespace kvd
