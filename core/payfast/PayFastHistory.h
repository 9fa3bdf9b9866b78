// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Money.h"
#include "Result.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>

namespace imali
{

/** One row of PayFast's transaction history. */
struct PayFastHistoryEntry {
    QDate date;
    QString type;
    QString pfPaymentId;
    QString mPaymentId;
    QString name;
    Money gross;
    Money fee; ///< what PayFast kept, positive (the CSV has it negative)
    Money net;
    bool isPayment() const { return gross > Money() && !pfPaymentId.isEmpty(); }
};

/**
 * PayFast's transaction history CSV (GET /transactions/history), read by
 * header name, never by position: Date, Gross, Fee, Net, M Payment ID and
 * PF Payment ID must be there (names compared without case, spaces or "_");
 * Type and Name are read when present, other columns are ignored. A layout
 * without those columns, or an amount that is not a plain decimal, fails
 * loudly with what was found rather than reading the wrong column.
 */
class PayFastHistory
{
public:
    static Result<QList<PayFastHistoryEntry>> parse(const QByteArray& csv);
    /// The columns that must be present, as PayFast names them.
    static QStringList requiredColumns();
};

} // namespace imali
