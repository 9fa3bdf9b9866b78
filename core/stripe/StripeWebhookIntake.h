// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "StripeSettings.h"
#include "listener/ItnIntake.h"

#include <QByteArray>
#include <QHostAddress>

namespace imali
{

class NotificationStore;
class SenderPolicy;

/** A Stripe webhook delivery as the HTTP layer hands it over. */
struct StripeWebhookRequest {
    QHostAddress peer;
    QByteArray forwardedFor;
    QByteArray contentType;
    QByteArray signatureHeader; ///< Stripe-Signature
    QByteArray body; ///< raw, exactly as received: the signature covers these bytes
};

/**
 * The door for Stripe events (SPEC §6), in the ITN's order minus the sender
 * list, which does not apply (Stripe's signature is its check): transport
 * (415 unless JSON), Stripe-Signature over the raw body within 300 s (400),
 * an event's shape and a livemode matching the ledger's environment (400),
 * then durable storage in the notification log, keyed on the event id, before
 * the 200 (503 when the store is down, so Stripe retries). Nothing refused is
 * stored for processing; refusals go to the capped store and the flood count.
 */
class StripeWebhookIntake
{
public:
    StripeWebhookIntake(const StripeSettings& settings, SenderPolicy& senders, NotificationStore& store);
    ItnAnswer receive(const StripeWebhookRequest& request);

private:
    ItnAnswer refuse(const QHostAddress& sender, int status, const QByteArray& reason);
    StripeSettings m_settings;
    SenderPolicy& m_senders;
    NotificationStore& m_store;
};

} // namespace imali
