// SPDX-License-Identifier: GPL-3.0-or-later
#include "StatusBadgeDelegate.h"

#include "InvoiceStatusText.h"
#include "InvoiceTableModel.h"

#include <QApplication>
#include <QPainter>

namespace imali
{

void StatusBadgeDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                                const QModelIndex& index) const
{
    const int badge = index.data(InvoiceTableModel::BadgeRole).toInt();
    const bool overdue = badge < 0;
    const auto status = overdue ? InvoiceStatus::Open : InvoiceStatus(badge);
    // The selection highlight first, so a selected row still reads as selected.
    QStyleOptionViewItem background = option;
    initStyleOption(&background, index);
    background.text.clear();
    QApplication::style()->drawControl(QStyle::CE_ItemViewItem, &background, painter, option.widget);

    const QString text = invoiceStatusText(status, overdue);
    const BadgeColours colours = invoiceStatusColours(status, overdue);
    const QFontMetrics metrics(option.font);
    const int width = metrics.horizontalAdvance(text) + 12;
    const QRect pill(option.rect.left() + 4, option.rect.top() + 3, width, option.rect.height() - 6);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(colours.background);
    painter->drawRoundedRect(pill, 6, 6);
    painter->setPen(colours.text);
    painter->drawText(pill, Qt::AlignCenter, text);
    painter->restore();
}

} // namespace imali
