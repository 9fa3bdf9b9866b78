// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QImage>
#include <QUrl>
#include <QWidget>

class QLabel;
class QLineEdit;

namespace imali
{

/**
 * A link a customer opens to pay (or to save a card): a line saying what it
 * is for, the link as text to copy, buttons to copy, open, e-mail or
 * WhatsApp it, and its QR code. Shared by every dialog that hands out a
 * PayFast or Stripe link.
 */
class PaymentLinkPanel : public QWidget
{
    Q_OBJECT

public:
    explicit PaymentLinkPanel(QWidget* parent = nullptr);

    /// Shows \a link with \a state above it; \a subject and \a message are what e-mail and WhatsApp carry.
    void setLink(const QString& link, const QString& state, const QString& subject, const QString& message);
    /// Where "Email…" and "WhatsApp…" send to.
    void setRecipient(const QString& email, const QString& phone);
    /// Replaces the line above the link (e.g. "Paid"); \a highlighted shows it as good news.
    void setState(const QString& state, bool highlighted = false);

    QString link() const { return m_link; }
    QImage qrCode() const { return m_qr; }
    QUrl emailUrl() const;
    QUrl whatsAppUrl() const;

private:
    QString m_link;
    QString m_subject;
    QString m_message;
    QString m_email;
    QString m_phone;
    QImage m_qr;
    QLabel* m_state = nullptr;
    QLineEdit* m_linkEdit = nullptr;
    QLabel* m_qrLabel = nullptr;
};

} // namespace imali
