// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QObject>
#include <QTcpServer>

#include <functional>

class QTcpSocket;
class QTimer;

namespace imali {

/** Limits QHttpServer 6.4 lacks (qt64-notes.md §1.5–1.6), enforced per connection. */
struct HttpLimits {
    int maxConnections = 512;
    qint64 maxBodyBytes = 64 * 1024;
    qint64 maxHeaderBytes = 16 * 1024;
    int maxHeaderFields = 64;
    int requestDeadlineMs = 10000; ///< from a request's first byte to its answer
    int idleTimeoutMs = 30000;     ///< between requests on a kept-alive connection
};

/** A request head the guard let through, for the step-0 flood check. */
struct RequestHead {
    QByteArray method;
    QByteArray path;
    QHostAddress peer;
    QByteArray forwardedFor;
};

/**
 * Watches one client socket before QHttpServer reads it. Its readyRead slot
 * is connected first, so at the start of every request it sees the raw head
 * and refuses, before any body is buffered, what QHttpServer 6.4 would
 * mishandle: oversized heads and bodies (413/431), malformed or smuggling
 * shapes (400: a header line without a colon, a duplicate, negative or
 * non-numeric Content-Length, any Transfer-Encoding), and throttled senders
 * (429). It also aborts requests that trickle past their deadline and
 * connections idle too long. The route handler calls requestAnswered() so
 * the next bytes are checked as a new request.
 */
class ConnectionGuard : public QObject
{
    Q_OBJECT

public:
    /// What the listener decides at the door: admit() returns a status to refuse with (0 lets the
    /// request through), once per request head; refused() hears of every refusal the guard makes.
    struct Hooks {
        std::function<int(const RequestHead&)> admit;
        std::function<void(const RequestHead&, int status, const QByteArray& reason)> refused;
    };

    ConnectionGuard(QTcpSocket* socket, const HttpLimits& limits, Hooks hooks);
    /// The guard attached to \a socket (by the listener's server), or null.
    static ConnectionGuard* of(QTcpSocket* socket);
    /// Called by the handler once it has answered: the next bytes start a new request.
    void requestAnswered();
    /// The handler will answer later (after a commit): a request pipelined behind this one could
    /// only be answered out of order, so the connection is closed if one arrives meanwhile.
    void answerPending();

private:
    void onReadyRead();
    void refuse(int status, const QByteArray& reason);
    QTcpSocket* m_socket;
    HttpLimits m_limits;
    Hooks m_hooks;
    QTimer* m_timer;
    RequestHead m_head; ///< what is known of the current request, for refused()
    bool m_inRequest = false;
    bool m_answerPending = false;
    bool m_deadlineRunning = true; ///< the request deadline (not the idle timeout) is counting; from connect for the first
};

/**
 * The listener's own QTcpServer, handed to QHttpServer with bind(): it caps
 * open connections and puts a ConnectionGuard on every socket before
 * QHttpServer sees it.
 */
class GuardedTcpServer : public QTcpServer
{
    Q_OBJECT

public:
    GuardedTcpServer(const HttpLimits& limits, ConnectionGuard::Hooks hooks, QObject* parent = nullptr);
    int openConnections() const { return m_open; }

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    HttpLimits m_limits;
    ConnectionGuard::Hooks m_hooks;
    int m_open = 0;
};

} // namespace imali
