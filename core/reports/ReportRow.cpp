// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportRow.h"

#include "reports/Reports.h"

namespace imali
{

QString ReportCell::display() const
{
    if (null)
        return {};
    if (hasValue)
        return type == CellType::Amount ? Money::fromCents(value).toString() : QString::number(value);
    return text;
}

void ReportRow::clear(Role role)
{
    m_size = 0;
    m_role = role;
}

ReportCell& ReportRow::next()
{
    if (m_size == m_cells.size())
        m_cells.resize(m_size + 1);
    ReportCell& c = m_cells[m_size++];
    c.hasValue = false;
    c.null = false;
    c.value = 0;
    return c;
}

ReportRow& ReportRow::text(const QString& value)
{
    return cell(CellType::Text, value);
}

ReportRow& ReportRow::amount(Money value)
{
    ReportCell& c = next();
    c.type = CellType::Amount;
    c.value = value.cents();
    c.hasValue = true;
    return *this;
}

ReportRow& ReportRow::date(QDate value)
{
    if (!value.isValid())
        return cell(CellType::Date, QString());
    return cell(CellType::Date, value.toString(Qt::ISODate));
}

ReportRow& ReportRow::number(qint64 value)
{
    ReportCell& c = next();
    c.type = CellType::Number;
    c.value = value;
    c.hasValue = true;
    return *this;
}

ReportRow& ReportRow::cell(CellType type, const QString& value)
{
    ReportCell& c = next();
    c.type = type;
    c.text = value;
    return *this;
}

ReportRow& ReportRow::empty()
{
    ReportCell& c = next();
    c.type = CellType::Text;
    c.text.clear();
    c.null = true;
    return *this;
}

QList<ReportColumn> reportColumnSpecs(ReportKind kind)
{
    using T = CellType;
    struct Spec {
        const char* name;
        CellType type;
        bool totalled;
    };
    const auto list = [](std::initializer_list<Spec> specs) {
        QList<ReportColumn> l;
        for (const Spec& s : specs)
            l.append({QString::fromLatin1(s.name), s.type, s.totalled});
        return l;
    };
    switch (kind) {
    case ReportKind::Transactions:
        return list({{"date", T::Date, false},
                     {"created_at_utc", T::Date, false},
                     {"transaction_id", T::Number, false},
                     {"kind", T::Text, false},
                     {"provider", T::Text, false},
                     {"provider_id", T::Text, false},
                     {"m_payment_id", T::Text, false},
                     {"method", T::Text, false},
                     {"invoice", T::Text, false},
                     {"customer", T::Text, false},
                     {"gross", T::Amount, true},
                     {"fee", T::Amount, true},
                     {"net", T::Amount, true},
                     {"written_off", T::Amount, true},
                     {"refund_of", T::Number, false},
                     {"unallocated_reason", T::Text, false},
                     {"reference", T::Text, false},
                     {"reason", T::Text, false}});
    case ReportKind::Invoices:
        return list({{"invoice", T::Text, false},
                     {"issue_date", T::Date, false},
                     {"due_date", T::Date, false},
                     {"status", T::Text, false},
                     {"customer", T::Text, false},
                     {"customer_vat_number", T::Text, false},
                     {"subtotal", T::Amount, true},
                     {"vat", T::Amount, true},
                     {"total", T::Amount, true},
                     {"paid", T::Amount, true},
                     {"refunded", T::Amount, true},
                     {"credited", T::Amount, true},
                     {"written_off", T::Amount, true},
                     {"balance", T::Amount, true}});
    case ReportKind::Aging:
        return list({{"invoice", T::Text, false},
                     {"customer", T::Text, false},
                     {"issue_date", T::Date, false},
                     {"due_date", T::Date, false},
                     {"days_overdue", T::Number, false},
                     {"total", T::Amount, true},
                     {"balance", T::Amount, true},
                     {"current", T::Amount, true},
                     {"days_1_30", T::Amount, true},
                     {"days_31_60", T::Amount, true},
                     {"days_61_90", T::Amount, true},
                     {"days_91_plus", T::Amount, true}});
    case ReportKind::Vat:
        return list({{"period", T::Date, false},
                     {"period_from", T::Date, false},
                     {"period_to", T::Date, false},
                     {"basis", T::Text, false},
                     {"vat_rate", T::Number, false},
                     {"invoices", T::Number, true},
                     {"invoices_net", T::Amount, true},
                     {"invoices_vat", T::Amount, true},
                     {"invoices_gross", T::Amount, true},
                     {"credit_notes", T::Number, true},
                     {"credit_notes_net", T::Amount, true},
                     {"credit_notes_vat", T::Amount, true},
                     {"credit_notes_gross", T::Amount, true},
                     {"net_supplies", T::Amount, true},
                     {"output_vat", T::Amount, true}});
    case ReportKind::Summary:
        return list({{"level", T::Text, false},
                     {"period", T::Date, false},
                     {"payments", T::Number, true},
                     {"gross", T::Amount, true},
                     {"fee", T::Amount, true},
                     {"net", T::Amount, true},
                     {"refunds", T::Number, true},
                     {"refunded", T::Amount, true},
                     {"net_after_refunds", T::Amount, true}});
    }
    return {};
}

ReportTotals::ReportTotals(QList<ReportColumn> columns)
    : m_columns(std::move(columns)), m_sums(m_columns.size(), 0)
{
}

void ReportTotals::add(const ReportRow& row)
{
    ++m_rows;
    if (row.role() != ReportRow::Role::Detail)
        return;
    ++m_detailRows;
    const qsizetype n = std::min(row.size(), m_columns.size());
    for (qsizetype i = 0; i < n; ++i)
        if (m_columns.at(i).totalled && row.at(i).hasValue)
            m_sums[i] += row.at(i).value;
}

QString ReportTotals::display(qsizetype i) const
{
    if (!hasTotal(i))
        return {};
    return m_columns.at(i).type == CellType::Amount ? Money::fromCents(m_sums.at(i)).toString()
                                                    : QString::number(m_sums.at(i));
}

qint64 ReportTotals::sum(const QString& name) const
{
    for (qsizetype i = 0; i < m_columns.size(); ++i)
        if (m_columns.at(i).name == name)
            return m_sums.at(i);
    return 0;
}

} // namespace imali
