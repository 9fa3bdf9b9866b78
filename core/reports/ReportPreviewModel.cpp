// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportPreviewModel.h"

#include "reports/Reports.h"

#include <QCoreApplication>
#include <QFont>

namespace imali
{

ReportPreviewModel::ReportPreviewModel(QObject* parent) : QAbstractTableModel(parent) { }

void ReportPreviewModel::setPreview(ReportPreview preview)
{
    beginResetModel();
    m_preview = std::move(preview);
    endResetModel();
}

bool ReportPreviewModel::isTotalsRow(int row) const
{
    return !m_preview.context.columns.isEmpty() && row == m_preview.rows.size();
}

int ReportPreviewModel::rowCount(const QModelIndex& parent) const
{
    if (parent.isValid() || m_preview.context.columns.isEmpty())
        return 0;
    return int(m_preview.rows.size()) + 1;
}

int ReportPreviewModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_preview.context.columns.size());
}

QVariant ReportPreviewModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const ReportColumn& column = m_preview.context.columns.at(index.column());
    const bool totals = isTotalsRow(index.row());
    switch (role) {
    case Qt::DisplayRole:
        if (totals) {
            if (m_preview.totals.hasTotal(index.column()))
                return m_preview.totals.display(index.column());
            return index.column() == 0 ? QCoreApplication::translate("Reports", "Total") : QString();
        }
        if (index.column() < m_preview.rows.at(index.row()).size())
            return m_preview.rows.at(index.row()).at(index.column()).display();
        return QString();
    case Qt::TextAlignmentRole:
        if (column.type == CellType::Amount || column.type == CellType::Number)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::FontRole:
        if (totals || m_preview.rows.at(index.row()).role() == ReportRow::Role::Subtotal) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    default:
        return {};
    }
}

QVariant ReportPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole || orientation != Qt::Horizontal || section < 0
        || section >= m_preview.context.columns.size())
        return QAbstractTableModel::headerData(section, orientation, role);
    return reportColumnLabel(m_preview.context.columns.at(section).name);
}

} // namespace imali
