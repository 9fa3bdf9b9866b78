// SPDX-License-Identifier: GPL-3.0-or-later
#include "Money.h"

#include <QtTest>

using namespace imali;

/** The money grammar of SPEC §3, one row per accept and reject rule. */
class tst_Money : public QObject
{
    Q_OBJECT

private slots:
    void parseAccepts_data();
    void parseAccepts();
    void parseRejects_data();
    void parseRejects();
    void formats_data();
    void formats();
    void roundsHalfUp_data();
    void roundsHalfUp();
};

void tst_Money::parseAccepts_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<qint64>("cents");
    QTest::newRow("a whole number of rand") << QStringLiteral("100") << Q_INT64_C(10000);
    QTest::newRow("two decimals after a dot") << QStringLiteral("1234.50") << Q_INT64_C(123450);
    QTest::newRow("one decimal after a dot is tens of cents") << QStringLiteral("12.5") << Q_INT64_C(1250);
    QTest::newRow("a comma as decimal separator") << QStringLiteral("12,50") << Q_INT64_C(1250);
    QTest::newRow("one decimal after a comma") << QStringLiteral("12,5") << Q_INT64_C(1250);
    QTest::newRow("an R in front") << QStringLiteral("R100.00") << Q_INT64_C(10000);
    QTest::newRow("an R and a space in front") << QStringLiteral("R 100.00") << Q_INT64_C(10000);
    QTest::newRow("spaces as group separators") << QStringLiteral("1 234 567.89") << Q_INT64_C(123456789);
    QTest::newRow("no-break spaces as group separators") << QStringLiteral("1\u00a0234,50") << Q_INT64_C(123450);
    QTest::newRow("narrow no-break spaces as group separators")
        << QStringLiteral("R\u202f1\u202f234.50") << Q_INT64_C(123450);
    QTest::newRow("surrounding whitespace is ignored") << QStringLiteral("  5.00 ") << Q_INT64_C(500);
    QTest::newRow("zero") << QStringLiteral("0.00") << Q_INT64_C(0);
    QTest::newRow("one cent") << QStringLiteral("0.01") << Q_INT64_C(1);
    QTest::newRow("leading zeros") << QStringLiteral("007.10") << Q_INT64_C(710);
    QTest::newRow("the largest amount") << QStringLiteral("1000000000000.00") << MaxAmountCents;
}

void tst_Money::parseAccepts()
{
    QFETCH(QString, input);
    QFETCH(qint64, cents);
    const auto parsed = Money::parse(input);
    QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().message));
    QCOMPARE_EQ(parsed->cents(), cents);
}

void tst_Money::parseRejects_data()
{
    QTest::addColumn<QString>("input");
    QTest::newRow("nothing") << QString();
    QTest::newRow("only an R") << QStringLiteral("R");
    QTest::newRow("a mix of dot and comma") << QStringLiteral("1,234.50");
    QTest::newRow("a mix of comma and dot") << QStringLiteral("1.234,50");
    QTest::newRow("a separator followed by exactly three digits") << QStringLiteral("1.234");
    QTest::newRow("a comma followed by exactly three digits") << QStringLiteral("1,234");
    QTest::newRow("more than two decimals") << QStringLiteral("1.2345");
    QTest::newRow("a separator with no decimals") << QStringLiteral("12.");
    QTest::newRow("a separator with no whole part") << QStringLiteral(".50");
    QTest::newRow("two dots") << QStringLiteral("1.000.00");
    QTest::newRow("an exponent") << QStringLiteral("1e3");
    QTest::newRow("an upper-case exponent") << QStringLiteral("1E3");
    QTest::newRow("a minus sign") << QStringLiteral("-5.00");
    QTest::newRow("a plus sign") << QStringLiteral("+5.00");
    QTest::newRow("letters") << QStringLiteral("abc");
    QTest::newRow("a currency other than rand") << QStringLiteral("$5.00");
    QTest::newRow("a group separator among the decimals") << QStringLiteral("5.0 0");
    QTest::newRow("a group separator before the decimals") << QStringLiteral("5 .00");
    QTest::newRow("two group separators in a row") << QStringLiteral("1  000");
    QTest::newRow("an overflow of qint64") << QStringLiteral("99999999999999999999999");
    QTest::newRow("one cent above the largest amount") << QStringLiteral("1000000000000.01");
    QTest::newRow("Arabic-Indic digits") << QStringLiteral("\u0661\u0662");
    QTest::newRow("infinity") << QStringLiteral("inf");
    QTest::newRow("not a number") << QStringLiteral("nan");
    QTest::newRow("hexadecimal") << QStringLiteral("0x10");
}

void tst_Money::parseRejects()
{
    QFETCH(QString, input);
    const auto parsed = Money::parse(input);
    QVERIFY2(!parsed.ok(), qPrintable(input));
    QVERIFY(!parsed.error().message.isEmpty());
    QCOMPARE_EQ(parsed.error().kind, ErrorKind::Validation);
}

void tst_Money::formats_data()
{
    QTest::addColumn<qint64>("cents");
    QTest::addColumn<QString>("plain");
    QTest::addColumn<QString>("display");
    QTest::newRow("zero") << Q_INT64_C(0) << QStringLiteral("0.00") << QStringLiteral("R\u00a00.00");
    QTest::newRow("cents only") << Q_INT64_C(5) << QStringLiteral("0.05") << QStringLiteral("R\u00a00.05");
    QTest::newRow("thousands are grouped for people only")
        << Q_INT64_C(123456789) << QStringLiteral("1234567.89") << QStringLiteral("R\u00a01\u00a0234\u00a0567.89");
    QTest::newRow("a negative amount") << Q_INT64_C(-1050) << QStringLiteral("-10.50")
                                       << QStringLiteral("-R\u00a010.50");
}

void tst_Money::formats()
{
    QFETCH(qint64, cents);
    QFETCH(QString, plain);
    QFETCH(QString, display);
    QCOMPARE(Money::fromCents(cents).toString(), plain);
    QCOMPARE(Money::fromCents(cents).toDisplayString(), display);
    if (cents >= 0)
        QCOMPARE_EQ(Money::parse(plain)->cents(), cents); // what we print, we read back
}

void tst_Money::roundsHalfUp_data()
{
    QTest::addColumn<qint64>("numerator");
    QTest::addColumn<qint64>("denominator");
    QTest::addColumn<qint64>("expected");
    QTest::newRow("a half rounds up") << Q_INT64_C(5) << Q_INT64_C(10) << Q_INT64_C(1);
    QTest::newRow("just below a half rounds down") << Q_INT64_C(49) << Q_INT64_C(100) << Q_INT64_C(0);
    QTest::newRow("a negative half rounds away from zero") << Q_INT64_C(-5) << Q_INT64_C(10) << Q_INT64_C(-1);
    QTest::newRow("an exact division is unchanged") << Q_INT64_C(300) << Q_INT64_C(3) << Q_INT64_C(100);
}

void tst_Money::roundsHalfUp()
{
    QFETCH(qint64, numerator);
    QFETCH(qint64, denominator);
    QFETCH(qint64, expected);
    QCOMPARE_EQ(divideRoundHalfUp(numerator, denominator), expected);
}

QTEST_GUILESS_MAIN(tst_Money)
#include "tst_money.moc"
