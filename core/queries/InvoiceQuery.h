// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "InvoiceStatus.h"
#include "Money.h"
#include "Result.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace imali
{

class Database;
class Sql;

/** The invoice list's columns, in display order; each one sortable in SQL. */
enum class InvoiceColumn { Number, Customer, IssueDate, DueDate, Total, Balance, State, Count };

/** What the invoice list shows: a search, a status, an issue-date range and one sort column. */
struct InvoiceFilter {
    QString search; ///< a number ("INV-0001", "1234"), or part of a customer's name or email
    QString status; ///< empty for all, a stored status, or "overdue"
    QDate issuedFrom; ///< invalid: no lower bound
    QDate issuedTo; ///< invalid: no upper bound (inclusive)
    InvoiceColumn sortColumn = InvoiceColumn::Number;
    Qt::SortOrder sortOrder = Qt::DescendingOrder;

    bool operator==(const InvoiceFilter&) const = default;
};

/** One row of the invoice list. */
struct InvoiceRow {
    qint64 id = 0;
    QString number; ///< empty for a draft
    QString customerName;
    QString customerEmail;
    QDate issueDate;
    QDate dueDate;
    Money total;
    Money balance;
    InvoiceStatus status = InvoiceStatus::Draft;
    bool overdue = false;
};

/**
 * The invoice list, read a page at a time so that it stays fast at a million
 * invoices: filtering and sorting happen in SQL on indexed columns, and a page
 * is LIMIT rows after the previous page's last sort key (keyset paging), so
 * every page costs the same however deep the user scrolls.
 */
class InvoiceQuery
{
public:
    InvoiceQuery(const Database& db, InvoiceFilter filter, QDate today);

    /// The next \a limit rows after the ones already returned.
    Result<QList<InvoiceRow>> nextPage(int limit);
    bool atEnd() const { return m_atEnd; }
    /// How many invoices match (a separate COUNT, for the status line).
    Result<qint64> count() const;

    static Status validate(const InvoiceFilter& filter);

private:
    QString whereClause(bool withKeyset, bool walkSortIndex) const;
    void bindFilter(Sql& q) const;

    const Database& m_db;
    InvoiceFilter m_filter;
    QDate m_today;
    bool m_atEnd = false;
    bool m_started = false;
    mutable std::optional<qint64> m_count; ///< the filter never changes, so neither does the count
    bool m_walkSortIndex = false; ///< a search with many matches: walk the sort key's index
    QVariant m_lastKey; ///< the last row's sort key
    qint64 m_lastId = 0;
    qint64 m_lastCustomer = 0;
};

} // namespace imali
