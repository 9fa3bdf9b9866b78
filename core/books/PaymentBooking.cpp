// SPDX-License-Identifier: GPL-3.0-or-later
#include "PaymentBooking.h"

#include "Clock.h"
#include "Invoices.h"
#include "Ledger.h"
#include "Payments.h"
#include "RefundMarks.h"
#include "crypto/Crypto.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace imali {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("PaymentBooking", text);
}

/// The provider's name as people read it.
QString providerLabel(const QString& provider)
{
    return provider == QLatin1String("stripe") ? QStringLiteral("Stripe") : QStringLiteral("PayFast");
}

/// The audit entries' key for the provider's payment id.
QString providerIdKey(const QString& provider)
{
    return provider == QLatin1String("payfast") ? QStringLiteral("pf_payment_id") : QStringLiteral("provider_id");
}

struct CheckoutRow {
    qint64 id = 0;
    std::optional<qint64> invoiceId;
    Money amount;
    QString status;
};
} // namespace

PaymentBooking::PaymentBooking(Ledger& ledger)
    : m_ledger(ledger)
{
}

Status PaymentBooking::saveToken(const ConfirmedPayment& p, std::optional<qint64> customerId)
{
    if (p.token.isEmpty() || !customerId)
        return {};
    const QString hash = QString::fromLatin1(hmacSha256(QByteArrayLiteral("imali token id"), p.token.toUtf8()).toHex());
    Sql exists(m_ledger.db(), QStringLiteral("SELECT id FROM payment_methods WHERE token_hash = :h"));
    exists.bind(QStringLiteral(":h"), hash);
    if (Status e = exists.exec(); !e)
        return e;
    if (exists.next())
        return {};
    Sql insert(m_ledger.db(), QStringLiteral("INSERT INTO payment_methods (customer_id, provider, token_hash, last4, label, "
                                             "created_at) VALUES (:c, :p, :h, :last4, :label, :at)")
                                  + m_ledger.db().returningId());
    insert.bind(QStringLiteral(":c"), *customerId)
        .bind(QStringLiteral(":p"), p.provider)
        .bind(QStringLiteral(":h"), hash)
        .bind(QStringLiteral(":last4"), p.token.right(4))
        .bind(QStringLiteral(":label"), tr("Card saved %1").arg(Clock::today().toString(Qt::ISODate)))
        .bind(QStringLiteral(":at"), Clock::toStorage(Clock::nowUtc()));
    if (Status e = insert.exec(); !e)
        return e;
    const qint64 id = insert.insertedId();
    // The token is a secret: sealed under the ledger key, bound to this row.
    Sql seal(m_ledger.db(), QStringLiteral("UPDATE payment_methods SET sealed_token = :t WHERE id = :id"));
    seal.bind(QStringLiteral(":t"), m_ledger.sealWithLedgerKey(p.token.toUtf8(), QByteArrayLiteral("payment-method:") + QByteArray::number(id)))
        .bind(QStringLiteral(":id"), id);
    if (Status e = seal.exec(); !e)
        return e;
    return m_ledger.record({QStringLiteral("payment_method.saved"), QStringLiteral("customer"), QString::number(*customerId),
                            {}, QJsonObject{{QStringLiteral("payment_method_id"), QString::number(id)},
                                            {QStringLiteral("last4"), p.token.right(4)}},
                            std::nullopt, {}});
}

Result<BookingOutcome> PaymentBooking::book(const ConfirmedPayment& p)
{
    if (p.status == QLatin1String("COMPLETE"))
        return bookComplete(p);
    BookingOutcome outcome;
    Database& db = m_ledger.db();
    Status s = m_ledger.write([&]() -> Status {
        Sql existing(db, QStringLiteral("SELECT id, status FROM transactions WHERE provider = :p AND provider_id = :id") + db.forUpdate());
        existing.bind(QStringLiteral(":p"), p.provider).bind(QStringLiteral(":id"), p.providerId);
        if (Status e = existing.exec(); !e)
            return e;
        const bool found = existing.next();
        const qint64 txId = found ? existing.int64(0) : 0;
        const QString txStatus = found ? existing.text(1) : QString();
        const QString now = Clock::toStorage(Clock::nowUtc());
        if (p.status == QLatin1String("PENDING")) {
            if (found) {
                outcome.outcome = txStatus == QLatin1String("complete") ? tr("late PENDING ignored: the payment is complete")
                                                                      : tr("duplicate PENDING");
                outcome.transactionId = txId;
                return {};
            }
            Sql insert(db, QStringLiteral("INSERT INTO transactions (kind, provider, provider_id, environment, status, "
                                          "m_payment_id, gross, fee, net, created_at, updated_at) VALUES ('payment', :p, :id, "
                                          ":env, 'pending', :m, :g, :f, :n, :now, :now)") + db.returningId());
            insert.bind(QStringLiteral(":p"), p.provider).bind(QStringLiteral(":id"), p.providerId)
                .bind(QStringLiteral(":env"), toString(m_ledger.environment())).bind(QStringLiteral(":m"), p.mPaymentId)
                .bind(QStringLiteral(":g"), p.gross.cents()).bind(QStringLiteral(":f"), p.fee.cents())
                .bind(QStringLiteral(":n"), p.gross.cents() - p.fee.cents()).bind(QStringLiteral(":now"), now);
            if (Status e = insert.exec(); !e)
                return e;
            outcome.transactionId = insert.insertedId();
            outcome.outcome = tr("recorded as pending");
            return addTransactionEvent(m_ledger.db(), *outcome.transactionId, QStringLiteral("pending"), tr("%1 reported the payment pending").arg(providerLabel(p.provider)));
        }
        if (p.status == QLatin1String("FAILED")) {
            Sql checkout(db, QStringLiteral("UPDATE checkouts SET status = 'failed', updated_at = :now WHERE m_payment_id = :m "
                                            "AND status = 'pending'"));
            checkout.bind(QStringLiteral(":now"), now).bind(QStringLiteral(":m"), p.mPaymentId);
            if (Status e = checkout.exec(); !e)
                return e;
            if (found && txStatus == QLatin1String("pending")) {
                Sql fail(db, QStringLiteral("UPDATE transactions SET status = 'failed', updated_at = :now WHERE id = :id"));
                fail.bind(QStringLiteral(":now"), now).bind(QStringLiteral(":id"), txId);
                if (Status e = fail.exec(); !e)
                    return e;
                if (Status e = addTransactionEvent(m_ledger.db(), txId, QStringLiteral("failed"), tr("%1 reported the payment failed").arg(providerLabel(p.provider))); !e)
                    return e;
            }
            outcome.transactionId = found ? std::optional<qint64>(txId) : std::nullopt;
            outcome.outcome = found && txStatus == QLatin1String("complete") ? tr("FAILED ignored: the payment is complete")
                                                                            : tr("checkout marked failed; the invoice stays open");
            return m_ledger.record({QStringLiteral("payment.failed"), QStringLiteral("checkout"), p.mPaymentId, {},
                                    QJsonObject{{providerIdKey(p.provider), p.providerId}}, std::nullopt, {}});
        }
        if (p.status == QLatin1String("CANCELLED")) {
            if (p.token.isEmpty()) {
                outcome.outcome = tr("CANCELLED without a token: nothing to do");
                return {};
            }
            const QString hash = QString::fromLatin1(hmacSha256(QByteArrayLiteral("imali token id"), p.token.toUtf8()).toHex());
            Sql remove(db, QStringLiteral("UPDATE payment_methods SET status = 'removed', removed_at = :now "
                                          "WHERE token_hash = :h AND status = 'active'"));
            remove.bind(QStringLiteral(":now"), now).bind(QStringLiteral(":h"), hash);
            if (Status e = remove.exec(); !e)
                return e;
            outcome.outcome = remove.rowsAffected() > 0 ? tr("saved card removed") : tr("no active saved card for that token");
            if (remove.rowsAffected() > 0)
                return m_ledger.record({QStringLiteral("payment_method.cancelled"), QStringLiteral("payment_method"),
                                        p.token.right(4), {}, QJsonObject{{QStringLiteral("by"), QStringLiteral("payfast")}},
                                        std::nullopt, {}});
            return {};
        }
        outcome.outcome = tr("status %1 is not one PayFast documents; nothing booked").arg(p.status);
        return {};
    });
    if (!s)
        return s.error();
    return outcome;
}

Result<BookingOutcome> PaymentBooking::bookComplete(const ConfirmedPayment& p)
{
    // Another connection (a second listener on the same PostgreSQL ledger) may insert this payment's
    // row between our look-up and our insert: its PENDING or its COMPLETE, committed after our look-up.
    // The unique key refuses our insert; run once more, and the look-up sees that row: a PENDING is
    // completed, a COMPLETE is a duplicate. Treating the refusal itself as a duplicate would drop a
    // COMPLETE that met a PENDING. Should it race again, the error makes the processor retry later.
    bool raced = false;
    auto outcome = bookCompleteOnce(p, &raced);
    if (!outcome && raced)
        outcome = bookCompleteOnce(p, &raced);
    return outcome;
}

Result<BookingOutcome> PaymentBooking::bookCompleteOnce(const ConfirmedPayment& p, bool* raced)
{
    *raced = false;
    BookingOutcome outcome;
    Database& db = m_ledger.db();
    Invoices invoices(m_ledger);
    Status s = m_ledger.write([&]() -> Status {
        // Lock order: invoice, checkout, transaction (Database documents it).
        CheckoutRow checkout;
        std::optional<Invoice> invoice;
        std::optional<qint64> customerId;
        Sql find(db, QStringLiteral("SELECT id, invoice_id, amount, status, customer_id FROM checkouts WHERE m_payment_id = :m "
                                    "AND provider = :p"));
        find.bind(QStringLiteral(":m"), p.mPaymentId).bind(QStringLiteral(":p"), p.provider);
        if (Status e = find.exec(); !e)
            return e;
        const bool knownCheckout = !p.mPaymentId.isEmpty() && find.next();
        if (knownCheckout) {
            checkout = {find.int64(0), find.value(1).isNull() ? std::nullopt : std::optional<qint64>(find.int64(1)),
                        Money::fromCents(find.int64(2)), find.text(3)};
            if (checkout.invoiceId) {
                auto locked = invoices.lockForUpdate(*checkout.invoiceId);
                if (!locked)
                    return locked.error();
                invoice = *locked;
                customerId = invoice->customerId;
            } else if (!find.value(4).isNull()) {
                customerId = find.int64(4); // a card-saving checkout: no invoice, a customer
            }
            Sql lock(db, QStringLiteral("SELECT id FROM checkouts WHERE id = :id") + db.forUpdate());
            lock.bind(QStringLiteral(":id"), checkout.id);
            if (Status e = lock.exec(); !e)
                return e;
        }
        Sql existing(db, QStringLiteral("SELECT id, status FROM transactions WHERE provider = :p AND provider_id = :id") + db.forUpdate());
        existing.bind(QStringLiteral(":p"), p.provider).bind(QStringLiteral(":id"), p.providerId);
        if (Status e = existing.exec(); !e)
            return e;
        const bool found = existing.next();
        const qint64 foundId = found ? existing.int64(0) : 0;
        if (found && existing.text(1) == QLatin1String("complete")) {
            outcome = {tr("duplicate: already booked as transaction %1").arg(foundId), foundId, false, true};
            return {};
        }
        if (p.gross.isZero()) {
            // A R 0.00 tokenization: no money, only the card to keep, for the customer of our checkout.
            if (p.token.isEmpty() || !customerId) {
                outcome.outcome = p.token.isEmpty() ? tr("R 0.00 COMPLETE without a token: nothing to book or save")
                                                    : tr("R 0.00 COMPLETE with a token, but not for a customer of ours: "
                                                         "no card saved");
                return {};
            }
            outcome.outcome = tr("card saved; no money moved");
            if (knownCheckout && !checkout.invoiceId) {
                Sql done(db, QStringLiteral("UPDATE checkouts SET status = 'paid', updated_at = :now WHERE id = :id"));
                done.bind(QStringLiteral(":now"), Clock::toStorage(Clock::nowUtc())).bind(QStringLiteral(":id"), checkout.id);
                if (Status e = done.exec(); !e)
                    return e;
            }
            return saveToken(p, customerId);
        }
        // Where the money goes: the invoice, only if everything matches to the cent.
        QString reason;
        if (!p.unallocatedReason.isEmpty())
            reason = p.unallocatedReason;
        else if (!knownCheckout)
            reason = tr("unknown m_payment_id");
        else if (!invoice)
            reason = tr("checkout has no invoice");
        else if (invoice->status == InvoiceStatus::Void)
            reason = tr("invoice %1 is void").arg(invoice->reference());
        else if (invoice->status != InvoiceStatus::Open)
            reason = tr("invoice %1 is already %2").arg(invoice->reference(), toString(invoice->status));
        else if (p.gross < checkout.amount || p.gross < invoice->balance())
            reason = tr("underpaid: %1 received, %2 due").arg(p.gross.toString(), invoice->balance().toString());
        else if (p.gross > checkout.amount || p.gross > invoice->balance())
            reason = tr("overpaid: %1 received, %2 due").arg(p.gross.toString(), invoice->balance().toString());
        const bool settle = reason.isEmpty();
        const QString now = Clock::toStorage(Clock::nowUtc());
        qint64 txId = foundId;
        if (found) {
            Sql update(db, QStringLiteral("UPDATE transactions SET status = 'complete', invoice_id = :inv, checkout_id = :co, "
                                          "gross = :g, fee = :f, net = :n, unallocated_reason = :r, amounts_mismatch = :mm, "
                                          "updated_at = :now WHERE id = :id"));
            update.bind(QStringLiteral(":inv"), settle ? QVariant(invoice->id) : QVariant())
                .bind(QStringLiteral(":co"), knownCheckout ? QVariant(checkout.id) : QVariant())
                .bind(QStringLiteral(":g"), p.gross.cents()).bind(QStringLiteral(":f"), p.fee.cents())
                .bind(QStringLiteral(":n"), p.gross.cents() - p.fee.cents())
                .bind(QStringLiteral(":r"), settle ? QVariant() : QVariant(reason))
                .bind(QStringLiteral(":mm"), p.amountsAddUp ? 0 : 1).bind(QStringLiteral(":now"), now)
                .bind(QStringLiteral(":id"), foundId);
            if (Status e = update.exec(); !e)
                return e;
        } else {
            Sql insert(db, QStringLiteral("INSERT INTO transactions (kind, provider, provider_id, environment, status, invoice_id, "
                                          "checkout_id, m_payment_id, gross, fee, net, unallocated_reason, amounts_mismatch, "
                                          "created_at, updated_at) VALUES ('payment', :p, :id, :env, 'complete', :inv, :co, :m, "
                                          ":g, :f, :n, :r, :mm, :now, :now)") + db.returningId());
            insert.bind(QStringLiteral(":p"), p.provider).bind(QStringLiteral(":id"), p.providerId)
                .bind(QStringLiteral(":env"), toString(m_ledger.environment()))
                .bind(QStringLiteral(":inv"), settle ? QVariant(invoice->id) : QVariant())
                .bind(QStringLiteral(":co"), knownCheckout ? QVariant(checkout.id) : QVariant())
                .bind(QStringLiteral(":m"), p.mPaymentId)
                .bind(QStringLiteral(":g"), p.gross.cents()).bind(QStringLiteral(":f"), p.fee.cents())
                .bind(QStringLiteral(":n"), p.gross.cents() - p.fee.cents())
                .bind(QStringLiteral(":r"), settle ? QVariant() : QVariant(reason))
                .bind(QStringLiteral(":mm"), p.amountsAddUp ? 0 : 1).bind(QStringLiteral(":now"), now);
            if (Status e = insert.exec(); !e) {
                if (db.isUniqueViolation(insert.lastError())) {
                    *raced = true;
                    return Error::conflict(tr("another listener booked this payment at the same moment"));
                }
                return e;
            }
            txId = insert.insertedId();
        }
        if (Status e = addTransactionEvent(m_ledger.db(), txId, QStringLiteral("confirmed"),
                                tr("%1 confirmed %2 (fee %3, net %4)").arg(providerLabel(p.provider), p.gross.toString(), p.fee.toString(), p.net.toString()));
            !e)
            return e;
        if (!p.amountsAddUp)
            if (Status e = addTransactionEvent(m_ledger.db(), txId, QStringLiteral("flagged"), tr("gross, fee and net do not add up")); !e)
                return e;
        outcome.transactionId = txId;
        QJsonObject after{{QStringLiteral("transaction_id"), QString::number(txId)},
                          {providerIdKey(p.provider), p.providerId},
                          {QStringLiteral("gross"), p.gross.toString()},
                          {QStringLiteral("fee"), p.fee.toString()},
                          {QStringLiteral("net"), p.net.toString()}};
        if (settle) {
            invoice->amountPaid += p.gross;
            if (Status e = invoices.saveAmounts(*invoice); !e) // paid: closes the invoice's other checkouts
                return e;
            Sql paid(db, QStringLiteral("UPDATE checkouts SET status = 'paid', updated_at = :now WHERE id = :id"));
            paid.bind(QStringLiteral(":now"), now).bind(QStringLiteral(":id"), checkout.id);
            if (Status e = paid.exec(); !e)
                return e;
            outcome.settledInvoice = true;
            outcome.outcome = tr("booked and settled invoice %1").arg(invoice->reference());
            after.insert(QStringLiteral("invoice"), invoice->reference());
        } else {
            outcome.outcome = tr("booked as unallocated: %1").arg(reason);
            after.insert(QStringLiteral("unallocated_reason"), reason);
        }
        if (Status e = saveToken(p, customerId); !e)
            return e;
        return m_ledger.record({QStringLiteral("payment.booked"), QStringLiteral("transaction"), QString::number(txId), {},
                                after, std::nullopt, {}});
    });
    if (!s)
        return s.error();
    return outcome;
}

Result<BookingOutcome> PaymentBooking::bookRefund(const ConfirmedRefund& r)
{
    if (r.refundId.isEmpty() || r.paymentId.isEmpty() || r.amount.isZero() || r.amount.isNegative())
        return Error::validation(tr("a refund needs its id, the payment it refunds and an amount above R 0.00"));
    BookingOutcome outcome;
    Database& db = m_ledger.db();
    Invoices invoices(m_ledger);
    Status s = m_ledger.write([&]() -> Status {
        Sql done(db, QStringLiteral("SELECT id FROM transactions WHERE provider = :p AND provider_id = :id"));
        done.bind(QStringLiteral(":p"), r.provider).bind(QStringLiteral(":id"), r.refundId);
        if (Status e = done.exec(); !e)
            return e;
        if (done.next()) {
            outcome = {tr("duplicate: refund already booked as transaction %1").arg(done.int64(0)), done.int64(0), false, true};
            return {};
        }
        Sql find(db, SelectTransaction + QStringLiteral(" WHERE provider = :p AND provider_id = :id AND kind = 'payment'"));
        find.bind(QStringLiteral(":p"), r.provider).bind(QStringLiteral(":id"), r.paymentId);
        if (Status e = find.exec(); !e)
            return e;
        if (!find.next())
            return Error::notFound(tr("the payment %1 it refunds is not booked yet").arg(r.paymentId));
        const Transaction original = transactionFromRow(find);
        // Lock order: invoice, then transactions (Database documents it).
        std::optional<Invoice> invoice;
        if (original.invoiceId) {
            auto locked = invoices.lockForUpdate(*original.invoiceId);
            if (!locked)
                return locked.error();
            invoice = *locked;
        }
        Sql lock(db, QStringLiteral("SELECT status FROM transactions WHERE id = :id") + db.forUpdate());
        lock.bind(QStringLiteral(":id"), original.id);
        if (Status e = lock.exec(); !e)
            return e;
        if (!lock.next() || lock.text(0) != QLatin1String("complete"))
            return Error::notFound(tr("the payment %1 it refunds is not complete yet").arg(r.paymentId));
        Sql refunded(db, QStringLiteral("SELECT COALESCE(SUM(gross), 0) FROM transactions WHERE refund_of = :id "
                                        "AND status IN ('complete', 'pending', 'unknown')"));
        refunded.bind(QStringLiteral(":id"), original.id);
        if (Status e = refunded.exec(); !e)
            return e;
        refunded.next();
        const Money already = Money::fromCents(refunded.int64(0));
        if (already + r.amount > original.gross) {
            outcome.outcome = tr("refund %1 of %2 not booked: with %3 already refunded it would exceed the %4 paid")
                                  .arg(r.refundId, r.amount.toString(), already.toString(), original.gross.toString());
            return {};
        }
        const QString now = Clock::toStorage(Clock::nowUtc());
        const QString reason = r.reason.isEmpty() ? tr("refunded through %1").arg(providerLabel(r.provider))
                                                  : tr("refunded through %1: %2").arg(providerLabel(r.provider), r.reason);
        Sql insert(db, QStringLiteral("INSERT INTO transactions (kind, provider, provider_id, environment, status, invoice_id, "
                                      "refund_of, m_payment_id, gross, fee, net, reason, created_at, updated_at) VALUES "
                                      "('refund', :p, :id, :env, 'complete', :inv, :of, :m, :g, 0, :g, :reason, :now, :now)")
                           + db.returningId());
        insert.bind(QStringLiteral(":p"), r.provider).bind(QStringLiteral(":id"), r.refundId)
            .bind(QStringLiteral(":env"), toString(m_ledger.environment()))
            .bind(QStringLiteral(":inv"), original.invoiceId ? QVariant(*original.invoiceId) : QVariant())
            .bind(QStringLiteral(":of"), original.id)
            .bind(QStringLiteral(":m"), original.mPaymentId.isEmpty() ? QVariant() : QVariant(original.mPaymentId))
            .bind(QStringLiteral(":g"), r.amount.cents())
            .bind(QStringLiteral(":reason"), reason)
            .bind(QStringLiteral(":now"), now);
        if (Status e = insert.exec(); !e) {
            if (db.isUniqueViolation(insert.lastError()))
                return Error::conflict(tr("another listener booked this refund at the same moment"));
            return e;
        }
        const qint64 refundTx = insert.insertedId();
        if (Status e = addTransactionEvent(db, refundTx, QStringLiteral("refunded"), reason); !e)
            return e;
        if (Status e = addTransactionEvent(db, original.id, QStringLiteral("refund"),
                                           tr("%1 refunded as transaction %2").arg(r.amount.toString()).arg(refundTx));
            !e)
            return e;
        outcome.transactionId = refundTx;
        QJsonObject after{{QStringLiteral("refund_transaction_id"), QString::number(refundTx)},
                          {providerIdKey(r.provider), r.refundId},
                          {QStringLiteral("amount"), r.amount.toString()}};
        if (invoice) {
            // Money paid against an invoice comes back with a credit note; unallocated money does not.
            auto note = Payments(m_ledger).issueCreditNote(invoice->id, refundTx, r.amount, reason);
            if (!note)
                return note.error();
            invoice->amountCredited += r.amount;
            invoice->amountRefunded += r.amount;
            if (Status e = invoices.saveAmounts(*invoice); !e)
                return e;
            after.insert(QStringLiteral("credit_note"), note->number);
            after.insert(QStringLiteral("invoice"), invoice->reference());
            outcome.outcome = tr("refund booked on invoice %1 with credit note %2").arg(invoice->reference(), note->number);
        } else {
            outcome.outcome = tr("refund of unallocated money booked");
        }
        return m_ledger.record({QStringLiteral("refund.booked"), QStringLiteral("transaction"), QString::number(original.id),
                                {}, after, std::nullopt, {}});
    });
    if (!s) {
        if (s.error().kind == ErrorKind::Conflict)
            return BookingOutcome{tr("duplicate: another listener booked this refund"), std::nullopt, false, true};
        return s.error();
    }
    return outcome;
}

Result<QList<Transaction>> PaymentBooking::exceptions()
{
    Sql q(m_ledger.db(), SelectTransaction + QStringLiteral(" WHERE kind = 'payment' AND status = 'complete' AND invoice_id IS NULL "
                                                             "AND unallocated_reason IS NOT NULL ORDER BY created_at, id"));
    q.forwardOnly();
    if (Status s = q.exec(); !s)
        return s.error();
    QList<Transaction> list;
    while (q.next())
        list.append(transactionFromRow(q));
    return list;
}

Result<Transaction> PaymentBooking::allocate(qint64 transactionId, const QString& reference)
{
    Invoices invoices(m_ledger);
    auto invoiceId = invoices.resolve(reference);
    if (!invoiceId)
        return invoiceId.error();
    Database& db = m_ledger.db();
    Status s = m_ledger.write([&]() -> Status {
        auto invoice = invoices.lockForUpdate(*invoiceId);
        if (!invoice)
            return invoice.error();
        Sql q(db, SelectTransaction + QStringLiteral(" WHERE id = :id") + db.forUpdate());
        q.bind(QStringLiteral(":id"), transactionId);
        if (Status e = q.exec(); !e)
            return e;
        if (!q.next())
            return Error::notFound(tr("there is no transaction %1").arg(transactionId));
        const Transaction t = transactionFromRow(q);
        if (t.kind != QLatin1String("payment") || t.status != QLatin1String("complete") || t.invoiceId || t.unallocatedReason.isEmpty())
            return Error::conflict(tr("transaction %1 is not an unallocated payment").arg(transactionId));
        auto mark = RefundMarks(m_ledger).find(transactionId);
        if (!mark)
            return mark.error();
        if (*mark)
            return Error::conflict(tr("transaction %1 is marked for refund; clear the mark before allocating it")
                                       .arg(transactionId));
        if (invoice->status != InvoiceStatus::Open)
            return Error::conflict(tr("invoice %1 is %2; money can only be allocated to an open invoice")
                                       .arg(invoice->reference(), toString(invoice->status)));
        if (t.gross > invoice->balance())
            return Error::validation(tr("%1 is more than the balance of %2 on invoice %3; refund the difference first")
                                         .arg(t.gross.toString(), invoice->balance().toString(), invoice->reference()));
        Sql update(db, QStringLiteral("UPDATE transactions SET invoice_id = :inv, unallocated_reason = NULL, updated_at = :now "
                                      "WHERE id = :id"));
        update.bind(QStringLiteral(":inv"), invoice->id).bind(QStringLiteral(":now"), Clock::toStorage(Clock::nowUtc()))
            .bind(QStringLiteral(":id"), transactionId);
        if (Status e = update.exec(); !e)
            return e;
        if (Status e = addTransactionEvent(m_ledger.db(), transactionId, QStringLiteral("allocated"), tr("allocated to %1 (was: %2)").arg(invoice->reference(), t.unallocatedReason)); !e)
            return e;
        invoice->amountPaid += t.gross;
        if (Status e = invoices.saveAmounts(*invoice); !e)
            return e;
        return m_ledger.record({QStringLiteral("payment.allocated"), QStringLiteral("transaction"), QString::number(transactionId),
                                QJsonObject{{QStringLiteral("unallocated_reason"), t.unallocatedReason}},
                                QJsonObject{{QStringLiteral("invoice"), invoice->reference()}, {QStringLiteral("amount"), t.gross.toString()}},
                                std::nullopt, {}});
    });
    if (!s)
        return s.error();
    Sql q(db, SelectTransaction + QStringLiteral(" WHERE id = :id"));
    q.bind(QStringLiteral(":id"), transactionId);
    if (Status e = q.exec(); !e)
        return e.error();
    q.next();
    return transactionFromRow(q);
}

} // namespace imali
