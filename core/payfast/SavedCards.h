// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"
#include "books/Checkouts.h"

#include <QObject>

#include <functional>
#include <optional>

namespace imali
{

class Ledger;
class PayFastApiClient;

/** A saved payment method as people see it: never the token, only its last 4 characters. */
struct SavedCard {
    qint64 id = 0;
    qint64 customerId = 0;
    QString customerName;
    QString provider;
    QString last4;
    QString label;
    bool isDefault = false;
    QString status; ///< active, removed
    QString createdAt;
    QString removedAt;
    /// "•••• 8b47", what a list shows.
    QString masked() const { return QStringLiteral("\u2022\u2022\u2022\u2022 ") + last4; }
};

/** An ad hoc charge PayFast accepted: the invoice is settled when its ITN arrives. */
struct CardCharge {
    Checkout checkout; ///< the charge's own m_payment_id, pending until the ITN books it
    QString pfPaymentId; ///< PayFast's id for the charge, when it gave one
    QString payFastMessage;
};

/**
 * Customers' saved cards (PayFast tokens, sealed under the ledger key):
 * listed masked, labelled, one default per customer; added through a
 * R 0.00 tokenization checkout whose ITN saves the token; removed by
 * cancelling the token at PayFast first; charged for an open invoice's
 * balance through PayFast's ad hoc endpoint, one charge in flight per
 * invoice (a unique index backs this), the ITN that follows booking it once
 * on the usual one-per-payment row. Asynchronous calls answer through
 * callbacks in this object's thread.
 */
class SavedCards : public QObject
{
    Q_OBJECT

public:
    SavedCards(Ledger& ledger, PayFastApiClient& api, QObject* parent = nullptr);

    /// Active cards, of one customer or of all, newest first.
    Result<QList<SavedCard>> list(std::optional<qint64> customerId = std::nullopt);
    Result<SavedCard> get(qint64 id);
    /// A tokenization checkout (R 0.00) for \a customerId; its payment link saves the card.
    Result<CreatedCheckout> addCheckout(qint64 customerId);
    Result<SavedCard> setLabel(qint64 id, const QString& label);
    /// Makes \a id its customer's default card (the others stop being default).
    Result<SavedCard> makeDefault(qint64 id);
    /// Cancels the token at PayFast (PUT /subscriptions/{token}/cancel), then marks the card removed.
    void remove(qint64 id, std::function<void(Result<SavedCard>)> done);
    /// Charges the card for the open invoice's balance (POST /subscriptions/{token}/adhoc).
    void charge(qint64 id, const QString& invoice, std::function<void(Result<CardCharge>)> done);

    /// How long an ad hoc charge without an ITN keeps its invoice from another charge.
    static constexpr int ChargeInFlightMinutes = 60;

signals:
    void cardsChanged(qint64 customerId);

private:
    Result<QString> token(qint64 id);
    Result<Checkout> reserveCharge(const SavedCard& card, const QString& invoice);
    Status finishCharge(qint64 checkoutId, const QString& status, const QString& pfPaymentId,
                        const QString& detail);

    Ledger& m_ledger;
    PayFastApiClient& m_api;
};

} // namespace imali
