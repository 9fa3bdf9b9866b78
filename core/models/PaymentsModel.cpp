// SPDX-License-Identifier: GPL-3.0-or-later
#include "PaymentsModel.h"

#include "Clock.h"

namespace imali
{

PaymentsModel::PaymentsModel(Ledger& ledger, QObject* parent) : QAbstractTableModel(parent), m_query(ledger)
{
}

int PaymentsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int PaymentsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PaymentsModel::data(const QModelIndex& index, int role) const
{
    const PaymentRow* r = rowAt(index.row());
    if (!r || !index.isValid())
        return {};
    if (role == Qt::TextAlignmentRole && index.column() >= GrossColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && !r->unallocatedReason.isEmpty())
        return tr("Unallocated: %1").arg(r->unallocatedReason);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case DateColumn:
        // Stored in UTC; people read Johannesburg time (UTC+2 all year).
        return Clock::fromStorage(r->createdAt)
            .addSecs(Clock::JohannesburgOffsetSeconds)
            .toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    case KindColumn:
        return r->kind == QLatin1String("refund") ? tr("Refund") : tr("Payment");
    case ProviderColumn:
        return r->provider;
    case StatusColumn:
        return r->status;
    case MethodColumn:
        return r->method;
    case InvoiceColumn:
        return r->invoiceNumber.isEmpty() ? (r->unallocatedReason.isEmpty() ? QString() : tr("unallocated"))
                                          : r->invoiceNumber;
    case GrossColumn:
        return r->gross.toDisplayString();
    case FeeColumn:
        return r->fee.toDisplayString();
    case NetColumn:
        return r->net.toDisplayString();
    }
    return {};
}

QVariant PaymentsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DateColumn:
        return tr("Date");
    case KindColumn:
        return tr("Kind");
    case ProviderColumn:
        return tr("Provider");
    case StatusColumn:
        return tr("Status");
    case MethodColumn:
        return tr("Method");
    case InvoiceColumn:
        return tr("Invoice");
    case GrossColumn:
        return tr("Gross");
    case FeeColumn:
        return tr("Fee");
    case NetColumn:
        return tr("Net");
    }
    return {};
}

bool PaymentsModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_atEnd;
}

void PaymentsModel::fetchMore(const QModelIndex& parent)
{
    if (parent.isValid() || m_atEnd || m_rows.isEmpty())
        return;
    const PaymentRow& last = m_rows.constLast();
    auto page = m_query.page(m_filter, m_sort, PaymentCursor {last.sortValue, last.id}, PageSize);
    if (!page) {
        m_lastError = page.error().message;
        m_atEnd = true;
        return;
    }
    m_lastError.clear();
    m_atEnd = page->size() < PageSize;
    if (page->isEmpty())
        return;
    beginInsertRows({}, static_cast<int>(m_rows.size()), static_cast<int>(m_rows.size() + page->size() - 1));
    m_rows.append(*page);
    endInsertRows();
}

std::optional<PaymentSortKey> PaymentsModel::sortKeyFor(int column)
{
    switch (column) {
    case DateColumn:
        return PaymentSortKey::CreatedAt;
    case KindColumn:
        return PaymentSortKey::Kind;
    case ProviderColumn:
        return PaymentSortKey::Provider;
    case StatusColumn:
        return PaymentSortKey::TransactionStatus;
    case MethodColumn:
        return PaymentSortKey::Method;
    case GrossColumn:
        return PaymentSortKey::Gross;
    case FeeColumn:
        return PaymentSortKey::Fee;
    case NetColumn:
        return PaymentSortKey::Net;
    default:
        return std::nullopt;
    }
}

void PaymentsModel::sort(int column, Qt::SortOrder order)
{
    const auto key = sortKeyFor(column);
    if (!key)
        return;
    m_sort = {*key, order == Qt::DescendingOrder};
    (void)reload(); // a failure is kept in lastError() and the list is emptied
}

Status PaymentsModel::setFilter(const PaymentFilter& filter)
{
    if (Status s = PaymentQuery::validate(filter); !s)
        return s;
    m_filter = filter;
    return reload();
}

Status PaymentsModel::reload()
{
    auto page = m_query.page(m_filter, m_sort, std::nullopt, PageSize);
    auto total = m_query.count(m_filter);
    beginResetModel();
    m_rows.clear();
    m_total = 0;
    m_atEnd = true;
    Status result;
    if (!page || !total) {
        result = page ? total.error() : page.error();
        m_lastError = result.error().message;
    } else {
        m_lastError.clear();
        m_rows = *page;
        m_total = *total;
        m_atEnd = page->size() < PageSize;
    }
    endResetModel();
    emit reloaded();
    return result;
}

const PaymentRow* PaymentsModel::rowAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

qint64 PaymentsModel::paymentIdAt(const QModelIndex& index) const
{
    const PaymentRow* r = rowAt(index.row());
    return r ? r->id : 0;
}

QModelIndex PaymentsModel::indexOfPayment(qint64 id) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).id == id)
            return index(i, 0);
    return {};
}

} // namespace imali
