// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "InvoiceStatus.h"

#include <QColor>
#include <QString>

namespace imali
{

/// The status as staff read it ("Overdue" wins over "Open").
QString invoiceStatusText(InvoiceStatus status, bool overdue);

/// A badge's colours: never the only signal, the text always says it too.
struct BadgeColours {
    QColor background;
    QColor text;
};
BadgeColours invoiceStatusColours(InvoiceStatus status, bool overdue);

} // namespace imali
