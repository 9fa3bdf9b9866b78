// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QMap>
#include <QString>

namespace imali
{

/**
 * Where the console keeps the secrets SPEC §4 names (PAYFAST_PASSPHRASE, the
 * database password, Stripe's keys) for one ledger: never the INI file.
 * read() answers NotFound when nothing is stored.
 */
class SecretStore
{
public:
    virtual ~SecretStore() = default;
    virtual Result<QString> read(const QString& name) = 0;
    /// Stores \a value; an empty value removes the secret.
    virtual Status write(const QString& name, const QString& value) = 0;
    /// Where the secrets are, for messages ("this desktop's keychain").
    virtual QString describe() const = 0;
};

/** Secrets in the OS keychain (QtKeychain), one entry per ledger and name. */
class KeychainSecretStore final : public SecretStore
{
public:
    explicit KeychainSecretStore(const QString& ledgerId) : m_ledgerId(ledgerId) { }
    Result<QString> read(const QString& name) override;
    Status write(const QString& name, const QString& value) override;
    QString describe() const override;

private:
    QString m_ledgerId;
};

/**
 * Secrets in a file readable only by its owner (mode 0600, refused if others
 * can read it), "<ledger id> <NAME> <base64 value>" per line: the fallback
 * where no keychain answers (SPEC §3, §4).
 */
class FileSecretStore final : public SecretStore
{
public:
    FileSecretStore(const QString& path, const QString& ledgerId) : m_path(path), m_ledgerId(ledgerId) { }
    /// "secrets" in \a configDir.
    static QString defaultPath(const QString& configDir);
    bool exists() const;
    Result<QString> read(const QString& name) override;
    Status write(const QString& name, const QString& value) override;
    QString describe() const override;

private:
    QString m_path;
    QString m_ledgerId;
};

/**
 * The keychain first; the owner-only file where no keychain answers, with
 * usingFallback() for a notice. Answers are remembered for this process.
 */
class DesktopSecretStore final : public SecretStore
{
public:
    DesktopSecretStore(const QString& fallbackFile, const QString& ledgerId)
        : m_keychain(ledgerId), m_file(fallbackFile, ledgerId)
    {
    }
    Result<QString> read(const QString& name) override;
    Status write(const QString& name, const QString& value) override;
    QString describe() const override;
    bool usingFallback() const { return m_usingFallback; }

private:
    Result<QString> readUncached(const QString& name);

    KeychainSecretStore m_keychain;
    FileSecretStore m_file;
    bool m_usingFallback = false;
    // The keychain answers over D-Bus with a nested event loop: ask once per name, then remember.
    QMap<QString, Result<QString>> m_cache;
};

/** Secrets in memory: a fake keychain for tests. */
class MemorySecretStore final : public SecretStore
{
public:
    Result<QString> read(const QString& name) override
    {
        if (!m_values.contains(name))
            return Error::notFound(QStringLiteral("no %1 in memory").arg(name));
        return m_values.value(name);
    }
    Status write(const QString& name, const QString& value) override
    {
        if (value.isEmpty())
            m_values.remove(name);
        else
            m_values.insert(name, value);
        return {};
    }
    QString describe() const override { return QStringLiteral("this process's memory"); }

private:
    QMap<QString, QString> m_values;
};

} // namespace imali
