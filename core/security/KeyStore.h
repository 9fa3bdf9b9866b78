// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QByteArray>
#include <QString>

namespace imali {

/** Where a desktop keeps ledger keys, one per ledger id. */
class KeyStore
{
public:
    virtual ~KeyStore() = default;
    /// The key for \a ledgerId, or NotFound when this desktop lacks it.
    virtual Result<QByteArray> load(const QString& ledgerId) = 0;
    virtual Status store(const QString& ledgerId, const QByteArray& key) = 0;
    /// Where the keys are, for messages ("the key file /home/x/.config/imali/ledger-keys").
    virtual QString describe() const = 0;
};

/**
 * Keys in a file readable only by its owner, for headless use and desktops
 * without a keychain: one line per ledger, "<ledger id> <base64 key>". The
 * file is created with mode 0600 and refused if others can read it.
 */
class FileKeyStore final : public KeyStore
{
public:
    explicit FileKeyStore(const QString& path);
    /// IMALI_KEY_FILE if set, else "ledger-keys" in \a configDir.
    static QString defaultPath(const QString& configDir);

    Result<QByteArray> load(const QString& ledgerId) override;
    Status store(const QString& ledgerId, const QByteArray& key) override;
    QString describe() const override;

private:
    QString m_path;
};

/** One ledger's key held in memory: for a second connection in another thread of this process. */
class MemoryKeyStore final : public KeyStore
{
public:
    MemoryKeyStore(const QString& ledgerId, const QByteArray& key)
        : m_ledgerId(ledgerId)
        , m_key(key)
    {
    }
    Result<QByteArray> load(const QString& ledgerId) override
    {
        if (ledgerId != m_ledgerId)
            return Error::notFound(QStringLiteral("no key for ledger %1 in memory").arg(ledgerId));
        return m_key;
    }
    Status store(const QString&, const QByteArray&) override
    {
        return Error::runtime(QStringLiteral("an in-memory key store keeps only the key it was given"));
    }
    QString describe() const override { return QStringLiteral("this process's memory"); }

private:
    QString m_ledgerId;
    QByteArray m_key;
};

/// Rewrites the line file \a path keeping every line that does not start with \a prefix, then adds \a line
/// (unless empty): created under a umask of 077 and replaced whole (QSaveFile), so no byte of it is ever
/// readable by others. The key file and the secret file share this shape: one "id … value" line each.
Status rewriteOwnerOnlyLines(const QString& path, const QByteArray& prefix, const QByteArray& line);

} // namespace imali
