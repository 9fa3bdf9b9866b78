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

#include <array>
#include <charconv>
#include <iterator>

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

/// Text for a million rows is built as UTF-8 in a stack buffer: a QString per value showed up in the profile.
class Utf8Buffer
{
public:
    Utf8Buffer& append(QByteArrayView text)
    {
        Q_ASSERT(m_size + text.size() <= qsizetype(m_data.size()));
        std::copy(text.begin(), text.end(), m_data.data() + m_size);
        m_size += text.size();
        return *this;
    }
    /// \a value in decimal, zero-padded to at least \a width digits.
    Utf8Buffer& appendNumber(qint64 value, int width = 0)
    {
        char digits[24];
        const auto end = std::to_chars(std::begin(digits), std::end(digits), value).ptr;
        for (qsizetype pad = width - (end - digits); pad > 0; --pad)
            m_data[m_size++] = '0';
        return append(QByteArrayView(digits, end - digits));
    }
    QByteArrayView view() const { return QByteArrayView(m_data.data(), m_size); }

private:
    std::array<char, 64> m_data;
    qsizetype m_size = 0;
};

/// "INV-000042".
Utf8Buffer invoiceNumber(qint64 n)
{
    Utf8Buffer number;
    number.append("INV-").appendNumber(n, 6);
    return number;
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
    const QByteArray env = toString(m_ledger.environment()).toUtf8();
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
            const auto insert = PreparedInsert::prepare(db, QStringLiteral(
                "INSERT INTO customers (name, email, phone, created_at, updated_at) VALUES (?, ?, ?, ?, ?)")
                + db.returningId());
            const QString now = Clock::toStorage(Clock::nowUtc());
            for (int i = 0; i < count; ++i) {
                const int n = done + i;
                const QString first = QString::fromUtf8(FirstNames[rng.bounded(int(std::size(FirstNames)))]);
                const QString last = QString::fromUtf8(LastNames[rng.bounded(int(std::size(LastNames)))]);
                const QString name = n % 3 == 0 ? QStringLiteral("%1 %2").arg(last, QString::fromUtf8(Businesses[n % std::size(Businesses)]))
                                                : QStringLiteral("%1 %2").arg(first, last);
                insert->bindText(name)
                    .bindText(QStringLiteral("customer%1@example.co.za").arg(n + 1))
                    .bindText(QStringLiteral("+27 82 %1").arg(1000000 + n % 8999999))
                    .bindText(now)
                    .bindText(now);
                if (Status e = insert->exec(); !e)
                    return e;
                const qint64 id = insert->insertedId();
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
            const auto invoice = PreparedInsert::prepare(db, QStringLiteral(
                "INSERT INTO invoices (number, customer_id, status, environment, tax_invoice, issue_date, due_date, "
                "subtotal, vat, total, amount_paid, created_at, issued_at, updated_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                + db.returningId());
            const auto line = PreparedInsert::prepare(db, QStringLiteral(
                "INSERT INTO invoice_lines (invoice_id, position, description, quantity_milli, unit_price, "
                "vat_rate_bp, net, vat, gross) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
            const auto payment = PreparedInsert::prepare(db, QStringLiteral(
                "INSERT INTO transactions (kind, provider, provider_id, environment, status, invoice_id, m_payment_id, "
                "gross, fee, net, created_at, updated_at) VALUES ('payment', 'payfast', ?, ?, 'complete', ?, ?, ?, ?, "
                "?, ?, ?)"));
            // Many invoices share an issue date: its text is made once per date.
            QDate day;
            QDateTime dayStart;
            QByteArray issuedText;
            QByteArray dueText;
            // One audit payload, updated per invoice: the audit log only reads it, so after each
            // append this is again the sole owner and changes in place instead of being rebuilt.
            QJsonObject after{{QStringLiteral("demo"), true}};
            for (int i = 0; i < count; ++i) {
                const int n = done + i;
                // Dates rise with the invoice number, as in a real ledger, which also keeps index inserts local.
                const QDate issued = today.addDays(-365 + qint64(n) * 365 / std::max(1, size.invoices));
                if (issued != day) {
                    day = issued;
                    dayStart = Clock::startOfDayUtc(issued);
                    issuedText = issued.toString(Qt::ISODate).toLatin1();
                    dueText = issued.addDays(30).toString(Qt::ISODate).toLatin1();
                }
                const QByteArray createdAt = Clock::toStorage(dayStart.addSecs(8 * 3600 + rng.bounded(36000))).toLatin1();
                const int lines = 1 + (n % 5 == 0 ? 1 : 0);
                QList<LineAmounts> amounts;
                std::array<qint64, 2> prices;
                for (int l = 0; l < lines; ++l) {
                    prices[l] = Prices[rng.bounded(int(std::size(Prices)))];
                    amounts.append(computeLine(Quantity::fromMilli(1000 * (1 + l)), Money::fromCents(prices[l]), rate, false));
                }
                const InvoiceTotals totals = sumLines(amounts);
                const bool draft = n % 10 == 9;
                const bool paid = !draft && size.payments && rng.bounded(100) < 60;
                if (draft)
                    invoice->bindNull();
                else
                    invoice->bindUtf8(invoiceNumber(nextNumber + issuedInBatch).view());
                invoice->bindInt(firstCustomer + rng.bounded(size.customers))
                    .bindUtf8(draft ? "draft" : paid ? "paid" : "open")
                    .bindUtf8(env)
                    .bindInt(*vatRegistered ? 1 : 0);
                if (draft)
                    invoice->bindNull();
                else
                    invoice->bindUtf8(issuedText);
                invoice->bindUtf8(dueText)
                    .bindInt(totals.subtotal.cents())
                    .bindInt(totals.vat.cents())
                    .bindInt(totals.total.cents())
                    .bindInt(paid ? totals.total.cents() : 0)
                    .bindUtf8(createdAt);
                if (draft)
                    invoice->bindNull();
                else
                    invoice->bindUtf8(createdAt);
                invoice->bindUtf8(createdAt);
                if (Status e = invoice->exec(); !e)
                    return e;
                const qint64 id = invoice->insertedId();
                if (!draft)
                    ++issuedInBatch;
                for (int l = 0; l < lines; ++l) {
                    line->bindInt(id)
                        .bindInt(l + 1)
                        .bindUtf8(Items[(n + l) % std::size(Items)])
                        .bindInt(1000 * (1 + l))
                        .bindInt(prices[l])
                        .bindInt(rate.basisPoints())
                        .bindInt(amounts.at(l).net.cents())
                        .bindInt(amounts.at(l).vat.cents())
                        .bindInt(amounts.at(l).gross.cents());
                    if (Status e = line->exec(); !e)
                        return e;
                }
                after.insert(QStringLiteral("total"), totals.total.toString());
                after.remove(QStringLiteral("paid"));
                if (paid) {
                    // PayFast's card fee: 3.2 % plus R 2.00 (excl. VAT), as the fee PayFast keeps.
                    const qint64 fee = divideRoundHalfUp(totals.total.cents() * 32, 1000) + 200;
                    Utf8Buffer providerId;
                    providerId.appendNumber(900000000 + qint64(n));
                    Utf8Buffer paymentId;
                    paymentId.append("demo-").appendNumber(n);
                    payment->bindUtf8(providerId.view())
                        .bindUtf8(env)
                        .bindInt(id)
                        .bindUtf8(paymentId.view())
                        .bindInt(totals.total.cents())
                        .bindInt(fee)
                        .bindInt(totals.total.cents() - fee)
                        .bindUtf8(createdAt)
                        .bindUtf8(createdAt);
                    if (Status e = payment->exec(); !e)
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
