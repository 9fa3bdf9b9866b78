// SPDX-License-Identifier: GPL-3.0-or-later
#include "SavedCards.h"

#include "Clock.h"
#include "Invoices.h"
#include "Ledger.h"
#include "PayFastApiClient.h"
#include "PayFastProvider.h"
#include "crypto/Crypto.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QPointer>

namespace imali
{

namespace
{
const QString SelectCard = QStringLiteral(
    "SELECT pm.id, pm.customer_id, c.name, pm.provider, pm.last4, pm.label, pm.is_default, pm.status, "
    "pm.created_at, "
    "COALESCE(pm.removed_at, '') FROM payment_methods pm JOIN customers c ON c.id = pm.customer_id");

SavedCard cardFromRow(const Sql& q)
{
    SavedCard card;
    card.id = q.int64(0);
    card.customerId = q.int64(1);
    card.customerName = q.text(2);
    card.provider = q.text(3);
    card.last4 = q.text(4);
    card.label = q.text(5);
    card.isDefault = q.int64(6) != 0;
    card.status = q.text(7);
    card.createdAt = q.text(8);
    card.removedAt = q.text(9);
    return card;
}

/// The ad hoc endpoint says yes with data.response true (sandbox) or "true" (production).
bool adhocAccepted(const PayFastApiReply& reply)
{
    if (!reply.succeeded())
        return false;
    const QJsonValue r = reply.response();
    return r.isBool() ? r.toBool() : r.toString().compare(QLatin1String("true"), Qt::CaseInsensitive) == 0;
}
} // namespace

SavedCards::SavedCards(Ledger& ledger, PayFastApiClient& api, QObject* parent)
    : QObject(parent), m_ledger(ledger), m_api(api)
{
}

Result<QList<SavedCard>> SavedCards::list(std::optional<qint64> customerId)
{
    Sql q(m_ledger.db(),
          SelectCard + QStringLiteral(" WHERE pm.status = 'active'")
              + (customerId ? QStringLiteral(" AND pm.customer_id = :c") : QString())
              + QStringLiteral(" ORDER BY pm.created_at DESC, pm.id DESC"));
    if (customerId)
        q.bind(QStringLiteral(":c"), *customerId);
    if (Status s = q.exec(); !s)
        return s.error();
    QList<SavedCard> cards;
    while (q.next())
        cards.append(cardFromRow(q));
    return cards;
}

Result<SavedCard> SavedCards::get(qint64 id)
{
    Sql q(m_ledger.db(), SelectCard + QStringLiteral(" WHERE pm.id = :id"));
    q.bind(QStringLiteral(":id"), id);
    if (Status s = q.exec(); !s)
        return s.error();
    if (!q.next())
        return Error::notFound(tr("there is no saved payment method %1").arg(id));
    return cardFromRow(q);
}

Result<CreatedCheckout> SavedCards::addCheckout(qint64 customerId)
{
    const PayFastProvider provider(m_api.settings());
    return Checkouts(m_ledger, provider).createForCard(customerId);
}

Result<SavedCard> SavedCards::setLabel(qint64 id, const QString& label)
{
    const QString text = label.trimmed();
    if (text.isEmpty() || text.size() > 60)
        return Error::validation(tr("a label is 1 to 60 characters"));
    auto card = get(id);
    if (!card)
        return card.error();
    if (card->status != QLatin1String("active"))
        return Error::conflict(tr("payment method %1 was removed").arg(id));
    Status s = m_ledger.write([&]() -> Status {
        Sql update(m_ledger.db(), QStringLiteral("UPDATE payment_methods SET label = :l WHERE id = :id"));
        update.bind(QStringLiteral(":l"), text).bind(QStringLiteral(":id"), id);
        if (Status e = update.exec(); !e)
            return e;
        return m_ledger.record({QStringLiteral("payment_method.labelled"),
                                QStringLiteral("payment_method"),
                                QString::number(id),
                                QJsonObject {{QStringLiteral("label"), card->label}},
                                QJsonObject {{QStringLiteral("label"), text}},
                                std::nullopt,
                                {}});
    });
    if (!s)
        return s.error();
    emit cardsChanged(card->customerId);
    return get(id);
}

Result<SavedCard> SavedCards::makeDefault(qint64 id)
{
    auto card = get(id);
    if (!card)
        return card.error();
    if (card->status != QLatin1String("active"))
        return Error::conflict(tr("payment method %1 was removed").arg(id));
    Status s = m_ledger.write([&]() -> Status {
        Sql others(
            m_ledger.db(),
            QStringLiteral("UPDATE payment_methods SET is_default = 0 WHERE customer_id = :c AND id <> :id"));
        others.bind(QStringLiteral(":c"), card->customerId).bind(QStringLiteral(":id"), id);
        if (Status e = others.exec(); !e)
            return e;
        Sql update(m_ledger.db(), QStringLiteral("UPDATE payment_methods SET is_default = 1 WHERE id = :id"));
        update.bind(QStringLiteral(":id"), id);
        if (Status e = update.exec(); !e)
            return e;
        return m_ledger.record({QStringLiteral("payment_method.default"),
                                QStringLiteral("customer"),
                                QString::number(card->customerId),
                                {},
                                QJsonObject {{QStringLiteral("payment_method_id"), QString::number(id)}},
                                std::nullopt,
                                {}});
    });
    if (!s)
        return s.error();
    emit cardsChanged(card->customerId);
    return get(id);
}

Result<QString> SavedCards::token(qint64 id)
{
    Sql q(m_ledger.db(), QStringLiteral("SELECT sealed_token FROM payment_methods WHERE id = :id"));
    q.bind(QStringLiteral(":id"), id);
    if (Status s = q.exec(); !s)
        return s.error();
    if (!q.next() || q.value(0).isNull())
        return Error::notFound(tr("payment method %1 has no token to use").arg(id));
    auto plain = m_ledger.openWithLedgerKey(q.value(0).toByteArray(),
                                            QByteArrayLiteral("payment-method:") + QByteArray::number(id));
    if (!plain)
        return plain.error();
    return QString::fromUtf8(*plain);
}

void SavedCards::remove(qint64 id, std::function<void(Result<SavedCard>)> done)
{
    auto card = get(id);
    if (!card)
        return done(card.error());
    if (card->status != QLatin1String("active"))
        return done(Error::conflict(tr("payment method %1 was already removed").arg(id)));
    auto secret = token(id);
    if (!secret)
        return done(secret.error());
    PayFastApiCall call;
    call.verb = QByteArrayLiteral("PUT");
    call.path = QStringLiteral("/subscriptions/%1/cancel").arg(*secret);
    call.secretInPath = *secret;
    QPointer<SavedCards> self(this);
    const SavedCard before = *card;
    m_api.send(call, [self, before, done = std::move(done)](const PayFastApiReply& reply) {
        if (!self)
            return;
        if (!reply.succeeded())
            return done(PayFastApiClient::errorFor(reply, tr("removing the card")));
        Status s = self->m_ledger.write([&]() -> Status {
            Sql update(self->m_ledger.db(),
                       QStringLiteral("UPDATE payment_methods SET status = 'removed', is_default = 0, "
                                      "removed_at = :now WHERE id = :id AND status = 'active'"));
            update.bind(QStringLiteral(":now"), Clock::toStorage(Clock::nowUtc()))
                .bind(QStringLiteral(":id"), before.id);
            if (Status e = update.exec(); !e)
                return e;
            return self->m_ledger.record(
                {QStringLiteral("payment_method.removed"),
                 QStringLiteral("customer"),
                 QString::number(before.customerId),
                 {},
                 QJsonObject {{QStringLiteral("payment_method_id"), QString::number(before.id)},
                              {QStringLiteral("last4"), before.last4},
                              {QStringLiteral("cancelled_at_payfast"), true}},
                 std::nullopt,
                 {}});
        });
        if (!s)
            return done(s.error());
        emit self->cardsChanged(before.customerId);
        done(self->get(before.id));
    });
}

Result<Checkout> SavedCards::reserveCharge(const SavedCard& card, const QString& reference)
{
    Invoices invoices(m_ledger);
    auto invoiceId = invoices.resolve(reference);
    if (!invoiceId)
        return invoiceId.error();
    Checkout c;
    Status s = m_ledger.write([&]() -> Status {
        auto invoice = invoices.lockForUpdate(*invoiceId);
        if (!invoice)
            return invoice.error();
        if (invoice->status != InvoiceStatus::Open)
            return Error::conflict(tr("invoice %1 is %2; only an open invoice can be charged")
                                       .arg(invoice->reference(), toString(invoice->status)));
        if (invoice->customerId != card.customerId)
            return Error::conflict(tr("payment method %1 belongs to another customer than invoice %2")
                                       .arg(card.id)
                                       .arg(invoice->reference()));
        const Money balance = invoice->balance();
        if (balance <= Money())
            return Error::conflict(tr("invoice %1 owes nothing").arg(invoice->reference()));
        if (m_ledger.environment() == Environment::Live
            && balance.cents() < PayFastProvider::LiveMinimumCents)
            return Error::validation(
                tr("PayFast takes live payments of R 5.00 or more; this one is %1").arg(balance.toString()));
        const QDateTime now = Clock::nowUtc();
        // A charge that never heard back stops blocking the invoice after a while; its late ITN still books
        // it.
        Sql expire(m_ledger.db(),
                   QStringLiteral(
                       "UPDATE checkouts SET status = 'expired', updated_at = :now WHERE invoice_id = :inv "
                       "AND payment_method_id IS NOT NULL AND status = 'pending' AND expires_at < :now"));
        expire.bind(QStringLiteral(":now"), Clock::toStorage(now)).bind(QStringLiteral(":inv"), invoice->id);
        if (Status e = expire.exec(); !e)
            return e;
        Sql inFlight(m_ledger.db(),
                     QStringLiteral("SELECT m_payment_id FROM checkouts WHERE invoice_id = :inv "
                                    "AND payment_method_id IS NOT NULL AND status = 'pending'"));
        inFlight.bind(QStringLiteral(":inv"), invoice->id);
        if (Status e = inFlight.exec(); !e)
            return e;
        if (inFlight.next())
            return Error::conflict(
                tr("a card charge for invoice %1 is already in flight (%2); wait for PayFast's answer")
                    .arg(invoice->reference(), inFlight.text(0)));
        c.invoiceId = invoice->id;
        c.customerId = card.customerId;
        c.paymentMethodId = card.id;
        c.provider = QStringLiteral("payfast");
        c.mPaymentId = invoice->number + QStringLiteral("-C") + QString::fromLatin1(randomBytes(5).toHex());
        c.linkToken = QString::fromLatin1(
            randomBytes(16).toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
        c.amount = balance;
        c.status = QStringLiteral("pending");
        c.createdAt = Clock::toStorage(now);
        c.expiresAt = Clock::toStorage(now.addSecs(ChargeInFlightMinutes * 60));
        Sql insert(m_ledger.db(),
                   QStringLiteral("INSERT INTO checkouts (invoice_id, customer_id, payment_method_id, "
                                  "provider, m_payment_id, link_token, amount, "
                                  "tokenize, environment, status, created_at, expires_at, updated_at) VALUES "
                                  "(:inv, :c, :pm, 'payfast', :mpid, "
                                  ":token, :amount, 0, :env, 'pending', :now, :expires, :now)")
                       + m_ledger.db().returningId());
        insert.bind(QStringLiteral(":inv"), invoice->id)
            .bind(QStringLiteral(":c"), card.customerId)
            .bind(QStringLiteral(":pm"), card.id)
            .bind(QStringLiteral(":mpid"), c.mPaymentId)
            .bind(QStringLiteral(":token"), c.linkToken)
            .bind(QStringLiteral(":amount"), balance.cents())
            .bind(QStringLiteral(":env"), toString(m_ledger.environment()))
            .bind(QStringLiteral(":now"), c.createdAt)
            .bind(QStringLiteral(":expires"), c.expiresAt);
        if (Status e = insert.exec(); !e) {
            if (m_ledger.db().isUniqueViolation(insert.lastError()))
                return Error::conflict(
                    tr("a card charge for invoice %1 is already in flight").arg(invoice->reference()));
            return e;
        }
        c.id = insert.insertedId();
        return m_ledger.record({QStringLiteral("payment_method.charge_started"),
                                QStringLiteral("invoice"),
                                QString::number(invoice->id),
                                {},
                                QJsonObject {{QStringLiteral("payment_method_id"), QString::number(card.id)},
                                             {QStringLiteral("checkout_id"), QString::number(c.id)},
                                             {QStringLiteral("m_payment_id"), c.mPaymentId},
                                             {QStringLiteral("amount"), balance.toString()}},
                                std::nullopt,
                                {}});
    });
    if (!s)
        return s.error();
    return c;
}

Status SavedCards::finishCharge(qint64 checkoutId, const QString& status, const QString& pfPaymentId,
                                const QString& detail)
{
    return m_ledger.write([&]() -> Status {
        // The ITN may have booked the charge already (checkout paid): only a still-pending charge changes.
        Sql update(
            m_ledger.db(),
            QStringLiteral("UPDATE checkouts SET status = :s, provider_session_id = :pf, updated_at = :now "
                           "WHERE id = :id AND status = 'pending'"));
        update.bind(QStringLiteral(":s"), status)
            .bind(QStringLiteral(":pf"), pfPaymentId.isEmpty() ? QVariant() : QVariant(pfPaymentId))
            .bind(QStringLiteral(":now"), Clock::toStorage(Clock::nowUtc()))
            .bind(QStringLiteral(":id"), checkoutId);
        if (Status e = update.exec(); !e)
            return e;
        return m_ledger.record(
            {status == QLatin1String("failed") ? QStringLiteral("payment_method.charge_declined")
                                               : QStringLiteral("payment_method.charge_accepted"),
             QStringLiteral("checkout"),
             QString::number(checkoutId),
             {},
             QJsonObject {{QStringLiteral("pf_payment_id"), pfPaymentId}, {QStringLiteral("detail"), detail}},
             std::nullopt,
             {}});
    });
}

void SavedCards::charge(qint64 id, const QString& invoice, std::function<void(Result<CardCharge>)> done)
{
    auto card = get(id);
    if (!card)
        return done(card.error());
    if (card->status != QLatin1String("active"))
        return done(Error::conflict(tr("payment method %1 was removed").arg(id)));
    auto secret = token(id);
    if (!secret)
        return done(secret.error());
    auto checkout = reserveCharge(*card, invoice);
    if (!checkout)
        return done(checkout.error());
    auto inv = Invoices(m_ledger).get(*checkout->invoiceId);
    PayFastApiCall call;
    call.verb = QByteArrayLiteral("POST");
    call.path = QStringLiteral("/subscriptions/%1/adhoc").arg(*secret);
    call.secretInPath = *secret;
    call.movesMoney = true;
    call.body = {{QStringLiteral("amount"), QString::number(checkout->amount.cents())}, // cents, no decimals
                 {QStringLiteral("item_name"), tr("Invoice %1").arg(inv ? inv->number : QString())},
                 {QStringLiteral("m_payment_id"), checkout->mPaymentId}};
    QPointer<SavedCards> self(this);
    m_api.send(call, [self, checkout = *checkout, done = std::move(done)](const PayFastApiReply& reply) {
        if (!self)
            return;
        CardCharge result {checkout, {}, reply.payFastMessage()};
        const QJsonValue pf =
            reply.json.value(QStringLiteral("data")).toObject().value(QStringLiteral("pf_payment_id"));
        result.pfPaymentId = pf.isDouble() ? QString::number(pf.toInteger()) : pf.toString();
        if (adhocAccepted(reply)) {
            if (Status s = self->finishCharge(checkout.id, QStringLiteral("pending"), result.pfPaymentId,
                                              result.payFastMessage);
                !s)
                return done(s.error());
            return done(result);
        }
        const Error error = PayFastApiClient::errorFor(reply, tr("charging the card"));
        if (reply.delivery == PayFastDelivery::Unknown)
            return done(Error::runtime(
                tr("%1. The charge stays in flight: PayFast's ITN, or a reconciliation, books it "
                   "if it went through")
                    .arg(error.message)));
        if (Status s =
                self->finishCharge(checkout.id, QStringLiteral("failed"), result.pfPaymentId, error.message);
            !s)
            return done(s.error());
        done(error);
    });
}

} // namespace imali
