// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "queries/OpenInvoiceQuery.h"

#include <QWidget>

#include <optional>

class QLineEdit;
class QTreeWidget;

namespace imali
{

class Ledger;

/**
 * Picks an open invoice by number or customer name: a search field over
 * the open invoices (OpenInvoiceQuery) with their balances. The first match
 * is selected after every search.
 */
class InvoicePicker : public QWidget
{
    Q_OBJECT

public:
    explicit InvoicePicker(Ledger& ledger, QWidget* parent = nullptr);

    std::optional<OpenInvoiceChoice> selectedInvoice() const;
    /// Searches for \a text as if typed (e.g. an invoice number handed in).
    void setSearchText(const QString& text);
    QLineEdit* searchField() const { return m_search; }
    QTreeWidget* list() const { return m_list; }
    /// The last search's error; empty when it worked.
    QString lastError() const { return m_error; }

signals:
    void selectionChanged();

private:
    void search();

    Ledger& m_ledger;
    QLineEdit* m_search;
    QTreeWidget* m_list;
    QList<OpenInvoiceChoice> m_choices;
    QString m_error;
};

} // namespace imali
