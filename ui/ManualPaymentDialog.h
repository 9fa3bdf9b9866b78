// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Records.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace imali
{

class InvoicePicker;
class Ledger;

/**
 * Records a payment taken by hand (cash, EFT, card machine) against an open
 * invoice through Payments::recordManual, optionally writing off what
 * remains with a reason. The dialog stays open with the books' answer when
 * they refuse; recorded() carries the new transaction.
 */
class ManualPaymentDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ManualPaymentDialog(Ledger& ledger, QWidget* parent = nullptr);

    /// Starts with the invoice search set to \a reference (a number).
    void setInvoice(const QString& reference);
    /// The recorded transaction, once accepted.
    const Transaction& transaction() const { return m_transaction; }

signals:
    void recorded(qint64 transactionId);

public slots:
    void accept() override;

private:
    void updateState();

    Ledger& m_ledger;
    InvoicePicker* m_picker;
    QLineEdit* m_amount;
    QComboBox* m_method;
    QLineEdit* m_reference;
    QCheckBox* m_writeOff;
    QLineEdit* m_writeOffReason;
    QLabel* m_remainder;
    QLabel* m_error;
    QDialogButtonBox* m_buttons;
    Transaction m_transaction;
};

} // namespace imali
