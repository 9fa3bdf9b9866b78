// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace imali
{

class Ledger;
struct ConfirmedPayment;
struct StripeEvent;

/** What processing one stored Stripe event came to. */
struct StripeEventResult {
    enum class Kind {
        Processed, ///< booked, or nothing to book
        Rejected, ///< unreadable or for the other environment: never booked
        Flagged, ///< needs a person (a refund that would exceed the payment)
        RetryLater, ///< the database failed, or the payment a refund refunds is not booked yet
    };
    Kind kind = Kind::Processed;
    QString outcome;
    bool moneyBooked = false;
};

/**
 * Turns a verified, stored Stripe event into bookings through the same
 * ledger path as PayFast (PaymentBooking), keyed on the PaymentIntent id, so
 * the several events one payment fires book it once:
 * checkout.session.completed / async_payment_succeeded with payment_status
 * "paid", and payment_intent.succeeded, book the payment (it settles its
 * invoice only when checkout, amount and currency "zar" all match; otherwise
 * unallocated); an unpaid completed session records it pending; a failed or
 * expired session marks its checkout failed; charge.refunded and
 * refund.created/updated book each succeeded refund once, keyed on the
 * refund id. Events about objects no imali checkout made are left alone.
 */
class StripeEventBooking
{
public:
    explicit StripeEventBooking(Ledger& ledger);

    StripeEventResult process(const QByteArray& rawBody, qint64 notificationId);

private:
    StripeEventResult bookPayment(const StripeEvent& event, const ConfirmedPayment& payment);
    StripeEventResult bookSession(const StripeEvent& event, qint64 notificationId);
    StripeEventResult bookIntent(const StripeEvent& event, qint64 notificationId);
    StripeEventResult bookRefunds(const StripeEvent& event, qint64 notificationId);
    Ledger& m_ledger;
};

} // namespace imali
