// SPDX-License-Identifier: GPL-3.0-or-later
#include "ItnProcessor.h"

#include "Clock.h"
#include "Ledger.h"
#include "books/PaymentBooking.h"
#include "crypto/Crypto.h"
#include "payfast/FormEncoding.h"
#include "payfast/PayFastSigner.h"
#include "stripe/StripeEvent.h"
#include "stripe/StripeEventBooking.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QScopeGuard>
#include <QTimer>

#include <limits>

Q_DECLARE_LOGGING_CATEGORY(lcItn)

namespace imali {

namespace {
const QString SelectNotification = QStringLiteral(
    "SELECT id, provider, provider_id, status, m_payment_id, received_at, sender, checks, processing, attempts, "
    "COALESCE(next_attempt_at, ''), outcome FROM notifications");

/// What the log shows of a Stripe event: ids, amounts and states, none of the buyer's details.
Result<QList<QPair<QString, QString>>> stripeSummary(const QByteArray& body)
{
    const auto event = StripeEvent::parse(body);
    if (!event)
        return Error::integrity(QCoreApplication::translate("ItnProcessor", "the stored body is not a Stripe event"));
    QList<QPair<QString, QString>> fields{{QStringLiteral("id"), event->id},
                                          {QStringLiteral("type"), event->type},
                                          {QStringLiteral("livemode"), event->livemode ? QStringLiteral("true") : QStringLiteral("false")}};
    for (const QString& key : {QStringLiteral("object"), QStringLiteral("id"), QStringLiteral("payment_intent"),
                               QStringLiteral("client_reference_id"), QStringLiteral("payment_status"), QStringLiteral("status"),
                               QStringLiteral("amount_total"), QStringLiteral("amount"), QStringLiteral("amount_received"),
                               QStringLiteral("amount_refunded"), QStringLiteral("currency")}) {
        const QJsonValue v = event->object.value(key);
        if (v.isString() || v.isObject())
            fields.append({QStringLiteral("data.object.") + key, StripeEvent::idOf(event->object, key)});
        else if (v.isDouble())
            fields.append({QStringLiteral("data.object.") + key, QString::number(v.toInteger())});
    }
    const QString mPaymentId = event->mPaymentId();
    if (!mPaymentId.isEmpty())
        fields.append({QStringLiteral("m_payment_id"), mPaymentId});
    return fields;
}

NotificationRecord recordFromRow(const Sql& q)
{
    NotificationRecord r;
    r.id = q.int64(0);
    r.provider = q.text(1);
    r.providerId = q.text(2);
    r.status = q.text(3);
    r.mPaymentId = q.text(4);
    r.receivedAt = q.text(5);
    r.sender = q.text(6);
    r.checks = q.text(7);
    r.processing = q.text(8);
    r.attempts = static_cast<int>(q.int64(9));
    r.nextAttemptAt = q.text(10);
    r.outcome = q.text(11);
    return r;
}

QString field(const FormFields& fields, const QString& name)
{
    for (const auto& [key, value] : fields)
        if (key == name)
            return value;
    return {};
}

/// "-2.30" and "10.00" as PayFast sends them; no doubles anywhere.
std::optional<Money> signedAmount(const QString& text)
{
    const bool negative = text.startsWith(QLatin1Char('-'));
    auto parsed = Money::parse(negative ? text.mid(1) : text);
    if (!parsed)
        return std::nullopt;
    return negative ? -*parsed : *parsed;
}

/// Opens a stored body with the key it was sealed under.
Result<QByteArray> openBody(Ledger& ledger, qint64 id)
{
    Sql q(ledger.db(), QStringLiteral("SELECT sealed_body, sealed_with FROM notifications WHERE id = :id"));
    q.bind(QStringLiteral(":id"), id);
    if (Status s = q.exec(); !s)
        return s.error();
    if (!q.next())
        return Error::notFound(QCoreApplication::translate("ItnProcessor", "there is no notification %1").arg(id));
    const QByteArray sealed = q.value(0).toByteArray();
    const QString with = q.text(1);
    const QByteArray ad = QByteArrayLiteral("notification:") + QByteArray::number(id);
    if (with.startsWith(QLatin1String("customer:"))) {
        Sql key(ledger.db(), QStringLiteral("SELECT 1 FROM customer_keys WHERE customer_id = :c"));
        key.bind(QStringLiteral(":c"), with.mid(9).toLongLong());
        if (Status s = key.exec(); !s)
            return s.error();
        if (!key.next())
            return Error::integrity(QCoreApplication::translate("ItnProcessor", "the customer was anonymised; this notification's details are gone"));
        auto customerKey = ledger.customerKey(with.mid(9).toLongLong());
        if (!customerKey)
            return customerKey.error();
        return imali::open(*customerKey, sealed, ad);
    }
    return ledger.openWithLedgerKey(sealed, ad);
}
} // namespace

ItnProcessor::ItnProcessor(Ledger& ledger, PayFastSettings settings, QObject* parent)
    : QObject(parent)
    , m_ledger(ledger)
    , m_settings(std::move(settings))
    , m_network(new QNetworkAccessManager(this))
    , m_timer(new QTimer(this))
    , m_bookingTurn(new QTimer(this))
{
    connect(m_timer, &QTimer::timeout, this, &ItnProcessor::pickDue);
    // Zero interval: every confirmation already answered is read before the booking transaction starts.
    m_bookingTurn->setSingleShot(true);
    m_bookingTurn->setInterval(0);
    connect(m_bookingTurn, &QTimer::timeout, this, &ItnProcessor::bookQueued);
}

void ItnProcessor::start()
{
    pickDue(); // resume what a previous run left pending
    m_timer->start(1000);
}

void ItnProcessor::pickDue()
{
    Sql q(m_ledger.db(), QStringLiteral("SELECT id FROM notifications WHERE processing IN ('pending', 'flagged') "
                                        "AND next_attempt_at <= :now ORDER BY id LIMIT 50"));
    q.bind(QStringLiteral(":now"), Clock::toStorage(Clock::nowUtc()));
    if (!q.exec()) {
        // The database went away: reconnect here too, so pending work resumes without a new arrival.
        if (m_ledger.db().isConnectionLost(q.lastError()))
            m_ledger.db().reconnect();
        return; // the timer tries again
    }
    QList<qint64> due;
    while (q.next())
        due.append(q.int64(0));
    for (qint64 id : due)
        processNow(id);
}

bool ItnProcessor::claim(qint64 id)
{
    if (m_ledger.db().isPostgres()) {
        // Several listeners may share a PostgreSQL ledger: one of them works on a notification at a
        // time. A session lock ends by itself if that listener's connection dies, so nothing waits.
        Sql lock(m_ledger.db(), QStringLiteral("SELECT pg_try_advisory_lock(%1, CAST(:id AS integer))").arg(AdvisoryLockSpace));
        lock.bind(QStringLiteral(":id"), id);
        if (!lock.exec() || !lock.next() || !lock.value(0).toBool())
            return false;
    }
    // Someone may have finished it since it was picked.
    auto current = record(m_ledger, id);
    if (!current || current->processing == QLatin1String("processed") || current->processing == QLatin1String("rejected")) {
        release(id);
        return false;
    }
    return true;
}

void ItnProcessor::release(qint64 id)
{
    if (!m_ledger.db().isPostgres())
        return;
    Sql unlock(m_ledger.db(), QStringLiteral("SELECT pg_advisory_unlock(%1, CAST(:id AS integer))").arg(AdvisoryLockSpace));
    unlock.bind(QStringLiteral(":id"), id);
    (void)unlock.exec();
}

void ItnProcessor::processNow(qint64 id)
{
    if (m_inFlight.contains(id) || !claim(id))
        return;
    m_inFlight.insert(id);
    confirmAndBook(id);
}

void ItnProcessor::replay(qint64 id)
{
    // A replay re-runs a finished notification on purpose.
    if (m_inFlight.contains(id))
        return;
    m_inFlight.insert(id);
    confirmAndBook(id);
}

void ItnProcessor::confirmAndBook(qint64 id)
{
    auto body = openBody(m_ledger, id);
    if (!body) {
        finish(id, QStringLiteral("rejected"), body.error().message, false);
        return;
    }
    auto current = record(m_ledger, id);
    if (!current) {
        retryLater(id, current.error().message);
        return;
    }
    if (current->provider == QLatin1String("stripe")) {
        bookStripeEvent(id, *body);
        return;
    }
    auto fields = decodeForm(*body);
    if (!fields) {
        finish(id, QStringLiteral("rejected"), tr("stored body is not a form"), false);
        return;
    }
    auto book = [this, id, fields = *fields]() {
        ConfirmedPayment p;
        p.providerId = field(fields, QStringLiteral("pf_payment_id"));
        p.status = field(fields, QStringLiteral("payment_status"));
        p.mPaymentId = field(fields, QStringLiteral("m_payment_id"));
        p.token = field(fields, QStringLiteral("token"));
        p.notificationId = id;
        const auto gross = signedAmount(field(fields, QStringLiteral("amount_gross")));
        const auto fee = signedAmount(field(fields, QStringLiteral("amount_fee")).isEmpty() ? QStringLiteral("0.00")
                                                                                            : field(fields, QStringLiteral("amount_fee")));
        const auto net = signedAmount(field(fields, QStringLiteral("amount_net")).isEmpty() ? field(fields, QStringLiteral("amount_gross"))
                                                                                            : field(fields, QStringLiteral("amount_net")));
        if (!gross || !fee || !net || gross->isNegative()) {
            finish(id, QStringLiteral("rejected"), tr("the amounts are not readable"), false);
            return;
        }
        p.gross = *gross;
        p.fee = -*fee; // PayFast sends the fee negative; we keep what it kept as positive
        p.net = *net;
        p.amountsAddUp = p.gross - p.fee == p.net;
        queueBooking(id, p);
    };
    if (!m_settings.serverConfirmation) {
        book();
        return;
    }
    QNetworkRequest request{QUrl(m_settings.validateUrl)};
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
    request.setTransferTimeout(30000);
    QNetworkReply* reply = m_network->post(request, validatePostBody(*fields));
    connect(reply, &QNetworkReply::finished, this, [this, reply, id, book] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray answer = reply->readAll().trimmed();
        if (reply->error() != QNetworkReply::NoError || status != 200) {
            retryLater(id, tr("server confirmation failed: %1").arg(reply->error() != QNetworkReply::NoError ? reply->errorString()
                                                                                                             : tr("HTTP %1").arg(status)));
            return;
        }
        if (answer == "VALID") {
            book();
        } else if (answer == "INVALID") {
            finish(id, QStringLiteral("rejected"), tr("PayFast answered INVALID: nothing booked"), false);
        } else {
            retryLater(id, tr("server confirmation gave an unexpected answer"));
        }
    });
}

void ItnProcessor::bookStripeEvent(qint64 id, const QByteArray& body)
{
    // Stripe's signature, checked at the door, is its confirmation: no call back to Stripe.
    const StripeEventResult result = StripeEventBooking(m_ledger).process(body, id);
    switch (result.kind) {
    case StripeEventResult::Kind::Processed:
        finish(id, QStringLiteral("processed"), result.outcome, result.moneyBooked);
        return;
    case StripeEventResult::Kind::Rejected:
        finish(id, QStringLiteral("rejected"), result.outcome, false);
        return;
    case StripeEventResult::Kind::Flagged:
        finish(id, QStringLiteral("flagged"), result.outcome, result.moneyBooked);
        return;
    case StripeEventResult::Kind::RetryLater:
        retryLater(id, result.outcome);
        return;
    }
}

void ItnProcessor::queueBooking(qint64 id, const ConfirmedPayment& payment)
{
    m_toBook.append({id, payment});
    if (!m_bookingTurn->isActive())
        m_bookingTurn->start();
}

void ItnProcessor::bookQueued()
{
    // Bounded: on SQLite the listener's own commits wait while a booking transaction holds the lock.
    const QList<QPair<qint64, ConfirmedPayment>> batch = m_toBook.first(std::min<qsizetype>(m_toBook.size(), MaxBookingBatch));
    m_toBook.remove(0, batch.size());
    if (!m_toBook.isEmpty())
        m_bookingTurn->start();
    if (batch.isEmpty() || (batch.size() > 1 && bookTogether(batch)))
        return;
    // One bad booking would roll back its neighbours: on their own, each keeps or retries alone.
    for (const auto& one : batch)
        if (Status s = bookTogether({one}); !s)
            retryLater(one.first, s.error().message); // the database failed: keep it for later
}

Status ItnProcessor::bookTogether(const QList<QPair<qint64, ConfirmedPayment>>& batch)
{
    if (batch.size() == 1) {
        // Alone, the booking is its own transaction: it can then run itself again when another
        // listener inserted the same payment under it (a PostgreSQL transaction that met that is spent).
        const auto& [id, payment] = batch.first();
        auto outcome = PaymentBooking(m_ledger).book(payment);
        if (!outcome)
            return outcome.error();
        finish(id, QStringLiteral("processed"), outcome->outcome,
               outcome->transactionId.has_value() && payment.status == QLatin1String("COMPLETE"));
        return {};
    }
    QList<BookingOutcome> outcomes;
    Status s = m_ledger.write([&]() -> Status {
        outcomes.clear();
        for (const auto& [id, payment] : batch) {
            auto outcome = PaymentBooking(m_ledger).book(payment);
            if (!outcome)
                return outcome.error();
            if (Status e = markFinished(id, QStringLiteral("processed"), outcome->outcome); !e)
                return e;
            outcomes.append(*outcome);
        }
        return {};
    });
    if (!s)
        return s;
    for (qsizetype i = 0; i < batch.size(); ++i) {
        const ConfirmedPayment& p = batch.at(i).second;
        const bool booked = outcomes.at(i).transactionId.has_value() && p.status == QLatin1String("COMPLETE");
        announce(batch.at(i).first, QStringLiteral("processed"), outcomes.at(i).outcome, booked);
    }
    return {};
}

void ItnProcessor::finish(qint64 id, const QString& processing, const QString& outcome, bool booked)
{
    if (!markFinished(id, processing, outcome)) {
        m_inFlight.remove(id);
        release(id);
        qCWarning(lcItn) << "could not record the outcome of notification" << id;
        return;
    }
    announce(id, processing, outcome, booked);
}

Status ItnProcessor::markFinished(qint64 id, const QString& processing, const QString& outcome)
{
    Sql q(m_ledger.db(), QStringLiteral("UPDATE notifications SET processing = :p, outcome = :o, processed_at = :now, "
                                        "next_attempt_at = NULL WHERE id = :id"));
    q.bind(QStringLiteral(":p"), processing).bind(QStringLiteral(":o"), outcome)
        .bind(QStringLiteral(":now"), Clock::toStorage(Clock::nowUtc())).bind(QStringLiteral(":id"), id);
    return q.exec();
}

void ItnProcessor::announce(qint64 id, const QString& processing, const QString& outcome, bool booked)
{
    m_inFlight.remove(id);
    release(id);
    qCInfo(lcItn) << "notification" << id << processing << outcome;
    emit processed(id, outcome, booked);
}

void ItnProcessor::retryLater(qint64 id, const QString& why)
{
    m_inFlight.remove(id);
    const auto releaseClaim = qScopeGuard([this, id] { release(id); });
    auto current = record(m_ledger, id);
    const int attempts = current ? current->attempts + 1 : 1;
    qint64 delay = FirstRetrySeconds;
    for (int i = 1; i < attempts && delay < MaxRetrySeconds; ++i)
        delay *= 2;
    delay = std::min<qint64>(delay, MaxRetrySeconds);
    const bool overdue = current && Clock::fromStorage(current->receivedAt).addSecs(FlagAfterHours * 3600) < Clock::nowUtc();
    Sql q(m_ledger.db(), QStringLiteral("UPDATE notifications SET attempts = :a, next_attempt_at = :next, outcome = :o, "
                                        "processing = :p WHERE id = :id"));
    q.bind(QStringLiteral(":a"), attempts)
        .bind(QStringLiteral(":next"), Clock::toStorage(Clock::nowUtc().addSecs(delay)))
        .bind(QStringLiteral(":o"), tr("%1; retry %2 in %3 s").arg(why).arg(attempts).arg(delay))
        .bind(QStringLiteral(":p"), overdue ? QStringLiteral("flagged") : QStringLiteral("pending"))
        .bind(QStringLiteral(":id"), id);
    (void)q.exec();
    emit processed(id, why, false);
}

Result<NotificationRecord> ItnProcessor::record(Ledger& ledger, qint64 id)
{
    Sql q(ledger.db(), SelectNotification + QStringLiteral(" WHERE id = :id"));
    q.bind(QStringLiteral(":id"), id);
    if (Status s = q.exec(); !s)
        return s.error();
    if (!q.next())
        return Error::notFound(tr("there is no notification %1").arg(id));
    return recordFromRow(q);
}

Result<QList<NotificationRecord>> ItnProcessor::list(Ledger& ledger, const QString& since, int limit)
{
    Sql q(ledger.db(), SelectNotification + QStringLiteral(" WHERE received_at >= :since ORDER BY id DESC LIMIT :limit"));
    q.bind(QStringLiteral(":since"), since).bind(QStringLiteral(":limit"), limit);
    if (Status s = q.exec(); !s)
        return s.error();
    QList<NotificationRecord> list;
    while (q.next())
        list.append(recordFromRow(q));
    return list;
}

Result<QList<NotificationRecord>> ItnProcessor::page(Ledger& ledger, qint64 beforeId, int limit)
{
    // Keyset paging on the primary key: every page costs the same however long the log grows.
    Sql q(ledger.db(), SelectNotification + QStringLiteral(" WHERE id < :before ORDER BY id DESC LIMIT :limit"));
    q.bind(QStringLiteral(":before"), beforeId > 0 ? beforeId : std::numeric_limits<qint64>::max())
        .bind(QStringLiteral(":limit"), limit);
    if (Status s = q.exec(); !s)
        return s.error();
    QList<NotificationRecord> list;
    while (q.next())
        list.append(recordFromRow(q));
    return list;
}

Result<QList<QPair<QString, QString>>> ItnProcessor::redactedFields(Ledger& ledger, qint64 id)
{
    auto body = openBody(ledger, id);
    if (!body)
        return body.error();
    auto current = record(ledger, id);
    if (!current)
        return current.error();
    if (current->provider == QLatin1String("stripe"))
        return stripeSummary(*body);
    auto fields = decodeForm(*body);
    if (!fields)
        return Error::integrity(tr("the stored body is not a form"));
    for (auto& [key, value] : *fields)
        if (key == QLatin1String("signature") || key == QLatin1String("token") || key == QLatin1String("passphrase"))
            value = QStringLiteral("***");
    return *fields;
}

} // namespace imali
