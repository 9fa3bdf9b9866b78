// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConsoleStart.h"

#include "DatabasePasswordDialog.h"
#include "KeyImportDialog.h"

#include "security/DatabasePasswords.h"
#include "security/KeyStore.h"

#include <QCoreApplication>

namespace imali::ConsoleStart
{

namespace
{
QString tr(const char* text)
{
    return QCoreApplication::translate("ConsoleStart", text);
}
} // namespace

KeyState keyState(Ledger& ledger)
{
    if (ledger.isUnlocked())
        return KeyState::Held;
    auto key = ledger.keys().load(ledger.ledgerId());
    if (!key) {
        if (key.error().kind == ErrorKind::NotFound)
            return KeyState::Missing;
        // A damaged entry is as good as a wrong key: the recovery code replaces it.
        return key.error().kind == ErrorKind::Integrity ? KeyState::Wrong : KeyState::Unreadable;
    }
    // A key is there; unlock() checks it against the ledger.
    return ledger.unlock() ? KeyState::Held : KeyState::Wrong;
}

Result<std::unique_ptr<Ledger>> openLedgerAsking(LedgerLocation location, DatabasePasswords& passwords,
                                                 const std::function<std::unique_ptr<KeyStore>()>& keys,
                                                 QWidget* parent)
{
    auto url = passwords.fill(location.url);
    if (!url)
        return url.error();
    location.url = *url;
    QString typed; // kept only once it connects
    while (location.url.isPostgres()) {
        // A bare connection first, so that only a refused connection (not a failed migration) asks.
        const QString probe = location.connectionName + QStringLiteral("-probe");
        QString problem;
        {
            auto db = Database::open(location.url, probe);
            if (!db)
                problem = db.error().message;
        }
        QSqlDatabase::removeDatabase(probe);
        if (problem.isEmpty())
            break;
        DatabasePasswordDialog dialog(location.url, problem, parent);
        if (dialog.exec() != QDialog::Accepted)
            return Error::runtime(problem); // Database::open's words, with the URL's password masked
        typed = dialog.password();
        location.url.password = typed;
    }
    auto ledger = Ledger::open(location, keys());
    if (ledger && !typed.isEmpty())
        if (Status s = passwords.save(location.url, typed); !s)
            qWarning("the database password could not be kept: %s", qPrintable(s.error().message));
    return ledger;
}

Status unlock(Ledger& ledger, QWidget* parent)
{
    const KeyState state = keyState(ledger);
    if (state == KeyState::Held)
        return {};
    if (state == KeyState::Unreadable)
        return ledger
            .unlock(); // the key store's own words (a keychain that did not answer, a file others can read)
    KeyImportDialog dialog(ledger,
                           state == KeyState::Missing ? KeyImportDialog::Problem::KeyMissing
                                                      : KeyImportDialog::Problem::KeyWrong,
                           parent);
    if (dialog.exec() != QDialog::Accepted || !ledger.isUnlocked())
        return Error::runtime(tr("ledger %1 stays locked: this desktop has no key for it. Type its recovery "
                                 "code at the next start, or run: imalictl ledger key import CODE")
                                  .arg(ledger.ledgerId()));
    return {};
}

} // namespace imali::ConsoleStart
