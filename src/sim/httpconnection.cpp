// SPDX-License-Identifier: MIT
#include "sim/httpconnection.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QSslSocket>
#include <QTimer>
#include <QUrl>

#include <memory>

#include <QtEndian>

using namespace Qt::StringLiterals;

namespace kvd::sim {

namespace {
constexpr qint64 kMaxHeader = 64 * 1024;
constexpr qint64 kMaxBody = 16 * 1024 * 1024;
constexpr qint64 kDrainThreshold = 512 * 1024;
} // namespace

QByteArray HttpRequest::header(const QByteArray &name) const
{
    for (const auto &[k, v] : headers) {
        if (k.compare(name, Qt::CaseInsensitive) == 0)
            return v;
    }
    return {};
}

QList<QByteArray> HttpRequest::headerValues(const QByteArray &name) const
{
    QList<QByteArray> out;
    for (const auto &[k, v] : headers) {
        if (k.compare(name, Qt::CaseInsensitive) == 0)
            out.append(v);
    }
    return out;
}

HttpConnection::HttpConnection(QSslSocket *socket, QObject *parent) : QObject(parent), m_socket(socket)
{
    socket->setParent(this);
    connect(socket, &QSslSocket::readyRead, this, &HttpConnection::onReadyRead);
    connect(socket, &QSslSocket::disconnected, this, &HttpConnection::closed);
    connect(socket, &QSslSocket::bytesWritten, this, [this] {
        if (m_socket->bytesToWrite() < kDrainThreshold)
            Q_EMIT drained();
    });
}

HttpConnection::~HttpConnection() = default;

QByteArray HttpConnection::reasonPhrase(int status)
{
    switch (status) {
    case 101: return "Switching Protocols";
    case 200: return "OK";
    case 201: return "Created";
    case 202: return "Accepted";
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 403: return "Forbidden";
    case 404: return "Not Found";
    case 405: return "Method Not Allowed";
    case 406: return "Not Acceptable";
    case 409: return "Conflict";
    case 410: return "Gone";
    case 413: return "Request Entity Too Large";
    case 415: return "Unsupported Media Type";
    case 422: return "Unprocessable Entity";
    case 429: return "Too Many Requests";
    case 431: return "Request Header Fields Too Large";
    case 500: return "Internal Server Error";
    case 502: return "Bad Gateway";
    case 503: return "Service Unavailable";
    case 504: return "Gateway Timeout";
    default: return "Unknown";
    }
}

static QByteArray statusLine(int status, const HeaderList &headers)
{
    QByteArray out = "HTTP/1.1 " + QByteArray::number(status) + ' ' + HttpConnection::reasonPhrase(status) + "\r\n";
    for (const auto &[k, v] : headers)
        out += k + ": " + v + "\r\n";
    out += "Date: " + QDateTime::currentDateTimeUtc().toString(u"ddd, dd MMM yyyy HH:mm:ss 'GMT'"_s).toLatin1() + "\r\n";
    return out;
}

void HttpConnection::sendResponse(int status, const HeaderList &headers, const QByteArray &body)
{
    if (m_fault != Fault::None && sendFaultyResponse(status, headers, body))
        return;
    QByteArray out = statusLine(status, headers);
    out += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    if (!m_keepAlive)
        out += "Connection: close\r\n";
    out += "\r\n";
    m_socket->write(out);
    m_socket->write(body);
    finishResponse(m_keepAlive);
}

void HttpConnection::beginChunked(int status, const HeaderList &headers)
{
    QByteArray out = statusLine(status, headers);
    out += "Transfer-Encoding: chunked\r\n\r\n";
    m_socket->write(out);
    m_mode = Mode::Chunked;
    armStreamFault();
}

void HttpConnection::writeChunk(const QByteArray &data)
{
    if (data.isEmpty() || m_mode != Mode::Chunked)
        return;
    if (m_streamFault == Fault::MalformedJson) {
        m_streamFault = Fault::None;
        const QByteArray garbage = "{\"type\":\"ADDED\",\"object\":{\"kind\":<<garbage>>\n";
        m_socket->write(QByteArray::number(garbage.size(), 16) + "\r\n" + garbage + "\r\n");
    }
    if (m_streamFault == Fault::ResetMidBody || m_streamFault == Fault::TruncatedBody
        || m_streamFault == Fault::TruncatedChunked) {
        // Half of this chunk (a line cut in the middle), then the connection breaks.
        const QByteArray part = data.left(qMax<qsizetype>(1, data.size() / 2));
        m_socket->write(QByteArray::number(part.size(), 16) + "\r\n" + part + "\r\n");
        const Fault fault = std::exchange(m_streamFault, Fault::None);
        m_mode = Mode::Closing;
        if (fault == Fault::ResetMidBody)
            resetWhenFlushed();
        else
            m_socket->disconnectFromHost();
        return;
    }
    m_socket->write(QByteArray::number(data.size(), 16) + "\r\n" + data + "\r\n");
}

void HttpConnection::armStreamFault()
{
    m_streamFault = std::exchange(m_fault, Fault::None);
    if (m_streamFault == Fault::ResetMidBody || m_streamFault == Fault::TruncatedBody
        || m_streamFault == Fault::TruncatedChunked) {
        // A stream that has nothing to send (a quiet watch) still breaks, a moment after its start.
        QTimer::singleShot(300, this, [this] {
            if (m_streamFault == Fault::None || m_mode == Mode::Closing)
                return;
            m_streamFault = Fault::None;
            m_mode = Mode::Closing;
            resetWhenFlushed();
        });
    }
}

bool HttpConnection::sendFaultyResponse(int status, const HeaderList &headers, const QByteArray &body)
{
    // Only successful bodies are spoiled: an error Status is short and the fault is meant for data.
    if (status < 200 || status >= 300 || body.isEmpty())
        return false;
    const Fault fault = std::exchange(m_fault, Fault::None);
    const QByteArray half = body.left(body.size() / 2);
    switch (fault) {
    case Fault::None:
        return false;
    case Fault::MalformedJson: {
        // Same length, valid HTTP, broken JSON: a stray token where a value starts.
        QByteArray broken = half + "<<not json>>";
        QByteArray out = statusLine(status, headers);
        out += "Content-Length: " + QByteArray::number(broken.size()) + "\r\n\r\n";
        m_socket->write(out + broken);
        finishResponse(m_keepAlive);
        return true;
    }
    case Fault::TruncatedBody:
    case Fault::ResetMidBody: {
        QByteArray out = statusLine(status, headers);
        out += "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n";
        m_socket->write(out + half);
        m_mode = Mode::Closing;
        if (fault == Fault::ResetMidBody)
            resetWhenFlushed();
        else
            m_socket->disconnectFromHost();
        return true;
    }
    case Fault::TruncatedChunked: {
        QByteArray out = statusLine(status, headers);
        out += "Transfer-Encoding: chunked\r\n\r\n";
        out += QByteArray::number(half.size(), 16) + "\r\n" + half + "\r\n";
        m_socket->write(out);
        m_mode = Mode::Closing;
        m_socket->disconnectFromHost(); // no terminating 0-chunk
        return true;
    }
    }
    return false;
}

void HttpConnection::resetWhenFlushed()
{
    // abort() drops what is still buffered; wait until the partial response left the process
    // so the client sees headers and a cut body, not a reset before the response.
    auto *timer = new QTimer(this);
    timer->setInterval(5);
    auto deadline = std::make_shared<int>(400); // 2 s at most
    connect(timer, &QTimer::timeout, this, [this, timer, deadline] {
        if ((m_socket->bytesToWrite() > 0 || m_socket->encryptedBytesToWrite() > 0) && --*deadline > 0)
            return;
        timer->stop();
        timer->deleteLater();
        m_socket->abort();
    });
    timer->start();
}

void HttpConnection::endChunked()
{
    if (m_mode != Mode::Chunked)
        return;
    m_socket->write("0\r\n\r\n");
    finishResponse(m_keepAlive);
}

void HttpConnection::finishResponse(bool keepAlive)
{
    if (!keepAlive) {
        m_mode = Mode::Closing;
        m_socket->disconnectFromHost(); // flushes pending data first
        return;
    }
    m_mode = Mode::Request;
    if (!m_buffer.isEmpty())
        QMetaObject::invokeMethod(this, &HttpConnection::parseRequests, Qt::QueuedConnection);
}

void HttpConnection::acceptWebSocket(const QByteArray &key, const QByteArray &protocol)
{
    const QByteArray accept = QCryptographicHash::hash(QByteArray(key + "258EAFA5-E914-47DA-95CA-C5AB0DC85B11"), QCryptographicHash::Sha1).toBase64();
    QByteArray out = "HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Accept: " + accept + "\r\n";
    if (!protocol.isEmpty())
        out += "Sec-WebSocket-Protocol: " + protocol + "\r\n";
    out += "\r\n";
    m_socket->write(out);
    m_mode = Mode::WebSocket;
    armStreamFault();
    if (!m_buffer.isEmpty())
        QMetaObject::invokeMethod(this, &HttpConnection::parseFrames, Qt::QueuedConnection);
}

void HttpConnection::sendFrame(quint8 opcode, const QByteArray &payload)
{
    QByteArray header;
    header.append(char(0x80 | opcode));
    const qint64 n = payload.size();
    if (n < 126) {
        header.append(char(n));
    } else if (n < 65536) {
        header.append(char(126));
        header.append(char((n >> 8) & 0xff));
        header.append(char(n & 0xff));
    } else {
        header.append(char(127));
        for (int i = 7; i >= 0; --i)
            header.append(char((n >> (8 * i)) & 0xff));
    }
    m_socket->write(header + payload);
}

void HttpConnection::sendWebSocketBinary(const QByteArray &payload)
{
    if (m_mode != Mode::WebSocket)
        return;
    // The one-byte "ready" frame of an exec session passes; the first data frame breaks it.
    if ((m_streamFault == Fault::ResetMidBody || m_streamFault == Fault::TruncatedBody
         || m_streamFault == Fault::TruncatedChunked) && payload.size() > 1) {
        // The first frame goes out whole (the session is under way), then the connection breaks.
        sendFrame(0x2, payload);
        const Fault fault = std::exchange(m_streamFault, Fault::None);
        m_mode = Mode::Closing;
        if (fault == Fault::ResetMidBody)
            resetWhenFlushed();
        else
            m_socket->disconnectFromHost();
        return;
    }
    sendFrame(0x2, payload);
}

void HttpConnection::closeWebSocket(quint16 code)
{
    if (m_mode != Mode::WebSocket)
        return;
    QByteArray payload;
    payload.append(char(code >> 8));
    payload.append(char(code & 0xff));
    sendFrame(0x8, payload);
    // Wait for the client's close frame before closing TCP: closing with unread input makes the
    // kernel send a reset, and the client may then lose output it has not read yet.
    m_mode = Mode::WebSocketClosing;
    QTimer::singleShot(5000, this, [this] {
        if (m_mode == Mode::WebSocketClosing) {
            m_mode = Mode::Closing;
            m_socket->disconnectFromHost();
        }
    });
    if (!m_buffer.isEmpty())
        parseFrames();
}

qint64 HttpConnection::pendingBytes() const
{
    return m_socket->bytesToWrite();
}

void HttpConnection::abort()
{
    m_mode = Mode::Closing;
    m_socket->abort();
}

void HttpConnection::onReadyRead()
{
    m_buffer += m_socket->readAll();
    if (m_mode == Mode::Request)
        parseRequests();
    else if (m_mode == Mode::WebSocket || m_mode == Mode::WebSocketClosing)
        parseFrames();
    else if (m_mode == Mode::Chunked && m_buffer.size() > kMaxBody)
        m_buffer.clear(); // a streaming client has nothing to say; don't let it grow memory
}

void HttpConnection::parseRequests()
{
    while (m_mode == Mode::Request) {
        const qsizetype end = m_buffer.indexOf("\r\n\r\n");
        if (end < 0) {
            if (m_buffer.size() > kMaxHeader) {
                m_keepAlive = false;
                sendResponse(431, {{"Content-Type", "text/plain"}}, "Request Header Fields Too Large");
            }
            return;
        }
        const QList<QByteArray> lines = m_buffer.left(end).split('\n');
        const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
        HttpRequest req;
        if (first.size() != 3 || !first.at(2).startsWith("HTTP/1.")) {
            m_keepAlive = false;
            sendResponse(400, {{"Content-Type", "text/plain"}}, "Bad Request");
            return;
        }
        req.method = first.at(0);
        req.target = first.at(1);
        for (int i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines.at(i).trimmed();
            const qsizetype colon = line.indexOf(':');
            if (colon > 0)
                req.headers.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
        }
        qint64 length = 0;
        const QByteArray te = req.header("Transfer-Encoding").toLower();
        qsizetype consumed = end + 4;
        if (te.contains("chunked")) {
            // Rare for API clients; decode fully buffered chunked bodies.
            QByteArray body;
            qsizetype pos = consumed;
            bool complete = false;
            while (true) {
                const qsizetype lineEnd = m_buffer.indexOf("\r\n", pos);
                if (lineEnd < 0)
                    break;
                bool ok = false;
                const qint64 size = m_buffer.mid(pos, lineEnd - pos).split(';').value(0).trimmed().toLongLong(&ok, 16);
                if (!ok) {
                    m_keepAlive = false;
                    sendResponse(400, {{"Content-Type", "text/plain"}}, "Bad chunked encoding");
                    return;
                }
                if (size == 0) {
                    const qsizetype trailerEnd = m_buffer.indexOf("\r\n", lineEnd + 2);
                    if (trailerEnd < 0)
                        break;
                    consumed = trailerEnd + 2;
                    complete = true;
                    break;
                }
                if (m_buffer.size() < lineEnd + 2 + size + 2)
                    break;
                body += m_buffer.mid(lineEnd + 2, size);
                pos = lineEnd + 2 + size + 2;
            }
            if (!complete)
                return;
            req.body = body;
        } else {
            length = req.header("Content-Length").toLongLong();
            if (length < 0 || length > kMaxBody) {
                m_keepAlive = false;
                sendResponse(413, {{"Content-Type", "text/plain"}}, "Request Entity Too Large");
                return;
            }
            if (m_buffer.size() < consumed + length)
                return;
            req.body = m_buffer.mid(consumed, length);
            consumed += length;
        }
        m_buffer.remove(0, consumed);
        const QByteArray connection = req.header("Connection").toLower();
        m_keepAlive = !connection.contains("close") && first.at(2) == "HTTP/1.1";
        const QUrl url = QUrl::fromEncoded(req.target);
        req.path = url.path(QUrl::FullyDecoded);
        // Go clients encode spaces in query values as '+' (form encoding); a literal '+' arrives as %2B.
        req.query = QUrlQuery(url.query(QUrl::FullyEncoded).replace(u'+', u"%20"_s));
        m_mode = Mode::Busy;
        Q_EMIT requestReceived(req);
    }
}

void HttpConnection::parseFrames()
{
    while ((m_mode == Mode::WebSocket || m_mode == Mode::WebSocketClosing) && m_buffer.size() >= 2) {
        const quint8 b0 = quint8(m_buffer.at(0));
        const quint8 b1 = quint8(m_buffer.at(1));
        const bool fin = b0 & 0x80;
        const quint8 opcode = b0 & 0x0f;
        const bool masked = b1 & 0x80;
        qint64 len = b1 & 0x7f;
        qsizetype pos = 2;
        if (len == 126) {
            if (m_buffer.size() < 4)
                return;
            len = (quint8(m_buffer.at(2)) << 8) | quint8(m_buffer.at(3));
            pos = 4;
        } else if (len == 127) {
            if (m_buffer.size() < 10)
                return;
            len = 0;
            for (int i = 0; i < 8; ++i)
                len = (len << 8) | quint8(m_buffer.at(2 + i));
            pos = 10;
        }
        if (len > kMaxBody) {
            closeWebSocket(1009);
            return;
        }
        QByteArray mask;
        if (masked) {
            if (m_buffer.size() < pos + 4)
                return;
            mask = m_buffer.mid(pos, 4);
            pos += 4;
        }
        if (m_buffer.size() < pos + len)
            return;
        QByteArray payload = m_buffer.mid(pos, len);
        m_buffer.remove(0, pos + len);
        if (masked) {
            for (qsizetype i = 0; i < payload.size(); ++i)
                payload[i] = char(payload.at(i) ^ mask.at(i % 4));
        }
        switch (opcode) {
        case 0x0: // continuation
            m_fragment += payload;
            if (fin) {
                Q_EMIT webSocketMessage(m_fragment, m_fragmentOpcode == 0x2);
                m_fragment.clear();
            }
            break;
        case 0x1:
        case 0x2:
            if (m_mode != Mode::WebSocket)
                break;
            if (fin) {
                Q_EMIT webSocketMessage(payload, opcode == 0x2);
            } else {
                m_fragment = payload;
                m_fragmentOpcode = opcode;
            }
            break;
        case 0x8: {
            // Echo the close (unless this answers ours) and end the connection.
            if (m_mode == Mode::WebSocket)
                sendFrame(0x8, payload.left(2));
            m_mode = Mode::Closing;
            Q_EMIT webSocketClosed();
            m_socket->disconnectFromHost();
            return;
        }
        case 0x9:
            if (m_mode == Mode::WebSocket)
                sendFrame(0xA, payload);
            break;
        default:
            break;
        }
    }
}

} // namespace kvd::sim
