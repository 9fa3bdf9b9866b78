// SPDX-License-Identifier: GPL-3.0-or-later
#include "StripeEventBooking.h"

#include "Ledger.h"
#include "StripeEvent.h"
#include "books/PaymentBooking.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace imali
{

namespace
{
QString tr(const char* text)
{
    return QCoreApplication::translate("StripeEventBooking", text);
}

StripeEventResult processed(const QString& outcome)
{
    return {StripeEventResult::Kind::Processed, outcome, false};
}

StripeEventResult rejected(const QString& outcome)
{
    return {StripeEventResult::Kind::Rejected, outcome, false};
}

/// Money in another currency can't settle a ZAR invoice: it is kept, unallocated, for a person.
QString currencyProblem(const QString& currency, qint64 amount)
{
    if (currency.compare(QLatin1String("zar"), Qt::CaseInsensitive) == 0)
        return {};
    return QCoreApplication::translate("StripeEventBooking", "paid in %1 (%2 in its smallest unit), not ZAR")
        .arg(currency.toUpper().left(3))
        .arg(amount);
}
} // namespace

StripeEventBooking::StripeEventBooking(Ledger& ledger) : m_ledger(ledger) { }

StripeEventResult StripeEventBooking::process(const QByteArray& rawBody, qint64 notificationId)
{
    const auto event = StripeEvent::parse(rawBody);
    if (!event)
        return rejected(tr("the stored body is not a Stripe event"));
    // The door refused these already; checked again because booking must never cross environments.
    if (event->livemode != (m_ledger.environment() == Environment::Live))
        return rejected(tr("the event's livemode does not match this %1 ledger: nothing booked")
                            .arg(toString(m_ledger.environment())));
    const QString& type = event->type;
    if (type.startsWith(QLatin1String("checkout.session.")))
        return bookSession(*event, notificationId);
    if (type == QLatin1String("payment_intent.succeeded"))
        return bookIntent(*event, notificationId);
    if (type == QLatin1String("charge.refunded") || type == QLatin1String("refund.created")
        || type == QLatin1String("refund.updated"))
        return bookRefunds(*event, notificationId);
    return processed(tr("%1 is not an event imali books").arg(type));
}

StripeEventResult StripeEventBooking::bookPayment(const StripeEvent&, const ConfirmedPayment& payment)
{
    auto outcome = PaymentBooking(m_ledger).book(payment);
    if (!outcome)
        return {StripeEventResult::Kind::RetryLater, outcome.error().message, false};
    const bool booked = outcome->transactionId.has_value() && payment.status == QLatin1String("COMPLETE")
        && !outcome->duplicate;
    return {StripeEventResult::Kind::Processed, outcome->outcome, booked};
}

StripeEventResult StripeEventBooking::bookSession(const StripeEvent& event, qint64 notificationId)
{
    const QJsonObject& session = event.object;
    ConfirmedPayment p;
    p.provider = QStringLiteral("stripe");
    p.mPaymentId = event.mPaymentId();
    p.notificationId = notificationId;
    if (p.mPaymentId.isEmpty())
        return processed(tr("not a session an imali checkout made: nothing booked"));
    p.providerId = StripeEvent::idOf(session, QStringLiteral("payment_intent"));
    const QString paymentStatus = session.value(QStringLiteral("payment_status")).toString();
    const QString& type = event.type;
    if (type == QLatin1String("checkout.session.async_payment_failed")
        || type == QLatin1String("checkout.session.expired")) {
        p.status = QStringLiteral("FAILED");
        return bookPayment(event, p);
    }
    const bool completed = type == QLatin1String("checkout.session.completed")
        || type == QLatin1String("checkout.session.async_payment_succeeded");
    if (!completed)
        return processed(tr("%1 is not an event imali books").arg(type));
    if (p.providerId.isEmpty())
        return processed(
            tr("the session has no PaymentIntent (payment status %1): nothing to book").arg(paymentStatus));
    const auto amount = StripeEvent::amountOf(session, QStringLiteral("amount_total"));
    if (!amount)
        return rejected(tr("the session's amount_total is not readable"));
    p.gross = Money::fromCents(*amount);
    p.net = p.gross; // Stripe's fee is on its balance transaction, not in the event
    p.unallocatedReason = currencyProblem(session.value(QStringLiteral("currency")).toString(), *amount);
    if (paymentStatus == QLatin1String("paid")) {
        p.status = QStringLiteral("COMPLETE");
    } else if (paymentStatus == QLatin1String("unpaid")) {
        p.status = QStringLiteral("PENDING"); // a delayed method: async_payment_succeeded follows
    } else {
        return processed(tr("payment status %1: nothing to book").arg(paymentStatus));
    }
    return bookPayment(event, p);
}

StripeEventResult StripeEventBooking::bookIntent(const StripeEvent& event, qint64 notificationId)
{
    const QJsonObject& intent = event.object;
    ConfirmedPayment p;
    p.provider = QStringLiteral("stripe");
    p.mPaymentId =
        intent.value(QStringLiteral("metadata")).toObject().value(QStringLiteral("m_payment_id")).toString();
    p.notificationId = notificationId;
    if (p.mPaymentId.isEmpty())
        return processed(tr("not a payment an imali checkout made: nothing booked"));
    p.providerId = intent.value(QStringLiteral("id")).toString();
    if (!p.providerId.startsWith(QLatin1String("pi_")))
        return rejected(tr("the PaymentIntent has no id"));
    if (intent.value(QStringLiteral("status")).toString() != QLatin1String("succeeded"))
        return processed(tr("the PaymentIntent is %1: nothing to book")
                             .arg(intent.value(QStringLiteral("status")).toString()));
    auto amount = StripeEvent::amountOf(intent, QStringLiteral("amount_received"));
    if (!amount)
        amount = StripeEvent::amountOf(intent, QStringLiteral("amount"));
    if (!amount)
        return rejected(tr("the PaymentIntent's amount is not readable"));
    p.status = QStringLiteral("COMPLETE");
    p.gross = Money::fromCents(*amount);
    p.net = p.gross;
    p.unallocatedReason = currencyProblem(intent.value(QStringLiteral("currency")).toString(), *amount);
    return bookPayment(event, p);
}

StripeEventResult StripeEventBooking::bookRefunds(const StripeEvent& event, qint64 notificationId)
{
    // charge.refunded lists the charge's refunds; refund.* events are about one refund.
    QJsonArray refunds;
    QString paymentIntent;
    QString currency;
    if (event.type == QLatin1String("charge.refunded")) {
        paymentIntent = StripeEvent::idOf(event.object, QStringLiteral("payment_intent"));
        currency = event.object.value(QStringLiteral("currency")).toString();
        refunds =
            event.object.value(QStringLiteral("refunds")).toObject().value(QStringLiteral("data")).toArray();
        if (refunds.isEmpty())
            return processed(tr("the charge lists no refunds; its refund.* events book them"));
    } else {
        refunds.append(event.object);
    }
    QStringList outcomes;
    bool booked = false;
    StripeEventResult::Kind kind = StripeEventResult::Kind::Processed;
    for (const QJsonValue& value : std::as_const(refunds)) {
        const QJsonObject refund = value.toObject();
        ConfirmedRefund r;
        r.provider = QStringLiteral("stripe");
        r.refundId = refund.value(QStringLiteral("id")).toString();
        r.paymentId = StripeEvent::idOf(refund, QStringLiteral("payment_intent"));
        if (r.paymentId.isEmpty())
            r.paymentId = paymentIntent;
        r.reason = refund.value(QStringLiteral("reason")).toString();
        r.notificationId = notificationId;
        const QString status = refund.value(QStringLiteral("status")).toString();
        const auto amount = StripeEvent::amountOf(refund, QStringLiteral("amount"));
        const QString refundCurrency = refund.value(QStringLiteral("currency")).toString(currency);
        if (!r.refundId.startsWith(QLatin1String("re_")) || r.paymentId.isEmpty() || !amount
            || *amount == 0) {
            outcomes << tr("a refund without an id, payment or amount: not booked");
            kind = StripeEventResult::Kind::Flagged;
            continue;
        }
        if (status != QLatin1String("succeeded")) {
            outcomes << tr("refund %1 is %2: booked when it succeeds").arg(r.refundId, status);
            continue;
        }
        if (!currencyProblem(refundCurrency, *amount).isEmpty()) {
            outcomes
                << tr("refund %1 not booked: %2").arg(r.refundId, currencyProblem(refundCurrency, *amount));
            kind = StripeEventResult::Kind::Flagged;
            continue;
        }
        r.amount = Money::fromCents(*amount);
        auto outcome = PaymentBooking(m_ledger).bookRefund(r);
        if (!outcome) {
            // Not booked yet (events may arrive out of order) or the database failed: try again later.
            return {StripeEventResult::Kind::RetryLater, outcome.error().message, booked};
        }
        if (!outcome->transactionId && !outcome->duplicate)
            kind = StripeEventResult::Kind::Flagged; // it would refund more than was paid
        if (outcome->transactionId && !outcome->duplicate)
            booked = true;
        outcomes << outcome->outcome;
    }
    return {kind, outcomes.join(QStringLiteral("; ")), booked};
}

} // namespace imali
