// SPDX-License-Identifier: GPL-3.0-or-later
#include "queries/DashboardQuery.h"

#include "Clock.h"
#include "Environment.h"
#include "Ledger.h"
#include "storage/Database.h"

#include <algorithm>

namespace imali
{

namespace
{

// created_at is UTC text that sorts as time, so a Johannesburg day is a range on the
// transactions_created index.
const QString TakingsSql = QStringLiteral(
    "SELECT kind, COUNT(*), COALESCE(SUM(gross), 0), COALESCE(SUM(fee), 0), COALESCE(SUM(net), 0) "
    "FROM transactions WHERE created_at >= :from AND created_at < :until AND status = 'complete' "
    "AND environment = :env GROUP BY kind");

// Balances as the invoice list computes them; open invoices only (paid ones have none left).
const QString OutstandingSql = QStringLiteral(
    "SELECT COUNT(*), COALESCE(SUM(total - amount_credited - amount_paid - amount_written_off + "
    "amount_refunded), 0), "
    "COALESCE(SUM(CASE WHEN due_date < :today THEN 1 ELSE 0 END), 0), "
    "COALESCE(SUM(CASE WHEN due_date < :today "
    "THEN total - amount_credited - amount_paid - amount_written_off + amount_refunded ELSE 0 END), 0) "
    "FROM invoices WHERE status = 'open' AND environment = :env");

// The exceptions page's own predicate (PaymentBooking::exceptions).
const QString ExceptionsSql = QStringLiteral(
    "SELECT COUNT(*) FROM transactions WHERE kind = 'payment' AND status = 'complete' AND invoice_id IS NULL "
    "AND unallocated_reason IS NOT NULL AND environment = :env");

const QString LatestSql = QStringLiteral(
    "SELECT t.id, t.created_at, t.provider, COALESCE(i.number, ''), t.gross FROM transactions t "
    "LEFT JOIN invoices i ON i.id = t.invoice_id WHERE t.kind = 'payment' AND t.status = 'complete' "
    "AND t.environment = :env ORDER BY t.created_at DESC, t.id DESC LIMIT :limit");

} // namespace

DashboardQuery::DashboardQuery(Ledger& ledger) : m_ledger(ledger) { }

Result<Takings> DashboardQuery::takings(QDate from, QDate until) const
{
    Sql q(m_ledger.db(), TakingsSql);
    q.bind(QStringLiteral(":from"), Clock::toStorage(Clock::startOfDayUtc(from)))
        .bind(QStringLiteral(":until"), Clock::toStorage(Clock::startOfDayUtc(until)))
        .bind(QStringLiteral(":env"), toString(m_ledger.environment()));
    if (Status s = q.exec(); !s)
        return s.error();
    Takings t;
    while (q.next()) {
        if (q.text(0) == QLatin1String("payment")) {
            t.payments = int(q.int64(1));
            t.gross = Money::fromCents(q.int64(2));
            t.fee = Money::fromCents(q.int64(3));
            t.net = Money::fromCents(q.int64(4));
        } else {
            t.refunded = Money::fromCents(q.int64(2));
        }
    }
    return t;
}

Result<DashboardFigures> DashboardQuery::figures(QDate today, int latest) const
{
    DashboardFigures f;
    f.today = today;
    const QString env = toString(m_ledger.environment());

    // One query per day; the month is the sum of its days (it never starts more than 30 days back).
    const QDate monthStart(today.year(), today.month(), 1);
    const int days = std::max(30, int(monthStart.daysTo(today)) + 1);
    for (int back = days - 1; back >= 0; --back) {
        const QDate day = today.addDays(-back);
        auto t = takings(day, day.addDays(1));
        if (!t)
            return t.error();
        if (back < 30)
            f.last30Days << t->net;
        if (day >= monthStart) {
            f.thisMonth.gross += t->gross;
            f.thisMonth.fee += t->fee;
            f.thisMonth.net += t->net;
            f.thisMonth.refunded += t->refunded;
            f.thisMonth.payments += t->payments;
        }
        if (back == 0)
            f.todays = *t;
    }

    Sql open(m_ledger.db(), OutstandingSql);
    open.bind(QStringLiteral(":today"), today.toString(Qt::ISODate)).bind(QStringLiteral(":env"), env);
    if (Status s = open.exec(); !s)
        return s.error();
    if (open.next()) {
        f.openInvoices = int(open.int64(0));
        f.outstanding = Money::fromCents(open.int64(1));
        f.overdueInvoices = int(open.int64(2));
        f.overdue = Money::fromCents(open.int64(3));
    }

    Sql exceptions(m_ledger.db(), ExceptionsSql);
    exceptions.bind(QStringLiteral(":env"), env);
    if (Status s = exceptions.exec(); !s)
        return s.error();
    f.openExceptions = exceptions.next() ? int(exceptions.int64(0)) : 0;

    Sql recent(m_ledger.db(), LatestSql);
    recent.bind(QStringLiteral(":env"), env).bind(QStringLiteral(":limit"), latest);
    if (Status s = recent.exec(); !s)
        return s.error();
    while (recent.next())
        f.latestPayments << RecentPayment {recent.int64(0), recent.text(1), recent.text(2), recent.text(3),
                                           Money::fromCents(recent.int64(4))};
    return f;
}

} // namespace imali
