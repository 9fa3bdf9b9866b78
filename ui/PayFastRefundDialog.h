// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Money.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace imali
{

class ConsoleContext;
class PayFastRefunds;

/**
 * Refunds a PayFast payment through PayFast: it first asks PayFast what can
 * be refunded and how (to the card, or to a bank account whose details it
 * then takes), beside what the ledger says; takes the amount (all of what is
 * left by default), the reason and whether PayFast tells the buyer; asks once
 * more ("This cannot be undone") and then shows PayFast's answer as it comes,
 * a refusal in PayFast's own words included.
 */
class PayFastRefundDialog : public QDialog
{
    Q_OBJECT

public:
    PayFastRefundDialog(ConsoleContext& context, qint64 paymentId, QWidget* parent = nullptr);

    /// What the dialog says now: the query's figures, PayFast's answer or why nothing happened.
    QString outcomeText() const;
    bool isBusy() const { return m_busy; }

signals:
    /// PayFast accepted the refund and the books have it.
    void refunded(qint64 refundTransactionId);

private:
    void askPayFast();
    void confirmRefund();
    void sendRefund();
    void setBusy(bool busy, const QString& message);

    ConsoleContext& m_context;
    qint64 m_paymentId = 0;
    QString m_paymentLabel;
    QString m_customerName;
    PayFastRefunds* m_refunds = nullptr;
    bool m_busy = false;
    bool m_bankPayout = false;

    QLabel* m_quote = nullptr;
    QLineEdit* m_amount = nullptr;
    QLineEdit* m_reason = nullptr;
    QCheckBox* m_notify = nullptr;
    QGroupBox* m_bank = nullptr;
    QLineEdit* m_holder = nullptr;
    QComboBox* m_bankName = nullptr;
    QLineEdit* m_branch = nullptr;
    QLineEdit* m_account = nullptr;
    QComboBox* m_accountType = nullptr;
    QLabel* m_outcome = nullptr;
    QPushButton* m_refund = nullptr;
};

} // namespace imali
