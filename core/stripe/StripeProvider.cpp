// SPDX-License-Identifier: GPL-3.0-or-later
#include "StripeProvider.h"

#include "StripeClient.h"

#include <QCoreApplication>

namespace imali
{

namespace
{
QString tr(const char* text)
{
    return QCoreApplication::translate("StripeProvider", text);
}
} // namespace

StripeProvider::StripeProvider(StripeSettings settings) : m_settings(std::move(settings)) { }

Result<CheckoutForm> StripeProvider::checkout(const CheckoutRequest&) const
{
    return Error::validation(
        tr("Stripe checkouts are pages on Stripe, made through its API; there is no form to sign"));
}

Status StripeProvider::checkHosted(const CheckoutRequest& request) const
{
    if (Status s = m_settings.checkForCheckout(); !s)
        return s;
    if (request.tokenize)
        return Error::validation(
            tr("saving a card is a PayFast checkout; Stripe checkouts take one payment"));
    if (!request.invoice)
        return Error::validation(tr("a Stripe checkout pays an invoice"));
    if (request.amount.isNegative() || request.amount.isZero())
        return Error::validation(tr("there is nothing to pay on this invoice"));
    if (m_settings.publicUrl.isEmpty())
        return Error::validation(
            tr("Stripe sends the customer back to the payment link: set the public URL first "
               "(imalictl settings set public_url https://…, or IMALI_PUBLIC_URL)"));
    return {};
}

FormFields StripeProvider::sessionForm(const CheckoutRequest& request) const
{
    const QString link = m_settings.publicUrl + QStringLiteral("/pay/") + request.linkToken;
    const QString invoiceId = request.invoice ? QString::number(request.invoice->id) : QString();
    const QString invoiceNumber = request.invoice ? request.invoice->number : QString();
    FormFields f {
        {QStringLiteral("mode"), QStringLiteral("payment")},
        {QStringLiteral("success_url"), link},
        {QStringLiteral("cancel_url"), link},
        {QStringLiteral("client_reference_id"), request.mPaymentId},
        {QStringLiteral("line_items[0][quantity]"), QStringLiteral("1")},
        {QStringLiteral("line_items[0][price_data][currency]"), QStringLiteral("zar")},
        {QStringLiteral("line_items[0][price_data][unit_amount]"), QString::number(request.amount.cents())},
        {QStringLiteral("line_items[0][price_data][product_data][name]"), request.itemName.left(250)}};
    if (!request.itemDescription.trimmed().isEmpty())
        f.append({QStringLiteral("line_items[0][price_data][product_data][description]"),
                  request.itemDescription.trimmed()});
    const QString email = request.customer.email.trimmed();
    if (email.contains(QLatin1Char('@')))
        f.append({QStringLiteral("customer_email"), email});
    // On the session and on its PaymentIntent, so payment_intent.* events name the checkout too.
    for (const QString& owner :
         {QStringLiteral("metadata"), QStringLiteral("payment_intent_data[metadata]")}) {
        f.append({owner + QStringLiteral("[invoice_id]"), invoiceId});
        f.append({owner + QStringLiteral("[invoice_number]"), invoiceNumber});
        f.append({owner + QStringLiteral("[checkout_id]"), QString::number(request.checkoutId)});
        f.append({owner + QStringLiteral("[m_payment_id]"), request.mPaymentId});
    }
    return f;
}

Result<HostedCheckout> StripeProvider::createHosted(const CheckoutRequest& request) const
{
    if (Status s = checkHosted(request); !s)
        return s.error();
    if (request.checkoutId <= 0 || request.linkToken.isEmpty())
        return Error::validation(tr("a Stripe session is made for a stored checkout"));
    // One session per checkout, however often the call is retried.
    auto session = StripeClient(m_settings)
                       .createCheckoutSession(sessionForm(request),
                                              QStringLiteral("imali-checkout-") + request.mPaymentId);
    if (!session)
        return session.error();
    return HostedCheckout {session->id, session->url};
}

} // namespace imali
