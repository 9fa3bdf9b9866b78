// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>

namespace imali
{

/** A Stripe webhook event as far as imali reads it: id, type, mode and the object it is about. */
struct StripeEvent {
    QString id; ///< evt_…: unique per event, so a redelivery is a duplicate
    QString type; ///< checkout.session.completed, payment_intent.succeeded, charge.refunded, ...
    bool livemode = false;
    QJsonObject object; ///< data.object

    /// Parses a (verified) raw body; nullopt unless it has the shape of an event.
    static std::optional<StripeEvent> parse(const QByteArray& rawBody);
    /// The checkout the object names: client_reference_id of a session, else metadata.m_payment_id.
    QString mPaymentId() const;

    /// \a object's \a key as a string, or the id of an expanded object there.
    static QString idOf(const QJsonObject& object, const QString& key);
    /// \a object's \a key as whole minor units (cents); nullopt if absent, fractional, negative or absurd.
    static std::optional<qint64> amountOf(const QJsonObject& object, const QString& key);
};

} // namespace imali
