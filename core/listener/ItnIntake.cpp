// SPDX-License-Identifier: GPL-3.0-or-later
#include "ItnIntake.h"

#include "NotificationStore.h"
#include "SenderPolicy.h"
#include "payfast/FormEncoding.h"
#include "payfast/PayFastSigner.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcItn, "imali.itn", QtInfoMsg)

namespace imali {

namespace {
QString field(const FormFields& fields, const QString& name)
{
    for (const auto& [key, value] : fields)
        if (key == name)
            return value;
    return {};
}
} // namespace

ItnIntake::ItnIntake(const PayFastSettings& settings, SenderPolicy& senders, NotificationStore& store)
    : m_settings(settings)
    , m_senders(senders)
    , m_store(store)
{
}

ItnAnswer ItnIntake::refuse(const QHostAddress& sender, bool senderAllowed, int status, const QByteArray& reason)
{
    if (!senderAllowed)
        m_senders.recordRefusal(sender);
    m_store.noteRefused(sender, status, QString::fromUtf8(reason));
    // Never the body: it holds the buyer's details and the signature.
    qCInfo(lcItn) << "refused an ITN from" << sender.toString() << "with" << status << reason.constData();
    return {status, reason + '\n', 0, false};
}

ItnAnswer ItnIntake::receive(const ItnRequest& request)
{
    ItnVerdict verdict = examine(request);
    if (verdict.refusal)
        return *verdict.refusal;
    return answerFor(verdict.notification, m_store.store(verdict.notification));
}

ItnVerdict ItnIntake::examine(const ItnRequest& request)
{
    const QHostAddress sender = m_senders.senderOf(request.peer, request.forwardedFor);
    const bool allowed = m_senders.isAllowed(sender);

    // 1. Transport (the body size was enforced before it was read).
    const QByteArray mime = request.contentType.split(';').first().trimmed().toLower();
    if (mime != "application/x-www-form-urlencoded")
        return {refuse(sender, allowed, 415, QByteArrayLiteral("expected application/x-www-form-urlencoded")), {}};
    auto parsed = decodeForm(request.body);
    if (!parsed)
        return {refuse(sender, allowed, 400, QByteArrayLiteral("malformed form")), {}};
    const FormFields& fields = *parsed;
    const bool signatureValid = verifyItn(fields, m_settings.passphrase);
    const QString pfPaymentId = field(fields, QStringLiteral("pf_payment_id"));
    const QString status = field(fields, QStringLiteral("payment_status"));

    // 2. Sender.
    if (!allowed) {
        if (signatureValid && !pfPaymentId.isEmpty())
            m_store.noteRefusedSigned(pfPaymentId, status, sender); // PayFast may have moved
        return {refuse(sender, allowed, 403, QByteArrayLiteral("sender not allowed")), {}};
    }
    // 3. Signature and merchant.
    if (!signatureValid)
        return {refuse(sender, allowed, 400, QByteArrayLiteral("invalid signature")), {}};
    if (field(fields, QStringLiteral("merchant_id")) != m_settings.merchantId)
        return {refuse(sender, allowed, 400, QByteArrayLiteral("not our merchant id")), {}};
    if (pfPaymentId.isEmpty() || status.isEmpty() || pfPaymentId.size() > 64 || status.size() > 32)
        return {refuse(sender, allowed, 400, QByteArrayLiteral("missing pf_payment_id or payment_status")), {}};

    // 4. Durable storage before the 200: the caller's.
    ReceivedNotification n;
    n.providerId = pfPaymentId;
    n.status = status;
    n.mPaymentId = field(fields, QStringLiteral("m_payment_id"));
    n.rawBody = request.body;
    n.sender = sender;
    n.peer = request.peer;
    n.checks = QJsonObject{{QStringLiteral("transport"), QStringLiteral("ok")},
                           {QStringLiteral("sender"), QStringLiteral("allowed")},
                           {QStringLiteral("signature"), QStringLiteral("valid")},
                           {QStringLiteral("merchant_id"), QStringLiteral("ours")}};
    return {std::nullopt, n};
}

ItnAnswer ItnIntake::answerFor(const ReceivedNotification& n, const Result<StoredNotification>& stored)
{
    if (!stored) {
        qCWarning(lcItn) << "could not store ITN" << n.providerId << n.status << "- answering 503 so PayFast retries:"
                         << stored.error().message;
        return {503, QByteArrayLiteral("temporarily unable to store; retry\n"), 0, false};
    }
    return {200, QByteArrayLiteral("OK\n"), stored->duplicate ? 0 : stored->id, stored->duplicate};
}

} // namespace imali
