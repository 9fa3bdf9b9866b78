// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoData.h"

#include "BusinessSettings.h"
#include "Clock.h"
#include "Ledger.h"
#include "LineAmounts.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QScopeGuard>

namespace imali {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("DemoData", text);
}

const char* const FirstNames[] = {"Thandi", "Sipho", "Zoë", "Pieter", "Lerato", "Ayesha", "Johan", "Nomsa",
                                  "Kagiso", "Annelie", "Themba", "Priya", "Mandla", "Fatima", "Riaan", "Naledi"};
const char* const LastNames[] = {"Nkosi", "van der Merwe", "O'Brien", "Dlamini", "Naidoo", "Botha", "Mokoena",
                                 "Pillay", "Khumalo", "Smit", "Mthembu", "Jacobs", "Ndlovu", "du Plessis"};
const char* const Businesses[] = {"(Pty) Ltd", "Trading", "& Sons", "Holdings", "Catering", "Plumbing", "Studio"};
const char* const Items[] = {"Consulting hours", "Website hosting", "Catering for 20 guests", "Plumbing call-out",
                             "Graphic design", "Delivery", "Monthly bookkeeping", "Venue hire", "Photography"};
const qint64 Prices[] = {15000, 45000, 99900, 125000, 250000, 32500, 7999, 180000};
constexpr int Batch = 20000;

/// "INV-000042": QString::arg with a field width is slow enough to show up in a million rows.
QString invoiceNumber(qint64 n)
{
    QString digits = QString::number(n);
    return QStringLiteral("INV-") + QString(std::max<qsizetype>(0, 6 - digits.size()), QLatin1Char('0')) + digits;
}
} // namespace

DemoData::DemoData(Ledger& ledger)
    : m_ledger(ledger)
{
}

Status DemoData::generate(const DemoSize& size, const std::function<bool(int)>& progress)
{
    if (size.customers < 1 || size.invoices < 0 || size.customers > 10000000 || size.invoices > 10000000)
        return Error::validation(tr("demo sizes must be 1 to 10,000,000 customers and 0 to 10,000,000 invoices"));
    auto vatRegistered = BusinessSettings(m_ledger).isVatRegistered();
    if (!vatRegistered)
        return vatRegistered.error();
    const VatRate rate = *vatRegistered ? VatRate::standard() : VatRate::zero();
    const QString env = toString(m_ledger.environment());
    QRandomGenerator rng(20261126);
    Database& db = m_ledger.db();
    const QDate today = Clock::today();

    // A bulk load touches far more index pages than a day's work: give this connection a
    // larger page cache (256 MiB) for the duration.
    if (!db.isPostgres())
        (void)Sql::execDirect(db, QStringLiteral("PRAGMA cache_size=-262144"));
    const auto restoreCache = qScopeGuard([&db] {
        if (!db.isPostgres())
            (void)Sql::execDirect(db, QStringLiteral("PRAGMA cache_size=-65536"));
    });

    // Customers first, in batches.
    qint64 firstCustomer = 0;
    for (int done = 0; done < size.customers;) {
        const int count = std::min(Batch, size.customers - done);
        Status s = m_ledger.write([&]() -> Status {
            AuditLog::Batch audit(m_ledger.audit());
            Sql insert(db, QStringLiteral("INSERT INTO customers (name, email, phone, created_at, updated_at) "
                                          "VALUES (:name, :email, :phone, :now, :now)")
            + db.returningId());
            const QString now = Clock::toStorage(Clock::nowUtc());
            for (int i = 0; i < count; ++i) {
                const int n = done + i;
                const QString first = QString::fromUtf8(FirstNames[rng.bounded(int(std::size(FirstNames)))]);
                const QString last = QString::fromUtf8(LastNames[rng.bounded(int(std::size(LastNames)))]);
                const QString name = n % 3 == 0 ? QStringLiteral("%1 %2").arg(last, QString::fromUtf8(Businesses[n % std::size(Businesses)]))
                                                : QStringLiteral("%1 %2").arg(first, last);
                insert.bind(QStringLiteral(":name"), name)
                    .bind(QStringLiteral(":email"), QStringLiteral("customer%1@example.co.za").arg(n + 1))
                    .bind(QStringLiteral(":phone"), QStringLiteral("+27 82 %1").arg(1000000 + n % 8999999))
                    .bind(QStringLiteral(":now"), now);
                if (Status e = insert.exec(); !e)
                    return e;
                const qint64 id = insert.insertedId();
                if (firstCustomer == 0)
                    firstCustomer = id;
                if (Status e = audit.append({QStringLiteral("customer.added"), QStringLiteral("customer"),
                                             QString::number(id), {}, QJsonObject{{QStringLiteral("demo"), true}},
                                             std::nullopt, {}});
                    !e)
                    return e;
            }
            return audit.finish();
        });
        if (!s)
            return s;
        done += count;
    }

    for (int done = 0; done < size.invoices;) {
        const int count = std::min(Batch, size.invoices - done);
        Status s = m_ledger.write([&]() -> Status {
            AuditLog::Batch audit(m_ledger.audit());
            // Reserve this batch's invoice numbers in one step; the row lock keeps them gap-free.
            Sql reserve(db, QStringLiteral("UPDATE number_sequences SET next_value = next_value + :n "
                                           "WHERE name = 'invoice' RETURNING next_value - :n"));
            reserve.bind(QStringLiteral(":n"), count);
            if (Status e = reserve.exec(); !e)
                return e;
            reserve.next();
            qint64 nextNumber = reserve.int64(0);
            int issuedInBatch = 0;
            Sql invoice(db, QStringLiteral(
                "INSERT INTO invoices (number, customer_id, status, environment, tax_invoice, issue_date, due_date, "
                "subtotal, vat, total, amount_paid, created_at, issued_at, updated_at) VALUES (:number, :customer, "
                ":status, :env, :tax, :issued, :due, :subtotal, :vat, :total, :paid, :created, :issued_at, :created)")
                + db.returningId());
            Sql line(db, QStringLiteral("INSERT INTO invoice_lines (invoice_id, position, description, quantity_milli, "
                                        "unit_price, vat_rate_bp, net, vat, gross) VALUES (:inv, :pos, :desc, :qty, "
                                        ":price, :rate, :net, :vat, :gross)"));
            Sql payment(db, QStringLiteral(
                "INSERT INTO transactions (kind, provider, provider_id, environment, status, invoice_id, m_payment_id, "
                "gross, fee, net, created_at, updated_at) VALUES ('payment', 'payfast', :pid, :env, 'complete', :inv, "
                ":mpid, :gross, :fee, :net, :at, :at)"));
            for (int i = 0; i < count; ++i) {
                const int n = done + i;
                // Dates rise with the invoice number, as in a real ledger, which also keeps index inserts local.
                const QDate issued = today.addDays(-365 + qint64(n) * 365 / std::max(1, size.invoices));
                const QString createdAt = Clock::toStorage(Clock::startOfDayUtc(issued).addSecs(8 * 3600 + rng.bounded(36000)));
                const int lines = 1 + (n % 5 == 0 ? 1 : 0);
                QList<LineAmounts> amounts;
                QList<qint64> prices;
                for (int l = 0; l < lines; ++l) {
                    prices.append(Prices[rng.bounded(int(std::size(Prices)))]);
                    amounts.append(computeLine(Quantity::fromMilli(1000 * (1 + l)), Money::fromCents(prices.last()), rate, false));
                }
                const InvoiceTotals totals = sumLines(amounts);
                const bool draft = n % 10 == 9;
                const bool paid = !draft && size.payments && rng.bounded(100) < 60;
                invoice.bind(QStringLiteral(":number"), draft ? QVariant()
                                                             : QVariant(invoiceNumber(nextNumber + issuedInBatch)))
                    .bind(QStringLiteral(":customer"), firstCustomer + rng.bounded(size.customers))
                    .bind(QStringLiteral(":status"), draft ? QStringLiteral("draft") : paid ? QStringLiteral("paid") : QStringLiteral("open"))
                    .bind(QStringLiteral(":env"), env)
                    .bind(QStringLiteral(":tax"), *vatRegistered ? 1 : 0)
                    .bind(QStringLiteral(":issued"), draft ? QVariant() : QVariant(issued.toString(Qt::ISODate)))
                    .bind(QStringLiteral(":due"), issued.addDays(30).toString(Qt::ISODate))
                    .bind(QStringLiteral(":subtotal"), totals.subtotal.cents())
                    .bind(QStringLiteral(":vat"), totals.vat.cents())
                    .bind(QStringLiteral(":total"), totals.total.cents())
                    .bind(QStringLiteral(":paid"), paid ? totals.total.cents() : 0)
                    .bind(QStringLiteral(":created"), createdAt)
                    .bind(QStringLiteral(":issued_at"), draft ? QVariant() : QVariant(createdAt));
                if (Status e = invoice.exec(); !e)
                    return e;
                const qint64 id = invoice.insertedId();
                if (!draft)
                    ++issuedInBatch;
                for (int l = 0; l < lines; ++l) {
                    line.bind(QStringLiteral(":inv"), id)
                        .bind(QStringLiteral(":pos"), l + 1)
                        .bind(QStringLiteral(":desc"), QString::fromUtf8(Items[(n + l) % std::size(Items)]))
                        .bind(QStringLiteral(":qty"), 1000 * (1 + l))
                        .bind(QStringLiteral(":price"), prices.at(l))
                        .bind(QStringLiteral(":rate"), rate.basisPoints())
                        .bind(QStringLiteral(":net"), amounts.at(l).net.cents())
                        .bind(QStringLiteral(":vat"), amounts.at(l).vat.cents())
                        .bind(QStringLiteral(":gross"), amounts.at(l).gross.cents());
                    if (Status e = line.exec(); !e)
                        return e;
                }
                QJsonObject after{{QStringLiteral("demo"), true}, {QStringLiteral("total"), totals.total.toString()}};
                if (paid) {
                    // PayFast's card fee: 3.2 % plus R 2.00 (excl. VAT), as the fee PayFast keeps.
                    const qint64 fee = divideRoundHalfUp(totals.total.cents() * 32, 1000) + 200;
                    payment.bind(QStringLiteral(":pid"), QString::number(900000000 + qint64(n)))
                        .bind(QStringLiteral(":env"), env)
                        .bind(QStringLiteral(":inv"), id)
                        .bind(QStringLiteral(":mpid"), QStringLiteral("demo-") + QString::number(n))
                        .bind(QStringLiteral(":gross"), totals.total.cents())
                        .bind(QStringLiteral(":fee"), fee)
                        .bind(QStringLiteral(":net"), totals.total.cents() - fee)
                        .bind(QStringLiteral(":at"), createdAt);
                    if (Status e = payment.exec(); !e)
                        return e;
                    after.insert(QStringLiteral("paid"), true);
                }
                if (Status e = audit.append({QStringLiteral("invoice.created"), QStringLiteral("invoice"),
                                             QString::number(id), {}, after, std::nullopt, {}});
                    !e)
                    return e;
            }
            // Give back the numbers drafts did not use, so numbering stays gap-free.
            Sql giveBack(db, QStringLiteral("UPDATE number_sequences SET next_value = :next WHERE name = 'invoice'"));
            giveBack.bind(QStringLiteral(":next"), nextNumber + issuedInBatch);
            if (Status e = giveBack.exec(); !e)
                return e;
            return audit.finish();
        });
        if (!s)
            return s;
        done += count;
        if (progress && !progress(done))
            return Error::conflict(tr("cancelled after %1 invoices").arg(done));
    }
    return {};
}

} // namespace imali
