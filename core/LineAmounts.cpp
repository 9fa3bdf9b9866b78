// SPDX-License-Identifier: GPL-3.0-or-later
#include "LineAmounts.h"

#include <QCoreApplication>

namespace imali {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("LineAmounts", text);
}

/// Parses "12", "12.5", "12,125" into units of 10^-decimals; -1 when malformed.
qint64 parseScaled(const QString& text, int decimals, qint64 limit)
{
    const QString t = text.trimmed();
    qsizetype sep = t.indexOf(QLatin1Char('.'));
    if (sep < 0)
        sep = t.indexOf(QLatin1Char(','));
    const QString whole = sep < 0 ? t : t.left(sep);
    const QString fraction = sep < 0 ? QString() : t.mid(sep + 1);
    if (whole.isEmpty() || (sep >= 0 && (fraction.isEmpty() || fraction.size() > decimals)))
        return -1;
    qint64 value = 0;
    for (QChar c : whole) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return -1;
        value = value * 10 + (c.unicode() - '0');
        if (value > limit)
            return -1;
    }
    for (int i = 0; i < decimals; ++i) {
        int digit = 0;
        if (i < fraction.size()) {
            const QChar c = fraction.at(i);
            if (c < QLatin1Char('0') || c > QLatin1Char('9'))
                return -1;
            digit = c.unicode() - '0';
        }
        value = value * 10 + digit;
    }
    return value;
}

// g++ and clang have a 128-bit integer; __extension__ keeps -Wpedantic quiet about it.
__extension__ typedef __int128 Int128;

qint64 mulDivHalfUp(qint64 a, qint64 b, qint64 denominator)
{
    // 128-bit intermediate: a million units at the largest price still fits.
    const Int128 product = static_cast<Int128>(a) * b;
    const Int128 magnitude = product < 0 ? -product : product;
    Int128 rounded = magnitude / denominator;
    if ((magnitude % denominator) * 2 >= denominator)
        ++rounded;
    return static_cast<qint64>(product < 0 ? -rounded : rounded);
}

} // namespace

Result<Quantity> Quantity::parse(const QString& text)
{
    const qint64 milli = parseScaled(text, 3, MaxMilli / Scale);
    if (milli < 0)
        return Error::validation(
            tr("quantity \"%1\" must be a number with at most three decimals").arg(text));
    if (milli == 0)
        return Error::validation(tr("quantity must be more than zero"));
    if (milli > MaxMilli)
        return Error::validation(tr("quantity \"%1\" is too large").arg(text));
    return Quantity(milli);
}

QString Quantity::toString() const
{
    QString s = QString::number(m_milli / Scale);
    qint64 fraction = m_milli % Scale;
    if (fraction == 0)
        return s;
    QString digits = QStringLiteral("%1").arg(fraction, 3, 10, QLatin1Char('0'));
    while (digits.endsWith(QLatin1Char('0')))
        digits.chop(1);
    return s + QLatin1Char('.') + digits;
}

Result<VatRate> VatRate::parse(const QString& text)
{
    QString t = text.trimmed();
    if (t.endsWith(QLatin1Char('%')))
        t.chop(1);
    const qint64 bp = parseScaled(t, 2, 100);
    if (bp < 0 || bp > 10000)
        return Error::validation(tr("VAT rate \"%1\" must be a percentage from 0 to 100").arg(text));
    return VatRate(static_cast<int>(bp));
}

QString VatRate::toString() const
{
    QString s = QString::number(m_bp / 100);
    const int fraction = m_bp % 100;
    if (fraction == 0)
        return s;
    return s + (fraction % 10 == 0 ? QStringLiteral(".%1").arg(fraction / 10)
                                   : QStringLiteral(".%1").arg(fraction, 2, 10, QLatin1Char('0')));
}

LineAmounts computeLine(Quantity quantity, Money unitPrice, VatRate rate, bool pricesIncludeVat)
{
    const qint64 extended = mulDivHalfUp(quantity.milli(), unitPrice.cents(), Quantity::Scale);
    if (pricesIncludeVat) {
        const qint64 vat = mulDivHalfUp(extended, rate.basisPoints(), 10000 + rate.basisPoints());
        return {Money::fromCents(extended - vat), Money::fromCents(vat), Money::fromCents(extended)};
    }
    const qint64 vat = mulDivHalfUp(extended, rate.basisPoints(), 10000);
    return {Money::fromCents(extended), Money::fromCents(vat), Money::fromCents(extended + vat)};
}

InvoiceTotals sumLines(const QList<LineAmounts>& lines)
{
    InvoiceTotals totals;
    for (const LineAmounts& line : lines) {
        totals.subtotal += line.net;
        totals.vat += line.vat;
        totals.total += line.gross;
    }
    return totals;
}

QList<LineAmounts> splitProRata(Money amount, const QList<LineAmounts>& lines)
{
    QList<LineAmounts> parts;
    const qint64 total = sumLines(lines).total.cents();
    if (total <= 0) {
        parts.resize(lines.size());
        return parts;
    }
    qint64 assigned = 0;
    qsizetype lastNonZero = -1;
    for (qsizetype i = 0; i < lines.size(); ++i)
        if (lines.at(i).gross.cents() > 0)
            lastNonZero = i;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const LineAmounts& line = lines.at(i);
        if (line.gross.cents() <= 0) {
            parts.append(LineAmounts{});
            continue;
        }
        const qint64 gross = i == lastNonZero ? amount.cents() - assigned
                                              : mulDivHalfUp(amount.cents(), line.gross.cents(), total);
        assigned += gross;
        const qint64 vat = mulDivHalfUp(gross, line.vat.cents(), line.gross.cents());
        parts.append({Money::fromCents(gross - vat), Money::fromCents(vat), Money::fromCents(gross)});
    }
    return parts;
}

} // namespace imali
