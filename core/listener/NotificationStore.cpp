// SPDX-License-Identifier: GPL-3.0-or-later
#include "NotificationStore.h"

#include "Clock.h"
#include "Ledger.h"
#include "crypto/Crypto.h"

#include <QJsonDocument>

namespace imali {

NotificationStore::NotificationStore(Ledger& ledger)
    : m_ledger(ledger)
{
}

Result<StoredNotification> NotificationStore::store(const ReceivedNotification& n)
{
    auto stored = storeOnce(n);
    if (stored)
        return stored;
    // A PostgreSQL session the server dropped stays dead until it is reopened, so every retry
    // PayFast makes would get 503 for good. When the store does not answer at all, reconnect
    // once and try again; a store that answers (SQLite busy, a constraint) is not retried.
    Database& db = m_ledger.db();
    Sql ping(db, QStringLiteral("SELECT 1"));
    if (!ping.exec() && db.reconnect())
        return storeOnce(n);
    return stored;
}

QList<Result<StoredNotification>> NotificationStore::storeAll(const QList<ReceivedNotification>& notifications)
{
    QList<Result<StoredNotification>> results;
    if (notifications.size() > 1) {
        QList<StoredNotification> stored;
        Status s = m_ledger.db().write([&]() -> Status {
            for (const ReceivedNotification& n : notifications) {
                auto one = insert(n);
                if (!one)
                    return one.error();
                stored.append(*one);
            }
            return {};
        });
        if (s) {
            for (const StoredNotification& one : stored)
                results.append(one);
            return results;
        }
        // Another listener stored one of them first (PostgreSQL then aborts the whole transaction), or
        // the database failed: each on its own decides its own answer.
    }
    for (const ReceivedNotification& n : notifications)
        results.append(store(n));
    return results;
}

Result<StoredNotification> NotificationStore::storeOnce(const ReceivedNotification& n)
{
    Result<StoredNotification> stored = StoredNotification{};
    Status s = m_ledger.db().write([&]() -> Status {
        stored = insert(n);
        return stored ? Status{} : Status{stored.error()};
    });
    if (!s) {
        if (s.error().kind == ErrorKind::Conflict)
            return StoredNotification{0, true};
        return s.error();
    }
    return stored;
}

Result<StoredNotification> NotificationStore::insert(const ReceivedNotification& n)
{
    StoredNotification stored;
    Database& db = m_ledger.db();
    Sql existing(db, QStringLiteral("SELECT id FROM notifications WHERE provider = :p AND provider_id = :id AND status = :s"));
    existing.bind(QStringLiteral(":p"), n.provider).bind(QStringLiteral(":id"), n.providerId).bind(QStringLiteral(":s"), n.status);
    if (Status e = existing.exec(); !e)
        return e.error();
    if (existing.next())
        return StoredNotification{existing.int64(0), true};
    // The customer, when the checkout is ours: their key seals the personal data in the body.
    std::optional<qint64> customerId;
    if (!n.mPaymentId.isEmpty()) {
        Sql owner(db, QStringLiteral("SELECT i.customer_id FROM checkouts c JOIN invoices i ON i.id = c.invoice_id "
                                     "WHERE c.m_payment_id = :m"));
        owner.bind(QStringLiteral(":m"), n.mPaymentId);
        if (Status e = owner.exec(); !e)
            return e.error();
        if (owner.next())
            customerId = owner.int64(0);
    }
    Sql row(db, QStringLiteral(
        "INSERT INTO notifications (provider, provider_id, status, m_payment_id, environment, received_at, sender, peer, "
        "checks, sealed_with, next_attempt_at) VALUES (:p, :id, :s, :m, :env, :at, :sender, :peer, :checks, :with, :at)")
        + db.returningId());
    const QString at = Clock::toStorage(Clock::nowUtc());
    row.bind(QStringLiteral(":p"), n.provider)
        .bind(QStringLiteral(":id"), n.providerId)
        .bind(QStringLiteral(":s"), n.status)
        .bind(QStringLiteral(":m"), n.mPaymentId)
        .bind(QStringLiteral(":env"), toString(m_ledger.environment()))
        .bind(QStringLiteral(":at"), at)
        .bind(QStringLiteral(":sender"), n.sender.toString())
        .bind(QStringLiteral(":peer"), n.peer.toString())
        .bind(QStringLiteral(":checks"), QString::fromUtf8(QJsonDocument(n.checks).toJson(QJsonDocument::Compact)))
        .bind(QStringLiteral(":with"), customerId ? QStringLiteral("customer:%1").arg(*customerId) : QStringLiteral("ledger"));
    if (Status e = row.exec(); !e) {
        if (db.isUniqueViolation(row.lastError())) // another listener stored it first
            return Error::conflict(QStringLiteral("duplicate"));
        return e.error();
    }
    stored.id = row.insertedId();
    const QByteArray ad = QByteArrayLiteral("notification:") + QByteArray::number(stored.id);
    QByteArray sealed;
    if (customerId) {
        auto key = m_ledger.customerKey(*customerId);
        if (!key)
            return key.error();
        sealed = seal(*key, n.rawBody, ad);
    } else {
        sealed = m_ledger.sealWithLedgerKey(n.rawBody, ad);
    }
    Sql body(db, QStringLiteral("UPDATE notifications SET sealed_body = :b WHERE id = :id"));
    body.bind(QStringLiteral(":b"), sealed).bind(QStringLiteral(":id"), stored.id);
    if (Status e = body.exec(); !e)
        return e.error();
    return stored;
}

void NotificationStore::noteRefused(const QHostAddress& sender, int httpStatus, const QString& reason)
{
    if (m_refused.size() >= RingSize)
        m_refused.removeFirst(); // a flood between flushes keeps only the latest
    m_refused.append({Clock::toStorage(Clock::nowUtc()), sender.toString(), httpStatus, reason});
}

void NotificationStore::noteRefusedSigned(const QString& providerId, const QString& status, const QHostAddress& sender)
{
    if (m_refusedSigned.size() < SignedCap)
        m_refusedSigned.append({providerId, status, sender.toString(), Clock::toStorage(Clock::nowUtc())});
}

Status NotificationStore::flushRefused()
{
    if (m_refused.isEmpty() && m_refusedSigned.isEmpty())
        return {};
    Database& db = m_ledger.db();
    Status s = db.write([&]() -> Status {
        if (m_nextSlot < 0) {
            Sql last(db, QStringLiteral("SELECT slot FROM refused_requests ORDER BY received_at DESC, slot DESC LIMIT 1"));
            if (Status e = last.exec(); !e)
                return e;
            m_nextSlot = last.next() ? (last.int64(0) + 1) % RingSize : 0;
        }
        Sql ring(db, QStringLiteral("INSERT INTO refused_requests (slot, received_at, sender, http_status, reason) "
                                    "VALUES (:slot, :at, :sender, :status, :reason) ON CONFLICT (slot) DO UPDATE SET "
                                    "received_at = excluded.received_at, sender = excluded.sender, "
                                    "http_status = excluded.http_status, reason = excluded.reason"));
        for (const Refused& r : m_refused) {
            ring.bind(QStringLiteral(":slot"), m_nextSlot)
                .bind(QStringLiteral(":at"), r.at)
                .bind(QStringLiteral(":sender"), r.sender)
                .bind(QStringLiteral(":status"), r.status)
                .bind(QStringLiteral(":reason"), r.reason);
            if (Status e = ring.exec(); !e)
                return e;
            m_nextSlot = (m_nextSlot + 1) % RingSize;
        }
        Sql count(db, QStringLiteral("SELECT COUNT(*) FROM refused_signed"));
        if (Status e = count.exec(); !e)
            return e;
        count.next();
        qint64 rows = count.int64(0);
        Sql upsert(db, QStringLiteral("INSERT INTO refused_signed (provider_id, status, sender, first_seen_at, last_seen_at) "
                                      "VALUES (:id, :s, :sender, :at, :at) ON CONFLICT (provider_id, status) DO UPDATE SET "
                                      "last_seen_at = excluded.last_seen_at, sender = excluded.sender, "
                                      "times = refused_signed.times + 1"));
        for (const RefusedSigned& r : m_refusedSigned) {
            if (rows >= SignedCap)
                break; // capped: the console already has plenty to raise
            upsert.bind(QStringLiteral(":id"), r.providerId)
                .bind(QStringLiteral(":s"), r.status)
                .bind(QStringLiteral(":sender"), r.sender)
                .bind(QStringLiteral(":at"), r.at);
            if (Status e = upsert.exec(); !e)
                return e;
            ++rows;
        }
        return {};
    });
    if (s) {
        m_refused.clear();
        m_refusedSigned.clear();
    }
    return s;
}

} // namespace imali
