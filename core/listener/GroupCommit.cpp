// SPDX-License-Identifier: GPL-3.0-or-later
#include "GroupCommit.h"

#include "ConnectionGuard.h"
#include "HttpAnswer.h"
#include "ItnIntake.h"

#include <QTimer>

namespace imali
{

GroupCommit::GroupCommit(NotificationStore& store, QObject* parent)
    : QObject(parent), m_store(store), m_turn(new QTimer(this))
{
    // Zero interval: fires once the event loop has read every request that is already waiting.
    m_turn->setSingleShot(true);
    m_turn->setInterval(0);
    connect(m_turn, &QTimer::timeout, this, &GroupCommit::flush);
}

GroupCommit::~GroupCommit() = default; // the listener flushes before it lets go of the store

void GroupCommit::add(const ReceivedNotification& notification, QHttpServerResponder&& responder)
{
    QTcpSocket* socket = responder.socket();
    if (ConnectionGuard* guard = ConnectionGuard::of(socket))
        guard->answerPending();
    m_waiting.push_back(std::make_unique<Waiting>(
        Waiting {notification, std::move(responder), QPointer<QTcpSocket>(socket)}));
    if (static_cast<int>(m_waiting.size()) >= MaxBatch)
        flush();
    else if (!m_turn->isActive())
        m_turn->start();
}

void GroupCommit::flush()
{
    m_turn->stop();
    if (m_waiting.empty())
        return;
    std::vector<std::unique_ptr<Waiting>> batch;
    batch.swap(m_waiting);
    QList<ReceivedNotification> notifications;
    notifications.reserve(static_cast<qsizetype>(batch.size()));
    for (const auto& w : batch)
        notifications.append(w->notification);
    const QList<Result<StoredNotification>> results = m_store.storeAll(notifications);
    QList<qint64> fresh;
    for (size_t i = 0; i < batch.size(); ++i) {
        Waiting& w = *batch[i];
        const ItnAnswer answer = ItnIntake::answerFor(w.notification, results.at(static_cast<qsizetype>(i)));
        // Gone or hung up: nobody to answer (and the socket may be freed); the store decided all the same.
        if (w.socket && w.socket->state() == QAbstractSocket::ConnectedState)
            writeHttpAnswer(w.responder, answer.httpStatus, answer.body, QByteArrayLiteral("text/plain"));
        if (answer.notificationId > 0)
            fresh.append(answer.notificationId);
    }
    for (qint64 id : fresh)
        emit stored(id);
}

} // namespace imali
