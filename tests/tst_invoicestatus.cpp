// SPDX-License-Identifier: GPL-3.0-or-later
#include "InvoiceStatus.h"

#include <QtTest>

using namespace imali;

/** The invoice state machine: names round-trip and only allowed moves are allowed. */
class tst_InvoiceStatus : public QObject
{
    Q_OBJECT

private slots:
    void roundTripsNames_data();
    void roundTripsNames();
    void rejectsUnknownNames();
    void transitions_data();
    void transitions();
};

void tst_InvoiceStatus::roundTripsNames_data()
{
    QTest::addColumn<InvoiceStatus>("status");
    QTest::addColumn<QString>("name");
    QTest::newRow("draft") << InvoiceStatus::Draft << "draft";
    QTest::newRow("open") << InvoiceStatus::Open << "open";
    QTest::newRow("paid") << InvoiceStatus::Paid << "paid";
    QTest::newRow("partially refunded") << InvoiceStatus::PartiallyRefunded << "partially_refunded";
    QTest::newRow("refunded") << InvoiceStatus::Refunded << "refunded";
    QTest::newRow("void") << InvoiceStatus::Void << "void";
}

void tst_InvoiceStatus::roundTripsNames()
{
    QFETCH(InvoiceStatus, status);
    QFETCH(QString, name);
    QCOMPARE(toString(status), name);
    QCOMPARE(invoiceStatusFromString(name), std::optional<InvoiceStatus>(status));
}

void tst_InvoiceStatus::rejectsUnknownNames()
{
    QVERIFY(!invoiceStatusFromString(QStringLiteral("overdue")).has_value()); // derived, never stored
    QVERIFY(!invoiceStatusFromString(QStringLiteral("Paid")).has_value());
}

void tst_InvoiceStatus::transitions_data()
{
    QTest::addColumn<InvoiceStatus>("from");
    QTest::addColumn<InvoiceStatus>("to");
    QTest::addColumn<bool>("allowed");
    using S = InvoiceStatus;
    QTest::newRow("a draft is issued") << S::Draft << S::Open << true;
    QTest::newRow("a draft is voided") << S::Draft << S::Void << true;
    QTest::newRow("a draft cannot be paid") << S::Draft << S::Paid << false;
    QTest::newRow("an open invoice is paid") << S::Open << S::Paid << true;
    QTest::newRow("an open invoice is voided") << S::Open << S::Void << true;
    QTest::newRow("an open invoice cannot go back to draft") << S::Open << S::Draft << false;
    QTest::newRow("a paid invoice is refunded in part") << S::Paid << S::PartiallyRefunded << true;
    QTest::newRow("a paid invoice is refunded in full") << S::Paid << S::Refunded << true;
    QTest::newRow("a paid invoice cannot be voided") << S::Paid << S::Void << false;
    QTest::newRow("a paid invoice cannot reopen") << S::Paid << S::Open << false;
    QTest::newRow("a partial refund is followed by the rest") << S::PartiallyRefunded << S::Refunded << true;
    QTest::newRow("a partially refunded invoice cannot be voided") << S::PartiallyRefunded << S::Void << false;
    QTest::newRow("a refunded invoice is final") << S::Refunded << S::Open << false;
    QTest::newRow("a void invoice is final") << S::Void << S::Open << false;
    QTest::newRow("a void invoice cannot be paid") << S::Void << S::Paid << false;
}

void tst_InvoiceStatus::transitions()
{
    QFETCH(InvoiceStatus, from);
    QFETCH(InvoiceStatus, to);
    QFETCH(bool, allowed);
    QCOMPARE_EQ(isAllowedTransition(from, to), allowed);
}

QTEST_GUILESS_MAIN(tst_InvoiceStatus)
#include "tst_invoicestatus.moc"
