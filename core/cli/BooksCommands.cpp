// SPDX-License-Identifier: GPL-3.0-or-later
// imalictl customer, invoice, payment and refund.
#include "CliContext.h"

#include "Clock.h"
#include "Customers.h"
#include "Invoices.h"
#include "Payments.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace imali {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("imalictl", text);
}

QJsonObject customerJson(const Customer& c)
{
    return {{QStringLiteral("id"), c.id},
            {QStringLiteral("name"), c.name},
            {QStringLiteral("email"), c.email},
            {QStringLiteral("phone"), c.phone},
            {QStringLiteral("address"), c.address},
            {QStringLiteral("vat_number"), c.vatNumber},
            {QStringLiteral("archived"), c.isArchived()},
            {QStringLiteral("anonymised"), c.isAnonymised()},
            {QStringLiteral("created_at"), c.createdAt}};
}

QJsonObject transactionJson(const Transaction& t)
{
    QJsonObject o{{QStringLiteral("id"), t.id},
                  {QStringLiteral("kind"), t.kind},
                  {QStringLiteral("provider"), t.provider},
                  {QStringLiteral("provider_id"), t.providerId},
                  {QStringLiteral("m_payment_id"), t.mPaymentId.isEmpty() ? QJsonValue() : QJsonValue(t.mPaymentId)},
                  {QStringLiteral("environment"), toString(t.environment)},
                  {QStringLiteral("status"), t.status},
                  {QStringLiteral("method"), t.method.isEmpty() ? QJsonValue() : QJsonValue(t.method)},
                  {QStringLiteral("gross"), t.gross.toString()},
                  {QStringLiteral("fee"), t.fee.toString()},
                  {QStringLiteral("net"), t.net.toString()},
                  {QStringLiteral("written_off"), t.writtenOff.toString()},
                  {QStringLiteral("reference"), t.reference},
                  {QStringLiteral("created_at"), t.createdAt}};
    if (t.invoiceId)
        o.insert(QStringLiteral("invoice_id"), *t.invoiceId);
    if (t.refundOf)
        o.insert(QStringLiteral("refund_of"), *t.refundOf);
    if (!t.unallocatedReason.isEmpty())
        o.insert(QStringLiteral("unallocated_reason"), t.unallocatedReason);
    if (!t.reason.isEmpty())
        o.insert(QStringLiteral("reason"), t.reason);
    return o;
}

QJsonObject invoiceSummaryJson(const Invoice& inv)
{
    return {{QStringLiteral("id"), inv.id},
            {QStringLiteral("number"), inv.number.isEmpty() ? QJsonValue() : QJsonValue(inv.number)},
            {QStringLiteral("status"), toString(inv.status)},
            {QStringLiteral("overdue"), inv.isOverdue(Clock::today())},
            {QStringLiteral("customer"), QJsonObject{{QStringLiteral("id"), inv.customerId},
                                                     {QStringLiteral("name"), inv.customerName}}},
            {QStringLiteral("environment"), toString(inv.environment)},
            {QStringLiteral("title"), inv.taxInvoice ? QStringLiteral("Tax Invoice") : QStringLiteral("Invoice")},
            {QStringLiteral("prices_include_vat"), inv.pricesIncludeVat},
            {QStringLiteral("subtotal"), inv.subtotal.toString()},
            {QStringLiteral("vat"), inv.vat.toString()},
            {QStringLiteral("total"), inv.total.toString()},
            {QStringLiteral("amount_paid"), inv.amountPaid.toString()},
            {QStringLiteral("amount_refunded"), inv.amountRefunded.toString()},
            {QStringLiteral("amount_credited"), inv.amountCredited.toString()},
            {QStringLiteral("amount_written_off"), inv.amountWrittenOff.toString()},
            {QStringLiteral("balance"), inv.balance().toString()},
            {QStringLiteral("issue_date"), inv.issueDate.isValid() ? QJsonValue(inv.issueDate.toString(Qt::ISODate)) : QJsonValue()},
            {QStringLiteral("due_date"), inv.dueDate.isValid() ? QJsonValue(inv.dueDate.toString(Qt::ISODate)) : QJsonValue()},
            {QStringLiteral("created_at"), inv.createdAt}};
}

QJsonObject invoiceJson(const Invoice& inv)
{
    QJsonObject o = invoiceSummaryJson(inv);
    QJsonArray lines;
    for (const InvoiceLine& l : inv.lines)
        lines.append(QJsonObject{{QStringLiteral("description"), l.description},
                                 {QStringLiteral("quantity"), l.quantity.toString()},
                                 {QStringLiteral("unit_price"), l.unitPrice.toString()},
                                 {QStringLiteral("vat_rate"), l.vatRate.toString()},
                                 {QStringLiteral("net"), l.amounts.net.toString()},
                                 {QStringLiteral("vat"), l.amounts.vat.toString()},
                                 {QStringLiteral("gross"), l.amounts.gross.toString()}});
    o.insert(QStringLiteral("lines"), lines);
    QJsonArray txs;
    for (const Transaction& t : inv.transactions)
        txs.append(transactionJson(t));
    o.insert(QStringLiteral("transactions"), txs);
    QJsonArray notes;
    for (const CreditNote& n : inv.creditNotes)
        notes.append(QJsonObject{{QStringLiteral("number"), n.number},
                                 {QStringLiteral("refund_transaction_id"), n.refundTransactionId},
                                 {QStringLiteral("subtotal"), n.subtotal.toString()},
                                 {QStringLiteral("vat"), n.vat.toString()},
                                 {QStringLiteral("total"), n.total.toString()},
                                 {QStringLiteral("reason"), n.reason},
                                 {QStringLiteral("created_at"), n.createdAt}});
    o.insert(QStringLiteral("credit_notes"), notes);
    return o;
}

void printInvoiceText(QTextStream& out, const Invoice& inv)
{
    out << QStringLiteral("%1  %2  %3\n").arg(inv.reference(), toString(inv.status), inv.customerName);
    for (const InvoiceLine& l : inv.lines)
        out << QStringLiteral("  %1 x %2 @ %3 (VAT %4%)  %5\n")
                   .arg(l.quantity.toString(), l.description, l.unitPrice.toString(), l.vatRate.toString(),
                        l.amounts.gross.toString());
    out << tr("  subtotal %1  VAT %2  total %3  paid %4  balance %5\n")
               .arg(inv.subtotal.toString(), inv.vat.toString(), inv.total.toString(), inv.amountPaid.toString(),
                    inv.balance().toString());
}

int printInvoice(CliContext& ctx, const Invoice& inv)
{
    if (ctx.json())
        ctx.printJson(invoiceJson(inv));
    else
        printInvoiceText(ctx.out(), inv);
    return 0;
}

Result<qint64> parseId(const QString& text, const QString& what)
{
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    if (!ok || id <= 0)
        return Error::validation(tr("%1 must be a positive whole number, not \"%2\"").arg(what, text));
    return id;
}
} // namespace

int runCustomerCommand(CliContext& ctx)
{
    const QStringList& p = ctx.args().positionals;
    const QString sub = p.value(1);
    const QStringList detailOptions{QStringLiteral("name"), QStringLiteral("email"), QStringLiteral("phone"),
                                    QStringLiteral("address"), QStringLiteral("vat-number")};
    if (sub == QLatin1String("add")) {
        if (auto bad = ctx.rejectUnknown(detailOptions))
            return *bad;
        if (p.size() != 2)
            return ctx.usage(tr("unexpected \"%1\"; give the details as --name N [--email E] ...").arg(p.at(2)));
        const CliArguments& a = ctx.args();
        const CustomerDetails details{a.option(QStringLiteral("name")), a.option(QStringLiteral("email")),
                                      a.option(QStringLiteral("phone")), a.option(QStringLiteral("address")),
                                      a.option(QStringLiteral("vat-number"))};
        if (Status s = Customers::validate(details); !s)
            return ctx.fail(s.error()); // before touching the ledger: bad input writes nothing
        auto ledger = ctx.ledger();
        if (!ledger)
            return ctx.fail(ledger.error());
        auto c = Customers(**ledger).add(details);
        if (!c)
            return ctx.fail(c.error());
        if (ctx.json())
            ctx.printJson(customerJson(*c));
        else
            ctx.out() << tr("Added customer %1: %2\n").arg(c->id).arg(c->name);
        return 0;
    }
    if (sub == QLatin1String("list")) {
        if (auto bad = ctx.rejectUnknown({QStringLiteral("include-archived")}))
            return *bad;
        auto ledger = ctx.ledger();
        if (!ledger)
            return ctx.fail(ledger.error());
        auto list = Customers(**ledger).list(ctx.args().flag(QStringLiteral("include-archived")));
        if (!list)
            return ctx.fail(list.error());
        QJsonArray rows;
        for (const Customer& c : *list) {
            rows.append(customerJson(c));
            if (!ctx.json())
                ctx.out() << QStringLiteral("%1  %2  %3\n").arg(c.id, 6).arg(c.name, -30).arg(c.email);
        }
        if (ctx.json())
            ctx.printJson(rows);
        return 0;
    }
    if ((sub == QLatin1String("archive") || sub == QLatin1String("anonymise")) && p.size() == 3) {
        if (auto bad = ctx.rejectUnknown({}))
            return *bad;
        auto id = parseId(p.at(2), tr("the customer id"));
        if (!id)
            return ctx.fail(id.error());
        auto ledger = ctx.ledger();
        if (!ledger)
            return ctx.fail(ledger.error());
        Customers customers(**ledger);
        Status s = sub == QLatin1String("archive") ? customers.archive(*id) : customers.anonymise(*id);
        if (!s)
            return ctx.fail(s.error());
        auto c = customers.get(*id);
        if (ctx.json() && c)
            ctx.printJson(customerJson(*c));
        else
            ctx.out() << (sub == QLatin1String("archive") ? tr("Archived customer %1.\n") : tr("Anonymised customer %1.\n")).arg(*id);
        return 0;
    }
    return ctx.usage(tr("usage: imalictl customer add --name N [...] | list | archive ID | anonymise ID"));
}

int runInvoiceCommand(CliContext& ctx)
{
    const QStringList& p = ctx.args().positionals;
    const QString sub = p.value(1);
    if (sub == QLatin1String("create")) {
        if (auto bad = ctx.rejectUnknown({QStringLiteral("customer"), QStringLiteral("line"), QStringLiteral("prices-include-vat"),
                                          QStringLiteral("due"), QStringLiteral("issue")}))
            return *bad;
        if (p.size() != 2)
            return ctx.usage(tr("unexpected \"%1\"; give the lines as --line \"DESC;QTY;UNIT_PRICE[;VAT%]\"").arg(p.at(2)));
        NewInvoice input;
        auto customer = parseId(ctx.args().option(QStringLiteral("customer")), tr("--customer"));
        if (!customer)
            return ctx.fail(customer.error());
        input.customerId = *customer;
        for (const QString& spec : ctx.args().options(QStringLiteral("line"))) {
            auto line = Invoices::parseLineSpec(spec);
            if (!line)
                return ctx.fail(line.error());
            input.lines.append(*line);
        }
        if (input.lines.isEmpty())
            return ctx.usage(tr("give at least one --line \"DESC;QTY;UNIT_PRICE[;VAT%]\""));
        input.pricesIncludeVat = ctx.args().flag(QStringLiteral("prices-include-vat"));
        input.issue = ctx.args().flag(QStringLiteral("issue"));
        if (ctx.args().has(QStringLiteral("due"))) {
            input.dueDate = QDate::fromString(ctx.args().option(QStringLiteral("due")), Qt::ISODate);
            if (!input.dueDate.isValid())
                return ctx.usage(tr("--due must be a date as YYYY-MM-DD"));
        }
        auto ledger = ctx.ledger();
        if (!ledger)
            return ctx.fail(ledger.error());
        auto inv = Invoices(**ledger).create(input);
        if (!inv)
            return ctx.fail(inv.error());
        return printInvoice(ctx, *inv);
    }
    if (sub == QLatin1String("pdf"))
        return runInvoicePdfCommand(ctx);
    if ((sub == QLatin1String("issue") || sub == QLatin1String("void") || sub == QLatin1String("show")) && p.size() == 3) {
        if (auto bad = ctx.rejectUnknown({}))
            return *bad;
        auto ledger = ctx.ledger();
        if (!ledger)
            return ctx.fail(ledger.error());
        Invoices invoices(**ledger);
        auto inv = sub == QLatin1String("issue") ? invoices.issue(p.at(2))
            : sub == QLatin1String("void")       ? invoices.voidInvoice(p.at(2))
                                                 : invoices.get(p.at(2));
        if (!inv)
            return ctx.fail(inv.error());
        return printInvoice(ctx, *inv);
    }
    if (sub == QLatin1String("list")) {
        if (auto bad = ctx.rejectUnknown({QStringLiteral("status"), QStringLiteral("limit")}))
            return *bad;
        auto ledger = ctx.ledger();
        if (!ledger)
            return ctx.fail(ledger.error());
        int limit = 1000;
        if (ctx.args().has(QStringLiteral("limit"))) {
            bool ok = false;
            limit = ctx.args().option(QStringLiteral("limit")).toInt(&ok);
            if (!ok || limit < 1)
                return ctx.usage(tr("--limit must be a whole number of at least 1"));
        }
        auto list = Invoices(**ledger).list(ctx.args().option(QStringLiteral("status")), limit);
        if (!list)
            return ctx.fail(list.error());
        QJsonArray rows;
        for (const Invoice& inv : *list) {
            rows.append(invoiceSummaryJson(inv));
            if (!ctx.json())
                ctx.out() << QStringLiteral("%1  %2  %3  %4\n")
                                 .arg(inv.reference(), -12)
                                 .arg(toString(inv.status), -18)
                                 .arg(inv.total.toString(), 12)
                                 .arg(inv.customerName);
        }
        if (ctx.json())
            ctx.printJson(rows);
        return 0;
    }
    return ctx.usage(tr("usage: imalictl invoice create|issue|void|list|show|pdf ..."));
}

int runPaymentCommand(CliContext& ctx)
{
    const QStringList& p = ctx.args().positionals;
    if (p.value(1) == QLatin1String("exceptions") || p.value(1) == QLatin1String("allocate"))
        return runExceptionsCommand(ctx);
    if (p.value(1) == QLatin1String("record") && p.size() == 3) {
        if (auto bad = ctx.rejectUnknown({QStringLiteral("amount"), QStringLiteral("method"), QStringLiteral("reference"),
                                          QStringLiteral("write-off-rest")}))
            return *bad;
        const ManualPayment payment{p.at(2), ctx.args().option(QStringLiteral("amount")),
                                    ctx.args().option(QStringLiteral("method")),
                                    ctx.args().option(QStringLiteral("reference")),
                                    ctx.args().option(QStringLiteral("write-off-rest"))};
        if (ctx.args().has(QStringLiteral("write-off-rest")) && payment.writeOffReason.trimmed().isEmpty())
            return ctx.usage(tr("--write-off-rest needs a reason"));
        auto ledger = ctx.ledger();
        if (!ledger)
            return ctx.fail(ledger.error());
        auto t = Payments(**ledger).recordManual(payment);
        if (!t)
            return ctx.fail(t.error());
        if (ctx.json())
            ctx.printJson(transactionJson(*t));
        else
            ctx.out() << tr("Recorded %1 payment %2 of %3.\n").arg(t->method).arg(t->id).arg(t->gross.toString());
        return 0;
    }
    return ctx.usage(tr("usage: imalictl payment record ID --amount A --method cash|eft|card [--reference R] "
                        "[--write-off-rest REASON]"));
}

int runRefundCommand(CliContext& ctx)
{
    const QStringList& p = ctx.args().positionals;
    if (p.size() != 2)
        return ctx.usage(tr("usage: imalictl refund TRANSACTION --amount A --reason TEXT [--notify-buyer yes|no] "
                            "[--bank-holder H --bank-name N --bank-branch B --bank-account A --bank-type current|savings]"));
    const QStringList payFastOnly{QStringLiteral("notify-buyer"), QStringLiteral("bank-holder"), QStringLiteral("bank-name"),
                                  QStringLiteral("bank-branch"),  QStringLiteral("bank-account"), QStringLiteral("bank-type")};
    if (auto bad = ctx.rejectUnknown(QStringList{QStringLiteral("amount"), QStringLiteral("reason")} + payFastOnly))
        return *bad;
    auto id = parseId(p.at(1), tr("the transaction id"));
    if (!id)
        return ctx.fail(id.error());
    auto ledger = ctx.ledger();
    if (!ledger)
        return ctx.fail(ledger.error());
    // A PayFast payment goes back through PayFast's API; cash, EFT and card-machine payments are recorded by hand.
    auto original = Payments(**ledger).get(*id);
    if (original && original->provider == QLatin1String("payfast"))
        return runPayFastRefund(ctx, *id);
    for (const QString& option : payFastOnly)
        if (ctx.args().has(option))
            return ctx.usage(tr("--%1 is for refunds through PayFast; transaction %2 is refunded by hand").arg(option).arg(*id));
    auto outcome = Payments(**ledger).refundManual(
        {*id, ctx.args().option(QStringLiteral("amount")), ctx.args().option(QStringLiteral("reason"))});
    if (!outcome)
        return ctx.fail(outcome.error());
    if (ctx.json()) {
        QJsonObject o = transactionJson(outcome->refund);
        if (outcome->creditNote)
            o.insert(QStringLiteral("credit_note"), QJsonObject{{QStringLiteral("number"), outcome->creditNote->number},
                                                                {QStringLiteral("subtotal"), outcome->creditNote->subtotal.toString()},
                                                                {QStringLiteral("vat"), outcome->creditNote->vat.toString()},
                                                                {QStringLiteral("total"), outcome->creditNote->total.toString()}});
        ctx.printJson(o);
    } else {
        ctx.out() << tr("Recorded refund %1 of %2%3.\n")
                         .arg(outcome->refund.id)
                         .arg(outcome->refund.gross.toString())
                         .arg(outcome->creditNote ? tr(" with credit note %1").arg(outcome->creditNote->number) : QString());
    }
    return 0;
}

} // namespace imali
