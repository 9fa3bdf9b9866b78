// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTextBrowser>

namespace imali
{

struct Invoice;

/// The selected invoice in full: header, lines, payments, credit notes and what happened when.
class InvoiceDetailPane : public QTextBrowser
{
    Q_OBJECT

public:
    explicit InvoiceDetailPane(QWidget* parent = nullptr);
    void showInvoice(const Invoice& invoice);
    void showNothing();
};

} // namespace imali
