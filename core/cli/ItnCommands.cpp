// SPDX-License-Identifier: GPL-3.0-or-later
// imalictl itn list|show|replay and payment exceptions|allocate.
#include "CliContext.h"

#include "Clock.h"
#include "books/PaymentBooking.h"
#include "payfast/PayFastSettings.h"
#include "processing/ItnProcessor.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace imali {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("imalictl", text);
}

QJsonObject recordJson(const NotificationRecord& r)
{
    return {{QStringLiteral("id"), r.id},
            {QStringLiteral("provider"), r.provider},
            {QStringLiteral("pf_payment_id"), r.providerId},
            {QStringLiteral("payment_status"), r.status},
            {QStringLiteral("m_payment_id"), r.mPaymentId},
            {QStringLiteral("received_at"), r.receivedAt},
            {QStringLiteral("sender"), r.sender},
            {QStringLiteral("checks"), QJsonDocument::fromJson(r.checks.toUtf8()).object()},
            {QStringLiteral("processing"), r.processing},
            {QStringLiteral("attempts"), r.attempts},
            {QStringLiteral("next_attempt_at"), r.nextAttemptAt},
            {QStringLiteral("outcome"), r.outcome}};
}

Result<qint64> parseId(const QString& text)
{
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    if (!ok || id <= 0)
        return Error::validation(tr("\"%1\" is not an id").arg(text));
    return id;
}
} // namespace

int runItnCommand(CliContext& ctx)
{
    const QStringList& p = ctx.args().positionals;
    const QString sub = p.value(1);
    if (auto bad = ctx.rejectUnknown({QStringLiteral("since"), QStringLiteral("limit")}))
        return *bad;
    auto ledger = ctx.ledger();
    if (!ledger)
        return ctx.fail(ledger.error());
    if (sub == QLatin1String("list") && p.size() == 2) {
        QString since = ctx.args().option(QStringLiteral("since"));
        if (!since.isEmpty()) {
            const QDate day = QDate::fromString(since, Qt::ISODate);
            const QDateTime at = QDateTime::fromString(since, Qt::ISODate);
            if (day.isValid())
                since = Clock::toStorage(Clock::startOfDayUtc(day));
            else if (at.isValid())
                since = Clock::toStorage(at);
            else
                return ctx.usage(tr("--since takes a date (YYYY-MM-DD) or a time (ISO 8601)"));
        }
        auto list = ItnProcessor::list(**ledger, since, 1000);
        if (!list)
            return ctx.fail(list.error());
        QJsonArray rows;
        for (const NotificationRecord& r : *list) {
            rows.append(recordJson(r));
            if (!ctx.json())
                ctx.out() << QStringLiteral("%1  %2  %3 %4  %5  %6\n")
                                 .arg(r.id, 6).arg(r.receivedAt, r.providerId, r.status, r.processing, r.outcome);
        }
        if (ctx.json())
            ctx.printJson(rows);
        return 0;
    }
    if ((sub == QLatin1String("show") || sub == QLatin1String("replay")) && p.size() == 3) {
        auto id = parseId(p.at(2));
        if (!id)
            return ctx.fail(id.error());
        if (sub == QLatin1String("replay")) {
            auto settings = PayFastSettings::resolve(ctx.config(), **ledger);
            if (!settings)
                return ctx.fail(settings.error());
            if (auto exists = ItnProcessor::record(**ledger, *id); !exists)
                return ctx.fail(exists.error());
            // In-process: processing runs again (confirmation, booking); nothing is re-posted to us.
            ItnProcessor processor(**ledger, *settings);
            QEventLoop loop;
            QObject::connect(&processor, &ItnProcessor::processed, &loop, [&loop](qint64, const QString&, bool) { loop.quit(); });
            processor.replay(*id);
            if (processor.isBusy())
                loop.exec();
        }
        auto record = ItnProcessor::record(**ledger, *id);
        if (!record)
            return ctx.fail(record.error());
        auto fields = ItnProcessor::redactedFields(**ledger, *id);
        QJsonObject o = recordJson(*record);
        QJsonArray f;
        if (fields)
            for (const auto& [key, value] : *fields)
                f.append(QJsonArray{key, value});
        o.insert(QStringLiteral("fields"), f);
        if (!fields)
            o.insert(QStringLiteral("fields_unavailable"), fields.error().message);
        if (ctx.json()) {
            ctx.printJson(o);
        } else {
            ctx.out() << (record->provider == QLatin1String("stripe") ? tr("Notification %1: Stripe event %2, %3, from %4 at %5\n")
                                                                       : tr("Notification %1: pf_payment_id %2, %3, from %4 at %5\n"))
                             .arg(record->id).arg(record->providerId, record->status, record->sender, record->receivedAt);
            ctx.out() << tr("  checks: %1\n  processing: %2 (%3 attempts)\n  outcome: %4\n")
                             .arg(record->checks, record->processing).arg(record->attempts).arg(record->outcome);
            if (fields)
                for (const auto& [key, value] : *fields)
                    ctx.out() << QStringLiteral("  %1 = %2\n").arg(key, value);
        }
        return 0;
    }
    return ctx.usage(tr("usage: imalictl itn list [--since T] | itn show ID | itn replay ID"));
}

int runExceptionsCommand(CliContext& ctx)
{
    const QStringList& p = ctx.args().positionals;
    auto ledger = ctx.ledger();
    if (!ledger)
        return ctx.fail(ledger.error());
    PaymentBooking booking(**ledger);
    if (p.value(1) == QLatin1String("exceptions") && p.size() == 2) {
        if (auto bad = ctx.rejectUnknown({}))
            return *bad;
        auto list = booking.exceptions();
        if (!list)
            return ctx.fail(list.error());
        QJsonArray rows;
        for (const Transaction& t : *list) {
            rows.append(QJsonObject{{QStringLiteral("id"), t.id},
                                    {QStringLiteral("provider"), t.provider},
                                    {QStringLiteral("provider_id"), t.providerId},
                                    {QStringLiteral("m_payment_id"), t.mPaymentId},
                                    {QStringLiteral("gross"), t.gross.toString()},
                                    {QStringLiteral("fee"), t.fee.toString()},
                                    {QStringLiteral("net"), t.net.toString()},
                                    {QStringLiteral("reason"), t.unallocatedReason},
                                    {QStringLiteral("created_at"), t.createdAt}});
            if (!ctx.json())
                ctx.out() << QStringLiteral("%1  %2  %3  %4\n").arg(t.id, 6).arg(t.gross.toString(), 12).arg(t.providerId, t.unallocatedReason);
        }
        if (ctx.json())
            ctx.printJson(rows);
        return 0;
    }
    if (p.value(1) == QLatin1String("allocate") && p.size() == 3) {
        if (auto bad = ctx.rejectUnknown({QStringLiteral("invoice")}))
            return *bad;
        auto id = parseId(p.at(2));
        if (!id)
            return ctx.fail(id.error());
        if (ctx.args().option(QStringLiteral("invoice")).isEmpty())
            return ctx.usage(tr("usage: imalictl payment allocate TRANSACTION --invoice ID"));
        auto t = booking.allocate(*id, ctx.args().option(QStringLiteral("invoice")));
        if (!t)
            return ctx.fail(t.error());
        if (ctx.json())
            ctx.printJson(QJsonObject{{QStringLiteral("id"), t->id}, {QStringLiteral("invoice_id"), t->invoiceId ? QJsonValue(*t->invoiceId) : QJsonValue()},
                                      {QStringLiteral("gross"), t->gross.toString()}});
        else
            ctx.out() << tr("Allocated transaction %1 (%2).\n").arg(t->id).arg(t->gross.toString());
        return 0;
    }
    return ctx.usage(tr("usage: imalictl payment exceptions | payment allocate TRANSACTION --invoice ID"));
}

} // namespace imali
