// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace imali {

/** The stored lifecycle of an invoice; "overdue" is derived, never stored. */
enum class InvoiceStatus { Draft, Open, Paid, PartiallyRefunded, Refunded, Void };

QString toString(InvoiceStatus status);
std::optional<InvoiceStatus> invoiceStatusFromString(const QString& text);

/// The statuses an invoice may move to from \a from (Kraft's validFollowStates).
QList<InvoiceStatus> allowedNextStatuses(InvoiceStatus from);
bool isAllowedTransition(InvoiceStatus from, InvoiceStatus to);

/// Issued invoices have their content locked: lines, customer and prices.
inline bool isContentLocked(InvoiceStatus status)
{
    return status != InvoiceStatus::Draft;
}

} // namespace imali
