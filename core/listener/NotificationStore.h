// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QHostAddress>
#include <QJsonObject>
#include <QList>

namespace imali {

class Ledger;

/** A notification that passed the door's checks, about to be kept. */
struct ReceivedNotification {
    QString provider = QStringLiteral("payfast");
    QString providerId; ///< pf_payment_id
    QString status;     ///< payment_status
    QString mPaymentId;
    QByteArray rawBody;
    QHostAddress sender;
    QHostAddress peer;
    QJsonObject checks; ///< each check's result, for the notification log
};

/** Whether a notification was new or a repeat of one already kept. */
struct StoredNotification {
    qint64 id = 0;
    bool duplicate = false;
};

/**
 * Keeps notifications durably before they are answered 200: one row per
 * (provider, provider id, status), the raw body sealed with AES-256-GCM
 * (under the customer's key when the checkout names one, else the ledger
 * key; the row id is the associated data). Requests refused at the door go
 * to two capped stores, written in batches.
 */
class NotificationStore
{
public:
    explicit NotificationStore(Ledger& ledger);

    /// Stores in one committed transaction; a repeat is reported, not stored twice.
    Result<StoredNotification> store(const ReceivedNotification& notification);
    /// Stores all of \a notifications in one committed transaction (one disk flush for many ITNs);
    /// if that transaction fails, each is stored on its own, so one bad row costs no other its answer.
    /// One result per notification, in order.
    QList<Result<StoredNotification>> storeAll(const QList<ReceivedNotification>& notifications);
    /// Queues a refused request for the ring buffer (flushed by flushRefused()).
    void noteRefused(const QHostAddress& sender, int httpStatus, const QString& reason);
    /// Queues a validly signed notification refused for its sender (deduplicated).
    void noteRefusedSigned(const QString& providerId, const QString& status, const QHostAddress& sender);
    /// Writes what was queued; cheap when nothing is.
    Status flushRefused();

    static constexpr int RingSize = 10000;
    static constexpr int SignedCap = 1000;

private:
    Result<StoredNotification> storeOnce(const ReceivedNotification& notification);
    /// The rows of one notification, inside the caller's transaction.
    Result<StoredNotification> insert(const ReceivedNotification& notification);

    struct Refused {
        QString at;
        QString sender;
        int status;
        QString reason;
    };
    struct RefusedSigned {
        QString providerId;
        QString status;
        QString sender;
        QString at;
    };
    Ledger& m_ledger;
    QList<Refused> m_refused;
    QList<RefusedSigned> m_refusedSigned;
    qint64 m_nextSlot = -1;
};

} // namespace imali
