// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"
#include "books/PaymentBooking.h"
#include "payfast/PayFastSettings.h"

#include <QObject>
#include <QSet>

class QNetworkAccessManager;
class QTimer;

namespace imali {

class Ledger;

/** One stored notification as the processor and the log see it. */
struct NotificationRecord {
    qint64 id = 0;
    QString provider;
    QString providerId;
    QString status;
    QString mPaymentId;
    QString receivedAt;
    QString sender;
    QString checks;
    QString processing;
    int attempts = 0;
    QString nextAttemptAt;
    QString outcome;
};

/**
 * Turns stored notifications into bookings: PayFast ITNs and Stripe events
 * (handed to StripeEventBooking) share this schedule, claim and log. For each pending notification it asks
 * PayFast's validate endpoint (unless a sandbox ledger switched server
 * confirmation off): VALID books, INVALID is final, anything else (timeout,
 * connection error, other status or body) is retried from 5 s, doubling up
 * to 15 minutes, on a schedule kept in the database, so a restart resumes
 * it; a notification still pending after 24 hours is flagged. Confirmed
 * payments that are ready together are booked in one transaction (with their
 * outcomes, one commit and one audit anchor for all); should that fail, each
 * is booked on its own. Lives in the thread whose connection \a ledger uses.
 */
class ItnProcessor : public QObject
{
    Q_OBJECT

public:
    ItnProcessor(Ledger& ledger, PayFastSettings settings, QObject* parent = nullptr);

    /// Starts the schedule: everything pending and due is picked up now and then every second.
    void start();
    /// Processes \a id now (a new arrival), whatever its schedule says, unless it is done or claimed.
    void processNow(qint64 id);
    /// Runs processing again for \a id even if it finished (imalictl itn replay); booking stays once.
    void replay(qint64 id);
    bool isBusy() const { return !m_inFlight.isEmpty(); }

    static Result<NotificationRecord> record(Ledger& ledger, qint64 id);
    static Result<QList<NotificationRecord>> list(Ledger& ledger, const QString& since, int limit);
    /// Newest first: up to \a limit notifications older than \a beforeId (0: from the newest).
    static Result<QList<NotificationRecord>> page(Ledger& ledger, qint64 beforeId, int limit);
    /// The raw fields, opened with the right key, with the signature and any token redacted.
    static Result<QList<QPair<QString, QString>>> redactedFields(Ledger& ledger, qint64 id);

    static constexpr int FirstRetrySeconds = 5;
    static constexpr int MaxRetrySeconds = 15 * 60;
    static constexpr int FlagAfterHours = 24;
    static constexpr int MaxBookingBatch = 32;

signals:
    /// A notification reached an outcome (booked, rejected, flagged, retry scheduled).
    void processed(qint64 id, const QString& outcome, bool moneyBooked);

private:
    void pickDue();
    void confirmAndBook(qint64 id);
    /// Stripe events need no server confirmation: their signature was checked at the door.
    void bookStripeEvent(qint64 id, const QByteArray& body);
    /// Queues a confirmed payment for the next booking transaction (on the next turn of the event loop).
    void queueBooking(qint64 id, const ConfirmedPayment& payment);
    void bookQueued();
    /// Books \a batch and records each outcome in one transaction; on failure nothing is kept.
    Status bookTogether(const QList<QPair<qint64, ConfirmedPayment>>& batch);
    void finish(qint64 id, const QString& processing, const QString& outcome, bool booked);
    Status markFinished(qint64 id, const QString& processing, const QString& outcome);
    /// After the outcome is committed: the claim is let go and the outcome announced.
    void announce(qint64 id, const QString& processing, const QString& outcome, bool booked);
    void retryLater(qint64 id, const QString& why);
    bool claim(qint64 id);
    void release(qint64 id);
    static constexpr int AdvisoryLockSpace = 0x494d41; // "IMA": our namespace for advisory locks

    Ledger& m_ledger;
    PayFastSettings m_settings;
    QNetworkAccessManager* m_network;
    QTimer* m_timer;
    QTimer* m_bookingTurn;
    QSet<qint64> m_inFlight;
    QList<QPair<qint64, ConfirmedPayment>> m_toBook;
};

} // namespace imali
