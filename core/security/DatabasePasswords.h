// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"
#include "storage/DatabaseUrl.h"

#include <memory>

namespace imali
{

class SecretStore;

/**
 * PostgreSQL passwords in a secret store (the keychain, or the owner-only
 * file), one per user@host:port/db, never in the INI file (SPEC §4). Not
 * tied to a ledger: the ledger's id is only known once connected.
 */
class DatabasePasswords
{
public:
    explicit DatabasePasswords(std::shared_ptr<SecretStore> store) : m_store(std::move(store)) { }
    /// The secret store's scope for database passwords (its "ledger id").
    static QString scope();
    /// The secret's name for \a url's account: user@host:port/db, percent-encoded so it holds no spaces.
    static QString secretName(const DatabaseUrl& url);

    /**
     * \a url with the stored password filled in when it carries none; unchanged when nothing is stored
     * (libpq then reads PGPASSWORD or PGPASSFILE itself) and for SQLite.
     */
    Result<DatabaseUrl> fill(DatabaseUrl url) const;
    /// Whether a password is stored for \a url's account.
    bool has(const DatabaseUrl& url) const;
    /// Stores \a password for \a url's account; an empty one removes it.
    Status save(const DatabaseUrl& url, const QString& password);
    /// Where the passwords are kept, for messages.
    QString describe() const;

private:
    std::shared_ptr<SecretStore> m_store;
};

} // namespace imali
