// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "queries/PaymentQuery.h"

#include <QAbstractTableModel>

namespace imali
{

class Ledger;

/**
 * The payments list as a table model over PaymentQuery: filter and order run
 * in SQL, rows arrive in keyset pages of PageSize as the view scrolls
 * (canFetchMore/fetchMore), and every page's query completes at once, so
 * no read stays open on the ledger between pages.
 */
class PaymentsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        DateColumn,
        KindColumn,
        ProviderColumn,
        StatusColumn,
        MethodColumn,
        InvoiceColumn,
        GrossColumn,
        FeeColumn,
        NetColumn,
        ColumnCount
    };
    static constexpr int PageSize = 200;

    explicit PaymentsModel(Ledger& ledger, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;
    /// Orders in SQL; the invoice column has no stored order and keeps the current one.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    /// Narrows the list and reloads from the first page; a bad filter leaves the list as it was.
    Status setFilter(const PaymentFilter& filter);
    PaymentFilter filter() const { return m_filter; }
    /// Reloads the first page (new payments booked meanwhile appear).
    Status reload();
    /// Rows the filter leaves in the whole ledger, not only the ones fetched.
    qint64 totalCount() const { return m_total; }
    /// The last error a fetch met (empty when the last one worked).
    QString lastError() const { return m_lastError; }

    const PaymentRow* rowAt(int row) const;
    qint64 paymentIdAt(const QModelIndex& index) const;
    /// The index of payment \a id if its page is loaded, else invalid.
    QModelIndex indexOfPayment(qint64 id) const;

signals:
    /// The list was reloaded (filter, order or refresh); totalCount() is current.
    void reloaded();

private:
    static std::optional<PaymentSortKey> sortKeyFor(int column);

    PaymentQuery m_query;
    PaymentFilter m_filter;
    PaymentSort m_sort;
    QList<PaymentRow> m_rows;
    qint64 m_total = 0;
    bool m_atEnd = true;
    QString m_lastError;
};

} // namespace imali
