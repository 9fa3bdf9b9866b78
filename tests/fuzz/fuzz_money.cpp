// SPDX-License-Identifier: GPL-3.0-or-later
// The money parser (Money::parse): every amount a person types.
#include "FuzzCheck.h"

#include "Money.h"

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <limits>

using namespace imali;

namespace
{

/// What the parser should make of plain "DIGITS[.D[D]]" text, worked out independently; -1 when the
/// text is not of that shape or is too large.
qint64 plainCents(const QByteArray& text)
{
    const qsizetype dot = text.indexOf('.');
    const QByteArray whole = dot < 0 ? text : text.left(dot);
    const QByteArray fraction = dot < 0 ? QByteArray() : text.mid(dot + 1);
    if (whole.isEmpty() || (dot >= 0 && (fraction.isEmpty() || fraction.size() > 2)))
        return -1;
    qint64 cents = 0;
    for (const char c : whole + fraction.leftJustified(2, '0')) {
        if (c < '0' || c > '9')
            return -1;
        cents = cents * 10 + (c - '0');
        if (cents > MaxAmountCents * 10) // already too large, whatever digits follow
            return -1;
    }
    return cents > MaxAmountCents ? -1 : cents;
}

/// Whatever amount the parser accepted prints and parses back to itself, in both written forms.
void checkFormatsRoundTrip(Money money)
{
    const Result<Money> plain = Money::parse(money.toString());
    FUZZ_CHECK(plain.ok() && *plain == money);
    const Result<Money> shown = Money::parse(money.toDisplayString());
    FUZZ_CHECK(shown.ok() && *shown == money);
    FUZZ_CHECK(
        money.toString().endsWith(QString::number(money.cents() % 100).rightJustified(2, QLatin1Char('0'))));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const QString text = QString::fromUtf8(bytes);

    const Result<Money> parsed = Money::parse(text);
    if (parsed) {
        // Never negative, never above the cap, and stable through formatting.
        FUZZ_CHECK(parsed->cents() >= 0 && parsed->cents() <= MaxAmountCents);
        checkFormatsRoundTrip(*parsed);
        // Separators only group digits: "1 000,5" is "1000.5".
        QString normalised = text.trimmed();
        if (normalised.startsWith(QLatin1Char('R')))
            normalised = normalised.mid(1).trimmed();
        normalised.remove(QLatin1Char(' '))
            .remove(QChar(0x00A0))
            .remove(QChar(0x202F))
            .replace(QLatin1Char(','), QLatin1Char('.'));
        FUZZ_CHECK(plainCents(normalised.toLatin1()) == parsed->cents());
    } else {
        FUZZ_CHECK(!parsed.error().message.isEmpty());
        FUZZ_CHECK(plainCents(bytes) == -1); // plain amounts within the cap always parse
    }

    // Amounts built from cents (the first 8 bytes) print and parse back, up to the cap.
    if (size >= sizeof(qint64)) {
        qint64 raw = 0;
        std::memcpy(&raw, data, sizeof raw);
        const qint64 cents =
            raw == std::numeric_limits<qint64>::min() ? 0 : (raw < 0 ? -raw : raw) % (MaxAmountCents + 1);
        checkFormatsRoundTrip(Money::fromCents(cents));
        const Money negative = Money::fromCents(-cents);
        FUZZ_CHECK(negative.toString()
                   == (cents == 0 ? QString() : QStringLiteral("-")) + Money::fromCents(cents).toString());
        FUZZ_CHECK(!Money::parse(negative.toString()).ok() || cents == 0); // signs are refused
    }
    return 0;
}
