// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Money.h"
#include "Result.h"

#include <QList>
#include <QString>

namespace imali {

/** A positive quantity with up to three decimals, held in thousandths ("1.5" hours is 1500). */
class Quantity
{
public:
    constexpr Quantity() = default;
    static constexpr qint64 Scale = 1000;
    static constexpr qint64 MaxMilli = Q_INT64_C(1000000000); // one million units
    static constexpr Quantity fromMilli(qint64 milli) { return Quantity(milli); }
    /// Digits with one optional "." or "," and one to three decimals; above zero.
    static Result<Quantity> parse(const QString& text);

    constexpr qint64 milli() const { return m_milli; }
    /// "1.5", "2", "0.125": no trailing zeros.
    QString toString() const;
    friend constexpr auto operator<=>(Quantity, Quantity) = default;

private:
    constexpr explicit Quantity(qint64 milli) : m_milli(milli) {}
    qint64 m_milli = 0;
};

/** A VAT rate in basis points: 15 % is 1500. */
class VatRate
{
public:
    constexpr VatRate() = default;
    static constexpr VatRate fromBasisPoints(int bp) { return VatRate(bp); }
    static constexpr VatRate standard() { return VatRate(1500); }
    static constexpr VatRate zero() { return VatRate(0); }
    /// A bare percentage, "15", "0" or "7.5", from 0 to 100 with up to two decimals.
    static Result<VatRate> parse(const QString& text);

    constexpr int basisPoints() const { return m_bp; }
    /// "15", "7.5".
    QString toString() const;
    friend constexpr auto operator<=>(VatRate, VatRate) = default;

private:
    constexpr explicit VatRate(int bp) : m_bp(bp) {}
    int m_bp = 0;
};

/** The three amounts of one invoice line, each rounded half-up to the cent. */
struct LineAmounts {
    Money net;
    Money vat;
    Money gross;
};

/**
 * Works out a line: net = quantity × unit price and VAT = net × rate when
 * prices exclude VAT; gross = quantity × unit price and VAT = gross × rate /
 * (100 + rate) when they include it. Each figure is rounded half-up once.
 */
LineAmounts computeLine(Quantity quantity, Money unitPrice, VatRate rate, bool pricesIncludeVat);

/** Sums of an invoice's lines. */
struct InvoiceTotals {
    Money subtotal;
    Money vat;
    Money total;
};
InvoiceTotals sumLines(const QList<LineAmounts>& lines);

/**
 * Splits a refund of \a amount (VAT included) across an invoice's lines in
 * proportion to their gross, half-up, the last line taking the remainder so
 * the parts add up exactly; each part's VAT keeps its line's VAT share.
 */
QList<LineAmounts> splitProRata(Money amount, const QList<LineAmounts>& lines);

} // namespace imali
