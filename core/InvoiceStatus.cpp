// SPDX-License-Identifier: GPL-3.0-or-later
#include "InvoiceStatus.h"

namespace imali {

QString toString(InvoiceStatus status)
{
    switch (status) {
    case InvoiceStatus::Draft:
        return QStringLiteral("draft");
    case InvoiceStatus::Open:
        return QStringLiteral("open");
    case InvoiceStatus::Paid:
        return QStringLiteral("paid");
    case InvoiceStatus::PartiallyRefunded:
        return QStringLiteral("partially_refunded");
    case InvoiceStatus::Refunded:
        return QStringLiteral("refunded");
    case InvoiceStatus::Void:
        return QStringLiteral("void");
    }
    return {};
}

std::optional<InvoiceStatus> invoiceStatusFromString(const QString& text)
{
    for (InvoiceStatus s : {InvoiceStatus::Draft, InvoiceStatus::Open, InvoiceStatus::Paid,
                            InvoiceStatus::PartiallyRefunded, InvoiceStatus::Refunded, InvoiceStatus::Void})
        if (toString(s) == text)
            return s;
    return std::nullopt;
}

QList<InvoiceStatus> allowedNextStatuses(InvoiceStatus from)
{
    switch (from) {
    case InvoiceStatus::Draft:
        return {InvoiceStatus::Open, InvoiceStatus::Void};
    case InvoiceStatus::Open:
        // A partial payment refunded in part leaves the invoice partially refunded.
        return {InvoiceStatus::Paid, InvoiceStatus::Void, InvoiceStatus::PartiallyRefunded,
                InvoiceStatus::Refunded};
    case InvoiceStatus::Paid:
        return {InvoiceStatus::PartiallyRefunded, InvoiceStatus::Refunded};
    case InvoiceStatus::PartiallyRefunded:
        return {InvoiceStatus::PartiallyRefunded, InvoiceStatus::Refunded};
    case InvoiceStatus::Refunded:
    case InvoiceStatus::Void:
        return {};
    }
    return {};
}

bool isAllowedTransition(InvoiceStatus from, InvoiceStatus to)
{
    return allowedNextStatuses(from).contains(to);
}

} // namespace imali
