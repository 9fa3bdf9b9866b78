// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Money.h"
#include "Result.h"
#include "books/Records.h"
#include "payfast/FormEncoding.h"

#include <QString>

#include <optional>

namespace imali {

/** What to collect: an invoice's balance, or R 0.00 to save a card when there is no invoice. */
struct CheckoutRequest {
    std::optional<Invoice> invoice;
    Customer customer;
    Money amount;
    QString mPaymentId;
    bool tokenize = false;
    QString itemName;
    QString itemDescription;
    qint64 checkoutId = 0; ///< the stored checkout's id; set for hosted checkouts, which are made after it is stored
    QString linkToken;     ///< the checkout's payment-link token; hosted pages send the customer back to it
};

/** A signed form for the provider's hosted payment page. */
struct CheckoutForm {
    QString action;     ///< where the form is posted
    FormFields fields;  ///< in the provider's signing order, without the signature
    QString signature;
};

/** A payment page the provider hosts (Stripe Checkout): its session id and the URL the customer opens. */
struct HostedCheckout {
    QString sessionId;
    QString url;
};

/**
 * A payment provider behind the ledger: PayFast first, Stripe later. Each
 * operation is added here when a provider really implements it.
 */
class PaymentProvider
{
public:
    virtual ~PaymentProvider() = default;
    /// "payfast", "stripe": the name stored on checkouts and transactions.
    virtual QString name() const = 0;
    /// Builds and signs the checkout form, enforcing the provider's field rules.
    virtual Result<CheckoutForm> checkout(const CheckoutRequest& request) const = 0;
    /// Whether checkouts are pages the provider makes through its API (createHosted) rather than signed forms.
    virtual bool hostsCheckout() const { return false; }
    /// Checks a hosted checkout's request before anything is stored (no network).
    virtual Status checkHosted(const CheckoutRequest& request) const;
    /**
     * Asks the provider to make its hosted page for a checkout already stored
     * (\a request.checkoutId set). A network call: never inside a database write.
     */
    virtual Result<HostedCheckout> createHosted(const CheckoutRequest& request) const;
};

inline Status PaymentProvider::checkHosted(const CheckoutRequest&) const
{
    return Error::validation(QStringLiteral("%1 has no hosted checkout").arg(name()));
}

inline Result<HostedCheckout> PaymentProvider::createHosted(const CheckoutRequest&) const
{
    return Error::validation(QStringLiteral("%1 has no hosted checkout").arg(name()));
}

} // namespace imali
