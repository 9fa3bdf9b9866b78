// SPDX-License-Identifier: GPL-3.0-or-later
#include "queries/InvoiceQuery.h"

#include "storage/Database.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace imali
{

namespace
{

QString tr(const char* text)
{
    return QCoreApplication::translate("InvoiceQuery", text);
}

// Each sort key is an expression that is never NULL (drafts have no number or dates), matched
// exactly by an index in migration 005 so that ORDER BY key, id LIMIT n walks the index.
QString sortKey(InvoiceColumn column)
{
    switch (column) {
    case InvoiceColumn::Number:
        return QStringLiteral("COALESCE(i.number, '')");
    case InvoiceColumn::Customer:
        return QStringLiteral("c.name");
    case InvoiceColumn::IssueDate:
        return QStringLiteral("COALESCE(i.issue_date, '')");
    case InvoiceColumn::DueDate:
        return QStringLiteral("COALESCE(i.due_date, '')");
    case InvoiceColumn::Total:
        return QStringLiteral("i.total");
    case InvoiceColumn::Balance:
        return QStringLiteral(
            "(i.total - i.amount_credited - i.amount_paid - i.amount_written_off + i.amount_refunded)");
    case InvoiceColumn::State:
        return QStringLiteral("i.status");
    case InvoiceColumn::Count:
        break;
    }
    return QStringLiteral("i.id");
}

// The tie-breakers after the sort key: customers can share a name, so the customer's id comes
// before the invoice's to keep the order a strict one that keyset paging can resume.
QString tieBreak(InvoiceColumn column)
{
    return column == InvoiceColumn::Customer ? QStringLiteral("c.id, i.id") : QStringLiteral("i.id");
}

QString likePattern(const QString& search)
{
    QString escaped = search.toLower();
    escaped.replace(QLatin1Char('!'), QLatin1String("!!"))
        .replace(QLatin1Char('%'), QLatin1String("!%"))
        .replace(QLatin1Char('_'), QLatin1String("!_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

// From this many matches on, a search walks the sort index (see whereClause): at a million
// invoices that reads at most 50 rows per row shown, against sorting 20,000 rows or more.
constexpr qint64 WalkThreshold = 20000;

} // namespace

InvoiceQuery::InvoiceQuery(const Database& db, InvoiceFilter filter, QDate today)
    : m_db(db), m_filter(std::move(filter)), m_today(today)
{
    m_filter.search = m_filter.search.trimmed();
}

Status InvoiceQuery::validate(const InvoiceFilter& filter)
{
    if (!filter.status.isEmpty() && filter.status != QLatin1String("overdue")
        && !invoiceStatusFromString(filter.status))
        return Error::validation(tr("unknown status \"%1\"").arg(filter.status));
    if (filter.issuedFrom.isValid() && filter.issuedTo.isValid() && filter.issuedFrom > filter.issuedTo)
        return Error::validation(tr("the period starts after it ends"));
    if (filter.sortColumn == InvoiceColumn::Count)
        return Error::validation(tr("unknown sort column"));
    return {};
}

QString InvoiceQuery::whereClause(bool withKeyset, bool walkSortIndex) const
{
    QStringList conditions;
    if (!m_filter.search.isEmpty()) {
        // A number is found through the unique index on number; a name or an email through the
        // (small) customers table, then the invoices_customer index.
        //
        // With many matches the first page comes faster by walking the sort key's index and testing
        // each row than by collecting every match and sorting it: `|| ''` and `+ 0` keep the
        // planner (SQLite's and PostgreSQL's) off the number and customer indexes then.
        conditions
            << (walkSortIndex
                    ? QStringLiteral(
                        "(i.number || '' = :number OR (i.number || '' >= :numberFrom AND i.number || '' < "
                        ":numberTo) OR i.customer_id + 0 IN (SELECT id FROM customers WHERE lower(name) "
                        "LIKE :pattern ESCAPE '!' OR lower(email) LIKE :pattern ESCAPE '!'))")
                    : QStringLiteral(
                        "(i.number = :number OR (i.number >= :numberFrom AND i.number < :numberTo) "
                        "OR i.customer_id IN (SELECT id FROM customers WHERE lower(name) LIKE :pattern "
                        "ESCAPE '!' OR lower(email) LIKE :pattern ESCAPE '!'))"));
    }
    if (m_filter.status == QLatin1String("overdue"))
        // Open invoices in number order (invoices_sort_status_number), each tested for its due date:
        // `|| ''` keeps the planner from collecting every overdue invoice by due date and sorting them.
        // (The count keeps the plain form: invoices_status_due answers it alone.)
        conditions << (withKeyset ? QStringLiteral("i.status = 'open' AND i.due_date || '' < :today")
                                  : QStringLiteral("i.status = 'open' AND i.due_date < :today"));
    else if (!m_filter.status.isEmpty())
        conditions << QStringLiteral("i.status = :status");
    if (m_filter.issuedFrom.isValid())
        conditions << QStringLiteral("i.issue_date >= :issuedFrom");
    if (m_filter.issuedTo.isValid())
        conditions << QStringLiteral("i.issue_date <= :issuedTo");
    if (withKeyset && m_started) {
        const QString op =
            m_filter.sortOrder == Qt::AscendingOrder ? QStringLiteral(">") : QStringLiteral("<");
        if (m_filter.sortColumn == InvoiceColumn::Customer)
            conditions
                << QStringLiteral("(c.name, c.id, i.id) %1 (:lastKey, :lastCustomer, :lastId)").arg(op);
        else
            conditions
                << QStringLiteral("(%1, i.id) %2 (:lastKey, :lastId)").arg(sortKey(m_filter.sortColumn), op);
    }
    return conditions.isEmpty() ? QString()
                                : QStringLiteral(" WHERE ") + conditions.join(QLatin1String(" AND "));
}

void InvoiceQuery::bindFilter(Sql& q) const
{
    if (!m_filter.search.isEmpty()) {
        const QString upper = m_filter.search.toUpper();
        static const QRegularExpression digits(QStringLiteral("^\\d{1,12}$"));
        // "42" means INV-000042; "INV-0004" means every number starting so.
        q.bind(QStringLiteral(":number"),
               digits.match(upper).hasMatch()
                   ? QStringLiteral("INV-%1").arg(upper.toLongLong(), 6, 10, QLatin1Char('0'))
                   : upper);
        q.bind(QStringLiteral(":numberFrom"), upper);
        q.bind(QStringLiteral(":numberTo"), upper + QChar(0xFFFF));
        q.bind(QStringLiteral(":pattern"), likePattern(m_filter.search));
    }
    if (m_filter.status == QLatin1String("overdue"))
        q.bind(QStringLiteral(":today"), m_today.toString(Qt::ISODate));
    else if (!m_filter.status.isEmpty())
        q.bind(QStringLiteral(":status"), m_filter.status);
    if (m_filter.issuedFrom.isValid())
        q.bind(QStringLiteral(":issuedFrom"), m_filter.issuedFrom.toString(Qt::ISODate));
    if (m_filter.issuedTo.isValid())
        q.bind(QStringLiteral(":issuedTo"), m_filter.issuedTo.toString(Qt::ISODate));
}

Result<QList<InvoiceRow>> InvoiceQuery::nextPage(int limit)
{
    if (m_atEnd)
        return QList<InvoiceRow> {};
    if (Status s = validate(m_filter); !s)
        return s.error();
    if (!m_started && !m_filter.search.isEmpty()) {
        auto matches = count();
        if (!matches)
            return matches.error();
        m_walkSortIndex = *matches >= WalkThreshold;
    }
    const QString direction =
        m_filter.sortOrder == Qt::AscendingOrder ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
    QStringList order {sortKey(m_filter.sortColumn) + direction};
    for (const QString& tie : tieBreak(m_filter.sortColumn).split(QLatin1String(", ")))
        order << tie + direction;
    Sql q(m_db,
          QStringLiteral(
              "SELECT i.id, i.number, c.name, c.email, i.issue_date, i.due_date, i.total, "
              "(i.total - i.amount_credited - i.amount_paid - i.amount_written_off + i.amount_refunded), "
              "i.status, %1, c.id FROM invoices i JOIN customers c ON c.id = i.customer_id")
                  .arg(sortKey(m_filter.sortColumn))
              + whereClause(true, m_walkSortIndex) + QStringLiteral(" ORDER BY ")
              + order.join(QLatin1String(", ")) + QStringLiteral(" LIMIT :limit"));
    q.forwardOnly();
    bindFilter(q);
    if (m_started) {
        q.bind(QStringLiteral(":lastKey"), m_lastKey);
        q.bind(QStringLiteral(":lastId"), m_lastId);
        if (m_filter.sortColumn == InvoiceColumn::Customer)
            q.bind(QStringLiteral(":lastCustomer"), m_lastCustomer);
    }
    q.bind(QStringLiteral(":limit"), limit);
    if (Status s = q.exec(); !s)
        return s.error();
    QList<InvoiceRow> rows;
    rows.reserve(limit);
    while (q.next()) {
        InvoiceRow row;
        row.id = q.int64(0);
        row.number = q.text(1);
        row.customerName = q.text(2);
        row.customerEmail = q.text(3);
        row.issueDate = QDate::fromString(q.text(4), Qt::ISODate);
        row.dueDate = QDate::fromString(q.text(5), Qt::ISODate);
        row.total = Money::fromCents(q.int64(6));
        row.balance = Money::fromCents(q.int64(7));
        row.status = invoiceStatusFromString(q.text(8)).value_or(InvoiceStatus::Draft);
        row.overdue = row.status == InvoiceStatus::Open && row.dueDate.isValid() && row.dueDate < m_today;
        m_lastKey = q.value(9);
        m_lastCustomer = q.int64(10);
        m_lastId = row.id;
        rows.append(row);
    }
    m_started = m_started || !rows.isEmpty();
    m_atEnd = rows.size() < limit;
    return rows;
}

Result<qint64> InvoiceQuery::count() const
{
    // No join: the filter reaches customers through a subquery, and every invoice has its customer
    // (customer_id is NOT NULL REFERENCES customers), so the join would only cost a lookup per row.
    if (m_count)
        return *m_count;
    Sql q(m_db, QStringLiteral("SELECT COUNT(*) FROM invoices i") + whereClause(false, false));
    bindFilter(q);
    if (Status s = q.exec(); !s)
        return s.error();
    m_count = q.next() ? q.int64(0) : 0;
    return *m_count;
}

} // namespace imali
