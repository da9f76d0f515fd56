// SPDX-License-Identifier: MIT
#include "core/logindex.h"

#include "core/coretr.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QThread>

#include <cstring>

namespace kvd {

QByteArrayView chopLineBreak(QByteArrayView line)
{
    if (line.endsWith('\n'))
        line.chop(1);
    if (line.endsWith('\r'))
        line.chop(1);
    return line;
}

// --- LineOffsets ---

void LineOffsets::append(qint64 end)
{
    if (m_size % kBlock == 0) {
        Block block;
        block.base = m_size ? last() : 0;
        block.deltas.reserve(kBlock);
        m_blocks.push_back(std::move(block));
    }
    Block &block = m_blocks.back();
    const qint64 delta = end - block.base;
    if (block.wide.empty() && delta >= 0 && delta <= qint64(std::numeric_limits<quint32>::max())) {
        block.deltas.push_back(quint32(delta));
    } else {
        if (block.wide.empty()) {
            block.wide.reserve(kBlock);
            for (quint32 d : block.deltas)
                block.wide.push_back(block.base + d);
            block.deltas = {};
        }
        block.wide.push_back(end);
    }
    ++m_size;
}

qint64 LineOffsets::at(qint64 index) const
{
    const Block &block = m_blocks[size_t(index / kBlock)];
    const size_t i = size_t(index % kBlock);
    return block.wide.empty() ? block.base + block.deltas[i] : block.wide[i];
}

void LineOffsets::clear()
{
    m_blocks.clear();
    m_size = 0;
}

qint64 LineOffsets::memoryBytes() const
{
    qint64 bytes = 0;
    for (const Block &block : m_blocks)
        bytes += qint64(sizeof(Block) + block.deltas.capacity() * sizeof(quint32) + block.wide.capacity() * sizeof(qint64));
    return bytes;
}

// --- LogDocument ---

QList<QByteArray> LogDocument::lines(qint64 first, qint64 count)
{
    QList<QByteArray> result;
    const qint64 end = std::min(lineCount(), first + count);
    for (qint64 i = std::max<qint64>(0, first); i < end; ++i)
        result.append(lineBytes(i));
    return result;
}

// --- scanners ---

namespace {

class FileScanner : public LogLineScanner
{
public:
    FileScanner(const QString &path, qint64 endOffset)
        : m_file(path)
        , m_end(endOffset)
    {
        if (!m_file.open(QIODevice::ReadOnly))
            m_end = 0;
    }
    bool next(QByteArrayView *line) override
    {
        for (;;) {
            const qsizetype nl = m_pos < m_buffer.size() ? m_buffer.indexOf('\n', m_pos) : -1;
            if (nl >= 0) {
                *line = chopLineBreak(QByteArrayView(m_buffer).sliced(m_pos, nl - m_pos));
                m_pos = nl + 1;
                return true;
            }
            if (m_read >= m_end) {
                if (m_pos < m_buffer.size()) { // a last line without '\n'
                    *line = chopLineBreak(QByteArrayView(m_buffer).sliced(m_pos));
                    m_pos = m_buffer.size();
                    return true;
                }
                return false;
            }
            m_buffer.remove(0, m_pos);
            m_pos = 0;
            const qint64 want = std::min<qint64>(kChunk, m_end - m_read);
            const qsizetype old = m_buffer.size();
            m_buffer.resize(old + want);
            const qint64 got = m_file.read(m_buffer.data() + old, want);
            if (got <= 0) {
                m_buffer.resize(old);
                m_end = m_read; // the file shrank: end here
                continue;
            }
            m_buffer.resize(old + got);
            m_read += got;
        }
    }
    qint64 bytesRead() const override { return m_read; }

private:
    static constexpr qint64 kChunk = 4 << 20;
    QFile m_file;
    qint64 m_end = 0;
    qint64 m_read = 0;
    QByteArray m_buffer;
    qsizetype m_pos = 0;
};

class BufferScanner : public LogLineScanner
{
public:
    BufferScanner(const QByteArray &data, qint64 end)
        : m_data(data)
        , m_end(end)
    {
    }
    bool next(QByteArrayView *line) override
    {
        if (m_pos >= m_end)
            return false;
        qsizetype nl = m_data.indexOf('\n', m_pos);
        if (nl < 0 || nl >= m_end)
            nl = m_end;
        *line = chopLineBreak(QByteArrayView(m_data).sliced(m_pos, nl - m_pos));
        m_pos = nl + 1;
        return true;
    }
    qint64 bytesRead() const override { return m_pos; }

private:
    QByteArray m_data; // implicitly shared copy
    qint64 m_end;
    qint64 m_pos = 0;
};

} // namespace

// --- FileLogDocument ---

FileLogDocument::FileLogDocument(const QString &path, QObject *parent)
    : LogDocument(parent)
    , m_path(path)
    , m_file(path)
{
    setName(path);
}

FileLogDocument::~FileLogDocument()
{
    cancel();
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

void FileLogDocument::cancel()
{
    m_cancel->store(true);
}

bool FileLogDocument::open()
{
    if (!m_file.open(QIODevice::ReadOnly)) {
        m_error = CoreTr::tr("Cannot open %1: %2").arg(m_path, m_file.errorString());
        return false;
    }
    m_size = m_file.size();
    const QString path = m_path;
    const qint64 size = m_size;
    auto cancel = m_cancel;
    QPointer<FileLogDocument> self(this);
    // The worker reads with its own handle and hands over batches of offsets: the GUI thread
    // owns the index, so views read it without locks, and the first screen shows at once.
    m_thread = QThread::create([path, size, cancel, self]() {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            const QString message = CoreTr::tr("Cannot open %1: %2").arg(path, file.errorString());
            QMetaObject::invokeMethod(self, [self, message] {
                if (self) {
                    self->m_error = message;
                    Q_EMIT self->failed(message);
                }
            }, Qt::QueuedConnection);
            return;
        }
        constexpr qint64 kChunk = 1 << 20;
        QByteArray buffer(kChunk, Qt::Uninitialized);
        QList<qint64> batch;
        qint64 offset = 0;
        QElapsedTimer timer;
        timer.start();
        qint64 firstBatchLines = 2000; // a first screen quickly, then bigger batches
        auto flush = [&](bool last) {
            QMetaObject::invokeMethod(self, [self, b = std::move(batch), offset, last] {
                if (self)
                    self->addBatch(b, offset, last);
            }, Qt::QueuedConnection);
            batch = {};
            timer.restart();
        };
        while (offset < size && !cancel->load()) {
            const qint64 got = file.read(buffer.data(), std::min(kChunk, size - offset));
            if (got <= 0)
                break;
            const char *data = buffer.constData();
            const char *p = data;
            const char *end = data + got;
            while (p < end) {
                const void *nl = std::memchr(p, '\n', size_t(end - p));
                if (!nl)
                    break;
                p = static_cast<const char *>(nl) + 1;
                batch.append(offset + (p - data));
            }
            offset += got;
            if (batch.size() >= firstBatchLines || timer.elapsed() > 100) {
                firstBatchLines = 1 << 20;
                flush(false);
            }
        }
        if (cancel->load())
            return;
        if (offset > 0 && (batch.isEmpty() ? true : batch.last() != offset)) {
            // a last line without '\n' (unless the previous batches ended exactly there)
            batch.append(-offset); // marked: added only if not already the last end
        }
        flush(true);
    });
    m_thread->start();
    return true;
}

void FileLogDocument::addBatch(const QList<qint64> &ends, qint64 bytesDone, bool last)
{
    const qint64 before = m_ends.size();
    for (qint64 end : ends) {
        if (end < 0) {
            if (m_ends.last() != -end)
                m_ends.append(-end);
        } else {
            m_ends.append(end);
        }
    }
    if (last)
        m_complete = true;
    if (m_ends.size() != before)
        Q_EMIT linesAdded(m_ends.size());
    Q_EMIT progress(bytesDone, m_size);
    if (last)
        Q_EMIT completed();
}

QByteArray FileLogDocument::readRange(qint64 from, qint64 to)
{
    constexpr qint64 kWindow = 256 << 10;
    if (m_windowStart >= 0 && from >= m_windowStart && to <= m_windowStart + m_window.size())
        return m_window.mid(from - m_windowStart, to - from);
    if (to - from > kWindow) { // a huge line: read it directly, do not keep it
        m_file.seek(from);
        return m_file.read(to - from);
    }
    m_file.seek(from);
    m_window = m_file.read(std::max(kWindow, to - from));
    m_windowStart = from;
    return m_window.left(to - from);
}

QByteArray FileLogDocument::lineBytes(qint64 line)
{
    if (line < 0 || line >= m_ends.size())
        return {};
    const qint64 from = line ? m_ends.at(line - 1) : 0;
    const qint64 to = m_ends.at(line);
    QByteArray bytes = readRange(from, to);
    const qsizetype keep = chopLineBreak(bytes).size();
    bytes.truncate(keep);
    return bytes;
}

QList<QByteArray> FileLogDocument::lines(qint64 first, qint64 count)
{
    QList<QByteArray> result;
    const qint64 end = std::min(lineCount(), first + count);
    for (qint64 i = std::max<qint64>(0, first); i < end; ++i)
        result.append(lineBytes(i));
    return result;
}

std::unique_ptr<LogLineScanner> FileLogDocument::scanner() const
{
    return std::make_unique<FileScanner>(m_path, m_ends.size() ? m_ends.last() : 0);
}

// --- BufferLogDocument ---

void BufferLogDocument::append(QByteArrayView data)
{
    if (data.isEmpty())
        return;
    const qsizetype old = m_data.size();
    m_data.append(data);
    qsizetype from = old;
    const qsizetype before = qsizetype(m_ends.size());
    for (;;) {
        const qsizetype nl = m_data.indexOf('\n', from);
        if (nl < 0)
            break;
        m_ends.push_back(nl + 1);
        from = nl + 1;
    }
    if (qsizetype(m_ends.size()) != before)
        Q_EMIT linesAdded(lineCount());
    Q_EMIT progress(m_data.size(), m_data.size());
}

void BufferLogDocument::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    const qint64 lastEnd = m_ends.empty() ? 0 : m_ends.back();
    if (m_data.size() > lastEnd) {
        m_ends.push_back(m_data.size());
        Q_EMIT linesAdded(lineCount());
    }
    Q_EMIT completed();
}

QByteArray BufferLogDocument::lineBytes(qint64 line)
{
    if (line < 0 || line >= lineCount())
        return {};
    const qint64 from = line ? m_ends[size_t(line - 1)] : 0;
    return chopLineBreak(QByteArrayView(m_data).sliced(from, m_ends[size_t(line)] - from)).toByteArray();
}

std::unique_ptr<LogLineScanner> BufferLogDocument::scanner() const
{
    return std::make_unique<BufferScanner>(m_data, m_ends.empty() ? 0 : m_ends.back());
}

} // namespace kvd
