// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "NotificationStore.h"
#include "payfast/PayFastSettings.h"

#include <QByteArray>
#include <QHostAddress>

namespace imali {

class SenderPolicy;

/** An ITN as the HTTP layer hands it over. */
struct ItnRequest {
    QHostAddress peer;
    QByteArray forwardedFor;
    QByteArray contentType;
    QByteArray body;
};

/** The answer for PayFast, and what happened. */
struct ItnAnswer {
    int httpStatus = 500;
    QByteArray body;
    qint64 notificationId = 0; ///< set when a new notification was stored
    bool duplicate = false;
};

/** What the door decided: a refusal to answer now, or a notification to keep before answering 200. */
struct ItnVerdict {
    std::optional<ItnAnswer> refusal;
    ReceivedNotification notification; ///< when not refused
};

/**
 * The door for PayFast ITNs, SPEC §6 steps 1–4 in order: transport (415,
 * 400), sender (403), signature and merchant id (400), then durable storage
 * (200, or 503 when the store is down). Nothing refused is ever stored for
 * processing; refusals go to the capped stores and the flood counter.
 */
class ItnIntake
{
public:
    ItnIntake(const PayFastSettings& settings, SenderPolicy& senders, NotificationStore& store);
    /// All four steps: checks, then stores and answers.
    ItnAnswer receive(const ItnRequest& request);
    /// Steps 1–3 only; the caller stores the notification (perhaps with others, in one commit).
    ItnVerdict examine(const ItnRequest& request);
    /// Step 4's answer once the store has spoken: 200 when kept (or kept before), else 503 so PayFast retries.
    static ItnAnswer answerFor(const ReceivedNotification& notification, const Result<StoredNotification>& stored);

private:
    ItnAnswer refuse(const QHostAddress& sender, bool senderAllowed, int status, const QByteArray& reason);
    PayFastSettings m_settings;
    SenderPolicy& m_senders;
    NotificationStore& m_store;
};

} // namespace imali
