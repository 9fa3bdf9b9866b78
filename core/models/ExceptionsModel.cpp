// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExceptionsModel.h"

#include "Clock.h"
#include "PaymentBooking.h"

namespace imali
{

ExceptionsModel::ExceptionsModel(Ledger& ledger, QObject* parent)
    : QAbstractTableModel(parent), m_ledger(ledger)
{
}

int ExceptionsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ExceptionsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ExceptionsModel::data(const QModelIndex& index, int role) const
{
    const ExceptionRow* r = rowAt(index.row());
    if (!r || !index.isValid())
        return {};
    if (role == Qt::TextAlignmentRole && index.column() == GrossColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    const Transaction& t = r->transaction;
    switch (index.column()) {
    case DateColumn:
        return Clock::fromStorage(t.createdAt)
            .addSecs(Clock::JohannesburgOffsetSeconds)
            .toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    case ProviderColumn:
        return t.provider;
    case ProviderIdColumn:
        return t.providerId;
    case PaymentIdColumn:
        return t.mPaymentId;
    case GrossColumn:
        return t.gross.toDisplayString();
    case ReasonColumn:
        return t.unallocatedReason;
    case StateColumn:
        return r->refundMark ? tr("To refund: %1").arg(r->refundMark->reason) : tr("Awaiting allocation");
    }
    return {};
}

QVariant ExceptionsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DateColumn:
        return tr("Received");
    case ProviderColumn:
        return tr("Provider");
    case ProviderIdColumn:
        return tr("Provider ID");
    case PaymentIdColumn:
        return tr("Payment reference");
    case GrossColumn:
        return tr("Amount");
    case ReasonColumn:
        return tr("Why unallocated");
    case StateColumn:
        return tr("State");
    }
    return {};
}

Status ExceptionsModel::reload()
{
    auto exceptions = PaymentBooking(m_ledger).exceptions();
    auto marks = RefundMarks(m_ledger).all();
    beginResetModel();
    m_rows.clear();
    if (exceptions && marks)
        for (const Transaction& t : *exceptions)
            m_rows.append(
                {t, marks->contains(t.id) ? std::optional<RefundMark>(marks->value(t.id)) : std::nullopt});
    endResetModel();
    if (!exceptions)
        return exceptions.error();
    if (!marks)
        return marks.error();
    return {};
}

const ExceptionRow* ExceptionsModel::rowAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

QModelIndex ExceptionsModel::indexOfTransaction(qint64 id) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).transaction.id == id)
            return index(i, 0);
    return {};
}

} // namespace imali
