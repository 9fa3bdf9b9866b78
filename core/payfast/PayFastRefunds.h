// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Money.h"
#include "Result.h"
#include "books/Payments.h"

#include <QObject>
#include <QStringList>

#include <functional>
#include <optional>

namespace imali
{

class Ledger;
class PayFastApiClient;

/** Where PayFast pays a refund out to the buyer's bank (BANK_PAYOUT); every field is required. */
struct RefundBankDetails {
    QString holder;
    QString bankName;
    QString branchCode;
    QString accountNumber;
    QString accountType; ///< current, savings
};

/** What PayFast says about refunding a payment, beside what the ledger knows. */
struct RefundQuote {
    Transaction payment;
    Money refundedInLedger; ///< complete, pending and unknown refunds of it
    Money refundableInLedger; ///< what was paid less those
    QString
        method; ///< PAYMENT_SOURCE, BANK_PAYOUT or NOT_AVAILABLE, as PayFast says; empty if it did not say
    std::optional<Money> availableAtPayFast;
    QStringList banks; ///< bank names PayFast accepts for a bank payout
    QString payFastMessage; ///< PayFast's words, or why it could not be asked
};

/** A refund through PayFast: amount as typed, reason (3–255), the buyer-notify choice, bank details if asked.
 */
struct PayFastRefundRequest {
    qint64 transactionId = 0;
    QString amount;
    QString reason;
    bool notifyBuyer = true;
    std::optional<RefundBankDetails> bank;
};

/**
 * Refunds of PayFast payments through PayFast's API (payfast-protocol.md §5).
 * create() asks PayFast about the payment first, then reserves: a pending
 * refund row, written under a lock on the invoice and the payment, keeps the
 * sum of refunds within what was paid. PayFast is then called outside any
 * database transaction and the POST is never retried: PayFast's yes confirms
 * the refund (credit note, invoice figures, audit), its no releases the
 * reservation and is shown as PayFast worded it, and no answer leaves the
 * refund `unknown` (still counted against the payment) until settleUnknown()
 * asks PayFast. Results arrive through callbacks in this object's thread.
 */
class PayFastRefunds : public QObject
{
    Q_OBJECT

public:
    PayFastRefunds(Ledger& ledger, PayFastApiClient& api, QObject* parent = nullptr);

    /// GET /refunds/query/{pf_payment_id} for a PayFast payment, with the ledger's figures.
    void query(qint64 transactionId, std::function<void(Result<RefundQuote>)> done);
    /// Query, reserve, POST /refunds/{pf_payment_id}, then confirm or release (see the class comment).
    void create(const PayFastRefundRequest& request, std::function<void(Result<RefundOutcome>)> done);
    /// Asks PayFast (GET /refunds/{pf_payment_id}) about an `unknown` refund and confirms or releases it.
    void settleUnknown(qint64 refundTransactionId, std::function<void(Result<Transaction>)> done);
    /// Refunds left `unknown` by a POST that got no answer, oldest first.
    Result<QList<Transaction>> unknownRefunds();

signals:
    /// A refund row changed status: pending, complete, failed or unknown.
    void refundChanged(qint64 refundTransactionId, const QString& status);

private:
    Result<qint64> reserve(const PayFastRefundRequest& request, Money amount);
    Result<RefundOutcome> confirm(qint64 refundId, const QString& detail);
    Status release(qint64 refundId, const QString& why);
    Status markUnknown(qint64 refundId, const QString& why);
    void post(const PayFastRefundRequest& request, Money amount,
              std::function<void(Result<RefundOutcome>)> done);

    Ledger& m_ledger;
    PayFastApiClient& m_api;
};

} // namespace imali
