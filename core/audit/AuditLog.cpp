// SPDX-License-Identifier: GPL-3.0-or-later
#include "AuditLog.h"

#include "Clock.h"
#include "Database.h"
#include "crypto/Crypto.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSysInfo>

namespace imali {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("AuditLog", text);
}

const QString InsertEntry = QStringLiteral(
    "INSERT INTO audit_log (seq, created_at, os_user, desktop, action, entity, entity_id, customer_id, "
    "before_data, after_data, prev_mac, mac) VALUES (:seq, :at, :user, :desktop, :action, :entity, :entity_id, "
    ":customer, :before, :after, :prev, :mac)");
const QString UpdateHead = QStringLiteral("UPDATE audit_head SET seq = :seq, mac = :mac WHERE id = 1");
} // namespace

Actor Actor::current()
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME");
    return {user.isEmpty() ? QStringLiteral("unknown") : user, QSysInfo::machineHostName()};
}

struct AuditLog::Entry {
    qint64 seq = 0;
    QString createdAt;
    QString osUser;
    QString desktop;
    QString action;
    QString entity;
    QString entityId;
    std::optional<qint64> customerId;
    QString before;
    QString after;
    QString prevMac;
    QString mac;
};

AuditLog::AuditLog(Database& db, const QString& ledgerId, const QByteArray& ledgerKey, Actor actor)
    : m_db(db)
    , m_ledgerId(ledgerId)
    , m_mac(std::make_unique<HmacSha256>(deriveKey(ledgerKey, QByteArrayLiteral("imali audit chain v1"))))
    , m_actor(std::move(actor))
{
}

AuditLog::~AuditLog() = default;

QString AuditLog::macOf(const Entry& e) const
{
    // Canonical form: every field length-prefixed, so no two entries encode alike.
    QByteArray message;
    message.reserve(512);
    const auto add = [&message](const QByteArray& field) {
        const quint32 n = static_cast<quint32>(field.size());
        const char prefix[4] = {static_cast<char>(n >> 24), static_cast<char>(n >> 16), static_cast<char>(n >> 8),
                                static_cast<char>(n)};
        message.append(prefix, 4);
        message.append(field);
    };
    add(m_ledgerId.toUtf8());
    add(e.prevMac.toLatin1());
    add(QByteArray::number(e.seq));
    add(e.createdAt.toLatin1());
    add(e.osUser.toUtf8());
    add(e.desktop.toUtf8());
    add(e.action.toUtf8());
    add(e.entity.toUtf8());
    add(e.entityId.toUtf8());
    add(e.customerId ? QByteArray::number(*e.customerId) : QByteArrayLiteral("-"));
    add(e.before.toUtf8());
    add(e.after.toUtf8());
    return QString::fromLatin1(m_mac->mac(message).toHex());
}

AuditLog::Entry AuditLog::makeEntry(const AuditChange& change, const ChainHead& previous) const
{
    Entry e;
    e.seq = previous.seq + 1;
    e.createdAt = Clock::toStorage(Clock::nowUtc());
    e.osUser = m_actor.osUser;
    e.desktop = m_actor.desktop;
    e.action = change.action;
    e.entity = change.entity;
    e.entityId = change.entityId;
    e.customerId = change.customerId;
    const auto encode = [&](const QJsonObject& data, const char* side) {
        const QByteArray json = QJsonDocument(data).toJson(QJsonDocument::Compact);
        if (change.customerKey.isEmpty())
            return QString::fromUtf8(json);
        // Personal data: sealed under the customer's key, bound to this entry and side.
        const QByteArray ad = QByteArrayLiteral("audit:") + QByteArray::number(e.seq) + ':' + side;
        return QStringLiteral("enc:") + QString::fromLatin1(seal(change.customerKey, json, ad).toBase64());
    };
    e.before = encode(change.before, "before");
    e.after = encode(change.after, "after");
    e.prevMac = previous.mac;
    e.mac = macOf(e);
    return e;
}

Result<ChainHead> AuditLog::lockHead()
{
    Sql q(m_db, QStringLiteral("SELECT seq, mac FROM audit_head WHERE id = 1") + m_db.forUpdate());
    if (Status s = q.exec(); !s)
        return s.error();
    if (!q.next())
        return Error::integrity(tr("the audit chain head is missing"));
    return ChainHead{q.int64(0), q.text(1)};
}

Status AuditLog::insert(const Entry& e, Sql& q)
{
    q.bind(QStringLiteral(":seq"), e.seq)
        .bind(QStringLiteral(":at"), e.createdAt)
        .bind(QStringLiteral(":user"), e.osUser)
        .bind(QStringLiteral(":desktop"), e.desktop)
        .bind(QStringLiteral(":action"), e.action)
        .bind(QStringLiteral(":entity"), e.entity)
        .bind(QStringLiteral(":entity_id"), e.entityId)
        .bind(QStringLiteral(":customer"), e.customerId ? QVariant(*e.customerId) : QVariant())
        .bind(QStringLiteral(":before"), e.before)
        .bind(QStringLiteral(":after"), e.after)
        .bind(QStringLiteral(":prev"), e.prevMac)
        .bind(QStringLiteral(":mac"), e.mac);
    return q.exec();
}

Status AuditLog::append(const AuditChange& change)
{
    Q_ASSERT(m_db.inTransaction());
    auto head = lockHead();
    if (!head)
        return head.error();
    const Entry e = makeEntry(change, *head);
    Sql statement(m_db, InsertEntry);
    if (Status s = insert(e, statement); !s)
        return s;
    Sql update(m_db, UpdateHead);
    update.bind(QStringLiteral(":seq"), e.seq).bind(QStringLiteral(":mac"), e.mac);
    return update.exec();
}

Result<ChainHead> AuditLog::head() const
{
    Sql q(m_db, QStringLiteral("SELECT seq, mac FROM audit_head WHERE id = 1"));
    if (Status s = q.exec(); !s)
        return s.error();
    if (!q.next())
        return Error::integrity(tr("the audit chain head is missing"));
    return ChainHead{q.int64(0), q.text(1)};
}

Result<AuditVerification> AuditLog::verify(const std::optional<ChainHead>& anchor) const
{
    // Entries and head must come from one snapshot: another desktop may append meanwhile.
    std::optional<Result<AuditVerification>> result;
    Status s = m_db.readSnapshot([&]() -> Status {
        result = verifySnapshot(anchor);
        return {};
    });
    if (!s)
        return s.error();
    return *result;
}

Result<AuditVerification> AuditLog::verifySnapshot(const std::optional<ChainHead>& anchor) const
{
    AuditVerification v;
    const auto fail = [&v](qint64 seq, const QString& problem) {
        v.intact = false;
        v.firstBadSeq = seq;
        v.problem = problem;
        return v;
    };
    Sql q(m_db, QStringLiteral("SELECT seq, created_at, os_user, desktop, action, entity, entity_id, customer_id, "
                               "before_data, after_data, prev_mac, mac FROM audit_log ORDER BY seq"));
    q.forwardOnly();
    if (Status s = q.exec(); !s)
        return s.error();
    ChainHead previous;
    QString macAtAnchor;
    while (q.next()) {
        Entry e;
        e.seq = q.int64(0);
        e.createdAt = q.text(1);
        e.osUser = q.text(2);
        e.desktop = q.text(3);
        e.action = q.text(4);
        e.entity = q.text(5);
        e.entityId = q.text(6);
        if (!q.value(7).isNull())
            e.customerId = q.int64(7);
        e.before = q.text(8);
        e.after = q.text(9);
        e.prevMac = q.text(10);
        e.mac = q.text(11);
        if (e.seq != previous.seq + 1)
            return fail(previous.seq + 1, tr("entry %1 is missing: the log jumps from entry %2 to entry %3")
                                              .arg(previous.seq + 1).arg(previous.seq).arg(e.seq));
        if (e.prevMac != previous.mac)
            return fail(e.seq, tr("entry %1 does not follow entry %2: the chain was broken").arg(e.seq).arg(previous.seq));
        if (!constantTimeEquals(macOf(e).toLatin1(), e.mac.toLatin1()))
            return fail(e.seq, tr("entry %1 (%2) was altered: its MAC does not match").arg(e.seq).arg(e.action));
        previous = {e.seq, e.mac};
        ++v.entries;
        if (anchor && anchor->seq == e.seq)
            macAtAnchor = e.mac;
    }
    const auto stored = head();
    if (!stored)
        return stored.error();
    // Each failure names the first entry that is missing or wrong, as `audit verify` promises.
    const auto missing = [](qint64 first, qint64 last) {
        return first == last ? tr("entry %1 is missing").arg(first)
                             : tr("entries %1 to %2 are missing").arg(first).arg(last);
    };
    if (stored->seq > previous.seq)
        return fail(previous.seq + 1, tr("%1: the log ends at entry %2 but its head records entry %3")
                                          .arg(missing(previous.seq + 1, stored->seq))
                                          .arg(previous.seq)
                                          .arg(stored->seq));
    if (stored->seq < previous.seq)
        return fail(stored->seq + 1, tr("entry %1 comes after the chain head, which records entry %2: the head "
                                        "was moved back")
                                         .arg(stored->seq + 1)
                                         .arg(stored->seq));
    if (stored->mac != previous.mac)
        return fail(previous.seq, tr("entry %1 differs from the chain head's record of it: the head was rewritten")
                                      .arg(previous.seq));
    if (anchor) {
        v.anchored = true;
        if (anchor->seq > previous.seq)
            return fail(previous.seq + 1, tr("%1: the log ends at entry %2 but this desktop anchored entry %3, so "
                                             "the tail was cut off")
                                              .arg(missing(previous.seq + 1, anchor->seq))
                                              .arg(previous.seq)
                                              .arg(anchor->seq));
        if (anchor->seq > 0 && macAtAnchor != anchor->mac)
            return fail(anchor->seq, tr("entry %1 differs from the one this desktop anchored: the chain was "
                                        "rewritten")
                                         .arg(anchor->seq));
    }
    return v;
}

AuditLog::Batch::Batch(AuditLog& log)
    : m_log(log)
{
}

AuditLog::Batch::~Batch() = default;

Status AuditLog::Batch::append(const AuditChange& change)
{
    if (!m_started) {
        auto head = m_log.lockHead();
        if (!head)
            return head.error();
        m_head = *head;
        m_started = true;
        m_insert = std::make_unique<Sql>(m_log.m_db, InsertEntry);
    }
    const Entry e = m_log.makeEntry(change, m_head);
    if (Status s = m_log.insert(e, *m_insert); !s)
        return s;
    m_head = {e.seq, e.mac};
    return {};
}

Status AuditLog::Batch::finish()
{
    if (!m_started)
        return {};
    Sql update(m_log.m_db, UpdateHead);
    update.bind(QStringLiteral(":seq"), m_head.seq).bind(QStringLiteral(":mac"), m_head.mac);
    return update.exec();
}

} // namespace imali
