// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Records.h"
#include "Result.h"

namespace imali {

class Ledger;

/** A payment taken by hand: cash, EFT or a card machine. */
struct ManualPayment {
    QString invoice; ///< number or id
    QString amount;  ///< as typed
    QString method;  ///< cash, eft, card
    QString reference;
    QString writeOffReason; ///< non-empty: write off what remains after this payment
};

/** A refund of one payment transaction. */
struct RefundRequest {
    qint64 transactionId = 0;
    QString amount; ///< as typed
    QString reason;
};

/** What a refund produced: the refund transaction and, for an invoice's payment, its credit note. */
struct RefundOutcome {
    Transaction refund;
    std::optional<CreditNote> creditNote;
};

/**
 * Money in and out by hand: manual payments (with an optional write-off of
 * a small remainder) and hand-recorded refunds, which issue credit notes.
 * Each runs in one write transaction with its audit entry.
 */
class Payments
{
public:
    explicit Payments(Ledger& ledger);

    Result<Transaction> recordManual(const ManualPayment& payment);
    Result<RefundOutcome> refundManual(const RefundRequest& request);
    Result<Transaction> get(qint64 id);

    /**
     * Within a write: credits an invoice for a refund of \a amount, issuing a
     * credit note whose VAT is split over the invoice's lines pro rata.
     */
    Result<CreditNote> issueCreditNote(qint64 invoiceId, qint64 refundTransactionId, Money amount,
                                       const QString& reason);

private:
    Ledger& m_ledger;
};

} // namespace imali
