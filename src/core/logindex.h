// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QFile>
#include <QObject>
#include <QString>

#include <atomic>
#include <memory>
#include <vector>

class QThread;

namespace kvd {

// Line end offsets (exclusive, past the '\n') of a text, 4 bytes a line: blocks of 4096 lines hold
// a 64-bit base and 32-bit deltas; a block whose lines span more than 4 GiB keeps 64-bit values.
class LineOffsets
{
public:
    void append(qint64 end);
    qint64 size() const { return m_size; }
    qint64 at(qint64 index) const;
    qint64 last() const { return m_size ? at(m_size - 1) : 0; }
    void clear();
    qint64 memoryBytes() const;

private:
    static constexpr qint64 kBlock = 4096;
    struct Block
    {
        qint64 base = 0;
        std::vector<quint32> deltas;
        std::vector<qint64> wide; // used instead of deltas once a delta does not fit
    };
    std::vector<Block> m_blocks;
    qint64 m_size = 0;
};

// Reads the lines of a document from start to a line count fixed at creation; usable from any
// thread (it holds its own file handle or a shared copy of the data).
class LogLineScanner
{
public:
    virtual ~LogLineScanner() = default;
    // The next line without its '\n' (a CR stays); false at the end. The view is valid until the next call.
    virtual bool next(QByteArrayView *line) = 0;
    virtual qint64 bytesRead() const = 0;
};

// A log text as numbered lines: a file indexed in the background or a buffer that grows (a
// streamed container log). Lines are fetched on demand; only their offsets stay in memory.
class LogDocument : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    virtual qint64 lineCount() const = 0;
    // Raw bytes of a line without the line break ('\n' and a CR before it removed).
    virtual QByteArray lineBytes(qint64 line) = 0;
    // Raw bytes of lines [first, first+count) in one read, line breaks removed.
    virtual QList<QByteArray> lines(qint64 first, qint64 count);
    virtual std::unique_ptr<LogLineScanner> scanner() const = 0;
    // True when every line is known (indexing ended, or the stream ended).
    virtual bool isComplete() const = 0;
    virtual qint64 byteSize() const = 0;
    QString name() const { return m_name; }
    void setName(const QString &name) { m_name = name; }
    QString errorString() const { return m_error; }
    // The year klog's MMDD time stamps are read in.
    int referenceYear() const { return m_year; }
    void setReferenceYear(int year) { m_year = year; }

Q_SIGNALS:
    void linesAdded(qint64 lineCount);
    void progress(qint64 bytesDone, qint64 bytesTotal);
    void completed();
    void failed(const QString &message);

protected:
    QString m_error;

private:
    QString m_name;
    int m_year = 0;
};

class FileLogDocument : public LogDocument
{
    Q_OBJECT
public:
    explicit FileLogDocument(const QString &path, QObject *parent = nullptr);
    ~FileLogDocument() override;

    // Starts indexing in a background thread; false (with errorString()) when the file cannot be read.
    bool open();
    void cancel();
    QString path() const { return m_path; }

    qint64 lineCount() const override { return m_ends.size(); }
    QByteArray lineBytes(qint64 line) override;
    QList<QByteArray> lines(qint64 first, qint64 count) override;
    std::unique_ptr<LogLineScanner> scanner() const override;
    bool isComplete() const override { return m_complete; }
    qint64 byteSize() const override { return m_size; }
    const LineOffsets &offsets() const { return m_ends; }
    qint64 indexMemoryBytes() const { return m_ends.memoryBytes(); }

private:
    void addBatch(const QList<qint64> &ends, qint64 bytesDone, bool last);
    QByteArray readRange(qint64 from, qint64 to);

    QString m_path;
    QFile m_file;
    qint64 m_size = 0;
    LineOffsets m_ends;
    bool m_complete = false;
    QThread *m_thread = nullptr;
    std::shared_ptr<std::atomic_bool> m_cancel = std::make_shared<std::atomic_bool>(false);
    // A window of the file kept from the last read: the viewport asks for neighbouring lines.
    QByteArray m_window;
    qint64 m_windowStart = -1;
};

class BufferLogDocument : public LogDocument
{
    Q_OBJECT
public:
    using LogDocument::LogDocument;
    // Appends streamed bytes; complete lines become visible at once, a partial last line waits.
    void append(QByteArrayView data);
    // The stream ended: a last line without '\n' counts too.
    void finish();
    qint64 lineCount() const override { return qint64(m_ends.size()); }
    QByteArray lineBytes(qint64 line) override;
    std::unique_ptr<LogLineScanner> scanner() const override;
    bool isComplete() const override { return m_finished; }
    qint64 byteSize() const override { return m_data.size(); }
    QByteArray data() const { return m_data; }

private:
    QByteArray m_data;
    std::vector<qint64> m_ends;
    bool m_finished = false;
};

// Strips "\n" and a CR before it from a raw line.
QByteArrayView chopLineBreak(QByteArrayView line);

} // namespace kvd
