// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Money.h"
#include "Result.h"

#include <QDate>
#include <QList>
#include <QString>

namespace imali
{

class Ledger;

/** Money taken in a period: completed payments, their fees, and what reaches the bank. */
struct Takings {
    Money gross;
    Money fee;
    Money net;
    Money refunded; ///< completed refunds in the same period (not subtracted above)
    int payments = 0;

    bool operator==(const Takings&) const = default;
};

/** One of the latest payments, as the dashboard lists it. */
struct RecentPayment {
    qint64 id = 0;
    QString createdAt; ///< UTC storage text
    QString provider;
    QString invoiceNumber; ///< empty when unallocated
    Money gross;
};

/** Everything the dashboard shows, for one Johannesburg day. */
struct DashboardFigures {
    QDate today;
    Takings todays;
    Takings thisMonth;
    Money outstanding; ///< balances of open invoices
    int openInvoices = 0;
    Money overdue; ///< balances of open invoices past their due date
    int overdueInvoices = 0;
    int openExceptions = 0; ///< completed payments waiting to be allocated
    QList<Money> last30Days; ///< net takings per day, oldest first, the last entry being today
    QList<RecentPayment> latestPayments; ///< newest first
};

/**
 * The dashboard's sums, all in SQL over indexed ranges. Days are Johannesburg
 * days, and only the ledger's own environment counts: a live ledger's
 * figures never include sandbox money.
 */
class DashboardQuery
{
public:
    explicit DashboardQuery(Ledger& ledger);

    /// The figures as of \a today (a Johannesburg date), listing \a latest payments.
    Result<DashboardFigures> figures(QDate today, int latest = 8) const;
    /// Takings between the starts of the Johannesburg days \a from and \a until (exclusive).
    Result<Takings> takings(QDate from, QDate until) const;

private:
    Ledger& m_ledger;
};

} // namespace imali
