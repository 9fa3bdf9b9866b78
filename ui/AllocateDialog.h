// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Records.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;

namespace imali
{

class InvoicePicker;
class Ledger;

/**
 * Puts an unallocated payment against an open invoice picked by number or
 * customer (PaymentBooking::allocate); the books refuse more than the
 * invoice's balance, and the dialog then shows why.
 */
class AllocateDialog : public QDialog
{
    Q_OBJECT

public:
    AllocateDialog(Ledger& ledger, const Transaction& payment, QWidget* parent = nullptr);

    InvoicePicker* picker() const { return m_picker; }

signals:
    void allocated(qint64 transactionId, const QString& invoiceNumber);

public slots:
    void accept() override;

private:
    void updateState();

    Ledger& m_ledger;
    Transaction m_payment;
    InvoicePicker* m_picker;
    QLabel* m_error;
    QDialogButtonBox* m_buttons;
};

} // namespace imali
