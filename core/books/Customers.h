// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Records.h"
#include "Result.h"

namespace imali {

class Sql;

class Ledger;

/** What a person fills in for a customer. */
struct CustomerDetails {
    QString name;
    QString email;
    QString phone;
    QString address;
    QString vatNumber;
};

/** The field of CustomerDetails a validation problem is about. */
enum class CustomerField { Name, Email, Phone, Address, VatNumber };

/** One thing wrong with what was typed, and where. */
struct CustomerProblem {
    CustomerField field;
    QString message;
};

/**
 * Customers: add, edit, archive and anonymise (POPIA). Personal data in
 * their audit entries is sealed under the customer's own key, which
 * anonymising destroys; amounts and invoices stay.
 */
class Customers
{
public:
    explicit Customers(Ledger& ledger);

    Result<Customer> add(const CustomerDetails& details);
    Result<Customer> edit(qint64 id, const CustomerDetails& details);
    Result<Customer> get(qint64 id);
    /// Customers by name; archived ones only when asked.
    Result<QList<Customer>> list(bool includeArchived = false);
    Status archive(qint64 id);
    Status anonymise(qint64 id);

    /// "SELECT <a customer's columns> FROM customers", for queries that add their own WHERE and ORDER.
    static const QString& selectSql();
    /// A customer from a row of selectSql().
    static Customer fromRow(const Sql& q);

    /// The first problem with \a details, if any.
    static Status validate(const CustomerDetails& details);
    /// Every problem with \a details, field by field (for inline messages in a form).
    static QList<CustomerProblem> problems(const CustomerDetails& details);

private:
    Ledger& m_ledger;
};

} // namespace imali
