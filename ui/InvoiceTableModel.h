// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "queries/InvoiceQuery.h"

#include <QAbstractTableModel>

#include <memory>

namespace imali
{

class Database;

/**
 * The invoice list as a table model that stays fast at a million invoices:
 * rows arrive a page at a time as the view scrolls (canFetchMore/fetchMore),
 * and filtering and sorting start a new query in SQL instead of sorting rows
 * in memory (see ../shared/qt64-notes.md §3).
 */
class InvoiceTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    static constexpr int PageSize = 200;
    /// The row's invoice id, for Qt::UserRole.
    static constexpr int IdRole = Qt::UserRole;
    /// The row's InvoiceStatus, or -1 for overdue, for the status badge.
    static constexpr int BadgeRole = Qt::UserRole + 1;

    explicit InvoiceTableModel(const Database& db, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;
    void sort(int column, Qt::SortOrder order) override;

    const InvoiceFilter& filter() const { return m_filter; }
    void setFilter(const InvoiceFilter& filter);
    /// Reads the first page again, keeping the filter (after the books changed).
    void reload();
    /// How many invoices match the filter, counted in SQL.
    qint64 matchCount() const { return m_matchCount; }
    qint64 invoiceIdAt(int row) const;
    /// The row showing \a invoiceId among those fetched, or -1.
    int rowOfInvoice(qint64 invoiceId) const;

signals:
    void queryFailed(const QString& message);
    void matchCountChanged(qint64 count);

private:
    const Database& m_db;
    InvoiceFilter m_filter;
    std::unique_ptr<InvoiceQuery> m_query;
    QList<InvoiceRow> m_rows;
    qint64 m_matchCount = 0;
};

} // namespace imali
