// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChargeCardDialog.h"

#include "ConfirmBox.h"
#include "ConsoleContext.h"
#include "Invoices.h"
#include "payfast/PayFastApiClient.h"
#include "payfast/SavedCards.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace imali
{

ChargeCardDialog::ChargeCardDialog(ConsoleContext& context, qint64 invoiceId, QWidget* parent)
    : QDialog(parent)
    , m_context(context)
    , m_summary(new QLabel(this))
    , m_card(new QComboBox(this))
    , m_charge(new QPushButton(tr("C&harge…"), this))
    , m_outcome(new QLabel(this))
{
    setObjectName(QStringLiteral("chargeCardDialog"));
    setWindowTitle(tr("Charge a saved card"));
    m_summary->setObjectName(QStringLiteral("chargeSummary"));
    m_summary->setWordWrap(true);
    m_card->setObjectName(QStringLiteral("savedCard"));
    m_card->setAccessibleName(tr("Saved card"));
    m_charge->setObjectName(QStringLiteral("chargeButton"));
    m_charge->setEnabled(false);
    m_outcome->setObjectName(QStringLiteral("chargeOutcome"));
    m_outcome->setWordWrap(true);
    m_outcome->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* form = new QFormLayout;
    form->addRow(tr("&Card:"), m_card);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_charge, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_charge, &QPushButton::clicked, this, &ChargeCardDialog::charge);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addLayout(form);
    layout->addWidget(m_outcome);
    layout->addWidget(buttons);

    auto invoice = Invoices(context.ledger()).get(invoiceId);
    if (!invoice) {
        m_outcome->setText(invoice.error().message);
        return;
    }
    m_invoiceNumber = invoice->number;
    m_amount = invoice->balance().toDisplayString();
    m_summary->setText(tr("Charge %1's balance of %2 for %3 to a saved card.")
                           .arg(invoice->reference(), m_amount, invoice->customerName));
    auto api = context.createPayFastApi(this);
    if (!api) {
        m_outcome->setText(tr("Charging a card needs PayFast: %1").arg(api.error().message));
        return;
    }
    m_cards = new SavedCards(context.ledger(), **api, this);
    auto cards = m_cards->list(invoice->customerId);
    if (!cards) {
        m_outcome->setText(cards.error().message);
        return;
    }
    for (const SavedCard& card : *cards) {
        m_card->addItem(card.label.isEmpty() ? card.masked() : tr("%1 (%2)").arg(card.masked(), card.label),
                        card.id);
        if (card.isDefault)
            m_card->setCurrentIndex(m_card->count() - 1);
    }
    if (cards->isEmpty())
        m_outcome->setText(
            tr("%1 has no saved card. Add one on the Customers page.").arg(invoice->customerName));
    m_charge->setEnabled(!cards->isEmpty());
}

QString ChargeCardDialog::outcomeText() const
{
    return m_outcome->text();
}

void ChargeCardDialog::charge()
{
    if (!m_cards || m_busy || m_card->currentIndex() < 0)
        return;
    const qint64 cardId = m_card->currentData().toLongLong();
    confirmThen(this, QStringLiteral("chargeConfirmation"), tr("Charge a saved card"),
                tr("Charge %1 to card %2 for %3?").arg(m_amount, m_card->currentText(), m_invoiceNumber),
                [this, cardId] { send(cardId); });
}

void ChargeCardDialog::send(qint64 cardId)
{
    m_busy = true;
    m_charge->setEnabled(false);
    m_outcome->setText(tr("Asking PayFast to charge the card…"));
    m_cards->charge(cardId, m_invoiceNumber, [this](Result<CardCharge> charged) {
        m_busy = false;
        m_charge->setEnabled(!charged);
        if (!charged) {
            m_outcome->setText(tr("Not charged: %1").arg(charged.error().message));
            return;
        }
        QString text = tr("PayFast accepted the charge of %1; the invoice is paid when PayFast confirms it.")
                           .arg(charged->checkout.amount.toDisplayString());
        if (!charged->payFastMessage.isEmpty())
            text += QLatin1Char(' ') + tr("PayFast says: %1").arg(charged->payFastMessage);
        m_outcome->setText(text);
    });
}

} // namespace imali
