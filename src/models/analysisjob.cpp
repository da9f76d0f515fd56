// SPDX-License-Identifier: MIT
#include "models/analysisjob.h"

#include "core/logindex.h"
#include "models/logmodel.h"

#include <QElapsedTimer>
#include <QThread>

namespace kvd {

namespace {
// Where the pod named `ns/pod` runs, from the inventory; empty when it is not there.
QString nodeOfPod(const Inventory &inventory, const QString &ns, const QString &pod)
{
    const auto matches = [&](const KubePod &p) { return p.name == pod && p.namespaceName == ns; };
    for (const NodeEntry &node : inventory.nodes) {
        if ((node.driver && matches(*node.driver)) || (node.provider && matches(*node.provider)))
            return node.node.name;
        for (const KubePod &extra : node.extraDaemonPods) {
            if (matches(extra))
                return node.node.name;
        }
        for (const AppPodEntry &app : node.apps) {
            if (matches(app.pod))
                return node.node.name;
        }
    }
    return {};
}

constexpr qsizetype kChunkBytes = 4 * 1024 * 1024;
} // namespace

QString logSourceKey(LogModel *model, int source)
{
    LogDocument *document = model ? model->document(source) : nullptr;
    if (!document)
        return {};
    if (auto *file = qobject_cast<FileLogDocument *>(document))
        return file->path();
    return document->name().isEmpty() ? model->sourceLabel(source) : document->name();
}

int logSourceIndex(LogModel *model, const QString &key)
{
    if (!model || key.isEmpty())
        return -1;
    for (int s = 0; s < model->sourceCount(); ++s) {
        if (logSourceKey(model, s) == key)
            return s;
    }
    return -1;
}

void AnalysisRequest::addLogs(LogModel *model, const Inventory *inventory)
{
    if (!model)
        return;
    for (int s = 0; s < model->sourceCount(); ++s) {
        LogDocument *document = model->document(s);
        if (!document)
            continue;
        AnalysisLogInput input;
        input.info.source = logSourceKey(model, s);
        input.info.referenceYear = document->referenceYear();
        if (!qobject_cast<FileLogDocument *>(document)) {
            // Cluster logs are named "ns/pod/container".
            const QStringList parts = document->name().split(QLatin1Char('/'));
            if (parts.size() == 3) {
                input.info.namespaceName = parts.at(0);
                input.info.pod = parts.at(1);
                if (inventory)
                    input.info.node = nodeOfPod(*inventory, parts.at(0), parts.at(1));
            }
        }
        input.scanner = std::shared_ptr<LogLineScanner>(document->scanner().release());
        input.byteSize = document->byteSize();
        if (input.scanner)
            logs.push_back(std::move(input));
    }
}

struct AnalysisJob::Worker
{
    std::unique_ptr<Detector> detector; // made and used in the worker thread only
};

AnalysisJob::AnalysisJob(QObject *parent)
    : QObject(parent)
    , m_worker(std::make_shared<Worker>())
{
    m_thread = new QThread;
    m_thread->setObjectName(QStringLiteral("kvdoctor-analysis"));
    m_context = new QObject;
    m_context->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_context, &QObject::deleteLater);
    m_thread->start(QThread::LowPriority);
}

AnalysisJob::~AnalysisJob()
{
    if (m_cancel)
        m_cancel->store(true);
    m_thread->quit();
    m_thread->wait();
    delete m_thread;
}

void AnalysisJob::setRunning(bool running)
{
    if (m_running == running)
        return;
    m_running = running;
    Q_EMIT runningChanged(running);
}

void AnalysisJob::cancel()
{
    if (!m_running)
        return;
    if (m_cancel)
        m_cancel->store(true);
    ++m_generation; // whatever the worker still posts is stale
    setRunning(false);
    Q_EMIT cancelled();
}

void AnalysisJob::start(AnalysisRequest request)
{
    if (m_cancel)
        m_cancel->store(true);
    m_cancel = std::make_shared<std::atomic_bool>(false);
    const quint64 generation = ++m_generation;
    setRunning(true);
    Q_EMIT started();

    auto shared = std::make_shared<AnalysisRequest>(std::move(request));
    QMetaObject::invokeMethod(m_context, [this, worker = m_worker, cancel = m_cancel, generation, shared] {
        if (cancel->load())
            return;
        if (!worker->detector)
            worker->detector = std::make_unique<Detector>();
        Detector &detector = *worker->detector;
        if (!detector.isValid()) {
            const QString message = detector.errorString();
            QMetaObject::invokeMethod(this, [this, generation, message] {
                if (generation != m_generation)
                    return;
                setRunning(false);
                Q_EMIT failed(message);
            }, Qt::QueuedConnection);
            return;
        }
        detector.clear();
        qint64 total = 0;
        for (const AnalysisLogInput &input : shared->logs)
            total += input.byteSize;
        qint64 done = 0;
        QElapsedTimer sincePost;
        sincePost.start();
        const auto postProgress = [&](bool force) {
            if (!force && sincePost.elapsed() < 100)
                return;
            sincePost.restart();
            QMetaObject::invokeMethod(this, [this, generation, done, total] {
                if (generation == m_generation)
                    Q_EMIT progress(done, total);
            }, Qt::QueuedConnection);
        };
        postProgress(true);

        if (shared->inventory)
            detector.addInventory(*shared->inventory, true);
        QByteArray buffer;
        buffer.reserve(kChunkBytes + 4096);
        for (const AnalysisLogInput &input : shared->logs) {
            qint64 firstLine = 1;
            qint64 linesInBuffer = 0;
            QByteArrayView line;
            const auto flush = [&] {
                if (buffer.isEmpty())
                    return;
                detector.addLogData(buffer, input.info, firstLine);
                firstLine += linesInBuffer;
                linesInBuffer = 0;
                buffer.clear();
            };
            while (input.scanner->next(&line)) {
                buffer.append(line.data(), line.size());
                buffer.append('\n');
                done += line.size() + 1;
                ++linesInBuffer;
                if (buffer.size() >= kChunkBytes) {
                    flush();
                    if (cancel->load())
                        return;
                    postProgress(false);
                }
            }
            flush();
            detector.finishSource(input.info.source);
            if (cancel->load())
                return;
        }
        const QList<Finding> findings = detector.findings();
        const qint64 lines = detector.linesScanned();
        detector.clear();
        if (cancel->load())
            return;
        QMetaObject::invokeMethod(this, [this, generation, findings, lines, total] {
            if (generation != m_generation)
                return;
            m_findings = findings;
            m_linesScanned = lines;
            ++m_finishedCount;
            Q_EMIT progress(total, total);
            setRunning(false);
            Q_EMIT finished(m_findings);
        }, Qt::QueuedConnection);
    }, Qt::QueuedConnection);
}

} // namespace kvd
