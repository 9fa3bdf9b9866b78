// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Payments.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace imali
{

class Ledger;

/**
 * Records a refund given back by hand for a manual payment
 * (Payments::refundManual): an amount up to what is still refundable and a
 * reason. An invoice's payment gets a credit note. Refunds through PayFast's
 * API are not recorded here.
 */
class RefundDialog : public QDialog
{
    Q_OBJECT

public:
    /// \a alreadyRefunded: what earlier refunds of \a payment gave back.
    RefundDialog(Ledger& ledger, const Transaction& payment, Money alreadyRefunded,
                 QWidget* parent = nullptr);

    const RefundOutcome* outcome() const;

signals:
    void refunded(qint64 refundTransactionId);

public slots:
    void accept() override;

private:
    void updateState();

    Ledger& m_ledger;
    Transaction m_payment;
    Money m_refundable;
    QLineEdit* m_amount;
    QLineEdit* m_reason;
    QLabel* m_error;
    QDialogButtonBox* m_buttons;
    std::optional<RefundOutcome> m_outcome;
};

} // namespace imali
