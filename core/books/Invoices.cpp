// SPDX-License-Identifier: GPL-3.0-or-later
#include "Invoices.h"

#include "BusinessSettings.h"
#include "Clock.h"
#include "Customers.h"
#include "Ledger.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QRegularExpression>

namespace imali {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("Invoices", text);
}

const QString SelectInvoice = QStringLiteral(
    "SELECT i.id, i.number, i.customer_id, c.name, i.status, i.environment, i.prices_include_vat, i.tax_invoice, "
    "i.issue_date, i.due_date, i.subtotal, i.vat, i.total, i.amount_paid, i.amount_refunded, i.amount_credited, "
    "i.amount_written_off, i.created_at FROM invoices i JOIN customers c ON c.id = i.customer_id");

Invoice invoiceFromRow(const Sql& q)
{
    Invoice inv;
    inv.id = q.int64(0);
    inv.number = q.text(1);
    inv.customerId = q.int64(2);
    inv.customerName = q.text(3);
    inv.status = invoiceStatusFromString(q.text(4)).value_or(InvoiceStatus::Draft);
    inv.environment = environmentFromString(q.text(5)).value_or(Environment::Sandbox);
    inv.pricesIncludeVat = q.int64(6) != 0;
    inv.taxInvoice = q.int64(7) != 0;
    inv.issueDate = QDate::fromString(q.text(8), Qt::ISODate);
    inv.dueDate = QDate::fromString(q.text(9), Qt::ISODate);
    inv.subtotal = Money::fromCents(q.int64(10));
    inv.vat = Money::fromCents(q.int64(11));
    inv.total = Money::fromCents(q.int64(12));
    inv.amountPaid = Money::fromCents(q.int64(13));
    inv.amountRefunded = Money::fromCents(q.int64(14));
    inv.amountCredited = Money::fromCents(q.int64(15));
    inv.amountWrittenOff = Money::fromCents(q.int64(16));
    inv.createdAt = q.text(17);
    return inv;
}

QJsonObject summary(const Invoice& inv)
{
    return {{QStringLiteral("number"), inv.number},
            {QStringLiteral("status"), toString(inv.status)},
            {QStringLiteral("customer_id"), QString::number(inv.customerId)},
            {QStringLiteral("total"), inv.total.toString()},
            {QStringLiteral("vat"), inv.vat.toString()},
            {QStringLiteral("due_date"), inv.dueDate.toString(Qt::ISODate)}};
}
} // namespace

Invoices::Invoices(Ledger& ledger)
    : m_ledger(ledger)
{
}

Result<LineInput> Invoices::parseLineSpec(const QString& spec)
{
    const QStringList parts = spec.split(QLatin1Char(';'));
    if (parts.size() < 3 || parts.size() > 4)
        return Error::validation(
            tr("line \"%1\" must look like DESCRIPTION;QUANTITY;UNIT_PRICE[;VAT%]").arg(spec));
    return LineInput{parts.at(0), parts.at(1), parts.at(2), parts.size() == 4 ? parts.at(3) : QString()};
}

Result<QList<InvoiceLine>> Invoices::parseLines(const QList<LineInput>& inputs, bool pricesIncludeVat,
                                                bool vatRegistered)
{
    if (inputs.isEmpty())
        return Error::validation(tr("an invoice needs at least one line"));
    if (inputs.size() > 500)
        return Error::validation(tr("an invoice can have at most 500 lines"));
    QList<InvoiceLine> lines;
    for (qsizetype i = 0; i < inputs.size(); ++i) {
        const LineInput& in = inputs.at(i);
        const QString where = tr("line %1: ").arg(i + 1);
        InvoiceLine line;
        line.description = in.description.trimmed();
        if (line.description.isEmpty())
            return Error::validation(where + tr("a description is required"));
        if (line.description.size() > 255)
            return Error::validation(where + tr("the description is too long (at most 255 characters)"));
        auto quantity = Quantity::parse(in.quantity);
        if (!quantity)
            return Error::validation(where + quantity.error().message);
        auto price = Money::parse(in.unitPrice);
        if (!price)
            return Error::validation(where + price.error().message);
        VatRate rate = vatRegistered ? VatRate::standard() : VatRate::zero();
        if (!in.vatRate.trimmed().isEmpty()) {
            auto parsed = VatRate::parse(in.vatRate);
            if (!parsed)
                return Error::validation(where + parsed.error().message);
            rate = *parsed;
        }
        if (!vatRegistered && rate.basisPoints() != 0)
            return Error::validation(where + tr("the business is not VAT-registered, so the VAT rate must be 0"));
        line.quantity = *quantity;
        line.unitPrice = *price;
        line.vatRate = rate;
        line.amounts = computeLine(line.quantity, line.unitPrice, line.vatRate, pricesIncludeVat);
        if (line.amounts.gross.cents() > MaxAmountCents)
            return Error::validation(where + tr("the line's amount is too large"));
        lines.append(line);
    }
    QList<LineAmounts> amounts;
    for (const InvoiceLine& l : lines)
        amounts.append(l.amounts);
    if (sumLines(amounts).total.cents() > MaxAmountCents)
        return Error::validation(tr("the invoice's total is too large"));
    return lines;
}

Result<Invoice> Invoices::create(const NewInvoice& input)
{
    BusinessSettings settings(m_ledger);
    auto vatRegistered = settings.isVatRegistered();
    if (!vatRegistered)
        return vatRegistered.error();
    auto lines = parseLines(input.lines, input.pricesIncludeVat, *vatRegistered);
    if (!lines)
        return lines.error();
    if (input.dueDate.isValid() && input.dueDate < Clock::today().addYears(-1))
        return Error::validation(tr("the due date %1 is more than a year in the past").arg(input.dueDate.toString(Qt::ISODate)));

    qint64 id = 0;
    Status s = m_ledger.write([&]() -> Status {
        auto customer = Customers(m_ledger).get(input.customerId);
        if (!customer)
            return customer.error();
        if (customer->isArchived())
            return Error::conflict(tr("customer %1 is archived; new invoices need an active customer").arg(customer->id));
        QList<LineAmounts> amounts;
        for (const InvoiceLine& l : *lines)
            amounts.append(l.amounts);
        const InvoiceTotals totals = sumLines(amounts);
        const QString now = Clock::toStorage(Clock::nowUtc());
        Sql insert(m_ledger.db(), QStringLiteral(
            "INSERT INTO invoices (customer_id, status, environment, prices_include_vat, tax_invoice, due_date, "
            "subtotal, vat, total, created_at, updated_at) VALUES (:customer, 'draft', :env, :incl, :tax, :due, "
            ":subtotal, :vat, :total, :now, :now)")
            + m_ledger.db().returningId());
        insert.bind(QStringLiteral(":customer"), input.customerId)
            .bind(QStringLiteral(":env"), toString(m_ledger.environment()))
            .bind(QStringLiteral(":incl"), input.pricesIncludeVat ? 1 : 0)
            .bind(QStringLiteral(":tax"), *vatRegistered ? 1 : 0)
            .bind(QStringLiteral(":due"), input.dueDate.isValid() ? QVariant(input.dueDate.toString(Qt::ISODate))
                                                                 : QVariant())
            .bind(QStringLiteral(":subtotal"), totals.subtotal.cents())
            .bind(QStringLiteral(":vat"), totals.vat.cents())
            .bind(QStringLiteral(":total"), totals.total.cents())
            .bind(QStringLiteral(":now"), now);
        if (Status e = insert.exec(); !e)
            return e;
        id = insert.insertedId();
        if (Status e = insertLines(id, *lines); !e)
            return e;
        return recordDraftWritten(id, QStringLiteral("invoice.created"), {}, input.issue);
    });
    if (!s)
        return s.error();
    return get(id);
}

Status Invoices::recordDraftWritten(qint64 id, const QString& action, const QJsonObject& before, bool issue)
{
    auto after = readHeader(id, false);
    if (!after)
        return after.error();
    if (Status a = m_ledger.record({action, QStringLiteral("invoice"), QString::number(id), before, summary(*after),
                                    std::nullopt, {}});
        !a)
        return a;
    return issue ? issueLocked(*after) : Status{};
}

Status Invoices::insertLines(qint64 invoiceId, const QList<InvoiceLine>& lines)
{
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const InvoiceLine& l = lines.at(i);
        Sql line(m_ledger.db(), QStringLiteral(
            "INSERT INTO invoice_lines (invoice_id, position, description, quantity_milli, unit_price, "
            "vat_rate_bp, net, vat, gross) VALUES (:inv, :pos, :desc, :qty, :price, :rate, :net, :vat, :gross)"));
        line.bind(QStringLiteral(":inv"), invoiceId)
            .bind(QStringLiteral(":pos"), static_cast<qint64>(i + 1))
            .bind(QStringLiteral(":desc"), l.description)
            .bind(QStringLiteral(":qty"), l.quantity.milli())
            .bind(QStringLiteral(":price"), l.unitPrice.cents())
            .bind(QStringLiteral(":rate"), l.vatRate.basisPoints())
            .bind(QStringLiteral(":net"), l.amounts.net.cents())
            .bind(QStringLiteral(":vat"), l.amounts.vat.cents())
            .bind(QStringLiteral(":gross"), l.amounts.gross.cents());
        if (Status e = line.exec(); !e)
            return e;
    }
    return {};
}

Result<Invoice> Invoices::updateDraft(qint64 id, const NewInvoice& input)
{
    BusinessSettings settings(m_ledger);
    auto vatRegistered = settings.isVatRegistered();
    if (!vatRegistered)
        return vatRegistered.error();
    auto lines = parseLines(input.lines, input.pricesIncludeVat, *vatRegistered);
    if (!lines)
        return lines.error();
    Status s = m_ledger.write([&]() -> Status {
        auto before = lockForUpdate(id);
        if (!before)
            return before.error();
        if (before->status != InvoiceStatus::Draft)
            return Error::conflict(tr("invoice %1 is issued; its content can no longer change").arg(before->reference()));
        auto customer = Customers(m_ledger).get(input.customerId);
        if (!customer)
            return customer.error();
        if (customer->isArchived() && customer->id != before->customerId)
            return Error::conflict(tr("customer %1 is archived; new invoices need an active customer").arg(customer->id));
        QList<LineAmounts> amounts;
        for (const InvoiceLine& l : *lines)
            amounts.append(l.amounts);
        const InvoiceTotals totals = sumLines(amounts);
        Sql header(m_ledger.db(), QStringLiteral(
            "UPDATE invoices SET customer_id = :customer, prices_include_vat = :incl, tax_invoice = :tax, due_date = :due, "
            "subtotal = :subtotal, vat = :vat, total = :total, updated_at = :now WHERE id = :id AND status = 'draft'"));
        header.bind(QStringLiteral(":customer"), input.customerId)
            .bind(QStringLiteral(":incl"), input.pricesIncludeVat ? 1 : 0)
            .bind(QStringLiteral(":tax"), *vatRegistered ? 1 : 0)
            .bind(QStringLiteral(":due"), input.dueDate.isValid() ? QVariant(input.dueDate.toString(Qt::ISODate)) : QVariant())
            .bind(QStringLiteral(":subtotal"), totals.subtotal.cents())
            .bind(QStringLiteral(":vat"), totals.vat.cents())
            .bind(QStringLiteral(":total"), totals.total.cents())
            .bind(QStringLiteral(":now"), Clock::toStorage(Clock::nowUtc()))
            .bind(QStringLiteral(":id"), id);
        if (Status e = header.exec(); !e)
            return e;
        Sql clear(m_ledger.db(), QStringLiteral("DELETE FROM invoice_lines WHERE invoice_id = :id"));
        clear.bind(QStringLiteral(":id"), id);
        if (Status e = clear.exec(); !e)
            return e;
        if (Status e = insertLines(id, *lines); !e)
            return e;
        return recordDraftWritten(id, QStringLiteral("invoice.edited"), summary(*before), input.issue);
    });
    if (!s)
        return s.error();
    return get(id);
}

Status Invoices::issueLocked(Invoice& invoice)
{
    if (invoice.status != InvoiceStatus::Draft)
        return Error::conflict(tr("invoice %1 is %2; only a draft can be issued").arg(invoice.reference(), toString(invoice.status)));
    if (invoice.total <= Money())
        return Error::validation(tr("invoice %1 has nothing to pay; add a line with a price first").arg(invoice.reference()));
    // The counter row is locked until commit, so numbers are gap-free and never shared.
    Sql next(m_ledger.db(), QStringLiteral("UPDATE number_sequences SET next_value = next_value + 1 "
                                           "WHERE name = 'invoice' RETURNING next_value - 1"));
    if (Status e = next.exec(); !e)
        return e;
    if (!next.next())
        return Error::integrity(tr("the invoice number sequence is missing"));
    const QString number = QStringLiteral("INV-%1").arg(next.int64(0), 6, 10, QLatin1Char('0'));
    const QDate issueDate = Clock::today();
    QDate due = invoice.dueDate;
    if (!due.isValid()) {
        auto terms = BusinessSettings(m_ledger).paymentTermsDays();
        if (!terms)
            return terms.error();
        due = issueDate.addDays(*terms);
    }
    const QString now = Clock::toStorage(Clock::nowUtc());
    Sql update(m_ledger.db(), QStringLiteral("UPDATE invoices SET number = :number, status = 'open', issue_date = :issued, "
                                             "due_date = :due, issued_at = :now, updated_at = :now WHERE id = :id"));
    update.bind(QStringLiteral(":number"), number)
        .bind(QStringLiteral(":issued"), issueDate.toString(Qt::ISODate))
        .bind(QStringLiteral(":due"), due.toString(Qt::ISODate))
        .bind(QStringLiteral(":now"), now)
        .bind(QStringLiteral(":id"), invoice.id);
    if (Status e = update.exec(); !e)
        return e;
    const QJsonObject before = summary(invoice);
    invoice.number = number;
    invoice.status = InvoiceStatus::Open;
    invoice.issueDate = issueDate;
    invoice.dueDate = due;
    return m_ledger.record({QStringLiteral("invoice.issued"), QStringLiteral("invoice"), QString::number(invoice.id),
                            before, summary(invoice), std::nullopt, {}});
}

Result<Invoice> Invoices::issue(const QString& reference)
{
    auto id = resolve(reference);
    if (!id)
        return id.error();
    Status s = m_ledger.write([&]() -> Status {
        auto invoice = lockForUpdate(*id);
        if (!invoice)
            return invoice.error();
        return issueLocked(*invoice);
    });
    if (!s)
        return s.error();
    return get(*id);
}

Result<Invoice> Invoices::voidInvoice(const QString& reference)
{
    auto id = resolve(reference);
    if (!id)
        return id.error();
    Status s = m_ledger.write([&]() -> Status {
        auto invoice = lockForUpdate(*id);
        if (!invoice)
            return invoice.error();
        if (!isAllowedTransition(invoice->status, InvoiceStatus::Void))
            return Error::conflict(tr("invoice %1 is %2 and cannot be voided").arg(invoice->reference(), toString(invoice->status)));
        Sql money(m_ledger.db(), QStringLiteral("SELECT COUNT(*) FROM transactions WHERE invoice_id = :id AND kind = 'payment' "
                                                "AND status IN ('complete', 'pending')"));
        money.bind(QStringLiteral(":id"), *id);
        if (Status e = money.exec(); !e)
            return e;
        money.next();
        if (!invoice->amountPaid.isZero() || money.int64(0) > 0)
            return Error::conflict(tr("invoice %1 has money received against it and cannot be voided; refund it instead")
                                       .arg(invoice->reference()));
        const QString now = Clock::toStorage(Clock::nowUtc());
        Sql update(m_ledger.db(), QStringLiteral("UPDATE invoices SET status = 'void', updated_at = :now WHERE id = :id"));
        update.bind(QStringLiteral(":now"), now).bind(QStringLiteral(":id"), *id);
        if (Status e = update.exec(); !e)
            return e;
        if (Status e = closePendingCheckouts(*id); !e)
            return e;
        const QJsonObject before = summary(*invoice);
        invoice->status = InvoiceStatus::Void;
        return m_ledger.record({QStringLiteral("invoice.voided"), QStringLiteral("invoice"), QString::number(*id),
                                before, summary(*invoice), std::nullopt, {}});
    });
    if (!s)
        return s.error();
    return get(*id);
}

Result<qint64> Invoices::resolve(const QString& reference)
{
    const QString ref = reference.trimmed();
    static const QRegularExpression digits(QStringLiteral("^\\d{1,18}$"));
    Sql q(m_ledger.db(), digits.match(ref).hasMatch()
                             ? QStringLiteral("SELECT id FROM invoices WHERE id = :ref")
                             : QStringLiteral("SELECT id FROM invoices WHERE number = :ref"));
    q.bind(QStringLiteral(":ref"), digits.match(ref).hasMatch() ? QVariant(ref.toLongLong()) : QVariant(ref.toUpper()));
    if (Status s = q.exec(); !s)
        return s.error();
    if (!q.next())
        return Error::notFound(tr("there is no invoice \"%1\"").arg(reference));
    return q.int64(0);
}

Result<Invoice> Invoices::readHeader(qint64 id, bool lock)
{
    Sql q(m_ledger.db(), SelectInvoice + QStringLiteral(" WHERE i.id = :id") + (lock ? m_ledger.db().forUpdate() : QString()));
    q.bind(QStringLiteral(":id"), id);
    if (Status s = q.exec(); !s)
        return s.error();
    if (!q.next())
        return Error::notFound(tr("there is no invoice %1").arg(id));
    return invoiceFromRow(q);
}

Result<Invoice> Invoices::lockForUpdate(qint64 id)
{
    Q_ASSERT(m_ledger.db().inTransaction());
    // FOR UPDATE can't apply to the joined customer row on a nullable side; lock the invoice alone first.
    if (m_ledger.db().isPostgres()) {
        Sql lock(m_ledger.db(), QStringLiteral("SELECT id FROM invoices WHERE id = :id FOR UPDATE"));
        lock.bind(QStringLiteral(":id"), id);
        if (Status s = lock.exec(); !s)
            return s.error();
    }
    return readHeader(id, false);
}

Status Invoices::saveAmounts(Invoice& invoice)
{
    const InvoiceStatus next = statusFromAmounts(invoice);
    if (next != invoice.status && !isAllowedTransition(invoice.status, next))
        return Error::conflict(tr("invoice %1 cannot move from %2 to %3")
                                   .arg(invoice.reference(), toString(invoice.status), toString(next)));
    invoice.status = next;
    Sql update(m_ledger.db(), QStringLiteral(
        "UPDATE invoices SET status = :status, amount_paid = :paid, amount_refunded = :refunded, "
        "amount_credited = :credited, amount_written_off = :written_off, updated_at = :now WHERE id = :id"));
    update.bind(QStringLiteral(":status"), toString(next))
        .bind(QStringLiteral(":paid"), invoice.amountPaid.cents())
        .bind(QStringLiteral(":refunded"), invoice.amountRefunded.cents())
        .bind(QStringLiteral(":credited"), invoice.amountCredited.cents())
        .bind(QStringLiteral(":written_off"), invoice.amountWrittenOff.cents())
        .bind(QStringLiteral(":now"), Clock::toStorage(Clock::nowUtc()))
        .bind(QStringLiteral(":id"), invoice.id);
    if (Status e = update.exec(); !e)
        return e;
    if (next == InvoiceStatus::Paid) {
        // Once paid, the invoice's other payment links stop working.
        return closePendingCheckouts(invoice.id);
    }
    return {};
}

Status Invoices::closePendingCheckouts(qint64 invoiceId)
{
    Sql close(m_ledger.db(), QStringLiteral("UPDATE checkouts SET status = 'closed', updated_at = :now "
                                            "WHERE invoice_id = :id AND status = 'pending'"));
    close.bind(QStringLiteral(":now"), Clock::toStorage(Clock::nowUtc())).bind(QStringLiteral(":id"), invoiceId);
    return close.exec();
}

Result<Invoice> Invoices::get(const QString& reference)
{
    auto id = resolve(reference);
    if (!id)
        return id.error();
    return get(*id);
}

Result<Invoice> Invoices::get(qint64 id)
{
    auto header = readHeader(id, false);
    if (!header)
        return header;
    Invoice inv = *header;
    Sql lines(m_ledger.db(), QStringLiteral("SELECT id, description, quantity_milli, unit_price, vat_rate_bp, net, vat, "
                                            "gross FROM invoice_lines WHERE invoice_id = :id ORDER BY position"));
    lines.bind(QStringLiteral(":id"), id);
    if (Status s = lines.exec(); !s)
        return s.error();
    while (lines.next()) {
        InvoiceLine l;
        l.id = lines.int64(0);
        l.description = lines.text(1);
        l.quantity = Quantity::fromMilli(lines.int64(2));
        l.unitPrice = Money::fromCents(lines.int64(3));
        l.vatRate = VatRate::fromBasisPoints(static_cast<int>(lines.int64(4)));
        l.amounts = {Money::fromCents(lines.int64(5)), Money::fromCents(lines.int64(6)), Money::fromCents(lines.int64(7))};
        inv.lines.append(l);
    }
    Sql txs(m_ledger.db(), SelectTransaction + QStringLiteral(" WHERE invoice_id = :id ORDER BY created_at, id"));
    txs.bind(QStringLiteral(":id"), id);
    if (Status s = txs.exec(); !s)
        return s.error();
    while (txs.next())
        inv.transactions.append(transactionFromRow(txs));
    Sql notes(m_ledger.db(), QStringLiteral("SELECT id, number, refund_transaction_id, subtotal, vat, total, reason, "
                                            "created_at FROM credit_notes WHERE invoice_id = :id ORDER BY id"));
    notes.bind(QStringLiteral(":id"), id);
    if (Status s = notes.exec(); !s)
        return s.error();
    while (notes.next()) {
        inv.creditNotes.append({notes.int64(0), notes.text(1), notes.int64(2), Money::fromCents(notes.int64(3)),
                                Money::fromCents(notes.int64(4)), Money::fromCents(notes.int64(5)), notes.text(6),
                                notes.text(7)});
    }
    return inv;
}

Result<QList<Invoice>> Invoices::list(const QString& status, int limit)
{
    QString where;
    if (status == QLatin1String("overdue"))
        where = QStringLiteral(" WHERE i.status = 'open' AND i.due_date < :today");
    else if (!status.isEmpty()) {
        if (!invoiceStatusFromString(status))
            return Error::validation(tr("unknown status \"%1\"; use draft, open, overdue, paid, partially_refunded, "
                                        "refunded or void").arg(status));
        where = QStringLiteral(" WHERE i.status = :status");
    }
    Sql q(m_ledger.db(), SelectInvoice + where + QStringLiteral(" ORDER BY i.id DESC LIMIT :limit"));
    q.forwardOnly();
    if (status == QLatin1String("overdue"))
        q.bind(QStringLiteral(":today"), Clock::today().toString(Qt::ISODate));
    else if (!status.isEmpty())
        q.bind(QStringLiteral(":status"), status);
    q.bind(QStringLiteral(":limit"), limit);
    if (Status s = q.exec(); !s)
        return s.error();
    QList<Invoice> invoices;
    while (q.next())
        invoices.append(invoiceFromRow(q));
    return invoices;
}

} // namespace imali
