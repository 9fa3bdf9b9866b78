// SPDX-License-Identifier: GPL-3.0-or-later
#include "PaymentLinkPanel.h"

#include "qr/QrCode.h"
#include "qr/QrImage.h"

#include <QApplication>
#include <QClipboard>
#include <QDesktopServices>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPixmap>
#include <QPushButton>
#include <QUrlQuery>
#include <QVBoxLayout>

namespace imali
{

namespace
{
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

PaymentLinkPanel::PaymentLinkPanel(QWidget* parent) : QWidget(parent)
{
    m_state = new QLabel(this);
    m_state->setObjectName(QStringLiteral("paymentState"));
    m_state->setWordWrap(true);
    m_linkEdit = new QLineEdit(this);
    m_linkEdit->setObjectName(QStringLiteral("paymentLink"));
    m_linkEdit->setAccessibleName(tr("Payment link"));
    m_linkEdit->setReadOnly(true);
    m_qrLabel = new QLabel(this);
    m_qrLabel->setObjectName(QStringLiteral("qrCode"));
    m_qrLabel->setAccessibleName(tr("QR code of the payment link"));
    m_qrLabel->setAlignment(Qt::AlignCenter);
    auto* copy = new QPushButton(tr("&Copy link"), this);
    copy->setObjectName(QStringLiteral("copyLink"));
    auto* open = new QPushButton(tr("&Open in browser"), this);
    open->setObjectName(QStringLiteral("openLink"));
    auto* email = new QPushButton(tr("&Email…"), this);
    email->setObjectName(QStringLiteral("sendEmail"));
    auto* whatsapp = new QPushButton(tr("&WhatsApp…"), this);
    whatsapp->setObjectName(QStringLiteral("sendWhatsApp"));
    connect(copy, &QPushButton::clicked, this, [this] { QApplication::clipboard()->setText(m_link); });
    connect(open, &QPushButton::clicked, this, [this] { QDesktopServices::openUrl(QUrl(m_link)); });
    connect(email, &QPushButton::clicked, this, [this] { QDesktopServices::openUrl(emailUrl()); });
    connect(whatsapp, &QPushButton::clicked, this, [this] { QDesktopServices::openUrl(whatsAppUrl()); });
    auto* actions = new QHBoxLayout;
    for (QPushButton* b : {copy, open, email, whatsapp})
        actions->addWidget(b);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_state);
    layout->addWidget(m_linkEdit);
    layout->addLayout(actions);
    layout->addWidget(m_qrLabel, 1);
}

void PaymentLinkPanel::setLink(const QString& link, const QString& state, const QString& subject,
                               const QString& message)
{
    m_link = link;
    m_subject = subject;
    m_message = message;
    m_linkEdit->setText(link);
    m_qr = QImage();
    m_qrLabel->clear();
    if (auto code = QrCode::encode(link)) {
        m_qr = qrCodeImage(*code, 6);
        m_qrLabel->setPixmap(QPixmap::fromImage(m_qr));
    }
    setState(state);
    m_linkEdit->setFocus();
    m_linkEdit->selectAll();
}

void PaymentLinkPanel::setRecipient(const QString& email, const QString& phone)
{
    m_email = email;
    m_phone = phone;
}

void PaymentLinkPanel::setState(const QString& state, bool highlighted)
{
    m_state->setText(state);
    m_state->setStyleSheet(
        highlighted ? QStringLiteral("background:#d1e7dd; color:#0f5132; padding:6px; font-weight:bold;")
                    : QString());
}

QUrl PaymentLinkPanel::emailUrl() const
{
    QUrl url;
    url.setScheme(QStringLiteral("mailto"));
    url.setPath(m_email);
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("subject"), m_subject);
    query.addQueryItem(QStringLiteral("body"), m_message);
    url.setQuery(query.query(QUrl::FullyEncoded), QUrl::StrictMode);
    return url;
}

QUrl PaymentLinkPanel::whatsAppUrl() const
{
    QUrl url;
    url.setScheme(QStringLiteral("https"));
    url.setHost(QStringLiteral("wa.me"));
    url.setPath(QLatin1Char('/') + internationalDigits(m_phone));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("text"), m_message);
    url.setQuery(query.query(QUrl::FullyEncoded), QUrl::StrictMode);
    return url;
}

} // namespace imali
