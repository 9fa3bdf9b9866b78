// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Records.h"
#include "Result.h"

#include <QDate>
#include <QList>

namespace imali
{

class Ledger;

/** One of a customer's invoices as their summary lists it. */
struct CustomerInvoiceRow {
    qint64 id = 0;
    QString reference; ///< the number, or "draft #id"
    InvoiceStatus status = InvoiceStatus::Draft;
    QDate issueDate;
    QDate dueDate;
    Money total;
    Money balance;
};

/** A customer with their invoices and what they owe. */
struct CustomerSummary {
    Customer customer;
    QList<CustomerInvoiceRow> invoices; ///< newest first, at most the limit asked for
    qint64 invoiceCount = 0; ///< all of them, however many are listed
    int openInvoices = 0;
    Money openBalance; ///< the balances of open invoices, summed in SQL
    Money overdueBalance; ///< the part of it past its due date (Johannesburg days)
};

/**
 * Reads customers for the console: a search over name and email, and one
 * customer's invoices and balance.
 */
class CustomerQuery
{
public:
    explicit CustomerQuery(Ledger& ledger);

    /// Customers whose name or email contains \a text (any case), by name; archived ones only when asked.
    Result<QList<Customer>> search(const QString& text, bool includeArchived, int limit = 1000);
    /// The customer, their newest \a invoiceLimit invoices and their open balance.
    Result<CustomerSummary> summary(qint64 customerId, int invoiceLimit = 200);

private:
    Ledger& m_ledger;
};

} // namespace imali
