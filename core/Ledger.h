// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Environment.h"
#include "Result.h"
#include "audit/AuditLog.h"
#include "storage/Database.h"

#include <QString>

#include <functional>
#include <memory>

namespace imali {

class KeyStore;

/** Where a ledger is and where this desktop keeps what belongs beside it. */
struct LedgerLocation {
    DatabaseUrl url;
    QString configDir;     ///< anchors live here, and the key file by default
    QString connectionName = QStringLiteral("imali");
    /// Builds the location from --db/--config, the environment, the INI file and defaults (SPEC §4).
    static Result<LedgerLocation> resolve(const QString& dbOption, const QString& configFile);
};

/**
 * An open ledger: its store, its identity (id and environment), this
 * desktop's copy of its key, and the audit chain. Every change goes through
 * write(), which commits the change with its audit entry and then anchors
 * the chain head outside the database.
 */
class Ledger
{
public:
    ~Ledger();

    /// Opens the store and applies pending migrations; the ledger may still be uninitialised.
    static Result<std::unique_ptr<Ledger>> open(const LedgerLocation& location, std::unique_ptr<KeyStore> keys);
    /// Opens \a location again on a connection of the calling thread's own (named \a connectionName)
    /// and unlocks it with \a key (another Ledger's sharedKey()): a worker thread's view of the same books.
    static Result<std::unique_ptr<Ledger>> openUnlocked(LedgerLocation location, const QString& connectionName,
                                                        std::unique_ptr<KeyStore> key);

    bool isInitialised() const { return !m_ledgerId.isEmpty(); }
    /**
     * Creates the ledger's identity and key (environment fixed from here on),
     * stores the key in the key store and returns the recovery code, shown once.
     */
    Result<QString> initialise(Environment environment);
    /// Takes a key typed as a recovery code on another desktop, checked against the ledger.
    Status importKey(const QString& recoveryCode);
    /// Loads this desktop's key; a clear error when it lacks one.
    Status unlock();
    bool isUnlocked() const { return m_audit != nullptr; }

    QString ledgerId() const { return m_ledgerId; }
    Environment environment() const { return m_environment; }
    Database& db() { return *m_db; }
    const LedgerLocation& location() const { return m_location; }
    AuditLog& audit() { return *m_audit; }
    AuditAnchor anchor() const;
    KeyStore& keys() { return *m_keys; }
    /// A key store holding this ledger's key, for a connection opened in another thread.
    std::unique_ptr<KeyStore> sharedKey() const;

    /// Runs \a work in one write transaction and anchors the new chain head after commit.
    Status write(const std::function<Status()>& work);
    /// Audit appends for \a change, inside write().
    Status record(const AuditChange& change) { return m_audit->append(change); }

    /// A customer's data key (created on first use), for personal data in audit entries.
    Result<QByteArray> customerKey(qint64 customerId);
    /// Seals and opens data under the ledger key, bound to \a associatedData.
    QByteArray sealWithLedgerKey(const QByteArray& plaintext, const QByteArray& associatedData) const;
    Result<QByteArray> openWithLedgerKey(const QByteArray& sealed, const QByteArray& associatedData) const;

private:
    Ledger(const LedgerLocation& location, std::unique_ptr<Database> db, std::unique_ptr<KeyStore> keys);
    Status loadIdentity();
    Status useKey(const QByteArray& key);

    LedgerLocation m_location;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<KeyStore> m_keys;
    QString m_ledgerId;
    Environment m_environment = Environment::Sandbox;
    QString m_keyCheck;
    QByteArray m_key;
    std::unique_ptr<AuditLog> m_audit;
};

} // namespace imali
