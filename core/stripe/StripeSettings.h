// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Environment.h"
#include "Result.h"

#include <QString>

namespace imali
{

class Config;

/**
 * Stripe for one ledger, from the configuration (SPEC §4: ENABLE_STRIPE,
 * STRIPE_SECRET_KEY, STRIPE_WEBHOOK_SECRET, STRIPE_API_URL). Off unless
 * ENABLE_STRIPE is true. A key must belong to the ledger's environment
 * (sk_test_ for sandbox, sk_live_ for live), and a live ledger talks only to
 * Stripe itself, so STRIPE_API_URL is refused there.
 */
struct StripeSettings {
    Environment environment = Environment::Sandbox;
    bool enabled = false;
    QString apiUrl; ///< base URL, without a trailing slash
    QString secretKey; ///< secret
    QString webhookSecret; ///< secret
    QString publicUrl; ///< where Stripe sends the customer back (IMALI_PUBLIC_URL or the ledger's)

    static constexpr const char* DefaultApiUrl = "https://api.stripe.com";

    /// Whether ENABLE_STRIPE switches Stripe on (default off).
    static bool isEnabled(const Config& config);
    /// Resolves and checks what is set; a disabled Stripe resolves to enabled = false with nothing checked.
    static Result<StripeSettings> resolve(const Config& config, Environment environment);
    /// What creating a checkout needs: the secret key.
    Status checkForCheckout() const;
    /// What the webhook needs: the endpoint's signing secret.
    Status checkForWebhook() const;
};

} // namespace imali
