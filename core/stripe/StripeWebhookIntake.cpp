// SPDX-License-Identifier: GPL-3.0-or-later
#include "StripeWebhookIntake.h"

#include "Clock.h"
#include "StripeEvent.h"
#include "StripeSignature.h"
#include "listener/NotificationStore.h"
#include "listener/SenderPolicy.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcStripe, "imali.stripe", QtInfoMsg)

namespace imali
{

StripeWebhookIntake::StripeWebhookIntake(const StripeSettings& settings, SenderPolicy& senders,
                                         NotificationStore& store)
    : m_settings(settings), m_senders(senders), m_store(store)
{
}

ItnAnswer StripeWebhookIntake::refuse(const QHostAddress& sender, int status, const QByteArray& reason)
{
    if (!m_senders.isAllowed(sender))
        m_senders.recordRefusal(sender);
    m_store.noteRefused(sender, status, QStringLiteral("stripe: ") + QString::fromUtf8(reason));
    // Never the body or the header: the body holds the buyer's details.
    qCInfo(lcStripe) << "refused a Stripe event from" << sender.toString() << "with" << status
                     << reason.constData();
    return {status, reason + '\n', 0, false};
}

ItnAnswer StripeWebhookIntake::receive(const StripeWebhookRequest& request)
{
    const QHostAddress sender = m_senders.senderOf(request.peer, request.forwardedFor);

    // 1. Transport (the body size was enforced before it was read).
    const QByteArray mime = request.contentType.split(';').first().trimmed().toLower();
    if (mime != "application/json")
        return refuse(sender, 415, QByteArrayLiteral("expected application/json"));
    // 2. Stripe's signature over the raw bytes, and its freshness.
    const StripeSignatureCheck check = StripeSignature::verify(
        request.signatureHeader, request.body, m_settings.webhookSecret, Clock::nowUtc().toSecsSinceEpoch());
    if (check != StripeSignatureCheck::Valid)
        return refuse(sender, 400, StripeSignature::describe(check));
    // 3. An event, for this ledger's environment.
    const auto event = StripeEvent::parse(request.body);
    if (!event)
        return refuse(sender, 400, QByteArrayLiteral("not a Stripe event"));
    if (event->livemode != (m_settings.environment == Environment::Live))
        return refuse(sender, 400,
                      event->livemode ? QByteArrayLiteral("a live event for a sandbox ledger")
                                      : QByteArrayLiteral("a test event for a live ledger"));

    // 4. Durable storage before the 200.
    ReceivedNotification n;
    n.provider = QStringLiteral("stripe");
    n.providerId = event->id;
    n.status = event->type;
    n.mPaymentId = event->mPaymentId().left(100);
    n.rawBody = request.body;
    n.sender = sender;
    n.peer = request.peer;
    n.checks = QJsonObject {{QStringLiteral("transport"), QStringLiteral("ok")},
                            {QStringLiteral("signature"), QStringLiteral("valid")},
                            {QStringLiteral("livemode"), event->livemode}};
    auto stored = m_store.store(n);
    if (!stored) {
        qCWarning(lcStripe) << "could not store Stripe event" << event->id << event->type
                            << "- answering 503 so Stripe retries:" << stored.error().message;
        return {503, QByteArrayLiteral("temporarily unable to store; retry\n"), 0, false};
    }
    return {200, QByteArrayLiteral("OK\n"), stored->duplicate ? 0 : stored->id, stored->duplicate};
}

} // namespace imali
