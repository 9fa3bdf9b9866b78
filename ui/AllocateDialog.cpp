// SPDX-License-Identifier: GPL-3.0-or-later
#include "AllocateDialog.h"

#include "InvoicePicker.h"
#include "PaymentBooking.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace imali
{

AllocateDialog::AllocateDialog(Ledger& ledger, const Transaction& payment, QWidget* parent)
    : QDialog(parent)
    , m_ledger(ledger)
    , m_payment(payment)
    , m_picker(new InvoicePicker(ledger, this))
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("allocateDialog"));
    setWindowTitle(tr("Allocate payment"));
    auto* summary = new QLabel(tr("%1 received via %2 (%3). Unallocated because: %4")
                                   .arg(payment.gross.toDisplayString(), payment.provider, payment.providerId,
                                        payment.unallocatedReason),
                               this);
    summary->setObjectName(QStringLiteral("allocateSummary"));
    summary->setWordWrap(true);
    auto* prompt = new QLabel(tr("&Invoice to pay:"), this);
    prompt->setBuddy(m_picker->searchField());
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Allocate"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(summary);
    layout->addWidget(prompt);
    layout->addWidget(m_picker);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    setTabOrder(m_picker->searchField(), m_picker->list());
    setTabOrder(m_picker->list(), m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &AllocateDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &AllocateDialog::reject);
    connect(m_picker, &InvoicePicker::selectionChanged, this, &AllocateDialog::updateState);
    m_picker->setFocus();
    updateState();
}

void AllocateDialog::updateState()
{
    m_error->clear();
    const auto invoice = m_picker->selectedInvoice();
    if (invoice && m_payment.gross > invoice->balance)
        m_error->setText(
            tr("%1 is more than the balance of %2 on %3; refund the difference first")
                .arg(m_payment.gross.toDisplayString(), invoice->balance.toDisplayString(), invoice->number));
    m_buttons->button(QDialogButtonBox::Ok)
        ->setEnabled(invoice.has_value() && m_payment.gross <= invoice->balance);
}

void AllocateDialog::accept()
{
    const auto invoice = m_picker->selectedInvoice();
    if (!invoice)
        return;
    auto result = PaymentBooking(m_ledger).allocate(m_payment.id, invoice->number);
    if (!result) {
        m_error->setText(result.error().message);
        return;
    }
    emit allocated(m_payment.id, invoice->number);
    QDialog::accept();
}

} // namespace imali
