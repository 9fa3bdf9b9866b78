// SPDX-License-Identifier: GPL-3.0-or-later
// The CSV writer (reports/CsvWriter): every export a merchant opens in a spreadsheet or hands on.
#include "FuzzCheck.h"

#include "reports/CsvWriter.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QStringDecoder>

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <optional>

using namespace imali;

namespace
{

/// A field as a strict RFC 4180 reader sees it.
struct ReadField {
    QByteArray bytes;
    bool quoted = false;
};
using ReadRow = QList<ReadField>;

/**
 * A strict RFC 4180 reader, independent of the writer: every record ends in CRLF; a quoted field
 * doubles its quotes and is followed by ',' or CRLF; an unquoted field holds no quote, CR or LF.
 * std::nullopt for anything else.
 */
std::optional<QList<ReadRow>> readRfc4180(const QByteArray& csv)
{
    QList<ReadRow> rows;
    qsizetype at = 0;
    const qsizetype n = csv.size();
    while (at < n) {
        ReadRow row;
        for (;;) {
            ReadField field;
            if (csv.at(at) == '"') {
                field.quoted = true;
                ++at;
                for (;;) {
                    if (at >= n)
                        return std::nullopt; // unterminated
                    if (csv.at(at) == '"') {
                        if (at + 1 < n && csv.at(at + 1) == '"') {
                            field.bytes.append('"');
                            at += 2;
                            continue;
                        }
                        ++at;
                        break;
                    }
                    field.bytes.append(csv.at(at++));
                }
            } else {
                while (at < n && csv.at(at) != ',' && csv.at(at) != '\r') {
                    if (csv.at(at) == '"' || csv.at(at) == '\n')
                        return std::nullopt;
                    field.bytes.append(csv.at(at++));
                }
            }
            row.append(field);
            if (at < n && csv.at(at) == ',') {
                ++at;
                continue;
            }
            if (at + 1 < n && csv.at(at) == '\r' && csv.at(at + 1) == '\n') {
                at += 2;
                break;
            }
            return std::nullopt; // a record must end in CRLF
        }
        rows.append(row);
    }
    return rows;
}

/// The formula-injection rule of CsvWriter's documentation, written again.
QString expectedText(const QString& value)
{
    if (value.isEmpty())
        return value;
    const QChar first = value.front();
    if (first == u'=' || first == u'@' || first == u'\t' || first == u'\r')
        return QLatin1Char('\'') + value;
    if (first == u'+' || first == u'-') {
        const QString rest = value.mid(1);
        bool phoneLike = !rest.isEmpty();
        for (const QChar c : rest)
            phoneLike =
                phoneLike && ((c >= u'0' && c <= u'9') || c == u' ' || c == u'(' || c == u')' || c == u'-');
        return phoneLike ? value : QLatin1Char('\'') + value;
    }
    return value;
}

qint64 int64Of(const QByteArray& bytes)
{
    qint64 value = 0;
    std::memcpy(&value, bytes.leftJustified(sizeof value, '\0').constData(), sizeof value);
    return value;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    // Rows are separated by 0x1E and cells by 0x1F; a cell's first byte picks its kind, the rest is its
    // value.
    const QByteArray input(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    QBuffer device;
    device.open(QIODevice::WriteOnly);
    CsvWriter writer(&device);
    QList<QStringList> expected;
    QList<QList<bool>> exact; // false for a cell whose text cannot be encoded as given (a lone surrogate)
    QList<QList<bool>> isText; // cells that come from people or PayFast, neutralised against formulas
    for (const QByteArray& rowBytes : input.split('\x1e')) {
        QStringList row;
        QList<bool> rowExact;
        QList<bool> rowText;
        for (const QByteArray& cellBytes : rowBytes.split('\x1f')) {
            const int kind = cellBytes.isEmpty() ? 0 : static_cast<unsigned char>(cellBytes.at(0)) % 8;
            const QByteArray raw = cellBytes.mid(1);
            QString shown;
            bool isExact = true;
            switch (kind) {
            case 0: {
                const QString text = QString::fromUtf8(raw);
                writer.text(text);
                shown = expectedText(text);
                break;
            }
            case 1: {
                const qint64 cents = int64Of(raw) % (MaxAmountCents + 1); // either sign
                writer.amount(Money::fromCents(cents));
                shown = Money::fromCents(cents).toString();
                break;
            }
            case 2: {
                const QDate date = QDate::fromJulianDay(int64Of(raw) % 4000000);
                writer.date(date);
                shown = date.isValid() ? date.toString(Qt::ISODate) : QString();
                break;
            }
            case 3: {
                const qint64 value = int64Of(raw);
                writer.number(value);
                shown = QString::number(value);
                break;
            }
            case 4:
                writer.empty();
                break;
            case 5: { // a stored value written verbatim, quoted if it must be
                const QString text = QString::fromUtf8(raw);
                writer.cell(CsvWriter::Cell::Date, text);
                shown = text;
                break;
            }
            case 6: { // UTF-16 as it comes, lone surrogates included
                QString text(raw.size() / 2, Qt::Uninitialized);
                std::memcpy(text.data(), raw.constData(), static_cast<std::size_t>(text.size()) * 2);
                writer.text(text);
                shown = expectedText(text);
                isExact = QString::fromUtf8(text.toUtf8()) == text;
                break;
            }
            default: { // long text, so the writer's chunking is exercised too
                const QString text =
                    QString::fromUtf8(raw).repeated(raw.isEmpty() ? 0 : 70000 / int(raw.size() + 1));
                writer.text(text);
                shown = expectedText(text);
                break;
            }
            }
            row.append(shown);
            rowExact.append(isExact);
            rowText.append(kind == 0 || kind >= 6);
        }
        FUZZ_CHECK(writer.endRow().ok());
        expected.append(row);
        exact.append(rowExact);
        isText.append(rowText);
    }
    FUZZ_CHECK(writer.finish().ok());
    const QByteArray csv = device.data();

    FUZZ_CHECK(writer.rows() == expected.size());
    FUZZ_CHECK(writer.sha256Hex()
               == QString::fromLatin1(QCryptographicHash::hash(csv, QCryptographicHash::Sha256).toHex()));
    FUZZ_CHECK(!csv.startsWith("\xEF\xBB\xBF")
               || expected.constFirst().constFirst().startsWith(QChar(0xFEFF)));

    const std::optional<QList<ReadRow>> read = readRfc4180(csv);
    FUZZ_CHECK(read.has_value());
    FUZZ_CHECK(read->size() == expected.size());
    for (qsizetype r = 0; r < expected.size(); ++r) {
        const ReadRow& got = read->at(r);
        FUZZ_CHECK(got.size() == expected.at(r).size());
        for (qsizetype c = 0; c < got.size(); ++c) {
            const QByteArray& bytes = got.at(c).bytes;
            // Valid UTF-8 always; quoted exactly when it has to be.
            QStringDecoder strict(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
            const QString text = strict(bytes);
            FUZZ_CHECK(!strict.hasError());
            const bool mustQuote =
                bytes.contains(',') || bytes.contains('"') || bytes.contains('\r') || bytes.contains('\n');
            FUZZ_CHECK(got.at(c).quoted == mustQuote);
            if (exact.at(r).at(c))
                FUZZ_CHECK(text == expected.at(r).at(c));
            // No text cell a spreadsheet would run: none starts with a formula character.
            if (isText.at(r).at(c) && !text.isEmpty())
                FUZZ_CHECK(text.front() != u'=' && text.front() != u'@' && text.front() != u'\t'
                           && text.front() != u'\r');
        }
    }
    return 0;
}
