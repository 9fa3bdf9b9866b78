// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QPushButton;

namespace imali
{

class ConsoleContext;
class SavedCards;

/**
 * Charges one of the customer's saved cards for an open invoice's balance,
 * after a confirmation. PayFast's acceptance is shown; the invoice is paid
 * when the ITN that follows is booked. Only one charge per invoice can be in
 * flight (the core refuses a second and says so).
 */
class ChargeCardDialog : public QDialog
{
    Q_OBJECT

public:
    ChargeCardDialog(ConsoleContext& context, qint64 invoiceId, QWidget* parent = nullptr);

    QString outcomeText() const;

public slots:
    /// Asks for confirmation, then sends the charge.
    void charge();

private:
    void send(qint64 cardId);

    ConsoleContext& m_context;
    QString m_invoiceNumber;
    QString m_amount;
    SavedCards* m_cards = nullptr;
    bool m_busy = false;

    QLabel* m_summary;
    QComboBox* m_card;
    QPushButton* m_charge;
    QLabel* m_outcome;
};

} // namespace imali
