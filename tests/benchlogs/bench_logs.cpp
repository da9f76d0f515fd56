// SPDX-License-Identifier: MIT
// bench_logs FILE REGEX: opens FILE in the log model and the painted view as the Logs page does and
// prints, one "key value" per line: time to first screen, indexing time, regex search time and
// matches, worst and mean frame time while scrolling, peak RSS, index memory.
#include "models/logmodel.h"
#include "widgets/logview.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QScrollBar>
#include <QTextStream>

using namespace kvd;

namespace {
qint64 peakRssBytes()
{
#ifdef Q_OS_LINUX
    QFile status(QStringLiteral("/proc/self/status"));
    if (status.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : status.readAll().split('\n')) {
            if (line.startsWith("VmHWM:"))
                return line.mid(6).trimmed().split(' ').first().toLongLong() * 1024;
        }
    }
#endif
    return -1;
}

bool waitFor(const std::function<bool()> &condition, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (!condition()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    }
    return true;
}
}

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QTextStream out(stdout);
    if (argc < 3) {
        out << "usage: bench_logs FILE REGEX\n";
        return 2;
    }
    const QString path = QString::fromLocal8Bit(argv[1]);
    const QString regex = QString::fromLocal8Bit(argv[2]);
    const qint64 rssBefore = peakRssBytes();

    LogModel model;
    LogView view;
    view.resize(1400, 900);
    view.setModel(&model);
    view.show();

    QElapsedTimer timer;
    timer.start();
    auto *doc = new FileLogDocument(path);
    if (!doc->open()) {
        out << "error " << doc->errorString() << '\n';
        return 1;
    }
    model.addDocument(doc, QStringLiteral("bench"));
    if (!waitFor([&] { return model.rowCount() >= view.visibleRowCapacity() || doc->isComplete(); }, 600000))
        return 1;
    view.viewport()->repaint();
    const qint64 firstScreenNs = timer.nsecsElapsed();
    if (!waitFor([&] { return doc->isComplete(); }, 3600000))
        return 1;
    const qint64 indexNs = timer.nsecsElapsed();
    out << "file_bytes " << doc->byteSize() << '\n';
    out << "lines " << doc->lineCount() << '\n';
    out << "first_screen_ms " << firstScreenNs / 1e6 << '\n';
    out << "index_s " << indexNs / 1e9 << '\n';
    out << "index_memory_bytes " << doc->indexMemoryBytes() << '\n';
    out.flush();

    // scrolling: page steps from several places, random jumps, drags of the scroll bar
    QRandomGenerator rng(1);
    double worstMs = 0, totalMs = 0;
    int frames = 0;
    auto frame = [&] {
        QElapsedTimer t;
        t.start();
        view.viewport()->repaint();
        const double ms = t.nsecsElapsed() / 1e6;
        worstMs = std::max(worstMs, ms);
        totalMs += ms;
        ++frames;
    };
    QScrollBar *bar = view.verticalScrollBar();
    for (int jump = 0; jump < 20; ++jump) {
        bar->setValue(int(rng.bounded(bar->maximum() + 1)));
        frame();
        for (int step = 0; step < 20; ++step) {
            bar->setValue(bar->value() + bar->pageStep());
            frame();
        }
        for (int step = 0; step < 20; ++step) {
            bar->setValue(bar->value() + 3); // wheel
            frame();
        }
    }
    out << "frames " << frames << '\n';
    out << "frame_worst_ms " << worstMs << '\n';
    out << "frame_mean_ms " << totalMs / frames << '\n';
    out.flush();

    LogFilter filter;
    filter.pattern = regex;
    filter.regex = true;
    filter.caseSensitive = true;
    int finished = 0;
    QObject::connect(&model, &LogModel::filterFinished, &app, [&finished] { ++finished; });
    timer.restart();
    model.setFilter(filter);
    if (!waitFor([&] { return finished > 0; }, 3600000))
        return 1;
    out << "search_s " << timer.nsecsElapsed() / 1e9 << '\n';
    out << "search_matches " << model.matchRows().size() << '\n';
    out << "peak_rss_bytes " << peakRssBytes() << '\n';
    out << "rss_before_open_bytes " << rssBefore << '\n';
    return 0;
}
