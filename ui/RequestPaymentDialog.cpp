// SPDX-License-Identifier: GPL-3.0-or-later
#include "RequestPaymentDialog.h"

#include "BusinessSettings.h"
#include "Checkouts.h"
#include "ConsoleContext.h"
#include "Customers.h"
#include "Invoices.h"
#include "Ledger.h"
#include "payfast/PayFastProvider.h"
#include "qr/QrCode.h"
#include "qr/QrImage.h"

#include <QApplication>
#include <QClipboard>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPixmap>
#include <QPushButton>
#include <QStackedWidget>
#include <QUrlQuery>
#include <QVBoxLayout>

namespace imali
{

namespace
{
enum Page { AskPublicUrl, ShowLink, ShowProblem };

// "082 123 4567" or "+27 82 123 4567" → "27821234567", the form wa.me wants.
QString internationalDigits(const QString& phone)
{
    QString digits;
    for (QChar c : phone)
        if (c.isDigit())
            digits += c;
    if (digits.startsWith(QLatin1Char('0')) && digits.size() == 10)
        digits = QStringLiteral("27") + digits.mid(1);
    return digits;
}
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
    auto* show = new QWidget(m_pages);
    m_state = new QLabel(show);
    m_state->setObjectName(QStringLiteral("paymentState"));
    m_state->setWordWrap(true);
    m_linkEdit = new QLineEdit(show);
    m_linkEdit->setObjectName(QStringLiteral("paymentLink"));
    m_linkEdit->setAccessibleName(tr("Payment link"));
    m_linkEdit->setReadOnly(true);
    m_qrLabel = new QLabel(show);
    m_qrLabel->setObjectName(QStringLiteral("qrCode"));
    m_qrLabel->setAccessibleName(tr("QR code of the payment link"));
    m_qrLabel->setAlignment(Qt::AlignCenter);
    auto* copy = new QPushButton(tr("&Copy link"), show);
    copy->setObjectName(QStringLiteral("copyLink"));
    auto* open = new QPushButton(tr("&Open in browser"), show);
    open->setObjectName(QStringLiteral("openLink"));
    auto* email = new QPushButton(tr("&Email…"), show);
    email->setObjectName(QStringLiteral("sendEmail"));
    auto* whatsapp = new QPushButton(tr("&WhatsApp…"), show);
    whatsapp->setObjectName(QStringLiteral("sendWhatsApp"));
    connect(copy, &QPushButton::clicked, this, [this] { QApplication::clipboard()->setText(m_link); });
    connect(open, &QPushButton::clicked, this, [this] { QDesktopServices::openUrl(QUrl(m_link)); });
    connect(email, &QPushButton::clicked, this, [this] { QDesktopServices::openUrl(emailUrl()); });
    connect(whatsapp, &QPushButton::clicked, this, [this] { QDesktopServices::openUrl(whatsAppUrl()); });
    auto* actions = new QHBoxLayout;
    for (QPushButton* b : {copy, open, email, whatsapp})
        actions->addWidget(b);
    auto* showLayout = new QVBoxLayout(show);
    showLayout->addWidget(m_state);
    showLayout->addWidget(m_linkEdit);
    showLayout->addLayout(actions);
    showLayout->addWidget(m_qrLabel, 1);
    m_pages->addWidget(show);

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
    auto* layout = new QVBoxLayout(this);
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
    m_link = settings->paymentLink(created->checkout.linkToken);
    m_linkEdit->setText(m_link);
    if (auto code = QrCode::encode(m_link)) {
        m_qr = qrCodeImage(*code, 6);
        m_qrLabel->setPixmap(QPixmap::fromImage(m_qr));
    }
    m_state->setText(
        tr("%1 for R %2 is waiting for payment. The link works for 30 days.").arg(m_invoiceNumber, m_amount));
    m_pages->setCurrentIndex(ShowLink);
    m_linkEdit->setFocus();
    m_linkEdit->selectAll();
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
    if (m_link.isEmpty())
        return;
    auto invoice = Invoices(m_context.ledger()).get(m_invoiceId);
    if (!invoice || invoice->status != InvoiceStatus::Paid)
        return;
    m_paid = true;
    m_state->setText(tr("Paid: %1 has been paid in full. Thank you!").arg(m_invoiceNumber));
    m_state->setStyleSheet(
        QStringLiteral("background:#d1e7dd; color:#0f5132; padding:6px; font-weight:bold;"));
}

QString RequestPaymentDialog::messageText() const
{
    return tr("Hello %1, here is the link to pay invoice %2 (R %3): %4")
        .arg(m_customerName, m_invoiceNumber, m_amount, m_link);
}

QUrl RequestPaymentDialog::emailUrl() const
{
    QUrl url;
    url.setScheme(QStringLiteral("mailto"));
    url.setPath(m_customerEmail);
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("subject"), tr("Invoice %1").arg(m_invoiceNumber));
    query.addQueryItem(QStringLiteral("body"), messageText());
    url.setQuery(query.query(QUrl::FullyEncoded), QUrl::StrictMode);
    return url;
}

QUrl RequestPaymentDialog::whatsAppUrl() const
{
    QUrl url;
    url.setScheme(QStringLiteral("https"));
    url.setHost(QStringLiteral("wa.me"));
    url.setPath(QLatin1Char('/') + internationalDigits(m_customerPhone));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("text"), messageText());
    url.setQuery(query.query(QUrl::FullyEncoded), QUrl::StrictMode);
    return url;
}

} // namespace imali
