// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"
#include "books/Checkouts.h"

#include <QStringList>

namespace imali
{

class Config;
class Ledger;

/** A request for payment of an invoice, made through one provider. */
struct PaymentRequest {
    QString provider; ///< "payfast" or "stripe"
    QString url; ///< what the customer opens: PayFast's payment link (/pay/TOKEN) or Stripe's hosted page
    Checkout checkout; ///< as stored (m_payment_id, amount, expiry)
    CheckoutForm form; ///< PayFast's signed form; empty for Stripe
    QString sessionId; ///< Stripe's Checkout Session id; empty for PayFast
};

/**
 * The one door for "request payment for this invoice" by provider name, for
 * the console and imalictl alike: it resolves that provider's settings from
 * the configuration and the ledger, refuses a provider that is switched off,
 * and makes the checkout (for Stripe, a Checkout Session through its API;
 * that call waits up to 30 s in a local event loop).
 */
class ProviderCheckouts
{
public:
    ProviderCheckouts(Ledger& ledger, const Config& config);

    static bool isPayFastEnabled(const Config& config);
    /// ENABLE_STRIPE=true (default off).
    static bool isStripeEnabled(const Config& config);
    /// "payfast", "stripe": the providers switched on, in that order.
    static QStringList enabledProviders(const Config& config);

    /// A checkout for the open invoice (number or id) through \a provider.
    Result<PaymentRequest> requestPayment(const QString& invoice, const QString& provider,
                                          bool tokenize = false);

private:
    Ledger& m_ledger;
    const Config& m_config;
};

} // namespace imali
