// SPDX-License-Identifier: GPL-3.0-or-later
#include "InvoiceStatusText.h"

#include <QCoreApplication>

namespace imali
{

QString invoiceStatusText(InvoiceStatus status, bool overdue)
{
    if (overdue)
        return QCoreApplication::translate("InvoiceStatus", "Overdue");
    switch (status) {
    case InvoiceStatus::Draft:
        return QCoreApplication::translate("InvoiceStatus", "Draft");
    case InvoiceStatus::Open:
        return QCoreApplication::translate("InvoiceStatus", "Open");
    case InvoiceStatus::Paid:
        return QCoreApplication::translate("InvoiceStatus", "Paid");
    case InvoiceStatus::PartiallyRefunded:
        return QCoreApplication::translate("InvoiceStatus", "Partly refunded");
    case InvoiceStatus::Refunded:
        return QCoreApplication::translate("InvoiceStatus", "Refunded");
    case InvoiceStatus::Void:
        return QCoreApplication::translate("InvoiceStatus", "Void");
    }
    return {};
}

BadgeColours invoiceStatusColours(InvoiceStatus status, bool overdue)
{
    // Dark text on light fills, each pair above WCAG AA contrast.
    if (overdue)
        return {QColor(0xf8d7da), QColor(0x842029)};
    switch (status) {
    case InvoiceStatus::Draft:
        return {QColor(0xe2e3e5), QColor(0x41464b)};
    case InvoiceStatus::Open:
        return {QColor(0xcfe2ff), QColor(0x084298)};
    case InvoiceStatus::Paid:
        return {QColor(0xd1e7dd), QColor(0x0f5132)};
    case InvoiceStatus::PartiallyRefunded:
    case InvoiceStatus::Refunded:
        return {QColor(0xfff3cd), QColor(0x664d03)};
    case InvoiceStatus::Void:
        return {QColor(0xf1f1f1), QColor(0x6c757d)};
    }
    return {QColor(Qt::white), QColor(Qt::black)};
}

} // namespace imali
