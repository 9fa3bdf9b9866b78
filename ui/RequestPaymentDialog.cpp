// SPDX-License-Identifier: GPL-3.0-or-later
#include "RequestPaymentDialog.h"

#include "BusinessSettings.h"
#include "Checkouts.h"
#include "ConsoleContext.h"
#include "Customers.h"
#include "Invoices.h"
#include "Ledger.h"
#include "PaymentLinkPanel.h"
#include "payfast/PayFastProvider.h"
#include "providers/ProviderCheckouts.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace imali
{

namespace
{
enum Page { AskPublicUrl, ShowLink, ShowProblem };
} // namespace

RequestPaymentDialog::RequestPaymentDialog(ConsoleContext& context, qint64 invoiceId, QWidget* parent)
    : QDialog(parent), m_context(context), m_invoiceId(invoiceId)
{
    setObjectName(QStringLiteral("requestPayment"));
    setWindowTitle(tr("Request payment"));
    m_pages = new QStackedWidget(this);

    // Page: where PayFast should find this desktop.
    auto* ask = new QWidget(m_pages);
    auto* explain = new QLabel(
        tr("PayFast has to reach this desktop to tell it about payments, and customers open the payment link "
           "there too. Enter the public https address that leads here, such as the one a tunnel gives you "
           "(cloudflared or ngrok: a program that makes this computer reachable from the internet without "
           "opening your router)."),
        ask);
    explain->setWordWrap(true);
    m_publicUrl = new QLineEdit(ask);
    m_publicUrl->setObjectName(QStringLiteral("publicUrlEdit"));
    m_publicUrl->setAccessibleName(tr("Public address"));
    m_publicUrl->setPlaceholderText(QStringLiteral("https://shop.example.co.za"));
    m_publicUrlError = new QLabel(ask);
    m_publicUrlError->setObjectName(QStringLiteral("publicUrlError"));
    m_publicUrlError->setStyleSheet(QStringLiteral("color:#842029;"));
    m_publicUrlError->setWordWrap(true);
    auto* saveUrl = new QPushButton(tr("&Use this address"), ask);
    saveUrl->setObjectName(QStringLiteral("savePublicUrl"));
    connect(saveUrl, &QPushButton::clicked, this, &RequestPaymentDialog::savePublicUrl);
    connect(m_publicUrl, &QLineEdit::returnPressed, this, &RequestPaymentDialog::savePublicUrl);
    auto* askLayout = new QVBoxLayout(ask);
    askLayout->addWidget(explain);
    askLayout->addWidget(m_publicUrl);
    askLayout->addWidget(m_publicUrlError);
    askLayout->addWidget(saveUrl, 0, Qt::AlignRight);
    askLayout->addStretch();
    m_pages->addWidget(ask);

    // Page: the link and its ways out.
    m_panel = new PaymentLinkPanel(m_pages);
    m_pages->addWidget(m_panel);

    auto* problemPage = new QWidget(m_pages);
    m_problem = new QLabel(problemPage);
    m_problem->setObjectName(QStringLiteral("requestProblem"));
    m_problem->setWordWrap(true);
    auto* problemLayout = new QVBoxLayout(problemPage);
    problemLayout->addWidget(m_problem);
    problemLayout->addStretch();
    m_pages->addWidget(problemPage);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Stripe is offered only where it is switched on; otherwise nothing of it shows.
    m_providerChoice = new QComboBox(this);
    m_providerChoice->setObjectName(QStringLiteral("providerChoice"));
    m_providerChoice->setAccessibleName(tr("Pay with"));
    m_providerChoice->addItem(tr("PayFast"), QStringLiteral("payfast"));
    auto* providerLabel = new QLabel(tr("Pay &with:"), this);
    providerLabel->setBuddy(m_providerChoice);
    auto* providerRow = new QHBoxLayout;
    providerRow->addWidget(providerLabel);
    providerRow->addWidget(m_providerChoice, 1);
    const bool stripe = ProviderCheckouts::isStripeEnabled(context.config());
    if (stripe)
        m_providerChoice->addItem(tr("Card via Stripe"), QStringLiteral("stripe"));
    providerLabel->setVisible(stripe);
    m_providerChoice->setVisible(stripe);
    connect(m_providerChoice, &QComboBox::activated, this,
            [this](int index) { chooseProvider(m_providerChoice->itemData(index).toString()); });

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(providerRow);
    layout->addWidget(m_pages);
    layout->addWidget(buttons);
    resize(560, 560);

    connect(&m_context, &ConsoleContext::booksChanged, this, &RequestPaymentDialog::refreshState);

    auto invoice = Invoices(context.ledger()).get(invoiceId);
    if (!invoice) {
        showProblem(invoice.error().message);
        return;
    }
    m_invoiceNumber = invoice->reference();
    m_customerName = invoice->customerName;
    if (auto customer = Customers(context.ledger()).get(invoice->customerId)) {
        m_customerEmail = customer->email;
        m_customerPhone = customer->phone;
    }
    setWindowTitle(tr("Request payment of %1").arg(m_invoiceNumber));
    auto settings = m_context.payFastSettings();
    if (settings && settings->publicUrl.isEmpty()) {
        m_pages->setCurrentIndex(AskPublicUrl);
        m_publicUrl->setFocus();
        return;
    }
    createLink();
}

void RequestPaymentDialog::savePublicUrl()
{
    const QString url = m_publicUrl->text().trimmed();
    BusinessSettings settings(m_context.ledger());
    if (Status s = settings.set(QStringLiteral("public_url"), url); !s) {
        m_publicUrlError->setText(s.error().message);
        return;
    }
    m_publicUrlError->clear();
    createLink();
}

void RequestPaymentDialog::createLink()
{
    auto settings = m_context.payFastSettings();
    if (!settings) {
        showProblem(settings.error().message);
        return;
    }
    const PayFastProvider payfast(*settings);
    auto created =
        Checkouts(m_context.ledger(), payfast).createForInvoice(QString::number(m_invoiceId), false);
    if (!created) {
        showProblem(created.error().message);
        return;
    }
    m_amount = created->checkout.amount.toString();
    m_links.insert(QStringLiteral("payfast"), settings->paymentLink(created->checkout.linkToken));
    showLink(
        m_links.value(QStringLiteral("payfast")),
        tr("%1 for R %2 is waiting for payment. The link works for 30 days.").arg(m_invoiceNumber, m_amount));
}

void RequestPaymentDialog::createStripeLink()
{
    // Blocks up to 30 s in a local event loop while Stripe makes the session.
    auto request = ProviderCheckouts(m_context.ledger(), m_context.config())
                       .requestPayment(QString::number(m_invoiceId), QStringLiteral("stripe"));
    if (!request) {
        showProblem(request.error().message);
        return;
    }
    m_amount = request->checkout.amount.toString();
    m_links.insert(QStringLiteral("stripe"), request->url);
    showLink(
        request->url,
        tr("%1 for R %2 is waiting for payment by card on Stripe's page.").arg(m_invoiceNumber, m_amount));
}

void RequestPaymentDialog::chooseProvider(const QString& provider)
{
    const int index = m_providerChoice->findData(provider);
    if (index < 0)
        return;
    m_providerChoice->setCurrentIndex(index);
    m_provider = provider;
    if (m_links.contains(provider)) {
        showLink(m_links.value(provider), QString());
        return;
    }
    if (provider == QLatin1String("stripe"))
        createStripeLink();
    else
        createLink();
}

void RequestPaymentDialog::showLink(const QString& link, const QString& state)
{
    m_panel->setRecipient(m_customerEmail, m_customerPhone);
    m_panel->setLink(
        link,
        state.isEmpty() ? tr("%1 for R %2 is waiting for payment.").arg(m_invoiceNumber, m_amount) : state,
        tr("Invoice %1").arg(m_invoiceNumber),
        tr("Hello %1, here is the link to pay invoice %2 (R %3): %4")
            .arg(m_customerName, m_invoiceNumber, m_amount, link));
    m_pages->setCurrentIndex(ShowLink);
    refreshState();
}

void RequestPaymentDialog::showProblem(const QString& message)
{
    m_problem->setText(tr("No payment link: %1").arg(message));
    m_pages->setCurrentIndex(ShowProblem);
}

QString RequestPaymentDialog::problem() const
{
    return m_pages->currentIndex() == ShowProblem ? m_problem->text() : QString();
}

void RequestPaymentDialog::refreshState()
{
    if (m_links.isEmpty())
        return;
    auto invoice = Invoices(m_context.ledger()).get(m_invoiceId);
    if (!invoice || invoice->status != InvoiceStatus::Paid)
        return;
    m_paid = true;
    m_panel->setState(tr("Paid: %1 has been paid in full. Thank you!").arg(m_invoiceNumber), true);
}

QString RequestPaymentDialog::paymentLink() const
{
    return m_panel->link();
}

QImage RequestPaymentDialog::qrCode() const
{
    return m_panel->qrCode();
}

QUrl RequestPaymentDialog::emailUrl() const
{
    return m_panel->emailUrl();
}

QUrl RequestPaymentDialog::whatsAppUrl() const
{
    return m_panel->whatsAppUrl();
}

} // namespace imali
