// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace imali {

/**
 * Names from SPEC §4 looked up in precedence order: the environment, then
 * the INI file (--config FILE, or imali.ini in the config folder). Secrets
 * are never read from the INI file: they live in the keychain or, headless,
 * in the environment.
 */
class Config
{
public:
    /// \a iniFile may not exist; then only the environment counts.
    explicit Config(const QString& iniFile);
    /// The INI file used when --config is not given.
    static QString defaultIniFile(const QString& configDir);

    /// The value of \a name, or an empty string.
    QString value(const QString& name) const;
    bool isSet(const QString& name) const { return !value(name).isEmpty(); }
    /// true/false/1/0/yes/no; \a fallback when unset or unreadable.
    bool flag(const QString& name, bool fallback) const;
    static bool isSecret(const QString& name);

private:
    QString m_iniFile;
};

} // namespace imali
