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
    QString provider;
    QString mPaymentId;
    QString linkToken; ///< the unguessable part of the payment link
    Money amount;
    bool tokenize = false;
    QString status;
    QString createdAt;
    QString expiresAt;
};

/** A new checkout with its signed form. */
struct CreatedCheckout {
    Checkout checkout;
    CheckoutForm form;
};

/** What a payment link leads to when a customer opens it. */
enum class LinkState { Payable, Unknown, Expired, Closed, Paid };

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
 * after 30 days. Paying the invoice closes its other checkouts.
 */
class Checkouts
{
public:
    Checkouts(Ledger& ledger, const PaymentProvider& provider);

    /// A checkout for the open invoice's balance (number or id).
    Result<CreatedCheckout> createForInvoice(const QString& invoice, bool tokenize);
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
    Result<Checkout> find(const QString& column, const QString& value);
    Ledger& m_ledger;
    const PaymentProvider& m_provider;
};

} // namespace imali
