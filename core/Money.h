// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QString>
#include <QtGlobal>

namespace imali {

/**
 * An amount of South African rand in integer cents. There is deliberately no
 * constructor from a floating-point number: amounts are parsed from text or
 * built from cents, never from a double.
 */
class Money
{
public:
    constexpr Money() = default;
    static constexpr Money fromCents(qint64 cents) { return Money(cents); }

    /**
     * Parses what a person types: an optional "R", spaces, U+00A0 or U+202F as
     * group separators, and one "." or "," followed by one or two digits.
     * Rejects a mix of "." and ",", a separator followed by exactly three
     * digits (ambiguous), more decimals, signs, exponents and overflow.
     */
    static Result<Money> parse(const QString& text);

    constexpr qint64 cents() const { return m_cents; }
    /// "1234.50": dot, two decimals, no grouping; the form used in JSON and CSV.
    QString toString() const;
    /// "R 1 234.50": for people, with a space as group separator.
    QString toDisplayString() const;

    constexpr bool isZero() const { return m_cents == 0; }
    constexpr bool isNegative() const { return m_cents < 0; }

    friend constexpr Money operator+(Money a, Money b) { return Money(a.m_cents + b.m_cents); }
    friend constexpr Money operator-(Money a, Money b) { return Money(a.m_cents - b.m_cents); }
    constexpr Money operator-() const { return Money(-m_cents); }
    Money& operator+=(Money o)
    {
        m_cents += o.m_cents;
        return *this;
    }
    Money& operator-=(Money o)
    {
        m_cents -= o.m_cents;
        return *this;
    }
    friend constexpr auto operator<=>(Money a, Money b) = default;

private:
    constexpr explicit Money(qint64 cents) : m_cents(cents) {}
    qint64 m_cents = 0;
};

/// Largest amount we accept anywhere: R 1 000 000 000 000.00, far from qint64 overflow in sums.
inline constexpr qint64 MaxAmountCents = Q_INT64_C(100000000000000);

/// round(numerator / denominator) with halves rounded away from zero; denominator > 0.
qint64 divideRoundHalfUp(qint64 numerator, qint64 denominator);

} // namespace imali
