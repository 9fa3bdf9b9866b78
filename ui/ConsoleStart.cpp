// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConsoleStart.h"

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

Result<std::unique_ptr<Ledger>> openLedger(LedgerLocation location, const DatabasePasswords& passwords,
                                           std::unique_ptr<KeyStore> keys)
{
    auto url = passwords.fill(location.url);
    if (!url)
        return url.error();
    location.url = *url;
    return Ledger::open(location, std::move(keys));
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
