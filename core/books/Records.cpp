// SPDX-License-Identifier: GPL-3.0-or-later
#include "Records.h"

namespace imali {

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
