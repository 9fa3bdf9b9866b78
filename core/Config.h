// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "security/DatabasePasswords.h"

#include <QString>

#include <memory>

namespace imali {

class SecretStore;

/**
 * Names from SPEC §4 looked up in precedence order: the environment, then
 * the INI file (--config FILE, or imali.ini in the config folder). Secrets
 * are never read from the INI file: after the environment they come from the
 * secret store (the console's keychain) when one is set; headless, from the
 * environment only.
 */
class Config
{
public:
    /// \a iniFile may not exist; then only the environment counts.
    explicit Config(const QString& iniFile);
    /// The INI file this configuration reads (may not exist yet).
    QString iniFile() const { return m_iniFile; }
    /// The INI file used when --config is not given.
    static QString defaultIniFile(const QString& configDir);

    /// The value of \a name, or an empty string.
    QString value(const QString& name) const;
    bool isSet(const QString& name) const { return !value(name).isEmpty(); }
    /// true/false/1/0/yes/no; \a fallback when unset or unreadable.
    bool flag(const QString& name, bool fallback) const;
    static bool isSecret(const QString& name);
    /// Where secrets not in the environment are read from (shared by copies of this Config).
    void setSecretStore(std::shared_ptr<SecretStore> secrets) { m_secrets = std::move(secrets); }
    SecretStore* secretStore() const { return m_secrets.get(); }
    /// Where this desktop keeps PostgreSQL passwords (not tied to a ledger); none when unset.
    void setDatabaseSecretStore(std::shared_ptr<SecretStore> secrets) { m_databaseSecrets = std::move(secrets); }
    DatabasePasswords databasePasswords() const { return DatabasePasswords(m_databaseSecrets); }
    bool keepsDatabasePasswords() const { return m_databaseSecrets != nullptr; }

private:
    QString m_iniFile;
    std::shared_ptr<SecretStore> m_secrets;
    std::shared_ptr<SecretStore> m_databaseSecrets;
};

} // namespace imali
