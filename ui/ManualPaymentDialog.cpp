// SPDX-License-Identifier: GPL-3.0-or-later
#include "ManualPaymentDialog.h"

#include "InvoicePicker.h"
#include "Payments.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace imali
{

ManualPaymentDialog::ManualPaymentDialog(Ledger& ledger, QWidget* parent)
    : QDialog(parent)
    , m_ledger(ledger)
    , m_picker(new InvoicePicker(ledger, this))
    , m_amount(new QLineEdit(this))
    , m_method(new QComboBox(this))
    , m_reference(new QLineEdit(this))
    , m_writeOff(new QCheckBox(tr("&Write off the remainder"), this))
    , m_writeOffReason(new QLineEdit(this))
    , m_remainder(new QLabel(this))
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("manualPaymentDialog"));
    setWindowTitle(tr("Record manual payment"));
    m_amount->setObjectName(QStringLiteral("amountEdit"));
    m_amount->setAccessibleName(tr("Amount"));
    m_amount->setPlaceholderText(tr("e.g. 1 150.00"));
    m_method->setObjectName(QStringLiteral("methodCombo"));
    m_method->setAccessibleName(tr("Method"));
    m_method->addItem(tr("Cash"), QStringLiteral("cash"));
    m_method->addItem(tr("EFT"), QStringLiteral("eft"));
    m_method->addItem(tr("Card machine"), QStringLiteral("card"));
    m_reference->setObjectName(QStringLiteral("referenceEdit"));
    m_reference->setAccessibleName(tr("Reference"));
    m_reference->setMaxLength(200);
    m_writeOff->setObjectName(QStringLiteral("writeOffCheck"));
    m_writeOff->setAccessibleName(tr("Write off the remainder"));
    m_writeOffReason->setObjectName(QStringLiteral("writeOffReasonEdit"));
    m_writeOffReason->setAccessibleName(tr("Write-off reason"));
    m_writeOffReason->setPlaceholderText(tr("Why the rest is not collected"));
    m_writeOffReason->setEnabled(false);
    m_remainder->setObjectName(QStringLiteral("remainderLabel"));
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Record payment"));

    auto* form = new QFormLayout;
    form->addRow(tr("&Invoice:"), m_picker);
    form->addRow(tr("&Amount:"), m_amount);
    form->addRow(tr("&Method:"), m_method);
    form->addRow(tr("Re&ference:"), m_reference);
    form->addRow(QString(), m_writeOff);
    form->addRow(tr("Write-off r&eason:"), m_writeOffReason);
    form->addRow(QString(), m_remainder);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);

    setTabOrder(m_picker->searchField(), m_picker->list());
    setTabOrder(m_picker->list(), m_amount);
    setTabOrder(m_amount, m_method);
    setTabOrder(m_method, m_reference);
    setTabOrder(m_reference, m_writeOff);
    setTabOrder(m_writeOff, m_writeOffReason);
    setTabOrder(m_writeOffReason, m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &ManualPaymentDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ManualPaymentDialog::reject);
    connect(m_picker, &InvoicePicker::selectionChanged, this, &ManualPaymentDialog::updateState);
    connect(m_amount, &QLineEdit::textChanged, this, &ManualPaymentDialog::updateState);
    connect(m_writeOff, &QCheckBox::toggled, this, &ManualPaymentDialog::updateState);
    connect(m_writeOffReason, &QLineEdit::textChanged, this, &ManualPaymentDialog::updateState);
    updateState();
}

void ManualPaymentDialog::setInvoice(const QString& reference)
{
    m_picker->setSearchText(reference);
    m_amount->setFocus();
}

void ManualPaymentDialog::updateState()
{
    m_error->clear();
    m_writeOffReason->setEnabled(m_writeOff->isChecked());
    const auto invoice = m_picker->selectedInvoice();
    const auto amount = Money::parse(m_amount->text());
    QString remainder;
    bool ok = invoice.has_value() && amount.ok() && !amount->isZero();
    if (invoice && amount) {
        const Money rest = invoice->balance - *amount;
        if (rest.isNegative()) {
            remainder = tr("%1 is more than the balance of %2")
                            .arg(amount->toDisplayString(), invoice->balance.toDisplayString());
            ok = false;
        } else if (m_writeOff->isChecked()) {
            remainder = tr("%1 will be written off").arg(rest.toDisplayString());
        } else {
            remainder = tr("Balance after this payment: %1").arg(rest.toDisplayString());
        }
    } else if (!m_amount->text().trimmed().isEmpty() && !amount) {
        remainder = amount.error().message;
    } else if (!invoice && !m_picker->lastError().isEmpty()) {
        remainder = m_picker->lastError();
    }
    if (m_writeOff->isChecked() && m_writeOffReason->text().trimmed().isEmpty())
        ok = false;
    m_remainder->setText(remainder);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ok);
}

void ManualPaymentDialog::accept()
{
    const auto invoice = m_picker->selectedInvoice();
    if (!invoice)
        return;
    ManualPayment payment;
    payment.invoice = invoice->number;
    payment.amount = m_amount->text();
    payment.method = m_method->currentData().toString();
    payment.reference = m_reference->text();
    payment.writeOffReason = m_writeOff->isChecked() ? m_writeOffReason->text() : QString();
    auto recordedTx = Payments(m_ledger).recordManual(payment);
    if (!recordedTx) {
        m_error->setText(recordedTx.error().message);
        return;
    }
    m_transaction = *recordedTx;
    emit recorded(m_transaction.id);
    QDialog::accept();
}

} // namespace imali
