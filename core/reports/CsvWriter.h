// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Money.h"
#include "Result.h"

#include <QByteArray>
#include <QCryptographicHash>
#include <QDate>
#include <QStringConverter>
#include <QStringList>
#include <QStringView>

class QIODevice;

namespace imali
{

/**
 * Writes RFC 4180 CSV to a device: UTF-8 without a BOM, CRLF line endings, a
 * field quoted (quotes doubled) only when it holds a comma, a quote, CR or LF.
 * Rows are buffered and written in chunks, so an export of any size needs a
 * fixed amount of memory; the SHA-256 of every byte written is kept for the
 * export's anchor.
 *
 * Cells are typed. Amounts, dates and numbers are imali's own output and are
 * written exactly as given (an amount "-150.00" stays "-150.00"). Text comes
 * from people or from PayFast, so it is neutralised against formula injection
 * (OWASP "CSV injection"): a spreadsheet treats a cell that starts with `=`,
 * `+`, `-` or `@` as a formula, and some also after a leading tab or CR.
 *
 * The rule, chosen to keep phone numbers readable:
 * - text starting with `=`, `@`, a tab or a CR gets a leading `'`, always;
 * - text starting with `+` or `-` gets a leading `'` unless the rest is only
 *   digits, spaces, `(`, `)` and `-` (`^[+-][0-9 ()-]+$`), as in
 *   "+27 82 123 4567". Such a value holds no letters, so it can name no
 *   function, cell, sheet or DDE target: at worst a spreadsheet shows it as
 *   arithmetic, never runs anything. A lone "+" or "-" is neutralised.
 * The `'` is what spreadsheets themselves use to mark a cell as text, and
 * stays visible to other readers, who can strip it.
 */
class CsvWriter
{
public:
    /// What a cell holds; only Text is neutralised.
    enum class Cell { Text, Amount, Date, Number };

    /// Writes to \a device, which must be open for writing and outlive the writer.
    explicit CsvWriter(QIODevice* device);

    CsvWriter& text(QStringView value);
    /// Money::toString(): dot decimals, a leading "-" for money going out.
    CsvWriter& amount(Money value);
    /// YYYY-MM-DD; an invalid date is an empty cell.
    CsvWriter& date(QDate value);
    CsvWriter& number(qint64 value);
    /// An empty cell (SQL NULL).
    CsvWriter& empty();
    /// A cell already formatted, e.g. a stored date or timestamp; Text is neutralised as by text().
    CsvWriter& cell(Cell type, QStringView value);

    /// Writes \a names as one row (they are text, like any other).
    Status header(const QStringList& names);
    /// Ends the row (CRLF); writes the buffer out when it has grown large.
    Status endRow();
    /// Writes out what is buffered; call once, after the last row.
    Status finish();

    /// Rows ended so far, a header row included.
    qint64 rows() const { return m_rows; }
    /// Hex SHA-256 of every byte handed to the device; complete after finish().
    QString sha256Hex() const;

    /// \a value as text() writes it (before any quoting).
    static QString neutralised(QStringView value);
    /// Whether text() would prefix \a value with a `'`.
    static bool needsNeutralising(QStringView value);

private:
    void separate();
    void appendVerbatim(QStringView value);
    void appendUtf8(QStringView value, bool neutralise);
    Status writeOut();

    QIODevice* m_device;
    QByteArray m_buffer;
    QCryptographicHash m_hash;
    QStringEncoder m_encoder;
    bool m_rowHasCell = false; // the next cell needs a comma before it
    qint64 m_rows = 0;
    Status m_status; // the first write failure, kept so later calls report it too
};

} // namespace imali
