// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Money.h"
#include "Records.h"
#include "Result.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QVariant>

#include <optional>

namespace imali
{

class Ledger;

/** What the payments list is narrowed to; empty fields do not filter. */
struct PaymentFilter {
    QDate from; ///< first Johannesburg day shown (invalid: no lower bound)
    QDate to; ///< last Johannesburg day shown (invalid: no upper bound)
    QString status; ///< pending, complete, failed, cancelled, unknown
    QString provider; ///< payfast, stripe, manual
    QString method; ///< cash, eft, card
};

/** The columns the payments list can be ordered by, each backed by a stored column. */
enum class PaymentSortKey { CreatedAt, Kind, Provider, TransactionStatus, Method, Gross, Fee, Net };

/** An order for the list: a key and a direction; ties are broken by id in the same direction. */
struct PaymentSort {
    PaymentSortKey key = PaymentSortKey::CreatedAt;
    bool descending = true;
};

/** One row of the payments list. */
struct PaymentRow {
    qint64 id = 0;
    QString createdAt;
    QString kind;
    QString provider;
    QString providerId;
    QString status;
    QString method;
    QString invoiceNumber; ///< empty when not allocated
    Money gross;
    Money fee;
    Money net;
    QString unallocatedReason;
    QVariant sortValue; ///< the sort column's stored value: the keyset cursor of the next page
};

/** Where the previous page ended: the last row's sort value and id. */
struct PaymentCursor {
    QVariant sortValue;
    qint64 id = 0;
};

/** A notification behind a payment, without its sealed body. */
struct PaymentNotification {
    qint64 id = 0;
    QString status;
    QString receivedAt;
    QString sender;
    QString checks;
    QString processing;
    int attempts = 0;
    QString outcome;
};

/** One line of a transaction's history. */
struct PaymentEvent {
    QString event;
    QString detail;
    QString createdAt;
};

/** Everything the payment detail pane shows. */
struct PaymentDetail {
    Transaction transaction;
    QString invoiceNumber;
    QString customerName;
    Money refunded; ///< refunds recorded against this payment (complete, pending or unknown)
    QList<PaymentEvent> events;
    QList<PaymentNotification> notifications;
};

/**
 * Reads the payments list for the console: filtered and ordered in SQL and
 * fetched in keyset pages, so a million transactions cost one short query
 * per page and no statement stays open between pages.
 */
class PaymentQuery
{
public:
    explicit PaymentQuery(Ledger& ledger);

    /// Up to \a limit rows after \a after (none: the first page).
    Result<QList<PaymentRow>> page(const PaymentFilter& filter, const PaymentSort& sort,
                                   const std::optional<PaymentCursor>& after, int limit);
    /// How many rows the filter leaves.
    Result<qint64> count(const PaymentFilter& filter);
    /// The transaction with its invoice, history and the notifications behind it.
    Result<PaymentDetail> detail(qint64 id);

    /// Checks the filter's values (a bad status or an inverted date range).
    static Status validate(const PaymentFilter& filter);

private:
    Ledger& m_ledger;
};

} // namespace imali
