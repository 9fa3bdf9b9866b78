// SPDX-License-Identifier: GPL-3.0-or-later
#include "InvoicePicker.h"

#include <QHeaderView>
#include <QLineEdit>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace imali
{

namespace
{
constexpr int ChoiceLimit = 50;
}

InvoicePicker::InvoicePicker(Ledger& ledger, QWidget* parent)
    : QWidget(parent), m_ledger(ledger), m_search(new QLineEdit(this)), m_list(new QTreeWidget(this))
{
    m_search->setObjectName(QStringLiteral("invoiceSearch"));
    m_search->setPlaceholderText(tr("Invoice number or customer name"));
    m_search->setAccessibleName(tr("Search open invoices"));
    m_search->setClearButtonEnabled(true);
    m_list->setObjectName(QStringLiteral("invoiceList"));
    m_list->setAccessibleName(tr("Open invoices"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setHeaderLabels({tr("Invoice"), tr("Customer"), tr("Balance"), tr("Due")});
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search);
    layout->addWidget(m_list);
    setFocusProxy(m_search);
    connect(m_search, &QLineEdit::textChanged, this, &InvoicePicker::search);
    connect(m_list, &QTreeWidget::currentItemChanged, this, &InvoicePicker::selectionChanged);
    search();
}

void InvoicePicker::setSearchText(const QString& text)
{
    m_search->setText(text);
    search(); // also when the text did not change
}

void InvoicePicker::search()
{
    auto found = OpenInvoiceQuery(m_ledger).search(m_search->text(), ChoiceLimit);
    m_error = found ? QString() : found.error().message;
    m_choices = found ? *found : QList<OpenInvoiceChoice>();
    m_list->clear();
    for (const OpenInvoiceChoice& c : std::as_const(m_choices)) {
        auto* item = new QTreeWidgetItem(
            m_list, {c.number, c.customerName, c.balance.toDisplayString(), c.dueDate.toString(Qt::ISODate)});
        item->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
    }
    if (m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
    emit selectionChanged();
}

std::optional<OpenInvoiceChoice> InvoicePicker::selectedInvoice() const
{
    const int row = m_list->currentItem() ? m_list->indexOfTopLevelItem(m_list->currentItem()) : -1;
    if (row < 0 || row >= m_choices.size())
        return std::nullopt;
    return m_choices.at(row);
}

} // namespace imali
