// SPDX-License-Identifier: GPL-3.0-or-later
#include "PaymentQuery.h"

#include "Clock.h"
#include "Ledger.h"

#include <QCoreApplication>

#include <utility>

namespace imali
{

namespace
{
QString tr(const char* text)
{
    return QCoreApplication::translate("PaymentQuery", text);
}

const QString SelectRow = QStringLiteral(
    "SELECT t.id, t.created_at, t.kind, t.provider, t.provider_id, t.status, COALESCE(t.method, ''), "
    "COALESCE(i.number, ''), t.gross, t.fee, t.net, COALESCE(t.unallocated_reason, '') "
    "FROM transactions t LEFT JOIN invoices i ON i.id = t.invoice_id");

/// The stored column behind a sort key; only these names ever reach the SQL text.
QString sortColumn(PaymentSortKey key)
{
    switch (key) {
    case PaymentSortKey::CreatedAt:
        return QStringLiteral("t.created_at");
    case PaymentSortKey::Kind:
        return QStringLiteral("t.kind");
    case PaymentSortKey::Provider:
        return QStringLiteral("t.provider");
    case PaymentSortKey::TransactionStatus:
        return QStringLiteral("t.status");
    case PaymentSortKey::Method:
        return QStringLiteral("COALESCE(t.method, '')");
    case PaymentSortKey::Gross:
        return QStringLiteral("t.gross");
    case PaymentSortKey::Fee:
        return QStringLiteral("t.fee");
    case PaymentSortKey::Net:
        return QStringLiteral("t.net");
    }
    return QStringLiteral("t.created_at");
}

QVariant sortValueOf(const PaymentRow& row, PaymentSortKey key)
{
    switch (key) {
    case PaymentSortKey::CreatedAt:
        return row.createdAt;
    case PaymentSortKey::Kind:
        return row.kind;
    case PaymentSortKey::Provider:
        return row.provider;
    case PaymentSortKey::TransactionStatus:
        return row.status;
    case PaymentSortKey::Method:
        return row.method;
    case PaymentSortKey::Gross:
        return row.gross.cents();
    case PaymentSortKey::Fee:
        return row.fee.cents();
    case PaymentSortKey::Net:
        return row.net.cents();
    }
    return row.createdAt;
}

/** A WHERE clause and the values it binds, built from a filter. */
struct Where {
    QStringList terms;
    QList<std::pair<QString, QVariant>> binds;

    QString sql() const
    {
        return terms.isEmpty() ? QString() : QStringLiteral(" WHERE ") + terms.join(QStringLiteral(" AND "));
    }
    void bindTo(Sql& q) const
    {
        for (const auto& [name, value] : binds)
            q.bind(name, value);
    }
};

Where whereOf(const PaymentFilter& f)
{
    Where w;
    // Dates people pick are Johannesburg days; created_at is UTC text that sorts as time.
    if (f.from.isValid()) {
        w.terms << QStringLiteral("t.created_at >= :from");
        w.binds.append({QStringLiteral(":from"), Clock::toStorage(Clock::startOfDayUtc(f.from))});
    }
    if (f.to.isValid()) {
        w.terms << QStringLiteral("t.created_at < :to");
        w.binds.append({QStringLiteral(":to"), Clock::toStorage(Clock::startOfDayUtc(f.to.addDays(1)))});
    }
    if (!f.status.isEmpty()) {
        w.terms << QStringLiteral("t.status = :status");
        w.binds.append({QStringLiteral(":status"), f.status});
    }
    if (!f.provider.isEmpty()) {
        w.terms << QStringLiteral("t.provider = :provider");
        w.binds.append({QStringLiteral(":provider"), f.provider});
    }
    if (!f.method.isEmpty()) {
        w.terms << QStringLiteral("t.method = :method");
        w.binds.append({QStringLiteral(":method"), f.method});
    }
    return w;
}
} // namespace

PaymentQuery::PaymentQuery(Ledger& ledger) : m_ledger(ledger) { }

Status PaymentQuery::validate(const PaymentFilter& f)
{
    static const QStringList statuses {QStringLiteral("pending"), QStringLiteral("complete"),
                                       QStringLiteral("failed"), QStringLiteral("cancelled"),
                                       QStringLiteral("unknown")};
    static const QStringList providers {QStringLiteral("payfast"), QStringLiteral("stripe"),
                                        QStringLiteral("manual")};
    static const QStringList methods {QStringLiteral("cash"), QStringLiteral("eft"), QStringLiteral("card")};
    if (!f.status.isEmpty() && !statuses.contains(f.status))
        return Error::validation(tr("unknown status \"%1\"").arg(f.status));
    if (!f.provider.isEmpty() && !providers.contains(f.provider))
        return Error::validation(tr("unknown provider \"%1\"").arg(f.provider));
    if (!f.method.isEmpty() && !methods.contains(f.method))
        return Error::validation(tr("unknown method \"%1\"").arg(f.method));
    if (f.from.isValid() && f.to.isValid() && f.from > f.to)
        return Error::validation(tr("the date range ends before it starts"));
    return {};
}

Result<QList<PaymentRow>> PaymentQuery::page(const PaymentFilter& filter, const PaymentSort& sort,
                                             const std::optional<PaymentCursor>& after, int limit)
{
    if (Status s = validate(filter); !s)
        return s.error();
    Where where = whereOf(filter);
    const QString column = sortColumn(sort.key);
    const QString direction = sort.descending ? QStringLiteral("DESC") : QStringLiteral("ASC");
    if (after) {
        // Keyset paging: a row value comparison walks the index from the cursor, whatever the page number.
        where.terms << QStringLiteral("(%1, t.id) %2 (:after_value, :after_id)")
                           .arg(column, sort.descending ? QStringLiteral("<") : QStringLiteral(">"));
        where.binds.append({QStringLiteral(":after_value"), after->sortValue});
        where.binds.append({QStringLiteral(":after_id"), after->id});
    }
    Sql q(m_ledger.db(),
          SelectRow + where.sql()
              + QStringLiteral(" ORDER BY %1 %2, t.id %2 LIMIT :limit").arg(column, direction));
    q.forwardOnly();
    where.bindTo(q);
    q.bind(QStringLiteral(":limit"), limit);
    if (Status s = q.exec(); !s)
        return s.error();
    QList<PaymentRow> rows;
    while (q.next()) {
        PaymentRow r;
        r.id = q.int64(0);
        r.createdAt = q.text(1);
        r.kind = q.text(2);
        r.provider = q.text(3);
        r.providerId = q.text(4);
        r.status = q.text(5);
        r.method = q.text(6);
        r.invoiceNumber = q.text(7);
        r.gross = Money::fromCents(q.int64(8));
        r.fee = Money::fromCents(q.int64(9));
        r.net = Money::fromCents(q.int64(10));
        r.unallocatedReason = q.text(11);
        r.sortValue = sortValueOf(r, sort.key);
        rows.append(r);
    }
    return rows;
}

Result<qint64> PaymentQuery::count(const PaymentFilter& filter)
{
    if (Status s = validate(filter); !s)
        return s.error();
    const Where where = whereOf(filter);
    Sql q(m_ledger.db(), QStringLiteral("SELECT COUNT(*) FROM transactions t") + where.sql());
    where.bindTo(q);
    if (Status s = q.exec(); !s)
        return s.error();
    q.next();
    return q.int64(0);
}

Result<PaymentDetail> PaymentQuery::detail(qint64 id)
{
    PaymentDetail d;
    Database& db = m_ledger.db();
    // One snapshot: the figures, the history and the notifications agree with each other.
    Status s = db.readSnapshot([&]() -> Status {
        Sql t(db, SelectTransaction + QStringLiteral(" WHERE id = :id"));
        t.bind(QStringLiteral(":id"), id);
        if (Status e = t.exec(); !e)
            return e;
        if (!t.next())
            return Error::notFound(tr("there is no transaction %1").arg(id));
        d.transaction = transactionFromRow(t);
        if (d.transaction.invoiceId) {
            Sql inv(db,
                    QStringLiteral("SELECT COALESCE(i.number, ''), c.name FROM invoices i "
                                   "JOIN customers c ON c.id = i.customer_id WHERE i.id = :id"));
            inv.bind(QStringLiteral(":id"), *d.transaction.invoiceId);
            if (Status e = inv.exec(); !e)
                return e;
            if (inv.next()) {
                d.invoiceNumber = inv.text(0);
                d.customerName = inv.text(1);
            }
        }
        Sql refunded(db,
                     QStringLiteral("SELECT COALESCE(SUM(gross), 0) FROM transactions WHERE refund_of = :id "
                                    "AND status IN ('complete', 'pending', 'unknown')"));
        refunded.bind(QStringLiteral(":id"), id);
        if (Status e = refunded.exec(); !e)
            return e;
        refunded.next();
        d.refunded = Money::fromCents(refunded.int64(0));
        Sql events(db,
                   QStringLiteral("SELECT event, detail, created_at FROM transaction_events "
                                  "WHERE transaction_id = :id ORDER BY id"));
        events.bind(QStringLiteral(":id"), id);
        if (Status e = events.exec(); !e)
            return e;
        while (events.next())
            d.events.append({events.text(0), events.text(1), events.text(2)});
        // Manual transactions have no notifications; the sealed body is never read here.
        if (d.transaction.provider != QLatin1String("manual")) {
            Sql n(db,
                  QStringLiteral(
                      "SELECT id, status, received_at, sender, checks, processing, attempts, outcome "
                      "FROM notifications WHERE provider = :p AND provider_id = :pid ORDER BY received_at, "
                      "id"));
            n.bind(QStringLiteral(":p"), d.transaction.provider)
                .bind(QStringLiteral(":pid"), d.transaction.providerId);
            if (Status e = n.exec(); !e)
                return e;
            while (n.next())
                d.notifications.append({n.int64(0), n.text(1), n.text(2), n.text(3), n.text(4), n.text(5),
                                        static_cast<int>(n.int64(6)), n.text(7)});
        }
        return {};
    });
    if (!s)
        return s.error();
    return d;
}

} // namespace imali
