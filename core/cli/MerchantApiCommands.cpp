// SPDX-License-Identifier: GPL-3.0-or-later
// imalictl refund (through PayFast), payment-method and reconcile: PayFast's merchant API.
#include "CliContext.h"

#include "Clock.h"
#include "Payments.h"
#include "payfast/PayFastApiClient.h"
#include "payfast/PayFastRefunds.h"
#include "payfast/PayFastSettings.h"
#include "payfast/Reconciliation.h"
#include "payfast/SavedCards.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonObject>

#include <memory>
#include <optional>

namespace imali
{

namespace
{
QString tr(const char* text)
{
    return QCoreApplication::translate("imalictl", text);
}

/// Runs an asynchronous core call to its end: the command line has no other work to do meanwhile.
template<typename T>
Result<T> await(const std::function<void(std::function<void(Result<T>)>)>& start)
{
    std::optional<Result<T>> out;
    QEventLoop loop;
    start([&out, &loop](Result<T> r) {
        out.emplace(std::move(r));
        loop.quit();
    });
    if (!out)
        loop.exec();
    return std::move(*out);
}

Result<std::unique_ptr<PayFastApiClient>> apiClient(CliContext& ctx, Ledger& ledger)
{
    auto settings = PayFastSettings::resolve(ctx.config(), ledger);
    if (!settings)
        return settings.error();
    if (!settings->enabled)
        return Error::validation(tr("PayFast is switched off (ENABLE_PAYFAST=false)"));
    return std::make_unique<PayFastApiClient>(*settings);
}

QJsonObject cardJson(const SavedCard& c)
{
    return {{QStringLiteral("id"), c.id},
            {QStringLiteral("customer_id"), c.customerId},
            {QStringLiteral("customer"), c.customerName},
            {QStringLiteral("provider"), c.provider},
            {QStringLiteral("last4"), c.last4},
            {QStringLiteral("label"), c.label},
            {QStringLiteral("default"), c.isDefault},
            {QStringLiteral("status"), c.status},
            {QStringLiteral("created_at"), c.createdAt}};
}

Result<qint64> parseNumber(const QString& text, const QString& what)
{
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    if (!ok || id <= 0)
        return Error::validation(tr("%1 must be a positive number, not \"%2\"").arg(what, text));
    return id;
}

QJsonObject entryJson(const PayFastHistoryEntry& e)
{
    return {{QStringLiteral("date"), e.date.toString(Qt::ISODate)},
            {QStringLiteral("pf_payment_id"), e.pfPaymentId},
            {QStringLiteral("m_payment_id"), e.mPaymentId},
            {QStringLiteral("gross"), e.gross.toString()},
            {QStringLiteral("fee"), e.fee.toString()},
            {QStringLiteral("net"), e.net.toString()}};
}
} // namespace

int runPayFastRefund(CliContext& ctx, qint64 transactionId)
{
    auto ledger = ctx.ledger();
    if (!ledger)
        return ctx.fail(ledger.error());
    auto api = apiClient(ctx, **ledger);
    if (!api)
        return ctx.fail(api.error());
    const CliArguments& a = ctx.args();
    PayFastRefundRequest request;
    request.transactionId = transactionId;
    request.amount = a.option(QStringLiteral("amount"));
    request.reason = a.option(QStringLiteral("reason"));
    const QString notify = a.has(QStringLiteral("notify-buyer")) ? a.option(QStringLiteral("notify-buyer"))
                                                                 : QStringLiteral("yes");
    if (notify != QLatin1String("yes") && notify != QLatin1String("no"))
        return ctx.usage(tr("--notify-buyer must be yes or no"));
    request.notifyBuyer = notify == QLatin1String("yes");
    const QStringList bankOptions {QStringLiteral("bank-holder"), QStringLiteral("bank-name"),
                                   QStringLiteral("bank-branch"), QStringLiteral("bank-account"),
                                   QStringLiteral("bank-type")};
    if (std::any_of(bankOptions.cbegin(), bankOptions.cend(), [&a](const QString& o) { return a.has(o); }))
        request.bank = RefundBankDetails {
            a.option(QStringLiteral("bank-holder")), a.option(QStringLiteral("bank-name")),
            a.option(QStringLiteral("bank-branch")), a.option(QStringLiteral("bank-account")),
            a.option(QStringLiteral("bank-type"))};
    PayFastRefunds refunds(**ledger, **api);
    auto outcome = await<RefundOutcome>([&](auto done) { refunds.create(request, std::move(done)); });
    if (!outcome)
        return ctx.fail(outcome.error());
    if (ctx.json()) {
        QJsonObject o {{QStringLiteral("id"), outcome->refund.id},
                       {QStringLiteral("kind"), outcome->refund.kind},
                       {QStringLiteral("provider"), outcome->refund.provider},
                       {QStringLiteral("status"), outcome->refund.status},
                       {QStringLiteral("refund_of"), transactionId},
                       {QStringLiteral("gross"), outcome->refund.gross.toString()},
                       {QStringLiteral("reason"), outcome->refund.reason},
                       {QStringLiteral("payfast_said"), outcome->refund.reference}};
        if (outcome->creditNote)
            o.insert(QStringLiteral("credit_note"),
                     QJsonObject {{QStringLiteral("number"), outcome->creditNote->number},
                                  {QStringLiteral("subtotal"), outcome->creditNote->subtotal.toString()},
                                  {QStringLiteral("vat"), outcome->creditNote->vat.toString()},
                                  {QStringLiteral("total"), outcome->creditNote->total.toString()}});
        ctx.printJson(o);
    } else {
        ctx.out() << tr("PayFast refunded %1 (refund %2)%3.\n")
                         .arg(outcome->refund.gross.toString())
                         .arg(outcome->refund.id)
                         .arg(outcome->creditNote
                                  ? tr(" with credit note %1").arg(outcome->creditNote->number)
                                  : QString());
    }
    return 0;
}

int runPaymentMethodCommand(CliContext& ctx)
{
    const QStringList& p = ctx.args().positionals;
    const QString sub = p.value(1);
    const QString usage = tr("usage: imalictl payment-method list [--customer ID] | add --customer ID | "
                             "edit PM [--label L] [--default] | remove PM | charge PM --invoice ID");
    QStringList allowed;
    if (sub == QLatin1String("list") || sub == QLatin1String("add"))
        allowed = {QStringLiteral("customer")};
    else if (sub == QLatin1String("edit"))
        allowed = {QStringLiteral("label"), QStringLiteral("default")};
    else if (sub == QLatin1String("charge"))
        allowed = {QStringLiteral("invoice")};
    else if (sub != QLatin1String("remove"))
        return ctx.usage(usage);
    if (auto bad = ctx.rejectUnknown(allowed))
        return *bad;
    const int expected = sub == QLatin1String("list") || sub == QLatin1String("add") ? 2 : 3;
    if (p.size() != expected)
        return ctx.usage(usage);
    auto ledger = ctx.ledger();
    if (!ledger)
        return ctx.fail(ledger.error());
    auto api = apiClient(ctx, **ledger);
    if (!api)
        return ctx.fail(api.error());
    SavedCards cards(**ledger, **api);

    if (sub == QLatin1String("list")) {
        std::optional<qint64> customer;
        if (ctx.args().has(QStringLiteral("customer"))) {
            auto id = parseNumber(ctx.args().option(QStringLiteral("customer")), tr("the customer id"));
            if (!id)
                return ctx.fail(id.error());
            customer = *id;
        }
        auto list = cards.list(customer);
        if (!list)
            return ctx.fail(list.error());
        if (ctx.json()) {
            QJsonArray out;
            for (const SavedCard& c : *list)
                out.append(cardJson(c));
            ctx.printJson(out);
        } else {
            for (const SavedCard& c : *list)
                ctx.out() << QStringLiteral("%1  %2  %3  %4%5  %6\n")
                                 .arg(c.id)
                                 .arg(c.customerName, c.masked(), c.label,
                                      c.isDefault ? tr(" (default)") : QString(), c.createdAt.left(10));
        }
        return 0;
    }
    if (sub == QLatin1String("add")) {
        auto customer = parseNumber(ctx.args().option(QStringLiteral("customer")), tr("the customer id"));
        if (!customer)
            return ctx.fail(customer.error());
        auto created = cards.addCheckout(*customer);
        if (!created)
            return ctx.fail(created.error());
        const QString link = (*api)->settings().paymentLink(created->checkout.linkToken);
        if (ctx.json())
            ctx.printJson(QJsonObject {{QStringLiteral("url"), link},
                                       {QStringLiteral("m_payment_id"), created->checkout.mPaymentId},
                                       {QStringLiteral("expires_at"), created->checkout.expiresAt}});
        else
            ctx.out() << tr("Card-saving link for customer %1 (expires %2):\n  %3\n")
                             .arg(*customer)
                             .arg(created->checkout.expiresAt, link);
        return 0;
    }
    auto id = parseNumber(p.at(2), tr("the payment method id"));
    if (!id)
        return ctx.fail(id.error());
    if (sub == QLatin1String("edit")) {
        if (!ctx.args().has(QStringLiteral("label")) && !ctx.args().flag(QStringLiteral("default")))
            return ctx.usage(tr("give --label L, --default or both"));
        Result<SavedCard> card = cards.get(*id);
        if (card && ctx.args().has(QStringLiteral("label")))
            card = cards.setLabel(*id, ctx.args().option(QStringLiteral("label")));
        if (card && ctx.args().flag(QStringLiteral("default")))
            card = cards.makeDefault(*id);
        if (!card)
            return ctx.fail(card.error());
        if (ctx.json())
            ctx.printJson(cardJson(*card));
        else
            ctx.out() << tr("Payment method %1: %2 %3%4\n")
                             .arg(card->id)
                             .arg(card->masked(), card->label,
                                  card->isDefault ? tr(" (default)") : QString());
        return 0;
    }
    if (sub == QLatin1String("remove")) {
        auto card = await<SavedCard>([&](auto done) { cards.remove(*id, std::move(done)); });
        if (!card)
            return ctx.fail(card.error());
        if (ctx.json())
            ctx.printJson(cardJson(*card));
        else
            ctx.out() << tr("Removed payment method %1 (%2); PayFast cancelled the token.\n")
                             .arg(card->id)
                             .arg(card->masked());
        return 0;
    }
    auto charge = await<CardCharge>(
        [&](auto done) { cards.charge(*id, ctx.args().option(QStringLiteral("invoice")), std::move(done)); });
    if (!charge)
        return ctx.fail(charge.error());
    if (ctx.json())
        ctx.printJson(QJsonObject {{QStringLiteral("m_payment_id"), charge->checkout.mPaymentId},
                                   {QStringLiteral("pf_payment_id"), charge->pfPaymentId},
                                   {QStringLiteral("amount"), charge->checkout.amount.toString()},
                                   {QStringLiteral("status"), QStringLiteral("accepted")},
                                   {QStringLiteral("payfast_said"), charge->payFastMessage}});
    else
        ctx.out() << tr("PayFast accepted the charge of %1 (%2); the invoice is settled when PayFast's ITN "
                        "arrives.\n")
                         .arg(charge->checkout.amount.toString(), charge->checkout.mPaymentId);
    return 0;
}

int runReconcileCommand(CliContext& ctx)
{
    if (ctx.args().positionals.size() != 1)
        return ctx.usage(tr("usage: imalictl reconcile --from YYYY-MM-DD --to YYYY-MM-DD [--book-missing]"));
    if (auto bad =
            ctx.rejectUnknown({QStringLiteral("from"), QStringLiteral("to"), QStringLiteral("book-missing")}))
        return *bad;
    const QDate from = QDate::fromString(ctx.args().option(QStringLiteral("from")), Qt::ISODate);
    const QDate to = QDate::fromString(ctx.args().option(QStringLiteral("to")), Qt::ISODate);
    if (!from.isValid() || !to.isValid())
        return ctx.usage(tr("--from and --to take days as YYYY-MM-DD"));
    auto ledger = ctx.ledger();
    if (!ledger)
        return ctx.fail(ledger.error());
    auto api = apiClient(ctx, **ledger);
    if (!api)
        return ctx.fail(api.error());
    Reconciliation reconciliation(**ledger, **api);
    const auto booking = ctx.args().flag(QStringLiteral("book-missing"))
        ? Reconciliation::Booking::BookMissing
        : Reconciliation::Booking::ReportOnly;
    auto report = await<ReconciliationReport>(
        [&](auto done) { reconciliation.run(from, to, booking, std::move(done)); });
    if (!report)
        return ctx.fail(report.error());
    if (ctx.json()) {
        QJsonArray differences;
        for (const ReconciliationDifference& d : report->differences) {
            QJsonObject o {{QStringLiteral("kind"), toString(d.kind)},
                           {QStringLiteral("pf_payment_id"), d.pfPaymentId},
                           {QStringLiteral("detail"), d.detail}};
            if (d.payfast)
                o.insert(QStringLiteral("payfast"), entryJson(*d.payfast));
            if (d.ledger)
                o.insert(QStringLiteral("ledger"),
                         QJsonObject {{QStringLiteral("transaction_id"), d.ledger->id},
                                      {QStringLiteral("gross"), d.ledger->gross.toString()},
                                      {QStringLiteral("fee"), d.ledger->fee.toString()},
                                      {QStringLiteral("net"), d.ledger->net.toString()}});
            differences.append(o);
        }
        QJsonArray booked;
        for (const BookingOutcome& b : report->booked)
            booked.append(QJsonObject {{QStringLiteral("transaction_id"),
                                        b.transactionId ? QJsonValue(*b.transactionId) : QJsonValue()},
                                       {QStringLiteral("outcome"), b.outcome}});
        ctx.printJson(QJsonObject {{QStringLiteral("from"), from.toString(Qt::ISODate)},
                                   {QStringLiteral("to"), to.toString(Qt::ISODate)},
                                   {QStringLiteral("payfast_payments"), report->payfastPayments},
                                   {QStringLiteral("ledger_payments"), report->ledgerPayments},
                                   {QStringLiteral("matched"), report->matched},
                                   {QStringLiteral("differences"), differences},
                                   {QStringLiteral("booked"), booked}});
    } else {
        ctx.out() << tr("%1 to %2: PayFast has %3 payments, the ledger %4; %5 agree.\n")
                         .arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate))
                         .arg(report->payfastPayments)
                         .arg(report->ledgerPayments)
                         .arg(report->matched);
        for (const ReconciliationDifference& d : report->differences)
            ctx.out() << QStringLiteral("  %1: %2\n").arg(toString(d.kind), d.detail);
        for (const BookingOutcome& b : report->booked)
            ctx.out() << tr("  booked: %1\n").arg(b.outcome);
        if (booking == Reconciliation::Booking::ReportOnly
            && report->count(ReconciliationDifference::Kind::MissingFromLedger) > 0)
            ctx.out() << tr("Run again with --book-missing to book the missing payments.\n");
    }
    return 0;
}

} // namespace imali
