// SPDX-License-Identifier: GPL-3.0-or-later
#include "AuditLog.h"

#include "Clock.h"
#include "Database.h"
#include "crypto/Crypto.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSysInfo>

#include <charconv>
#include <cstring>
#include <iterator>

namespace imali {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("AuditLog", text);
}

const QString InsertEntry = QStringLiteral(
    "INSERT INTO audit_log (seq, created_at, os_user, desktop, action, entity, entity_id, customer_id, "
    "before_data, after_data, prev_mac, mac) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
const QString UpdateHead = QStringLiteral("UPDATE audit_head SET seq = :seq, mac = :mac WHERE id = 1");
} // namespace

Actor Actor::current()
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME");
    return {user.isEmpty() ? QStringLiteral("unknown") : user, QSysInfo::machineHostName()};
}

/// An entry as stored and MACed: text as UTF-8 bytes, encoded once for both.
struct AuditLog::Entry {
    qint64 seq = 0;
    QByteArray createdAt;
    QByteArray osUser;
    QByteArray desktop;
    QByteArray action;
    QByteArray entity;
    QByteArray entityId;
    std::optional<qint64> customerId;
    QByteArray before;
    QByteArray after;
    QByteArray prevMac;
    QByteArray mac;
};

AuditLog::AuditLog(Database& db, const QString& ledgerId, const QByteArray& ledgerKey, Actor actor)
    : m_db(db)
    , m_ledgerId(ledgerId)
    , m_mac(std::make_unique<HmacSha256>(deriveKey(ledgerKey, QByteArrayLiteral("imali audit chain v1"))))
    , m_actor(std::move(actor))
    , m_ledgerIdUtf8(m_ledgerId.toUtf8())
    , m_osUserUtf8(m_actor.osUser.toUtf8())
    , m_desktopUtf8(m_actor.desktop.toUtf8())
{
    m_message.reserve(1024);
}

AuditLog::~AuditLog() = default;

QByteArray AuditLog::macOf(const Entry& e) const
{
    // Canonical form: every field length-prefixed, so no two entries encode alike. Text is
    // UTF-8 (createdAt and prevMac are ASCII, so their former Latin-1 encoding is the same bytes).
    QByteArray& message = m_message;
    message.resize(0); // keeps the capacity: no allocation per entry once it is large enough
    const auto add = [&message](QByteArrayView field) {
        const quint32 n = static_cast<quint32>(field.size());
        const char prefix[4] = {static_cast<char>(n >> 24), static_cast<char>(n >> 16), static_cast<char>(n >> 8),
                                static_cast<char>(n)};
        const qsizetype at = message.size();
        message.resize(at + 4 + field.size());
        char* const out = message.data() + at;
        std::memcpy(out, prefix, 4);
        if (!field.isEmpty())
            std::memcpy(out + 4, field.data(), size_t(field.size()));
    };
    // Decimal numbers written into a stack buffer, not a QByteArray each.
    const auto addNumber = [&add](qint64 value) {
        char digits[24];
        const auto [end, ec] = std::to_chars(std::begin(digits), std::end(digits), value);
        Q_UNUSED(ec);
        add(QByteArrayView(digits, end - digits));
    };
    add(m_ledgerIdUtf8);
    add(e.prevMac);
    addNumber(e.seq);
    add(e.createdAt);
    add(e.osUser);
    add(e.desktop);
    add(e.action);
    add(e.entity);
    add(e.entityId);
    if (e.customerId)
        addNumber(*e.customerId);
    else
        add("-");
    add(e.before);
    add(e.after);
    return m_mac->mac(message).toHex();
}

AuditLog::Entry AuditLog::makeEntry(const AuditChange& change, qint64 previousSeq, const QByteArray& previousMac)
{
    Entry e;
    e.seq = previousSeq + 1;
    const QDateTime now = Clock::nowUtc();
    if (const qint64 ms = now.toMSecsSinceEpoch(); ms != m_lastMs) {
        m_lastMs = ms;
        m_lastCreatedAt = Clock::toStorage(now).toLatin1();
    }
    e.createdAt = m_lastCreatedAt;
    e.osUser = m_osUserUtf8;
    e.desktop = m_desktopUtf8;
    e.action = change.action.toUtf8();
    e.entity = change.entity.toUtf8();
    e.entityId = change.entityId.toUtf8();
    e.customerId = change.customerId;
    const auto encode = [&](const QJsonObject& data, const char* side) {
        // Most entries have nothing before them: skip the serialiser for the empty object.
        QByteArray json = data.isEmpty() ? QByteArrayLiteral("{}") : QJsonDocument(data).toJson(QJsonDocument::Compact);
        if (change.customerKey.isEmpty())
            return json;
        // Personal data: sealed under the customer's key, bound to this entry and side.
        const QByteArray ad = QByteArrayLiteral("audit:") + QByteArray::number(e.seq) + ':' + side;
        return QByteArrayLiteral("enc:") + seal(change.customerKey, json, ad).toBase64();
    };
    e.before = encode(change.before, "before");
    e.after = encode(change.after, "after");
    e.prevMac = previousMac;
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

Status AuditLog::insert(const Entry& e, PreparedInsert& q)
{
    q.bindInt(e.seq)
        .bindUtf8(e.createdAt)
        .bindUtf8(e.osUser)
        .bindUtf8(e.desktop)
        .bindUtf8(e.action)
        .bindUtf8(e.entity)
        .bindUtf8(e.entityId);
    if (e.customerId)
        q.bindInt(*e.customerId);
    else
        q.bindNull();
    q.bindUtf8(e.before).bindUtf8(e.after).bindUtf8(e.prevMac).bindUtf8(e.mac);
    return q.exec();
}

Status AuditLog::writeHead(qint64 seq, const QByteArray& mac)
{
    Sql update(m_db, UpdateHead);
    update.bind(QStringLiteral(":seq"), seq).bind(QStringLiteral(":mac"), QString::fromLatin1(mac));
    return update.exec();
}

Status AuditLog::append(const AuditChange& change)
{
    Q_ASSERT(m_db.inTransaction());
    auto head = lockHead();
    if (!head)
        return head.error();
    const Entry e = makeEntry(change, head->seq, head->mac.toLatin1());
    // One row: Qt's driver is fast enough, and keeps this path the same on both engines.
    SqlPreparedInsert statement(m_db, InsertEntry);
    if (Status s = insert(e, statement); !s)
        return s;
    return writeHead(e.seq, e.mac);
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
    // The head so far as bytes, compared with each entry's prev_mac.
    struct Head {
        qint64 seq = 0;
        QByteArray mac;
    } previous;
    QByteArray macAtAnchor;
    while (q.next()) {
        Entry e;
        e.seq = q.int64(0);
        e.createdAt = q.text(1).toUtf8();
        e.osUser = q.text(2).toUtf8();
        e.desktop = q.text(3).toUtf8();
        e.action = q.text(4).toUtf8();
        e.entity = q.text(5).toUtf8();
        e.entityId = q.text(6).toUtf8();
        if (!q.value(7).isNull())
            e.customerId = q.int64(7);
        e.before = q.text(8).toUtf8();
        e.after = q.text(9).toUtf8();
        e.prevMac = q.text(10).toUtf8();
        e.mac = q.text(11).toUtf8();
        if (e.seq != previous.seq + 1)
            return fail(previous.seq + 1, tr("entry %1 is missing: the log jumps from entry %2 to entry %3")
                                              .arg(previous.seq + 1).arg(previous.seq).arg(e.seq));
        if (e.prevMac != previous.mac)
            return fail(e.seq, tr("entry %1 does not follow entry %2: the chain was broken").arg(e.seq).arg(previous.seq));
        if (!constantTimeEquals(macOf(e), e.mac))
            return fail(e.seq, tr("entry %1 (%2) was altered: its MAC does not match").arg(e.seq).arg(QString::fromUtf8(e.action)));
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
    if (stored->mac.toUtf8() != previous.mac)
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
        if (anchor->seq > 0 && macAtAnchor != anchor->mac.toUtf8())
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
        m_seq = head->seq;
        m_mac = head->mac.toLatin1();
        m_started = true;
        m_insert = PreparedInsert::prepare(m_log.m_db, InsertEntry);
    }
    const Entry e = m_log.makeEntry(change, m_seq, m_mac);
    if (Status s = m_log.insert(e, *m_insert); !s)
        return s;
    m_seq = e.seq;
    m_mac = e.mac;
    return {};
}

Status AuditLog::Batch::finish()
{
    if (!m_started)
        return {};
    return m_log.writeHead(m_seq, m_mac);
}

} // namespace imali
