// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConsoleFixtures.h"
#include "DashboardView.h"
#include "queries/DashboardQuery.h"
#include "storage/Database.h"

#include <QLabel>
#include <QTableWidget>

using namespace imali;

/**
 * The dashboard's figures after booking known payments around Johannesburg
 * midnight and a month boundary, on a live ledger that also holds a sandbox
 * payment which must never be counted.
 */
class tst_Dashboard : public QObject
{
    Q_OBJECT

private slots:
    void cleanup() { Clock::setFixedNow(QDateTime()); }
    void sumsKnownPayments_data() { testdb::addBackendRows(); }
    void sumsKnownPayments();
};

namespace
{
QDateTime utc(int y, int m, int d, int h, int min, int s = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min, s), Qt::UTC);
}
} // namespace

void tst_Dashboard::sumsKnownPayments()
{
    QFETCH(QString, backend);
    testdb::TestLedger t(backend);
    const QString error = t.open(Environment::Live);
    QVERIFY2(error.isEmpty(), qPrintable(error));

    Clock::setFixedNow(utc(2026, 1, 1, 8, 0));
    auto c = fixtures::customer(t.ledger(), QStringLiteral("Lerato Mokoena"));
    QVERIFY_OK(c);
    auto late =
        fixtures::invoice(t.ledger(), c->id, QStringLiteral("100.00")); // due 31 Jan: overdue by March
    QVERIFY_OK(late);
    // 28 Feb 23:30 in Johannesburg: last month, but within the last 30 days.
    Clock::setFixedNow(utc(2026, 2, 28, 21, 30));
    QVERIFY_OK(fixtures::unallocatedPayment(t.ledger(), QStringLiteral("1001"), 5000));
    // 1 Mar 00:30 in Johannesburg (still 28 Feb in UTC): this month.
    Clock::setFixedNow(utc(2026, 2, 28, 22, 30));
    QVERIFY_OK(fixtures::unallocatedPayment(t.ledger(), QStringLiteral("1002"), 5000, 115));
    // A second before midnight in Johannesburg on the 14th, and midnight itself (the 15th).
    Clock::setFixedNow(utc(2026, 3, 14, 21, 59, 59));
    QVERIFY_OK(fixtures::unallocatedPayment(t.ledger(), QStringLiteral("1003"), 10000, 230));
    Clock::setFixedNow(utc(2026, 3, 14, 22, 0));
    QVERIFY_OK(fixtures::unallocatedPayment(t.ledger(), QStringLiteral("1004"), 20000, 460));
    // Today, 15 Mar 10:00: a new invoice and cash for half the overdue one.
    Clock::setFixedNow(utc(2026, 3, 15, 8, 0));
    auto fresh = fixtures::invoice(t.ledger(), c->id, QStringLiteral("300.00"));
    QVERIFY_OK(fresh);
    QVERIFY_OK(Payments(t.ledger())
                   .recordManual({late->number, QStringLiteral("50.00"), QStringLiteral("cash"),
                                  QStringLiteral("till"), QString()}));
    // Sandbox money that found its way into this live ledger's store: never in its figures.
    Sql sandbox(
        t.db(),
        QStringLiteral(
            "INSERT INTO transactions (kind, provider, provider_id, environment, status, gross, fee, net, "
            "unallocated_reason, created_at, updated_at) VALUES ('payment', 'payfast', 'sb-1', 'sandbox', "
            "'complete', 999900, 0, 999900, 'unknown m_payment_id', :at, :at)"));
    sandbox.bind(QStringLiteral(":at"), Clock::toStorage(Clock::nowUtc()));
    QVERIFY_OK(sandbox.exec());

    auto figures = DashboardQuery(t.ledger()).figures(Clock::today());
    QVERIFY_OK(figures);
    const DashboardFigures& f = *figures;
    QCOMPARE(f.today, QDate(2026, 3, 15));
    QCOMPARE(f.todays.payments, 2);
    QCOMPARE(f.todays.gross, Money::fromCents(25000));
    QCOMPARE(f.todays.fee, Money::fromCents(460));
    QCOMPARE(f.todays.net, Money::fromCents(24540));
    QCOMPARE(f.thisMonth.payments, 4);
    QCOMPARE(f.thisMonth.gross, Money::fromCents(40000));
    QCOMPARE(f.thisMonth.fee, Money::fromCents(805));
    QCOMPARE(f.thisMonth.net, Money::fromCents(39195));
    QCOMPARE(f.openInvoices, 2);
    QCOMPARE(f.outstanding, Money::fromCents(35000));
    QCOMPARE(f.overdueInvoices, 1);
    QCOMPARE(f.overdue, Money::fromCents(5000));
    QCOMPARE(f.openExceptions, 4);
    QCOMPARE(f.last30Days.size(), 30);
    QCOMPARE(f.last30Days.at(29), Money::fromCents(24540)); // 15 Mar
    QCOMPARE(f.last30Days.at(28), Money::fromCents(9770)); // 14 Mar
    QCOMPARE(f.last30Days.at(15), Money::fromCents(4885)); // 1 Mar
    QCOMPARE(f.last30Days.at(14), Money::fromCents(5000)); // 28 Feb
    Money sum;
    for (const Money& day : f.last30Days)
        sum = sum + day;
    QCOMPARE(sum, Money::fromCents(24540 + 9770 + 4885 + 5000));
    QCOMPARE(f.latestPayments.size(), 5);
    QCOMPARE(f.latestPayments.first().invoiceNumber, late->number); // the cash, newest
    QCOMPARE(f.latestPayments.first().gross, Money::fromCents(5000));
    QVERIFY(f.latestPayments.at(1).invoiceNumber.isEmpty());

    // The page shows the same figures.
    DashboardView view(t.ledger());
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QVERIFY(view.findChild<QLabel*>(QStringLiteral("todayTakings"))
                ->text()
                .contains(QLatin1String("Net R 245.40")));
    QVERIFY(view.findChild<QLabel*>(QStringLiteral("monthTakings"))
                ->text()
                .contains(QLatin1String("Gross R 400.00")));
    QVERIFY(
        view.findChild<QLabel*>(QStringLiteral("outstanding"))->text().contains(QLatin1String("R 350.00")));
    QVERIFY(view.findChild<QLabel*>(QStringLiteral("overdue"))->text().contains(QLatin1String("R 50.00")));
    QVERIFY(
        view.findChild<QLabel*>(QStringLiteral("openExceptions"))->text().startsWith(QLatin1String("4 ")));
    QCOMPARE(view.findChild<QTableWidget*>(QStringLiteral("latestPayments"))->rowCount(), 5);
    QVERIFY(!view.findChild<QLabel*>(QStringLiteral("ledgerSummary"))->text().isEmpty());
}

QTEST_MAIN(tst_Dashboard)
#include "tst_dashboard.moc"
