// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QImage>
#include <QUrl>

class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;

namespace imali
{

class ConsoleContext;

/**
 * Asks a customer to pay an open invoice: a signed payment link, as text to
 * copy, a QR code to scan, and ready-made email and WhatsApp messages. Where
 * PayFast can't reach this desktop yet (no public URL), it asks for the
 * address first. The dialog turns to "Paid" when the listener books the ITN.
 */
class RequestPaymentDialog : public QDialog
{
    Q_OBJECT

public:
    RequestPaymentDialog(ConsoleContext& context, qint64 invoiceId, QWidget* parent = nullptr);

    QString paymentLink() const { return m_link; }
    QImage qrCode() const { return m_qr; }
    QUrl emailUrl() const;
    QUrl whatsAppUrl() const;
    bool isPaid() const { return m_paid; }
    /// The problem shown instead of a link, if any.
    QString problem() const;

private:
    void createLink();
    void savePublicUrl();
    void showProblem(const QString& message);
    void refreshState();
    QString messageText() const;

    ConsoleContext& m_context;
    qint64 m_invoiceId = 0;
    QString m_invoiceNumber;
    QString m_customerName;
    QString m_customerEmail;
    QString m_customerPhone;
    QString m_amount;
    QString m_link;
    QImage m_qr;
    bool m_paid = false;

    QStackedWidget* m_pages = nullptr;
    QLineEdit* m_publicUrl = nullptr;
    QLabel* m_publicUrlError = nullptr;
    QLineEdit* m_linkEdit = nullptr;
    QLabel* m_qrLabel = nullptr;
    QLabel* m_state = nullptr;
    QLabel* m_problem = nullptr;
};

} // namespace imali
