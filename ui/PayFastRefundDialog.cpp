// SPDX-License-Identifier: GPL-3.0-or-later
#include "PayFastRefundDialog.h"

#include "ConfirmBox.h"
#include "ConsoleContext.h"
#include "payfast/PayFastApiClient.h"
#include "payfast/PayFastRefunds.h"
#include "queries/PaymentQuery.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace imali
{

PayFastRefundDialog::PayFastRefundDialog(ConsoleContext& context, qint64 paymentId, QWidget* parent)
    : QDialog(parent)
    , m_context(context)
    , m_paymentId(paymentId)
    , m_quote(new QLabel(this))
    , m_amount(new QLineEdit(this))
    , m_reason(new QLineEdit(this))
    , m_notify(new QCheckBox(tr("PayFast e-mails the &buyer about the refund"), this))
    , m_bank(new QGroupBox(tr("PayFast pays this refund into the buyer's bank account"), this))
    , m_holder(new QLineEdit(m_bank))
    , m_bankName(new QComboBox(m_bank))
    , m_branch(new QLineEdit(m_bank))
    , m_account(new QLineEdit(m_bank))
    , m_accountType(new QComboBox(m_bank))
    , m_outcome(new QLabel(this))
    , m_refund(new QPushButton(tr("&Refund…"), this))
{
    setObjectName(QStringLiteral("payFastRefundDialog"));
    setWindowTitle(tr("Refund through PayFast"));
    m_quote->setObjectName(QStringLiteral("refundQuote"));
    m_quote->setWordWrap(true);
    m_quote->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_amount->setObjectName(QStringLiteral("refundAmount"));
    m_amount->setAccessibleName(tr("Amount to refund"));
    m_reason->setObjectName(QStringLiteral("refundReason"));
    m_reason->setAccessibleName(tr("Reason"));
    m_reason->setPlaceholderText(tr("Why the money goes back (3 to 255 characters)"));
    m_reason->setMaxLength(255);
    m_notify->setObjectName(QStringLiteral("notifyBuyer"));
    m_notify->setChecked(true);
    m_bank->setObjectName(QStringLiteral("bankDetails"));
    m_holder->setObjectName(QStringLiteral("bankHolder"));
    m_bankName->setObjectName(QStringLiteral("bankName"));
    m_bankName->setEditable(true);
    m_branch->setObjectName(QStringLiteral("bankBranchCode"));
    m_account->setObjectName(QStringLiteral("bankAccountNumber"));
    m_accountType->setObjectName(QStringLiteral("bankAccountType"));
    m_accountType->addItem(tr("Current"), QStringLiteral("current"));
    m_accountType->addItem(tr("Savings"), QStringLiteral("savings"));
    auto* bankForm = new QFormLayout(m_bank);
    bankForm->addRow(tr("Account &holder:"), m_holder);
    bankForm->addRow(tr("Ban&k:"), m_bankName);
    bankForm->addRow(tr("Branch &code:"), m_branch);
    bankForm->addRow(tr("Account &number:"), m_account);
    bankForm->addRow(tr("Account &type:"), m_accountType);
    m_bank->hide();
    m_outcome->setObjectName(QStringLiteral("refundOutcome"));
    m_outcome->setWordWrap(true);
    m_outcome->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_refund->setObjectName(QStringLiteral("refundButton"));
    m_refund->setEnabled(false);

    auto* form = new QFormLayout;
    form->addRow(tr("&Amount (R):"), m_amount);
    form->addRow(tr("R&eason:"), m_reason);
    form->addRow(QString(), m_notify);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_refund, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_refund, &QPushButton::clicked, this, &PayFastRefundDialog::confirmRefund);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_quote);
    layout->addLayout(form);
    layout->addWidget(m_bank);
    layout->addWidget(m_outcome);
    layout->addWidget(buttons);
    resize(520, 420);

    if (auto detail = PaymentQuery(context.ledger()).detail(paymentId)) {
        m_customerName = detail->customerName;
        m_paymentLabel = detail->invoiceNumber.isEmpty()
            ? tr("PayFast payment %1").arg(detail->transaction.providerId)
            : tr("%1 (PayFast %2)").arg(detail->invoiceNumber, detail->transaction.providerId);
    }
    auto api = context.createPayFastApi(this);
    if (!api) {
        m_outcome->setText(tr("Can't ask PayFast: %1").arg(api.error().message));
        return;
    }
    m_refunds = new PayFastRefunds(context.ledger(), **api, this);
    askPayFast();
}

QString PayFastRefundDialog::outcomeText() const
{
    return m_outcome->text();
}

void PayFastRefundDialog::setBusy(bool busy, const QString& message)
{
    m_busy = busy;
    m_refund->setEnabled(!busy);
    m_outcome->setText(message);
}

void PayFastRefundDialog::askPayFast()
{
    setBusy(true, tr("Asking PayFast what can be refunded…"));
    m_refunds->query(m_paymentId, [this](Result<RefundQuote> quote) {
        if (!quote) {
            setBusy(false, tr("PayFast could not be asked: %1").arg(quote.error().message));
            m_refund->setEnabled(false);
            return;
        }
        QString method;
        if (quote->method == QLatin1String("PAYMENT_SOURCE"))
            method = tr("back to the card or account the buyer paid with");
        else if (quote->method == QLatin1String("BANK_PAYOUT"))
            method = tr("into the buyer's bank account (bank details needed)");
        else if (quote->method == QLatin1String("NOT_AVAILABLE"))
            method = tr("not available for this payment");
        else
            method = tr("not said");
        QStringList lines;
        lines << tr("Paid: %1; refunded so far: %2; refundable in the books: %3.")
                     .arg(quote->payment.gross.toDisplayString(), quote->refundedInLedger.toDisplayString(),
                          quote->refundableInLedger.toDisplayString());
        lines << tr("Available at PayFast: %1.")
                     .arg(quote->availableAtPayFast ? quote->availableAtPayFast->toDisplayString()
                                                    : tr("not said"));
        lines << tr("Refund method: %1.").arg(method);
        if (!quote->banks.isEmpty())
            lines << tr("Banks PayFast pays into: %1.").arg(quote->banks.join(QStringLiteral(", ")));
        if (!quote->payFastMessage.isEmpty())
            lines << tr("PayFast says: %1").arg(quote->payFastMessage);
        m_quote->setText(lines.join(QLatin1Char('\n')));
        // Full by default: what is left in the books, or less when PayFast has less left.
        Money amount = quote->refundableInLedger;
        if (quote->availableAtPayFast && *quote->availableAtPayFast < amount)
            amount = *quote->availableAtPayFast;
        m_amount->setText(amount.toString());
        m_bankPayout = quote->method == QLatin1String("BANK_PAYOUT");
        m_bank->setVisible(m_bankPayout);
        m_bankName->clear();
        m_bankName->addItems(quote->banks);
        setBusy(false, QString());
        m_refund->setEnabled(quote->method != QLatin1String("NOT_AVAILABLE"));
    });
}

void PayFastRefundDialog::confirmRefund()
{
    if (!m_refunds || m_busy)
        return;
    auto amount = Money::parse(m_amount->text().trimmed());
    if (!amount) {
        m_outcome->setText(amount.error().message);
        return;
    }
    const QString to = m_customerName.isEmpty() ? tr("the buyer") : m_customerName;
    confirmThen(this, QStringLiteral("refundConfirmation"), tr("Refund through PayFast"),
                tr("Refund %1 of payment %2 to %3? This cannot be undone.")
                    .arg(amount->toDisplayString(), m_paymentLabel, to),
                [this] { sendRefund(); });
}

void PayFastRefundDialog::sendRefund()
{
    PayFastRefundRequest request;
    request.transactionId = m_paymentId;
    request.amount = m_amount->text().trimmed();
    request.reason = m_reason->text().trimmed();
    request.notifyBuyer = m_notify->isChecked();
    if (m_bankPayout)
        request.bank = RefundBankDetails {m_holder->text().trimmed(), m_bankName->currentText().trimmed(),
                                          m_branch->text().trimmed(), m_account->text().trimmed(),
                                          m_accountType->currentData().toString()};
    setBusy(true, tr("Sending the refund to PayFast…"));
    m_refunds->create(request, [this](Result<RefundOutcome> outcome) {
        if (!outcome) {
            setBusy(false, tr("Not refunded: %1").arg(outcome.error().message));
            return;
        }
        const Transaction& refund = outcome->refund;
        QString text = refund.status == QLatin1String("complete")
            ? tr("PayFast refunded %1.").arg(refund.gross.toDisplayString())
            : tr("The refund of %1 is %2: PayFast did not answer yet, and the books hold "
                 "it against the payment until it does.")
                  .arg(refund.gross.toDisplayString(), refund.status);
        if (outcome->creditNote)
            text += QLatin1Char(' ') + tr("Credit note %1 issued.").arg(outcome->creditNote->number);
        setBusy(false, text);
        m_refund->setEnabled(false); // one refund per opening: the figures above are now stale
        emit refunded(refund.id);
    });
}

} // namespace imali
