// SPDX-License-Identifier: GPL-3.0-or-later
#include "RefundDialog.h"

#include "Payments.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace imali
{

RefundDialog::RefundDialog(Ledger& ledger, const Transaction& payment, Money alreadyRefunded, QWidget* parent)
    : QDialog(parent)
    , m_ledger(ledger)
    , m_payment(payment)
    , m_refundable(payment.gross - alreadyRefunded)
    , m_amount(new QLineEdit(m_refundable.toString(), this))
    , m_reason(new QLineEdit(this))
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("refundDialog"));
    setWindowTitle(tr("Record refund"));
    auto* summary =
        new QLabel(tr("Payment %1 of %2 (%3); %4 can still be refunded.")
                       .arg(payment.id)
                       .arg(payment.gross.toDisplayString(), payment.method, m_refundable.toDisplayString()),
                   this);
    summary->setObjectName(QStringLiteral("refundSummary"));
    summary->setWordWrap(true);
    m_amount->setObjectName(QStringLiteral("refundAmountEdit"));
    m_amount->setAccessibleName(tr("Refund amount"));
    m_reason->setObjectName(QStringLiteral("refundReasonEdit"));
    m_reason->setAccessibleName(tr("Refund reason"));
    m_reason->setPlaceholderText(tr("Why the money goes back (at least 3 characters)"));
    m_reason->setMaxLength(255);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Record refund"));

    auto* form = new QFormLayout;
    form->addRow(tr("&Amount:"), m_amount);
    form->addRow(tr("R&eason:"), m_reason);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(summary);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    setTabOrder(m_amount, m_reason);
    setTabOrder(m_reason, m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &RefundDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &RefundDialog::reject);
    connect(m_amount, &QLineEdit::textChanged, this, &RefundDialog::updateState);
    connect(m_reason, &QLineEdit::textChanged, this, &RefundDialog::updateState);
    m_reason->setFocus();
    updateState();
}

const RefundOutcome* RefundDialog::outcome() const
{
    return m_outcome ? &*m_outcome : nullptr;
}

void RefundDialog::updateState()
{
    m_error->clear();
    const auto amount = Money::parse(m_amount->text());
    bool ok = amount.ok() && !amount->isZero() && m_reason->text().trimmed().size() >= 3;
    if (amount && *amount > m_refundable) {
        m_error->setText(tr("At most %1 can be refunded").arg(m_refundable.toDisplayString()));
        ok = false;
    } else if (!amount && !m_amount->text().trimmed().isEmpty()) {
        m_error->setText(amount.error().message);
    }
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ok);
}

void RefundDialog::accept()
{
    auto outcome = Payments(m_ledger).refundManual({m_payment.id, m_amount->text(), m_reason->text()});
    if (!outcome) {
        m_error->setText(outcome.error().message);
        return;
    }
    m_outcome = *outcome;
    emit refunded(m_outcome->refund.id);
    QDialog::accept();
}

} // namespace imali
