// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"
#include "providers/PaymentProvider.h"

namespace imali {

class Ledger;

/** One attempt to collect money, as stored. */
struct Checkout {
    qint64 id = 0;
    std::optional<qint64> invoiceId;
    std::optional<qint64> customerId;      ///< a card-saving checkout with no invoice
    std::optional<qint64> paymentMethodId; ///< an ad hoc charge of a saved card
    QString provider;
    QString mPaymentId;
    QString linkToken; ///< the unguessable part of the payment link
    Money amount;
    bool tokenize = false;
    QString status;
    QString createdAt;
    QString expiresAt;
    QString providerSessionId; ///< a hosted checkout's session at the provider (Stripe's cs_…)
};

/** A new checkout with its signed form, or (hosted providers) the provider's page. */
struct CreatedCheckout {
    Checkout checkout;
    CheckoutForm form;
    std::optional<HostedCheckout> hosted;
};

/** What a payment link leads to when a customer opens it. */
enum class LinkState {
    Payable,
    Unknown,
    Expired,
    Closed,
    Paid,
    Hosted, ///< paid on another provider's own page (Stripe); that page sends the customer back here
};

/** An opened payment link: its state and, when payable, the form signed just now. */
struct OpenedLink {
    LinkState state = LinkState::Unknown;
    Checkout checkout;
    CheckoutForm form;
    QString invoiceNumber;
};

/**
 * Checkouts: every attempt gets its own m_payment_id and a random 128-bit
 * link token, is stored as pending with the amount it asks for, and expires
 * after 30 days. Paying the invoice closes its other checkouts. A hosted
 * provider's page (Stripe) is made after the checkout is stored, outside the
 * write, and its session id kept on the row; if the provider refuses, the
 * checkout is marked failed.
 */
class Checkouts
{
public:
    Checkouts(Ledger& ledger, const PaymentProvider& provider);

    /// A checkout for the open invoice's balance (number or id).
    Result<CreatedCheckout> createForInvoice(const QString& invoice, bool tokenize);
    /// A R 0.00 tokenization checkout that saves a card for \a customerId (no invoice).
    Result<CreatedCheckout> createForCard(qint64 customerId);
    Result<Checkout> byToken(const QString& token);
    /**
     * Opens a payment link: unknown, expired, closed or paid links say so and
     * nothing more; a payable one is signed now, for the invoice's current
     * balance, with the provider's current settings (notify URL included).
     */
    Result<OpenedLink> openLink(const QString& token);
    Result<Checkout> byPaymentId(const QString& mPaymentId);
    /**
     * The invoice's newest pending payment link (not a card-saving one) that
     * stays open for at least \a minDaysLeft more days, if there is one: what a
     * printed invoice's "Pay now" code should open.
     */
    Result<std::optional<Checkout>> openForInvoice(qint64 invoiceId, int minDaysLeft);

    static constexpr int ExpiryDays = 30;

private:
    Result<CheckoutRequest> requestFor(const Invoice& invoice, const QString& mPaymentId, bool tokenize);
    Result<CheckoutRequest> cardRequestFor(qint64 customerId, const QString& mPaymentId);
    Result<Checkout> find(const QString& column, const QString& value);
    Status keepHostedOutcome(const Checkout& checkout, const Result<HostedCheckout>& hosted);
    Ledger& m_ledger;
    const PaymentProvider& m_provider;
};

} // namespace imali
