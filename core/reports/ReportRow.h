// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Money.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QVector>

namespace imali
{

enum class ReportKind;

/** What a report cell holds. Only Text comes from people or PayFast; the rest is imali's own output. */
enum class CellType { Text, Amount, Date, Number };

/** One cell: its type, and its value as text (Text, Date, Number given as text) or as an integer. */
struct ReportCell {
    CellType type = CellType::Text;
    QString text;
    qint64 value = 0; ///< cents for Amount, the count for Number (when hasValue)
    bool hasValue = false; ///< Amount and Number cells built from an integer
    bool null = false; ///< an empty cell (SQL NULL)

    /// The cell as the CSV holds it, before any quoting or neutralising: amounts as "-150.00".
    QString display() const;
};

/**
 * One row of a report, built cell by cell as the queries stream by, the one
 * form that the CSV, the PDF and the console's preview all read. A Subtotal
 * row (the summary's months) repeats figures already in Detail rows, so it is
 * left out of the report's totals.
 */
class ReportRow
{
public:
    enum class Role { Detail, Subtotal };

    /// Empties the row for reuse; the cells' storage is kept.
    void clear(Role role = Role::Detail);

    ReportRow& text(const QString& value);
    ReportRow& amount(Money value);
    /// YYYY-MM-DD; an invalid date is an empty cell.
    ReportRow& date(QDate value);
    ReportRow& number(qint64 value);
    /// A cell already formatted, e.g. a stored date or a VAT rate.
    ReportRow& cell(CellType type, const QString& value);
    ReportRow& empty();

    Role role() const { return m_role; }
    qsizetype size() const { return m_size; }
    const ReportCell& at(qsizetype i) const { return m_cells.at(i); }

private:
    ReportCell& next();

    QVector<ReportCell> m_cells;
    qsizetype m_size = 0;
    Role m_role = Role::Detail;
};

/** A column of a report: its CSV name, what it holds, and whether the report's totals sum it. */
struct ReportColumn {
    QString name;
    CellType type = CellType::Text;
    bool totalled = false;
};

/// \a kind's columns, in CSV order.
QList<ReportColumn> reportColumnSpecs(ReportKind kind);

/**
 * The sums of a report's totalled columns over its Detail rows, in cents for
 * amounts: what the PDF prints under the table and the console under its preview.
 */
class ReportTotals
{
public:
    ReportTotals() = default;
    explicit ReportTotals(QList<ReportColumn> columns);

    void add(const ReportRow& row);

    const QList<ReportColumn>& columns() const { return m_columns; }
    /// Whether column \a i has a total.
    bool hasTotal(qsizetype i) const { return m_columns.at(i).totalled; }
    qint64 sum(qsizetype i) const { return m_sums.at(i); }
    /// The total of column \a i as the rows show theirs ("1234.50" for amounts), empty if it has none.
    QString display(qsizetype i) const;
    /// The total of the column named \a name, or 0.
    qint64 sum(const QString& name) const;
    /// Rows seen: all, and Detail only.
    qint64 rows() const { return m_rows; }
    qint64 detailRows() const { return m_detailRows; }

private:
    QList<ReportColumn> m_columns;
    QVector<qint64> m_sums;
    qint64 m_rows = 0;
    qint64 m_detailRows = 0;
};

} // namespace imali
