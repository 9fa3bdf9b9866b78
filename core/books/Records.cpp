// SPDX-License-Identifier: GPL-3.0-or-later
#include "Records.h"

#include "Clock.h"
#include "storage/Database.h"

namespace imali {

const QString SelectTransaction = QStringLiteral(
    "SELECT id, kind, provider, provider_id, COALESCE(m_payment_id, ''), environment, status, COALESCE(method, ''), "
    "invoice_id, refund_of, gross, fee, net, written_off, COALESCE(unallocated_reason, ''), reference, reason, "
    "created_at FROM transactions");

Transaction transactionFromRow(const Sql& q)
{
    Transaction t;
    t.id = q.int64(0);
    t.kind = q.text(1);
    t.provider = q.text(2);
    t.providerId = q.text(3);
    t.mPaymentId = q.text(4);
    t.environment = environmentFromString(q.text(5)).value_or(Environment::Sandbox);
    t.status = q.text(6);
    t.method = q.text(7);
    if (!q.value(8).isNull())
        t.invoiceId = q.int64(8);
    if (!q.value(9).isNull())
        t.refundOf = q.int64(9);
    t.gross = Money::fromCents(q.int64(10));
    t.fee = Money::fromCents(q.int64(11));
    t.net = Money::fromCents(q.int64(12));
    t.writtenOff = Money::fromCents(q.int64(13));
    t.unallocatedReason = q.text(14);
    t.reference = q.text(15);
    t.reason = q.text(16);
    t.createdAt = q.text(17);
    return t;
}

Status addTransactionEvent(Database& db, qint64 transactionId, const QString& event, const QString& detail)
{
    Sql q(db, QStringLiteral("INSERT INTO transaction_events (transaction_id, event, detail, created_at) "
                             "VALUES (:t, :e, :d, :at)"));
    q.bind(QStringLiteral(":t"), transactionId)
        .bind(QStringLiteral(":e"), event)
        .bind(QStringLiteral(":d"), detail)
        .bind(QStringLiteral(":at"), Clock::toStorage(Clock::nowUtc()));
    return q.exec();
}

QString Invoice::reference() const
{
    return number.isEmpty() ? QStringLiteral("draft #%1").arg(id) : number;
}

InvoiceStatus statusFromAmounts(const Invoice& invoice)
{
    if (invoice.status == InvoiceStatus::Draft || invoice.status == InvoiceStatus::Void)
        return invoice.status;
    if (!invoice.amountRefunded.isZero())
        return invoice.amountRefunded >= invoice.amountPaid ? InvoiceStatus::Refunded : InvoiceStatus::PartiallyRefunded;
    if (invoice.balance() <= Money())
        return InvoiceStatus::Paid;
    return InvoiceStatus::Open;
}

} // namespace imali
