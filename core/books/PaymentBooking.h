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
};

/** What booking did, in words for the notification log. */
struct BookingOutcome {
    QString outcome; ///< "booked and settled INV-000001", "booked as unallocated: underpaid", "duplicate", ...
    std::optional<qint64> transactionId;
    bool settledInvoice = false;
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
