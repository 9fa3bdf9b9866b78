// SPDX-License-Identifier: GPL-3.0-or-later
#include "StripeEvent.h"

#include <QJsonDocument>
#include <QJsonParseError>

namespace imali
{

std::optional<StripeEvent> StripeEvent::parse(const QByteArray& rawBody)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(rawBody, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    const QJsonObject root = doc.object();
    StripeEvent e;
    e.id = root.value(QStringLiteral("id")).toString();
    e.type = root.value(QStringLiteral("type")).toString();
    const QJsonValue live = root.value(QStringLiteral("livemode"));
    const QJsonValue object = root.value(QStringLiteral("data")).toObject().value(QStringLiteral("object"));
    if (!e.id.startsWith(QLatin1String("evt_")) || e.id.size() > 255 || e.type.isEmpty()
        || e.type.size() > 100 || !live.isBool() || !object.isObject())
        return std::nullopt;
    e.livemode = live.toBool();
    e.object = object.toObject();
    return e;
}

QString StripeEvent::mPaymentId() const
{
    const QString reference = object.value(QStringLiteral("client_reference_id")).toString();
    if (!reference.isEmpty())
        return reference;
    return object.value(QStringLiteral("metadata"))
        .toObject()
        .value(QStringLiteral("m_payment_id"))
        .toString();
}

QString StripeEvent::idOf(const QJsonObject& object, const QString& key)
{
    const QJsonValue v = object.value(key);
    if (v.isObject())
        return v.toObject().value(QStringLiteral("id")).toString();
    return v.toString();
}

std::optional<qint64> StripeEvent::amountOf(const QJsonObject& object, const QString& key)
{
    const QJsonValue v = object.value(key);
    if (!v.isDouble())
        return std::nullopt;
    // Stripe sends integers; QJsonValue keeps those exactly as qint64 (no double in between).
    constexpr qint64 Absurd = 100'000'000'000'000; // R 1 trillion in cents
    const qint64 whole = v.toInteger(-1);
    if (whole < 0 || whole > Absurd) // toInteger() gives the default for a fractional value
        return std::nullopt;
    return whole;
}

} // namespace imali
