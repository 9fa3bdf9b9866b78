// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QHash>
#include <QImage>
#include <QUrl>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;

namespace imali
{

class ConsoleContext;
class PaymentLinkPanel;

/**
 * Asks a customer to pay an open invoice: a signed payment link, as text to
 * copy, a QR code to scan, and ready-made email and WhatsApp messages. Where
 * PayFast can't reach this desktop yet (no public URL), it asks for the
 * address first. With Stripe switched on (ENABLE_STRIPE=true) it also offers
 * "Card via Stripe": a Stripe Checkout Session's page, handed out the same
 * way. The dialog turns to "Paid" when the listener books the ITN.
 */
class RequestPaymentDialog : public QDialog
{
    Q_OBJECT

public:
    RequestPaymentDialog(ConsoleContext& context, qint64 invoiceId, QWidget* parent = nullptr);

    QString paymentLink() const;
    QImage qrCode() const;
    QUrl emailUrl() const;
    QUrl whatsAppUrl() const;
    /// "payfast" or "stripe": whose link is shown.
    QString provider() const { return m_provider; }
    /// Shows \a provider's link ("payfast", or "stripe" when switched on), making it on first use.
    void chooseProvider(const QString& provider);
    bool isPaid() const { return m_paid; }
    /// The problem shown instead of a link, if any.
    QString problem() const;

private:
    void createLink();
    void createStripeLink();
    void showLink(const QString& link, const QString& state);
    void savePublicUrl();
    void showProblem(const QString& message);
    void refreshState();

    ConsoleContext& m_context;
    qint64 m_invoiceId = 0;
    QString m_invoiceNumber;
    QString m_customerName;
    QString m_customerEmail;
    QString m_customerPhone;
    QString m_amount;
    QString m_provider = QStringLiteral("payfast");
    QHash<QString, QString> m_links; ///< provider → link made while the dialog is open
    bool m_paid = false;

    QStackedWidget* m_pages = nullptr;
    QLineEdit* m_publicUrl = nullptr;
    QLabel* m_publicUrlError = nullptr;
    QComboBox* m_providerChoice = nullptr;
    PaymentLinkPanel* m_panel = nullptr;
    QLabel* m_problem = nullptr;
};

} // namespace imali
