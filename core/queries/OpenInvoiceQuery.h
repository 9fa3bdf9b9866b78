// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Money.h"
#include "Result.h"

#include <QDate>
#include <QList>

namespace imali
{

class Ledger;

/** An open invoice offered when money is to be put against one. */
struct OpenInvoiceChoice {
    qint64 id = 0;
    QString number;
    QString customerName;
    Money balance;
    QDate dueDate;
};

/** Finds open invoices by number or customer name, for invoice pickers. */
class OpenInvoiceQuery
{
public:
    explicit OpenInvoiceQuery(Ledger& ledger);

    /// Open invoices whose number or customer name contains \a text (any case), newest first.
    Result<QList<OpenInvoiceChoice>> search(const QString& text, int limit = 100);

private:
    Ledger& m_ledger;
};

} // namespace imali
