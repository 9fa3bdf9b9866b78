// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "KeyStore.h"

#include <memory>

namespace imali {

/**
 * Ledger keys in the desktop's OS keychain (QtKeychain: Secret Service,
 * KWallet, macOS Keychain, Windows Credential Manager), one entry per
 * ledger id. Fails with a runtime error when no keychain answers, as in
 * headless use.
 */
class KeychainKeyStore final : public KeyStore
{
public:
    Result<QByteArray> load(const QString& ledgerId) override;
    Status store(const QString& ledgerId, const QByteArray& key) override;
    QString describe() const override;
};

/**
 * The console's key store: the keychain first; where no keychain answers,
 * the owner-only key file, with usingFallback() telling the window to show
 * a notice (SPEC §3, §4).
 */
class DesktopKeyStore final : public KeyStore
{
public:
    explicit DesktopKeyStore(const QString& fallbackFile);
    Result<QByteArray> load(const QString& ledgerId) override;
    Status store(const QString& ledgerId, const QByteArray& key) override;
    QString describe() const override;
    bool usingFallback() const { return m_usingFallback; }

private:
    KeychainKeyStore m_keychain;
    FileKeyStore m_file;
    bool m_usingFallback = false;
};

} // namespace imali
