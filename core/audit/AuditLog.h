// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AuditAnchor.h"
#include "Result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <memory>
#include <optional>

namespace imali {

class Database;
class HmacSha256;
class PreparedInsert;

/** Who made a change: the OS user and the desktop. */
struct Actor {
    QString osUser;
    QString desktop;
    static Actor current();
};

/** One change to record: what, on which record, before and after. */
struct AuditChange {
    QString action; ///< "invoice.issued"
    QString entity; ///< "invoice"
    QString entityId;
    QJsonObject before;
    QJsonObject after;
    /// Set when before/after hold a customer's personal data: they are sealed under that key.
    std::optional<qint64> customerId;
    QByteArray customerKey;
};

/** The outcome of checking the chain. */
struct AuditVerification {
    bool intact = true;
    qint64 entries = 0;
    qint64 firstBadSeq = 0; ///< 0 when intact
    QString problem;        ///< one line for people
    bool anchored = false;  ///< whether an anchor was found and compared
};

/**
 * The HMAC-chained audit log. Each entry's MAC covers the ledger id, the
 * previous MAC and a canonical form of the entry, under a key derived from
 * the ledger key, so editing, deleting, cutting off or recomputing entries
 * without the key is detected. Appends run inside the caller's write
 * transaction and lock the chain head, so two writers never fork it.
 */
class AuditLog
{
public:
    AuditLog(Database& db, const QString& ledgerId, const QByteArray& ledgerKey, Actor actor);
    ~AuditLog();

    /// Appends within the current write transaction.
    Status append(const AuditChange& change);
    Result<ChainHead> head() const;
    /// Checks every entry, the stored head and (if given) this desktop's anchor.
    Result<AuditVerification> verify(const std::optional<ChainHead>& anchor) const;

    /**
     * For bulk work (demo data): reads the head once under the lock, appends
     * many entries with prepared statements, and writes the head at the end.
     */
    class Batch
    {
    public:
        explicit Batch(AuditLog& log);
        ~Batch();
        Status append(const AuditChange& change);
        Status finish();

    private:
        AuditLog& m_log;
        qint64 m_seq = 0;
        QByteArray m_mac; // the head so far, as the next entry's prev_mac
        bool m_started = false;
        std::unique_ptr<PreparedInsert> m_insert; // prepared once for the whole batch
    };

private:
    struct Entry;
    Result<AuditVerification> verifySnapshot(const std::optional<ChainHead>& anchor) const;
    Result<ChainHead> lockHead();
    Status insert(const Entry& entry, PreparedInsert& statement);
    Status writeHead(qint64 seq, const QByteArray& mac);
    Entry makeEntry(const AuditChange& change, qint64 previousSeq, const QByteArray& previousMac);
    QByteArray macOf(const Entry& entry) const;

    Database& m_db;
    QString m_ledgerId;
    std::unique_ptr<HmacSha256> m_mac;
    Actor m_actor;
    // UTF-8 forms of what every entry repeats, encoded once rather than per entry.
    QByteArray m_ledgerIdUtf8;
    QByteArray m_osUserUtf8;
    QByteArray m_desktopUtf8;
    // The last entry's timestamp: entries made within one millisecond share it unformatted again.
    qint64 m_lastMs = -1;
    QByteArray m_lastCreatedAt;
    mutable QByteArray m_message; // macOf's buffer, kept to save an allocation per entry
};

} // namespace imali
