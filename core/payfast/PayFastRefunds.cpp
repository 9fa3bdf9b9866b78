// SPDX-License-Identifier: GPL-3.0-or-later
#include "PayFastRefunds.h"

#include "Clock.h"
#include "Invoices.h"
#include "Ledger.h"
#include "PayFastApiClient.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QPointer>
#include <QUuid>

namespace imali
{

namespace
{
QString tr(const char* text)
{
    return QCoreApplication::translate("PayFastRefunds", text);
}

/// Cents as PayFast sends them: a JSON number or a string of digits.
std::optional<qint64> centsOf(const QJsonValue& v)
{
    if (v.isDouble())
        return static_cast<qint64>(v.toInteger(-1)) >= 0 ? std::optional<qint64>(v.toInteger())
                                                         : std::nullopt;
    bool ok = false;
    const qint64 cents = v.toString().toLongLong(&ok);
    return ok && cents >= 0 ? std::optional<qint64>(cents) : std::nullopt;
}

QJsonObject invoiceMoney(const Invoice& inv)
{
    return {{QStringLiteral("status"), toString(inv.status)},
            {QStringLiteral("amount_paid"), inv.amountPaid.toString()},
            {QStringLiteral("amount_refunded"), inv.amountRefunded.toString()},
            {QStringLiteral("amount_credited"), inv.amountCredited.toString()},
            {QStringLiteral("balance"), inv.balance().toString()}};
}

Status checkBank(const RefundBankDetails& b)
{
    if (b.holder.trimmed().isEmpty() || b.bankName.trimmed().isEmpty() || b.branchCode.trimmed().isEmpty()
        || b.accountNumber.trimmed().isEmpty())
        return Error::validation(
            tr("a bank payout needs the account holder, bank name, branch code and account number"));
    if (b.accountType != QLatin1String("current") && b.accountType != QLatin1String("savings"))
        return Error::validation(tr("the bank account type must be current or savings"));
    for (QChar c : b.branchCode.trimmed() + b.accountNumber.trimmed())
        if (!c.isDigit())
            return Error::validation(tr("the branch code and account number are digits only"));
    return {};
}

/// Refunds of \a paymentId still counted against it: complete, pending and unknown.
Result<Money> refundedSoFar(Database& db, qint64 paymentId)
{
    Sql q(db,
          QStringLiteral("SELECT COALESCE(SUM(gross), 0) FROM transactions WHERE refund_of = :id "
                         "AND kind = 'refund' AND status IN ('complete', 'pending', 'unknown')"));
    q.bind(QStringLiteral(":id"), paymentId);
    if (Status s = q.exec(); !s)
        return s.error();
    q.next();
    return Money::fromCents(q.int64(0));
}
} // namespace

PayFastRefunds::PayFastRefunds(Ledger& ledger, PayFastApiClient& api, QObject* parent)
    : QObject(parent), m_ledger(ledger), m_api(api)
{
}

void PayFastRefunds::query(qint64 transactionId, std::function<void(Result<RefundQuote>)> done)
{
    auto payment = Payments(m_ledger).get(transactionId);
    if (!payment)
        return done(payment.error());
    if (payment->kind != QLatin1String("payment") || payment->provider != QLatin1String("payfast"))
        return done(Error::conflict(tr("transaction %1 is not a PayFast payment").arg(transactionId)));
    auto refunded = refundedSoFar(m_ledger.db(), transactionId);
    if (!refunded)
        return done(refunded.error());
    RefundQuote quote;
    quote.payment = *payment;
    quote.refundedInLedger = *refunded;
    quote.refundableInLedger = payment->gross - *refunded;
    PayFastApiCall call;
    call.path = QStringLiteral("/refunds/query/") + payment->providerId;
    QPointer<PayFastRefunds> self(this);
    m_api.send(call, [self, quote, done = std::move(done)](const PayFastApiReply& reply) mutable {
        if (!self)
            return;
        if (!reply.succeeded()) {
            quote.payFastMessage = PayFastApiClient::errorFor(reply, tr("refund query")).message;
            return done(quote); // the ledger's figures still stand; PayFast's view is missing
        }
        const QJsonObject r = reply.response().toObject();
        quote.method = r.value(QStringLiteral("method")).toString();
        if (const auto available = centsOf(r.value(QStringLiteral("amount_available"))))
            quote.availableAtPayFast = Money::fromCents(*available);
        for (const QJsonValue& bank : r.value(QStringLiteral("banks")).toArray())
            quote.banks << (bank.isObject() ? bank.toObject().value(QStringLiteral("name")).toString()
                                            : bank.toString());
        quote.payFastMessage = reply.payFastMessage();
        done(quote);
    });
}

Result<QList<Transaction>> PayFastRefunds::unknownRefunds()
{
    Sql q(m_ledger.db(),
          SelectTransaction
              + QStringLiteral(" WHERE kind = 'refund' AND provider = 'payfast' "
                               "AND status = 'unknown' ORDER BY id"));
    if (Status s = q.exec(); !s)
        return s.error();
    QList<Transaction> list;
    while (q.next())
        list.append(transactionFromRow(q));
    return list;
}

void PayFastRefunds::create(const PayFastRefundRequest& request,
                            std::function<void(Result<RefundOutcome>)> done)
{
    auto amount = Money::parse(request.amount);
    if (!amount)
        return done(amount.error());
    if (amount->isZero())
        return done(Error::validation(tr("a refund must be more than R 0.00")));
    const QString reason = request.reason.trimmed();
    if (reason.size() < 3 || reason.size() > 255)
        return done(Error::validation(tr("a refund needs a reason of 3 to 255 characters")));
    if (request.bank)
        if (Status s = checkBank(*request.bank); !s)
            return done(s.error());
    // PayFast recommends asking first: it says whether the money goes back to the card or out by bank.
    QPointer<PayFastRefunds> self(this);
    query(request.transactionId,
          [self, request, amount = *amount, done = std::move(done)](Result<RefundQuote> quote) mutable {
              if (!self)
                  return;
              if (!quote)
                  return done(quote.error());
              if (amount > quote->refundableInLedger)
                  return done(Error::validation(
                      tr("%1 would refund more than was paid: %2 was paid and %3 is already refunded")
                          .arg(amount.toString(), quote->payment.gross.toString(),
                               quote->refundedInLedger.toString())));
              if (quote->method == QLatin1String("BANK_PAYOUT") && !request.bank)
                  return done(Error::validation(
                      tr("PayFast pays this refund out by bank: give the buyer's bank details "
                         "(holder, bank, branch code, account number, account type)")));
              self->post(request, amount, std::move(done));
          });
}

Result<qint64> PayFastRefunds::reserve(const PayFastRefundRequest& request, Money amount)
{
    qint64 refundId = 0;
    Status s = m_ledger.write([&]() -> Status {
        // Lock order: invoice, then transactions (Database documents it).
        auto original = Payments(m_ledger).get(request.transactionId);
        if (!original)
            return original.error();
        if (original->invoiceId) {
            auto locked = Invoices(m_ledger).lockForUpdate(*original->invoiceId);
            if (!locked)
                return locked.error();
        }
        Sql lock(m_ledger.db(),
                 QStringLiteral("SELECT status FROM transactions WHERE id = :id")
                     + m_ledger.db().forUpdate());
        lock.bind(QStringLiteral(":id"), request.transactionId);
        if (Status e = lock.exec(); !e)
            return e;
        if (!lock.next() || lock.text(0) != QLatin1String("complete")
            || original->kind != QLatin1String("payment"))
            return Error::conflict(
                tr("transaction %1 is not a completed payment").arg(request.transactionId));
        if (original->provider != QLatin1String("payfast"))
            return Error::conflict(
                tr("transaction %1 was not paid through PayFast").arg(request.transactionId));
        if (original->environment != m_ledger.environment())
            return Error::conflict(
                tr("transaction %1 belongs to the other environment").arg(request.transactionId));
        auto already = refundedSoFar(m_ledger.db(), request.transactionId);
        if (!already)
            return already.error();
        if (*already + amount > original->gross)
            return Error::validation(
                tr("%1 would refund more than was paid: %2 was paid and %3 is already refunded")
                    .arg(amount.toString(), original->gross.toString(), already->toString()));
        const QString now = Clock::toStorage(Clock::nowUtc());
        Sql insert(m_ledger.db(),
                   QStringLiteral("INSERT INTO transactions (kind, provider, provider_id, environment, "
                                  "status, invoice_id, refund_of, gross, fee, "
                                  "net, reason, created_at, updated_at) VALUES ('refund', 'payfast', :pid, "
                                  ":env, 'pending', :inv, :of, :gross, 0, "
                                  ":gross, :reason, :now, :now)")
                       + m_ledger.db().returningId());
        insert
            .bind(QStringLiteral(":pid"),
                  QStringLiteral("R-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
            .bind(QStringLiteral(":env"), toString(m_ledger.environment()))
            .bind(QStringLiteral(":inv"), original->invoiceId ? QVariant(*original->invoiceId) : QVariant())
            .bind(QStringLiteral(":of"), request.transactionId)
            .bind(QStringLiteral(":gross"), amount.cents())
            .bind(QStringLiteral(":reason"), request.reason.trimmed())
            .bind(QStringLiteral(":now"), now);
        if (Status e = insert.exec(); !e)
            return e;
        refundId = insert.insertedId();
        if (Status e = addTransactionEvent(
                m_ledger.db(), refundId, QStringLiteral("reserved"),
                tr("%1 reserved for a PayFast refund of payment %2; buyer notified: %3%4")
                    .arg(amount.toString(), original->providerId, request.notifyBuyer ? tr("yes") : tr("no"),
                         request.bank ? tr("; paid out by bank") : QString()));
            !e)
            return e;
        return m_ledger.record(
            {QStringLiteral("refund.reserved"),
             QStringLiteral("transaction"),
             QString::number(request.transactionId),
             QJsonObject {{QStringLiteral("refunded_before"), already->toString()}},
             QJsonObject {{QStringLiteral("refund_transaction_id"), QString::number(refundId)},
                          {QStringLiteral("amount"), amount.toString()},
                          {QStringLiteral("reason"), request.reason.trimmed()},
                          {QStringLiteral("notify_buyer"), request.notifyBuyer},
                          {QStringLiteral("bank_payout"), request.bank.has_value()}},
             std::nullopt,
             {}});
    });
    if (!s)
        return s.error();
    return refundId;
}

void PayFastRefunds::post(const PayFastRefundRequest& request, Money amount,
                          std::function<void(Result<RefundOutcome>)> done)
{
    auto reserved = reserve(request, amount);
    if (!reserved)
        return done(reserved.error());
    const qint64 refundId = *reserved;
    emit refundChanged(refundId, QStringLiteral("pending"));
    auto payment = Payments(m_ledger).get(request.transactionId);
    if (!payment)
        return done(payment.error());
    PayFastApiCall call;
    call.verb = QByteArrayLiteral("POST");
    call.path = QStringLiteral("/refunds/") + payment->providerId;
    call.movesMoney = true;
    call.body = {
        {QStringLiteral("amount"), QString::number(amount.cents())}, // PayFast's API counts cents
        {QStringLiteral("reason"), request.reason.trimmed()},
        {QStringLiteral("notify_buyer"), request.notifyBuyer ? QStringLiteral("1") : QStringLiteral("0")}};
    if (request.bank) {
        call.body.append({QStringLiteral("acc_holder"), request.bank->holder.trimmed()});
        call.body.append({QStringLiteral("bank_name"), request.bank->bankName.trimmed()});
        call.body.append({QStringLiteral("bank_branch_code"), request.bank->branchCode.trimmed()});
        call.body.append({QStringLiteral("bank_account_number"), request.bank->accountNumber.trimmed()});
        call.body.append({QStringLiteral("acc_type"), request.bank->accountType});
    }
    // Outside any database transaction, sent once: a lost answer is settled by a query, never by sending
    // again.
    QPointer<PayFastRefunds> self(this);
    m_api.send(call, [self, refundId, done = std::move(done)](const PayFastApiReply& reply) {
        if (!self)
            return;
        if (reply.succeeded()) {
            auto outcome = self->confirm(refundId, reply.payFastMessage());
            if (outcome)
                emit self->refundChanged(refundId, QStringLiteral("complete"));
            return done(outcome);
        }
        const Error error = PayFastApiClient::errorFor(reply, tr("refund"));
        if (reply.delivery == PayFastDelivery::Unknown) {
            (void)self->markUnknown(refundId, error.message);
            emit self->refundChanged(refundId, QStringLiteral("unknown"));
            return done(Error::runtime(
                tr("%1. The refund (transaction %2) is held as unknown and still counts against "
                   "the payment; the next reconciliation asks PayFast and settles it")
                    .arg(error.message)
                    .arg(refundId)));
        }
        if (Status s = self->release(refundId, error.message); !s)
            return done(s.error());
        emit self->refundChanged(refundId, QStringLiteral("failed"));
        done(error);
    });
}

Result<RefundOutcome> PayFastRefunds::confirm(qint64 refundId, const QString& detail)
{
    RefundOutcome outcome;
    Invoices invoices(m_ledger);
    Status s = m_ledger.write([&]() -> Status {
        auto refund = Payments(m_ledger).get(refundId);
        if (!refund)
            return refund.error();
        std::optional<Invoice> invoice;
        if (refund->invoiceId) {
            auto locked = invoices.lockForUpdate(*refund->invoiceId);
            if (!locked)
                return locked.error();
            invoice = *locked;
        }
        Sql update(m_ledger.db(),
                   QStringLiteral("UPDATE transactions SET status = 'complete', reference = :ref, "
                                  "updated_at = :now WHERE id = :id AND status IN ('pending', 'unknown')"));
        update.bind(QStringLiteral(":ref"), detail.left(200))
            .bind(QStringLiteral(":now"), Clock::toStorage(Clock::nowUtc()))
            .bind(QStringLiteral(":id"), refundId);
        if (Status e = update.exec(); !e)
            return e;
        if (update.rowsAffected() != 1)
            return Error::conflict(tr("refund %1 is no longer waiting for PayFast").arg(refundId));
        if (Status e =
                addTransactionEvent(m_ledger.db(), refundId, QStringLiteral("confirmed"),
                                    tr("PayFast confirmed the refund%1")
                                        .arg(detail.isEmpty() ? QString() : QStringLiteral(": ") + detail));
            !e)
            return e;
        if (Status e = addTransactionEvent(m_ledger.db(), *refund->refundOf, QStringLiteral("refund"),
                                           tr("%1 refunded through PayFast as transaction %2")
                                               .arg(refund->gross.toString())
                                               .arg(refundId));
            !e)
            return e;
        QJsonObject before;
        QJsonObject after {{QStringLiteral("refund_transaction_id"), QString::number(refundId)},
                           {QStringLiteral("amount"), refund->gross.toString()}};
        if (invoice) {
            // Money paid against an invoice comes back with a credit note; unallocated money does not.
            auto note =
                Payments(m_ledger).issueCreditNote(invoice->id, refundId, refund->gross, refund->reason);
            if (!note)
                return note.error();
            outcome.creditNote = *note;
            before = invoiceMoney(*invoice);
            invoice->amountCredited += refund->gross;
            invoice->amountRefunded += refund->gross;
            if (Status e = invoices.saveAmounts(*invoice); !e)
                return e;
            after = invoiceMoney(*invoice);
            after.insert(QStringLiteral("refund_transaction_id"), QString::number(refundId));
            after.insert(QStringLiteral("credit_note"), note->number);
        }
        return m_ledger.record({QStringLiteral("refund.confirmed"),
                                QStringLiteral("transaction"),
                                QString::number(*refund->refundOf),
                                before,
                                after,
                                std::nullopt,
                                {}});
    });
    if (!s)
        return s.error();
    auto refund = Payments(m_ledger).get(refundId);
    if (!refund)
        return refund.error();
    outcome.refund = *refund;
    return outcome;
}

Status PayFastRefunds::release(qint64 refundId, const QString& why)
{
    return m_ledger.write([&]() -> Status {
        Sql update(m_ledger.db(),
                   QStringLiteral("UPDATE transactions SET status = 'failed', updated_at = :now "
                                  "WHERE id = :id AND status IN ('pending', 'unknown')"));
        update.bind(QStringLiteral(":now"), Clock::toStorage(Clock::nowUtc()))
            .bind(QStringLiteral(":id"), refundId);
        if (Status e = update.exec(); !e)
            return e;
        if (Status e = addTransactionEvent(m_ledger.db(), refundId, QStringLiteral("released"), why); !e)
            return e;
        return m_ledger.record({QStringLiteral("refund.released"),
                                QStringLiteral("transaction"),
                                QString::number(refundId),
                                {},
                                QJsonObject {{QStringLiteral("why"), why}},
                                std::nullopt,
                                {}});
    });
}

Status PayFastRefunds::markUnknown(qint64 refundId, const QString& why)
{
    return m_ledger.write([&]() -> Status {
        Sql update(m_ledger.db(),
                   QStringLiteral("UPDATE transactions SET status = 'unknown', updated_at = :now "
                                  "WHERE id = :id AND status = 'pending'"));
        update.bind(QStringLiteral(":now"), Clock::toStorage(Clock::nowUtc()))
            .bind(QStringLiteral(":id"), refundId);
        if (Status e = update.exec(); !e)
            return e;
        if (Status e = addTransactionEvent(m_ledger.db(), refundId, QStringLiteral("unknown"), why); !e)
            return e;
        return m_ledger.record({QStringLiteral("refund.unknown"),
                                QStringLiteral("transaction"),
                                QString::number(refundId),
                                {},
                                QJsonObject {{QStringLiteral("why"), why}},
                                std::nullopt,
                                {}});
    });
}

void PayFastRefunds::settleUnknown(qint64 refundId, std::function<void(Result<Transaction>)> done)
{
    auto refund = Payments(m_ledger).get(refundId);
    if (!refund)
        return done(refund.error());
    if (refund->kind != QLatin1String("refund") || refund->provider != QLatin1String("payfast")
        || refund->status != QLatin1String("unknown"))
        return done(
            Error::conflict(tr("transaction %1 is not a PayFast refund of unknown outcome").arg(refundId)));
    auto payment = Payments(m_ledger).get(*refund->refundOf);
    if (!payment)
        return done(payment.error());
    PayFastApiCall call;
    call.path = QStringLiteral("/refunds/") + payment->providerId;
    QPointer<PayFastRefunds> self(this);
    const qint64 paymentId = payment->id;
    m_api.send(call, [self, refundId, paymentId, done = std::move(done)](const PayFastApiReply& reply) {
        if (!self)
            return;
        if (!reply.succeeded())
            return done(PayFastApiClient::errorFor(reply, tr("refund status")));
        // What PayFast refunded of this payment, against what the ledger already holds as complete.
        qint64 atPayFast = 0;
        for (const QJsonValue& r : reply.response().toObject().value(QStringLiteral("refunds")).toArray()) {
            const QJsonObject o = r.toObject();
            if (o.value(QStringLiteral("status"))
                    .toString()
                    .compare(QLatin1String("FAILED"), Qt::CaseInsensitive)
                == 0)
                continue;
            atPayFast += centsOf(o.value(QStringLiteral("amount"))).value_or(0);
        }
        Sql q(self->m_ledger.db(),
              QStringLiteral("SELECT COALESCE(SUM(gross), 0) FROM transactions WHERE refund_of = :id "
                             "AND kind = 'refund' AND (status = 'complete' OR (status = 'unknown' "
                             "AND id < :refund))"));
        q.bind(QStringLiteral(":id"), paymentId).bind(QStringLiteral(":refund"), refundId);
        if (Status s = q.exec(); !s)
            return done(s.error());
        q.next();
        const qint64 accounted = q.int64(0);
        auto unknown = Payments(self->m_ledger).get(refundId);
        if (!unknown)
            return done(unknown.error());
        if (atPayFast - accounted >= unknown->gross.cents()) {
            auto outcome = self->confirm(refundId, tr("confirmed by a refund query"));
            if (!outcome)
                return done(outcome.error());
            emit self->refundChanged(refundId, QStringLiteral("complete"));
            return done(outcome->refund);
        }
        if (Status s = self->release(refundId, tr("PayFast has no record of this refund")); !s)
            return done(s.error());
        emit self->refundChanged(refundId, QStringLiteral("failed"));
        auto released = Payments(self->m_ledger).get(refundId);
        done(released);
    });
}

} // namespace imali
