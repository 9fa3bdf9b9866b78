// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "StripeSettings.h"
#include "providers/PaymentProvider.h"

namespace imali
{

/**
 * Stripe: checkouts are Checkout Sessions on Stripe's hosted page, made
 * through its API (form-encoded, amount in cents, currency zar) with the
 * invoice and checkout ids in metadata (the session's and its
 * PaymentIntent's) and the checkout's m_payment_id as client_reference_id,
 * so every webhook event about the payment names the checkout it pays.
 */
class StripeProvider final : public PaymentProvider
{
public:
    explicit StripeProvider(StripeSettings settings);

    QString name() const override { return QStringLiteral("stripe"); }
    /// Stripe has no signed forms: its checkouts are hosted (createHosted).
    Result<CheckoutForm> checkout(const CheckoutRequest& request) const override;
    bool hostsCheckout() const override { return true; }
    Status checkHosted(const CheckoutRequest& request) const override;
    Result<HostedCheckout> createHosted(const CheckoutRequest& request) const override;

    /// The form body of the Checkout Session for \a request (what createHosted posts).
    FormFields sessionForm(const CheckoutRequest& request) const;
    const StripeSettings& settings() const { return m_settings; }

private:
    StripeSettings m_settings;
};

} // namespace imali
