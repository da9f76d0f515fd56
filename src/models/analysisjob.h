// SPDX-License-Identifier: MIT
#pragma once

// Runs the Detector (core/detector.h) over the cluster's inventory and the shown log documents
// in a worker thread, so a gigabyte of logs never blocks the GUI. The latest request wins: a new
// one cancels the running analysis, whose result is dropped.

#include "core/detector.h"
#include "core/inventory.h"

#include <QObject>

#include <atomic>
#include <memory>
#include <optional>
#include <vector>

class QThread;

namespace kvd {

class LogLineScanner;
class LogModel;

struct AnalysisLogInput
{
    LogSourceInfo info;
    std::shared_ptr<LogLineScanner> scanner; // made on the GUI thread, read in the worker
    qint64 byteSize = 0;                     // for progress
};

struct AnalysisRequest
{
    std::optional<Inventory> inventory; // cluster state and the app pods' Warning events
    std::vector<AnalysisLogInput> logs;
    bool isEmpty() const { return !inventory && logs.empty(); }

    // The documents `model` shows, each read from its first line. A document named
    // "ns/pod/container" (a cluster log) gets its node from `inventory` when given.
    void addLogs(LogModel *model, const Inventory *inventory = nullptr);
};

// The key findings use for a log document of a LogModel (the file path, or "ns/pod/container"
// for a cluster log): Evidence::source, and how the log viewer finds the document again.
QString logSourceKey(LogModel *model, int source);
// The source index in `model` whose key is `key`, -1 when it is not shown.
int logSourceIndex(LogModel *model, const QString &key);

class AnalysisJob : public QObject
{
    Q_OBJECT
public:
    explicit AnalysisJob(QObject *parent = nullptr);
    ~AnalysisJob() override; // cancels and waits for the worker

    // Starts analysing (replacing a running analysis).
    void start(AnalysisRequest request);
    void cancel();
    bool isRunning() const { return m_running; }
    // The findings of the last finished analysis.
    const QList<Finding> &findings() const { return m_findings; }
    qint64 linesScanned() const { return m_linesScanned; }
    int finishedCount() const { return m_finishedCount; } // analyses finished so far (tests)

Q_SIGNALS:
    void started();
    void progress(qint64 bytesDone, qint64 bytesTotal);
    void finished(const QList<kvd::Finding> &findings);
    void cancelled();
    void failed(const QString &message); // the catalogue could not be compiled
    void runningChanged(bool running);

private:
    struct Worker;
    void setRunning(bool running);

    QThread *m_thread = nullptr;
    QObject *m_context = nullptr;    // lives in m_thread; runs the requests
    std::shared_ptr<Worker> m_worker;
    std::shared_ptr<std::atomic_bool> m_cancel;
    quint64 m_generation = 0;
    bool m_running = false;
    QList<Finding> m_findings;
    qint64 m_linesScanned = 0;
    int m_finishedCount = 0;
};

} // namespace kvd
