// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Ledger.h"
#include "Result.h"

#include <functional>
#include <memory>

class QWidget;

namespace imali
{

class DatabasePasswords;

/**
 * The console's way into its ledger, before the window: the database
 * password from this desktop's keychain when the URL carries none, and a
 * recovery-code dialog when this desktop lacks the ledger's key.
 */
namespace ConsoleStart
{

/// Whether this desktop can open \a ledger's books with the key it holds; unlocks it when that key is right.
enum class KeyState { Held, Missing, Wrong, Unreadable };
KeyState keyState(Ledger& ledger);

/**
 * Opens (and migrates) the ledger at \a location. A PostgreSQL URL without a password gets the one kept
 * in \a passwords for its user@host:port/db; with none kept, libpq reads PGPASSWORD or PGPASSFILE. When
 * PostgreSQL still refuses the connection, asks for the password
 * (DatabasePasswordDialog, modal over \a parent) and tries again until it connects or the merchant quits;
 * a password that connects is kept in \a passwords. \a keys makes the ledger's key store.
 */
Result<std::unique_ptr<Ledger>> openLedgerAsking(LedgerLocation location, DatabasePasswords& passwords,
                                                 const std::function<std::unique_ptr<KeyStore>()>& keys,
                                                 QWidget* parent = nullptr);

/**
 * Unlocks \a ledger. When this desktop lacks its key or holds a wrong one, asks for the recovery code
 * (KeyImportDialog, modal over \a parent) until the right one is typed or the merchant quits; an error
 * when it stays locked.
 */
Status unlock(Ledger& ledger, QWidget* parent = nullptr);

} // namespace ConsoleStart

} // namespace imali
