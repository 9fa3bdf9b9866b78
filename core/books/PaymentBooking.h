// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Records.h"
#include "Result.h"

namespace imali {

class Ledger;

/** A provider's confirmed word about one payment, ready to book. */
struct ConfirmedPayment {
    QString provider = QStringLiteral("payfast");
    QString providerId; ///< pf_payment_id
    QString status;     ///< COMPLETE, PENDING, FAILED, CANCELLED
    QString mPaymentId;
    Money gross;
    Money fee; ///< what the provider kept, positive
    Money net;
    bool amountsAddUp = true;
    QString token;
    qint64 notificationId = 0;
    /// Set when the provider's word itself rules out settling an invoice (paid in another currency).
    QString unallocatedReason;
};

/** A provider's word that it refunded (part of) a payment it took, ready to book. */
struct ConfirmedRefund {
    QString provider;   ///< "stripe"
    QString refundId;   ///< the provider's refund id (re_…): one refund transaction per id
    QString paymentId;  ///< the provider id of the payment it refunds (the PaymentIntent)
    Money amount;
    QString reason;
    qint64 notificationId = 0;
};

/** What booking did, in words for the notification log. */
struct BookingOutcome {
    QString outcome; ///< "booked and settled INV-000001", "booked as unallocated: underpaid", "duplicate", ...
    std::optional<qint64> transactionId;
    bool settledInvoice = false;
    bool duplicate = false; ///< already booked: nothing changed
};

/**
 * Turns confirmed provider notifications into money in the books, exactly
 * once per (provider, provider id): a COMPLETE with money is always booked,
 * and settles its invoice only when the checkout, the open invoice and the
 * amount to the cent all match; otherwise it waits as an exception with its
 * reason. PENDING never undoes COMPLETE; FAILED marks the checkout failed;
 * CANCELLED removes a saved token; a R 0.00 COMPLETE only saves its token.
 */
class PaymentBooking
{
public:
    explicit PaymentBooking(Ledger& ledger);

    Result<BookingOutcome> book(const ConfirmedPayment& payment);
    /**
     * Books a provider's refund once per refund id: a refund transaction of
     * the payment, and for an invoice's payment a credit note (SPEC §3). The
     * sum of refunds never exceeds the payment: a refund that would is not
     * booked (the outcome says why, with no transaction). Error::notFound
     * while the payment it refunds is not booked yet, so it can be retried.
     */
    Result<BookingOutcome> bookRefund(const ConfirmedRefund& refund);
    /// Confirmed money not allocated to an invoice, with the reason.
    Result<QList<Transaction>> exceptions();
    /// Allocates an unallocated payment to an open invoice (up to its balance).
    Result<Transaction> allocate(qint64 transactionId, const QString& invoice);

private:
    Result<BookingOutcome> bookComplete(const ConfirmedPayment& payment);
    /// One try; \a raced is set when another connection inserted the payment's row first.
    Result<BookingOutcome> bookCompleteOnce(const ConfirmedPayment& payment, bool* raced);
    Status saveToken(const ConfirmedPayment& payment, std::optional<qint64> customerId);
    Ledger& m_ledger;
};

} // namespace imali
