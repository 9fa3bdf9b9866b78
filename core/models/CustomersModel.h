// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "queries/CustomerQuery.h"

#include <QAbstractTableModel>

namespace imali
{

class Ledger;

/**
 * The customers list: a search over name and email run in SQL (CustomerQuery),
 * at most SearchLimit rows at a time, read whole on every search.
 */
class CustomersModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, EmailColumn, PhoneColumn, VatColumn, StateColumn, ColumnCount };
    static constexpr int SearchLimit = 1000;

    explicit CustomersModel(Ledger& ledger, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// Searches again with \a text; archived customers only when \a includeArchived.
    Status search(const QString& text, bool includeArchived);
    /// Runs the last search again.
    Status reload() { return search(m_text, m_includeArchived); }
    const Customer* customerAt(int row) const;
    QModelIndex indexOfCustomer(qint64 id) const;

private:
    CustomerQuery m_query;
    QString m_text;
    bool m_includeArchived = false;
    QList<Customer> m_rows;
};

} // namespace imali
