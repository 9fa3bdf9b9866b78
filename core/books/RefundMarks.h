// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QMap>
#include <QString>

namespace imali
{

class Ledger;

/** Why and when an unallocated payment was marked to be given back. */
struct RefundMark {
    qint64 transactionId = 0;
    QString reason;
    QString markedAt;
};

/**
 * Marks on unallocated payments that are to be refunded rather than
 * allocated (money nobody can match, a double payment). A marked payment
 * stays an exception, shown as "to refund", and allocation refuses it until
 * the mark is cleared. Marking and clearing are audited.
 */
class RefundMarks
{
public:
    explicit RefundMarks(Ledger& ledger);

    /// Marks unallocated payment \a transactionId; the reason takes 3 to 255 characters.
    Result<RefundMark> mark(qint64 transactionId, const QString& reason);
    /// Clears the mark, so the payment can be allocated again.
    Status clear(qint64 transactionId);
    /// Every mark, by transaction id.
    Result<QMap<qint64, RefundMark>> all();
    /// Within a write or a read: the mark on \a transactionId, if any.
    Result<std::optional<RefundMark>> find(qint64 transactionId);

private:
    Ledger& m_ledger;
};

} // namespace imali
