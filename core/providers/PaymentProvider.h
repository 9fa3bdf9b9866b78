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
};

/** A signed form for the provider's hosted payment page. */
struct CheckoutForm {
    QString action;     ///< where the form is posted
    FormFields fields;  ///< in the provider's signing order, without the signature
    QString signature;
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
};

} // namespace imali
