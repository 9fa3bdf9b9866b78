// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConnectionGuard.h"

#include <QTcpSocket>
#include <QTimer>

namespace imali {

namespace {
const char* GuardProperty = "imaliConnectionGuard";

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 400:
        return QByteArrayLiteral("Bad Request");
    case 408:
        return QByteArrayLiteral("Request Timeout");
    case 413:
        return QByteArrayLiteral("Content Too Large");
    case 429:
        return QByteArrayLiteral("Too Many Requests");
    case 431:
        return QByteArrayLiteral("Request Header Fields Too Large");
    case 503:
        return QByteArrayLiteral("Service Unavailable");
    default:
        return QByteArrayLiteral("Error");
    }
}

QByteArray plainResponse(int status, const QByteArray& body)
{
    return "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status)
        + "\r\nContent-Type: text/plain\r\nConnection: close\r\nContent-Length: " + QByteArray::number(body.size() + 1)
        + "\r\n\r\n" + body + '\n';
}

bool isToken(const QByteArray& text)
{
    if (text.isEmpty())
        return false;
    for (char c : text)
        if (!(std::isalnum(static_cast<unsigned char>(c)) || QByteArrayView("!#$%&'*+-.^_`|~").contains(c)))
            return false;
    return true;
}
} // namespace

ConnectionGuard::ConnectionGuard(QTcpSocket* socket, const HttpLimits& limits, Hooks hooks)
    : QObject(socket)
    , m_socket(socket)
    , m_limits(limits)
    , m_hooks(std::move(hooks))
    , m_timer(new QTimer(this))
{
    socket->setProperty(GuardProperty, QVariant::fromValue(static_cast<QObject*>(this)));
    // Bytes beyond one request's worth stay in the kernel: memory per connection is bounded.
    socket->setReadBufferSize(m_limits.maxHeaderBytes + m_limits.maxBodyBytes + 1024);
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, [this] {
        if (m_inRequest)
            refuse(408, QByteArrayLiteral("request took too long"));
        else
            m_socket->abort(); // idle keep-alive connection
    });
    connect(socket, &QTcpSocket::readyRead, this, &ConnectionGuard::onReadyRead);
    m_timer->start(m_limits.requestDeadlineMs);
    m_head.peer = socket->peerAddress();
}

ConnectionGuard* ConnectionGuard::of(QTcpSocket* socket)
{
    return socket ? qobject_cast<ConnectionGuard*>(socket->property(GuardProperty).value<QObject*>()) : nullptr;
}

void ConnectionGuard::answerPending()
{
    m_answerPending = true;
}

void ConnectionGuard::requestAnswered()
{
    m_answerPending = false;
    m_inRequest = false;
    m_deadlineRunning = false;
    m_head = RequestHead{{}, {}, m_head.peer, {}};
    m_timer->start(m_limits.idleTimeoutMs);
}

void ConnectionGuard::refuse(int status, const QByteArray& reason)
{
    if (m_hooks.refused && status != 429) // a 429 was the listener's own decision
        m_hooks.refused(m_head, status, reason);
    // Answer and drop the connection: whatever follows on it can't be trusted to frame correctly.
    m_socket->write(plainResponse(status, reason));
    m_socket->flush();
    m_socket->abort();
}

void ConnectionGuard::onReadyRead()
{
    if (m_answerPending && m_socket->bytesAvailable() > 0) {
        // PayFast sends one request per connection; anything pipelined now would overtake the pending answer.
        m_socket->abort();
        return;
    }
    if (m_inRequest || m_socket->state() != QAbstractSocket::ConnectedState)
        return;
    const QByteArray head = m_socket->peek(m_limits.maxHeaderBytes + 4);
    if (head.isEmpty())
        return;
    // The deadline counts from a request's first byte: more bytes must not push it back (slowloris).
    if (!m_deadlineRunning) {
        m_deadlineRunning = true;
        m_timer->start(m_limits.requestDeadlineMs);
    }
    const qsizetype end = head.indexOf("\r\n\r\n");
    if (end < 0) {
        if (head.size() > m_limits.maxHeaderBytes)
            refuse(431, QByteArrayLiteral("request head too large"));
        return; // wait for the rest of the head, within the deadline
    }
    const QList<QByteArray> lines = head.left(end).split('\n');
    // Request line: METHOD SP target SP HTTP/1.x
    const QList<QByteArray> requestLine = lines.first().trimmed().split(' ');
    if (requestLine.size() != 3 || !isToken(requestLine.at(0)) || !requestLine.at(1).startsWith('/')
        || (requestLine.at(2) != "HTTP/1.1" && requestLine.at(2) != "HTTP/1.0"))
        return refuse(400, QByteArrayLiteral("malformed request line"));
    if (lines.size() - 1 > m_limits.maxHeaderFields)
        return refuse(431, QByteArrayLiteral("too many header fields"));
    qint64 contentLength = -1;
    QByteArray forwardedFor;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).endsWith('\r') ? lines.at(i).chopped(1) : lines.at(i);
        const qsizetype colon = line.indexOf(':');
        // QHttpServer 6.4 drops every header after a bad line and reads the body as a new request.
        if (colon <= 0 || !isToken(line.left(colon)))
            return refuse(400, QByteArrayLiteral("malformed header line"));
        const QByteArray name = line.left(colon).toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (name == "transfer-encoding")
            return refuse(400, QByteArrayLiteral("Transfer-Encoding is not accepted; send Content-Length"));
        if (name == "content-length") {
            bool ok = false;
            const qint64 length = value.toLongLong(&ok);
            if (contentLength >= 0 || !ok || length < 0 || value.isEmpty() || !std::all_of(value.cbegin(), value.cend(), [](char c) { return c >= '0' && c <= '9'; }))
                return refuse(400, QByteArrayLiteral("invalid or repeated Content-Length"));
            contentLength = length;
        }
        if (name == "x-forwarded-for") {
            forwardedFor = forwardedFor.isEmpty() ? value : forwardedFor + ',' + value;
            m_head.forwardedFor = forwardedFor;
        }
    }
    const RequestHead request{requestLine.at(0), requestLine.at(1), m_socket->peerAddress(), forwardedFor};
    m_head = request;
    if (m_hooks.admit) {
        if (const int status = m_hooks.admit(request); status != 0)
            return refuse(status, status == 429 ? QByteArrayLiteral("too many refused requests; try later")
                                                : QByteArrayLiteral("refused"));
    }
    if (contentLength > m_limits.maxBodyBytes)
        return refuse(413, QByteArrayLiteral("the body is larger than 64 KiB"));
    if (request.method == "POST" && contentLength < 0)
        return refuse(400, QByteArrayLiteral("a POST needs Content-Length"));
    m_inRequest = true;
}

GuardedTcpServer::GuardedTcpServer(const HttpLimits& limits, ConnectionGuard::Hooks hooks, QObject* parent)
    : QTcpServer(parent)
    , m_limits(limits)
    , m_hooks(std::move(hooks))
{
}

void GuardedTcpServer::incomingConnection(qintptr descriptor)
{
    auto* socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        return;
    }
    if (m_open >= m_limits.maxConnections) {
        socket->write(plainResponse(503, QByteArrayLiteral("too many open connections")));
        socket->flush();
        socket->abort();
        socket->deleteLater();
        return;
    }
    ++m_open;
    connect(socket, &QObject::destroyed, this, [this] { --m_open; });
    connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    new ConnectionGuard(socket, m_limits, m_hooks);
    addPendingConnection(socket);
}

} // namespace imali
