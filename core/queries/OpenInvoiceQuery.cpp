// SPDX-License-Identifier: GPL-3.0-or-later
#include "OpenInvoiceQuery.h"

#include "Ledger.h"
#include "LikePattern.h"

namespace imali
{

OpenInvoiceQuery::OpenInvoiceQuery(Ledger& ledger) : m_ledger(ledger) { }

Result<QList<OpenInvoiceChoice>> OpenInvoiceQuery::search(const QString& text, int limit)
{
    const bool filtered = !text.trimmed().isEmpty();
    Sql q(m_ledger.db(),
          QStringLiteral(
              "SELECT i.id, i.number, c.name, "
              "i.total - i.amount_credited - i.amount_paid - i.amount_written_off + i.amount_refunded, "
              "COALESCE(i.due_date, '') FROM invoices i JOIN customers c ON c.id = i.customer_id "
              "WHERE i.status = 'open'")
              + (filtered ? QStringLiteral(
                     " AND (lower(i.number) LIKE :q ESCAPE '\\' OR lower(c.name) LIKE :q ESCAPE '\\')")
                          : QString())
              + QStringLiteral(" ORDER BY i.id DESC LIMIT :limit"));
    q.forwardOnly();
    if (filtered)
        q.bind(QStringLiteral(":q"), containsPattern(text));
    q.bind(QStringLiteral(":limit"), limit);
    if (Status s = q.exec(); !s)
        return s.error();
    QList<OpenInvoiceChoice> choices;
    while (q.next())
        choices.append({q.int64(0), q.text(1), q.text(2), Money::fromCents(q.int64(3)),
                        QDate::fromString(q.text(4), Qt::ISODate)});
    return choices;
}

} // namespace imali
