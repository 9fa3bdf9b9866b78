// SPDX-License-Identifier: GPL-3.0-or-later
#include "CustomersModel.h"

namespace imali
{

CustomersModel::CustomersModel(Ledger& ledger, QObject* parent) : QAbstractTableModel(parent), m_query(ledger)
{
}

int CustomersModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int CustomersModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CustomersModel::data(const QModelIndex& index, int role) const
{
    const Customer* c = customerAt(index.row());
    if (!c || !index.isValid() || role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case NameColumn:
        return c->name;
    case EmailColumn:
        return c->email;
    case PhoneColumn:
        return c->phone;
    case VatColumn:
        return c->vatNumber;
    case StateColumn:
        if (c->isAnonymised())
            return tr("Anonymised");
        return c->isArchived() ? tr("Archived") : tr("Active");
    }
    return {};
}

QVariant CustomersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case EmailColumn:
        return tr("Email");
    case PhoneColumn:
        return tr("Phone");
    case VatColumn:
        return tr("VAT number");
    case StateColumn:
        return tr("State");
    }
    return {};
}

Status CustomersModel::search(const QString& text, bool includeArchived)
{
    m_text = text;
    m_includeArchived = includeArchived;
    auto found = m_query.search(text, includeArchived, SearchLimit);
    beginResetModel();
    m_rows = found ? *found : QList<Customer>();
    endResetModel();
    if (!found)
        return found.error();
    return {};
}

const Customer* CustomersModel::customerAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

QModelIndex CustomersModel::indexOfCustomer(qint64 id) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).id == id)
            return index(i, 0);
    return {};
}

} // namespace imali
