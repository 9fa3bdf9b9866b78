// SPDX-License-Identifier: GPL-3.0-or-later
#include "Checkouts.h"

#include "BusinessSettings.h"
#include "Clock.h"
#include "Customers.h"
#include "Invoices.h"
#include "Ledger.h"
#include "crypto/Crypto.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QRegularExpression>

namespace imali {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("Checkouts", text);
}

const QString SelectCheckout = QStringLiteral("SELECT id, invoice_id, provider, m_payment_id, link_token, amount, tokenize, "
                                              "status, created_at, expires_at, customer_id, payment_method_id, "
                                              "COALESCE(provider_session_id, '') FROM checkouts");

/// Lines' descriptions joined, cut at a word to fit PayFast's 255 characters.
QString describe(const Invoice& invoice, const QString& tradingName)
{
    QStringList parts;
    for (const InvoiceLine& line : invoice.lines)
        parts << line.description;
    QString text = (tradingName.isEmpty() ? QString() : tradingName + QStringLiteral(": ")) + parts.join(QStringLiteral(", "));
    if (text.size() > 255) {
        text = text.left(252);
        const qsizetype cut = text.lastIndexOf(QLatin1Char(' '));
        text = (cut > 200 ? text.left(cut) : text) + QStringLiteral("...");
    }
    return text;
}
} // namespace

Checkouts::Checkouts(Ledger& ledger, const PaymentProvider& provider)
    : m_ledger(ledger)
    , m_provider(provider)
{
}

Result<CreatedCheckout> Checkouts::createForInvoice(const QString& reference, bool tokenize)
{
    Invoices invoices(m_ledger);
    auto id = invoices.resolve(reference);
    if (!id)
        return id.error();
    CreatedCheckout created;
    CheckoutRequest hostedRequest;
    Status s = m_ledger.write([&]() -> Status {
        auto invoice = invoices.lockForUpdate(*id);
        if (!invoice)
            return invoice.error();
        if (invoice->status != InvoiceStatus::Open)
            return Error::conflict(tr("invoice %1 is %2; only an open invoice can be paid")
                                       .arg(invoice->reference(), toString(invoice->status)));
        auto full = invoices.get(*id);
        if (!full)
            return full.error();
        // Unique per attempt; readable in PayFast's dashboard next to the invoice number.
        auto request = requestFor(*full, full->number + QLatin1Char('-') + QString::fromLatin1(randomBytes(5).toHex()),
                                  tokenize);
        if (!request)
            return request.error();
        hostedRequest = *request;
        CheckoutForm form;
        if (m_provider.hostsCheckout()) {
            if (Status e = m_provider.checkHosted(*request); !e)
                return e;
        } else {
            auto signedForm = m_provider.checkout(*request);
            if (!signedForm)
                return signedForm.error();
            form = *signedForm;
        }

        const QDateTime now = Clock::nowUtc();
        Checkout c;
        c.invoiceId = *id;
        c.provider = m_provider.name();
        c.mPaymentId = request->mPaymentId;
        c.linkToken = QString::fromLatin1(randomBytes(16).toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
        c.amount = request->amount;
        c.tokenize = tokenize;
        c.status = QStringLiteral("pending");
        c.createdAt = Clock::toStorage(now);
        c.expiresAt = Clock::toStorage(now.addDays(ExpiryDays));
        Sql insert(m_ledger.db(), QStringLiteral(
            "INSERT INTO checkouts (invoice_id, provider, m_payment_id, link_token, amount, tokenize, environment, status, "
            "created_at, expires_at, updated_at) VALUES (:inv, :provider, :mpid, :token, :amount, :tokenize, :env, "
            "'pending', :now, :expires, :now)") + m_ledger.db().returningId());
        insert.bind(QStringLiteral(":inv"), *id)
            .bind(QStringLiteral(":provider"), c.provider)
            .bind(QStringLiteral(":mpid"), c.mPaymentId)
            .bind(QStringLiteral(":token"), c.linkToken)
            .bind(QStringLiteral(":amount"), c.amount.cents())
            .bind(QStringLiteral(":tokenize"), tokenize ? 1 : 0)
            .bind(QStringLiteral(":env"), toString(m_ledger.environment()))
            .bind(QStringLiteral(":now"), c.createdAt)
            .bind(QStringLiteral(":expires"), c.expiresAt);
        if (Status e = insert.exec(); !e)
            return e;
        c.id = insert.insertedId();
        created = {c, form, std::nullopt};
        // The link token is a bearer secret for the payment page: it stays out of the audit log.
        return m_ledger.record({QStringLiteral("checkout.created"), QStringLiteral("invoice"), QString::number(*id), {},
                                QJsonObject{{QStringLiteral("checkout_id"), QString::number(c.id)},
                                            {QStringLiteral("provider"), c.provider},
                                            {QStringLiteral("m_payment_id"), c.mPaymentId},
                                            {QStringLiteral("amount"), c.amount.toString()},
                                            {QStringLiteral("tokenize"), tokenize}},
                                std::nullopt, {}});
    });
    if (!s)
        return s.error();
    if (!m_provider.hostsCheckout())
        return created;
    hostedRequest.checkoutId = created.checkout.id;
    hostedRequest.linkToken = created.checkout.linkToken;
    auto hosted = m_provider.createHosted(hostedRequest);
    if (Status kept = keepHostedOutcome(created.checkout, hosted); !kept)
        return kept.error();
    if (!hosted)
        return hosted.error();
    created.checkout.providerSessionId = hosted->sessionId;
    created.hosted = *hosted;
    return created;
}

Status Checkouts::keepHostedOutcome(const Checkout& checkout, const Result<HostedCheckout>& hosted)
{
    // The provider's answer is stored either way: its session, or the checkout failed (nobody can pay it).
    return m_ledger.write([&]() -> Status {
        const QString now = Clock::toStorage(Clock::nowUtc());
        Sql update(m_ledger.db(), hosted ? QStringLiteral("UPDATE checkouts SET provider_session_id = :s, updated_at = :now WHERE id = :id")
                                         : QStringLiteral("UPDATE checkouts SET status = 'failed', updated_at = :now WHERE id = :id "
                                                          "AND status = 'pending'"));
        if (hosted)
            update.bind(QStringLiteral(":s"), hosted->sessionId);
        update.bind(QStringLiteral(":now"), now).bind(QStringLiteral(":id"), checkout.id);
        if (Status e = update.exec(); !e)
            return e;
        QJsonObject after{{QStringLiteral("checkout_id"), QString::number(checkout.id)},
                          {QStringLiteral("provider"), checkout.provider}};
        if (hosted)
            after.insert(QStringLiteral("session_id"), hosted->sessionId);
        else
            after.insert(QStringLiteral("error"), hosted.error().message);
        return m_ledger.record({hosted ? QStringLiteral("checkout.session_created") : QStringLiteral("checkout.failed"),
                                QStringLiteral("invoice"), QString::number(checkout.invoiceId.value_or(0)), {}, after,
                                std::nullopt, {}});
    });
}

Result<CheckoutRequest> Checkouts::requestFor(const Invoice& invoice, const QString& mPaymentId, bool tokenize)
{
    auto tradingName = BusinessSettings(m_ledger).value(QStringLiteral("trading_name"));
    if (!tradingName)
        return tradingName.error();
    auto customer = Customers(m_ledger).get(invoice.customerId);
    if (!customer)
        return customer.error();
    CheckoutRequest request;
    request.invoice = invoice;
    request.customer = *customer;
    request.amount = invoice.balance();
    request.tokenize = tokenize;
    request.mPaymentId = mPaymentId;
    request.itemName = tr("Invoice %1").arg(invoice.number);
    request.itemDescription = describe(invoice, *tradingName);
    return request;
}

Result<CheckoutRequest> Checkouts::cardRequestFor(qint64 customerId, const QString& mPaymentId)
{
    auto tradingName = BusinessSettings(m_ledger).value(QStringLiteral("trading_name"));
    if (!tradingName)
        return tradingName.error();
    auto customer = Customers(m_ledger).get(customerId);
    if (!customer)
        return customer.error();
    CheckoutRequest request;
    request.customer = *customer;
    request.amount = Money();
    request.tokenize = true;
    request.mPaymentId = mPaymentId;
    request.itemName = tr("Save a card");
    request.itemDescription = tradingName->isEmpty() ? tr("Card kept by PayFast for later payments")
                                                      : tr("Card kept by PayFast for later payments to %1").arg(*tradingName);
    return request;
}

Result<CreatedCheckout> Checkouts::createForCard(qint64 customerId)
{
    CreatedCheckout created;
    Status s = m_ledger.write([&]() -> Status {
        auto customer = Customers(m_ledger).get(customerId);
        if (!customer)
            return customer.error();
        if (customer->isArchived() || customer->isAnonymised())
            return Error::conflict(tr("customer %1 is archived; cards are saved for current customers only").arg(customerId));
        auto request = cardRequestFor(customerId, QStringLiteral("CARD-%1-%2").arg(customerId).arg(QString::fromLatin1(randomBytes(5).toHex())));
        if (!request)
            return request.error();
        auto form = m_provider.checkout(*request);
        if (!form)
            return form.error();
        const QDateTime now = Clock::nowUtc();
        Checkout c;
        c.customerId = customerId;
        c.provider = m_provider.name();
        c.mPaymentId = request->mPaymentId;
        c.linkToken = QString::fromLatin1(randomBytes(16).toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
        c.tokenize = true;
        c.status = QStringLiteral("pending");
        c.createdAt = Clock::toStorage(now);
        c.expiresAt = Clock::toStorage(now.addDays(ExpiryDays));
        Sql insert(m_ledger.db(), QStringLiteral(
            "INSERT INTO checkouts (customer_id, provider, m_payment_id, link_token, amount, tokenize, environment, status, "
            "created_at, expires_at, updated_at) VALUES (:customer, :provider, :mpid, :token, 0, 1, :env, 'pending', :now, "
            ":expires, :now)") + m_ledger.db().returningId());
        insert.bind(QStringLiteral(":customer"), customerId)
            .bind(QStringLiteral(":provider"), c.provider)
            .bind(QStringLiteral(":mpid"), c.mPaymentId)
            .bind(QStringLiteral(":token"), c.linkToken)
            .bind(QStringLiteral(":env"), toString(m_ledger.environment()))
            .bind(QStringLiteral(":now"), c.createdAt)
            .bind(QStringLiteral(":expires"), c.expiresAt);
        if (Status e = insert.exec(); !e)
            return e;
        c.id = insert.insertedId();
        created = {c, *form, std::nullopt};
        return m_ledger.record({QStringLiteral("checkout.card_created"), QStringLiteral("customer"), QString::number(customerId),
                                {}, QJsonObject{{QStringLiteral("checkout_id"), QString::number(c.id)},
                                                {QStringLiteral("m_payment_id"), c.mPaymentId}},
                                std::nullopt, {}});
    });
    if (!s)
        return s.error();
    return created;
}

Result<OpenedLink> Checkouts::openLink(const QString& token)
{
    OpenedLink link;
    static const QRegularExpression shape(QStringLiteral("^[A-Za-z0-9_-]{22}$"));
    if (!shape.match(token).hasMatch())
        return link; // not one of ours: no need to ask the database
    auto checkout = byToken(token);
    if (!checkout) {
        if (checkout.error().kind == ErrorKind::NotFound)
            return link;
        return checkout.error();
    }
    link.checkout = *checkout;
    if (checkout->status == QLatin1String("paid"))
        link.state = LinkState::Paid;
    else if (checkout->status == QLatin1String("expired") || Clock::fromStorage(checkout->expiresAt) < Clock::nowUtc())
        link.state = LinkState::Expired;
    else if (checkout->status != QLatin1String("pending") || checkout->paymentMethodId
             || (!checkout->invoiceId && !(checkout->tokenize && checkout->customerId)))
        link.state = LinkState::Closed;
    if (link.state != LinkState::Unknown)
        return link;
    if (!checkout->invoiceId) {
        // A card-saving checkout: R 0.00, signed now with the current settings.
        auto request = cardRequestFor(*checkout->customerId, checkout->mPaymentId);
        if (!request)
            return request.error();
        auto form = m_provider.checkout(*request);
        if (!form)
            return form.error();
        link.form = *form;
        link.state = LinkState::Payable;
        return link;
    }
    auto invoice = Invoices(m_ledger).get(*checkout->invoiceId);
    if (!invoice)
        return invoice.error();
    link.invoiceNumber = invoice->number;
    if (invoice->status != InvoiceStatus::Open) {
        link.state = invoice->status == InvoiceStatus::Void ? LinkState::Closed : LinkState::Paid;
        return link;
    }
    if (checkout->provider != m_provider.name()) {
        // Never sign this provider's form for another provider's checkout; its page is the provider's own.
        link.state = LinkState::Hosted;
        return link;
    }
    auto request = requestFor(*invoice, checkout->mPaymentId, checkout->tokenize);
    if (!request)
        return request.error();
    if (request->amount != checkout->amount) {
        // A manual payment changed the balance since the link was made: ask for what is owed now.
        Status s = m_ledger.write([&]() -> Status {
            Sql update(m_ledger.db(), QStringLiteral("UPDATE checkouts SET amount = :a, updated_at = :now WHERE id = :id "
                                                     "AND status = 'pending'"));
            update.bind(QStringLiteral(":a"), request->amount.cents())
                .bind(QStringLiteral(":now"), Clock::toStorage(Clock::nowUtc()))
                .bind(QStringLiteral(":id"), checkout->id);
            if (Status e = update.exec(); !e)
                return e;
            return m_ledger.record({QStringLiteral("checkout.amount_updated"), QStringLiteral("invoice"),
                                    QString::number(invoice->id),
                                    QJsonObject{{QStringLiteral("amount"), checkout->amount.toString()}},
                                    QJsonObject{{QStringLiteral("checkout_id"), QString::number(checkout->id)},
                                                {QStringLiteral("amount"), request->amount.toString()}},
                                    std::nullopt, {}});
        });
        if (!s)
            return s.error();
        link.checkout.amount = request->amount;
    }
    auto form = m_provider.checkout(*request);
    if (!form)
        return form.error();
    link.form = *form;
    link.state = LinkState::Payable;
    return link;
}

Result<Checkout> Checkouts::find(const QString& column, const QString& value)
{
    Sql q(m_ledger.db(), SelectCheckout + QStringLiteral(" WHERE %1 = :v").arg(column));
    q.bind(QStringLiteral(":v"), value);
    if (Status s = q.exec(); !s)
        return s.error();
    if (!q.next())
        return Error::notFound(tr("there is no such checkout"));
    Checkout c;
    c.id = q.int64(0);
    if (!q.value(1).isNull())
        c.invoiceId = q.int64(1);
    c.provider = q.text(2);
    c.mPaymentId = q.text(3);
    c.linkToken = q.text(4);
    c.amount = Money::fromCents(q.int64(5));
    c.tokenize = q.int64(6) != 0;
    c.status = q.text(7);
    c.createdAt = q.text(8);
    c.expiresAt = q.text(9);
    if (!q.value(10).isNull())
        c.customerId = q.int64(10);
    if (!q.value(11).isNull())
        c.paymentMethodId = q.int64(11);
    c.providerSessionId = q.text(12);
    return c;
}

Result<std::optional<Checkout>> Checkouts::openForInvoice(qint64 invoiceId, int minDaysLeft)
{
    // Stored timestamps are canonical UTC text, so they compare as text on both engines.
    Sql q(m_ledger.db(), SelectCheckout + QStringLiteral(" WHERE invoice_id = :inv AND status = 'pending' AND tokenize = 0 "
                                                         "AND provider = :provider AND expires_at >= :until "
                                                         "ORDER BY created_at DESC, id DESC"));
    q.bind(QStringLiteral(":inv"), invoiceId)
        .bind(QStringLiteral(":provider"), m_provider.name())
        .bind(QStringLiteral(":until"), Clock::toStorage(Clock::nowUtc().addDays(minDaysLeft)));
    if (Status s = q.exec(); !s)
        return s.error();
    if (!q.next())
        return std::optional<Checkout>();
    auto found = find(QStringLiteral("id"), QString::number(q.int64(0)));
    if (!found)
        return found.error();
    return std::optional<Checkout>(*found);
}

Result<Checkout> Checkouts::byToken(const QString& token)
{
    return find(QStringLiteral("link_token"), token);
}

Result<Checkout> Checkouts::byPaymentId(const QString& mPaymentId)
{
    return find(QStringLiteral("m_payment_id"), mPaymentId);
}

} // namespace imali
