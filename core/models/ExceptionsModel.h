// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Records.h"
#include "RefundMarks.h"

#include <QAbstractTableModel>

#include <optional>

namespace imali
{

class Ledger;

/** An unallocated payment and, when the merchant chose to give it back, its refund mark. */
struct ExceptionRow {
    Transaction transaction;
    std::optional<RefundMark> refundMark;
};

/**
 * Unallocated payments (PaymentBooking::exceptions) with their reasons and
 * refund marks. The list is small by nature (money waiting for a decision),
 * so it is read whole on every reload.
 */
class ExceptionsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        DateColumn,
        ProviderColumn,
        ProviderIdColumn,
        PaymentIdColumn,
        GrossColumn,
        ReasonColumn,
        StateColumn,
        ColumnCount
    };

    explicit ExceptionsModel(Ledger& ledger, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// Reads the exceptions again.
    Status reload();
    const ExceptionRow* rowAt(int row) const;
    QModelIndex indexOfTransaction(qint64 id) const;

private:
    Ledger& m_ledger;
    QList<ExceptionRow> m_rows;
};

} // namespace imali
