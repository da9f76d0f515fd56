// SPDX-License-Identifier: MIT
#pragma once

// HTTP/1.1 on one TLS socket (keep-alive, Content-Length and chunked responses) and the server
// side of RFC 6455 WebSocket framing after an upgrade.

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPair>
#include <QString>
#include <QUrlQuery>

class QSslSocket;

namespace kvd::sim {

struct HttpRequest
{
    QByteArray method;
    QByteArray target;
    QString path; // decoded
    QUrlQuery query;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    QByteArray header(const QByteArray &name) const;
    QList<QByteArray> headerValues(const QByteArray &name) const;
};

using HeaderList = QList<QPair<QByteArray, QByteArray>>;

class HttpConnection : public QObject
{
    Q_OBJECT

public:
    explicit HttpConnection(QSslSocket *socket, QObject *parent = nullptr);
    ~HttpConnection() override;

    QSslSocket *socket() const { return m_socket; }

    // Fault injection: spoils the next response on this connection (a plain body, a chunked
    // stream or a WebSocket session), see FaultSpec.
    enum class Fault { None, ResetMidBody, TruncatedBody, TruncatedChunked, MalformedJson };
    void setNextResponseFault(Fault fault) { m_fault = fault; }

    void sendResponse(int status, const HeaderList &headers, const QByteArray &body);
    void beginChunked(int status, const HeaderList &headers);
    void writeChunk(const QByteArray &data);
    void endChunked();
    bool isStreaming() const { return m_mode == Mode::Chunked; }

    void acceptWebSocket(const QByteArray &key, const QByteArray &protocol);
    void sendWebSocketBinary(const QByteArray &payload);
    void closeWebSocket(quint16 code = 1000);

    qint64 pendingBytes() const;
    void abort();

    static QByteArray reasonPhrase(int status);

Q_SIGNALS:
    void requestReceived(const kvd::sim::HttpRequest &request);
    void webSocketMessage(const QByteArray &payload, bool binary);
    void webSocketClosed();
    void drained(); // the write buffer fell below the streaming threshold
    void closed();

private:
    enum class Mode { Request, Busy, Chunked, WebSocket, WebSocketClosing, Closing };
    void onReadyRead();
    void parseRequests();
    void parseFrames();
    void sendFrame(quint8 opcode, const QByteArray &payload);
    void finishResponse(bool keepAlive);
    bool sendFaultyResponse(int status, const HeaderList &headers, const QByteArray &body);
    void resetWhenFlushed();
    void armStreamFault();

    QSslSocket *m_socket;
    QByteArray m_buffer;
    Mode m_mode = Mode::Request;
    bool m_keepAlive = true;
    QByteArray m_fragment;
    quint8 m_fragmentOpcode = 0;
    Fault m_fault = Fault::None;
    Fault m_streamFault = Fault::None; // armed for the stream that started
};

} // namespace kvd::sim
