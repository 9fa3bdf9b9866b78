// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "NotificationStore.h"

#include <QHttpServerResponder>
#include <QObject>
#include <QPointer>
#include <QTcpSocket>

#include <memory>
#include <vector>

class QTimer;

namespace imali
{

/**
 * Answers accepted notifications only once they are committed, and commits
 * together those that arrive while the previous commit runs (group commit):
 * at hundreds of ITNs a second one disk flush then serves many, not one each,
 * and an ITN alone still goes out on the next turn of the event loop.
 * QHttpServer 6.4 frees a socket whose client hangs up while its answer is
 * pending (qt64-notes.md §1), so each waiting answer keeps a guarded pointer
 * to its socket and is dropped, not written, once the socket is gone: the
 * notification is kept all the same and PayFast's retry is answered as a repeat.
 * Lives in the listener's thread.
 */
class GroupCommit : public QObject
{
    Q_OBJECT

public:
    explicit GroupCommit(NotificationStore& store, QObject* parent = nullptr);
    ~GroupCommit() override;

    /// Queues \a notification; \a responder is answered once it is kept (200) or could not be (503).
    void add(const ReceivedNotification& notification, QHttpServerResponder&& responder);
    /// Commits and answers everything waiting (also called when the listener stops).
    void flush();

    static constexpr int MaxBatch = 256; ///< a fuller queue commits at once, without waiting for the loop

signals:
    /// A new notification was kept (not a repeat) and its answer sent.
    void stored(qint64 id);

private:
    struct Waiting {
        ReceivedNotification notification;
        QHttpServerResponder responder;
        QPointer<QTcpSocket> socket;
    };
    NotificationStore& m_store;
    std::vector<std::unique_ptr<Waiting>> m_waiting;
    QTimer* m_turn;
};

} // namespace imali
