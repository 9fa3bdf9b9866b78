// SPDX-License-Identifier: GPL-3.0-or-later
#include "Payments.h"

#include "Clock.h"
#include "Invoices.h"
#include "Ledger.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QUuid>

namespace imali {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("Payments", text);
}

QJsonObject moneyOf(const Invoice& inv)
{
    return {{QStringLiteral("status"), toString(inv.status)},
            {QStringLiteral("amount_paid"), inv.amountPaid.toString()},
            {QStringLiteral("amount_refunded"), inv.amountRefunded.toString()},
            {QStringLiteral("amount_credited"), inv.amountCredited.toString()},
            {QStringLiteral("amount_written_off"), inv.amountWrittenOff.toString()},
            {QStringLiteral("balance"), inv.balance().toString()}};
}
} // namespace

Payments::Payments(Ledger& ledger)
    : m_ledger(ledger)
{
}

Result<Transaction> Payments::get(qint64 id)
{
    Sql q(m_ledger.db(), SelectTransaction + QStringLiteral(" WHERE id = :id"));
    q.bind(QStringLiteral(":id"), id);
    if (Status s = q.exec(); !s)
        return s.error();
    if (!q.next())
        return Error::notFound(tr("there is no transaction %1").arg(id));
    return transactionFromRow(q);
}

Result<Transaction> Payments::recordManual(const ManualPayment& payment)
{
    auto amount = Money::parse(payment.amount);
    if (!amount)
        return amount.error();
    if (amount->isZero())
        return Error::validation(tr("a payment must be more than R 0.00"));
    if (payment.method != QLatin1String("cash") && payment.method != QLatin1String("eft")
        && payment.method != QLatin1String("card"))
        return Error::validation(tr("the method must be cash, eft or card"));
    if (payment.reference.size() > 200)
        return Error::validation(tr("the reference is too long (at most 200 characters)"));
    Invoices invoices(m_ledger);
    auto invoiceId = invoices.resolve(payment.invoice);
    if (!invoiceId)
        return invoiceId.error();

    qint64 id = 0;
    Status s = m_ledger.write([&]() -> Status {
        auto invoice = invoices.lockForUpdate(*invoiceId);
        if (!invoice)
            return invoice.error();
        if (invoice->status != InvoiceStatus::Open)
            return Error::conflict(tr("invoice %1 is %2; payments are taken on open invoices only")
                                       .arg(invoice->reference(), toString(invoice->status)));
        const Money balance = invoice->balance();
        if (*amount > balance)
            return Error::validation(tr("%1 is more than the balance of %2 on invoice %3")
                                         .arg(amount->toString(), balance.toString(), invoice->reference()));
        const Money rest = balance - *amount;
        const Money writtenOff = payment.writeOffReason.trimmed().isEmpty() ? Money() : rest;
        if (!payment.writeOffReason.trimmed().isEmpty() && rest.isZero())
            return Error::validation(tr("nothing remains to write off: the payment settles the invoice"));
        const QString now = Clock::toStorage(Clock::nowUtc());
        Sql insert(m_ledger.db(), QStringLiteral(
            "INSERT INTO transactions (kind, provider, provider_id, environment, status, method, invoice_id, gross, "
            "fee, net, written_off, reference, reason, created_at, updated_at) VALUES ('payment', 'manual', :pid, "
            ":env, 'complete', :method, :inv, :gross, 0, :gross, :written_off, :ref, :reason, :now, :now)")
            + m_ledger.db().returningId());
        insert.bind(QStringLiteral(":pid"), QStringLiteral("M-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
            .bind(QStringLiteral(":env"), toString(m_ledger.environment()))
            .bind(QStringLiteral(":method"), payment.method)
            .bind(QStringLiteral(":inv"), *invoiceId)
            .bind(QStringLiteral(":gross"), amount->cents())
            .bind(QStringLiteral(":written_off"), writtenOff.cents())
            .bind(QStringLiteral(":ref"), payment.reference.trimmed())
            .bind(QStringLiteral(":reason"), payment.writeOffReason.trimmed())
            .bind(QStringLiteral(":now"), now);
        if (Status e = insert.exec(); !e)
            return e;
        id = insert.insertedId();
        if (Status e = addTransactionEvent(m_ledger.db(), id, QStringLiteral("recorded"),
                                tr("%1 payment of %2").arg(payment.method, amount->toString()));
            !e)
            return e;
        if (!writtenOff.isZero())
            if (Status e = addTransactionEvent(m_ledger.db(), id, QStringLiteral("written_off"), payment.writeOffReason.trimmed()); !e)
                return e;
        const QJsonObject before = moneyOf(*invoice);
        invoice->amountPaid += *amount;
        invoice->amountWrittenOff += writtenOff;
        if (Status e = invoices.saveAmounts(*invoice); !e)
            return e;
        QJsonObject after = moneyOf(*invoice);
        after.insert(QStringLiteral("transaction_id"), QString::number(id));
        after.insert(QStringLiteral("method"), payment.method);
        after.insert(QStringLiteral("amount"), amount->toString());
        if (!writtenOff.isZero())
            after.insert(QStringLiteral("write_off_reason"), payment.writeOffReason.trimmed());
        return m_ledger.record({QStringLiteral("payment.recorded"), QStringLiteral("invoice"),
                                QString::number(*invoiceId), before, after, std::nullopt, {}});
    });
    if (!s)
        return s.error();
    return get(id);
}

Result<CreditNote> Payments::issueCreditNote(qint64 invoiceId, qint64 refundTransactionId, Money amount,
                                             const QString& reason)
{
    auto invoice = Invoices(m_ledger).get(invoiceId);
    if (!invoice)
        return invoice.error();
    QList<LineAmounts> lineAmounts;
    for (const InvoiceLine& l : invoice->lines)
        lineAmounts.append(l.amounts);
    const QList<LineAmounts> parts = splitProRata(amount, lineAmounts);
    const InvoiceTotals totals = sumLines(parts);

    Sql next(m_ledger.db(), QStringLiteral("UPDATE number_sequences SET next_value = next_value + 1 "
                                           "WHERE name = 'credit_note' RETURNING next_value - 1"));
    if (Status e = next.exec(); !e)
        return e.error();
    next.next();
    CreditNote note;
    note.number = QStringLiteral("CN-%1").arg(next.int64(0), 6, 10, QLatin1Char('0'));
    note.refundTransactionId = refundTransactionId;
    note.subtotal = totals.subtotal;
    note.vat = totals.vat;
    note.total = totals.total;
    note.reason = reason;
    note.createdAt = Clock::toStorage(Clock::nowUtc());
    Sql insert(m_ledger.db(), QStringLiteral(
        "INSERT INTO credit_notes (number, invoice_id, refund_transaction_id, subtotal, vat, total, reason, created_at) "
        "VALUES (:number, :inv, :refund, :subtotal, :vat, :total, :reason, :at)")
            + m_ledger.db().returningId());
    insert.bind(QStringLiteral(":number"), note.number)
        .bind(QStringLiteral(":inv"), invoiceId)
        .bind(QStringLiteral(":refund"), refundTransactionId)
        .bind(QStringLiteral(":subtotal"), note.subtotal.cents())
        .bind(QStringLiteral(":vat"), note.vat.cents())
        .bind(QStringLiteral(":total"), note.total.cents())
        .bind(QStringLiteral(":reason"), reason)
        .bind(QStringLiteral(":at"), note.createdAt);
    if (Status e = insert.exec(); !e)
        return e.error();
    note.id = insert.insertedId();
    for (qsizetype i = 0; i < parts.size(); ++i) {
        if (parts.at(i).gross.isZero())
            continue;
        Sql line(m_ledger.db(), QStringLiteral("INSERT INTO credit_note_lines (credit_note_id, invoice_line_id, net, vat, "
                                               "gross) VALUES (:note, :line, :net, :vat, :gross)"));
        line.bind(QStringLiteral(":note"), note.id)
            .bind(QStringLiteral(":line"), invoice->lines.at(i).id)
            .bind(QStringLiteral(":net"), parts.at(i).net.cents())
            .bind(QStringLiteral(":vat"), parts.at(i).vat.cents())
            .bind(QStringLiteral(":gross"), parts.at(i).gross.cents());
        if (Status e = line.exec(); !e)
            return e.error();
    }
    return note;
}

Result<RefundOutcome> Payments::refundManual(const RefundRequest& request)
{
    auto amount = Money::parse(request.amount);
    if (!amount)
        return amount.error();
    if (amount->isZero())
        return Error::validation(tr("a refund must be more than R 0.00"));
    const QString reason = request.reason.trimmed();
    if (reason.size() < 3 || reason.size() > 255)
        return Error::validation(tr("a refund needs a reason of 3 to 255 characters"));

    RefundOutcome outcome;
    qint64 refundId = 0;
    Status s = m_ledger.write([&]() -> Status {
        // Lock order: invoice before transactions (Database's documented order).
        auto original = get(request.transactionId);
        if (!original)
            return original.error();
        Invoices invoices(m_ledger);
        std::optional<Invoice> invoice;
        if (original->invoiceId) {
            auto locked = invoices.lockForUpdate(*original->invoiceId);
            if (!locked)
                return locked.error();
            invoice = *locked;
        }
        Sql lock(m_ledger.db(), QStringLiteral("SELECT id FROM transactions WHERE id = :id") + m_ledger.db().forUpdate());
        lock.bind(QStringLiteral(":id"), request.transactionId);
        if (Status e = lock.exec(); !e)
            return e;
        if (original->kind != QLatin1String("payment") || original->status != QLatin1String("complete"))
            return Error::conflict(tr("transaction %1 is not a completed payment").arg(request.transactionId));
        if (original->provider != QLatin1String("manual"))
            return Error::conflict(tr("transaction %1 was paid through %2; refund it through %2, not by hand")
                                       .arg(request.transactionId).arg(original->provider));
        Sql refunded(m_ledger.db(), QStringLiteral("SELECT COALESCE(SUM(gross), 0) FROM transactions WHERE refund_of = :id "
                                                   "AND status IN ('complete', 'pending', 'unknown')"));
        refunded.bind(QStringLiteral(":id"), request.transactionId);
        if (Status e = refunded.exec(); !e)
            return e;
        refunded.next();
        const Money already = Money::fromCents(refunded.int64(0));
        if (already + *amount > original->gross)
            return Error::validation(tr("%1 would refund more than was paid: %2 was paid and %3 is already refunded")
                                         .arg(amount->toString(), original->gross.toString(), already.toString()));
        const QString now = Clock::toStorage(Clock::nowUtc());
        Sql insert(m_ledger.db(), QStringLiteral(
            "INSERT INTO transactions (kind, provider, provider_id, environment, status, method, invoice_id, refund_of, "
            "gross, fee, net, reason, created_at, updated_at) VALUES ('refund', 'manual', :pid, :env, 'complete', "
            ":method, :inv, :of, :gross, 0, :gross, :reason, :now, :now)")
            + m_ledger.db().returningId());
        insert.bind(QStringLiteral(":pid"), QStringLiteral("R-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
            .bind(QStringLiteral(":env"), toString(m_ledger.environment()))
            .bind(QStringLiteral(":method"), original->method.isEmpty() ? QVariant()
                                                                        : QVariant(original->method))
            .bind(QStringLiteral(":inv"), original->invoiceId ? QVariant(*original->invoiceId)
                                                              : QVariant())
            .bind(QStringLiteral(":of"), request.transactionId)
            .bind(QStringLiteral(":gross"), amount->cents())
            .bind(QStringLiteral(":reason"), reason)
            .bind(QStringLiteral(":now"), now);
        if (Status e = insert.exec(); !e)
            return e;
        refundId = insert.insertedId();
        if (Status e = addTransactionEvent(m_ledger.db(), refundId, QStringLiteral("refunded"), reason); !e)
            return e;
        if (Status e = addTransactionEvent(m_ledger.db(), request.transactionId, QStringLiteral("refund"),
                                tr("%1 refunded as transaction %2").arg(amount->toString()).arg(refundId));
            !e)
            return e;
        QJsonObject before{{QStringLiteral("refunded_before"), already.toString()}};
        QJsonObject after{{QStringLiteral("refund_transaction_id"), QString::number(refundId)},
                          {QStringLiteral("amount"), amount->toString()},
                          {QStringLiteral("reason"), reason}};
        if (invoice) {
            // Money paid against an invoice comes back with a credit note; unallocated money does not.
            auto note = issueCreditNote(invoice->id, refundId, *amount, reason);
            if (!note)
                return note.error();
            outcome.creditNote = *note;
            before = moneyOf(*invoice);
            invoice->amountCredited += *amount;
            invoice->amountRefunded += *amount;
            if (Status e = invoices.saveAmounts(*invoice); !e)
                return e;
            after.insert(QStringLiteral("credit_note"), note->number);
            const QJsonObject figures = moneyOf(*invoice);
            for (auto it = figures.constBegin(); it != figures.constEnd(); ++it)
                after.insert(it.key(), it.value());
        }
        return m_ledger.record({QStringLiteral("refund.recorded"), QStringLiteral("transaction"),
                                QString::number(request.transactionId), before, after, std::nullopt, {}});
    });
    if (!s)
        return s.error();
    auto refund = get(refundId);
    if (!refund)
        return refund.error();
    outcome.refund = *refund;
    return outcome;
}

} // namespace imali
