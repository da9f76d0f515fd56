// SPDX-License-Identifier: MIT
// bench_logs FILE REGEX: opens FILE in the log model and the painted view as the Logs page does and
// prints, one "key value" per line: time to first screen, indexing time, regex search time and
// matches, worst and mean frame time while scrolling, peak RSS, index memory.
#include "models/logmodel.h"
#include "widgets/logview.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QRandomGenerator>
#include <QScrollBar>
#include <QTextStream>
#include <QTimer>

#ifdef Q_OS_UNIX
#include <time.h>
#endif

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

// CPU time of this thread: frame costs apart from the time other processes took the CPU away
double threadCpuMs()
{
#ifdef Q_OS_UNIX
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
#else
    return 0;
#endif
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

    // Scrolling: random jumps (a drag of the scroll bar), then page steps and wheel steps from
    // each. A frame is one synchronous repaint; between frames the event loop turns once, as it
    // does between input events, and takes the rows the view's worker thread prepared meanwhile.
    // That turn blocks the GUI thread too, so it is reported (idle_slice_worst_ms), and after a
    // jump the time until every visible row is painted highlighted. Rows not prepared yet are
    // painted as placeholders: frames that had some are counted (frames_with_placeholders), and a
    // second pass pages at 60 Hz (a frame every 16 ms) to show whether the worker keeps up.
    QRandomGenerator rng(1);
    std::vector<double> kindWorst(4, 0.0), kindTotal(4, 0.0);
    std::vector<int> kindFrames(4, 0);
    double cpuWorstMs = 0, cpuTotalMs = 0;
    std::vector<std::pair<double, int>> all;
    double idleWorstMs = 0, highlightedWorstMs = 0, highlightedTotalMs = 0;
    int plainJumpFrames = 0;
    auto idle = [&] {
        QElapsedTimer t;
        t.start();
        QCoreApplication::processEvents();
        idleWorstMs = std::max(idleWorstMs, t.nsecsElapsed() / 1e6);
    };
    int placeholderFrames = 0;
    // waits (without spinning: the worker needs the other core) until the screen's rows arrived
    auto waitForRows = [&](int timeoutMs) {
        if (view.visibleRowsReady())
            return;
        QEventLoop loop;
        QObject::connect(&view, &LogView::rowsReady, &loop, &QEventLoop::quit);
        QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
        loop.exec();
    };
    auto frame = [&](int kind) {
        QElapsedTimer t;
        t.start();
        const double cpu0 = threadCpuMs();
        view.viewport()->repaint();
        const double ms = t.nsecsElapsed() / 1e6;
        const double cpu = threadCpuMs() - cpu0;
        if (kind == 3) { // the same screen again: the cost of drawing prepared rows alone
            kindWorst[3] = std::max(kindWorst[3], ms);
            kindTotal[3] += ms;
            ++kindFrames[3];
            return;
        }
        if (view.plainRowsPainted() > 0)
            ++placeholderFrames;
        cpuWorstMs = std::max(cpuWorstMs, cpu);
        cpuTotalMs += cpu;
        kindWorst[size_t(kind)] = std::max(kindWorst[size_t(kind)], ms);
        kindTotal[size_t(kind)] += ms;
        ++kindFrames[size_t(kind)];
        all.push_back({ms, kind});
    };
    QScrollBar *bar = view.verticalScrollBar();
    for (int jump = 0; jump < 20; ++jump) {
        idle();
        bar->setValue(int(rng.bounded(bar->maximum() + 1)));
        QElapsedTimer sinceJump;
        sinceJump.start();
        frame(0);
        if (view.plainRowsPainted() > 0)
            ++plainJumpFrames;
        while (view.plainRowsPainted() > 0) {
            waitForRows(1000);
            view.viewport()->repaint(); // what the update after the rows arrived paints
        }
        const double highlightedMs = sinceJump.nsecsElapsed() / 1e6;
        highlightedWorstMs = std::max(highlightedWorstMs, highlightedMs);
        highlightedTotalMs += highlightedMs;
        for (int step = 0; step < 20; ++step) {
            idle();
            bar->setValue(bar->value() + bar->pageStep());
            frame(1);
        }
        for (int step = 0; step < 20; ++step) {
            idle();
            bar->setValue(bar->value() + 3); // wheel
            frame(2);
        }
        frame(3);
    }
    // paging at 60 Hz from 10 random places: frames with rows not prepared in time
    int pacedFrames = 0, pacedPlaceholderFrames = 0, pacedPlaceholderRows = 0;
    for (int jump = 0; jump < 10; ++jump) {
        bar->setValue(int(rng.bounded(bar->maximum() + 1)));
        view.viewport()->repaint();
        while (view.plainRowsPainted() > 0) {
            waitForRows(1000);
            view.viewport()->repaint();
        }
        for (int step = 0; step < 20; ++step) {
            QElapsedTimer vsync;
            vsync.start();
            while (vsync.elapsed() < 16) {
                QEventLoop loop;
                QTimer::singleShot(int(16 - vsync.elapsed()), &loop, &QEventLoop::quit);
                loop.exec();
            }
            bar->setValue(bar->value() + bar->pageStep());
            view.viewport()->repaint();
            ++pacedFrames;
            if (view.plainRowsPainted() > 0) {
                ++pacedPlaceholderFrames;
                pacedPlaceholderRows += view.plainRowsPainted();
            }
        }
    }
    std::sort(all.begin(), all.end(), std::greater<>());
    double worstMs = all.front().first, totalMs = 0;
    for (const auto &f : all)
        totalMs += f.first;
    out << "frames " << all.size() << '\n';
    out << "frame_worst_ms " << worstMs << '\n';
    out << "frame_mean_ms " << totalMs / double(all.size()) << '\n';
    out << "frame_p99_ms " << all[all.size() / 100].first << '\n';
    out << "frame_cpu_worst_ms " << cpuWorstMs << '\n';
    out << "frame_cpu_mean_ms " << cpuTotalMs / double(all.size()) << '\n';
    const char *kinds[] = {"jump", "page", "wheel", "unchanged"};
    for (int k = 0; k < 4; ++k) {
        out << "frame_" << kinds[k] << "_worst_ms " << kindWorst[size_t(k)] << '\n';
        out << "frame_" << kinds[k] << "_mean_ms " << kindTotal[size_t(k)] / kindFrames[size_t(k)] << '\n';
    }
    out << "idle_slice_worst_ms " << idleWorstMs << '\n';
    out << "frames_with_placeholders " << placeholderFrames << '\n';
    out << "paced_page_frames " << pacedFrames << '\n';
    out << "paced_page_frames_with_placeholders " << pacedPlaceholderFrames << '\n';
    out << "paced_page_placeholder_rows " << pacedPlaceholderRows << '\n';
    out << "rows_per_screen " << view.visibleRowCapacity() << '\n';
    out << "jump_frames_partly_plain " << plainJumpFrames << '\n';
    out << "jump_to_highlighted_worst_ms " << highlightedWorstMs << '\n';
    out << "jump_to_highlighted_mean_ms " << highlightedTotalMs / 20 << '\n';
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
    out << "search_accelerated " << (model.lastSearchAccelerated() ? 1 : 0) << '\n';
    out.flush();
    // the same search without the multi-pattern engine (QRegularExpression on every line)
    const std::vector<qint64> acceleratedMatches = model.matchRows();
    model.setAcceleratedSearch(false);
    model.setFilter({});
    finished = 0;
    timer.restart();
    model.setFilter(filter);
    if (!waitFor([&] { return finished > 0; }, 3600000))
        return 1;
    out << "search_regexonly_s " << timer.nsecsElapsed() / 1e9 << '\n';
    out << "search_same_matches " << (model.matchRows() == acceleratedMatches ? 1 : 0) << '\n';
    out << "peak_rss_bytes " << peakRssBytes() << '\n';
    out << "rss_before_open_bytes " << rssBefore << '\n';
    return 0;
}
