// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reports/ReportPreview.h"

#include <QAbstractTableModel>

namespace imali
{

/**
 * A report preview as a table for the console's Reports view: one column per
 * CSV column (headed by reportColumnLabel()), the preview's rows, and a last
 * row with the totals. Amounts and counts are right-aligned; the summary's
 * month rows and the totals row are marked bold (Qt::FontRole gives a bold
 * QFont) so a view needs no knowledge of reports.
 */
class ReportPreviewModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    explicit ReportPreviewModel(QObject* parent = nullptr);

    /// Shows \a preview (replacing what was shown).
    void setPreview(ReportPreview preview);
    const ReportPreview& preview() const { return m_preview; }
    /// Whether \a row is the totals row (the last one).
    bool isTotalsRow(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    ReportPreview m_preview;
};

} // namespace imali
