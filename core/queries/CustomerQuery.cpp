// SPDX-License-Identifier: GPL-3.0-or-later
#include "CustomerQuery.h"

#include "Clock.h"
#include "Ledger.h"
#include "LikePattern.h"
#include "books/Customers.h"

#include <QCoreApplication>

namespace imali
{

namespace
{
QString tr(const char* text)
{
    return QCoreApplication::translate("CustomerQuery", text);
}

/// An invoice's balance as SPEC §3 defines it: total − credited − paid − written off + refunded.
const QString BalanceExpression =
    QStringLiteral("(total - amount_credited - amount_paid - amount_written_off + amount_refunded)");

} // namespace

CustomerQuery::CustomerQuery(Ledger& ledger) : m_ledger(ledger) { }

Result<QList<Customer>> CustomerQuery::search(const QString& text, bool includeArchived, int limit)
{
    QStringList terms;
    if (!includeArchived)
        terms << QStringLiteral("archived_at IS NULL");
    if (!text.trimmed().isEmpty())
        terms << QStringLiteral("(lower(name) LIKE :q ESCAPE '\\' OR lower(email) LIKE :q ESCAPE '\\')");
    const QString where =
        terms.isEmpty() ? QString() : QStringLiteral(" WHERE ") + terms.join(QStringLiteral(" AND "));
    Sql q(m_ledger.db(), Customers::selectSql() + where + QStringLiteral(" ORDER BY name, id LIMIT :limit"));
    q.forwardOnly();
    if (!text.trimmed().isEmpty())
        q.bind(QStringLiteral(":q"), containsPattern(text));
    q.bind(QStringLiteral(":limit"), limit);
    if (Status s = q.exec(); !s)
        return s.error();
    QList<Customer> customers;
    while (q.next())
        customers.append(Customers::fromRow(q));
    return customers;
}

Result<CustomerSummary> CustomerQuery::summary(qint64 customerId, int invoiceLimit)
{
    CustomerSummary summary;
    Database& db = m_ledger.db();
    // One snapshot, so the listed invoices and the summed balance agree.
    Status s = db.readSnapshot([&]() -> Status {
        Sql c(db, Customers::selectSql() + QStringLiteral(" WHERE id = :id"));
        c.bind(QStringLiteral(":id"), customerId);
        if (Status e = c.exec(); !e)
            return e;
        if (!c.next())
            return Error::notFound(tr("there is no customer %1").arg(customerId));
        summary.customer = Customers::fromRow(c);

        Sql totals(db,
                   QStringLiteral(
                       "SELECT COUNT(*), "
                       "COALESCE(SUM(CASE WHEN status = 'open' THEN 1 ELSE 0 END), 0), "
                       "COALESCE(SUM(CASE WHEN status = 'open' THEN %1 ELSE 0 END), 0), "
                       "COALESCE(SUM(CASE WHEN status = 'open' AND due_date < :today THEN %1 ELSE 0 END), 0) "
                       "FROM invoices WHERE customer_id = :id")
                       .arg(BalanceExpression));
        totals.bind(QStringLiteral(":today"), Clock::today().toString(Qt::ISODate))
            .bind(QStringLiteral(":id"), customerId);
        if (Status e = totals.exec(); !e)
            return e;
        totals.next();
        summary.invoiceCount = totals.int64(0);
        summary.openInvoices = static_cast<int>(totals.int64(1));
        summary.openBalance = Money::fromCents(totals.int64(2));
        summary.overdueBalance = Money::fromCents(totals.int64(3));

        Sql list(db,
                 QStringLiteral("SELECT id, COALESCE(number, ''), status, COALESCE(issue_date, ''), "
                                "COALESCE(due_date, ''), total, %1 FROM invoices WHERE customer_id = :id "
                                "ORDER BY id DESC LIMIT :limit")
                     .arg(BalanceExpression));
        list.bind(QStringLiteral(":id"), customerId).bind(QStringLiteral(":limit"), invoiceLimit);
        if (Status e = list.exec(); !e)
            return e;
        while (list.next()) {
            CustomerInvoiceRow r;
            r.id = list.int64(0);
            r.reference = list.text(1).isEmpty() ? tr("draft #%1").arg(r.id) : list.text(1);
            r.status = invoiceStatusFromString(list.text(2)).value_or(InvoiceStatus::Draft);
            r.issueDate = QDate::fromString(list.text(3), Qt::ISODate);
            r.dueDate = QDate::fromString(list.text(4), Qt::ISODate);
            r.total = Money::fromCents(list.int64(5));
            r.balance = Money::fromCents(list.int64(6));
            summary.invoices.append(r);
        }
        return {};
    });
    if (!s)
        return s.error();
    return summary;
}

} // namespace imali
