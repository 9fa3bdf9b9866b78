// SPDX-License-Identifier: GPL-3.0-or-later
#include "InvoiceTableModel.h"

#include "Clock.h"
#include "InvoiceStatusText.h"

namespace imali
{

InvoiceTableModel::InvoiceTableModel(const Database& db, QObject* parent)
    : QAbstractTableModel(parent), m_db(db)
{
    m_filter.sortColumn = InvoiceColumn::Number;
    m_filter.sortOrder = Qt::DescendingOrder;
}

int InvoiceTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int InvoiceTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(InvoiceColumn::Count);
}

QVariant InvoiceTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const InvoiceRow& row = m_rows.at(index.row());
    const auto column = InvoiceColumn(index.column());
    if (role == IdRole)
        return row.id;
    if (role == BadgeRole)
        return row.overdue ? -1 : int(row.status);
    if (role == Qt::TextAlignmentRole && (column == InvoiceColumn::Total || column == InvoiceColumn::Balance))
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    switch (column) {
    case InvoiceColumn::Number:
        return row.number.isEmpty() ? tr("draft #%1").arg(row.id) : row.number;
    case InvoiceColumn::Customer:
        return row.customerName;
    case InvoiceColumn::IssueDate:
        return row.issueDate.toString(Qt::ISODate);
    case InvoiceColumn::DueDate:
        return row.dueDate.toString(Qt::ISODate);
    case InvoiceColumn::Total:
        return row.total.toString();
    case InvoiceColumn::Balance:
        return row.balance.toString();
    case InvoiceColumn::State:
        return invoiceStatusText(row.status, row.overdue);
    case InvoiceColumn::Count:
        break;
    }
    return {};
}

QVariant InvoiceTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (InvoiceColumn(section)) {
    case InvoiceColumn::Number:
        return tr("Number");
    case InvoiceColumn::Customer:
        return tr("Customer");
    case InvoiceColumn::IssueDate:
        return tr("Issued");
    case InvoiceColumn::DueDate:
        return tr("Due");
    case InvoiceColumn::Total:
        return tr("Total (R)");
    case InvoiceColumn::Balance:
        return tr("Balance (R)");
    case InvoiceColumn::State:
        return tr("Status");
    case InvoiceColumn::Count:
        break;
    }
    return {};
}

bool InvoiceTableModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && m_query && !m_query->atEnd();
}

void InvoiceTableModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent))
        return;
    auto page = m_query->nextPage(PageSize);
    if (!page) {
        emit queryFailed(page.error().message);
        return;
    }
    if (page->isEmpty())
        return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page->size() - 1));
    m_rows.append(*page);
    endInsertRows();
}

void InvoiceTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= int(InvoiceColumn::Count))
        return;
    InvoiceFilter f = m_filter;
    f.sortColumn = InvoiceColumn(column);
    f.sortOrder = order;
    setFilter(f);
}

void InvoiceTableModel::setFilter(const InvoiceFilter& filter)
{
    if (Status s = InvoiceQuery::validate(filter); !s) {
        emit queryFailed(s.error().message);
        return;
    }
    m_filter = filter;
    reload();
}

void InvoiceTableModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_query = std::make_unique<InvoiceQuery>(m_db, m_filter, Clock::today());
    auto first = m_query->nextPage(PageSize);
    if (first)
        m_rows = *first;
    endResetModel();
    if (!first) {
        emit queryFailed(first.error().message);
        return;
    }
    // Counting every match costs a scan of the filtered range; a first page shorter than a
    // page is already the count.
    if (m_query->atEnd()) {
        m_matchCount = m_rows.size();
    } else if (auto n = m_query->count()) {
        m_matchCount = *n;
    }
    emit matchCountChanged(m_matchCount);
}

qint64 InvoiceTableModel::invoiceIdAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : 0;
}

int InvoiceTableModel::rowOfInvoice(qint64 invoiceId) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).id == invoiceId)
            return i;
    return -1;
}

} // namespace imali
