// SPDX-License-Identifier: GPL-3.0-or-later
#include "Money.h"

#include <QCoreApplication>

namespace imali {

namespace {

bool isGroupSpace(QChar c)
{
    return c == QLatin1Char(' ') || c == QChar(0x00A0) || c == QChar(0x202F);
}

QString tr(const char* text)
{
    return QCoreApplication::translate("Money", text);
}

} // namespace

Result<Money> Money::parse(const QString& input)
{
    QString text = input.trimmed();
    if (text.startsWith(QLatin1Char('R')))
        text = text.mid(1).trimmed();
    if (text.isEmpty())
        return Error::validation(tr("an amount is required"));

    const bool hasDot = text.contains(QLatin1Char('.'));
    const bool hasComma = text.contains(QLatin1Char(','));
    if (hasDot && hasComma)
        return Error::validation(tr("\"%1\" mixes \".\" and \",\"; use one decimal separator").arg(input));
    const QChar separator = hasDot ? QLatin1Char('.') : QLatin1Char(',');
    if (text.count(separator) > 1)
        return Error::validation(tr("\"%1\" has more than one decimal separator").arg(input));

    QString whole = text;
    QString fraction;
    const qsizetype sepAt = text.indexOf(separator);
    if (sepAt >= 0) {
        whole = text.left(sepAt);
        fraction = text.mid(sepAt + 1);
        if (fraction.size() == 3)
            return Error::validation(
                tr("\"%1\" is ambiguous: a separator followed by three digits could be a thousands group")
                    .arg(input));
        if (fraction.isEmpty() || fraction.size() > 2)
            return Error::validation(tr("\"%1\" must have one or two decimals after the separator").arg(input));
    }

    // Group separators may only stand between digits of the whole part.
    qint64 cents = 0;
    int digits = 0;
    QChar previous;
    for (qsizetype i = 0; i < whole.size(); ++i) {
        const QChar c = whole.at(i);
        if (isGroupSpace(c)) {
            if (i == 0 || isGroupSpace(previous))
                return Error::validation(tr("\"%1\" is not an amount").arg(input));
        } else if (c >= QLatin1Char('0') && c <= QLatin1Char('9')) {
            cents = cents * 10 + (c.unicode() - '0');
            ++digits;
            if (cents > MaxAmountCents / 100)
                return Error::validation(tr("\"%1\" is too large").arg(input));
        } else {
            return Error::validation(tr("\"%1\" is not an amount").arg(input));
        }
        previous = c;
    }
    if (digits == 0 || isGroupSpace(previous))
        return Error::validation(tr("\"%1\" is not an amount").arg(input));
    cents *= 100;
    for (qsizetype i = 0; i < 2; ++i) {
        int digit = 0;
        if (i < fraction.size()) {
            const QChar c = fraction.at(i);
            if (c < QLatin1Char('0') || c > QLatin1Char('9'))
                return Error::validation(tr("\"%1\" is not an amount").arg(input));
            digit = c.unicode() - '0';
        }
        cents += digit * (i == 0 ? 10 : 1);
    }
    if (cents > MaxAmountCents)
        return Error::validation(tr("\"%1\" is too large").arg(input));
    return Money::fromCents(cents);
}

QString Money::toString() const
{
    const qint64 magnitude = m_cents < 0 ? -m_cents : m_cents;
    return QStringLiteral("%1%2.%3")
        .arg(m_cents < 0 ? QStringLiteral("-") : QString())
        .arg(magnitude / 100)
        .arg(magnitude % 100, 2, 10, QLatin1Char('0'));
}

QString Money::toDisplayString() const
{
    const qint64 magnitude = m_cents < 0 ? -m_cents : m_cents;
    QString whole = QString::number(magnitude / 100);
    for (qsizetype at = whole.size() - 3; at > 0; at -= 3)
        whole.insert(at, QChar(0x00A0));
    return QStringLiteral("%1R%2%3.%4")
        .arg(m_cents < 0 ? QStringLiteral("-") : QString())
        .arg(QChar(0x00A0))
        .arg(whole)
        .arg(magnitude % 100, 2, 10, QLatin1Char('0'));
}

qint64 divideRoundHalfUp(qint64 numerator, qint64 denominator)
{
    Q_ASSERT(denominator > 0);
    const bool negative = numerator < 0;
    const qint64 magnitude = negative ? -numerator : numerator;
    const qint64 rounded = (magnitude / denominator) + ((magnitude % denominator) * 2 >= denominator ? 1 : 0);
    return negative ? -rounded : rounded;
}

} // namespace imali
