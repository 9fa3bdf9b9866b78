// SPDX-License-Identifier: GPL-3.0-or-later
#include "LineAmounts.h"

#include <QtTest>

using namespace imali;

/** Quantities, VAT rates, line amounts and pro-rata credit splits (SPEC §3). */
class tst_LineAmounts : public QObject
{
    Q_OBJECT

private slots:
    void computesLines_data();
    void computesLines();
    void parsesQuantities_data();
    void parsesQuantities();
    void parsesVatRates_data();
    void parsesVatRates();
    void splitsCreditsProRata_data();
    void splitsCreditsProRata();
};

void tst_LineAmounts::computesLines_data()
{
    QTest::addColumn<QString>("quantity");
    QTest::addColumn<QString>("unitPrice");
    QTest::addColumn<QString>("rate");
    QTest::addColumn<bool>("inclusive");
    QTest::addColumn<qint64>("net");
    QTest::addColumn<qint64>("vat");
    QTest::addColumn<qint64>("gross");
    QTest::newRow("standard VAT on an exclusive price")
        << "2" << "100.00" << "15" << false << Q_INT64_C(20000) << Q_INT64_C(3000) << Q_INT64_C(23000);
    QTest::newRow("half a cent of VAT rounds up") << "1" << "0.10" << "15" << false << Q_INT64_C(10)
                                                  << Q_INT64_C(2) << Q_INT64_C(12);
    QTest::newRow("one and a half hours at R 333.33") << "1.5" << "333.33" << "15" << false
                                                      << Q_INT64_C(50000) << Q_INT64_C(7500) << Q_INT64_C(57500);
    QTest::newRow("a quantity with three decimals rounds the net half-up")
        << "0.125" << "0.10" << "15" << false << Q_INT64_C(1) << Q_INT64_C(0) << Q_INT64_C(1);
    QTest::newRow("VAT-inclusive R 115 holds R 15 VAT") << "1" << "115.00" << "15" << true
                                                        << Q_INT64_C(10000) << Q_INT64_C(1500) << Q_INT64_C(11500);
    QTest::newRow("VAT-inclusive R 100 holds R 13.04 VAT") << "1" << "100.00" << "15" << true
                                                           << Q_INT64_C(8696) << Q_INT64_C(1304) << Q_INT64_C(10000);
    QTest::newRow("zero-rated lines carry no VAT") << "3" << "10.00" << "0" << false << Q_INT64_C(3000)
                                                   << Q_INT64_C(0) << Q_INT64_C(3000);
    QTest::newRow("a free line") << "1" << "0" << "15" << false << Q_INT64_C(0) << Q_INT64_C(0) << Q_INT64_C(0);
    QTest::newRow("a million units at a large price does not overflow")
        << "1000000" << "1000000.00" << "15" << false << Q_INT64_C(100000000000000) << Q_INT64_C(15000000000000)
        << Q_INT64_C(115000000000000);
}

void tst_LineAmounts::computesLines()
{
    QFETCH(QString, quantity);
    QFETCH(QString, unitPrice);
    QFETCH(QString, rate);
    QFETCH(bool, inclusive);
    QFETCH(qint64, net);
    QFETCH(qint64, vat);
    QFETCH(qint64, gross);
    const LineAmounts line = computeLine(*Quantity::parse(quantity), *Money::parse(unitPrice), *VatRate::parse(rate),
                                         inclusive);
    QCOMPARE_EQ(line.net.cents(), net);
    QCOMPARE_EQ(line.vat.cents(), vat);
    QCOMPARE_EQ(line.gross.cents(), gross);
}

void tst_LineAmounts::parsesQuantities_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<qint64>("milli"); // -1: rejected
    QTest::newRow("a whole quantity") << "3" << Q_INT64_C(3000);
    QTest::newRow("one and a half") << "1.5" << Q_INT64_C(1500);
    QTest::newRow("three decimals") << "0.125" << Q_INT64_C(125);
    QTest::newRow("a decimal comma") << "2,25" << Q_INT64_C(2250);
    QTest::newRow("zero is refused") << "0" << Q_INT64_C(-1);
    QTest::newRow("a negative quantity is refused") << "-1" << Q_INT64_C(-1);
    QTest::newRow("four decimals are refused") << "1.2345" << Q_INT64_C(-1);
    QTest::newRow("words are refused") << "two" << Q_INT64_C(-1);
    QTest::newRow("more than a million is refused") << "1000001" << Q_INT64_C(-1);
}

void tst_LineAmounts::parsesQuantities()
{
    QFETCH(QString, input);
    QFETCH(qint64, milli);
    const auto q = Quantity::parse(input);
    QCOMPARE_EQ(q.ok(), milli >= 0);
    if (q.ok()) {
        QCOMPARE_EQ(q->milli(), milli);
        QCOMPARE_EQ(Quantity::parse(q->toString())->milli(), milli);
    }
}

void tst_LineAmounts::parsesVatRates_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<int>("bp");
    QTest::newRow("the standard rate") << "15" << 1500;
    QTest::newRow("zero-rated") << "0" << 0;
    QTest::newRow("a fractional rate") << "7.5" << 750;
    QTest::newRow("with a percent sign") << "15%" << 1500;
    QTest::newRow("above 100 is refused") << "101" << -1;
    QTest::newRow("a negative rate is refused") << "-15" << -1;
    QTest::newRow("three decimals are refused") << "15.125" << -1;
}

void tst_LineAmounts::parsesVatRates()
{
    QFETCH(QString, input);
    QFETCH(int, bp);
    const auto r = VatRate::parse(input);
    QCOMPARE_EQ(r.ok(), bp >= 0);
    if (r.ok())
        QCOMPARE_EQ(r->basisPoints(), bp);
}

void tst_LineAmounts::splitsCreditsProRata_data()
{
    QTest::addColumn<qint64>("refund");
    QTest::addColumn<QList<qint64>>("expectedGross");
    QTest::addColumn<QList<qint64>>("expectedVat");
    // Lines: R 115.00 (R 15 VAT) and R 50.00 zero-rated; total R 165.00.
    QTest::newRow("a full refund credits every line whole")
        << Q_INT64_C(16500) << QList<qint64>{11500, 5000} << QList<qint64>{1500, 0};
    QTest::newRow("a partial refund splits by gross and keeps each line's VAT share")
        << Q_INT64_C(3300) << QList<qint64>{2300, 1000} << QList<qint64>{300, 0};
    QTest::newRow("a single cent goes to the line it rounds to")
        << Q_INT64_C(1) << QList<qint64>{1, 0} << QList<qint64>{0, 0};
}

void tst_LineAmounts::splitsCreditsProRata()
{
    QFETCH(qint64, refund);
    QFETCH(QList<qint64>, expectedGross);
    QFETCH(QList<qint64>, expectedVat);
    const QList<LineAmounts> lines{
        computeLine(Quantity::fromMilli(1000), Money::fromCents(10000), VatRate::standard(), false),
        computeLine(Quantity::fromMilli(1000), Money::fromCents(5000), VatRate::zero(), false)};
    const QList<LineAmounts> parts = splitProRata(Money::fromCents(refund), lines);
    QCOMPARE_EQ(parts.size(), lines.size());
    qint64 sum = 0;
    for (qsizetype i = 0; i < parts.size(); ++i) {
        QCOMPARE_EQ(parts.at(i).gross.cents(), expectedGross.at(i));
        QCOMPARE_EQ(parts.at(i).vat.cents(), expectedVat.at(i));
        QCOMPARE_EQ(parts.at(i).net + parts.at(i).vat, parts.at(i).gross);
        sum += parts.at(i).gross.cents();
    }
    QCOMPARE_EQ(sum, refund);
}

QTEST_GUILESS_MAIN(tst_LineAmounts)
#include "tst_lineamounts.moc"
